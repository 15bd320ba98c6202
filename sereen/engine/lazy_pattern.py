"""Regular expressions compiled the first time they are used, not when the engine is imported.

The detectors hold some 800 patterns; compiling them all cost about two thirds of the command
line's start-up, while a typical comment needs only the few whose words it holds (the rest are
skipped by their gates, see ``detectors.gate``). ``lazy_compile`` returns a stand-in that knows
the pattern's text, flags and number of groups (what the gates read at import) and compiles on
the first search; after that every method is the compiled pattern's own, with no extra step.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["LazyPattern", "is_pattern", "lazy_compile"]

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
# The letters of a global inline flag group at the very start of a pattern: "(?i)", "(?ax)".
_INLINE_FLAGS = {
    "a": re.ASCII,
    "i": re.IGNORECASE,
    "L": re.LOCALE,
    "m": re.MULTILINE,
    "s": re.DOTALL,
    "u": re.UNICODE,
    "x": re.VERBOSE,
}


class LazyPattern:
    """A ``re.Pattern`` that compiles itself on first use; see the module docstring.

    ``pattern``, ``flags`` and ``groups`` are worked out from the text without compiling (the
    tests compare them with ``re.compile`` for every pattern the engine makes)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = int(_compiled_flags(pattern, flags))
        self.groups = _capturing_groups(pattern)
        self._given_flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = re.compile(self.pattern, self._given_flags)
        # From now on the compiled pattern's bound methods are found on the instance itself.
        for name in _METHODS:
            setattr(self, name, getattr(compiled, name))
        self.compiled = lambda: compiled  # type: ignore[method-assign]
        return compiled

    def __getattr__(self, name: str) -> Any:
        # Only called for what the instance lacks: a method before the first compile, or a
        # rarely used attribute of the compiled pattern ("groupindex").
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._given_flags})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyPattern):
            return (self.pattern, self.flags) == (other.pattern, other.flags)
        if isinstance(other, re.Pattern):
            return (self.pattern, self.flags) == (other.pattern, other.flags)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.pattern, self.flags))


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used. A verbose pattern is compiled
    at once: its comments may hold brackets the group count would misread. (A malformed
    pattern fails at its first use; the engine's tests use every one.)"""
    if not isinstance(pattern, str):
        raise TypeError(f"lazy_compile takes a str pattern, not {type(pattern).__name__}")
    lazy = LazyPattern(pattern, flags)
    if lazy.flags & re.VERBOSE:
        return re.compile(pattern, flags)
    return lazy  # type: ignore[return-value]


def is_pattern(value: object) -> bool:
    """Whether ``value`` is a compiled or a lazily compiled pattern."""
    return isinstance(value, re.Pattern | LazyPattern)


def _compiled_flags(pattern: str, flags: int) -> int:
    """The ``flags`` attribute ``re.compile(pattern, flags)`` would have: the given flags, the
    global inline flags the pattern starts with ("(?i)", not the scoped "(?i:...)"), and
    ``re.UNICODE`` unless ASCII matching was asked for."""
    if pattern.startswith("(?"):
        end = 2
        inline = 0
        while end < len(pattern) and pattern[end] in _INLINE_FLAGS:
            inline |= _INLINE_FLAGS[pattern[end]]
            end += 1
        if pattern.startswith(")", end):
            flags |= inline
    if not flags & re.ASCII:
        flags |= re.UNICODE
    return flags


# What matters for counting groups and splitting alternatives, found in C: an escape, a whole
# character class ("]" right after "[" or "[^" is a member), or a bracket or bar outside both.
STRUCTURE = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|\((?:\?P<|\?)?|[)|]", re.DOTALL)


def _capturing_groups(pattern: str) -> int:
    """How many capturing groups ``pattern`` has: each "(" outside a class and not escaped,
    except the "(?" groups other than a named group "(?P<"."""
    return sum(1 for piece in STRUCTURE.findall(pattern) if piece in ("(", "(?P<"))
