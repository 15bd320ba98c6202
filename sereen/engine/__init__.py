"""Sereen's moderation engine: framework-free, fast and explainable.

    from sereen.engine import moderate, Context
    decision = moderate("Jij bent een klootzak", policy)

Nothing here imports Django or other sereen apps; a test proves it.
"""

from sereen.engine.comment import Comment, Context, HistoryItem
from sereen.engine.decision import Decision, Evidence
from sereen.engine.engine import compile_policy, moderate, moderate_batch
from sereen.engine.normalise import NormalisedText, normalise

__all__ = [
    "Comment",
    "Context",
    "Decision",
    "Evidence",
    "HistoryItem",
    "NormalisedText",
    "compile_policy",
    "moderate",
    "moderate_batch",
    "normalise",
]
