"""Inbox services: overdue notices, reply templates, dashboard queue, permission checks."""

from __future__ import annotations

import datetime as dt
from io import StringIO

from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.utils import timezone

import pytest

from sereen.core.models import AuditEvent
from sereen.inbox import selectors, services
from sereen.inbox.models import ReplyTemplate
from tests.factories.inbox import ReplyTemplateFactory, ReviewItemFactory
from tests.factories.moderation import CommentFactory

pytestmark = pytest.mark.django_db


def overdue_item(channel, **kwargs):
    return ReviewItemFactory(
        comment=CommentFactory(channel=channel),
        due_at=timezone.now() - dt.timedelta(minutes=5),
        **kwargs,
    )


def test_overdue_notice_goes_to_moderators_once(published, channel, moderator, beheerder):
    item = overdue_item(channel)
    ReviewItemFactory(comment=CommentFactory(channel=channel))  # not yet due
    overdue_item(channel, status="resolved")  # done: no notice
    assert services.notify_overdue_review_items() == 1
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["moderator@testegem.be"]
    assert f"/app/testegem/inbox/{item.pk}/" in mail.outbox[0].body
    item.refresh_from_db()
    assert item.overdue_notified_at is not None
    assert services.notify_overdue_review_items() == 0
    assert len(mail.outbox) == 1


def test_overdue_notice_goes_to_assignee(published, channel, moderator, member):
    colleague = member("antwoorder", email="antwoorder@testegem.be")
    overdue_item(channel, assigned_to=colleague)
    out = StringIO()
    call_command("notify_overdue", stdout=out)
    assert "1 overdue" in out.getvalue()
    assert mail.outbox[0].to == ["antwoorder@testegem.be"]


def test_overdue_task_runs(published, channel, moderator):
    from sereen.inbox.tasks import notify_overdue_review_items

    overdue_item(channel)
    result = notify_overdue_review_items.enqueue()
    assert result.return_value == 1


def test_render_reply_fills_placeholders(published, channel, organisation):
    comment = CommentFactory(channel=channel, author__handle="Jan Peeters")
    template = ReplyTemplateFactory(
        organisation=organisation,
        rule_code="R2",
        text="Dag {naam}, {regel}. {huisregels_url} {onbekend}",
    )
    text = services.render_reply(template, comment)
    assert text.startswith("Dag Jan Peeters, R2 (Geen haat of discriminatie).")
    assert "/testegem/huisregels/" in text and "{onbekend}" in text
    general = ReplyTemplateFactory(organisation=organisation, text="Lees {regel}")
    assert services.render_reply(general, comment) == "Lees onze huisregels"
    comment.author.handle = ""
    assert (
        services.render_reply(
            ReplyTemplateFactory(organisation=organisation, text="Dag {naam}, ok"), comment
        )
        == "Dag, ok"
    )


def test_install_default_templates_is_idempotent_and_uses_policy_codes(published, organisation):
    created = services.install_default_reply_templates(organisation=organisation)
    assert len(created) >= 10
    assert services.install_default_reply_templates(organisation=organisation) == []
    insult = ReplyTemplate.objects.get(organisation=organisation, title="Belediging")
    assert (
        insult.rule_code == "R1" and "{regel}" in insult.text and "{huisregels_url}" in insult.text
    )
    kinds = set(
        ReplyTemplate.objects.filter(organisation=organisation).values_list("kind", flat=True)
    )
    assert {"rule", "question", "criticism", "general"} <= kinds
    for template in ReplyTemplate.objects.filter(organisation=organisation):
        services.validate_template_text(template.text)


def test_install_default_templates_without_policy(no_policy, organisation):
    services.install_default_reply_templates(organisation=organisation)
    assert (
        not ReplyTemplate.objects.filter(organisation=organisation).exclude(rule_code="").exists()
    )


def test_template_services_check_permission(published, organisation, moderator, beheerder):
    with pytest.raises(PermissionDenied):
        services.create_reply_template(
            organisation=organisation, actor=moderator, title="x", text="y"
        )
    with pytest.raises(ValidationError):
        services.create_reply_template(
            organisation=organisation, actor=beheerder, title="x", text="{fout}"
        )
    with pytest.raises(ValidationError):
        services.create_reply_template(
            organisation=organisation, actor=beheerder, title="x", kind="rule", text="y"
        )
    t = services.create_reply_template(
        organisation=organisation, actor=beheerder, title="x", text="y"
    )
    with pytest.raises(ValidationError):
        services.create_reply_template(
            organisation=organisation, actor=beheerder, title="x", text="z"
        )
    assert AuditEvent.objects.filter(action="inbox.template_created", subject_id=str(t.pk)).exists()


def test_resolve_service_rejects_unknown_action_and_outsiders(published, channel, member):
    item = ReviewItemFactory(comment=CommentFactory(channel=channel))
    with pytest.raises(ValidationError):
        services.resolve_review_item(item=item, actor=member("moderator"), action="ban")
    with pytest.raises(PermissionDenied):
        services.resolve_review_item(item=item, actor=member("redacteur"), action="keep")
    with pytest.raises(PermissionDenied):
        services.resolve_review_item(item=item, actor=member("antwoorder"), action="keep")


def test_dashboard_queue(published, channel, organisation):
    urgent = ReviewItemFactory(
        comment=CommentFactory(channel=channel, text="dreiging"), priority="urgent"
    )
    overdue_item(channel)
    found = selectors.dashboard_queue(organisation, limit=1)
    assert found["size"] == 2 and found["urgent"] == 1 and found["overdue"] == 1
    assert found["items"][0]["text"] == "dreiging" and found["items"][0]["urgent"] is True
    assert found["items"][0]["url"].endswith(f"/inbox/{urgent.pk}/")


def test_start_page_uses_inbox_queue(client, published, channel, member):
    item = overdue_item(channel)
    client.force_login(member("moderator"))
    html = client.get("/app/testegem/").content.decode()
    assert f"/app/testegem/inbox/{item.pk}/" in html
