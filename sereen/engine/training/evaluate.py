"""Evaluate the shipped abuse classifier on the held-out test split (or another split).

``python -m sereen.engine.training.evaluate`` prints, for the model file and split chosen:
precision, recall and F1 per category and their macro average; a confusion table (gold label
against predicted label); and what happens to the legitimate comments per subtype at the engine's
thresholds (0.5: would go to review, 0.85: confident). A comment is predicted as the category with
the highest score when that score reaches ``--threshold`` (0.5), else as ``none``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sereen.engine.classifier import LABELS, MODEL_PATH, AbuseClassifier, load_classifier
from sereen.engine.corpus import CORPUS_PATH, SPLITS, Example, load_corpus
from sereen.engine.normalise import normalise

ALL_LABELS = ("none", *LABELS)


@dataclass(frozen=True, slots=True)
class Report:
    gold: tuple[str, ...]
    predicted: tuple[str, ...]
    top_score: tuple[float, ...]
    subtypes: tuple[str, ...]

    def confusion(self) -> Counter[tuple[str, str]]:
        return Counter(zip(self.gold, self.predicted, strict=True))

    def per_label(self) -> dict[str, tuple[float, float, float, int]]:
        """label -> (precision, recall, F1, support)."""
        conf = self.confusion()
        out = {}
        for lab in ALL_LABELS:
            tp = conf[lab, lab]
            pred = sum(n for (_, p), n in conf.items() if p == lab)
            gold = sum(n for (g, _), n in conf.items() if g == lab)
            precision = tp / pred if pred else 0.0
            recall = tp / gold if gold else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            out[lab] = (precision, recall, f1, gold)
        return out

    def macro_f1(self) -> float:
        """Macro F1 over the four abuse categories (``none`` is reported but not averaged)."""
        per = self.per_label()
        return sum(per[lab][2] for lab in LABELS) / len(LABELS)


def predict(clf: AbuseClassifier, folded: str, threshold: float = 0.5) -> tuple[str, float]:
    scores = clf.scores(folded)
    label = max(LABELS, key=lambda lab: (scores[lab], lab))
    top = scores[label]
    return (label if top >= threshold else "none"), top


def evaluate(clf: AbuseClassifier, examples: Sequence[Example], threshold: float = 0.5) -> Report:
    gold, predicted, tops, subtypes = [], [], [], []
    for e in examples:
        label, top = predict(clf, normalise(e.text).folded, threshold)
        gold.append(e.label)
        predicted.append(label)
        tops.append(top)
        subtypes.append(e.subtype)
    return Report(tuple(gold), tuple(predicted), tuple(tops), tuple(subtypes))


def format_report(report: Report, title: str) -> str:
    lines = [title, ""]
    lines.append(f"{'category':<10} {'precision':>9} {'recall':>7} {'F1':>6} {'support':>8}")
    per = report.per_label()
    for lab in ALL_LABELS:
        p, r, f, n = per[lab]
        lines.append(f"{lab:<10} {p:>9.3f} {r:>7.3f} {f:>6.3f} {n:>8}")
    lines.append(f"macro F1 (insult, hate, threat, spam): {report.macro_f1():.3f}")
    lines.append("")
    lines.append("confusion (rows: gold, columns: predicted)")
    conf = report.confusion()
    lines.append(f"{'':<10}" + "".join(f"{lab:>8}" for lab in ALL_LABELS))
    lines.extend(f"{g:<10}" + "".join(f"{conf[g, p]:>8}" for p in ALL_LABELS) for g in ALL_LABELS)
    lines.append("")
    lines.append("legitimate comments (gold none) per subtype: top score >= 0.5 / >= 0.85")
    legit = Counter()
    review = Counter()
    act = Counter()
    for g, sub, top in zip(report.gold, report.subtypes, report.top_score, strict=True):
        if g != "none":
            continue
        legit[sub] += 1
        review[sub] += top >= 0.5
        act[sub] += top >= 0.85
    lines.extend(
        f"  {sub:<20} {legit[sub]:>4}   {review[sub]:>4}   {act[sub]:>4}" for sub in sorted(legit)
    )
    total = sum(legit.values())
    lines.append(
        f"  {'all':<20} {total:>4}   {sum(review.values()):>4}   {sum(act.values()):>4}"
        f"   ({sum(review.values()) / max(total, 1):.1%} / {sum(act.values()) / max(total, 1):.1%})"
    )
    abusive = [(g, t) for g, t in zip(report.gold, report.top_score, strict=True) if g != "none"]
    if abusive:
        hit_review = sum(t >= 0.5 for _, t in abusive) / len(abusive)
        hit_act = sum(t >= 0.85 for _, t in abusive) / len(abusive)
        lines.append(
            f"abusive comments scoring >= 0.5 on some category: {hit_review:.1%}; >= 0.85: {hit_act:.1%}"
        )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Evaluate the abuse classifier.")
    parser.add_argument("--model", type=Path, default=MODEL_PATH)
    parser.add_argument("--corpus", type=Path, default=CORPUS_PATH)
    parser.add_argument("--split", choices=SPLITS, default="test")
    parser.add_argument("--threshold", type=float, default=0.5)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    clf = load_classifier(args.model)
    examples = load_corpus(args.corpus, split=args.split)
    report = evaluate(clf, examples, args.threshold)
    sys.stdout.write(
        format_report(
            report,
            f"abuse classifier {args.model.name} on the {args.split} split "
            f"({len(examples)} comments, threshold {args.threshold})",
        )
    )
    sys.stdout.write(f"({time.perf_counter() - started:.1f} s)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
