"""The plain-language conclusions, in Dutch (the interface language) and in English."""

from __future__ import annotations

from django.utils import translation

import pytest

from sereen.insights import measures, sentences

H = measures.histogram_from_counts


@pytest.fixture(autouse=True)
def dutch():
    with translation.override("nl-be"):
        yield


def test_conclusion_names_the_smallest_group_with_half_the_comments():
    h = H([1] * 10 + [20, 12])  # 42 comments, 12 people; the two loudest wrote 32 (76%)
    assert sentences.conclusion(h) == (
        "76% van de reacties komt van 2 personen "
        "(17% van de 12 mensen die reageerden; samen 42 reacties)."
    )


def test_conclusion_for_one_person_and_for_nobody():
    assert sentences.conclusion({}) == "Er zijn geen reacties in deze periode."
    assert sentences.conclusion({3: 1}) == "Alle 3 reacties komen van 1 persoon."
    assert sentences.conclusion({1: 1}) == "1 reactie komt van 1 persoon."
    assert sentences.conclusion({1: 4, 6: 1}).startswith("60% van de reacties komt van 1 persoon")


def test_reach_verdict_against_the_1_9_90_rule():
    h = H([1] * 40 + [5] * 10)
    below = sentences.reach_verdict(measures.participation_vs_reach(h, 10_000))
    assert below.startswith("Slechts 0,5% van het bereik reageerde")
    assert "niet representatief" in below
    assert sentences.reach_verdict(measures.participation_vs_reach(h, 500)) == (
        "10,0% van het bereik reageerde, in lijn met de 1/9/90-regel."
    )
    above = sentences.reach_verdict(measures.participation_vs_reach(h, 200))
    assert above == "25,0% van het bereik reageerde, meer dan de 1/9/90-regel verwacht."


def test_english_uses_a_decimal_point():
    with translation.override("en"):
        assert sentences.percent(0.005, 1) == "0.5%"
        assert sentences.conclusion({3: 1}) == "All 3 comments come from 1 person."
    assert sentences.percent(0.005, 1) == "0,5%"
    assert sentences.percent(None) == "–"
