"""Detectors, one module per house-rule kind. Each has ``detect(norm, ctx) -> list[Signal]``."""

from __future__ import annotations

from sereen.engine.detectors import flooding, hate, insult, personal_data, shouting, spam, threat
from sereen.engine.detectors.base import DetectContext, HistoryItem, Signal
from sereen.engine.policy import RuleKind

DETECTORS = {
    RuleKind.INSULT: insult.detect,
    RuleKind.HATE: hate.detect,
    RuleKind.THREAT: threat.detect,
    RuleKind.PERSONAL_DATA: personal_data.detect,
    RuleKind.SPAM: spam.detect,
    RuleKind.FLOODING: flooding.detect,
    RuleKind.SHOUTING: shouting.detect,
}

__all__ = ["DETECTORS", "DetectContext", "HistoryItem", "Signal"]
