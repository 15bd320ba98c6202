"""Every internal moderation and channel page, for every role: each role can do what it must and
nothing more, a refused action changes nothing, and allowed actions are in the audit log.

Appeals are handled by someone other than the person who decided: that is tested here too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.urls import reverse

import pytest

from sereen.accounts.models import Role
from sereen.moderation import services
from sereen.moderation.models import Appeal, Block, CrisisPeriod
from tests.factories.accounts import OrganisationFactory, UserFactory, grant
from tests.factories.moderation import CommentFactory
from tests.role_cases import Case, check_role, ids, org_page, request

pytestmark = pytest.mark.django_db

ALL_ROLES = [role.value for role in Role]
READERS = {"beheerder", "moderator", "antwoorder", "leidinggevende", "lezer"}


def page(name: str, **kw: Any) -> Callable[[dict[str, Any]], str]:
    return org_page(name, **kw)


CASES = [
    Case(
        "appeals",
        "get",
        page("moderation:appeal_list"),
        READERS | {"bestuur"},
    ),
    Case(
        "one appeal",
        "get",
        page("moderation:appeal_detail", pk=lambda ctx: ctx["appeal"].pk),
        READERS | {"bestuur"},
    ),
    Case(
        "decide an appeal",
        "post",
        page("moderation:appeal_detail", pk=lambda ctx: ctx["appeal"].pk),
        {"beheerder", "moderator", "leidinggevende"},
        data=lambda ctx: {"outcome": "upheld", "note": "De reactie beledigt de schepen."},
        ok=302,
        audit="moderation.appeal_decided",
    ),
    Case(
        "contest a decision for a colleague",
        "post",
        page("moderation:appeal_new", decision_id=lambda ctx: ctx["other_decision"].pk),
        {"beheerder", "moderator", "antwoorder", "leidinggevende", "redacteur"},
        data=lambda ctx: {"text": "Dit was kritiek op het beleid, geen belediging."},
        ok=302,
        audit="moderation.appeal_filed",
    ),
    Case(
        "an author's history",
        "get",
        page("moderation:author_detail", pk=lambda ctx: ctx["block"].author_id),
        READERS,
    ),
    Case(
        "propose a block",
        "post",
        page("moderation:author_detail", pk=lambda ctx: ctx["other_decision"].comment.author_id),
        {"beheerder", "moderator"},
        data=lambda ctx: {"days": 14, "reason": "Blijft schelden na een waarschuwing."},
        ok=302,
        audit="moderation.block_proposed",
    ),
    Case("blocks", "get", page("moderation:block_list"), READERS),
    Case(
        "confirm a block",
        "post",
        page("moderation:block_action", pk=lambda ctx: ctx["block"].pk),
        {"beheerder", "moderator"},
        data=lambda ctx: {"do": "confirm"},
        ok=302,
        audit="moderation.block_confirmed",
    ),
    Case(
        "turn a block down",
        "post",
        page("moderation:block_action", pk=lambda ctx: ctx["block"].pk),
        {"beheerder", "moderator"},
        data=lambda ctx: {"do": "lift"},
        ok=302,
        audit="moderation.block_rejected",
    ),
    Case("crisis mode", "get", page("moderation:crisis"), READERS | {"bestuur"}),
    Case(
        "switch crisis mode on",
        "post",
        page("moderation:crisis"),
        {"beheerder"},
        data=lambda ctx: {"do": "start", "reason": "Storm van reacties na het persbericht."},
        ok=302,
        audit="moderation.crisis_started",
    ),
    Case(
        "channels",
        "get",
        page("connectors:channel_list"),
        READERS | {"redacteur"},
    ),
    Case("import a platform export", "get", page("moderation:import"), {"beheerder", "moderator"}),
    Case(
        "add a channel",
        "post",
        page("connectors:channel_list"),
        {"beheerder"},
        data=lambda ctx: {"platform": "youtube", "name": "YouTube Testegem"},
        ok=302,
        audit="connectors.channel_created",
    ),
    Case(
        "issue an API token",
        "post",
        page("connectors:issue_token", pk=lambda ctx: ctx["channel"].pk),
        {"beheerder"},
        data=lambda ctx: {"name": "koppeling"},
        audit="connectors.token_issued",
    ),
    Case(
        "revoke an API token",
        "post",
        page(
            "connectors:revoke_token",
            pk=lambda ctx: ctx["channel"].pk,
            token_pk=lambda ctx: ctx["token"].pk,
        ),
        {"beheerder"},
        ok=302,
        audit="connectors.token_revoked",
    ),
]


@pytest.fixture
def ctx(published, channel):
    from sereen.connectors.services import issue_channel_token

    hidden = CommentFactory(channel=channel, text="Jij bent een klootzak")
    (decision,) = services.moderate_comments([hidden.pk])
    assert decision.action == "hide"
    appeal = services.file_appeal(
        organisation=channel.organisation, reference=decision.reference, text="Oneerlijk."
    )
    other = CommentFactory(channel=channel, text="Die schepen is een idioot")
    (other_decision,) = services.moderate_comments([other.pk])
    block = services.propose_block(
        author=hidden.author, actor=None, days=7, reason="Herhaaldelijk beledigend."
    )
    return {
        "channel": channel,
        "appeal": appeal,
        "other_decision": other_decision,
        "block": block,
        "token": issue_channel_token(channel, None).token,
    }


def unchanged(ctx: dict[str, Any]) -> None:
    ctx["appeal"].refresh_from_db()
    ctx["block"].refresh_from_db()
    ctx["token"].refresh_from_db()
    assert ctx["appeal"].status == Appeal.Status.OPEN
    assert ctx["block"].status == Block.Status.PROPOSED
    assert ctx["token"].revoked_at is None
    assert not CrisisPeriod.objects.exists()
    assert Appeal.objects.count() == 1


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("case", CASES, ids=ids)
def test_each_role_may_do_exactly_what_it_must(client, ctx, member, case, role):
    if not check_role(client, member(role), role, case, ctx):
        unchanged(ctx)


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_a_beheerder_of_another_organisation_is_refused(client, ctx, case):
    outsider = UserFactory()
    grant(outsider, OrganisationFactory(slug="elders"), "beheerder")
    client.force_login(outsider)
    assert request(client, case, ctx).status_code == 403
    unchanged(ctx)


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_anonymous_visitors_go_to_the_login_page(client, ctx, case):
    response = request(client, case, ctx)
    assert response.status_code == 302 and "/account/" in response["Location"]
    unchanged(ctx)


# ---------------------------------------------------------------------------------------------
# Appeals: another person than the one who decided


def test_the_person_who_decided_cannot_handle_the_appeal(client, published, channel, member):
    decider, colleague = member("moderator"), member("leidinggevende")
    comment = CommentFactory(channel=channel, text="Wat een onzin van de gemeente")
    decision = services.decide_by_human(
        comment=comment, actor=decider, action="hide", rule_codes=["R1"]
    )
    appeal = services.file_appeal(
        organisation=channel.organisation, reference=decision.reference, text="Dit is kritiek."
    )
    url = reverse("moderation:appeal_detail", kwargs={"org_slug": "testegem", "pk": appeal.pk})
    client.force_login(decider)
    page = client.get(url).content.decode()
    assert 'id="appeal-not-yours"' in page and 'name="outcome"' not in page
    refused = client.post(url, {"outcome": "upheld", "note": "Blijft."})
    assert refused.status_code == 403
    appeal.refresh_from_db()
    assert appeal.status == Appeal.Status.OPEN
    client.force_login(colleague)
    assert 'name="outcome"' in client.get(url).content.decode()
    assert client.post(url, {"outcome": "overturned", "note": "Kritiek mag."}).status_code == 302
    appeal.refresh_from_db()
    assert appeal.outcome == "overturned" and appeal.handled_by == colleague
    comment.refresh_from_db()
    assert comment.visible


def test_the_colleague_who_filed_the_appeal_cannot_handle_it(published, channel, member):
    from django.core.exceptions import PermissionDenied

    filer, other = member("moderator"), member("moderator")
    comment = CommentFactory(channel=channel, text="Jij bent een klootzak")
    (decision,) = services.moderate_comments([comment.pk])
    appeal = services.file_appeal(
        organisation=channel.organisation, decision=decision, actor=filer, text="Te streng."
    )
    with pytest.raises(PermissionDenied):
        services.decide_appeal(appeal=appeal, actor=filer, outcome="upheld", note="Blijft.")
    services.decide_appeal(appeal=appeal, actor=other, outcome="upheld", note="Blijft.")
    appeal.refresh_from_db()
    assert appeal.handled_by == other and appeal.outcome == "upheld"
