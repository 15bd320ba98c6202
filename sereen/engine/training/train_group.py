"""Train the group model and write it, reproducibly.

The group model answers one question the main classifier answers badly: is what this comment says
*of a group* hateful? It reads the comment with every group's name replaced by one mask word
(``hate.groups_masked``), so it cannot learn a group's name as hate ("Hoeveel moslims wonen er in
onze gemeente?") and learns what is said instead ("... zit bij dat volk in de cultuur", "ik vind
da gewoon vies"). ``decide`` lets it ask a person about a comment, and hide one alone only under
the guards of ``decide._combine`` (a named group, a hostile word or a plain statement, ...).

It trains on the group-mention sets (``GROUP_SETS``: 600-700 comments each, written by helpers,
hate and legitimate comments naming a protected group; the ``grouppairs`` sets hold pairs of a
hateful comment and its legitimate twin in nearly the same words) and on the comments that name a
group in the written sets the main classifier trains on (``train.WRITTEN_SETS``); the sets kept
for measuring are never read. The calibration is fitted on sets the model has not seen: a first
model is trained without ``CALIBRATION_SETS``, Platt scaling is fitted on its margins there, and
the shipped model (trained on everything) keeps that calibration.

    python -m sereen.engine.training.train_group            # writes the model file
    python -m sereen.engine.training.train_group --evaluate # the held-out figures only
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from sereen.engine.classifier import GROUP_MODEL_PATH, LABELS, AbuseClassifier
from sereen.engine.detectors.hate import groups_masked, names_protected_group
from sereen.engine.normalise import normalise
from sereen.engine.training.train import (
    WRITTEN_DIR,
    WRITTEN_SETS,
    TrainConfig,
    fit_platt,
    train_weights,
)

# groupmentions21 and 24 stay out: group sets no model has read, for measuring how a retrained
# model carries to writers it has not heard (docs/engine.md, Round 29). The sets read or written
# since the twenty-seventh session (groupmentions35, 36, 41, 42, grouppairs7, 8) train the main
# classifier (``train.GROUP_SETS``) but not this model: trained with them it removed 1.75 points
# less of the hate of groupmentions21/24 and hardly fewer legitimate comments went to a person
# (docs/engine.md, Round 31).
GROUP_SETS = (
    *(f"groupmentions{i}" for i in range(1, 39) if i not in (21, 24, 35, 36)),
    # pairs of a hateful comment and its legitimate twin in nearly the same words
    *(f"grouppairs{i}" for i in range(1, 7)),
)
# The two newest group sets: the first model never sees them, so its margins there say how its
# scores read on comments of writers it has not heard (see the module docstring).
CALIBRATION_SETS = ("groupmentions11", "groupmentions12")
GROUP_CONFIG = TrainConfig(epochs=10, by_template=False, negation_scope=True)
_HATE = LABELS.index("hate")
# The model scores hate only; the other labels get a bias that keeps their scores at zero.
_UNUSED_BIAS = -30.0

Labelled = list[tuple[str, str]]  # (masked text, "hate" | "none")


def _read(name: str, directory: Path) -> list[dict]:
    path = directory / f"{name}.jsonl"
    if not path.is_file():
        raise FileNotFoundError(
            f"training the group model needs {path} (a source checkout of Sereen)"
        )
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def group_examples(
    group_sets: Sequence[str] = GROUP_SETS,
    written_sets: Sequence[str] = WRITTEN_SETS,
    directory: Path = WRITTEN_DIR,
) -> Labelled:
    """Every comment of the group sets, and the hateful and legitimate comments of the written
    sets that name a protected group, as (masked text, label)."""
    examples: Labelled = []
    for name in group_sets:
        for item in _read(name, directory):
            norm = normalise(item["text"])
            examples.append((groups_masked(norm), "hate" if item["label"] == "hate" else "none"))
    for name in written_sets:
        for item in _read(name, directory):
            if item["label"] not in ("hate", "legit"):
                continue
            norm = normalise(item["text"])
            if names_protected_group(norm):
                label = "hate" if item["label"] == "hate" else "none"
                examples.append((groups_masked(norm), label))
    return examples


def _fit(examples: Labelled, config: TrainConfig) -> AbuseClassifier:
    bias, weights = train_weights([t for t, _ in examples], [lab for _, lab in examples], config)
    kept = {
        feat: tuple(w[_HATE] if k == _HATE else 0.0 for k in range(len(LABELS)))
        for feat, w in weights.items()
        if abs(w[_HATE]) >= config.prune
    }
    return AbuseClassifier(
        labels=LABELS,
        bias=tuple(bias[_HATE] if k == _HATE else _UNUSED_BIAS for k in range(len(LABELS))),
        weights=kept,
        calibration=((1.0, 0.0),) * len(LABELS),
        meta={"negation_scope": config.negation_scope},
    )


def held_out_margins(config: TrainConfig = GROUP_CONFIG) -> list[tuple[float, bool]]:
    """(margin, is hate) for each comment of ``CALIBRATION_SETS``, scored by a model trained
    without them."""
    first = _fit(group_examples([s for s in GROUP_SETS if s not in CALIBRATION_SETS]), config)
    return [
        (first.margins(text)[_HATE], label == "hate")
        for text, label in group_examples(CALIBRATION_SETS, written_sets=())
    ]


def train_group_model(config: TrainConfig = GROUP_CONFIG) -> AbuseClassifier:
    """The calibrated group model, trained on every group set and the written sets."""
    margins = held_out_margins(config)
    a, c = fit_platt([m for m, _ in margins], [1.0 if hate else 0.0 for _, hate in margins])
    examples = group_examples()
    model = _fit(examples, config)
    calibration = tuple((a, c) if k == _HATE else (1.0, 0.0) for k in range(len(LABELS)))
    return AbuseClassifier(
        labels=LABELS,
        bias=model.bias,
        weights=model.weights,
        calibration=calibration,
        meta={
            "model": "group",
            "negation_scope": config.negation_scope,
            "reads": "sereen.engine.detectors.hate.groups_masked(normalise(text))",
            "scores": "hate",
            "config": asdict(config),
            "train_examples": len(examples),
            "calibrated_on": list(CALIBRATION_SETS),
            "features": len(model),
        },
    )


def _report(margins: list[tuple[float, bool]], calibration: tuple[float, float]) -> str:
    """What the held-out model finds of the calibration sets at a few scores."""
    from sereen.engine.classifier import _sigmoid

    a, c = calibration
    hate = [_sigmoid(a * m + c) for m, h in margins if h]
    legit = [_sigmoid(a * m + c) for m, h in margins if not h]
    lines = [f"held out: {', '.join(CALIBRATION_SETS)} ({len(hate)} hate, {len(legit)} legit)"]
    for threshold in (0.3, 0.4, 0.5, 0.6):
        found = sum(s >= threshold for s in hate) / len(hate)
        flagged = sum(s >= threshold for s in legit) / len(legit)
        lines.append(
            f"  score >= {threshold:.1f}: {found:.1%} of the hate, {flagged:.1%} of the legit"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Train the group model.")
    parser.add_argument("--out", type=Path, default=GROUP_MODEL_PATH, help="model file to write")
    parser.add_argument(
        "--evaluate",
        action="store_true",
        help="only print what a model trained without the calibration sets finds of them",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.evaluate:
        margins = held_out_margins()
        a, c = fit_platt([m for m, _ in margins], [1.0 if h else 0.0 for _, h in margins])
        sys.stdout.write(_report(margins, (a, c)))
        return 0
    model = train_group_model()
    model.save(args.out)
    sys.stdout.write(
        f"wrote {args.out} ({args.out.stat().st_size / 1024:.0f} KiB, {len(model)} features, "
        f"{model.meta['train_examples']} examples) in {time.perf_counter() - started:.1f} s; "
        f"calibration {model.calibration[_HATE]}\n"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
