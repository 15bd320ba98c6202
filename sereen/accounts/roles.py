"""Roles as Django groups, with the permissions each role gets.

Every app declares what each role may do in its own ``roles.py`` as ``ROLE_PERMISSIONS``: a mapping
from a ``Role`` value to ``"app_label.codename"`` strings. This module gathers them, keeps one Django
group per role in sync after every migration, and answers "may this person do this here?".
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from typing import Any

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db.models import Q

from sereen.accounts.models import Organisation, Role, User

ROLE_PERMISSIONS: Mapping[str, Iterable[str]] = {
    Role.BEHEERDER: [
        "accounts.view_organisation",
        "accounts.change_organisation",
        "accounts.view_membership",
        "accounts.add_membership",
        "accounts.change_membership",
        "accounts.delete_membership",
        "core.view_audit_log",
    ],
    Role.LEZER: ["accounts.view_organisation", "accounts.view_membership", "core.view_audit_log"],
    Role.REDACTEUR: ["accounts.view_organisation"],
    Role.MODERATOR: ["accounts.view_organisation"],
    Role.ANTWOORDER: ["accounts.view_organisation"],
    Role.LEIDINGGEVENDE: ["accounts.view_organisation"],
    Role.BESTUUR: ["accounts.view_organisation"],
}


def role_permissions() -> dict[str, set[str]]:
    """The permissions of every role, gathered from each sereen app's ``roles.py``."""
    combined: dict[str, set[str]] = {role.value: set() for role in Role}
    for config in apps.get_app_configs():
        if not config.name.startswith("sereen."):
            continue
        try:
            module = importlib.import_module(f"{config.name}.roles")
        except ModuleNotFoundError as exc:
            if exc.name != f"{config.name}.roles":
                raise
            continue
        for role, perms in getattr(module, "ROLE_PERMISSIONS", {}).items():
            combined[str(role)].update(perms)
    return combined


def sync_role_groups(*, strict: bool = True) -> None:
    """Create one group per role and give it exactly the declared permissions.

    With ``strict`` an unknown permission is an error; after each app's migration it is not yet,
    because apps migrated later have not created their permissions.
    """
    for role, perms in role_permissions().items():
        group, _ = Group.objects.get_or_create(name=role)
        query = Q(pk__in=[])
        for perm in perms:
            app_label, codename = perm.split(".", 1)
            query |= Q(content_type__app_label=app_label, codename=codename)
        found = list(Permission.objects.filter(query))
        missing = set(perms) - {f"{p.content_type.app_label}.{p.codename}" for p in found}
        if missing and strict:
            raise LookupError(f"Role {role!r} names unknown permissions: {sorted(missing)}")
        group.permissions.set(found)


def sync_role_groups_after_migrate(sender: Any, **kwargs: Any) -> None:
    # Sent once per migrated app; each run adds the permissions that exist by then.
    sync_role_groups(strict=False)


def roles_of(user: User, organisation: Organisation) -> set[str]:
    """The roles a person holds in an organisation (cached on the user object for one request)."""
    if not user.is_authenticated:
        return set()
    cache: dict[int, set[str]] = user.__dict__.setdefault("_sereen_roles", {})
    if organisation.pk not in cache:
        cache[organisation.pk] = set(
            user.memberships.filter(organisation=organisation).values_list("role", flat=True)
        )
    return cache[organisation.pk]


def has_org_perm(user: User, perm: str, organisation: Organisation) -> bool:
    """Whether this person may do ``perm`` (``"app_label.codename"``) in this organisation.

    A superuser may do everything. Otherwise the permission must be granted to the group of a role
    the person holds in this very organisation: a moderator of the city is not one of the OCMW.
    """
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    roles = roles_of(user, organisation)
    if not roles:
        return False
    cache: dict[tuple[frozenset[str], str], bool] = user.__dict__.setdefault("_sereen_perms", {})
    key = (frozenset(roles), perm)
    if key not in cache:
        app_label, codename = perm.split(".", 1)
        cache[key] = Permission.objects.filter(
            group__name__in=roles, content_type__app_label=app_label, codename=codename
        ).exists()
    return cache[key]
