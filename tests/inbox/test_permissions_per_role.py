"""Every inbox page and action, for every role: each role can do what it must and nothing more,
a refused action changes nothing, and every allowed action by a person is in the audit log.

One row per view and action; ``allowed`` lists the roles that may use it. Everyone else who is a
member gets 403, a member of another organisation gets 403, an anonymous visitor goes to the
login page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.utils import timezone

import pytest

from sereen.accounts.models import Role
from sereen.core.models import AuditEvent
from sereen.moderation.models import Comment
from tests.factories.accounts import OrganisationFactory, UserFactory, grant
from tests.factories.inbox import ReplyTemplateFactory, ReviewItemFactory
from tests.factories.moderation import CommentFactory
from tests.role_cases import Case, check_role, ids, org_page, request

pytestmark = pytest.mark.django_db

ALL_ROLES = [role.value for role in Role]
READERS = {"beheerder", "moderator", "antwoorder", "leidinggevende", "lezer"}
HANDLERS = {"beheerder", "moderator"}
WORKERS = {"beheerder", "moderator", "antwoorder"}  # handle, or answer with a reply


def inbox(name: str, **kw: Any) -> Callable[[dict[str, Any]], str]:
    return org_page(f"inbox:{name}", **kw)


ITEM = {"pk": lambda ctx: ctx["item"].pk}

CASES = [
    Case("queue", "get", inbox("queue"), READERS),
    Case("next item", "get", inbox("next"), READERS, ok=302),
    Case("item page", "get", inbox("item", **ITEM), READERS),
    Case(
        "template text for an item",
        "get",
        lambda ctx: inbox("reply_preview", **ITEM)(ctx) + f"?template={ctx['template'].pk}",
        READERS,
    ),
    Case(
        "hide with a rule",
        "post",
        inbox("decide", **ITEM),
        HANDLERS,
        data=lambda ctx: {"action": "hide", "rule": ["R1"]},
        ok=302,
        audit="inbox.item_resolved",
    ),
    Case(
        "delete with a rule",
        "post",
        inbox("decide", **ITEM),
        HANDLERS,
        data=lambda ctx: {"action": "delete", "rule": ["R1"]},
        ok=302,
        audit="inbox.item_resolved",
    ),
    Case(
        "approve",
        "post",
        inbox("decide", **ITEM),
        HANDLERS,
        data=lambda ctx: {"action": "keep"},
        ok=302,
        audit="inbox.item_resolved",
    ),
    Case(
        "reply",
        "post",
        inbox("decide", **ITEM),
        WORKERS,
        data=lambda ctx: {"action": "reply", "reply_text": "Dank u, we zoeken het uit."},
        ok=302,
        audit="inbox.item_resolved",
    ),
    Case(
        "escalate",
        "post",
        inbox("escalate", **ITEM),
        HANDLERS,
        data=lambda ctx: {"to": "police", "note": "bedreiging"},
        ok=302,
        audit="inbox.item_escalated",
    ),
    Case("take on", "post", inbox("claim", **ITEM), WORKERS, ok=302, audit="inbox.item_assigned"),
    Case(
        "assign to a colleague",
        "post",
        inbox("assign", **ITEM),
        HANDLERS,
        data=lambda ctx: {"assignee": ctx["colleague"].pk},
        ok=302,
        audit="inbox.item_assigned",
    ),
    Case(
        "internal note",
        "post",
        inbox("note", **ITEM),
        WORKERS,
        data=lambda ctx: {"text": "Even navragen bij mobiliteit."},
        ok=302,
        audit="inbox.note_added",
    ),
    Case(
        "bulk hide",
        "post",
        inbox("bulk"),
        HANDLERS,
        data=lambda ctx: {"items": [ctx["item"].pk], "action": "hide", "rule": "R1"},
        ok=302,
        audit="inbox.item_resolved",
    ),
    Case(
        "switch crisis mode on",
        "post",
        inbox("crisis"),
        {"beheerder"},
        data=lambda ctx: {"do": "start", "reason": "storm van reacties"},
        ok=302,
        audit="moderation.crisis_started",
    ),
    Case("reply templates", "get", inbox("templates"), READERS),
    Case(
        "new reply template",
        "post",
        inbox("templates"),
        {"beheerder"},
        data=lambda ctx: {
            "title": "Nieuw",
            "kind": "general",
            "rule_code": "",
            "text": "Dag {naam}, bedankt.",
            "is_active": "on",
        },
        ok=302,
        audit="inbox.template_created",
    ),
    Case(
        "edit a reply template",
        "get",
        inbox("template_edit", pk=lambda ctx: ctx["template"].pk),
        {"beheerder"},
    ),
    Case(
        "delete a reply template",
        "post",
        inbox("template_edit", pk=lambda ctx: ctx["template"].pk),
        {"beheerder"},
        data=lambda ctx: {"do": "delete"},
        ok=302,
        audit="inbox.template_deleted",
    ),
    Case("audit log (moderation work, or all of it)", "get", inbox("audit"), READERS),
]


@pytest.fixture
def ctx(published, channel, organisation, member):
    comment = CommentFactory(
        channel=channel, text="Wat een onzin", status=Comment.Status.AWAITING_REVIEW
    )
    item = ReviewItemFactory(
        comment=comment,
        due_at=timezone.now() + dt.timedelta(hours=4),
        decision__rules=["R1"],
    )
    return {
        "item": item,
        "template": ReplyTemplateFactory(organisation=organisation),
        "colleague": member("moderator"),
    }


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("case", CASES, ids=ids)
def test_each_role_may_do_exactly_what_it_must(client, ctx, member, case, role):
    if not check_role(client, member(role), role, case, ctx):
        ctx["item"].refresh_from_db()
        assert ctx["item"].status == "open" and ctx["item"].assigned_to is None
        assert not ctx["item"].notes.exists()


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_a_moderator_of_another_organisation_is_refused(client, ctx, case):
    outsider = UserFactory()
    grant(outsider, OrganisationFactory(slug="elders"), "beheerder")
    client.force_login(outsider)
    assert request(client, case, ctx).status_code == 403
    ctx["item"].refresh_from_db()
    assert ctx["item"].status == "open"


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_anonymous_visitors_go_to_the_login_page(client, ctx, case):
    response = request(client, case, ctx)
    assert response.status_code == 302 and "/account/" in response["Location"]
    assert not AuditEvent.objects.filter(actor__isnull=False).exists()
