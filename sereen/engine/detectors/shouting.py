"""Shouting: a comment (almost) entirely in capitals and long enough that it is not an acronym or
a single exclamation ("STOP", "BRAVO!" are fine)."""

from __future__ import annotations

from sereen.engine.detectors.base import DetectContext, Signal
from sereen.engine.normalise import NormalisedText
from sereen.engine.policy import RuleKind

NAME = "shouting"

MIN_LETTERS = 20
MIN_WORDS = 4


def detect(norm: NormalisedText, ctx: DetectContext) -> list[Signal]:
    if norm.letter_count < MIN_LETTERS or len(norm.tokens) < MIN_WORDS:
        return []
    ratio = norm.upper_ratio
    if ratio >= 0.85:
        score = 0.9
    elif ratio >= 0.7:
        score = 0.6
    else:
        return []
    return [
        Signal(
            RuleKind.SHOUTING,
            score,
            NAME,
            norm.original[:40],
            0,
            min(40, len(norm.original)),
            "original",
            f"{round(ratio * 100)}% hoofdletters",
        )
    ]
