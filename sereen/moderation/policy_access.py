"""The one place where moderation asks the policy app which policy is in force.

The policy app owns publishing; moderation reads ``sereen.policy.selectors``. Tests replace
``published_policy`` to decide under a policy built in code.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from sereen.policy import selectors

if TYPE_CHECKING:
    from sereen.accounts.models import Organisation
    from sereen.engine.policy import Policy
    from sereen.policy.models import PolicyVersion

log = logging.getLogger(__name__)


def published_policy(organisation: Organisation) -> tuple[PolicyVersion | None, Policy | None]:
    """The published policy version of ``organisation`` and its engine form.

    ``(None, None)`` before anything is published, and ``(version, None)`` when the published
    document cannot be read by the engine. In both cases the engine cannot decide, and comments go
    to review ("no published policy") instead of being dropped or kept blindly.
    """
    version = selectors.published_version_for(organisation)
    if version is None:
        return None, None
    policy = selectors.engine_policy_of(version)
    if policy is None:
        log.error(
            "Published policy %s is unreadable: comments of %s go to review", version, organisation
        )
    return version, policy
