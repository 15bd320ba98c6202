"""Flooding: the same comment posted again and again by one author, and walls of one repeated word
or character. Earlier comments of the author come from the context's history."""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

from sereen.engine.detectors.base import DetectContext, Signal
from sereen.engine.normalise import NormalisedText
from sereen.engine.policy import RuleKind

NAME = "flooding"

# How close together identical comments must be to count as a flood.
WINDOW = timedelta(hours=24)
SHORT_WINDOW = timedelta(hours=1)
_CHAR_FLOOD = re.compile(r"(\S)\1{29,}")
_NON_WORD = re.compile(r"[^\w]+")


def _key(folded: str) -> str:
    return _NON_WORD.sub(" ", folded).strip()


@lru_cache(maxsize=4096)
def flood_key(text: str) -> str:
    """The key under which two comments count as "the same": normalised, without punctuation."""
    from sereen.engine.normalise import normalise as _normalise

    return _key(_normalise(text).folded)


def detect(norm: NormalisedText, ctx: DetectContext) -> list[Signal]:
    signals: list[Signal] = []
    # The key only matters against a history: most comments come without one.
    key = _key(norm.folded) if ctx.history_folded else ""
    if ctx.history_folded and len(key) >= 12 and len(norm.tokens) >= 3:
        recent = 0
        close = 0
        for at, text in ctx.history_folded:
            if text != key:
                continue
            if ctx.now is None or at is None:
                recent += 1
                continue
            age = ctx.now - at
            if timedelta(0) <= age <= WINDOW:
                recent += 1
                if age <= SHORT_WINDOW:
                    close += 1
        if recent:
            score = 0.92 if (close or recent >= 2) else 0.7
            signals.append(
                Signal(
                    RuleKind.FLOODING,
                    score,
                    NAME,
                    norm.folded[:80],
                    0,
                    min(80, len(norm.folded)),
                    note=f"zelfde reactie al {recent} keer geplaatst",
                )
            )
    tokens = norm.tokens
    if len(tokens) >= 12:
        counts: dict[str, int] = {}
        for tok in tokens:
            counts[tok] = counts.get(tok, 0) + 1
        word, most = max(counts.items(), key=lambda kv: kv[1])
        if most >= 10 and most / len(tokens) >= 0.6:
            signals.append(
                Signal(RuleKind.FLOODING, 0.9, NAME, word, note=f"'{word}' {most} keer herhaald")
            )
    # Thirty times the same character need thirty characters.
    m = _CHAR_FLOOD.search(norm.plain) if len(norm.plain) >= 30 else None
    if m:
        signals.append(
            Signal(
                RuleKind.FLOODING,
                0.9,
                NAME,
                m.group(0)[:20],
                m.start(),
                m.end(),
                "plain",
                "tekenvloed",
            )
        )
    elif len(norm.original) > 3000:
        signals.append(
            Signal(RuleKind.FLOODING, 0.6, NAME, norm.original[:20], note="zeer lange reactie")
        )
    return signals
