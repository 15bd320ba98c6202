"""Shared fixtures. App-specific fixtures live in tests/<app>/conftest.py."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    # Tasks run at once in tests, so a service's background work is visible right after it.
    # Tests of the worker itself switch to the database backend explicitly.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.LANGUAGE_CODE = "nl-be"


@pytest.fixture
def organisation(db):
    from tests.factories.accounts import OrganisationFactory

    return OrganisationFactory(name="Gemeente Testegem", slug="testegem")


@pytest.fixture
def member(db, organisation):
    """Make a person with one role in ``organisation``: ``member("moderator")``."""
    from tests.factories.accounts import UserFactory, grant

    def make(role: str, org=None, **kwargs):
        user = UserFactory(**kwargs)
        grant(user, org or organisation, role)
        return user

    return make
