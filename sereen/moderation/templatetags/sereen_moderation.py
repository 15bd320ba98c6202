"""Template helpers of moderation pages."""

from __future__ import annotations

from typing import Any

from django import template

from sereen.accounts.roles import has_org_perm

register = template.Library()


@register.simple_tag(takes_context=True)
def may(context: Any, perm: str) -> bool:
    """Whether the person viewing the page may do ``perm`` in the page's organisation."""
    request = context.get("request")
    organisation = context.get("organisation")
    if request is None or organisation is None:
        return False
    return has_org_perm(request.user, perm, organisation)
