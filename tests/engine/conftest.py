"""Policies for the engine tests, built in code so the tests do not depend on the YAML loader.

The rules mirror the starter policy (R1 insult ... R8 other, thresholds act 0.85 / review 0.5, a
ladder for R1, stricter crisis thresholds).
"""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from sereen.engine.decide import CompiledPolicy
from sereen.engine.policy import (
    Action,
    ActionLadder,
    CodeOfConduct,
    CrisisProtocol,
    Escalation,
    HouseRule,
    HouseRules,
    LadderStep,
    ManagementProcess,
    OfficeHours,
    Policy,
    RuleKind,
    Severity,
    Thresholds,
)


def _rule(code, kind, title, severity, action, escalate=Escalation.NONE, reason=""):
    return HouseRule(
        code=code,
        kind=kind,
        title=title,
        explanation=title,
        severity=severity,
        default_action=action,
        escalate_to=escalate,
        public_reason=reason,
    )


def make_policy(
    *,
    version: str = "test-1",
    act: float = 0.85,
    review: float = 0.5,
    crisis_act: float = 0.85,
    crisis_review: float = 0.3,
    review_everything: bool = True,
    model_act: float | None = None,
    model_act_threat: float | None = None,
    model_act_hate: float | None = None,
    rules: tuple[HouseRule, ...] | None = None,
    ladders: tuple[ActionLadder, ...] | None = None,
) -> Policy:
    if rules is None:
        rules = (
            _rule(
                "R1",
                RuleKind.INSULT,
                "Geen beledigingen",
                Severity.MEDIUM,
                Action.HIDE,
                reason="We hebben je reactie verborgen omdat ze iemand beledigt (huisregel R1).",
            ),
            _rule(
                "R2",
                RuleKind.HATE,
                "Geen haat of discriminatie",
                Severity.HIGH,
                Action.DELETE,
                Escalation.UNIA,
                "We hebben je reactie verwijderd omdat ze aanzet tot haat (huisregel R2).",
            ),
            _rule(
                "R3",
                RuleKind.THREAT,
                "Geen bedreigingen",
                Severity.CRITICAL,
                Action.DELETE,
                Escalation.POLICE,
                "We hebben je reactie verwijderd omdat ze een bedreiging bevat (huisregel R3).",
            ),
            _rule(
                "R4", RuleKind.PERSONAL_DATA, "Geen persoonsgegevens", Severity.HIGH, Action.HIDE
            ),
            _rule("R5", RuleKind.SPAM, "Geen spam of oplichting", Severity.MEDIUM, Action.DELETE),
            _rule("R6", RuleKind.FLOODING, "Niet overspoelen", Severity.LOW, Action.HIDE),
            _rule(
                "R7",
                RuleKind.SHOUTING,
                "Niet roepen",
                Severity.LOW,
                Action.REPLY,
                reason="Wil je niet in hoofdletters schrijven? Zo leest iedereen je beter.",
            ),
            _rule("R8", RuleKind.OTHER, "Overige", Severity.LOW, Action.REVIEW),
        )
    if ladders is None:
        ladders = (
            ActionLadder(
                window_days=30,
                rules=("R1",),
                steps=(
                    LadderStep(1, Action.HIDE),
                    LadderStep(2, Action.HIDE, warn=True),
                    LadderStep(3, Action.HIDE, warn=True, propose_block_days=7),
                    LadderStep(4, Action.HIDE, warn=True, propose_block_days=0),
                ),
            ),
        )
    return Policy(
        organisation="Testgemeente",
        version=version,
        code_of_conduct=CodeOfConduct(introduction="", guidelines=()),
        house_rules=HouseRules(introduction="Huisregels", rules=rules),
        management=ManagementProcess(
            response_targets=(),
            office_hours=OfficeHours(timezone="Europe/Brussels", hours=()),
            thresholds=Thresholds(
                act=act,
                review=review,
                model_act=model_act,
                model_act_threat=model_act_threat,
                model_act_hate=model_act_hate,
            ),
            ladders=ladders,
            crisis=CrisisProtocol(
                description="crisis",
                spike_hostile_per_hour=20,
                thresholds=Thresholds(act=crisis_act, review=crisis_review),
                review_everything=review_everything,
            ),
        ),
    )


@pytest.fixture(scope="session")
def policy() -> Policy:
    return make_policy()


@pytest.fixture
def shipped() -> CompiledPolicy:
    """The starter policy, deciding with the shipped classifier (tests here run without one
    unless they install it)."""
    from sereen.engine import decide
    from sereen.engine.classifier import load_default_classifier, load_default_group_classifier
    from sereen.engine.engine import compile_policy
    from sereen.engine.policyfile import starter_policy

    decide.set_classifier(load_default_classifier())
    decide.set_group_classifier(load_default_group_classifier())
    return compile_policy(starter_policy())


@pytest.fixture(autouse=True)
def _no_classifier_by_default():
    """Tests decide with the lexical detectors only unless they install a classifier (or the
    group model) themselves, so they do not change when a trained model is retrained."""
    from sereen.engine import decide

    saved = [(slot, slot.model, slot.loaded) for slot in decide.MODEL_SLOTS]
    decide.set_classifier(None)
    decide.set_group_classifier(None)
    yield
    for slot, model, loaded in saved:
        slot.model, slot.loaded = model, loaded


class FixedScores:
    """A stand-in for the trained classifier: the given scores (0 for the other labels), for
    every text or only for texts holding ``when``."""

    def __init__(self, when: str | None = None, **scores: float) -> None:
        self.when = when
        self.fixed = {"insult": 0.0, "hate": 0.0, "threat": 0.0, "spam": 0.0, **scores}

    def scores(self, text: str) -> dict[str, float]:
        if self.when is not None and self.when not in text:
            return dict.fromkeys(self.fixed, 0.0)
        return dict(self.fixed)


def group_model_giving(**scores: float) -> None:
    """Decide with ``FixedScores(**scores)`` as the group model for the rest of the test (the
    autouse fixture puts the engine's models back afterwards)."""
    from sereen.engine import decide

    decide.set_group_classifier(FixedScores(**scores))


@contextmanager
def classifier_giving(when: str | None = None, **scores: float):
    """Decide with ``FixedScores(when, **scores)`` inside the block; the engine's classifier is
    put back afterwards (for tests outside ``tests/engine``, which have no autouse fixture)."""
    from sereen.engine import decide

    saved = (decide.CLASSIFIER_SLOT.model, decide.CLASSIFIER_SLOT.loaded)
    decide.set_classifier(FixedScores(when, **scores))
    try:
        yield
    finally:
        decide.CLASSIFIER_SLOT.model, decide.CLASSIFIER_SLOT.loaded = saved
