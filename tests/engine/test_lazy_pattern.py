"""Patterns compiled on first use behave as the compiled pattern would."""

from __future__ import annotations

import gc
import re

import pytest

import sereen.engine.detectors  # noqa: F401  (imports every detector and its patterns)
from sereen.engine.lazy_pattern import LazyPattern, is_pattern, lazy_compile


def _engine_patterns() -> list[LazyPattern]:
    return [o for o in gc.get_objects() if isinstance(o, LazyPattern)]


def test_the_detectors_patterns_are_compiled_lazily():
    assert len(_engine_patterns()) > 500


def test_every_lazy_pattern_knows_the_flags_and_groups_the_compiled_one_has():
    for lazy in _engine_patterns():
        compiled = re.compile(lazy.pattern, lazy._given_flags)
        assert (lazy.flags, lazy.groups) == (compiled.flags, compiled.groups), lazy.pattern
        assert type(lazy.flags) is int  # (the gate file's keys spell the number)


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"abc", 0),
        (r"(?i)abc", 0),
        (r"(?i:abc)d", 0),
        (r"(?is)a.c", 0),
        (r"(?a)\w", 0),
        (r"abc", re.IGNORECASE),
        (r"abc", re.ASCII),
        (r"(?=a)b", 0),
    ],
)
def test_flags_are_those_of_the_compiled_pattern(source, flags):
    assert lazy_compile(source, flags).flags == re.compile(source, flags).flags


@pytest.mark.parametrize(
    "source",
    [
        r"(a)(b)",
        r"(?:a)(b)",
        r"\(a\)",
        r"[(]a[)]",
        r"[]()]",
        r"[^]()]",
        r"[\](]",
        r"(?P<naam>a)(?P=naam)",
        r"(?<=a)(?<!b)(?=c)(?!d)(e)",
        r"((a)|(b))",
        r"\\(a)",
    ],
)
def test_group_counts_are_those_of_the_compiled_pattern(source):
    assert lazy_compile(source).groups == re.compile(source).groups


def test_a_lazy_pattern_finds_what_the_compiled_one_finds_before_and_after_it_compiles():
    source = r"\b(?:klik|click)\s+(hier)\b"
    lazy = lazy_compile(source)
    compiled = re.compile(source)
    text = "Allez, klik hier en klik  hier!"
    assert lazy.search(text).span() == compiled.search(text).span()
    assert lazy.findall(text) == compiled.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub("X", text) == compiled.sub("X", text)
    assert lazy.groupindex == compiled.groupindex


def test_after_the_first_use_the_methods_are_the_compiled_patterns_own():
    lazy = lazy_compile(r"kat")
    assert "search" not in vars(lazy)
    lazy.match("kat")
    assert vars(lazy)["search"].__self__ is lazy.compiled()


def test_a_verbose_pattern_is_compiled_at_once():
    assert isinstance(lazy_compile("a # (comment)\n", re.VERBOSE), re.Pattern)
    assert isinstance(lazy_compile("(?x) a # [b\n"), re.Pattern)


def test_only_text_patterns_are_accepted():
    with pytest.raises(TypeError, match="str pattern"):
        lazy_compile(b"abc")  # type: ignore[arg-type]


def test_a_malformed_pattern_fails_at_its_first_use():
    broken = lazy_compile("(abc")
    with pytest.raises(re.error):
        broken.search("abc")


def test_lazy_patterns_compare_and_hash_as_their_text_and_flags():
    assert lazy_compile("a") == lazy_compile("a") == re.compile("a")
    assert lazy_compile("a") != lazy_compile("a", re.IGNORECASE)
    assert len({lazy_compile("a"), lazy_compile("a")}) == 1
    assert is_pattern(lazy_compile("a")) and is_pattern(re.compile("a"))
    assert not is_pattern("a")
