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
