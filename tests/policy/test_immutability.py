"""What the governing body approved cannot change: not through the services, not even directly."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError

import pytest

from sereen.policy import services
from sereen.policy.models import PolicyVersion, VersionIsImmutable
from tests.factories.policy import PublishedVersionFactory, with_rule_title

pytestmark = pytest.mark.django_db

State = PolicyVersion.State


@pytest.fixture
def approved(beheerder, bestuur, draft, approve_kwargs):
    services.submit_for_approval(version=draft, actor=beheerder)
    return services.approve(version=draft, actor=bestuur, **approve_kwargs)


def _changed(version):
    code = version.document["house_rules"]["rules"][0]["code"]
    return with_rule_title(version.document, code, "Stiekem gewijzigd")


@pytest.mark.parametrize("which", ["approved", "published"])
def test_the_services_refuse_to_edit_a_locked_version(request, beheerder, which):
    version = request.getfixturevalue(which)
    before = version.document
    with pytest.raises(ValidationError):
        services.update_draft(version=version, actor=beheerder, document=_changed(version))
    version.refresh_from_db()
    assert version.document == before


def test_the_services_refuse_to_edit_a_superseded_version(
    beheerder, bestuur, published, draft, approve_kwargs
):
    services.submit_for_approval(version=draft, actor=beheerder)
    services.approve(version=draft, actor=bestuur, **approve_kwargs)
    services.publish(version=draft, actor=beheerder)
    published.refresh_from_db()
    assert published.state == State.SUPERSEDED
    with pytest.raises(ValidationError):
        services.update_draft(version=published, actor=beheerder, document=_changed(published))


def test_a_submitted_version_is_not_edited_while_the_body_decides(beheerder, draft):
    services.submit_for_approval(version=draft, actor=beheerder)
    with pytest.raises(ValidationError):
        services.update_draft(version=draft, actor=beheerder, document=_changed(draft))


@pytest.mark.parametrize("state", [State.APPROVED, State.PUBLISHED, State.SUPERSEDED])
def test_the_model_refuses_to_save_changed_content(state):
    version = PublishedVersionFactory(state=state)
    version.document = _changed(version)
    with pytest.raises(VersionIsImmutable):
        version.save()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("decision_reference", "CBS/2099/1"),
        ("decision_date", dt.date(2020, 1, 1)),
        ("review_date", dt.date(2099, 1, 1)),
        ("approval_body", "Iemand anders"),
        ("number", 77),
    ],
)
def test_the_model_refuses_to_change_the_recorded_decision(field, value):
    version = PublishedVersionFactory()
    setattr(version, field, value)
    with pytest.raises(VersionIsImmutable):
        version.save()


@pytest.mark.parametrize("back_to", [State.DRAFT, State.SUBMITTED, State.APPROVED])
def test_a_published_version_cannot_go_back(back_to):
    version = PublishedVersionFactory()
    version.state = back_to
    with pytest.raises(VersionIsImmutable):
        version.save()


def test_the_model_refuses_bulk_updates_and_deletes_of_locked_versions():
    version = PublishedVersionFactory()
    with pytest.raises(VersionIsImmutable):
        PolicyVersion.objects.filter(pk=version.pk).update(document={})
    with pytest.raises(VersionIsImmutable):
        PolicyVersion.objects.filter(pk=version.pk).delete()
    with pytest.raises(VersionIsImmutable):
        version.delete()
    assert PolicyVersion.objects.filter(pk=version.pk, state=State.PUBLISHED).exists()


def test_publication_steps_still_move_a_locked_version():
    version = PublishedVersionFactory(state=State.APPROVED, published_at=None)
    version.state = State.PUBLISHED
    version.published_at = dt.datetime(2026, 2, 1, tzinfo=dt.UTC)
    version.save()
    version.state = State.SUPERSEDED
    version.superseded_at = dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
    version.save()
    version.refresh_from_db()
    assert version.state == State.SUPERSEDED


def test_drafts_may_be_changed_and_deleted_freely(draft):
    draft.document = _changed(draft)
    draft.save()
    PolicyVersion.objects.filter(pk=draft.pk).update(change_note="ok")
    draft.delete()
    assert not PolicyVersion.objects.filter(pk=draft.pk).exists()


def test_a_change_starts_a_new_draft_that_keeps_the_old_version_intact(beheerder, published):
    before = published.document
    draft = services.start_new_draft_from(version=published, actor=beheerder)
    services.update_draft(version=draft, actor=beheerder, document=_changed(draft))
    published.refresh_from_db()
    assert published.document == before
    assert draft.based_on == published
