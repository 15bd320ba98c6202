from __future__ import annotations

from django.db import transaction

from sereen.accounts.models import Membership, Organisation, User
from sereen.accounts.permissions import require_org_perm
from sereen.core.audit import record_audit_event


@transaction.atomic
def create_organisation(
    *,
    name: str,
    slug: str,
    kind: str = Organisation.Kind.MUNICIPALITY,
    parent: Organisation | None = None,
    actor: User | None = None,
) -> Organisation:
    """Create an organisation (done by a superuser in the admin, or by the demo)."""
    organisation = Organisation.objects.create(name=name, slug=slug, kind=kind, parent=parent)
    record_audit_event(
        actor=actor,
        action="organisation.created",
        organisation=organisation,
        subject=organisation,
        after={"name": name, "slug": slug, "kind": kind},
    )
    return organisation


@transaction.atomic
def grant_role(
    *, organisation: Organisation, user: User, role: str, actor: User | None
) -> Membership:
    """Give a person a role in an organisation."""
    require_org_perm(actor, "accounts.add_membership", organisation)
    membership, created = Membership.objects.get_or_create(
        user=user, organisation=organisation, role=role
    )
    if created:
        record_audit_event(
            actor=actor,
            action="role.granted",
            organisation=organisation,
            subject=membership,
            after={"user": user.username, "role": role},
        )
    user.__dict__.pop("_sereen_roles", None)
    return membership


@transaction.atomic
def revoke_role(*, organisation: Organisation, user: User, role: str, actor: User | None) -> None:
    """Take a role away from a person."""
    require_org_perm(actor, "accounts.delete_membership", organisation)
    deleted, _ = Membership.objects.filter(user=user, organisation=organisation, role=role).delete()
    if deleted:
        record_audit_event(
            actor=actor,
            action="role.revoked",
            organisation=organisation,
            subject=user,
            before={"user": user.username, "role": role},
        )
    user.__dict__.pop("_sereen_roles", None)
