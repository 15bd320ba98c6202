"""Factories for the policy app: policies, versions with a valid document, and published versions."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import factory

from sereen.engine.policyfile import starter_policy
from sereen.policy import documents
from sereen.policy.models import Policy, PolicyVersion
from tests.factories.accounts import OrganisationFactory


def starter_document(organisation_name: str = "Gemeente Testegem", **changes: Any) -> dict:
    """The starter policy as a stored document, with top-level fields replaced."""
    policy = dataclasses.replace(starter_policy(), organisation=organisation_name, **changes)
    return documents.document_of(policy)


def with_rule_title(document: dict, code: str, title: str) -> dict:
    """``document`` with the title of house rule ``code`` changed."""
    policy = documents.engine_policy(document)
    rules = tuple(
        dataclasses.replace(rule, title=title) if rule.code == code else rule
        for rule in policy.house_rules.rules
    )
    return documents.document_of(
        dataclasses.replace(
            policy, house_rules=dataclasses.replace(policy.house_rules, rules=rules)
        )
    )


def with_code_introduction(document: dict, text: str) -> dict:
    policy = documents.engine_policy(document)
    code = dataclasses.replace(policy.code_of_conduct, introduction=text)
    return documents.document_of(dataclasses.replace(policy, code_of_conduct=code))


class PolicyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Policy
        django_get_or_create = ["organisation"]

    organisation = factory.SubFactory(OrganisationFactory)


class PolicyVersionFactory(factory.django.DjangoModelFactory):
    """A version with the starter policy as content; pass ``state`` and approval fields at will."""

    class Meta:
        model = PolicyVersion

    policy = factory.SubFactory(PolicyFactory)
    number = factory.Sequence(lambda n: n + 1)
    state = PolicyVersion.State.DRAFT
    document = factory.LazyAttribute(
        lambda v: starter_document(
            v.policy.organisation.name,
            version=f"{v.policy.organisation.slug}-v{v.number}",
        )
    )


class PublishedVersionFactory(PolicyVersionFactory):
    """A version as it stands after approval by the college and publication."""

    state = PolicyVersion.State.PUBLISHED
    approval_body = "College van burgemeester en schepenen"
    decision_date = dt.date(2026, 1, 12)
    decision_reference = "CBS/2026/0042"
    review_date = dt.date(2027, 1, 12)
    published_at = factory.LazyFunction(lambda: dt.datetime(2026, 1, 13, 9, 0, tzinfo=dt.UTC))
