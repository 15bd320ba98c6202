"""Recording audit events. Services call ``record_audit_event`` inside their transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import models

from sereen.core.models import AuditEvent

if TYPE_CHECKING:
    from sereen.accounts.models import Organisation, User


def record_audit_event(
    *,
    actor: User | None,
    action: str,
    organisation: Organisation | None = None,
    subject: models.Model | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    note: str = "",
) -> AuditEvent:
    """Append one event to the audit log. ``action`` is a dotted verb such as ``policy.approved``."""
    actor_obj = actor if actor is not None and actor.is_authenticated else None
    return AuditEvent.objects.create(
        actor=actor_obj,
        actor_label=(actor_obj.get_username() if actor_obj else "systeem"),
        organisation=organisation,
        action=action,
        subject_type=subject._meta.label_lower if subject is not None else "",
        subject_id=str(subject.pk) if subject is not None else "",
        subject_label=str(subject)[:300] if subject is not None else "",
        before=before,
        after=after,
        note=note,
    )


def audit_trail_for(subject: models.Model) -> models.QuerySet[AuditEvent]:
    """Every event about one object, newest first."""
    return AuditEvent.objects.filter(
        subject_type=subject._meta.label_lower, subject_id=str(subject.pk)
    ).select_related("actor")
