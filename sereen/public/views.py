"""Pages anyone can see, the start page per organisation, and the error pages."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template import loader
from django.urls import reverse

from sereen.accounts.models import Organisation
from sereen.accounts.permissions import org_permission_required
from sereen.public.selectors import dashboard_for


def index(request: HttpRequest) -> HttpResponse:
    """The front page: what Sereen is and the organisations that publish their house rules here."""
    organisations = Organisation.objects.select_related("parent").order_by("name")
    return render(request, "public/index.html", {"organisations": organisations})


def organisation_page(request: HttpRequest, org_slug: str) -> HttpResponse:
    """Public landing page of one organisation: links to its house rules and transparency report."""
    organisation = get_object_or_404(Organisation, slug=org_slug)
    pages = {
        key: reverse(name, kwargs={"org_slug": organisation.slug})
        for key, name in (
            ("house_rules", "policy_public:index"),
            ("transparency", "insights_public:index"),
            ("appeal", "moderation_public:appeal"),
        )
    }
    return render(
        request, "public/organisation.html", {"organisation": organisation, "pages": pages}
    )


@login_required
@org_permission_required("accounts.view_organisation")
def dashboard(request: HttpRequest, org_slug: str) -> HttpResponse:
    """The start page of a staff member: what needs doing now, by role."""
    organisation = request.organisation  # type: ignore[attr-defined]
    board = dashboard_for(request.user, organisation)  # type: ignore[arg-type]
    return render(request, "public/dashboard.html", {"organisation": organisation, "board": board})


def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """403 in plain language: what happened and whom to ask."""
    return render(request, "403.html", status=403)


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """404 in plain language, with the way back."""
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    """500: a static page, because whatever broke may break a template with context too."""
    return HttpResponse(
        loader.get_template("500.html").render({}), status=500, content_type="text/html"
    )
