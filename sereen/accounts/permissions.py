"""Permission checks for services and views, always scoped to one organisation."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from sereen.accounts.models import Organisation, User
from sereen.accounts.roles import has_org_perm

ViewFunc = TypeVar("ViewFunc", bound=Callable[..., HttpResponse])


def require_org_perm(actor: User | None, perm: str, organisation: Organisation) -> None:
    """Raise ``PermissionDenied`` unless ``actor`` may do ``perm`` in ``organisation``.

    Services call this first, so a check cannot be forgotten in a view, the admin or the API.
    ``actor=None`` means the system itself (the engine, a scheduled task) and is always allowed.
    """
    if actor is None:
        return
    if not has_org_perm(actor, perm, organisation):
        raise PermissionDenied(f"{actor} may not {perm} in {organisation}.")


def org_permission_required(perm: str) -> Callable[[ViewFunc], ViewFunc]:
    """View decorator: resolves ``org_slug`` to ``request.organisation`` and checks ``perm`` there.

    Anonymous visitors are sent to the login page; logged-in people without the permission get 403.
    """

    def decorator(view: ViewFunc) -> ViewFunc:
        @wraps(view)
        def wrapped(request: HttpRequest, org_slug: str, *args: Any, **kwargs: Any) -> HttpResponse:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            organisation = get_object_or_404(Organisation, slug=org_slug)
            if not has_org_perm(request.user, perm, organisation):  # type: ignore[arg-type]
                raise PermissionDenied
            request.organisation = organisation  # type: ignore[attr-defined]
            return view(request, org_slug, *args, **kwargs)

        return wrapped  # type: ignore[return-value]

    return decorator
