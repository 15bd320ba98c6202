"""Fixtures for the inbox: a published policy built in code, with response targets and office
hours, so deadlines are predictable."""

from __future__ import annotations

import dataclasses

import pytest

from sereen.engine.policy import OfficeHours, ResponseTarget
from tests.engine.conftest import make_policy

OFFICE_HOURS = OfficeHours(
    timezone="Europe/Brussels", hours=tuple((day, "08:30", "17:00") for day in range(5))
)
TARGETS = (
    ResponseTarget("urgent", 60),
    ResponseTarget("high", 240),
    ResponseTarget("normal", 480),
    ResponseTarget("low", 960),
)


@pytest.fixture
def engine_policy():
    policy = make_policy(version="inbox-1")
    management = dataclasses.replace(
        policy.management, response_targets=TARGETS, office_hours=OFFICE_HOURS
    )
    return dataclasses.replace(policy, management=management)


@pytest.fixture
def published(monkeypatch, organisation, engine_policy):
    """Publish ``engine_policy`` for every organisation; returns the stored PolicyVersion."""
    from sereen.policy.models import Policy, PolicyVersion

    policy, _ = Policy.objects.get_or_create(organisation=organisation)
    version = PolicyVersion.objects.create(policy=policy, number=1, state="published")
    monkeypatch.setattr(
        "sereen.moderation.policy_access.published_policy", lambda org: (version, engine_policy)
    )
    return version


@pytest.fixture
def channel(organisation):
    from tests.factories.moderation import ChannelFactory

    return ChannelFactory(organisation=organisation, platform="facebook", name="Facebook Testegem")


@pytest.fixture
def moderator(member):
    return member("moderator", email="moderator@testegem.be")


@pytest.fixture
def beheerder(member):
    return member("beheerder", email="beheerder@testegem.be")


@pytest.fixture
def no_policy(monkeypatch):
    monkeypatch.setattr(
        "sereen.moderation.policy_access.published_policy", lambda org: (None, None)
    )
