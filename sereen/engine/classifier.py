"""The trained abusive-language classifier: pure Python, loads offline from package data.

The model is a one-vs-rest logistic regression per category (``insult``, ``hate``, ``threat``,
``spam``) over sparse features of the *folded* text (``normalise(text).folded``):

* the word itself (``=word``), with every digit mapped to ``0`` so amounts and phone numbers
  generalise;
* character 3-, 4- and 5-grams inside word boundaries (``<idi``, ``diot>`` ...), which carry
  inflections, compounds (``kutmarokkanen``) and typos;
* word bigrams (``ge zijt``), which carry who a word is aimed at;
* word pairs with one word between them (``ga ~ kapot`` in "ik ga je kapot ..."), which carry a
  phrase whatever fills its gap (``je``, ``u``, ``die schepen`` ...).

A comment's feature counts are divided by the square root of its total feature count, so long and
short comments score on one scale. Each category's margin is then passed through a Platt
calibration fitted on the dev split, so ``scores()`` returns **independent probabilities**: they
do not sum to one, a comment can score high on two categories (a threat that is also hate) and a
legitimate comment scores low on all four. The calibration targets the engine's thresholds: 0.5
(send to review) and 0.85 (confident).

Inference needs no NumPy: weights sit in a dict of feature -> four whole numbers (the trained
weights, rounded to ``WEIGHT_DECIMALS`` decimals, times ``WEIGHT_SCALE``; a comment's sums are
exact and scaled once), and the sum over a word's unigram and character n-grams is cached per
word, so a typical comment costs a few dict look-ups per word. The model file keeps the features
as one text and the weights as packed 32-bit whole numbers: it loads in about half the time the
earlier file of 176,000 JSON lists took, and start-up is a target of the command line.
``python -m sereen.engine.training.train`` writes the model file;
``docs/classifier.md`` explains training, evaluation and the figures.
"""

from __future__ import annotations

import base64
import gzip
import json
import math
import re
import sys
from array import array
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

__all__ = [
    "GROUP_MODEL_PATH",
    "LABELS",
    "MODEL_PATH",
    "AbuseClassifier",
    "extract_features",
    "load_classifier",
    "load_default_classifier",
    "load_default_group_classifier",
    "tokenize",
]

LABELS = ("insult", "hate", "threat", "spam")
MODEL_PATH = Path(__file__).with_name("data") / "abuse_model.json.gz"
# The group model (``training.train_group``): the same format, scoring only hate, on a comment
# whose groups are masked (``hate.groups_masked``).
GROUP_MODEL_PATH = MODEL_PATH.with_name("group_hate_model.json.gz")
MODEL_FORMAT = 2
# Weights are stored and summed as whole numbers: the trainer rounds them to four decimals.
WEIGHT_DECIMALS = 4
WEIGHT_SCALE = 10**WEIGHT_DECIMALS
CHAR_NGRAMS = (3, 4, 5)
# Texts longer than this are scored on their first part: a wall of text is no less abusive for
# being long, and the limit keeps the cost per comment bounded.
MAX_CHARS = 3000

# Words (letters and digits, ``*`` inside a masked word) and single emoji / pictographic symbols.
_TOKEN = re.compile(
    r"[^\W_]+(?:\*+[^\W_]+)*|[\U0001F000-\U0001FAFF\u2190-\u21FF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF]"
)
_DIGITS = str.maketrans("0123456789", "0000000000")


def tokenize(folded: str) -> list[str]:
    """The tokens of a folded text, digits mapped to ``0``."""
    # Mapping digits before the split gives the same tokens (a digit is a word character either
    # way) with one translate per text instead of one per token.
    return _TOKEN.findall(folded[:MAX_CHARS].translate(_DIGITS))


def word_features(token: str) -> list[str]:
    """The features one token contributes on its own: ``=token`` and its character n-grams."""
    feats = ["=" + token]
    if len(token) > 1 or token.isalnum():
        padded = "<" + token + ">"
        n = len(padded)
        for size in CHAR_NGRAMS:
            if size > n:
                break
            feats.extend(padded[i : i + size] for i in range(n - size + 1))
    return feats


# Words that deny what follows them in their clause (Flemish spellings included).
_NEGATIONS = frozenset("niet ni nie nit geen gene genen gen nooit niks niets nergens".split())  # noqa: SIM905
# A negation reaches this many words, and no further than the clause: "Syriërs zijn gene
# profiteurs, ze willen werken" denies "profiteurs", not "werken".
NEGATION_REACH = 3
_SCOPE_TOKEN = re.compile(_TOKEN.pattern + r"|[,.;:!?]")


def negation_features(folded: str) -> list[str]:
    """``!word`` for each word a negation reaches ("zijn gene profiteurs" gives ``!profiteurs``),
    so a linear model can weigh a word denied apart from the word said: a model trained with
    them (``meta["negation_scope"]``) reads them beside :func:`extract_features`'s."""
    feats: list[str] = []
    reach = 0
    for token in _SCOPE_TOKEN.findall(folded[:MAX_CHARS].translate(_DIGITS)):
        if token in _NEGATIONS:
            reach = NEGATION_REACH
        elif reach:
            if len(token) == 1 and token in ",.;:!?":
                reach = 0
            else:
                feats.append("!" + token)
                reach -= 1
    return feats


def extract_features(folded: str, negation_scope: bool = False) -> Counter[str]:
    """Feature counts of a folded text; the training code uses exactly this function.
    ``negation_scope`` adds :func:`negation_features` (the group model's)."""
    tokens = tokenize(folded)
    counts: Counter[str] = Counter()
    for token in tokens:
        counts.update(word_features(token))
    counts.update(a + " " + b for a, b in pairwise(tokens))
    counts.update(a + " ~ " + c for a, c in zip(tokens, tokens[2:], strict=False))
    if negation_scope:
        counts.update(negation_features(folded))
    return counts


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


class AbuseClassifier:
    """Scores a folded comment per category. Build it with :func:`load_classifier`."""

    def __init__(
        self,
        *,
        labels: tuple[str, ...],
        bias: tuple[float, ...],
        weights: Mapping[str, Sequence[float]],
        calibration: tuple[tuple[float, float], ...],
        meta: dict | None = None,
    ) -> None:
        """``weights``: four weights per feature, rounded to ``WEIGHT_DECIMALS`` decimals (the
        trainer's output); they are kept as whole numbers."""
        features = sorted(weights)
        packed = [round(w * WEIGHT_SCALE) for f in features for w in _four(f, weights[f])]
        self._setup(labels, bias, calibration, meta, features, packed)

    def _setup(
        self,
        labels: tuple[str, ...],
        bias: tuple[float, ...],
        calibration: tuple[tuple[float, float], ...],
        meta: dict | None,
        features: list[str],
        packed: list[int],
    ) -> None:
        """Fill in a classifier from sorted features and their whole-number weights (four per
        feature, in label order): what ``__init__`` and ``load_classifier`` share."""
        if len(labels) != 4 or len(bias) != 4 or len(calibration) != 4:
            raise ValueError("the classifier needs exactly four labels, biases and calibrations")
        if len(packed) != 4 * len(features):
            raise ValueError(f"{len(features)} features need {4 * len(features)} weights")
        self.labels = tuple(labels)
        self.bias = tuple(bias)
        self.calibration = tuple(tuple(c) for c in calibration)
        self.meta = meta or {}
        self._features = features
        # feature -> its four whole-number weights, one tuple each: a look-up on the hot path then
        # touches one object (four parallel lists touched four, which showed in the engine's
        # throughput once the detectors share the processor's caches)
        column = iter(packed)
        self._weights = dict(
            zip(features, zip(column, column, column, column, strict=True), strict=True)
        )
        self._word_cache: dict[str, tuple[int, int, int, int, int]] = {}
        # (a model trained with words denied read apart, see ``negation_features``)
        self._negation_scope = bool(self.meta.get("negation_scope"))

    @property
    def weights(self) -> dict[str, tuple[float, float, float, float]]:
        """The weights per feature as decimals (built on each call: for training and tests)."""
        scale = WEIGHT_SCALE
        return {
            f: (w[0] / scale, w[1] / scale, w[2] / scale, w[3] / scale)
            for f, w in self._weights.items()
        }

    def __len__(self) -> int:
        """The number of features."""
        return len(self._features)

    def _word(self, token: str) -> tuple[int, int, int, int, int]:
        """Summed weights of a token's own features and how many features it has (cached)."""
        hit = self._word_cache.get(token)
        if hit is not None:
            return hit
        feats = word_features(token)
        result = (*self._summed(feats), len(feats))
        if len(self._word_cache) >= 200_000:
            self._word_cache.clear()  # bounded memory on an adversarial stream of unique words
        self._word_cache[token] = result
        return result

    def _summed(self, feats: list[str]) -> tuple[int, int, int, int]:
        """The whole-number weights of ``feats`` summed per label."""
        s0 = s1 = s2 = s3 = 0
        get = self._weights.get
        for feat in feats:
            w = get(feat)
            if w is not None:
                s0 += w[0]
                s1 += w[1]
                s2 += w[2]
                s3 += w[3]
        return s0, s1, s2, s3

    def margins(self, folded: str) -> tuple[float, float, float, float]:
        """The uncalibrated margin per label (weights times normalised features, plus bias)."""
        tokens = tokenize(folded)
        if not tokens:
            return self.bias  # type: ignore[return-value]
        s0 = s1 = s2 = s3 = 0
        n = 0
        word = self._word
        cached = self._word_cache.get  # the look-up of _word, inlined for the common hit
        get = self._weights.get
        prev = prev2 = None
        for token in tokens:
            hit = cached(token)
            a, b, c, d, k = hit if hit is not None else word(token)
            s0 += a
            s1 += b
            s2 += c
            s3 += d
            n += k
            if prev is not None:
                n += 1
                w = get(prev + " " + token)
                if w is not None:
                    s0 += w[0]
                    s1 += w[1]
                    s2 += w[2]
                    s3 += w[3]
            # (the pair look-ups are written out like the bigram's above: a helper call per
            # token would cost more than the look-up itself on this hot path)
            if prev2 is not None:
                n += 1
                w = get(prev2 + " ~ " + token)
                if w is not None:
                    s0 += w[0]
                    s1 += w[1]
                    s2 += w[2]
                    s3 += w[3]
            prev2 = prev
            prev = token
        if self._negation_scope:
            denied = negation_features(folded)
            n += len(denied)
            a, b, c, d = self._summed(denied)
            s0 += a
            s1 += b
            s2 += c
            s3 += d
        # (the sums are exact whole numbers: one scaling per comment)
        scale = 1.0 / (WEIGHT_SCALE * math.sqrt(n))
        b0, b1, b2, b3 = self.bias
        return (b0 + s0 * scale, b1 + s1 * scale, b2 + s2 * scale, b3 + s3 * scale)

    def scores(self, text: str) -> dict[str, float]:
        """Independent calibrated probabilities per label for a *folded* text.

        Pass ``normalise(text).folded``; raw text works but misses the evasions the normaliser
        undoes. Keys are :attr:`labels`."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a string, not {type(text).__name__}")
        margins = self.margins(text)
        return {
            label: _sigmoid(a * m + c)
            for label, m, (a, c) in zip(self.labels, margins, self.calibration, strict=True)
        }

    def save(self, path: Path) -> None:
        """Write the model as gzip JSON, byte for byte the same for the same model: the features
        as one text (one per line, sorted) and their weights as base64 of little-endian 32-bit
        whole numbers."""
        if any("\n" in f for f in self._features):
            raise ValueError("a feature holds a line break")
        packed = array("i", (w for f in self._features for w in self._weights[f]))
        if sys.byteorder != "little":  # pragma: no cover - every platform we run on
            packed.byteswap()
        data = json.dumps(
            {
                "format": MODEL_FORMAT,
                "labels": list(self.labels),
                "bias": list(self.bias),
                "calibration": [list(c) for c in self.calibration],
                "meta": self.meta,
                "weight_scale": WEIGHT_SCALE,
                "features": "\n".join(self._features),
                "weights": base64.b64encode(packed.tobytes()).decode("ascii"),
            },
            ensure_ascii=False,
            sort_keys=True,
            separators=(",", ":"),
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        with (
            path.open("wb") as raw,
            gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz,
        ):
            gz.write(data.encode("utf-8"))


def _four(feature: str, weights: Sequence[float]) -> Sequence[float]:
    if len(weights) != 4:
        raise ValueError(f"feature {feature!r} has {len(weights)} weights, not 4")
    return weights


def load_classifier(path: Path | str) -> AbuseClassifier:
    """Load a model file written by :meth:`AbuseClassifier.save`. Raises ValueError when the file
    is not a model this code can read."""
    path = Path(path)
    try:
        data = json.loads(gzip.decompress(path.read_bytes()))
    except FileNotFoundError:
        raise
    except (OSError, EOFError, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: not a gzip JSON model file ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != MODEL_FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        raise ValueError(
            f"{path}: unsupported model format {found!r} (this code reads format "
            f"{MODEL_FORMAT}; retrain with python -m sereen.engine.training.train)"
        )
    labels = tuple(data["labels"])
    if labels != LABELS:
        raise ValueError(f"{path}: labels {labels} do not match {LABELS}")
    if data.get("weight_scale") != WEIGHT_SCALE:
        raise ValueError(f"{path}: weight scale {data.get('weight_scale')!r}, not {WEIGHT_SCALE}")
    packed = array("i")
    try:
        packed.frombytes(base64.b64decode(data["weights"], validate=True))
    except (ValueError, TypeError) as exc:
        raise ValueError(f"{path}: the weights are not base64 of 32-bit numbers ({exc})") from exc
    if sys.byteorder != "little":  # pragma: no cover
        packed.byteswap()
    features = data["features"].split("\n") if data["features"] else []
    clf = AbuseClassifier.__new__(AbuseClassifier)  # (the stored form needs no rounding)
    try:
        clf._setup(
            labels,
            tuple(data["bias"]),
            tuple(tuple(c) for c in data["calibration"]),
            data.get("meta", {}),
            features,
            packed.tolist(),
        )
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from exc
    return clf


@lru_cache(maxsize=1)
def load_default_classifier() -> AbuseClassifier:
    """The model shipped in ``sereen/engine/data``, loaded once per process."""
    return load_classifier(MODEL_PATH)


@lru_cache(maxsize=1)
def load_default_group_classifier() -> AbuseClassifier:
    """The group model shipped in ``sereen/engine/data``, loaded once per process."""
    return load_classifier(GROUP_MODEL_PATH)
