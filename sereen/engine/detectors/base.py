"""What every detector shares: the signal it returns, lexicon loading and matching, and the cues
(who is addressed, negation, quotation, reported speech) that separate an insult from a mention."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cache, lru_cache
from importlib import resources

from sereen.engine.normalise import FUNCTION_WORDS, NormalisedText, squeeze_doubles
from sereen.engine.policy import RuleKind


@dataclass(frozen=True, slots=True)
class Signal:
    """One piece of evidence that a comment breaks a rule of ``kind``.

    ``score`` is the detector's confidence (0..1) that the comment violates the rule kind; the
    thresholds of the policy turn it into an action in ``decide.py``. ``match`` is the matching
    text as found in ``source`` ("folded" or "plain", see ``normalise``), at ``start:end``.
    """

    kind: RuleKind
    score: float
    detector: str
    match: str
    start: int = -1
    end: int = -1
    source: str = "folded"
    note: str = ""
    targeted: bool = False  # lexical evidence that a person or group is aimed at


@dataclass(frozen=True, slots=True)
class HistoryItem:
    """An earlier comment or decision of the same author (see ``comment.Context``)."""

    at: datetime | None
    rules: tuple[str, ...] = ()
    action: str | None = None
    text: str | None = None


@dataclass(frozen=True, slots=True)
class DetectContext:
    """What detectors may look at besides the text itself."""

    now: datetime | None = None
    history: tuple[HistoryItem, ...] = ()
    parent_text: str = ""
    history_folded: tuple[tuple[datetime | None, str], ...] = field(default=())


# ---------------------------------------------------------------------------------------------
# Lexicons


def _lexicon_lines(name: str) -> list[tuple[str, str]]:
    """(term, marker) pairs of ``data/lexicons/<name>.txt``; ``#`` starts a comment."""
    text = (
        resources.files("sereen.engine")
        .joinpath("data", "lexicons", f"{name}.txt")
        .read_text(encoding="utf-8")
    )
    out: list[tuple[str, str]] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip().lower()
        if not line:
            continue
        parts = line.rsplit(" ", 1)
        if len(parts) == 2 and len(parts[1]) == 1 and parts[1] in "smaw":
            out.append((parts[0].strip(), parts[1]))
        else:
            out.append((line, ""))
    return out


_VOWELS = set("aeiou")


# Ordinary words that the plural rules below would produce from a listed noun ("neger" ->
# "negeren", to ignore): never generated.
# Plural forms that are ordinary words or names: "zaken" (business), "delen" (to share), "koen"
# (a first name), "poten" (legs), "potten" (pots).
_NOT_PLURALS = frozenset(
    ["negeren", "kaken", "zakken", "zaken", "delen", "koen", "poten", "potten", "kopen"]
)
# An "l" written as a capital "I" ("suIs" for "suls") is read back, except where the "i" form is
# itself a word: "keien" (boulders, not "kelen"), "kieren" (cracks, not "klere"), the French
# "suis" ("je suis Wallon", not "suls") and "dei".
_REAL_I_FORMS = frozenset(["keien", "kieren", "suis", "sui", "dei"])


def plural_forms(term: str) -> set[str]:
    """Dutch plural (and diminutive-free) forms of a noun, generously: over-generation is harmless,
    except for the ordinary words in ``_NOT_PLURALS``."""
    return _plural_forms(term) - (_NOT_PLURALS - {term})


def _plural_forms(term: str) -> set[str]:
    forms = {term, term + "s", term + "en"}
    if len(term) >= 3 and term[-1] not in _VOWELS:
        if term[-2] == term[-3] and term[-2] in _VOWELS:  # idioot -> idioten
            forms.add(term[:-2] + term[-1] + "en")
        elif term[-2] in _VOWELS and term[-3] not in _VOWELS:  # trut -> trutten
            forms.add(term + term[-1] + "en")
    if term.endswith("e"):
        forms.add(term + "n")
    return forms


def diminutive_forms(term: str) -> set[str]:
    """Dutch and Flemish diminutives of a singular noun, singular and plural, generously
    ("marokkaan" -> "marokkaantje(s)", "turk" -> "turkske(s)", "jood" -> "joodje(s)"); for names of
    people, where over-generation finds no other word."""
    if len(term) < 4 or " " in term or term.endswith(("en", "s", "e")):
        return set()
    stems = [term]
    if term[-1] not in _VOWELS and term[-2] == term[-3] and term[-2] in _VOWELS:
        stems.append(term[:-2] + term[-1])  # "marokkaan": also "marokkan-"
    endings = ("tje", "je", "ke", "ske", "eke")
    return {stem + ending + plural for stem in stems for ending in endings for plural in ("", "s")}


_UNSEEN = object()


class Lexicon:
    """A word list matched over tokens: exact, plural, squeezed repeats, 1/l confusion,
    two or three tokens joined ("kloot zak"), multi-word entries and masked words ("k*t")."""

    def __init__(
        self,
        entries: list[tuple[str, str]],
        *,
        plurals: bool = False,
        joined: bool = False,
        name_forms: bool = False,
    ) -> None:
        self.name_forms = name_forms
        self.words: dict[str, tuple[str, str]] = {}
        self.skeletons: dict[str, tuple[str, str]] = {}
        self.phrases: dict[str, tuple[str, str]] = {}
        self.phrase_starts: set[str] = set()
        # A form listed as an entry of its own keeps its own marker: "polakken s" is a slur in any
        # use, though the plural of "polak a" (a surname too) would make it one only when aimed.
        own_marker = dict(entries)
        for term, marker in entries:
            if " " in term:
                self.phrases.setdefault(term, (term, marker))
                self.phrase_starts.add(term.split(" ", 1)[0])
                if joined:
                    # the phrase written as one word, as ``hate._groups_in_one_word`` writes it
                    self.words.setdefault(term.replace(" ", ""), (term, marker))
                continue
            forms = plural_forms(term) if plurals else {term}
            if name_forms:
                forms |= diminutive_forms(term)
            for form in forms:
                if form != term and own_marker.get(form, marker) != marker:
                    continue
                i_form = form.replace("l", "i")
                for variant in {form} if i_form in _REAL_I_FORMS else {form, i_form}:
                    self.words.setdefault(variant, (term, marker))
                    skeleton = squeeze_doubles(variant)
                    if len(variant) >= 6 and skeleton not in _NOT_PLURALS:
                        self.skeletons.setdefault(skeleton, (term, marker))
        self._seen: dict[str, tuple[str, str] | None] = {}
        # Tokens that can neither match nor start a match (see ``find``).
        self._quiet: set[str] = set()
        self.by_length: dict[int, list[str]] = {}
        for word in self.words:
            self.by_length.setdefault(len(word), []).append(word)
        # Every proper beginning of a word: a token can only start a split word ("kloot zak")
        # if it is one, which spares the joining work for nearly every token.
        self.prefixes: frozenset[str] = frozenset(
            word[:k] for word in self.words for k in range(1, len(word))
        )

    def lookup(self, token: str) -> tuple[str, str] | None:
        """The (term, marker) a token matches, or None; remembered per token (bounded)."""
        hit = self._seen.get(token, _UNSEEN)
        if hit is not _UNSEEN:
            return hit  # type: ignore[return-value]
        hit = self._lookup(token)
        if len(self._seen) >= 100_000:
            self._seen.clear()  # bounded memory on a stream of unique words
        self._seen[token] = hit
        return hit

    def _lookup(self, token: str) -> tuple[str, str] | None:
        hit = self.words.get(token)
        if hit is not None:
            return hit
        if len(token) >= 6:
            hit = self.skeletons.get(squeeze_doubles(token))
            if hit is not None:
                return hit
        if len(token) >= 4 and token[-1] == token[-2]:
            hit = self.words.get(token[:-1])
            if hit is not None:
                return hit
        if "*" in token:
            return self._masked(token)
        if self.name_forms and ("oa" in token or "eu" in token):
            # West Flemish vowels: "Marokkoanen", "asielzeukers"
            hit = self.words.get(token.replace("oa", "aa").replace("eu", "oe"))
            if hit is not None:
                return hit
        return None

    def _masked(self, token: str) -> tuple[str, str] | None:
        stripped = token.strip("*")
        if len(stripped) < 1 or token.count("*") > len(token) // 2 + 1:
            return None
        pattern = re.compile("^" + ".".join(re.escape(p) for p in token.split("*")) + "$")
        for word in sorted(self.by_length.get(len(token), ())):
            if pattern.match(word):
                return self.words[word]
        return None

    def find(
        self, tokens: tuple[str, ...], *, join: bool = True
    ) -> list[tuple[int, int, str, str]]:
        """All matches as (first token index, last token index + 1, term, marker)."""
        # Most tokens of most comments are "quiet" for a lexicon: no word of it, no start of a
        # phrase and no beginning of a split word. Such a token can neither match nor start a
        # match, so only the other positions run the loop below (one C-speed pass finds them).
        quiet = self._quiet
        if quiet.issuperset(tokens):  # the usual case, settled by one C call
            return []
        todo = [i for i, tok in enumerate(tokens) if tok not in quiet]
        found: list[tuple[int, int, str, str]] = []
        n = len(tokens)
        # Locals and the remembered look-ups read here directly: this loop runs for every
        # non-quiet token of every comment, several lexicons over.
        phrase_starts = self.phrase_starts
        prefixes = self.prefixes
        seen = self._seen
        lookup = self.lookup
        free = 0  # the first position not taken by a match that spans several tokens
        for i in todo:
            if i < free:
                continue
            tok = tokens[i]
            starts_phrase = tok in phrase_starts
            if starts_phrase:
                for width in (4, 3, 2):
                    if i + width <= n:
                        hit = self.phrases.get(" ".join(tokens[i : i + width]))
                        if hit is not None:
                            found.append((i, i + width, *hit))
                            break
            hit = seen.get(tok, _UNSEEN)
            if hit is _UNSEEN:
                hit = lookup(tok)
            if hit is not None:
                found.append((i, i + 1, *hit))  # type: ignore[misc]
                continue
            may_join = len(tok) <= 6 and tok in prefixes
            if not (starts_phrase or may_join):
                if len(quiet) >= 200_000:
                    quiet.clear()  # bounded memory on a stream of unique words
                quiet.add(tok)
                continue
            # Two ordinary words never make one split word: "wat je ook vindt" is no "watje", and
            # a preposition before a longer word is a phrase: "Tom uit Schoten" is no "uitschoten".
            if (
                join
                and may_join
                and i + 1 < n
                and not (tok in FUNCTION_WORDS and tokens[i + 1] in FUNCTION_WORDS)
                and not (tok in _PLACE_PREPOSITIONS and len(tokens[i + 1]) >= 6)
            ):
                joined = tok + tokens[i + 1]
                hit = self.words.get(joined) if len(joined) >= 5 else None
                if hit is not None and len(hit[0]) >= 5 and self.lookup(tokens[i + 1]) is None:
                    found.append((i, i + 2, *hit))
                    free = i + 2
                    continue
                if i + 2 < n and len(tokens[i + 1]) <= 4:
                    joined3 = joined + tokens[i + 2]
                    hit = self.words.get(joined3) if len(joined3) >= 7 else None
                    if hit is not None:
                        found.append((i, i + 3, *hit))
                        free = i + 3
                        continue
        return found


_PLACE_PREPOSITIONS = frozenset(["uit", "van", "in", "op", "naar", "bij", "aan", "te"])


@cache
def lexicon(
    name: str, *, plurals: bool = False, joined: bool = False, name_forms: bool = False
) -> Lexicon:
    """The compiled lexicon ``data/lexicons/<name>.txt`` (loaded once per process); ``joined``
    also knows each phrase written as one word ("mensenmeteenbeperking"), ``name_forms`` the
    forms names of people take: diminutives and West Flemish vowels ("Marokkaantjes",
    "Marokkoanen")."""
    return Lexicon(_lexicon_lines(name), plurals=plurals, joined=joined, name_forms=name_forms)


@cache
def word_set(name: str) -> frozenset[str]:
    return frozenset(term for term, _ in _lexicon_lines(name))


def word_alternation(words: Iterable[str]) -> str:
    """A regex that matches any of ``words``, with shared beginnings written once
    ("burgemeester|burgervader" as "burge(?:meester|rvader)"): a long list compiles and matches
    several times faster so. A longer word is tried before its prefix, as in a longest-first
    alternation; a space matches any whitespace."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [
            (r"\s+" if ch == " " else re.escape(ch)) + emit(child)
            for ch, child in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + emit(trie) + ")"


# ---------------------------------------------------------------------------------------------
# Cues

SECOND_PERSON = frozenset(
    [
        "jij",
        "je",
        "jou",
        "jouw",
        "u",
        "uw",
        "gij",
        "ge",
        "gy",
        # West-Flemish "gie zyt", "uwe kleppe"
        "gie",
        "zyt",
        "zyde",
        "uwe",
        "jullie",
        "julle",
        "ulder",
        "gulder",
        "jaj",
        "zijde",
        "zijt",
        "bende",
        "dij",
        "joen",
        # Limburg "gae zeet", "dich"
        "gae",
        "zeet",
        "dich",
    ]
) - {"bende"}
SECOND_PERSON_STRICT = frozenset(
    ["jij", "jou", "jouw", "gij", "ge", "jullie", "julle", "ulder", "gulder", "zijde"]
)
FIRST_PERSON = frozenset(["ik", "k", "kik", "ikke", "mij", "me", "mezelf", "mijn", "mn", "men"])
# Nouns for a kind of talk or sign: a word of abuse hyphenated to one names the kind ("die
# kwezel-grapjes zijn achterhaald", "ge zet een aap-emoji onder de foto"), no one is called it.
_TALK_NOUNS = frozenset(
    """grap grapje grapjes grappen mop moppen praat praatjes opmerking opmerkingen reactie
    reacties humor taal gedrag emoji emojis emoticon emoticons smiley smileys sticker stickers
    gif gifs meme memes""".split()  # noqa: SIM905
)


def names_a_kind_of_talk(toks: Sequence[str], end: int, folded: str) -> bool:
    """Whether the word ending at ``end`` is hyphenated to a noun for talk or a sign (see
    ``_TALK_NOUNS``) in ``folded``."""
    return end < len(toks) and toks[end] in _TALK_NOUNS and f"{toks[end - 1]}-{toks[end]}" in folded


NEGATIONS = frozenset(
    [
        "niet",
        "nie",
        "ni",
        "geen",
        "gin",
        "nooit",
        "niemand",
        "nergens",
        "noch",
        "niks",
        "niets",
        "gene",
        "genen",
    ]
)
# "nog nooit zo'n idioot", "niet normaal wat een sukkel", "geen grotere idioot dan ...": a
# negation word that strengthens instead of denying.
_INTENSIFYING_AFTER = frozenset(["zo", "zon", "zoiets", "zoveel", "normaal", "grotere", "groter"])
_ONE = frozenset(["een", "ne", "nen"])
_WORSE = frozenset(["grotere", "ergere", "slechtere"])


def negated_before(
    tokens: tuple[str, ...], start: int, before: int = 5, clauses: frozenset[int] = frozenset()
) -> bool:
    """Whether a negation in the ``before`` tokens ahead of ``start`` denies what follows
    ("ge zijt geen idioot"), leaving out negations that intensify ("nog nooit zo'n idioot") and
    negations in an earlier clause (``clauses``: indexes of tokens that open a clause)."""
    lo = max(0, start - before)
    for c in clauses:
        if lo < c <= start:
            lo = c
    for k in range(lo, start):
        if tokens[k] in NEGATIONS:
            nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
            if nxt in _INTENSIFYING_AFTER:
                continue
            if nxt in _ONE and tokens[k + 2 : k + 3] and tokens[k + 2] in _WORSE:
                continue  # "nooit een grotere idioot gezien dan ...": a comparison that asserts
            if not _BUT.isdisjoint(tokens[k + 1 : start]):
                continue  # "da zyn gin mensen mo viezeriken": "but" (in dialect) turns it round
            return True
    return False


_BUT = frozenset(["maar", "mo", "moa", "moar", "mor", "doch"])


REPORT_VERBS = frozenset(
    [
        "noem",
        "noemt",
        "noemen",
        "noemde",
        "noemden",
        "genoemd",
        "schelden",
        "scheldt",
        "schold",
        "scholden",
        "uitgescholden",
        "uitschelden",
        "uitgemaakt",
        "uitmaken",
        "zei",
        "zegt",
        "zeggen",
        "zeg",
        "gezegd",
        "riep",
        "riepen",
        "roept",
        "roepen",
        "geroepen",
        "heten",
        "heet",
        "schrijft",
        "schreef",
        "schrijven",
        "geschreven",
        "beweert",
        "beweren",
        # "als criminelen afgeschilderd": a label others put on someone, reported
        "afgeschilderd",
        "afschilderen",
        "schilderen",
        "schildert",
        "weggezet",
        "wegzetten",
        "bestempeld",
        "bestempelen",
        # "mensen die zwarte mensen met apen vergelijken, schaam u": a comparison others make
        "vergelijken",
        "vergelijkt",
        "vergeleken",
    ]
)
META_WORDS = frozenset(
    [
        "racistisch",
        "racistische",
        "racisme",
        "racist",
        "racisten",
        "discriminatie",
        "discriminerend",
        "discriminerende",
        "scheldwoord",
        "scheldwoorden",
        "woord",
        "woorden",
        "term",
        "termen",
        "kwetsend",
        "kwetsende",
        "beledigend",
        "beledigende",
        "homofoob",
        "homofobe",
        "homofobie",
        "seksistisch",
        "seksistische",
        "seksisme",
        "onaanvaardbaar",
        "ontoelaatbaar",
        "haatdragend",
        "haatdragende",
        "haatspraak",
        "haat",
        # "zeggen dat ... is gewoon haatzaaien": the writer names the words for what they are
        "haatzaaien",
        "haatzaaierij",
        # "haatreacties tegen Turkse Limburgers horen hier niet thuis": the hateful words are
        # what is kept out, not the group
        "haatreactie",
        "haatreacties",
        "haatbericht",
        "haatberichten",
        "haatcommentaar",
        "haatcommentaren",
        "haatpost",
        "haatposts",
        "xenofoob",
        "xenofobie",
        "transfoob",
        "transfobie",
        "antisemitisch",
        "antisemitisme",
        "verwerpelijk",
        "respectloos",
        # a report to the moderators about a code in a user name
        "moderator",
        "moderators",
        "gebruikersnaam",
        "gebruikersnamen",
        "profielnaam",
        "codewoord",
        "codewoorden",
        "betekent",
        "betekenis",
        "not",
        "ok",
        "oke",
    ]
)


# Words that count words ("geen twee woorden", "14 woorden"): a count (or a code), no talk about
# words.
_COUNTS = frozenset(["twee", "drie", "vier", "vijf", "paar", "enkele"]) | frozenset(
    str(n) for n in range(2, 100)
)


# "Al die luie ambtenaren? Nee, het probleem is het personeelstekort": a claim asked, then
# answered "no" by the writer.
_REBUTTAL = re.compile(
    r"[^.!?]*\?+\s*(?:nee|neen|nope|integendeel|helemaal\s+niet|absoluut\s+niet|allerminst)\b"
    # "Een ... als wijkagent? Nee bedankt.": a refusal, not a rebuttal
    r"(?!\s*\?)(?!\s*,?\s*(?:bedankt|dank\s+u|dankje|merci|liever\s+niet|nooit))"
)


def rebut_questions(signals: list[Signal], folded: str) -> list[Signal]:
    """Lower the signals (in ``folded``) whose sentence is a question the writer answers "no"
    ("Al die luie ambtenaren? Nee, ..."): the words are put up to be rejected, which the
    classifier alone must not overrule."""
    if "?" not in folded:
        return signals
    out = []
    for sig in signals:
        if (
            sig.score > 0.45
            and sig.source == "folded"
            and not sig.note.startswith("scheldwoord voor een groep")  # a slur is used all the same
            and sig.end >= 0
            and _REBUTTAL.match(folded, sig.end) is not None
        ):
            sig = replace(sig, score=0.45, note=f"ontkenning: weerlegde vraag ({sig.note})")
        out.append(sig)
    return out


_HATERS = frozenset(["ik", "k", "ge", "gij", "je", "jij", "hij", "zij"])
# "not ok", "ni oke": the English or Dutch verdict on words
_OK = (("ok",), ("oke",), ("okay",), ("done",), ("cool",))
_NOT = frozenset(["not", "niet", "ni", "nie", "nt"])
_WHO = frozenset(["die", "wie"])
# Words that leave "haat" a noun after "die"/"wie" ("al die haat", "wie haat zaait", "die pure haat").
_NOT_AN_OBJECT = frozenset(
    ["die", "wie", "de", "pure", "zoveel", "veel", "zo'n", "blinde", "vol", "met", "van", "uit"]
)


_LANGUAGES = frozenset(
    ["nederlands", "vlaams", "frans", "engels", "duits", "arabisch", "turks", "pools", "spaans"]
)


def is_meta(tokens: tuple[str, ...]) -> bool:
    """Whether the comment talks *about* words ("dat woord is racistisch"), leaving out the
    idiom "aan het woord" ("de mongool is weer aan het woord" is no comment on a word)."""
    if META_WORDS.isdisjoint(tokens):  # the usual case, settled by one C call
        return False
    for k, t in enumerate(tokens):
        if t in META_WORDS:
            if t == "woord" and k >= 2 and tokens[k - 2] == "aan" and tokens[k - 1] == "het":
                continue
            if t in {"woord", "woorden"} and k >= 1 and tokens[k - 1] in _COUNTS:
                continue  # "ge kunt nog geen twee woorden zeggen zonder fout": words counted
            if t == "woord" and k + 1 < len(tokens) and tokens[k + 1] in _LANGUAGES:
                continue  # "ge hoort er geen woord Nederlands meer": a language, not a word
            if t == "woord" and k >= 1 and tokens[k - 1] in {"hoogste", "laatste"}:
                continue  # "weer een ... die het hoogste woord heeft": speaking, not a word
            if (
                t == "woord"
                and k >= 1
                and tokens[k - 1] in {"geen", "gene", "gin", "ene"}
                and tokens[k + 1 : k + 2] in (("van",), ("meer",), ())
            ):
                continue  # "ge verstaat er gene woord van": nothing understood, not a word
            if (
                t == "woord"
                and k >= 1
                and tokens[k - 1] in {"enige", "juiste", "beste", "passende"}
                and tokens[k + 1 : k + 2] == ("voor",)
            ):
                continue  # "clown, het enige woord voor die schepen": the writer's own word
            if (
                t in {"racist", "racisten"}
                and k >= 2
                and tokens[k - 1] == "geen"
                and not _DISCLAIMERS.isdisjoint(tokens[max(0, k - 4) : k - 1])
            ):
                continue  # "ik ben geen racist, maar ...": a disclaimer, no talk about words
            if t == "not" and tokens[k + 1 : k + 2] not in _OK:
                continue  # "kutmarokkanen, sorry not sorry": "not ok" is a verdict, "not" alone none
            if t in {"ok", "oke"} and (k == 0 or tokens[k - 1] not in _NOT):
                continue  # "ok, die Polen ...": agreement, no verdict on words
            if t == "haat" and k >= 1 and tokens[k - 1] in _HATERS:
                continue  # "ik haat moslims": the verb, not talk about hatred
            if (
                t == "haat"
                and k >= 2
                and not _WHO.isdisjoint(tokens[max(0, k - 4) : k - 1])
                and tokens[k - 1] not in _NOT_AN_OBJECT
            ):
                # "een heks die kinderen haat", "wie zijn eigen dorp haat": the verb closing a
                # relative clause
                continue
            return True
    return False


_DISCLAIMERS = frozenset(["ben", "zijn", "zijt", "bent", "is", "ik", "k", "we", "wij"])


PERSON_NOUNS = frozenset(w for term in word_set("person_nouns") for w in plural_forms(term))

_QUOTED = re.compile(r"[\"“”„«»‘’'`]([^\"“”„«»‘’'`]{1,60})[\"“”„«»‘’'`]")
# The apostrophe of "'k", "'t", "'s", "z'n" and "dm's" is no quotation mark: blanked (same length, so
# positions hold) before quotes are paired.
# ("'n*gers'" is a quoted, starred word: a letter then a star is no contraction)
# ("zo'n" too: two of them in a comment read as a quoted stretch)
# ("d'eerste", "z'under", "d'r": a single letter elided into the next word, in dialect)
# ("'ne echte sjtómmerik", "'nen dikke", "gaf 'm", "'ns kijken": elided articles, pronouns and
# "eens", in dialect)
_CONTRACTION = re.compile(
    r"(?<!\w)'(?=[ktsnmr]\b(?!\*)|nen?\b|em\b|ns\b)|(?<=\b[zmd])'(?=n\b)|(?<=\bzo)'(?=n\b)|(?<=\w)'(?=s\b)"
    r"|(?<=\b[dz])'(?=[a-z]{2})"
)


def _without_contractions(text: str) -> str:
    return _CONTRACTION.sub(" ", text) if "'" in text else text


def quoted_spans(text: str) -> list[str]:
    """Folded contents of quoted stretches ('makak', "trut") of a text."""
    return [m.group(1) for m in _QUOTED.finditer(_without_contractions(text))]


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """Where the contents of the quoted stretches of ``text`` start and end (see ``quoted_spans``)."""
    return [m.span(1) for m in _QUOTED.finditer(_without_contractions(text))]


def near(
    tokens: tuple[str, ...], start: int, end: int, words: frozenset[str], before: int, after: int
) -> bool:
    lo = max(0, start - before)
    hi = min(len(tokens), end + after)
    return any(tokens[k] in words for k in range(lo, hi) if k < start or k >= end)


# "maar" opens a new clause ("ik heb niets tegen moslims, maar ..."), except as an adverb
# ("alleen maar", "wacht maar", "pas maar op", "die moeten maar thuisblijven"). The look-behinds
# sit after the word, so they are only tried where "maar" stands.
_MAAR_AS_ADVERB_AFTER = [
    # ("zeg het maar gewoon", "doe het maar": urging, no new clause)
    "zeg het",
    "doe het",
    "alleen",
    "enkel",
    "ook",
    "wacht",
    "pas",
    "kijk",
    "moeten",
    "moet",
    "mag",
    "mogen",
    "kan",
    "kunnen",
    "ga",
    "gaan",
    "zal",
    "zullen",
    "blijf",
]
_SENTENCE_SPLIT = re.compile(
    r"[.!?;\n]+|\bmaar\b"
    + "".join(f"(?<!{w} maar)" for w in _MAAR_AS_ADVERB_AFTER)
    + "".join(f"(?<!{w} ze maar)" for w in ("geef", "laat", "stuur", "zet", "smijt", "gooi"))
    + r"(?!\s+(?:eens|even|op|tot|goed)\b)|\bdoch\b"
)


def sentences(folded: str) -> list[str]:
    """The folded text cut into sentences (and at "maar"), for cues that must share a clause."""
    return list(_sentences(folded))


# Without "maar" or "doch" in the text only the punctuation of _SENTENCE_SPLIT can cut it, and
# this plain class splits many times faster than the pattern with its look-behinds.
_PUNCTUATION_SPLIT = re.compile(r"[.!?;\n]+")


@lru_cache(maxsize=4096)
def _sentences(folded: str) -> tuple[str, ...]:
    # Cached for the detectors that read the same comment: each runs over a whole chunk of
    # comments before the next (``engine.CHUNK_SIZE``), so the cache must hold a chunk's texts.
    split = _SENTENCE_SPLIT if ("maar" in folded or "doch" in folded) else _PUNCTUATION_SPLIT
    return tuple(s for s in split.split(folded) if s.strip())


_TOKEN = re.compile(r"[^\W_]+(?:\*+[^\W_]+)*\**|\*+[^\W_]+")


@lru_cache(maxsize=4096)
def tokenize(text: str) -> tuple[str, ...]:
    """The words of a folded text (cached: detectors tokenise the same sentences, a chunk of
    comments at a time)."""
    return tuple(_TOKEN.findall(text))


def span_of(norm: NormalisedText, tokens_match: str) -> tuple[int, int]:
    pos = norm.folded.find(tokens_match)
    return (pos, pos + len(tokens_match)) if pos >= 0 else (-1, -1)


_NO_CLAUSES: frozenset[int] = frozenset()


def clause_starts(sentence: str) -> frozenset[int]:
    """Indexes of the tokens that open a new clause after a comma: a negation does not reach
    across one ("ge zijt nie goed wijs, vuile idioot")."""
    if "," not in sentence:
        return _NO_CLAUSES
    starts = set()
    count = 0
    for piece in sentence.split(",")[:-1]:
        count += len(tokenize(piece))
        starts.add(count)
    return frozenset(starts)
