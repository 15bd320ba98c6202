"""Shared shape of the per-role permission tables (tests/<app>/test_permissions_per_role.py).

Each table row is a ``Case``: one page or action, and the roles allowed to use it. The tables
stay in their app's tests; only the mechanics of requesting a case and checking the answer live
here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.urls import reverse

from sereen.core.models import AuditEvent

Context = dict[str, Any]


@dataclass(frozen=True)
class Case:
    name: str
    method: str
    url: Callable[[Context], str]
    allowed: set[str]
    data: Callable[[Context], dict[str, Any]] = lambda ctx: {}
    ok: int = 200
    audit: str = ""  # the audit action an allowed POST must record


def org_page(name: str, org_slug: str = "testegem", **kw: Any) -> Callable[[Context], str]:
    """A URL builder for the page ``name`` of the organisation; callable values read the context."""

    def build(ctx: Context) -> str:
        values = {k: (v(ctx) if callable(v) else v) for k, v in kw.items()}
        return reverse(name, kwargs={"org_slug": org_slug, **values})

    return build


def request(client: Any, case: Case, ctx: Context) -> Any:
    url = case.url(ctx)
    return client.get(url) if case.method == "get" else client.post(url, case.data(ctx))


def ids(value: Any) -> str:
    return value.name if isinstance(value, Case) else str(value)


def check_role(client: Any, user: Any, role: str, case: Case, ctx: Context) -> bool:
    """Request ``case`` as ``user`` (who holds ``role``) and check the answer: the expected status
    and an audit event when allowed, 403 and no audit event when not. Returns whether the role is
    allowed, so the caller can check that a refused request changed nothing."""
    client.force_login(user)
    response = request(client, case, ctx)
    mine = AuditEvent.objects.filter(actor=user, action=case.audit) if case.audit else None
    if role in case.allowed:
        assert response.status_code == case.ok, (case.name, role, response.status_code)
        if mine is not None:
            assert mine.exists(), f"{case.name} by {role} is not in the audit log"
        return True
    assert response.status_code == 403, (case.name, role, response.status_code)
    if mine is not None:
        assert not mine.exists()
    return False
