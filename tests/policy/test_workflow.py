"""The road of a version: draft → submitted → approved by the governing body → published."""

from __future__ import annotations

import dataclasses
import datetime as dt

from django.core import mail
from django.core.exceptions import ValidationError

import pytest

from sereen.core.models import AuditEvent
from sereen.engine.policy import Severity
from sereen.policy import documents, selectors, services
from sereen.policy.models import PolicyVersion
from tests.factories.policy import with_rule_title

pytestmark = pytest.mark.django_db

State = PolicyVersion.State


def test_a_draft_goes_all_the_way_to_publication(
    organisation, beheerder, bestuur, published, approve_kwargs
):
    draft = services.start_new_draft_from(version=published, actor=beheerder)
    assert (draft.number, draft.state, draft.based_on) == (2, State.DRAFT, published)
    first = draft.document["house_rules"]["rules"][0]["code"]
    services.update_draft(
        version=draft,
        actor=beheerder,
        document=with_rule_title(draft.document, first, "Geen scheldwoorden"),
    )

    services.submit_for_approval(version=draft, actor=beheerder, change_note="Titel R1 duidelijker")
    draft.refresh_from_db()
    assert draft.state == State.SUBMITTED
    assert draft.submitted_by == beheerder
    assert draft.change_note == "Titel R1 duidelijker"
    # The governing body hears that something waits for it.
    assert [m.to for m in mail.outbox] == [[bestuur.email]]
    assert "2" in mail.outbox[0].subject

    services.approve(version=draft, actor=bestuur, **approve_kwargs)
    draft.refresh_from_db()
    assert draft.state == State.APPROVED
    assert draft.approval_body == "College van burgemeester en schepenen"
    assert draft.decision_date == dt.date(2026, 3, 2)
    assert draft.decision_reference == "CBS/2026/0117"
    assert draft.review_date == dt.date(2027, 3, 2)
    assert draft.approved_by == bestuur
    # Approved but not yet published: version 1 is still in force.
    assert selectors.published_version_for(organisation) == published

    services.publish(version=draft, actor=beheerder)
    draft.refresh_from_db()
    published.refresh_from_db()
    assert draft.state == State.PUBLISHED
    assert draft.published_by == beheerder
    assert published.state == State.SUPERSEDED
    assert published.superseded_at is not None
    assert selectors.published_version_for(organisation) == draft
    engine = selectors.published_policy_for(organisation)
    assert engine.house_rules.by_code(first).title == "Geen scheldwoorden"
    assert engine.version == "testegem-v2"


def test_every_step_is_in_the_audit_log_with_before_and_after(
    organisation, beheerder, bestuur, draft, approve_kwargs
):
    services.submit_for_approval(version=draft, actor=beheerder)
    services.approve(version=draft, actor=bestuur, **approve_kwargs)
    services.publish(version=draft, actor=beheerder)
    events = {
        e.action: e
        for e in AuditEvent.objects.filter(organisation=organisation, subject_id=str(draft.pk))
    }
    assert {
        "policy.draft_created",
        "policy.submitted",
        "policy.approved",
        "policy.published",
    } <= set(events)
    approved = events["policy.approved"]
    assert approved.actor == bestuur
    assert approved.before["state"] == "submitted"
    assert approved.after["state"] == "approved"
    assert approved.after["decision_reference"] == "CBS/2026/0117"
    assert AuditEvent.objects.filter(action="policy.superseded").count() == 1


def test_editing_a_draft_records_the_document_before_and_after(beheerder, draft):
    before = draft.document
    first = before["house_rules"]["rules"][0]["code"]
    services.update_draft(
        version=draft, actor=beheerder, document=with_rule_title(before, first, "Nieuwe titel")
    )
    event = AuditEvent.objects.get(action="policy.draft_updated")
    assert event.before["document"] == before
    assert event.after["document"]["house_rules"]["rules"][0]["title"] == "Nieuwe titel"


def test_the_governing_body_can_send_a_version_back_with_a_reason(
    beheerder, bestuur, draft, published
):
    services.submit_for_approval(version=draft, actor=beheerder)
    mail.outbox.clear()
    services.return_to_draft(version=draft, actor=bestuur, reason="R3 strenger formuleren")
    draft.refresh_from_db()
    assert draft.state == State.DRAFT
    assert draft.returned_reason == "R3 strenger formuleren"
    assert [m.to for m in mail.outbox] == [[beheerder.email]]
    # Back in draft it can be edited and submitted again.
    services.update_draft(version=draft, actor=beheerder, document=draft.document, change_note="x")
    services.submit_for_approval(version=draft, actor=beheerder)
    draft.refresh_from_db()
    assert draft.state == State.SUBMITTED
    assert draft.returned_reason == ""


def test_returning_needs_a_reason(beheerder, bestuur, draft):
    services.submit_for_approval(version=draft, actor=beheerder)
    with pytest.raises(ValidationError) as caught:
        services.return_to_draft(version=draft, actor=bestuur, reason="  ")
    assert "reason" in caught.value.message_dict


def test_approval_needs_reference_and_a_review_date_after_the_decision(
    beheerder, bestuur, draft, approve_kwargs
):
    services.submit_for_approval(version=draft, actor=beheerder)
    with pytest.raises(ValidationError) as caught:
        services.approve(
            version=draft,
            actor=bestuur,
            **{**approve_kwargs, "reference": "", "review_date": dt.date(2026, 1, 1)},
        )
    assert set(caught.value.message_dict) == {"reference", "review_date"}
    draft.refresh_from_db()
    assert draft.state == State.SUBMITTED


@pytest.mark.parametrize(
    ("step", "from_state"),
    [("submit", State.SUBMITTED), ("approve", State.DRAFT), ("publish", State.SUBMITTED)],
)
def test_steps_cannot_be_skipped(beheerder, bestuur, draft, approve_kwargs, step, from_state):
    if from_state == State.SUBMITTED:
        services.submit_for_approval(version=draft, actor=beheerder)
    with pytest.raises(ValidationError):
        if step == "submit":
            services.submit_for_approval(version=draft, actor=beheerder)
        elif step == "approve":
            services.approve(version=draft, actor=bestuur, **approve_kwargs)
        else:
            services.publish(version=draft, actor=beheerder)
    draft.refresh_from_db()
    assert draft.state == from_state


def test_only_one_version_is_on_its_way_at_a_time(organisation, beheerder, draft):
    with pytest.raises(ValidationError, match="2"):
        services.create_draft(organisation=organisation, actor=beheerder)
    assert selectors.versions_of(organisation).count() == 2


def test_a_first_draft_starts_from_the_starter_policy_with_the_organisation_name(
    organisation, beheerder
):
    draft = services.create_draft(organisation=organisation, actor=beheerder)
    assert draft.number == 1
    assert draft.document["organisation"] == "Gemeente Testegem"
    assert draft.document["version"] == "testegem-v1"
    assert documents.engine_policy(draft.document).house_rules.rules


def test_an_invalid_document_is_refused_and_nothing_changes(beheerder, draft):
    broken = dict(draft.document)
    broken["house_rules"] = {**broken["house_rules"], "rules": [{"code": "R1"}]}
    with pytest.raises(documents.PolicyFileError) as caught:
        services.update_draft(version=draft, actor=beheerder, document=broken)
    assert any(p.field.startswith("house_rules.rules[0]") for p in caught.value.problems)
    draft.refresh_from_db()
    assert draft.document != broken


def test_a_draft_can_be_discarded_but_not_a_published_version(beheerder, draft, published):
    services.discard_draft(version=draft, actor=beheerder)
    assert not PolicyVersion.objects.filter(pk=draft.pk).exists()
    with pytest.raises(ValidationError):
        services.discard_draft(version=published, actor=beheerder)


# ---------------------------------------------------------------------------------------------
# House rules and thresholds through the structured forms' services


def test_a_house_rule_is_added_changed_and_removed(beheerder, draft):
    policy = documents.engine_policy(draft.document)
    template = policy.house_rules.rules[-1]
    new_rule = dataclasses.replace(
        template,
        code="R99",
        title="Geen reclame voor gokken",
        forbidden_examples=("Speel nu bij Casino X!",),
    )
    services.save_house_rule(version=draft, actor=beheerder, rule=new_rule)
    draft.refresh_from_db()
    assert documents.engine_policy(draft.document).house_rules.by_code("R99").title == (
        "Geen reclame voor gokken"
    )

    stricter = dataclasses.replace(new_rule, severity=Severity.HIGH)
    services.save_house_rule(version=draft, actor=beheerder, rule=stricter, replaces="R99")
    draft.refresh_from_db()
    rules = documents.engine_policy(draft.document).house_rules.rules
    assert rules[-1].severity == Severity.HIGH
    assert len(rules) == len(policy.house_rules.rules) + 1

    services.remove_house_rule(version=draft, actor=beheerder, code="R99")
    draft.refresh_from_db()
    assert documents.engine_policy(draft.document).house_rules.by_code("R99") is None


def test_a_rule_code_must_be_unique(beheerder, draft):
    policy = documents.engine_policy(draft.document)
    first, second = policy.house_rules.rules[:2]
    with pytest.raises(ValidationError) as caught:
        services.save_house_rule(
            version=draft,
            actor=beheerder,
            rule=dataclasses.replace(second, code=first.code),
            replaces=second.code,
        )
    assert "code" in caught.value.message_dict


def test_renaming_a_rule_keeps_its_action_ladder(beheerder, draft):
    policy = documents.engine_policy(draft.document)
    laddered = [code for ladder in policy.management.ladders for code in ladder.rules]
    if not laddered:
        pytest.fail("The starter policy should have an action ladder naming a house rule.")
    code = laddered[0]
    rule = policy.house_rules.by_code(code)
    services.save_house_rule(
        version=draft, actor=beheerder, rule=dataclasses.replace(rule, code="X1"), replaces=code
    )
    draft.refresh_from_db()
    after = documents.engine_policy(draft.document)
    assert "X1" in [c for ladder in after.management.ladders for c in ladder.rules]


def test_a_rule_named_by_a_ladder_cannot_be_removed(beheerder, draft):
    policy = documents.engine_policy(draft.document)
    code = next(code for ladder in policy.management.ladders for code in ladder.rules)
    with pytest.raises(documents.PolicyFileError) as caught:
        services.remove_house_rule(version=draft, actor=beheerder, code=code)
    assert any("ladders" in p.field for p in caught.value.problems)


def test_thresholds_and_response_targets_are_updated(beheerder, draft):
    from sereen.engine.policy import ResponseTarget, Thresholds

    targets = (
        ResponseTarget("urgent", 30, "Bedreigingen"),
        ResponseTarget("normal", 240, "Gewone vragen"),
    )
    services.update_targets(
        version=draft,
        actor=beheerder,
        thresholds=Thresholds(act=0.9, review=0.4),
        response_targets=targets,
        weekend_coverage="Zaterdag en zondag: twee keer per dag.",
    )
    draft.refresh_from_db()
    management = documents.engine_policy(draft.document).management
    assert management.thresholds == Thresholds(act=0.9, review=0.4)
    assert management.response_targets == targets
    assert management.office_hours.weekend_coverage == "Zaterdag en zondag: twee keer per dag."


# ---------------------------------------------------------------------------------------------
# The starter policy and the engine's view


def test_the_starter_policy_is_installed_approved_and_published(organisation, beheerder):
    version = services.install_starter_policy(
        organisation=organisation, actor=beheerder, today=dt.date(2026, 2, 1)
    )
    assert version.state == State.PUBLISHED
    assert version.approval_body == "College van burgemeester en schepenen"
    assert version.decision_date == dt.date(2026, 2, 1)
    assert version.decision_reference
    assert version.review_date == dt.date(2027, 2, 1)
    assert version.document["organisation"] == "Gemeente Testegem"
    actions = list(
        AuditEvent.objects.filter(subject_id=str(version.pk))
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == [
        "policy.draft_created",
        "policy.submitted",
        "policy.approved",
        "policy.published",
    ]


def test_installing_the_starter_policy_twice_changes_nothing(organisation, beheerder, published):
    again = services.install_starter_policy(organisation=organisation, actor=beheerder)
    assert again == published
    assert selectors.versions_of(organisation).count() == 1


def test_an_ocmw_is_approved_by_its_own_body(beheerder):
    from sereen.accounts.models import Organisation
    from tests.factories.accounts import OrganisationFactory

    ocmw = OrganisationFactory(kind=Organisation.Kind.OCMW)
    version = services.install_starter_policy(organisation=ocmw, actor=None)
    assert version.approval_body == "Vast bureau"


def test_without_a_published_version_the_engine_gets_nothing(organisation, beheerder):
    services.create_draft(organisation=organisation, actor=beheerder)
    assert selectors.published_version_for(organisation) is None
    assert selectors.published_policy_for(organisation) is None


def test_moderation_reads_the_published_policy_through_its_access_point(organisation, published):
    from sereen.moderation import policy_access

    version, policy = policy_access.published_policy(organisation)
    assert version == published
    assert policy.version == "testegem-v1"
    assert policy.organisation == "Gemeente Testegem"


def test_the_engine_form_is_parsed_once_per_version(organisation, published, monkeypatch):
    calls = []
    real = documents.engine_policy

    def counting(document, **kwargs):
        calls.append(1)
        return real(document, **kwargs)

    monkeypatch.setattr(documents, "engine_policy", counting)
    selectors._engine_cache.clear()
    first = selectors.published_policy_for(organisation)
    second = selectors.published_policy_for(organisation)
    assert first is second
    assert len(calls) == 1


def test_a_published_version_with_unreadable_content_gives_the_engine_nothing(organisation):
    from tests.factories.policy import PolicyFactory, PolicyVersionFactory

    PolicyVersionFactory(
        policy=PolicyFactory(organisation=organisation), state=State.PUBLISHED, document={}
    )
    assert selectors.published_version_for(organisation) is not None
    assert selectors.published_policy_for(organisation) is None
