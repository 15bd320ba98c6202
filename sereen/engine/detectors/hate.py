"""Hate and discrimination against protected groups: slurs, dehumanising language about a group,
generalisations ("alle X zijn criminelen"), exclusion ("terug naar hun land") and dog whistles.

A group's name alone is never a violation ("ik heb niets tegen moslims" is fine, and so is
political debate about migration). Quoting a slur to reject it ("'makak' zeggen is racistisch")
is counter-speech and stays visible; a negated generalisation ("moslims zijn geen terroristen")
likewise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache
from itertools import pairwise

from sereen.engine.detectors.base import (
    META_WORDS,
    NEGATIONS,
    REPORT_VERBS,
    SECOND_PERSON,
    DetectContext,
    Signal,
    clause_starts,
    is_meta,
    lexicon,
    names_a_kind_of_talk,
    near,
    quoted_ranges,
    rebut_questions,
    sentences,
    tokenize,
    word_set,
)
from sereen.engine.detectors.gate import (
    literal_alternation,
    may_match,
    required_words,
    split_search,
    words_of,
)
from sereen.engine.detectors.utterances import REPORTING, lower_quoted_utterances, utterance_ranges
from sereen.engine.lazy_pattern import lazy_compile
from sereen.engine.normalise import NormalisedText
from sereen.engine.policy import RuleKind

NAME = "hate"

# (``joined``: a group of several words is one word in the text the rules read, see ``detect``)
_GROUPS = lexicon("hate_groups", plurals=True, joined=True, name_forms=True)
_GROUP_ADJECTIVES = frozenset(
    [
        "marokkaans",
        "marokkaanse",
        "turks",
        "turkse",
        "joods",
        "joodse",
        "islamitisch",
        "islamitische",
        "allochtoon",
        "allochtone",
        "buitenlands",
        "buitenlandse",
        "afrikaans",
        "afrikaanse",
        "zwart",
        "zwarte",
        "arabisch",
        "arabische",
        "moslim",
        "moslimse",  # the common slip for the adjective "moslim" ("onze moslimse inwoners")
        "islam",
        "vrouwelijk",
        "vrouwelijke",
        "homo",
        "homoseksueel",
        "homoseksuele",
        "lesbisch",
        "lesbische",
        "roemeens",
        "roemeense",
        "oostblok",
        "oost-europees",
        "oosteuropees",
        "poolse",
        "pools",
        "syrisch",
        "syrische",
        "afghaans",
        "afghaanse",
        "vreemd",
        "vreemde",
        "gekleurd",
        "gekleurde",
        "bruin",
        "bruine",
        "trans",
        # "gehandicapte mensen", "autistische kinderen", "biseksuele mannen", "Aziatische
        # vrouwen": a group named by an adjective before people
        "gehandicapte",
        "autistische",
        "biseksuele",
        "aziatische",
        "palestijnse",
        "chinese",
    ]
)
_ORIGIN = lazy_compile(
    r"\b(?:uit|van)\s+(?:het\s+)?(?:marokko|turkije|afrika|syrie|afghanistan|roemenie|bulgarije|"
    r"polen|albanie|congo|eritrea|somalie|het\s+buitenland|den\s+vreemde|de\s+woestijn|het\s+oosten|"
    r"noord-afrika|noord\s+afrika|de\s+rif|het\s+midden-oosten|de\s+moskee|het\s+getto|molenbeek)\b"
)
_DEHUMANISING = lexicon("hate_dehumanising", plurals=False)
_SLURS = lexicon("hate_slurs", plurals=True)
_DOGWHISTLES = lexicon("hate_dogwhistles", plurals=False)
_SLUR_AIM = frozenset(
    [
        "vuile",
        "vuil",
        "smerige",
        "vieze",
        "stomme",
        "domme",
        "kut",
        "rot",
        "al",
        "alle",
        "allemaal",
        "jij",
        "gij",
        "ge",
        "jullie",
        "julle",
        "bent",
        "zijt",
        "zijde",
        "wat",
        "stelletje",
        "bende",
        "hoop",
        "klote",
        "kanker",
        "tyfus",
    ]
)
_SLUR_PREFIXES = frozenset(
    ["vuile", "vuil", "smerige", "vieze", "kut", "kanker", "tyfus", "rot", "stomme", "klote"]
)
_SLUR_PREFIX_TUPLE = tuple(sorted(_SLUR_PREFIXES))  # for one str.startswith call
_COPULA = frozenset(["zijn", "is", "blijven", "blijft", "worden", "wordt", "waren", "was", "="])
_GENERALISERS = frozenset(
    [
        "alle",
        "allemaal",
        "al",
        "die",
        "dat",
        "deze",
        "heel",
        "elke",
        "iedere",
        "zulke",
        "zo'n",
        "zon",
    ]
)
# Deportation of "them all": "zet ze allemaal op een boot", "stuur die allemaal terug naar Afrika".
# Sending things back ("stuur ze allemaal terug naar de winkel") names no such destination.
_DEPORTATION = lazy_compile(
    r"\b(?:zet|zetten|stuur|sturen|steek|steken|gooi|gooien|smijt|smijten|vlieg|vliegen)\s+"
    r"(?:ze|hen|die|dat\s+volk|die\s+mensen)\s+(?:\w+\s+){0,2}?"
    r"(?:op\s+een\s+(?:boot|vliegtuig|schip|vlot)|(?:terug\s+)?naar\s+(?:hun\s+|eigen\s+)*"
    r"(?:land|landen|afrika|marokko|turkije|syrie|afghanistan|woestijn|de\s+woestijn|jungle|de\s+jungle|thuisland))\b"
    # "Stuur ze terug met de eerste vlucht, al die Syriërs" (a "naar" names where: above)
    r"|\b(?:stuur|sturen|vlieg|vliegen)\s+(?:ze|hen)\s+(?:maar\s+|gewoon\s+|allemaal\s+|direct\s+){0,2}"
    r"terug\b(?!\s+naar\b)"
)
# "... die onze uitkeringen komen pakken": newcomers said to come and take, the group implied.
_TAKERS = lazy_compile(
    r"\b(?:die|dat|en)\s+(?:hier\s+)?(?:onze|ons)\s+(?:\w+\s+)?(?:uitkering\w*|geld|centen|belastinggeld|"
    r"huizen|woningen|jobs|werk|steun|leefloon|ocmw|sociale\s+woningen)\s+(?:\w+\s+)?"
    r"(?:(?:komen|kwamen)\s+)?(?:pakken|halen|stelen|opeten|opvreten|afpakken|inpikken|profiteren)\b"
)
_TAKERS_GATES = required_words(_TAKERS)
# Compounds of a group with a word of contempt: "asielzoekerstuig", "zigeunerkamp". With a word
# for a group that is no slur, only the unmistakable endings count ("vluchtelingenkamp" is a camp).
_CONTEMPT_ENDINGS = (
    "tuig",
    "gespuis",
    "gajes",
    "zooi",
    "zootje",
    "uitschot",
    "crapuul",
    "ongedierte",
    "volk",  # "migrantenvolk", "zigeunervolk": a group lumped together with contempt
    "gedoe",  # "dat homogedoe": what a group is or does waved away
    "gebroed",  # "da moslimgebroed"
    "ratten",  # "Die moslimratten bouwen nu ook al een gebedsruimte"
    "kakkerlakken",
    "parasieten",
)
_SLUR_ENDINGS = ("kamp", "kampen", "bende", "benden", "toestanden", "nest", "pak")


@lru_cache(maxsize=65536)
def _group_compound(token: str) -> str | None:
    """The group named in a compound of contempt ("zigeunerkamp" -> "zigeuner"), or None.

    Remembered per token (the lexicons are fixed once loaded): ``detect`` asks it for every long
    word of every comment, and the same words come back all the time."""
    if len(token) < 8:
        return None
    for endings, slur_only in ((_CONTEMPT_ENDINGS, False), (_SLUR_ENDINGS, True)):
        for ending in endings:
            if not token.endswith(ending) or len(token) - len(ending) < 4:
                continue
            stem = token[: -len(ending)]
            for cut in (stem, stem[:-1] if stem.endswith("s") else None):
                if not cut:
                    continue
                if cut in _SLURS.words or (not slur_only and cut in _GROUPS.words):
                    return cut
    return None


_EXCLUSION = lazy_compile(
    r"\b(?:terug|trug|were|weg|wech|oprotten|opkrassen|rotten|vertrekken|vertrekke|terugkeren|teruggaan)\s+"
    r"(?:te\s+(?:gaan|keren|vertrekken)\s+)?naar\s+(?:hun|jullie|je|uw|eigen|eige|zijn|haar|het\s+eigen|ulder|under)\s*(?:eigen?\s+|eigene?\s+)?"
    r"(?:land|landen|kameel|kamelen|woestijn|woestijnen|hol|holen|boom|bomen|jungle|oerwoud|afrika|marokko|turkije|getto|thuisland)\b"
    r"|\b(?:buiten|eruit|het\s+land\s+uit|weg)\s+met\s+(?:die|de|al\s+die|alle|dat|dit)\b"
    r"|\bterug\s+naar\s+(?:marokko|turkije|afrika|congo|syrie|afghanistan|roemenie|bulgarije|polen|"
    r"hun\s+land|eigen\s+land)\s+met\s+(?:heel\s+|gans\s+|al\s+)?(?:die|dat|dien|da)\s+(?:bende|volk|tuig|zootje|gespuis)\b"
    r"|\b(?:allemaal|alle(?:maal)?\s+\w+)\s+(?:buiten|buitengooien|buitenschoppen|deporteren|het\s+land\s+uit|op\s+een\s+boot|de\s+zee\s+in|terugsturen)\b"
    r"|\b(?:op\s+een\s+(?:boot|vliegtuig)\s+(?:zetten|steken|terug))\b"
    # "Tijd om de Turken uit Gent te slaan"
    # (not "iemand zijn tanden uit te slaan": "uit" of the teeth, no place)
    r"|\buit\s+(?:(?!te\b)[\w-]+\s+){1,2}?(?:te\s+)?(?:slaan|jagen|kloppen|meppen|schoppen|verjagen|knuppelen)\b"
    # "Leefloners moeten de stad uit"
    r"|\b(?:moeten|moet|mogen)\s+(?:\w+\s+)?(?:de\s+stad|het\s+land|de\s+gemeente|het\s+dorp|de\s+wijk)\s+uit\b"
    # "Moslims die willen bidden kunnen dat in hun eigen land", "gaat da maar in uw eigen land doen"
    r"|\b(?:dat|da|het)\s+(?:maar\s+|gerust\s+|gewoon\s+|allemaal\s+){0,2}in\s+(?:hun|uw|jullie|je|ulder|under)\s+"
    r"eigen\s+land\b(?!\s+(?:\w+\s+)?(?:niet|nie|ni|nooit|meer|ook|konden|kunnen|mochten|mogen)\b)"
    # "Elke Afghaanse man tussen 16 en 40 het land uit."
    r"|\b(?:elke|iedere|alle)\s+(?:[\w']+\s+){1,6}?het\s+land\s+uit\b"
    # "ge moet die Roma gewoon buitensmijten", "die Afghanen moeten uitgezet worden"
    r"|\b(?:moet|moeten|mogen|mag|moogt|zou|zouden)\s+(?:(?!vuil|zak|afval|pmd|container|bak|fiets|auto)[\w']+\s+){0,5}?"
    r"(?:buitensmijten|buitengooien|buitenschoppen|"
    r"buitenkegelen|buitenzetten|terugsturen|deporteren|uitgezet\s+worden|buitengezet\s+worden|het\s+land\s+uitzetten)\b"
    # "zet die ... in kampen", "kzou die ... allemaal in een vliegtuig steken"
    r"|\b(?:zet|steek|stop|sluit|zetten|steken|stoppen)\s+(?:die|ze|alle|al\s+die|de)\s+(?:[\w']+\s+){0,3}?(?:in|op)\s+"
    r"(?:een\s+|de\s+)?(?:kamp|kampen|concentratiekamp|werkkamp|werkkampen|vliegtuig|boot)\b"
    r"|\b(?:in|op)\s+(?:een\s+|de\s+)?(?:kamp|kampen|vliegtuig|boot)\s+(?:zetten|steken|stoppen|sluiten)\b"
    # "goa moa in julder eigen land zwemmen"
    r"|\b(?:ga|goa|gaat|gaan|blijf|blijft|blijven)\s+(?:maar|moa|mor|dan)\s+(?:\w+\s+)?in\s+"
    r"(?:julder|hun|ulder|jullie|je|uw|hulder)\s+eigen\s+land\b"
    # "laat ze in hun eigen wijk zwemmen": kept to their own place
    r"|\blaat\s+(?:ze|hen|die)\s+(?:maar\s+|dan\s+)?(?:\w+\s+){0,2}?(?:in|op)\s+(?:hun|hulder|julder|ulder)\s+eigen\s+"
    r"(?:land|landen|wijk|wijken|buurt|dorp|getto|zwembad|zwembaden|school|scholen|moskee|continent)\b"
    r"|\b(?:uitroeien|uit\s+te\s+roeien|uitgeroeid|vergassen|te\s+vergassen|vergast|de\s+oven\s+in|in\s+de\s+oven|gaskamer|gaskamers|concentratiekamp|sterilise\w*)\b"
)
# Plants and animals a council or a gardener wants gone: with one of these and no group of
# people named, "uitroeien" is pest control.
_PEST_CONTROL = frozenset(
    """onkruid exoot exoten duizendknoop reuzenberenklauw berenklauw ambrozia plant planten
    struik struiken woekeraar woekeraars processierups processierupsen eikenprocessierups buxusmot
    muggen tijgermug tijgermuggen wespen hoornaar hoornaars ratten rat muizen mollen ongedierte
    everzwijnen halsbandparkieten kreeften rivierkreeften ganzen duiven teken bladluis luizen
    bedwantsen kakkerlakken mieren""".split()  # noqa: SIM905
)
# Telling or remembering the past: "zes miljoen joden werden vergast, dat mogen we nooit
# vergeten", "mijn joodse grootvader overleefde het concentratiekamp", "de nazi's wilden alle
# Roma uitroeien". Words of extermination in such a comment are history, unless the writer
# approves ("jammer dat ze niet allemaal vergast werden", "Hitler had gelijk", "opnieuw").
_REMEMBRANCE = frozenset(
    """oorlog wereldoorlog holocaust shoah nazi nazis herdenken herdenking herdenkingen herdacht
    herdenkt overleefde overleefden overleefd overlevende overlevenden geschiedenis
    geschiedenisles auschwitz breendonk dossin genocide werden werd wilden wilde waren omgebracht
    ww2 wo2 wwii rwanda srebrenica museum struikelstenen stolpersteine grootvader grootmoeder
    overgrootvader overgrootmoeder opa oma bezetting jodenvervolging""".split()  # noqa: SIM905
)
_APPROVAL = frozenset(
    """jammer spijtig gelijk hadden opnieuw terug afmaken verdienen verdiende verdient weer
    zalig goed goede""".split()  # noqa: SIM905
)
_APPROVAL_PHRASES = lazy_compile(
    r"\b(?:te\s+weinig|niet\s+genoeg|nog\s+(?:eens|ne\s+keer|een\s+keer)|tijd\s+voor|moeten\s+(?:\w+\s+)?"
    r"(?:vergassen|uitroeien)|zou(?:den)?\s+(?:\w+\s+){0,3}?(?:vergassen|uitroeien))\b"
)


def _remembers_the_past(toks: tuple[str, ...], folded: str) -> bool:
    """Whether a comment with words of extermination tells of or remembers the past (see
    ``_REMEMBRANCE``) without approving of it."""
    return (
        not _REMEMBRANCE.isdisjoint(toks)
        and _APPROVAL.isdisjoint(toks)
        and _APPROVAL_PHRASES.search(folded) is None
    )


# Words that follow "wilden" the verb ("ze wilden alle ...", "wilden niet") and not "wilden" the
# noun ("die wilden zijn ...", "wilden!").
_AFTER_WANTED = frozenset(
    """alle al de het hun ze hen niet nog graag toen dat er een ook geen gewoon altijd dit deze
    zich ons onze jullie mij me u iets niets niks meer dus wel echt enkel alleen zo""".split()  # noqa: SIM905
)
_SUBORDINATING = frozenset(
    "omdat zodat toen terwijl wanneer nadat voordat doordat hoewel".split()  # noqa: SIM905
)
# Subjects before "wilden" the verb ("wat we wilden", "ze wilden").
_BEFORE_WANTED = frozenset(["we", "wij", "ze", "zij", "jullie", "julle", "ge", "gij", "hulder"])
_VIOLENT_EXCLUSION = lazy_compile(
    r"\b(?:uitroeien|uitgeroeid|uit\s+te\s+roeien|vergassen|te\s+vergassen|vergast|de\s+oven\s+in|in\s+de\s+oven|gaskamer|gaskamers|afknallen|afmaken)\b"
)


# Slurs with a second, innocent meaning only count when aimed ("vuile apen"); these few have
# none worth the name, so "die mongolen" is enough.
_POINTED_SLURS = frozenset(
    """mongool mongolen mongooltje mongooltjes spast spasten spastje spastjes flikker flikkers janet
    janets mietje mietjes zigeuner zigeuners feminazi feminazis travo travos zwartzak
    zwartzakken pollak pollakken""".split()  # noqa: SIM905
)
_SLUR_COMPOUND_ENDINGS = (
    "vlag",
    "vlaggen",
    "bende",
    "volk",
    "feest",
    "parade",
    "stoet",
    "club",
    "tent",
    "wijk",
    "buurt",
    "straat",
    "school",
    "winkel",
    "winkels",
    "moskee",
)
_PRIDE_ENDINGS = ("vlag", "vlaggen", "parade", "stoet")
_ONLY_SLURS = frozenset(
    [
        "flikker",
        "flikkers",
        "janet",
        "janets",
        "mietje",
        "mietjes",
        "spast",
        "spasten",
        "spastje",
        "spastjes",
        "mongooltje",
        "mongooltjes",
    ]
)
# Stereotypes and tropes that demean a group without a slur.
# "grapjes over Joden en geld": a cliché named as a topic
_ABOUT_BEFORE = lazy_compile(r"\bover\s+$")
_JOKE_ABOUT = lazy_compile(
    r"\b(?:grap|grapje|grapjes|grappen|mop|moppen|cliche|cliches|vooroordeel|vooroordelen|praatjes|uitspraak|"
    r"uitspraken|opmerking|opmerkingen)\b['\"‘’“”]?\s+over\s+"
)
_TROPES = lazy_compile(
    r"\b(?:vrouwen|wijven|vrouwmensen|meisjes)\s+(?:horen|moeten|hoeven)\s+(?:\w+\s+){0,2}?(?:achter\s+het\s+fornuis|in\s+de\s+keuken|"
    r"aan\s+de\s+haard|thuis\s+te\s+blijven|thuis\s+blijven|niet\s+in\s+de\s+politiek|niet\s+te\s+stemmen|kinderen\s+(?:te\s+)?(?:kweken|krijgen|baren))"
    r"|\b(?:vrouwen|wijven|vrouwmensen)\s+(?:kunnen|mogen|horen)\s+(?:\w+\s+){0,2}?geen\s+(?:\w+\s+){0,1}?"
    r"(?:schepen|burgemeester|minister|leider|leiders|baas|bazen|chef|politicus|politici|politieker|politiekers|agent|agenten|directeur)\s+(?:zijn|worden|spelen)\b"
    r"|\b(?:uit\s+de\s+boom|van\s+de\s+boom)\s+(?:gekropen|gevallen|gekomen|geklommen)\b"
    r"|\b(?:nog\s+maar\s+(?:net|pas)|pas|net)\s+(?:uit|van)\s+de\s+(?:boom|bomen|jungle|grot)\b"
    r"|\b(?:ons|het\s+eigen|ons\s+eigen)\s+volk\s+(?:verdwijnt|sterft\s+uit|wordt\s+vervangen|gaat\s+ten\s+onder)\b"
    r"|\b(?:kweken|fokken|vermenigvuldigen|planten)\s+(?:zich\s+)?(?:voort\s+)?(?:als|gelijk|zoals)\s+(?:konijnen|ratten|kakkerlakken|beesten)\b"
    # ("joden hebben ni al het geld": denied, not said)
    r"|\b(?:joden|zionisten|de\s+jood)\b(?:(?!\b(?:niet|nie|ni|nooit|geen)\b)[^.!?]){0,40}\b"
    r"(?:alle|al\s+het|het)\s+(?:geld|macht|media|banken)\b"
    r"|\b(?:alle|al\s+het|het)\s+(?:geld|macht|media|banken)\b[^.!?]{0,30}\b(?:joden|zionisten)\b"
    # "Joden en geld, altijd hetzelfde verhaal"
    r"|\b(?:joden|jood)\s+en\s+(?:geld|banken|de\s+banken|macht)\b"
    # a pig's head at a mosque; a one-way ticket to a country of origin
    r"|\b(?:geef|geven|stuur|sturen|koop|kopen|trakteer)\s+(?:ze|hen|die|hem|haar|allemaal)\s+(?:\w+\s+){0,2}?"
    r"(?:een\s+)?enkeltje\s+(?:naar\s+)?(?:rabat|casablanca|tanger|nador|marokko|turkije|ankara|istanbul|afrika|"
    r"syrie|afghanistan|kabul|bagdad|irak|somalie|congo|kinshasa|roemenie|boekarest)\b"
)
# "die horen hier gewoon niet", "horen niet thuis in een gewone school", "verboden voor
# zigeuners", "zouden geen stemrecht mogen hebben": a group told it does not belong or has no
# rights (only with a group named in the sentence)
_DOES_NOT_BELONG = lazy_compile(
    r"\bhoren\s+(?:hier\s+|daar\s+)?(?:gewoon\s+|echt\s+|toch\s+)?(?:niet|nie|ni)"
    # ... here, or in, at or among a place ("niet achter het aanrecht" rejects a trope instead)
    r"(?:\s*$|\s+(?:hier|daar|thuis)\b|\s+(?:in|op|bij|tussen|aan)\s+(?:onze|ons|de|het|een|m'n|mijn|dit|deze|dat|die|normale|gewone|andere)\b)"
    r"|\bhoren\s+(?:\w+\s+)?(?:niet|nie|ni)\s+thuis\b|\bverboden\s+voor\s+(?:\w+\s+)?\w+"
    r"|\b(?:zouden|mogen|moeten)\s+(?:\w+\s+){0,2}geen\s+(?:\w+\s+){0,2}?(?:stemrecht|rechten|steun|uitkering|"
    r"leefloon|sociale\s+woning\w*|woning\w*|cent)\b"
)
# Pronouns that open a clause of its own after a comma.
_OWN_SUBJECTS = frozenset(["ik", "k", "we", "wij", "ge", "gij", "je", "jij", "hij"])
# What is said or written, as the subject of "horen hier niet".
_REMARKS = frozenset(
    """opmerkingen opmerking reacties reactie commentaren commentaar uitspraken uitspraak berichten
    bericht posts post grappen grap woorden scheldwoorden beledigingen haatberichten
    haatreacties""".split()  # noqa: SIM905
)
_BELONG_TOO = lazy_compile(
    r"\b(?:horen|hoort|zijn|is)\s+(?:hier\s+)?(?:net\s+zo\s+goed|evengoed|even\s+goed|ook|gewoon|ook\s+gewoon)\s+"
    r"(?:bij|thuis|deel\s+van)\b"
)
# Who is "treated as" the word: the writer, the reader or the residents, not the group named.
_TREATED_AS = frozenset(
    ["ons", "mij", "me", "u", "jullie", "burgers", "inwoners", "bewoners", "buurt"]
)
_TREATING = frozenset(
    """behandelen behandelt behandeld behandelde behandelden wegzetten wegzet weggezet afschilderen
    afschildert afgeschilderd afbeelden afgebeeld bestempelen bestempeld zien ziet bekijken
    bekeken""".split()  # noqa: SIM905
)
_OTHERS = frozenset(
    "mensen men sommigen politici racisten iedereen velen anderen haters".split()  # noqa: SIM905
)


def _as_others_treat_them(toks: tuple[str, ...], start: int, end: int) -> bool:
    """Whether a dehumanising word at ``start`` says how others treat a group ("Ik ben het beu
    dat mensen vluchtelingen als ongedierte behandelen"), not what the writer calls it."""
    return (
        start > 0
        and toks[start - 1] == "als"
        and toks[end : end + 1] != ()
        and toks[end] in _TREATING
        and not _OTHERS.isdisjoint(toks[:start])
    )


_NO = frozenset(["geen", "gin", "gene", "genen"])
_NO_GROUP_IN_OURS = lazy_compile(
    rf"\b(?:{'|'.join(sorted(_NO))})\s+([\w']+)(?:\s+(?:of|en)\s+[\w']+)?\s+(?:meer\s+)?(?:in|op|aan|bij)\s+"
    r"(?:(?:onze|ons|mijn|m'n|mn|ozze)\s+\w+|(?:de|het)\s+(?:nieuwe\s+)?(?:wijk|verkaveling|straat|buurt|woonblok|"
    r"appartementen|sociale\s+woningen)\b)"
)
# "Dit is een Vlaamse wijk en dat moet zo blijven": with a group kept out, no demand a person
# needs to weigh
_OURS_BY_ORIGIN = lazy_compile(
    r"\bdit\s+is\s+(?:een\s+)?(?:vlaamse|belgische|blanke|witte|katholieke)\s+(?:wijk|straat|gemeente|dorp|stad|buurt|school)\b"
)
# "er zitten geen vrouwen in ons bestuur": a statement of fact, often a complaint about it
_THERE_ARE = lazy_compile(r"\b(?:er|d'r|der)\s+(?:\w+\s+)?$")
# Verbs of sending people away: in the demands of ``_GROUP_MUST_GO`` and, alone, to tell those
# demands from keeping people in (``_EXPELLED``).
_EXPEL_VERBS = (
    r"het\s+land\s+uit|gedeporteerd|deporteren|uitgezet|uitzetten|buitengegooid|buitengooien|buitengeschopt|"
    r"geweerd|weren|weggestuurd|wegsturen|weggejaagd|verjaagd|uitgewezen|uitwijzen|teruggestuurd|terugsturen|"
    r"buitengezet|buitenzetten|oprotten|opkrassen|ophoepelen"
)
_GROUP_MUST_GO = lazy_compile(
    # ("ouderen moeten ook buiten kunnen wandelen": outdoors)
    r"\b(?:moeten|mogen|moet|zouden|zou)\s+(?:voor\s+mijn\s+part\s+|van\s+mij\s+)?(?:\w+\s+){0,3}?(?:buiten(?!\s+(?:kunnen|mogen|spelen|wandelen|zitten|sporten|"
    r"lopen|fietsen|genieten))|weg|opgesloten|opsluiten|afgevoerd|"
    r"thuisblijven|thuis\s+blijven|binnenblijven|wegblijven|weg\s+blijven|van\s+de\s+straat|opgepakt|oppakken|"
    rf"apart\s+(?:gezet|zetten|gehouden|houden)|{_EXPEL_VERBS}|"
    # ("Franstaligen in de Rand moeten gewoon vertrekken, ..."; not "... vertrekken om 5u")
    r"vertrekken(?=\s*(?:[,.!]|$)))\b"
)

# "Eritreeërs wegsturen, ook al is het daar een dictatuur": a group and the infinitive of sending
# it away as the whole demand, with no modal verb; not the infinitive as a subject that is then
# judged ("Vluchtelingen terugsturen is onmenselijk", "..., dat is schandalig").
_GROUP_AWAY_NOW = lazy_compile(
    r"^\s*(?:(?:al\s+)?(?:die|de|deze)\s+|alle\s+)?([\w']+)\s+(?:(?:gewoon|allemaal|direct|meteen|nu|zo\s+rap\s+mogelijk)\s+)?"
    r"(?:(?:naar\s+huis|terug|het\s+land|de\s+grens\s+over)\s+)?"
    r"(?:wegsturen|terugsturen|buitenzetten|buitensmijten|buitengooien|buitenschoppen|uitwijzen|uitzetten|"
    r"deporteren|wegjagen|buitenjagen|sturen|zetten)"
    r"(?=\s*(?:[,.!]|$|\s+en\s+(?!dat\b|da\b)))(?!\s*,\s*(?:dat|da|is|da's|dat's|het\s+is|zo)\b)"
)
# "die Albanezen mogen ze van mij tegen een muur zetten": a group to be shot, in the writer's
# wish ("van mij", "mogen", "moeten"); a cupboard put against a wall names no group.
_AGAINST_THE_WALL = lazy_compile(
    r"\b(?:mogen|mag|moeten|moet|zouden|zou|moesten|moest)\s+(?:\w+\s+){0,4}?(?:tegen|voor)\s+(?:een|de|ne|nen)\s+muur\s+"
    r"(?:zetten|zette|gezet|plaatsen|geplaatst)\b"
    r"|\b(?:zet|zetten)\s+(?:ze|die|hen|al\s+die|ze\s+allemaal)\s+(?:\w+\s+){0,3}?(?:tegen|voor)\s+(?:een|de|ne|nen)\s+muur\b"
)
_THINGS_PUT_AWAY = frozenset(
    "kast kasten bed bedden zetel zetels fiets fietsen ladder tafel tafels plank planken bord borden".split()  # noqa: SIM905
)
# "ik verhuur ni aan zwarten", "wij bedienen geen zigeuners", "ik neem geen Turken aan": the
# writer refuses a group a home, a service or a job (the group is checked where it is used).
_I_REFUSE_THEM = lazy_compile(
    r"\b(?:ik|k|wij|we)\s+(?:\w+\s+)?(?:verhuur|verhuren|bedien|bedienen|verkoop|verkopen|help|helpen|"
    r"neem|nemen|aanvaard|aanvaarden|accepteer|accepteren)\s+(?:\w+\s+)?(?:niet|nie|ni|nooit|geen|gene|gin)\s+"
    r"(?:meer\s+)?(?:aan\s+|voor\s+)?(?:die\s+|de\s+|zo'?n\s+)?([\w']+)"
)
# "Geen standplaats voor dat reizend volk. Wegjagen, desnoods met de tractor": the group named
# before, the demand a sentence of its own.
_AWAY_NOW_ALONE = lazy_compile(
    r"^\s*(?:(?:gewoon|allemaal|direct|meteen|nu|dus)\s+)?(?:wegjagen|buitenjagen|wegsturen|terugsturen|buitenzetten|"
    r"buitensmijten|buitengooien|buitenschoppen|uitwijzen|deporteren|uitzetten)(?:\s+(?:allemaal|die\s+handel|dat\s+volk))?"
    r"(?=\s*(?:[,.!]|$))(?!\s*,\s*(?:dat|da|is|da's|dat's|het\s+is|zo)\b)"
)
# "Chinese winkels overal op de Keyserlei. Die mensen horen hier nie.": the group of an earlier
# sentence taken up as "die mensen" or "ze" and said not to belong
_TAKEN_UP_AND_KEPT_OUT = lazy_compile(
    # (a place it is said of: "Dove mensen ... Ze horen gewoon ni." is hearing)
    r"^\W*(?:(?:die|deze|zulke|zo'?n)\s+(?:mensen|lui|types|gasten|mannen|vrouwen|families)|ze|zij)\s+"
    r"(?:horen|hoort|passen|past)\s+(?:gewoon\s+|echt\s+|eenvoudigweg\s+|nu\s+eenmaal\s+)*"
    r"(?:hier\s+(?:gewoon\s+|echt\s+)*(?:niet|nie|ni)\s*(?:thuis\s*)?(?:[,.!]|$)"
    r"|(?:niet|nie|ni)\s+(?:thuis\s+)?(?:hier|(?:in|bij|tussen)\s+(?:ons|onze|dit|deze|vlaanderen|belgie|t\s+dorp|"
    r"het\s+dorp|de\s+stad|de\s+wijk))\b)"
)
# "die zwarten begrijpen alleen de knuppel": a group said to need beating (not "de harde hand",
# a phrase of law and order)
_ONLY_FORCE_WORKS = lazy_compile(
    r"\b(?:begrijpen|begrijpt|verstaan|verstaat|kennen|kent)\s+(?:toch\s+)?(?:enkel|alleen|allen|maar|slechts)\s+"
    r"(?:de\s+|het\s+|een\s+|ne\s+)?(?:knuppel|zweep|stok|matrak|slaag|pak\s+slaag|kogel|kogels|geweld)\b"
)
# "laat die Marokkanen elkaar maar afknallen in Borgerhout": a group's deaths wished
_LET_THEM_KILL_EACH_OTHER = lazy_compile(
    r"\blaat\s+(?:die|ze|hen|al\s+die|de)\s+(?:[\w']+\s+){0,2}?elkaar\s+(?:maar\s+|gerust\s+|gewoon\s+)?"
    r"(?:afknallen|afmaken|vermoorden|uitmoorden|doodschieten|neerschieten|afslachten|opblazen|uitroeien)\b"
)
# "Vroeger ging men met de riek naar de caravans. Die tijd mag terugkomen": violence done to a
# group in the past, approved (with a word of that violence in the comment, below)
_PAST_APPROVED = lazy_compile(
    r"\b(?:die\s+tijd|dat|da|dat\s+systeem)\s+mag\s+(?:van\s+mij\s+)?(?:gerust\s+|wel\s+)?(?:terugkomen|terug\s+komen|terugkeren)\b"
    r"|\b(?:da|dat|dad)\s+(?:was|waren)\s+(?:eerlijk\s+gezegd\s+)?(?:zo|nog\s+zo)\s+(?:slecht|dom|gek)\s+(?:nog\s+)?(?:niet|ni|nie)\b"
    r"|\b(?:da|dat|dad)\s+(?:da|dat)\s+(?:niet|ni|nie)\s+zo\s+(?:dom|slecht|gek)\s+was\b"
    r"|\berger\s+mag\s+(?:ook\s+)?van\s+mij\b"
)
_WHERE_TRAVELLERS_LIVE = frozenset("caravans caravan woonwagens woonwagen kamp".split())  # noqa: SIM905
_PAST_VIOLENCE = frozenset(
    """gesticht gestichten riek hooivork vergast gaskamer gaskamers opgesloten gooiden gegooid
    verjaagd weggejaagd concentratiekamp brandstapel verbrand opgehangen geslagen zweep knuppel
    knuppels""".split()  # noqa: SIM905
)
_EXPELLED = lazy_compile(rf"\b(?:{_EXPEL_VERBS}|vertrekken)\b")
_FOR_A_WHILE = frozenset(
    "bij tijdens als wanneer zolang tot vandaag morgen deze hitte storm ziek koorts".split()  # noqa: SIM905
)
_AWAY_FORCE = frozenset({"gewoon", "allemaal", "direct", "meteen", "nu"})

# "ik haat moslims", "ik walg van homo's", "ik kan die Walen niet uitstaan": hatred of a group
# named right after the verb ("ik haat het als ..." names none).
_HATRED = lazy_compile(
    r"\b(?:ik|k|wij|we)\s+(?:\w+\s+)?(?:haat|haten|verafschuw|verafschuwen|walg\s+van|walgen\s+van|"
    r"kots\s+van|kotsen\s+van|kots\s+op|spuug\s+op|spuw\s+op|heb\s+een\s+hekel\s+aan|"
    r"hebben\s+een\s+hekel\s+aan|(?:kan|kunnen)\s+(?:niet|nie|ni)\s+tegen|"
    # "ik zal nooit respect hebben voor transgenders": the negation is the contempt
    r"(?:heb|hebben)\s+geen\s+(?:enkel\s+)?respect\s+voor|(?:zal|zullen)\s+nooit\s+respect\s+hebben\s+voor)\b"
)
# "Moslims, bah. Ik krijg braakneigingen als ik ze zie", "ik word misselijk van die Marokkanen",
# "Christenen, ik kan ze niet luchten": the writer's disgust at a group named in the comment,
# said of the group itself or of "ze", "er" standing for it.
_SICKENED = lazy_compile(
    r"\b(?:ik|k|wij|we)\s+(?:word|worden|wordt)\s+(?:er\s+)?(?:echt\s+|zo\s+|gewoon\s+|altijd\s+|bijna\s+)?"
    r"(?:misselijk|kotsmisselijk|onpasselijk|ziek)(?:\s+van|\s*$|\s+als)"
    r"|\b(?:ik|k)\s+(?:wil|zou\s+kunnen|kan)\s+(?:wel\s+|gewoon\s+)?(?:braken|kotsen|overgeven)\b"
    r"|\b(?:ik|k|wij|we)\s+(?:ben|zijn)\s+(?:het\s+|ze\s+|die\s+|er\s+)?(?:echt\s+)?(?:kotsbeu|spuugzat|strontbeu)\b"
    r"|\b(?:ik|k|wij|we)\s+(?:krijg|krijgen)\s+(?:er\s+)?(?:echt\s+)?(?:braakneigingen|kotsneigingen|"
    r"de\s+kriebels|de\s+rillingen|de\s+kots|het\s+schijt)\b"
    r"|\b(?:ik|k|wij|we)\s+(?:moet|moeten|moest|moesten)\s+(?:er\s*van\s+|ervan\s+)?(?:echt\s+|gewoon\s+)?"
    r"(?:bijna\s+)?(?:kotsen|overgeven|braken|kokhalzen)\b"
    r"|\b(?:ik|k|wij|we)\s+(?:spuug|spuw|spugen|spuwen)\s+(?:erop|er\s+op|op\s+(?:hen|ze)|ernaar|er\s+naar|naar\s+(?:hen|ze))\b"
    r"|\b(?:ik|k|wij|we)\s+(?:heb|hebben|voel|voelen)\s+(?:niks|niets)\s+dan\s+(?:minachting|verachting|walging)\b"
    r"|\b(?:walgt|walgen)\s+(?:mij|me|ons)\b"
    r"|\b(?:ik|k|wij|we)\s+(?:kots|kotsen|walg|walgen)\s+(?:er\s*van|ervan)\b"
    r"|\b(?:ik|k|wij|we)\s+(?:verafschuw|verafschuwen)\s+(?:ze|hen|die\s+mensen)\b"
    r"|\b(?:ik|k|wij|we)\s+(?:kan|kunnen)\s+(?:ze|hen)\s+(?:echt\s+)?(?:niet|nie)\s+(?:luchten|uitstaan|zien)\b"
    # "als ik dat zie, draait mijn maag om", "mijn maag keert ervan om"
    r"|\b\w+\s+(?:mijn|m'n|mn)\s+maag\s+(?:\w+\s+){0,2}?om\b"
    r"|\b(?:mijn|m'n|mn)\s+maag\s+(?:\w+\s+){1,3}?om\b"
)
# A people called contemptible as a whole: "primitief volk", "wat een walgelijk volkje", "zielig
# volkje", "dat schreeuwerige volkje" (not "ons volk", nor a party's or a council's people:
# ``_POLITICS``).
_CONTEMPTIBLE_FOLK = lazy_compile(
    r"\b(?:primitie[fv]e?|onbeschaafde?|walgelijke?|smerige?|vieze?|vuile?|zielige?|achterlijke?|dom|domme|"
    r"kinderachtige?|"
    r"barbaarse?|hautaine?|arrogante?|schreeuwerige?|ordinaire?|luie?|stinkende?|onderontwikkelde?|"
    r"minderwaardige?|verachtelijke?|inteelt|crimineel|criminele|profiterende?)\s+"
    r"(?:volk|volkje|volkeren|ras|rasje|gespuis|tuig)\b"
)
# A sentence of disgust alone ("Vies gewoon.", "Walgelijk!", "Lachwekkend")
_DISGUST_VERDICT = frozenset(
    """vies smerig walgelijk misselijkmakend weerzinwekkend lachwekkend bah jakkes gadver
    gadverdamme""".split()  # noqa: SIM905
)
_VERDICT_FILLERS = frozenset("gewoon echt zo toch wat puur gewoonweg en gewoonweg".split())  # noqa: SIM905
_CONTEMPTIBLE_PEOPLE = lazy_compile(
    r"\b(?:primitieve|onbeschaafde|walgelijke|smerige|vieze|vuile|achterlijke|barbaarse|lelijke|"
    r"stinkende|onderontwikkelde|minderwaardige|verachtelijke)\s+(?:mensen|wezens|bende|beesten|figuren)\b"
)
_POLITICS = frozenset(
    """politiek politieke politici politiekers partij partijen bestuur gemeenteraad schepenen
    schepencollege college regering ministers parlement""".split()  # noqa: SIM905
)


def speaks_of_politicians(norm: NormalisedText) -> bool:
    """Whether the comment names people in office ("Die politiekers liegen allemaal"), or calls
    those of a council or government a lot ("wat een zielig volkje in die gemeenteraad"): no
    protected group, and criticism a government must let stand."""
    toks = norm.tokens
    return not _POLITICIANS.isdisjoint(toks) or (
        not _POLITICS.isdisjoint(toks) and not _A_LOT.isdisjoint(toks)
    )


# The people of a body called a lot ("volkje", "bende", "clubje").
_A_LOT = frozenset("volk volkje bende bendeke zootje clubje kliek troep".split())  # noqa: SIM905


_POLITICIANS = frozenset(
    """politici politiekers ministers schepenen parlementsleden gemeenteraadsleden
    raadsleden""".split()  # noqa: SIM905
)


# Death wished on a group in words no violence list holds: "Hitler had zijn werk moeten
# afmaken", "elke moslim minder is een goeie dag", "die ... zouden zich beter van kant maken".
_FINISH_THE_JOB = lazy_compile(
    r"\bhitler\b[^.!?]{0,30}?\b(?:werk|karwei|job|taak)\b[^.!?]{0,20}?\b(?:afmaken|afgemaakt|afwerken|"
    r"afgewerkt|voltooien|voltooid)\b"
    # "tijd dat iemand de job afmaakt die in '40 begonnen is"
    r"|\b(?:werk|karwei|job|taak)\s+(?:\w+\s+)?(?:afmaken|afmaakt|afwerken|afwerkt)\s+(?:\w+\s+){0,3}?"
    r"(?:in|van)\s+'?(?:19)?(?:3\d|4[0-5])\b"
    # "tijd dat iemand eens afwerkt wat de geschiedenis nie helemaal heeft afgemaakt"
    r"|\b(?:afwerkt|afwerken|afwerkte|afmaakt|afmaken|afmaakte|voltooit|voltooien)\s+wat\s+(?:de\s+geschiedenis|"
    r"hitler|de\s+nazi'?s|de\s+oorlog|den\s+oorlog|de\s+holocaust)\s+(?:\w+\s+){0,2}?(?:niet|nie|ni)\s+"
    r"(?:\w+\s+){0,2}?(?:afgemaakt|afgewerkt|voltooid)\b"
    r"|\b(?:vergeten|vergeet)\s+(?:te\s+)?(?:vergassen|vergast)\b"
    # "Corona had er meer van die ouwe mogen meenemen"
    r"|\b(?:corona|covid|het\s+virus|de\s+griep)\s+(?:had|heeft|mag|mocht)\s+(?:er\s+)?(?:gerust\s+|gerust\s+wat\s+)?"
    r"(?:meer|nog\s+meer|ze|hen|allemaal|wat\s+meer)\b[^.!?]{0,40}?\b(?:mogen\s+|moeten\s+)?(?:meenemen|meepakken|halen|wegnemen)\b"
    # "ze hadden er in Congo meer handen moeten afhakken", "Leopold wist hoe ge die moest aanpakken"
    r"|\bmeer\s+handen\s+(?:\w+\s+){0,2}?(?:afhakken|afkappen)\b"
    # "Er zijn meer mensen als Breivik nodig in Europa"
    r"|\b(?:meer\s+(?:mensen\s+)?(?:als|zoals)|nog\s+(?:een|ne)|een\s+nieuwe)\s+(?:breivik|tarrant)\b"
    r"|\b(?:breivik|tarrant)\b[^.!?]{0,30}?\b(?:nodig|had\s+gelijk|held|gelijk\s+had)\b"
    # "een goeie ouderwetse pogrom in Kuregem"
    r"|\been\s+(?:goeie|goede|flinke|ouderwetse|kleine|stevige)\s+(?:\w+\s+)?pogrom\b"
    r"|\bterug\s+naar\s+de\s+tijd\s+van\s+(?:de\s+)?(?:zweep|slavernij|kolonie|kolonies|leopold)\b"
    r"|\bleopold\b[^.!?]{0,20}?\b(?:wist\s+hoe|had\s+gelijk|deed\s+het\s+goed)\b"
    r"|\bhitler\s+(?:had|heeft)\s+(?:toch\s+|gewoon\s+|dus\s+)?gelijk\b"
    # "Hitler is te vroeg gestopt met die joden" ("gestop+t": no word for the typo list, where
    # "gestopt" would change how "gstopt" is read back)
    r"|\bhitler\s+(?:is|was|heeft)\s+(?:\w+\s+)?te\s+(?:vroeg|snel)\s+(?:gestop+t|opgehouden|opgegeven)\b"
    # "Hitler was nog niet klaar, zoveel is duidelijk" (the sentence ends there: not "Hitler was
    # in 1939 nog niet klaar met Polen")
    r"|\bhitler\s+(?:was|is|had)\s+(?:\w+\s+)?(?:niet|nie|ni)\s+(?:klaar|gedaan|uitgeteld)\s*(?:[,.!]|$)"
)
# Killing a group in words of its own: "homo's van een dak gooien", "al die ouderen een spuitje
# geven" (with the group named).
_KILL_THE_GROUP = lazy_compile(
    r"\bvan\s+(?:een|het|de|ne)\s+(?:dak|flat|brug|toren)\s+(?:\w+\s+)?(?:gooien|gegooid|smijten|gesmeten|"
    r"duwen|geduwd|gooi|smijt)\b"
    r"|\b(?:geef|geven|gegeven|krijgen|moeten)\s+(?:\w+\s+){0,3}?(?:een|ne|e|allemaal\s+een)\s+spuit(?:je)?\b"
    # "een paar Marokkanen de Schelde in kieperen"
    r"|\b(?:de|het)\s+(?:schelde|zee|vaart|kanaal|rivier|maas|leie|water)\s+in\s+(?:kieperen|gooien|smijten|duwen|"
    r"kegelen|sturen|drijven|jagen)\b"
    # "verdienen het om te sterven", "verdienen de dood", "verdienen het zwaard"
    r"|\bverdienen\s+(?:het\s+|de\s+)?(?:zwaard|kogel|strop|galg)\b"
    r"|\bverdienen\s+(?:het\s+)?(?:allemaal\s+)?(?:om\s+)?(?:te\s+)?(?:sterven|creperen|de\s+dood|dood\s+te\s+gaan|"
    r"afgemaakt\s+te\s+worden|een\s+kogel)\b"
    # "het wordt tijd dat we iets doen aan al die ..., desnoods met geweld"
    r"|\b(?:desnoods|zo\s+nodig|als\s+het\s+moet|indien\s+nodig)\s+met\s+(?:geweld|de\s+vuist|harde\s+hand|wapens)\b"
    r"|\bmet\s+(?:geweld|de\s+vuist|harde\s+hand)\s+als\s+(?:het|'?t)\s+moet\b"
    # "al die bejaarden moeten ze gewoon laten sterven" (not "we laten ze sterven": told)
    r"|\b(?:moeten|moet|mogen|mag|zou|zouden|moesten)\s+(?:\w+\s+){0,4}?laten\s+(?:sterven|creperen|"
    r"doodgaan|verrekken|verzuipen|verdrinken|omkomen|stikken)\b"
    # "zouden zichzelf een plezier doen als ze van de brug sprongen"
    r"|\been\s+plezier\s+(?:doen|doet|deden)\b[^.!?]{0,40}?\b(?:sprongen|springen|verdwijnen|verdwenen|"
    r"ophangen|ophingen|sterven|stierven|doodgaan|doodgingen|verzuipen|opkrassen|zelfmoord)\b"
)
_ONE_LESS = lazy_compile(
    r"\belke\s+(\w+)\s+minder\s+(?:is|es)\s+(?:een|ne|nen|e)\s+(?:goeie|goede|mooie|schone)\s+"
    r"(?:dag|zaak|zake)\b"
)
_TO_THE_GAS = lazy_compile(r"\b(\w+)\s+(?:aan|naar)\s+(?:het|t)\s+gas\b")
_BETTER_DEAD = lazy_compile(
    r"\b(?:zouden|moeten|mogen|zou|moet)\s+(?:zich\s+)?(?:\w+\s+){0,2}?(?:beter|best|maar|gewoon)\s+"
    r"(?:zich\s+)?(?:van\s+kant\s+maken|de\s+hand\s+aan\s+zichzelf\s+slaan|zelfmoord\s+plegen|"
    r"ophangen|opknopen|verzuipen|verdrinken)\b"
)
# "ik hoop dat ze allemaal verdrinken", "ik hoop da die volgende boot zinkt": with the group
# named, hate; without, a person weighs who "ze" are (a person named is the insult detector's).
_HOPE_THEY_DIE = lazy_compile(
    r"\b(?:ik|k|we|wij)\s+hoop\w*\s+(?:dat|da)\s+(?:ze|zij|die|ze\s+allemaal|die\s+[\w']+|alle\s+[\w']+)\s+"
    r"(?:\w+\s+){0,3}?(?:verdrinken|verzuipen|creperen|zinkt|zinken|vergaan|doodgaan|sterven|"
    r"kapotgaan|omkomen|verbranden|ontploffen|verdwijnen|oprotten|ophoepelen)\b"
)
# "ge kent ene Waal, ge kent ze allemaal", "waar Marokkanen komen wonen, gaat de buurt kapot",
# "de jeugdclub moet zijn deur dicht doen voor Marokkaanse gasten" (each with the group named in
# the group of the match).
_ONE_IS_ALL = lazy_compile(
    r"\b(?:ge|je|gij|jij)\s+(?:kent|kende)\s+(?:ene|een|ne|e|eentje)\s+(\w+)\s*,?\s*(?:en\s+)?"
    r"(?:ge|je|gij|jij)\s+(?:kent|kende)\s+ze\s+(?:allemaal|alle)\b"
)
_WHERE_THEY_COME = lazy_compile(
    r"\bwaar\s+(?:de\s+|die\s+)?(\w+)\s+(?:\w+\s+)?(?:komen|gaan|trekken)\s*(?:wonen)?\s*,?\s*(?:gaat|gaan|wordt|"
    r"verloedert|verloederd|verkommert|is)\s+(?:\w+\s+){0,3}?(?:kapot|achteruit|naar\s+de\s+kloten|"
    r"naar\s+de\s+knoppen|verloren|onleefbaar|een\s+getto)\b"
)
_DOOR_CLOSED_TO = lazy_compile(
    r"\b(?:deur|deuren|poort|poorten)\s+(?:\w+\s+){0,2}?(?:dicht|toe)\s+(?:\w+\s+)?(?:doen|doet|houden|"
    r"gooien|smijten|zetten)?\s*voor\s+(?:al\s+)?(?:die\s+|de\s+)?(\w+)"
)
# "ik kan die joodse zeurpieten nie meer zien", "ik kan die gepensioneerden niet uitstaan":
# the group between "kan" and the negation.
_CANNOT_STAND = lazy_compile(
    r"\b(?:ik|k|wij|we)\s+(?:kan|kunnen)\s+((?:\S+\s+){1,8}?)(?:niet|nie|ni)\s+(?:meer\s+)?"
    r"(?:zien|uitstaan|verdragen|luchten|velen|hebben|zien\s+of\s+horen|horen\s+of\s+zien)\b"
)
# A sentence that opens by keeping a group out: "Geen Afrikanen in ons zwembad", "geen
# franstaligen meer in onze gemeente", "geen asielzoekers hier. punt." (not "Geen kritiek op de
# moslimgemeenschap hoor": the group must be what is kept out).
_NONE_OF_THEM = lazy_compile(
    r"(?:^|[:;]\s*)\W*(?:en\s+)?(?:(?:ik|k|we|wij)\s+(?:wil|willen|moet|moeten)\s+(?:hier\s+)?)?(?:geen|gene|gin)\s+(?:enkele\s+|enkel\s+)?((?:\w+\s+){0,3}?\w+)\s+(?:meer\s+)?"
    r"(?:hier\b|in\s+(?:ons|onze|mijn|de|het|t)\b|op\s+(?:ons|onze|de|het|t)\b|bij\s+ons\b|binnen\b"
    # "Geen asielzoekers in Lubbeek. Punt.": a town that ends the sentence
    r"|in\s+\w+(?:-\w+)*\W*$)"
)
_RID_OF_THEM = lazy_compile(
    # "Wie heeft die Roma hier binnengelaten?"
    r"\bwie\s+heeft\s+(?:die|al\s+die)\s+[\w']+\s+(?:hier\s+)?(?:binnengelaten|toegelaten|binnengehaald)\b|"
    # "... moeten een ster dragen zodat we ze herkennen"
    r"\b(?:moeten|moet|laten|zouden)\s+(?:\w+\s+)?(?:een\s+)?(?:gele\s+)?(?:ster|davidster|armband|band)\s+"
    r"(?:dragen|opspelden|aandoen)\b|"
    r"\b(?:waarom|hoelang|hoe\s+lang)\s+(?:moeten|blijven|gaan|zouden)\s+(?:we|wij)\s+(?:[\w']+\s+){1,4}?(?:nog\s+)?"
    r"(?:dulden|tolereren|verdragen|pikken|slikken|gedogen)\b"
    r"|\b(?:wanneer|eindelijk)\b[^.!?]{0,25}?\bvan\s+(?:die|al\s+die|de|dat)\s+\w+(?:'s)?\s+(?:\w+\s+)?af\b"
)
# "Ik wil nie naast Roma wonen", "Niemand wil hier moslims" (the word after must be a group)
_NOT_NEXT_TO = lazy_compile(
    r"\b(?:ik|k|we|wij)\s+(?:wil|willen)\s+(?:echt\s+)?(?:niet|nie|ni)\s+(?:naast|bij|tussen|in\s+de\s+buurt\s+van)\s+"
    r"(?:die\s+|de\s+)?([\w']+)"
    # (not "niemand wil de woonwagenbewoners weg": what no one wants is their leaving)
    r"|\bniemand\s+wil\s+(?:hier\s+|nog\s+)*(?:die\s+|de\s+)?([\w']+)(?=\s*$|\s*[.!,;]|\s+(?:hier|in|op|als|naast)\b)"
)
# Contempt in set phrases, with a group named in the sentence: "een goeie ... is een dode ...",
# "mijn hond heeft meer verstand dan al die ...", "met ... is het altijd prijs", "kennen alleen
# de taal van geweld", "moest het van mij afhangen, zat er hier geen enkele ... meer".
_SET_PHRASES = lazy_compile(
    r"\b(?:een|de|ne|den|nen)\s+(?:enige\s+)?(?:goeie|goede|brave|beste)\s+([\w']+)\s+is\s+(?:een|ne|nen|e)\s+dode\s+\1\b"
    r"|\b(?:hond|kat|cavia|goudvis|koe|ezel|geit|kip|hamster)\s+(?:heeft|is)\s+(?:nog\s+)?(?:meer\s+verstand|slimmer|"
    r"meer\s+hersenen|intelligenter|beter\s+opgevoed)\s+dan\b"
    r"|\bmet\s+(?:die\s+|de\s+)?[\w']+\s+is\s+(?:het\s+)?altijd\s+(?:prijs|hetzelfde|miserie|ambras|gedoe|problemen)\b"
    r"|\bhebben\s+het\s+(?:zelf|er\s+zelf|allemaal\s+zelf)\s+(?:gezocht|naar\s+gemaakt|verdiend)\b"
    # "Goed zo, die Afghanen in elkaar geslagen ... Meer van da alstublieft."
    r"|\b(?:goed\s+zo|bravo|chapeau|eindelijk|terecht)\b[^.!?]{0,70}?\b(?:in\s+elkaar\s+geslagen|afgeranseld|afgerost|"
    r"platgebrand|afgebrand|afbrandden|neergestoken|opgejaagd|achterna\s+zaten|achterna\s+gezeten)\b"
    r"|\b(?:kennen|verstaan|begrijpen)\s+(?:alleen|enkel|maar)\s+(?:de\s+)?(?:taal\s+van\s+(?:geweld|de\s+vuist|de\s+stok|"
    r"de\s+zweep)|geweld)\b"
    r"|\b(?:moest|als|mocht)\s+het\s+van\s+mij\s+afh\w+[^.!?]{0,40}?\b(?:geen|gene)\s+(?:enkele\s+)?[\w']+\s+meer\b"
)
# "Wa moeten we hier me al die Roma?": a question that may want them gone, or may ask about
# their reception; a person weighs it.
_WHAT_TO_DO_WITH = lazy_compile(
    r"\bwa[t]?\s+moeten\s+(?:we|wij)\s+(?:hier\s+)?(?:nog\s+)?(?:met|me)\s+(?:al\s+)?(?:die|dat|deze)\s+[\w']+"
)
# An identity denied or called a fad: "Bi bestaat nie", "Non-binair is een modeziekte van ..."
_IDENTITY_DENIED = lazy_compile(
    r"\b(?:bi|bi's|biseksualiteit|biseksuelen|non-?binair|non-?binaire\s+mensen|transgenders?|genderfluid|trans)\s+"
    r"(?:bestaat|bestaan)\s+(?:gewoon\s+|eigenlijk\s+)?(?:niet|nie|ni)\b"
    r"|\b(?:non-?binair|transgender|trans\s+zijn|bi\s+zijn|homo\s+zijn|homoseksualiteit|genderneutraal)\s+(?:is|zijn)\s+"
    r"(?:gewoon\s+|maar\s+|allemaal\s+)?(?:een\s+)?(?:modeziekte|modegril|modegrilletje|modeverschijnsel|trend|hype|fase|ziekte|afwijking|"
    r"(?:psychisch|mentaal|geestelijk)\s+(?:probleem|stoornis))\b"
)
# (every second form of _IDENTITY_DENIED holds one of these)
_FAD_WORDS = literal_alternation(
    ("bestaa", "mode", "trend", "hype", "fase", "ziekte", "afwijking", "probleem", "stoornis")
)
# "Ik wil gewoon geen zwarte dokter": a group refused as someone's doctor, teacher, neighbour
_NOT_AS_MY = lazy_compile(
    r"\b(?:ik|k|we|wij)\s+(?:wil|willen)\s+(?:gewoon\s+|echt\s+|hier\s+)?(?:geen|gene)\s+([\w']+)\s+(?:dokter|dokters|"
    r"arts|buren|buur|buurman|buurvrouw|leraar|leraars|leerkracht|leerkrachten|juf|collega|collegas|huurders|huurder|"
    r"verpleger|verpleegster|verpleegkundige|schoonzoon|schoondochter|baas|chef)\b"
)
_TOO_MANY = lazy_compile(
    r"\b(?:veel\s+|echt\s+|gewoon\s+)?te\s+veel\s+(\w+)(?:'s|\s+s)?(?:\s+mensen)?\b"
    r"(?:\s+(?:(in\s+(?:dit|ons)\s+land|in\s+belgie|in\s+vlaanderen|in\s+europa|hier)|(?:\w+\s+)?"
    r"(?:in|op)\s+(?:onze|ons|mijn|deze|de)\s+(?:wijk|straat|school|gemeente|stad|buurt|dorp|klas)))\b"
)
_NOTHING_TO_SEEK = lazy_compile(
    # "Roma zijn niet welkom in onze gemeente"
    r"\b(?:zijn|is)\s+(?:hier\s+)?(?:echt\s+)?(?:niet|nie|ni|geen|nergens)\s+welkom\b|"
    # "mogen blij zijn dat ze hier mogen wonen"
    r"\bmogen\s+(?:al\s+|nog\s+)?blij\s+zijn\s+(?:dat|da)\s+ze\s+hier\s+(?:mogen|zijn)\b|"
    # "Christenen hebben hier geen rechten"
    r"\b(?:hebben|heeft)\s+hier\s+(?:geen|gene)\s+(?:enkele\s+)?rechten\b|"
    r"\b(?:hebben|heeft|hebbe)\s+(?:hier|daar|in\s+\w+)\s+(?:\w+\s+)?(?:niks|niets|nix)\s+(?:meer\s+)?(?:te\s+"
    r"(?:zoeken|doen)|verloren)\b|\b(?:zijn|is)\s+hier\s+(?:niet|nie|nergens)\s+thuis\b"
)
# A right the writer would deny a group named at the head of the sentence: "zouden geen ...
# mogen", "mogen van mij geen ..." (a wish, not the rule told: "asielzoekers mogen de eerste
# maanden niet werken"), with a right that follows (``_RIGHTS``).
_NO_RIGHTS = lazy_compile(
    r"\b(?:zouden|zou|zoude)\s+(?:ge\s+|je\s+|we\s+|ze\s+)?(?:\w+\s+){0,3}?(?:geen|niet|nie|nooit)\s+"
    r"(?:\w+\s+){0,5}?mogen\b"
    r"|\b(?:mogen|mag)\s+van\s+mij\s+(?:\w+\s+)?(?:geen|niet|nie|nooit)\b"
)
_RIGHTS = lazy_compile(
    r"\b(?:werken|stemmen|stemrecht|huren|kopen|wonen|adopteren|les\s+geven|lesgeven|trouwen|kinderen|"
    r"rijden|rijbewijs|woning|woningen|huis|huizen|ambt|ambten|job|jobs|uitkering|leefloon|binnen|"
    r"zwemmen|studeren|verhuren|school|onderwijs|politie|burgemeester|schepen)\b"
)
# (verbs of coming in and being let in are left out: "geen enkele Roma komt hier nog binnen",
# "geen enkele ... mag hier nog wonen" keep the group out)
_FINITE_VERBS = frozenset(
    """heeft hebben had hadden is zijn was waren doet doen deed maakt maken woont werkt werken zit
    zitten staat staan""".split()  # noqa: SIM905
)
# A group said to do wrong as a habit, the group the sentence's subject: "vrouwen liegen altijd
# over aanranding", "christenen denken nooit zelf na", "nen Waal leert nooit Nederlands", "een
# Turk bedriegt u altijd". With "altijd", "nooit", "allemaal" it is said of all of them.
_DOES_WRONG = lazy_compile(
    r"^\W*(?:(?:al\s+)?(?:de|die)\s+|alle\s+|een\s+|ne\s+|nen\s+|elke\s+|iedere\s+)?((?:\w+\s+){0,3}?\w+)\s+"
    r"(?:(?:liegen|liegt|stelen|steelt|bedriegen|bedriegt|profiteren|profiteert|zeuren|zeurt)\b"
    r"|(?:werken|werkt|leren|leert|betalen|betaalt|integreren|integreert|luisteren|luistert|denken|denkt|"
    r"snappen|snapt|begrijpen|begrijpt|wassen|wast)\s+(?:\w+\s+)?(?:nooit|niet|nie|ni|niks|niets|nergens)\b(?!\s+mee\b))"
)
_NOT_A_SUBJECT = frozenset(
    ["die", "dat", "er", "zijn", "is", "wat", "wie", "hoe", "waar", "sommige"]
)
# "het idee dat ...", "de mythe dat ...": a claim named as a claim before it is stated
_CLAIM_NAMED = lazy_compile(
    r"\b(?:idee|gedachte|mythe|cliche|vooroordeel|bewering|verhaal|leugen|onzin|fabel|praatje|argument|"
    r"stelling|stereotype|stereotiep|beeld)\s+(?:dat|da)\b"
)
_QUOTE_MARKS = "'\"‘’“”«» "


def _quoted_match(m: re.Match[str], quoted: set[str]) -> bool:
    """Whether a sentence-opening match stands inside quotes ("'Turken integreren nooit', lees
    ik": the opening quote mark is part of the match, not of the quoted words)."""
    said = m.group(0).lstrip(_QUOTE_MARKS)
    return any(said in q for q in quoted)


_ALWAYS = frozenset(["altijd", "nooit", "allemaal", "alle", "elke", "iedere"])
# "... omdat ze het niet mogen", "ze mogen niet werken": a rule, not a vice, explains it
_NOT_ALLOWED = lazy_compile(
    r"\b(?:omdat|want|aangezien)\s+(?:ze|zij|die)\s+(?:\w+\s+){0,2}?(?:niet|nie|ni|geen)\s+(?:\w+\s+)?(?:mogen|mochten|toelating|papieren|vergunning|werkvergunning)\b"
)
_HE_SHE_OR_A_THING = lazy_compile(
    r"\been\s+(?:hij|man|vent)\s*,?\s+(?:of\s+)?een\s+(?:zij|vrouw)\s*,?\s+of\s+(?:een\s+)?(?:ding|iets|het|beest)\b"
    r"|\been\s+(?:zij|vrouw)\s*,?\s+(?:of\s+)?een\s+(?:hij|man|vent)\s*,?\s+of\s+(?:een\s+)?(?:ding|iets|het|beest)\b"
)
_WORK_FOR_ONE_SEX = lazy_compile(
    r"\b(?:functies|functie|jobs|job|beroepen|beroep|posities|taken|ambten|werk)\s+(?:zijn|is)\s+(?:nu\s+eenmaal\s+|"
    r"gewoon\s+|toch\s+|echt\s+)?(?:beter|enkel|alleen|niet|nie|ni)\s+(?:geschikt\s+)?voor\s+(?:mannen|vrouwen)\b"
    r"(?!\s+(?:betaald|toegankelijk|bereikbaar))"
)
# What people who "profiteren" take up may be an offer meant for them: "De gepensioneerden
# profiteren allemaal van de dinsdagkorting in de cinema", "profiteren volop van het mooie weer".
_AN_OFFER_AFTER = lazy_compile(
    r"\s+(?:(?:allemaal|ook|volop|graag|massaal|nog|mee)\s+)*van\s+(?:de|het|die|deze|dat|een|onze|'t|t)?\s*"
    r"(?:\w+\s+)?(?:\w*korting\w*|aanbod|actie|promo\w*|voordeel|voordelen|aanbieding\w*|zon|zonnetje|"
    r"weer|gratis|reductie\w*|\w*tarief|uitverkoop|solden|opendeurdag)\b"
)
# (not "willen alleen maar profiteren van de gratis speelpleinwerking": only for what they get)
_ONLY_TO_GET = lazy_compile(r"\b(?:alleen|enkel|maar|willen|wil|komen|kwamen)\s+(?:\w+\s+)?$")


def _takes_up_an_offer(sentence: str, m: re.Match[str]) -> bool:
    """Whether the verb ``m`` ends on ("profiteren") takes up an offer (``_AN_OFFER_AFTER``) and
    nothing before it says they come or want only for that."""
    return (
        _AN_OFFER_AFTER.match(sentence, m.end()) is not None
        and _ONLY_TO_GET.search(sentence[max(0, m.end() - 40) : m.end()].rsplit(" ", 1)[0] + " ")
        is None
    )


# Chasing a group out, in the imperative or as a bare slogan: "verjaag die roma uit onze
# gemeente", "zet al die asielzoekers buiten", "transgenders uit het zwembad. nu." (a short
# sentence: "vluchtelingen uit het opvangcentrum helpen mee" says where they come from).
_CHASE_OUT = lazy_compile(
    r"^\W*(?:verjaag|jaag|gooi|smijt|zet|schop|stuur|kieper|bonjour)\s+(?:die|de|al\s+die|alle|dat)\s+"
    r"((?:\w+\s+){0,3}?\w+)\s+(?:\w+\s+){0,3}?(?:buiten|weg|eruit|terug|het\s+land\s+uit|de\s+grens\s+over"
    r"|uit\s+(?:ons|onze|de|het|mijn)\s+\w+)(?=\s*(?:,|$))"
)
_OUT_SLOGAN = lazy_compile(
    r"^\W*(?:al\s+die\s+|die\s+|alle\s+)?((?:\w+\s+){0,3}?\w+)\s+(?:eruit|buiten|weg|het\s+land\s+uit"
    r"|uit\s+(?:ons|onze|de|het|mijn)\s+\w+)(?:\s+(?:nu|ermee|aub|a\.u\.b|en\s+snel))?"
    r"(?:\s*,?\s*(?:verdomme|godverdomme|potverdomme|miljaar))?\s*$"
)
# "Congolezen terug naar Congo, verdomme.": a group sent back, as a slogan (a verb before "terug"
# makes it a trip: "Congolese vrienden gaan terug naar Congo")
_BACK_SLOGAN = lazy_compile(
    r"^\W*(?:al\s+die\s+|die\s+|alle\s+)?((?:\w+\s+)?\w+)\s+(?:terug|trug|were)\s+naar\s+"
    r"(?:hun\s+(?:eigen\s+)?(?:land|landen|thuisland|woestijn|jungle|dorp)|eigen\s+land|"
    r"(?!(?:school|huis|thuis|werk|les|kantoor|bed|zee|kust|vakantie|training|de|het|t|den)\b)[\w-]+)"
    r"(?:\s+(?:nu|ermee|aub|en\s+snel|en\s+rap))?"
    r"(?:\s*,?\s*(?:verdomme|godverdomme|potverdomme|miljaar))?\s*$"
)
_FALL_BY_THE_WAYSIDE = lazy_compile(r"\b(?:vallen|valt|viel|vielen)\s+uit\s+de\s+boot\b")
_HATRED_FILLERS = frozenset(
    ["al", "alle", "die", "de", "deze", "dat", "echt", "gewoon", "zo", "s", "gewoonweg", "allemaal"]
)
# "liever geen Afrikanen als buren", "geen moslims naast mij op het werk"
_NOT_AS_NEIGHBOURS = lazy_compile(
    r"\b(?:liever|zeker)\s+geen\s+(\w+)(?:\s+s)?\s+(?:als|naast\s+(?:mij|me|ons))\s+"
    r"(?:buren|buur|buurman|buurvrouw|collega|collegas|huurder|huurders|leraar|leerkracht|juf|dokter|"
    r"schoonzoon|schoondochter|werknemers?)\b"
)
_DEAD_GROUP = lazy_compile(
    r"\been\s+goede\s+(\w+)(?:\s+s)?\s+is\s+een\s+dode\s+\1\b"
    r"|\b(?:zuiveren|zuiveren|schoonvegen|opkuisen|kuisen)\s+van\s+(?:al\s+|alle\s+)?(?:die\s+|de\s+|dat\s+)?\w+"
)
# Insinuations about who is meant: "we weten allemaal welk soort 'jongeren'", "ge weet wel welke
# Vlamingen", "met namen die ge niet kunt uitspreken", "gezellig, die diversiteit".
_KNOWING = lazy_compile(
    r"\b(?:we|wij|ge|gij|je|jij|iedereen|u)\s+(?:weten|weet)\s+(?:\w+\s+)?(?:wel\s+|allemaal\s+|toch\s+){1,2}"
    r"(?:welk|welke|wat\s+voor)\s+(?:soort\s+)?['\"‘’“”]?(?:\w+\s+)?(?:jongeren|jongens|vlamingen|belgen|vlaming|belg|mensen|"
    r"gasten|mannen|types|figuren|bewoners|buurtbewoners|nieuwkomers|inwoners|volk|namen|cultuur)\b"
)
_SCARE_QUOTE_OR_WINK = lazy_compile(r"['\"‘’“”]\w[^'\"‘’“”]{0,30}['\"‘’“”]|[😏😉]")
_INSINUATION = lazy_compile(
    r"\bnamen\s+die\s+(?:ge|je|gij|jij|u|niemand)\s+(?:niet|nie|ni)?\s*(?:kunt|kan|kunnen)\s+(?:\w+\s+)?uitspreken\b"
    r"|\bgezellig,?\s+(?:die|de|al\s+die)\s+diversiteit\b"
    r"|\bmoest\s+checken\s+of\s+ik\s+nog\s+in\s+(?:vlaanderen|belgie|europa)\b"
    # "weer een nieuwe lading goudstukken binnengekregen": refugees, in a Dutch politician's
    # sneer (not "Romeinse goudstukken gevonden")
    r"|\b(?:lading|nieuwe|weer|extra|meer|verse|nog)\s+(?:\w+\s+)?goudstukken\b"
)
_INSINUATION_NEEDS_RE = literal_alternation(["uitspreken", "diversiteit", "checken", "goudstukken"])
# "alle homo's moeten dood", "die mensen verdienen de dood" (with a group in the sentence)
_GROUP_MUST_DIE = lazy_compile(
    r"\b(?:moeten|mogen|moet|mag|zouden|verdienen|verdient)\s+(?:\w+\s+){0,2}?(?:dood|de\s+dood|"
    # ("zouden afgemaakt moeten worden": the same wish in the other word order)
    r"(?:afgemaakt|vermoord|uitgeroeid|vergast|afgeknald|doodgeschoten|opgehangen)\s+"
    r"(?:moeten\s+|mogen\s+)?worden|creperen|kapotgaan|sterven|verrekken|vergassen|uitroeien)\b"
    # "dood aan alle transpersonen": the slogan
    r"|\bdood\s+aan\s+(?:al\s+)?(?:alle|de|die)\b"
)

# Violence called for against a group named in the sentence: "die Marokkanen moeten ze eens in
# elkaar slaan", "die wijk zou platgebrand moeten worden", "knal ze allemaal af, die ... bende".
# The call (a modal before the act, an imperative opening the sentence, "sla ik ...") is needed:
# "als ze die homo's in elkaar slaan, moet de politie ingrijpen" and "in de oorlog werden joden
# vergast" tell of violence, they do not call for it.
_VIOLENT_ACT = (
    r"(?:in\s+elkaar\s+(?:slaan|kloppen|schoppen|stampen|trappen)|neerschieten|doodschieten"
    r"|(?:af|neer|dood)knallen|(?:ze|hen|die|allemaal)\s+(?:afschieten|afmaken|opblazen|ophangen|opknopen)"
    r"|(?:alle|al\s+die)\s+\w+(?:'s)?\s+(?:\w+\s+)?(?:willen\s+)?(?:afmaken|afschieten|opblazen|ophangen|vermoorden|"
    r"uitmoorden|afslachten|doodmaken)"
    r"|(?:er|erop)\s+(?:gewoon\s+)?op\s+schieten|schieten\s+op\s+(?:die|de|ze|hen|alle|al)\b"
    r"|aan\s+(?:een|de|ne)\s+(?:\w+\s+)?(?:boom|paal|lantaarnpaal|galg)\s+(?:\w+\s+)?(?:hangen|ophangen|opknopen)"
    # "zou ge moeten ophangen aan het standbeeld" (where people are hanged, not a flag)
    r"|(?:ophangen|opknopen)\s+aan\s+(?:een|de|ne|het|den)\s+(?:\w+\s+)?(?:boom|bomen|paal|palen|lantaarnpaal|"
    r"lantaarnpalen|lantarenpalen|galg|standbeeld|brug|kraan|strop|balk|boekenrekken)\b"
    # "kunnen van mij van de trap geduwd worden"
    r"|(?:van\s+(?:de|het|een)\s+(?:\w+\s+){0,3}?(?:trap|brug|dak|toren|klif)|onder\s+(?:een|de|ne)\s+(?:\w+\s+)?"
    r"(?:bus|trein|tram|auto|vrachtwagen))\s+(?:\w+\s+){0,4}?(?:geduwd|gegooid|gesmeten|gestampt|geschopt)\s+"
    r"(?:moeten\s+|mogen\s+)?worden"
    r"|platbranden|afbranden|plat\s+branden|in\s+(?:brand|de\s+fik)\s+steken|(?:plat\s+)?bombarderen"
    r"|platbombarderen|kapotbombarderen"
    r"|laten\s+inslapen"
    # "mogen van mij een spuitje krijgen, allemaal in één keer" (not "een spuitje tegen de griep")
    r"|(?:een|ne|nen)\s+(?:\w+\s+)?spuitje\s+(?:krijgen|geven)\b(?!\s+tegen\b)"
    # "moet ge gewoon onder water houden tot ze stoppen met spartelen"
    r"|onder\s+water\s+(?:houden|duwen|drukken|steken|trekken)"
    r"|(?:laten\s+)?(?:zinken|verdrinken|verzuipen)|vergassen|de\s+lucht\s+in\s+(?:laten\s+)?vliegen"
    r"|(?:een|ne)\s+kopje\s+kleiner\s+maken"
    r"|(?:een|ne|e|nen)\s+(?:flinke\s+|goeie\s+|goede\s+|stevige\s+)?(?:pak\s+(?:rammel|slaag|klop)|mep|klets|rammeling|kogel|schop|trap|vuistslag|bom|granaat)\b"
    r"|(?:goed\s+)?op\s+(?:hun|haar|zijn|hulder|hunne)\s+(?:bakkes|smoel|muil|gezicht|snuit|bek)\s+(?:krijgen|geven|slaan|kloppen)"
    r"|onder\s+(?:een|de|ne)\s+(?:bus|trein|tram|auto|vrachtwagen)\s+(?:duwen|gooien|smijten|leggen)"
    r"|overrijden|omverrijden|omver\s+rijden|van\s+de\s+baan\s+rijden|tegen\s+de\s+grond\s+slaan"
    r"|met\s+de\s+(?:knuppel|riek|honkbalknuppel|zweep)\s+\w+"
    r"|(?:platgebrand|afgebrand|vergast|afgemaakt|opgehangen|doodgeschoten|afgeknald|neergeschoten"
    r"|in\s+elkaar\s+geslagen|afgeranseld|afgerost|afgetuigd|doodgeslagen)\s+(?:moeten\s+|mogen\s+)?worden)"
)
# (bare "kloppen" also says that figures are right: a call needs more around it)
_BEATING_UP = (
    r"(?:ranselen|afranselen|aftuigen|afrossen|aframmelen|kapotslaan|doodslaan|wegslaan|buitenslaan|"
    r"in\s+(?:elkaar|mekaar)\s+(?:slaan|kloppen|stampen|trappen|timmeren|schoppen))"
)
# "Jammer dat die Eritreeërs de Middellandse Zee overleefd hebben", "spijtig dat ze niet
# verdronken zijn": their death wished after the fact (not "jammer dat niet iedereen het overleefd
# heeft")
_DEATH_REGRETTED = lazy_compile(
    r"\b(?:jammer|spijtig|zonde)\s+(?:\w+\s+)?(?:dat|da)\s+(?:(?!(?:niet|ni|nie|niemand|geen|gene)\b)\w+\s+){1,7}?"
    r"(?:overleefd|overleven|overleefde|overleefden|(?:niet|ni|nie)\s+(?:\w+\s+)?(?:verdronken|verzopen|dood))\b"
)
_NO_COMMAND_BEFORE = (
    r"(?:die|dien|dat|da|wie|als|wanneer|omdat|om|te|niet|nie|nooit|geen|zoals|hoe|waarom|welke|"
    r"of|dan|wat|waar|tegen|wil|willen|wou|wilde|zou|zouden|kan|kunnen|durven|durft|gaan|gaat)"
)
_VIOLENCE_TO_THE_GROUP = lazy_compile(
    r"\b(?:moeten|moet|mogen|mag|moogt|mocht|mochten|zouden|zou|moesten|verdienen|verdient|"
    r"(?:kunnen|kan)\s+van\s+mij)\b(?:\s+\S+){0,7}?\s+"
    + _VIOLENT_ACT
    # "knal ze allemaal af", "sla ze in elkaar", "laat die bootjes zinken": an imperative
    + r"|^\s*(?:knal|schiet|sla|klop|hang|knoop|steek|brand|gooi|smijt|verzuip|vergas)\s+(?:ze|die|dat|hen|de|het|al|alle)\b"
    r"[^.!?]{0,40}?\b(?:af|neer|dood|op|plat|in\s+brand|in\s+elkaar|in\s+zee|kapot|"
    # "Gooi die holebi's gewoon van de brug"
    r"van\s+(?:de|het|een)\s+(?:brug|dak|toren|flat|rots|klif))\b"
    # "Rij gewoon over die Eritreeërs op de parking"
    r"|^\s*(?:rij|rijd)\s+(?:gewoon\s+|maar\s+|eens\s+)*over\s+(?:ze|die|hen|al\s+die|alle)\b"
    # (not "laat ze hun flessen opruimen": their things)
    r"|^\s*laat\s+(?:\w+\s+)?(?:ze|die|hen|de|dat)\b(?!\s+(?:hun|haar|zijn|hunne|z'n|zn)\b)[^.!?]{0,40}?\b(?:zinken|verdrinken|verzuipen|creperen|stikken|"
    r"opruimen|platbombarderen|afmaken|uitroeien)\b"
    r"|\bbulldozer\s+over\b"
    # "Congolezen in Schaarbeek: een vlammenwerper en ge zijt ze kwijt"
    r"|\b(?:een|ne|nen|wat)\s+(?:\w+\s+)?(?:vlammenwerper|vlammenwerpers|mitrailleur|machinegeweer|kalasjnikov|"
    r"bulldozer|bom|granaat|benzine|gifgas)\s+en\s+(?:ge|je|we|gij|wij)\s+(?:zijt|zijn|bent|zit|zitten)\s+(?:ze|die|hen|er)\s+"
    r"(?:\w+\s+)?(?:kwijt|vanaf)\b"
    # "Lesbiennes die hand in hand lopen vragen erom om in elkaar geslagen te worden"
    r"|\bvragen\s+(?:er\s+)?(?:om|erom)\s+(?:om\s+)?(?:\w+\s+)?(?:in\s+elkaar\s+geslagen|geslagen|aangevallen|"
    r"afgeranseld|verkracht|neergestoken|doodgeslagen)\s+te\s+worden\b"
    # "Laat die Eritreeërs in de koelwagen zitten tot ze bevroren zijn": left until they die
    r"|\blaat\s+(?:\w+\s+)?(?:ze|die|hen)\b[^.!?]{0,50}?\btot\s+(?:ze|zij)\s+(?:\w+\s+)?(?:bevroren|dood|verhongerd|"
    r"gestikt|verdronken|verzopen|gecrepeerd|doodgevroren|uitgehongerd)\b"
    # "sla ik die gewoon tegen de grond", "rijden we ze met de auto van de baan"
    r"|\b(?:sla|slaan|klop|kloppen|rij|rijden|knal|knallen|schiet|schieten)\s+(?:ik|k|we|wij)\s+(?:ze|die|hen|hem|haar)\b"
    r"[^.!?]{0,30}?\b(?:tegen\s+de\s+grond|in\s+elkaar|dood|kapot|neer|af|van\s+de\s+baan|omver|plat)\b"
    # "als het opvangcentrum er komt, dan brandt het binnen de maand af" (said where a group lives
    # or prays)
    r"|\bdan\s+(?:brandt|gaat)\s+(?:het|die|dat|da)\s+(?:\w+\s+){0,4}?(?:af|in\s+de\s+fik|in\s+brand|de\s+lucht\s+in)\b"
    # "goed dat ze dat opvangcentrum in de fik hebben gestoken": the deed approved (not "Goed
    # vinden dat een Roemeen in elkaar is geslagen. ...": someone else's approval, appalled at)
    r"|\b(?:goed|terecht|eindelijk|proficiat|bravo|chapeau|blij)\s+(?!vinden\b)(?:\w+\s+){0,2}?(?:dat|da)\s+(?:\w+\s+){0,8}?"
    r"(?:in\s+(?:de\s+)?(?:brand|fik)\s+(?:\w+\s+)?(?:gestoken|gezet)|in\s+elkaar\s+(?:\w+\s+)?geslagen|"
    r"afgebrand|platgebrand|afgeranseld|afgetuigd)\b"
    # "een kogel voor elke zwarte die nog klaagt"
    r"|\b(?:een|ne|nen|e)\s+(?:kogel|bom|strop)\s+(?:voor|in)\s+(?:elke|iedere|ieder|alle|al\s+die)\b"
    # "..., ik sla ze tegen de grond" (the group named before)
    r"|\b(?:ik|k|we|wij)\s+(?:sla|slaan|klop|kloppen|stamp|stampen|trap|trappen|rij|rijden|knal|knallen|schiet|"
    r"schieten)\s+(?:ze|die|hen|al\s+die|alle)\b[^.!?]{0,30}?\b(?:tegen\s+de\s+grond|in\s+elkaar|in\s+mekaar|"
    r"dood|kapot|neer|van\s+de\s+baan|omver|plat)\b"
    # "homo's kloppen na de Pride, wie doet mee?": the act first, the call to join after (not
    # "kloppen aan bij de voedselbank")
    rf"|\b(?:kloppen|{_BEATING_UP})(?!\s+(?:aan|op)\b)[^!?]{{0,40}}?\bwie\s+(?:doet|gaat|komt)\s+(?:er\s+)?mee\b"
    # "Roma van de kerstmarkt ranselen, ...", "Gewoon overrijden, niemand die ze mist": the act
    # alone as the sentence's verb, a command (not "wie Roma in elkaar slaat", "mensen die joden
    # overrijden, ...": a clause about those who do it)
    rf"|^\W*(?:(?!{_NO_COMMAND_BEFORE}\b)[\w']+\s+){{0,6}}?(?:{_BEATING_UP}|overrijden|afknallen|neerknallen"
    r"|neerschieten|doodschieten|afslachten|vergassen)\s*(?:[,.!]|$)"
    r"|^\W*(?:ophangen|opknopen)\s+aan\s+(?:een|de|ne|den)\s+(?:\w+\s+)?(?:boom|bomen|paal|palen|lantaarnpaal|"
    r"lantaarnpalen|lantarenpalen|galg)\b"
)

# A deed told as news of its prosecution or report: "Het parket vervolgt twee mannen voor ...",
# "ik heb het gerapporteerd".
_PROSECUTED = lazy_compile(
    r"\b(?:parket|vervolgt|vervolgd|vervolgen|veroordeeld|veroordeling|celstraf|aangehouden|"
    r"opgepakt|aangifte|klacht\s+ingediend|gerapporteerd|rapporteren|gemeld|riskeren)\b"
)
# "🐒🍌 onder een foto zetten en dan verschieten ... Ge zijt gewoon racist"
_CALLED_RACISM = frozenset("racist racisten racistisch racistische racisme".split())  # noqa: SIM905
_REPORTED_TO_US = lazy_compile(
    r"\b(?:admin|moderator|moderatie|verwijderen|verwijder|verwijderd|melden|meld|gemeld|rapporteren|"
    r"gerapporteerd|beheerder)\b"
    # "88 en 1488 in de comments ... Da zijn neonazicodes mensen": the numbers called codes
    r"|\b(?:neo)?nazi-?codes?\b|\bhaatcodes?\b"
)
_WORSHIP_OR_SHELTER = frozenset(
    """moskee moskees moskeeen synagoge synagogen gebedshuis gebedshuizen asielcentrum asielcentra
    opvangcentrum opvangcentra azc bootjes boten caravans woonwagens""".split()  # noqa: SIM905
)
# Disgust opening a sentence about a group pointed at: "Walgelijk, die christenen met hun
# processie", "bah, die Polen met hun bierbuiken" (the group within three words).
_DISGUST_FIRST = lazy_compile(
    r"^\W*(?:walgelijk|walgelijke|vies|vieze|smerig|smerige|bah|jakkes|gadverdamme|getver|gadver|"
    r"kotsbaar|misselijkmakend|afschuwelijk|goor|gore)\W+(?:al\s+)?(?:die|dat|de|zo'?n)\s+(?:\w+\s+){0,2}?(\w+)"
)
# Two men or two women showing affection, and the writer's disgust at it: "twee venten die mekaar
# kussen op de markt, ik moest bijna kotsen 🤮".
_SAME_SEX_AFFECTION = lazy_compile(
    r"\b(?:twee|2|die|zo'?n|zon)\s+(?:venten|mannen|gasten|jongens|vrouwen|wijven|meiden|meisjes)\s+"
    r"(?:die\s+|zien\s+)?(?:\w+\s+){0,3}?(?:kussen|zoenen|muilen|knuffelen|vrijen|hand\s+in\s+hand)\b"
)
_AFFECTION_STEMS = literal_alternation(("kus", "zoen", "muil", "knuffel", "vrij", "hand in hand"))
_SICK_AT_IT = lazy_compile(
    r"\b(?:kotsen|overgeven|braken|misselijk|kotsmisselijk|walgelijk|vies|smerig|goor|bah|jakkes|"
    r"gadverdamme|degoutant|ranzig|ziekelijk|tegennatuurlijk|onnatuurlijk)\b|🤮|🤢"
)
_OURS_ONLY = lazy_compile(
    r"\b(?:enkel|alleen|uitsluitend|voorbehouden)\s+(?:voor\s+)?(?:echte|eigen|onze\s+eigen)\s+"
    r"(?:belgen|vlamingen|mensen|volk|daklozen|inwoners|(?:vlaamse|belgische)\s+(?:kinderen|kids|jongeren|gezinnen|mensen))\b"
    r"|\bvoor\s+(?:onze\s+)?eigen\s+(?:mensen|volk|daklozen)\s+eerst\b"
    # "wie geen Vlaming is van bloed"
    r"|\b(?:vlaming|vlamingen|belg|belgen)\s+(?:is\s+|zijn\s+)?van\s+bloed\b"
    r"|\b(?:enkel|alleen|uitsluitend)\s+voor\s+mensen\s+met\s+(?:vlaamse|belgische)\s+(?:grootouders|ouders|roots)\b"
)
_OURS_ONLY_GATES = required_words(_OURS_ONLY)
_THEIR = frozenset(["hun", "hulder", "hunder", "ulder"])  # "'t zit in hulder bloed"
_POSSESSIVES = frozenset(["hun", "haar", "ons", "onze", "jullie", "uw", "mijn"])
_POINTING = frozenset(["die", "dat", "deze", "dit", "zo'n", "zon", "zulk", "zulke", "al", "het"])
_DISGUST = frozenset(
    [
        "bah",
        "jakkes",
        "jakkie",
        "gadver",
        "gadverdamme",
        "getver",
        "bweik",
        "walgelijk",
        "kots",
        "kotsen",
    ]
)
_BODY_WORD_SLURS = frozenset(["poot", "poten", "pot", "potten", "potje", "nicht", "nichten"])
_CONTEMPT_AIM = frozenset(
    """vuile vuil smerige vieze stomme kut rot klote kanker tyfus bende stelletje hoop al alle
    allemaal""".split()  # noqa: SIM905
)
_COLLECTIVES = frozenset(
    ["ras", "volk", "soort", "bende", "nest", "troep", "stelletje", "zootje", "hoop", "horde"]
)
# The collectives of animals said straight before the word: "een plaag sprinkhanen", "een kudde
# beesten in een voetbalshirt"
_SWARMS = frozenset(["kudde", "plaag", "zwerm", "nest", "horde", "troep", "roedel", "roedels"])
_LIKE = frozenset(["als", "net", "gelijk", "zoals", "precies", "lijken", "lijkt"])
_LIKENED_TO_A = frozenset(["een", "ne", "nen", "e", "echte", "als"])  # "net een", "net als"
_SHOULD = frozenset(
    "moeten moet mogen mag verdienen verdient zouden zou moesten".split()  # noqa: SIM905
)
# What is done to a group, told as a wrong: "ze worden als vee behandeld", "als ratten weggezet"
_DONE_TO_THEM = _TREATING | frozenset(
    """genoemd noemen noemt noemde opgejaagd opjagen opgesloten opsluiten gezien aanzien
    aangezien voorgesteld voorstellen""".split()  # noqa: SIM905
)


_MADE_TO = frozenset(["moeten", "moesten", "moet", "moest"])
_LIVE = frozenset(["leven", "wonen", "slapen", "hokken", "overleven"])


def _made_to_live_like(toks: Sequence[str], start: int) -> bool:
    """Whether the word at ``start`` says how people must live ("moeten leven als ratten",
    "moesten slapen gelijk beesten"), not what they are."""
    k = start - 1 if start > 0 and toks[start - 1] in _LIKE else start - 2
    return (
        k >= 2
        and toks[k] in _LIKE
        and toks[k - 1] in _LIVE
        and (toks[k - 2] in _MADE_TO or (k >= 3 and toks[k - 3] in _MADE_TO))
    )


def _treated_as(toks: Sequence[str]) -> bool:
    """Whether a sentence tells how a group is treated or shown ("als vee behandeld", "als
    profiteurs weg te zetten", "als criminelen af te schilderen")."""
    return not _DONE_TO_THEM.isdisjoint(toks) or (
        ("weg" in toks and ("zetten" in toks or "zet" in toks))
        or ("af" in toks and ("schilderen" in toks or "schildert" in toks))
    )


_WHAT_IS_THERE = frozenset(
    ("wat", "is", where) for where in ("daar", "der", "er", "daaraan")
) | frozenset(("is", "daar", adverb) for adverb in ("nu", "zo"))
_INSTITUTIONS = frozenset(["asielcentrum", "asielcentra", "opvangcentrum", "azc"])
# "zijn als onkruid", "zijn net als ratten": a copula before "als" likens, it tells no treatment
_LIKENED_BY_COPULA = frozenset(
    (copula, "als") for copula in ("zijn", "is", "waren", "zijt", "zen", "net", "gelijk")
)
# Slur-free contempt right before a group: "die vuile Marokkanen", "stinkende zigeuners".
_CONTEMPT = frozenset(
    [
        "vuile",
        "vuil",
        "vieze",
        "smerige",
        "stinkende",
        "gore",
        "kut",
        "klote",
        "rot",
        "kanker",
        "tyfus",
        "achterlijke",
        "luie",
        "profiterende",
        "criminele",
        "zieke",
        "gestoorde",
    ]
)
# Degrading predicates in "<group> zijn (gewoon/allemaal) <predicate>".
_DEGRADING = frozenset(
    [
        "ziek",
        "gestoord",
        "abnormaal",
        "minderwaardig",
        "achterlijk",
        "pervers",
        "vies",
        "smerig",
        "dom",
        "lui",
        "crimineel",
        "gevaarlijk",
        "onmenselijk",
        "primitief",
        "onbeschaafd",
        "barbaars",
        "walgelijk",
        "geestesziek",
        "gestoorden",
        "lelijk",
        "stom",
        "onnozel",
        "agressief",
        "onbetrouwbaar",
        "achterbaks",
        "leugenachtig",
        "hypocriet",
        "schijnheilig",
        "arrogant",
        "asociaal",
        "waardeloos",
        "nutteloos",
        "tweederangsburgers",
        "robots",
        "onbeleefd",
        "gierig",
        "vals",
        "gewelddadig",
        "onhygienisch",
        "ondankbaar",
        "egoistisch",
        "dronken",
        "bezopen",
        "onbeschoft",
        "een",  # "zijn een plaag/pest/kanker": the noun is in the dehumanising lexicon
    ]
)
# The same words before a noun, and their superlatives: "zijn gewoon asociale mensen", "zijn
# allemaal arrogante schreeuwers", "de lelijkste vrouwen die er bestaan".
_DEGRADING_ATTRIBUTIVE = frozenset(
    """zieke gestoorde abnormale minderwaardige achterlijke perverse vieze smerige domme luie
    criminele gevaarlijke onmenselijke primitieve onbeschaafde barbaarse walgelijke geesteszieke
    lelijke stomme onnozele agressieve onbetrouwbare achterbakse leugenachtige hypocriete
    schijnheilige arrogante asociale onbeleefde gierige valse gewelddadige onhygienische
    ondankbare egoistische ziekste domste luiste lelijkste vuilste smerigste viesste
    achterlijkste slechtste ergste waardeloze nutteloze""".split()  # noqa: SIM905
)
# Degree words between the copula and the verdict: "zijn allemaal mentaal ziek", "te lui en te
# arrogant", "zo dom".
_DEGREE = frozenset(
    """te zo heel erg nogal compleet totaal volledig super mentaal geestelijk psychisch""".split()  # noqa: SIM905
)
# A whole group called by a word for a wrongdoer or by an insult: "katholieken zijn allemaal
# kinderverkrachters", "die lesbiennes zijn allemaal gefrustreerde mannenhaters", "elke
# transvrouw is gewoon een pervert" (the insult words: the insult detector's lexicons).
_WRONGDOERS = frozenset(
    """kinderverkrachters kinderverkrachter verkrachters verkrachter pedofielen pedofiel
    kindermisbruikers kindermisbruiker misbruikers criminelen crimineel dieven dief zakkenrollers
    inbrekers drugsdealers drugsdealer dealers terroristen terrorist moordenaars moordenaar
    hypocrieten hypocriet profiteurs profiteur uitvreters uitvreter klaplopers klaploper
    leeglopers leegloper nietsnutten nietsnut parasieten perverten pervert perverts viezeriken
    viezerik aandachtzoekers aandachtzoeker mannenhaters leugenaars leugenaar bedriegers
    oplichters oplichter egoisten zwakkelingen fraudeurs smokkelaars racisten""".split()  # noqa: SIM905
)
# The plural wrongdoers that end a compound ("uitkeringsprofiteurs", "internetfraudeurs"); a
# compound needs a first part of three letters or more before them.
_WRONGDOER_ENDINGS = tuple(
    sorted(
        w
        for w in _WRONGDOERS
        if len(w) >= 6 and w.endswith(("s", "en")) and w not in {"dealers", "perverts"}
    )
)


def _a_wrongdoer_compound(word: str) -> bool:
    return word.endswith(_WRONGDOER_ENDINGS) and any(
        word.endswith(w) and len(word) - len(w) >= 3 for w in _WRONGDOER_ENDINGS
    )


_INSULT_WORDS = lexicon("insult_strong", plurals=True)
_MILD_INSULT_WORDS = lexicon("insult_mild", plurals=True)
_GENERIC_ONE = frozenset(["elke", "iedere", "ieder", "een", "ne", "nen"])
_ATTRIBUTIVE = frozenset(["gefrustreerde", "vuile", "smerige", "luie", "domme", "echte", "gewone"])
# "ik vind zwarte mensen gewoon lelijk": the writer's verdict on a group, without a copula
_JUDGE = frozenset(["vind", "vindt", "vinden", "vond", "vonden"])
# "<group> zijn de oorzaak van alle problemen", "<group> horen hier niet (thuis)"
_BLAME = lazy_compile(
    r"(?:de\s+|het\s+)?(?:oorzaak|schuld|bron|wortel)\s+van\s+(?:alle|al|alles|het\s+kwaad|onze)\b"
)
_BEHIND_IT = lazy_compile(
    # ("joden zitten ni achter alles": denied, not said)
    r"(?:zitten|zit|steken|steekt|zaten)\s+(?:(?!(?:niet|nie|ni|nooit)\b)\w+\s+)?achter\b"
    # "zitten achter in de zaal", "achter de kassa": a place, not a plot
    r"(?!\s+(?:in|op|aan|elkaar|de\s+(?:toog|kassa|balie|computer|pc|stuur|tafel|rug|bus)))"
)
_NOT_BELONGING = lazy_compile(
    r"(?:horen|hoort|hore)\s+(?:hier\s+)?(?:(?:hier|in\s+ons\s+land|in\s+belgie|in\s+vlaanderen|in\s+europa)\s+niet?"
    r"|niet?\s+bij\s+ons"
    r"|(?:niet?|ook\s+niet?)\s+(?:thuis\s+)?(?:in|bij|tussen)\s+(?:ons|onze|deze|dit|belgie|vlaanderen|europa|nederland)\b"
    r"|nergens\s+(?:thuis|bij\s+ons))\b"
    r"|(?:moeten|mogen)\s+(?:\w+\s+)?(?:apart\s+gezet|opgesloten|weggestopt)\s+worden\b"
    # "horen in een kooi", "moeten achter prikkeldraad"
    r"|(?:horen|hoort|moeten|moet)\s+(?:\w+\s+)?(?:in\s+(?:een|de)\s+(?:kooi|zoo|dierentuin|hok|stal|getto)|"
    r"achter\s+(?:de\s+)?(?:tralies|prikkeldraad))\b"
)
# Diseases a group is said to spread rather than to be ("hebben dat virus verspreid").
_DISEASES = frozenset("virus virussen ziekte ziektes ziekten pest corona covid".split())  # noqa: SIM905
_SPREAD = frozenset(
    """verspreid verspreiden verspreidt verspreidden meegebracht binnengebracht gebracht
    overgedragen doorgegeven""".split()  # noqa: SIM905
)

# The smear's verb in the singular, said of the one ("ene") pointed at: "die ene bende die ...
# steelt", "die ene buurman die stinkt" (not "één", which folds to "een", the generic "een
# Roemeen steelt altijd").
_SINGULAR_SMEARS = frozenset(
    "steelt stinkt profiteert liegt bedriegt zeurt rooft verpest verziekt".split()  # noqa: SIM905
)


def _one_of_them_does(toks: tuple[str, ...], at: int, smear: str) -> bool:
    """Whether the smear at token ``at`` is a singular verb whose subject, in the words before
    it, is the one pointed at ("die ene bende die in onze wijk koperdraad steelt")."""
    return smear.split(maxsplit=1)[0] in _SINGULAR_SMEARS and "ene" in toks[max(0, at - 8) : at]


# Smears that are only said of people: stealing, stinking, bringing crime and disease, no
# civilisation, ruling the world.
_SMEAR = lazy_compile(
    r"\b(?:profiteren|profiteert|stelen|steelt|stinken|stinkt|roven|pikken\s+alles|brengen\s+(?:alleen\s+maar\s+|enkel\s+|niets\s+dan\s+)?"
    r"(?:ziektes|ziekten|criminaliteit|misdaad|terreur|ellende|armoede)|geen\s+beschaving|zijn\s+niet?\s+te\s+vertrouwen|"
    r"(?:kan|kunt|kun|moet|moogt|mag)\s+(?:je|ge|gij|men|u)\s+(?:echt\s+|gewoon\s+)?(?:niet|nooit|nie|ni)\s+vertrouwen|"
    r"(?:verpesten|verpest|verzieken|verziekt|verloederen|verknoeien)\s+(?:onze|ons|de|het|heel\s+de|heel\s+het)\s+"
    r"(?:stad|wijk|land|buurt|gemeente|straat|samenleving|dorp|zwembad|park)|"
    r"sturen\s+de\s+wereld|controleren\s+(?:de\s+)?(?:wereld|media|banken)|bomgordels?|in\s+hun\s+handen|"
    r"(?:hebben|heeft)\s+(?:(?!niet\b|nie\b|ni\b|geen\b)\w+\s+){0,8}?in\s+(?:handen|hun\s+macht|de\s+greep)|"
    # "Roma werken niet", "alle Syriërs zijn hier voor de uitkering", "vrouwen kunnen niet rijden"
    # ("Roma willen gewoon nie werken", "Syriërs willen hier eigenlijk geen werk")
    r"werken\s+(?:niet|nie|ni|nooit)(?!\s+mee\b)|willen\s+(?:hier\s+)?(?:gewoon\s+|eigenlijk\s+|toch\s+)?"
    r"(?:(?:niet|nie|ni)\s+werken|geen\s+werk\b(?!\s+(?:zonder|met|als|in|op|bij|aan|voor|van)\b))|"
    r"(?:zijn|komen)\s+(?:hier\s+)?(?:enkel|alleen|gewoon|allemaal|maar)?\s*(?:hier\s+)?voor\s+"
    r"(?:de|het|onze|ons)\s+(?:uitkering\w*|geld|steun|centen|leefloon)|"
    r"leven\s+(?:\w+\s+)?van\s+(?:de\s+)?(?:uitkering\w*|steun|het\s+ocmw|onze\s+centen|leefloon)|"
    r"kunnen\s+(?:zelfs?\s+|nog\s+)?(?:niks|niets|nie|ni|niet)\s+(?:eens\s+)?(?:fatsoenlijk\s+|deftig\s+|gewoon\s+)?(?:achteruit\s+)?"
    r"(?:organiseren|rijden|leren|integreren|parkeren)|"
    # "Afrikanen en werken, dat gaat niet samen"
    r"en\s+(?:werken|werk|hygiene|beschaving|integratie|integreren|respect|eerlijkheid|kinderen|kids|onderwijs|leiding)"
    r"\s*,?\s+(?:dat|da)\s+(?:(?:gaat|gaan)\s+(?:niet|nie|ni)\s+samen|is\s+(?:nooit|geen)\s+(?:een\s+)?goede?\s+combinatie)|"
    # "zet nooit een Roemeen op uw bouwwerf, voor de middag is al uw koper weg"
    r"(?:is|zijn)\s+(?:al\s+)?(?:uw|je|jouw|ons|onze)\s+(?:koper|spullen|gereedschap|materiaal|fiets|fietsen|portemonnee|"
    r"portefeuille|juwelen)\s+(?:weg|verdwenen|gestolen|gepikt)|"
    # "Afrikanen hebben geen besef van tijd", "die kennen het begrip tijd niet"
    r"(?:hebben|heeft)\s+geen\s+(?:enkel\s+)?(?:besef|notie|benul)\s+van\s+(?:tijd|afspraken|hygiene)|"
    r"kennen\s+het\s+begrip\s+(?:tijd|werken|hygiene|respect|afspraak)\s+(?:niet|nie|ni)|"
    # "die moslims liegen, dat mag van hun godsdienst"
    r"liegen\b[^.!?]{0,60}\bvan\s+hun\s+(?:godsdienst|geloof|religie|koran)|"
    # "joden zitten aan de knoppen van de banken", "trekken overal aan de touwtjes"
    r"zitten\s+(?:overal\s+)?aan\s+de\s+(?:knoppen|touwtjes)|trekken\s+(?:overal\s+)?aan\s+de\s+touwtjes|"
    # "homo's als kleuterjuf? Daar komen alleen maar problemen van"
    r"(?:daar|dat)\s+(?:komen|komt|geeft|brengt)\s+(?:alleen\s+maar\s+|enkel\s+|niets\s+dan\s+)(?:problemen|ellende|miserie)|"
    r"laten\s+hun\s+kinderen\s+bedelen|zuipen|bedelen|niet\s+willen\s+werken|"
    # "Afrikanen zijn gewoon trager van begrip", "vrouwen begrijpen dat van nature niet",
    # "die hebben nu eenmaal een andere kijk op kinderen"
    r"(?:zijn|is)\s+(?:gewoon\s+|nu\s+eenmaal\s+)?(?:trager\s+van\s+begrip|dommer|luier|minder\s+slim|agressiever|gewelddadiger|crimineler)|"
    # "hebben geen respect voor vrouwen", "lossen alles op met messen", "kennen alleen geweld"
    r"hebben\s+geen\s+respect\s+voor\s+(?:vrouwen|onze\s+\w+)|lossen\s+alles\s+op\s+met\s+(?:messen|geweld|pistolen)|"
    r"kennen\s+(?:alleen|enkel)\s+(?:maar\s+)?geweld|"
    r"van\s+nature\s+(?:niet|nie|ni|geen|minder|lui|dom|agressief|gewelddadig)|"
    r"(?:een\s+)?andere\s+kijk\s+op\s+kinderen|"
    # "vrouwen hebben daar het verstand niet voor", "geboren dieven"
    r"hebben\s+(?:daar\s+)?(?:het|de)\s+(?:verstand|hersenen)\s+(?:niet|nie|ni)\s+voor|"
    r"geboren\s+(?:dieven|criminelen|leugenaars|profiteurs|oplichters)|worden\s+toch\s+(?:maar\s+)?emotioneel|"
    r"op\s+(?:onze\s+)?kosten\s+van\s+(?:ons|onze|de\s+belastingbetaler|het\s+ocmw|de\s+staat)|"
    r"(?:zijn|is)\s+een\s+last\s+voor\s+(?:de|onze|ons)\s+(?:samenleving|maatschappij|land)|"
    r"nutteloze\s+(?:monden|eters)|wat\s+ze\s+met\s+(?:de\s+|onze\s+|uw\s+)?kinderen\s+doen|"
    r"(?:zijn|is)\s+(?:gewoon\s+)?te\s+emotioneel|minder\s+(?:intelligent|slim|waard|beschaafd)\s+(?:zijn|is)|"
    r"respecteren\s+(?:onze|ons|de)\s+\w+\s+(?:niet|nie|ni)|"
    # "Walen zijn lui van nature", "die homo moet je nooit alleen laten met jongens"
    r"(?:lui|dom|agressief|crimineel|gewelddadig|vals|achterbaks)\s+van\s+nature|"
    r"nooit\s+alleen\s+laten\s+met\s+(?:jongens|meisjes|kinderen|kids|de\s+kinderen)|"
    # "transpersonen zijn een gevaar voor onze kinderen"
    r"(?:zijn|is|vormen)\s+(?:gewoon\s+|echt\s+)?een\s+(?:gevaar|bedreiging)\s+voor\s+(?:onze|ons|de|alle)\s+"
    r"(?:kinderen|vrouwen|dochters|samenleving|maatschappij|land|cultuur|veiligheid|jeugd)|"
    # "moslims zijn het slechtste wat ons land ooit is overkomen"
    r"(?:het\s+)?(?:slechtste|ergste)\s+wat\s+(?:ons\s+land|belgie|vlaanderen|europa|ons|onze\s+\w+)\s+"
    r"(?:ooit\s+)?(?:is\s+)?overkomen)\b"
)
_FEWER = lazy_compile(
    r"\bhoe\s+minder\s+(?:\w+\s+){0,2}?\w+\s*,?\s*hoe\s+(?:beter|liever|properder|veiliger)\b"
)
# "de X hebben hier het zeggen": in charge, nobody quoted (only when no other saying is there)
_IN_CHARGE = lazy_compile(
    r"\bvoor\s+(?:het|t|'t)\s+zeggen\b|\b(?:het|t|'t)\s+zeggen\s+(?:hebben|hebt|heeft)\b"
)
_THEIR_RE = "(?:" + "|".join(sorted(_THEIR)) + ")"
_IN_THEIR_BLOOD = lazy_compile(
    rf"\b(?:zit|ligt)\s+(?:het\s+)?(?:nu\s+eenmaal\s+)?in\s+{_THEIR_RE}\s+(?:bloed|genen|aard|dna|natuur|cultuur)\b"
    rf"|\bin\s+{_THEIR_RE}\s+(?:bloed|genen|aard|dna|natuur|cultuur)\s+(?:zit|ligt)\b"
    # "werken zit gewoon niet in hun aard": a virtue denied them (not "stelen zit niet in hun aard")
    r"|\b(?:werken|respect|integreren|eerlijkheid|properheid|hygiene|beleefdheid|orde|discipline|dankbaarheid|"
    r"leren|opvoeding|netheid|stiptheid)\s+(?:zit|ligt)\s+(?:\w+\s+)?(?:niet|nie)\s+(?:\w+\s+)?in\s+"
    rf"{_THEIR_RE}\s+(?:bloed|genen|aard|dna|natuur|cultuur)\b"
)
# "de meeste vluchtelingen komen hier toch enkel voor het leefloon"
_ONLY_FOR_BENEFITS = lazy_compile(
    r"\b(?:komen|kwamen|zijn|zitten)\s+hier\s+(?:toch\s+|gewoon\s+)?(?:enkel|alleen|maar|gewoon|puur)\s+(?:voor|om)\s+"
    r"(?:het|de|ons|onze|te)\s+(?:leefloon|uitkering|uitkeringen|geld|kindergeld|sociale\s+woning\w*|steun|centen|"
    r"profiteren|zakken)\b"
)
# "Er staat een woonwagenkamp in de buurt, dus ge weet al wie": the culprit implied by a group
_YOU_KNOW_WHO = lazy_compile(
    r"\b(?:dus\s+)?(?:ge|gij|je|we|wij|iedereen)\s+(?:weet|weten)\s+(?:al|wel|toch|allemaal|direct)\s+wie\b"
    r"(?!\s+(?:het|er)\s+(?:gevonden|teruggebracht|geholpen|gered))"
)
# "we weten allemaal wie de boel aan het overnemen is", after "'nieuwe Belgen'"
_TAKEOVER = lazy_compile(
    r"\b(?:overnemen|overneemt|overgenomen|inpalmen|inpalmt|ingepalmd|innemen|inneemt)\b"
    # 'nog een "nieuwe Vlaming" als schepen. Ge weet wel wat er aan het gebeuren is.'
    r"|\b(?:ge|je|we|wij)\s+(?:weet|weten)\s+(?:wel|toch|allemaal)\s+wat\s+er\s+(?:hier\s+)?aan\s+het\s+gebeuren\s+is\b"
)
# "Raar toch hoe de 'globalisten' altijd dezelfde familienamen hebben. Vraag u eens af wie
# achter die nieuwe woonwijk zit." (the word in scare quotes)
_SCARE_QUOTED_FINANCIERS = frozenset(
    ["globalisten", "globalist", "bankiers", "financiers", "elite", "rothschilds", "kosmopolieten"]
)
_SAME_NAMES_BEHIND = lazy_compile(
    r"\b(?:altijd\s+)?(?:dezelfde|diezelfde)\s+(?:familie)?namen\s+(?:hebben|dragen)\b"
    r"|\b(?:hebben|dragen)\s+(?:\w+\s+)?(?:dezelfde|diezelfde)\s+(?:familie)?namen\b|\bwie\s+(?:er\s+)?(?:echt\s+)?achter\b[^.!?]{0,40}?\bzit\b"
)
# "Weer een steekpartij aan het station. Geen naam, geen foto in het bericht. We weten genoeg."
_NO_NAME_NO_PHOTO = lazy_compile(
    r"\bgeen\s+(?:naam|namen|foto|fotos|foto's)\s*,?\s*(?:en\s+)?geen\s+(?:naam|namen|foto|fotos|foto's)\b"
    r"(?=[^!]{0,60}\b(?:we\s+weten\s+genoeg|zegt\s+genoeg|ge\s+weet\s+genoeg|nietwaar|raad\s+eens)\b)"
)
# "Die hebben overal hun geld in zitten" (of Jews named in the comment)
_MONEY_EVERYWHERE = lazy_compile(
    r"\b(?:die|ze|zij)\s+(?:hebben|hebbe)\s+overal\s+(?:hun\s+)?(?:geld|centen|vingers|handen|poten)\s+(?:in|tussen)\b"
)
_HINTING = frozenset(
    [
        "raden",
        "soort",
        "welk",
        "welke",
        "typisch",
        "typische",
        "zogenaamde",
        "zogezegde",
        "weet",
        "weten",
    ]
)
_BORN_AS = lazy_compile(
    r"\b(?:zijn|is|worden|wordt)\s+(?:\w+\s+)?(?:dieven|zakkenrollers|criminelen|profiteurs|leugenaars|oplichters|"
    r"parasieten|bedriegers|verkrachters|terroristen|luieriken|bandieten|schurken)\s+van\s+geboorte\b"
)
_PEOPLE = frozenset(
    ["mensen", "vrouwen", "mannen", "jongeren", "families", "gasten", "kinderen", "personen"]
)
# "Albanezen, da zijn ...": a pronoun that takes the group up again before the copula
_TAKEN_UP_AGAIN = frozenset(
    (pronoun, copula) for pronoun in ("da", "dat", "die") for copula in ("zijn", "zen")
)
_ADVERBS = frozenset(
    [
        "gewoon",
        "allemaal",
        "echt",
        "toch",
        "nu",
        "eenmaal",
        "allen",
        "nog",
        "zo",
        "altijd",
        "steeds",
    ]
)
_PREPOSITIONS = frozenset(["bij", "door", "van", "na", "tijdens", "op", "aan", "met", "na"])
_APE_EMOJI = ("🐒", "🦍", "🐵")
assert not any(e.isascii() for e in _APE_EMOJI)  # ``detect`` skips them on ASCII text


def _debunked(tokens: tuple[str, ...]) -> bool:
    """Whether the comment calls something a conspiracy theory or nonsense (not "geen ...")."""
    return any(
        t in _DEBUNKING and (k == 0 or tokens[k - 1] not in {"geen", "niet", "nie"})
        for k, t in enumerate(tokens)
    )


_DEBUNKING = frozenset(
    """complottheorie complottheorieen complotdenken complotdenkers fabel fabeltje mythe onzin hoax
    nepnieuws propaganda extreemrechts extreemrechtse complotpraat complotpraatjes bangmakerij
    angstzaaierij complotzever complotgezever zever gezever flauwekul nonsens larie
    antisemitisch antisemitische antisemitisme neonazi neonazis code""".split()  # noqa: SIM905
)
# A place named after a group is no group of people: "het asielcentrum is walgelijk" is said of
# a building or of what was written about it.
_PLACE_ENDINGS = ("centrum", "centra", "centrums", "huis", "huizen", "kantoor", "school", "scholen")
_OWN_SAYING = lazy_compile(
    r"\b(?:ik|k)\s+zeg\s+(?:het|da|dat|maar)\b|\bzeg\s+ik\b"
    # "..., sorry dat ik het zo zeg": the same in a clause of its own
    r"|\b(?:dat|da|als)\s+(?:ik|k)\s+(?:het|da|dat)\s+(?:zo\s+|maar\s+|eerlijk\s+|gewoon\s+)?zeg\b"
    # "..., dat zegt toch genoeg": the writer's conclusion
    r"|\b(?:dat|da|dit)\s+(?:\w+\s+)?zegt\s+(?:toch\s+|al\s+|eigenlijk\s+)?(?:genoeg|alles)\b"
    # "dat weet heel Brussel maar niemand zegt het", "en niemand die iets zegt": the writer
    # complains that no one else says it
    r"|\bniemand\s+(?:die\s+)?(?:het\s+|da\s+|dat\s+|iets\s+|er\s+iets\s+)?(?:zegt|zeggen)\b"
    # "Kutmarokkanen, meer moet ik over die rellen niet zeggen."
    r"|\bmeer\s+(?:moet|hoef|ga|wil)\s+(?:ik|k)\s+(?:er\s+)?(?:\w+\s+){0,6}?(?:niet|nie|niks|niets)\s+(?:te\s+)?zeggen\b"
    # "..., en dat mag gezegd worden", "dat moet ik toch eens zeggen": the writer stands by it
    r"|\b(?:dat|da|het)\s+(?:mag|moet|durf|wil)\s+(?:(?:ik|k|ook|toch|eens|nu|wel|gerust)\s+){0,3}(?:gezegd|zeggen)\b"
    # "..., ge moogt het blijkbaar niet meer zeggen maar ...", "maar zeggen mag niet hé": the writer
    # says it anyway
    r"|\b(?:ge|je|gij|men|we)\s+(?:moogt|mag|mogen|moogde|kunt|kan)\s+(?:het|dat|da)\s+(?:\w+\s+)?(?:niet|nie)\s+(?:meer\s+)?"
    r"zeggen\b|\bmag\s+(?:\w+\s+)?(?:niet|nie)\s+(?:meer\s+)?gezegd\s+worden\b|\bzeggen\s+mag\s+(?:\w+\s+)?(?:niet|nie)\b"
    r"|\bniemand\s+durft\s+(?:er\s+)?(?:nog\s+)?(?:iets|wat)\s+(?:van\s+|over\s+)?(?:te\s+)?zeggen\b"
    # "de cijfers zeggen: ...": figures, not a person, are the writer's source for a claim
    r"|\b(?:de\s+)?(?:cijfers|statistieken|feiten|stats)\s+(?:zeggen|zegt|tonen|bewijzen)\b"
    # "da waren gewoon n*kkers, zeg het maar gewoon": the writer urges the word
    r"|\bzeg\s+(?:het|da|dat)\s+(?:maar\s+)?(?:gewoon|eerlijk|luidop|rechtuit)\b"
)


def reports_words(norm: NormalisedText) -> bool:
    """Whether a comment holds a verb of saying or writing other than the writer's own ("ik zeg
    het maar", "dat zegt genoeg", "niemand die het zegt")."""
    return not REPORT_VERBS.isdisjoint(norm.tokens) and not _only_the_writer_says(
        norm.folded, _OWN_SAYING
    )


def _only_the_writer_says(text: str, saying: re.Pattern[str]) -> bool:
    """Whether ``text`` holds the writer's own ``saying`` and no verb of saying besides it."""
    return saying.search(text) is not None and REPORT_VERBS.isdisjoint(
        tokenize(saying.sub(" ", text))
    )


# "Waarom zijn ALLE Roma zogezegd dieven volgens de helft van de commenters hier?": a claim put in
# the mouths of others
_SAID_BY_OTHERS = lazy_compile(
    r"\b(?:zogezegd|zogenaamd)\b[^.!?]{0,60}\bvolgens\b"
    r"|\bvolgens\s+(?:de\s+helft\s+van\s+|veel\s+van\s+)?(?:de\s+|die\s+|sommige\s+|veel\s+)?"
    r"(?:commenters|reageerders|mensen\s+hier|sommigen|anderen|facebookers|posters)\b"
    r"|\bde\s+ene\s+(?:partij\s+|kant\s+)?(?:wil|zegt|roept|vraagt)\b[^.!?]{0,80}\bde\s+andere\s+(?:\w+\s+)?"
    r"(?:wil|zegt|roept|vraagt)\b"
)
# "Polakken in de busjes, de fietsen in de laadbak, ik zeg niks": the writer's insinuation beside
# a slur, not someone else's words (beside a group's name alone it may be a joke turned round:
# "de enige die altijd op tijd is, ik zeg niks")
_I_SAY_NOTHING = lazy_compile(r"\b(?:ik|k)\s+zeg\s+(?:niks|niets|nix)\b")
# "zij noemen het A, ik noem het B": what others say, then the writer's own name for it
_MY_NAME_FOR_IT = lazy_compile(
    r"\bnoemen\s+(?:het|dat|da|dit)\s+[^,;:]{1,40}[,;:]\s*(?:maar\s+)?(?:ik|k|wij|we)\s+(?:noem|noemen)\s+"
    r"(?:het|dat|da|dit)\b"
    # "Een tsunami van ongedierte, zo noem ik die 'vluchtelingen'"
    r"|\bzo\s+(?:noem|noemen)\s+(?:ik|k|wij|we)\b"
)
# Someone's words reported, then agreed with: the writer's own.
_SAID_AND_AGREED = lazy_compile(
    r"\b(?:hij|zij|ze|die|hem)\s+(?:had|heeft|hebben|hadden)\s+(?:toch\s+|gewoon\s+|100%\s+|overschot\s+van\s+|"
    r"volkomen\s+|helemaal\s+)?gelijk\b"
    # "... zei Oudkerk al in 2002. had hij toch gelijk of nie"
    r"|\b(?:had|heeft|hebben|hadden)\s+(?:hij|zij|ze|die)\s+(?:toch\s+|nu\s+|dan\s+|niet\s+|nie\s+){0,2}"
    r"(?:overschot\s+van\s+|helemaal\s+)?gelijk\b"
    # "..., dat zei mijn grootvader al en ik zie het elke dag": the writer confirms it
    r"|\b(?:ik|k)\s+(?:zie|merk|zag)\s+(?:het|dat|da|dit)\s+(?:hier\s+|zelf\s+|nog\s+)?(?:\w+\s+){0,2}?"
    r"(?:elke|iedere)\s+(?:dag|week)\b"
)
# A group proposed in a place as a question, and refused: "Zwarte mensen in ons stadsbestuur? Nee
# merci.", "zwarten bij de politie? nee dank u".
_NO_THANKS = lazy_compile(
    r"^\W*(?:nog\s+meer\s+|meer\s+|nog\s+|die\s+|de\s+)?(\w+(?:\s+\w+)?)\s+(?:in|bij|op|aan|als|naar)\s+"
    r"[^?.!]{1,60}\?+\s*(?:nee|neen)\s*[,.!]*\s*(?:merci|dank\s*u|dankuwel|dank\s+je|bedankt)\b"
)
_MONEY_EMOJI = ("💎",)
_HELP_EACH_OTHER = lazy_compile(
    r"\b(?:helpen|helpt|spelen|steken)\s+elkaar\s+(?:\w+\s+){0,2}?(?:aan\s+(?:het|de)\s+(?:geld|centen|opdrachten)|"
    r"de\s+(?:opdrachten|centen|bal)\s+toe)\b"
)
_CRIME = lazy_compile(
    r"\b(?:opgepakt|aangehouden|gearresteerd|arrestatie|overval|overvallen|steekpartij|dader|daders|verdachte|"
    r"verdachten|inbraak|inbraken|inbrekers?|diefstal|dieven|geweld|vechtpartij|schietpartij|mes|messen|rellen|relschoppers|"
    r"aangevallen|neergestoken|beroofd|overvallen|diefstallen|gestolen|criminaliteit\w*|steelt|stelen|steelde|"
    r"politieverslag\w*)\b"
)
_INSINUATING = lazy_compile(
    r"\b(?:weer\s+een|alweer|tuurlijk|natuurlijk|jaja|ja\s+ja|zogezegd|we\s+weten|ge\s+weet|iedereen\s+weet|grappig\s+hoe|"
    r"toevallig|raad\s+eens|nog\s+eens|bijzonder\s+hoe|opvallend\s+hoe|straf\s+hoe)\b"
    r"|[😉😏🙄🙃😂🤣🐐🥥]"
)
_SCARE_QUOTED_NATIONALITY = lazy_compile(
    r"(?:nieuwe\s+)?(?:belg|belgen|belgisch|belgische|vlaming|vlamingen|vlaams|vlaamse|landgenoot|landgenoten)"
    # "weer een 'Gentenaar' opgepakt": a town's people
    r"|\w+(?:enaar|enaars|elaar|elaars|naar|naars)"
)
# "de 'culturele verrijking' in Borgerhout ziet er altijd uit als een mes": a sneer in quotes
_SCARE_QUOTED_CODE = lazy_compile(
    r"(?:de\s+|onze\s+)?(?:culturele\s+)?verrijking|cultuurverrijking|verrijkt|diversiteit|multicultuur|nieuwe\s+buren|jongeren|jongere"
    # "toen 'die bepaalde bussen' aan het opvangcentrum stopten"
    r"|(?:die\s+|de\s+)?bepaalde\s+\w+(?:\s+\w+)?|jongeman|jongemannen|jongens"
)
# Extremist code: "88 aan alle echte Limburgers die zich niet laten vervangen" (the number with
# its company), "14 woorden ... 88", the fourteen words themselves, "ik noem het vervanging".
_CODE_WORDS = lazy_compile(
    r"(?<![\d.,/-])(?<!bus\s)(?<!lijn\s)(?<!nr\s)88(?![\d.,/-])"
    r"(?=[^.!?]{0,60}\b(?:vervangen|vervanging|omvolking|heil|blank|blanke|ras|14|groeten|gegroet)\b)"
    r"|(?<![\d.,/-])88(?![\d.,/-])(?=[^.!?]{0,60}\b(?:van\s+ons|ons\s+volk|ons\s+land|eigen\s+volk)\b)"
    # "88 aan alle echte Vlamingen die het nog begrijpen. Onze grond, ons bloed."
    r"|(?<![\d.,/-])88(?![\d.,/-])(?=[^!?]{0,80}\b(?:echte\s+vlamingen|ons\s+bloed|onze\s+grond|bloed\s+en\s+bodem)\b)"
    # "88 aan alle echte patriotten die ...": the number as a greeting
    r"|(?<![\d.,/-])(?<!bus\s)(?<!lijn\s)(?<!nr\s)88\s+(?:aan|voor)\s+(?:alle|al\s+de|onze|mijn)\s+(?:\w+\s+)?"
    r"(?:patriotten|patriot|kameraden|strijders|vlamingen|broeders|volksgenoten)\b"
    # "13 procent van de bevolking, 50 procent van de ..."
    r"|\b13\s*(?:%|procent)\s+van\s+de\s+(?:bevolking|inwoners|mensen)\b[^.!?]{0,40}?\b50\s*(?:%|procent)\b"
    r"|\b(?:14|heil)\s*[/ ]?\s*88\b"
    # "14 woorden, meer moet ik niet zeggen ... 88"
    r"|\b14\s+woorden\b(?=.*(?<![\d.,/-])88(?![\d.,/-]))"
    # "14 woorden, mensen. Ons volk, onze kinderen, onze toekomst."
    r"|\b14\s+woorden\b(?=[^!?]{0,120}\b(?:ons\s+volk|onze\s+kinderen|blanke?|witte\s+kinderen|ons\s+ras)\b)"
    # "Wie de 14 kent, weet genoeg. 88" (the numbers in the other order); "het bestaan van ons
    # volk veiligstellen" (the fourteen words in other words)
    r"|\b(?:de\s+)?14\s+(?:kent|kennen|woorden)\b[^!?]{0,80}?(?<![\d.,/-])88(?![\d.,/-])"
    r"|\b(?:het\s+)?bestaan\s+van\s+ons\s+(?:volk|ras)\s+(?:veiligstellen|beschermen|verzekeren|redden)\b"
    # "14 woorden, meer hoeft er niet gezegd te worden. Wie weet, weet."
    r"|(?<!van\s)(?<!in\s)(?<!met\s)\b14\s+woorden\b(?=[^!?]{0,80}\b(?:wie\s+weet\s*,?\s*weet|meer\s+(?:hoeft|moet)\s+(?:er\s+)?(?:niet|nie)\s+"
    r"gezegd|zegt\s+genoeg|genoeg\s+gezegd)\b)"
    # "... geen kerken meer nodig, de vervanging is bijna rond" (a church or mosque named first:
    # not the replacement of a sewer)
    r"|\b(?:kerken|kerk|moskee|moskeeen|cultureel\s+centrum|ons\s+volk)\b[^!?]{0,120}?\bde\s+vervanging\s+is\s+"
    r"(?:bijna\s+|al\s+|zo\s+goed\s+als\s+)?(?:rond|compleet|klaar|voltooid|in\s+volle\s+gang)\b"
    # the fourteen words themselves: "... een toekomst voor blanke kinderen veiligstellen"
    r"|\btoekomst\s+voor\s+(?:onze\s+)?(?:blanke|witte)\s+kinderen\b"
    # "ze noemen het 'diversiteit', ik noem het vervanging"
    r"|\b(?:ik|wij|we)\s+(?:noem|noemen)\s+(?:het|dat|da)\s+(?:vervanging|omvolking|invasie|kolonisatie|bezetting)\b"
    # "demografie is het lot van een volk"
    r"|\bdemografie\s+is\s+(?:het|ons)\s+(?:lot|noodlot)\b"
    # "wij zullen niet vervangen worden" (not by robots or a self-scan till)
    # "ze vervangen ons stilletjes, school per school" (not by robots)
    r"|\b(?:ze|zij|men)\s+(?:vervangen|verdrijven)\s+ons\b(?!\s+(?:\w+\s+)?door\s+(?:robots?|machines?|computers?|ai|apps?))"
    r"|\b(?:wij|we)\s+(?:zullen|gaan|laten)\s+(?:ons\s+)?(?:niet|nooit)\s+(?:laten\s+)?vervangen(?:\s+worden)?\b"
    r"(?![^.!?]{0,30}\bdoor\s+(?:een\s+|de\s+)?(?:robots?|machines?|computers?|ai|apps?|software|zelfscan\w*|een\s+app)\b)"
)
_WOMEN_TROPE = lazy_compile(
    r"\blaat\s+(?:de|dat\s+aan\s+de|het\s+aan\s+de|da\s+aan\s+de)\s+mannen\s+(?:het\s+|dat\s+|da\s+)?(?:\w+\s+)?"
    r"(?:doen|regelen|beslissen|besturen|over)\b"
    r"|\blaat\s+(?:dat|het|da)\s+(?:maar\s+)?aan\s+(?:de\s+)?mannen\s+over\b"
    # "Vrouwen achter het stuur van een vuilniswagen? ... Laat dat werk aan mannen."
    r"|\blaat\s+(?:dat|da|zo'?n|zulk)\s+(?:werk|job|jobs|werkje)\s+(?:maar\s+)?aan\s+(?:de\s+)?(?:mannen|echte\s+mannen|venten)\b"
    # "vrouwen als chauffeur? ... die kunnen gewoon niet rijden"
    r"|\b(?:die|ze|vrouwen)\s+kunnen\s+(?:gewoon|nu\s+eenmaal)\s+(?:niet|nie|geen)\s+(?:rijden|parkeren|auto\s+rijden|"
    r"leidinggeven|rekenen)\b"
    # "een vrouw als buschauffeur, dan weet ge toch waarom de bus altijd te laat is"
    r"|\b(?:een\s+)?(?:vrouw|vrouwen|wijf|wijven|madam)\s+(?:als|aan\s+het\s+stuur\s+als|achter\s+het\s+stuur)\b"
    r"[^.!?]{0,30}?,?\s*(?:dan|tja|ja)\s+(?:weet|snap|snapt|begrijp|begrijpt|ziet|zie)\s+(?:ge|je|gij|men|iedereen)\s+"
    r"(?:toch\s+|meteen\s+|al\s+|direct\s+)?waarom\b"
    # (what follows is a failing: not "... waarom het hier eindelijk vooruitgaat")
    r"(?=[^.!?]{0,60}\b(?:te\s+laat|altijd|nooit|niks|niets|kapot|eraf|fout|mis|traag|gracht|ongeluk|chaos|"
    r"puinhoop|zo\s+slecht|in\s+panne|afbrand\w*|misloopt|mislukt|in\s+de\s+soep)\b)"
    # "ze kunnen geen verkeer regelen zonder te panikeren"
    r"|\b(?:die|ze|vrouwen)\s+kunnen\s+(?:gewoon\s+|nu\s+eenmaal\s+|nog\s+)?(?:niet|nie|geen)\s+(?:\w+\s+){0,3}?"
    r"zonder\s+te\s+(?:panikeren|janken|huilen|wenen|flippen|roepen|gillen)\b"
    # "vrouwen zijn gewoon niet gemaakt voor zo'n job"
    r"|\bvrouwen\s+zijn\s+(?:gewoon\s+|nu\s+eenmaal\s+|echt\s+)?(?:niet|nie)\s+gemaakt\s+(?:voor|om)\b"
    # "zet nooit een vrouw aan het hoofd van de technische dienst"
    r"|\b(?:zet|benoem|neem|kies)\s+(?:nooit|geen)\s+(?:een\s+)?(?:vrouw|vrouwen|wijf|wijven)\s+(?:aan\s+het\s+hoofd|als\s+"
    r"(?:baas|chef|directeur|diensthoofd|leider|werfleider))\b"
    r"|\bzonder\s+te\s+(?:janken|huilen|wenen|grienen)\b"
    r"|\balles\s+op\s+gevoel\s+(?:en\s+)?(?:niks|niets)\s+op\s+verstand\b"
    r"|\bveel\s+emoties\s+en\s+(?:niks|niets)\s+beslissen\b"
    r"|\blaat\s+(?:ze|hen|die)\s+(?:maar\s+)?(?:in\s+de\s+keuken|achter\s+het\s+fornuis)\b"
    # "moeten eens goed gepakt worden door een echte vent, dan zijn ze genezen"
    r"|\b(?:door|met)\s+een\s+echte\s+(?:vent|man|kerel)\b[^.!?]{0,40}?\bgenezen\b"
    r"|\bmet\s+(?:slaag|klappen|een\s+pak\s+slaag|de\s+zweep)\s+te\s+genezen\b"
    # "Terug naar de keuken ermee", "een vrouw hoort nie in de gemeenteraad"
    r"|\bterug\s+naar\s+(?:de|het|uw|haar)\s+(?:keuken|fornuis|aanrecht)\s+(?:ermee|met\s+(?:haar|die|dat|hen))\b"
    r"|\b(?:een\s+vrouw|vrouwen|wijven|een\s+wijf)\s+(?:hoort|horen)\s+(?:echt\s+)?(?:niet|nie|ni)\s+(?:thuis\s+)?"
    r"(?:in|op|aan|bij|achter)\s+(?:de|het|een)\s+(?:stuur|gemeenteraad|politiek|politie|brandweer|leger|regering|"
    r"schepencollege|cockpit|directie|raad|parlement|werf|bouwwerf)\b"
    # "die beslist op gevoel en nie op verstand"
    r"|\bop\s+gevoel\s+en\s+(?:niet|nie|niks|niets)\s+op\s+(?:verstand|logica)\b"
    # "Vrouwen achter het stuur, daarom staat er elke dag file"
    r"|\bvrouwen\s+achter\s+het\s+stuur\W{0,3}\s*(?:daarom|dat\s+verklaart|vandaar)\b"
    # "ga terug naar uw fornuis, schat", "terug achter de kookpotten"
    r"|\b(?:ga|gaat|goa|keer|kruip)\s+(?:maar\s+|gij\s+|jij\s+|gauw\s+)?terug\s+(?:naar|achter|aan)\s+"
    r"(?:uw|u|je|jouw|het|de|haar|ulder)\s+"
    r"(?:fornuis|aanrecht|kookpotten|potten\s+en\s+pannen|strijkplank|keuken)\b"
    # "Vrouwen bij de brandweer? Dan brandt het huis af terwijl zij nog aan het inparkeren is."
    r"|\b(?:terwijl|omdat|want)\s+(?:zij|ze)\s+(?:nog\s+)?(?:aan\s+het\s+)?(?:inparkeren|make-?up|opmaken|nagels\s+lakken|"
    r"schminken|shoppen)\b"
    # "Een vrouw als korpschef, daarom komt de politie te laat. Eerst nog make-up doen zeker."
    r"|\beerst\s+(?:nog\s+)?(?:make-?up|haar\s+nagels|lippenstift|haar\s+haar)\b"
    # "vrouwen bij de brandweer, leuk voor de foto, maar ... wilt ge toch een echte vent"
    r"|\bwilt?\s+(?:ge|je|gij)\s+(?:toch\s+)?een\s+echte\s+(?:vent|man|kerel)\b"
    r"|\bvrouw\s+als\s+\w+\s*,\s*daarom\b(?=[^.!?]{0,60}\b(?:te\s+laat|niks|niets|mis|fout|kapot|ramp|chaos|traag|slecht)\b)"
    # "een vrouw als werfleider, dan weet ge toch al dat het niks wordt" (not "... dat ze het goed
    # zal doen")
    r"|\b(?:vrouw|vrouwen|wijf|wijven)\s+(?:als|aan\s+het\s+hoofd\s+van(?:\s+de)?)\s+(?:\w+\s+){0,2}?\w+\s*[,?]\s*(?:dan\s+)?(?:weet|weten)\s+"
    r"(?:ge|gij|we|wij|je)\s+(?:toch\s+|wel\s+)?al\b(?=[^.!?]{0,50}\b(?:niks|niets|mis|fout|kapot|ramp|chaos|soep)\b)"
)
_WITH_CHILDREN = lazy_compile(
    r"\bwat\s+(?:die\s+mensen|die\s+types|ze|zij|die)\s+met\s+(?:de\s+|onze\s+|uw\s+)?kinderen\s+"
    r"(?:van\s+plan\s+zijn|doen|willen|uitspoken)\b"
    # "zo'n homo als leerkracht? Die gaan onze kinderen toch maar rare ideeën aanleren."
    r"|\b(?:gaan|zullen|willen)\s+(?:onze|de|uw)\s+kinderen\s+(?:toch\s+)?(?:maar\s+)?(?:rare|vreemde|zieke|verkeerde|"
    r"perverse)\s+(?:ideeen|ideen|dingen|zaken)\s+(?:aanleren|leren|bijbrengen|opdringen)\b"
)
_SLUR_IN_OFFICE = lazy_compile(
    r"\b(?:een|ne|nen)\s+(?:poot|flikker|mietje|janet|nicht)\s+als\s+(?:schepen|burgemeester|leerkracht|juf|meester|"
    r"trainer|directeur|agent|voorzitter|leider|monitor|jeugdleider)\b"
)
_WHAT_THAT_LOT_DOES = lazy_compile(
    r"\b(?:iedereen|we|wij|ge|gij)\s+(?:weet|weten)\s+(?:toch\s+|wel\s+)?wat\s+(?:dat|da|die|dien)\s+"
    r"(?:volk|soort|ras|gespuis|tuig|zootje)\s+doet\b"
    # "da's geen vooroordeel, da's gewoon hoe dat volk is"
    # (said last: not "dat is gewoon hoe dat volk is: gastvrij en warm")
    r"|\b(?:gewoon\s+)?hoe\s+(?:dat|da|die|dien)\s+(?:volk|soort|ras|gespuis|tuig|zootje)\s+(?:is|zijn|in\s+elkaar\s+zit)\s*"
    r"(?:[.!]|$)"
)
# Words that code a group when put in scare quotes ("'jongeren'", "'verrijkt'") and the hint that
# everyone knows who is meant.
_CODED_IN_QUOTES = frozenset(
    """jongeren jongere jongens bewoners nieuwkomers verrijkt verrijking verrijkers cultuurverrijkers
    cultuurverrijking toevallig belgen belg vlamingen diverse divers multiculturele""".split()  # noqa: SIM905
)
# ("gelukszoekers" is left out: counter-speech quotes it to reject it, "geen 'gelukszoekers'")
_SNEERS_IN_QUOTES = frozenset(["cultuurverrijker", "cultuurverrijkers", "verrijkers"])
# "we mogen niet zeggen wie het doet": the two halves around the verb of saying
_NOT_ALLOWED_TO = (
    r"\b(?:we|wij|ge|je|men)\s+(?:mogen|moogt|mag)\s+(?:\w+\s+)?(?:niet|nie|ni)\s+(?:meer\s+)?"
)
_WHO_DOES_IT = r"\s+wie\s+(?:het\s+)?(?:doet|doen|deed|zijn|waren)\b"
_KNOWING_HINT = lazy_compile(
    r"\b(?:we|wij|iedereen|ge|gij)\s+(?:weten|weet)\s+(?:\w+\s+){0,2}?(?:wie|wat)\s+(?:er\s+|daarmee\s+|hiermee\s+)?"
    # (not when it is said at once: "iedereen weet wie bedoeld wordt: de leiding!")
    r"(?:bedoeld|gemeend)\b(?!(?:\s+(?:wordt|werd|worden))?\s*:)"
    r"|\b(?:we|wij|iedereen)\s+(?:weten|weet)\s+(?:allemaal\s+|toch\s+|wel\s+)*wie\s+(?:het\s+)?(?:zijn|waren|het\s+was)\b"
    # "we weten allemaal wat 'jongeren' betekent", "maar we mogen niet zeggen wie het doet"
    r"|\b(?:we|wij|iedereen|ge|gij)\s+(?:weten|weet)\s+(?:allemaal\s+|toch\s+|wel\s+)*wat\s+['\"‘’“”]?(?:\w+\s+)?\w+['\"‘’“”]?\s+"
    r"(?:betekent|betekenen|wil\s+zeggen|eigenlijk\s+betekent)\b|"
    + _NOT_ALLOWED_TO
    + r"(?:zeggen|vermelden|noemen)"
    + _WHO_DOES_IT
    # "ge moet de namen maar eens lezen", "ge snapt me wel"
    + r"|\b(?:lees|lezen)\s+(?:\w+\s+)?(?:de|die|hun)\s+namen\b|\bde\s+namen\s+(?:\w+\s+){0,2}?(?:lezen|bekijken)\b"
    # "Ze zeggen 'jongeren'. Ik zeg: check de voornamen maar eens."
    r"|\b(?:check|checkt|bekijk|bekijkt)\s+(?:\w+\s+)?(?:de|die|hun)\s+(?:voornamen|familienamen|achternamen|namen)\b"
    r"|\b(?:ge|gij|je|jij|u)\s+(?:snapt|begrijpt|verstaat)\s+(?:me|mij|het)\s+wel\b"
)
_NOT_ALLOWED_TO_SAY_WHO = lazy_compile(_NOT_ALLOWED_TO + "zeggen" + _WHO_DOES_IT)
_SARCASTIC_THANKS = lazy_compile(
    r"\b(?:dank\s+u\s+wel|dank\s+je\s+wel|bedankt|merci)\s+(?:\w+\s+)?(?:diversiteit|multicultuur|multiculti|verrijking|"
    r"open\s+grenzen|cultuurverrijkers)\b"
)
# "<group>...? Dan weet ge al dat ...", "? Dan weten we al waar het geld naartoe gaat"
_THEN_WE_KNOW = lazy_compile(
    r"\?\s*(?:dan\s+)?(?:weet|weten)\s+(?:ge|gij|we|wij|je|iedereen)\s+(?:toch\s+|nu\s+)?al\s+(?:dat|wat|waar|hoe|wie)\b"
    # (what follows is a vice: not "dan weet ge al dat het goed gedaan wordt")
    r"(?=[^.!?]{0,80}\b(?:zwart|stel\w*|gestolen|fraude|niet\s+af|profit\w*|familie|portefeuille|portemonnee|"
    r"vastnaaien|problemen|bedrog|knoei\w*|smeergeld|corrupt\w*|vuil\w*|lawaai|ruzie|kapot|geld|mes|messen)\b)"
    # "als er een Turk een garage opent, weet ge al dat het witwassen is"
    r"|\bals\s+(?:er\s+)?(?:een|ne)\s+\w+\b[^.!?]{0,40}?,\s*(?:dan\s+)?(?:weet|weten)\s+(?:ge|gij|we|wij|je)\s+(?:toch\s+)?al\s+dat\b"
    r"(?=[^.!?]{0,60}\b(?:zwart|witwas\w*|stel\w*|gestolen|fraude|profit\w*|bedrog|knoei\w*|smeergeld|corrupt\w*)\b)"
    r"|\?\s*(?:\w+\s+){0,8}?(?:iedereen|we|wij)\s+(?:weet|weten)\s+(?:toch\s+)?wat\s+(?:die|dien|zulke)\s+(?:mensen|types|lui)\s+"
    r"doen\b"
)
# "Elke Afrikaan die hier binnenkomt heeft een mes op zak", "iedere Roemeen steelt": a whole group
# pinned to a crime (the group is checked in the words before)
_NOT_EVERY = lazy_compile(r"\b(?:niet|nie|ni|zeker\s+niet)\s*$")
_EVERY_ONE_OF_THEM = lazy_compile(
    r"\b(?:elke|iedere|ieder|alle)\s+(\w+)\b[^.!?]{0,40}?\b(?:heeft|hebben|draagt|dragen|loopt|lopen)\s+(?:\w+\s+)?"
    r"(?:een\s+)?(?:mes|messen|wapen|wapens|zakmes|machete)\s+(?:op\s+zak|bij|mee|rond)\b"
)
# "Elke Marokkaanse jongen in Vilvoorde is een toekomstige dealer" (the group in the words after
# "elke" is checked)
_EVERY_ONE_A_CRIMINAL = lazy_compile(
    r"\b(?:elke|iedere|ieder)\s+((?:\w+\s+){1,6}?)(?:is|wordt)\s+(?:een\s+|ne\s+|nen\s+)?(?:toekomstige\s+|potentiele\s+|"
    r"latere\s+)?(?:dealer|drugdealer|crimineel|dief|terrorist|profiteur|verkrachter|inbreker|zakkenroller|uitkeringstrekker)\b"
)
# "Wie niet van hier is mag vertrekken", "sociale woningen zijn voor mensen met Vlaamse roots"
_ONLY_OUR_ROOTS = lazy_compile(
    # ("wie niet wit en christen is, kan beter vertrekken")
    r"\bwie\s+(?:niet|nie)\s+(?:van\s+(?:hier|ons)|wit|blank|vlaams|christen|katholiek)(?:\s+(?:en|of)\s+\w+)?\s+is\b"
    r"[^.!?]{0,20}?\b(?:mag|moet|kan)\s+(?:\w+\s+)?(?:vertrekken|opkrassen|"
    r"oprotten|terug|buiten|weg|ophoepelen)\b"
    # (only with "enkel" or a rest sent off: not "voor mensen met Vlaamse roots en nieuwe Vlamingen")
    r"|\b(?:zijn|is)\s+(?:enkel|alleen|uitsluitend)\s+voor\s+(?:mensen\s+met\s+)?(?:vlaamse|belgische|echte\s+vlaamse)\s+"
    r"(?:roots|wortels|afkomst|bloed)\b"
    r"|\b(?:zijn|is)\s+voor\s+(?:mensen\s+met\s+)?(?:vlaamse|belgische|echte\s+vlaamse)\s+(?:roots|wortels|afkomst|bloed)\b"
    r"(?=[^!?]{0,40}\b(?:de\s+rest|niet\s+voor)\b)"
)
# "een burgemeester met zo'n achternaam gaat natuurlijk eerst voor 'zijn eigen volk' zorgen",
# "homo's als leiding? Denk toch eens aan de veiligheid van de kinderen"
_SUCH_A_NAME = lazy_compile(
    r"\bmet\s+(?:zo'?n|zon|die|zulke)\s+(?:achternaam|familienaam)\b[^.!?]{0,40}?\b(?:natuurlijk|uiteraard|"
    r"tuurlijk|logisch)\b"
    r"|\b(?:homo'?s|homos|holebi'?s|holebis|transgenders|transpersonen|lesbiennes)\b[^.!?]{0,60}\?\s*(?:denk|denkt)\s+"
    r"(?:toch\s+)?(?:eens\s+)?aan\s+(?:de\s+)?(?:veiligheid\s+van\s+(?:de|onze|uw)\s+)?kinderen\b"
)
# "Moslimjongeren en respect voor andermans eigendom, dat gaat nu eenmaal niet samen"
_DOES_NOT_GO_TOGETHER = lazy_compile(
    r"\b(\w+)\s+en\s+(?:respect|eerlijkheid|werken|hygiene|properheid|orde|discipline|beleefdheid|de\s+wet|regels|"
    r"stiptheid|integratie|normen)\b[^.!?]{0,50}?[,:]?\s*(?:dat|da|het|dit)\s+gaat\s+(?:nu\s+eenmaal\s+|gewoon\s+|echt\s+)?"
    r"(?:niet|nie|ni|nooit)\s+samen\b"
)
# Twelfth session, from the misses of holdout81/82.
# "'projectontwikkelaars' die altijd uit dezelfde hoek komen 👃 ge weet wel wie ik bedoel": the
# nose emoji of the antisemitic caricature, with the wink that says a group is meant
_NOSE_WINK = lazy_compile(
    r"\b(?:ge|gij|je|jij)\s+weet\s+(?:wel\s+)?wie\s+(?:ik\s+)?(?:bedoel|bedoelt|ik\s+bedoel)\b|\buit\s+dezelfde\s+hoek\b"
    r"|\baltijd\s+(?:dezelfde|diezelfde)\b|\bwie\s+weet\s*,?\s*weet\b"
    # "... altijd van dezelfde afkomst zijn. Volg het geld 👃"
    r"|\b(?:van\s+)?dezelfde\s+(?:afkomst|origine|komaf)\b"
)
_NOSE_COMPANY = lazy_compile(
    r"['‘’\"]|\b(?:geld|centen|bank\w*|media|financ\w*|\w*ontwikkelaars?|huisbaas|huisbazen|eigenaars?|rijk\w*|"
    r"zakenlui|handelaars?|lobby\w*)\b"
)
_META_BESIDES_MEANING = META_WORDS - frozenset(["betekent", "betekenis"])
# "daar hoort ongediertebestrijding bij en geen maatschappelijk werker": pest control instead of
# the help people get, so the people are the pests
_PEST_CONTROL_INSTEAD = lazy_compile(
    r"\b(?:ongediertebestrijd\w*|rattenvanger\w*|rattengif|verdelger\w*|pesticide\w*)\b[^.!?]{0,30}?"
    r"\b(?:en\s+geen|in\s+plaats\s+van|ipv|niet)\s+(?:een\s+|nog\s+)?(?:maatschappelijk\s+werk\w*|sociaal\s+"
    r"(?:assistent\w*|werk\w*)|begeleid\w*|opvang\w*|hulpverlen\w*|integratie\w*|tolk\w*|inburgering\w*|"
    r"leerkracht\w*|dokter\w*)"
)
# "Rolstoelgebruikers op het stadsfestival? Blijf thuis, ge staat iedereen in de weg en het is
# niet voor u bedoeld"; "Waarom moet er een zwarte aan het loket zitten? Zet daar iemand van
# hier." (a group named in the comment)
_NOT_MEANT_FOR_YOU = lazy_compile(
    r"\b(?:is|zijn)\s+(?:gewoon\s+|echt\s+)?(?:niet|nie)\s+(?:voor|bedoeld\s+voor)\s+(?:u|jullie|ulder|ulle|"
    r"zulke\s+mensen|zo'?n\s+mensen)(?:\s+bedoeld)?\b"
    r"|\b(?:ge|gij|je|jij|jullie|ze|zij)\s+(?:staat|staan|staan\s+gewoon|staat\s+gewoon)\s+(?:iedereen|ons|de\s+mensen)\s+"
    r"in\s+de\s+weg\b"
    # "Mensen in een rolstoel horen niet op de kermis"; "een leerkracht in een rolstoel? Die hoort
    # niet voor een klas, laat hem maar thuisblijven"
    # (people as the subject: not "een loketbediende met een hoofddoek? Dat hoort niet in een
    # neutrale overheid", said of the headscarf)
    r"|(?<!dat\s)(?<!het\s)(?<!dit\s)(?<!da\s)\b(?:horen|hoort)\s+(?:hier\s+)?(?:niet|nie)\s+(?:op|in|aan|voor|bij)\s+"
    r"(?:de|het|een|onze|ons)\s+\w+"
    # "Homokoppels hebben niks te zoeken op het gezinsfeest"
    r"|\b(?:hebben|heeft|hebbe)\s+(?:hier\s+|daar\s+)?(?:niks|niets|nix|geen\s+zaken)\s+te\s+zoeken\s+(?:op|in|bij|aan)\b"
    r"|\b(?:zet|neem|pak|kies)\s+(?:daar|er|dan|daar\s+dan)\s+(?:liever\s+|gewoon\s+|maar\s+)?(?:iemand|ene|een)\s+"
    r"(?:van\s+hier|van\s+bij\s+ons|van\s+ons|echte\s+vlaming|van\s+eigen\s+volk|blanke|witte)\b"
)
# "Zwarte mensen en op tijd komen, ge moet daar geen afspraak mee maken"; "een bib
# voor Vlamingen ... Die anderen hebben hun eigen buurthuizen"; "een mannelijke kleuterleider die
# zo is, daar moet ge als ouder toch voorzichtig mee zijn"; "mensen die duidelijk niet van hier
# zijn? Dit is een Vlaamse kermis, laat het zo blijven"; headscarves and "ga dan maar terug"
# "Turken en werken, da heb ik nog nooit samen in één zin gezien", "Walen en werken he, ge kent
# het": a group and a virtue joined to mock that the two never meet
_GROUP_AND_A_VIRTUE = lazy_compile(
    r"(?:^|[.!?]\s*)(?:die\s+|de\s+)?([\w']+)\s+en\s+(?:werken|gaan\s+werken|betalen|belastingen\s+betalen|integreren|"
    r"op\s+tijd\s+komen|nederlands\s+spreken|proper\s+zijn|eerlijk\s+zijn)\s*(?:he|eh|hee|hoor)?\s*[,.!:]*\s*"
    r"(?:(?:da|dat|dad)\s+(?:heb|zie|zag|hoor)\s+(?:ik|k)\s+(?:\w+\s+)?nooit|(?:ge|gij|je)\s+kent\s+(?:het|da|dat)|"
    r"(?:dat|da)\s+gaat\s+(?:niet|ni|nie)\s+samen|twee\s+werelden|water\s+en\s+vuur|bestaat\s+(?:niet|ni|nie))"
)
_GROUP_SUSPECTED_OR_KEPT_OUT = lazy_compile(
    r"\ben\s+op\s+tijd\s+(?:komen|zijn)\s*,?\s+(?:ge|je)\s+(?:moet|kunt|kan)\s+(?:daar|met\s+die)\b[^.!?]{0,40}?\bgeen\s+"
    r"(?:afspraak|afspraken|rekening)\b"
    r"|\bvoor\s+(?:echte\s+)?(?:vlamingen|belgen|vlaamse\s+mensen)\b[^.!?]{0,10}[.!]?\s*(?:die|de)\s+anderen\s+"
    r"(?:hebben|moeten|mogen|kunnen)\b"
    # (across the question: "Homo's als kleuterjuf of -meester? Daar moet ge als ouder ...")
    r"|\b(?:kleuterleider|kleuterjuf|leerkracht|juf|meester|monitor|leider|trainer|jeugdleider|kinderverzorger|"
    r"kinderverzorgster|onthaalouder|onthaalmoeder|opvoeder|babysit|creche|begeleider|begeleidster)\b[^.!]{0,40}?"
    r"\b(?:(?:daar|met\s+zo\s*iemand|met\s+die)\s+moet\s+(?:ge|je)\s+(?:als\s+ouder\s+)?(?:toch\s+)?(?:voorzichtig|oppassen)|"
    # "Homo's als kinderverzorger in de crèche? Ge weet toch hoe dat afloopt met die kinderen."
    r"(?:ge|je)\s+weet\s+(?:toch\s+|wel\s+)?hoe\s+dat\s+(?:afloopt|eindigt)\s+met\s+(?:die|de|onze|hun|zo'?n)\s+kinderen|"
    # "Homo's als begeleider op het speelplein, is dat wel veilig voor onze kinderen? Ge weet hoe
    # die zijn."
    r"is\s+dat\s+wel\s+veilig\s+voor\s+(?:onze|de|mijn|hun)\s+kinderen\b[^.!]{0,10}?[?]\s*(?:ge|je)\s+weet\s+(?:toch\s+|wel\s+)?"
    r"hoe\s+(?:die|ze|zij)\s+zijn)\b"
    r"|\bniet\s+van\s+hier\b[^!]{0,80}?\bdit\s+is\s+(?:een\s+|onze\s+)?(?:vlaamse|belgische)\s+\w+\s*,?\s*(?:laat|hou|houd)\s+"
    r"(?:het|dat)\s+zo\b"
    r"|\bhoofddoek\w*\b[^!]{0,100}?\b(?:ga|gaat)\s+(?:dan\s+)?(?:maar\s+)?terug\b"
    # "vroeger was dit een wit dorp, ... Ge weet wel wie daarachter zit."
    r"|\bvroeger\s+(?:was\s+)?(?:dit|het|dat)\s+(?:hier\s+)?(?:een\s+)?(?:wit|witte|blank|blanke)\s+(?:dorp|stad|wijk|land|"
    r"buurt)\b[^!]{0,100}?\b(?:ge|je|we)\s+(?:weet|weten)\s+(?:wel|toch|allemaal)\s+wie\s+(?:daar\s*achter|erachter)\s+"
    r"(?:zit|zitten)\s*[.!]"
)
# "Een mongool als monitor in de speelpleinwerking??": a slur for people with a disability, given
# for someone in a role (said to someone, "ge zijt een mongool", it is an insult instead)
_SLUR_IN_A_ROLE = lazy_compile(
    r"\b(?:een|ne|nen|zo'?n|die|dien)\s+(?:mongool|mongooltje|mongolen|spast|spastje|spasten)\s+als\s+(?:\w+\s+)?"
    r"(?:monitor|monitoren|leider|leiding|juf|meester|leerkracht|kleuterjuf|begeleider|trainer|animator|redder|chauffeur|"
    r"collega|bediende|baliemedewerker|onthaalmedewerker|werknemer|personeel|schepen|raadslid)\b"
    # "Wie laat er nu een mongool voorlezen in de bib?"
    r"|\blaat\s+(?:er\s+)?(?:nu\s+)?(?:een|ne|nen|zo'?n)\s+(?:mongool|mongooltje|spast|spastje)\s+(?:voorlezen|werken|lesgeven|"
    r"begeleiden|rijden|koken|spelen|zingen|optreden)\b"
)
# Second cycle of the thirteenth session, from the misses of holdout99/100.
# "Roma's en een nieuwe camping in de buurt, ge kunt uw tuinmeubelen al binnenzetten": a group
# named, then the reader told to lock up his things
_LOCK_UP_YOUR_THINGS = lazy_compile(
    r"\b(?:ge|gij|je|u)\s+(?:kunt|kan|moogt|moet)\s+(?:uw|je)\s+\w+\s+(?:al\s+|maar\s+|best\s+|nu\s+al\s+)?(?:binnenzetten|"
    r"binnen\s+zetten|binnenhalen|vastketenen|op\s+slot\s+doen|wegsteken|vastleggen)\b"
)
# "Sociale woningen enkel voor wie hier geboren is en een blanke vel heeft"
_ONLY_FOR_OUR_OWN = lazy_compile(
    r"\b(?:enkel|alleen|uitsluitend)\s+voor\s+wie\s+hier\s+geboren\s+is\b[^.!?]{0,40}?\b(?:blank\w*|wit\w*)\b"
)
# "zeg me nog eens dat de omvolking een fabeltje is": the debunking itself mocked
_MYTH_MOCKED = lazy_compile(
    r"\b(?:zeg|vertel)\s+(?:me|mij)\s+(?:dan\s+)?(?:nog\s+eens|nog\s+ne\s+keer|dan\s+nog)\s+dat\s+(?:de\s+|het\s+)?(?:omvolking|"
    r"grote\s+vervanging|islamisering|great\s+replacement)\s+(?:een\s+)?(?:fabeltje|fabel|mythe|complot|"
    r"complottheorie|verzinsel|sprookje)\s+is\b"
)
# "Een vrouw als schepen van financiën? Dan weten we al waar het budget naartoe gaat: ...": a
# person of a group in a role, then the verdict the writer draws; it can be praise too ("nu
# weten we waarom het eindelijk vooruitgaat"), so a person decides
_GROUP_IN_A_ROLE_VERDICT = lazy_compile(
    r"\b(?:een|die|nen|ne)\s+(?:vrouw|moslima|moslim|zwarte|homo|allochtoon|marokkaan|turk|roma|transgender|"
    r"transvrouw|lesbienne|hoofddoek)\s+(?:als|achter|aan)\s+[^?]{3,50}\?\s*(?:dan|nu)\s+weten\s+we\s+"
    r"(?:al\s+|meteen\s+|direct\s+)?(?:waar|waarom|hoe)\b"
)
# Third cycle, from the misses of holdout101/102.
# "Ze zijn geen Belgen en ze zullen het nooit worden, al hebben ze tien keer een paspoort."
_NEVER_ONE_OF_US = lazy_compile(
    r"\b(?:zijn|blijven)\s+geen\s+(?:echte\s+)?(?:belgen|vlamingen|nederlanders)\b[^.!?]{0,30}?\b(?:nooit|niet)\s+"
    r"(?:worden|zijn)\b[^.!?]{0,40}?\bpaspoort\w*"
)
# "Nog een paar jaar en de Grote Markt is ook 'verrijkt'. Dank u, multicultuur 🙄": the word of
# the others in scare quotes, with what it is said of
_SCARE_QUOTED_ENRICHMENT = lazy_compile(
    r"['\"‘’“”]\s*(?:cultureel\s+)?(?:verrijkt|verrijkte|verrijking|verrijkend|gekleurd|gekleurde|divers|diverse)\s*['\"‘’“”]"
)
# (with thanks that mock: "dank u, multicultuur"; not "een collectie over migratie")
_MULTICULTURE = lazy_compile(
    r"\b(?:dank\s+(?:u|je|jullie)|bedankt|merci|leve|hoera)\W+(?:\w+\W+)?(?:multicult\w*|diversiteit|migratie\w*|"
    r"allochton\w*|inwijking|nieuwkomers|open\s+grenzen)\b|🙄"
    # "... Nog tien jaar en ge hoort hier geen Nederlands meer. Ge weet wel wie dat zo gepland heeft."
    r"|\b(?:ge|je|we)\s+(?:weet|weten)\s+wel\s+wie\s+dat\b|\bgeen\s+(?:nederlands|vlaams)\s+meer\b"
)
# What decent people have, said to be lacking in a whole people (a plural verb: not one person's).
_VIRTUES = (
    r"(?:respect|manieren|beschaving|opvoeding|werkethiek|fatsoen|normen|waarden|hygiene|properheid|"
    r"discipline|schaamte|arbeidsethos|zelfrespect)"
)
_NEEDED_OR_GIVEN = frozenset(
    "nodig gekregen krijgen krijgt verdiend verdienen ontvangen getoond gegeven".split()  # noqa: SIM905
)
_LACKS_A_VIRTUE = lazy_compile(
    r"\b(?:hebben|kennen)\s+(?:gewoon\s+|echt\s+|totaal\s+|helemaal\s+|allemaal\s+|blijkbaar\s+)?"
    r"(?:geen|gene|nul)\s+(?:enkele?\s+)?" + _VIRTUES + r"\b"
    r"|\b"
    + _VIRTUES
    + r"\s+(?:kennen|hebben)\s+(?:ze|zij|die)\s+(?:gewoon\s+|echt\s+)?(?:niet|nie|ni)\b"
)
# "Tuurlijk ligt die wijk vol zwerfvuil, kijk wie daar woont. Die mensen kennen geen properheid."
_LOOK_WHO_LIVES_THERE = lazy_compile(
    r"\bkijk\s+(?:eens\s+)?wie\s+(?:daar|er|hier)\s+(?:woont|wonen)\b[^!?]{0,60}?\b(?:die|zulke)\s+mensen\s+kennen\s+geen\s+"
    r"(?:properheid|hygiene|respect|manieren|normen|fatsoen|beschaving|waarden|regels|opvoeding)\b"
)
# "Het zijn altijd 'jongeren' hé, nooit eens gezegd wélke jongeren. Iedereen weet het toch 😉"
_WHICH_YOUTHS = lazy_compile(
    r"['\"‘’“”](?:jongeren|jongens|jongelui|jonge\s+mannen|buurtbewoners)['\"‘’“”][^!?]{0,60}?\b(?:welke|wie|wat\s+voor)\s+"
    r"['\"‘’“”]?(?:jongeren|jongens|jongelui|mannen)\b[^!?]{0,40}?(?:\b(?:iedereen|we|ge)\s+(?:weet|weten)\s+(?:het\s+)?"
    r"(?:toch|wel)\b|😉)"
    # "We weten allemaal wat voor 'jongeren' dat zijn 😉"
    r"|\b(?:we|wij|iedereen)\s+(?:weten|weet)\s+(?:allemaal\s+|toch\s+|wel\s+)?(?:wat\s+voor|welke)\s+['\"‘’“”](?:jongeren|jongens|"
    r"jongelui|mannen)['\"‘’“”]\s+(?:dat\s+)?(?:zijn|het\s+zijn)\s*[.!]*\s*(?:[😉😏🙄]|$)"
    # "hoeveel van die 'jongeren' uit de politieberichten heten Jan of Pieter? Dacht ik al."
    r"|['\"‘’“”](?:jongeren|jongens|jongelui)['\"‘’“”][^!?]{0,60}?\bheten\s+\w+\s+of\s+\w+\s*\?+\s*(?:dacht\s+ik\s+(?:al|het)|"
    r"juist|precies|geen\s+enkele)\b"
)
# "Weer 88 nieuwe 'Vlamingen' ingeschreven in Borgerhout deze maand 😉 Wij weten het wel."
_SCARE_QUOTED_NATIVES = lazy_compile(
    r"['\"‘’“”](?:vlamingen|belgen|nederlanders|gentenaars|antwerpenaren|brusselaars|landgenoten)['\"‘’“”][^!?]{0,80}?"
    r"\b(?:wij|we|iedereen)\s+(?:weten|weet)\s+(?:het\s+)?(?:wel|allemaal|genoeg)\s*[.!]*\s*[😉😏🙄]?\s*$"
)
# "Elke moskee moet plat, en de mensen die erin zitten mogen meegaan", "De kerk mag van mij
# afbranden, met de kerkgangers erin": a house of worship destroyed with its people inside
_WORSHIPPERS_INSIDE = lazy_compile(
    # (no quotation mark between: "die reactie over de moskee 'in brand steken met iedereen
    # erin'" reports it)
    # (a wish or a demand: "moet", "mag van mij"; not "oproepen om kerken in brand te steken met
    # mensen erin is crimineel", a call condemned)
    r"\b(?:moskee|moskees|moskeeen|kerk|kerken|synagoge|synagoges|tempel|tempels)\b[^.!?'\"‘’“”]{0,40}?"
    r"\b(?:moet|moeten|mag|mogen|zou|zouden|moest|moesten)\b[^.!?'\"‘’“”]{0,30}?"
    r"\b(?:plat|afbranden|afbrandt|platbranden|opblazen|opgeblazen|in\s+brand|in\s+de\s+fik|de\s+lucht\s+in)\b"
    r"[^.!?'\"‘’“”]{0,60}?\b(?:erin|mogen\s+meegaan|mag\s+meegaan|mogen\s+mee)\b"
)
# "Nog een paar 'minderjarigen' uit Afghanistan, met een baard tot aan hun navel", "200
# 'vluchtelingen', allemaal met een iPhone 14": refugees' status scare-quoted and mocked by a
# beard or a phone
_FAKE_REFUGEES = lazy_compile(
    r"['\"‘’“”]\s*(?:vluchtelingen|vluchteling|minderjarigen|minderjarige|kinderen|kindjes|jongeren|asielzoekers|"
    r"nieuwkomers|oorlogsvluchtelingen)\s*['\"‘’“”][^!?]{0,100}?\b(?:baard|baarden|iphone)\b"
    r"|\b(?:baard|baarden)\b[^!?]{0,60}?['\"‘’“”]\s*(?:minderjarigen|minderjarige|kinderen|kindjes|jongeren)\s*['\"‘’“”]"
)
# Substrings of every word _SCARE_QUOTED_NATIVES names (the gate before its search).
_NATIVES_STEMS = literal_alternation(
    (
        "vlaming",
        "belg",
        "nederlander",
        "gentena",
        "antwerpena",
        "brusselaar",
        "landgeno",
    )
)
# "Ons land is precies de vuilbak waar heel Afrika zijn afval in kiepert" (after boats of people)
_DUMPED_HERE = lazy_compile(
    r"\b(?:vuilbak|vuilnisbak|stortplaats|afvalbak|vuilnisbelt|vuilstort)\s+(?:waar|van)\s+(?:heel\s+)?(?:afrika|azie|"
    r"het\s+midden-oosten|de\s+derde\s+wereld|de\s+hele\s+wereld|de\s+wereld|marokko|turkije|de\s+balkan)\s+"
    r"(?:zijn|haar)\s+(?:afval|vuil|uitschot|rommel)\b"
)
_ARRIVALS = lazy_compile(
    r"\b(?:boot|boten|aangespoeld|vluchteling\w*|migrant\w*|asiel\w*|nieuwkomers|bootje\w*)\b"
)
# "... die kunnen geen beslissingen nemen onder druk, dat is gewoon biologie"
_NATURE_OF_A_GROUP = lazy_compile(
    r"\b(?:die|ze|zij)\s+kunnen\s+(?:gewoon\s+|nu\s+eenmaal\s+)?(?:geen|niet)\b[^.!?]{0,60}?[,.]?\s*(?:dat\s+is\s+(?:gewoon\s+|nu\s+"
    r"eenmaal\s+)?(?:biologie|genetica|de\s+natuur|natuur)|dat\s+zit\s+in\s+hun\s+(?:genen|aard|bloed))\b"
)
# "Geen enkele Afrikaan meer binnenlaten in de jeugdhuizen ... en het probleem is opgelost."
_LET_NONE_IN = lazy_compile(
    r"\bgeen\s+(?:enkele\s+)?\w+\s+meer\s+(?:binnenlaten|binnen\s+laten|toelaten|aannemen|inschrijven)\b"
    # "Stop met Eritreeërs binnen te laten in dit dorp"
    r"|\b(?:stop|stopt|stoppen)\s+(?:toch\s+|nu\s+)?(?:met|me)\s+(?:al\s+)?(?:die\s+|de\s+)?[\w']+\s+(?:nog\s+|hier\s+)?"
    r"(?:binnen\s+te\s+laten|toe\s+te\s+laten|binnen\s+te\s+halen|aan\s+te\s+nemen)\b"
)
# Words for people by their legal or migration status, not by who they are: demands to send
# them away are views on migration policy that a person weighs ("illegalen uitzetten", "stop met
# asielzoekers binnen te laten"), the same words of a people are exclusion.
_BY_STATUS = (
    "illega",
    "crimine",
    "uitgeproced",
    "vluchteling",
    "asielzoeker",
    "migrant",
    "transmigrant",
    "nieuwkomer",
)
# Head coverings, for "wie dat draagt, heeft hier niks te zoeken" (below).
_COVERING = lazy_compile(
    r"\b(?:hoofddoek\w*|sluier\w*|boerka\w*|nikab|niqab|keppel\w*|tulband\w*)\b"
)
_WOMAN = lazy_compile(r"\b(?:vrouw|vrouwen|wijf|wijven|madam|madammen|meisje|meisjes|mevrouw)\b")
# "Een vrouw als brandweercommandant? ... Geef die job aan een vent."
_GIVE_IT_TO_A_MAN = lazy_compile(
    r"\bgeef\s+(?:die|de|dat|zo'?n)\s+(?:job|functie|post|plaats|taak|werk)\s+(?:maar\s+|liever\s+)?aan\s+(?:een|ne|nen)\s+"
    r"(?:vent|echte\s+man|kerel|echte\s+vent)\s*(?:[.!]|$)"
)
# "Geen enkele hoofddoek achter het loket ... Wie dat draagt, heeft hier geen job te zoeken."
_WEARER_NOT_WANTED = lazy_compile(
    r"\bwie\s+(?:dat|die|zo'?n\s+ding|een\s+hoofddoek|een\s+keppel|een\s+tulband|een\s+sluier)\s+draagt\s*,?\s+(?:heeft|hoort)\s+"
    r"(?:hier|daar)\s+(?:(?:geen\s+(?:job|werk|plaats)|niks|niets)\s+te\s+(?:zoeken|doen)|niet\s+thuis)\b"
)
# "Roma in de buurt = uw fiets kwijt": a group as the sum of a loss
_GROUP_EQUALS_LOSS = lazy_compile(
    r"=\s*(?:\w+\s+){0,3}?(?:kwijt|gestolen|inbraak|inbraken|diefstal|diefstallen|criminaliteit|overlast|"
    r"problemen|miserie|ellende|stank|vuil|afval|messen|geweld)\b"
    # "Roma in de wijk betekent dat uw fiets binnen de week weg is"; "Woonwagens ... betekent:
    # binnen de week geen fiets meer in uw garage"
    r"|\bbetekent\s*:?\s*(?:dat\s+)?(?:\w+\s+){0,8}?(?:kwijt|gestolen|weg\s+is|geen\s+(?:fiets|auto|portemonnee)\s+meer|"
    r"inbraken|diefstallen|overlast|messen)\b"
)
# "Ongedierte moet ge bestrijden, niet opvangen. Dat geldt ook voor wat er in dat opvangcentrum zit."
_VERMIN_ALTERNATION = r"(?:ongedierte|kakkerlakken|ratten|parasieten|sprinkhanen|luizen|vlooien)"
_SHELTERS = (
    r"(?:opvangcentrum|asielcentrum|asielzoekerscentrum|azc|opvanghuis|vluchtelingencentrum)"
)
_VERMIN_AT_THE_SHELTER = lazy_compile(
    rf"\b{_VERMIN_ALTERNATION}\b[^!?]{{0,80}}?\b{_SHELTERS}\b|\b{_SHELTERS}\b[^!?]{{0,80}}?\b{_VERMIN_ALTERNATION}\b"
)
_REAL_PESTS = lazy_compile(
    r"\b(?:er\s+(?:zitten|lopen|zit|loopt|zaten|liepen)|ongediertebestrijd\w*|rattenvanger\w*|rattengif|muizen|plaag|"
    r"bestrijder\w*|hygiene|keuring|voedselinspectie)\b"
)
_CARRIED_OVER = lazy_compile(
    r"\b(?:opvangen|opgevangen|geldt\s+ook\s+voor|dat\s+geldt|net\s+(?:als|zoals)|hetzelfde\s+(?:als|voor|met)|"
    r"zijn\s+het|het\s+zijn|noem\s+ik|daar\s+zit)\b"
)
_VERMIN = lazy_compile(_VERMIN_ALTERNATION)
_QUOTE_CHARS = lazy_compile(r"[\"“”„«»‘’']\s*" + _VERMIN_ALTERNATION)
# "Die cultuur kent geen respect voor eigendom" after "kijk wie erin woont"
_THAT_CULTURE = lazy_compile(
    r"\b(?:die|hun|zo'?n|zulke)\s+cultuur\s+(?:kent|heeft|kan)\s+(?:\w+\s+)?geen\s+(?:respect|normen|waarden|beschaving|eerbied)\b"
)
_LOOK_WHO = lazy_compile(
    r"\bkijk\s+(?:maar\s+)?(?:eens\s+)?wie\s+(?:er\s*in|erin|er|daar)\s+(?:\w+\s+){0,3}?(?:woont|wonen|zit|zitten)\b"
)
# "Zet die mensen met een beperking in een apart zwembad"
_SET_APART = lazy_compile(
    r"\b(?:zet|steek|stop|zetten|steken)\s+(?:die|de|al\s+die|zo'?n)\s+(?:[\w']+\s+){0,5}?in\s+(?:een\s+)?(?:apart|aparte|eigen)\s+"
    r"(?:zwembad|school|klas|wijk|bus|ruimte|gebouw|kamp|getto|reservaat|zaal|uur)\b"
)
# "Wie een moskee wil, verhuist maar naar Turkije"
_MOVE_AWAY_IF = lazy_compile(
    r"\bwie\s+(?:een\s+)?(?:moskee|hoofddoek|synagoge|boerka|halal\w*|ramadan)\s+(?:\w+\s+)?(?:wil|wilt|draagt|dragen|nodig\s+heeft)"
    r"\s*,?\s+(?:verhuist|vertrekt|gaat|moet|kan|mag)\s+(?:maar\s+)?(?:\w+\s+)?(?:naar|terug)\b"
)
# "Geen moskee, geen Suikerfeest, geen halal. Wie da wil: daar is de deur 👉🚪": whoever keeps a
# faith's or a people's ways shown the door (only with such a way named in the comment)
_SHOWN_THE_DOOR = lazy_compile(
    r"\bwie\s+(?:dat|da|dad|die|dit)\s+(?:\w+\s+)?(?:wil|wilt|nodig\s+heeft|viert|vieren|draagt|eet)\s*[:,]?\s*"
    r"(?:daar|dar|doar)\s+is\s+de\s+(?:deur|grens|luchthaven)\b"
)
_WAYS_OF_A_GROUP = lazy_compile(
    r"\b(?:moskee\w*|suikerfeest\w*|offerfeest\w*|halal|ramadan\w*|iftar|hoofddoek\w*|boerka\w*|boerkini\w*|"
    r"synagoge\w*|keppel\w*|koran\w*|minaret\w*|gebedsoproep\w*|pride|regenboogvlag\w*)\b"
)
# "Een zwarte op de kieslijst? Hier niet. Dit is óns dorp."
_NOT_HERE = lazy_compile(
    r"\?\s*(?:hier|bij\s+ons)\s+niet\b|\bdit\s+is\s+ons\s+(?:dorp|land|wijk|stad|gemeente|straat)\s*[.!]"
)
# "er moet toch iets zijn om zo'n volk hier weg te houden" (of "twee vaders")
_KEEP_SUCH_AWAY = lazy_compile(
    r"\b(?:zo'?n|zulk|dat|die)\s+(?:volk|soort|types|mensen)\s+(?:hier\s+)?(?:weg\s+te\s+houden|buiten\s+te\s+houden|"
    r"weghouden|buitenhouden|weg\s+houden)\b"
)
_SAME_SEX_COUPLE = lazy_compile(r"\btwee\s+(?:vaders|papa'?s|mama'?s|moeders|mannen|vrouwen)\b")
# Fourth cycle, from the misses of holdout59/60.
_PEOPLE_DOING = frozenset(
    ["spelen", "speelt", "wonen", "woont", "werken", "werkt", "lopen", "loopt", "rijden"]
)
# "Een moslim als directeur? ... Ge kent die mensen toch.", "Homo's in de kinderopvang ...
# Iedereen weet waarom."
_YOU_KNOW_THEM = lazy_compile(
    r"\b(?:ge|gij|je|jij|we|wij|iedereen)\s+(?:kent|kennen|ken)\s+(?:die|dat|zo'?n|zulke)\s+(?:mensen|volk|types|soort|lui)\s*"
    r"(?:toch|wel|he|hé)\b"
    r"|\biedereen\s+weet\s+(?:wel\s+|toch\s+)?waarom\b"
)
# "Knokke was vroeger een mooi wit dorp. Nu niet meer."
_ONCE_WHITE = lazy_compile(
    r"\bvroeger\s+(?:een\s+)?(?:mooi\s+|rustig\s+)?(?:wit|blank)\s+(?:dorp|land|wijk|stad|gemeente|straat)\b"
    r"|\b(?:een\s+)?(?:mooi\s+)?(?:wit|blank)\s+(?:dorp|land|wijk|stad|gemeente)\s+(?:was|vroeger)\b"
)
# (not "vroeger een wit dorp met witte huisjes, nu staan er blokken": the houses)
_NOT_ANY_MORE = lazy_compile(
    r"\b(?:niet\s+meer|nu\s+niet|weet\s+wat\s+ik\s+bedoel|kijk\s+(?:eens\s+)?rond|ziet\s+ge\s+het\s+zelf|minderheid)\b"
)
# "Vlaamse gezinnen eerst, de rest mag vertrekken"
_REST_MAY_LEAVE = lazy_compile(
    r"\b(?:vlaamse|belgische|blanke|eigen)\s+(?:gezinnen|mensen|families|kinderen|volk)\s+eerst\b[^.!?]{0,20}?"
    r"(?:de\s+rest|de\s+anderen|die\s+andere)\s+(?:mag|mogen|moet|moeten|kan)\s+(?:vertrekken|weg|buiten|opkrassen|oprotten)\b"
)
# "luiheid zit bij hen in de genen", "dat zit er bij hen van geboorte in"
_IN_THEM = lazy_compile(
    r"\bzit\s+(?:er\s+)?bij\s+(?:hen|die\s+mensen|dat\s+volk|hun\s+soort|die\s+\w+)\s+(?:in\s+de\s+genen|in\s+het\s+bloed|"
    r"van\s+geboorte\s+in|in\s+hun\s+bloed)\b"
)
# "het OCMW is een bankautomaat voor de zigeuners geworden"
_CASH_MACHINE_FOR = lazy_compile(
    r"\b(?:bankautomaat|geldautomaat|pinautomaat|melkkoe|geldboom|bancontact)\s+(?:voor|van)\s+(?:de|die|al\s+die)\s+(\w+)"
)
# "Homo's zijn welkom in Gent, zeker? Hier in Bekkevoort willen we die nie zien."
_NOT_WANTED_HERE = lazy_compile(
    r"\b(?:hier|bij\s+ons)\b[^.!?]{0,30}?\b(?:willen|wille)\s+(?:we|wij)\s+(?:die|dat|zo'?n|zulke|ze|hen)\s+(?:\w+\s+)?"
    r"(?:niet|nie|ni)\s+(?:zien|hebben)\b"
)
# "Turken in het jeugdhuis betekent messen in het jeugdhuis"
_MEANS_TROUBLE = lazy_compile(
    r"\b([\w']+)\s+(?:in|op|aan)\s+(?:het|de|onze|ons)\s+\w+\s+(?:betekent|is\s+gelijk\s+aan|=)\s+(?:\w+\s+)?(?:messen|diefstal|"
    r"problemen|vechtpartijen|criminaliteit|drugs|ruzie|overlast)\b"
)
# Fifth cycle, from the misses of holdout61/62.
# "Kinderen met autisme zijn altijd agressief"
_DISABLED_ALWAYS = lazy_compile(
    # (the group may be one word here: "kinderenmetautisme", see detect)
    r"\b(?:kinderen|mensen|jongeren|leerlingen)\s*met\s*(?:autisme|een\s*beperking|een\s*handicap|adhd|down|het\s*syndroom\s*van\s*down)\s+"
    r"zijn\s+(?:toch\s+)?(?:altijd|allemaal|nu\s+eenmaal)\s+(?:agressief|gevaarlijk|dom|lastig|gestoord|achterlijk|een\s+last)\b"
)
# "wat erin woont is niet veel beter dan de varkens"; "Beesten zijn het, geen mensen."
_NO_BETTER_THAN_ANIMALS = lazy_compile(
    r"\b(?:niet\s+(?:veel\s+)?beter\s+dan|erger\s+dan)\s+(?:de\s+)?(?:varkens|zwijnen|beesten|ratten|dieren|apen|honden|"
    r"kakkerlakken|ongedierte|vee|parasieten)\b"
)
_ANIMALS_NOT_PEOPLE = lazy_compile(
    r"\b(?:beesten|dieren|apen|ratten|ongedierte)\s+zijn\s+het\s*,?\s+geen\s+mensen\b"
    r"|\bhet\s+zijn\s+(?:beesten|dieren|apen|ratten)\s*,?\s+geen\s+mensen\b"
)
# "de iftar op de Veemarkt: een kudde beesten aan het vreten"
_HERD = lazy_compile(r"\b(?:kudde|troep)\s+(?:beesten|dieren|varkens|apen|geiten)\b")
_FAITH_EVENTS = lazy_compile(
    r"\b(?:iftar|ramadan|suikerfeest|offerfeest|moskee|moskeeen|vrijdaggebed|gebedsruimte)\b"
)
# "Zet een paar moslims in een jeugdhuis en binnen het jaar is het een rekruteringscentrum"
_PUT_A_FEW = lazy_compile(
    r"\bzet\s+(?:een\s+paar|wat|enkele|twee)\s+(\w+)\s+in\s+(?:een|het|de)\s+\w+\s+en\s+(?:\w+\s+){0,4}?(?:is\s+het|wordt\s+het|"
    r"heb\s+je|hebt\s+ge)\b"
)
# Third cycle of the ninth session, from the misses of holdout57/58.
# "voor grote Afrikaanse families waar niemand ooit gaat werken"
_NEVER_WORKS = lazy_compile(
    r"\b(?:waar|die|van\s+wie)\s+(?:niemand|nooit\s+iemand)\s+(?:ooit\s+)?(?:gaat\s+|zal\s+)?(?:werken|werkt|gewerkt)\b"
)
# "tel hoeveel van 'ons' ge nog ziet", "Asse moet wit blijven", "alleen aan eigen volk"
_FEWER_OF_US = lazy_compile(
    r"\bhoeveel\s+(?:van\s+)?['\"‘’“”](?:ons|onze|blanken|witten|belgen|vlamingen)['\"‘’“”]"
    r"|\bhoeveel\s+van\s+ons\s+(?:ge|je|we)\s+(?:er\s+)?nog\s+(?:ziet|zien)\b"
    r"|\b(?:moet|moeten|zal|blijft)\s+(?:\w+\s+)?(?:wit|blank)\s+blijven\b"
    r"|\b(?:alleen|enkel)\s+(?:aan|voor)\s+(?:ons\s+)?eigen\s+volk\b"
)
# "een kooi vol beesten die nooit mensen gaan worden"
_NEVER_HUMAN = lazy_compile(
    r"\b(?:nooit|geen)\s+(?:echte\s+)?mensen\s+(?:gaan\s+|zullen\s+)?worden\b"
)
# "mensen met een handicap? Die kunnen toch niks en kosten de gemeente alleen maar geld"
_USELESS_AND_COSTLY = lazy_compile(
    r"\b(?:die|ze|zij)\s+kunnen\s+(?:toch\s+)?(?:niks|niets)\s+en\s+kosten\b"
)
# "waarom laat de bib vrouwen met een hoofddoek nog binnen?"
_LET_IN = lazy_compile(
    r"\bwaarom\s+(?:laat|laten)\s+(?:de|het|die|dat|ze|jullie)\s+\w+\s+(?:\w+\s+){0,4}?(?:hoofddoek|hoofddoeken|boerka|moslims|"
    r"moslima'?s|zwarten|homo'?s|roma|zigeuners|migranten|asielzoekers)\b[^.!?]{0,20}?\b(?:nog\s+)?binnen\b"
)
# "een moskee is als schimmel", "zo'n moskee is een kankergezwel"
_FAITH_AS_DISEASE = lazy_compile(
    # ("elke moskee die erbij komt is een kankergezwel")
    r"\b(?:moskee|moskees|moskeeen|islam|synagoge)\s+(?:die\s+(?:\w+\s+){1,4}?)?(?:is|zijn)\s+(?:als\s+|gelijk\s+)?(?:een\s+)?(?:schimmel|kanker|"
    r"kankergezwel|gezwel|pest|virus|plaag|ziekte|onkruid|tumor|ongedierte|rotte\s+appel)\b"
)
# (also at the end of a word: "mensenmeteenbeperking", a group's phrase as one word, see detect)
_DISABILITY = lazy_compile(
    r"\b(?:\w*beperking|\w*handicap|gehandicapt\w*|rolstoel\w*|\w*autis\w*|\w*syndroom)\b"
)
_MONEY_AND_POWER = lazy_compile(
    r"\b(?:joden|joodse|jood)\b[^.!?]{0,60}?\b(?:geld\s+en\s+macht|macht\s+en\s+geld)\b"
)
_HALF_HUMAN = lazy_compile(
    r"\b(?:zijn|is)\s+(?:toch\s+)?(?:maar\s+)?(?:een\s+)?(?:half\s+mens|halve\s+mensen)\b"
)
_THEY_DO_NOT_BELONG = lazy_compile(
    r"[.!?]\s*(?:\w+\s*[.!,]\s*){0,4}die\s+horen\s+(?:daar|hier)\s+(?:niet|nie)\s*[.!]"
)
_WHEN_PEOPLE_LIVED_THERE = lazy_compile(
    r"\b(?:tijd|tijden|dagen|jaren)\s+(?:dat|toen)\s+(?:daar|hier|er)\s+(?:nog\s+)?(?:echte\s+)?mensen\s+woonden?\b"
)
_NEWCOMERS = lazy_compile(r"\bnieuwe\s+(?:bewoners|buren|inwoners)\b|\bnieuwkomers\b")
# "een apart zwemuur voor ons, de echte Vlamingen"
_APART_FOR_TRUE_NATIVES = lazy_compile(
    r"\b(?:apart|aparte|eigen)\s+\w+\s+(?:\w+\s+){0,3}?voor\s+(?:ons\s*,?\s*)?(?:de\s+)?echte\s+"
    r"(?:vlamingen|belgen|vlaamse\s+mensen|gentenaars|antwerpenaren|limburgers)\b"
)
# "Wie zegt dat ...: ...": a challenge to whoever says it
_WHO_SAYS_THAT = lazy_compile(
    r"(?:^|[.!?]\s*)(?:wie|iedereen\s+die|mensen\s+die)\s+(?:hier\s+)?(?:zegt|zeggen|beweert|beweren|"
    r"roept|roepen|schrijft|schrijven)\s+(?:nu\s+|nog\s+|hier\s+)?(?:dat|da)\b"
)
_BOUGHT_DIPLOMA = lazy_compile(
    # ("hebben hun diploma niet gekocht": denied, not said)
    r"\bdiploma\s+(?:(?!(?:niet|nie|ni|nooit)\b)\w+\s+){0,2}?"
    r"(?:gekocht|op\s+de\s+markt|in\s+de\s+lotto|bij\s+de\s+bakker)\b"
)
# "wie een hoofddoek draagt mag vertrekken"
_HEADSCARF_OUT = lazy_compile(
    r"\bwie\s+(?:een\s+)?(?:hoofddoek|boerka|boerkini|keppel|keppeltje|tulband|sluier|niqab)\s+draagt\s*,?\s+"
    r"(?:(?:mag|moet|kan)\s+(?:\w+\s+)?(?:vertrekken|buiten|weg|oprotten|terug|ophoepelen)"
    r"|heeft\s+(?:hier\s+)?(?:niks|niets)\s+te\s+zoeken)\b"
    # "wie niet blank is mag terug naar waar hij vandaan komt"
    r"|\bwie\s+(?:niet|geen)\s+(?:blank|wit|vlaams|belg|vlaming)\s+is\s*,?\s+(?:mag|moet|kan)\s+(?:\w+\s+)?"
    r"(?:terug|vertrekken|buiten|weg|oprotten)\b"
    # "iemand met een hoofddoek achter het loket? Nee. Die mensen horen niet thuis in onze
    # openbare diensten." (people kept out; not "dat hoort niet in een neutrale overheid")
    r"|\bmet\s+(?:een\s+)?(?:hoofddoek|hoofddoeken|boerka|keppel|keppeltje|tulband|niqab)\b[^!]{0,80}?"
    # ("zo iemand hoort niet aan ons loket")
    r"\b(?:(?:die|zulke|zo'n|zon)\s+(?:mensen|vrouwen|types|lui)|zo\s+iemand)\s+(?:horen|hoort)\s+(?:hier\s+)?(?:niet|nie)\s+"
    r"(?:thuis|bij|aan|achter|in|op)\b"
)
# "nieuwe lading 'vluchtelingen' aangekomen": people as cargo
_CARGO = lazy_compile(
    r"\b(?:nieuwe|volgende|weer\s+een|nog\s+een|verse)\s+lading\s+['\"‘’“”]?\s*\w+"
)
# "geen plaats voor zo iemand voor de klas" (with a group named in the comment)
_NO_PLACE_FOR_SUCH = lazy_compile(
    r"\bgeen\s+plaats\s+voor\s+(?:zo\s+iemand|zo'n\s+(?:mensen|types|volk)|zulke\s+mensen|dat\s+soort"
    r"|die\s+soort|zulk\s+volk)\b"
)
_MONEY_WORDS = lazy_compile(r"\bdiamant\w*|\bjuwelier\w*")
# "(((familie)))", "(((bankiers)))", "kijk naar de namen ((()))": the antisemitic echo around a
# name or a word, or alone (not a formula: "(((x+1)))")
_ECHO = lazy_compile(r"\(\(\(\s*(?:[^\W\d_][^()\d+=*/^]{0,39}?)?\s*\)\)\)")
_REMIGRATION_ENDORSED = lazy_compile(
    r"\b(?:nu|oplossing|enige|moet|moeten|eindelijk|dringend|tijd\s+voor|ja\s+tegen|voor\s+dat\s+volk)\b|!"
)
_BELONGING = lazy_compile(
    r"\b(?:dat|da|die|dè|zo'n|zulk|hun)\s+(?:volk|soort|ras|tuig|gespuis|gajes|zootje)\s+(?:hoort|horen|moet|moeten|heeft|hebben)\s+(?:hier\s+)?(?:niet?|niks|geen|gene|gin|weg|buiten)"
    r"|\bgeen\s+plaats\s+(?:voor|meer\s+voor)\s+(?:dat|die|zo'n|hun|zulk)\s+(?:volk|soort|ras|tuig|gespuis|mensen)\b"
    r"|\b(?:ons|eigen)\s+volk\s+eerst\b"
)


# Eleventh session, from the misses of holdout73/74 (each only with a group named).
_GROUP_CLICHES = lazy_compile(
    # "Walen en werken, twee woorden die ge nooit in dezelfde zin zult horen"
    r"\b\w+\s+en\s+\w+\W{0,3}\s*(?:(?:dat|da)\s+(?:zijn|zen)\s+)?(?:twee|2)\s+(?:woorden|dingen|werelden)\s+die\b"
    r"[^.!?]{0,40}?\b(?:nooit|niet|nie)\b|"
    # "Chinezen eten toch alles wat beweegt"
    r"\b(?:eten|vreten|eet|vreet)\s+(?:toch\s+|echt\s+|gewoon\s+)?alles\s+wa[t]?\s+(?:beweegt|kruipt|loopt)\b|"
    # "Afrikanen en op tijd komen, dat gaat niet samen" (the group first, then the vice)
    r"^\W*(?:\w+\s+){1,2}en\s+(?:\w+\s+){1,4}?(?:\w+)\s*,?\s*(?:dat|da|da's|das)\s+(?:gaat\s+)?(?:niet|nie|nooit)\s+"
    r"(?:gaat\s+)?samen\b"
    # "een homo als directeur? ... ge weet hoe die zijn met jongens"
    r"|\b(?:ge|je|gij|we|iedereen)\s+(?:weet|weten)\s+(?:toch\s+|wel\s+)?hoe\s+(?:die|ze|zij|dat\s+volk)\s+(?:zijn|is)\s+"
    r"met\s+(?:jongens|kinderen|kindjes|meisjes|kleine\s+\w+|ons\s+geld)\b"
    # "vrouwen bij de brandweer ... ze zijn gewoon niet sterk of slim genoeg"
    r"|\b(?:ze|zij|die)\s+(?:zijn|is)\s+(?:gewoon\s+|nu\s+eenmaal\s+|toch\s+)?(?:niet|nie)\s+(?:\w+\s+(?:of|en)\s+)?"
    r"(?:slim|sterk|intelligent|verstandig|capabel|bekwaam)\s+genoeg\b"
    # third cycle, from the misses of holdout77/78: "die Afrikanen ... kunnen niet met geld om"
    r"|\b(?:kunnen|kan)\s+(?:gewoon\s+)?(?:niet|nie)\s+met\s+geld\s+om(?:gaan)?\b"
    # fourth cycle, from the misses of holdout79/80: "een vrouw op mobiliteit? Die kunnen niet
    # eens fatsoenlijk parkeren", "vrouwen bij de politie? ... ze zijn veel te emotioneel"
    r"|\b(?:die|ze|zij)\s+kunnen\s+(?:toch\s+|gewoon\s+)?(?:niet|nie)\s+(?:eens\s+)?(?:fatsoenlijk\s+|deftig\s+)?"
    r"(?:parkeren|rijden|rekenen|leiden)\b"
    r"|\b(?:ze|zij|die)\s+zijn\s+(?:gewoon\s+|veel\s+|nu\s+eenmaal\s+|toch\s+)?(?:veel\s+)?te\s+"
    r"(?:emotioneel|emotionele|zwak|hysterisch|gevoelig)\b"
)
# The same without a group word: a sign of faith, or a disability named in the comment.
_KEPT_OUT_OR_BELITTLED = lazy_compile(
    # "hoofddoeken moeten uit de bib, uit het zwembad en uit onze straten"
    r"\b(?:hoofddoeken|boerkas|boerka's|keppeltjes|tulbanden)\s+(?:moeten|mogen)\s+(?:\w+\s+)?(?:uit|weg|buiten)\b[^.!?]{0,50}?"
    r"\buit\s+(?:onze|ons)\s+(?:straten|stad|gemeente|wijk|land|dorp)\b"
    # "een rolstoelgebruiker in de gemeenteraad? Zo iemand kan toch niet normaal nadenken"
    r"|\bzo\s+iemand\s+kan\s+(?:toch\s+)?(?:niet|nie)\s+normaal\s+(?:nadenken|denken)\b"
    # "een gehandicapte als schepen? Die kan toch nooit zo snel denken als een normaal mens"
    r"|\b(?:zo\s+iemand|die)\s+kan\s+(?:toch\s+)?(?:nooit|niet|nie)\s+(?:zo\s+\w+\s+)?(?:denken|nadenken)\s+als\s+"
    r"een\s+normaal\s+mens\b"
    # "waarom zou ge iemand met een handicap aannemen, die zijn toch altijd ziek thuis";
    # "steek ze in een instelling waar ze niemand lastigvallen"
    r"|\b(?:die|ze)\s+zijn\s+(?:toch\s+)?(?:altijd|constant|de\s+helft\s+van\s+de\s+tijd)\s+ziek\b"
    r"|\bsteek\s+(?:ze|die|hen)\s+in\s+een\s+(?:instelling|tehuis|gesticht)\b"
    # "kinderen met een beperking in een gewone klas? Die trekken het niveau naar beneden"
    r"|\b(?:die|ze)\s+trekken\s+(?:het|ons|het\s+hele)\s+(?:niveau|gemiddelde)\s+(?:naar\s+beneden|omlaag)\b"
    # "iemand in een rolstoel aan het onthaal? Die horen in een instelling, niet achter een loket"
    r"|\b(?:die|ze|zij)\s+(?:horen|hoort|moeten|moet)\s+(?:thuis\s+)?in\s+een\s+(?:instelling|tehuis|gesticht)\b"
)
# "transpersonen mogen wat mij betreft nie bij de politie werken": the writer's own ban on a group
# named in the sentence, from a place, a body or a right ("mogen van mij niet langer wachten" or
# "niet in tenten wonen" asks the opposite, hence the places and rights only)
_BANNED_IN_MY_VIEW = lazy_compile(
    r"\b(?:mogen|mag|zouden|zou|moeten|moet)\s+(?:wat\s+mij\s+betreft|van\s+mij|voor\s+mij|als\s+het\s+van\s+mij\s+afhangt)\s+"
    r"(?:(?:toch|gewoon|echt|ook)\s+)?(?:niet|nie|ni|nooit)\s+(?:(?:meer|langer|mee)\s+)?"
    r"(?:(?:bij|in|op|aan)\s+(?:de|het|ons|onze|mijn|dit|deze|ne|een)\s+(?:politie|school|scholen|klas|zwembad|gemeente|"
    r"gemeentehuis|dorp|stad|straat|wijk|land|leger|regering|gemeenteraad|kieslijst|rusthuis|wzc|jeugdbeweging|club|"
    r"voetbalclub|markt|kermis|bus|tram|trein|loket)\b|(?:stemmen|trouwen|lesgeven|adopteren|binnen)\b)"
    # "Roemenen mogen van mij de stad ni meer in", "... mogen het dorp niet meer in van mij"
    r"|\b(?:mogen|mag)\s+(?:van\s+mij\s+|wat\s+mij\s+betreft\s+)?(?:het|de|ons|onze|dit|deze|mijn)\s+"
    r"(?:dorp|stad|land|gemeente|wijk|straat|zwembad|school|winkel|cafe|zaak|huis)\s+(?:\w+\s+)?(?:niet|nie|ni|nooit)\s+"
    r"(?:meer\s+)?(?:in|binnen)\b(?:\s+van\s+mij|\s+wat\s+mij\s+betreft)?"
)
# "holebi's mogen van mij bestaan, maar niet in onze straat": a group kept out, whose negation is
# the exclusion itself (so no denial of the claim)
_BUT_NOT_HERE = lazy_compile(
    r"\bmogen\s+(?:van\s+mij\s+)?(?:gerust\s+)?bestaan\s*,?\s*maar\s+(?:niet|nie)\s+(?:in|op|aan)\s+(?:onze|ons|mijn)\b"
)
_SAME_PEOPLE = lazy_compile(
    r"\bvan\s+welke\s+(?:afkomst|origine|komaf)\b[^.!?]{0,60}?\b(?:altijd|telkens|weer|nog\s+altijd)\s+"
    r"(?:hetzelfde|datzelfde|dezelfde)\s+(?:volk|soort|slag|mensen|type)\b"
)


# Substrings every match of a pattern contains: a pattern only runs when one is present, which
# keeps the detector fast on the many comments that are about something else.
_TROPE_NEEDS = ("vrouw", "wijven", "meisjes", "boom", "bomen", "jungle", "grot", "kweken", "fokken")
_TROPE_NEEDS += ("vermenigvuldig", "planten", "jood", "joden", "zionist", "volk")
_TROPE_NEEDS += ("enkeltje",)
# "Zwarte agenten? Geef ze een banaan": the monkey trope, with black people named in the comment
_BANANA = lazy_compile(
    r"\bgeef\s+(?:ze|hen|hem|haar|die)\s+(?:\w+\s+){0,2}?(?:een\s+)?(?:banaan|bananen)\b"
)
_BLACK_PEOPLE = lazy_compile(
    r"\b(?:zwarte|zwarten|afrikanen|afrikaan|afrikaanse|congolezen|congolees|congolese)\b"
)
# "da zijn gene mensen (zoals wij)", said of a group named in the comment
_NOT_PEOPLE = lazy_compile(
    r"\b(?:zijn|zyn|zijt|is|es)\s+(?:gene|geen|gin|gien)\s+(?:mensen|mensn|mens)(?:\s+zoals\s+(?:wij|ons|gij)|\s+meer)?\s*(?:[.!,;]|$)"
    # "die gesluierde vrouwen, precies kraaien. Niks menselijks aan."
    r"|\b(?:niks|niets|nix)\s+menselijks?\b"
    # "zijn eerder huisdieren dan mensen" (not "er waren meer agenten dan mensen": a count)
    r"|\b(?:zijn|is|zijt)\s+(?:toch\s+|gewoon\s+|echt\s+|nog\s+)?eerder\s+(?:\w+\s+){1,2}?dan\s+(?:mensen|mens)"
    r"\s*(?:[.!,;?]|$)"
)
_BELONGING_NEEDS = ("volk", "soort", "ras", "tuig", "gespuis", "gajes", "zootje", "plaats")
_EXCLUSION_NEEDS = ("terug", "trug", "weg", "wech", "oprot", "opkras", "rotten", "buiten", "eruit")
_EXCLUSION_NEEDS += ("land", "boot", "vliegtuig", "roei", "vergas", "oven", "gaskamer", "kamp")
_EXCLUSION_NEEDS += ("sterili", "allemaal", "alle", "eigen", "stad uit", "gemeente uit", "dorp uit")
_EXCLUSION_NEEDS += ("wijk uit",)
_ORIGIN_NEEDS = ("uit ", "van ")


@cache
def _needs_re(needs: tuple[str, ...]) -> re.Pattern[str]:
    return literal_alternation(needs)


# Compiled once: hashing the needs tuple for the cache on every sentence costs more than it should.
_ORIGIN_NEEDS_RE = _needs_re(_ORIGIN_NEEDS)
_TROPE_NEEDS_RE = _needs_re(_TROPE_NEEDS)
_BELONGING_NEEDS_RE = _needs_re(_BELONGING_NEEDS)
_EXCLUSION_NEEDS_RE = _needs_re(_EXCLUSION_NEEDS)
# (every match of _NOT_MEANT_FOR_YOU holds one)
_NOT_MEANT_FOR_YOU_NEEDS = (
    "niet voor",
    "nie voor",
    "bedoeld voor",
    "in de weg",
    "iemand van",
    "ene van",
    "een van",
    "echte",
    "blanke",
    "witte",
    "zoeken",
    "hoort",
    "horen",
)
# People named by a wheelchair, a disability or a sign of faith, which _group_in does not see
_MARKED_PEOPLE = lazy_compile(
    r"\b(?:in\s+een\s+rolstoel|met\s+een\s+(?:handicap|beperking|hoofddoek|keppel|tulband|boerka|niqab)|"
    r"rolstoel\w*|hoofddoek\w*)\b"
)
_NOT_MEANT_FOR_YOU_NEEDS_RE = _needs_re(_NOT_MEANT_FOR_YOU_NEEDS)
_PUNCTUATION_AFTER = lazy_compile(r"[^.!?]*([.!?]?)")
# (every match of _KEPT_OUT_OR_BELITTLED holds one: "uit onze"/"uit ons", "normaal", "ziek", a home)
_KEPT_OUT_OR_BELITTLED_NEEDS_RE = _needs_re(
    (
        "uit onze",
        "uit ons",
        "normaal",
        "ziek",
        "instelling",
        "tehuis",
        "gesticht",
        "niveau",
        "gemiddelde",
    )
)


# Words that can turn a statement about a group against it, besides the lexicons: a negation
# ("hebben hier niets te zoeken"), exclusion ("terug", "weg"), blame and the smears the
# patterns above spell out word by word.
# Words that turn a statement about a group against it, besides a negation ("zijn geen mensen")
# and "minder", which as often state a fact ("minder kansen", "niet welkom" is caught elsewhere).
_HOSTILE_WORDS = frozenset(
    """altijd allemaal typisch eenmaal weer zoveelste weg wech terug trug apart verbieden
    verbied buiten eruit uit dood haat haten walg walgen kots kotsen
    probleem problemen last lastig gevaar gevaarlijk plaag pest ziekte kanker stinken stinkt
    stelen steelt pikken profiteren profiteert profiteurs uitkering uitkeringen criminelen
    crimineel terroristen terrorist verkrachters dieven tuig gespuis volk soort ras zootje
    invasie overspoeld overspoelen vervanging omvolking teveel schuld slechtste ergste
    minderwaardig lui dom achterlijk
    vies vuil vuile smerig smerige enge eng raar abnormaal ziek gestoord pervers barbaars
    primitief onbeschaafd beesten beest apen aap ratten ongedierte kakkerlakken dronken
    besmettelijk wegdoen ballast dievenvolk dievenbende boeventuig terugsturen terugstuurt buitenzetten
    buitengooien deporteren""".split()  # noqa: SIM905
)
# Scorn for people and the means of violence: the insult lists' words ("profiteurs", "debielen")
# and what a group is called or threatened with that no list held ("een zielige bende", "een
# lachertje", "een zwerm", "wat benzine en een aansteker"). Read only by
# ``speaks_with_hostility``: in the blind group sets these words stood in hate the group model
# scored 0.97 or more and could not act on; adding them changed no legitimate comment's decision
# among the ~80,000 labelled texts.
_SCORN_WORDS = (
    word_set("insult_strong")
    | word_set("insult_mild")
    | frozenset(
        """zielig zielige schande lachertje lachnummer afwijking afwijkingen volksaard zwerm
        zwermen plaag kermisvolk zakkenrollers profiteurs parasieten robots robotten minachting
        walgelijk walgelijke afstotelijk afstotelijke pathetisch meelijwekkend hopeloos
        waardeloos waardeloze nutteloos nutteloze benzine aansteker gasbrander molotov molotovs
        mes messen fakkel fakkels""".split()  # noqa: SIM905
    )
)
# ... which ``speaks_against`` counts too (``speaks_with_hostility`` reads the hostile words)
_NEGATING_WORDS = NEGATIONS | {"nie", "ni", "gin", "minder"}
_AGAINST_EMOJI = ("🐒", "🦍", "🐵", "🥥", "🌴", "🐷", "🐖", "🤮", "🤢", "💩")


# Praise, welcome and equal standing: "zijn welkom", "verdienen respect", "kunnen alles wat
# mannen kunnen", "ik hou van mijn buren".
_FOR_WORDS = frozenset(
    """welkom respect trots geweldig fantastisch schitterend prachtig mooi fijn waardevol
    waardevolle gelijkwaardig gelijkwaardige evenveel evengoed solidair solidariteit lief lieve
    sterk sterke slim slimme verrijking aanwinst vriend vrienden vriendin buren collega collegas
    hartelijk warm warme veilig schattig schattige toppers behulpzaam behulpzame gastvrij
    gastvrije hardwerkend hardwerkende""".split()  # noqa: SIM905
)
_FOR_PHRASES = lazy_compile(
    r"\b(?:hou|houden)\s+van\b|\bgewoon\s+mensen\b|\brecht\s+op\b|\bkunnen\s+alles\b"
    r"|\bzijn\s+ook\s+(?:maar\s+)?mensen\b"
    # "moslims zijn allemaal hetzelfde als wij", "net als wij", "mensen zoals wij"
    r"|\b(?:hetzelfde|dezelfde|net|zoals|gelijk)\s+(?:als|aan)?\s*(?:wij|ons|jij|u|iedereen)\b"
    r"|\b(?:een|hun)\s+plaats\b|\bhoren\s+(?:er\s+)?(?:ook\s+)?bij\b"
    # "moslims en homo's, dat gaat perfect samen in onze wijk"
    r"|\b(?:gaat|gaan|past|passen)\s+(?:hier\s+)?(?:perfect|prima|goed|uitstekend|best)\s+samen\b"
    # "Vlamingen zijn stuk voor stuk harde werkers"
    r"|\bharde\s+werkers?\b|\bwerken\s+(?:keihard|hard|harder|hun\s+gat\s+uit)\b"
)
# Rights claimed for a group: "horen in dezelfde klas als de rest", "moeten ook gewoon aan de
# loketten kunnen werken", "mogen dus ook een zebrapad hebben" (not "moeten ook maar ...")
_RIGHT_CLAIMED = lazy_compile(
    r"\bhoren\s+(?:gewoon\s+|ook\s+)?(?:in|op|bij)\s+(?:dezelfde|hetzelfde|de\s+gewone|een\s+gewone)\b"
    r"|\b(?:moeten|mogen|moet|mag|zouden|zou)\s+(?:dus\s+)?ook\s+(?:gewoon\s+)?(?!maar\b)(?:[\w']+\s+){0,6}?"
    r"(?:kunnen|mogen)\b"
    r"|\b(?:mogen|mag)\s+(?:dus\s+)?ook\s+(?:gewoon\s+)?(?!maar\b)(?:[\w']+\s+){0,4}?hebben\b"
)
# Support offered: "joden hebben hier niks te vrezen, wij beschermen elkaar", "we staan achter
# jullie"
_SUPPORT = lazy_compile(
    r"\b(?:niks|niets)\s+te\s+vrezen\b|\b(?:beschermen|bescherm|beschermt|steunen|steun)\s+(?:elkaar|hen|jullie)\b"
    r"|\bstaan\s+(?:achter|naast)\s+(?:jullie|hen|elkaar)\b"
)


def offers_support(norm: NormalisedText) -> bool:
    """Whether a comment offers a group support or protection ("niks te vrezen", "we staan
    achter jullie"), words a linear model trained on exclusion ("hebben hier niks te zoeken")
    misreads."""
    return _SUPPORT.search(norm.folded) is not None


# Sympathy: a group that "wordt uitgelachen", "werd geviseerd" is what the comment defends; so
# is one let in beside another ("sociale woningen niet enkel voor echte Vlamingen, ook voor
# nieuwkomers").
# Wrongs done to people, as participles ("weggejaagd", "apart gezet"), for ``_SYMPATHY``.
_WRONGS_DONE = (
    r"(?:weggejaagd|verjaagd|uitgelachen|uitgescholden|geviseerd|gediscrimineerd|gepest|weggepest|bedreigd|"
    r"buitengesloten|uitgesloten|weggezet|geweigerd|uitgezet|aangevallen|geslagen|gestigmatiseerd|vergeten|"
    r"gewantrouwd|geweerd|buitengegooid|buitengezet|verdreven|apart\s+gezet|apart\s+gehouden|nagekeken|gecontroleerd|"
    r"gefouilleerd|tegengehouden|opgepakt|land\s+uitgezet|teruggestuurd|weggestuurd|uitgewezen|gedeporteerd|"
    r"uitgebuit)"
)
# A wrong done to people, told after them: "..., in elkaar geslagen", "... werden uitgescholden"
_A_WRONG_DONE = lazy_compile(r"\b(?:in\s+elkaar\s+(?:geslagen|getrokken)|" + _WRONGS_DONE + r")\b")
# ... and not called for: "die moeten in elkaar geslagen worden", "mogen weggejaagd worden"
_CALLED_FOR_BEFORE = lazy_compile(
    r"\b(?:moeten|moet|mogen|mag|zouden|zou|moesten|zullen|gaan)\b[^.!?,]{0,30}$"
)
_CALLED_FOR_AFTER = lazy_compile(r"\s+(?:worden|zijn|ze|hen|allemaal)\b")


def _a_wrong_told(folded: str, start: int) -> bool:
    """Whether a wrong done to people is told after ``start`` ("..., in elkaar geslagen."), not
    called for ("die moeten in elkaar geslagen worden")."""
    for m in _A_WRONG_DONE.finditer(folded, start):
        if _CALLED_FOR_BEFORE.search(folded, max(0, m.start() - 40), m.start()):
            continue
        if _CALLED_FOR_AFTER.match(folded, m.end()):
            continue
        return True
    return False


_SYMPATHY = split_search(
    lazy_compile(
        r"\b(?:word|wordt|worden|werd|werden)\s+(?:[\w']+\s+){0,5}?(?:uitgelachen|uitgescholden"
        r"|geviseerd|gediscrimineerd|gepest|bedreigd|buitengesloten|achtergesteld|vergeten"
        r"|afgeschilderd|weggezet|lastiggevallen|benadeeld|gestigmatiseerd|geweigerd)\b"
        # "de Roma zijn ook slachtoffer geweest van de holocaust"
        r"|\b(?:zijn|waren|was|is|werden|werd)\s+(?:ook\s+|zelf\s+)?(?:\w+\s+)?slachtoffers?\b"
        r"|\bniet\s+(?:enkel|alleen|uitsluitend)\s+voor\b[^.!?]{0,40}?[,;]?\s*(?:maar\s+)?ook\s+voor\b"
        # "Ik ben het beu dat mensen vluchtelingen als ongedierte behandelen"
        r"|\b(?:mensen|men|sommigen|politici|racisten|iedereen|velen|anderen)\b[^.!?]{0,40}?\bals\s+(?:\w+\s+){0,2}?"
        r"(?:behandelen|behandelt|wegzetten|wegzet|afschilderen|afschildert|bestempelen|bestempelt)\b"
        # "Wie moslims haat, hoort hier niet thuis": whoever hates the group is the one rejected
        r"|(?:^|[.!?]\s*)wie\s+(?:\w+\s+){1,3}?(?:haat|haten|uitscheldt|discrimineert|pest|viseert|beledigt|"
        r"(?:wil|wilt)\s+(?:buitenzetten|buitensmijten|buitengooien|weren|wegjagen|uitsluiten|wegpesten))\b"
        # "Waarom moeten Marokkanen altijd de schuld krijgen?", "weer de zondebok"
        r"|\bde\s+schuld\s+(?:mogen\s+|moeten\s+|zouden\s+)?(?:krijgen|krijgt|kregen|geven)\b|\b(?:de\s+)?zondebok(?:ken)?\b"
        # "Roma zouden niet overal weggejaagd mogen worden", "Moslims mogen niet uitgesloten worden":
        # a wrong the writer says must not be done (a modal: not "... nooit eens gecontroleerd wordt")
        r"|\b(?:mogen|moeten|zouden|mag|moet|mocht|zou)\s+(?:[\w']+\s+){0,3}?(?:niet|nie|ni|nooit)\s+(?:\w+\s+){0,3}?"
        rf"{_WRONGS_DONE}\s+(?:(?:mogen|moeten|zouden|mag|moet)\s+)?(?:worden|word|wordt)\b"
        rf"|\b(?:niet|nie|ni|nooit)\s+(?:\w+\s+){{0,3}}?{_WRONGS_DONE}\s+(?:mogen|moeten|zouden|mag|moet)\s+(?:worden|word|wordt)\b"
        # "Triest dat die moskee beklad is", "Erg da homo's nog in elkaar geslagen worden": a wrong
        # done to them, regretted (not "jammer dat ze niet / maar / pas nu weggejaagd werden": the
        # wrong wished more, or sooner)
        r"|(?:^|[.!?]\s*)(?:triest|spijtig|erg|jammer|schandalig|beschamend|walgelijk|verschrikkelijk|schrijnend|"
        r"droevig|een\s+schande)\s+(?:dat|da)\b(?![^.!?]*\b(?:niet|nie|ni|geen|nooit|maar|pas|eindelijk|weinig|"
        r"zelden|te\s+laat)\b)[^.!?]{0,60}?\b(?:in\s+elkaar\s+(?:geslagen|getrokken)|nagefloten|beklad|"
        rf"bekogeld|bespuwd|beschimpt|lastiggevallen|uitgejouwd|bespot|getreiterd|vernederd|mishandeld|"
        rf"{_WRONGS_DONE})\s+(?:worden|wordt|werden|werd|is|zijn|was|waren)\b"
        # "Triest da die Afghaanse jongens in de kou aan 't station moesten slapen": a hardship told
        # and regretted
        r"|(?:^|[.!?]\s*)(?:triest|spijtig|erg|schandalig|beschamend|verschrikkelijk|schrijnend|droevig)\s+(?:dat|da)\b"
        r"(?![^.!?]*\b(?:niet|nie|ni|geen|nooit|maar|pas|eindelijk)\b)[^.!?]{0,60}?\b(?:moesten|moeten|moet|moest)\s+"
        r"(?:slapen|overnachten|wachten|vluchten|leven|achterlaten|verlaten|bedelen|schuilen)\b"
        # "Ik vind het vreselijk dat die Marokkaanse jongen nie binnen mocht op de fuif": kept out,
        # regretted
        r"|(?:^|[.!?]\s*)(?:ik\s+vind\s+(?:het|da|dat|t)\s+)?(?:echt\s+|zo\s+)?(?:triest|spijtig|erg|schandalig|"
        r"beschamend|vreselijk|verschrikkelijk|schrijnend|droevig|een\s+schande)\s+(?:dat|da)\b[^.!?]{0,60}?"
        r"\b(?:niet|nie|ni)\s+(?:(?:meer\s+)?(?:binnen|mee|erin|erop)\s+(?:mocht|mochten|mag|mogen|kon|konden|"
        r"geraakte|geraakten|geraakt)|(?:mocht|mochten|mag|mogen|kon|konden|geraakte|geraakten)\s+(?:meer\s+)?"
        r"(?:binnen|mee|erin|erop))\b"
        # "die rolstoelgebruiker kon weer nie op de trein in Lokeren, schande": a door closed to them,
        # condemned at the end
        r"|\b(?:kon|konden|kan|kunnen|geraakte|geraakten|geraakt|mocht|mochten)\s+(?:weer\s+|alweer\s+|opnieuw\s+|"
        r"nog\s+altijd\s+|nog\s+steeds\s+)?(?:niet|nie|ni)\s+(?:op|in|binnen|mee)\b(?![^.!?,]*\b(?:zonder|om\s+te)\b)"
        r"[^.!?]{0,40},\s*(?:een\s+)?"
        r"(?:schande|schandalig|erg|triest|belachelijk|onaanvaardbaar|beschamend|ongehoord)\s*(?:[.!]+\s*)?$"
        # (the same in a relative clause: "Weer een rolstoelgebruiker die ni op den trein kon in
        # Aarschot, schande.")
        r"|\bdie\s+(?:weer\s+|alweer\s+|opnieuw\s+)?(?:niet|nie|ni)\s+(?:op|in|binnen|mee)\b[^.!?,]{0,30}?\b(?:kon|konden|"
        r"kan|kunnen|geraakte|geraakten|geraakt|mocht|mochten)(?:\s+(?:in|op|aan|te|bij)\s+[\w'-]+(?:\s+[\w'-]+)?)?"
        r"\s*,\s*(?:een\s+)?(?:schande|schandalig|erg|"
        r"triest|belachelijk|onaanvaardbaar|beschamend|ongehoord)\s*(?:[.!]+\s*)?$"
        # "Mijn hart breekt voor de Oekraïners die ...", "ik leef mee met de families"
        r"|\bmijn\s+hart\s+(?:breekt|bloedt)\s+voor\b|\bik\s+leef\s+(?:echt\s+|volop\s+)?mee\s+met\b"
        # "laat die mensen toch gerust": peace asked of the reader for them
        r"|(?:^|[,.!?;:]\s*)(?:allez\s+)?laat\s+(?:die\s+mensen|ze|hen|die\s+\w+)\s+(?:toch\s+|nu\s+|gewoon\s+)*"
        r"(?:gerust|met\s+rust)\s*(?:[,.!?;:]|$)"  # (not "laat ze gerust verzuipen")
        # "Zwarte spelers krijgen nog altijd apengeluiden te horen": abuse the group suffers
        r"|\b(?:krijgen|krijgt|kregen|kreeg)\s+(?:\w+\s+){0,3}?(?:apengeluiden|scheldwoorden|verwensingen|haat|"
        r"bedreigingen|doodsbedreigingen|racistische\s+\w+)\s+(?:te\s+(?:horen|verwerken|slikken|lezen)|over\s+zich\s+heen)\b"
        # "Zwarte Vlamingen zijn gewoon Vlamingen", "Walen zijn ook gewoon mensen"
        # (the clause ends there: not "zijn gewoon mensen met psychische problemen")
        r"|\b(?:zijn|is)\s+(?:ook\s+|echt\s+)?(?:gewoon|evengoed|net\s+zo\s+goed|even\s+goed)\s+(?:vlamingen|vlaming|belgen|belg|"
        r"mensen|mens|burgers|inwoners|buren|collega's|collegas|gentenaars|antwerpenaars|limburgers)"
        r"(?:\s+(?:zoals|net\s+als)\s+(?:wij|jij|gij|iedereen|ons|u)\b|\s*(?:[,.!?;]|$))"
        # "Zwarte mensen horen thuis in Vlaanderen" (not "... horen thuis in Afrika")
        r"|\b(?:horen|hoort)\s+(?:hier\s+)?(?:gewoon\s+|ook\s+|evengoed\s+)?thuis\s+(?:hier|in\s+(?:vlaanderen|belgie|"
        r"onze|ons|de\s+stad|het\s+dorp|deze\s+\w+))\b|\b(?:horen|hoort)\s+(?:gewoon\s+|ook\s+|evengoed\s+)?erbij\b"
        # "Niemand zou moslims mogen buitengooien": no one may do the wrong
        r"|\bniemand\s+(?:zou|mag|mocht|kan|moet)\s+(?:[\w']+\s+){0,4}?(?:mogen\s+|kunnen\s+)?(?:buitengooien|buitenzetten|"
        r"wegjagen|wegpesten|uitsluiten|uitschelden|discrimineren|weigeren|buitensmijten|viseren|aanvallen|pesten)\b"
        # "Marokkanen moeten niet weg, de racisten wel": the group need not leave
        r"|\b(?:moeten|hoeven|moet|hoeft)\s+(?:helemaal\s+|echt\s+)?(?:niet|nie|ni)\s+(?:weg|buiten|terug|vertrekken)\s*,\s*"
        r"(?:\w+\s+){1,3}wel\b"
        # "... zouden niet mogen wachten op een woning": should not have to wait or suffer
        r"|\b(?:zouden|zou|mogen|mag|moeten|moet)\s+(?:niet|nie|ni|nooit)\s+(?:zo\s+lang\s+|langer\s+|meer\s+)?(?:mogen\s+|moeten\s+)?"
        r"(?:wachten|lijden|honger\s+lijden|verdrinken|bang\s+zijn|zich\s+schamen|zich\s+verstoppen|vrezen|"
        r"vereenzamen|kiezen\s+tussen|op\s+straat\s+(?:slapen|staan|leven))\b"
        # "Joden zouden hun keppel niet moeten verstoppen": a sign of who they are, not to be hidden
        r"|\b(?:hun|haar|zijn)\s+\w+\s+(?:niet|nie|ni|nooit)\s+(?:moeten|hoeven|mogen)\s+(?:te\s+)?verstoppen\b"
        # "Homo's zouden geen schrik mogen hebben", "Afghanen moeten zich hier niet verstoppen",
        # "Moslims horen niet op straat te slapen"
        r"|\b(?:geen|gene|gin)\s+(?:schrik|angst)\s+(?:mogen|moeten|hoeven)\s+(?:te\s+)?hebben\b"
        r"|\b(?:moeten|hoeven|mogen)\s+zich\s+(?:hier\s+)?(?:niet|nie|ni)\s+(?:te\s+)?(?:verstoppen|schamen|verantwoorden)\b"
        r"|\bhoren\s+(?:niet|nie|ni)\s+op\s+straat\s+te\s+(?:slapen|leven|wonen)\b"
        # "Waarom mogen vrouwen niet meedoen?": asked why a group is kept out
        r"|^\W*waarom\s+(?:mogen|mag|kunnen|kan)\s+[^.!?]{1,40}?\s+(?:niet|nie|ni|geen)\s+(?:meedoen|mee\s+doen|"
        r"meespelen|stemmen|trouwen|zwemmen|binnen|werken)\s*\?"
        # "Moslims buiten zetten lost niks op": sending a group away judged useless or wrong
        r"|\b(?:buiten\s*zetten|buitengooien|buitensmijten|terugsturen|wegsturen|uitzetten|uitwijzen|deporteren|weren|"
        r"wegjagen|uitsluiten)\s+(?:lost|is|zou|gaat|helpt)\s+(?:\w+\s+)?(?:niks|niets|geen|nooit|onmenselijk|"
        r"schandalig|racisme|discriminatie|wreed)\b"
        # "walgelijk hoe ze hier behandeld worden"
        r"|\bhoe\s+(?:ze|zij|die|men|hen)\s+(?:\w+\s+){0,3}?(?:behandeld|bejegend|weggezet|aangekeken|"
        r"uitgesloten)\s+(?:worden|wordt|werden|werd)\b"
        # "Marokkanen krijgen geen huurwoning in Gent": a home or a job withheld
        r"|\b(?:krijgen|krijgt|kregen|kreeg|vinden|vindt|vonden)\s+(?:\w+\s+){0,5}?(?:geen|nooit|moeilijk|"
        r"moeilijker|minder|niet\s+hetzelfde|niet\s+evenveel|niet\s+dezelfde)\s+(?:\w+\s+)?(?:huurwoning|woning|huis|"
        r"appartement|kot|werk|job|stage|stageplaats|kans|kansen|lening|sollicitatiegesprek|plaats|plek|stem|zitje|"
        # (not "... krijgen geen huurwoning zolang er nog één Hasselaar zoekt": withheld on demand)
        r"loon|lonen|pensioen|zorg|respect)\b(?![^.!?]{0,40}?\bzolang\b)"
        # "Marokkaanse vrouwen die geen appartement krijgen door hun naam": the same, in a relative
        # clause (not "... die geen werk vinden moeten terug": a demand made of them)
        r"|\bdie\s+(?:\w+\s+){0,2}?(?:geen|nooit|moeilijk|moeilijker)\s+(?:\w+\s+)?(?:huurwoning|woning|huis|"
        r"appartement|kot|werk|job|stage|stageplaats|kans|kansen|lening)\s+(?:krijgen|krijgt|kregen|kreeg|vinden|"
        r"vindt|vonden)\b(?![^.!?]{0,40}?\b(?:zolang|moeten|moet|mogen|mag|buiten|terug|weg)\b)"
    )
)
# "..., heb toch wat geduld allez": patience asked of the reader for them. Kept out of _SYMPATHY,
# whose forms are searched one by one where the words they need stand (``split_search``): this one
# needs one of ``_PATIENCE_WORDS`` after a space, so those words gate it.
_PATIENCE_ASKED = lazy_compile(
    r"(?:^|[,.!?;:]\s*)(?:allez\s+)?(?:heb|hebt|hou|houd)\s+(?:toch\s+|nu\s+|eens\s+|gewoon\s+)*"
    r"(?:wat\s+|een\s+beetje\s+|ne\s+keer\s+|wa\s+)?(?:geduld|begrip|respect|compassie)\b"
)
_PATIENCE_WORDS = frozenset(["geduld", "begrip", "respect", "compassie"])


# A sentence that opens with the group as its topic: "Vluchtelingen, ik krijg er ... van".
_TOPIC_FIRST = lazy_compile(r"^\W*(?:\w+\s+)?\w+\s*[,:]")


def _topic_first(sentence: str, group: int) -> bool:
    m = _TOPIC_FIRST.match(sentence)
    return m is not None and group < len(tokenize(m.group(0)))


def _sickened_by_the_group(sentence: str, m: re.Match[str]) -> str | None:
    """At whom the disgust of ``_SICKENED`` is: "group" when it names the group ("misselijk van
    (al) die Marokkanen") or "ze"/"hen" ("ik kan ze niet luchten"); "back" when "er", "ervan" or
    nothing points back to something named before; None when "van" is followed by something
    else ("misselijk van de manier waarop ... behandeld worden") or a negation stands outside
    the phrase ("ik word niet misselijk van ...")."""
    # (the clause of the disgust only: "... die geen woord Nederlands willen spreken, pure
    # luiaards, ik spuw erop")
    before = tokenize(re.split(r"[,;:]", sentence[: m.start()])[-1])
    rest = tuple(tokenize(sentence[m.end() :]))
    if not NEGATIONS.isdisjoint(before) or not NEGATIONS.isdisjoint(rest[:4]):
        return None
    said = m.group(0).split()
    if rest[:1] in (("hoe",), ("wat",), ("wie",), ("dat",), ("da",)) or rest[:2] == ("voor", "wie"):
        return None  # "... misselijk van hoe Europa wegkijkt", "minachting voor wie ... uitscheldt"
    if "er" in said or any(t.startswith("ervan") for t in said):
        return "back"
    if rest[:1] == ("voor",) and said[-1] in {"minachting", "verachting", "walging"}:
        # "niks dan minachting voor die verwijfde homo's": the group within two words (else as
        # below: "Moslims? ... minachting voor die mensen" points back)
        after = [t for t in rest[1:6] if t not in _HATRED_FILLERS][:2]
        if any(_GROUPS.lookup(t) is not None or t in _GROUP_ADJECTIVES for t in after):
            return "group"
    if said[-1] == "van":
        # "van (al) die Marokkanen", "van die katholieke oudjes": the group within two words
        after = [t for t in rest[:5] if t not in _HATRED_FILLERS][:2]
        named = any(_GROUPS.lookup(t) is not None or t in _GROUP_ADJECTIVES for t in after)
        return "group" if named else None
    if "ze" in said or "hen" in said or said[-1] == "mensen":
        return "group"
    return "back"


def speaks_for(norm: NormalisedText) -> bool:
    """Whether a comment holds a word of praise, welcome or equal standing ("zijn welkom", "ik
    hou van", "gewoon mensen", "kunnen alles wat mannen kunnen")."""
    return (
        not _FOR_WORDS.isdisjoint(norm.tokens)
        or _FOR_PHRASES.search(norm.folded) is not None
        or claims_a_right(norm)
        or sympathises(norm)
    )


def claims_a_right(norm: NormalisedText) -> bool:
    """Whether a comment claims a right or a place for someone ("horen in dezelfde klas als de
    rest", "moeten ook gewoon aan de loketten kunnen werken")."""
    return _RIGHT_CLAIMED.search(norm.folded) is not None


def reports_hearsay(norm: NormalisedText) -> bool:
    """Whether a comment tells what someone read, heard or claimed ("ik lees dat ...", "ze
    roepen dat ...")."""
    return _HEARSAY.search(norm.folded) is not None


def sympathises(norm: NormalisedText) -> bool:
    """Whether a comment says something is done to someone that wrongs them ("homo's worden nog
    altijd uitgelachen", "werd geviseerd"), or reports a claim about a group and rejects it ("Als
    ik hier lees dat ... zonder uitzondering profiteurs zijn, word ik triest"), or tells a wrong
    done to them and closes with disgust at it (``_wrong_deplored``): the group it names is the
    one it stands up for."""
    return (
        _SYMPATHY.search(norm.folded) is not None
        or (
            not _PATIENCE_WORDS.isdisjoint(words_of(norm.folded))
            and _PATIENCE_ASKED.search(norm.folded) is not None
        )
        or rebuts_hearsay(norm)
        or _wrong_deplored(norm)
    )


def _wrong_deplored(norm: NormalisedText) -> bool:
    """A wrong done to people told ("Dat homokoppel in elkaar geslagen aan 't station") and a
    verdict of disgust closing the comment ("..., walgelijk"): the disgust is at the act (not
    "... moet in elkaar geslagen worden, walgelijk": called for; not a crime named)."""
    folded = norm.folded
    if _DISGUST_VERDICT.isdisjoint(norm.tokens) or not NEGATIONS.isdisjoint(norm.tokens):
        return False
    last = tokenize(re.split(r"[,;:.!?]", folded.rstrip(" .!?"))[-1])
    return (
        0 < len(last) <= 4
        and all(t in _DISGUST_VERDICT or t in _VERDICT_FILLERS for t in last)
        and _a_wrong_told(folded, 0)
        and not names_crime(norm)
    )


# A claim someone else made, read or heard: "ik lees dat ...", "op de betoging riepen ze dat ...",
# "het is fake news dat ...", "niemand zou mogen zeggen dat ...".
_HEARSAY = lazy_compile(
    r"\b(?:lees|lezen|las|lazen|hoor|horen|hoorde|zeg|zegt|zeggen|zei|zeiden|denkt|denken|dacht|beweert|"
    r"beweren|beweerde|roept|roepen|riep|riepen|schrijft|schrijven|schreef|scandeerden|scanderen|"
    r"fake\s+news|nepnieuws|onzin|gelogen|een\s+leugen|een\s+mythe|niet\s+waar)\s+(?:\w+\s+){0,3}?(?:dat|da)\b"
)
_CLAIM_REJECTED = lazy_compile(
    r"(?:^|[.!?]\s*)(?:dat|da)\s+[^.!?]{5,100}?\b(?:zouden|zou)\s+(?:\w+\s+)?(?:zijn|doen|hebben)\s*,\s*"
    r"(?:dat\s+|da\s+)?(?:klopt|is)\s+(?:langs\s+)?(?:geen|gene|gin|niet|nie|ni)\b"
)
# A cliché said first and then knocked down in a later sentence, by name ("Cliché kapot", "Stop met
# die veralgemeningen") or as hearsay ("ja da hoor ik al heel mijn leven", "serieus, dat schrijft
# iemand hier in 2024?").
_CLICHE_REBUTTED = lazy_compile(
    r"\b(?:stop|stopt|gedaan|weg)\s+(?:nu\s+)?(?:eens\s+)?met\s+(?:die|de|al\s+die|dat|deze|uw|jullie)\s+(?:\w+\s+)?"
    r"(?:cliche|cliches|veralgemening|veralgemeningen|vooroordelen|vooroordeel|stereotypen|stereotiepen|"
    r"bangmakerij|fabeltjes|fabels|clichedenken|hokjesdenken)\b"
    r"|\b(?:cliche|vooroordeel|fabeltje|fabel|mythe|stereotype)\s+(?:kapot|doorgeprikt|ontkracht|weerlegd|onderuit)\b"
    r"|\b(?:dat|da)\s+(?:schrijft|zegt|beweert|typt)\s+(?:er\s+)?iemand\s+(?:hier\s+)?(?:echt\s+|serieus\s+|nog\s+)?"
    r"(?:in\s+(?:19|20)\d\d|anno|nog|echt|serieus)\b"
    r"|\b(?:da|dat|dad)\s+hoor\s+(?:ik|k)\s+(?:al|nu\s+al)\s+(?:heel\s+mijn\s+leven|mijn\s+hele\s+leven|jaren|"
    r"zo\s+lang|sinds\s+ik\s+klein\s+ben)\b"
)
# Words that reject what was reported.
_REJECTING_WORDS = frozenset(
    """onzin nonsens zever fake nepnieuws gelogen leugen leugens triest haatzaaien haatzaaierij
    racisme racistisch racisten discriminatie discriminerend schaam schamen beschamend
    schandalig walgelijk grondwet""".split()  # noqa: SIM905
)


def rebuts_hearsay(norm: NormalisedText) -> bool:
    """Whether a comment reports what someone said or wrote about a group ("riepen ze dat",
    "ik lees dat") and rejects it, or names the claim as false before it ("het is fake news
    dat ...", "niemand zou mogen zeggen dat ...")."""
    if _CLAIM_REJECTED.search(norm.folded):
        return True  # "Da moslims terroristen zouden zijn, klopt langs gene kanten."
    m = _HEARSAY.search(norm.folded)
    if m is None:
        return False
    said = m.group(0)
    return (
        any(
            w in said
            for w in ("fake", "nepnieuws", "onzin", "gelogen", "leugen", "mythe", "niet waar")
        )
        # "Niemand zou mogen zeggen dat ..."
        or "niemand" in tokenize(norm.folded[: m.start()])
        # (not asked: "Is het nu echt racistisch om te zeggen dat ...? Ik vraag het maar.")
        or any(
            not _REJECTING_WORDS.isdisjoint(tokenize(sentence))
            and not _asked(norm.folded, sentence)
            for sentence in sentences(norm.folded)
        )
    )


def speaks_against(norm: NormalisedText) -> bool:
    """Whether a comment holds any word that can turn a statement about a group against it: a
    negation, a word of exclusion, contempt, blame or violence, a slur, a dehumanising word or
    a dog whistle. Without one ("homo's zijn ook gewoon mensen", "vrouwen kunnen alles wat
    mannen kunnen") a statement the classifier scores as hate is praise or fact as often, and
    the classifier alone must not remove it."""
    toks = norm.tokens
    return (
        not _NEGATING_WORDS.isdisjoint(toks)
        or any(True for _ in _DEHUMANISING.find(toks))
        or speaks_with_hostility(norm)
    )


# People said to come from a place: "vijf Marokkaanse Belgen uit onze gemeente", "Roma uit
# Slowakije", "twee jongens uit het asielcentrum" ("uit" is no exclusion there).
_PEOPLE_FROM = frozenset(
    """mensen jongens meisjes gezinnen families vrouwen mannen kinderen jongeren belgen auteurs
    inwoners bewoners""".split()  # noqa: SIM905
)


def _names_a_group(words: str) -> bool:
    """Whether a stretch of a sentence names a protected group: a group word in it, or a group of
    several words ("mensen met een beperking")."""
    toks = tokenize(words)
    return any(is_group_word(t) for t in toks) or _group_in(tuple(toks), words) is not None


def is_group_word(word: str) -> bool:
    """Whether one word names a protected group: a group's name, its adjective or a slur."""
    return (
        word in _GROUP_ADJECTIVES
        or _GROUPS.lookup(word) is not None
        or _SLURS.lookup(word) is not None
    )


# Words that begin a compound naming people of a group: "moslimburen", "moslimgemeenschap",
# "holebikoppels", "transgenderjongeren", "vluchtelingengezin".
_GROUP_STEMS = (
    "moslim",
    "islam",
    "jood",
    "holebi",
    "homokoppel",
    "transgender",
    "vluchteling",
    "asielzoeker",
    "migranten",
    "allochto",
)


def begins_with_a_group(token: str) -> bool:
    """Whether a long word is a compound that begins with a group's name ("moslimburen"): no
    group word on its own, but the group is named."""
    return len(token) > 8 and token.startswith(_GROUP_STEMS)


# "komen oorspronkelijk uit Roemenië", "zijn gevlucht uit Syrië": where people come from
_COME_FROM = frozenset(
    """komen komt kwamen kwam afkomstig oorspronkelijk stammen stamt gevlucht vluchten
    vluchtten geboren""".split()  # noqa: SIM905
)


def _from_a_place(toks: tuple[str, ...], k: int) -> bool:
    if k > 0 and toks[k - 1] in _COME_FROM:
        return True
    return (k > 0 and (toks[k - 1] in _PEOPLE_FROM or _GROUPS.lookup(toks[k - 1]) is not None)) or (
        # "kinderen adopteren uit het buitenland": where they come from ("naar het buitenland"
        # is where a group is sent)
        "buitenland" in toks[k + 1 : k + 3]
    )


def names_crime(norm: NormalisedText) -> bool:
    """Whether a comment names a crime or its doers ("diefstal", "daders", "gestolen")."""
    return _CRIME.search(norm.folded) is not None


def speaks_with_hostility(norm: NormalisedText) -> bool:
    """Whether a comment holds a word of exclusion, contempt, blame or violence, a slur or a dog
    whistle: ``speaks_against`` without negations and without the dehumanising words that are
    as often meant literally ("afval", "kakkerlakken in de keuken")."""
    toks = norm.tokens
    if any(e in norm.plain for e in _AGAINST_EMOJI):
        return True
    if (
        not _HOSTILE_WORDS.isdisjoint(toks)
        and any(
            t in _HOSTILE_WORDS
            and not (t == "uit" and _from_a_place(toks, k))
            and not (t == "uit" and k and toks[k - 1] == "punt")  # "..., punt uit": end of story
            # "rijden nie allemaal met dikke auto's": not all of them (not "Nie allemaal zegt
            # ge? Ik zeg van wel", "niet allemaal, maar wel de meesten")
            and not (t == "allemaal" and k and toks[k - 1] in _DENYING and "wel" not in toks)
            # "die mensen hebben altijd al bestaan": they were always there
            and not (t == "altijd" and toks[k + 1 : k + 3] in (("al", "bestaan"), ("bestaan",)))
            # "mensen met een psychische ziekte": the illness names who they are
            and not (t == "ziekte" and _AN_ILLNESS_NAMED.intersection(toks[max(0, k - 2) : k]))
            and not _denied_of_them(toks, k)
            # "rustig allemaal", "bedankt allemaal": the readers addressed, not "zijn allemaal ..."
            and not (t == "allemaal" and k and toks[k - 1] in _GREETING_ALL)
            # "zijn altijd welkom in onze bib", "zijn hier welkom, altijd geweest": a welcome that
            # lasts, not "zijn altijd ..."
            and not (t == "altijd" and "welkom" in toks[max(0, k - 2) : k + 2])
            # "ik word daar altijd vriendelijk geholpen": always kind
            and not (t == "altijd" and not _KIND_WORDS.isdisjoint(toks[k + 1 : k + 3]))
            # "Allemaal naar 't strand, ook de Hollanders": everyone invited out
            and not (t == "allemaal" and _TO_AN_OUTING.match(" ".join(toks[k + 1 : k + 4])))
            # "Wa een weer!", "klagen over 't weer": the weather, not "weer eens"
            and not (
                t == "weer"
                and k
                and (
                    toks[k - 1] in _WEATHER_BEFORE
                    or (k >= 2 and toks[k - 1] in {"het", "t"} and toks[k - 2] in _ABOUT_IT)
                )
            )
            for k, t in enumerate(toks)
        )
    ):
        return True
    if not _SCORN_WORDS.isdisjoint(toks) and any(
        t in _SCORN_WORDS and not _denied_of_them(toks, k) for k, t in enumerate(toks)
    ):
        return True
    for lex in (_SLURS, _DOGWHISTLES):
        if any(True for _ in lex.find(toks)):
            return True
    return any(
        ((t in _CONTEMPT or (t in _DEGRADING and t != "een")) and not _denied_of_them(toks, k))
        or _group_compound(t)
        for k, t in enumerate(toks)
    )


_AN_ILLNESS_NAMED = frozenset(["met", "psychische", "mentale", "chronische", "zeldzame"])
_KIND_WORDS = frozenset(
    "vriendelijk vriendelijke beleefd behulpzaam hulpvaardig lief lieve".split()  # noqa: SIM905
)
_GREETING_ALL = frozenset(
    """rustig kalm dag hallo hoi hey salut bedankt merci dank groetjes proficiat welkom
    slaapwel courage sterkte succes""".split()  # noqa: SIM905
)
# (not "het" alone: "ze hebben het weer verknoeid" is "again"; "over 't weer" is the weather)
_ABOUT_IT = frozenset(["over", "door", "van", "bij", "met"])
_WEATHER_BEFORE = frozenset(
    """een ne nen slecht slechte mooi mooie goed goede rot kut zalig prachtig prachtige heerlijk
    heerlijke zonnig""".split()  # noqa: SIM905
)
_TO_AN_OUTING = lazy_compile(
    r"naar\s+(?:t\s+|het\s+|de\s+|den\s+)?(?:strand|zee|kermis|feest|fuif|stoet|markt|zwembad|"
    r"park|festival|optocht|carnaval|braderie|concert|sporthal|stadion)\b"
)
# The negations that deny a word after them ("zijn ni dom", "profiteren ni"). Every negation but
# "niemand": a list of eight that stood here was rebound to this one further down the module, so
# this has been the set in use; it is bound once now.
_DENYING = NEGATIONS - {"niemand"}
# (a copula, or the "en"/"noch" that carries an earlier denial on: "zijn ni dom en ni stom")
_BE_OR_AND = frozenset(["zijn", "zen", "zijt", "is", "es", "en", "noch"])


def _denied_of_them(toks: Sequence[str], k: int) -> bool:
    """Whether the word at ``k`` is denied right after a copula: "Nederlanders zijn ni arrogant
    hé, gewoon wa direct", "Moslims zijn geen vuilzakken", "zijn ni dom en ni stom" (a
    comparative after any verb: "rijden ni slechter dan"). The word is what the writer says the
    group is not; a hostile word elsewhere in the comment still counts."""
    before = toks[max(0, k - 3) : k]
    if _is_worse(toks[k]) and before[-1:] and before[-1] in _DENYING:
        return True
    if (
        toks[k] in _VICE_VERBS
        and (
            (
                toks[k + 1 : k + 2]
                and toks[k + 1] in _DENYING
                # ("profiteren ni alleen van ons geld, ze ...": not only)
                and toks[k + 2 : k + 3] not in (("alleen",), ("enkel",), ("allen",))
            )
            # "profiteren van niks, ze werken zich kapot" (not "van niks anders dan ...")
            or (toks[k + 1 : k + 3] in _OF_NOTHING and toks[k + 3 : k + 4] not in (("anders",),))
        )
    ):
        return True  # "Walen profiteren ni van ons geld": the vice denied right after its verb
    if (
        k >= 2
        and toks[k - 1] in _AND_OR
        and _a_slight(toks[k - 2])
        and _denied_of_them(toks, k - 2)
    ):
        return True  # "zijn nie arm en dom": one negation denies both words it joins
    return len(before) >= 2 and before[-1] in _DENYING and not _BE_OR_AND.isdisjoint(before[:-1])


_OF_NOTHING = (("van", "niks"), ("van", "niets"), ("van", "nix"), ("nergens", "van"))
_AND_OR = frozenset(["en", "of", "noch"])


# What a prejudice says a group does, denied right after the verb: "Vrouwen liegen niet over
# verkrachting om aandacht", "Roma stelen niet meer dan anderen".
_VICE_VERBS = frozenset(
    """liegen liegt stelen steelt profiteren profiteert zeuren zeurt klagen klaagt overdrijven
    overdrijft bedriegen bedriegt frauderen fraudeert""".split()  # noqa: SIM905
)
# What a group is said not to be, besides the degrading and scornful words: not "geen volk" or
# "geen haat" ("Dat is geen volk, dat is een kudde", "Dat is geen haat, dat is gezond verstand").
_DENIED_SLIGHTS = frozenset(
    """gevaar gevaarlijk besmettelijk criminelen crimineel terroristen terrorist verkrachters
    dieven profiteurs beesten apen ratten ongedierte probleem achtergesteld onderdrukt
    achterlijk traag maffia luidruchtig onbeleefd arm""".split()  # noqa: SIM905
)
# "rijden echt ni slechter dan die gastjes", "zijn ni agressiever": a prejudice's comparison
# denied, after any verb (or before a noun: "zijn gene slechtere chauffeurs")
_WORSE = frozenset(
    """slechter erger agressiever gewelddadiger crimineler gevaarlijker luier dommer viezer
    vuiler onbetrouwbaarder luidruchtiger zieker trager zwakker""".split()  # noqa: SIM905
)


def _is_worse(word: str) -> bool:
    """A prejudice's comparative, also before a noun ("slechtere", "luiere")."""
    return word in _WORSE or (word.endswith("e") and word[:-1] in _WORSE)


def denies_a_slight(norm: NormalisedText) -> bool:
    """Whether the comment denies a hostile word of what a group is ("Dove mensen zijn ni dom en
    ni stom", "Holebi zijn is niet besmettelijk") and holds no other (``speaks_with_hostility``):
    a linear model reads the denied word as said; the models alone do not act on it."""
    toks = norm.tokens
    return any(
        (
            t in _VICE_VERBS
            and 0 < k < len(toks) - 1
            and toks[k + 1] in _DENYING
            and is_group_word(toks[k - 1])
        )
        or (_a_slight(t) and _denied_of_them(toks, k))
        for k, t in enumerate(toks)
    ) and not speaks_with_hostility(norm)


def _a_slight(word: str) -> bool:
    """Whether a word, denied, denies a slight on a group: "gevaarlijk", "slechter", "tuig"."""
    return (
        word in _DENIED_SLIGHTS
        or _is_worse(word)
        or word in _CONTEMPT
        or word in _DEGRADING
        # (the insult lists hold the singular: "geen vuilzakken", "geen profiteurs")
        or any(w in _SCORN_WORDS for w in (word, word[:-2], word[:-1], word[:-3]) if len(w) > 4)
    )


# The writer one of the group: "Wij Afrikanen hebben geen klok", "Als jood in Antwerpen: ...",
# "Als trotse flikker van Deinze", "Ik ben zelf Belgisch-Congolees".
_AS_A_MEMBER = lazy_compile(
    # "Wij Afrikanen hebben ...", "wij oudjes van 't dienstencentrum", "we zijn moslims en ..."
    r"(?:^|[.!?:;,]\s*)\W*(?:wij|we)\s+(?:(?:zijn|zen)\s+(?:allemaal\s+|ook\s+|zelf\s+|gewoon\s+)?)?(\w+)"
    # "Als jood in Antwerpen: ...", "Als trotse flikker van Deinze: ...", "als moslim vind ik"
    r"|^\W*als\s+(?:\w+\s+)?(\w+)\s*(?:(?:van|in|uit)\s+[\w-]+(?:\s+[\w-]+)?\s*)?(?:[,:]|"
    r"(?:vind|kan|mag|wil|weet|zeg|ben|heb)\b)"
    r"|\bik\s+ben\s+(?:zelf\s+|ook\s+|een\s+|ne\s+|nen\s+|trotse?\s+)*(?:\w+-)?(\w+)"
    # "Afrikaanse vrouw van 65 en ik ...", "Lesbienne van 60 hier: ..."
    r"|^\W*(\w+)\s+(?:vrouw|man|moeder|vader|mama|papa|meisje|jongen|dame|oma|opa)\s+van\s+\d+\b"
    r"|^\W*(\w+)\s+(?:van\s+\d+\s+(?:jaar\s+)?)?hier\s*[:,]"
)


# What says a bad thing of a whole group, every one of them: "zonder uitzondering", "stuk voor
# stuk", "ze zijn echt zo", "ik heb er nog geen enen anders gezien", "ge kunt daar niemand van
# vertrouwen".
_ALL_OF_THEM = lazy_compile(
    r"\b(?:zonder\s+(?:enige\s+)?uitzondering|stuk\s+voor\s+stuk|(?:ze|zij)\s+zijn\s+(?:echt\s+|nu\s+eenmaal\s+|gewoon\s+)zo"
    r"|zo\s+zijn\s+ze\s+(?:nu\s+eenmaal|gewoon|allemaal)|(?:nog\s+)?(?:geen|gene|gin)\s+(?:enen|ene|eentje|enkele)\s+anders\s+"
    r"(?:gezien|gekend|tegengekomen)"
    # "Ik heb nog nooit een lesbienne gezien die geen mannenhaatster was"
    r"|nooit\s+(?:een|ene|ne|één)\s+[\w']+\s+(?:gezien|ontmoet|gekend|tegengekomen)\s+die\s+(?:geen|gene|niet|nie)"
    r"|geen\s+enkele\s+(?:van\s+(?:die|de)\s+)?[\w']+\s+(?:is|zijn)\s+te\s+vertrouwen"
    r"|(?:net\s+)?(?:zoals|gelijk)\s+(?:dat|da|heel\s+dat)\s+(?:hele\s+)?(?:volk|ras)"
    r"|(?:zijn|zen)\s+(?:allemaal\s+)?(?:een|één)\s+pot\s+nat"
    r"|(?:dat|da)\s+zegt\s+(?:toch\s+|al\s+)?(?:alles|genoeg)\s+over\s+(?:dat|da|die|heel\s+dat)\s+(?:volk|ras|soort|cultuur)"
    # "zo vies als hun keukens, zoals alles wat Turks is", "lui en arrogant, zo zijn ze altijd
    # geweest", "Elk van hen.", "Geen uitzondering.", "zo doen die dat allemaal"
    r"|(?:zoals|net\s+als|gelijk)\s+alles\s+wat\s+\w+\s+is|zo\s+zijn\s+ze\s+altijd\s+(?:al\s+)?geweest"
    r"|(?:elk|ieder|iedereen)\s+van\s+hen(?=\s*[.!]|\s*$)|(?:^|[.!?]\s*)geen\s+(?:enkele\s+)?uitzondering"
    r"|zo\s+doen\s+(?:ze|die|zij)\s+dat\s+(?:allemaal|altijd)"
    # "Die Marokkanen zijn allemaal hetzelfde, ..."
    r"|(?:zijn|zen)\s+(?:toch\s+|echt\s+|gewoon\s+)?allemaal\s+(?:hetzelfde|eender|gelijk)(?=\s*[,.!;:]|\s*$)"
    r"|ze\s+kunnen\s+(?:het\s+)?(?:niet|nie)\s+anders|(?:ge|je)\s+(?:kunt|kan)\s+"
    r"(?:er|daar|der)\s+niemand\s+van\s+vertrouwen|zit\s+in\s+hun\s+(?:bloed|genen|aard|cultuur))\b"
)
_FOLK_NOUNS = frozenset(
    "volk volkje volkeren ras rasje gespuis tuig mensen wezens bende beesten figuren".split()  # noqa: SIM905
)
_HOLOCAUST = lazy_compile(
    r"\b(?:dossin\w*|holocaust|shoah|auschwitz|breendonk|joden|jood|concentratiekamp\w*)\b"
)
_JOB_UNDONE = lazy_compile(
    r"\b(?:hij|hitler|ze|zij)\s+(?:het|'?t|zijn|hun)\s+werk\s+(?:niet|ni|nie)\s+(?:heeft\s+|hebben\s+)?afgemaakt\b"
)
# (every match of _FINISH_THE_JOB holds one of these)
_FINISH_THE_JOB_NEEDS = literal_alternation(
    (
        "hitler",
        "verge",
        "werk",
        "afmaak",
        "voltooi",
        "karwei",
        "job",
        "taak",
        "corona",
        "covid",
        "virus",
        "griep",
        "handen",
        "tijd van",
        "leopold",
        "pogrom",
        "breivik",
        "tarrant",
    )
)


def _all_of_them_possible(folded: str) -> bool:
    """A cheap test that ``_ALL_OF_THEM`` may match (each of its forms holds one of these)."""
    return (
        "nooit" in folded
        or "pot nat" in folded
        or "volk" in folded
        or "ras" in folded
        or "uitzondering" in folded
        or "stuk voor stuk" in folded
        or "anders" in folded
        or "vertrouwen" in folded
        or "zit in hun" in folded
        or ("zo" in folded and "zijn" in folded)
        or "allemaal hetzelfde" in folded
        or "allemaal eender" in folded
        or "allemaal gelijk" in folded
        or "zo doen" in folded
        or "van hen" in folded
        or "alles wat" in folded
    )


# Words that say something bad of people, besides the hostile ones of ``speaks_with_hostility``.
_BAD_OF_PEOPLE = frozenset(
    """luid luidruchtig gierig dronken lui luie vuil vies smerig onbetrouwbaar asociaal arrogant
    lawaai te laat agressief crimineel egoisten profiteurs profiteren liegen stelen zuipen
    klagen zeuren zagen schaamteloos""".split()  # noqa: SIM905
)


def _says_something_bad(norm: NormalisedText) -> bool:
    toks = norm.tokens
    # ("geen enkele ... is te vertrouwen", "ge kunt er niemand van vertrouwen")
    return (
        "vertrouwen" in toks
        or any(
            (t in _DEGRADING and t != "een")
            or t in _DEGRADING_ATTRIBUTIVE
            or t in _WRONGDOERS
            or t in _BAD_OF_PEOPLE
            or _INSULT_WORDS.lookup(t) is not None
            for t in toks
        )
        or speaks_with_hostility(norm)
    )


def speaks_as_a_member(norm: NormalisedText) -> bool:
    """Whether the writer counts themselves in the only group the comment names ("Wij Afrikanen
    ...", "Als jood in Antwerpen: ..."): jokes a group makes about itself and reclaimed words,
    which a linear model scores as hate."""
    members = set()
    for m in _AS_A_MEMBER.finditer(norm.folded):
        for word in m.groups():
            if word is not None and is_group_word(word):
                members.add((_GROUPS.lookup(word) or _SLURS.lookup(word) or (word, ""))[0])
    if not members:
        return False
    toks = norm.tokens
    named = {
        term
        for lex in (_GROUPS, _SLURS)
        for s, _e, term, _m in lex.find(toks)
        # ("Wij Afrikanen zijn volgens de Vlamingen altijd te laat": whose saying it is)
        if "volgens" not in toks[max(0, s - 2) : s]
    }
    # (one group in its forms: "Afrikanen", "Afrikaanse tijd")
    return all(any(term[:6] == member[:6] for member in members) for term in named)


def names_protected_group(norm: NormalisedText) -> bool:
    """Whether a comment names a group by its origin, religion, orientation, gender or
    disability, or by a slur for one (not by a dehumanising word alone: "de apen in de zoo")."""
    toks = norm.tokens
    return any(t in _GROUP_ADJECTIVES for t in toks) or any(
        True for lex in (_GROUPS, _SLURS) for _ in lex.find(toks)
    )


# What the group model reads in place of a group's name: a word no comment holds, so the model
# learns what is said of a group and never which group it is.
GROUP_MASK = "xgroepx"


# What marks talk of a group that is not named: its places of worship, dress, symbols, "dat
# volk" ("Die moskee is ne broeihaard van ...", "braakneigingen van al die hoofddoeken"). Not
# "volk" alone ("wat een volk op de markt" is a crowd), nor the Pride, an event most comments
# only announce or enjoy ("Pride in Zonnedaele vertrekt om 14u aan het station").
_GROUP_MARKS = frozenset(
    """moskee moskeeen hoofddoek hoofddoeken hoofddoekjes boerka boerkas boerkini nikab synagoge
    koran ramadan halal regenboogvlag rolstoel rolstoelen ras rassen afkomst huidskleur
    woonwagen woonwagens gebedsruimte minaret imam rabbijn keppel""".split()  # noqa: SIM905
) | frozenset(
    # dress, faith, food and names that mark a group, and the places where people with a
    # disability or travellers are cared for or stay, as people write them when they name no group
    """djellaba djellabas sluier sluiers gesluierde gesluierden keppeltje keppeltjes pruiken
    baarden baardmannen gebedsmatje gebedsmatjes gebedskleed kosjer kosjere koosjer koosjere
    halalslager shishabar shishabars kebabzaak kebabzaken moskees minaretten boerkini's nikabs
    allah mohammed ahmed regenboogvlaggen regenboogzebrapad dagcentrum dagopvang woonwagenkamp
    doortrekkersterrein transmigrantenparking""".split()  # noqa: SIM905
)
# People named by age, family or way of life, or a group in a form the group list leaves out
# (singular, dialect, diminutive): words the rules do not take as a protected group, but the
# model may read (not "jongeren": most often named in plain criticism of youth policy)
_PEOPLE_UNLISTED = frozenset(
    """generatie alleenstaande bijstandsmoeders bijstandsmoekes reizigers gelukszoekers
    chinees turke vrouwe autistjes gepensioneerden senioren tachtigplussers""".split()  # noqa: SIM905
)
_THAT_FOLK = re.compile(r"\b(?:dat|da|die|zulk|zo'?n|zon)\s+(?:soort\s+)?volk(?:je)?\b")
# Phrases that point at a group without naming it: "in hun taal", "die van over de grens",
# "welke kleur daar rondhangt", "zo'n vent in een jurk", "'dat soort' mannen".
_POINTED_AT = split_search(
    lazy_compile(
        r"\bin\s+hun\s+(?:eigen\s+)?taal\b|\bvan\s+over\s+de\s+(?:taal)?grens\b|\bdie\s+van\s+(?:daar|ginder|ginds)\b"
        r"|\bwelke?\s+kleur\b|\b(?:zo'?n|zon)\s+donkere\b|\bzulke\s+mensen\b|\beigen\s+volk\b"
        r"|\b(?:dat|da|die|hun)\s+soort\s*['’]?\s*(?:mensen|mannen|vrouwen|types|gasten|venten|lui|families|jongens|meisjes)\b"
        r"|\b(?:vent|venten|man|mannen|gast|gasten|mens)\s+in\s+(?:een|ne|nen)?\s*(?:jurk|kleed|rok|rokje)\b"
        r"|\blange\s+rokken\b|\bbeschermde\s+werkplaats\b"
    )
)


def hints_at_a_group(norm: NormalisedText) -> bool:
    """Whether a comment that names no group speaks of one by its marks (a mosque, headscarves,
    a wheelchair, "dat volk", "in hun taal") or names people the group list leaves out
    ("bijstandsmoekes")."""
    return not _PEOPLE_UNLISTED.isdisjoint(norm.tokens) or shows_a_group(norm)


def shows_a_group(norm: NormalisedText) -> bool:
    """Whether a comment shows a protected group by its marks (``hints_at_a_group`` without the
    people the rules do not take as a protected group)."""
    return (
        not _GROUP_MARKS.isdisjoint(norm.tokens)
        or ("volk" in norm.folded and _THAT_FOLK.search(norm.folded) is not None)
        or _POINTED_AT.search(norm.folded) is not None
    )


def groups_masked(norm: NormalisedText) -> str:
    """The comment's words with each group it names (its name, adjective or a compound that
    begins with it) replaced by ``GROUP_MASK``; slurs are kept. The group model is trained and
    asked on exactly this text."""
    masked = mask_groups(norm)
    return " ".join(norm.tokens) if masked is None else masked


def mask_groups(norm: NormalisedText) -> str | None:
    """``groups_masked`` for a comment that names a group, None for one that names none (most
    comments: no text is built for them)."""
    toks = norm.tokens
    spans = [
        (start, end) for start, end, term, _m in _GROUPS.find(toks) if term not in _INSTITUTIONS
    ]
    singles = [k for k, t in enumerate(toks) if t in _GROUP_ADJECTIVES or begins_with_a_group(t)]
    if not spans and not singles:
        return None
    masked = list(toks)
    for k in singles:
        masked[k] = GROUP_MASK
    # ("voor ze aan het opvangcentrum beginnen": a building, no group; left as a word)
    for start, end in spans:
        masked[start] = GROUP_MASK
        for i in range(start + 1, end):
            masked[i] = ""
    for i in range(1, len(masked)):
        if masked[i] == "s" and masked[i - 1] == GROUP_MASK:
            masked[i] = ""  # "homo's" is tokenised "homo", "s": the plural is part of the name
    return " ".join(t for t in masked if t)


def _corrected(toks: tuple[str, ...], k: int, start: int) -> bool:
    """Whether the negation at ``k`` only sets up a correction before ``start``: "da is geen volk,
    da is vee" denies "volk" to assert "vee"; or a comparison that asserts what follows it: "ze
    zijn niet beter dan het vuil", "niks anders dan parasieten", "niet meer dan beesten"."""
    if k + 2 < start and toks[k + 1] in _COMPARED and toks[k + 2] in {"dan", "als"}:
        return True
    return (
        toks[k] == "geen"
        and k + 3 < start
        and toks[k + 2] in {"da", "dat", "het", "dit", "dees"}
        and toks[k + 3] in {"is", "zijn", "es"}
    )


_COMPARED = frozenset(["beter", "meer", "anders"])


def _ends_a_clause(sentence: str, word: str) -> bool:
    """Whether ``word`` stands right before a comma, colon or semicolon in ``sentence``."""
    return re.search(rf"\b{re.escape(word)}\s*[,;:]", sentence) is not None


# Rubbish, and what is done with it: left, dumped, collected, sorted ("mensen die afval
# achterlaten": the thing itself, not a group called so).
_WASTE = frozenset(["afval", "vuilnis", "huisvuil"])
_WASTE_HANDLED = frozenset(
    """achterlaten achtergelaten achterlaat achterlieten liggen ligt lag
    dumpen dumpt dumpte dumpten gedumpt droppen ophalen opgehaald sorteren gesorteerd opruimen opgeruimd
    wegsmijten weggooien raapt rapen raapten geraapt opgeraapt oprapen verzamelen verzameld
    opruimactie zwerfvuil gooit gooien gooide gooiden gegooid smijt smijten smeet gesmeten
    problemen probleem overlast""".split()  # noqa: SIM905
)
# What is done with a thing sold or grown ("verkoop groenten", "kweken groenten"; not "eten":
# "Chinezen eten honden" is a smear)
_TRADED = frozenset("verkoop verkopen verkocht koop kopen koopt kweken plant planten".split())  # noqa: SIM905
# Dehumanising words that are as often the thing itself: only said of a group with a copula.
_ALSO_LITERAL = frozenset(
    """groente groenten virus fossielen gebruiksvoorwerp gebruiksvoorwerpen lastdier
    lastdieren honden ziekte ziektes ziekten""".split()  # noqa: SIM905
) | {"stuk vlees"}  # "met honden erbij", "stierven door honger en ziekte", "een stuk vlees"
# "slachtoffers van criminelen", "bang voor terroristen", "beschermd tegen dieven"
_VICTIM_OF = frozenset(
    """slachtoffer slachtoffers bang beschermen beschermd beschermt last angst schrik
    geterroriseerd bestolen""".split()  # noqa: SIM905
)


def _called_a_wrongdoer(toks: tuple[str, ...], start: int, k: int, copula: str) -> str | None:
    """The word for a wrongdoer or the insult a group named at ``start`` is called after its
    ``copula`` (``toks[k]`` is the first word after it and its adverbs), or None. A singular
    group counts only as "elke"/"een" (one for all): "die moslim is een crimineel" names one."""
    plural = copula in {"zijn", "waren", "zijt", "zen"}
    if not plural and not (start > 0 and toks[start - 1] in _GENERIC_ONE):
        return None
    q = k
    if not plural and q < len(toks) and toks[q] in {"een", "ne", "nen", "e"}:
        q += 1
    while q < len(toks) and toks[q] in _ATTRIBUTIVE:
        q += 1
    if q >= len(toks):
        return None
    word = toks[q]
    if word in _WRONGDOERS or _INSULT_WORDS.lookup(word) is not None:
        return word
    if plural and _a_wrongdoer_compound(word):
        # "Ghanezen zijn allemaal internetfraudeurs", "... zijn fietsdieven": a compound
        return word
    # "die asielzoekers zijn vuilzakken": a whole people called a milder name, too
    if plural and _MILD_INSULT_WORDS.lookup(word) is not None:
        return word
    return None


_NOT_THEM_BUT = lazy_compile(
    r"\b(?:het|dat|da)\s+(?:zijn|is)\s+(?:niet|nie|ni)\s+[^,;]{2,60}[,;]\s*(?:maar\s+)?(?:het|dat|da)\s+"
    r"(?:zijn|is)\s+(?:gewoon\s+)?((?:\w+\s+){0,2}\w+)"
)


def _not_them_but_others(sentence: str) -> tuple[str, ...]:
    """The words of "het zijn niet X ..., het zijn Y": who the sentence says it is instead."""
    m = _NOT_THEM_BUT.search(sentence)
    return tuple(m.group(1).split()) if m else ()


_AWAY_WITH = lazy_compile(r"\bmet\s+(?:die|de|al\s+die|alle|dat|dit)$")
# What "weg met die ..." can send away that is people: a word for a group of them.
_PEOPLE_SENT_AWAY = frozenset(
    "volk volkje handel bende tuig gespuis mensen zootje soort ras gasten venten mannen".split()  # noqa: SIM905
)


def _cleft_naming_a_cause(toks: tuple[str, ...], start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is the focus of a cleft sentence ("dat het de ziekte is
    die spreekt", "het is de ziekte die spreekt"): a thing named as the cause of what is done."""
    after = toks[end : end + 1]
    return (toks[max(0, start - 2) : start] == ("het", "de") and after == ("is",)) or (
        toks[max(0, start - 3) : start] == ("het", "is", "de") and after in (("die",), ("dat",))
    )


_CONDEMNING = frozenset(
    "schande schandalig triest jammer belachelijk onaanvaardbaar erg beschamend".split()  # noqa: SIM905
)


def _condemned_after(folded: str, sentence: str) -> bool:
    """Whether the sentence after ``sentence`` opens by condemning it ("Schande, ...")."""
    at = folded.find(sentence)
    rest = tokenize(folded[at + len(sentence) :])[:2] if at >= 0 else ()
    return not _CONDEMNING.isdisjoint(rest)


def _ends_in_a_quotation(folded: str, m: re.Match[str]) -> bool:
    """Whether the match ``m`` ends inside a quotation that the comment reports (a verb of
    saying or hearing in the comment's own words)."""
    return any(a <= m.end() - 1 < b for a, b, _n in utterance_ranges(folded)) and not (
        REPORTING.isdisjoint(tokenize(folded))
    )


def _a_practice_does_not_belong(folded: str, m: re.Match[str]) -> bool:
    """Whether the singular "hoort niet in ..." that ``m`` matched is said of a practice that
    opens its sentence ("Scheiding van mannen en vrouwen hoort niet in een openbaar zwembad"),
    not of the people it names."""
    if not m.group(0).startswith("hoort"):
        return False
    before = tokenize(sentences(folded[: m.start()])[-1]) if folded[: m.start()].strip() else ()
    return bool(before) and before[0].endswith(("ing", "heid", "isme", "atie", "tie"))


def _away_with_a_thing(m: re.Match[str], sentence: str) -> bool:
    """Whether "weg met die ..." that ``m`` matched sends away a thing or a habit, not people:
    the word after it names no group, slur or word for people."""
    if not _AWAY_WITH.search(m.group(0)):
        return False
    rest = tokenize(sentence[m.end() :])
    if not rest:
        return False
    word = rest[0]
    return (
        _GROUPS.lookup(word) is None
        and _SLURS.lookup(word) is None
        and word not in _PEOPLE_SENT_AWAY
        and _DEHUMANISING.lookup(word) is None
        and word not in _WRONGDOERS
        and _INSULT_WORDS.lookup(word) is None
    )


def _denied_in_its_clause(sentence: str, m: re.Match[str]) -> bool:
    """Whether a negation stands in the match or before it in its own clause."""
    clause = _CLAUSE_BREAK.split(sentence[: m.start()])[-1] + " " + m.group(0)
    return not NEGATIONS.isdisjoint(tokenize(clause))


_CLAUSE_BREAK = re.compile(r"[,;:]")


# Animals that live where people do, which the people who live there complain of: "de bewoners
# klagen er zelf ook over", "de huurders hebben al maanden last van ratten".
_PESTS = frozenset(
    """ratten rat ongedierte kakkerlakken kakkerlak muizen muis wantsen bedwantsen vlooien
    luizen""".split()  # noqa: SIM905
)
_PESTS_SUFFERED = lazy_compile(
    r"\b(?:bewoners|huurders|gezinnen|families)\b[^.!?]{0,30}?\b(?:klagen|klaagden|klaagt|hebben\s+"
    r"(?:al\s+\w+\s+)?(?:veel\s+)?last)\b"
)


# People a relative clause may tell of who are no group of their own: "die mensen die Roma zijn"
# names the group itself.
_ANY_PEOPLE = frozenset(
    """mensen families gezinnen gasten jongens mannen vrouwen kinderen types lui personen figuren
    bende volk""".split()  # noqa: SIM905
)


_HEAD_DETERMINERS = frozenset(["de", "die", "deze", "al", "alle", "zo'n", "zon", "zulke", "onze"])


def _said_of_others_who_use_them(toks: tuple[str, ...], group: int | None, start: int) -> bool:
    """Whether the word at ``start`` is said of the head of a relative clause that names the
    group only inside it: "Die koppelbazen die Roemeense arbeiders ... laten werken zijn de echte
    profiteurs" (not "De Marokkanen die hier komen zijn ..." or "die mensen die Roma zijn")."""
    if group is None:
        return False
    for k in range(2, min(group, 5)):
        if toks[k] == "die" and toks[k - 2] in _HEAD_DETERMINERS:
            head = toks[k - 1]
            return (
                len(head) > 3
                and head not in _ANY_PEOPLE
                and not is_group_word(head)
                and not begins_with_a_group(head)
                and not _COPULA.isdisjoint(toks[group + 1 : start])
            )
    return False


def _the_animals_themselves(tokens: tuple[str, ...], term: str) -> bool:
    """Whether the comment names the animals a dehumanising word is in a compound (a
    "geleidehond", "hulphonden"), so that the word, said again, means them: "Blinde mensen met
    een geleidehond ... Die honden zijn beter opgevoed dan de meeste kinderen"."""
    stem = term[:-2] if term.endswith("en") else term[:-1] if term.endswith("s") else term
    if len(stem) < 3:
        return False
    return any(
        t != term
        and t.endswith(stem)
        and len(t) >= len(stem) + 3
        and _DEHUMANISING.lookup(t) is None
        for t in tokens
    )


def _set_apart(toks: tuple[str, ...], group: int | None, start: int) -> bool:
    """Whether the word at ``start`` names others than the group at ``group``: the group is
    denied anything against it and "wel" turns to the others ("ik heb niets tegen moslims, wel
    tegen die terroristen", "geen probleem met Roma, wel met dieven")."""
    if group is None or not group < start <= group + 8:
        return False
    between = toks[group + 1 : start]
    return "wel" in between and not NEGATIONS.isdisjoint(toks[max(0, group - 4) : group])


def _negated_claim(
    toks: tuple[str, ...], start: int, group: int | None, clauses: frozenset[int] = frozenset()
) -> bool:
    """Whether the claim about the group at ``start`` is negated: "zijn geen parasieten",
    "niet alle moslims zijn ...", "ik vind niet dat alle ... zijn". A negation after the word ("ongedierte, niks meer") or in an
    earlier clause ("moet ge niet vertrouwen, het is een ras van dieven") is not."""
    first = min(start, group if group is not None else start)
    lo = max(0, first - 2)
    for c in clauses:
        if lo < c <= start:
            lo = c
    if any(toks[k] in NEGATIONS and not _corrected(toks, k, start) for k in range(lo, start)):
        return True
    # "Het is niet omdat sommigen afval achterlaten dat 'de Roma' vuil zijn": the claim after
    # "niet omdat ... dat" is the one denied
    for k in range(1, first):
        if toks[k] == "omdat" and toks[k - 1] in NEGATIONS and "dat" in toks[k + 1 : first]:
            return True
    # "ik vind niet dat alle asielzoekers criminelen zijn", "nooit beweerd dat die ...": the
    # claim sits in a clause that a negation before its "dat" denies.
    # ("niet normaal dat ..." strengthens the claim instead.)
    for d in range(max(1, first - 3), first):
        if toks[d] in {"dat", "da"}:
            return (
                toks[d - 1] in _NOT_THAT
                or (d >= 2 and toks[d - 2] in _NOT_THAT and toks[d - 1] not in _STRENGTHENING)
                # "er is geen enkel bewijs dat asielzoekers meer stelen", "het is een fabel dat
                # ...": the claim denied by what it is called
                or toks[d - 1] in _CALLED_UNTRUE
                or (
                    toks[d - 1] in _EVIDENCE
                    and not NEGATIONS.isdisjoint(toks[max(0, d - 4) : d - 1])
                )
            )
    return False


def _negation_in_relative_clause(toks: tuple[str, ...], group: int | None, start: int) -> bool:
    """Whether every negation before ``start`` sits in a relative clause right after the group
    ("Vrouwen die ni luisteren moeten ..."): it denies what the clause says of some of them, not
    the claim that follows."""
    if group is None or group + 2 >= start or toks[group + 1] not in {"die", "dat", "da"}:
        return False
    negations = [k for k in range(start) if toks[k] in NEGATIONS]
    return bool(negations) and all(group + 1 < k < start - 1 for k in negations)


_NOT_THAT = NEGATIONS | {"ni"}  # "da klopt gewoon ni da ..."
_EVIDENCE = frozenset(
    ["bewijs", "bewijzen", "aanwijzing", "aanwijzingen", "sprake", "reden", "spoor"]
)
_CALLED_UNTRUE = frozenset(
    """fabel fabeltje fabeltjes mythe leugen cliche vooroordeel misverstand onzin nonsens zever
    broodjeaapverhaal""".split()  # noqa: SIM905
)


_STRENGTHENING = frozenset(["normaal", "zo", "te", "gezond", "verwonderlijk", "vreemd"])
_REJECTING = frozenset(["nee", "neen", "nope", "allee", "nonsens", "onzin"])


def _rejects_a_quoted_claim(toks: tuple[str, ...], sentence: str, spans: list[str]) -> bool:
    """Whether a sentence that opens with "nee" negates what it quotes ("Nee, 'zigeuners' hebben
    het stelen niet 'in hun bloed'"): a rejection of someone else's words."""
    return (
        bool(toks)
        and toks[0] in _REJECTING
        and not NEGATIONS.isdisjoint(toks[1:])
        and any(q.strip() and q.strip() in sentence for q in spans)
    )


_WHOEVER = frozenset(["wie", "iedereen", "mensen", "al"])


def _asked(folded: str, sentence: str) -> bool:
    """Whether ``sentence`` (one of ``sentences(folded)``) ends in a question mark."""
    at = folded.find(sentence)
    end = at + len(sentence)
    return at >= 0 and (folded[end : end + 1] == "?" or folded[end : end + 2] == " ?")


# Others who act as if a claim were true: the claim is theirs, reported ("mensen doen hier alsof
# alle Roma stelen"); not a group that acts as if ("die doen alsof ze hier de baas zijn").
_PRETEND_THAT = lazy_compile(
    r"\b(?:sommigen|sommige\s+mensen|veel\s+mensen|mensen|velen|iedereen|jullie)\s+(?:\w+\s+){0,2}?"
    r"(?:doen|doet)\s+(?:hier\s+|altijd\s+|nu\s+|precies\s+)?alsof\b"
    # "De helft van de reacties hier doet alsof transvrouwen gevaarlijk zijn"
    r"|\b(?:reacties|reageerders|commentaren|comments|berichten|posts)\s+(?:\w+\s+){0,2}?"
    r"(?:doen|doet)\s+(?:hier\s+|altijd\s+|nu\s+|precies\s+)?alsof\b"
    # "ik ga ook niet doen alsof die Bulgaren hier zijn om te stelen": a claim refused
    r"|\b(?:niet|nie|ni)\s+(?:gaan\s+|meer\s+)?doen\s+alsof\b"
)
# "Wie denkt dat 'die zigeuners' allemaal stelen: kom eens kijken naar ...": a claim put in the
# mouth of whoever believes it, then answered (a negated claim is the writer's own: "wie denkt
# dat ze niet stelen: kom eens kijken")
_WHOEVER_THINKS = lazy_compile(
    r"^\s*(?:wie|iedereen\s+die|mensen\s+die|al\s+wie)\s+(?:nog\s+)?(?:denkt|denken|gelooft|geloven|beweert|"
    r"beweren|roept|roepen)\s+dat\b([^:]{3,120}):\s*(?:kom|komt|ga|gaat|kijk|kijkt|moet|moeten|mag|zou)\s+"
    r"(?:eens|maar|gerust)\b"
)


def _denied_after(rest: tuple[str, ...], after: str = "") -> bool:
    """Whether the words after a claim deny it: "stelen niet meer dan ...", "controleren de
    wereld niet." or "... ni, de banken ni en ..." (not "niet alleen ... maar ook", nor "voor de
    uitkering, niet om te werken")."""
    if rest[:2] in _OF_NOTHING and rest[2:3] not in (("anders",),):
        return True  # "profiteren van niks, ze werken zich kapot"
    return (
        bool(rest)
        and rest[0] in {"niet", "nie", "ni", "nooit"}
        and (
            len(rest) == 1
            # ("zuipen niet altijd", "stelen niet allemaal": not all, not always)
            or rest[1] in {"meer", "vaker", "minder", "dan", "harder", "echt", "altijd", "allemaal"}
            or re.match(r"\s*\w+\s*[,;]", after) is not None
        )
    )


# A claim called a fairy tale right after it: "Zigeuners stelen geen kinderen. Dat is een
# sprookje ...", "... klopt langs gene kanten".
_CALLED_A_MYTH = lazy_compile(
    r"\b(?:dat|da|dit|het)\s+is\s+(?:maar\s+|gewoon\s+|pure\s+)?(?:een\s+|ne\s+)?(?:sprookje|fabel|mythe|leugen|"
    r"onzin|cliche|vooroordeel|broodjeaapverhaal|verzinsel|indianenverhaal)\b"
    r"|\bklopt\s+(?:langs\s+)?(?:geen|gene|gin)\s+kanten\b|\bklopt\s+(?:gewoon\s+)?(?:niet|nie|ni)\b"
)


# Places and things a word of filth may be said of in a comment that names a group: "ik huur van
# een Poolse eigenaar: de traphal is altijd vuil"
_PLACES_SAID_OF = frozenset(
    """traphal trap trappen straat straten keuken gang gangen huis appartement wijk buurt parking
    toilet toiletten wc zwembad park plein station kot woning tuin stoep voetpad auto bus trein
    tram kamer kamers gebouw lift hal inkom terras speeltuin kelder zolder badkamer douche
    kraam winkel zaak camping terrein""".split()  # noqa: SIM905
)


_WHERE = frozenset("op in aan bij naast rond van voor achter uit met langs door over".split())  # noqa: SIM905


def _said_of_a_place(toks: tuple[str, ...], start: int) -> bool:
    """Whether the copula before ``start`` has a place or thing as its subject ("de traphal is
    altijd vuil"), so that the word says nothing of people."""
    for c in range(start - 1, max(0, start - 6), -1):
        if toks[c] in _COPULA:
            # (not "die transitmigranten op de parking zijn ...": the place of the subject)
            return toks[c - 1] in _PLACES_SAID_OF and _WHERE.isdisjoint(toks[c - 3 : c - 1])
    return False


_ASKED_AND_CONDEMNED = lazy_compile(
    r"[^.!?]{0,25}\?\s*(?:walgelijk|schandalig|schande|beschamend|laf|verschrikkelijk|triestig|triest|"
    r"afschuwelijk|misselijkmakend)\b"
)
_ARMIES = frozenset(
    """russische duitse amerikaanse israelische britse franse japanse sovjet militaire
    irakese iraanse turkse""".split()  # noqa: SIM905
)
_SKIN_COLOURS = frozenset(["bruine", "gele"])
_PERSON_AFTER = frozenset(
    (w,)
    for w in """jongen jongens man mannen vrouw vrouwen meisje meisjes kind kinderen mensen mens
    gast gasten buurman buurvrouw collega collegas leerling leerlingen""".split()  # noqa: SIM905
)
_SENDING_WORDS = frozenset(
    "stuur sturen stuurt post posten zet zetten plaats plaatsen spam spammen gooi gooien".split()  # noqa: SIM905
)
_COLOURED_THINGS = frozenset(
    """fiets fietsen kaart kaarten bus bussen lijn lijnen vuilzak vuilzakken zak zakken bonen boon
    suiker brood bloemen tulpen rozen bladeren blaadjes auto autos wagen strepen streep vlag vlaggen
    verf deur deuren muur bank banken zone zones container containers bak bakken cafe kroeg
    pijl pijlen bord borden paal palen trui truien jas jassen""".split()  # noqa: SIM905
)
_NOT_A_WELCOME = frozenset("hel oven kamp kampen gaskamer graf kerkhof".split())  # noqa: SIM905


def _the_writers_own(
    m: re.Match[str], sentence: str, norm: NormalisedText, quoted: set[str], reporting: bool
) -> bool:
    """Whether what ``m`` matched in ``sentence`` is the writer's own claim: not about words
    (meta) or reported, not quoted, not asked, and not in a comment that stands up for the group
    (``sympathises``). The guard of most of the rules that read a sentence about a group."""
    return (
        not reporting
        and not any(m.group(0) in q for q in quoted)
        and not _asked(norm.folded, sentence)
        and not sympathises(norm)
    )


def _names_oneself(toks: tuple[str, ...], start: int) -> bool:
    """Whether the writer calls themselves the word at ``start``: "als (trotse) flikker ...",
    "ik ben (een) ...", "wij potten ..."."""
    before = toks[max(0, start - 4) : start]
    return (
        (toks[0] == "als" and 0 < start <= 4 and SECOND_PERSON.isdisjoint(before))
        or any(pair == ("ik", "ben") for pair in pairwise(before))
        or (start > 0 and toks[start - 1] in {"wij", "we"})
    )


def _the_group_speaks(toks: tuple[str, ...]) -> bool:
    """Whether the sentence opens on a group or a slur with a relative clause ("Zandnegers die
    hier komen zeggen ...", "Die moslims die zeggen dat ...") and every verb of saying is in that
    clause or after it: the group is who speaks, no one else's words are reported."""
    try:
        rel = toks.index("die", 1, 5)
    except ValueError:
        return False
    head = toks[:rel]
    if not any(True for _ in _GROUPS.find(head, join=False)) and not any(
        hit[1] == "s" for t in head if (hit := _SLURS.words.get(t)) is not None
    ):
        return False
    return REPORT_VERBS.isdisjoint(head)


def _group_in(toks: tuple[str, ...], sentence: str) -> int | None:
    for start, _end, _term, _m in _GROUPS.find(toks, join=False):
        return start
    for i, tok in enumerate(toks):
        if tok in _GROUP_ADJECTIVES and i + 1 < len(toks):
            return i
    if _ORIGIN_NEEDS_RE.search(sentence) and _ORIGIN.search(sentence):
        return 0
    return None


def detect(norm: NormalisedText, ctx: DetectContext) -> list[Signal]:
    """Hate signals for one comment. A group named in several words ("mensen met een beperking",
    "Jehova's getuigen") is read as one word, as a group's name in one word is, so that every
    rule sees it where it stands; the evidence quotes the comment's own words. What the rules
    find inside someone's quoted words is weighed by a person (``lower_quoted_utterances``)."""
    signals = _detect_joined(norm, ctx)
    if not signals:
        return signals
    return lower_quoted_utterances(_claims_answered(signals, norm.folded), norm.folded)


# A generalisation the comment puts up only to answer it: echoed as a question and answered
# ("Nederlanders zijn gierig en luidruchtig? Mijn Hollandse buren hebben ...", "Alle Marokkanen
# zijn criminelen? Nee. ..."), or as the subject of a verdict ("da alle franstaligen arrogant
# zijn en op ons neerkijken is echt zever").
_GENERALISING = (
    "vernederende veralgemening",
    "ontmenselijking van een groep",
    "vooroordeel over een groep",
    "negatief woord bij een groep",
    "minachting voor een groep",
)
# An echoed claim keeps the word order of a statement; a question that opens with a question word
# or a verb ("Waarom zijn vrouwen altijd zo dom?") asks nothing back.
_ASKING_OPENERS = frozenset(
    """waarom hoe wie wat wanneer waar welke welk hoeveel zijn is waren was hebben heeft hadden
    moeten moet mogen mag kunnen kan zouden zou worden wordt weet vind vindt denkt""".split()  # noqa: SIM905
)
_ANSWER_NO = frozenset("nee neen nope onzin zever integendeel larie flauwekul".split())  # noqa: SIM905
_ANSWER_MINE = frozenset(["mijn", "m'n", "mn"])
_AN_ANSWER_NO = lazy_compile(
    r"(?:echt|helemaal|zeker|absoluut)\s+(?:niet|nie|ni)\b|klopt\s+(?:niet|nie|ni)\b"
)
_CALLED_NONSENSE_AFTER = lazy_compile(
    r"\b(?:is|zijn|blijft)\s+(?:echt\s+|gewoon\s+|pure\s+|puur\s+|complete\s+|totale\s+|allemaal\s+|"
    r"je\s+reinste\s+|de\s+grootste\s+)?(?:zever|gezever|onzin|nonsens|larie|flauwekul|bullshit|gelogen|"
    r"niet\s+waar|(?:een|ne)\s+(?:fabel|fabeltje|mythe|leugen|cliche|vooroordeel|sprookje|broodjeaapverhaal))\b"
)


def _claims_answered(signals: list[Signal], folded: str) -> list[Signal]:
    """``signals`` with each generalisation the comment only puts up to answer lowered: to a
    denial where the answer says no, to a person's review where it answers with the writer's own
    experience ("Mijn huisarts ... zijn Marokkaans": a hateful comment can answer so too)."""
    out = []
    for signal in signals:
        if signal.score > _ANSWERED_REVIEW and signal.start >= 0:
            if signal.note.startswith(_GENERALISING):
                lowered = _answered(folded, signal.start, signal.end)
                if lowered is not None:
                    signal = replace(
                        signal, score=lowered, note=f"ontkende veralgemening: {signal.note}"
                    )
            lowered = _echoed(folded, signal.start, signal.end)
            if lowered is not None and lowered < signal.score:
                signal = replace(signal, score=lowered, note=f"teruggevraagd: {signal.note}")
        out.append(signal)
    return out


# What follows a line echoed as a question when the writer is appalled by it: "Hitler had
# gelijk? Echt? Op een pagina van een politiezone? Dit is strafbaar", "... ? Serieus?".
_APPALLED = lazy_compile(
    r"\s*(?:echt\s*\?|serieus|meent\s+(?:ge|gij|je|jij)\s+(?:da|dat)|allez\s*(?:zeg|nu|,|\?|!)|kom\s+nu\b|"
    r"hallo\s*\?|pardon\s*\?|wablieft|wat\s+lees\s+ik|schaam\s+(?:u|je)|"
    r"(?:nee|neen|onzin|zever)\s*[.!,])"
)
_ECHO_MAX_WORDS = 6


def _echoed(folded: str, start: int, end: int) -> float | None:
    """The score a match keeps where the comment opens by echoing it as a short question
    ("Regenboogmaffia? Het is verf op een zebrapad.", "Hitler had gelijk? Echt? ..."): a
    person's review where anything follows, a denial where the writer is appalled by it; None
    where the match is not in such an opening."""
    stop = folded.find("?", end)
    if (
        stop < 0
        or _A_SENTENCE_ENDS.search(folded, 0, start)
        or _A_SENTENCE_ENDS.search(folded, end, stop)
    ):
        return None
    opening = tokenize(folded[:stop])
    if (
        not opening
        or len(opening) > _ECHO_MAX_WORDS
        or opening[0] in _ASKING_OPENERS
        # "Kung flu weet ge nog? En nu ...": the reader asked to remember it, not an echo
        or not SECOND_PERSON.isdisjoint(opening)
    ):
        return None
    rest = folded[stop + 1 :]
    answer = tokenize(rest)
    if len(answer) < 3 or answer[0] in _AGREEING:
        return None  # "Hitler had gelijk? Ja, kijk maar rond.": asked to be agreed with
    return 0.3 if _APPALLED.match(rest) else _ANSWERED_REVIEW


# ("Vrouwen kunnen ni rijden is zo'n cliché.": the claim is the subject of its verdict)
_CALLED_A_CLICHE_AFTER = lazy_compile(
    r"(?:\b(?:is|blijft)|\bda'?s|\bdat\s+is)\s+(?:maar\s+|gewoon\s+|gwn\s+|echt\s+|nog\s+altijd\s+)?(?:zo'?n|zon|een|ne|nen)\s+"
    r"(?:\w+\s+)?(?:cliche|vooroordeel|fabel|fabeltje|mythe|stereotype|broodjeaapverhaal|sprookje|leugen)\b"
)
_ANSWERED_REVIEW = 0.6
_TAGGED = frozenset(
    [("zeker",), ("toch",), ("he",), ("hee",), ("eh",), ("ofwa",), ("niet",), ("nie",), ("ni",)]
)
_AGREEING = frozenset("ja jaja jawel inderdaad precies tuurlijk natuurlijk exact idd".split())  # noqa: SIM905
_A_SENTENCE_ENDS = re.compile(r"[.!?]")
# "... ? Ik werk met een team uit Doornik en ...": the writer's own experience as the answer
_ANSWER_FROM_EXPERIENCE = frozenset(
    [("ik", v) for v in "ken kende werk werkte woon woonde sport speel zit zat".split()]  # noqa: SIM905
    + [(w, v) for w in ("we", "wij") for v in ("werken", "wonen", "sporten")]
)


def _answered(folded: str, start: int, end: int) -> float | None:
    """The score a generalisation at ``start:end`` keeps once answered (see
    ``_claims_answered``), or None where the comment does not answer it."""
    begin = max(
        folded.rfind(". ", 0, start), folded.rfind("! ", 0, start), folded.rfind("? ", 0, start)
    )
    begin = 0 if begin < 0 else begin + 2
    m = _A_SENTENCE_ENDS.search(folded, end)
    stop = m.start() if m else len(folded)
    opening = tokenize(folded[begin:start])[:1] or tokenize(folded[start:end])[:1]
    if _CALLED_A_CLICHE_AFTER.search(folded, end, stop) or (
        opening and opening[0] in {"dat", "da"} and _CALLED_NONSENSE_AFTER.search(folded, end, stop)
    ):
        return 0.3
    if m is None or m.group(0) != "?" or (opening and opening[0] in _ASKING_OPENERS):
        return None
    if tokenize(folded[begin:stop])[-1:] in _TAGGED:
        return None  # "ze hebben zeker weer ... betrapt, zeker?": a statement with a tag
    answer = _A_SENTENCE_ENDS.search(folded, stop + 1)
    if answer is not None and answer.group(0) == "?":
        return None  # "... op dat kerkhof? neen? ah ja, toch": the answer asked back, mocking
    rest = tokenize(folded[stop + 1 :])
    if len(rest) < 4 or not _AGREEING.isdisjoint(rest):
        return None
    if "maar" in rest and "wel" in rest:
        return None  # "Zijn Marokkanen allemaal criminelen? Nee, maar wel de meesten."
    if rest[0] in _ANSWER_NO or _AN_ANSWER_NO.match(" ".join(rest[:3])):
        return 0.3
    if rest[0] in _ANSWER_MINE or rest[:2] in _ANSWER_FROM_EXPERIENCE:
        return _ANSWERED_REVIEW
    return None


def _detect_joined(norm: NormalisedText, ctx: DetectContext) -> list[Signal]:
    if _GROUPS.phrase_starts.isdisjoint(norm.tokens):  # the usual case, one C call
        return _detect(norm, ctx)
    spans = [(s, e) for s, e, _t, _m in _GROUPS.find(norm.tokens, join=False) if e - s > 1]
    if not spans:
        return _detect(norm, ctx)
    folded, written = _groups_in_one_word(norm.folded, [norm.tokens[s:e] for s, e in spans])
    if folded == norm.folded:
        return _detect(norm, ctx)
    one_word = replace(norm, folded=folded, tokens=tokenize(folded))
    return [
        _in_the_comments_words(signal, norm.folded, written) for signal in _detect(one_word, ctx)
    ]


def _groups_in_one_word(folded: str, phrases: list[tuple[str, ...]]) -> tuple[str, dict[str, str]]:
    """``folded`` with each group phrase written as one word, and each such word's own text."""
    written: dict[str, str] = {}
    for words in phrases:
        one = "".join(words)
        pattern = re.compile(r"\b" + r"[\W_]+".join(re.escape(w) for w in words) + r"\b")
        m = pattern.search(folded)
        if m is None:
            continue
        written.setdefault(one, m.group(0))
        folded = pattern.sub(one, folded)
    return folded, written


def _in_the_comments_words(signal: Signal, folded: str, written: dict[str, str]) -> Signal:
    """A signal found in the one-word text, its match written and placed as in the comment."""
    match = signal.match
    for one, own in written.items():
        match = match.replace(one, own)
    pos = folded.find(match)
    return replace(signal, match=match, start=pos, end=pos + len(match) if pos >= 0 else -1)


def _detect(norm: NormalisedText, ctx: DetectContext) -> list[Signal]:
    signals: list[Signal] = []
    folded = norm.folded
    # One search for the quoted stretches: their words and texts here, their places at the end.
    ranges = quoted_ranges(folded)
    spans = [folded[a:b] for a, b in ranges]
    quoted = {t for q in spans for t in tokenize(q)} | {q.strip() for q in spans}
    meta = is_meta(norm.tokens)
    parent_group = False
    if ctx.parent_text:
        from sereen.engine.normalise import normalise

        ptoks = normalise(ctx.parent_text).tokens
        parent_group = _group_in(ptoks, " ".join(ptoks)) is not None
    topic_group = False  # a short lead-in names the group: "Vluchtelingen? Ongedierte is het."
    # Once per comment, not per sentence; the emoji are no ASCII, so most comments skip the test.
    ape_emoji = not norm.plain.isascii() and any(e in norm.plain for e in _APE_EMOJI)
    # The whole words of a sentence are whole words of the comment (it is cut at non-word
    # characters and at whole words), so the comment's words settle the gate for every sentence.
    takers_possible = may_match(_TAKERS_GATES, words_of(folded))
    ours_only_possible = may_match(_OURS_ONLY_GATES, words_of(folded))
    earlier_group = False  # a group named in an earlier sentence of this comment
    # "Nederlanders zijn gierig, ja ja. ... Cliché kapot.": what comes before the rebuttal is the
    # cliché put up to be knocked down, read as reported
    rebuttal = _CLICHE_REBUTTED.search(folded) if not meta else None
    rebutted_before = rebuttal.start() if rebuttal else -1
    but_not_here = False  # _BUT_NOT_HERE reads the whole comment: its one match, signalled once
    m = _SAME_SEX_AFFECTION.search(folded) if not meta and _AFFECTION_STEMS.search(folded) else None
    if (
        m
        and _SICK_AT_IT.search(norm.plain.lower())
        # "twee mannen die kussen, wat is daar vies aan?", "wie dat vies vindt, ...": rejected
        # (a question elsewhere is no rejection: "... Moet ik daar nu naar kijken? Vies")
        and not any(
            _asked(folded, sentence) and _SICK_AT_IT.search(sentence)
            for sentence in sentences(folded)
        )
        and (
            any(_SICK_AT_IT.search(sentence) for sentence in sentences(folded)) or "?" not in folded
        )
        and NEGATIONS.isdisjoint(norm.tokens)
        and "wie" not in norm.tokens
        and REPORT_VERBS.isdisjoint(norm.tokens)
        # "Twee jongens die hand in hand liepen, in elkaar geslagen. Walgelijk.": the disgust is
        # at what was done to them
        and not _a_wrong_told(folded, m.end())
    ):
        signals.append(_match_signal(folded, m, 0.88, "afkeer van holebi's"))
    if (
        ("🤮" in norm.plain or "🤢" in norm.plain)
        and len(norm.tokens) <= 4
        and norm.tokens
        and (
            is_group_word(norm.tokens[0])
            or (len(norm.tokens) > 1 and is_group_word(norm.tokens[1]))
        )
        and not meta
    ):
        # "Moslims 🤮🤮": a group named and vomited at, nothing else said
        signals.append(_signal(norm, norm.tokens, 0, len(norm.tokens), 0.9, "afkeer van een groep"))
    m = _ALL_OF_THEM.search(folded) if not meta and _all_of_them_possible(folded) else None
    if (
        m
        and names_protected_group(norm)
        and _says_something_bad(norm)
        and not any(m.group(0) in q for q in quoted)
        and (REPORT_VERBS.isdisjoint(norm.tokens) or _OWN_SAYING.search(folded))
        and not sympathises(norm)
        and not speaks_as_a_member(norm)
    ):
        # "Hollanders op de camping: luid, gierig en alles beter weten. Elke zomer opnieuw,
        # zonder uitzondering", "Surinamers altijd te laat ... ze zijn echt zo"
        signals.append(_match_signal(folded, m, 0.88, "veralgemening over een groep"))
    m = _NO_THANKS.search(folded) if "?" in folded and not meta else None
    if m and any(is_group_word(t) for t in tokenize(m.group(1))) and not quoted:
        # "Zwarte mensen in ons stadsbestuur? Nee merci.": the group asked about and refused
        signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
    for sentence in sentences(folded):
        toks = tokenize(sentence)
        if not toks:
            continue
        lead_in = topic_group
        topic_group = len(toks) <= 3 and _group_in(toks, sentence) is not None
        negated = not NEGATIONS.isdisjoint(toks)
        clauses = clause_starts(sentence)
        reported = not REPORT_VERBS.isdisjoint(toks) and not _IN_CHARGE.search(sentence)
        if reported and _only_the_writer_says(sentence, _OWN_SAYING):
            reported = False  # "ik zeg het al jaren: ...": the writer's own claim
        elif reported and _only_the_writer_says(sentence, _I_SAY_NOTHING):
            reported = False  # "Polakken in de busjes ..., ik zeg niks": the writer's hint
        elif reported and _SAID_AND_AGREED.search(folded):
            reported = False  # "Kutmarokkanen, zei die politicus al. Hij had gelijk."
        elif reported and "noem" in sentence and _MY_NAME_FOR_IT.search(sentence):
            reported = False  # "ze noemen het 'diversiteit', ik noem het ...": the writer's word
        elif reported and _the_group_speaks(toks):
            reported = False  # "Zandnegers die hier komen zeggen hoe we moeten leven"
        if not reported and 0 <= folded.find(sentence) < rebutted_before:
            reported = True  # "Roma stelen, ja da hoor ik al heel mijn leven. ..."
        if (
            not reported
            and ("volgens" in toks or "ene" in toks)
            and _SAID_BY_OTHERS.search(sentence)
        ):
            # "Waarom zijn alle Roma zogezegd dieven volgens de commenters hier?", "De ene wil ze
            # allemaal buiten, de andere wil iedereen binnen": what others say or want
            reported = True
        if not reported and "alsof" in toks and _PRETEND_THAT.search(sentence):
            reported = True  # "Sommigen hier doen alsof Polen enkel zuipen.": others' claim
        if not reported and ":" in sentence and toks[0] in _WHOEVER:
            m = _WHOEVER_THINKS.search(sentence)
            reported = m is not None and NEGATIONS.isdisjoint(tokenize(m.group(1)))
        # Slurs.
        for start, end, term, marker in _SLURS.find(toks):
            if toks[start] == "flikker" and end < len(toks) and toks[end] in {"op", "toch", "maar"}:
                continue  # "flikker op" = "rot op": an insult, handled there
            if names_a_kind_of_talk(toks, end, folded):
                continue  # "een aap-emoji onder de foto": the kind of sign is the topic
            if _names_oneself(toks, start) or (
                marker == "a"
                and "welkom" in norm.tokens
                and not negated
                # (not "Alle flikkers welkom in de hel")
                and _NOT_A_WELCOME.isdisjoint(norm.tokens)
            ):
                # "Als officieel gecertificeerde spast 😂 ... wil ik zeggen", "wij potten", "Alle
                # lesbo's en hun vriendinnen welkom": a word the group uses of itself
                signals.append(_signal(norm, toks, start, end, 0.25, f"over zichzelf: {term}"))
                continue
            if (
                start >= 3
                and toks[start - 1] == "geen"
                and toks[start - 3 : start - 1]
                in (
                    ("ik", "ben"),
                    ("k", "ben"),
                    ("ik", "zen"),
                    ("wij", "zijn"),
                    ("we", "zijn"),
                )
            ):
                continue  # "ik ben geen franskiljon": the writer denies the word of themself
            if (
                term in _SKIN_COLOURS
                and end < len(toks)
                and (toks[end] in _COLOURED_THINGS or toks[end].endswith("jes"))
            ):
                continue  # "al die gele fietsjes", "de gele hesjes", "bruine bonen": a colour
            if marker == "a" and (
                term in _BODY_WORD_SLURS
                or (term in _SKIN_COLOURS and toks[end : end + 1] in _PERSON_AFTER)
            ):
                # "blijf met uw poten van onze parking": a body part, and "ge ziet een bruine
                # jongen en ge denkt al van alles": a colour describing a person; not a slur
                # unless spoken with contempt ("vuile poten", "al die potten", "vuile bruine")
                if not near(toks, start, end, _CONTEMPT_AIM, 3, 0):
                    continue
                score = 0.9
            elif marker == "a":
                aimed = (
                    near(toks, start, end, _SLUR_AIM | SECOND_PERSON, 3, 2)
                    or (
                        # "flikkers op een gemeentelijk evenement, bah": disgust said of them (not
                        # "ik snap er geen flikker van, bah")
                        term in _ONLY_SLURS
                        and (not _DISGUST.isdisjoint(toks) or "🤮" in norm.plain)
                        and not (start > 0 and toks[start - 1] in _NO)
                    )
                    or (
                        term in _POINTED_SLURS
                        and start > 0
                        and (
                            toks[start - 1] in _POINTING
                            # "een regenboogvlag voor de flikkers": no other meaning to point past
                            or (toks[start - 1] == "de" and term in _ONLY_SLURS)
                        )
                    )
                )
                if not aimed and _kept_out(toks, start, end):
                    # "geen flikkers in ons jeugdhuis aub": a demand to keep a group out, not
                    # a denial
                    signals.append(
                        _signal(
                            norm, toks, start, end, 0.9, f"uitsluiting met een scheldwoord: {term}"
                        )
                    )
                    continue
                if not aimed:
                    if start > 0 and toks[start - 1] == "geen":
                        # "het zijn geen zigeuners, het zijn mensen": denied, which the
                        # classifier may still weigh
                        signals.append(_signal(norm, toks, start, end, 0.3, f"ontkenning: {term}"))
                    continue
                score = 0.9
            else:
                score = 0.94
            note = f"scheldwoord voor een groep: {term}"
            if term in quoted or " ".join(toks[start:end]) in quoted:
                score, note = (0.15 if (meta or reported) else 0.45), f"geciteerd: {term}"
            elif meta or reported:
                score, note = 0.3, f"over het woord: {term}"
            elif (
                near(toks, start, end, NEGATIONS, 4, 0)
                and not (start > 0 and toks[start - 1] == "enkele")
                # "geen geitenneukers meer in Vilvoorde", "geen ... in ons zwembad", "alsof er nog
                # niet genoeg ... rondlopen": the negation keeps the group out or counts too many
                and toks[end : end + 1] not in (("meer",), ("mee",), ("mi",), ("hier",))
                and toks[end : end + 2] not in (("in", "ons"), ("in", "onze"), ("in", "mijn"))
                and "genoeg" not in toks[max(0, start - 3) : start]
                and not _negation_of_another_noun(toks, start)
            ):
                # ("geen enkele geitenneuker heeft hier iets te zoeken" keeps a group out)
                score, note = 0.55, f"ontkenning: {term}"
            signals.append(_signal(norm, toks, start, end, score, note))
        # Compounds are long words: the three searches below read only those (most sentences
        # have none or one).
        long_words = [(i, tok) for i, tok in enumerate(toks) if len(tok) >= 8]
        for i, tok in long_words:
            if tok.endswith(_SLUR_COMPOUND_ENDINGS):
                head = next((tok[: -len(e)] for e in _SLUR_COMPOUND_ENDINGS if tok.endswith(e)), "")
                hit = _SLURS.words.get(head)
                if (
                    hit is not None
                    and (
                        hit[1] == "s"
                        or hit[0] in _ONLY_SLURS
                        # "pottenvlag" (not "pottenwinkel": pots)
                        or (head == "potten" and tok.endswith(_PRIDE_ENDINGS))
                    )
                    and not meta
                    and tok not in quoted
                    # "als flikker vind ik die flikkervlag geweldig": the group's own word
                    and not speaks_as_a_member(norm)
                    and not sympathises(norm)
                ):
                    # "een flikkervlag aan het gemeentehuis": the slur names what the thing is for
                    signals.append(
                        _signal(
                            norm, toks, i, i + 1, 0.9, f"samenstelling met een scheldwoord: {tok}"
                        )
                    )
        for i, tok in long_words:
            if tok.startswith(_SLUR_PREFIX_TUPLE):
                for cut in range(3, len(tok) - 3):
                    hit = _SLURS.words.get(tok[cut:])
                    if (hit is None or hit[1] != "s") and tok[:cut] in _SLUR_PREFIXES:
                        # "kutmoslims", "kankerjoden": a curse welded to a group is a slur;
                        # so it is to a word that is a slur only when aimed ("kutzigeuners",
                        # "kutkaaskoppen"), the short ones aside ("rotpot", "kutapen")
                        group_hit = _GROUPS.lookup(tok[cut:])
                        if group_hit is not None:
                            hit = (group_hit[0], "s")
                        elif hit is not None and len(tok) - cut >= 5:
                            hit = (hit[0], "s")
                    if hit is not None and hit[1] == "s" and tok[:cut] in _SLUR_PREFIXES:
                        # ("het zijn geen kutmarokkanen, het zijn mensen": denied)
                        score, note = _word_as_used(
                            toks,
                            i,
                            quoted,
                            meta or reported,
                            0.94,
                            f"scheldwoord voor een groep: {hit[0]}",
                        )
                        signals.append(_signal(norm, toks, i, i + 1, score, note))
                        break
        for i, tok in long_words:  # (``_group_compound``'s own first test)
            named_group = _group_compound(tok)
            if named_group is None:
                continue
            score, note = _word_as_used(
                toks,
                i,
                quoted,
                meta or reported,
                0.92,
                f"samenstelling met minachting voor een groep: {tok}",
            )
            signals.append(_signal(norm, toks, i, i + 1, score, note))
        if takers_possible and _TAKERS.search(sentence) and not (meta or reported or negated):
            for start, end, term, _m in _DEHUMANISING.find(toks, join=False):
                if end < len(toks) and toks[end] == "van":
                    continue  # "de aasgieren van de vastgoedsector": who is meant is named
                signals.append(
                    _signal(norm, toks, start, end, 0.9, f"ontmenselijking van nieuwkomers: {term}")
                )
                break
        group = _group_in(toks, sentence)
        group_known = (
            group is not None
            or lead_in
            # "Migranten langs de N8... een plaag sprinkhanen, ze vreten alles kaal": the group
            # named before, here a pronoun
            or (
                (parent_group or earlier_group)
                and any(t in {"ze", "zij", "die", "hen", "hun", "dat"} for t in toks)
            )
        )
        earlier_group = earlier_group or group is not None
        if not group_known and "geen" in toks:
            for start, end, term, _m in _DEHUMANISING.find(toks, join=False):
                if start > 1 and toks[start - 1] == "geen" and toks[start - 2] in _COPULA:
                    # "het zijn geen kakkerlakken, het zijn mensen": a dehumanising word denied
                    signals.append(_signal(norm, toks, start, end, 0.3, f"ontkenning: {term}"))
        # Dehumanising words and generalisations about a group.
        if group_known:
            for start, end, term, _m in _DEHUMANISING.find(toks, join=False):
                if start > 1 and toks[start - 1] == "als" and toks[start - 2] in _TREATED_AS:
                    continue  # "een bestuur dat ons als vee behandelt": said of the writer's side
                if _as_others_treat_them(toks, start, end):
                    continue
                if rebuts_hearsay(norm):
                    # "Da moslims terroristen zouden zijn, klopt langs gene kanten."
                    signals.append(_signal(norm, toks, start, end, 0.3, f"ontkenning: {term}"))
                    continue
                if start > 0 and toks[start - 1] in _POSSESSIVES:
                    continue  # "de Walen betalen minder voor hun afval": a thing they own
                if term in _not_them_but_others(sentence):
                    # "Het zijn ni 'de Roma' die stelen, het zijn dieven.": others meant
                    continue
                if _the_animals_themselves(norm.tokens, term):
                    continue  # "met een geleidehond ... Die honden zijn beter opgevoed dan ..."
                if (
                    term in _PESTS
                    and toks[end : end + 1] not in (("uit",), ("van",))
                    and _PESTS_SUFFERED.search(folded)
                ):
                    # "De bewoners, veel nieuwkomers, klagen al maanden over ratten en
                    # kakkerlakken": the animals the people live with (not "de ratten uit het
                    # asielcentrum")
                    continue
                if _cleft_naming_a_cause(toks, start, end):
                    continue  # "ik weet dat het de ziekte is die spreekt": a cause, not people
                if _said_of_others_who_use_them(toks, group, start):
                    # "Die koppelbazen die Roemeense arbeiders voor 5 euro per uur laten werken
                    # zijn de echte profiteurs": said of those the relative clause describes
                    continue
                if (
                    toks[max(0, start - 3) : start] in _WHAT_IS_THERE
                    and toks[end : end + 1] == ("aan",)
                    and _asked(folded, sentence)
                ):
                    # "Twee vrouwen die kussen op een bank, wat is daar vuil aan?": rejected
                    continue
                if (
                    term in {"vuil", "ziek"}
                    and toks[end : end + 1] == ("door",)
                    and toks[end + 1 : end + 2] != ("en",)
                ):
                    # "het is vuil door te weinig vuilbakken": a state and its cause
                    continue
                if toks[max(0, start - 3) : start] == ("het", "was", "een"):
                    # "Chinezen hebben corona ni verspreid, het was een virus": what happened
                    # named, in the past, not what people are
                    continue
                if (
                    term == "wilden"
                    and (
                        (toks[end : end + 1] and toks[end] in _AFTER_WANTED)
                        or (start > 0 and toks[start - 1] in _BEFORE_WANTED)
                        # "die ze met die scheldbrieven wilden wegpesten": an infinitive after it
                        or (end < len(toks) and len(toks[end]) > 3 and toks[end].endswith("en"))
                        # "omdat hun dochters naar school wilden": the verb closing a clause
                        or (
                            end == len(toks)
                            and not _SUBORDINATING.isdisjoint(toks[max(0, start - 8) : start])
                            and toks[start - 1] not in _COPULA
                        )
                    )
                ):
                    # "de nazi's wilden alle joden uitroeien", "dat is alles wat we wilden":
                    # the verb "willen"
                    continue
                if (
                    start > 1
                    and toks[start - 1] in {"van", "door", "tegen", "voor"}
                    and not _VICTIM_OF.isdisjoint(toks[max(0, start - 4) : start - 1])
                ):
                    continue  # "Marokkanen zijn ook slachtoffers van criminelen": others meant
                if _set_apart(toks, group, start):
                    # "niets tegen moslims, wel tegen die vuile terroristen": others are meant
                    signals.append(_signal(norm, toks, start, end, 0.3, f"onderscheid: {term}"))
                    continue
                # "Mensen die ge ergens dumpt, zoals oud afval": people likened to the rubbish
                likened_to_waste = term in _WASTE and (
                    toks[start - 1 : start] in (("zoals",), ("gelijk",))
                    or toks[start - 2 : start - 1] in (("zoals",), ("gelijk",))
                )
                if (
                    term in _WASTE
                    and not likened_to_waste
                    and not _WASTE_HANDLED.isdisjoint(toks[max(0, start - 3) : end + 3])
                ):
                    # "omdat sommige mensen afval achterlaten", "dumpt zijn afval in de bossen":
                    # rubbish, left behind
                    continue
                if term in _ALSO_LITERAL and not _TRADED.isdisjoint(
                    toks[max(0, start - 4) : start]
                ):
                    # "Ik ben Roma en verkoop al twintig jaar groenten op de markt": the thing
                    # itself, sold or grown
                    continue
                if "alsof" in toks[max(0, start - 4) : start]:
                    # "... posten alsof het criminelen zijn, da's gewoon pesten": as if, denied
                    signals.append(_signal(norm, toks, start, end, 0.3, f"alsof: {term}"))
                    continue
                copula = (
                    (near(toks, start, end, _COPULA, 5, 0) and not _said_of_a_place(toks, start))
                    or near(toks, start, end, _GENERALISERS, 3, 0)
                    # "ongedierte is het", "parasieten zijn het"
                    or (
                        end + 1 < len(toks)
                        and toks[end] in _COPULA
                        and toks[end + 1] in {"het", "dat", "ze", "die"}
                    )
                ) and not (
                    # "Het integratietraject is een bureaucratisch monster, ik ken Syrische
                    # dokters die ...": the group only in a later clause with a subject of its
                    # own (not "Het zijn ratten, die Roma")
                    group is not None
                    and group > end
                    and any(end <= c <= group and toks[c] in _OWN_SUBJECTS for c in clauses)
                )
                adjacent = group is not None and abs(start - group) <= 2
                # "het ongedierte uit het opvangcentrum", "die parasieten van het OCMW"
                origin = (
                    group is not None
                    and start < group <= end + 3
                    and any(toks[k] in {"uit", "van"} for k in range(end, group))
                )
                # "die parasieten" in a sentence about a group of people (not an institution,
                # where "de ratten in het asielcentrum" may be about rats)
                pointed = (
                    start > 0
                    and toks[start - 1] in _POINTING
                    and group is not None
                    and toks[group] not in _INSTITUTIONS
                )
                # "een ras van dieven", "een nest van kakkerlakken"
                collective = (
                    start > 1 and toks[start - 1] == "van" and toks[start - 2] in _COLLECTIVES
                ) or (start > 0 and toks[start - 1] in _SWARMS)
                pointed = pointed or collective
                # "liggen erbij als zwerfhonden", "net een roedel hyena's": the group likened to
                # the thing (not "als vee behandeld", "als ratten weggezet": what is done to them)
                likened = (
                    group is not None
                    and (
                        (start > 0 and toks[start - 1] in _LIKE)
                        or (
                            start > 1
                            and toks[start - 2] in _LIKE
                            and toks[start - 1] in _LIKENED_TO_A
                        )
                    )
                    and not _treated_as(toks)
                )
                if _negated_claim(toks, start, group, clauses) and not _VIOLENT_EXCLUSION.search(
                    sentence
                ):
                    score, note = 0.3, f"ontkende veralgemening: {term}"
                elif meta or reported or term in quoted:
                    score, note = 0.35, f"weergave: {term}"
                elif (
                    "als" in toks[max(0, start - 2) : start]
                    and _treated_as(toks)
                    and _SHOULD.isdisjoint(toks)
                    # ("Die Marokkanen zijn als onkruid: ge ziet er eerst één, ...": likened)
                    and toks[max(0, start - 2) : start] not in _LIKENED_BY_COPULA
                ):
                    # "vluchtelingen worden daar als vee behandeld": a wrong done to them, told
                    # (not "ze moeten als vee behandeld worden")
                    score, note = 0.3, f"zo behandeld: {term}"
                elif _made_to_live_like(toks, start):
                    # "Die vluchtelingen moeten leven als ratten in dat kamp": how they are made
                    # to live, a wrong told as often as a wish; condemned after it, a wrong
                    condemned = not _CONDEMNING.isdisjoint(toks[end:]) or _condemned_after(
                        folded, sentence
                    )
                    score = 0.3 if condemned else 0.65
                    note = f"zo moeten leven: {term}"
                elif term in _DISEASES and not _SPREAD.isdisjoint(toks[end : end + 6]):
                    # "Nee, Chinezen hebben dat virus niet 'met opzet verspreid'": the group is
                    # said to spread a disease, not to be one; a smear a person weighs
                    score, note = 0.65, f"ziekte die een groep zou verspreiden: {term}"
                elif copula or adjacent or origin or pointed or likened or likened_to_waste:
                    score, note = 0.92, f"ontmenselijking van een groep: {term}"
                elif term in _ALSO_LITERAL:
                    continue  # "is de Turkse supermarkt ook een slagerij of enkel groenten?"
                else:
                    score, note = 0.65, f"negatief woord bij een groep: {term}"
                signals.append(_signal(norm, toks, start, end, score, note))
        if group is not None and not (meta or reported):
            for start, end, _term, _m in _GROUPS.find(toks, join=False):
                if quoted and toks[start] in quoted:
                    continue
                if toks[start].endswith(_PLACE_ENDINGS):
                    continue  # "(de reactie onder het bericht over) het asielcentrum is walgelijk"
                score = 0.0
                note = ""
                before = toks[max(0, start - 2) : start]
                if any(t in _CONTEMPT for t in before):
                    score, note = 0.9, f"minachting voor een groep: {toks[start]}"
                elif before[-1:] == ("typisch",) and toks[start] not in _GROUP_ADJECTIVES:
                    # "Typisch Turken, met 15 in één huis": the group named as the explanation
                    score, note = 0.88, f"vooroordeel over een groep: {toks[start]}"
                k = end
                if k < len(toks) and toks[k] == "s":
                    k += 1  # "homo's" is tokenised as "homo", "s"
                if k < len(toks) and toks[k] in _PEOPLE:
                    k += 1  # "zwarte mensen zijn ..."
                if toks[k : k + 2] in _TAKEN_UP_AGAIN:
                    k += 1  # "Albanezen, da zijn allemaal drugsdealers": the group taken up again
                if _NOT_BELONGING.match(" ".join(toks[k : k + 6])):
                    score, note = 0.88, "uitsluiting van een groep"
                    if toks[k] in quoted and _asked(folded, sentence):
                        # "Woonwagenbewoners 'horen hier niet'? Ze wonen al generaties ...":
                        # the words quoted back as a question
                        score, note = 0.3, "geciteerde uitsluiting als vraag"
                if _BEHIND_IT.match(" ".join(toks[k : k + 4])):
                    # "joden zitten achter die nieuwe belasting": the conspiracy trope
                    score, note = 0.88, "vooroordeel over een groep"
                if (
                    k + 1 < len(toks)
                    and toks[k] in _DEGRADING
                    and toks[k] != "een"
                    and toks[k + 1] in {"zijn", "is", "waren"}
                ):
                    # "(ik vind) dat homo's ziek zijn": the verb last in a clause
                    score, note = 0.88, f"vernederende veralgemening: {toks[k]}"
                judged = any(t in _JUDGE for t in toks[max(0, start - 3) : start])
                if judged and not (k < len(toks) and toks[k] in _COPULA):
                    q = k
                    while q < len(toks) and toks[q] in _ADVERBS:
                        q += 1
                    if q < len(toks) and toks[q] in _DEGRADING and toks[q] != "een":
                        score, note = 0.88, f"vernederende veralgemening: {toks[q]}"
                if k < len(toks) and toks[k] in _COPULA:
                    copula = toks[k]
                    k += 1
                    while k < len(toks) and toks[k] in _ADVERBS:
                        k += 1
                    q = k
                    while q < len(toks) and toks[q] in _DEGREE:
                        q += 1
                    if (
                        k < q < len(toks)
                        and toks[q] in _DEGRADING
                        and toks[q] != "een"
                        # ("worden te ziek van de hitte")
                        and toks[q + 1 : q + 2] not in ((p,) for p in _PREPOSITIONS)
                    ):
                        # "zijn allemaal mentaal ziek", "zijn te lui en te arrogant"
                        score, note = 0.9, f"vernederende veralgemening: {toks[q]}"
                    if k < len(toks) and toks[k] in {"de", "het"}:
                        k += 1  # "zijn de lelijkste vrouwen"
                    if (
                        k + 1 < len(toks)
                        and toks[k] in _DEGRADING_ATTRIBUTIVE
                        and toks[k + 1].isalpha()
                        and toks[k + 1] not in _PREPOSITIONS
                        and copula in {"zijn", "waren", "blijven", "worden"}
                    ):
                        # "Autisten zijn gewoon asociale mensen"
                        score, note = 0.9, f"vernederende veralgemening: {toks[k]}"
                    if _BLAME.match(" ".join(toks[k : k + 6])):
                        score, note = 0.88, "vooroordeel over een groep"
                    if (
                        k + 1 < len(toks)
                        and toks[k] == "minder"
                        and toks[k + 1]
                        in {"intelligent", "slim", "waard", "beschaafd", "menselijk"}
                    ):
                        score, note = 0.9, f"vernederende veralgemening: minder {toks[k + 1]}"
                    if (
                        k < len(toks)
                        and toks[k] in _DEGRADING
                        and toks[k] != "een"
                        and (
                            k + 1 == len(toks)
                            or toks[k + 1] not in _PREPOSITIONS
                            # "ziek in hun hoofd"
                            or toks[k + 1 : k + 4] in (("in", "hun", "hoofd"), ("in", "hun", "kop"))
                            # "zijn allemaal gierig, aan de kantine ...": the clause ends there
                            # (not "ziek, van de hitte": its cause)
                            or (
                                toks[k + 1] not in {"van", "door"}
                                and _ends_a_clause(sentence, toks[k])
                            )
                        )
                    ):
                        score, note = 0.9, f"vernederende veralgemening: {toks[k]}"
                    if (
                        k + 1 < len(toks)
                        and toks[k] == "een"
                        and toks[k + 1] in {"probleem", "last", "gevaar", "bedreiging", "schande"}
                        and copula in {"zijn", "waren", "blijven"}
                    ):
                        # "Roma zijn een probleem dat we moeten oplossen"
                        score, note = 0.88, f"vernederende veralgemening: een {toks[k + 1]}"
                    if (
                        k + 1 < len(toks)
                        and toks[k] in {"niets", "niks"}
                        and toks[k + 1] == "waard"
                    ):
                        # "Roma zijn niets waard"
                        score, note = 0.9, "vernederende veralgemening: niets waard"
                    if (
                        k + 1 < len(toks)
                        and toks[k] in {"niet", "nie", "ni"}
                        and toks[k + 1] == "normaal"
                    ):
                        # "homo's zijn toch niet normaal"
                        score, note = 0.9, "vernederende veralgemening: niet normaal"
                    if (
                        k < len(toks)
                        and toks[k] == "hetzelfde"
                        and "allemaal" in toks[start:k]
                        and toks[k + 1 : k + 2] != ("als",)
                    ):
                        # "moslims zijn allemaal hetzelfde" (not "... hetzelfde als wij")
                        score, note = 0.88, "vernederende veralgemening: allemaal hetzelfde"
                    called = _called_a_wrongdoer(toks, start, k, copula)
                    if called is not None:
                        score, note = 0.88, f"vernederende veralgemening: {called}"
                if (
                    not score
                    and start > 0
                    and toks[start - 1] == "zijn"
                    and (
                        start < 2
                        or toks[start - 2] in {"waarom", "waarop", "hoe"}
                        # "volgens mij zijn Turken gewoon dom", "eigenlijk zijn ze ..."
                        or (
                            toks[start - 2] in {"mij", "eigenlijk", "toch", "gewoon", "nu"}
                            and not _asked(folded, sentence)
                        )
                    )
                ):
                    # "waarom zijn vrouwen altijd zo dom?": the copula before the group
                    q = k
                    while q < len(toks) and (toks[q] in _ADVERBS or toks[q] == "zoveel"):
                        q += 1
                    if q < len(toks) and toks[q] in _DEGRADING and toks[q] != "een":
                        score, note = 0.88, f"vernederende veralgemening: {toks[q]}"
                if score and _negated_claim(toks, k if note.startswith("vern") else start, start):
                    score, note = 0.3, "ontkende veralgemening"
                elif (
                    score
                    and note.startswith("vernederende veralgemening: ")
                    and note.rsplit(" ", 1)[-1] in quoted
                    and _asked(folded, sentence)
                ):
                    # 'Holebi's zijn "ziek"? Het is 2025.': the word quoted back as a question
                    score, note = 0.3, "geciteerde veralgemening als vraag"
                elif (
                    score
                    and note.startswith("vernederende veralgemening: ")
                    and note.rsplit(" ", 1)[-1] in quoted
                    and (
                        _CLAIM_NAMED.search(sentence, 0, sentence.find(toks[start]))
                        # "Ik lees hier dat homo's 'ziek' zijn.": read or heard, in quotes
                        or _HEARSAY.search(sentence, 0, sentence.find(toks[start]))
                        # "Dat asielzoekers 'gevaarlijk' zijn voor onze kinderen: in 3 jaar nul
                        # incidenten": the claim put up as a topic, answered after the colon
                        or (toks[0] in {"dat", "da"} and ":" in sentence)
                    )
                ):
                    # "het idee dat transvrouwen 'gevaarlijk zijn in toiletten' heeft nooit
                    # iemand kunnen aantonen": a claim named as one, in someone else's words (a
                    # bare 'Moslims zijn "achterlijk".' keeps its scare quotes)
                    score, note = 0.3, "geciteerde veralgemening"
                if score:
                    signals.append(_signal(norm, toks, start, end, score, note))
                break
        if (
            ape_emoji
            and not _PROSECUTED.search(folded)
            and not _REPORTED_TO_US.search(folded)
            and _CALLED_RACISM.isdisjoint(norm.tokens)
            # "ge moogt die 🐒 emojis onder een foto van een zwarte agente gerust laten staan, dan
            # weet iedereen wie ge zijt": the emoji named as a kind of sign is the topic (not
            # "stuur haar maar 🐒 emojis": sent)
            and not (any("emoji" in t for t in toks) and _SENDING_WORDS.isdisjoint(toks))
            and (
                group_known
                or _EXCLUSION.search(sentence)
                or "jungle" in toks
                or "boom" in toks
                # "al die 🐒🐒 die bij Genk spelen ... 🍌": people pointed at as apes
                or "🍌" in norm.plain
                or ("die" in toks and not _PEOPLE_DOING.isdisjoint(toks))
                # "ik moet niet raden welk soort 'jongeren' hé 😉🐒": people in scare quotes, hinted at
                or (not _PEOPLE.isdisjoint(quoted) and not _HINTING.isdisjoint(norm.tokens))
            )
        ):
            signals.append(
                Signal(
                    RuleKind.HATE,
                    0.9,
                    NAME,
                    "aap-emoji",
                    note="aap-emoji bij een groep",
                    targeted=True,
                )
            )
        if group_known and not _THEIR.isdisjoint(toks):
            m = _IN_THEIR_BLOOD.search(sentence)
            if m and not (meta or reported):
                signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
        if (group is not None or lead_in) and not (meta or reported):
            m = _LACKS_A_VIRTUE.search(sentence)
            if (
                m
                and not _asked(folded, sentence)
                and not any(m.group(0) in q for q in quoted)
                # ("hebben geen respect nodig", "... gekregen": not what they lack)
                and _NEEDED_OR_GIVEN.isdisjoint(tokenize(sentence[m.end() :])[:5])
            ):
                # "Irakezen hebben nul werkethiek", "Afrikaanse ouders ..., opvoeding kennen ze
                # nie": a whole people said to lack what decent people have
                signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
        if group_known and "geboorte" in toks and not (meta or reported):
            m = _BORN_AS.search(sentence)
            if m and not negated:
                # "Roma, dat zijn zakkenrollers van geboorte": a vice said to be born in them
                signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
        if group_known and not (meta or reported):
            m = _SMEAR.search(sentence)
            if m and _rejects_a_quoted_claim(toks, sentence, spans):
                # "Nee, 'zigeuners' hebben het stelen niet 'in hun bloed'.": someone's claim
                # quoted and rejected, which the classifier alone must not overrule
                signals.append(_match_signal(folded, m, 0.3, "ontkende veralgemening"))
            elif m and _JOKE_ABOUT.search(sentence, 0, m.start()):
                # "die 'grap' over Polen die alleen zuipen is niet grappig": the smear as the
                # subject of a joke or cliché the comment talks about (the classifier still
                # weighs "die grap over Polen die zuipen is gewoon waar")
                signals.append(_match_signal(folded, m, 0.3, "cliché als onderwerp"))
            elif m and _NOT_ALLOWED.search(sentence, m.end()):
                pass  # "vluchtelingen werken niet omdat ze het niet mogen": a rule explains it
            elif m and _takes_up_an_offer(sentence, m):
                pass  # "De gepensioneerden profiteren allemaal van de dinsdagkorting": an offer
            elif m and rebuts_hearsay(norm):
                # "Het is fake news dat ... onze stad verpesten": a claim named false
                signals.append(_match_signal(folded, m, 0.3, "ontkende veralgemening"))
            elif (
                m
                and (
                    _denied_after(tokenize(sentence[m.end() :]), sentence[m.end() :])
                    # "Zigeuners stelen geen kinderen. Dat is een sprookje ..."
                    or (
                        tokenize(sentence[m.end() :])[:1]
                        in (("geen",), ("gene",), ("niet",), ("nie",))
                        and _CALLED_A_MYTH.search(folded)
                    )
                )
            ):
                # "Roma stelen niet meer dan andere mensen in dezelfde armoede", "Joden
                # controleren de wereld niet": the smear denied right after it
                signals.append(_match_signal(folded, m, 0.3, "ontkende veralgemening"))
            elif m and _one_of_them_does(toks, len(tokenize(sentence[: m.start()])), m.group(0)):
                # "ik heb niks tegen Roemenen, maar die ene bende die koperdraad steelt moet
                # gepakt worden": one gang or one man does it, not the group
                signals.append(_match_signal(folded, m, 0.3, "één persoon of bende"))
            elif m and not _negated_claim(
                toks, len(tokenize(sentence[: m.start()])), group, clauses
            ):
                # "al die buitenlanders komen hier profiteren", "die Roemenen stinken": a smear on
                # a whole group acts; on some of them ("sommige jongeren stelen") a person looks.
                # (the group may be named in an earlier sentence: "Homo's als kleuterjuf? Daar
                # komen alleen maar problemen van")
                sweeping = (
                    group == 0
                    or (
                        group is not None
                        and toks[group - 1] in {"die", "al", "alle", "zo'n", "zon", "zulke"}
                    )
                    or any(t in {"allemaal", "altijd", "enkel", "alleen", "overal"} for t in toks)
                ) and not any(
                    t in {"sommige", "enkele", "een", "paar", "bepaalde"}
                    for t in toks[: group if group is not None else 0]
                )
                # "Moslims werken niet op vrijdag?": asked, a person weighs it
                sweeping = sweeping and not _asked(folded, sentence)
                signals.append(
                    _match_signal(
                        folded, m, 0.88 if sweeping else 0.6, "vooroordeel over een groep"
                    )
                )
        m = _GROUP_CLICHES.search(sentence) if group_known and not (meta or reported) else None
        if m and not _negated_claim(toks, len(tokenize(sentence[: m.start()])), group, clauses):
            # "Afrikanen en op tijd komen, dat gaat niet samen", "ge weet hoe die zijn met
            # jongens": a cliché about the group named (here or just before)
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
        m = (
            _BANNED_IN_MY_VIEW.search(sentence)
            if group_known and "mij" in toks and not (meta or reported)
            else None
        )
        if m:
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
        m = (
            _KEPT_OUT_OR_BELITTLED.search(sentence)
            if _KEPT_OUT_OR_BELITTLED_NEEDS_RE.search(sentence)
            else None
        )
        if (
            m
            and not (meta or reported)
            # (a sign of faith is named in the match; "zo iemand ..." needs a disability named)
            and (
                not m.group(0).startswith(("zo", "die", "ze", "steek"))
                or _DISABILITY.search(folded)
            )
        ):
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
        # (searched in the comment: "maar" ends the sentence piece)
        m = (
            _BUT_NOT_HERE.search(folded)
            if group_known and "bestaan" in toks and not but_not_here
            else None
        )
        if m and not (meta or reported):
            but_not_here = True
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
        m = _SAME_PEOPLE.search(sentence) if "afkomst" in sentence else None
        if m and not (meta or reported):
            # "ge moet niet raden van welke afkomst de daders zijn, da's altijd hetzelfde volk"
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
        m = _FEWER.search(sentence) if group is not None else None
        if m and not (meta or reported):
            signals.append(_match_signal(folded, m, 0.9, "uitsluiting van een groep"))
        m = _BANANA.search(sentence) if "bana" in sentence else None
        if (
            m
            # black people named just before: who "ze" are
            and _BLACK_PEOPLE.search(
                folded, max(0, folded.find(m.group(0)) - 80), folded.find(m.group(0))
            )
            and not (meta or reported or any(m.group(0) in q for q in quoted))
        ):
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
        m = _TROPES.search(sentence) if _TROPE_NEEDS_RE.search(sentence) else None
        if m and _ABOUT_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
            # "die 'grapjes' over Joden en geld: hou daarmee op": the cliché named as a topic (the
            # classifier still weighs "die grapjes over joden en geld zijn gewoon waar")
            signals.append(_match_signal(folded, m, 0.3, "cliché als onderwerp"))
        elif m and not (meta or reported or any(m.group(0) in q for q in quoted)):
            negated_trope = _negated_claim(toks, len(tokenize(sentence[: m.start()])), None)
            signals.append(
                _claim_signal(
                    folded,
                    m,
                    negated_trope,
                    0.88,
                    "vooroordeel over een groep",
                    "ontkende veralgemening",
                )
            )
        m = _BELONG_TOO.search(sentence) if group is not None else None
        if m:
            # "moslims horen net zo goed bij Zonnedaele als wij": inclusion, which the classifier
            # alone must not read as its opposite
            signals.append(_match_signal(folded, m, 0.2, "ontkenning: horen erbij"))
        m = _DOES_NOT_BELONG.search(sentence) if group is not None and m is None else None
        if (
            m
            and toks[group] not in _INSTITUTIONS
            and not (meta or reported)
            and (
                not negated
                or NEGATIONS.isdisjoint(tokenize(sentence[: m.start()]))
                # "geen homo's op het schoolfeest, die horen daar niet": the "geen" excludes too
                or (group > 0 and toks[group - 1] in _NO)
            )
            and not any(m.group(0) in q for q in quoted)
            # "reacties als 'transgenders zijn gestoord' horen hier niet": the group is named
            # only inside a quoted statement; what does not belong is the comment quoted
            and not any(toks[group] in tokenize(q) and len(tokenize(q)) >= 3 for q in spans)
            # "Antisemitische opmerkingen over het Joodse zwemuur horen hier nie": remarks about
            # the group are what does not belong
            and _REMARKS.isdisjoint(toks[:group])
        ):
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
        m = (
            _NO_GROUP_IN_OURS.search(sentence)
            if group is not None and not _NO.isdisjoint(toks)
            else None
        )
        if (
            m
            and _GROUPS.lookup(m.group(1)) is not None
            and not (meta or reported)
            and not _THERE_ARE.search(sentence[max(0, m.start() - 20) : m.start()])
            # "Geen vrouwen in ons bestuur? Schande, daar moet verandering in komen": the state
            # of things asked back and condemned
            and not (_asked(folded, sentence) and _condemned_after(folded, sentence))
        ):
            # "geen homo's in onze voetbalclub aub": a demand to keep a group out; a person
            # weighs it ("er zitten geen vrouwen in het bestuur" states a fact and is not matched)
            score = 0.88 if _OURS_BY_ORIGIN.search(folded) else 0.65
            signals.append(_match_signal(folded, m, score, "uitsluiting van een groep"))
        m = _GROUP_MUST_GO.search(sentence) if group is not None else None
        if (
            m
            and group is not None
            and toks[group] not in _INSTITUTIONS
            # "twee vrouwen hand in hand, prachtig, en wie dat vies vindt moet thuisblijven":
            # the demand is made of whoever, not of the group
            and "wie" not in toks[group + 1 : len(tokenize(sentence[: m.start()]))]
            and not (meta or reported)
            # "Moeten Afghanen die hier tien jaar wonen nu echt uitgewezen worden?"
            and not _asked(folded, sentence)
            # "ouderen moeten binnenblijven bij deze hitte": kept safe for a while, not kept out
            and not (
                m.group(0).endswith(("binnenblijven", "thuisblijven", "thuis blijven"))
                and not _FOR_A_WHILE.isdisjoint(tokenize(sentence[m.end() :]))
            )
            # a negation after the demand ("..., dat is geen plek voor hen") does not deny it
            and (not negated or NEGATIONS.isdisjoint(tokenize(sentence[: m.end()])))
            and not any(m.group(0) in q for q in quoted)
        ):
            # "al die X moeten buiten" generalises; "illegalen moeten het land uit" is a view on
            # migration policy that a person should weigh.
            # ("al die X", not "die hier al 3 jaar werken": already)
            # ("elke Albanees die hier woont zou moeten uitgewezen worden": each of a people, not
            # "elke illegaal": a legal status)
            sweeping = any(
                t in {"allemaal", "alle", "vuile", "volk", "tuig"}
                or (t == "al" and toks[k + 1 : k + 2] in (("die",), ("de",), ("deze",)))
                for k, t in enumerate(toks)
            ) or (
                group > 0
                and toks[group - 1] in {"elke", "iedere", "ieder"}
                and not toks[group].startswith("illega")
            )
            # A people, a faith or an orientation sent away or barred ("transpersonen moeten gewoon
            # geweerd worden uit openbare toiletten") is excluded for what it is; people by their
            # status ("illegalen moeten het land uit") or kept in ("ouderen moeten binnenblijven
            # bij deze hitte") are not.
            expelled = _EXPELLED.search(m.group(0)) is not None and not toks[group].startswith(
                _BY_STATUS
            )
            signals.append(
                _match_signal(
                    folded, m, 0.88 if sweeping or expelled else 0.65, "uitsluiting van een groep"
                )
            )
        # The group of an earlier sentence sent away ("Wegjagen, allemaal.") or said not to
        # belong ("Die mensen horen hier nie."), which holds its own negation
        for pattern, negation_denies in ((_AWAY_NOW_ALONE, True), (_TAKEN_UP_AND_KEPT_OUT, False)):
            m = pattern.search(sentence) if group is None and earlier_group else None
            if (
                m
                and not (meta or reported or (negated and negation_denies))
                and not _asked(folded, sentence)
                and not any(m.group(0) in q for q in quoted)
            ):
                signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
        m = _I_REFUSE_THEM.search(sentence) if group is not None else None
        if (
            m
            and _GROUPS.lookup(m.group(1)) is not None
            and _the_writers_own(m, sentence, norm, quoted, meta or reported)
        ):
            signals.append(_match_signal(folded, m, 0.88, "discriminatie van een groep"))
        m = _PAST_APPROVED.search(sentence) if "vroeger" in norm.tokens else None
        if (
            m
            and not _PAST_VIOLENCE.isdisjoint(norm.tokens)
            and _the_writers_own(m, sentence, norm, quoted, meta or reported)
        ):
            # a group named (or a slur, or where travellers live), else whom is for a person
            aimed = (
                group_known
                or earlier_group
                or _SLURS.find(norm.tokens)
                or not _WHERE_TRAVELLERS_LIVE.isdisjoint(norm.tokens)
            )
            signals.append(
                _match_signal(
                    folded, m, 0.9 if aimed else 0.6, "geweld tegen een groep goedgepraat"
                )
            )
        m = _ONLY_FORCE_WORKS.search(sentence) if group_known else None
        if m and _the_writers_own(m, sentence, norm, quoted, meta or reported) and not negated:
            signals.append(_match_signal(folded, m, 0.9, "geweld tegen een groep"))
        m = _AGAINST_THE_WALL.search(sentence) if "muur" in sentence and group_known else None
        if (
            m
            and not (meta or reported or negated)
            and not any(m.group(0) in q for q in quoted)
            and _THINGS_PUT_AWAY.isdisjoint(toks)
        ):
            signals.append(_match_signal(folded, m, 0.93, "geweld tegen een groep"))
        m = _GROUP_AWAY_NOW.search(sentence) if group == 0 or group == 1 else None
        if (
            m
            and group is not None
            and toks[group] == tokenize(m.group(1))[0]
            and toks[group] not in _INSTITUTIONS
            and not (meta or reported or negated)
            and not _asked(folded, sentence)
            and not any(m.group(0) in q for q in quoted)
        ):
            # "Syriërs terugsturen!": a demand to send a people away; a legal status
            # ("illegalen uitzetten") is a view on migration policy that a person weighs
            # Said with force ("gewoon", "!") or held to ("..., ook al is het daar oorlog") it is
            # the writer's demand; bare and followed by a sentence ("Syriërs terugsturen. Dat is
            # wat die partij wil") it may be a view summed up to be judged: a person reads it.
            after = (
                sentence[m.end() :] or folded[folded.find(sentence) + len(sentence) :]
            ).lstrip()[:1]
            forceful = after in {"!", ","} or not _AWAY_FORCE.isdisjoint(tokenize(m.group(0)))
            status = toks[group].startswith(_BY_STATUS)
            score = 0.88 if forceful and not status else 0.65
            signals.append(_match_signal(folded, m, score, "uitsluiting van een groep"))
        m = _DOES_WRONG.search(sentence) if group is not None else None
        if (
            m
            and _names_a_group(m.group(1))
            and NEGATIONS.isdisjoint(tokenize(m.group(1)))  # "niet alle Walen werken niet"
            # the group is the subject ("er zijn Roma die stelen" counts some)
            and _NOT_A_SUBJECT.isdisjoint(tokenize(m.group(1)))
            and not _NOT_ALLOWED.search(sentence, m.end())
            and not _takes_up_an_offer(sentence, m)
            # "Rolstoelgebruikers zeuren nie 'altijd', ...": denied right after
            and NEGATIONS.isdisjoint(tokenize(sentence[m.end() :])[:2])
            and not (meta or reported)
            and not _quoted_match(m, quoted)
            and not _negated_claim(toks, len(tokenize(sentence[: m.start(1)])), None)
            and not _asked(folded, sentence)
            and not speaks_for(norm)
        ):
            sweeping = not _ALWAYS.isdisjoint(toks)
            signals.append(
                _match_signal(folded, m, 0.88 if sweeping else 0.65, "veralgemening over een groep")
            )
        m = (
            (_CHASE_OUT.search(sentence) or _OUT_SLOGAN.search(sentence))
            if group is not None and len(toks) <= 16
            else None
        )
        if (
            m
            and _names_a_group(m.group(1))
            and _NOT_A_SUBJECT.isdisjoint(tokenize(m.group(1)))
            and NEGATIONS.isdisjoint(tokenize(m.group(0)))
            and not (meta or reported)
            and not _quoted_match(m, quoted)
            and not _asked(folded, sentence)
            # "ouderen zonder smartphone vallen uit de boot": left out, which the writer deplores
            and not _FALL_BY_THE_WAYSIDE.search(m.group(0))
        ):
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
        m = _BACK_SLOGAN.search(sentence) if group is not None and "naar" in toks else None
        if (
            m
            and is_group_word(tokenize(m.group(1))[-1])
            and NEGATIONS.isdisjoint(tokenize(m.group(0)))
            and not (meta or reported)
            and not _quoted_match(m, quoted)
            and not _asked(folded, sentence)
        ):
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
        m = _NONE_OF_THEM.search(sentence) if group is not None else None
        if (
            m
            # the group is what "geen" keeps out ("geen enkel probleem met zwarte mensen hier"
            # keeps out a problem)
            and _group_in(tuple(tokenize(m.group(1))), m.group(1)) == 0
            # (not "Geen enkele moslim heeft hier ooit problemen gemaakt": a verb in the slot
            # makes the group the subject of a denial, not what is kept out)
            and _FINITE_VERBS.isdisjoint(tokenize(m.group(1)))
            and not (meta or reported or any(m.group(0) in q for q in quoted))
            and not _asked(folded, sentence)
        ):
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
        m = _CANNOT_STAND.search(sentence) if group is not None else None
        if (
            m
            and _names_a_group(m.group(1))
            and not (meta or reported or any(m.group(0) in q for q in quoted))
            and not _negated_claim(toks, len(tokenize(sentence[: m.start()])), None)
            and not _asked(folded, sentence)
        ):
            signals.append(_match_signal(folded, m, 0.88, "afkeer van een groep"))
        # (the group heads the sentence: its own word, not an origin found elsewhere)
        # (a group of several words is one word here: "mensenmetautisme", see detect)
        heads = group is not None and group <= 2 and is_group_word(toks[group])
        m = _RID_OF_THEM.search(sentence) if group is not None else None
        if (
            m
            and not (meta or reported or any(m.group(0) in q for q in quoted))
            and not sympathises(norm)
            and NEGATIONS.isdisjoint(toks)
        ):
            # "Waarom moeten we moslims hier nog dulden?", "Wanneer zijn we eindelijk van die
            # Roma af?": a question that wants the group gone
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
        m = _IDENTITY_DENIED.search(sentence) if _FAD_WORDS.search(sentence) else None
        if m is None and "wil" in sentence and ("geen" in sentence or "gene" in sentence):
            m = _NOT_AS_MY.search(sentence)
            if m is not None and not is_group_word(m.group(1)):
                m = None
        if m and _the_writers_own(m, sentence, norm, quoted, meta or reported):
            signals.append(_match_signal(folded, m, 0.88, "vernedering van een groep"))
        m = _SET_PHRASES.search(sentence) if group_known else None
        if m and _the_writers_own(m, sentence, norm, quoted, meta or reported):
            signals.append(_match_signal(folded, m, 0.9, "minachting voor een groep"))
        m = _WHAT_TO_DO_WITH.search(sentence) if group is not None else None
        if m and not (meta or reported or sympathises(norm)):
            signals.append(_match_signal(folded, m, 0.65, "uitsluiting van een groep?"))
        m = _NOT_NEXT_TO.search(sentence) if group is not None else None
        if (
            m
            and is_group_word((m.group(1) or m.group(2)).removesuffix("'s"))
            and _the_writers_own(m, sentence, norm, quoted, meta or reported)
        ):
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
        m = _TOO_MANY.search(sentence) if group is not None else None
        if (
            m
            and is_group_word(m.group(1))
            and not negated
            and _the_writers_own(m, sentence, norm, quoted, meta or reported)
        ):
            # "Er zijn veel te veel moslims in dit land": the group itself is the excess
            country = m.group(2) is not None
            note = "uitsluiting van een groep" if country else "uitsluiting van een groep?"
            signals.append(_match_signal(folded, m, 0.88 if country else 0.65, note))
        m = _NOTHING_TO_SEEK.search(sentence) if heads and group <= 1 else None
        if (
            m
            and NEGATIONS.isdisjoint(tokenize(sentence[: m.start()])[-3:])
            and _the_writers_own(m, sentence, norm, quoted, meta or reported)
        ):
            # "Walen die geen Nederlands willen leren hebben hier niks te zoeken", "Turken buiten
            # uit Limburg, ..., ze hebben hier niks meer te zoeken"
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
        m = _NO_RIGHTS.search(sentence) if heads else None
        if (
            m
            # the right denied inside the phrase or right after it ("zouden geen woning mogen
            # krijgen", "zouden niet mogen werken"; not "niet mogen moeten kiezen tussen werk en
            # kinderen")
            and (
                _RIGHTS.search(m.group(0)) is not None
                or _RIGHTS.search(" ".join(tokenize(sentence[m.end() :])[:3])) is not None
            )
            and _the_writers_own(m, sentence, norm, quoted, meta or reported)
            and NEGATIONS.isdisjoint(tokenize(sentence[: m.start()]))
        ):
            # "Franstaligen zouden geen sociale woning mogen krijgen", "Moslims mogen van mij
            # geen enkel openbaar ambt uitoefenen": the writer would deny a group a right
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
        m = _HATRED.search(sentence) if group is not None else None
        if m and not (meta or reported or any(m.group(0) in q for q in quoted)):
            rest = tokenize(sentence[m.end() :])
            after = [t for t in rest[:4] if t not in _HATRED_FILLERS]
            if after and (_GROUPS.lookup(after[0]) is not None or after[0] in _GROUP_ADJECTIVES):
                # "ik haat moslims niet", "ik haat die moslims echt niet": the negation follows
                # the group (not "... aan vrouwen, allemaal zeurkousen die niks kunnen")
                named_at = rest.index(after[0])
                # (the phrase's own "niet" in "ik kan niet tegen" is the hatred; one in its
                # free slot, "dat we niet haten", denies it)
                said = tokenize(m.group(0))
                negated_hatred = "respect" not in m.group(0) and (
                    _negated_claim(toks, len(tokenize(sentence[: m.start()])), None)
                    or said[1] in NEGATIONS
                    or not NEGATIONS.isdisjoint(rest[named_at + 1 : named_at + 3])
                )
                signals.append(
                    _claim_signal(
                        folded, m, negated_hatred, 0.9, "haat tegen een groep", "ontkenning: haat"
                    )
                )
        # ("Oekraïense vrouwen ... bij het OCMW. Schaamteloos, ik word er ziek van": the group
        # of an earlier sentence, pointed back to)
        m = _SICKENED.search(sentence) if group_known or earlier_group else None
        if (
            m
            and not (meta or reported or any(m.group(0) in q for q in quoted))
            and not sympathises(norm)
        ):
            aimed_at = _sickened_by_the_group(sentence, m)
            if aimed_at == "group" or (
                aimed_at == "back"
                # "Moslims, bah. Ik krijg braakneigingen ...", "Vluchtelingen, ik krijg er de
                # kriebels van": the group is the topic the disgust points back to; in "Joden
                # die hun winkel moeten sluiten ..., ik word er misselijk van" it may as well be
                # what happens to them, which a person weighs
                and (lead_in or (group is not None and _topic_first(sentence, group)))
            ):
                signals.append(_match_signal(folded, m, 0.88, "afkeer van een groep"))
            elif aimed_at == "back":
                signals.append(_match_signal(folded, m, 0.65, "afkeer, van een groep?"))
        m = _DISGUST_FIRST.search(sentence)
        if (
            m
            and is_group_word(m.group(1))
            # "bah, die Turkse pizza": an adjective must name people
            and (
                m.group(1) not in _GROUP_ADJECTIVES
                or sentence[m.end() :].split()[:1] in (["mensen"], *([p] for p in _PEOPLE))
            )
            and not (meta or reported or negated or any(m.group(0) in q for q in quoted))
            and not sympathises(norm)
        ):
            signals.append(_match_signal(folded, m, 0.88, "afkeer van een groep"))
        # (the last clause is cut out only where a word of disgust is: most sentences hold none)
        last_clause = (
            tokenize(re.split(r"[,;:]", sentence)[-1])
            if not _DISGUST_VERDICT.isdisjoint(toks)
            else ()
        )
        if (
            (earlier_group or (group is not None and len(last_clause) < len(toks)))
            and 0 < len(last_clause) <= 4
            and not _DISGUST_VERDICT.isdisjoint(last_clause)
            and all(t in _DISGUST_VERDICT or t in _VERDICT_FILLERS for t in last_clause)
            and NEGATIONS.isdisjoint(norm.tokens)
            and not (meta or reported or sympathises(norm))
            and _JOKE_ABOUT.search(folded) is None  # "die 'grapjes' over zwarte mensen... bah"
            and not ranges  # "'Een goeie ... is een dode ...' stond op de muur. Walgelijk."
            and REPORT_VERBS.isdisjoint(norm.tokens)
        ):
            # "Bah, twee mannen die kussen op het affiche van de stad. ... Vies", "Een
            # transvrouw op de cover ... misselijkmakend": a verdict of disgust closing a
            # comment about a group, which a person weighs (it may be said of what was done
            # to them)
            at = len(toks) - len(last_clause)
            signals.append(_signal(norm, toks, at, len(toks), 0.65, "afkeer, van een groep?"))
        m = None
        if not _FOLK_NOUNS.isdisjoint(toks):
            m = _CONTEMPTIBLE_FOLK.search(sentence) or (
                # "Turkse trouwfeesten: ... Primitief gedoe van primitieve mensen", "Chinese
                # toeristen ..., lelijke bende": with the group named
                _CONTEMPTIBLE_PEOPLE.search(sentence) if group_known or earlier_group else None
            )
        if (
            m
            and _POLITICS.isdisjoint(toks)
            and not (meta or reported or negated or any(m.group(0) in q for q in quoted))
        ):
            signals.append(_match_signal(folded, m, 0.9, "minachting voor een volk"))
        m = _FINISH_THE_JOB.search(sentence) if _FINISH_THE_JOB_NEEDS.search(sentence) else None
        # ("Hitler heeft zijn werk niet afgemaakt": the job left undone is the wish itself, so
        # only a negation outside the match denies it)
        denied = m is not None and not NEGATIONS.isdisjoint(
            tokenize(
                f"{re.split(r'[,;:]', sentence[: m.start()])[-1]} "
                f"{re.split(r'[,;:]', sentence[m.end() :])[0]}"
            )
        )
        if m is None:
            m = (
                (_BETTER_DEAD.search(sentence) or _KILL_THE_GROUP.search(sentence))
                if group_known
                else None
            )
            denied = negated
        if m is None:
            # "elke moslim minder ...", "joden aan het gas" (not "elke file minder", "ik ben nog
            # aan het gas"): the word before must name a group
            m = _ONE_LESS.search(sentence) or (
                _TO_THE_GAS.search(sentence) if " gas" in sentence else None
            )
            if m and _GROUPS.lookup(m.group(1)) is None and _SLURS.lookup(m.group(1)) is None:
                m = None
        if m is None and "werk" in sentence and _HOLOCAUST.search(folded):
            # "Herdenking in de Dossinkazerne? Ik herdenk vooral da hij 't werk ni afgemaakt
            # heeft.": the job left undone, in a comment about the Holocaust
            m = _JOB_UNDONE.search(sentence)
            denied = False
        if m and not (meta or reported or denied or any(m.group(0) in q for q in quoted)):
            signals.append(_match_signal(folded, m, 0.92, "doodswens voor een groep"))
        for pattern, note in (
            (_ONE_IS_ALL, "veralgemening over een groep"),
            (_WHERE_THEY_COME, "veralgemening over een groep"),
            (_DOOR_CLOSED_TO, "uitsluiting van een groep"),
        ):
            m = pattern.search(sentence)  # (the group named in the match itself)
            if (
                m
                and is_group_word(m.group(1))
                and not (meta or reported or negated or any(m.group(0) in q for q in quoted))
            ):
                signals.append(_match_signal(folded, m, 0.88, note))
        m = _HOPE_THEY_DIE.search(sentence) if "hoop" in sentence else None
        if m and not (meta or reported or negated or any(m.group(0) in q for q in quoted)):
            if group_known:
                signals.append(_match_signal(folded, m, 0.9, "doodswens voor een groep"))
            else:
                signals.append(_match_signal(folded, m, 0.65, "doodswens, voor wie?"))
        m = _NOT_AS_NEIGHBOURS.search(sentence) if group is not None else None
        if (
            m
            and _GROUPS.lookup(m.group(1)) is not None
            and not (meta or reported or any(m.group(0) in q for q in quoted))
        ):
            # "ik zou liever geen Afrikanen als buren hebben"
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
        m = _DEAD_GROUP.search(sentence) if group is not None else None
        if m and not (meta or reported or any(m.group(0) in q for q in quoted)):
            # "een goede moslim is een dode moslim", "ons land zuiveren van al die vreemdelingen"
            signals.append(_match_signal(folded, m, 0.92, "doodswens voor een groep"))
        m = _GROUP_MUST_DIE.search(sentence) if group is not None else None
        if (
            m
            and toks[group] not in _INSTITUTIONS
            and not (meta or reported or any(m.group(0) in q for q in quoted))
            and not _negated_claim(toks, len(tokenize(sentence[: m.start()])), group, clauses)
        ):
            # "alle homo's moeten dood": death wished on a whole group
            signals.append(_match_signal(folded, m, 0.92, "doodswens voor een groep"))
        m = (
            _VIOLENCE_TO_THE_GROUP.search(sentence)
            # "ze moesten de moskeeën allemaal plat bombarderen": where a group prays or lives;
            # "Oekraïners? ... Poetin mag ze allemaal platbombarderen": the group just named
            if group_known or not _WORSHIP_OR_SHELTER.isdisjoint(toks)
            else None
        )
        if m is None and group_known:
            m = _DEATH_REGRETTED.search(sentence)
            regretted = m is not None
        else:
            regretted = False
        if (
            m
            and not (meta or reported or any(m.group(0) in q for q in quoted))
            # "moeten ze niet in elkaar slaan" (a death regretted holds its own "niet")
            and (regretted or NEGATIONS.isdisjoint(tokenize(m.group(0))))
            and (
                not _negated_claim(toks, len(tokenize(sentence[: m.start()])), group, clauses)
                # "Vrouwen die ni luisteren moeten een klets krijgen": the negation is the
                # relative clause's
                or _negation_in_relative_clause(toks, group, len(tokenize(sentence[: m.start()])))
            )
            # "moeten die vluchtelingen dan verdrinken?": a question that rejects it (not "...,
            # wie doet mee?": the question is the call)
            and not (_asked(folded, sentence) and not m.group(0).endswith(" mee"))
        ):
            signals.append(_match_signal(folded, m, 0.92, "oproep tot geweld tegen een groep"))
        m = _NOT_PEOPLE.search(sentence) if "mens" in sentence else None
        if (
            m
            and not (meta or reported or any(m.group(0) in q for q in quoted))
            # "wie een hond zo achterlaat, dat zijn geen mensen" is anger, not hate
            and (group_known or _group_in(norm.tokens, folded) is not None)
        ):
            signals.append(_match_signal(folded, m, 0.88, "ontmenselijking van een groep"))
        m = _BELONGING.search(sentence) if _BELONGING_NEEDS_RE.search(sentence) else None
        if m and not (meta or reported or any(m.group(0) in q for q in quoted)):
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
        m = _OURS_ONLY.search(sentence) if ours_only_possible else None
        if (
            m
            and not (
                meta
                or reported
                # ("wie geen Vlaming is van bloed" excludes with its negation; so does one after the
                # claim: "enkel voor echte Vlamingen, niet voor die vreemdelingen")
                or (
                    negated
                    and "bloed" not in m.group(0)
                    and not NEGATIONS.isdisjoint(tokenize(sentence[: m.start()]))
                )
                or any(m.group(0) in q for q in quoted)
            )
        ):
            # "sociale woningen enkel voor echte Vlamingen", "voor onze eigen mensen eerst"
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
        # Exclusion and extermination.
        m = (
            (_EXCLUSION.search(sentence) or _DEPORTATION.search(sentence))
            if _EXCLUSION_NEEDS_RE.search(sentence)
            else None
        )
        if m:
            violent = _VIOLENT_EXCLUSION.search(sentence) is not None
            in_quotes = any(m.group(0) in q for q in quoted)
            if (
                meta
                or in_quotes
                # (a negation in an earlier clause denies nothing here: "Gin buutnlanders in ons
                # zwembad, goa moa in julder eigen land zwemmen.")
                or (negated and not violent and _denied_in_its_clause(sentence, m))
                # "Op de betoging riepen ze dat alle ... buiten moeten. Schandalig."
                or (reported and sympathises(norm))
                # "De ene wil ze allemaal buiten, de andere wil iedereen binnen": others' wishes
                or (reported and _SAID_BY_OTHERS.search(sentence))
                # "stop met die grapjes over gaskamers": the jokes are the topic
                or _JOKE_ABOUT.search(sentence, max(0, m.start() - 30), m.start())
            ):
                score = 0.35
            elif _remembers_the_past(norm.tokens, folded):
                score = 0.3
            elif _away_with_a_thing(m, sentence):
                score = 0.0  # "Weg met die clichés.", "Weg met die ambtenarij."
            elif (
                group_known
                or m.group(0).startswith(("terug naar", "trug naar", "were naar"))
                or m.group(0).endswith(("eigen land", "eigen continent"))
            ):
                score = 0.93 if violent or group_known else 0.88
            elif violent and not _PEST_CONTROL.isdisjoint(toks):
                score = 0.0  # "die duizendknoop, een invasieve exoot, moet ge uitroeien"
            elif violent and any(
                t
                in {
                    "die",
                    "ze",
                    "hen",
                    "allemaal",
                    "dat",
                    "handel",
                    "volk",
                    "ras",
                    "soort",
                    "zootje",
                }
                for t in toks
            ):
                score = 0.88
            elif violent:
                score = 0.65
            elif _DEPORTATION.search(sentence) and any(
                t in {"allemaal", "alle", "al", "allen"} for t in toks
            ):
                score = 0.88  # "zet ze allemaal op een boot terug naar Afrika"
            else:
                score = 0.0
            if score:
                signals.append(
                    Signal(
                        RuleKind.HATE,
                        score,
                        NAME,
                        m.group(0),
                        folded.find(m.group(0)),
                        folded.find(m.group(0)) + len(m.group(0)),
                        note="uitsluiting van een groep",
                        targeted=group_known,
                    )
                )
        # Dog whistles.
        for start, end, term, marker in _DOGWHISTLES.find(toks, join=False):
            score = 0.9 if marker == "s" else 0.6
            if (
                term in quoted
                or meta
                or reported
                or not _DEBUNKING.isdisjoint(toks)
                # "Er staat hier letterlijk 14/88 in de reacties. Admin, kunt ge da verwijderen
                # en melden?": the code reported to the moderators
                or _REPORTED_TO_US.search(folded) is not None
                # "Omvolking, grote vervanging... altijd dezelfde complotpraat": the words listed
                # alone, then called what they are
                or (len(toks) <= 4 and _debunked(norm.tokens))
                # "wij baardmannen van de moskee kuisen de parking": the writer's own group
                or (start > 0 and toks[start - 1] in {"wij", "we"} and marker != "s")
                # "sinds de Russische invasie in 2022": an army's
                or (start > 0 and toks[start - 1] in _ARMIES)
            ):
                # "de grote vervanging is een complottheorie": named to debunk it
                score = 0.3
            elif (
                marker != "s"
                and start > 0
                and toks[start - 1] in {"geen", "gene", "genen"}
                and toks[end : end + 1] not in (("meer",), ("mee",), ("mi",))
            ):
                # "het gaat om 40 mensen, geen invasie": the word denied ("geen invasie meer, een
                # overname" outbids it)
                signals.append(
                    _signal(norm, toks, start, end, 0.3, f"ontkenning: codewoord: {term}")
                )
                continue
            elif (
                marker != "s"
                and _negated_claim(toks, start, group, clauses)
                # ("Geen enkele gelukzoeker in Heist": none of them wanted)
                and {"geen", "gene", "genen"}.isdisjoint(toks[max(0, start - 3) : start])
            ):
                # "Nie elke Syriër is een gelukszoeker hé": the word denied of the group
                signals.append(
                    _signal(norm, toks, start, end, 0.3, f"ontkenning: codewoord: {term}")
                )
                continue
            elif (
                (term == "remigratie" and _REMIGRATION_ENDORSED.search(sentence))
                or (marker != "s" and any(t in {"terug", "buiten", "weg"} for t in toks))
                # "een invasie van moslims": the word is pinned on a group
                or (group is not None and abs(group - start) <= 3)
                # "het zijn altijd die gelukzoekers die ...": a whole group blamed
                or (
                    start > 0
                    and toks[start - 1] in {"die", "al", "alle"}
                    and any(t in {"altijd", "allemaal", "overal", "weer", "telkens"} for t in toks)
                )
            ):
                score = 0.88
            signals.append(_signal(norm, toks, start, end, score, f"codewoord: {term}"))
    m = _INSINUATION.search(folded) if not meta and _INSINUATION_NEEDS_RE.search(folded) else None
    if m is None and not meta and "welk" in folded and _SCARE_QUOTE_OR_WINK.search(norm.plain):
        # "we weten allemaal welk soort 'jongeren' 😏": only with scare quotes or a wink
        m = _KNOWING.search(folded)
    if m:
        # "we weten allemaal welk soort 'jongeren'", "namen die ge niet kunt uitspreken"
        signals.append(_match_signal(folded, m, 0.88, "insinuatie over een groep"))
    if "varken" in folded and "moskee" in folded:
        # "Weer een moskee? Zet er een varkenskop voor de deur": the question is a sentence of
        # its own, so this is searched in the whole comment
        m = _PIG_AT_MOSQUE.search(folded)
        if m and not (
            meta
            or quoted
            or _PROSECUTED.search(folded)
            # "Een varkenskop voor de moskee? Walgelijk. Aan onze moslimburen: dit zijn wij niet."
            or _ASKED_AND_CONDEMNED.match(folded, m.end())
        ):
            signals.append(_match_signal(folded, m, 0.9, "varkenskop bij een moskee"))
    if ("ding" in folded or "iets" in folded) and " of " in folded:
        # "is dat een hij, een zij of een ding?": a trans person called a thing
        m = _HE_SHE_OR_A_THING.search(folded)
        if m and not (meta or _quoted_match(m, quoted)):
            signals.append(_match_signal(folded, m, 0.9, "ontmenselijking van een groep"))
    if "mannen" in folded or "vrouwen" in folded:
        # "sommige functies zijn nu eenmaal beter voor mannen": work kept for one sex
        m = _WORK_FOR_ONE_SEX.search(folded)
        if m and not (meta or _quoted_match(m, quoted) or _asked(folded, folded)):
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
    if "jood" in folded or "joods" in folded:
        # "dat Joodse projectbureau kreeg de opdracht. Die helpen elkaar altijd aan het geld."
        m = _HELP_EACH_OTHER.search(folded) or _MONEY_EVERYWHERE.search(folded)
        if m and not (meta or _DEBUNKING.intersection(norm.tokens)):
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
    # ("we weten allemaal wat dat betekent" reads as talk about words; here it is the wink)
    crime = _CRIME.search(folded) if ranges and (not meta or _KNOWING_HINT.search(folded)) else None
    if (
        crime
        and any(
            _SCARE_QUOTED_NATIONALITY.fullmatch(folded[a:b].strip())
            or _SCARE_QUOTED_CODE.fullmatch(folded[a:b].strip())
            for a, b in ranges
        )
        and _INSINUATING.search(norm.plain)
    ):
        # "weer een 'Belg' opgepakt voor die overval. Tuurlijk.": the quotation marks and the
        # knowing aside say who is meant ("een 'Belg' volgens de krant" quotes a source); the
        # evidence is the crime, outside the quotation marks, so the quoting does not lower it
        signals.append(
            _match_signal(
                folded, crime, 0.88, "hondenfluitje: nationaliteit tussen aanhalingstekens"
            )
        )
    if " hier " in folded and (
        "enkel" in folded or "alleen" in folded or "maar" in folded or "puur" in folded
    ):
        m = _ONLY_FOR_BENEFITS.search(folded)
        if (
            m
            and not meta
            and _group_in(tokenize(folded[: m.start()]), folded[: m.start()]) is not None
            and REPORT_VERBS.isdisjoint(norm.tokens)
            and not _DEBUNKING.intersection(norm.tokens)
        ):
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
    if " wie" in folded and ("weet" in folded or "weten" in folded):
        m = _YOU_KNOW_WHO.search(folded)
        if (
            m
            and not meta
            and _CRIME.search(folded, 0, m.start())
            and _group_in(tokenize(folded[: m.start()]), folded[: m.start()]) is not None
        ):
            signals.append(_match_signal(folded, m, 0.88, "insinuatie over een groep"))
    if quoted and not meta and not _SCARE_QUOTED_FINANCIERS.isdisjoint(quoted):
        m = _SAME_NAMES_BEHIND.search(folded)
        if m:
            signals.append(_match_signal(folded, m, 0.88, "hondenfluitje: complot met namen"))
    if "geen" in folded and _CRIME.search(folded) and not meta:
        m = _NO_NAME_NO_PHOTO.search(folded)
        if m:
            signals.append(_match_signal(folded, m, 0.88, "insinuatie over een groep"))
    if ranges and (
        "over" in folded or "palm" in folded or "inne" in folded or "gebeuren" in folded
    ):
        m = _TAKEOVER.search(folded)
        if (
            m
            and not meta
            and any(_SCARE_QUOTED_NATIONALITY.fullmatch(folded[a:b].strip()) for a, b in ranges)
        ):
            signals.append(
                _match_signal(
                    folded, m, 0.88, "hondenfluitje: nationaliteit tussen aanhalingstekens"
                )
            )
    if "🐐" in norm.plain and "neuker" in folded and not meta:
        # "al die 🐐-n€uk€rs": the slur spelt with the goat
        signals.append(
            Signal(
                RuleKind.HATE,
                0.9,
                NAME,
                "🐐-neukers",
                -1,
                -1,
                note="scheldwoord voor een groep",
                targeted=True,
            )
        )
    if "👃" in norm.plain and not meta:
        m = _NOSE_WINK.search(folded)
        # (with money, media or scare quotes: the caricature's company, not a blocked nose)
        if m and _NOSE_COMPANY.search(folded):
            signals.append(_match_signal(folded, m, 0.88, "hondenfluitje: neus-emoji"))
    if "bestrijd" in folded or "ratten" in folded or "verdelg" in folded or "pesticide" in folded:
        m = _PEST_CONTROL_INSTEAD.search(folded)
        if m and not meta:
            signals.append(_match_signal(folded, m, 0.88, "ontmenselijking van een groep"))
    if _NOT_MEANT_FOR_YOU_NEEDS_RE.search(folded):
        m = _NOT_MEANT_FOR_YOU.search(folded)
        if (
            m
            and not meta
            and (
                _group_in(tokenize(folded[: m.start()]), folded[: m.start()]) is not None
                or _MARKED_PEOPLE.search(folded, 0, m.start()) is not None
            )
            and REPORT_VERBS.isdisjoint(norm.tokens)
            # (not asked to be answered: "homo's hebben niks te zoeken op een klimaatmars?
            # Natuurlijk wel")
            and _PUNCTUATION_AFTER.match(folded, m.end()).group(1) != "?"
            and not _a_practice_does_not_belong(folded, m)
        ):
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
    if (
        "tijd" in folded
        or "anderen" in folded
        or "voorzichtig" in folded
        or "oppassen" in folded
        or "van hier" in folded
        or "terug" in folded
        or "vroeger" in folded
        or "afloopt" in folded
        or "eindigt" in folded
        or "veilig" in folded
    ):
        m = _GROUP_SUSPECTED_OR_KEPT_OUT.search(folded)
        if (
            m
            and not meta
            and (
                _group_in(norm.tokens, folded) is not None
                or _MARKED_PEOPLE.search(folded) is not None
                or "niet van hier" in folded
                or "vlamingen" in m.group(0)
                or m.group(0).startswith("vroeger")
            )
            and not _DEBUNKING.intersection(norm.tokens)
            # "Een vrouw met hoofddoek ... kreeg 'ga terug naar uw land' te horen": the words
            # that end the match are someone's, quoted and reported
            and not _ends_in_a_quotation(folded, m)
        ):
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
    if (" kunt uw " in folded or " kan uw " in folded or " moet uw " in folded) and not meta:
        m = _LOCK_UP_YOUR_THINGS.search(folded)
        if (
            m
            and _group_in(norm.tokens, folded) is not None
            and not _DEBUNKING.intersection(norm.tokens)
        ):
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
    if "geboren" in folded and not meta:
        m = _ONLY_FOR_OUR_OWN.search(folded)
        if m:
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
    if "omvolking" in folded or "vervanging" in folded or "islamisering" in folded:
        m = _MYTH_MOCKED.search(folded)
        if m:
            signals.append(_match_signal(folded, m, 0.88, "complot over een groep"))
    if "weten we" in folded and not meta:
        m = _GROUP_IN_A_ROLE_VERDICT.search(folded)
        if m:
            sig = _match_signal(folded, m, 0.6, "mogelijk vooroordeel over een groep")
            signals.append(replace(sig, targeted=False))
    if "paspoort" in folded and not meta and REPORT_VERBS.isdisjoint(norm.tokens):
        m = _NEVER_ONE_OF_US.search(folded)
        if m:
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
    if ("verrijk" in folded or "gekleurd" in folded or "divers" in folded) and not meta:
        m = _SCARE_QUOTED_ENRICHMENT.search(folded)
        if m and _MULTICULTURE.search(folded):
            signals.append(_match_signal(folded, m, 0.88, "codewoord voor een groep"))
    if "kijk" in folded and not meta:
        m = _LOOK_WHO_LIVES_THERE.search(folded)
        if m:
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
    if "welke" in folded or "wie" in folded or "wat voor" in folded or "heten" in folded:
        m = _WHICH_YOUTHS.search(folded) if not meta else None
        if m:
            signals.append(_match_signal(folded, m, 0.88, "codewoord voor een groep"))
    if ("moskee" in folded or "kerk" in folded or "synagoge" in folded or "tempel" in folded) and (
        "erin" in folded or "meegaan" in folded
    ):
        m = _WORSHIPPERS_INSIDE.search(folded) if not meta else None
        if m and REPORT_VERBS.isdisjoint(norm.tokens) and not _asked(folded, folded):
            signals.append(_match_signal(folded, m, 0.92, "oproep tot geweld tegen een groep"))
    if "baard" in folded or "iphone" in folded:
        m = _FAKE_REFUGEES.search(folded) if not meta else None
        if (
            m
            and REPORT_VERBS.isdisjoint(norm.tokens)
            # "Die 'minderjarigen' met een baard? Da's een fabeltje": the trope knocked down
            and not _CALLED_NONSENSE_AFTER.search(folded)
            and not sympathises(norm)
        ):
            signals.append(_match_signal(folded, m, 0.88, "codewoord voor een groep"))
    if _NATIVES_STEMS.search(folded) and not meta:
        m = _SCARE_QUOTED_NATIVES.search(folded)
        if m:
            signals.append(_match_signal(folded, m, 0.88, "codewoord voor een groep"))
    if ("vuil" in folded or "stort" in folded or "afval" in folded) and _ARRIVALS.search(folded):
        m = _DUMPED_HERE.search(folded)
        if m and not meta:
            signals.append(_match_signal(folded, m, 0.88, "ontmenselijking van een groep"))
    if "kunnen" in folded and not meta:
        m = _NATURE_OF_A_GROUP.search(folded)
        if m and (_group_in(norm.tokens, folded) is not None or _WOMAN.search(folded)):
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
    if ("meer" in folded or "stop" in folded) and not meta:
        m = _LET_NONE_IN.search(folded)
        named = _group_in(tokenize(m.group(0)), m.group(0)) if m else None
        if (
            m
            and named is not None
            # "Ik zeg niet: stop met ... binnen te laten"
            and NEGATIONS.isdisjoint(tokenize(folded[: m.start()])[-4:])
            and not _quoted_match(m, quoted)
        ):
            by_status = tokenize(m.group(0))[named].startswith(_BY_STATUS)
            signals.append(
                _match_signal(folded, m, 0.65 if by_status else 0.88, "uitsluiting van een groep")
            )
    if "geef" in folded and not meta and _WOMAN.search(folded):
        m = _GIVE_IT_TO_A_MAN.search(folded)
        if m:
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
    if "draagt" in folded and not meta and _COVERING.search(folded):
        m = _WEARER_NOT_WANTED.search(folded)
        if m:
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
    if ("mongo" in folded or "spast" in folded) and not meta:
        m = _SLUR_IN_A_ROLE.search(folded)
        if m and not quoted_ranges(folded):
            signals.append(_match_signal(folded, m, 0.9, "scheldwoord voor een groep"))
    if "=" in folded or "betekent" in folded:
        m = _GROUP_EQUALS_LOSS.search(folded)
        # ("betekent" alone makes a comment read as talk about words; here it is the claim)
        if (
            m
            and (not meta or _META_BESIDES_MEANING.isdisjoint(norm.tokens))
            and _group_in(tokenize(folded[: m.start()]), folded[: m.start()]) is not None
            # (negated near the claim: "... betekent niet dat uw fiets weg is")
            and NEGATIONS.isdisjoint(tokenize(folded[max(0, m.start() - 60) : m.end()]))
        ):
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
    if "vrouw" in folded:
        # "vrouwen in de politiek ... laat de mannen het bestuur doen", "een vrouw aan het hoofd
        # van de brandweer? Die kunnen nog geen ladder op zonder te janken"
        m = _WOMEN_TROPE.search(folded)
        if m and not (
            meta or not REPORT_VERBS.isdisjoint(norm.tokens) or any(m.group(0) in q for q in quoted)
        ):
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
    if (" doet" in folded and ("weet" in folded or "weten" in folded)) or "hoe da" in folded:
        # "als die woonwagenbewoners hier staan, zet uw tuinmeubelen binnen. Iedereen weet wat
        # dat volk doet."
        m = _WHAT_THAT_LOT_DOES.search(folded)
        if m and _group_in(norm.tokens, folded) is not None and not meta:
            signals.append(_match_signal(folded, m, 0.88, "insinuatie over een groep"))
    if "dank" in folded or "merci" in folded or "bedankt" in folded:
        m = _SARCASTIC_THANKS.search(folded)
        if m and (_CRIME.search(folded) or "🔪" in norm.plain) and not meta:
            # "gratis een mes bij uw boodschappen 🔪 dank u wel diversiteit"
            signals.append(_match_signal(folded, m, 0.88, "insinuatie over een groep"))
    if ("?" in folded or "als " in folded) and ("weet" in folded or "weten" in folded):
        m = _THEN_WE_KNOW.search(folded)
        if m and _group_in(tokenize(folded[: m.end()]), folded[: m.end()]) is not None and not meta:
            # "Een Turkse aannemer voor het nieuwe stadhuis? Dan weet ge al dat de helft in 't
            # zwart gebeurt": someone's origin named, then what "everyone knows" follows from it
            signals.append(_match_signal(folded, m, 0.88, "insinuatie over een groep"))
    if (
        quoted
        and not _SNEERS_IN_QUOTES.isdisjoint(quoted)
        and not (meta or _DEBUNKING.intersection(norm.tokens))
    ):
        # 'weer een nieuwe "cultuurverrijker" die een handtas heeft gegapt': the sneer itself,
        # quoted for irony (the evidence is the whole comment, so the lowering of what stands
        # inside quotation marks leaves it alone)
        hit = next(t for t in sorted(_SNEERS_IN_QUOTES) if t in quoted)
        signals.append(
            Signal(
                RuleKind.HATE,
                0.88,
                NAME,
                hit,
                -1,
                -1,
                note="codewoord: " + hit,
                targeted=True,
            )
        )
    if "zeggen wie" in folded and not meta:
        m = _NOT_ALLOWED_TO_SAY_WHO.search(folded)
        if (
            m
            and _CRIME.search(folded)
            # (not "..., zegt de politie, het onderzoek loopt": someone else's words)
            and REPORT_VERBS.isdisjoint(tokenize(folded[: m.start()] + " " + folded[m.end() :]))
        ):
            # "weer een overval in Kuregem, maar we mogen niet zeggen wie het doet hé": a crime,
            # and the reader told that the culprits' origin is kept quiet
            signals.append(_match_signal(folded, m, 0.88, "insinuatie over een groep"))
    if (
        quoted
        and not _CODED_IN_QUOTES.isdisjoint(quoted)
        and (m := _KNOWING_HINT.search(folded)) is not None
    ):
        # "dezelfde 'jongeren' ... We weten allemaal wie bedoeld wordt 😉", "Nu is het
        # 'verrijkt'. Iedereen weet wat daarmee bedoeld wordt": a word in scare quotes, and the
        # reader told that everyone knows who is meant
        signals.append(_match_signal(folded, m, 0.88, "insinuatie over een groep"))
    if ("mes" in folded or "wapen" in folded) and (
        "elke" in folded or "iedere" in folded or "alle" in folded
    ):
        m = _EVERY_ONE_OF_THEM.search(folded)
        if (
            m
            and not meta
            and _group_in((m.group(1),), m.group(1)) is not None
            and not _NOT_EVERY.search(folded, max(0, m.start() - 12), m.start())
            and REPORT_VERBS.isdisjoint(norm.tokens)
        ):
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
    m = (
        _ONLY_OUR_ROOTS.search(folded)
        if (
            "roots" in folded
            or "wie n" in folded
            or "wortels" in folded
            or "afkomst" in folded
            or "bloed" in folded
        )
        else None
    )
    if (
        m
        and not meta
        and REPORT_VERBS.isdisjoint(norm.tokens)
        and not any(m.group(0) in q for q in quoted)
    ):
        signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
    m = _SUCH_A_NAME.search(folded) if ("naam" in folded or "kinderen" in folded) else None
    if m and not meta and REPORT_VERBS.isdisjoint(norm.tokens):
        signals.append(_match_signal(folded, m, 0.88, "insinuatie over een groep"))
    m = _EVERY_ONE_A_CRIMINAL.search(folded) if ("elke" in folded or "ieder" in folded) else None
    if (
        m
        and not meta
        and any(_group_in((w,), w) is not None for w in m.group(1).split())
        and not _NOT_EVERY.search(folded, max(0, m.start() - 12), m.start())
        and REPORT_VERBS.isdisjoint(norm.tokens)
    ):
        signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
    if not meta and ("centrum" in folded or "azc" in folded or "opvanghuis" in folded):
        m = _VERMIN_AT_THE_SHELTER.search(folded)
        vermin = _VERMIN.search(m.group(0)) if m else None
        if (
            m
            and vermin
            # "er zitten ratten in het opvangcentrum, stuur een ongediertebestrijder": real pests;
            # the pest word is carried over to people ("niet opvangen", "dat geldt ook voor")
            and not _REAL_PESTS.search(folded)
            and _CARRIED_OVER.search(folded)
            and vermin.group(0) not in quoted
            # "mensen zijn geen ongedierte", "iemand noemt hen 'ongedierte'": counter-speech
            and NEGATIONS.isdisjoint(norm.tokens)
            and REPORT_VERBS.isdisjoint(norm.tokens)
            and not _QUOTE_CHARS.search(folded)
        ):
            signals.append(_match_signal(folded, m, 0.88, "ontmenselijking van een groep"))
    if "cultuur" in folded and not meta:
        m = _THAT_CULTURE.search(folded)
        if m:
            # with "kijk wie erin woont" the culture is a group's; alone a person looks
            score = 0.88 if _LOOK_WHO.search(folded) else 0.6
            signals.append(_match_signal(folded, m, score, "vooroordeel over een groep"))
    if ("apart" in folded or "eigen" in folded) and not meta:
        m = _SET_APART.search(folded)
        if m and (_DISABILITY.search(folded) or _group_in(norm.tokens, folded) is not None):
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
    if " en " in folded and not meta:
        m = _GROUP_AND_A_VIRTUE.search(folded)
        if (
            m
            and _GROUPS.lookup(m.group(1)) is not None
            and not any(m.group(0).strip(" .!?") in q for q in quoted)
        ):
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
    if "elkaar" in folded and not meta:
        # (the whole comment: "maar" in "elkaar maar afknallen" cuts no clause)
        m = _LET_THEM_KILL_EACH_OTHER.search(folded)
        if (
            m
            and _group_in(tokenize(m.group(0)), m.group(0)) is not None
            and not any(m.group(0) in q for q in quoted)
            and not _asked(folded, folded)
        ):
            signals.append(_match_signal(folded, m, 0.92, "doodswens voor een groep"))
    if "wie " in folded and not meta:
        m = _MOVE_AWAY_IF.search(folded) or (
            _SHOWN_THE_DOOR.search(folded) if _WAYS_OF_A_GROUP.search(folded) else None
        )
        if m and not any(m.group(0) in q for q in quoted):
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
    if ("niet" in folded or "ons" in folded) and not meta:
        m = _NOT_HERE.search(folded)
        if (
            m
            and _group_in(tokenize(folded[: m.start() + 1]), folded[: m.start() + 1]) is not None
            and REPORT_VERBS.isdisjoint(norm.tokens)
        ):
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
    if " weg" in folded or "buiten" in folded:
        m = _KEEP_SUCH_AWAY.search(folded)
        if (
            m
            and not meta
            and (_SAME_SEX_COUPLE.search(folded) or _group_in(norm.tokens, folded) is not None)
        ):
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
    if "met" in folded and "zijn" in folded and not meta:
        m = _DISABLED_ALWAYS.search(folded)
        if m and REPORT_VERBS.isdisjoint(norm.tokens) and not any(m.group(0) in q for q in quoted):
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
    if ("dan" in folded or "geen mensen" in folded) and not meta and not quoted:
        m = _ANIMALS_NOT_PEOPLE.search(folded)
        if m is None:
            # (the group is looked up only when the comparison is made: "dan" is in many comments)
            m = _NO_BETTER_THAN_ANIMALS.search(folded)
            if m and not (
                "woonwagen" in folded
                or "erin woont" in folded
                or _group_in(norm.tokens, folded) is not None
            ):
                m = None
        if m and REPORT_VERBS.isdisjoint(norm.tokens):
            signals.append(_match_signal(folded, m, 0.88, "ontmenselijking van een groep"))
    if ("kudde" in folded or "troep" in folded) and not meta:
        m = _HERD.search(folded)
        if m and (_FAITH_EVENTS.search(folded) or _group_in(norm.tokens, folded) is not None):
            signals.append(_match_signal(folded, m, 0.88, "ontmenselijking van een groep"))
    if "zet " in folded and not meta:
        m = _PUT_A_FEW.search(folded)
        if m and _group_in((m.group(1),), m.group(1)) is not None:
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
    if ("kent" in folded or "kennen" in folded or "waarom" in folded) and not meta:
        m = _YOU_KNOW_THEM.search(folded)
        if (
            m
            and _group_in(norm.tokens, folded) is not None
            and REPORT_VERBS.isdisjoint(norm.tokens)
        ):
            signals.append(_match_signal(folded, m, 0.88, "insinuatie over een groep"))
    if ("wit" in folded or "blank" in folded) and "vroeger" in folded and not meta:
        m = _ONCE_WHITE.search(folded)
        if m and not any(m.group(0) in q for q in quoted) and _NOT_ANY_MORE.search(folded, m.end()):
            signals.append(_match_signal(folded, m, 0.88, "hondenfluitje"))
    if "eerst" in folded and not meta:
        m = _REST_MAY_LEAVE.search(folded)
        if m:
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
    if " bij " in folded and not meta:
        m = _IN_THEM.search(folded)
        if (
            m
            and _group_in(norm.tokens, folded) is not None
            and REPORT_VERBS.isdisjoint(norm.tokens)
        ):
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
    if (
        "automaat" in folded
        or "melkkoe" in folded
        or "geldboom" in folded
        or "bancontact" in folded
    ):
        m = _CASH_MACHINE_FOR.search(folded)
        if (
            m
            and not meta
            and (
                _group_in((m.group(1),), m.group(1)) is not None
                or _SLURS.lookup(m.group(1)) is not None
            )
        ):
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
    if ("willen" in folded or "wille" in folded) and not meta:
        m = _NOT_WANTED_HERE.search(folded)
        if (
            m
            and _group_in(norm.tokens, folded) is not None
            and REPORT_VERBS.isdisjoint(norm.tokens)
        ):
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
    # ("betekent" makes a comment read as talk about words: the match says otherwise)
    if "betekent" in folded or "gelijk aan" in folded or "=" in folded:
        m = _MEANS_TROUBLE.search(folded)
        if m and _group_in((m.group(1),), m.group(1)) is not None and not quoted:
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
    if "werk" in folded and ("niemand" in folded or "nooit" in folded) and not meta:
        m = _NEVER_WORKS.search(folded)
        if m and _group_in(norm.tokens, folded) is not None:
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
    if ("hoeveel" in folded or "blijven" in folded or "eigen volk" in folded) and not meta:
        m = _FEWER_OF_US.search(folded)
        if m and REPORT_VERBS.isdisjoint(norm.tokens):
            signals.append(_match_signal(folded, m, 0.88, "hondenfluitje"))
    if "mensen" in folded and "worden" in folded and not meta:
        m = _NEVER_HUMAN.search(folded)
        if m and REPORT_VERBS.isdisjoint(norm.tokens) and not any(m.group(0) in q for q in quoted):
            signals.append(_match_signal(folded, m, 0.88, "ontmenselijking van een groep"))
    if "kosten" in folded and not meta:
        m = _USELESS_AND_COSTLY.search(folded)
        if m and (_DISABILITY.search(folded) or _group_in(norm.tokens, folded) is not None):
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
    if "binnen" in folded and "waarom" in folded and not meta:
        m = _LET_IN.search(folded)
        if m:
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
    if " samen" in folded and " en " in folded:
        m = _DOES_NOT_GO_TOGETHER.search(folded)
        if (
            m
            and not meta
            and (_group_in((m.group(1),), m.group(1)) is not None or _group_of_people(m.group(1)))
        ):
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
    if (" als " in folded or " is een " in folded) and (
        "moskee" in folded or "islam" in folded or "synagoge" in folded
    ):
        m = _FAITH_AS_DISEASE.search(folded)
        if m and not meta and not any(m.group(0) in q for q in quoted):
            signals.append(_match_signal(folded, m, 0.88, "ontmenselijking van een geloof"))
    if ("geld en macht" in folded or "macht en geld" in folded) and not meta:
        m = _MONEY_AND_POWER.search(folded)
        if m:
            # "de joden in Antwerpen houden alles voor zichzelf, geld en macht"
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
    if "half mens" in folded or "halve mensen" in folded:
        m = _HALF_HUMAN.search(folded)
        if (
            m
            and (_group_in(norm.tokens, folded) is not None or _DISABILITY.search(folded))
            and not meta
        ):
            # "die mensen met een beperking zijn toch maar half mens"
            signals.append(_match_signal(folded, m, 0.88, "ontmenselijking van een groep"))
    if "horen daar" in folded or "horen hier" in folded:
        m = _THEY_DO_NOT_BELONG.search(folded)
        if (
            m
            and _group_in(tokenize(folded[: m.start()]), folded[: m.start()]) is not None
            and not meta
        ):
            # "Zwarte agenten bij de politie van Gent? Nee, dank u. Die horen daar niet."
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
    if "mensen woonden" in folded or "mensen woonde" in folded:
        m = _WHEN_PEOPLE_LIVED_THERE.search(folded)
        if m and (_NEWCOMERS.search(folded) or _group_in(norm.tokens, folded) is not None):
            # "Zoveel nieuwe bewoners in de Seefhoek... Ik mis de tijd dat daar nog mensen
            # woonden." (not "..., nu zijn het allemaal kantoren")
            signals.append(_match_signal(folded, m, 0.88, "ontmenselijking van nieuwkomers"))
    if "echte" in folded and ("apart" in folded or "eigen" in folded):
        m = _APART_FOR_TRUE_NATIVES.search(folded)
        if m and not meta:
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
    if "diploma" in folded:
        m = _BOUGHT_DIPLOMA.search(folded)
        if m and _group_in(norm.tokens, folded) is not None and not meta:
            # "Een Afrikaanse dokter? ... iemand die zijn diploma gekocht heeft"; "Wie zegt dat
            # Syrische dokters hun diploma gekocht hebben: ..." challenges whoever says it
            challenged = _WHO_SAYS_THAT.search(folded, 0, m.start()) or rebuts_hearsay(norm)
            signals.append(
                _match_signal(folded, m, 0.3, "ontkende veralgemening")
                if challenged
                else _match_signal(folded, m, 0.88, "vooroordeel over een groep")
            )
    if "draagt" in folded or "wie niet" in folded or "wie geen" in folded or "horen" in folded:
        m = _HEADSCARF_OUT.search(folded)
        if m and not (meta or any(m.group(0) in q for q in quoted)):
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
    if (
        "88" in folded
        or "woorden" in folded
        or "toekomst" in folded
        or "noem" in folded
        or "demografie" in folded
        or "vervangen" in folded
        or "vervanging is" in folded
        or "bestaan van ons" in folded
        or "50" in folded
        or "vervangen ons" in folded
        or "verdrijven ons" in folded
    ):
        m = _CODE_WORDS.search(folded)
        if m and not (
            meta or _DEBUNKING.intersection(norm.tokens) or _REPORTED_TO_US.search(folded)
        ):
            signals.append(_match_signal(folded, m, 0.88, f"codewoord: {m.group(0)}"))
    if "lading" in folded:
        m = _CARGO.search(folded)
        if m and _group_in(tokenize(m.group(0)), m.group(0)) is not None and not meta:
            signals.append(_match_signal(folded, m, 0.88, "ontmenselijking van een groep"))
    if "kinderen" in folded and (
        "plan" in folded
        or "doen" in folded
        or "willen" in folded
        or "leren" in folded
        or "bijbrengen" in folded
    ):
        # "een homo als meester? Ge weet toch wat die mensen met kinderen van plan zijn."
        m = _WITH_CHILDREN.search(folded)
        if m and _group_in(norm.tokens, folded) is not None and not meta:
            signals.append(_match_signal(folded, m, 0.88, "vooroordeel over een groep"))
    if " als " in folded:
        # "een poot als schepen van jeugd"
        m = _SLUR_IN_OFFICE.search(folded)
        if m and not (meta or any(m.group(0) in q for q in quoted)):
            signals.append(_match_signal(folded, m, 0.9, "scheldwoord voor een groep"))
    if "geen plaats voor" in folded:
        m = _NO_PLACE_FOR_SUCH.search(folded)
        if m and _group_in(norm.tokens, folded) is not None and not (meta or quoted):
            signals.append(_match_signal(folded, m, 0.88, "uitsluiting van een groep"))
    # "geld genoeg voor 'bepaalde' gemeenschappen, volg het geld 💎👃": the antisemitic trope of
    # the nose and the diamond trade (a nose with a money bag may mean corruption: "die parking
    # 💰👃")
    if (
        "👃" in norm.plain
        and (any(e in norm.plain for e in _MONEY_EMOJI) or _MONEY_WORDS.search(folded))
        and not (meta or _DEBUNKING.intersection(norm.tokens))
    ):
        signals.append(
            Signal(RuleKind.HATE, 0.88, NAME, "👃", note="codewoord: neus en geld", targeted=True)
        )
    if "(((" in folded:
        m = _ECHO.search(folded)
        # (read in the plain text too, where digits are still digits: "(((x+1)))" is a formula)
        if m and _ECHO.search(norm.plain) and not (meta or _DEBUNKING.intersection(norm.tokens)):
            signals.append(_match_signal(folded, m, 0.9, "codewoord: (((...)))"))
    if not any(sig.score >= 0.6 for sig in signals) and not _VERMIN_WORDS.isdisjoint(norm.tokens):
        signals.extend(_vermin_without_group(norm, quoted, meta))
    if quoted and signals:
        signals = _lower_quoted(signals, ranges, meta)
    if signals and ("??" in folded or "?!" in folded):
        signals = [_lower_incredulous(s, folded) for s in signals]
    return rebut_questions(signals, folded) if signals else signals


_PIG_AT_MOSQUE = lazy_compile(
    r"\b(?:varkenskop|varkenskoppen|varkensbloed|varkenskarkas)\b[^.!]{0,40}\bmoskee\w*"
    r"|\bmoskee\w*\b[^.!]{0,60}\b(?:varkenskop|varkenskoppen|varkensbloed|varkenskarkas)\b"
)
_SENTENCE_END = lazy_compile(r"[^.!?]*([.!?]+)")


# "Een mongool als monitor?? Zijn ze helemaal gek geworden bij de gemeente.": the outrage is at
# whoever gave someone the role, not at the words
_BLAMES_WHO_HIRED = lazy_compile(
    r"\s*(?:zijn|zijde)\s+ze\s+(?:daar\s+|nu\s+)?(?:helemaal\s+|compleet\s+|echt\s+)?(?:gek|zot|gestoord|van\s+de\s+pot\s+gerukt)\s+"
    r"(?:geworden\s+)?(?:bij|op|in|aan)\s+(?:de|het|die|dat)\s+(?:gemeente|stad|ocmw|school|speelplein\w*|jeugddienst|"
    r"sportdienst|bib|bibliotheek|organisatie|vereniging|club)\b"
)


def _lower_incredulous(signal: Signal, folded: str) -> Signal:
    """ "ALLE MOSLIMS TERRORISTEN?? Mijn moslimbuurman ...": a claim thrown back with "??" or
    "?!" is mostly disbelief; a person decides."""
    m = _SENTENCE_END.match(folded, signal.end) if signal.end >= 0 else None
    if m is None or not m.group(1).startswith("?") or len(m.group(1)) < 2 or signal.score <= 0.6:
        return signal
    if _BLAMES_WHO_HIRED.match(folded, m.end()):
        return signal
    return replace(signal, score=0.6, note=f"ongelovige vraag: {signal.note}")


def _lower_quoted(signals: list[Signal], ranges: list[tuple[int, int]], meta: bool) -> list[Signal]:
    """A prejudice quoted to question it ('"die zigeuners stelen toch alles" - echt?') is a
    person's call, not an automatic removal: lower every signal whose match lies inside quotes
    (scare quotes around one word outside the claim leave the claim itself alone)."""
    lowered = []
    for sig in signals:
        inside = sig.start >= 0 and any(a <= sig.start and sig.end <= b for a, b in ranges)
        if inside and not sig.note.startswith("geciteerd"):
            # also when already low: the note keeps the classifier from raising it again
            sig = replace(
                sig, score=min(sig.score, 0.15 if meta else 0.45), note=f"geciteerd: {sig.match}"
            )
        lowered.append(sig)
    return lowered


# Words for vermin and scum that, said of people, dehumanise them even when no group is named
# ("alsof we nog niet genoeg parasieten hebben"). Literal pests ("kakkerlakken in de keuken")
# and reports of the word are left alone.
_VERMIN_WORDS = frozenset(
    """parasieten parasiet ongedierte uitschot gespuis gajes schorremorrie untermenschen
    kakkerlakken kakkerlak crapuul zootje""".split()  # noqa: SIM905
)
_LITERAL_PEST = lazy_compile(
    r"\b(?:keuken|restaurant|frituur|bestrijding|bestrijden|verdelger|gif|insecten|beestjes|kelder|riool|"
    r"hond|kat|katten|honden|tuin|planten|darm\w*|dierenarts|vuilbak\w*|afval|container\w*|"
    r"huisvesting\w*|huisbaas|verhuurder|geklaagd|klacht|klachten|melding|gemeld)\b"
)
# Where people come from or live, or their colour: with a vermin word, a group is meant.
_ORIGIN_CUE = lazy_compile(
    r"\b(?:asielcentrum|asielcentra|opvangcentrum|azc|derdewereldland|derde\s+wereld|kalifaat|"
    r"bruin|bruine|zwart|zwarte|allochtoon|allochtonen|uit\s+het\s+zuiden|buitenland\w*|grens|grenzen)\b"
)
# "zootje" alone is also a mess ("wat een zootje na de kermis"): only with a word for people.
_ZOOTJE_PEOPLE = lazy_compile(
    r"\b(?:bruin|bruine|zwart|zwarte|vuil|vuile|volk|mensen|gasten|ze|zijn)\s+zootje\b"
)


def _vermin_without_group(norm: NormalisedText, quoted: set[str], meta: bool) -> list[Signal]:
    """A vermin word said of people with no group named nearby: a person looks; with a cue of
    origin, colour or where they live it is hate against a group."""
    folded = norm.folded
    toks = norm.tokens
    if (
        meta
        or not REPORT_VERBS.isdisjoint(toks)
        or _LITERAL_PEST.search(folded)
        or _PESTS_SUFFERED.search(folded)
    ):
        return []
    for i, tok in enumerate(toks):
        if tok not in _VERMIN_WORDS or tok in quoted:
            continue
        if tok == "zootje" and not _ZOOTJE_PEOPLE.search(folded):
            continue
        if _as_others_treat_them(toks, i, i + 1):
            continue
        if near(toks, i, i + 1, NEGATIONS, 3, 0) and not (
            i > 0 and toks[i - 1] in {"genoeg", "meer", "minder"}
        ):
            continue  # "dat zijn geen parasieten"; but "nog niet genoeg parasieten" is no denial
        if _ORIGIN_CUE.search(folded):
            return [_signal(norm, toks, i, i + 1, 0.9, f"ontmenselijking van een groep: {tok}")]
        signal = _signal(norm, toks, i, i + 1, 0.6, f"ontmenselijkend woord: {tok}")
        if _said_of_named_people(toks, i):
            # "toeristen zijn ongedierte", "alle advocaten zijn parasieten": abuse of people
            # named by what they do, no protected group; a person weighs it, the classifier
            # alone does not make it hate
            signal = replace(signal, targeted=False)
        return [signal]
    return []


_VERMIN_COPULAS = frozenset(["zijn", "is", "blijven", "blijft", "worden", "wordt", "zijt"])
_VERMIN_FILLERS = frozenset(
    """allemaal gewoon gewoonweg echte echt een ne nen maar toch ook allen precies net
    zoals als""".split()  # noqa: SIM905
)
_NO_SUBJECT = frozenset(
    """ze zij die dat dit het deze dees da hier daar er wat wie dat allemaal mensen volk
    gasten""".split()  # noqa: SIM905
)


def _said_of_named_people(toks: tuple[str, ...], i: int) -> bool:
    """Whether the vermin word at ``i`` is said of a plural noun named right before a copula
    ("toeristen zijn ongedierte") that is no protected group and no pronoun: who is meant is
    named, and it is not a group the hate rule protects ("die parasieten", "het zijn ratten" and
    "mensen zijn ongedierte" name no one)."""
    k = i - 1
    while k >= 0 and toks[k] in _VERMIN_FILLERS:
        k -= 1
    if k < 1 or toks[k] not in _VERMIN_COPULAS:
        return False
    subject = toks[k - 1]
    return (
        subject.isalpha()
        and len(subject) > 3
        and subject not in _NO_SUBJECT
        and not is_group_word(subject)
    )


_KEPT_OUT_OF = frozenset(["in", "op", "aan", "bij", "binnen"])
_OURS = frozenset(["ons", "onze", "mijn", "mn", "ozze", "deze", "dit", "hier"])


def _kept_out(toks: tuple[str, ...], start: int, end: int) -> bool:
    """Whether the group word ``toks[start:end]`` follows a "geen" that keeps it out of a place of
    ours ("geen flikkers in ons jeugdhuis", "geen zigeuners hier") rather than denies it ("het
    zijn geen zigeuners", "er wonen geen zigeuners in onze straat")."""
    if start == 0 or toks[start - 1] not in _NO:
        return False
    if start >= 2 and (
        toks[start - 2] in _COPULA or toks[start - 2] in {"er", "der", "wonen", "woont"}
    ):
        return False
    if start >= 2 and toks[start - 2] in {"wil", "willen", "wille"}:
        return True  # "ik wil geen flikkers op de dijk": wanted out
    after = toks[end : end + 3]
    if after[:1] == ("meer",):
        after = after[1:]
    return bool(after) and (
        after[0] == "hier" or (after[0] in _KEPT_OUT_OF and len(after) > 1 and after[1] in _OURS)
    )


def _word_as_used(
    toks: tuple[str, ...], i: int, quoted: set[str], about_words: bool, score: float, note: str
) -> tuple[float, str]:
    """The score and note of the contemptuous word ``toks[i]``: ``score`` and ``note`` as used,
    lower when it is quoted, talked about or reported (``about_words``), or denied."""
    tok = toks[i]
    if tok in quoted:
        return (0.15 if about_words else 0.45), f"geciteerd: {tok}"
    if about_words:
        return 0.3, f"over het woord: {tok}"
    # ("niemand wil naast dat zigeunertuig wonen" denies nothing about the group)
    if near(toks, i, i + 1, _DENYING, 4, 0):
        return 0.55, f"ontkenning: {tok}"
    return score, note


def _claim_signal(
    folded: str, m: re.Match[str], denied: bool, score: float, note: str, denied_note: str
) -> Signal:
    """The signal of a claim about a group, or of its denial (0.3, which the classifier alone
    must not overrule)."""
    return _match_signal(folded, m, 0.3 if denied else score, denied_note if denied else note)


_PEOPLE_ENDINGS = (
    "jongeren",
    "jongens",
    "mannen",
    "vrouwen",
    "families",
    "gezinnen",
    "ouders",
    "bendes",
)


def _group_of_people(token: str) -> bool:
    """Whether ``token`` is a group word welded to a word for people ("moslimjongeren",
    "roemeenfamilies")."""
    for ending in _PEOPLE_ENDINGS:
        if token.endswith(ending) and len(token) - len(ending) >= 4:
            head = token[: -len(ending)]
            return _GROUPS.lookup(head) is not None or _GROUPS.lookup(head + "s") is not None
    return False


def _match_signal(folded: str, m: re.Match[str], score: float, note: str) -> Signal:
    """A hate signal for a pattern's match in a sentence of ``folded`` (located in the text)."""
    pos = folded.find(m.group(0))
    return Signal(
        RuleKind.HATE, score, NAME, m.group(0), pos, pos + len(m.group(0)), note=note, targeted=True
    )


# Prepositions that close the phrase a negation denies ("geen moskee voor ...").
_PHRASE_PREPOSITIONS = frozenset(["voor", "van", "met", "aan", "bij", "naar", "op", "in"])


def _negation_of_another_noun(toks: tuple[str, ...], start: int) -> bool:
    """Whether the negation ahead of ``start`` denies a word of its own, closed by a preposition
    ("geen moskee voor die ..."): the word at ``start`` is then used, not denied."""
    lo = max(0, start - 4)
    for k in range(start - 1, lo - 1, -1):
        if toks[k] in NEGATIONS:
            return any(t in _PHRASE_PREPOSITIONS for t in toks[k + 2 : start])
    return False


def _signal(
    norm: NormalisedText, toks: tuple[str, ...], start: int, end: int, score: float, note: str
) -> Signal:
    text = " ".join(toks[start:end])
    pos = norm.folded.find(toks[start])
    return Signal(
        RuleKind.HATE,
        round(score, 3),
        NAME,
        text,
        pos,
        pos + len(text) if pos >= 0 else -1,
        note=note,
        targeted=True,
    )


__all__ = ["detect", "word_set"]
