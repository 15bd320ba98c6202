"""A protected group named in a neutral, warm or counter-speech sentence is never removed, under
the starter policy with the shipped classifier: a linear model scores a group's name itself as
hate (0.97 on "Hoeveel moslims wonen er in onze gemeente?"), so the model alone may not remove a
short sentence that says nothing against the group. Every template with every group, our own
wording (no HateCheck material)."""

from __future__ import annotations

import pytest

from sereen.engine import moderate
from sereen.engine.policy import Action

GROUPS = [
    "moslims",
    "joden",
    "vluchtelingen",
    "asielzoekers",
    "migranten",
    "Marokkanen",
    "Turken",
    "zwarten",
    "Afrikanen",
    "Congolezen",
    "Roma",
    "homo's",
    "lesbiennes",
    "transgenders",
    "transpersonen",
    "vrouwen",
    "gehandicapten",
    "christenen",
    "Polen",
    "Roemenen",
    "allochtonen",
    "nieuwkomers",
    # named by the group list since the twenty-first session
    "Palestijnen",
    "Georgiërs",
    "non-binaire personen",
    "mensen met down",
    "Jehova's getuigen",
]

NEUTRAL = [
    "Ik heb niets tegen {G}.",
    "{G} zijn ook gewoon mensen.",
    "Ik haat {G} niet.",
    "Er wonen veel {G} in onze wijk.",
    "Wie zegt dat {G} ongedierte zijn, moet zich schamen.",
    "Zeggen dat {G} walgelijk zijn is gewoon haatzaaien.",
    "Welkom aan alle {G} op het buurtfeest!",
    "Hoeveel {G} wonen er in onze gemeente?",
    "Ik ben trots op de {G} in onze vereniging.",
    "Stop met die haat tegen {G}.",
]


def _fill(template: str, group: str) -> str:
    text = template.replace("{G}", group)
    return text[0].upper() + text[1:]


@pytest.mark.parametrize("template", NEUTRAL)
def test_a_group_named_without_hostility_is_never_removed(shipped, template):
    removed = {
        text: action
        for text in (_fill(template, g) for g in GROUPS)
        if (action := moderate(text, shipped).action) in (Action.HIDE, Action.DELETE)
    }
    assert removed == {}


@pytest.mark.parametrize(
    "template",
    [
        "Dood aan alle {G}.",
        "{G} zouden afgemaakt moeten worden.",
        "{G} moeten afgemaakt worden.",
    ],
)
def test_death_wished_on_a_group_is_deleted_by_the_rules(policy, template):
    kept = [
        t
        for t in (_fill(template, g) for g in GROUPS)
        if moderate(t, policy).action != Action.DELETE
    ]
    assert kept == []


# Groups added in the eighteenth session (nationalities, age, autism): the rules must serve them
# as they serve the older ones.
MORE_GROUPS = ["Nederlanders", "Eritreeërs", "Oekraïners", "Albanezen", "ouderen", "autisten"]


def _actions_for_every_group(template: str, policy) -> dict[str, Action]:
    """The action for the template filled with each group, older and newer."""
    texts = (_fill(template, g) for g in GROUPS + MORE_GROUPS)
    return {text: moderate(text, policy).action for text in texts}


@pytest.mark.parametrize(
    "template",
    [
        "{G} zijn waardeloos.",
        "{G} zijn niets waard.",
        "{G} verdienen het om te sterven.",
        "Er zijn veel te veel {G} in dit land.",
        "Jullie {G} zijn het slechtste wat dit land overkomen is.",
        "Het wordt tijd dat we iets doen aan al die {G}, desnoods met geweld.",
        "Ik ga alle {G} vermoorden.",
        "Ik wil geen {G} in mijn straat.",
        "{G} hebben hier niks te zoeken.",
        "Volgens mij zijn {G} gewoon dom.",
        "Waarom moeten we {G} hier nog dulden?",
        "Wanneer zijn we eindelijk van die {G} af?",
        "Ik zou alle {G} willen afmaken.",
        "{G} kan je niet vertrouwen.",
        "{G} horen in een kooi.",
        "Geen enkele van die {G} is te vertrouwen.",
        "{G} zijn een probleem dat we moeten oplossen.",
        "{G} zijn tweederangsburgers.",
        "{G} hebben hier geen rechten.",
        "Ik hoop dat alle {G} verdwijnen.",
        "{G} zijn nie normaal.",
        "Ge moet die {G} gewoon buitensmijten.",
        "{G} verpesten onze stad.",
        "Ik wil nie naast {G} wonen.",
        "{G} zijn een schande voor de mensheid.",
        "{G} moeten een ster dragen zodat we ze herkennen.",
        "Zet die {G} in kampen.",
        "{G} 🤮🤮",
        "{G} kennen alleen de taal van geweld.",
        "Mijn hond heeft meer verstand dan al die {G} samen.",
        "{G} zijn niet welkom in onze gemeente.",
        "Moest het van mij afhangen, zat er hier geen enkele {G} meer.",
        "{G} mogen blij zijn dat ze hier mogen wonen, meer niet.",
    ],
)
def test_hate_in_plain_words_is_removed_for_every_group(shipped, template):
    actions = _actions_for_every_group(template, shipped)
    assert [t for t, a in actions.items() if a not in (Action.HIDE, Action.DELETE)] == []


@pytest.mark.parametrize(
    "template",
    [
        "Ik ben het beu dat mensen {G} als ongedierte behandelen.",
        "Wie {G} haat, hoort hier niet thuis.",
        "Er slapen te veel {G} op straat, dat is schandalig.",
        "Zijn er echt te veel {G} in dit land? De cijfers zeggen van niet.",
        "Wie zegt dat {G} niet te vertrouwen zijn, kent er geen enkele.",
        "Ik heb {G} nooit als een probleem gezien.",
        "{G} zijn geen ratten, het zijn mensen.",
        "Racisme tegen {G} moet stoppen.",
        "Waarom krijgen {G} geen plaats in de werkgroep?",
        "Niemand wil de {G} weg, maar er moet toch een oplossing komen voor de overlast.",
        "Zeggen dat {G} stinken is puur racisme.",
        "Wie {G} wil buitensmijten, moet eerst eens met hen praten.",
        "Ik schaam mij voor wie {G} uitscheldt 🤮",
        "Zijn {G} niet welkom in onze gemeente? Natuurlijk wel.",
        "Als ik hier lees dat {G} zonder uitzondering profiteurs zijn, word ik triest.",
        "Het is fake news dat {G} verpesten onze stad, kijk naar de cijfers.",
        "Op de betoging riepen ze dat alle {G} buiten moeten. Schandalig.",
        "Niemand zou mogen zeggen dat {G} tweederangsburgers zijn.",
        "'Een goeie {G} is een dode {G}' stond op de muur van de school. Walgelijk.",
        "Ik hoor vaak dat {G} hier niks te zoeken hebben. Onzin.",
        "Als {G} hier niks te zoeken hebben, wie dan wel? Wij zijn allemaal mensen.",
    ],
)
def test_standing_up_for_a_group_in_those_words_is_not_removed(shipped, template):
    actions = _actions_for_every_group(template, shipped)
    assert [t for t, a in actions.items() if a in (Action.HIDE, Action.DELETE)] == []


def test_the_slogan_against_a_thing_or_quoted_is_no_death_wish(policy):
    assert moderate("Dood aan de dictatuur!", policy).action == Action.KEEP
    assert moderate("Wie roept 'dood aan alle moslims' hoort in de cel.", policy).action in (
        Action.KEEP,
        Action.REPLY,
        Action.REVIEW,
    )


def test_a_group_named_without_hostility_is_seldom_even_sent_to_review(shipped):
    """The model's score with the group's name put back to "mensen" decides whether it asks a
    person: before, 100 of these 220 sentences went to review; the target for legitimate
    comments is at most 10%."""
    texts = [_fill(t, g) for t in NEUTRAL for g in GROUPS]
    reviewed = [t for t in texts if moderate(t, shipped).action != Action.KEEP]
    assert len(reviewed) <= 0.1 * len(texts), reviewed


def test_the_model_alone_asks_a_person_only_when_more_than_the_groups_name_scores(policy):
    from sereen.engine import decide
    from tests.engine.conftest import FixedScores

    text = "Hoeveel moslims wonen er in onze gemeente?"
    # the model reacts to the group's name alone: with "mensen" in its place it scores nothing
    decide.set_classifier(FixedScores(when="moslims", hate=0.97))
    assert moderate(text, policy).action == Action.KEEP
    # the model reacts to the sentence, whoever it is about: a person looks
    decide.set_classifier(FixedScores(hate=0.97))
    assert moderate(text, policy).action == Action.REVIEW


def test_a_stereotype_whose_other_words_are_abusive_is_still_removed(shipped):
    for text in ("Afrikanen zijn stuk voor stuk profiteurs en uitvreters.",):
        assert moderate(text, shipped).action in (Action.HIDE, Action.DELETE), text


@pytest.mark.parametrize(
    "text",
    [
        "Ik word echt misselijk van al die Roemenen op de markt.",
        "Homo's, bah. Ik krijg braakneigingen als ik ze zie.",
        "Moslims, ik kan ze niet luchten.",
        "Die Polen op de camping, ik verafschuw ze.",
        "Vluchtelingen, ik krijg er de kriebels van.",
    ],
)
def test_disgust_at_a_group_is_deleted_by_the_rules(policy, text):
    assert moderate(text, policy).action == Action.DELETE


@pytest.mark.parametrize(
    "text",
    [
        # what is done to the group may be what sickens: a person weighs it
        "Joden die bedreigd worden aan hun synagoge, ik word er misselijk van.",
    ],
)
def test_disgust_that_may_be_at_what_happens_to_a_group_goes_to_review(policy, text):
    assert moderate(text, policy).action == Action.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Ik word misselijk van de manier waarop vluchtelingen hier behandeld worden.",
        "Ik word niet misselijk van moslims, wel van racisten.",
        "Ik word misselijk van al die haat tegen moslims.",
        "Haatreacties tegen Poolse arbeiders horen niet thuis op onze pagina.",
        "Wie Congolezen met apen vergelijkt, moet zich schamen.",
    ],
)
def test_disgust_at_hatred_or_at_how_a_group_is_treated_stays(policy, text):
    assert moderate(text, policy).action in (Action.KEEP, Action.REPLY)


@pytest.mark.parametrize(
    ("name", "known"),
    [
        # written blind (2026-12-06) and read since: a development set now. Known: the model alone
        # hides a question whose "altijd" counts as a word against the group.
        (
            "groupmentions1",
            {
                "Hoeveel Marokkaanse Belgen wonen er eigenlijk in onze gemeente? Ik hoor altijd andere cijfers"
            },
        ),
        # written blind the same day and measured once; only its legitimate removals were read
        ("groupmentions2", set()),
        # written blind and measured once at the end of the same session; likewise
        ("groupmentions3", set()),
        # written blind and measured once last; known: "ni" (dialect "niet") before "elke" is
        # not read as a negation by the insult rules (reading it so cost four abusive comments)
        (
            "groupmentions5",
            {
                "ni elke katholiek is een pedofiel of wil mensen bekeren, stop met die flauwe "
                'zever over "kerkratten"'
            },
        ),
        # written blind and measured once at the very end; likewise
        ("groupmentions6", set()),
        # written blind (2026-12-06, seventeenth session), measured at the start and once more
        # near the end; only legitimate removals were read
        ("groupmentions7", set()),
        # likewise, measured once near the end; known: a list of slurs that others say, then
        # condemned ("Zigeunerpak, dieven, profiteurs... Beschamend"; the start engine too)
        (
            "groupmentions8",
            {
                "Zigeunerpak, dieven, profiteurs... Elke keer weer als er een artikel over Roma "
                "verschijnt. Ge kent er waarschijnlijk zelf geen enkele. Beschamend"
            },
        ),
        # written blind (2026-12-06, eighteenth session), measured at the start and once after
        # the first rules of the session, then read (its four legitimate removals are fixed)
        ("groupmentions9", set()),
        # likewise, measured at the start and once mid-session, then read. Known: a driver of
        # last week called "gewoon een idioot" (an insult of one person, in a comment that
        # rejects blaming his origin)
        (
            "groupmentions10",
            {
                "Het is nie omdat iemand Pools is dat hij zat rijdt. Die chauffeur van vorige week "
                "was gewoon een idioot, punt."
            },
        ),
        # written blind the same day (dialect and obfuscation; longer comments and replies),
        # measured with the start engine and once at the end; only their legitimate removals
        # were read (eleven, all fixed)
        ("groupmentions11", set()),
        ("groupmentions12", set()),
        # written blind (2026-12-06, nineteenth session; polite contempt in older voices, young
        # voices on Instagram and X), measured with the start engine and after the group model;
        # only their legitimate removals were read (four, all fixed); training data of the group
        # model since
        ("groupmentions13", set()),
        ("groupmentions14", set()),
        # written blind the same session (news threads with a factual veneer; schools, youth
        # work and sport in mixed languages), measured with the start engine and once at the end;
        # only their legitimate removal was read (one, fixed)
        ("groupmentions15", set()),
        ("groupmentions16", set()),
        # written blind (2026-12-06, twenty-first session; housing and welfare in older voices;
        # nightlife, festivals and feasts in young voices and dialect), measured with the start
        # engine and read since: training data of the group model. Known: a commenter called
        # "ne sukkelaar" for writing a slur (counter-speech that insults a person, which the
        # house rules do not allow either)
        ("groupmentions17", set()),
        (
            "groupmentions18",
            {
                "Ewa, 'flikkers' schrijven onder ne Pride-post van Stad Gent, wa zijde gij voor ne "
                "sukkelaar. Hopelijk geblokkeerd."
            },
        ),
        # written blind the same session (a library and a care home, the turn coming late; local
        # news in an election season), measured with the start engine and once at the end; only
        # their legitimate removals were read. Known: a consequence read as a threat ("anders
        # gaan er mensen dood", of a surgeon who is never late), counter-speech that lists what
        # others wrote ("er wordt gelachen met molotovs"). (A stereotype asked and answered by an
        # example, "Walen zijn lui? Mijn schoonbroer pendelt ...", goes to review since the
        # twenty-third session.)
        (
            "groupmentions19",
            {
                "@Sven De Clercq Wie 'Congolese tijd' schrijft: mijn Congolese schoonbroer is "
                "chirurg in het UZ. Die komt nooit te laat, anders gaan er mensen dood."
            },
        ),
        (
            "groupmentions20",
            {
                "Ik heb de reacties hier eens rustig gelezen. Asielzoekers worden 'vee' genoemd, "
                "'parasieten', 'ongedierte', en er wordt gelachen met molotovs. En dan verschieten "
                "sommigen dat die mensen zich niet veilig voelen en niet buiten durven. Ge moogt "
                "tegen het centrum zijn, ge moogt de regering de huid volschelden, maar dit is de "
                "taal van 1938 en dat weet ge zelf ook.",
            },
        ),
        # written blind (2026-12-06, twenty-second session; sport, youth work and schools; the
        # market, shops and buses, groups named by a mark; a police zone's safety posts in dialect;
        # social housing, the OCMW and jobs, a third in Netherlands Dutch), measured with the
        # start engine; 22/23 read since, 21/24 measured again during and at the end of the
        # session, only their legitimate removals read. Known: a policy criticism that ends by calling the
        # organisation "klungels" (an insult of its staff, which the insult rule covers)
        ("groupmentions21", set()),
        ("groupmentions22", set()),
        ("groupmentions23", set()),
        (
            "groupmentions24",
            {
                "Ik snap echt niet waarom jullie pas drie dagen van tevoren aan de buurt laat weten "
                "dat er een opvang komt. Zo creëer je zelf de weerstand, klungels."
            },
        ),
        # written blind (2026-12-07, twenty-third session; a municipality's pool, youth centre,
        # Eid market and Pride flag, groups often named only by a mark; a police zone's and a
        # city's posts in short, blunt dialect and chat spelling), measured with the start engine
        # and again during and at the end of the session (their figures only); only their
        # legitimate removals were read (nine in groupmentions26, all fixed)
        ("groupmentions25", set()),
        ("groupmentions26", set()),
        # written blind (2026-12-07, twenty-fifth session; a mosque's permit, the carnival of
        # Aalst, a councillor of foreign origin, a synagogue's parking, Roma on a camping; social
        # housing, an iftar in the park, a gender-neutral toilet, the beach, Limburg's miners),
        # measured with the start engine and at the end (figures only); only their legitimate
        # removals were read (six and five, nine fixed). Known: counter-speech that calls the
        # writers of slurs "een schande" or "dom" (an insult of commenters, which the house
        # rules do not allow either)
        (
            "groupmentions27",
            {
                "Iedereen die hier 'makakken' schrijft: ge zijt een schande voor uw gemeente. "
                "Moderators, doe uw werk aub.",
                "Mensen die het nieuwe raadslid 'terug naar de jungle' sturen: hij is geboren in "
                "Mechelen. Ge zijt ni alleen racistisch, ge zijt ook dom.",
            },
        ),
        ("groupmentions28", set()),
        # written blind (2026-12-07, twenty-sixth session; a halal butcher, a headscarf rule, a
        # rainbow crossing, Roma at a summer camp; a stabbing at a station, a women's swimming
        # hour, a transgender officer, a minaret, in short, blunt dialect), measured with the
        # start engine and during the session (figures only); only their legitimate removals
        # were read (two and five, six fixed). Known: a volleyball team's own "mietjes" praised
        # for their paintwork (a slur reclaimed by the writer's side, beside praise)
        (
            "groupmentions29",
            {
                "Ge moest de mietjes van onze volleybalploeg bezig zien met die regenboogverf, "
                "het was een kunstwerk 🎨"
            },
        ),
        ("groupmentions30", set()),
        # written blind (2026-12-07, twenty-seventh session: care and welfare; the coast and
        # Limburg in summer, young voices), measured with the start engine and during the
        # session (figures only); only their legitimate removals were read (six and six, ten
        # fixed; a churchgoer calling herself a "kwezel" and then "Kwezels" in general fixed in
        # the twenty-ninth session). Known: a Dutch neighbour called "Botte mens." in a story
        # that ends in his apology
        ("groupmentions35", set()),
        (
            "groupmentions36",
            {
                "Gisteren ruzie gehad met ne Nederlandse buurman op de camping over zijn hond. "
                "Botte mens. Vandaag kwam hij sorry zeggen met een fles wijn 🍷",
            },
        ),
        # written blind (2026-12-07, twenty-eighth session: sport, the swimming pool and youth
        # work in the Kempen; housing, markets and buses in Ghent, Aalst, Leuven and Brussels),
        # measured with the start engine and during the session (figures only); only their
        # legitimate removals were read (two and three, all fixed)
        ("groupmentions39", set()),
        ("groupmentions40", set()),
        # written blind (2026-12-07, twenty-ninth session: health care, libraries, local
        # elections and parks in Mechelen, Kortrijk, Oostende, Genk ...), measured with the
        # start engine and during the session (figures only): no legitimate removal
        ("groupmentions43", set()),
        # written blind (2026-12-07, thirtieth session: groups across Flanders and Brussels),
        # measured with the start engine (figures only), then read: one legitimate removal each
        # (a code word denied, "Nie elke Syriër is een gelukszoeker"; "Wij gekke mensen", the
        # writer's own kind), both fixed
        ("groupmentions44", set()),
        ("groupmentions45", set()),
        # written blind (2026-12-07, thirty-first session: half the hate subtle; groupmentions47
        # in West-Flemish, Limburg and Antwerp voices), measured with the start engine; 46 then
        # read. One legitimate removal in 47 by the start engine (a churchgoer's "Als kwezel van
        # dienst ... nodig ik iedereen uit") and one by this session's new rule (an atheist
        # condemning calls to burn churches "met mensen erin"), both fixed
        ("groupmentions46", set()),
        ("groupmentions47", set()),
        # written blind (2026-12-08, thirty-second session: half the hate subtle), measured with
        # the start engine; 49 then read (five legitimate removals: "vallen uit de boot", rats
        # the residents complain of twice, "de echte profiteurs" said of gangmasters, "voor wat
        # een gek ... doet"), 48 kept blind until the end of the session's engine work (one:
        # pensioners "profiteren van de dinsdagkorting"); all fixed
        ("groupmentions48", set()),
        ("groupmentions49", set()),
        # hard near pairs, written blind and read (a development set). Known: the model alone
        # hides a policy question with no group word ("vrouwenzwemuur") and a long rebuttal by
        # examples ("Marokkanen integreren wel: mijn huisarts ...")
        (
            "groupmentions4",
            {
                "Waarom is er een apart vrouwenzwemuur? Kunnen mannen daar nie bij?",
                "Marokkanen integreren wel: mijn huisarts, de directeur van onze school en de "
                "schepen van cultuur zijn Marokkaanse Belgen.",
            },
        ),
    ],
)
def test_the_written_group_mention_sets_lose_no_legitimate_comment(shipped, name, known):
    """600 comments each that name a group (neutral, questions, praise, the writer's own group,
    counter-speech, harsh policy criticism, news; and hate). Their abuse figures are printed by
    ``python -m tests.engine.quality --set groupmentions2``, not asserted."""
    removed, reviewed, legit = _legitimate_comments_decided(shipped, name)
    assert legit >= 350
    assert removed <= known, removed - known
    assert len(reviewed) <= 0.1 * legit, len(reviewed)


def _legitimate_comments_decided(shipped, name: str) -> tuple[set[str], list[str], int]:
    """The legitimate comments of a written set the engine removed, those it sent to review, and
    how many it holds."""
    import json
    from pathlib import Path

    path = Path(__file__).parent / "data" / f"{name}.jsonl"
    legit = [
        r["text"]
        for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())
        if r["label"] == "legit"
    ]
    actions = {text: moderate(text, shipped).action for text in legit}
    removed = {t for t, a in actions.items() if a in (Action.HIDE, Action.DELETE)}
    reviewed = [t for t, a in actions.items() if a == Action.REVIEW]
    return removed, reviewed, len(legit)


@pytest.mark.parametrize(
    ("name", "known"),
    [
        ("legitgroups01", set()),
        ("legitgroups02", set()),
        # written blind in the twenty-third session (Ghent, Brussels and the periphery); the
        # session-start engine removed twelve, ten fixed. Known: "Lafaards." said of the
        # government beside a generic "ge kunt" (read as addressing someone), and a harasser
        # called "die ene griezel" in a story that rejects blaming all men
        (
            "legitgroups03",
            {
                "Die 'excuses' van de regering voor de kolonisatie die er nooit kwamen. Lafaards. "
                "Ge kunt een commissie van 2 jaar laten werken en dan niks doen.",
                "Ik werd op straat lastiggevallen door een man. Een andere man is tussengekomen en "
                "heeft me naar huis gebracht. Dus nee, het is niet 'mannen', het is die ene "
                "griezel.",
            },
        ),
        # written blind in the twenty-fifth session (Leuven, Hasselt, Aalst, Ronse, Turnhout,
        # Brugge); the session-start engine removed thirteen, ten fixed. Known: a landlord
        # called "Echte smeerlap.", a neighbour "gij ezel" and a bully "een pestkop" in stories
        # that refuse to blame a group (insults of a person, which the insult rule covers)
        (
            "legitgroups04",
            {
                "Had een kotbaas uit Nederland die mijn waarborg ni wou teruggeven. Echte "
                "smeerlap. Maar ik ga da ni op heel Nederland steken, het was gewoon hij.",
                "Buurman tegen het Afghaanse gezin dat net verhuisde: 'hier geen talibs, "
                "oprotten'. Ze zijn gevlucht VOOR de taliban, gij ezel.",
                "Ik ben door een moslimjongen op de speelplaats uitgemaakt voor 'kafir'. Het deed "
                "pijn. Mijn beste vriendin is moslima en ze was nog kwader dan ik. Hij is een "
                "pestkop, geen woordvoerder.",
            },
        ),
    ],
)
def test_the_hard_legitimate_sets_lose_no_comment(shipped, name, known):
    """500 legitimate comments each that name a group in the shapes hate takes too (denials,
    support, quoted slurs and threats, figures, furious policy criticism, questions, a group
    speaking of itself), written blind (twenty-second and twenty-third sessions): none is
    removed but the known ones, and at most one in ten goes to a person."""
    removed, reviewed, legit = _legitimate_comments_decided(shipped, name)
    assert legit == 500
    assert removed <= known, removed - known
    assert len(reviewed) <= 0.1 * legit, len(reviewed)


def test_short_statements_that_defend_a_group_lose_none(shipped):
    """legitgroups05 (twenty-fifth session, written blind): 400 short comments (4 to 15 words)
    that defend a group, claim a right for it, deny a prejudice, regret a wrong done to it or
    ask a fair question. None is removed. More go to a person than the one in ten of the other
    sets (about a fifth until the twenty-ninth session, 10.8% since: a linear model reads
    "zouden niet ... mogen" and "zijn geen ..." as the claim they reject, and the engine asks
    rather than guesses); the figure is printed by
    ``python -m tests.engine.quality --set legitgroups05``, not asserted. legitgroups06 and 07
    (twenty-sixth and twenty-seventh sessions, written blind, the same brief and subtypes)
    likewise; known in legitgroups07 (eight removed by the start engine, six fixed): bystanders
    called "Lafaards, allemaal." and a commenter told "hou uw bakkes" in a defence of nurses,
    insults the insult rule covers. legitgroups08 (twenty-eighth session): four removed by the
    start engine, all fixed. legitgroups09 (twenty-ninth session): five removed by the start
    engine, three fixed; known: a wheelchair user who could not board a train, "schande", and
    older gay people back in the closet in a care home, "triest om te horen" (each removed by a
    model alone). legitgroups10 (thirtieth session): four removed by the start engine (a fire
    hose read as a snake, "wat is daar vuil aan?", "vuil door te weinig vuilbakken", "laat ze
    toch"), all fixed. legitgroups11 (thirty-first session): one removed by the start engine
    ("Walen profiteren ni van ons geld, da's te simpel gezegd": a vice denied after its verb),
    fixed. legitgroups12 (thirty-second session): four removed by the start engine ("profiteren
    van niks", "nie arm en dom", a couple chased off a terrace "zot", a wheelchair user who could
    not board a train "schande"), all fixed; the thirty-second session's rule for a door closed
    to a group and condemned also keeps legitgroups09's wheelchair user online."""
    known = {
        "legitgroups07": {
            "Een vrouw die op straat lastiggevallen wordt en iedereen kijkt weg. Lafaards, "
            "allemaal.",
            "Die Filipijnse verpleegsters in het WZC werken harder dan gij ooit gewerkt hebt, "
            "dus hou uw bakkes.",
        },
        "legitgroups09": {
            "Oudere homo's die terug in de kast kruipen in 't rusthuis, triest om te horen.",
        },
    }
    for name in (
        "legitgroups05",
        "legitgroups06",
        "legitgroups07",
        "legitgroups08",
        "legitgroups09",
        "legitgroups10",
        "legitgroups11",
        "legitgroups12",
    ):
        removed, _reviewed, legit = _legitimate_comments_decided(shipped, name)
        assert legit == 400
        assert removed <= known.get(name, set()), (name, removed - known.get(name, set()))


# Shapes of short statements that defend a group, for every group: the session-start engine of
# the twenty-fifth session removed 157 of these 976 with its classifier.
_DEFENCES = (
    "{g} zouden niet altijd de schuld mogen krijgen",
    "{g} zouden niet mogen wachten op een woning",
    "{g} mogen hier gewoon wonen",
    "{g} verdienen respect, punt",
    "Stop met {g} de schuld te geven van alles",
    "{g} hebben recht op een sociale woning",
    "{g} worden te vaak gecontroleerd",
    "{g} zijn geen probleem, armoede wel",
    "{g} mogen niet uitgesloten worden",
    "{g} mogen niet weggepest worden uit onze wijk",
    "{g} moeten niet weg, de racisten wel",
    "Niemand zou {g} mogen buitengooien",
    "Waarom worden {g} altijd geviseerd?",
    "{g} hebben hier niks te vrezen",
    "Weg met het racisme tegen {g}",
    "{g} buiten zetten lost niks op",
    "{g} mogen niet het land uitgezet worden voor niks",
    "Wie {g} haat, hoort hier niet thuis",
    "{g} zouden niet mogen gediscrimineerd worden op de huurmarkt",
    "{g} moeten zich hier niet verstoppen",
    "{g} zijn geen tweederangsburgers",
    "{g} horen niet op straat te slapen",
    "Waarom mogen {g} niet meedoen?",
    "{g} zouden geen schrik mogen hebben",
    "{g} weg? Nooit. Ze horen erbij.",
    "Geen {g} in ons bestuur? Schande, daar moet verandering in komen",
    "{g} buitensluiten is discriminatie",
    "Stop met {g} weg te zetten als profiteurs",
)
_DEFENDED = (
    "moslims",
    "joden",
    "Marokkanen",
    "Turken",
    "Roma",
    "zwarte mensen",
    "vluchtelingen",
    "homo's",
    "transpersonen",
    "vrouwen",
    "ouderen",
    "Afghanen",
)


def test_short_defences_of_every_group_are_never_removed(shipped):
    texts = [t.format(g=g) for t in _DEFENCES for g in _DEFENDED]
    texts = [t[0].upper() + t[1:] for t in texts]
    removed = [t for t in texts if moderate(t, shipped).action in (Action.HIDE, Action.DELETE)]
    assert removed == []


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        # people named by what they do are no protected group: a person weighs the abuse, the
        # hate rule (and a report to Unia) is not the model's to apply
        ("Toeristen zijn ongedierte.", False),
        ("Alle advocaten zijn parasieten.", False),
        ("Politici zijn gewoon parasieten.", False),
        # a group the rule protects, or no one named: the classifier confirms the rule's doubt
        ("Asielzoekers zijn ongedierte.", True),
        ("Die parasieten komen ons leefloon opvreten.", True),
    ],
)
def test_vermin_words_said_of_people_named_by_what_they_do_are_not_removed_as_hate(
    shipped, text, removed
):
    action = moderate(text, shipped).action
    assert (action in (Action.HIDE, Action.DELETE)) is removed, action
    if not removed:
        assert action == Action.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Hitler had zijn werk moeten afmaken.",
        "Elke moslim minder is een goeie dag.",
        "Die homo's zouden zich beter van kant maken.",
        "Asielzoekers? Ik hoop dat ze allemaal verdrinken.",
        "Roemenen, ik spuug erop.",
        "Moslims? Ik heb niets dan minachting voor die mensen.",
    ],
)
def test_death_wished_on_or_contempt_for_a_group_without_a_violence_word_is_deleted(policy, text):
    assert moderate(text, policy).action == Action.DELETE


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # who "ze" are is not said: a person weighs it
        ("Ik hoop dat ze allemaal verdrinken voor ze hier aankomen.", (Action.REVIEW,)),
        ("Elke file minder is een goeie dag.", (Action.KEEP, Action.REPLY)),
        (
            "Ik hoop niet dat ze verdrinken, die arme mensen op die boot.",
            (Action.KEEP, Action.REPLY),
        ),
        ("Ik heb niets dan minachting voor wie moslims uitscheldt.", (Action.KEEP, Action.REPLY)),
        (
            "Vluchtelingen verdrinken en ik word er misselijk van hoe Europa wegkijkt.",
            (Action.KEEP, Action.REPLY),
        ),
        (
            "Da's onzin dat moslims geen vrouwen respecteren.",
            (Action.KEEP, Action.REPLY, Action.REVIEW),
        ),
    ],
)
def test_the_look_alikes_of_those_wishes_and_rejected_claims(policy, text, action):
    assert moderate(text, policy).action in action


def test_a_claim_about_a_group_rejected_is_not_hidden_by_the_model_alone(shipped):
    for text in (
        "Da's onzin dat moslims geen vrouwen respecteren. Ge vindt in elke religie venten die "
        "hun vrouw slecht behandelen.",
        "Die Turkse vrouwen zitten echt nie allemaal thuis, in onze fabriek werken er veel.",
    ):
        assert moderate(text, shipped).action not in (Action.HIDE, Action.DELETE), text


def test_a_word_written_with_i_for_l_is_read_back_unless_it_is_a_word_itself(policy):
    assert moderate("Je suis Wallon en ik woon in Halle, pas de problème.", policy).action == (
        Action.KEEP
    )
    assert moderate("De keien van de markt liggen los.", policy).action == Action.KEEP


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Ge kent ene Roemeen, ge kent ze allemaal.", (Action.DELETE,)),
        ("Waar Afghanen komen wonen, gaat de buurt achteruit.", (Action.DELETE,)),
        ("De sporthal moet haar deur dicht doen voor die asielzoekers.", (Action.DELETE,)),
        ("Ik word kotsmisselijk van die joodse handelaars.", (Action.DELETE,)),
        # the same forms without a group
        ("Ge kent ene schepen, ge kent ze allemaal.", (Action.KEEP, Action.REPLY, Action.REVIEW)),
        ("Waar de toeristen komen, gaat de buurt achteruit.", (Action.KEEP, Action.REPLY)),
        ("De bib doet haar deur dicht voor de zomer.", (Action.KEEP, Action.REPLY)),
    ],
)
def test_generalising_idioms_about_a_group(policy, text, action):
    assert moderate(text, policy).action in action
