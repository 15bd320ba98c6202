"""Fixtures for the policy tests: one person per role, a published policy, a draft."""

from __future__ import annotations

import pytest

from sereen.accounts.models import Role
from sereen.policy import services


@pytest.fixture
def people(member):
    """One person per role in the organisation, keyed by role."""
    return {role.value: member(role.value, username=f"{role.value}-1") for role in Role}


@pytest.fixture
def beheerder(people):
    return people["beheerder"]


@pytest.fixture
def bestuur(people):
    return people["bestuur"]


@pytest.fixture
def published(organisation, beheerder):
    """Version 1: the starter policy, approved by the college and published."""
    return services.install_starter_policy(organisation=organisation, actor=beheerder)


@pytest.fixture
def draft(published, beheerder):
    """Version 2: a draft started from the published version."""
    return services.start_new_draft_from(version=published, actor=beheerder)


@pytest.fixture
def approve_kwargs():
    import datetime as dt

    return {
        "body": "College van burgemeester en schepenen",
        "decision_date": dt.date(2026, 3, 2),
        "reference": "CBS/2026/0117",
        "review_date": dt.date(2027, 3, 2),
    }
