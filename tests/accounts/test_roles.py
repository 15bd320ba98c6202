from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied

import pytest

from sereen.accounts.models import Role
from sereen.accounts.permissions import require_org_perm
from sereen.accounts.roles import has_org_perm, role_permissions, sync_role_groups
from sereen.accounts.services import grant_role
from tests.factories.accounts import OrganisationFactory, UserFactory


@pytest.mark.django_db
def test_every_role_is_a_group_with_exactly_its_declared_permissions():
    sync_role_groups()  # strict: every declared permission must exist
    declared = role_permissions()
    for role in Role:
        group = Group.objects.get(name=role.value)
        granted = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}
        assert granted == declared[role.value]


@pytest.mark.django_db
def test_a_role_counts_only_in_its_own_organisation(organisation, member):
    beheerder = member("beheerder")
    other = OrganisationFactory(slug="ocmw-testegem")
    assert has_org_perm(beheerder, "core.view_audit_log", organisation)
    assert not has_org_perm(beheerder, "core.view_audit_log", other)


@pytest.mark.django_db
@pytest.mark.parametrize("role", [r.value for r in Role])
def test_only_beheerder_may_grant_roles(organisation, member, role):
    actor = member(role)
    newcomer = UserFactory()
    if role == Role.BEHEERDER:
        grant_role(organisation=organisation, user=newcomer, role=Role.MODERATOR, actor=actor)
        assert has_org_perm(newcomer, "accounts.view_organisation", organisation)
    else:
        with pytest.raises(PermissionDenied):
            grant_role(organisation=organisation, user=newcomer, role=Role.MODERATOR, actor=actor)


@pytest.mark.django_db
def test_people_without_a_role_and_inactive_people_may_do_nothing(organisation, member):
    outsider = UserFactory()
    assert not has_org_perm(outsider, "accounts.view_organisation", organisation)
    former = member("beheerder")
    former.is_active = False
    former.save()
    with pytest.raises(PermissionDenied):
        require_org_perm(former, "accounts.view_organisation", organisation)


@pytest.mark.django_db
def test_dashboard_needs_a_role_in_that_organisation(client, organisation, member):
    response = client.get(f"/app/{organisation.slug}/")
    assert response.status_code == 302 and "/account/inloggen/" in response["Location"]
    client.force_login(UserFactory())
    assert client.get(f"/app/{organisation.slug}/").status_code == 403
    client.force_login(member("lezer"))
    assert client.get(f"/app/{organisation.slug}/").status_code == 200
