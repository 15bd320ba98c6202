"""Someone else's words: what a rule finds inside a quoted utterance is weighed by a person.

A comment that quotes a slogan, a threat or an insult to report or reject it ("'Trans is een
geestesziekte, hang ze op' - dat stond onder het bericht van de school. Ik heb het gemeld bij
Unia.") holds the very words the rules look for. The rules cannot tell whose words they are; a
person can. So a rule's match that lies inside a quotation of three words or more, in a comment
that also says something of its own, is lowered to review (never kept unseen: the quotation may
be the writer's own threat in quotation marks).
"""

from __future__ import annotations

from dataclasses import replace

from sereen.engine.detectors.base import REPORT_VERBS, Signal, quoted_ranges, tokenize
from sereen.engine.lazy_pattern import lazy_compile

MARKS = "'\"‘’“”«»„"
QUOTED_SCORE = 0.6
QUOTED_NOTE = "geciteerd: "
# ``quoted_ranges`` pairs quotation marks up to 60 characters apart; an utterance may be a long
# sentence. It is opened after a space, a colon, a bracket or the start and closed before no
# letter: not the stretch between two quoted words ('een "Vlaming" opgepakt ... dezelfde soort
# "Vlamingen"'). Between single quotation marks the contents may hold no apostrophe ("z'n", "'t"
# would end them early) and end a sentence or a word.
_LONG_QUOTE = lazy_compile(
    r"(?:^|(?<=[\s:(]))[\"“”„«»]([^\"“”„«»]{10,300})[\"“”„«»](?!\w)"
    r"|(?:^|(?<=[\s:(]))['‘’](?![tkns]\s)([^'‘’\"“”„«»]{10,300}?)['‘’](?=\s|$|[.,;:!?)\-–])"
)
# Words of a comment that tell the quotation is someone else's, reported: for threats and insults,
# which a writer may also put in quotation marks as their own ("'ik weet waar ge woont'").
REPORTING = REPORT_VERBS | frozenset(
    """stond stonden staat staan las lees gelezen hoorde hoorden hoor gehoord kreeg kregen
    gekregen krijg gemeld meld melden melding aangifte unia reactie reacties commentaar
    commentaren opmerking briefje muur geklad gespoten gekalkt getagd brief brieven bericht
    berichtje berichten mail mailtje mails sms graffiti pamflet pamfletten""".split()  # noqa: SIM905
)
# A verb of saying right before a quotation: a match that begins before it ("... en riep 'ga
# terug naar uw woestijn'") ends in someone's words.
_SAID_BEFORE = lazy_compile(
    r"\b(?:riep|riepen|roept|roepen|geroepen|zei|zeiden|zegt|gezegd|schreef|schreven|schrijft|"
    r"geschreven|stond|stonden|staat|siste|brulde|schreeuwde|schreeuwden|vroeg)\s*:?\s*$"
)


def utterance_ranges(folded: str) -> list[tuple[int, int, int]]:
    """(start, end, words) of each quotation of three words or more in ``folded``."""
    # (a short quotation is found by both searches: counted once)
    found = set(quoted_ranges(folded)) | {
        m.span(1) if m.group(1) is not None else m.span(2) for m in _LONG_QUOTE.finditer(folded)
    }
    out = []
    for a, b in sorted(found):
        n = len(tokenize(folded[a:b]))
        if n >= 3:
            out.append((a, b, n))
    return out


def lower_quoted_utterances(
    signals: list[Signal], folded: str, *, reported_only: bool = False
) -> list[Signal]:
    """``signals`` with each match that lies inside a quoted utterance (or runs into one after a
    verb of saying) lowered to ``QUOTED_SCORE``, in a comment with three words or more of its
    own; ``reported_only``: only where the comment's own words say the quotation is reported
    (``REPORTING``). A single word in scare quotes is no utterance: 'Moslims zijn "achterlijk".'
    keeps its score."""
    if not any(q in folded for q in MARKS):
        return signals
    utterances = utterance_ranges(folded)
    if not utterances:
        return signals
    if len(tokenize(folded)) - sum(n for _a, _b, n in utterances) < 3:
        return signals
    if reported_only:
        own = folded
        for a, b, _n in sorted(utterances, reverse=True):
            own = own[:a] + " " + own[b:]
        if REPORTING.isdisjoint(tokenize(own)):
            return signals
    out = []
    for signal in signals:
        if (
            signal.score > QUOTED_SCORE
            and signal.source == "folded"
            and signal.start >= 0
            and any(_inside(signal, folded, a, b) for a, b, _n in utterances)
        ):
            signal = replace(signal, score=QUOTED_SCORE, note=QUOTED_NOTE + signal.note)
        out.append(signal)
    return out


def _inside(signal: Signal, folded: str, a: int, b: int) -> bool:
    if signal.end > b + 1 or signal.end <= a:
        return False
    if a - 3 <= signal.start:
        return not any(c.isalnum() for c in folded[signal.start : a])
    # the match begins before the quotation: only someone's words if a verb of saying opens it
    return _SAID_BEFORE.search(folded, max(0, a - 30), max(0, a - 1)) is not None
