from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from sereen.accounts.selectors import memberships_of


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """Where a person lands after logging in: their organisation's start page, or a choice."""
    memberships = list(memberships_of(request.user))  # type: ignore[arg-type]
    organisations = {m.organisation for m in memberships}
    if len(organisations) == 1:
        return redirect("public:dashboard", org_slug=next(iter(organisations)).slug)
    return render(request, "accounts/home.html", {"memberships": memberships})
