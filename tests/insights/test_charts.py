"""Server-side SVG charts: accessible names, text alternatives, escaping, phone-friendly sizing."""

from __future__ import annotations

import re

from django.utils import translation

import pytest

from sereen.insights import charts


@pytest.fixture(autouse=True)
def dutch():
    with translation.override("nl-be"):
        yield


def labelled_by(svg: str) -> tuple[str, str]:
    ids = re.search(r'aria-labelledby="([^"]+)"', svg).group(1).split()
    title = re.search(rf'<title id="{ids[0]}">([^<]*)</title>', svg).group(1)
    desc = re.search(rf'<desc id="{ids[1]}">([^<]*)</desc>', svg).group(1)
    return title, desc


def test_bar_chart_has_an_accessible_name_and_a_text_alternative():
    svg = charts.bar_chart(["R1", "R2"], [3, 12], title="Per huisregel")
    assert svg.startswith('<svg class="chart" role="img"')
    assert labelled_by(svg) == ("Per huisregel", "Hoogste: R2 (12); laagste: R1 (3).")
    # Scales with the screen: a viewBox and a relative width, never a fixed pixel width.
    assert 'viewBox="0 0 480 ' in svg and 'width="100%"' in svg


def test_labels_and_titles_are_escaped():
    svg = charts.bar_chart(['<script>alert("x")</script>'], [1], title="<b>titel</b>")
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "<b>" not in svg


def test_line_chart_marks_spikes_with_a_word_not_only_a_colour():
    svg = charts.line_chart(["1/3", "8/3", "15/3", "22/3"], [2, 3, 40, 2], spikes=[0, 0, 1, 0],
                            title="Per week")  # fmt: skip
    assert svg.count(">piek</text>") == 1
    assert labelled_by(svg)[1].endswith("Pieken: 15/3.")


def test_lorenz_chart_and_empty_data():
    svg = charts.lorenz_chart([(0.0, 0.0), (0.75, 0.3), (1.0, 1.0)], title="Lorenzcurve")
    assert "<polyline" in svg and "100% mensen" in svg
    empty = charts.bar_chart([], [], title="Leeg")
    assert labelled_by(empty) == ("Leeg", "Geen gegevens.")
    with pytest.raises(ValueError):
        charts.bar_chart(["a"], [1, 2], title="x")


def test_every_chart_gets_its_own_ids():
    first = re.search(r'aria-labelledby="([^"]+)"', charts.bar_chart(["a"], [1], title="a"))
    second = re.search(r'aria-labelledby="([^"]+)"', charts.bar_chart(["a"], [1], title="a"))
    assert first.group(1) != second.group(1)
