from typing import Any

from django.http import HttpRequest


def memberships(request: HttpRequest) -> dict[str, Any]:
    """The organisations the logged-in person works for, for the navigation."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"my_organisations": []}
    from sereen.accounts.selectors import organisations_of

    return {
        "my_organisations": organisations_of(user),
        "current_organisation": getattr(request, "organisation", None),
    }
