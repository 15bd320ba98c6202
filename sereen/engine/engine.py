"""The engine's central calls: ``moderate`` one comment, ``moderate_batch`` many."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from sereen.engine.comment import Comment, Context
from sereen.engine.decide import CompiledPolicy, decide, get_classifier
from sereen.engine.decision import Decision
from sereen.engine.detectors import DETECTORS, DetectContext
from sereen.engine.detectors.flooding import flood_key
from sereen.engine.normalise import normalise
from sereen.engine.policy import Policy, RuleKind

_CACHE: dict[int, tuple[Policy, CompiledPolicy]] = {}
# Shared by every comment that comes without context (both are frozen, so sharing is safe and
# spares building them per comment).
_NO_CONTEXT = Context()
_NO_DETECT_CONTEXT = DetectContext()
_CACHE_SIZE = 16


def compile_policy(policy: Policy) -> CompiledPolicy:
    """The policy prepared for fast decisions; cached per policy object (and equal policies)."""
    hit = _CACHE.get(id(policy))
    if hit is not None and hit[0] is policy:
        return hit[1]
    compiled = CompiledPolicy.build(policy)
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[id(policy)] = (policy, compiled)
    return compiled


def moderate(
    comment: Comment | str,
    policy: Policy | CompiledPolicy,
    *,
    context: Context | None = None,
) -> Decision:
    """Decide what happens to one comment under ``policy``. Pure and deterministic.

    ``comment`` is a :class:`Comment` or just its text; ``context`` (or ``comment.context``) gives
    the author's history, the parent post, the time and crisis mode.
    """
    if isinstance(comment, Comment):
        text = comment.text
        context = context or comment.context
    else:
        text = comment
    if not isinstance(text, str):
        raise TypeError(f"comment text must be a string, not {type(text).__name__}")
    context = context or _NO_CONTEXT
    compiled = policy if isinstance(policy, CompiledPolicy) else compile_policy(policy)
    norm = normalise(text)
    if context.history or context.time is not None or context.parent_text:
        history_folded: tuple[tuple[datetime | None, str], ...] = ()
        if context.history:
            history_folded = tuple((h.at, flood_key(h.text)) for h in context.history if h.text)
        ctx = DetectContext(
            now=context.time,
            history=context.history,
            parent_text=context.parent_text,
            history_folded=history_folded,
        )
    else:
        ctx = _NO_DETECT_CONTEXT
    detectors, wants_classifier = _plan(compiled)
    signals = []
    if norm.letter_count or norm.plain:
        for detect in detectors:
            signals.extend(detect(norm, ctx))
    clf_scores = None
    if wants_classifier and norm.folded:
        classifier = get_classifier()
        if classifier is not None:
            clf_scores = classifier.scores(norm.folded)  # type: ignore[attr-defined]
    return decide(signals, compiled, norm, context, clf_scores)


_PLANS: dict[int, tuple[CompiledPolicy, tuple[Callable[..., list], ...], bool]] = {}
_CLASSIFIER_KINDS = (RuleKind.INSULT, RuleKind.HATE, RuleKind.THREAT, RuleKind.SPAM)


def _plan(compiled: CompiledPolicy) -> tuple[tuple[Callable[..., list], ...], bool]:
    """The detectors a compiled policy needs (in ``DETECTORS`` order) and whether the classifier
    has a rule to serve; worked out once per compiled policy instead of once per comment."""
    hit = _PLANS.get(id(compiled))
    if hit is not None and hit[0] is compiled:
        return hit[1], hit[2]
    detectors = tuple(
        detect for kind, detect in DETECTORS.items() if kind in compiled.rules_by_kind
    )
    wants = any(k in compiled.rules_by_kind for k in _CLASSIFIER_KINDS)
    if len(_PLANS) >= _CACHE_SIZE:
        _PLANS.pop(next(iter(_PLANS)))
    _PLANS[id(compiled)] = (compiled, detectors, wants)
    return detectors, wants


def moderate_batch(
    comments: Iterable[Comment | str],
    policy: Policy,
    *,
    context: Context | None = None,
) -> list[Decision]:
    """``moderate`` for many comments under one policy (compiled once)."""
    compiled = compile_policy(policy)
    return [moderate(c, compiled, context=context) for c in comments]
