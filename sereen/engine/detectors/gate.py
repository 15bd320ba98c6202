"""Skipping a regular expression that cannot match, by the whole words it needs.

Most of the engine's patterns can only match where one of a few complete words stands
(``\\b(?:klik|click)\\s+hier\\b`` needs "klik" or "click" as a whole word). ``required_words``
reads that set from the parsed pattern, and ``words_of`` gives the whole words of a text, so a
detector can test ``gate.isdisjoint(words)`` (one C call) instead of running the search.

The derivation is deliberately conservative: a set is returned only when every possible match
is proven to contain one of its words as a maximal run of ``\\w`` characters (so it is in
``words_of(text)``); anything the analysis does not understand (case-insensitive or ASCII
matching, look-arounds, back-references, classes, unbounded pieces) yields no gate: never skip.

The words come from the searched text itself, split exactly where ``\\b`` sees a boundary, not
from ``NormalisedText.tokens``: those keep ``*`` inside a word ("k*t") and drop ``_``, so a
pattern's word need not be a token.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache
from pathlib import Path

from sereen.engine.lazy_pattern import STRUCTURE, lazy_compile

try:  # Python 3.11+
    from re import _constants as _c  # type: ignore[attr-defined]
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older layout
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

__all__ = [
    "Alternation",
    "GateIndex",
    "literal_alternation",
    "literal_words",
    "may_match",
    "required_substrings",
    "required_words",
    "split_search",
    "words_of",
]

_WORD_RUN = re.compile(r"\w+")
_WORD_CHARS = _WORD_RUN
_MAX_STRINGS = 512
_UNSAFE_FLAGS = re.IGNORECASE | re.ASCII | re.LOCALE


@lru_cache(maxsize=4096)
def words_of(text: str) -> frozenset[str]:
    """The maximal runs of word characters (``\\w``, as ``\\b`` sees them) in ``text``.

    Remembered for the most recent texts: several detectors ask for the same comment, its forms
    and its sentences, each detector over a whole chunk of comments before the next
    (``engine.CHUNK_SIZE``), so the memory must hold a chunk's texts."""
    return frozenset(_WORD_RUN.findall(text))


def may_match(gates: tuple[frozenset[str], ...], words: frozenset[str]) -> bool:
    """False when ``words`` (``words_of`` the text) lack every word of one of ``gates``
    (``required_words`` of a pattern): then the pattern cannot match that text."""
    # A plain loop: all() over a generator costs more than the searches it saves here.
    for gate in gates:  # noqa: SIM110
        if gate.isdisjoint(words):
            return False
    return True


class GateIndex:
    """Which of a detector's many gated patterns may match a text, found in one pass.

    Testing each pattern's gates one by one costs a Python call per pattern and comment, and
    nearly every comment fails nearly every pattern. Instead every pattern is filed under each
    word of its first gate: one set intersection with the text's words names the few patterns
    whose first gate is met, and only those have their other gates tested. The patterns so
    chosen are exactly those ``may_match`` passes, in their original order."""

    def __init__(self, gates: Sequence[tuple[frozenset[str], ...]]) -> None:
        """``gates``: ``required_words`` of each pattern, in the order the patterns run."""
        index: dict[str, list[int]] = {}
        for i, pattern_gates in enumerate(gates):
            if pattern_gates:
                for word in pattern_gates[0]:
                    index.setdefault(word, []).append(i)
        self._index = index
        self._keys = frozenset(index)
        self._rest = tuple(pattern_gates[1:] for pattern_gates in gates)
        # Patterns without a gate run on every text.
        self._always = tuple(i for i, pattern_gates in enumerate(gates) if not pattern_gates)

    def gated(self) -> tuple[bool, ...]:
        """Per pattern, whether it has a gate (one without runs on every text)."""
        always = set(self._always)
        return tuple(i not in always for i in range(len(self._rest)))

    def candidates(self, words: frozenset[str]) -> tuple[int, ...]:
        """Indexes, ascending, of the patterns that ``may_match`` ``words`` (``words_of`` a text)."""
        hit = self._keys.intersection(words)
        if not hit:  # the usual comment: no first gate met
            return self._always
        found = set(self._always)
        for word in hit:
            found.update(self._index[word])
        rest = self._rest
        return tuple(i for i in sorted(found) if may_match(rest[i], words))


class Alternation:
    """A pattern of many alternatives ("a|b|c" at its top level) searched alternative by
    alternative, each only when the text holds the words it needs.

    A long pattern's own gate is the union of its alternatives' words, so a common word that one
    alternative needs ("moet", "wordt") lets the whole pattern run, and the regular expression
    engine then tries every alternative at every position of the text. Here ``GateIndex`` picks
    the alternatives whose words are there and only those are searched. ``search`` finds the
    same match as ``pattern.search``: the leftmost one, and at equal starts the first
    alternative's (as ``re`` tries them in order). Only for patterns without capturing groups
    (whose numbers would change).

    An alternative is compiled the first time a text holds its words: compiling the engine's
    few hundred alternatives up front cost ~0.15 s of start-up, and many are never needed."""

    __slots__ = ("_compiled", "_index", "branches", "flags", "pattern", "whole")

    def __init__(self, pattern: re.Pattern[str], branches: Sequence[str]) -> None:
        """``branches``: the texts of ``pattern``'s top-level alternatives (``alternatives``)."""
        self.whole = pattern  # (what the training tools read the pattern's words from)
        self.pattern = pattern.pattern
        self.flags = pattern.flags
        self.branches = tuple(branches)
        self._compiled: list[re.Pattern[str] | None] = [None] * len(self.branches)
        self._index = GateIndex([required_words_of(b, self.flags) for b in self.branches])

    def search(self, text: str) -> re.Match[str] | None:
        """The match ``re.compile(self.pattern).search(text)`` would give."""
        best: re.Match[str] | None = None
        compiled = self._compiled
        for i in self._index.candidates(words_of(text)):
            branch = compiled[i]
            if branch is None:
                branch = compiled[i] = re.compile(self.branches[i], self.flags)
            m = branch.search(text)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best


def alternatives(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The top-level alternatives of ``pattern`` as pattern texts, or () when it has fewer than
    two, capturing groups, or flags that make a split unsafe (verbose mode's comments)."""
    text = pattern.pattern
    if not isinstance(text, str) or pattern.groups or pattern.flags & re.VERBOSE:
        return ()
    if text.startswith("(?") and not text.startswith(("(?:", "(?<", "(?=", "(?!")):
        return ()  # a global inline flag ("(?i)...") belongs to every alternative
    parts: list[str] = []
    depth = start = 0
    for m in STRUCTURE.finditer(text):
        piece = m.group()
        if piece[0] == "(":
            depth += 1
        elif piece == ")":
            depth -= 1
        elif piece == "|" and depth == 0:
            parts.append(text[start : m.start()])
            start = m.end()
    parts.append(text[start:])
    # (each part is compiled when first needed; the tests compile and compare every split the
    # detectors make)
    return tuple(parts) if len(parts) >= 2 else ()


def split_search(pattern: re.Pattern[str]) -> re.Pattern[str] | Alternation:
    """``pattern``, or an :class:`Alternation` of it when that is likely to be faster: three
    alternatives or more, each with words it needs (an alternative without them runs on every
    text, and for two the extra calls cost about what they save). On the labelled comments this
    cut the time the threat and insult patterns take by about 40%."""
    parts = alternatives(pattern)
    if len(parts) < 3:
        return pattern
    split = Alternation(pattern, parts)
    return split if all(split._index.gated()) else pattern


def required_words(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Word sets of which every match of ``pattern`` contains at least one word each, as a
    complete word (a maximal run of ``\\w`` in the searched text); empty when none can be proven.

    At most ``_MAX_GATES`` sets, the most selective-looking first (rare words are long).

    Working this out for the engine's ~100 patterns takes ~0.2 s, a third of the start-up of
    the command line, so the results are stored in ``data/gates.json`` (written with the word
    list, ``python -m sereen.engine.training.wordlist``), keyed by the pattern's text: a pattern
    that changed is simply worked out again, so a stale file costs time, never a wrong gate."""
    if not isinstance(pattern.pattern, str) or pattern.flags & _UNSAFE_FLAGS:
        return ()
    key = gate_key(pattern)
    ASKED[key] = pattern
    stored = _stored_gates().get(key)
    if stored is not None:
        return stored
    return derive_required_words(pattern)


# Every pattern ``required_words`` was asked about in this process, by ``gate_key``: what
# ``render_gate_cache`` writes and the test of the committed file checks. A pattern asked about by
# its text (``required_words_of``) is kept as (text, flags) and compiled only to write the file.
ASKED: dict[str, re.Pattern[str] | tuple[str, int]] = {}
GATE_CACHE = Path(__file__).resolve().parent.parent / "data" / "gates.json"


def gate_key(pattern: re.Pattern[str]) -> str:
    """A short stable key for a pattern's text and flags."""
    return _text_key(pattern.pattern, pattern.flags)


def _text_key(text: str, flags: int) -> str:
    return hashlib.sha1(f"{flags}:{text}".encode()).hexdigest()[:20]


def required_words_of(text: str, flags: int) -> tuple[frozenset[str], ...]:
    """``required_words`` of ``re.compile(text, flags)``, compiling it only when the stored file
    lacks it (``flags``: a compiled pattern's ``flags``, which hold ``re.UNICODE``)."""
    stored = _stored_gates().get(key := _text_key(text, flags))
    if stored is None or flags & _UNSAFE_FLAGS:
        return required_words(re.compile(text, flags))
    ASKED.setdefault(key, (text, flags))
    return stored


@cache
def _stored_gates() -> dict[str, tuple[frozenset[str], ...]]:
    try:
        raw = json.loads(GATE_CACHE.read_bytes())
    except (OSError, ValueError):
        return {}  # no file (or a broken one): every gate is worked out at start-up instead
    return {key: tuple(frozenset(words) for words in gates) for key, gates in raw.items()}


def render_gate_cache() -> str:
    """The file ``required_words`` reads: every asked pattern's gates, worked out afresh."""
    gates = {key: derive_required_words(_compiled(ASKED[key])) for key in sorted(ASKED)}
    return (
        json.dumps(
            {key: [sorted(words) for words in sets] for key, sets in gates.items()},
            indent=0,
            sort_keys=True,
        )
        + "\n"
    )


def _compiled(asked: re.Pattern[str] | tuple[str, int]) -> re.Pattern[str]:
    return re.compile(*asked) if isinstance(asked, tuple) else asked


def derive_required_words(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """``required_words`` worked out from the parsed pattern (see there), without the file."""
    if not isinstance(pattern.pattern, str) or pattern.flags & _UNSAFE_FLAGS:
        return ()
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - re.compile already accepted it
        return ()
    try:
        found = {frozenset(c) for c in _sequence_needs(list(parsed), False, False)}
    finally:
        _EXPANDED.clear()
    return tuple(sorted(found, key=_selectivity)[:_MAX_GATES])


_MAX_GATES = 3


def _selectivity(words: frozenset[str]) -> tuple[int, int, list[str]]:
    # Long words are rare, short ones ("ik", "je") are in many comments; fewer words skip more.
    return (-min(len(w) for w in words), len(words), sorted(words))


def _sequence_needs(items: list, left: bool, right: bool) -> list[set[str]]:
    """Every word set found that one piece of this sequence requires.

    ``left``/``right``: whether the character before/after the whole sequence is proven to be
    no word character (or absent)."""
    found: list[set[str]] = []

    def consider(candidate: set[str] | None) -> None:
        if candidate:
            found.append(candidate)

    n = len(items)
    # guarded_before[k]: the character before items[k] is no word character; guarded_after[k]:
    # the one after items[:k] is not (worked out once: the loops below ask many times).
    guarded_before = [left, *(_left_guard(items, k) for k in range(1, n))]
    guarded_after = [False, *(_right_guard(items, k) for k in range(1, n)), right]
    # A stretch between two guards that spells out a finite set of whole words.
    for strings in _guarded_stretches(items, guarded_before, guarded_after):
        consider(_words_needed(strings))
    # A piece that must match and itself needs a word.
    for k, (op, av) in enumerate(items):
        # The guards around this item hold for what is inside it (for a repeat: only when it
        # runs once, else a neighbouring copy may stand next to it).
        inner_left = guarded_before[k]
        inner_right = guarded_after[k + 1]
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if not add_flags and not del_flags:
                found.extend(_sequence_needs(list(sub), inner_left, inner_right))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            once = av[1] == 1
            found.extend(_sequence_needs(list(av[2]), inner_left and once, inner_right and once))
        elif op is _c.BRANCH:
            union: set[str] = set()
            for alternative in av[1]:
                needs = _sequence_needs(list(alternative), inner_left, inner_right)
                if not needs:
                    union = set()
                    break
                union |= min(needs, key=lambda c: _selectivity(frozenset(c)))
            consider(union or None)
    return found


def _guarded_stretches(
    items: list, guarded_before: list[bool], guarded_after: list[bool]
) -> Iterator[set[str]]:
    """The expansions of every stretch ``items[i:j]`` with a guard before ``i`` and after ``j``
    that spells out a small finite set of strings (``guarded_before[i]``, ``guarded_after[j]``)."""
    n = len(items)
    for i in range(n):
        if not guarded_before[i]:
            continue
        # items[i:j] expanded one item at a time (the expansion of items[i:j] for each j).
        strings = {""}
        for j in range(i + 1, n + 1):
            options = _expand_item(*items[j - 1])
            if options is None:
                break
            strings = {a + b for a in strings for b in options}
            if len(strings) > _MAX_STRINGS:
                break
            if guarded_after[j]:
                yield strings


def _left_guard(items: list, i: int) -> bool:
    """Whether the character before ``items[i]`` is proven no word character (or absent)."""
    if i == 0:
        return False
    op, av = items[i - 1]
    if op is _c.AT:
        return av in (_c.AT_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_STRING)
    return _ends_with_non_word(op, av)


def _right_guard(items: list, j: int) -> bool:
    """Whether the character after ``items[:j]`` is proven no word character (or absent)."""
    if j >= len(items):
        return False
    op, av = items[j]
    if op is _c.AT:
        return av in (_c.AT_BOUNDARY, _c.AT_END, _c.AT_END_STRING)
    return _starts_with_non_word(op, av)


def _non_word_char(op, av) -> bool:
    """Whether a one-character item can only match a non-word character."""
    if op is _c.LITERAL:
        return not _WORD_CHARS.match(chr(av))
    if op is _c.IN:
        for sub_op, sub_av in av:
            if sub_op is _c.LITERAL:
                if _WORD_CHARS.match(chr(sub_av)):
                    return False
            elif sub_op is _c.CATEGORY:
                if sub_av not in (_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD):
                    return False
            else:
                return False
        return True
    return False


def _starts_with_non_word(op, av) -> bool:
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, _high, sub = av
        return low >= 1 and len(sub) >= 1 and _starts_with_non_word(*sub[0])
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return not add_flags and not del_flags and len(sub) >= 1 and _starts_with_non_word(*sub[0])
    return _non_word_char(op, av)


def _ends_with_non_word(op, av) -> bool:
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, _high, sub = av
        return low >= 1 and len(sub) >= 1 and _ends_with_non_word(*sub[-1])
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        return not add_flags and not del_flags and len(sub) >= 1 and _ends_with_non_word(*sub[-1])
    return _non_word_char(op, av)


# Stands, in an expanded string, for one or more characters that are no word characters.
_SEP = "\x00"


def _words_needed(strings: set[str] | None) -> set[str] | None:
    """One complete word per expanded string (the longest), or None when a string has none.

    The stretch is bounded by non-word characters on both sides and every ``_SEP`` is one, so
    each run of word characters in a string is a complete word of the text."""
    if not strings:
        return None
    needed = set()
    for string in strings:
        words = [w for w in string.split(_SEP) if w]
        if not words or not all(_WORD_CHARS.fullmatch(w) for w in words):
            return None
        needed.add(max(words, key=len))
    return needed


def _expand(items: list) -> set[str] | None:
    """Every string a sequence of items can match, if that is a small finite set."""
    out = {""}
    for op, av in items:
        options = _expand_item(op, av)
        if options is None:
            return None
        out = {a + b for a in out for b in options}
        if len(out) > _MAX_STRINGS:
            return None
    return out


# The expansions of the items of the pattern being read, by item: the loops of _sequence_needs
# expand the same item once per start position, and this spares most of the start-up time the
# gates cost. Keyed by the identity of the item's argument, which lives as long as the parsed
# pattern (cleared when ``required_words`` is done); the sets are never changed in place.
_EXPANDED: dict[tuple[object, int], set[str] | None] = {}


def _expand_item(op, av) -> set[str] | None:
    key = (op, id(av))
    if key in _EXPANDED:
        return _EXPANDED[key]
    out = _expand_item_uncached(op, av)
    _EXPANDED[key] = out
    return out


def _expand_item_uncached(op, av) -> set[str] | None:
    if _non_word_char(op, av):
        return {_SEP}
    if op is _c.LITERAL:
        return {chr(av)}
    if op is _c.IN:
        chars = set()
        for sub_op, sub_av in av:
            if sub_op is not _c.LITERAL:
                return None
            chars.add(chr(sub_av))
        return chars
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None
        return _expand(list(sub))
    if op is _c.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            strings = _expand(list(alternative))
            if strings is None:
                return None
            out |= strings
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, high, sub = av
        if len(sub) == 1 and _non_word_char(*sub[0]):
            # \s+, \s*, \s?: some separator characters, or none when it may be absent
            return {_SEP} if low >= 1 else {"", _SEP}
        if low == 0 and high == 1:
            strings = _expand(list(sub))
            return None if strings is None else strings | {""}
        return None
    return None


# ---------------------------------------------------------------------------------------------
# Every whole word a pattern spells out, for the normaliser's word list


def literal_words(pattern: re.Pattern[str]) -> frozenset[str]:
    """The complete words a pattern can match literally, required or optional: "waardeloos" in
    ``\\bzijt\\s+(?:een\\s+)?(?:nul|waardeloos)\\b``. Not a gate (an optional word proves
    nothing about a match); the training tools add these words to the list that cuts
    letter-spaced text back into words."""
    if not isinstance(pattern.pattern, str) or pattern.flags & _UNSAFE_FLAGS:
        return frozenset()
    try:
        return frozenset(_sequence_words(list(_sre_parse.parse(pattern.pattern, pattern.flags))))
    finally:
        _EXPANDED.clear()


def _sequence_words(items: list, left: bool = False, right: bool = False) -> set[str]:
    """Words between two guards of this sequence; an optional item (``(?:een\\s+)?``) with a
    non-word character at its edge lets the guard beyond it count."""
    n = len(items)
    before = [left] * (n + 1)
    for k in range(1, n + 1):
        before[k] = _left_guard(items, k) or (
            _optional(items[k - 1], at_end=True) and before[k - 1]
        )
    after = [right] * (n + 1)
    for k in range(n - 1, -1, -1):
        after[k] = _right_guard(items, k) or (_optional(items[k], at_end=False) and after[k + 1])
    found: set[str] = set()
    for strings in _guarded_stretches(items, before, after):
        for string in strings:
            found.update(w for w in string.split(_SEP) if _WORD_CHARS.fullmatch(w))
    for k, (op, av) in enumerate(items):
        if op is _c.SUBPATTERN and not av[1] and not av[2]:
            found |= _sequence_words(list(av[3]), before[k], after[k + 1])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            once = av[1] == 1
            found |= _sequence_words(list(av[2]), before[k] and once, after[k + 1] and once)
        elif op is _c.BRANCH:
            for alternative in av[1]:
                found |= _sequence_words(list(alternative), before[k], after[k + 1])
    return found


def _optional(item: tuple, *, at_end: bool) -> bool:
    """An item that may be absent and, when present, has a non-word character at its end
    (``at_end``) or start (``(?:een\\s+)?`` ends with one): the guard beyond it counts."""
    op, av = item
    if op not in (_c.MAX_REPEAT, _c.MIN_REPEAT) or av[0] != 0 or not av[2]:
        return False
    sub = av[2]
    return _ends_with_non_word(*sub[-1]) if at_end else _starts_with_non_word(*sub[0])


# ---------------------------------------------------------------------------------------------
# Substrings, for patterns without a word gate


def required_substrings(pattern: re.Pattern[str]) -> frozenset[str]:
    """Literal strings of which every match of ``pattern`` contains at least one; empty when none
    can be proven. For patterns that ``required_words`` cannot gate (``\\bafslank\\w*``: the word
    is not whole), ``any(s in text for s in needs)`` still proves most texts cannot match.

    Conservative in the same way as ``required_words``: flags that change what a literal matches,
    and anything else not understood, yield nothing for that piece."""
    if not isinstance(pattern.pattern, str) or pattern.flags & _UNSAFE_FLAGS:
        return frozenset()
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - re.compile already accepted it
        return frozenset()
    needs = _seq_substrings(list(parsed)) or frozenset()
    # A string that holds another one of the set adds nothing ("thuiswerken" holds "thuiswerk").
    return frozenset(s for s in needs if not any(t != s and t in s for t in needs))


def literal_alternation(strings: Iterable[str]) -> re.Pattern[str]:
    """A pattern that finds any of ``strings`` anywhere in a text (a test of whether the text
    holds one), with shared beginnings written once: "verdien|verdienen|verifieer" as
    "ver(?:dien(?:en)?|ifieer)". The regular expression engine tries a plain alternation's
    branches one by one at every position of the text; so written, one letter rules out a whole
    branch, and the long lists of words the detectors test before a costly search ran about
    twice as fast on the benchmark's comments. It matches a text exactly when
    ``"|".join(map(re.escape, strings))`` does (where a match starts, not how long it is)."""
    trie: dict[str, dict] = {}
    for string in strings:
        node = trie
        for ch in string:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return lazy_compile(emit(trie))


def _substring_rank(strings: frozenset[str]) -> tuple[int, int]:
    # The shortest string decides how often the test passes; fewer strings test faster.
    return (min(len(s) for s in strings), -len(strings))


def _seq_substrings(items: list) -> frozenset[str] | None:
    """The best set of which every match of the sequence contains one (None: none known)."""
    candidates: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        if run:
            candidates.append(frozenset([run]))
            run = ""
        needs = _item_substrings(op, av)
        if needs:
            candidates.append(needs)
    if run:
        candidates.append(frozenset([run]))
    return max(candidates, key=_substring_rank) if candidates else None


def _item_substrings(op, av) -> frozenset[str] | None:
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            return None
        return _seq_substrings(list(sub))
    if op is _c.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            needs = _seq_substrings(list(alternative))
            if not needs:
                return None
            union |= needs
        return frozenset(union)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
        return _seq_substrings(list(av[2]))
    if op is _c.IN and av and all(sub_op is _c.LITERAL for sub_op, _ in av):
        return frozenset(chr(sub_av) for _, sub_av in av)
    return None
