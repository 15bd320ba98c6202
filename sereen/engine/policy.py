"""The policy as the engine sees it: immutable dataclasses, one per part of the YAML form.

This module is the contract between the policy app (which stores, versions and approves a policy and
exports it as YAML) and the moderation engine (which enforces it). It holds no behaviour beyond small
look-ups; loading and validating YAML lives in ``policyfile.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

FORMAT_VERSION = 1

#: Priorities of response targets, most urgent first.
PRIORITIES: tuple[str, ...] = ("urgent", "high", "normal", "low")

#: The Sereen roles a roles matrix may name (the same codes as ``sereen.accounts.models.Role``,
#: repeated here because the engine imports nothing from Django).
SEREEN_ROLES: tuple[str, ...] = (
    "beheerder",
    "redacteur",
    "moderator",
    "antwoorder",
    "leidinggevende",
    "bestuur",
    "lezer",
)


class Action(StrEnum):
    """What happens to a comment, from least to most restrictive."""

    KEEP = "keep"
    REPLY = "reply"
    REVIEW = "review"
    HIDE = "hide"
    DELETE = "delete"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class Escalation(StrEnum):
    """Who outside the organisation is told: threats go to the police, hate to Unia."""

    NONE = "none"
    POLICE = "police"
    UNIA = "unia"
    PLATFORM = "platform"


class RuleKind(StrEnum):
    """Which detector family enforces a house rule. ``other`` rules are enforced by people only."""

    INSULT = "insult"
    HATE = "hate"
    THREAT = "threat"
    PERSONAL_DATA = "personal_data"
    SPAM = "spam"
    FLOODING = "flooding"
    SHOUTING = "shouting"
    OTHER = "other"


class ContentLevel(StrEnum):
    """The traffic light for staff posts."""

    FREE = "free"
    APPROVAL = "approval"
    NEVER = "never"


@dataclass(frozen=True, slots=True)
class HouseRule:
    """One numbered house rule for outsiders, e.g. ``R2 Geen beledigingen``."""

    code: str
    kind: RuleKind
    title: str
    explanation: str
    severity: Severity
    default_action: Action
    escalate_to: Escalation = Escalation.NONE
    public_reason: str = ""  # plain-Dutch sentence shown to the author when this rule is applied
    allowed_examples: tuple[str, ...] = ()
    forbidden_examples: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class HouseRules:
    introduction: str
    rules: tuple[HouseRule, ...]

    def by_code(self, code: str) -> HouseRule | None:
        return next((rule for rule in self.rules if rule.code == code), None)

    def of_kind(self, kind: RuleKind) -> tuple[HouseRule, ...]:
        return tuple(rule for rule in self.rules if rule.kind == kind)


@dataclass(frozen=True, slots=True)
class LadderStep:
    """The n-th violation within the ladder's window (``offence`` starts at 1) leads to this."""

    offence: int
    action: Action
    warn: bool = False
    propose_block_days: int | None = None  # None: no block; 0: a permanent block


@dataclass(frozen=True, slots=True)
class ActionLadder:
    """Escalating consequences for repeat violations of the listed rules (all rules when empty)."""

    window_days: int
    steps: tuple[LadderStep, ...]
    rules: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Confidence needed to act without a human (``act``) and to ask a human at all (``review``).

    ``model_act``: the trained classifier's score from which it may hide a comment on its own,
    without a word list or phrase rule agreeing (never deleted, never escalated: a person sees
    it in the inbox and can restore it). None: the classifier alone only ever asks a person.

    ``model_act_threat``: the same for a threat whose comment names violence (a word such as
    "neersteken" or "kapotslaan"), where the classifier errs least; None: ``model_act``.

    ``model_act_hate``: the same for hate whose comment names a protected group together with a
    hostile word ("allemaal", "buiten", "profiteurs", a slur) and no word of praise or welcome,
    nothing in quotation marks; None: ``model_act``."""

    act: float
    review: float
    model_act: float | None = None
    model_act_threat: float | None = None
    model_act_hate: float | None = None


# The optional classifier thresholds of ``Thresholds``, checked and defaulted alike.
MODEL_ACT_FIELDS = ("model_act", "model_act_threat", "model_act_hate")


@dataclass(frozen=True, slots=True)
class ResponseTarget:
    """How fast a comment of this priority must be handled, in minutes (office hours apply)."""

    priority: str  # "urgent" | "high" | "normal" | "low"
    minutes: int
    description: str = ""


@dataclass(frozen=True, slots=True)
class OfficeHours:
    timezone: str
    # weekday (0 = Monday) -> ("08:30", "17:00"); a missing day is closed
    hours: tuple[tuple[int, str, str], ...]
    weekend_coverage: str = ""
    # Days the office is closed although ``hours`` names their weekday (public holidays, the
    # annual closing): "MM-DD" every year, "YYYY-MM-DD" once.
    closed_on: tuple[str, ...] = ()

    def is_closed_on(self, day: date) -> bool:
        """Whether ``day`` is one of the ``closed_on`` exceptions."""
        return day.isoformat() in self.closed_on or day.isoformat()[5:] in self.closed_on


@dataclass(frozen=True, slots=True)
class CrisisProtocol:
    description: str
    # Crisis mode is proposed when this many hostile comments arrive within an hour on one organisation.
    spike_hostile_per_hour: int
    thresholds: Thresholds
    review_everything: bool = True
    team: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ManagementProcess:
    response_targets: tuple[ResponseTarget, ...]
    office_hours: OfficeHours
    thresholds: Thresholds
    ladders: tuple[ActionLadder, ...]
    crisis: CrisisProtocol
    human_decision: tuple[str, ...] = ()  # situations where a person must always decide
    reply_guidance: str = ""


@dataclass(frozen=True, slots=True)
class Guideline:
    title: str
    text: str
    professional: str = ""
    private: str = ""
    examples: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CodeOfConduct:
    introduction: str
    guidelines: tuple[Guideline, ...]


@dataclass(frozen=True, slots=True)
class TargetGroup:
    name: str
    sensitivities: str


@dataclass(frozen=True, slots=True)
class ContentCategory:
    level: ContentLevel
    title: str
    examples: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlatformGuidance:
    platform: str
    purpose: str
    audience: str
    attention: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RoleAssignment:
    role: str  # one of the Sereen roles: beheerder, redacteur, moderator, antwoorder, ...
    who: str
    tasks: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Policy:
    """A whole social media policy of one organisation, as exported to YAML."""

    organisation: str
    version: str
    code_of_conduct: CodeOfConduct
    house_rules: HouseRules
    management: ManagementProcess
    language: str = "nl-BE"
    target_groups: tuple[TargetGroup, ...] = ()
    content_categories: tuple[ContentCategory, ...] = ()
    platforms: tuple[PlatformGuidance, ...] = ()
    roles: tuple[RoleAssignment, ...] = ()
    format_version: int = FORMAT_VERSION
