"""Evasion invariance: rewritings of one comment that a reader still reads the same way (casing,
emoji, leetspeak, letters split by spaces or dots, look-alike letters, invisible characters,
stretched letters, a typing error in its longest word) get the same action as the plain comment."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sereen.engine import moderate
from sereen.engine.policy import Action

_LEET = str.maketrans({"o": "0", "i": "1", "e": "3", "a": "@"})
_CYRILLIC = str.maketrans({"a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "i": "і"})
DATA = Path(__file__).parent / "data"
# Digits, links, mentions, quotation marks, asterisks: spelt out letter by letter they change
# what they are (a number, an address, a quotation), not only how the comment is written.
_MANGLED_BY_SPELLING_OUT = re.compile(r"[\d'\"*_@/&]|https?:|www\.")


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


def _written_apart(text: str, kind: str) -> str:
    if kind == "dotted":  # "d.i.e s.c.h.e.p.e.n": letters joined by dots, words by spaces
        return " ".join(".".join(word) for word in text.lower().split())
    return _spaced(text.lower(), "  ")  # "d i e  s c h e p e n": wider gaps between words


@pytest.mark.parametrize("kind", ["dotted", "spaced"])
def test_whole_comments_written_letter_by_letter_keep_their_decision(shipped, kind):
    """Every comment of the blind sets holdout100-118 (those without digits, links, quotation
    marks or other signs that spelling out letter by letter mangles), written out letter by
    letter: nearly all keep their decision's weight (kept, reviewed or removed), and no
    legitimate comment is newly removed."""
    from sereen.engine import moderate_batch

    weight = {"keep": 0, "reply": 0, "review": 1, "hide": 2, "delete": 2}
    records = [
        json.loads(line)
        for n in range(100, 119)
        for line in (DATA / f"holdout{n}.jsonl").open(encoding="utf-8")
    ]
    records = [r for r in records if not _MANGLED_BY_SPELLING_OUT.search(r["text"])]
    texts = [r["text"] for r in records]
    plain = [weight[d.action.value] for d in moderate_batch(texts, shipped)]
    apart = [
        weight[d.action.value]
        for d in moderate_batch([_written_apart(t, kind) for t in texts], shipped)
    ]
    assert len(texts) > 4000
    same = sum(a == b for a, b in zip(plain, apart, strict=True)) / len(texts)
    assert same >= 0.99, f"{same:.2%}"
    removed = [
        t
        for r, t, a, b in zip(records, texts, plain, apart, strict=True)
        if r["label"] == "legit" and b == 2 and a < 2
    ]
    assert removed == []


def test_a_web_address_in_look_alike_letters_is_a_forged_link(policy):
    latin = "Uw rekening is geblokkeerd, log in via kbc-beveiliging.be"
    # the same with a Cyrillic "с", "е" and "і" in the address, which the link search missed
    forged = "Uw rekening is geblokkeerd, log in via kbс-bеvеіlіgіng.be"
    assert forged != latin
    decision = moderate(forged, policy)
    assert decision.action == moderate(latin, policy).action == Action.DELETE
    assert any(e.note.startswith("nagemaakte link: kbс-") for e in decision.evidence)
    # an address in one script among words of another is no forgery
    assert moderate("Дякую! Інфо на gent.be", policy).action == Action.KEEP
