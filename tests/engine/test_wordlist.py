"""The segmentation word list is generated; the committed file must be what the generator writes,
so a lexicon edit cannot silently leave the normaliser with an old vocabulary."""

from __future__ import annotations

from sereen.engine.training import wordlist


def test_committed_word_list_is_current():
    expected = wordlist.render(wordlist.collect())
    actual = wordlist.OUT.read_text(encoding="utf-8")
    assert actual == expected, "run: python -m sereen.engine.training.wordlist"


def test_word_list_holds_the_glue_words_and_the_lexicons():
    words = set(wordlist.collect())
    assert {"je", "bent", "een", "die", "schepen", "idioot", "klootzak", "vermoorden"} <= words
    assert all(w.isalpha() and w == w.lower() for w in words)


def test_word_list_holds_the_words_the_detectors_patterns_spell_out():
    # "waardeloos" is in no lexicon or template, only in an insult pattern
    assert "waardeloos" in set(wordlist.collect())


def test_committed_gate_file_is_current():
    """The stored word gates are those every detector pattern gives when worked out afresh."""
    import subprocess
    import sys

    from sereen.engine.detectors import gate

    code = (
        "import sereen.engine.detectors\n"
        "from sereen.engine.detectors import gate\n"
        "import sys; sys.stdout.write(gate.render_gate_cache())\n"
    )
    fresh = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert gate.GATE_CACHE.read_text(encoding="utf-8") == fresh, (
        "run: python -m sereen.engine.training.wordlist"
    )


def test_a_pattern_missing_from_the_gate_file_is_worked_out():
    import re

    from sereen.engine.detectors import gate

    pattern = re.compile(r"\bzeldzaam\s+(?:woordje|woordeke)\s+hier\b")
    assert gate.gate_key(pattern) not in gate._stored_gates()
    assert gate.required_words(pattern) == gate.derive_required_words(pattern)
    assert frozenset(["zeldzaam"]) in gate.required_words(pattern)
