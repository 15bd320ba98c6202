"""Reading the policy: versions, the published policy in engine form, diffs and acknowledgements."""

from __future__ import annotations

import dataclasses
import difflib
import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from itertools import zip_longest
from typing import Any

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

import yaml

from sereen.accounts.models import Organisation, User
from sereen.accounts.selectors import staff_of
from sereen.policy import documents
from sereen.policy.models import (
    CodeOfConductAcknowledgement,
    CodeOfConductDistribution,
    Policy,
    PolicyVersion,
)

logger = logging.getLogger(__name__)

State = PolicyVersion.State

#: States of a version that is still on its way to publication; at most one exists at a time.
OPEN_STATES = (State.DRAFT, State.SUBMITTED, State.APPROVED)
#: States the public may see: what is in force and what was in force before.
PUBLIC_STATES = (State.PUBLISHED, State.SUPERSEDED)


# ---------------------------------------------------------------------------------------------
# Versions


def policy_of(organisation: Organisation) -> Policy | None:
    return Policy.objects.filter(organisation=organisation).first()


def versions_of(organisation: Organisation) -> QuerySet[PolicyVersion]:
    """Every version of the organisation's policy, newest first."""
    return (
        PolicyVersion.objects.filter(policy__organisation=organisation)
        .select_related("policy__organisation", "created_by", "approved_by", "published_by")
        .order_by("-number")
    )


def version_of(organisation: Organisation, number: int) -> PolicyVersion | None:
    return versions_of(organisation).filter(number=number).first()


def published_version_for(organisation: Organisation) -> PolicyVersion | None:
    """The version in force: the one published version, or ``None`` before anything is published."""
    return versions_of(organisation).filter(state=State.PUBLISHED).first()


def open_version(organisation: Organisation) -> PolicyVersion | None:
    """The version on its way to publication (draft, submitted or approved), if any."""
    return versions_of(organisation).filter(state__in=OPEN_STATES).first()


def current_draft(organisation: Organisation) -> PolicyVersion | None:
    """The version being written or waiting for the governing body, if any."""
    return versions_of(organisation).filter(state__in=(State.DRAFT, State.SUBMITTED)).first()


def public_versions(organisation: Organisation) -> QuerySet[PolicyVersion]:
    """Versions that were published at some time (the one in force first, then older ones)."""
    return versions_of(organisation).filter(state__in=PUBLIC_STATES)


def public_version(organisation: Organisation, number: int) -> PolicyVersion | None:
    """A version the public may read; never a draft, submitted or merely approved one."""
    return public_versions(organisation).filter(number=number).first()


def version_label(version: PolicyVersion) -> str:
    """The label decisions and reasons cite, e.g. ``zonnedaele-v3``."""
    return f"{version.policy.organisation.slug}-v{version.number}"


# ---------------------------------------------------------------------------------------------
# The engine form. The engine compiles the policy for every batch of comments; published versions
# never change, so their parsed form is kept per version (and per change time, because test
# databases hand out the same ids again).

_CACHE_SIZE = 64
_engine_cache: OrderedDict[tuple[int, Any], documents.EnginePolicy] = OrderedDict()
_engine_cache_lock = threading.Lock()


def engine_policy_of(version: PolicyVersion) -> documents.EnginePolicy | None:
    """The engine form of a version with its label, or ``None`` (logged) if the content is invalid."""
    key = (version.pk, version.updated_at)
    if version.is_locked:
        with _engine_cache_lock:
            if key in _engine_cache:
                _engine_cache.move_to_end(key)
                return _engine_cache[key]
    try:
        policy = documents.engine_policy(version.document, source=str(version))
    except documents.PolicyFileError as exc:
        logger.error("Policy version %s cannot be read by the engine: %s", version, exc)
        return None
    policy = dataclasses.replace(policy, version=version_label(version))
    if version.is_locked:
        with _engine_cache_lock:
            _engine_cache[key] = policy
            while len(_engine_cache) > _CACHE_SIZE:
                _engine_cache.popitem(last=False)
    return policy


def published_policy_for(organisation: Organisation) -> documents.EnginePolicy | None:
    """The published policy of ``organisation`` as the engine reads it, or ``None``."""
    version = published_version_for(organisation)
    return engine_policy_of(version) if version is not None else None


def yaml_text(version: PolicyVersion) -> str:
    """The YAML form of a version; a document the engine cannot read is shown as plain YAML."""
    try:
        return documents.yaml_of(version.document)
    except documents.PolicyFileError:
        return yaml.safe_dump(version.document, allow_unicode=True, sort_keys=False)


# ---------------------------------------------------------------------------------------------
# Comparing two versions


SECTION_LABELS = {
    "general": _("General (organisation, version label, language, format)"),
    "code_of_conduct": _("Code of conduct for staff"),
    "house_rules": _("House rules"),
    "management": _("Management process"),
    "target_groups": _("Target groups"),
    "content_categories": _("Content categories (traffic light)"),
    "platforms": _("Platforms"),
    "roles": _("Roles"),
}

#: Top-level settings of one line each, compared together as "general".
GENERAL_KEYS = {"format_version", "organisation", "version", "language"}

#: Unchanged lines shown around a change; longer unchanged runs are folded.
DIFF_CONTEXT = 2


@dataclass
class DiffRow:
    """One row of the side-by-side table. ``kind``: same, changed, removed, added or folded."""

    kind: str
    left_number: int | None = None
    left: list[tuple[str, bool]] = field(default_factory=list)  # (text, changed) segments
    right_number: int | None = None
    right: list[tuple[str, bool]] = field(default_factory=list)
    folded: int = 0


@dataclass
class DiffSection:
    key: str
    label: str
    rows: list[DiffRow]
    added: int = 0
    removed: int = 0
    changed: int = 0

    @property
    def has_changes(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def _sections(text: str) -> OrderedDict[str, list[tuple[int, str]]]:
    """Split YAML text into its top-level parts, keeping each line's number in the whole text."""
    parts: OrderedDict[str, list[tuple[int, str]]] = OrderedDict()
    current = ""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("#") or (not line.strip() and not current):
            continue
        if line and line[0] not in " -" and ":" in line:
            current = line.split(":", 1)[0].strip()
            # One-line settings at the top share one part, so they do not each make a section.
            if current in GENERAL_KEYS:
                current = "general"
        parts.setdefault(current, []).append((number, line))
    for lines in parts.values():
        while lines and not lines[-1][1].strip():
            lines.pop()
    return parts


def _segments(left: str, right: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Word-level marks within a changed line: which words were removed (left) or added (right)."""
    a, b = left.split(" "), right.split(" ")
    out_a: list[tuple[str, bool]] = []
    out_b: list[tuple[str, bool]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if i2 > i1:
            out_a.append((" ".join(a[i1:i2]), tag != "equal"))
        if j2 > j1:
            out_b.append((" ".join(b[j1:j2]), tag != "equal"))
    return _spaced(out_a), _spaced(out_b)


def _spaced(segments: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    return [
        (text + (" " if n < len(segments) - 1 else ""), ch) for n, (text, ch) in enumerate(segments)
    ]


def _diff_section(key: str, a: list[tuple[int, str]], b: list[tuple[int, str]]) -> DiffSection:
    section = DiffSection(key=key, label=str(SECTION_LABELS.get(key, key)), rows=[])
    a_text, b_text = [line for _, line in a], [line for _, line in b]
    matcher = difflib.SequenceMatcher(None, a_text, b_text, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            run = list(zip(a[i1:i2], b[j1:j2], strict=True))
            if len(run) > 2 * DIFF_CONTEXT + 1:
                keep = run[:DIFF_CONTEXT], run[-DIFF_CONTEXT:]
                for (ln, lt), (rn, rt) in keep[0]:
                    section.rows.append(DiffRow("same", ln, [(lt, False)], rn, [(rt, False)]))
                section.rows.append(DiffRow("folded", folded=len(run) - 2 * DIFF_CONTEXT))
                for (ln, lt), (rn, rt) in keep[1]:
                    section.rows.append(DiffRow("same", ln, [(lt, False)], rn, [(rt, False)]))
            else:
                for (ln, lt), (rn, rt) in run:
                    section.rows.append(DiffRow("same", ln, [(lt, False)], rn, [(rt, False)]))
            continue
        for left, right in zip_longest(a[i1:i2], b[j1:j2]):
            if left is not None and right is not None:
                segs_l, segs_r = _segments(left[1], right[1])
                section.rows.append(DiffRow("changed", left[0], segs_l, right[0], segs_r))
                section.changed += 1
            elif left is not None:
                section.rows.append(DiffRow("removed", left[0], [(left[1], True)]))
                section.removed += 1
            else:
                section.rows.append(DiffRow("added", None, [], right[0], [(right[1], True)]))
                section.added += 1
    # With no change at all, a section shows no rows: the summary says "unchanged".
    if not section.has_changes:
        section.rows = []
    return section


def diff_versions(a: PolicyVersion, b: PolicyVersion) -> list[DiffSection]:
    """Compare two versions part by part on their YAML lines, in the order of the YAML form."""
    left, right = _sections(yaml_text(a)), _sections(yaml_text(b))
    keys = list(left) + [key for key in right if key not in left]
    return [_diff_section(key, left.get(key, []), right.get(key, [])) for key in keys]


# ---------------------------------------------------------------------------------------------
# The code of conduct and who acknowledged it


@dataclass
class AcknowledgementStatus:
    version: PolicyVersion | None
    acknowledged: list[tuple[User, Any]]  # (person, when)
    pending: list[User]
    last_sent: CodeOfConductDistribution | None

    @property
    def total(self) -> int:
        return len(self.acknowledged) + len(self.pending)


def code_digest_of(version: PolicyVersion) -> str:
    return documents.code_digest(version.document)


def has_acknowledged(user: User, organisation: Organisation) -> bool:
    """Whether this person acknowledged the code of conduct now in force."""
    version = published_version_for(organisation)
    if version is None or not user.is_authenticated:
        return False
    return CodeOfConductAcknowledgement.objects.filter(
        organisation=organisation, user=user, code_digest=code_digest_of(version)
    ).exists()


def acknowledgement_status(organisation: Organisation) -> AcknowledgementStatus:
    """Who of the staff acknowledged the code of conduct now in force, and who has not (yet)."""
    version = published_version_for(organisation)
    last_sent = CodeOfConductDistribution.objects.filter(organisation=organisation).first()
    staff = list(staff_of(organisation).order_by("last_name", "first_name", "username"))
    if version is None:
        return AcknowledgementStatus(None, [], staff, last_sent)
    when = dict(
        CodeOfConductAcknowledgement.objects.filter(
            organisation=organisation, code_digest=code_digest_of(version)
        )
        .order_by("acknowledged_at")
        .values_list("user_id", "acknowledged_at")
    )
    return AcknowledgementStatus(
        version=version,
        acknowledged=[(person, when[person.pk]) for person in staff if person.pk in when],
        pending=[person for person in staff if person.pk not in when],
        last_sent=last_sent,
    )
