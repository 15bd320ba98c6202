"""The bridge between stored documents and the engine's policy form.

A version stores ``policy_to_dict(policy)``: the plain form of the YAML file. Everything that turns
that document into an engine ``Policy``, YAML text or a fingerprint goes through here, so the rest
of the app never parses or validates policies on its own.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import Any

from sereen.engine.policy import Policy as EnginePolicy
from sereen.engine.policyfile import (
    PolicyFileError,
    PolicyProblem,
    dump_policy,
    parse_policy,
    policy_from_dict,
    policy_to_dict,
    starter_policy,
)

__all__ = [
    "EnginePolicy",
    "PolicyFileError",
    "PolicyProblem",
    "code_digest",
    "document_of",
    "engine_policy",
    "parse_yaml",
    "relabel",
    "starter_document",
    "yaml_of",
]


def engine_policy(document: dict[str, Any], *, source: str = "<version>") -> EnginePolicy:
    """The engine form of a stored document; raises ``PolicyFileError`` when it is not valid."""
    return policy_from_dict(document, source=source)


def document_of(policy: EnginePolicy) -> dict[str, Any]:
    """The document to store for an engine policy (JSON-serialisable, exactly the YAML form)."""
    return policy_to_dict(policy)


def yaml_of(document: dict[str, Any]) -> str:
    """The YAML text of a stored document, as exported and shown in the editor."""
    return dump_policy(engine_policy(document))


def parse_yaml(text: str, *, source: str = "<upload>") -> EnginePolicy:
    """The policy in YAML ``text``; raises ``PolicyFileError`` naming line and field of every problem."""
    return parse_policy(text, source=source)


def relabel(document: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """``document`` with top-level fields replaced (``organisation``, ``version``), re-validated."""
    return document_of(dataclasses.replace(engine_policy(document), **changes))


def starter_document(*, organisation_name: str, version_label: str) -> dict[str, Any]:
    """The packaged starter policy with the organisation's name and a version label filled in."""
    policy = dataclasses.replace(
        starter_policy(), organisation=organisation_name, version=version_label
    )
    return document_of(policy)


def code_digest(document: dict[str, Any]) -> str:
    """A fingerprint of the code of conduct alone: equal texts give equal fingerprints."""
    part = document.get("code_of_conduct") or {}
    canonical = json.dumps(part, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
