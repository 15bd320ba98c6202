"""Each role can do with the policy what it must, and nothing more: for every view and service.

beheerder writes, imports, submits, publishes and sends the code; bestuur approves or returns;
every role reads and acknowledges the code; lezer (auditor) and beheerder see who acknowledged.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

import pytest

from sereen.accounts.models import Role
from sereen.policy import documents, services
from sereen.policy.models import PolicyVersion
from sereen.policy.urls import SECTION_SLUGS
from tests.factories.accounts import OrganisationFactory, UserFactory, grant

pytestmark = pytest.mark.django_db

ALL = {role.value for role in Role}
State = PolicyVersion.State


# ---------------------------------------------------------------------------------------------
# Services


def _draft(ctx):
    return services.start_new_draft_from(version=ctx["published"], actor=ctx["people"]["beheerder"])


def _submitted(ctx):
    draft = _draft(ctx)
    return services.submit_for_approval(version=draft, actor=ctx["people"]["beheerder"])


def _approved(ctx):
    submitted = _submitted(ctx)
    return services.approve(
        version=submitted, actor=ctx["people"]["bestuur"], **ctx["approve_kwargs"]
    )


def _rule(ctx, version):
    return documents.engine_policy(version.document).house_rules.rules[0]


SERVICES = {
    "create_draft": (
        {"beheerder"},
        lambda ctx: None,
        lambda ctx, actor, _: services.create_draft(organisation=ctx["org"], actor=actor),
    ),
    "update_draft": (
        {"beheerder"},
        _draft,
        lambda ctx, actor, v: services.update_draft(version=v, actor=actor, document=v.document),
    ),
    "update_draft_from_yaml": (
        {"beheerder"},
        _draft,
        lambda ctx, actor, v: services.update_draft_from_yaml(
            version=v, actor=actor, text=documents.yaml_of(v.document)
        ),
    ),
    "save_house_rule": (
        {"beheerder"},
        _draft,
        lambda ctx, actor, v: services.save_house_rule(
            version=v, actor=actor, rule=_rule(ctx, v), replaces=_rule(ctx, v).code
        ),
    ),
    "update_targets": (
        {"beheerder"},
        _draft,
        lambda ctx, actor, v: services.update_targets(
            version=v,
            actor=actor,
            thresholds=documents.engine_policy(v.document).management.thresholds,
            response_targets=documents.engine_policy(v.document).management.response_targets,
        ),
    ),
    "update_section": (
        {"beheerder"},
        _draft,
        lambda ctx, actor, v: services.update_section(
            version=v,
            actor=actor,
            section="target_groups",
            changes={"target_groups": documents.engine_policy(v.document).target_groups[1:]},
        ),
    ),
    "discard_draft": (
        {"beheerder"},
        _draft,
        lambda ctx, actor, v: services.discard_draft(version=v, actor=actor),
    ),
    "import_policy_yaml": (
        {"beheerder"},
        lambda ctx: None,
        lambda ctx, actor, _: services.import_policy_yaml(
            organisation=ctx["org"], actor=actor, text=documents.yaml_of(ctx["published"].document)
        ),
    ),
    "submit_for_approval": (
        {"beheerder"},
        _draft,
        lambda ctx, actor, v: services.submit_for_approval(version=v, actor=actor),
    ),
    "approve": (
        {"bestuur"},
        _submitted,
        lambda ctx, actor, v: services.approve(version=v, actor=actor, **ctx["approve_kwargs"]),
    ),
    "return_to_draft": (
        {"bestuur"},
        _submitted,
        lambda ctx, actor, v: services.return_to_draft(version=v, actor=actor, reason="Nog niet"),
    ),
    "publish": (
        {"beheerder"},
        _approved,
        lambda ctx, actor, v: services.publish(version=v, actor=actor),
    ),
    "send_code_of_conduct_to_staff": (
        {"beheerder"},
        lambda ctx: None,
        lambda ctx, actor, _: services.send_code_of_conduct_to_staff(
            organisation=ctx["org"], actor=actor
        ),
    ),
    "acknowledge_code_of_conduct": (
        ALL,
        lambda ctx: None,
        lambda ctx, actor, _: services.acknowledge_code_of_conduct(
            organisation=ctx["org"], actor=actor
        ),
    ),
    "export_policy_yaml": (
        ALL,
        lambda ctx: None,
        lambda ctx, actor, _: services.export_policy_yaml(version=ctx["published"], actor=actor),
    ),
}


@pytest.fixture
def ctx(organisation, people, published, approve_kwargs):
    return {
        "org": organisation,
        "people": people,
        "published": published,
        "approve_kwargs": approve_kwargs,
    }


def _snapshot():
    return sorted(PolicyVersion.objects.values_list("pk", "state", "document", "change_note"))


@pytest.mark.parametrize("role", sorted(ALL))
@pytest.mark.parametrize("name", sorted(SERVICES))
def test_each_service_only_for_its_roles(ctx, role, name):
    allowed, prepare, call = SERVICES[name]
    subject = prepare(ctx)
    actor = ctx["people"][role]
    if role in allowed:
        call(ctx, actor, subject)
        return
    before = _snapshot()
    with pytest.raises(PermissionDenied):
        call(ctx, actor, subject)
    assert _snapshot() == before


@pytest.mark.parametrize("name", sorted(SERVICES))
def test_no_role_counts_in_another_organisation(ctx, name):
    _allowed, prepare, call = SERVICES[name]
    subject = prepare(ctx)
    outsider = UserFactory()
    for role in ALL:
        grant(outsider, OrganisationFactory(slug="elders"), role)
    with pytest.raises(PermissionDenied):
        call(ctx, outsider, subject)


@pytest.mark.parametrize("role", sorted(ALL))
def test_installing_the_starter_policy_is_for_the_beheerder(people, role):
    org = OrganisationFactory(slug="nieuw")
    actor = UserFactory()
    grant(actor, org, role)
    if role == "beheerder":
        assert services.install_starter_policy(organisation=org, actor=actor).state == "published"
    else:
        with pytest.raises(PermissionDenied):
            services.install_starter_policy(organisation=org, actor=actor)
        assert not PolicyVersion.objects.filter(policy__organisation=org).exists()


# ---------------------------------------------------------------------------------------------
# Views


def _none(ctx):
    return None


# name: (method, allowed roles, prepare -> version or None)
VIEWS = {
    "index": ("get", ALL, _none),
    "versions": ("get", ALL, _none),
    "version": ("get", ALL, _draft),
    "compare": ("get", ALL, _none),
    "export": ("get", ALL, _none),
    "code": ("get", ALL, _none),
    "acknowledge": ("post", ALL, _none),
    "acknowledgements": ("get", {"beheerder", "lezer"}, _none),
    "new_draft": ("post", {"beheerder"}, _none),
    "import": ("get", {"beheerder"}, _none),
    "edit": ("get", {"beheerder"}, _draft),
    "edit_rule_new": ("get", {"beheerder"}, _draft),
    "edit_rule": ("get", {"beheerder"}, _draft),
    "edit_targets": ("get", {"beheerder"}, _draft),
    "edit_yaml": ("get", {"beheerder"}, _draft),
    **{f"edit_{section}": ("get", {"beheerder"}, _draft) for section in SECTION_SLUGS.values()},
    "discard": ("post", {"beheerder"}, _draft),
    "submit": ("post", {"beheerder"}, _draft),
    "approve": ("get", {"bestuur"}, _submitted),
    "publish": ("post", {"beheerder"}, _approved),
    "send_code": ("post", {"beheerder"}, _none),
}


def _url(name, ctx, version):
    base = "/app/testegem/beleid/"
    number = version.number if version is not None else ctx["published"].number
    code = _rule(ctx, version).code if version is not None else ""
    return {
        "index": base,
        "versions": f"{base}versies/",
        "version": f"{base}versie/{number}/",
        "compare": f"{base}vergelijken/",
        "export": f"{base}versie/{number}/export/",
        "code": f"{base}gedragscode/",
        "acknowledge": f"{base}gedragscode/",
        "acknowledgements": f"{base}gedragscode/bevestigingen/",
        "new_draft": f"{base}nieuw/",
        "import": f"{base}importeren/",
        "edit": f"{base}versie/{number}/bewerken/",
        "edit_rule_new": f"{base}versie/{number}/bewerken/huisregel/",
        "edit_rule": f"{base}versie/{number}/bewerken/huisregel/{code}/",
        "edit_targets": f"{base}versie/{number}/bewerken/drempels/",
        "edit_yaml": f"{base}versie/{number}/bewerken/yaml/",
        **{
            f"edit_{section}": f"{base}versie/{number}/bewerken/{slug}/"
            for slug, section in SECTION_SLUGS.items()
        },
        "discard": f"{base}versie/{number}/weggooien/",
        "submit": f"{base}versie/{number}/indienen/",
        "approve": f"{base}versie/{number}/goedkeuren/",
        "publish": f"{base}versie/{number}/publiceren/",
        "send_code": f"{base}gedragscode/versturen/",
    }[name]


@pytest.mark.parametrize("role", sorted(ALL))
@pytest.mark.parametrize("name", sorted(VIEWS))
def test_each_page_only_for_its_roles(client, ctx, role, name):
    method, allowed, prepare = VIEWS[name]
    version = prepare(ctx)
    client.force_login(ctx["people"][role])
    before = _snapshot()
    response = getattr(client, method)(_url(name, ctx, version))
    if role in allowed:
        assert response.status_code in (200, 302), response.status_code
        if response.status_code == 302:
            assert "/account/" not in response["Location"]
    else:
        assert response.status_code == 403
        assert _snapshot() == before


@pytest.mark.parametrize("name", sorted(VIEWS))
def test_anonymous_visitors_are_sent_to_the_login_page(client, ctx, name):
    method, _, prepare = VIEWS[name]
    version = prepare(ctx)
    response = getattr(client, method)(_url(name, ctx, version))
    assert response.status_code == 302
    assert "/account/" in response["Location"]


@pytest.mark.parametrize("name", sorted(VIEWS))
def test_a_role_elsewhere_opens_nothing_here(client, ctx, name):
    method, _, prepare = VIEWS[name]
    version = prepare(ctx)
    outsider = UserFactory()
    for role in ALL:
        grant(outsider, OrganisationFactory(slug="elders"), role)
    client.force_login(outsider)
    assert getattr(client, method)(_url(name, ctx, version)).status_code == 403


def test_buttons_follow_the_role(client, ctx):
    """A page shows only the actions the person may take."""
    draft = _draft(ctx)
    url = f"/app/testegem/beleid/versie/{draft.number}/"
    client.force_login(ctx["people"]["beheerder"])
    html = client.get(url).content.decode()
    assert "/indienen/" in html and "/bewerken/" in html
    client.force_login(ctx["people"]["moderator"])
    html = client.get(url).content.decode()
    assert "/indienen/" not in html and "/bewerken/" not in html
    services.submit_for_approval(version=draft, actor=ctx["people"]["beheerder"])
    html = client.get(url).content.decode()
    assert "/goedkeuren/" not in html
    client.force_login(ctx["people"]["bestuur"])
    assert "/goedkeuren/" in client.get(url).content.decode()
