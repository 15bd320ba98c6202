"""The labelled abuse corpus: valid, reproducible from its templates, split without leaks."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from sereen.engine.corpus import CORPUS_PATH, LABELS, SPLITS, SUBTYPES, dedup_key, load_corpus
from sereen.engine.corpus.generate import Template, generate, read_templates


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


def test_corpus_is_large_and_every_label_is_in_every_split(corpus):
    assert len(corpus) >= 3000
    counts = Counter((e.split, e.label) for e in corpus)
    for split in SPLITS:
        for label in LABELS:
            assert counts[split, label] >= 40, (split, label)


def test_legitimate_comments_cover_the_hard_cases_in_the_test_split(corpus):
    test_subtypes = {e.subtype for e in corpus if e.split == "test" and e.label == "none"}
    assert test_subtypes == SUBTYPES["none"]


def test_no_duplicates_within_or_across_splits(corpus):
    keys = Counter(dedup_key(e.text) for e in corpus)
    assert [k for k, n in keys.items() if n > 1] == []
    assert len({e.id for e in corpus}) == len(corpus)


def test_a_template_never_spans_two_splits(corpus):
    splits_of: dict[str, set[str]] = {}
    for e in corpus:
        splits_of.setdefault(e.template, set()).add(e.split)
    assert all(len(s) == 1 for s in splits_of.values())


def test_committed_corpus_is_exactly_what_the_generator_writes():
    expected = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in generate()]
    actual = CORPUS_PATH.read_text(encoding="utf-8").splitlines()
    assert actual == expected, "run: python -m sereen.engine.corpus.generate"


def test_generation_does_not_depend_on_other_templates():
    templates = read_templates()
    alone = generate([templates[5]])
    together = [r for r in generate(templates[:10]) if r["template"] == templates[5].template_id]
    assert [r["text"] for r in alone] == [r["text"] for r in together]


def test_bad_template_lines_are_reported_with_their_line(tmp_path):
    path = tmp_path / "templates.tsv"
    path.write_text("# comment\nnone\tquestion\tWaar is {T}?\ninsult\tmean\tZwijg {I}\n")
    with pytest.raises(ValueError, match=r"templates.tsv:3: unknown subtype 'mean'"):
        read_templates(path)
    path.write_text("hate\thate\tGeen {NOPE} hier\n")
    with pytest.raises(ValueError, match=r"templates.tsv:1: unknown slot \{NOPE\}"):
        read_templates(path)
    path.write_text("spam\tspam only two columns\n")
    with pytest.raises(ValueError, match="expected 3 tab-separated columns"):
        read_templates(path)


def test_a_text_generated_with_two_labels_is_refused():
    clash = [
        Template("none", "neutral", "Dag iedereen", 1),
        Template("spam", "spam", "Dag iedereen!", 2),
    ]
    with pytest.raises(ValueError, match="also generated with label none"):
        generate(clash)


def test_malformed_corpus_rows_are_reported(tmp_path):
    path = tmp_path / "c.jsonl"
    good = {
        "id": "1",
        "text": "hallo",
        "label": "none",
        "subtype": "neutral",
        "template": "t",
        "split": "train",
    }
    path.write_text(json.dumps(good) + "\n" + json.dumps({**good, "label": "rude"}) + "\n")
    with pytest.raises(ValueError, match=r"c.jsonl:2: unknown label 'rude'"):
        load_corpus(path)
    path.write_text("{not json\n")
    with pytest.raises(ValueError, match=r"c\.jsonl:1: malformed row"):
        load_corpus(path)
    with pytest.raises(ValueError, match="unknown split"):
        load_corpus(path, split="validation")
