"""The public pages of the policy: house rules, how moderation works, older versions, the full text.

No login. Only published versions (and those they superseded) are ever shown; drafts, submitted and
merely approved versions stay internal.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from sereen.accounts.models import Organisation
from sereen.policy import presentation, selectors
from sereen.policy.models import PolicyVersion
from sereen.public.selectors import url_or_empty


def _links(organisation: Organisation) -> dict[str, str]:
    slug = organisation.slug
    return {
        "transparency": url_or_empty("insights_public:index", org_slug=slug),
        "appeal": url_or_empty("moderation_public:appeal", org_slug=slug),
    }


def _page(
    request: HttpRequest, organisation: Organisation, version: PolicyVersion, template: str
) -> HttpResponse:
    policy = selectors.engine_policy_of(version)
    if policy is None:
        raise Http404(_("This version of the house rules cannot be shown."))
    steps = presentation.moderation_steps(policy)
    current = selectors.published_version_for(organisation)
    context: dict[str, Any] = {
        "organisation": organisation,
        "version": version,
        "policy": policy,
        "is_current": current is not None and current.pk == version.pk,
        "current": current,
        "older": [v for v in selectors.public_versions(organisation) if v.pk != version.pk],
        "steps": steps,
        "flowchart": presentation.flowchart_svg(
            steps,
            title=_("How we moderate comments"),
            description=" ".join(f"{n}. {s.title}: {s.text}" for n, s in enumerate(steps, 1)),
        ),
        **_links(organisation),
    }
    return render(request, template, context)


def house_rules(request: HttpRequest, org_slug: str) -> HttpResponse:
    """The house rules in force, how moderation works, and the earlier versions."""
    organisation = get_object_or_404(Organisation, slug=org_slug)
    version = selectors.published_version_for(organisation)
    if version is None:
        return render(
            request,
            "policy/public_none.html",
            {"organisation": organisation, **_links(organisation)},
            status=404,
        )
    return _page(request, organisation, version, "policy/public_house_rules.html")


def house_rules_version(request: HttpRequest, org_slug: str, number: int) -> HttpResponse:
    """An earlier (or the current) published version of the house rules."""
    organisation = get_object_or_404(Organisation, slug=org_slug)
    version = selectors.public_version(organisation, number)
    if version is None:
        raise Http404(_("There is no published version %(number)s.") % {"number": number})
    return _page(request, organisation, version, "policy/public_house_rules.html")


def full_policy(request: HttpRequest, org_slug: str, number: int | None = None) -> HttpResponse:
    """The whole published policy on one printable page (print it, or save it as PDF)."""
    organisation = get_object_or_404(Organisation, slug=org_slug)
    if number is None:
        version = selectors.published_version_for(organisation)
    else:
        version = selectors.public_version(organisation, number)
    if version is None:
        raise Http404(_("No policy of %(name)s is published.") % {"name": organisation.name})
    return _page(request, organisation, version, "policy/public_full.html")
