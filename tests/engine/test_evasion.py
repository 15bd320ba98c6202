"""Evasion invariance: rewritings of one comment that a reader still reads the same way (casing,
emoji, leetspeak, letters split by spaces or dots, look-alike letters, invisible characters,
stretched letters, a typing error in its longest word) get the same action as the plain comment."""

from __future__ import annotations

import pytest

from sereen.engine import moderate
from sereen.engine.policy import Action

_LEET = str.maketrans({"o": "0", "i": "1", "e": "3", "a": "@"})
_CYRILLIC = str.maketrans({"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "i": "і"})


def _spaced(text: str, gap: str) -> str:
    """Every letter apart, words apart by ``gap`` ("j e  b e n t")."""
    return gap.join(" ".join(word) for word in text.split())


def _stretched(text: str) -> str:
    """The last vowel of every longer word repeated ("idioooot")."""
    out = []
    for word in text.split():
        for k in range(len(word) - 1, -1, -1):
            if len(word) >= 5 and word[k] in "aeiou":
                word = word[:k] + word[k] * 4 + word[k + 1 :]
                break
        out.append(word)
    return " ".join(out)


def _typed(text: str, slip: str) -> str:
    """The longest word of six letters or more with two middle letters swapped ("idoiot") or
    its middle letter dropped ("idoot"); the text unchanged when it has no such word (a slip
    of a shorter one is often a real word: "woont" typed "woot")."""
    words = text.split()
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[longest]
    if len(word) < 6 or not word.isalpha():
        return text
    k = len(word) // 2
    if slip == "swap":
        word = word[: k - 1] + word[k] + word[k - 1] + word[k + 1 :]
    else:
        word = word[:k] + word[k + 1 :]
    return " ".join([*words[:longest], word, *words[longest + 1 :]])


def variants(text: str, *, shouting_allowed: bool = True) -> dict[str, str]:
    """Rewritings of ``text`` that keep its meaning for a reader."""
    lower = text.lower()
    out = {
        "lower": lower,
        "title": text.title(),
        "emoji": f"{text} 😡😡",
        "emoji between": text.replace(" ", " 🤬 ", 1),
        "leet": lower.translate(_LEET),
        "spaced, wide gaps": _spaced(lower, "  "),
        "spaced, one gap": _spaced(lower, " "),
        "dotted": " ".join(".".join(word) for word in lower.split()),
        "look-alike letters": lower.translate(_CYRILLIC),
        "zero-width": "\u200b".join(lower),
        "stretched": _stretched(lower),
        "punctuation": f"{text}!!!",
        "letters swapped": _typed(lower, "swap"),
        "letter dropped": _typed(lower, "drop"),
    }
    if shouting_allowed:
        out["upper"] = text.upper()
    return out


ABUSIVE = [
    ("je bent een idioot", Action.HIDE),
    ("die schepen is een trut", Action.HIDE),
    ("ge zijt een vuile klootzak", Action.HIDE),
    ("hou je bek", Action.HIDE),
    ("die lul van een burgemeester", Action.HIDE),
    # "waardeloos" is in no lexicon, only in an insult pattern: the word list must still know it
    ("ge zijt een waardeloos mens", Action.HIDE),
    ("vluchtelingen zijn parasieten", Action.DELETE),
    ("die asielzoekers zijn ongedierte", Action.DELETE),
    ("al die makakken moeten buiten", Action.DELETE),
    ("ik ga je vermoorden", Action.DELETE),
    ("ik weet waar je woont", Action.DELETE),
    ("ik maak je af", Action.DELETE),
]


@pytest.mark.parametrize(("text", "expected"), ABUSIVE)
def test_abuse_gets_the_same_action_however_it_is_written(policy, text, expected):
    assert moderate(text, policy).action == expected
    different = {
        name: (variant, moderate(variant, policy).action)
        for name, variant in variants(text).items()
        if moderate(variant, policy).action != expected
    }
    assert different == {}


LEGITIMATE = [
    "de burgemeester liegt over de begroting",
    "dit plan is een ramp voor de handelaars",
    "ik heb niets tegen moslims",
    "wanneer gaat het containerpark open",
]


@pytest.mark.parametrize("text", LEGITIMATE)
def test_legitimate_comments_stay_whatever_the_spelling(policy, text):
    different = {
        name: (variant, moderate(variant, policy).action)
        for name, variant in variants(text, shouting_allowed=False).items()
        if moderate(variant, policy).action not in (Action.KEEP, Action.REPLY)
    }
    assert different == {}


def test_as_shipped_the_classifier_alone_decides_the_same_however_it_is_written():
    """The starter policy lets the classifier alone hide (``model_act``); its score must not
    depend on the spelling either, nor may it start removing a rewritten legitimate comment."""
    from sereen.engine import decide
    from sereen.engine.classifier import load_default_classifier, load_default_group_classifier
    from sereen.engine.engine import compile_policy
    from sereen.engine.policyfile import starter_policy

    decide.set_classifier(load_default_classifier())
    decide.set_group_classifier(load_default_group_classifier())
    shipped = compile_policy(starter_policy())
    alone = "gij zijt nen echten ambetanten jan"  # no word list knows this one
    decision = moderate(alone, shipped)
    assert decision.action == Action.HIDE
    assert decision.evidence[0].note == "classificatiemodel alleen"
    for text, expected in [*ABUSIVE, (alone, Action.HIDE)]:
        different = {
            name: moderate(variant, shipped).action
            for name, variant in variants(text).items()
            if moderate(variant, shipped).action != expected
        }
        assert different == {}, text
    for text in LEGITIMATE:
        for variant in variants(text, shouting_allowed=False).values():
            assert moderate(variant, shipped).action in (Action.KEEP, Action.REPLY), variant
