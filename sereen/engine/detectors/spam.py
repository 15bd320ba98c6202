"""Spam and scams: hidden links, phishing, get-rich-quick and prize scams, promotion.

Each cue adds weight (combined as independent evidence: 1 - product of (1 - w)); a plain link to
a news site or a government page carries little weight on its own, a shortened link plus "gratis
iPhone" a lot.
"""

from __future__ import annotations

import re

from sereen.engine.detectors.base import DetectContext, Signal, quoted_ranges, word_set
from sereen.engine.detectors.gate import (
    literal_alternation,
    may_match,
    required_substrings,
    required_words,
    words_of,
)
from sereen.engine.lazy_pattern import lazy_compile
from sereen.engine.normalise import LOOKALIKE_LETTERS, NormalisedText
from sereen.engine.policy import RuleKind

NAME = "spam"

_URL = lazy_compile(
    r"\b(?:https?://|www\.)[^\s<>\"]+|\b[a-z0-9-]{2,}\.(?:com|net|org|info|biz|xyz|top|shop|site|online|io|ly|gl|me|ru|cn|tk|click|link|live|store|app|be|nl|eu|club|vip|win|cc|pro|fun|icu|buzz|cfd|rest|monster|today|promo|gift|loan|cash|money|bid|cam|ws|su)(?:/[^\s<>\"]*)?\b"
)
_SHORTENERS = word_set("spam_shorteners")

# Hosts that borrow the name of a bank, the post, a telecom operator or the government.
_BRAND_LOOKALIKE = lazy_compile(
    r"(?:bpost|postnl|kbc|belfius|ing|bnp|argenta|itsme|proximus|telenet|orange|fod|financien|"
    r"minfin|mypension|myminfin|delhaize|colruyt|aldi|lidl|dhl|dpd|gls|bol|paypal|apple|netflix|smartschool|ebox|"
    r"csam|irisbox)"
    r"(?=[-.])[a-z0-9-]*[-.]|[-.](?:bpost|kbc|belfius|itsme|proximus|fod|paypal|dhl)\b"
)
# A public service's name or benefit in a host outside Belgium's own domain:
# "ocmw-toelage-vlaanderen.com/login" (a real OCMW's site ends in ".be").
_SERVICE_LOOKALIKE = lazy_compile(
    r"(?:ocmw|premie|toelage|uitkering|kinderbijslag|groeipakket)[-.]"
    # "hasselt-afvalpas.net": a town's service on a host that is not the town's
    r"|[-.](?:afvalpas|afvalkalender|parkeerkaart|bewonerskaart|containerpark|recyclagepark)[-.]"
    # a newspaper's name in a hyphenated host: "nieuws-hln-exclusief.com" (the papers' own sites
    # are "hln.be", "nieuwsblad.be")
    r"|(?:^|[-.])(?:hln|nieuwsblad|standaard|vrt|vrtnws|gva|hbvl|demorgen|knack|tijd|nos|telegraaf)-"
    r"|-(?:hln|nieuwsblad|standaard|vrt|vrtnws|gva|hbvl|demorgen|knack|nos|telegraaf)(?:[-.]|$)"
)
# "leuven-belastingen.be-pay.net": a Belgian address with a hyphen after its ".be" (_URL stops
# at the ".be", so this is tested where a found link ends)
_BE_IN_THE_MIDDLE = lazy_compile(r"\.be-[a-z0-9]")
# A fine, a tax or a benefit to pay or claim in a hyphenated host, on ".be" too:
# "politie-boetes-betalen.be" (no public service names its site so).
_PAYMENT_LOOKALIKE = lazy_compile(
    r"(?:politie|boete|boetes|belasting|belastingen|fod|ocmw|premie|toelage|parkeer\w*|stad|gemeente)-(?:[a-z0-9]+-)*"
    r"(?:betalen|betaling|betaal|pay|login|verificatie|verifieer|terugbetaling|terugbetalen)\b"
)
_OFFICIAL_HOSTS = (
    "myebox.be",
    "csam.be",
    "smartschool.be",
    "bpost.be",
    "kbc.be",
    "belfius.be",
    "ing.be",
    "itsme-id.com",
    "proximus.be",
    "telenet.be",
    "orange.be",
    "fgov.be",
    "belgium.be",
    "delhaize.be",
    "colruyt.be",
    "dhl.com",
    "paypal.com",
    "bol.com",
    "postnl.nl",
)

_DESERVED = lazy_compile(
    r"(?:verdien|verdienen|verdient|verdiende|verdiend)\s+(?:echt\s+|toch\s+)?(?:beter|meer\s+dan|respect|steun)\b"
)
_PRICE_BEFORE = lazy_compile(
    r"\b(?:van|kost|kosten|kostte|betaal|betalen|betaalt|betaalde|huur|prijs|factuur|tarief|bijdrage|"
    r"dagprijs|inkomen|pensioen|uitkering|leefloon)\s+(?:\w+\s+){0,2}$"
)
_LOAN_WITHOUT_CHECKS = (
    r"(?:\w*lening|\w*leningen|krediet|kredieten|geld\s+lenen)\b[^.!?]{0,30}?\bzonder\s+(?:bankcontrole|controle|"
    r"kredietcontrole|nationale\s+bank|bkr|papierwerk|vragen|loonfiche)\b"
)
_CONTACT_ASKED = r"(?:stuur|contacteer|bel|pb|dm|pm|whatsapp|priv[eé]\w*|inbox|mail)\b"

_CUES: list[tuple[re.Pattern[str], float, str]] = [
    (
        lazy_compile(
            r"\b(?:hete|sexy|eenzame)\s+(?:singles|vrouwen|meisjes|dames|foto'?s)\b|\bontmoet\s+(?:vrouwen|mannen|singles)\b|\beenzaam\s*\?"
            r"|\b(?:afslank\w*|dieetpillen|\d+\s*kilo\s+(?:minder|afvallen|kwijt))\b|\bgeen\s+ervaring\s+(?:nodig|vereist)\b"
            r"|\b(?:thuiswerk|thuiswerken|bijverdienste|bijverdienen)\b|\bmega\s*(?:sale|korting|actie|solden)\b"
            r"|\bgegarandeerd\w*\b[^.!?]{0,30}\b(?:rendement|winst)\b|\b(?:rendement|winst)\b[^.!?]{0,30}\bgegarandeerd\b"
            r"|\b(?:inleg|investering)\s+(?:verdubbeld|verdrievoudigd)\b|\bterugbetaling\s+van\s+\d"
            r"|\bsexy\b|\b(?:volg|bekijk|check)\s+(?:mijn|me|m'n|ons|onze)\s+(?:op\s+)?(?:nieuwe?\s+)?(?:insta|instagram|tiktok|snap|snapchat|kanaal|channel|profiel|pagina|account|youtube)\b"
            r"|\bgratis\s+offerte\b|\blaagste\s+prijs\b|\b(?:goedkope?|voordelige?)\s+(?:dakwerken|zonnepanelen|ramen|renovatie|verhuis\w*|leningen?|krediet)\b"
        ),
        0.5,
        "verkooppraatje",
    ),
    (
        lazy_compile(
            r"\b(?:klik|click|druk|tik)\s+(?:hier|op\s+de\s+link|op\s+deze\s+link|snel|nu)\b|\blink\s+in\s+(?:mijn\s+|m'n\s+|de\s+|ons\s+|onze\s+)?(?:bio|profiel)\b|\bcheck\s+(?:mijn|m'n|me)\s+(?:profiel|bio|pagina|account)\b"
        ),
        0.45,
        "klik hier",
    ),
    (
        lazy_compile(
            r"\bgratis\s+(?:iphone|ipad|samsung|playstation|ps5|laptop|tablet|cadeaubon|giftcard|geld|bitcoin|crypto|volgers|followers|likes|reis|vakantie|producten?)\b|\bfree\s+(?:followers|iphone|money|bitcoin|gift)\b"
        ),
        0.7,
        "gratis prijs",
    ),
    (
        lazy_compile(
            r"\b(?:verdien|verdienen|verdiende|verdiend|bijverdienen|cash)\b[^.!?]{0,40}(?:€|euro|eur\b|\$|dollar|per\s+(?:dag|week|maand|uur))|(?:€|euro)\s?\d[\d.,]*\s*(?:per|/|p)\s*(?:dag|week|maand|uur)|\d[\d.,]*\s?(?:€|euro|eur)\s*(?:per|/|p)\s*(?:dag|week|maand|uur)"
        ),
        0.65,
        "snel geld",
    ),
    (
        lazy_compile(
            r"\b(?:bitcoin|btc|crypto|cryptomunt|ethereum|forex|trading\s*expert|beleggingsexpert|account\s*manager|binaire\s+opties|nft|investeer|investeren|investering|passief\s+inkomen|gegarandeerd\s+rendement|rendement\s+van|winst\s+van\s+\d)\b"
        ),
        0.45,
        "beleggingsfraude",
    ),
    (
        lazy_compile(
            r"\bkans\s+(?:te\s+)?(?:maken|maakt)\s+op\b|\b(?:gefeliciteerd|gewonnen|winnaar|geselecteerd|uitgekozen|loterij|lotto\s*winst|prijs\s+(?:ophalen|claimen|afhalen)|claim\s+(?:je|uw)|cadeaubon|giftcard|gift\s*card|waardebon|voucher)\b"
        ),
        0.55,
        "prijs",
    ),
    (
        lazy_compile(
            r"\b(?:verifieer|bevestig|activeer|controleer)\s+(?:uw|je|jouw)\s+(?:account|gegevens|rekening|identiteit|betaling)|\b(?:account|rekening|kaart)\s+(?:wordt|is|word)\s+(?:geblokkeerd|opgeschort|afgesloten|gedeactiveerd)|\bverzendkosten\s+(?:betalen|van\s+\d)|\bpakket\s+(?:wacht|kon\s+niet|niet\s+geleverd|staat\s+klaar)|\bitsme\b.{0,30}\b(?:bevestig|link)|\bbetaalverzoek\b"
            r"|\bbetaal\s+(?:uw|je|jouw)\s+(?:\w+\s+)?(?:boete|verkeersboete|factuur|rekening|belasting|schuld)\b[^.!?]{0,40}\b(?:via|op)\b"
            r"|\b(?:om|ter)\s+(?:een\s+)?(?:verhoging|afsluiting|blokkering|invordering|(?:gerechts)?deurwaarder)\s+(?:te\s+)?(?:vermijden|voorkomen)\b"
            r"|\b(?:vermijd|voorkom)\s+(?:een\s+)?(?:verhoging|afsluiting|blokkering|invordering|(?:gerechts)?deurwaarder)\b"
            # advance fees ("wel eerst € 15 verzendkosten via Payconiq", "kan iemand dat
            # voorschieten?") and card details asked for
            r"|(?:€\s?\d+|\d+\s?(?:€|euro))\s+(?:(?:verzend|transport|administratie|dossier|vrijgave|douane)(?:kosten|kost)|invoerrechten)\b"
            r"|\b(?:verzend|transport|administratie|dossier|vrijgave|douane)kosten\s+(?:van\s+)?(?:€\s?\d|\d+\s?(?:€|euro))"
            r"|\b(?:eerst|vooraf)\b[^.!?]{0,40}\bvia\s+(?:payconiq|overschrijving)\b|\bvia\s+payconiq\s+vooraf\b"
            r"|\b(?:kan\s+iemand|wie\s+kan)\s+(?:mij\s+|me\s+|ons\s+)?(?:\w+\s+){0,3}?voorschieten\b"
            # "kan iemand €50 via Payconiq sturen? ik betaal morgen €100 terug"
            r"|\b(?:kan\s+iemand|wie\s+kan)\s+(?:mij\s+|me\s+)?(?:€\s?\d+|\d+\s?(?:€|euro))\s+(?:via\s+\w+\s+)?(?:sturen|lenen|overschrijven|storten)\b"
            r"|\b(?:voer|vul)\s+(?:uw|je|jouw)\s+(?:kaart|bank|betaal|login|inlog)gegevens\s+in\b"
        ),
        0.7,
        "phishing",
    ),
    (
        lazy_compile(
            r"\b(?:whatsapp|whats\s*app|wa|telegram|signal|dm|pm|inbox|stuur\s+(?:me|mij)\s+(?:een\s+)?(?:bericht|berichtje|dm|pm)|contacteer\s+(?:me|mij))\b[^.!?]{0,20}(?:\+|00)\s?\d[\d\s]{7,}|\b(?:stuur|contacteer|dm|pm)\s+(?:me|mij|ons)\b[^.!?]{0,30}\b(?:info|meer\s+info|details|verdienen|geld|crypto|aanbod|rendement)\b"
        ),
        0.5,
        "contact buiten het platform",
    ),
    # a handle on a messaging app instead of a link: "contacteer ons op telegram @deals_be"
    (
        lazy_compile(
            r"\b(?:whatsapp|whats\s*app|telegram|signal|snapchat|snap|insta|instagram|wickr|threema|kik)\b"
            r"[^.!?]{0,15}@[a-z0-9_.]{3,}"
        ),
        0.5,
        "contact via een berichtenapp",
    ),
    (
        lazy_compile(
            r"\b(?:groothandelsprij[sz]\w*|fabrieksprij[sz]\w*|outletprij[sz]\w*|spotprij[sz]\w*|dumpprij[sz]\w*|replica\w*|namaak\w*|"
            r"merkhorloges|designertassen|(?:dringend|snel)\s+(?:te\s+koop|verkocht|verkopen|weg))\b"
        ),
        0.35,
        "verkoop",
    ),
    (
        lazy_compile(
            r"\b(?:onlyfans|sexy\s+singles|hete\s+singles|dating|sexdate|seks\s*date|webcam\s*girls?|18\+|escort|viagra|cialis|casino|gokken|online\s+casino|bonus\s+code|promocode|kortingscode)\b"
        ),
        0.8,
        "reclame of seks",
    ),
    (
        lazy_compile(
            r"\b(?:dm|pm|pb|stuur|contacteer|app)\s+(?:me|mij|ons)\b|\bstuur\s+(?:een\s+)?(?:dm|pm|pb|berichtje|privebericht)\b|\b(?:werken\s+van\s+thuis|van\s+thuis\s+uit|van\s+thuis|vanuit\s+(?:je|uw)\s+zetel|bijverdienste)\b"
        ),
        0.4,
        "contact of thuiswerk",
    ),
    (
        lazy_compile(
            r"\b(?:volg\s+(?:mij|me|ons)|follow\s+(?:me|back)|abonneer|subscribe|like\s+en\s+deel|deel\s+en\s+win|win\s+(?:een|nu|gratis))\b"
        ),
        0.35,
        "promotie",
    ),
    (
        lazy_compile(
            r"\b(?:bestel|koop)\s+(?:nu|vandaag|hier)\b|\b(?:beperkte|tijdelijke)\s+(?:aanbieding|actie|voorraad)\b|\bop\s+=\s+op\b|\bniet\s+te\s+missen\b|\bmijn\s+(?:webshop|shop|winkel|zaak)\b"
        ),
        0.35,
        "verkoop",
    ),
]

# Cues of their own (apart from the cues above, so that those keep their word gates):
_CUES += [
    # a discount as shops write it ("-50%"): a mild sign on its own (a local business offering
    # "10% korting" on topic is no spam on that alone)
    (
        lazy_compile(
            r"(?<![\w-])-\s?\d{1,2}\s?%(?=[\s!.,]|$)|\bkorting\s+van\s+\d+\s*%|\d+\s*%\s+korting\b"
        ),
        0.35,
        "korting",
    ),
    # "stuur 'ZON' in een DM", "laat het weten in een pb": contact off the page
    (
        lazy_compile(
            r"\bin\s+(?:een\s+|uw\s+|je\s+)?(?:dm|pm|pb|privebericht|priveberichtje|inbox)\b"
        ),
        0.4,
        "contact buiten het platform",
    ),
    # urgency a seller adds: "enkel deze maand", "alleen dit weekend"
    (
        lazy_compile(
            r"\b(?:enkel|alleen|slechts|nog\s+maar)\s+(?:deze|dit|vandaag|morgen)\s*(?:maand|week|weekend)?\b"
        ),
        0.3,
        "haast",
    ),
    # a discount code to type at the till ("-20% met code WERKEN20"): the code ends its clause,
    # which "met de code die u per brief kreeg" does not; and the sales banner's "tot -60%"
    (
        lazy_compile(
            r"\bmet\s+(?:de\s+)?(?:kortings)?code\s+(?:[a-z]+\d+[a-z\d]*\b|[a-z]+\b(?!\s+(?!en\b)[a-z]))"
            r"|\btot\s+-\s?\d{1,2}\s?%"
        ),
        0.5,
        "kortingscode",
    ),
]

# Classic scams and pitches named in the development sets: an inheritance from a lawyer abroad,
# the lonely widower on an oil platform, a deposit for a flat whose owner is abroad, a token that
# "goes 100x", a prize for whoever shares the post, a premium that "expires today".
_CUES += [
    (
        lazy_compile(
            r"\b(?:hallo|hey|dag)\s+(?:mooie|lieve)\s+(?:vrouw|dame|meid)\b"
            r"|\bwaarborg\s+(?:eerst\s+)?(?:overschrijven|storten|betalen)\b|\bsleutels?\s+(?:per|via\s+de)\s+post\b"
            r"|\b\d+\s*x\s+(?:gegarandeerd|deze\s+maand|deze\s+week)\b|\bgegarandeerd\s+\d+\s*x\b|\bpresale\b"
            r"|\buw\s+(?:\w+\s+){1,6}?(?:vervalt|verloopt)\s+(?:vandaag|morgen|binnen\s+\d+\s+(?:uur|dagen))\b"
            r"|\bu\s+(?:heeft|hebt)\s+recht\s+op\s+(?:een\s+)?(?:terugbetaling|teruggave|premie|vergoeding)\b"
            r"|\b(?:identiteit|gegevens|account|rekening)\s+(?:te\s+)?(?:bevestigen|verifieren|controleren)\s+via\b"
            r"|\bvoor\s+een\s+(?:kleine|klein)\s+(?:bijdrage|vergoeding|som|bedrag|centje)\b"
            r"|\blog\s+(?:hier\s+)?in\s+met\s+(?:facebook|itsme|uw\s+bank\w*|je\s+bank\w*)\b"
            r"|\b(?:via|met)\s+western\s*union\b|\bgeen\s+bezichtiging\b"
            r"|\bgratis\s+\w+\s+voor\s+de\s+eerste\s+\d+\s+(?:reacties|reageerders|comments|delers|"
            r"mensen\s+die\s+(?:reageren|delen|liken))\b"
        ),
        0.6,
        "oplichting",
    ),
    (
        lazy_compile(
            r"\b(?:geven|verloten|schenken)\s+(?:een|onze|deze|twee|\d+)\s+(?:[\w-]+\s+){0,3}?(?:weg\s+)?aan\s+"
            r"(?:iemand|wie|iedereen)\s+die\s+(?:deze|dit|onze)\s+(?:post|bericht|pagina)\s+(?:deelt|liket|leuk\s+vindt)\b"
            r"|\b(?:token|coin|munt)\s+(?:gaat|zal)\s+\d+\s*x\b|\bstap\s+nu\s+in\b"
        ),
        0.6,
        "verkooppraatje",
    ),
]

# Scams that need no second sign: a stranger's inheritance in millions, the widower on an oil
# platform, discreet dates with hundreds of singles; and the owner "abroad", a mild sign that
# with a deposit asked for is the rental scam.
_CUES += [
    (
        lazy_compile(
            r"\b(?:erfenis|erfgenamen|nalatenschap)\b[^.!?]{0,80}?(?:miljoen|€\s?\d)"
            r"|\b(?:weduwnaar|weduwe)\b[^.!?]{0,60}?\b(?:olieplatform|militair|missie|vvn|vn)\b"
            r"|\bdiscrete\s+(?:date|dates|afspraak|afspraakjes|ontmoeting\w*)\b|\b\d+\s+singles\b"
        ),
        0.87,
        "oplichting",
    ),
    (
        lazy_compile(r"\b(?:ik\s+)?(?:zit|woon|ben|verblijf)\s+(?:nu\s+)?in\s+het\s+buitenland\b"),
        0.35,
        "eigenaar in het buitenland",
    ),
]

# Families of spam without links or scam words, from the fifth corpus round: giveaway mechanics,
# dating bots and lures, testimonials for "traders", account-recovery scams, private loans, fake
# goods and follower sales, ghost-writing and SEO offers, multi-level marketing.
_CUES += [
    # a giveaway takes two of these: what to do ("typ JA onder deze post", "deel dit") and a prize
    # drawn ("wij verloten", "morgen trekken we de winnaar")
    (
        lazy_compile(
            r"\b(?:typ|type|reageer\s+met|schrijf)\s+[\"'“”]?\w+[\"'“”]?\s+(?:hieronder|onder\s+(?:deze|dit)\s+(?:post|bericht))\b"
            r"|\b(?:deel|delen)\s+(?:dit|deze\s+post|dit\s+bericht|hem|het|en\s+(?:win|reageer|tag|like))\b"
            r"|\bwie\s+(?:dit|deze)\s+(?:bericht\s+|post\s+)?deelt\b"
            r"|\bvergeet\s+(?:niet\s+)?te\s+taggen\b|\b\d+\s+keer\s+delen\b"
        ),
        0.45,
        "weggeefactie",
    ),
    (
        lazy_compile(
            r"\b(?:wij\s+)?verloten\b|\b(?:trekken|kiezen)\s+we\s+(?:de\s+)?(?:gelukkige|winnaar|winnaars)\b"
            r"|\bwinnaars?\s+(?:worden|wordt)\s+\w+\s+bekendgemaakt\b|=\s*\d+\s+kans\b"
        ),
        0.5,
        "weggeefactie",
    ),
    (
        lazy_compile(
            r"\b(?:kijk|check)\s+(?:eens\s+)?(?:naar\s+)?(?:mijn|m'n)\s+(?:profiel|foto'?s?|bio|verhalen|stories)\b"
            r"|\bklik\s+op\s+(?:mijn|m'n)\s+(?:naam|foto|profiel)\b|\b(?:nummer|snap|insta)\s+staat\s+in\s+(?:mijn|m'n)\s+bio\b"
            r"|\bstuur\s+(?:me|mij)\s+(?:een\s+)?vriendschapsverzoek\b|\b(?:hey|hallo|hoi|hi)\s+(?:schat|knappe|lieverd|schatje|knapperd)\b"
            r"|\beenzame\s+(?:meid|vrouw|dame|weduwe)\b|\bsugar\s*(?:daddy|baby|mama)\b|\bstout\s+gesprek\b"
            r"|\bpikante\s+(?:filmpjes|foto'?s|video'?s)\b|\bverboden\s+(?:video|filmpje|foto)\b|\bmijn\s+andere\s+profiel\b"
            r"|\bzoek\s+(?:de\s+)?liefde\s+in\s+belgie\b|\bik\s+wacht\s+op\s+(?:u|je|jou)\b"
            # "je lijkt me een interessante man, mag ik je een privébericht sturen?"
            r"|\b(?:je|jij|u)\s+(?:lijkt|lijk)\s+(?:me|mij)\s+een\s+(?:heel\s+)?(?:leuke|interessante|knappe|lieve|toffe)\s+(?:man|vrouw|persoon|meid|kerel)\b"
            r"|\bmag\s+ik\s+(?:je|u)\s+(?:een\s+)?(?:prive|privé)\s*(?:bericht|berichtje)\s+sturen\b"
            r"|\bsingles\s+(?:uit|in|van)\s+\w+(?:\s+en\s+omstreken)?\s+wachten\s+op\s+(?:je|jou|u)\b"
        ),
        0.6,
        "lokaas of datingbot",
    ),
    (
        lazy_compile(
            r"\bdankzij\s+(?:mevrouw|meneer|mijnheer|mevr|mr|mrs|coach|expert)\s+\w+"
            # "financieel vrij dankzij @invest_with_jeroen" (not "dankzij @jan is het park proper")
            r"|\b(?:financieel\s+vrij|schuldenvrij|winst|rendement|verdien\w*|pensioen)\b[^.!?]{0,40}\bdankzij\s+@\w+"
            r"|\b(?:tradingwinst\w*|handelsstrategie\w*|beleggingscoach\w*|handelssignalen|tradingsignalen|winstkans)\b"
            r"|\bmoney\s*flip\w*\b|\bflip\s+(?:uw|je|jouw)\s+\d|\b(?:het|uw)\s+(?:tienvoudige|vijfvoudige|drievoudige)\b"
            r"|\blaat\s+(?:uw|je|jouw)\s+geld\s+(?:voor\s+(?:u|je|jou)\s+)?werken\b|\b(?:gratis\s+)?masterclass\b"
            r"|\bwil\s+mijn\s+geluk\s+delen\b"
        ),
        0.6,
        "beleggingsfraude",
    ),
    # "Onze kruidenpleister helpt 98% van de gebruikers binnen 3 dagen! Bestel op pijnvrij-nu.com"
    (
        lazy_compile(
            r"\b(?:bestel|koop|bestellen|kopen)\s+(?:nu\s+|hier\s+|snel\s+)?(?:op|via)\s+[a-z0-9-]+\.[a-z]{2,}\b"
        ),
        0.5,
        "verkoop: bestellen op een site",
    ),
    (
        lazy_compile(r"\bhelpt\s+\d+\s*%\s+van\s+de\s+(?:gebruikers|klanten|mensen|patienten)\b"),
        0.45,
        "wondermiddel",
    ),
    (
        lazy_compile(
            # "verdien automatisch terwijl je slaapt", "al 4000 Vlamingen rijk gemaakt"
            r"\bverdien\w*\s+(?:\w+\s+){0,2}?terwijl\s+(?:je|u|ge|gij)\s+slaapt\b"
        ),
        0.55,
        "snelle winst",
    ),
    (
        lazy_compile(r"\b(?:\d[\d.]*|duizenden|honderden)\s+(?:\w+\s+)?rijk\s+gemaakt\b"),
        0.55,
        "snelle winst",
    ),
    # "een rijbewijs of identiteitskaart zonder gedoe? Ik regel het, DM me", "een LEZ-boete? Ik ken
    # iemand die ze laat verdwijnen. Stuur me een PB." (offered with a contact: not "rijbewijs
    # zonder examen? Dat is een fabeltje")
    (
        lazy_compile(
            r"(?:\b(?:rijbewijs|identiteitskaart|id-kaart|eid|paspoort|verblijfsvergunning|diploma|attest|sociale\s+woning)\b[^.!?]{0,40}?"
            r"\bzonder\s+(?:gedoe|examen|papieren|problemen|vragen|wachttijd|wachtlijst)\b"
            r"|\b(?:boete|boetes|pv|gas-boete|lez-boete|punten|flitsboete)\b[^.!]{0,40}?\b(?:laat|laten|doen)\s+verdwijnen\b)"
            r"(?=[^!]{0,60}\b(?:ik\s+regel|regel\s+ik|dm|pb|pm|stuur|contacteer|whatsapp|bel\s+me|sms|prive\w*|privé\w*)\b)"
        ),
        0.6,
        "oplichting: vervalste papieren of boetes",
    ),
    # "GRATIS tickets voor de eerste 50 die reageren ... gegevens invullen op tml-giveaway.com"
    (
        lazy_compile(
            r"\bvoor\s+de\s+eerste\s+\d+\s+(?:die|personen|mensen|reacties)\b"
            r"|\b(?:gegevens|bankgegevens|kaartgegevens)\s+(?:\w+\s+)?invullen\s+(?:op|via)\b"
        ),
        0.5,
        "weggeefactie: eerste reacties, gegevens",
    ),
    # "$FLANDR ... 100x incoming"
    (
        lazy_compile(r"(?<![\w$])\$[a-z]{3,8}\b"),
        0.5,
        "beleggingsfraude: munt",
    ),
    (
        lazy_compile(r"\b\d{2,4}x\s+(?:incoming|gegarandeerd|winst|potentieel)\b|🚀\s*🚀"),
        0.45,
        "beleggingsfraude: belofte",
    ),
    # "uw verkeersboete is nog niet betaald ... betaal onmiddellijk via boetes-politie-belgie.be":
    # a debt, then a hyphenated site to pay it on (the public services' own sites have none)
    (
        lazy_compile(
            r"\b(?:niet|nog\s+niet)\s+betaald\b[^!?]{0,80}?\bbetaal\s+(?:\w+\s+){0,2}?(?:via|op)\s+"
            r"(?:https?://)?(?:www\.)?[a-z0-9]+-[a-z0-9-]+\.[a-z]{2,}"
        ),
        0.6,
        "phishing: betalen via een link",
    ),
    # Third cycle, from the misses of holdout101/102.
    # "koop nu aan 0,01 en word miljonair"
    (
        lazy_compile(
            r"\bword\s+(?:snel\s+|ook\s+|binnenkort\s+|gegarandeerd\s+)?(?:miljonair|schatrijk|rijk)\b"
        ),
        0.5,
        "beleggingsfraude: belofte van rijkdom",
    ),
    # "Met €250 begonnen, nu €12.000."
    (
        lazy_compile(
            r"\bmet\s+(?:€\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|euro|eur))\s+begonnen\s*,?\s+(?:en\s+)?(?:nu|vandaag|intussen)\s+"
            r"(?:al\s+)?(?:€\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|euro|eur))"
        ),
        0.6,
        "beleggingsfraude: getuigenis",
    ),
    # "... dringend geld nodig voor een vliegticket ... Ik betaal volgende week dubbel terug."
    (
        # (the writer's promise: not "dat betaal je later dubbel terug", a cost foreseen)
        lazy_compile(
            r"\b(?:ik|k|we|wij)\s+(?:\w+\s+)?betaal\w*\s+(?:\w+\s+){0,3}?(?:dubbel|het\s+dubbele|twee\s+keer\s+zoveel|"
            r"met\s+interest)\s+terug\b"
        ),
        0.6,
        "oplichting: geld geleend",
    ),
    # "ik regel alles tegen een kleine vergoeding" (a service offered for money, beside a contact)
    (
        lazy_compile(
            r"\bregel\s+(?:alles|het|dat|uw\s+\w+)\s+(?:voor\s+u\s+)?(?:tegen|voor)\s+een\s+(?:kleine\s+)?(?:vergoeding|bedrag|prijsje)\b"
        ),
        0.5,
        "aanbod: dienst tegen betaling",
    ),
    # "Door een drukfout hebben we 200 campers die we niet kunnen verkopen, we geven ze weg!"
    (
        lazy_compile(
            r"\bdoor\s+een\s+(?:drukfout|productiefout|bestelfout|fout\s+in\s+(?:de|onze)\s+(?:bestelling|voorraad))\b"
        ),
        0.45,
        "weggeefactie: lokaas",
    ),
    # Fourth cycle, from the misses of holdout103/104.
    # "Wie helpt met de overschrijving krijgt 10%." (an inheritance to move, a share promised)
    (
        lazy_compile(
            r"\bwie\s+(?:mij\s+|ons\s+)?(?:helpt|meehelpt)\s+(?:\w+\s+){0,6}?krijgt\s+(?:\d+\s*%|een\s+deel|de\s+helft)"
        ),
        0.6,
        "oplichting: voorschotfraude",
    ),
    # "Rijbewijs, identiteitskaart of verblijfskaart nodig? Stuur PB, snel en discreet."
    (
        lazy_compile(
            r"\b(?:rijbewijs|identiteitskaart|id-kaart|verblijfskaart|verblijfsvergunning|paspoort|diploma)\w*\b[^.!?]{0,50}?"
            r"\bnodig\s*\?[^.!?]{0,40}?\b(?:discreet|zonder\s+(?:vragen|examen|papieren))\b"
        ),
        0.6,
        "valse documenten",
    ),
    # "Bel nu en vermeld deze post!": a discount code for a business's customers
    (
        lazy_compile(
            r"\bvermeld\s+(?:deze|dit|de)\s+(?:post|bericht|code|advertentie|facebookpost)\b"
        ),
        0.5,
        "promotie: actie",
    ),
    # "koop nu XRP voor de grote stijging": a coin to buy before its rise, as a command
    (
        lazy_compile(
            r"\b(?:koop|kopen|instappen)\s+(?:(?:nu|snel|vandaag|meteen)\s+){1,2}(?:nog\s+)?(?:in\s+)?(?:\$?[a-z]{3,10}\s+)?"
            r"(?:voor|voordat|voor\s+de)\s+(?:de\s+)?(?:grote\s+|volgende\s+)?(?:stijging|koersstijging|pump|explosie)\b"
        ),
        0.5,
        "beleggingsfraude: belofte van stijging",
    ),
    # "gratis koffie en 20% korting op alle toestellen", "3+1 gratis hoofdkussens"
    (
        lazy_compile(
            r"\bgratis\s+(?:koffie|cava|drankje|hapje|taart)\s+en\s+\d+\s*%\s+korting\b|\b\d\s*\+\s*\d\s+gratis\b"
        ),
        0.5,
        "promotie: actie",
    ),
    # "Ben jij ook je 9-to-5 beu? DM mij en ik laat je zien hoe ik van thuis werk"
    (
        lazy_compile(
            r"\b9\s*-?\s*to\s*-?\s*5\b|\bnegen-tot-vijf\b"
            r"|\blaat\s+(?:je|u|jou)\s+zien\s+hoe\s+ik\s+(?:\w+\s+){0,2}?(?:van\s+)?thuis\s+(?:werk|verdien)\b"
        ),
        0.5,
        "thuiswerk",
    ),
    # "Ethereum staking geeft 3% per DAG": no honest investment pays by the day
    (
        lazy_compile(
            r"\b\d+(?:[.,]\d+)?\s*%\s*(?:rendement\s+|winst\s+|interest\s+)?(?:per|/|p|elke|iedere)\s*(?:dag|week)\b"
        ),
        0.6,
        "beleggingsfraude: rendement per dag",
    ),
    # "Zelfs BV's investeren in Bitcoin Evolution, de regering wil het verbieden!"
    (
        lazy_compile(
            r"\b(?:bv'?s|bekende\s+vlamingen)\s+(?:\w+\s+)?(?:investeren|beleggen|verdienen)\s+(?:al\s+)?(?:in|met)\s+"
            r"(?:\w+\s+)?(?:bitcoin|crypto|ethereum|trading|forex|platform|app|evolution|ai)\b"
            r"|\b(?:regering|overheid|banken)\s+wil(?:len)?\s+(?:het|dit|dat)\s+verbieden\b"
        ),
        0.45,
        "beleggingsfraude: lokaas",
    ),
    # "ik heb 2 iPhones te veel, ik geef ze weg aan wie dit bericht deelt"
    (
        lazy_compile(
            r"\b(?:geef|geven)\s+(?:ze|het|die|deze|dat|\d+\s+\w+)\s+(?:gratis\s+)?weg\s+aan\s+wie\b"
        ),
        0.5,
        "weggeefactie",
    ),
    # "kom naar onze toonzaal", "showroom in Wetteren elke zondag open"
    (
        lazy_compile(
            r"\b(?:kom|bezoek|welkom)\s+(?:\w+\s+){0,2}?(?:onze|ons)\s+(?:toonzaal|showroom)\b"
            r"|\b(?:toonzaal|showroom)\s+(?:in\s+\w+\s+)?(?:elke|iedere|ook)\s+\w+\s+open\b"
        ),
        0.5,
        "promotie: toonzaal",
    ),
    # "@crypto_lisa_trades heeft mij op 2 weken €8000 opgeleverd": a trader's handle and what
    # it earned the writer, counted as two signs of a pitch
    (
        lazy_compile(
            r"@[\w.]*(?:crypto|trade|trades|trading|invest|forex|bitcoin|btc|profit|fx_)[\w.]*"
        ),
        0.5,
        "beleggingsfraude: handelsaccount",
    ),
    (
        lazy_compile(
            r"\b(?:heeft|hebben|bracht|brachten)\s+(?:mij|me|ons)\s+(?:op|in|na)\s+(?:\d+|een|twee|drie|vier|enkele|amper)\s+"
            r"(?:dagen|weken|maanden|dag|week|maand)\s+(?:tijd\s+)?(?:€\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|euro|eur)\b)"
            r"(?=[^.!?]{0,20}\b(?:opgeleverd|opgebracht|verdiend|winst|rendement|gemaakt)\b)"
        ),
        0.45,
        "beleggingsfraude: snelle winst",
    ),
    (
        lazy_compile(
            r"\bethische\s+hacker\w*\b|\bhackersteam\b|\b(?:ik|wij|we)\s+herstel\w*\s+(?:het|uw|je|jouw)\b"
            r"|\b(?:halen|haal)\s+(?:uw|je|jouw)\s+(?:geld|crypto|bitcoins?)\s+terug\b|\bfondsherstel\b"
        ),
        0.5,
        "herstelzwendel",
    ),
    (
        lazy_compile(
            r"\bparticuliere\s+lening\w*\b|\blening\w*\s+tussen\s+particulieren\b|\bzonder\s+bankgarantie\b"
            r"|\bik\s+(?:bied|leen)\s+(?:u|je|jou|iedereen)?\s*(?:\w+\s+){0,2}?(?:lening|leningen|krediet|geld)\b"
            r"|\bgeweigerd\s+bij\s+de\s+bank\b|\bkrediet\s+nodig\b"
            r"|\b(?:snelle|snel\s+een)\s+lening\w*\b|\blening\w*\s+zonder\s+(?:controle|papieren|vragen)\b"
        ),
        0.7,
        "leningen",
    ),
    (
        lazy_compile(
            r"\bzonder\s+accijns\b|\boriginele\s+kwaliteit\b|\bniet\s+van\s+echt\s+te\s+onderscheiden\b|\bmerkparfums\b"
            r"|\b\d+[\d.k]*\s+(?:echte\s+)?(?:belgische\s+)?(?:volgers|followers|likes|views)\s+(?:voor|aan|per)\b"
            r"|\bplagiaatvrij\b|\bbacklinks\b|\bseo[-\s]?diensten\b|\beerste\s+pagina\s+van\s+google\b"
            r"|\b(?:wij|we)\s+schrijven\s+(?:hem|het|uw|je|jouw)\b"
        ),
        0.6,
        "verkoop",
    ),
    (
        lazy_compile(
            r"\b(?:mijn\s+)?eigen\s+baas\b|\bteamleden\b|\bmijn\s+team\s+groeit\b|\bonline\s+(?:zaak|typwerk|job)\b"
            r"|\belke\s+dag\s+uitbetaald\b|\bmijn\s+recruiter\b|\bproductreviewer\b"
            r"|\b(?:info|meer\s+info|details)\s+in\s+(?:mijn|m'n)\s+inbox\b|\bserieuze\s+mensen\s+(?:schrijven|sturen|contacteren)\b"
            r"|\bvraag\s+(?:me|mij)\s+(?:haar|zijn|de)\s+(?:gegevens|nummer|contact)\b|\breageer\s+met\s+[\"'“”]\w+"
        ),
        0.4,
        "contact of thuiswerk",
    ),
]


# Sixth session, from the misses of holdout29/30: a fee asked to return a found pet, money asked
# "to help", and the phrases of an advert ("bel vandaag nog", "geld terug", "actie geldig tot").
_CUES += [
    (
        lazy_compile(
            r"\bstuur\s+(?:me\s+|mij\s+|eerst\s+)?(?:€\s?\d+|\d+\s*(?:euro|eur|€))\s+(?:voor|als|om|en)\b"
            r"|\b(?:helpen|steunen)\s+met\s+(?:€\s?\d+|\d+\s*(?:euro|eur|€))"
        ),
        0.5,
        "voorschot",
    ),
    (
        lazy_compile(
            r"\bbel\s+(?:vandaag\s+nog|nu|vandaag)\b|\bgeld\s+terug\b|\bactie\s+geldig\s+tot\b"
            r"|\bbestel\s+(?:nu|vandaag|via\s+onze)\b|\bgebruik\s+(?:de\s+)?(?:code|kortingscode)\s+\w+"
            r"|\b(?:ontvang|krijg)\s+(?:een\s+)?gratis\b|\bgratis\s+(?:plaatsing|installatie|montage)\b"
        ),
        0.3,
        "reclame",
    ),  # "Vraag nu uw offerte aan", "Boek nu via onze site!!": a business calling for custom
    (
        lazy_compile(
            r"\bvraag\s+(?:nu|vandaag)\s+(?:nog\s+)?(?:uw|je|jouw|een)\s+(?:gratis\s+|vrijblijvende\s+)?offerte\s+aan\b"
            r"|\b(?:boek|reserveer|bestel)\s+(?:nu|vandaag)\s+(?:nog\s+)?(?:via|op)\s+onze\s+(?:site|website|webshop|app)\b"
            # "Code ROTONDE10 voor korting"
            # (not "met code ZOMER10 korting op de zwembadbeurten van de stad": the town's own)
            r"|\b(?:code|kortingscode|promocode)\s+[a-z]*\d+[a-z0-9]*\s+(?:voor|=|geeft)\s+(?:\d+\s*%\s+|extra\s+)?korting\b"
            r"(?![^.!?]{0,60}\b(?:stad|gemeente|stedelijke?|gemeentelijke?)\b)"
        ),
        0.5,
        "reclame",
    ),
    # "dankzij Quantum Bit Pro heb ik mijn hele lening afbetaald": a testimonial
    (
        lazy_compile(
            r"\bdankzij\s+(?!(?:de|het|onze|mijn|jullie|uw)\b)(?:[\w-]+\s+){1,3}(?:heb|ben)\s+ik\s+(?:\w+\s+){0,3}?(?:lening|leningen|schulden|hypotheek|afbetaald|"
            r"schuldenvrij|verdiend)\b|\bbekende\s+vlamingen\s+(?:doen|gebruiken)\s+(?:het|dit)\s+ook\b"
        ),
        0.5,
        "getuigenis",
    ),
    # "Ik regel papieren snel en discreet": papers for sale
    (
        lazy_compile(
            r"\b(?:regel|regelen|bezorg|bezorgen|lever|leveren)\s+(?:\w+\s+)?(?:papieren|verblijfspapieren|verblijfsvergunning|"
            r"rijbewijs|rijbewijzen|diploma|diplomas|attesten)\b(?=[^.!?]{0,30}\b(?:snel|discreet|zonder\s+examen)\b)"
        ),
        0.5,
        "aanbod: papieren",
    ),
    # "Boetes kwijtgeraken? Contacteer me privé, ik ken de juiste mensen": a fix offered
    (
        lazy_compile(
            r"\bik\s+ken\s+(?:de\s+)?(?:juiste|goede)\s+(?:mensen|personen|contacten)\b"
            r"|\b(?:boetes?|pv'?s|processen-verbaal)\s+(?:\w+\s+)?(?:kwijtgeraken|kwijtraken|laten\s+verdwijnen|wegwerken)\s*\?"
        ),
        0.5,
        "aanbod: connecties",
    ),
    # "een lening zonder kredietcheck", "€85 cash klaarleggen", "reageer met uw adres"
    (
        lazy_compile(
            # (not "een lening zonder controle? Nee, ga naar uw bank")
            r"\blening\s+zonder\s+(?:kredietcheck|bkr|loonfiche)\b(?!\s+(?:bestaat|bestaan)\b)"
        ),
        0.5,
        "lening",
    ),
    (
        lazy_compile(
            r"\b(?:cash|contant|contanten)\s+(?:\w+\s+)?klaar\s*(?:leggen|houden|hebben)\b"
            r"|\bleg\s+(?:\S+\s+){0,3}?(?:cash|contant)\s+klaar\s+voor\s+(?:de|het|uw|je)\s+(?:nieuwe\s+)?(?:meter|teller|"
            r"controle|keuring|technieker|installatie)\b"
        ),
        0.5,
        "oplichting: cash klaarleggen",
    ),
    (
        lazy_compile(
            r"\breageer\s+met\s+(?:uw|je|jouw)\s+(?:adres|gegevens|rekeningnummer|gsm-?nummer|telefoonnummer)\b"
        ),
        0.5,
        "oplichting: gegevens gevraagd",
    ),
    # "examens mét de antwoorden 😉 DM voor prijs", "nu voor maar €89 ipv €299"
    (
        lazy_compile(
            r"\b(?:examens?|toetsen|proefwerken)\b[^.!?]{0,40}?\bmet\s+(?:de\s+)?(?:antwoorden|oplossingen)\b"
        ),
        0.5,
        "verkoop: examens",
    ),
    (
        lazy_compile(
            r"\b(?:dm|pm|pb|inbox|stuur\s+(?:me|mij)\s+een\s+bericht\w*)\s+voor\s+(?:de\s+)?(?:prijs|prijzen|info)\b"
        ),
        0.5,
        "contact voor een prijs",
    ),
    (
        lazy_compile(
            r"\b(?:maar|slechts|nu)\s+€\s?\d+(?:[.,]\d+)?\s+(?:ipv|i\.p\.v\.|in\s+plaats\s+van)\s+€\s?\d+"
        ),
        0.5,
        "korting: doorstreepte prijs",
    ),
    # "Stuur een berichtje voor een gratis prijsofferte", "goedkope sigaretten en parfums"
    (
        lazy_compile(
            r"\bstuur\s+(?:me\s+|ons\s+)?(?:een\s+)?(?:berichtje|bericht|dm|pm|mail)\s+voor\s+(?:een\s+|uw\s+)?(?:gratis\s+)?"
            r"(?:prijs)?offerte\b"
            r"|\bgoedkope\s+(?:sigaretten|sigaren|tabak|parfums?|merkkledij|iphones|gsms|gsm's|sneakers)\b"
            r"(?=[^!]{0,60}\b(?:stuur|dm|pm|pb|levering|lever|leveren|bestel|prive|privebericht)\b)"
        ),
        0.5,
        "verkoop",
    ),
]

# Seventh session, from the misses of holdout35/36: a fee to return a found pet ("moet wel 50
# euro overmaken voor ik hem teruggeef"), a place without the waiting list offered in private,
# an account to follow for a party list.
_CUES += [
    (
        lazy_compile(
            r"(?:€\s?\d+|\b\d+\s*(?:euro|eur|€))[^.!?]{0,40}?\b(?:overmaken|overschrijven|storten|betalen)\s+"
            r"(?:voor|voordat|vooraleer)\s+(?:ik|we|wij)\b"
        ),
        0.5,
        "voorschot",
    ),
    (
        lazy_compile(
            r"\b(?:sociale\s+woning|woning|verblijfsvergunning|rijbewijs|plaats\s+in\s+de\s+\w+|kinderopvang)\b"
            r"[^.!?]{0,30}?\bzonder\s+(?:wachtlijst|wachttijd|examen)\b[^!]{0,120}?\b(?:discreet|discrete|pb|dm|pm|"
            r"prive|privebericht)\b"
        ),
        0.6,
        "voorrang te koop",
    ),
    # "2 gratis vliegtickets aan iedereen die deze pagina volgt en zijn geboortedatum in de comments
    # zet": a fake giveaway that harvests data
    (
        lazy_compile(
            r"\b(?:iedereen|wie|elke\s+\w+)\s+die\s+(?:(?:deze|onze|mijn)\s+(?:pagina|account|post)|dit|deze\s+post)\s+"
            r"(?:volgt|liket|deelt)\b"
        ),
        0.5,
        "wedstrijd",
    ),
    (
        lazy_compile(
            r"\b(?:geboortedatum|rijksregisternummer|kaartnummer|pincode|adres)\s+(?:\w+\s+){0,2}?in\s+de\s+"
            r"(?:comments|reacties|commentaren)\b"
        ),
        0.6,
        "gegevens gevraagd",
    ),
    # "ik help mensen met hun schulden, stuur me privé een berichtje", "volgers verdubbelen? DM",
    # "gratis blikje bij elke bestelling vandaag"
    (
        lazy_compile(
            r"\b(?:help|helpen)\s+(?:mensen\s+)?(?:met|van)\s+(?:hun\s+|uw\s+|je\s+)?schulden\b"
        ),
        0.3,
        "schuldhulp",
    ),
    (
        lazy_compile(
            r"\b(?:volgers|followers|likes|views)\s+(?:verdubbelen|kopen|boosten|x2|x10)\b"
        ),
        0.6,
        "volgers te koop",
    ),
    (
        lazy_compile(r"\bgratis\s+\w+\s+bij\s+(?:elke|iedere|uw)\s+(?:bestelling|aankoop)\b"),
        0.3,
        "reclame",
    ),
    # "een lening zonder bankcontrole, stuur me een privébericht"
    (
        lazy_compile(
            # (offered: a contact is asked for, before or after; not "een lening zonder controle?
            # Ga naar uw bank")
            rf"\b{_LOAN_WITHOUT_CHECKS}(?=.*\b{_CONTACT_ASKED})|\b{_CONTACT_ASKED}.{{0,120}}?\b{_LOAN_WITHOUT_CHECKS}"
        ),
        0.6,
        "lening zonder controle",
    ),
    # "Franse bulldog pup gratis, ge betaalt enkel het transport vanuit Kameroen": a pet that
    # does not exist; "€300 per opdracht! Eerst €60 inschrijvingsgeld betalen": a fee before
    # the job (not "eerst €10 inschrijvingsgeld voor het kamp")
    (
        lazy_compile(
            r"\b(?:(?:pup|pups|puppy|puppys|kitten|kittens|hondje|hondjes|katje|katjes|pupje)\b[^.!?]{0,60}?\bgratis|"
            r"gratis\s+(?:\w+\s+)?(?:pup|pups|puppy|puppys|kitten|kittens|hondje|hondjes|katje|katjes|pupje))\b[^!?]{0,80}?"
            r"\b(?:transport|verzending|verzendkosten|vervoerskosten|vliegticket|douane)\b"
            r"|\b(?:verdien\w*|per\s+(?:opdracht|dag|week|maand|uur)|opdrachten?|jobs?|bijverdienste)\b.{0,150}?"
            r"\b(?:eerst|vooraf|eenmalig)\s+(?:€\s?\d+|\d+\s*(?:euro|eur|€))\s+(?:\w+\s+){0,2}?(?:inschrijvingsgeld|"
            r"administratiekosten|dossierkosten|borg|waarborg|activatiekosten|startpakket)\b"
        ),
        0.6,
        "oplichting",
    ),
    # "Knappe jongedames beschikbaar in uw regio, discreet": a sex ad
    (
        lazy_compile(
            r"\b(?:knappe|mooie|eenzame|hete|sexy|geile|rijpe)\s+(?:jongedames|dames|meiden|meisjes|vrouwen|singles|"
            r"moeders|mamas|mama's|milfs)\s+(?:\w+\s+){0,2}?(?:beschikbaar|zoeken\s+contact|wachten\s+op\s+(?:u|je|jou)|"
            r"in\s+(?:uw|je|jouw)\s+(?:regio|buurt|omgeving))\b"
        ),
        0.6,
        "seksreclame",
    ),
    # "Autoverzekering vergelijken in 2 minuten op verzekerdeal.be, probeer het nu!": a sales
    # pitch and its call to act, two cues
    (
        lazy_compile(
            r"\b(?:vergelijk|vergelijken|bespaar|besparen|afsluiten|sluit)\s+(?:\w+\s+){0,2}?in\s+(?:\d+|twee|drie|vijf)\s+"
            r"(?:minuten|minuutjes|klikken|seconden)\b"
        ),
        0.3,
        "reclame",
    ),
    (
        lazy_compile(
            r"\b(?:probeer|bestel|test)\s+(?:het\s+)?(?:nu|vandaag|meteen)\b|\bnu\s+(?:proberen|bestellen)\b"
        ),
        0.3,
        "oproep tot kopen",
    ),
    # "volg @x voor de beste feestjes, DM voor de VIP-lijst" ("volg @stad_gent voor het
    # programma" alone is the organisation's own account)
    (lazy_compile(r"\bvolg\s+@\w+\s+voor\b"), 0.3, "reclame"),
    (
        lazy_compile(r"\bvolg\s+@\w+\s+voor\b[^!?]{0,60}?\b(?:dm|pm|pb)\b"),
        0.6,
        "reclame voor een account",
    ),
    # Eleventh session, from the misses of holdout73/74.
    # "mijn buurvrouw heeft haar lening afbetaald met Ethereum ... vraag me hoe 👇": a testimony
    # of crypto riches and the bait to ask
    (
        lazy_compile(
            r"\b(?:lening|leningen|schulden|schuld|hypotheek|huis|auto)\s+(?:\w+\s+){0,2}?(?:afbetaald|afgelost|betaald|gekocht)\s+"
            r"(?:met|dankzij|via)\s+(?:\w+\s+)?(?:bitcoin|btc|crypto|ethereum|trading|forex|beleggen)\b"
        ),
        0.6,
        "beleggingsfraude: getuigenis",
    ),
    (lazy_compile(r"\bvraag\s+(?:me|mij|ons)\s+(?:gerust\s+)?hoe\b"), 0.4, "contact"),
    # "duurt uw vergunning te lang? Ik ken iemand die dat sneller regelt 😉 Stuur een PM": a
    # way around the rules, sold in private
    (
        lazy_compile(
            r"\bik\s+ken\s+(?:iemand|een\s+(?:man|vrouw|gast|mannetje))\s+die\s+(?:dat|da|het|uw\s+\w+|je\s+\w+)\s+"
            r"(?:\w+\s+)?(?:sneller|rapper|vlugger)\s+(?:regelt|kan\s+regelen|in\s+orde\s+brengt|erdoor\s+krijgt)\b"
        ),
        0.5,
        "een dienst langs de regels om",
    ),
    # "verblijfsvergunning of werkpapieren? Ik heb contacten bij de dienst, stuur me privé"
    (
        lazy_compile(
            r"\bik\s+(?:heb|ken)\s+(?:\w+\s+)?(?:contacten|connecties|iemand|mensen)\s+(?:bij|op|in)\s+(?:de|het)\s+"
            r"(?:dienst|gemeente|stad|politie|ocmw|loket|vreemdelingenzaken|burgerzaken|rijbewijzen)\b"
        ),
        0.5,
        "een dienst langs de regels om",
    ),
    # "stuur uw bankgegevens en kaartcode in een privébericht": card details asked for
    (
        lazy_compile(
            r"\b(?:stuur|geef|bezorg|bezorgt|stuurt)\s+(?:ons\s+|mij\s+|me\s+)?(?:uw|je|jouw)\s+(?:\w+\s+)?"
            r"(?:bankgegevens|kaartcode|pincode|kaartnummer|rekeninggegevens|inloggegevens|itsme-code|itsmecode)\b"
        ),
        0.7,
        "gegevens gevraagd",
    ),
    # "wie wil snel geld lenen zonder kredietcheck?"
    (
        lazy_compile(r"\b(?:geld\s+)?lenen\s+zonder\s+(?:kredietcheck|bkr|loonfiche|controle)\b"),
        0.6,
        "lening zonder controle",
    ),
    # Twelfth session, from the misses of holdout81/82.
    # "kan u voor 150 euro vooraan op de wachtlijst van de sociale woningen zetten"
    (
        lazy_compile(
            r"\b(?:voor|tegen)\s+(?:€\s?\d+|\d+\s*(?:euro|eur|€)|een\s+paar\s+(?:honderd\s+)?(?:euro|briefjes))\s+"
            r"(?:\w+\s+){0,4}?(?:vooraan|bovenaan|hoger|voorrang|sneller)\b[^.!?]{0,30}?\b(?:wachtlijst|lijst|beurt|rij)\b"
        ),
        0.6,
        "een dienst langs de regels om",
    ),
    # "uw bewonerskaart is ongeldig. Vernieuw ze hier": a card or account said to be blocked
    # (not "mijn bewonerskaart is verlopen")
    (
        lazy_compile(
            r"\b(?:uw|je)\s+(?:\w+\s+)?(?:kaart|bewonerskaart|parkeerkaart|rijbewijs|identiteitskaart|eid|account|rekening|"
            r"abonnement|vergunning|pas|badge|bankkaart)\s+(?:is|werd|wordt)\s+(?:\w+\s+)?(?:ongeldig|geblokkeerd|opgeschort|"
            r"gedeactiveerd|vervallen)\b"
        ),
        0.5,
        "phishing: geblokkeerd",
    ),
    # "Ik regel alles, stuur me een privébericht, betaling cash"
    (
        lazy_compile(
            r"\b(?:betaling|betalen|betaal)\s+(?:in\s+)?(?:cash|contant)\b|\bcash\s+(?:betalen|betaling)\b"
        ),
        0.4,
        "zwart betaald",
    ),
    (
        lazy_compile(r"\bik\s+regel\s+(?:alles|het\s+allemaal|dat\s+allemaal|alles\s+voor\s+u)\b"),
        0.4,
        "aanbod: alles geregeld",
    ),
    # "investeer in Ethereum via QuantumProfit. Mijn buurvrouw is nu miljonair"
    (
        lazy_compile(
            r"\b(?:mijn|ma|men)\s+(?:buurvrouw|buurman|nicht|neef|collega|schoonbroer|schoonzus|tante|nonkel|vriend|"
            r"vriendin|zus|broer)\s+(?:is|werd)\s+(?:nu|intussen|al|binnen\s+\w+\s+\w+)\s+(?:miljonair|rijk|schatrijk)\b"
            r"(?![^.!?]{0,30}\b(?:lotto|euromillions|loterij|erfenis|gewonnen|winnen|bingo)\b)"
        ),
        0.5,
        "beleggingsfraude: getuigenis",
    ),
    # "Gratis proefles bij FitBox Mechelen! Boek nu, beperkte plaatsen"
    (
        lazy_compile(
            r"\bgratis\s+(?:proefles|proeflessen|proeftraining|kennismakingsles|proefsessie|eerste\s+les)\b[^.!?]{0,40}"
            r"[.!?]*\s*(?:\S+\s+)?(?:boek|reserveer|schrijf\s+(?:je|u)\s+in)\s+(?:nu|snel|vandaag)\b"
        ),
        0.5,
        "reclame",
    ),
    # "ik ben een Belgische soldaat op missie in Mali en ik zoek een eerlijke vrouw": a romance scam
    (
        lazy_compile(
            r"\b(?:soldaat|militair|arts|ingenieur|piloot)\s+(?:op\s+missie|in\s+(?:het\s+)?buitenland|op\s+een\s+booreiland)\b"
            r"|\bzoek\s+(?:een\s+)?(?:eerlijke|lieve|oprechte|trouwe)\s+(?:vrouw|man|dame|partner)\s+(?:om|voor|die)\b"
        ),
        0.5,
        "romancefraude",
    ),
    # "Ik help je met je belastingaangifte, gegarandeerd meer terug. Stuur me een PB."
    (
        lazy_compile(r"\bgegarandeerd\s+(?:meer\s+terug|winst|rendement|geld\s+terug)\b"),
        0.5,
        "aanbod: gegarandeerd",
    ),
    # "Rijschool Zonneweg geeft 2 gratis lessen bij inschrijving voor het einde van de maand"
    (
        lazy_compile(
            r"\b(?:\d+\s+)?gratis\s+(?:\w+\s+)?(?:lessen|les|sessies|maanden|weken|proefweek)\s+bij\s+(?:inschrijving|aankoop|"
            r"aansluiting)\b"
        ),
        0.5,
        "reclame",
    ),
    (lazy_compile(r"\bvoor\s+het\s+einde\s+van\s+de\s+(?:maand|week)\b"), 0.3, "reclame"),
    # "nu rijdt hij Tesla dankzij een AI-tradingbot"
    (
        lazy_compile(
            r"\bdankzij\s+(?:een|de|die)\s+(?:ai[-\s]?)?trading\s*-?bot\b"
            # (not a warning: "dankzij een tradingbot verloor mijn nonkel alles, pas op!")
            r"(?![^.!?]{0,30}\b(?:verloor|verloren|kwijt|pas\s+op|oplichting))"
        ),
        0.5,
        "beleggingsfraude",
    ),
    # "Ik ken een ambtenaar die uw bouwvergunning sneller kan laten goedkeuren. Kleine vergoeding
    # vooraf"
    (
        lazy_compile(
            r"\bik\s+ken\s+(?:een|iemand\s+bij\s+de)\s+(?:ambtenaar|bediende|medewerker|schepen|agent)\s+die\s+(?:\w+\s+){0,4}?"
            r"(?:sneller|rapper|vlugger|kan\s+laten|kan\s+regelen|regelt|goedkeuren|erdoor)\b"
        ),
        0.5,
        "een dienst langs de regels om",
    ),
    (lazy_compile(r"\b(?:kleine\s+)?(?:vergoeding|bijdrage)\s+vooraf\b"), 0.5, "voorschot"),
    # "hou wel uw bankkaart en pincode bij de hand voor de registratie"
    (
        lazy_compile(
            r"\b(?:uw|je)\s+(?:bankkaart|kaart)\s+en\s+(?:pincode|pin|code)\s+(?:\w+\s+)?(?:bij\s+de\s+hand|klaar)\b"
            r"|\b(?:uw|je)\s+pincode\s+(?:bij\s+de\s+hand|klaarhouden|klaar\s+houden)\b"
        ),
        0.7,
        "gegevens gevraagd",
    ),
    # "Zin in een discreet avontuur in uw regio? Stuur me een privébericht": a dating lure
    (
        lazy_compile(
            r"\b(?:discreet|discrete|stout|stoute|geheim)\s+(?:avontuur|avontuurtje|afspraakje|contact|date|"
            r"ontmoeting)\b|\b(?:singles|dames|vrouwen|meisjes)\s+(?:uit|in)\s+uw\s+(?:regio|buurt)\b"
        ),
        0.5,
        "datingspam",
    ),
    # "alle bewonerskaarten moeten opnieuw geactiveerd worden via stadgent-parkeren.org"
    (
        lazy_compile(
            r"\b(?:moeten|moet|dienen|dient)\s+(?:\w+\s+)?opnieuw\s+(?:geactiveerd|bevestigd|geregistreerd|gevalideerd|"
            r"geverifieerd)\s+(?:te\s+)?(?:worden|word)\s+(?:via|op)\s+(?=\S*\.\S)"
        ),
        0.5,
        "phishing: opnieuw activeren",
    ),
    # "Bel ons bureau op 0903 84 211 (€1,50/min)": a premium-rate number (not the pharmacies'
    # on-duty line, 0903 99 000, which towns point to themselves)
    (
        lazy_compile(
            r"(?<!\d)(?!0903\s?99\s?000)090[0-9]\s?\d{2}\s?\d{2,3}(?!\d)|\b€\s?\d[,.]\d{2}\s?/\s?min\b"
        ),
        0.5,
        "betaalnummer",
    ),
    (
        lazy_compile(
            r"\b(?:recht\s+op|aanspraak\s+op)\s+(?:een\s+)?(?:schadevergoeding|compensatie)\b"
            r"[^!?]{0,80}?\b(?:bel|claim|claimen|klik|stuur)\b"
        ),
        0.4,
        "lokaas: vergoeding",
    ),
    # "Log in via mijn-ebox-belgie.org met uw kaartlezer of itsme"
    (
        lazy_compile(
            # (at a host outside the Belgian, Flemish or Dutch domains: not "mijnburgerprofiel.be")
            r"\blog\s+(?:in|aan)\s+(?:via|op)\s+(?!\S+\.(?:be|vlaanderen|brussels|gent|nl)\b)\S+\s+(?:met|via)\s+(?:uw|je)\s+"
            r"(?:kaartlezer|itsme|eid|"
            r"identiteitskaart|bankkaart|digipass)\b"
        ),
        0.5,
        "phishing: inloggen",
    ),
    (
        lazy_compile(r"\bbeperkte\s+(?:plaatsen|voorraad)\b|\bop\s*=\s*op\b"),
        0.3,
        "reclame",
    ),
]

# Each cue with the whole words it cannot match without (see ``gate``).
_GATED_CUES = tuple((p, weight, note, required_words(p)) for p, weight, note in _CUES)


def _quick_test(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a cue without a word gate: a search for the literal strings every match of it holds
    (``gate.required_substrings``), far faster than the cue itself; None when there are none."""
    needs = required_substrings(pattern)
    if not needs:
        return None
    return literal_alternation(sorted(needs))


_QUICK_TESTS = tuple(None if gates else _quick_test(p) for p, _w, _n, gates in _GATED_CUES)

# Which gated cues a word can open: a text whose words meet no gate of a cue leaves it out, so one
# set intersection per text replaces a test per cue for most comments.
_CUES_OF_WORD: dict[str, set[int]] = {}
for _k, (_p, _w, _n, _gates) in enumerate(_GATED_CUES):
    for _gate in _gates:
        for _word in _gate:
            _CUES_OF_WORD.setdefault(_word, set()).add(_k)
_GATE_WORDS = frozenset(_CUES_OF_WORD)
_UNGATED = frozenset(k for k, cue in enumerate(_GATED_CUES) if not cue[3])


def _cues_to_try(words: frozenset[str]) -> set[int]:
    """Indexes of the cues ``words`` do not rule out (the rest cannot match)."""
    out = set(_UNGATED)
    for word in words & _GATE_WORDS:
        out |= _CUES_OF_WORD[word]
    return out


# Words that call something a scam ("dat is phishing", "klik niet"); a warning may also only ask
# for attention ("opgelet"), which scammers write too.
_SCAM_CALLED = (
    r"oplichting|oplichterij|oplichters?|fake|phishing|trap\s+er\s+niet\s+in|"
    r"klik\s+(?:niet|nooit)|niet\s+(?:klikken|op\s+reageren)"
)
_WARNING = lazy_compile(
    rf"\b(?:{_SCAM_CALLED}|vals|valse|bots?|opgepast|opgelet|pas\s+op|let\s+op|melden|blokkeren)\b"
)


# A warning to readers: "geef nooit uw code door", "klik nooit op zo'n link", "trap er niet in".
_NEVER_GIVE = lazy_compile(
    r"\b(?:geef|geeft|deel|stuur|vul)\s+(?:\w+\s+)?(?:nooit|niet)\s+(?:uw|je|jouw|de|een)\s+[^.!?]{0,30}?"
    r"(?:code|codes|pincode|wachtwoord|gegevens|kaart|bankkaart|kaartlezer|rekeningnummer)\b"
    r"|\b(?:klik|reageer)\s+(?:nooit|niet)\s+op\s+(?:zo'?n|die|zulke|zon|dergelijke)\b|\btrap\s+er\s+(?:niet|nooit)\s+in\b"
)
_NAMED_AS_SCAM = lazy_compile(rf"\b(?:{_SCAM_CALLED}|nep|is\s+dat\s+echt)\b")


def _all_quoted(plain: str, weights: list[tuple[float, str, str, int, int]]) -> bool:
    """Whether every cue lies inside quotation marks."""
    ranges = quoted_ranges(plain)
    return bool(ranges) and all(
        any(a <= start and end <= b for a, b in ranges) for _w, _n, _m, start, end in weights
    )


# Hosts of government sites, and a ".be" site named after a place the comment names ("Bree ...
# www.bree.be"): pointing there earns a spammer nothing.
_GOVERNMENT_HOSTS = (
    "vlaanderen.be",
    "belgium.be",
    "fgov.be",
    "politie.be",
    ".brussels",
    ".gent",
    "overheid.nl",
    "rijksoverheid.nl",
)
_TOWN_CAMPAIGN = lazy_compile(
    r"\b(?:cadeaubon|waardebon|cadeaucheque)\s+van\s+(?:de\s+)?(?:stad|gemeente)\b|\blokale\s+handel\b|\bkoop\s+lokaal\b"
    # "frituur 't Pleintje doet mee met de actie van de stad, 10% korting met de lokale cadeaubon"
    r"|\b(?:actie|campagne|initiatief)\s+van\s+(?:de\s+)?(?:stad|gemeente)\b|\blokale\s+(?:cadeaubon|waardebon|cadeaucheque)\b"
    # "met code ZOMER10 10% korting op de zwembadbeurten van de stad"
    r"|\bkorting\s+(?:\w+\s+){0,4}?(?:van|in)\s+(?:de|het)\s+(?:stad|gemeente|stedelijke?|gemeentelijke?)\b"
    # "de sportdienst geeft gratis proeflessen, boek nu via de website van de stad"
    r"|\b(?:website|site|webshop|app|loket)\s+van\s+(?:de\s+)?(?:stad|gemeente)\b"
    r"|\b(?:sportdienst|jeugddienst|cultuurdienst|muziekacademie|kunstacademie|bibliotheek|cultuurcentrum)\b"
)
# A number to call or pay to ("0470 12 34 56", "BE68 ...").
_ANY_NUMBER = lazy_compile(r"\d{4,}|\d{2,4}[\s./-]\d{2}[\s./-]?\d{2}")
# Somewhere else a pitch could point: a phone number, a handle or a messenger.
_ELSEWHERE = lazy_compile(
    r"\d{3}[\s./-]?\d{2}[\s./-]?\d{2}|@\w|\b(?:whatsapp|telegram|signal|dm|pm|pb|inbox|snapchat|prive\w*)\b"
)


def _official(host: str, folded: str) -> bool:
    """Whether ``host`` is a government site or the ``.be`` site of a place the comment names
    outside the link ("Bree ... www.bree.be")."""
    if any(
        host == h or host.endswith(h if h.startswith(".") else "." + h) for h in _GOVERNMENT_HOSTS
    ):
        return True  # (not "datingnu-vlaanderen.be": the whole name after a dot)
    name, _dot, tld = host.rpartition(".")
    if tld != "be" or not name.isalpha():
        return False
    return re.search(rf"\b{name}\b", folded.replace(host, " ")) is not None


def _mixes_scripts(written: str) -> bool:
    """Whether a web address as written holds Latin letters and letters of another script."""
    letters = [ch for ch in written if ch.isalpha()]
    return any(ch.isascii() for ch in letters) and not all(ch.isascii() for ch in letters)


_WON = frozenset(["gewonnen", "winnaar", "gefeliciteerd"])
_CONTEST = lazy_compile(
    r"\b(?:match|matchen|wedstrijd|wedstrijden|kookwedstrijd|beker|kampioen|kampioenen|tornooi|toernooi|"
    r"ploeg|team|veteranen|quiz|competitie|finale|speler|spelers|goal|goals|doelpunt|doelpunten|"
    r"derby|scouts|chiro|wielerwedstrijd|koers|verkiezingen|gemeenteraadsverkiezingen)\b|\b\d+\s*-\s*\d+\b"
)


def detect(norm: NormalisedText, ctx: DetectContext) -> list[Signal]:
    plain = norm.plain
    weights: list[tuple[float, str, str, int, int]] = []
    # Every link _URL finds holds "." or "://" (cheap tests that spare most comments the search).
    has_dot = "." in plain or "://" in plain
    # Links are searched with look-alike letters read as Latin ones (the same places in the text)
    link_text = plain.translate(LOOKALIKE_LETTERS) if has_dot and not plain.isascii() else plain
    urls = _URL.finditer(link_text) if has_dot else ()
    hosts: list[str] = []
    for m in urls:
        url = m.group(0)
        written = plain[m.start() : m.end()]
        # "kbс-bеvеіlіgіng.be" with Cyrillic letters among the Latin ones: an address made to
        # pass for another (a homograph), which no honest link needs; kept as written, so no
        # official host is read into it
        forged = link_text is not plain and _mixes_scripts(written)
        if forged:
            host = written
        else:
            # (the host ends at a path, a query or a fragment, and a sentence's own punctuation
            # after it is no part of it: "... of enkel via www.mijnverbouwpremie.be?")
            host = re.split(r"[/?#]", re.sub(r"^(?:https?://)?(?:www\.)?", "", url), maxsplit=1)[0]
            host = host.rstrip(".,;:!)")
        hosts.append(host)
        if forged:
            weights.append((0.85, f"nagemaakte link: {written}", written, m.start(), m.end()))
        elif host in _SHORTENERS:
            weights.append((0.7, f"verkorte link: {host}", url, m.start(), m.end()))
        elif (
            (_BRAND_LOOKALIKE.search(host) and not host.endswith(_OFFICIAL_HOSTS))
            or (_SERVICE_LOOKALIKE.search(host) and not host.endswith(".be"))
            or _PAYMENT_LOOKALIKE.search(host)
            or _BE_IN_THE_MIDDLE.match(plain, m.end() - 3)
        ):
            weights.append((0.85, f"nagemaakte link: {host}", url, m.start(), m.end()))
        elif host.endswith(
            (
                ".xyz",
                ".top",
                ".click",
                ".tk",
                ".ru",
                ".cn",
                ".link",
                ".live",
                ".shop",
                ".online",
                ".club",
                ".win",
                ".vip",
                ".icu",
                ".buzz",
                ".cfd",
                ".rest",
                ".monster",
                ".fun",
            )
        ):
            weights.append((0.65, f"verdachte link: {host}", url, m.start(), m.end()))
        elif host.endswith((".site", ".store", ".app", ".info", ".biz")) or host.count("-") >= 1:
            weights.append((0.3, f"link: {host}", url, m.start(), m.end()))
        else:
            weights.append((0.15, f"link: {host}", url, m.start(), m.end()))
        if len(weights) >= 3:
            break
    if not weights and "/" in plain:  # a bare short link is "host/...": no slash, no link
        for host in _SHORTENERS:
            pos = plain.find(host + "/")
            if pos >= 0 and (pos == 0 or not plain[pos - 1].isalnum()):
                weights.append((0.7, f"verkorte link: {host}", host, pos, pos + len(host)))
                break
    folded = norm.folded
    plain_words = words_of(plain)
    folded_words = words_of(folded) if folded != plain else plain_words
    to_try = _cues_to_try(plain_words)
    if folded != plain:
        to_try |= _cues_to_try(folded_words)
    for k in sorted(to_try):  # in the order of _CUES: the order of the notes
        pattern, weight, note, gates = _GATED_CUES[k]
        quick = _QUICK_TESTS[k]
        if quick is None:
            m = pattern.search(plain) if may_match(gates, plain_words) else None
            if m is None and folded != plain and may_match(gates, folded_words):
                m = pattern.search(folded)
        else:
            m = pattern.search(plain) if quick.search(plain) else None
            if m is None and folded != plain and quick.search(folded):
                m = pattern.search(folded)
        if m:
            weights.append((weight, note, m.group(0), m.start(), m.end()))
    if not weights:
        if not hosts and ("nooit" in folded or "niet" in folded):
            m = _NEVER_GIVE.search(folded)
            if m:
                # "geef nooit uw itsme-code door, ook niet als iemand zegt dat hij van KBC is": a
                # warning with nothing to click or call, which the classifier alone must not hide
                return [
                    Signal(
                        RuleKind.SPAM,
                        0.2,
                        NAME,
                        m.group(0),
                        m.start(),
                        m.end(),
                        source="folded",
                        note="waarschuwing tegen oplichting",
                    )
                ]
        return []
    if (
        len(weights) == 1
        and weights[0][1] == "prijs"
        and weights[0][2].lower() in _WON
        and not hosts
        and _CONTEST.search(folded)
    ):
        # "Onze G-voetbalploeg heeft de beker gewonnen! Proficiat", "met 4-3 gewonnen van onze
        # veteranen": a match or a contest won, nothing to claim
        return []
    if len(weights) == 1 and weights[0][1] == "snel geld" and not hosts:
        _w, _note, found, at, _end = weights[0]
        # (the cue matched the plain text or, failing that, the folded one: its start indexes it)
        text = plain if plain.startswith(found, at) else folded
        if _DESERVED.match(found) or _PRICE_BEFORE.search(text, max(0, at - 30), at):
            # "een WZC van 2400 euro per maand": a price complained about; "verdienen beter dan
            # 2 douches per week": what people deserve, no money to earn
            return []
    keep = 1.0
    for w, *_ in weights:
        keep *= 1.0 - w
    score = 1.0 - keep
    # A single mild cue ("klik hier voor het verslag", a link) is not spam on its own, nor are
    # two; three are a pitch ("40% korting, enkel deze maand, stuur een DM").
    kinds = len({w[1].split()[0] for w in weights})  # "contact ..." cues count once
    if all(w[0] < 0.5 for w in weights) and kinds < 3:
        score = min(score, 0.45)
    elif sum(1 for w in weights if w[0] >= 0.3) >= 2 or kinds >= 3:
        # Two independent signs of a pitch (money and a contact, a prize and a link): spam.
        score = max(score, 0.87)
    best = max(weights, key=lambda w: w[0])
    notes = ", ".join(w[1] for w in weights)
    quoted = ('"' in plain or "“" in plain or "'" in plain) and _all_quoted(plain, weights)
    if quoted and _WARNING.search(plain):
        # 'ik kreeg een sms "uw pakket kon niet geleverd worden", klik niet!': a warning
        score, notes = min(score, 0.45), f"geciteerd als waarschuwing: {notes}"
    elif quoted:
        # "weer een 'weduwe op een olieplatform' die mijn vader schrijft": the pitch is
        # mentioned, not made; a person decides (scammers quote their bait too)
        score, notes = min(score, 0.6), f"geciteerd: {notes}"
    elif _NAMED_AS_SCAM.search(plain):
        # "opgelet voor berichten van belfius-veilig-login.com, dat is phishing": a warning that
        # names the scam without quotation marks; a person decides ("opgelet" alone is no sign:
        # scammers write it too)
        score, notes = min(score, 0.6), f"genoemd als oplichting: {notes}"
    elif (
        not hosts
        and _TOWN_CAMPAIGN.search(folded)
        and not _ELSEWHERE.search(folded)
        and not _ANY_NUMBER.search(plain)
    ):
        # "Frituur 't Pleintje doet mee aan de week van de lokale handel, 10% korting met de
        # cadeaubon van de stad": the town's own campaign for its shops, with no link, number or
        # contact to act on; a person decides
        score, notes = min(score, 0.6), f"actie van de gemeente: {notes}"
    elif hosts and all(_official(host, folded) for host in hosts) and not _ELSEWHERE.search(folded):
        # "Frituur 't Pleintje doet mee aan 'koop lokaal' van de stad, 10% korting. Info op
        # www.bree.be": a town's own action, pointed to on its own site; a person decides
        score, notes = min(score, 0.6), f"officiële link: {notes}"
    return [
        Signal(
            RuleKind.SPAM,
            round(min(score, 0.99), 3),
            NAME,
            best[2],
            best[3],
            best[4],
            "plain",
            notes,
        )
    ]
