"""The engine's output: a decision that names the house rules it applies and shows its evidence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sereen.engine.policy import Action, Escalation

__all__ = ["Decision", "Evidence"]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a rule was considered: the matching text, the detector and its score.

    ``start``/``end`` index into the normalised form named by ``source`` ("folded", "plain" or
    "original"; see ``normalise``), or are -1 when the evidence is the comment as a whole.
    """

    rule: str | None
    kind: str
    detector: str
    match: str
    score: float
    start: int = -1
    end: int = -1
    source: str = "folded"
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "kind": self.kind,
            "detector": self.detector,
            "match": self.match,
            "score": self.score,
            "span": [self.start, self.end],
            "source": self.source,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class Decision:
    """What happens to one comment.

    ``rules`` are the codes of the house rules the comment breaks (for ``review``: the rules a
    person should check). ``reason`` is one plain-Dutch sentence for the author, ``reasons`` one per
    rule. ``warn`` and ``propose_block_days`` come from the action ladder (``None``: no block,
    ``0``: a permanent block); ``offence`` is the number of this violation within the ladder window.
    ``automated`` is False when a person has to decide (action ``review``). ``confirm`` is True
    when the classifier alone hid the comment (the policy's ``model_act``): it is hidden at once,
    and a person confirms or restores it.
    """

    action: Action
    visible: bool
    escalate: Escalation
    rules: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    confidence: float
    policy_version: str
    reason: str
    reasons: tuple[str, ...] = ()
    warn: bool = False
    propose_block_days: int | None = None
    offence: int | None = None
    automated: bool = True
    confirm: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "action": self.action.value,
            "visible": self.visible,
            "escalate": self.escalate.value,
            "rules": list(self.rules),
            "reason": self.reason,
            "reasons": list(self.reasons),
            "confidence": self.confidence,
            "policy_version": self.policy_version,
            "warn": self.warn,
            "propose_block_days": self.propose_block_days,
            "offence": self.offence,
            "automated": self.automated,
            "confirm": self.confirm,
            "evidence": [e.to_dict() for e in self.evidence],
        }
