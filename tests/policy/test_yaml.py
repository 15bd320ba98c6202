"""The policy as code: export the whole policy as YAML, import it anywhere, all or nothing."""

from __future__ import annotations

from django.core.exceptions import ValidationError

import pytest

from sereen.core.models import AuditEvent
from sereen.policy import documents, selectors, services
from sereen.policy.models import PolicyVersion
from tests.factories.accounts import OrganisationFactory, UserFactory, grant
from tests.factories.policy import with_code_introduction, with_rule_title

pytestmark = pytest.mark.django_db


def _rich_published_version(beheerder, bestuur, published, approve_kwargs):
    """A published version 2 that differs from the starter in several parts."""
    draft = services.start_new_draft_from(version=published, actor=beheerder)
    code = draft.document["house_rules"]["rules"][0]["code"]
    document = with_rule_title(draft.document, code, "Geen scheldwoorden – ook niet “grappig”")
    document = with_code_introduction(document, "Lees dit.\nEn volg het: ook op zaterdag.")
    services.update_draft(version=draft, actor=beheerder, document=document)
    services.submit_for_approval(version=draft, actor=beheerder)
    services.approve(version=draft, actor=bestuur, **approve_kwargs)
    return services.publish(version=draft, actor=beheerder)


def test_export_then_import_into_a_new_organisation_gives_an_identical_policy(
    beheerder, bestuur, published, approve_kwargs
):
    source = _rich_published_version(beheerder, bestuur, published, approve_kwargs)
    text = services.export_policy_yaml(version=source, actor=beheerder)

    other = OrganisationFactory(name="OCMW Elders", slug="elders")
    admin = UserFactory()
    grant(admin, other, "beheerder")
    imported = services.import_policy_yaml(organisation=other, actor=admin, text=text)

    assert imported.policy.organisation == other
    assert imported.state == PolicyVersion.State.DRAFT
    assert imported.document == source.document
    assert documents.engine_policy(imported.document) == documents.engine_policy(source.document)
    assert services.export_policy_yaml(version=imported, actor=admin) == text


def test_the_export_is_the_yaml_form_the_engine_reads(beheerder, published):
    from sereen.engine.policyfile import parse_policy

    text = services.export_policy_yaml(version=published, actor=beheerder)
    assert parse_policy(text) == documents.engine_policy(published.document)
    assert AuditEvent.objects.filter(action="policy.exported").count() == 1


def test_a_broken_file_imports_nothing_and_names_line_and_field(organisation, beheerder, published):
    text = services.export_policy_yaml(version=published, actor=beheerder)
    lines = text.splitlines()
    number = next(n for n, line in enumerate(lines) if "severity:" in line)
    lines[number] = lines[number].split(":")[0] + ": gigantisch"
    broken = "\n".join(lines) + "\n"
    count = PolicyVersion.objects.count()
    events = AuditEvent.objects.count()

    with pytest.raises(documents.PolicyFileError) as caught:
        services.import_policy_yaml(organisation=organisation, actor=beheerder, text=broken)

    problem = caught.value.problems[0]
    assert problem.line == number + 1
    assert problem.field.startswith("house_rules.rules[") and problem.field.endswith(".severity")
    assert PolicyVersion.objects.count() == count
    assert AuditEvent.objects.count() == events


def test_yaml_that_is_not_even_yaml_names_the_line(organisation, beheerder):
    with pytest.raises(documents.PolicyFileError) as caught:
        services.import_policy_yaml(
            organisation=organisation, actor=beheerder, text="house_rules:\n  rules: [\n"
        )
    assert caught.value.problems[0].line is not None
    assert not PolicyVersion.objects.exists()


def test_import_replaces_the_content_of_the_open_draft(organisation, beheerder, draft):
    code = draft.document["house_rules"]["rules"][0]["code"]
    text = documents.yaml_of(with_rule_title(draft.document, code, "Uit het bestand"))
    imported = services.import_policy_yaml(organisation=organisation, actor=beheerder, text=text)
    assert imported.pk == draft.pk
    imported.refresh_from_db()
    assert imported.document["house_rules"]["rules"][0]["title"] == "Uit het bestand"


def test_import_waits_while_a_version_is_with_the_governing_body(organisation, beheerder, draft):
    services.submit_for_approval(version=draft, actor=beheerder)
    with pytest.raises(ValidationError):
        services.import_policy_yaml(
            organisation=organisation, actor=beheerder, text=documents.yaml_of(draft.document)
        )


def test_the_yaml_editor_saves_a_whole_draft(beheerder, draft):
    code = draft.document["house_rules"]["rules"][0]["code"]
    text = selectors.yaml_text(draft).replace(
        documents.engine_policy(draft.document).house_rules.by_code(code).title, "Via YAML", 1
    )
    services.update_draft_from_yaml(version=draft, actor=beheerder, text=text)
    draft.refresh_from_db()
    assert draft.document["house_rules"]["rules"][0]["title"] == "Via YAML"
