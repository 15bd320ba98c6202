import pytest

from sereen.core.audit import audit_trail_for, record_audit_event
from sereen.core.models import AuditEvent, AuditLogIsAppendOnly


@pytest.mark.django_db
def test_audit_event_records_who_what_on_what_with_before_and_after(organisation, member):
    actor = member("beheerder")
    event = record_audit_event(
        actor=actor,
        action="organisation.renamed",
        organisation=organisation,
        subject=organisation,
        before={"name": "Oud"},
        after={"name": "Nieuw"},
    )
    assert event.actor == actor
    assert event.actor_label == actor.username
    assert event.subject_type == "accounts.organisation"
    assert event.subject_id == str(organisation.pk)
    assert list(audit_trail_for(organisation)) == [event]


@pytest.mark.django_db
def test_system_actions_are_recorded_without_a_person(organisation):
    event = record_audit_event(actor=None, action="engine.decided", organisation=organisation)
    assert event.actor is None
    assert event.actor_label == "systeem"


@pytest.mark.django_db
def test_audit_log_cannot_be_changed_or_deleted(organisation):
    event = record_audit_event(actor=None, action="x", organisation=organisation)
    event.note = "changed"
    with pytest.raises(AuditLogIsAppendOnly):
        event.save()
    with pytest.raises(AuditLogIsAppendOnly):
        event.delete()
    with pytest.raises(AuditLogIsAppendOnly):
        AuditEvent.objects.filter(pk=event.pk).update(note="changed")
    with pytest.raises(AuditLogIsAppendOnly):
        AuditEvent.objects.all().delete()
    event.refresh_from_db()
    assert event.note == ""
