"""The shipped abuse classifier: loads offline, scores clear cases the right way, trains
deterministically and keeps its documented quality on the held-out test split."""

from __future__ import annotations

import gzip
import json
import time

import pytest

from sereen.engine.classifier import (
    LABELS,
    MODEL_PATH,
    AbuseClassifier,
    extract_features,
    load_classifier,
    load_default_classifier,
)
from sereen.engine.corpus import load_corpus
from sereen.engine.normalise import normalise
from sereen.engine.training import evaluate as evaluate_cmd
from sereen.engine.training.train import TrainConfig, train, train_weights

# Documented in docs/classifier.md; the shipped model reaches more (see the evaluation output).
MIN_TEST_MACRO_F1 = 0.68
MAX_LEGIT_REVIEW_RATE = 0.10


@pytest.fixture(scope="module")
def clf() -> AbuseClassifier:
    return load_default_classifier()


def score(clf: AbuseClassifier, text: str) -> dict[str, float]:
    return clf.scores(normalise(text).folded)


def test_shipped_model_loads_offline_quickly_and_small():
    assert MODEL_PATH.stat().st_size < 5 * 1024 * 1024
    started = time.perf_counter()
    model = load_classifier(MODEL_PATH)
    assert time.perf_counter() - started < 1.0  # typically ~0.1 s; generous for a busy machine
    assert model.labels == LABELS == ("insult", "hate", "threat", "spam")
    assert load_default_classifier() is load_default_classifier()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("De burgemeester is een vuile klootzak", "insult"),
        ("@Jan ge zijt ne achterlijke idioot", "insult"),
        ("Al die makakken moeten terug naar hun eigen land", "hate"),
        ("Vluchtelingen zijn ongedierte, buiten ermee", "hate"),
        ("Ik weet waar ge woont, ik maak u af", "threat"),
        ("Iemand moet dat gemeentehuis in brand steken", "threat"),
        ("Verdien 500 euro per dag van thuis uit! Klik op bit.ly/xyz123", "spam"),
        (
            "Uw pakket kon niet geleverd worden, bevestig uw adres op bpost-levering.info/abc",
            "spam",
        ),
        ("de burgemeester is een k l o o t z a k", "insult"),
    ],
)
def test_clear_abuse_scores_high_on_its_category(clf, text, label):
    scores = score(clf, text)
    assert max(scores, key=scores.get) == label
    assert scores[label] >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Wanneer wordt het PMD opgehaald in de Kerkstraat?",
        "Het circulatieplan is een ramp, de schepen van mobiliteit moet opstappen!",
        "Proficiat aan de groendienst, het dorpsplein ziet er prachtig uit",
        "Godverdomme, alweer file aan de rotonde",
        "Wie 'makakken' schrijft moet zich schamen, racisme hoort hier niet",
        "Ik heb niets tegen vluchtelingen, maar de communicatie was slecht",
        "Goed gedaan zeg, weer drie maanden wegenwerken 🙄",
    ],
)
def test_legitimate_comments_score_low_everywhere(clf, text):
    scores = score(clf, text)
    assert max(scores.values()) < 0.5, scores


def test_scores_are_probabilities_and_stable(clf):
    text = normalise("Ge zijt ne zot, schepen").folded
    first = clf.scores(text)
    assert set(first) == set(LABELS)
    assert all(0.0 <= v <= 1.0 for v in first.values())
    assert clf.scores(text) == first  # the per-word cache changes nothing
    assert clf.scores("") == clf.scores("   ")


def test_bad_input_and_bad_model_files(clf, tmp_path):
    with pytest.raises(TypeError):
        clf.scores(None)  # type: ignore[arg-type]
    not_gzip = tmp_path / "model.json.gz"
    not_gzip.write_text("hello")
    with pytest.raises(ValueError, match="not a gzip JSON model file"):
        load_classifier(not_gzip)
    wrong = tmp_path / "wrong.json.gz"
    wrong.write_bytes(gzip.compress(b'{"format": 99}'))
    with pytest.raises(ValueError, match="unsupported model format"):
        load_classifier(wrong)
    # a format-2 file whose weights are cut short, or are no base64 at all
    good = json.loads(gzip.decompress(MODEL_PATH.read_bytes()))
    short = tmp_path / "short.json.gz"
    short.write_bytes(
        gzip.compress(json.dumps({**good, "weights": good["weights"][:4000]}).encode())
    )
    with pytest.raises(ValueError, match=r"short\.json\.gz: .* features need .* weights"):
        load_classifier(short)
    garbled = tmp_path / "garbled.json.gz"
    garbled.write_bytes(gzip.compress(json.dumps({**good, "weights": "no base64!"}).encode()))
    with pytest.raises(ValueError, match="not base64 of 32-bit numbers"):
        load_classifier(garbled)


def test_a_saved_model_loads_back_with_the_same_weights(clf, tmp_path):
    clf.save(tmp_path / "copy.json.gz")
    assert (tmp_path / "copy.json.gz").read_bytes() == MODEL_PATH.read_bytes()
    copy = load_classifier(tmp_path / "copy.json.gz")
    assert len(copy) == len(clf) and copy.weights == clf.weights


def test_features_are_words_char_ngrams_and_bigrams():
    feats = extract_features("ge zijt 123")
    assert feats["=ge"] == 1 and feats["=000"] == 1
    assert feats["<zij"] == 1 and feats["zijt>"] == 1
    assert feats["ge zijt"] == 1 and feats["zijt 000"] == 1
    assert feats["ge ~ 000"] == 1  # a pair with one word between


@pytest.mark.parametrize(
    "text", ["ik ga je kapotmaken", "ge zijt een idioot", "x", "", "mooi 😂 weer vandaag jongens"]
)
def test_fast_scoring_equals_the_weights_times_the_training_features(text):
    """``margins`` sums cached per-word weights and the pairs itself; it must give exactly what
    the features the trainer saw give."""
    import math

    clf = load_default_classifier()
    feats = extract_features(text)
    total = sum(feats.values())
    expected = list(clf.bias)
    for feat, count in feats.items():
        for k, w in enumerate(clf.weights.get(feat, (0.0,) * 4)):
            expected[k] += w * count / math.sqrt(total)
    assert clf.margins(text) == pytest.approx(expected if total else clf.bias)


def test_words_a_negation_reaches_are_features_of_their_own():
    from sereen.engine.classifier import negation_features

    # up to three words, and no further than the clause
    assert negation_features("syriers zijn gene profiteurs, ze willen werken") == ["!profiteurs"]
    assert negation_features("ze zouden ni moeten vrezen om weg te moeten") == [
        "!moeten",
        "!vrezen",
        "!om",
    ]
    assert negation_features("ze willen werken") == []
    assert "!profiteurs" not in extract_features("ze zijn gene profiteurs")
    assert extract_features("ze zijn gene profiteurs", negation_scope=True)["!profiteurs"] == 1


@pytest.mark.parametrize(
    "text", ["xgroepx zijn gene profiteurs, ze werken hard", "xgroepx zijn profiteurs", "x", ""]
)
def test_the_group_model_scores_exactly_its_training_features(text):
    """The group model reads the words a negation reaches apart (``meta["negation_scope"]``):
    its fast scoring must give what the features the trainer saw give."""
    import math

    from sereen.engine.classifier import load_default_group_classifier

    clf = load_default_group_classifier()
    assert clf.meta.get("negation_scope") is True
    feats = extract_features(text, negation_scope=True)
    total = sum(feats.values())
    expected = list(clf.bias)
    for feat, count in feats.items():
        for k, w in enumerate(clf.weights.get(feat, (0.0,) * 4)):
            expected[k] += w * count / math.sqrt(total)
    assert clf.margins(text) == pytest.approx(expected if total else clf.bias)


def test_training_is_deterministic_and_learns(tmp_path):
    examples = load_corpus(split="train")[::6]
    dev = load_corpus(split="dev")[::4]
    config = TrainConfig(epochs=3)
    first = train(examples, dev, config)
    second = train(examples, dev, config)
    assert first.weights == second.weights and first.calibration == second.calibration
    first.save(tmp_path / "a.json.gz")
    second.save(tmp_path / "b.json.gz")
    assert (tmp_path / "a.json.gz").read_bytes() == (tmp_path / "b.json.gz").read_bytes()
    other_seed = train(examples, dev, TrainConfig(epochs=3, seed=99))
    assert other_seed.weights != first.weights
    reloaded = load_classifier(tmp_path / "a.json.gz")
    text = normalise("Gij vuile klootzak").folded
    assert reloaded.scores(text) == first.scores(text)


def test_training_refuses_unknown_labels():
    with pytest.raises(ValueError, match="unknown labels"):
        train_weights(["hallo"], ["rude"], TrainConfig())


def test_shipped_model_meets_the_documented_quality_on_the_test_split(clf):
    report = evaluate_cmd.evaluate(clf, load_corpus(split="test"))
    assert report.macro_f1() >= MIN_TEST_MACRO_F1
    legit = [t for g, t in zip(report.gold, report.top_score, strict=True) if g == "none"]
    assert sum(t >= 0.5 for t in legit) / len(legit) <= MAX_LEGIT_REVIEW_RATE
    assert (
        sum(t >= 0.85 for t in legit) / len(legit) <= 0.05
    )  # the engine never acts on these alone


def test_evaluate_command_prints_per_category_figures_and_a_confusion_table(capsys):
    assert evaluate_cmd.main(["--split", "test"]) == 0
    out = capsys.readouterr().out
    for label in ("none", *LABELS):
        assert f"\n{label:<10} " in out
    assert "macro F1" in out
    assert "confusion (rows: gold, columns: predicted)" in out
    assert "counter_speech" in out
