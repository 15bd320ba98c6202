"""Skipping a pattern by the whole words it needs (``detectors/gate.py``) must never change a match.

Soundness is what matters: whenever a pattern matches a text, ``may_match`` must say it may. That
is checked for every gated pattern of the detectors on every corpus text in the forms the
detectors search (plain, folded, sentences), on texts built to trip the word boundaries (glued by
punctuation or underscores, leetspeak, split letters, masked words, emoji, accents, capitals), and
on random texts made of the very words the gates name."""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import pytest

from sereen.engine.detectors import hate, insult, spam, threat
from sereen.engine.detectors.base import sentences
from sereen.engine.detectors.gate import (
    Alternation,
    GateIndex,
    alternatives,
    literal_alternation,
    literal_words,
    may_match,
    required_words,
    split_search,
    words_of,
)
from sereen.engine.lazy_pattern import is_pattern
from sereen.engine.normalise import normalise

ROOT = Path(__file__).resolve().parents[2]


def _detector_patterns() -> list[re.Pattern[str]]:
    found: dict[str, re.Pattern[str]] = {}
    for module in (insult, spam, threat, hate):
        for value in vars(module).values():
            candidates = value if isinstance(value, list | tuple) else [value]
            for item in candidates:
                if (
                    isinstance(item, tuple)
                    and item
                    and (is_pattern(item[0]) or isinstance(item[0], Alternation))
                ):
                    item = item[0]
                if isinstance(item, Alternation):
                    # (the gates of its alternatives: the test of split patterns below)
                    found[item.pattern] = re.compile(item.pattern, item.flags)
                elif is_pattern(item) and isinstance(item.pattern, str):
                    found[item.pattern] = item
    return list(found.values())


PATTERNS = _detector_patterns()
GATED = [p for p in PATTERNS if required_words(p)]


def _corpus_texts() -> list[str]:
    texts = []
    files = sorted((ROOT / "tests/engine/data").glob("*.jsonl"))
    files.append(ROOT / "sereen/engine/corpus/comments.jsonl")
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        texts.extend(json.loads(line)["text"] for line in lines if line.strip())
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from engine_throughput import generate
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return texts + generate(3000, 7)


def _searched_forms(text: str) -> set[str]:
    """The forms of ``text`` the gated patterns are searched in (a detector never searches a
    comment as it came in, only these), and the text itself for the edge cases."""
    return {text, *_normalised_forms(text)}


def _normalised_forms(text: str) -> set[str]:
    norm = normalise(text)
    return {norm.plain, norm.folded, *sentences(norm.folded)}


def _corpus_forms() -> set[str]:
    # (without each comment as it came in, which no detector searches: a third of the work)
    forms: set[str] = set()
    for text in _corpus_texts():
        forms |= _normalised_forms(text)
    return forms


def _assert_sound(pattern: re.Pattern[str], text: str) -> None:
    if pattern.search(text):
        assert may_match(required_words(pattern), words_of(text)), (pattern.pattern, text)


def test_most_detector_patterns_are_gated():
    # The speed-up depends on it; a pattern the analysis cannot read is simply never skipped.
    assert len(GATED) >= 40
    assert len(GATED) >= 0.6 * len(PATTERNS)


def test_gating_never_hides_a_match_on_the_corpora():
    forms = _corpus_forms()
    matches = 0
    for pattern in GATED:
        gates = required_words(pattern)
        for text in forms:
            if pattern.search(text):
                matches += 1
                assert may_match(gates, words_of(text)), (pattern.pattern, text)
    assert matches > 500  # the corpora do exercise the patterns


EDGE_CASES = [
    "klik.hier voor gratis.iphone",
    "klik_hier gratis_iphone",
    "KLIK HIER!!! GRATIS IPHONE",
    "kl1k h13r, gr4tis 1ph0ne",
    "k l i k  h i e r",
    "ik ga je v3rm00rd3n",
    "ik-ga-je-vermoorden",
    "ik_ga_je_vermoorden",
    "ik*ga je *vermoorden*",
    "ikga je vermoorden",
    "hou je 🤐bek",
    "hou jé bek, klootzak",
    "gij zijt ne zakkenwasser",
    "g e  z i j t  n e  z a k k e n w a s s e r",
    "ge.zijt.ne.idioot",
    "rot op😡",
    "😡rot😡op😡",
    "krijg de kanker",
    "krijgt.de.tering",
    "whats app me op 0476",
    "whatsapp:0476123456",
    "stuur me een dm",
    "ik weet waar je woont",
    "1k w33t w44r j3 w00nt",
    "«ik weet waar je woont»",
    "verdien 500€ per dag",
    "vuile makakken, allemaal buiten",
    "die asielzoekers zijn ongedierte",
    "ze moeten allemaal terug naar hun land",
    "remigratie nu!",
]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_gating_never_hides_a_match_on_tricky_texts(text):
    for form in _searched_forms(text):
        for pattern in GATED:
            _assert_sound(pattern, form)


def test_gating_never_hides_a_match_on_random_texts_of_gate_words():
    rng = random.Random(2026)
    separators = [" ", "  ", ".", "_", "-", "*", "'", ",", "!", "\n", "", "é", "1", "😡", " 🤡 "]
    for pattern in GATED:
        vocabulary = sorted({w for gate in required_words(pattern) for w in gate})
        vocabulary += ["je", "de", "een", "ne", "ik", "ge", "nu", "op", "hier", "toch", "maar"]
        for _ in range(150):
            pieces = []
            for _ in range(rng.randint(1, 7)):
                pieces.append(rng.choice(vocabulary))
                pieces.append(rng.choice(separators))
            text = "".join(pieces)
            _assert_sound(pattern, text)
            _assert_sound(pattern, text.upper())


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\bklik\s+hier\b", {frozenset({"klik"}), frozenset({"hier"})}),
        (r"\bwhats\s*app\b", {frozenset({"whats", "whatsapp"})}),
        (r"\b(?:ik|k)\s+weet\b", {frozenset({"ik", "k"}), frozenset({"weet"})}),
    ],
)
def test_required_words_of_simple_patterns(source, expected):
    assert set(required_words(re.compile(source))) == expected


@pytest.mark.parametrize(
    "source",
    [
        r"klik",  # not bounded: may be part of "klikken"
        r"\bklik",
        r"\bklik\w*\b",
        r"\b(?:klik)+\b",  # "klikklik" is one word
        r"\bklik\b|hier",  # one alternative needs no word
        r"(?i)\bklik\b",  # case-insensitive: "KLIK" is another word
        r"(?a)\bklik\b",  # ASCII boundaries differ from \w
        r"\bk?\b",
        r"(?=\bklik\b)",
        r"[🔪🔫]",
    ],
)
def test_required_words_refuses_what_it_cannot_prove(source):
    assert required_words(re.compile(source)) == ()


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # optional words count; "verm" is no word on its own
        (r"\bzijt\s+(?:een\s+)?(?:nul|waardeloos)\b", {"zijt", "een", "nul", "waardeloos"}),
        (r"\bverm(?:oord|oorden)\b", {"vermoord", "vermoorden"}),
        # an optional stretch ending in a space passes the guard before it on
        (r"\s(?:\w+\s+){0,2}(?:een\s+)?(?:schande|nul)\b", {"een", "schande", "nul"}),
        (r"\bklik\w*", set()),  # never bounded on the right
        (r"(?i)\bklik\b", set()),
    ],
)
def test_literal_words_are_the_whole_words_a_pattern_spells_out(source, expected):
    assert literal_words(re.compile(source)) == expected


def test_case_insensitive_flag_is_never_gated():
    assert required_words(re.compile(r"\bklik\b", re.IGNORECASE)) == ()


def test_gate_index_chooses_exactly_what_may_match_chooses():
    # ``GateIndex.candidates`` replaces a ``may_match`` call per pattern in threat and insult:
    # it must name the same patterns, in order, for any text.
    rng = random.Random(7)
    for gated in (threat._GATED_PATTERNS, insult._GATED_PHRASES):
        gates = [entry[-1] for entry in gated]
        index = GateIndex(gates)
        vocabulary = sorted({w for pattern_gates in gates for g in pattern_gates for w in g})
        texts = _corpus_texts()[:3000]
        texts += [" ".join(rng.sample(vocabulary, rng.randint(1, 8))) for _ in range(3000)]
        for text in texts:
            words = words_of(text)
            expected = tuple(i for i, g in enumerate(gates) if not g or may_match(g, words))
            assert index.candidates(words) == expected, text


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\bde\b|\bhet\b|\been\b", (r"\bde\b", r"\bhet\b", r"\been\b")),
        # a "|" inside a group, a class or escaped is no top-level alternative
        (r"(?:a|b)c|[|]d|e\|f|g", (r"(?:a|b)c", r"[|]d", r"e\|f", "g")),
        (r"[]|]x|[^]|]y|z", (r"[]|]x", r"[^]|]y", "z")),
        (r"\bkat\b", ()),
        (r"(a)|b|c", ()),  # a capturing group's number would change
        (r"(?i)a|b|c", ()),  # the flag belongs to every alternative
    ],
)
def test_alternatives_are_split_at_the_top_level_only(source, expected):
    assert alternatives(re.compile(source)) == expected


def test_an_alternation_finds_the_leftmost_match_and_at_equal_starts_the_first_alternatives():
    pattern = re.compile(r"\bkat\b|\bde kat\b|\bde\b")
    split = Alternation(pattern, alternatives(pattern))
    for text in ("de kat zit op de mat", "een kat en de hond", "niets hier", "de"):
        got, want = split.search(text), pattern.search(text)
        assert (got and got.span()) == (want and want.span()), text


def test_split_threat_and_insult_patterns_find_what_the_whole_pattern_finds():
    # ``split_search`` replaces the long threat and insult patterns by an ``Alternation`` that
    # searches only the alternatives whose words a text holds: the match must be the same.
    rng = random.Random(11)
    split = [
        entry[0]
        for gated in (threat._GATED_PATTERNS, insult._GATED_PHRASES)
        for entry in gated
        if isinstance(entry[0], Alternation)
    ]
    assert len(split) >= 20
    vocabulary = sorted(
        {
            w
            for s in split
            for b in s.branches
            for g in required_words(re.compile(b, s.flags))
            for w in g
        }
    )
    texts = [normalise(t).folded for t in _corpus_texts()[:6000]]
    texts += [" ".join(rng.sample(vocabulary, rng.randint(2, 10))) for _ in range(3000)]
    for alternation in split:
        whole = re.compile(alternation.pattern, alternation.flags)
        for text in texts:
            got, want = alternation.search(text), whole.search(text)
            assert (got and got.span()) == (want and want.span()), (alternation.pattern[:60], text)


def test_split_search_keeps_a_pattern_with_an_ungated_or_too_few_alternatives():
    assert isinstance(split_search(re.compile(r"\bkat\b|\bhond\b")), re.Pattern)
    assert isinstance(split_search(re.compile(r"\bkat\b|\bhond\b|\d+")), re.Pattern)
    assert isinstance(split_search(re.compile(r"\bkat\b|\bhond\b|\bvis\b")), Alternation)


def test_gate_index_with_ungated_patterns():
    index = GateIndex([(), (frozenset({"klik"}), frozenset({"hier"})), (frozenset({"hier"}),)])
    assert index.candidates(frozenset({"niets"})) == (0,)
    assert index.candidates(frozenset({"klik"})) == (0,)
    assert index.candidates(frozenset({"klik", "hier"})) == (0, 1, 2)
    assert index.candidates(frozenset({"hier"})) == (0, 2)


def test_the_threat_detectors_hand_written_needs_never_hide_a_match_on_the_corpora():
    """Each threat pattern runs only when the text holds one of its ``needs`` substrings (written
    by hand, beside the pattern); a match without one would be silently skipped."""
    forms = _corpus_forms()
    for pattern, _score, note, needs in threat._PATTERNS:
        if not needs:
            continue
        for text in forms:
            m = pattern.search(text)
            if m:
                assert any(n in text for n in needs), (note, m.group(0))


def test_a_literal_alternation_finds_a_string_where_the_plain_alternation_does():
    """The shared-prefix form matches a text exactly when "a|b|c" of the escaped strings does,
    and where it starts: strings that are prefixes of one another, share beginnings, hold
    spaces or regex characters, on random texts made of their pieces."""
    rng = random.Random(11)
    string_sets = [
        ("terug", "trug", "weg", "wech", "stad uit", "wijk uit", "weg met"),
        ("uit ", "van "),
        ("verdien", "verdienen", "verdienste", "verifieer", "v"),
        ("a.b", "a+b", "(x)", "€5", "🚀", "fx_"),
        ("kus", "zoen", "hand in hand", "knuffel", "vrij"),
    ]
    for strings in string_sets:
        plain = re.compile("|".join(re.escape(s) for s in strings))
        trie = literal_alternation(strings)
        pieces = [*strings, *(s[: len(s) // 2] for s in strings), " ", "x", "e", "."]
        for _ in range(400):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
            want, got = plain.search(text), trie.search(text)
            assert (want is None) == (got is None), (strings, text)
            assert want is None or want.start() == got.start(), (strings, text)
