"""The short cuts taken for speed must never change a result: the literal strings a pattern needs
(``gate.required_substrings``), the quiet tokens ``Lexicon.find`` skips, and the cheap tests in
front of the personal-data patterns."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sereen.engine.detectors import personal_data, spam
from sereen.engine.detectors.base import DetectContext, lexicon
from sereen.engine.detectors.gate import required_substrings
from sereen.engine.normalise import normalise

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (r"\bafslank\w*|\bdieet", {"afslank", "dieet"}),
        (r"(?:€|euro)\s?\d", {"€", "euro"}),
        (r"\b(?:thuiswerk|thuiswerken)\b", {"thuiswerk"}),  # "thuiswerken" holds "thuiswerk"
        (r"ab(?:c|d)e", {"ab"}),
        (r"\w+", set()),
    ],
)
def test_required_substrings_of_simple_patterns(source, expected):
    assert required_substrings(re.compile(source)) == expected


def test_required_substrings_refuses_case_insensitive_patterns():
    assert required_substrings(re.compile("klik hier", re.IGNORECASE)) == frozenset()


def test_every_spam_cue_match_holds_one_of_its_substrings():
    forms: set[str] = set()  # the forms the spam cues search, each comment's normalised once
    for line in (ROOT / "sereen/engine/corpus/comments.jsonl").open(encoding="utf-8"):
        if line.strip():
            norm = normalise(json.loads(line)["text"])
            forms.update((norm.plain, norm.folded))
    for pattern, _weight, _note, _gates in spam._GATED_CUES:
        needs = required_substrings(pattern)
        if not needs:
            continue
        for form in forms:
            for m in pattern.finditer(form):
                assert any(s in m.group(0) for s in needs), (pattern.pattern[:60], m.group(0))


def test_find_gives_the_same_matches_once_tokens_are_known_quiet():
    lex = lexicon("insult_strong", plurals=True)
    cases = [
        ("wat", "een", "kloot", "zak", "is", "dat"),
        ("gij", "zijt", "ne", "zakkenwasser"),
        ("de", "parking", "staat", "vol"),
    ]
    first = [lex.find(tokens) for tokens in cases]
    again = [lex.find(tokens) for tokens in cases]
    assert first == again
    assert first[0] and first[0][0][:2] == (2, 4)  # "kloot zak" joined
    assert first[2] == []


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("bel hem op 0476 12 34 56", "gsm-nummer"),
        ("mail hem op jan.peeters (at) telenet.be", "e-mailadres"),
        ("zijn nummerplaat is ab-12-cd", "nummerplaat"),
        ("hij woont in de Kerkstraat 12", "woonadres"),
    ],
)
def test_personal_data_is_still_found_behind_the_cheap_tests(text, note):
    signals = personal_data.detect(normalise(text), DetectContext())
    assert any(note in s.note for s in signals), signals


def test_leetspeak_is_only_skipped_where_undoing_it_changes_nothing():
    import importlib
    import random
    from functools import partial

    norm_module = importlib.import_module("sereen.engine.normalise")
    rng = random.Random(7)
    alphabet = "ab z!!!@@1 2_.é$€|+£-"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12)))
        if norm_module._LEET_TO_UNDO.search(text):
            continue
        leet_mode = bool(norm_module._CLEAR_LEET.search(text))
        unleet = partial(norm_module._unleet, leet_mode=True) if leet_mode else norm_module._unleet
        assert norm_module._LEET_WORD.sub(unleet, text) == text


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"id": 1, "text": "hallo"}, (1, "hallo", "")),
        ({"id": "c1", "text": "hallo", "author": "jan"}, ("c1", "hallo", "jan")),
        ({"text": "hallo", "author": None}, (None, "hallo", "")),
        ({"text": "hallo", "author": ""}, (None, "hallo", "")),
    ],
)
def test_simple_cli_records_get_the_same_context(record, expected):
    from sereen.engine.cli import parse_record
    from sereen.engine.comment import Context

    record_id, text, context = parse_record(record)
    assert (record_id, text) == expected[:2]
    assert context == Context(author=expected[2])


@pytest.mark.parametrize(
    "record", [{"id": 1}, {"text": 5}, {"text": "x", "author": 5}, {"id": 1, "text": None}]
)
def test_simple_cli_records_still_get_their_errors(record):
    from sereen.engine.cli import InputError, parse_record

    with pytest.raises(InputError):
        parse_record(record)
