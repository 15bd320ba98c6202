"""The one place where moderation asks the policy app which policy is in force.

The policy app owns publishing; it exposes ``sereen.policy.selectors.published_version_for`` and
``published_policy_for``. Tests replace ``published_policy`` to decide under a policy built in code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sereen.accounts.models import Organisation
    from sereen.engine.policy import Policy
    from sereen.policy.models import PolicyVersion


def published_policy(organisation: Organisation) -> tuple[PolicyVersion | None, Policy | None]:
    """The published policy version of ``organisation`` and its engine form, or ``(None, None)``.

    With no published version the engine cannot decide, and comments go to review with the reason
    "geen gepubliceerd beleid" instead of being dropped or kept blindly.
    """
    try:
        from sereen.policy import selectors
    except ImportError:  # the policy app has not shipped its selectors (yet): nothing is published
        return None, None
    version = selectors.published_version_for(organisation)
    if version is None:
        return None, None
    return version, selectors.published_policy_for(organisation)
