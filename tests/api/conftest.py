"""The API and connector tests decide comments under the same published test policy as the
moderation tests (see tests/moderation/conftest.py)."""

from tests.moderation.conftest import channel, engine_policy, no_policy, published

__all__ = ["channel", "engine_policy", "no_policy", "published"]
