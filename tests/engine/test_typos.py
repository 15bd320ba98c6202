"""The typo word lists are generated from the lexicons, the detectors and the Dutch and English
hunspell dictionaries; the committed files must be what the generator writes. Without hunspell
the check is skipped with its reason, except under CI=true (CI installs hunspell)."""

from __future__ import annotations

import os
import shutil

import pytest

from sereen.engine.normalise import lexicon_targets, repair_targets
from sereen.engine.training import typos


def _hunspell_or_skip() -> None:
    try:
        typos.real_words({"debiet"})
    except typos.HunspellMissing as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{exc} (required in CI)", pytrace=False)
        pytest.skip(str(exc))


def test_committed_target_list_is_current():
    expected = typos.render(typos.pattern_targets(), typos._TARGETS_HEADER)
    actual = typos.TARGETS_OUT.read_text(encoding="utf-8")
    assert actual == expected, "run: python -m sereen.engine.training.typos"


def test_committed_real_word_list_is_current():
    _hunspell_or_skip()
    targets = lexicon_targets() | set(typos.pattern_targets())
    expected = typos.render(typos.real_words(typos.candidates(targets)))
    actual = typos.OUT.read_text(encoding="utf-8")
    assert actual == expected, "run: python -m sereen.engine.training.typos"


def test_real_words_are_those_a_dictionary_knows():
    _hunspell_or_skip()
    assert typos.real_words({"debiet", "varen", "ukkel", "damn", "idoiot", "paraiet"}) == [
        "damn",
        "debiet",
        "ukkel",
        "varen",
    ]


def test_targets_are_the_words_of_abuse_and_of_the_patterns():
    targets = repair_targets()
    assert {"idioot", "parasiet", "omvolking", "vermoorden"} <= lexicon_targets()
    assert {"politie", "kapot", "schrijft"} <= targets - lexicon_targets()
    assert all(len(t) >= 4 and t.isalpha() for t in targets)


def test_without_hunspell_the_generator_says_what_to_install(monkeypatch, capsys):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert typos.main(["--check"]) == 2
    assert "apt-get install hunspell" in capsys.readouterr().err


def test_a_word_is_asked_in_every_way_the_folding_could_have_written_it():
    forms = typos.written_forms("creeren")
    assert "creëren" in forms and "Creeren" in forms
    assert "café" in typos.written_forms("cafe")
    assert "carrière" in typos.written_forms("carriere")


def test_a_real_word_with_its_accent_stripped_is_real():
    _hunspell_or_skip()
    assert typos.real_words({"creeren", "creperen"}) == ["creeren", "creperen"]
