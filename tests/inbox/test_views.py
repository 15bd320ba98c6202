"""The inbox through its pages: queue order, filters, each action with and without htmx,
permissions per role, bulk actions, templates, crisis mode and the audit log."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

from django.core import mail
from django.urls import reverse
from django.utils import timezone

import pytest

from sereen.core.models import AuditEvent
from sereen.inbox.models import InternalNote, ReviewItem
from sereen.moderation.models import Comment, CrisisPeriod, PlatformAction
from tests.factories.inbox import ReplyTemplateFactory, ReviewItemFactory
from tests.factories.moderation import ChannelFactory, CommentFactory

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def url(name, **kwargs):
    return reverse(f"inbox:{name}", kwargs={"org_slug": "testegem", **kwargs})


def make_item(channel, *, priority="normal", due_in=4, rules=("R1",), text="Wat een onzin", **kw):
    comment = CommentFactory(channel=channel, text=text, status=Comment.Status.AWAITING_REVIEW)
    return ReviewItemFactory(
        comment=comment,
        priority=priority,
        due_at=timezone.now() + dt.timedelta(hours=due_in),
        decision__rules=list(rules),
        **kw,
    )


@pytest.fixture
def logged_in(client, moderator):
    client.force_login(moderator)
    return client


def ids_in_queue(response):
    return [item.pk for item in response.context["items"]]


# ---------------------------------------------------------------------------------------------
# Queue


def test_queue_orders_urgent_first_then_time_left(logged_in, published, channel):
    normal_soon = make_item(channel, due_in=1)
    normal_late = make_item(channel, due_in=8)
    urgent_late = make_item(channel, priority="urgent", due_in=9)
    high = make_item(channel, priority="high", due_in=5)
    overdue = make_item(channel, due_in=-2)
    response = logged_in.get(url("queue"))
    assert response.status_code == 200
    assert ids_in_queue(response) == [
        urgent_late.pk,
        high.pk,
        overdue.pk,
        normal_soon.pk,
        normal_late.pk,
    ]
    html = response.content.decode()
    assert f'id="queue-row-{overdue.pk}"' in html
    assert 'data-overdue="true"' in html and "overdue" in html


def test_queue_filters(logged_in, published, channel, organisation, moderator):
    other_channel = ChannelFactory(organisation=organisation, platform="instagram")
    a = make_item(channel, rules=("R1",))
    b = make_item(other_channel, rules=("R2",))
    c = make_item(channel, rules=("R2",), assigned_to=moderator)
    done = make_item(channel, status="resolved")
    assert set(ids_in_queue(logged_in.get(url("queue"), {"channel": other_channel.pk}))) == {b.pk}
    assert set(ids_in_queue(logged_in.get(url("queue"), {"rule": "R2"}))) == {b.pk, c.pk}
    assert set(ids_in_queue(logged_in.get(url("queue"), {"assignee": "me"}))) == {c.pk}
    assert set(ids_in_queue(logged_in.get(url("queue"), {"assignee": "none"}))) == {a.pk, b.pk}
    assert set(ids_in_queue(logged_in.get(url("queue"), {"assignee": moderator.pk}))) == {c.pk}
    assert set(ids_in_queue(logged_in.get(url("queue"), {"status": "resolved"}))) == {done.pk}
    assert len(ids_in_queue(logged_in.get(url("queue"), {"status": "all"}))) == 4
    # nonsense filters fall back to the defaults instead of failing
    assert logged_in.get(url("queue"), {"status": "x", "channel": "abc"}).status_code == 200


def test_queue_of_another_organisation_is_not_shown(logged_in, published, channel):
    from tests.factories.accounts import OrganisationFactory

    other = OrganisationFactory(slug="elders")
    make_item(ChannelFactory(organisation=other))
    mine = make_item(channel)
    assert ids_in_queue(logged_in.get(url("queue"))) == [mine.pk]
    assert logged_in.get(reverse("inbox:queue", kwargs={"org_slug": "elders"})).status_code == 403


# ---------------------------------------------------------------------------------------------
# Item actions


def test_item_detail_shows_comment_post_evidence_history_and_hooks(logged_in, published, channel):
    item = make_item(channel, text="Jij bent een idioot")
    item.comment.post_text = "Nieuw circulatieplan vanaf maandag"
    item.comment.save()
    item.decision.evidence = [
        {"rule": "R1", "kind": "insult", "detector": "lexicon", "match": "idioot", "score": 0.93}
    ]
    item.decision.confidence = 0.93
    item.decision.save()
    CommentFactory(
        channel=channel, author=item.comment.author, text="Eerdere reactie van dezelfde burger"
    )
    html = logged_in.get(url("item", pk=item.pk)).content.decode()
    for hook in [
        'id="review-item"', f'data-item-id="{item.pk}"', 'id="decide-form"', 'id="action-keep"',
        'id="action-hide"', 'id="action-delete"', 'id="action-reply"', 'id="reply-text"',
        'id="escalate-to"', 'id="skip-item"', 'id="keyboard-help"', 'id="rule-R1"',
    ]:  # fmt: skip
        assert hook in html, hook
    assert "Nieuw circulatieplan" in html and "idioot" in html and "0,93" in html
    assert "Eerdere reactie van dezelfde burger" in html
    # The engine's rule is proposed (ticked); the first rule answers to the key "1".
    assert re.search(
        r'<input type="checkbox" name="rule" value="R1" id="rule-R1"[^>]* checked>', html
    )
    assert 'data-shortcut="1" aria-keyshortcuts="1"' in html


def test_hide_without_js_cites_rule_and_goes_to_next(logged_in, published, channel, moderator):
    first = make_item(channel, due_in=1)
    second = make_item(channel, due_in=2)
    response = logged_in.post(url("decide", pk=first.pk), {"action": "hide", "rule": ["R1"]})
    assert response.status_code == 302
    assert response["Location"] == url("item", pk=second.pk)
    first.refresh_from_db()
    assert (
        first.status == "resolved" and first.resolution == "hide" and first.resolved_by == moderator
    )
    comment = first.comment
    comment.refresh_from_db()
    assert comment.visible is False
    decision = comment.decisions.get(is_current=True)
    assert decision.rules == ["R1"] and decision.decided_by == moderator
    assert PlatformAction.objects.filter(decision=decision, kind="hide").exists()
    follow = logged_in.get(response["Location"])
    messages = [str(m) for m in follow.context["messages"]]
    assert any("R1" in m and "verborgen" in m for m in messages), messages
    event = AuditEvent.objects.get(action="inbox.item_resolved")
    assert (
        event.actor == moderator
        and event.after["resolution"] == "hide"
        and event.after["rules"] == ["R1"]
    )
    assert AuditEvent.objects.filter(action="moderation.decided", actor=moderator).exists()


def test_hide_needs_a_house_rule(logged_in, published, channel):
    item = make_item(channel)
    response = logged_in.post(url("decide", pk=item.pk), {"action": "hide"})
    assert response.status_code == 400
    assert 'id="rule-errors"' in response.content.decode()
    item.refresh_from_db()
    assert item.status == "open"
    # a rule that is not in the published policy is refused by the service
    response = logged_in.post(url("decide", pk=item.pk), {"action": "delete", "rule": ["R99"]})
    assert response.status_code == 400


def test_htmx_approve_swaps_in_next_item(logged_in, published, channel):
    first = make_item(channel, due_in=1)
    second = make_item(channel, due_in=2)
    response = logged_in.post(url("decide", pk=first.pk), {"action": "keep"}, **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'data-item-id="{second.pk}"' in html and 'hx-swap-oob="true"' in html
    assert "goedgekeurd" in html
    assert response["HX-Push-Url"] == url("item", pk=second.pk)
    assert "<html" not in html  # only the panel, not the whole page
    first.refresh_from_db()
    assert first.status == "resolved" and first.resolution == "keep"


def test_htmx_last_item_shows_queue_empty(logged_in, published, channel):
    only = make_item(channel)
    response = logged_in.post(url("decide", pk=only.pk), {"action": "keep"}, **HTMX)
    assert response.status_code == 200 and 'data-status="done"' in response.content.decode()
    assert response["HX-Push-Url"] == url("queue")


def test_htmx_form_error_stays_on_item(logged_in, published, channel):
    item = make_item(channel)
    response = logged_in.post(url("decide", pk=item.pk), {"action": "delete"}, **HTMX)
    assert response.status_code == 200  # htmx swaps only 2xx: the errors show in the panel
    assert f'data-item-id="{item.pk}"' in response.content.decode()
    assert 'id="rule-errors"' in response.content.decode()


def test_reply_with_template(logged_in, published, channel, organisation):
    item = make_item(channel)
    template = ReplyTemplateFactory(
        organisation=organisation,
        rule_code="R1",
        kind="rule",
        text="Dag {naam}, zie {regel}: {huisregels_url}",
    )
    preview = logged_in.get(url("reply_preview", pk=item.pk), {"template": template.pk})
    text = preview.content.decode()
    assert "R1 (Geen beledigingen)" in text and "/testegem/huisregels/" in text
    assert item.comment.author.handle in text
    # without JS the template fills the reply field through a GET
    page = logged_in.get(url("item", pk=item.pk), {"template": template.pk}).content.decode()
    assert "R1 (Geen beledigingen)" in page
    response = logged_in.post(
        url("decide", pk=item.pk), {"action": "reply", "reply_text": "Bedankt!"}
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.resolution == "reply"
    assert PlatformAction.objects.get(comment=item.comment, kind="reply").payload == {
        "text": "Bedankt!"
    }


def test_reply_needs_text(logged_in, published, channel):
    item = make_item(channel)
    assert logged_in.post(url("decide", pk=item.pk), {"action": "reply"}).status_code == 400


def test_escalate_keeps_item_open_and_makes_it_urgent(logged_in, published, channel, moderator):
    item = make_item(channel, due_in=6)
    response = logged_in.post(url("escalate", pk=item.pk), {"to": "police", "note": "bedreiging"})
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == "open" and item.priority == "urgent"
    assert item.comment.decisions.get(is_current=True).escalate == "police"
    assert AuditEvent.objects.filter(action="inbox.item_escalated", actor=moderator).exists()
    htmx = logged_in.post(url("escalate", pk=item.pk), {"to": "platform"}, **HTMX)
    assert htmx.status_code == 200 and f'data-item-id="{item.pk}"' in htmx.content.decode()
    assert logged_in.post(url("escalate", pk=item.pk), {"to": "nasa"}).status_code == 400


def test_next_skips_to_following_open_item(logged_in, published, channel):
    first = make_item(channel, due_in=1)
    second = make_item(channel, due_in=2)
    assert logged_in.get(url("next"))["Location"] == url("item", pk=first.pk)
    assert logged_in.get(url("next"), {"after": first.pk})["Location"] == url("item", pk=second.pk)
    # wraps around to the first
    assert logged_in.get(url("next"), {"after": second.pk})["Location"] == url("item", pk=first.pk)


def test_claim_assign_and_note(logged_in, published, channel, moderator, member):
    colleague = member("antwoorder")
    item = make_item(channel)
    assert logged_in.post(url("claim", pk=item.pk)).status_code == 302
    item.refresh_from_db()
    assert item.assigned_to == moderator
    assert logged_in.post(url("assign", pk=item.pk), {"assignee": colleague.pk}).status_code == 302
    item.refresh_from_db()
    assert item.assigned_to == colleague
    response = logged_in.post(url("assign", pk=item.pk), {"assignee": ""}, **HTMX)
    assert response.status_code == 200
    item.refresh_from_db()
    assert item.assigned_to is None
    assert AuditEvent.objects.filter(action="inbox.item_assigned").count() == 3
    # someone who cannot handle items cannot be assigned
    reader = member("lezer")
    logged_in.post(url("assign", pk=item.pk), {"assignee": reader.pk})
    item.refresh_from_db()
    assert item.assigned_to is None
    assert (
        logged_in.post(url("note", pk=item.pk), {"text": "Navragen bij mobiliteit"}).status_code
        == 302
    )
    assert InternalNote.objects.get(item=item).author == moderator
    assert AuditEvent.objects.filter(action="inbox.note_added").exists()
    assert logged_in.post(url("note", pk=item.pk), {"text": ""}).status_code == 400


def test_resolved_item_cannot_be_handled_twice(logged_in, published, channel):
    item = make_item(channel)
    logged_in.post(url("decide", pk=item.pk), {"action": "keep"})
    response = logged_in.post(url("decide", pk=item.pk), {"action": "keep"})
    assert response.status_code == 400
    assert "al behandeld" in response.content.decode()


# ---------------------------------------------------------------------------------------------
# Bulk


def test_bulk_hide_with_one_rule(logged_in, published, channel):
    items = [make_item(channel) for _ in range(3)]
    response = logged_in.post(
        url("bulk"), {"items": [i.pk for i in items[:2]], "action": "hide", "rule": "R1"}
    )
    assert response.status_code == 302
    states = {i.pk: ReviewItem.objects.get(pk=i.pk).status for i in items}
    assert states == {items[0].pk: "resolved", items[1].pk: "resolved", items[2].pk: "open"}
    for item in items[:2]:
        assert item.comment.decisions.get(is_current=True).rules == ["R1"]
    assert AuditEvent.objects.filter(action="inbox.item_resolved").count() == 2


def test_bulk_needs_rule_and_selection_and_is_all_or_nothing(logged_in, published, channel):
    a, b = make_item(channel), make_item(channel)
    logged_in.post(url("bulk"), {"items": [a.pk, b.pk], "action": "delete"})
    logged_in.post(url("bulk"), {"items": [], "action": "keep"})
    assert ReviewItem.objects.filter(status="open").count() == 2
    logged_in.post(url("decide", pk=b.pk), {"action": "keep"})
    response = logged_in.post(url("bulk"), {"items": [a.pk, b.pk], "action": "keep"}, follow=True)
    assert "Niets is gewijzigd" in response.content.decode()
    a.refresh_from_db()
    assert a.status == "open"


# ---------------------------------------------------------------------------------------------
# Permissions per role


@pytest.mark.parametrize("role", ["moderator", "beheerder"])
def test_handlers_may_hide(client, published, channel, member, role):
    client.force_login(member(role))
    item = make_item(channel)
    assert (
        client.post(url("decide", pk=item.pk), {"action": "hide", "rule": ["R1"]}).status_code
        == 302
    )


def test_antwoorder_only_replies(client, published, channel, member):
    client.force_login(member("antwoorder"))
    item = make_item(channel)
    html = client.get(url("item", pk=item.pk)).content.decode()
    assert (
        'id="action-reply"' in html
        and 'id="action-hide"' not in html
        and 'id="escalate-form"' not in html
    )
    assert (
        client.post(url("decide", pk=item.pk), {"action": "hide", "rule": ["R1"]}).status_code
        == 403
    )
    assert (
        client.post(url("decide", pk=item.pk), {"action": "delete", "rule": ["R1"]}).status_code
        == 403
    )
    assert client.post(url("escalate", pk=item.pk), {"to": "police"}).status_code == 403
    assert client.post(url("bulk"), {"items": [item.pk], "action": "keep"}).status_code == 403
    assert client.post(url("assign", pk=item.pk), {"assignee": ""}).status_code == 403
    item.refresh_from_db()
    assert item.status == "open"
    assert (
        client.post(
            url("decide", pk=item.pk), {"action": "reply", "reply_text": "Dank je"}
        ).status_code
        == 302
    )
    item.refresh_from_db()
    assert item.status == "resolved" and item.resolution == "reply"


def test_lezer_reads_only(client, published, channel, member):
    client.force_login(member("lezer"))
    item = make_item(channel)
    assert client.get(url("queue")).status_code == 200
    html = client.get(url("item", pk=item.pk)).content.decode()
    assert 'id="decide-form"' not in html and 'id="read-only"' in html
    for name, data in [
        ("decide", {"action": "keep"}),
        ("escalate", {"to": "police"}),
        ("claim", {}),
        ("note", {"text": "x"}),
    ]:
        assert client.post(url(name, pk=item.pk), data).status_code == 403, name
    assert client.post(url("bulk"), {"items": [item.pk], "action": "keep"}).status_code == 403
    assert client.get(url("audit")).status_code == 200
    item.refresh_from_db()
    assert item.status == "open" and item.assigned_to is None


@pytest.mark.parametrize("role", ["redacteur", "bestuur"])
def test_others_see_nothing(client, published, channel, member, role):
    client.force_login(member(role))
    item = make_item(channel)
    assert client.get(url("queue")).status_code == 403
    assert client.get(url("item", pk=item.pk)).status_code == 403
    assert client.post(url("decide", pk=item.pk), {"action": "keep"}).status_code == 403
    assert client.get(url("audit")).status_code == 403


def test_anonymous_goes_to_login(client, published, channel):
    item = make_item(channel)
    response = client.get(url("item", pk=item.pk))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


# ---------------------------------------------------------------------------------------------
# Templates, crisis mode, audit log


def test_beheerder_manages_templates_moderator_does_not(client, published, member, organisation):
    moderator = member("moderator")
    client.force_login(moderator)
    data = {
        "title": "Dank",
        "kind": "general",
        "rule_code": "",
        "text": "Dank je {naam}",
        "is_active": "on",
    }
    assert client.get(url("templates")).status_code == 200
    assert client.post(url("templates"), data).status_code == 403
    client.force_login(member("beheerder"))
    assert client.post(url("templates"), data).status_code == 302
    template = organisation.reply_templates.get(title="Dank")
    bad = {**data, "title": "Fout", "text": "Dag {voornaam}"}
    response = client.post(url("templates"), bad)
    assert response.status_code == 400 and "{voornaam}" in response.content.decode()
    edit = {**data, "rule_code": "R1", "text": "Zie {regel}"}
    assert client.post(url("template_edit", pk=template.pk), edit).status_code == 302
    template.refresh_from_db()
    assert template.rule_code == "R1" and template.kind == "rule"
    assert client.post(url("template_edit", pk=template.pk), {"do": "delete"}).status_code == 302
    assert not organisation.reply_templates.exists()
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"inbox.template_created", "inbox.template_changed", "inbox.template_deleted"} <= actions


def test_crisis_banner_and_switch(client, published, channel, member, organisation):
    beheerder = member("beheerder")
    client.force_login(beheerder)
    html = client.get(url("queue")).content.decode()
    assert 'id="crisis-banner"' not in html and 'id="crisis-start-form"' in html
    response = client.post(
        url("crisis"), {"do": "start", "reason": "Storm rond het circulatieplan"}
    )
    assert response.status_code == 302
    item = make_item(channel)
    for page in [url("queue"), url("item", pk=item.pk), url("templates")]:
        assert 'id="crisis-banner"' in client.get(page).content.decode(), page
    assert AuditEvent.objects.filter(action="moderation.crisis_started", actor=beheerder).exists()
    assert client.post(url("crisis"), {"do": "end"}).status_code == 302
    assert 'id="crisis-banner"' not in client.get(url("queue")).content.decode()
    # a moderator sees the banner but cannot switch
    client.post(url("crisis"), {"do": "start", "reason": "opnieuw"})
    moderator = member("moderator")
    client.force_login(moderator)
    html = client.get(url("queue")).content.decode()
    assert 'id="crisis-banner"' in html and 'id="crisis-end"' not in html
    assert client.post(url("crisis"), {"do": "end"}).status_code == 403
    assert CrisisPeriod.objects.filter(ended_at__isnull=True, started_at__isnull=False).exists()


def test_crisis_proposal_prompts_the_beheerder(client, published, member, organisation):
    CrisisPeriod.objects.create(
        organisation=organisation, proposed_automatically=True, reason="30 vijandige reacties"
    )
    client.force_login(member("beheerder"))
    html = client.get(url("queue")).content.decode()
    assert (
        'id="crisis-proposal"' in html
        and "30 vijandige reacties" in html
        and 'id="crisis-accept"' in html
    )
    client.post(url("crisis"), {"do": "start"})
    assert 'id="crisis-banner"' in client.get(url("queue")).content.decode()


def test_audit_log_lists_and_filters(logged_in, published, channel, moderator, organisation):
    item = make_item(channel)
    logged_in.post(url("claim", pk=item.pk))
    logged_in.post(url("decide", pk=item.pk), {"action": "hide", "rule": ["R1"]})
    from sereen.core.audit import record_audit_event

    record_audit_event(actor=None, action="policy.published", organisation=organisation)
    # A moderator reads the moderation work, not the rest of the organisation's log.
    response = logged_in.get(url("audit"))
    actions = [row["event"].action for row in response.context["events"]]
    assert "inbox.item_resolved" in actions and "policy.published" not in actions
    assert 'id="audit-scope"' in response.content.decode()
    assert '"resolution": "hide"' in unescape(response.content.decode())
    from sereen.accounts.models import Role
    from tests.factories.accounts import grant

    grant(moderator, organisation, Role.LEZER)
    moderator.__dict__.pop("_sereen_roles", None)
    response = logged_in.get(url("audit"))
    actions = [row["event"].action for row in response.context["events"]]
    assert "inbox.item_resolved" in actions and "inbox.item_assigned" in actions
    assert "policy.published" in actions  # the lezer role reads the whole log
    only = logged_in.get(url("audit"), {"action": "inbox.item_resolved"})
    assert [row["event"].action for row in only.context["events"]] == ["inbox.item_resolved"]
    assert 'id="audit-log"' in only.content.decode()
    assert logged_in.get(url("audit"), {"actor": "niemand-zo"}).context["events"].__len__() == 0
    assert logged_in.get(url("audit"), {"since": "kapot"}).status_code == 200


def test_threat_mail_not_sent_twice_for_same_item(published, channel, moderator):
    from sereen.inbox.services import open_review_item
    from tests.factories.moderation import ModerationDecisionFactory

    comment = CommentFactory(channel=channel)
    decision = ModerationDecisionFactory(comment=comment, action="review", rules=["R3"])
    open_review_item(comment=comment, decision=decision)
    open_review_item(comment=comment, decision=decision)
    assert len([m for m in mail.outbox if m.subject.startswith("Dringend")]) == 1


def test_colleague_contests_a_hidden_comment_from_the_item_page(
    client, published, channel, moderator, member
):
    item = make_item(channel)
    client.force_login(moderator)
    client.post(url("decide", pk=item.pk), {"action": "hide", "rule": ["R1"]})
    colleague = member("antwoorder")
    client.force_login(colleague)
    page = client.get(url("item", pk=item.pk)).content.decode()
    assert 'id="item-contest"' in page and 'id="author-link"' in page
    decision = item.comment.decisions.get(is_current=True)
    contest = reverse(
        "moderation:appeal_new", kwargs={"org_slug": "testegem", "decision_id": decision.pk}
    )
    assert contest in page
    response = client.post(contest, {"text": "Dit was kritiek op het beleid."})
    assert response.status_code == 302
    assert decision.appeals.get().filed_by == colleague
    # Contested once: the link is gone.
    assert 'id="item-contest"' not in client.get(url("item", pk=item.pk)).content.decode()


def test_actions_the_platform_cannot_do_are_marked_done_by_hand(
    client, published, organisation, moderator, member
):
    from sereen.core.models import AuditEvent

    mastodon = ChannelFactory(organisation=organisation, platform="mastodon")
    item = make_item(mastodon)
    client.force_login(moderator)
    client.post(url("decide", pk=item.pk), {"action": "hide", "rule": ["R1"]})
    hide = PlatformAction.objects.get(comment=item.comment, kind="hide")
    assert hide.status == "not_supported_by_platform"
    page = client.get(url("item", pk=item.pk)).content.decode()
    assert f'id="platform-action-{hide.pk}"' in page
    done = reverse(
        "inbox:platform_action_done",
        kwargs={"org_slug": "testegem", "pk": item.pk, "action_pk": hide.pk},
    )
    # A lezer reads but does not mark anything done.
    client.force_login(member("lezer"))
    assert client.post(done).status_code == 403
    # An antwoorder may only mark replies done, not a hide.
    client.force_login(member("antwoorder"))
    assert client.post(done).status_code == 403
    client.force_login(moderator)
    assert client.post(done, {"note": "Met de hand verwijderd."}).status_code == 302
    hide.refresh_from_db()
    assert hide.status == "done" and hide.executed_at is not None
    assert AuditEvent.objects.filter(
        action="moderation.platform_action_done", actor=moderator
    ).exists()
    again = client.post(done, follow=True)
    assert "al uitgevoerd" in again.content.decode()
