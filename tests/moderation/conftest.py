"""Fixtures for moderation tests (the API and connector tests reuse them): a published policy
built in code.

The policy app's selectors turn a stored version into an engine policy; here we replace
``sereen.moderation.policy_access.published_policy`` so these tests do not depend on the YAML
loader or the policy app's publishing flow. ``no_policy`` tests the path without a policy.
"""

from __future__ import annotations

import pytest

from tests.engine.conftest import make_policy


@pytest.fixture
def engine_policy():
    return make_policy(version="testbeleid-1")


@pytest.fixture
def published(monkeypatch, organisation, engine_policy):
    """Publish ``engine_policy`` for every organisation; returns the stored PolicyVersion."""
    from sereen.policy.models import Policy, PolicyVersion

    policy, _ = Policy.objects.get_or_create(organisation=organisation)
    version = PolicyVersion.objects.create(policy=policy, number=1, state="published")
    state = {"policy": engine_policy}

    def fake(org):
        return version, state["policy"]

    monkeypatch.setattr("sereen.moderation.policy_access.published_policy", fake)
    version.state_holder = state  # tests may swap the engine policy
    return version


@pytest.fixture
def no_policy(monkeypatch):
    monkeypatch.setattr(
        "sereen.moderation.policy_access.published_policy", lambda org: (None, None)
    )


@pytest.fixture
def channel(organisation):
    from tests.factories.moderation import ChannelFactory

    return ChannelFactory(organisation=organisation, platform="facebook")
