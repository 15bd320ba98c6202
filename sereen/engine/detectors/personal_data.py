"""Personal data: phone numbers, e-mail addresses, home addresses, national numbers
(Belgian rijksregisternummer, Dutch BSN, both checksum-verified), IBAN (mod 97) and licence plates.

Someone's private data in a public comment is hidden. Numbers of services (0800, 070, 112, 1700),
role addresses (info@, onthaal@ ...) and a street named to report a pothole are not personal data:
a street and number only counts together with words about where someone lives.
"""

from __future__ import annotations

import re

from sereen.engine.detectors.base import FUNCTION_WORDS, DetectContext, Signal
from sereen.engine.lazy_pattern import lazy_compile
from sereen.engine.normalise import NormalisedText
from sereen.engine.policy import RuleKind

NAME = "personal_data"

_SEP = r"[\s./-]?"
_PHONE = lazy_compile(
    r"(?<![\w+])(?:"
    r"(?:\+|00)\s?32\s?\(?0?\)?\s?4[5-9]\d(?:[\s./-]?\d){6}"  # BE mobile, international
    r"|04[5-9]\d(?:[\s./-]?\d){6}"  # BE mobile
    r"|(?:\+|00)\s?31\s?\(?0?\)?\s?6(?:[\s./-]?\d){8}"  # NL mobile, international
    r"|06[\s./-]?\d(?:[\s./-]?\d){7}"  # NL mobile
    r"|(?:\+|00)\s?32\s?\(?0?\)?\s?[1-9](?:[\s./-]?\d){7}"  # BE landline, international
    r"|0[1-9](?:[\s./-]?\d){7}"  # BE landline (9 digits)
    r"|0[1-9]\d(?:[\s./-]?\d){7}"  # NL landline (10 digits)
    r"|(?:\+|00)\s?\d{2,3}(?:[\s./-]?\d){7,11}"  # other international
    r")(?![\w])"
)
_SERVICE_PREFIX = ("0800", "070", "078", "0900", "0903", "0905", "077", "0909")
_EMAIL = lazy_compile(
    r"(?<![\w.+-])([\w.+-]{1,64})\s?(?:@|\(at\)|\[at\]| at )\s?([\w-]{1,63}(?:\.[\w-]{1,63})*\.[a-z]{2,12})\b"
)
# Endings of mail domains; a mention ("@tibo.vr") after a space rarely has one of them.
_MAIL_TLDS = frozenset(
    ["be", "nl", "com", "net", "org", "eu", "fr", "de", "lu", "uk", "info", "biz", "io", "me"]
)
# "op insta @naam.achternaam" looks like a spaced-out e-mail address but is a handle.
_HANDLE_PLATFORMS = frozenset(
    """insta instagram telegram whatsapp snap snapchat tiktok twitter facebook fb threads signal
    op via met naar van aan bij door voor iets""".split()  # noqa: SIM905
)
# Public services' own domains: any address there is a service's mailbox to write to
# ("verdacht@safeonweb.be"), not someone's private address.
_PUBLIC_DOMAINS = (
    "safeonweb.be",
    "belgium.be",
    "fgov.be",
    "vlaanderen.be",
    "politie.be",
    "police.be",
    "overheid.nl",
    "rijksoverheid.nl",
    "politie.nl",
)
_ROLE_MAILBOXES = frozenset(
    [
        "verdacht",
        "meldpunt",
        "melding",
        "meldingen",
        "abuse",
        "phishing",
        "fraude",
        "privacy",
        "dpo",
        "klantendienst",
        "vacatures",
        "jobs",
        "inschrijvingen",
        "reservaties",
        "redactie",
        "info",
        "contact",
        "onthaal",
        "klachten",
        "klacht",
        "secretariaat",
        "communicatie",
        "pers",
        "persdienst",
        "ombudsdienst",
        "ombudsman",
        "burgerzaken",
        "noreply",
        "no-reply",
        "support",
        "helpdesk",
        "hallo",
        "hello",
        "welkom",
        "vragen",
        "webmaster",
        "administratie",
        "boekhouding",
        "facturatie",
        "vacatures",
        "jobs",
        "personeel",
        "loket",
        "stadhuis",
        "gemeentehuis",
        "bibliotheek",
        "sport",
        "cultuur",
        "jeugd",
        "toerisme",
        "milieu",
        "mobiliteit",
        "privacy",
        "dpo",
    ]
)
# A service's own mailbox, when the whole name before the "@" is the service ("ik vind enkel
# omgeving@stad.be en daar krijg ik geen antwoord op"; not "wonen.peeters@...").
_SERVICE_MAILBOXES = frozenset(
    [
        "omgeving",
        "omgevingsloket",
        "stedenbouw",
        "bouwen",
        "wonen",
        "belastingen",
        "financien",
        "afval",
        "groendienst",
        "evenementen",
        "feestelijkheden",
        "welzijn",
        "ocmw",
        "kinderopvang",
        "onderwijs",
        "vrijetijd",
        "zwembad",
        "verkeer",
        "parkeren",
        "vergunningen",
        "subsidies",
        "technischedienst",
    ]
)
# The endings of Flemish and Dutch street names, one list for every pattern that needs them.
_SUFFIXES = (
    "straat|stroat|laan|lei|steenweg|weg|plein|dreef|baan|kaai|markt|singel|gracht|dijk|hof|pad|kouter|"
    "wegel|dries|vest|vesten|berg|veld|akker|ring|park|hoek|rui|kade|steeg|gang|meers|beemd|heide|bos|"
    # "Kapucijnenvoer 87", "Coupure 12" has no ending and is left out
    "voer|wal|vliet|weide|broek|donk|hoeve|kant"
)
_STREET = lazy_compile(
    rf"\b([a-z][a-z'-]{{2,40}}(?:{_SUFFIXES}|daal|dael)|(?:rue|avenue|chaussee|place)\s+[a-z' -]{{3,30}}|"
    # "Steenweg op Aarschot 122", "Baan naar Tienen 4"
    r"(?:steenweg|baan)\s+(?:op|naar)\s+[a-z'-]{3,30}|"
    # "Oude Baan 233", "Lange Dreef 4": an adjective before a street word of its own
    r"[a-z]{3,15}e\s+(?:baan|weg|straat|dreef|markt|dijk|heide|steenweg|laan|kouter|vest))"
    r"(?:je|ke)?\s+(\d{1,4}\s?[a-z]?)(?:\s*(?:bus|/)\s*\d{1,4})?\b"
)
_STREET_SUFFIX = f"(?:{_SUFFIXES})"
# A person's name right before a street address ("Els De Smet, Lindenlaan 7"): read in the
# original, where the capitals still tell a name from a word.
_NAMED_ADDRESS = lazy_compile(
    r"\b(?:[Ff]amilie|[A-Z][a-zà-ÿ]+)(?:\s+(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Vv]anden|[Vv]ander|[Vv]an\s+[Dd]e[rn]?)){0,2}"
    # (a surname or its initial: "Jonas V., Kapelstraat 8"; "Sint-Jansplein")
    # ("Pieter Goethals, Oude Gentweg 3": an adjective before the street's name)
    # ("Nadia Claeys: Vlamingstraat 5"; "Jan Verbruggen, Pastoor Coplaan 87": a title before it)
    r"\s+(?:[A-Z][a-zà-ÿ]+|[A-Z]\.)[,:]?\s+(?:in\s+de\s+|op\s+de\s+)?(?:(?:[A-Z][a-zà-ÿ]+\s+)?[A-Z][\wà-ÿ'-]{2,40}"
    + _STREET_SUFFIX
    # ("Sanne Peeters, Oude Baan 203": an adjective before a street word of its own)
    + r"|[A-Z][a-zà-ÿ]{2,14}e\s+(?:Baan|Weg|Straat|Dreef|Markt|Dijk|Heide|Steenweg|Laan|Kouter|Vest))\s+\d{1,4}[a-zA-Z]?\b"
)
# "... is Els Mertens, Ooievaarsnest 5, 9200 Dendermonde": a name, a street without a street ending,
# a house number and a postcode with a town; "het zoontje van de Verstraetens, Kouterlaan 31"
_NAMED_POSTAL_ADDRESS = lazy_compile(
    # (or "familie Dewulf, Ter Heide 3, 8560 Wevelgem")
    r"\b(?:[A-Z][a-zà-ÿ]+|[Ff]amilie)\s+(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en)\s+){0,2}[A-Z][a-zà-ÿ]+,\s+[A-Z][\wà-ÿ'-]{2,40}(?:\s+[A-Z][\wà-ÿ'-]{2,30})?"
    r"\s+\d{1,4}[a-zA-Z]?(?:\s*(?:bus|/)\s*\d{1,4})?,?\s+[1-9]\d{3}\s+[A-Z][a-zà-ÿ]+"
    r"|\b(?:de|familie)\s+[A-Z][a-zà-ÿ]+s,\s+[A-Z][\wà-ÿ'-]{2,40}"
    + "(?:"
    + _SUFFIXES
    + r")\s+\d{1,4}[a-zA-Z]?\b"
)
# A home described so that anyone can find it: "ze woont naast de bakker, nummer 8".
_DESCRIBED_HOME = lazy_compile(
    r"\b(?:woont|wonen|woonde|zit)\s+(?:\w+\s+){0,3}?(?:achter|naast|tegenover|boven|bij|aan|op|in|rechtover)\b"
    r"[^.!?]{0,40}?\b(?:nummer|nr|huisnummer|nummerke)\.?\s*\d{1,4}\b"
)
# Where someone lives on a street whose name has no street ending ("woont op de Vrijheid 103",
# "in de Oude Baan 8"): the article tells a street from a town ("woont in Hasselt 2 straten
# verder"), and a count of years, minutes or houses is no house number.
_LIVES_AT = lazy_compile(
    r"\b(?:woont|wonen|woonde)\s+(?:[\w']+\s+){0,5}?(?:in|op|aan)\s+(?:de|het|den|d')\s*"
    r"[a-z][a-z'-]{2,30}(?:\s+[a-z][a-z'-]{2,30}){0,2}\s+(\d{1,4}[a-z]?)(?:\s*(?:bus|/)\s*\d{1,4})?\b"
    r"(?!\s*(?:jaar|jaren|km|kilometer|minuten|minuutjes|meter|straten|huizen|kinderen|personen|weken|maanden|"
    r"dagen|uur|euro|%))"
)
_LIVES_AT_NAMED_STREET = lazy_compile(
    # (someone else's home: not "wij wonen ...", the writer's own; no year: "wonen sinds 2019")
    r"(?<!\bwe\s)(?<!\bwij\s)(?<!\bWe\s)(?<!\bWij\s)\b(?:woont|wonen|woonde)\s+(?:(?:[Tt]er|[Tt]en|[Oo]p\s+de|[Oo]p\s+het|[Ii]n\s+de|[Aa]an\s+de)\s+)?"
    r"[A-Z][a-zà-ÿ'-]{2,30}(?:\s+[A-Z][a-zà-ÿ'-]{2,30})?\s+(?!(?:19|20)\d\d\b)\d{1,4}[a-z]?(?:\s*(?:bus|/)\s*\d{1,4})?\s+"
    r"(?:in|te)\s+"
    r"[A-Z][a-zà-ÿ-]{2,}"
)
_OWN_HOME_BEFORE = lazy_compile(r"\b(?:we|wij|ik)\s$")
_POSTCODE = lazy_compile(r"\b[1-9]\d{3}\s?(?:[a-z]{2}\s)?[a-z][a-z-]{2,}\b")
_RESIDENCE = lazy_compile(
    r"\b(?:woont|wonen|woon|woonde|woonachtig|adres|thuisadres|huisadres|zijn\s+huis|haar\s+huis|hun\s+huis|"
    r"bij\s+hem\s+thuis|bij\s+haar\s+thuis|langsgaan|langs\s+gaan|op\s+bezoek|bezoekje|"
    r"(?:ga|gaat|gaan)\s+(?:hem|haar|ze|die)\s+(?:eens|maar|ne\s+keer)\s+(?:bezoeken|opzoeken)|"
    # "thuis bereikbaar op ...", "belt maar eens aan", "voor wie X zoekt: ..."
    r"thuis\s+bereikbaar|(?:belt|bel)\s+(?:maar\s+|gerust\s+)?(?:eens\s+|ne\s+keer\s+)?aan\b(?!\s+bij\s+(?:het|de|den)\b)|"
    r"gaan\s+we\s+eens|gaat\s+eens|ga\s+eens|aanbellen|voordeur|privé|prive|privéadres|"
    r"verblijft|logeert|huis\s+van|naar\s+toe|opzoeken|staat\s+zijn\s+auto|staat\s+haar\s+auto|"
    r"kinderen\s+naar\s+school|slaapt|brievenbus|hus|deure|thuis(?=[^.!?\d]{0,30}:)|thuisnummer|nummer\s+thuis|"
    r"op\s+kot|het\s+huis\s+(?:achter|naast|tegenover|met)|privé\s*adres|prive\s*adres|"
    # a number handed out to be called: "bel hem 's nachts maar eens"
    r"bel\s+(?:hem|haar|ze|die)\s+(?:\w+\s+){0,3}?(?:eens|maar)|"
    # an address handed out to be used: "nu weet iedereen het", "deel dit maar"
    r"nu\s+weet\s+(?:iedereen|ge|gij|je|jij|heel)|deel\s+(?:dit|da|dat|het)|delen\s+maar|"
    # "iedereen kent haar hier", "goa mor ne kier babbelen", "is die van de Bosstraat 8"
    r"iedereen\s+(?:weet|kent)\s+(?:het|haar|hem|ze)|nu\s+weten\s+(?:jullie|we|ze|ge)\s+(?:het|waar)|verdiep|(?:ga|goa|gaat)\s+(?:maar|mor|moar|gerust)\s+(?:eens|ne\s+keer|ne\s+kier)|"
    # "ga gerust eens langs"
    r"(?:ga|goa|gaat|gaan)\s+(?:maar\s+|gerust\s+|mor\s+)?(?:eens\s+|ne\s+keer\s+)?langs|"
    r"is\s+(?:trouwens\s+)?die\s+van\s+(?:de|het)|"
    # "zeg hem eens gedag"
    r"zeg\s+(?:hem|haar|ze)\s+(?:eens|maar|gerust)\s+(?:gedag|goeiedag|hallo)|"
    # "Kerkstraat 22 in Bree. De ouders zijn nooit thuis."
    r"(?:nooit|zelden|niet\s+vaak)\s+thuis|"
    # "hij is thuis in de Scheldedijk 101", "is al terug thuis, Havenkant 5 bus 2"
    r"(?:hij|zij|ze|die)\s+(?:is|zit|zijn|zitten)\s+(?:\w+\s+){0,2}?thuis\s+(?:in|op|aan)\s+(?:de|het|den)|"
    r"(?:dealer|dief|dieven|dader|daders|verdachte|crimineel|pedo)\s+(?:\w+\s+){0,4}?(?:is|zit|zijn)\s+(?:al\s+)?"
    r"(?:terug|weer)\s+thuis|"
    # "... Vlasbeekdreef 3 bus 2, bovenaan, voor wie hem eens wil 'feliciteren'"
    r"voor\s+wie\s+(?:hem|haar)\s+(?:eens|ne\s+keer|persoonlijk)\s+(?:wil|wilt|willen)|"
    # "Kevin zit gewoon bij zijn moeder, Lindelaan 3 in Maaseik", "daar kunt ge hem altijd
    # vinden": a private home, the family's, or where someone can be found
    r"bij\s+(?:zijn|haar|z'n|d'r|hun)\s+(?:moeder|vader|ouders|ma|pa|moeke|lief|vriendin|vriend|zus|zuster|"
    r"broer|oma|opa|grootmoeder|grootvader)|"
    r"(?:kunt|kunnen|kan)\s+(?:ge|je|gij|jullie|we)\s+(?:hem|haar|ze)\s+(?:\w+\s+)?vinden|"
    r"verstopt\s+(?:hij|zij|ze)\s+zich|"
    # "die familie zit in de Kapelstraat 8 bus 3, de derde verdieping"
    r"(?:familie|gezin|hij|zij|ze)\b[^.!?]{0,40}?\b(?:zit|zitten)\s+in\s+de|verdieping|appartement)\b"
)
_PRIVATE_HOME = lazy_compile(
    r"\b(?:woont|wonen|woonde|woonachtig|thuisadres|huisadres|thuisnummer|priv[ée]\w*|"
    # "de buurvrouw die altijd klaagt over het jeugdhuis is Martine, 03 ...": a neighbour pointed at
    r"(?:buurvrouw|buurman)\s+(?:[\w-]+\s+){0,4}?die\s+(?:\w+\s+){0,3}?(?:klaagt|belt|zaagt|zeurt)|"
    r"bij\s+hem\s+thuis|bij\s+haar\s+thuis|nummer\s+thuis|thuis(?=[^.!?\d]{0,30}:)|vast\s+nummer|thuis\s+bereikbaar|"
    # "de 'anonieme' klager over het jeugdhuis is Dirk ...": someone unmasked
    r"anonieme\W{0,2}\s+\w+(?:\s+\w+){0,4}?\s+is|"
    # a number handed out to be called, an address to be shared
    r"bel\s+(?:hem|haar|ze|die)\s+(?:\w+\s+){0,3}?(?:eens|maar)|nu\s+weet\s+(?:iedereen|ge|gij|je|jij|heel)|"
    r"deel\s+(?:dit|da|dat|het)|delen\s+maar)\b"
)
_SOMEONE_BEFORE = lazy_compile(
    r"\b(?:die|dien|diene|deze|de)\s+(?:\w+\s+)?(?:vrouw|man|vent|gast|kerel|madam|mevrouw|meneer|jongen|"
    r"buurman|buurvrouw|mens|type|gozer|wijf|directeur|juf|agent|dame|eigenaar|uitbater|huurder|bewoner|familie|"
    r"klager|klaagster|buren)\b"
    r"|\b[a-z]+\s+[a-z]+\s+die\s+hier\b"
    # "voor wie de eigenaar van die nachtwinkel zoekt: ..."
    r"|\bvoor\s+wie\s+(?:de|die|dien)\s+(?:\w+\s+){1,5}?zoekt\b"
    # "voor wie die Sarah van de jeugddienst eens persoonlijk wil spreken: ..."
    r"|\bvoor\s+wie\s+(?:\w+\s+){1,8}?(?:persoonlijk|eens|thuis)\s+(?:wil|wilt|willen)\s+(?:spreken|bezoeken|zien|opzoeken|"
    r"aanspreken|opwachten)\b"
    # "iedereen die boos is op die OCMW-voorzitter: ...": someone in office pointed at with "die"
    # (not "brieven voor de burgemeester: Grote Markt 1", the town hall's address)
    r"|\b(?:die|dien|diene)\s+(?:\w+\s+)?[\w-]*(?:voorzitter|schepen|burgemeester|ambtenaar|ambtenares|bediende|medewerker|"
    r"medewerkster|secretaris|directrice|inspecteur|lerares|leraar|maatschappelijk\s+werker|werkster|assistent)\b"
)
_PERSON_CUE = lazy_compile(
    r"\b(?:nummer|gsm|gsm-nummer|telefoon|telefoonnummer|tel|bel|bellen|sms|whatsapp|"
    r"privé|prive|van\s+die|van\s+de|van\s+hem|van\s+haar|zijn|haar|hier\s+is|dit\s+is|"
    r"woont|schepen|burgemeester|agent|ambtenaar|juf|buurman|buurvrouw)\b"
)
# Words that say someone lives somewhere (not just "adres", which a service has too).
_LIVES = lazy_compile(
    r"\b(?:woont|wonen|woon|woonde|woonachtig|thuisadres|huisadres|privéadres|thuis|"
    r"(?:zijn|haar|hun|uw|je|jouw)\s+adres|gezin|familie)\b"
)
# Addresses of public services are given out on purpose (a service denied names no place: "Kevin
# J., Heidestraat 5, 3580 Beringen. Geen politie nodig, wij weten genoeg").
_SERVICE_PLACE = lazy_compile(
    r"(?<!geen\s)\b(?:gemeentehuis|stadhuis|loket|dienst|onthaal|bib|bibliotheek|containerpark|recyclagepark|"
    r"ocmw|politie|school|kantoor|winkel|zaak|openingsuren|afhaalpunt|zaal|notaris|apotheek|dokterspraktijk|praktijk|"
    r"tandarts|advocatenkantoor)\b"
)
_PAYMENT_QUESTION = lazy_compile(r"[^.!?]*\?")
_ACCOUNT_HOLDER = lazy_compile(
    r"\b(?:op\s+naam\s+van|(?:mijn|zijn|haar|hun|mn|zn)\s+(?:rekening|rekeningnummer|nummer|iban))\b"
)
_RRN = lazy_compile(
    r"(?<![\d])(\d{2})[.\s-]?(\d{2})[.\s-]?(\d{2})[.\s-]?(\d{3})[.\s-]?(\d{2})(?![\d])"
)
_BSN_CUE = lazy_compile(r"\b(?:bsn|burgerservicenummer|sofinummer|sofi)\b")
# Named as a BSN, nine digits in any grouping ("BSN 3141.59.265")
_BSN_ANY_GROUPING = lazy_compile(r"(?<![\d])\d(?:[.\s-]?\d){8}(?![\d])")
_BSN = lazy_compile(r"(?<![\d])(\d{3})[.\s-]?(\d{3})[.\s-]?(\d{3})(?![\d])")
_IBAN = lazy_compile(r"\b([a-z]{2}\d{2}(?:\s?[a-z0-9]{4}){2,7}(?:\s?[a-z0-9]{1,3})?)\b")
_PLATE_BE = lazy_compile(
    r"(?<![\w-])(?:[1-9][-\s.]?[a-z]{3}[-\s.]?\d{3}|[a-z]{3}[-\s.]\d{3})(?![\w-])"
)
_PLATE_NL = lazy_compile(
    r"(?<![\w-])(?:[a-z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[a-z]{2}|\d{2}-[a-z]{2}-\d{2}|[a-z]{2}-\d{2}-[a-z]{2}|"
    r"[a-z]{2}-[a-z]{2}-\d{2}|\d{2}-[a-z]{2}-[a-z]{2}|\d{2}-[a-z]{3}-\d|\d-[a-z]{3}-\d{2}|"
    r"[a-z]{2}-\d{3}-[a-z]|[a-z]-\d{3}-[a-z]{2}|[a-z]{3}-\d{2}-[a-z]|\d-[a-z]{2}-\d{3})(?![\w-])"
)
# The plate's owner named: "2-GVX-917. Dat is Johan Meeus" (read in the original text).
_PLATE_OWNER = lazy_compile(
    r"\b(?:[Dd]at|[Dd]it|[Dd]ie)\s+is\s+(?:van\s+)?[A-Z][a-zà-ÿ]+\s+(?:[Vv]an\s+(?:[Dd]e[rn]?\s+)?|[Dd]e\s+)?[A-Z][a-zà-ÿ]+"
)
_PLATE_CUE = lazy_compile(
    r"\b(?:nummerplaat|nummerplaten|kenteken|kentekenplaat|kentekenplaten|plaat|auto|wagen|camionette|busje|moto|"
    # "die gast die mijn dochter bijna aanreed: 2-GVX-917"
    r"aanreed|aangereden|omverreed|"
    # a car described by its make: "zwarte Tesla, 1-ABR-564"
    r"tesla|bmw|audi|mercedes|volvo|toyota|opel|renault|peugeot|citroen|volkswagen|vw|ford|fiat|skoda|"
    r"kia|hyundai|jeep|porsche|dacia|nissan|seat|suv|golf|polo|bestelwagen|camper|caravan|vrachtwagen|"
    r"clio|megane|twingo|corsa|astra|fiesta|focus|yaris|aygo|qashqai|juke|octavia|fabia|tiguan|passat|picanto|"
    # "die vrouw rijdt met de grijze ... 2-GHD-917"
    r"rijdt\s+met|rijden\s+met|reed\s+met)\b"
)


def valid_rrn(digits: str) -> bool:
    """Belgian rijksregisternummer: 97 - (first nine digits mod 97) is the check number; for people
    born in 2000 or later a 2 is put before the nine digits."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    base, check = int(digits[:9]), int(digits[9:])
    month = int(digits[2:4]) % 20  # bis numbers add 20 or 40 to the month
    if month > 12 or int(digits[4:6]) > 31:
        return False
    return check in (97 - base % 97, 97 - int("2" + digits[:9]) % 97)


def valid_bsn(digits: str) -> bool:
    """Dutch BSN, the 11-test: 9*d1 + 8*d2 + ... + 2*d8 - d9 is divisible by 11."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(
        digits[8]
    )
    return total % 11 == 0


_IBAN_LENGTHS = {
    "be": 16,
    "nl": 18,
    "fr": 27,
    "de": 22,
    "lu": 20,
    "gb": 22,
    "es": 24,
    "it": 27,
    "pt": 25,
}


def valid_iban(raw: str) -> bool:
    """IBAN check: move the first four characters to the end, letters to numbers; mod 97 == 1."""
    iban = re.sub(r"\s", "", raw).upper()
    if len(iban) < 15 or len(iban) > 34:
        return False
    expected = _IBAN_LENGTHS.get(iban[:2].lower())
    if expected is not None and len(iban) != expected:
        return False
    rearranged = iban[4:] + iban[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


_ANY_DIGIT = lazy_compile(r"\d")
_UNSEEN = object()


def detect(norm: NormalisedText, ctx: DetectContext) -> list[Signal]:
    plain = norm.plain
    if _ANY_DIGIT.search(plain) is None and "@" not in plain and "(at)" not in plain:
        return []
    signals: list[Signal] = []
    # Cheap facts that spare most comments most searches: each pattern below needs what its
    # test asks for (a number of nine or more digits, a "-", an "@" or "at", a street with a
    # number). The cues about the person and the residence are searched only when a candidate
    # asks for them.
    n_digits = len(_ANY_DIGIT.findall(plain))
    long_number = n_digits >= 9  # _PHONE, _RRN and _BSN need nine digits or more
    cues: dict[str, bool] = {}

    def residence() -> bool:
        if "residence" not in cues:
            cues["residence"] = _RESIDENCE.search(plain) is not None
        return cues["residence"]

    def person() -> bool:
        if "person" not in cues:
            cues["person"] = _PERSON_CUE.search(plain) is not None
        return cues["person"]

    taken: list[tuple[int, int]] = []

    def add(score: float, m: re.Match[str], note: str, source: str = "plain") -> None:
        # ``taken`` holds positions in ``plain`` only; a match in another form cannot overlap them
        if source == "plain":
            taken.append((m.start(), m.end()))
        signals.append(
            Signal(
                RuleKind.PERSONAL_DATA,
                score,
                NAME,
                m.group(0),
                m.start(),
                m.end(),
                source,
                note,
                True,
            )
        )

    def free(m: re.Match[str]) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in taken)

    for m in _RRN.finditer(plain) if n_digits >= 11 else ():
        if valid_rrn(re.sub(r"\D", "", m.group(0))):
            add(0.97, m, "rijksregisternummer (controlegetal klopt)")
    for m in _IBAN.finditer(plain) if n_digits >= 2 else ():  # "be" and two check digits
        if not free(m):
            continue
        # The pattern's groups may run on into the words after the number ("... 6783 op naam
        # van"): drop trailing groups without a digit until the checksum holds, if it can.
        raw = m.group(1)
        while not valid_iban(raw) and " " in raw and not _ANY_DIGIT.search(raw.rsplit(" ", 1)[1]):
            raw = raw.rsplit(" ", 1)[0]
        if valid_iban(raw):
            if len(raw) < len(m.group(1)):
                m = _IBAN.match(plain, m.start(1), m.start(1) + len(raw)) or m
            if _PAYMENT_QUESTION.search(plain, m.end()) and not _ACCOUNT_HOLDER.search(plain):
                # "moet ik het kampgeld overschrijven naar BE68 ...?": most likely the
                # organisation's own account, asked about; a person checks
                add(0.6, m, "IBAN in een vraag over betalen")
            else:
                add(0.9, m, "IBAN (controlegetal klopt)")
    for m in _PHONE.finditer(plain) if long_number else ():
        if not free(m):
            continue
        digits = re.sub(r"\D", "", m.group(0))
        if digits.startswith(_SERVICE_PREFIX) or len(digits) < 9:
            continue
        mobile = bool(
            re.match(r"(?:0032|32)?0?4[5-9]|(?:0031|31)?0?6", digits)
        ) or digits.startswith(("04", "06"))
        if mobile:
            add(0.92, m, "gsm-nummer")
        else:
            service = re.search(
                # "het nummer van de uitleendienst", "bel naar de zaak": a service's or a
                # business's own landline, given out on purpose
                r"\b(?:sporthal|sportcentrum|zwembad|jeugdhuis|cultuurcentrum|academie|crematorium|"
                r"\w*dienst|\w*diensten|burgerzaken|loket|onthaal|info|stad|gemeente|gemeentehuis|stadhuis|ocmw|politie|politiezone|"
                r"zaak|garage|\w*winkel|\w*bedrijf|firma|praktijk|salon|bakkerij|restaurant|\w*centrum|hoeve|\w*kwekerij|"
                # "hun nummer staat op hun site: 014 ...": a business's own number
                r"site|website|webshop|"
                r"wijkpost|wijkagent|brandweer|ziekenhuis|huisarts|wachtpost|apotheek|meldpunt|klantendienst|bib|bibliotheek|"
                # "is 02 572 57 57 van de FOD nog het juiste nummer?": a federal service
                r"fod|spf|federale\s+overheidsdienst|belastingdienst|financien|minfin|"
                r"containerpark|recyclagepark|school|secretariaat|kantoor|bereikbaar|openingsuren|noodnummer|"
                r"wateroverlast|noodlijn|hulplijn|infolijn|permanentie|wachtdienst|storingsdienst|commissariaat|"
                r"zone|brasserie|cafe|frituur|taverne|bistro|kapsalon|kapper|slagerij|beenhouwerij|reserveren|"
                # "steun de handelaars ...: koffiebar Moka doet take-away, tel 03 ..."
                r"koffiebar|snackbar|bar|take-away|takeaway|handelaar|handelaars|traiteur|pizzeria|bloemist|"
                # "tip voor wie een lekke band heeft: Fietsen Debruyne herstelt terwijl ge wacht, tel ..."
                r"tip\s+voor\s+wie|aanrader|herstelt|herstellen|herstelling|repareert|reparatie|fietsenmaker|"
                r"fietsenwinkel|loodgieter|elektricien|dakwerker|"
                r"reservatie|reservaties|districtshuis|districtskantoor|wijkcentrum|dienstencentrum|afspraak|"
                r"sociaal\s+huis|algemeen\s+nummer|algemene\s+nummer|hoofdnummer|centraal\s+nummer|\w+info|"
                # "2 uur in de wachtrij op 09 210 10 10 en dan afgelegd worden": a call centre
                r"wachtrij|wachttijd|wachtmuziek|afgelegd|doorverbonden|callcenter|contactcenter|centrale)\b"
                # opening hours: "ma-vr van 8u tot 19u"
                r"|\b(?:ma|maandag)\s*-\s*(?:vr|vrij|vrijdag|za|zaterdag)\b|\bvan\s+\d{1,2}\s*u\s+tot\s+\d{1,2}\s*u\b"
                # "is dat nummer nog altijd juist of is het veranderd?": a public number checked
                r"|\bnog\s+(?:altijd|steeds)\b[^.!?]{0,60}\bveranderd\b",
                plain,
            )
            # (a service's number stays public when the comment speaks of visiting it: "of
            # langsgaan in het commissariaat"; only a private home makes it a person's)
            if service and not _PRIVATE_HOME.search(plain):
                continue
            add(0.88 if (person() or residence()) else 0.4, m, "telefoonnummer")
    bsn_named = long_number and _BSN_CUE.search(plain) is not None
    for m in (_BSN_ANY_GROUPING if bsn_named else _BSN).finditer(plain) if long_number else ():
        if free(m) and valid_bsn(re.sub(r"\D", "", m.group(0))):
            add(0.95 if bsn_named else 0.6, m, "BSN (elfproef klopt)")
    emails = _EMAIL.finditer(plain) if ("@" in plain or "at" in plain) else ()
    for m in emails:
        local = m.group(1).lower()
        if local in _HANDLE_PLATFORMS and "@" in m.group(0) and not m.group(0).count(" @ "):
            continue  # "insta @lien.dewitte": a handle on an app, not a mailbox
        if (
            " @" in m.group(0)
            and " @ " not in m.group(0)
            and m.group(2).rsplit(".", 1)[-1] not in _MAIL_TLDS
        ):
            continue  # "ge zijt een beest @tibo.vr": a mention of someone, not an address
        if (
            local in _ROLE_MAILBOXES
            or local.split(".")[0] in _ROLE_MAILBOXES
            or local in _SERVICE_MAILBOXES
        ):
            continue
        domain = m.group(2).lower()
        if any(domain == d or domain.endswith("." + d) for d in _PUBLIC_DOMAINS):
            continue
        add(0.9, m, "e-mailadres")
    described = ("wo" in plain or "zit" in plain) and ("nummer" in plain or "nr" in plain)
    for m in _DESCRIBED_HOME.finditer(plain) if described else ():
        if m.group(0).startswith("zit"):
            # "ze zit altijd in de tuin van de buren op nummer 12": "zit" is as often a cat or a
            # person sitting somewhere as a home; a person weighs it
            add(0.6, m, "woonplaats beschreven?")
        else:
            add(0.88, m, "woonplaats beschreven")
    named = _UNSEEN
    for m in _STREET.finditer(plain) if n_digits else ():  # a street with a house number
        if not free(m):
            continue
        if named is _UNSEEN:  # read in the original only when a street is found
            named = _NAMED_ADDRESS.search(norm.original)
        # (a service named right beside the street is that service's address: "de bib,
        # Kerkstraat 7"; one named farther off is where the person works, and one before a
        # colon is part of what points at someone: "die buurvrouw die altijd de politie belt:
        # Sonja Wuyts, Kerkstraat 12")
        if named is not None and not _SERVICE_PLACE.search(
            plain, max(0, m.start() - 40, plain.rfind(":", 0, m.start()) + 1), m.end() + 40
        ):
            add(0.9, m, "naam en woonadres")
        elif residence() and not (
            _LIVES.search(plain) is None
            and _SERVICE_PLACE.search(plain, max(0, m.start() - 40), m.end() + 40)
        ):
            # ("het adres van de bib: Kerkstraat 7": a service's address, asked or given)
            add(0.92, m, "woonadres")
        elif plain[max(0, m.start() - 3) : m.start()].rstrip().endswith(
            ":"
        ) and _SOMEONE_BEFORE.search(plain[max(0, m.start() - 120) : m.start()]):
            # "die vrouw die de hondenpoep niet opraapt: Lindelaan 32": someone pointed at, then
            # where they live
            add(0.9, m, "woonadres van iemand")
        elif _POSTCODE.search(plain[m.end() : m.end() + 30]) and person():
            add(0.7, m, "adres met postcode")
    lives = n_digits and ("woon" in plain or "wonen" in plain)
    for m in _LIVES_AT.finditer(plain) if lives else ():
        # ("wij wonen op de Markt 21": the writer's own home)
        if free(m) and not _OWN_HOME_BEFORE.search(plain, max(0, m.start() - 4), m.start()):
            add(0.9, m, "woonadres")
    if lives:
        # "woont Ter Linden 27 in Wommelgem": a street without article or street ending, read in
        # the original, where the capitals tell it from words
        m = _LIVES_AT_NAMED_STREET.search(norm.original)
        if m and not _SERVICE_PLACE.search(
            norm.original.lower(), max(0, m.start() - 40), m.end() + 40
        ):
            add(0.9, m, "woonadres", "original")
    if n_digits and "," in plain:
        # a name, a street whose name has no street ending, a number and a postcode: read in the
        # original, where the capitals tell names from words (a service's address stays public)
        m = _NAMED_POSTAL_ADDRESS.search(norm.original)
        if m and not _SERVICE_PLACE.search(
            norm.original.lower(), max(0, m.start() - 40), m.end() + 40
        ):
            add(0.9, m, "naam en woonadres", "original")
    # A Belgian plate has three digits or more; a Dutch one two or more and a "-".
    plates = (_PLATE_BE,) if n_digits >= 3 else ()
    if n_digits >= 2 and "-" in plain:
        plates += (_PLATE_NL,)
    for pattern in plates:
        for m in pattern.finditer(plain):
            if not free(m):
                continue
            text = m.group(0)
            if not any(c.isdigit() for c in text) or not any(c.isalpha() for c in text):
                continue
            letters = "".join(c for c in text if c.isalpha())
            if letters in FUNCTION_WORDS or re.match(r"[.,]\d", plain[m.end() : m.end() + 2]):
                continue  # "een studiebureau van 200.000 euro": a word and an amount
            strong = (
                _PLATE_CUE.search(plain) is not None
                or _PLATE_OWNER.search(norm.original) is not None
            )
            if pattern is _PLATE_NL and not strong:
                continue
            if "-" not in text and not strong:
                continue
            add(0.88 if strong or residence() else 0.6, m, "nummerplaat")
    return signals
