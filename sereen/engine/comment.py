"""The engine's input: a comment and what is known around it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sereen.engine.detectors.base import HistoryItem

__all__ = ["Comment", "Context", "HistoryItem"]


@dataclass(frozen=True, slots=True)
class Context:
    """Optional facts around a comment. All fields may be left empty.

    ``history`` holds the author's earlier comments and the decisions on them (rule codes, action,
    time, and the text where known): the action ladder counts earlier violations in it and the
    flooding detector compares texts. ``time`` is when the comment was posted; windows (ladder,
    flooding) are counted back from it, and without it every history item counts. ``crisis`` puts
    the policy's crisis thresholds in force.
    """

    author: str = ""
    history: tuple[HistoryItem, ...] = ()
    channel: str = ""
    parent_text: str = ""
    time: datetime | None = None
    crisis: bool = False


@dataclass(frozen=True, slots=True)
class Comment:
    text: str
    id: str | int | None = None
    context: Context = field(default_factory=Context)
