from __future__ import annotations

from django.db.models import QuerySet

from sereen.accounts.models import Membership, Organisation, User


def organisations_of(user: User) -> QuerySet[Organisation]:
    """Organisations where this person holds at least one role (all of them for a superuser)."""
    if user.is_superuser:
        return Organisation.objects.all()
    return Organisation.objects.filter(memberships__user=user).distinct()


def members_with_role(organisation: Organisation, role: str) -> QuerySet[User]:
    """Active people holding ``role`` in ``organisation``."""
    return User.objects.filter(
        is_active=True, memberships__organisation=organisation, memberships__role=role
    ).distinct()


def staff_of(organisation: Organisation) -> QuerySet[User]:
    """Every active person with any role in ``organisation``."""
    return User.objects.filter(is_active=True, memberships__organisation=organisation).distinct()


def memberships_of(user: User) -> QuerySet[Membership]:
    return Membership.objects.filter(user=user).select_related("organisation")
