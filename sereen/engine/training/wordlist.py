"""Write the word list the normaliser uses to cut letter-spaced text back into words.

``python -m sereen.engine.training.wordlist`` collects every word of the corpus templates and slot
lists (``corpus/templates.tsv`` and the fills in ``corpus/generate.py``, not the noisy generated
comments), every word
of the engine's lexicons (with the plural forms the detectors match), every whole word the
detectors' patterns spell out (``gate.literal_words``: "waardeloos" in "ge zijt (een) waardeloos")
and a list of common Dutch and Flemish function words, and writes them, sorted, to ``data/lexicons/segment_words.txt``.

Someone who writes "j e b e n t e e n i d i o o t" loses the word boundaries; the normaliser joins
the letters and then splits "jebenteenidioot" into the fewest known words ("je bent een idioot").
Only the vocabulary is taken from the corpus, never a label, so the list adds no knowledge of what
is abusive beyond what the lexicons already hold. The same inputs always give the same file; a
test checks the committed file is current.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from sereen.engine.corpus import generate
from sereen.engine.detectors import flooding, gate, hate, insult, personal_data, spam, threat
from sereen.engine.detectors.base import FUNCTION_WORDS, plural_forms
from sereen.engine.lazy_pattern import is_pattern

LEXICONS = Path(__file__).resolve().parent.parent / "data" / "lexicons"
OUT = LEXICONS / "segment_words.txt"
# Lexicons whose nouns the detectors match in their plural forms as well.
_PLURAL_LEXICONS = {"insult_strong", "insult_mild", "hate_groups", "hate_slurs", "person_nouns"}
_WORD = re.compile(r"[a-z]+")
_SLOT = re.compile(r"\{[A-Z_]+\}")
_SLOT_LISTS = (
    generate.PERSONS,
    generate.PERSONS_BARE,
    generate.NAMES,
    generate.TOPICS,
    generate.PLACES,
    generate.DAYS,
    generate.INSULTS,
    generate.ADJECTIVES,
    generate.GROUPS,
    generate.GROUPS_SG,
    generate.SLURS,
    generate.SLURS_SG,
    generate.CURSES,
    generate.MONEY,
)

_MAX_LEN = 24
_DETECTOR_MODULES = (hate, insult, threat, spam, personal_data, flooding)


def _patterns(value: object, depth: int = 0) -> list[re.Pattern[str]]:
    """The compiled patterns in a module-level value: a pattern, or one nested in tuples, lists
    and dicts (the detectors keep them as ``(pattern, weight, note)`` tables)."""
    if is_pattern(value):
        return [value]
    if isinstance(value, gate.Alternation):
        return [value.whole]  # a pattern searched alternative by alternative (``split_search``)
    if depth < 4 and isinstance(value, dict):
        value = list(value.values())
    if depth < 4 and isinstance(value, list | tuple | set | frozenset):
        return [p for item in value for p in _patterns(item, depth + 1)]
    return []


def detector_words() -> set[str]:
    """The whole words the detectors' patterns spell out: without them a letter-spaced
    "w a a r d e l o o s" stays one glued run the patterns cannot see."""
    words: set[str] = set()
    for module in _DETECTOR_MODULES:
        for value in vars(module).values():
            for pattern in _patterns(value):
                # patterns on the folded text spell in lower case; the others read the original
                words.update(w for w in gate.literal_words(pattern) if w.islower())
    return words


def collect() -> list[str]:
    """The sorted, deduplicated word list."""
    words: set[str] = set(FUNCTION_WORDS)
    # The hand-written templates and the slot fills, not the generated comments: their random
    # typos ("teen" for "tegen") would become words and cut "jebenteenidioot" wrongly.
    for template in generate.read_templates():
        words.update(_WORD.findall(_SLOT.sub(" ", template.text).casefold()))
    for fills in _SLOT_LISTS:
        for fill in fills:
            parts = fill if isinstance(fill, tuple) else (fill,)
            for part in parts:
                words.update(_WORD.findall(part.casefold()))
    # the Flemish spellings the generator's noise puts in ("nie", "da", "ne keer", "ge", "keiveel")
    for _standard, flemish in generate._FLEMISH:
        words.update(flemish.split())
    words.update(detector_words())
    for path in sorted(LEXICONS.glob("*.txt")):
        # (the typo lists hold slips and real words one slip away, not words comments are cut into)
        if path.name == OUT.name or path.name.startswith("typo_"):
            continue
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.split("#", 1)[0].strip().casefold()
            if not line:
                continue
            parts = line.rsplit(" ", 1)
            if len(parts) == 2 and len(parts[1]) == 1 and parts[1] in "smaw":
                line = parts[0]
            for word in _WORD.findall(line):
                words.add(word)
                if path.stem in _PLURAL_LEXICONS:
                    words.update(plural_forms(word))
    return sorted(w for w in words if 2 <= len(w) <= _MAX_LEN and w.isalpha() and w.isascii())


def render(words: list[str]) -> str:
    header = (
        "# Generated by `python -m sereen.engine.training.wordlist`; do not edit by hand.\n"
        '# Known words for cutting letter-spaced text ("j e b e n t ...") back into words.\n'
    )
    return header + "\n".join(words) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the normaliser's segmentation word list.")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    words = collect()
    args.out.write_text(render(words), encoding="utf-8")
    sys.stdout.write(f"wrote {args.out} ({len(words)} words)\n")
    # The patterns' word gates, derived from the same patterns: stored so start-up need not
    # work them out (see ``gate.required_words``).
    gate.GATE_CACHE.write_text(gate.render_gate_cache(), encoding="utf-8")
    sys.stdout.write(f"wrote {gate.GATE_CACHE} ({len(gate.ASKED)} patterns)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
