"""Invented Dutch/Flemish comment material for the demo municipality Zonnedaele.

Every text here was written for Sereen's demo; the people, streets and places are invented. The
generator (``sereen.demo.generator``) fills the ``{slots}`` from the lists below with a seeded random
generator, so the same seed always gives the same comments.

Each category has the decision a careful moderator would take (``HUMAN_VIEW``): the demo lets its
moderators decide the comments the engine leaves to people that way, so the figures on agreement
between people and the engine are computed, not invented.
"""

from __future__ import annotations

FIRST_NAMES = (
    "Jan",
    "Marie",
    "Peter",
    "An",
    "Luc",
    "Els",
    "Tom",
    "Sofie",
    "Koen",
    "Inge",
    "Bart",
    "Lies",
    "Wim",
    "Katrien",
    "Dirk",
    "Nathalie",
    "Geert",
    "Eva",
    "Kris",
    "Hilde",
    "Stijn",
    "Sarah",
    "Joris",
    "Ann",
    "Pieter",
    "Lotte",
    "Filip",
    "Griet",
    "Jonas",
    "Elke",
    "Wouter",
    "Leen",
    "Maarten",
    "Nele",
    "Yusuf",
    "Fatima",
    "Mohamed",
    "Amira",
    "Ahmed",
    "Samira",
    "Thomas",
    "Emma",
    "Lucas",
    "Olivia",
    "Arne",
    "Noor",
    "Ruben",
    "Julie",
    "Jef",
    "Mia",
    "Frank",
    "Greet",
    "Rudy",
    "Rita",
    "Marc",
    "Christine",
    "Patrick",
    "Martine",
    "Eddy",
    "Linda",
    "Dimitri",
    "Kelly",
    "Jens",
    "Laura",
)
LAST_NAMES = (
    "Peeters",
    "Janssens",
    "Maes",
    "Jacobs",
    "Mertens",
    "Willems",
    "Claes",
    "Goossens",
    "Wouters",
    "De_Smet",
    "Dubois",
    "Hermans",
    "Aerts",
    "Lambrechts",
    "Van_Damme",
    "Verstraete",
    "Desmet",
    "Pauwels",
    "Vermeulen",
    "Cools",
    "Van_den_Broeck",
    "Michiels",
    "Dewulf",
    "Coppens",
    "Bogaert",
    "Vandenberghe",
    "Martens",
    "Stevens",
    "El_Amrani",
    "Benali",
    "Yilmaz",
    "Demir",
    "Van_Hecke",
    "Declercq",
    "Verhaeghe",
    "Smets",
    "Segers",
    "Leclercq",
    "Moens",
    "De_Backer",
    "Wuyts",
    "Baert",
    "Thys",
    "De_Clercq",
)
HANDLE_STYLES = ("{f} {l}", "{f}{l}", "{f}_{l}{n}", "{f}.{l}", "{f} {li}.", "{fl}{n}")

STREETS = (
    "Stationsstraat",
    "Kerkstraat",
    "Molenweg",
    "Zonnelaan",
    "Schoolstraat",
    "Dorpsplein",
    "Beekstraat",
    "Heidestraat",
)
PLACES = ("het containerpark", "het zwembad", "de bibliotheek", "het gemeentehuis", "de sporthal")
SERVICES = (
    "de afvalophaling",
    "de kinderopvang",
    "de dienst burgerzaken",
    "het onthaal van het OCMW",
    "de uitleendienst",
)

# Topics: (code, post text, share of ordinary comments). The crisis topic gets its own spike.
TOPICS = (
    ("afval", "Vanaf 1 maart haalt de afvalophaling PMD elke week op. Alle info op de website."),
    (
        "wegenwerken",
        "Vanaf maandag starten de wegenwerken in de Stationsstraat. Volg de omleiding.",
    ),
    ("zwembad", "Goed nieuws: het zwembad is vanaf zaterdag opnieuw open, met ruimere uren."),
    ("kermis", "De zomerkermis op het Dorpsplein komt eraan! Bekijk het programma."),
    ("bibliotheek", "De bibliotheek breidt haar openingsuren uit: nu ook op zondagvoormiddag."),
    ("ocmw", "Het OCMW helpt met je energiefactuur. Maak een afspraak bij het sociaal huis."),
    ("sport", "Inschrijvingen voor de sportkampen in de paasvakantie zijn open."),
    ("gemeenteraad", "Maandag vergadert de gemeenteraad. De agenda staat online."),
)
CRISIS_TOPIC = "circulatieplan"
CRISIS_POSTS = (
    "Het nieuwe circulatieplan voor het centrum gaat op 1 april in. Bekijk de kaart en de "
    "nieuwe rijrichtingen.",
    "Vragen over het circulatieplan? Kom naar de infoavond in de raadzaal op donderdag.",
    "Het schepencollege houdt vast aan het circulatieplan, met een evaluatie na zes maanden.",
)

# Ordinary comments, by kind. {topic_word}, {street}, {place}, {service} are filled in.
QUESTIONS = (
    "Weet iemand tot wanneer {place} dicht is?",
    "Mag ik vragen waar ik de nieuwe regels over {topic_word} kan nalezen?",
    "Geldt dat ook voor de bewoners van de {street}?",
    "Hoe laat gaat {place} zaterdag open?",
    "Kan ik hiervoor ook online een afspraak maken bij {service}?",
    "Is er een telefoonnummer waar ik terechtkan met vragen over {topic_word}?",
    "Waarom staat dit nog niet op de website van de gemeente?",
    "Wanneer komt er meer info over {topic_word} voor de {street}?",
    "Moet ik me daarvoor inschrijven of mag ik gewoon langskomen?",
    "Kunnen mensen zonder computer ook ergens terecht met vragen hierover?",
)
PRAISE = (
    "Goed initiatief, merci aan {service}!",
    "Eindelijk! Daar hebben we lang op gewacht.",
    "Super geregeld, vlot geholpen aan {place}.",
    "Proficiat aan iedereen die hieraan meewerkte.",
    "Heel duidelijke uitleg, dank u wel.",
    "Wij zijn er zeker bij met de kinderen!",
    "Fijn dat de gemeente hier werk van maakt.",
    "Vriendelijk personeel aan {place}, dat mag ook eens gezegd worden.",
)
CRITICISM = (
    "Dit is slecht voorbereid. De bewoners van de {street} werden weer niet gehoord.",
    "Het zoveelste plan dat over de hoofden van de mensen heen beslist wordt. Zwak beleid.",
    "Ik vind dit geldverspilling. Investeer liever in {place}.",
    "De communicatie hierover is ronduit belabberd. Niemand weet wat er gaat gebeuren.",
    "Het schepencollege maakt er een potje van. Dit had veel beter gekund.",
    "Waarom wordt {service} opnieuw afgebouwd? Dit is een schande voor onze gemeente.",
    "Ik ben het totaal niet eens met deze beslissing en ik ga dat ook stemmen volgende keer.",
    "Drie maanden te laat en duurder dan beloofd. Typisch.",
    "Wie heeft dit bedacht? Is er iemand van het bestuur ooit in de {street} geweest?",
    "Mooie woorden, maar in de praktijk verandert er niets.",
)
INSULTS = (
    "Die schepen is een echte idioot",
    "Bende zakkenwassers op dat gemeentehuis",
    "Ge zijt allemaal onnozelaars daar",
    "Hou toch uw bek, klootzakken",
    "Die burgemeester is een ongelooflijke eikel",
    "Wat een sukkelaars zitten daar in de gemeenteraad",
    "Jullie zijn echt achterlijk",
    "Rot toch op met uw plannen, smeerlappen",
)
HATE = (
    "Die gelukszoekers moeten allemaal terug naar hun land",
    "Buiten met die zigeuners uit onze gemeente",
    "Moslims zijn tuig, dat weet iedereen",
    "Al dat uitschot moet hier weg",
)
THREATS = (
    "Als dat plan doorgaat, steek ik het gemeentehuis in brand",
    "Ik weet waar die schepen woont, hij gaat het voelen",
    "Die burgemeester moet eens goed op zijn bakkes krijgen, ik kom het zelf doen",
    "Ik ga die ambtenaar eens opwachten na zijn werk",
)
SPAM = (
    "Verdien €500 per dag van thuis uit! Klik hier: bit.ly/snelrijk-zd",
    "GRATIS iPhone voor de eerste 100 volgers >>> tinyurl.com/gratis-gsm",
    "Beste crypto tip van 2024, stuur me een DM!! www.crypto-winst.example",
    "Bezoek mijn pagina voor goedkope zonnebrillen www.zonnebril-deals.example",
)
PERSONAL_DATA = (
    "Bel die ambtenaar gewoon zelf op 0476 12 34 56, dan hoort ge het wel",
    "Mijn rijksregisternummer is 85.07.30-033.61, kunnen jullie dat nakijken?",
    "Ge kunt hem mailen op jan.peeters.privé@example.be, hij woont in de {street} 14",
    "Mijn IBAN is BE71 0961 2345 6769, waarom is de premie nog niet gestort?",
)

# The crisis week: angry but legitimate comments, the insults and threats of a loud few, and a
# coordinated text pasted by several (new) accounts within minutes.
CRISIS_CRITICISM = (
    "Het circulatieplan is een ramp voor de handelaars in het centrum.",
    "Ik rij nu twintig minuten om naar mijn werk. Bedankt, circulatieplan.",
    "Waarom werd er geen echte inspraak georganiseerd over het circulatieplan?",
    "Trek dat circulatieplan in, niemand in de {street} wil dit.",
    "De knip aan de {street} stuurt al het verkeer door onze woonstraat. Onverantwoord.",
    "Het schepencollege luistert niet naar de mensen. Dit circulatieplan is een schande.",
    "Ik steun het circulatieplan: eindelijk kunnen mijn kinderen veilig naar school fietsen.",
    "Goed plan, geef het een kans. Elke verandering is in het begin wennen.",
    "Hoe komen de hulpdiensten nu nog in de {street}?",
    "Wanneer is die evaluatie van het circulatieplan precies?",
)
CRISIS_LOUD = (
    "STOP HET CIRCULATIEPLAN!!! STOP STOP STOP",
    "Het circulatieplan is van idioten gemaakt, die schepen is een klootzak",
    "Bende zakkenwassers met uw circulatieplan",
    "Het circulatieplan moet weg, de schepen ook, die onnozelaar",
    "Wie stemt er nog voor die sukkelaars na dit circulatieplan",
    "Ik weet waar die schepen woont, hij gaat het voelen met zijn circulatieplan",
)
CRISIS_COORDINATED = (
    "Het circulatieplan vernietigt onze lokale handel. Teken nu de petitie en deel dit bericht!",
    "Het circulatieplan vernietigt onze lokale handel! Teken nu de petitie en deel dit bericht",
    "Het circulatieplan vernietigt onze lokale handel. Teken de petitie en deel dit bericht!!",
)

# The last day and a half: comments that wait for a person in the inbox when the demo starts.
RECENT_POST = (
    "wegenwerken",
    "Update wegenwerken Stationsstraat: de rijweg blijft een week langer afgesloten.",
)
SHOUTING = (
    "WAAROM DOET NIEMAND IETS AAN DE PUTTEN IN DE {street_upper}",
    "WANNEER IS DIE STRAAT EINDELIJK WEER OPEN???",
    "HOE GERAKEN DE LEVERANCIERS NU NOG BIJ DE WINKELS",
)
BORDERLINE = (
    "Die burgemeester moet eens goed op zijn bakkes krijgen",
    "Die schepen moet eens goed op zijn bakkes krijgen voor die werken",
)

# What a careful moderator does with each kind (action, house-rule kind); None: no rule.
HUMAN_VIEW: dict[str, tuple[str, str | None]] = {
    "question": ("keep", None),
    "praise": ("keep", None),
    "criticism": ("keep", None),
    "insult": ("hide", "insult"),
    "hate": ("hide", "hate"),
    "threat": ("hide", "threat"),
    "spam": ("delete", "spam"),
    "personal_data": ("hide", "personal_data"),
    "loud": ("hide", "insult"),
    "coordinated": ("keep", None),
    "shouting": ("keep", None),
    "borderline": ("hide", "insult"),
}

# What the author writes in an appeal, by kind.
APPEAL_TEXTS = (
    "Ik heb niemand beledigd, ik gaf gewoon mijn mening over het beleid.",
    "Dit was sarcasme, dat ziet toch iedereen? Zet mijn reactie terug.",
    "Waarom mag ik geen kritiek geven? Dat is censuur.",
    "Ik was boos, dat geef ik toe, maar dit is overdreven.",
    "Mijn reactie ging over het plan, niet over een persoon.",
)
REPLY_TEXTS = {
    "question": "Bedankt voor uw vraag! Alle info vindt u op de website van de gemeente; "
    "bel gerust naar het onthaal (09 123 45 67) als u nog vragen hebt.",
    "shouting": "Bedankt voor uw vraag. De Stationsstraat is vanaf volgende maandag opnieuw open; "
    "leveranciers kunnen tot 10 uur via de Kerkstraat.",
    "criticism": "Bedankt voor uw reactie. We geven uw opmerking door aan het schepencollege. "
    "U kunt ook uw mening geven op de infoavond.",
}

# Version 2 of the municipality's policy, drafted after the circulatieplan week.
NEXT_VERSION_RULE = "R6"
NEXT_VERSION_EXAMPLE = (
    "Dezelfde tekst kort na elkaar vanaf verschillende accounts plaatsen, zoals tijdens de "
    "discussie over het circulatieplan."
)
NEXT_VERSION_NOTE = (
    "Na de discussie over het circulatieplan: huisregel R6 noemt nu ook dezelfde tekst vanaf "
    "verschillende accounts als voorbeeld van wat niet mag."
)
