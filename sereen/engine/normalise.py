"""Text normalisation that undoes the usual tricks to slip abuse past a word list.

``normalise(text)`` returns a :class:`NormalisedText` with the original text and several views of it:

``plain``
    NFKC, zero-width characters removed, casefolded, whitespace collapsed. Digits, ``@``, ``.`` and
    ``/`` are untouched, so personal-data and link detectors read this form.
``folded``
    ``plain`` plus every evasion undone: homoglyphs (Cyrillic, Greek, mathematical and
    enclosed letters), diacritics, emoji used as letters, letters split by spaces or punctuation
    (``k u t``, ``k.u.t``), leetspeak inside words (``k4nk3r``) and letters repeated three or more
    times squeezed to two (Dutch spells many words with double letters, so two are kept). The
    classifier and the lexical detectors read this form.
``tokens``
    The words of ``folded`` (runs of letters and digits; ``*`` is kept inside a word, because
    ``k*t`` is a masked word, not two words).

The function is pure and deterministic; it keeps no state between calls. The API (field names and
the function signature) is a contract with the classifier, so only ever add fields.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache, partial

__all__ = ["FUNCTION_WORDS", "NormalisedText", "normalise", "segment", "squeeze_doubles"]


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """One comment in the forms the detectors need. Build it with :func:`normalise`."""

    original: str
    plain: str  # NFKC + casefold + zero-width removed + whitespace collapsed
    folded: str  # all evasions undone; what the classifier and lexicons read
    tokens: tuple[str, ...]  # words of ``folded``
    upper_ratio: float  # share of uppercase among the letters of the original (0 when no letters)
    letter_count: int  # letters in the original
    obfuscated: bool  # True when undoing an evasion changed a word (beyond case and diacritics)


# Zero-width and invisible formatting characters, soft hyphen, variation selectors, the combining
# keycap and the combining enclosing marks that turn a letter into an "emoji letter".
_INVISIBLE = dict.fromkeys(
    [
        *range(0x200B, 0x2010),  # zero-width space/joiners, LRM/RLM
        *range(0x202A, 0x202F),  # bidi embedding controls
        *range(0x2060, 0x2065),  # word joiner, invisible operators
        *range(0x2066, 0x2070),  # bidi isolates, deprecated format chars
        0xFEFF,
        0x00AD,
        0x034F,
        0x180E,
        0x115F,
        0x1160,
        0x3164,
        0xFFA0,
        *range(0xFE00, 0xFE10),  # variation selectors (VS16 turns "0" into an emoji keycap)
        0x20E3,  # combining enclosing keycap
        0x20DD,
        0x20DE,
        0x20DF,
        0x20E0,
        *range(0xE0020, 0xE0080),  # tag characters (emoji flags of regions)
    ]
)

# Letters that look like Latin ones. NFKC already folds mathematical, fullwidth, circled and
# squared letters; these scripts are not folded by NFKC.
_HOMOGLYPHS = {
    # the florin sign is an "f" ("ƒlikkers")
    "ƒ": "f",
    # the kra is a "k" ("ĸutzak")
    "ĸ": "k",
    # Cyrillic (lowercase; text is casefolded before this table applies)
    "а": "a",
    "б": "b",
    "в": "b",
    "г": "r",
    "д": "d",
    "е": "e",
    "ё": "e",
    "з": "3",
    "и": "u",
    "й": "u",
    "к": "k",
    "л": "n",
    "м": "m",
    "н": "h",
    "о": "o",
    "п": "n",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "ф": "f",
    "х": "x",
    "ц": "u",
    "ч": "4",
    "ш": "w",
    "щ": "w",
    "ъ": "b",
    "ы": "bi",
    "ь": "b",
    "э": "e",
    "ю": "io",
    "я": "r",
    "і": "i",
    "ї": "i",
    "ј": "j",
    "ѕ": "s",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
    "ӏ": "l",
    "һ": "h",
    "ү": "y",
    "ҝ": "k",
    "ґ": "r",
    "є": "e",
    # Greek
    "α": "a",
    "ά": "a",
    "β": "b",
    "γ": "y",
    "δ": "d",
    "ε": "e",
    "έ": "e",
    "ζ": "z",
    "η": "n",
    "ή": "n",
    "θ": "o",
    "ι": "i",
    "ί": "i",
    "ϊ": "i",
    "κ": "k",
    "λ": "l",
    "μ": "u",
    "ν": "v",
    "ξ": "e",
    "ο": "o",
    "ό": "o",
    "π": "n",
    "ρ": "p",
    "σ": "o",
    "ς": "c",
    "τ": "t",
    "υ": "u",
    "ύ": "u",
    "φ": "f",
    "χ": "x",
    "ψ": "y",
    "ω": "w",
    "ώ": "w",
    # Latin look-alikes and IPA
    "ı": "i",
    "ɩ": "i",
    "ɡ": "g",
    "ɑ": "a",
    "ɐ": "a",
    "ɛ": "e",
    "ɔ": "o",
    "ʀ": "r",
    "ʏ": "y",
    "ɪ": "i",
    "ʟ": "l",
    "ɴ": "n",
    "ᴀ": "a",
    "ʙ": "b",
    "ᴄ": "c",
    "ᴅ": "d",
    "ᴇ": "e",
    "ꜰ": "f",
    "ʜ": "h",
    "ᴊ": "j",
    "ᴋ": "k",
    "ᴍ": "m",
    "ᴏ": "o",
    "ᴘ": "p",
    "ꞯ": "q",
    "ꜱ": "s",
    "ᴛ": "t",
    "ᴜ": "u",
    "ᴠ": "v",
    "ᴡ": "w",
    "ᴢ": "z",
    "ø": "o",
    "đ": "d",
    "ħ": "h",
    "ł": "l",
    "ß": "ss",
    "æ": "ae",
    "œ": "oe",
    "þ": "th",
    # Latin letters with a hook or a stroke, which no decomposition takes back to their letter
    # ("ƙŀøøŧƶαƙ"); the middle dot that NFKC leaves of "ŀ" goes with them.
    **dict(
        zip(
            "ƀƃɓƈȼɗƌɖɇƒɠǥɦɨɉƙꝁƚɫɬɱɲƞɵƥʠɍɽʂȿŧƭʈƫʉʋⱳɏƴƶȥʐɀ",
            "bbbccdddefgghijkklllmnnopqrrssttttuvwyyzzzz",
            strict=True,
        )
    ),
    "·": "",
    # Emoji and symbols used as letters
    "🅰": "a",
    "🅱": "b",
    "🅾": "o",
    "🅿": "p",
    "🆎": "ab",
    "🆑": "cl",
    "🆘": "sos",
    "⭕": "o",
    "⚪": "o",
    "⚫": "o",
    "🔴": "o",
    "🔵": "o",
    "❌": "x",
    "❎": "x",
    "✖": "x",
    "❗": "i",
    "❕": "i",
    "ℹ": "i",
    "💲": "s",
    "©": "c",
    "®": "r",
    "〇": "o",
    "∪": "u",
    "∩": "n",
}
# Negative circled and negative squared capital letters (🅐, 🅰 ...) and regional indicators (🇦).
for _offset in range(26):
    _HOMOGLYPHS[chr(0x1F150 + _offset)] = chr(0x61 + _offset)
    _HOMOGLYPHS[chr(0x1F170 + _offset)] = chr(0x61 + _offset)
    _HOMOGLYPHS[chr(0x1F1E6 + _offset)] = chr(0x61 + _offset)
    _HOMOGLYPHS[chr(0x1F130 + _offset)] = chr(0x61 + _offset)
_HOMOGLYPH_TABLE = str.maketrans(_HOMOGLYPHS)
# The look-alike letters that stand for one Latin letter each, for reading web addresses spelt
# with them ("kbс-bеvеіlіgіng.be" with a Cyrillic "с", "е" and "і"): one character for one, so a
# match in the read text has the same place in the text as written.
LOOKALIKE_LETTERS = str.maketrans(
    {k: v for k, v in _HOMOGLYPHS.items() if len(v) == 1 and v.isascii() and v.isalpha()}
)

# Leetspeak, only applied inside a word that also has real letters (so "3 keer" and "112" stay).
_LEET = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "8": "b",
    "9": "g",
    "@": "a",
    "$": "s",
    "€": "e",
    "!": "i",
    "|": "l",
    "+": "t",
    "£": "l",
}
_LEET_TABLE = str.maketrans(_LEET)
_LEET_CHARS = "".join(re.escape(c) for c in _LEET)
# A word of letters mixed with leet characters: at least one letter, at least one leet character.
_LEET_WORD = re.compile(
    rf"(?<![\w{_LEET_CHARS}])(?=[\w{_LEET_CHARS}]*[a-z])(?=[\w{_LEET_CHARS}]*[{_LEET_CHARS}])"
    rf"[\w{_LEET_CHARS}]*[a-z][\w{_LEET_CHARS}]*|"
    rf"(?<![\w{_LEET_CHARS}])[{_LEET_CHARS}]+[a-z][\w{_LEET_CHARS}]*"
)
_ANY_LEET = re.compile(f"[{_LEET_CHARS}]")
# Where undoing leetspeak can change anything. A leet word keeps a trailing run of "!" and, out of
# leet mode, a leading "@" (a mention), so a text whose only leet characters are such "!" and "@"
# ("waar!!!", "@jan") comes out of _LEET_WORD unchanged. This finds any other leet character:
# a digit (also the harmless 2 and 6, which is only a wasted rewrite), "$€|+£", a "!" with a word
# or leet character after it, and an "@" after one (leet mode needs one of these too).
_LEET_TO_UNDO = re.compile(r"[0-9$€|+£]|!+[\w@$€|+£]|[\w@$€!|+£]@")
# Trailing "!" is punctuation, not an "i": "idioot!!!" must stay "idioot".
_TRAILING_BANG = re.compile(r"[!]+$")

# Three or more single characters separated by spaces or punctuation: "k u t", "k.u.t", "k-u-t".
_SEP = r"[\s.\-_·•,/\\~:;+]+"
_SINGLE = r"[a-z0-9@$€!|]"
_SPLIT_RUN = re.compile(rf"(?<![\w@$€!|]){_SINGLE}(?:{_SEP}{_SINGLE}(?![\w@$€]))" r"{2,}")
_SPLIT_SEP = re.compile(_SEP)
# What every match of _SPLIT_RUN holds at least twice: a separator, then a single character that
# no word character follows. Starting with a class, this search runs far faster than
# _SPLIT_RUN (which starts with a look-behind) and fails on nearly every comment.
_SPLIT_HINT = re.compile(rf"[\s.\-_·•,/\\~:;+]{_SINGLE}(?![\w@$€])")

_REPEATS = re.compile(r"([^\W\d_])\1{2,}")
_REPEAT_PUNCT = re.compile(r"([!?.])\1{3,}")
_WS = re.compile(r"\s+")
_TOKEN = re.compile(r"[^\W_]+(?:\*+[^\W_]+)*\**|\*+[^\W_]+")
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _strip_diacritics(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _COMBINING.sub("", decomposed))


_WIDE_GAP = re.compile(r"\s{2,}|\s*[/|]\s*|\s+[-–]\s+")
# In a run of single letters: a separator without a space between two letters ("j.e", "k-u-t"),
# and one that is only spaces after a dot or hyphen ("j.e b.e.n.t": the dot belongs to the word).
_SPLIT_INSIDE = re.compile(rf"{_SINGLE}[.\-_·•]+{_SINGLE}")
_SPLIT_BETWEEN = re.compile(rf"{_SINGLE}[.,;:!?]*\s+{_SINGLE}")


def _join_split(match: re.Match[str]) -> str:
    run = match.group(0)
    letters = _SPLIT_SEP.sub("", run)
    # "1 2 3" or "5 - 3" are numbers, not a hidden word: need at least two real letters.
    if sum(ch.isalpha() for ch in letters) < 2:
        return run
    if _SPLIT_INSIDE.search(run) and _SPLIT_BETWEEN.search(run):
        # Letters joined by dots or hyphens, words parted by spaces ("j.e b.e.n.t e.e.n
        # s.u.k.k.e.l"): the spaces are where the writer's words end, each written whole
        # (not cut again: "k.e.r.k.s.t.r.a.a.t" is the one word the writer meant).
        return _spelt_words(_WS.split(run))
    # A wider gap between groups of letters ("j e  b e n t") marks the word boundaries; where
    # even the narrowest gap is wide ("i  d  i  o  o  t"), only a wider one does.
    gaps = [len(gap) for gap in _WS.findall(run)]
    narrowest = min(gaps, default=1)
    wide_gap = _WIDE_GAP if narrowest <= 1 else _wider_gap(narrowest)
    raw_groups = wide_gap.split(run)
    groups = [g for g in (_SPLIT_SEP.sub("", g) for g in raw_groups) if g]
    if len(groups) > 1 and any(gap > narrowest for gap in gaps):
        # Each group is a word as the writer wrote it (cut again, an unknown name or compound
        # would fall into known scraps: "zottegem" into "zotte ge m").
        return _spelt_words(raw_groups)
    if len(groups) > 1:  # parted only by "/" or " - ": each part may hold several words
        return " ".join(segment(g) for g in groups)
    if letters.startswith("@") and letters[1:].isalpha():
        # "@ t o m _ c l a e s i k k o m ...": a mention spelt out with the rest, cut into
        # words after the "@" (where the handle ends is a guess: "@tom claes ik kom"); an "@"
        # further on may be a letter ("k @ n k e r")
        return "@" + segment(letters[1:])
    return segment(letters)


@lru_cache(maxsize=8)
def _wider_gap(narrowest: int) -> re.Pattern[str]:
    return re.compile(rf"\s{{{narrowest + 1},}}|\s*[/|]\s*|\s+[-–]\s+")


# The punctuation that ends a spelt-out word ("s t e l e n :  k o m", "v.u.i.l.k.a.r., z.e"): kept,
# since a comma or a colon tells where a clause ends ("wie denkt dat ...: kom eens kijken").
_SPELT_WORD_END = re.compile(r"([,;:])[^\w]*$")


def _spelt_words(raw_groups: list[str]) -> str:
    """The words of a letter-spaced text, one per group of letters, each as the writer wrote it
    with the comma, semicolon or colon that ended it. Three or more one-letter groups in a row
    are a word spaced wider than the rest ("e e n  i  d  i  o  o  t": "een", "idioot"; cut into
    words if it is several); no Dutch sentence has three one-letter words in a row."""
    out: list[str] = []
    singles: list[str] = []

    def flush() -> None:
        if len(singles) >= 3:
            out.append(segment("".join(singles)))
        else:
            out.extend(singles)
        singles.clear()

    for raw in raw_groups:
        word = _SPLIT_SEP.sub("", raw)
        if not word:
            continue
        end = _SPELT_WORD_END.search(raw)
        if len(word) == 1:
            singles.append(word)
            if end is None:
                continue
            flush()
        else:
            flush()
            out.append(word)
        if end is not None:
            out[-1] += end.group(1)
    flush()
    return " ".join(out)


# Words glued together by dots or underscores instead of spaces ("ik.ga.je.kapotmaken",
# "jij_bent_een_sukkel") and a word cut by an underscore ("tru_t"). A dot needs three pieces
# (two are an ordinary sentence end without a space: "goed.ik"); web addresses, e-mail addresses
# and mentions are left alone.
_GLUED_RUN = re.compile(
    r"(?<![\w@./])[a-z]+(?:_[a-z]+)+(?![\w@]|\.\w)|(?<![\w@./])[a-z]+(?:\.[a-z]+){2,}(?![\w@]|\.\w)"
)
# Every match of _GLUED_RUN holds a letter, "." or "_", and a letter.
_GLUED_HINT = re.compile(r"[a-z][._][a-z]")
_NOT_GLUED = frozenset(
    ["www", "http", "https", "be", "nl", "com", "org", "net", "eu", "info", "io"]
)


def _unglue(match: re.Match[str]) -> str:
    run = match.group(0)
    pieces = re.split(r"[._]", run)
    if any(p in _NOT_GLUED for p in pieces):
        return run
    words = _segment_words()
    joined = "".join(pieces)
    if joined in words:
        return joined  # "tru_t" -> "trut"
    if len(pieces) >= 3 or all(p in words for p in pieces):
        return " ".join(pieces)  # "ik.ga.je.kapotmaken": the separators are the spaces
    return run


# A name-calling word cut once by a dot, a hyphen or an added star ("ei.kel", "tr*ut"): joined only
# when the whole is such a word, so "goed.ik", "OCMW-voorzitter" and web addresses stay as they are.
_CUT_WORD = re.compile(r"(?<![\w@./*-])([a-z]{1,12})[.*-]([a-z]{1,12})(?![\w@*]|[.-]\w)")
_CUT_HINT = re.compile(r"[a-z][.*-][a-z]")
_ABUSIVE_LEXICONS = ("insult_strong", "insult_mild", "insult_adjectives", "hate_slurs")


@lru_cache(maxsize=1)
def _abusive_words() -> frozenset[str]:
    """The one-word entries of the name-calling lexicons, as the detectors read them."""
    # (imported here: the detectors' module imports this one)
    from sereen.engine.detectors.base import word_set

    return frozenset(
        term for name in _ABUSIVE_LEXICONS for term in word_set(name) if term.isalpha()
    )


def _uncut(match: re.Match[str]) -> str:
    joined = match.group(1) + match.group(2)
    words = _abusive_words()
    if (
        joined in words
        or (joined.endswith("s") and joined[:-1] in words)
        or (joined.endswith("en") and joined[:-2] in words)
    ):
        return joined
    return match.group(0)


# Short words the corpus may miss, and Flemish forms: the glue of any sentence.
_FUNCTION_WORDS_TEXT = """
aan al alle allemaal alles als bent ben bij da daar dan dat de den der des deze die dien dit
doe doen door dus een eens en er ge gaan gaat ga geen gij had heb hebt heeft hem hen het hier
hij hoe hou houd hun ik in is ja je jij jou jouw jullie kan kunt maar me mee men mij mijn moet
na naar ne nen niet niets nie niks nog nu of om onder ons onze ook op over te tegen toch tot u uw van
veel voor waar wat we wel wie wij wil zal ze zeg zij zijn zijt zo zou zonder zoals zelf echt
gewoon eigenlijk allee awel manneke nee neen oei amai goe nie ni da's tis dees gulder ulder
julle zijde zedde sorry ok oke haha lol
"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())

_SEGMENT_MIN = 7  # shorter runs are one word ("kut", "idioot") or an abbreviation ("ocmw")
_MAX_WORD = 24
_GLUE_COST = 0.99  # never enough to prefer more pieces (100 glue words cost one more word)
_UNKNOWN_COST = 4.0  # per letter that is in no known word: only a last resort
_MOST_READ = 4  # a cut is kept when at most a quarter of its letters are in no known word


@lru_cache(maxsize=1)
def _segment_words() -> frozenset[str]:
    from importlib import resources

    text = (
        resources.files("sereen.engine")
        .joinpath("data", "lexicons", "segment_words.txt")
        .read_text(encoding="utf-8")
    )
    return frozenset(w for w in text.split() if not w.startswith("#") and w.isalpha())


@lru_cache(maxsize=4096)
def segment(letters: str) -> str:
    """Cut a run of letters that lost its spaces ("jebenteenidioot") into the fewest known words
    ("je bent een idioot"), preferring glue words (``FUNCTION_WORDS``) among cuts into as many
    words. Runs that are a word already, are short, or cannot be cut into known words (names,
    abbreviations) come back unchanged. Deterministic: ties go to the longer last word."""
    if len(letters) < _SEGMENT_MIN or not letters.isalpha():
        return letters
    words = _segment_words()
    if letters in words:
        return letters
    n = len(letters)
    inf = float("inf")
    cost = [0.0] + [inf] * n
    back = [0] * (n + 1)
    for end in range(1, n + 1):
        for start in range(max(0, end - _MAX_WORD), end):
            if cost[start] == inf:
                continue
            piece = letters[start:end]
            if piece in words:
                # Among cuts into as many words, the one with more glue words reads as meant:
                # "ikhebnietstegen" is "niets tegen", not "niet stegen".
                c = cost[start] + (_GLUE_COST if piece in FUNCTION_WORDS else 1.0)
            elif end - start == 1:
                c = cost[start] + _UNKNOWN_COST
            else:
                continue
            if c < cost[end] or (c == cost[end] and start < back[end]):
                cost[end] = c
                back[end] = start
    pieces = []
    end = n
    while end > 0:
        start = back[end]
        pieces.append(letters[start:end])
        end = start
    pieces.reverse()
    # Letters in no known word (a name, a dialect word, a typing error) stay together as one
    # unknown word between the known ones, as long as most of the text was read.
    # (Not where letters are stretched: "truuuuut" is one word, read back later, not scraps.)
    unknown = sum(len(p) for p in pieces if p not in words)
    if unknown and (unknown * _MOST_READ > len(letters) or _REPEATS.search(letters)):
        return letters
    read: list[str] = []
    stray = ""
    for piece in [*pieces, ""]:
        if piece and piece not in words:
            stray += piece
            continue
        if stray:
            read.append(stray)
            stray = ""
        if piece:
            read.append(piece)
    return " ".join(read)


_ORDINAL = re.compile(
    r"^\d+(?:x|de|ste|e|ste|ker|tal|jes?|en|er|ers|pk|kg|km|cm|mm|m|u|h|min|sec|gb|mb|g|d|k|l|ml|cl|dl|st|nd|rd|th)$"
)


# A leet character between two letters ("v3rmoorden", "kl00tzak", "w@@r"): the writer is
# spelling in leetspeak, so the short and ambiguous words of the same comment ("1k", "j3", "d13")
# are leetspeak too.
_CLEAR_LEET = re.compile(r"[a-z][0134578@$€|]+[a-z]")


def _unleet(match: re.Match[str], *, leet_mode: bool = False) -> str:
    word = match.group(0)
    tail = ""
    bang = _TRAILING_BANG.search(word)
    if bang:
        # Trailing "!" is punctuation ("idioot!!"), not an "i".
        tail = bang.group(0)
        word = word[: bang.start()]
    # In a leetspeak comment "@f" and "@s13lz03k3rs" are words with an "a", not mentions; a
    # handle with an underscore is a mention even there ("@@nn3l13s_m": "@annelies_m").
    if word.startswith("@") and not (
        leet_mode and "_" not in word and (len(word) <= 3 or _CLEAR_LEET.search(word[1:]))
    ):
        # A mention (@burgemeester) keeps its handle apart from the leet folding of the rest.
        return "@" + _unleet_word(word[1:], leet_mode=leet_mode) + tail
    return _unleet_word(word, leet_mode=leet_mode) + tail


def _unleet_word(word: str, *, leet_mode: bool = False) -> str:
    if not word:
        return word
    if not leet_mode:
        if _ORDINAL.match(word):
            return word  # "2de", "4x", "10km": counts and ordinals, not leetspeak
        # Digits only at the end ("e40", "covid19", "mp3", "a4") are names of things.
        stripped = word.rstrip("0123456789")
        if stripped != word and not any(ch in _LEET for ch in stripped):
            return word
    return word.translate(_LEET_TABLE)


# Emoji and pictographs. In the folded form they move to the end of the text, so "ik 🤬 ga je
# vermoorden" reads as the sentence it is; the classifier still sees them as tokens.
_PICTOGRAPH = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\u2190-\u21ff]"
)


# A row of pictographs and the one whitespace character before it, if any.
_PICTOGRAPH_RUN = re.compile(f"(\\s?){_PICTOGRAPH.pattern}+")


def _without_pictographs(match: re.Match[str]) -> str:
    """What a row of pictographs leaves: nothing beside a space or an end, so the other gaps
    keep their width ("g o e  g e d a a n  🙏": the wider gaps of letter-spaced text are where
    its words end); a space between two letters ("kl🤬tzak": two pieces, as always)."""
    text = match.string
    end = match.end()
    space_after = end == len(text) or text[end].isspace()
    if match.group(1):
        return "" if space_after else match.group(1)
    return "" if space_after or match.start() == 0 else " "


def _move_pictographs(text: str) -> str:
    found = _PICTOGRAPH.findall(text)
    if not found:
        return text
    rest = _PICTOGRAPH_RUN.sub(_without_pictographs, text).strip()
    return (rest + " " + "".join(found)).strip()


# A word with a letter stretched three or more times ("burgemeesteeeer", "vermoordeeeen").
_STRETCHED_WORD = re.compile(r"[^\W\d_]*([^\W\d_])\1{2,}[^\W\d_]*")


def _unstretch(match: re.Match[str]) -> str:
    """Squeeze each stretched run to two letters (Dutch doubles its vowels), or to one where
    only that spelling is a known word ("burgemeesteeeer" -> "burgemeester"); a known word stays
    as it is, and a word no list knows is squeezed as Dutch spells (``_squeezed_run``)."""
    word = match.group(0)
    words = _segment_words()
    if word in words:
        return word  # "moskeeen", "ideeen": a diaeresis taken off, nothing stretched
    two = _REPEATS.sub(r"\1\1", word)
    if two in words:
        return two
    one = _REPEATS.sub(r"\1", word)
    if one in words:
        return one
    if repair_typo(two) is not None:
        return two  # "gweeer": "gweer", a typing error read back later ("geweer")
    # Neither is a known word (a name, a rarer word): squeezed by how Dutch spells.
    return _REPEATS.sub(_squeezed_run, word)


# What may follow the last vowel of a word when that vowel is an unstressed "e" ("culturele",
# "gevolgen", "kortzichtige", "mooier", "onbekends").
_UNSTRESSED_ENDING = frozenset(["", "n", "r", "l", "s", "t", "nd", "ns", "rs", "ls", "nde"])


def _squeezed_run(match: re.Match[str]) -> str:
    """One stretched run of a word no list knows, squeezed: Dutch writes no "ii", and an "e"
    before only an ending's letters is the unstressed one; other vowels and consonants keep
    two ("staat", "boos", "vuur", "alles")."""
    letter = match.group(1)
    rest = match.string[match.end() :]
    if letter == "i" or (letter == "e" and rest in _UNSTRESSED_ENDING):
        return letter
    return letter * 2


def squeeze_doubles(word: str) -> str:
    """Collapse every run of a repeated character to one: the skeleton lexicons match on.

    ``klootzak``, ``kloootzak`` and ``klotzak`` share the skeleton ``klotzak``.
    """
    return _squeeze(word)


@lru_cache(maxsize=8192)
def _squeeze(word: str) -> str:
    out = []
    prev = ""
    for ch in word:
        if ch != prev:
            out.append(ch)
        prev = ch
    return "".join(out)


# Typing errors in the words abuse is written with: two letters swapped ("idoiot", "Blegen"),
# one letter dropped ("paraiet", "omvoking"), or a word glued to the next ("nikkerals"). A word of
# the comment that is in no known word list and is such a slip of exactly one word of these
# lexicons or of the detectors' patterns is read as that word, so the comment gets the decision
# its correct spelling gets. Real Dutch words that are one slip away ("debiet" from "debiel",
# "varen" from "varken", "damn" from "damen") are never changed: ``data/lexicons/
# typo_real_words.txt`` lists them (``python -m sereen.engine.training.typos`` writes it with the
# Dutch and English hunspell dictionaries).
TYPO_LEXICONS = (
    "insult_strong",
    "insult_mild",
    "insult_adjectives",
    "hate_slurs",
    "hate_dehumanising",
    "hate_groups",
    "hate_dogwhistles",
    "threat_verbs",
)
_TYPO_PLURAL_LEXICONS = frozenset({"insult_strong", "insult_mild", "hate_slurs", "hate_groups"})
# Shorter words have too many neighbours ("kut", "aap"); a four-letter word is only read back
# from two letters swapped ("turt"), a longer one from a letter dropped too ("eiel", "zwjn").
TYPO_MIN = 4
_GLUE_MIN = 7
# Glue words a word of abuse may be stuck to: before it ("eenidioot", "diemoslims") and after it
# ("nikkerals", "omvolkinggaat"); only the short words of any sentence are glue.
GLUE_BEFORE = frozenset(w for w in FUNCTION_WORDS if len(w) >= 2 and w.isalpha())
GLUE_AFTER = frozenset(w for w in FUNCTION_WORDS if len(w) >= 3 and w.isalpha())


@lru_cache(maxsize=1)
def lexicon_targets() -> frozenset[str]:
    """The one-word entries of ``TYPO_LEXICONS`` of at least ``TYPO_MIN`` letters, nouns with
    their plural forms."""
    from sereen.engine.detectors.base import plural_forms, word_set

    out: set[str] = set()
    for name in TYPO_LEXICONS:
        for term in word_set(name):
            if term.isalpha():
                forms = plural_forms(term) if name in _TYPO_PLURAL_LEXICONS else {term}
                out.update(f for f in forms if len(f) >= TYPO_MIN)
    return frozenset(out)


@lru_cache(maxsize=1)
def repair_targets() -> frozenset[str]:
    """The words a typing error is read back to: ``lexicon_targets`` and the longer words the
    detectors' patterns spell out ("gebeurde", "kapot", "politie"), listed in
    ``data/lexicons/typo_targets.txt``."""
    from sereen.engine.detectors.base import word_set

    return lexicon_targets() | word_set("typo_targets")


def typo_variants(word: str) -> set[str]:
    """``word`` with two neighbouring letters swapped, or one letter dropped from a word longer
    than ``TYPO_MIN`` letters (other than itself)."""
    out = {word[:i] + word[i + 1 :] for i in range(len(word))} if len(word) > TYPO_MIN else set()
    out.update(word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1))
    out.discard(word)
    return {v for v in out if len(v) >= TYPO_MIN}


def glued_variants(word: str) -> set[str]:
    """``word`` glued to a glue word before or after it."""
    return {g + word for g in GLUE_BEFORE} | {word + g for g in GLUE_AFTER}


def _real_words() -> frozenset[str]:
    from sereen.engine.detectors.base import word_set

    return word_set("typo_real_words")


@lru_cache(maxsize=1)
def _typo_map() -> dict[str, str]:
    """Every slip of a target (``typo_variants``) that is no known word, to the one target it
    comes from. A doubled letter typed once is the likeliest slip ("burgemester" is
    "burgemeester", not "burgemeister"); otherwise a slip of two targets is read as neither.

    Built on the first comment with an unknown word; the slips are made here rather than with
    ``typo_variants`` and ``squeeze_doubles`` per slip (the same map, a test compares them, in
    a third of the time: this is part of the command line's start-up)."""
    targets = repair_targets()
    known = _segment_words() | _real_words()
    found: dict[str, tuple[int, str | None]] = {}
    for target in targets:
        for slip, rank in _ranked_slips(target):
            if len(slip) < TYPO_MIN or slip in targets or slip in known:
                continue
            best = found.get(slip)
            if best is None or rank < best[0]:
                found[slip] = (rank, target)
            elif rank == best[0] and best[1] != target:
                found[slip] = (rank, None)
    return {slip: target for slip, (_, target) in found.items() if target is not None}


def _ranked_slips(target: str) -> list[tuple[str, int]]:
    """``typo_variants(target)``, each with rank 0 where it is ``target`` with a doubled letter
    typed once (their ``squeeze_doubles`` are equal), else 1."""
    n = len(target)
    slips: list[tuple[str, int]] = []
    if n > TYPO_MIN:
        prev = ""
        for i, c in enumerate(target):
            if c != prev:  # (dropping the second letter of a double is the same slip)
                doubled = i + 1 < n and target[i + 1] == c
                slips.append((target[:i] + target[i + 1 :], 0 if doubled else 1))
            prev = c
    for i in range(n - 1):
        a, b = target[i], target[i + 1]
        if a != b:
            slip = target[:i] + b + a + target[i + 2 :]
            rank = 1
            # Only a letter of a double moved past its neighbour can leave the skeleton as it was
            # ("roemeenen" -> "roemeneen").
            if (i and target[i - 1] == a) or (i + 2 < n and target[i + 2] == b):
                rank = 0 if squeeze_doubles(slip) == squeeze_doubles(target) else 1
            slips.append((slip, rank))
    return slips


def _unglued(word: str) -> str | None:
    # (only the words of abuse: glued ordinary words are too often a name, "Vandamme")
    targets = lexicon_targets()
    for k in range(2, len(word) - TYPO_MIN + 1):
        if word[:k] in GLUE_BEFORE and word[k:] in targets:
            return word[:k] + " " + word[k:]
        if word[-k:] in GLUE_AFTER and word[:-k] in targets:
            return word[:-k] + " " + word[-k:]
    return None


def repair_typo(word: str) -> str | None:
    """The word of the lexicons ``word`` is a typing error of (two words where it is glued to a
    glue word), or None. Known words and real Dutch or English words are never repaired."""
    if len(word) < TYPO_MIN or not word.isalpha() or word in _segment_words():
        return None
    hit = _typo_map().get(word)
    if hit is not None:
        return hit
    if len(word) >= _GLUE_MIN and word not in _real_words():
        return _unglued(word)
    return None


_ASCII_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_ASCII_LETTERS = _ASCII_UPPER + bytes(range(ord("a"), ord("z") + 1))
_NOT_ASCII_LETTER = bytes(b for b in range(256) if b not in _ASCII_LETTERS)
_NOT_ASCII_UPPER = bytes(b for b in range(256) if b not in _ASCII_UPPER)


def normalise(text: str) -> NormalisedText:
    """Return the normalised views of ``text``; see the module docstring for each view."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, not {type(text).__name__}")
    original = text
    letters = 0
    upper = 0
    if text.isascii():
        nfkc = text
        # Counted in C: deleting every byte that is no letter (no capital) leaves the letters.
        raw = text.encode("ascii")
        letters = len(raw.translate(None, _NOT_ASCII_LETTER))
        upper = len(raw.translate(None, _NOT_ASCII_UPPER)) if letters else 0
    else:
        nfkc = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
        # The letters, and the capitals among them, counted by C loops (filter and map) rather
        # than a Python loop over every character.
        alpha = "".join(filter(str.isalpha, nfkc))
        letters = len(alpha)
        upper = sum(map(str.isupper, alpha))
    lowered = nfkc.casefold()
    # The same as _WS.sub(" ", lowered).strip() (str.split and \s agree on whitespace), faster.
    plain = " ".join(lowered.split())

    # The folded form starts from the text before whitespace is collapsed: a wider gap in
    # letter-spaced text ("j e  b e n t") is where the words were.
    folded = lowered.strip()
    if not folded.isascii():
        folded = _strip_diacritics(folded.translate(_HOMOGLYPH_TABLE))
    # Diacritics and case are not evasions; everything from here on is.
    spaced = folded != plain  # only then can there be whitespace left to collapse
    base = _WS.sub(" ", folded) if spaced else folded
    if not folded.isascii():
        folded = _move_pictographs(folded)
    if _SPLIT_HINT.search(folded):
        folded = _SPLIT_RUN.sub(_join_split, folded)
    if ("_" in folded or "." in folded) and _GLUED_HINT.search(folded):
        folded = _GLUED_RUN.sub(_unglue, folded)
    if ("." in folded or "-" in folded or "*" in folded) and _CUT_HINT.search(folded):
        folded = _CUT_WORD.sub(_uncut, folded)
    if spaced:
        folded = _WS.sub(" ", folded)
    # Every leet word holds a leet character; most comments hold none, and then there is nothing
    # to undo (a class of characters is found far faster than _LEET_WORD fails).
    if _ANY_LEET.search(folded) and _LEET_TO_UNDO.search(folded):
        if _CLEAR_LEET.search(folded):
            folded = _LEET_WORD.sub(partial(_unleet, leet_mode=True), folded)
        else:
            folded = _LEET_WORD.sub(_unleet, folded)
    if _REPEATS.search(folded):
        folded = _STRETCHED_WORD.sub(_unstretch, folded)
    # Four of "!", "?" or "." in a row are needed to shorten; most comments have none.
    if "!!!!" in folded or "????" in folded or "...." in folded:
        folded = _REPEAT_PUNCT.sub(r"\1\1\1", folded)
    tokens = tuple(_TOKEN.findall(folded))
    # Most words are known words: only the others can be a typing error to read back.
    repairs = {
        word: repaired
        for word in frozenset(tokens).difference(_segment_words())
        if (repaired := repair_typo(word)) is not None
    }
    if repairs:
        folded = _TOKEN.sub(lambda m: repairs.get(m.group(0), m.group(0)), folded)
        tokens = tuple(_TOKEN.findall(folded))
    obfuscated = folded != base
    return NormalisedText(
        original=original,
        plain=plain,
        folded=folded,
        tokens=tokens,
        upper_ratio=(upper / letters) if letters else 0.0,
        letter_count=letters,
        obfuscated=obfuscated,
    )
