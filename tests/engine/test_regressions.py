"""Regression tests for weaknesses found in earlier rounds of quality work on the engine.

Each case is a comment the engine once got wrong, with the action it must get now. They run with
the lexical detectors only (see conftest), so they hold whatever the trained model says."""

from __future__ import annotations

import pytest

from sereen.engine import moderate
from sereen.engine.normalise import normalise, segment
from sereen.engine.policy import Action
from tests.engine.conftest import classifier_giving, group_model_giving, make_policy

REMOVED = (Action.HIDE, Action.DELETE)
KEPT = (Action.KEEP, Action.REPLY)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("j e  b e n t  e e n  i d i o o t", "je bent een idioot"),
        ("j e b e n t e e n i d i o o t", "je bent een idioot"),
        ("d i e  s c h e p e n  i s  e e n  t r u t", "die schepen is een trut"),
        ("I K  G A  J E  V E R M O O R D E N", "ik ga je vermoorden"),
        ("h.o.u  j.e  b.e.k", "hou je bek"),
        ("1k g@ j3 v3rm00rd3n", "ik ga je vermoorden"),
        ("ik 🤬 ga je vermoorden", "ik ga je vermoorden 🤬"),
        ("die lul van een burgemeesteeeer", "die lul van een burgemeester"),
        # as many words either way ("niet stegen"): the cut with more glue words wins
        ("i k h e b n i e t s t e g e n m o s l i m s", "ik heb niets tegen moslims"),
        # "waardeloos" only in an insult pattern, not in a lexicon
        ("g e z i j t e e n w a a r d e l o o s m e n s", "ge zijt een waardeloos mens"),
    ],
)
def test_letters_split_over_a_whole_sentence_are_read_as_words(text, folded):
    assert normalise(text).folded == folded


def test_segmentation_leaves_names_numbers_and_abbreviations_alone():
    assert segment("ocmw") == "ocmw"
    assert segment("xqzwvkjt") == "xqzwvkjt"  # no known words: unchanged
    assert normalise("n.v.a. en o.c.m.w.").folded == "nva. en ocmw."
    assert normalise("covid19 op de e40, 10km file").folded == "covid19 op de e40, 10km file"
    assert normalise("@jan123 hoi").folded == "@jan123 hoi"


@pytest.mark.parametrize(
    "text",
    [
        "j e  b e n t  e e n  i d i o o t",
        "d i e  b u r g e m e e s t e r  i s  e e n  l u l",
        "die lul van een burgemeester",
        "Lelijke heks van een gemeentesecretaris.",
        "Die mevrouw van het loket is een onbeleefde koe.",
        "Nog nooit zo'n sukkel gezien als die schepen.",
        "Ge zijt nie goed wijs, vuile idioot.",
        "Die schepen met haar dikke reet moet eens gaan sporten.",
        "@Els ge zijt dommer dan het achtereind van een koe.",
        "Die schepen is een 🤡",
        "De schepen? Een sukkel.",
        "De bibliothecaris is een parasiet die van ons belastinggeld leeft, kemel.",
        "Zo'n verwaande figuur als de wijkagent hoort niet in de politiek, lul is het.",
    ],
)
def test_insults_aimed_at_a_person_are_hidden(policy, text):
    assert moderate(text, policy).action == Action.HIDE


@pytest.mark.parametrize(
    "text",
    [
        "Die asielzoekers zijn ongedierte",
        "Vluchtelingen zijn parasieten",
        "Moslims zijn kakkerlakken.",
        "Die kakkerlakken uit het opvangcentrum",
        "Dat ongedierte van het opvangcentrum moet weg.",
        "Asielzoekers zijn ongedierte, niks meer.",
        "Die vuile Marokkanen ook altijd.",
        "Homo's zijn ziek.",
        "Joden zijn de oorzaak van alle problemen.",
        "Zwartjes horen hier niet.",
        "Vrouwen horen in de keuken.",
        "Het is een invasie van moslims, ons volk verdwijnt.",
        "Geen moskee hier, dat volk hoort hier niet.",
        "Vluchtelingen? Ongedierte is het.",
        "Marokkanen moet ge niet vertrouwen, het is een ras van dieven.",
        "Vluchtelingen kunnen zich niet aanpassen, het zit in hun bloed.",
        "Zwarte mensen zijn minder intelligent, dat is wetenschap.",
        "Vreemdelingen brengen alleen maar ziektes en criminaliteit.",
        "Hoe minder Marokkanen, hoe beter.",
        "Die Roemenen stinken een uur in de wind.",
    ],
)
def test_dehumanising_a_group_is_deleted(policy, text):
    assert moderate(text, policy).action == Action.DELETE


@pytest.mark.parametrize(
    "text",
    [
        "Ik vermoord u, schepen.",
        "Moest ik die schepen tegenkomen, ik sloeg hem dood.",
        "Als ik u tegenkom, zijt ge er geweest.",
        "Uw huis gaat branden, burgemeester.",
        "Als ik hem zie, breek ik zijn benen.",
        "We komen je halen, burgemeester.",
        "Die burgemeester moet een kogel krijgen.",
        "Ik hoop dat iemand die schepen neerschiet.",
        "Die moeten allemaal opgehangen worden.",
        "Ge gaat uw kinderen nie meer terugzien als ge zo voortdoet, Janssens.",
        "Eén keer ga ik u tegenkomen en dan is het uit met u.",
        "We moeten die kakkerlakken met geweld buitenjagen, morgen aan het station.",
        "Ik wacht u op na de gemeenteraad, wijkagent. Alleen.",
        "Ik wil die schepen zien bloeden.",
        "Die schepen zal nog wel eens een ongelukje krijgen.",
        "Als die moskee er komt, gaat ze branden, dat beloof ik.",
    ],
)
def test_threats_are_deleted(policy, text):
    assert moderate(text, policy).action == Action.DELETE


@pytest.mark.parametrize(
    "text",
    ["ik zou hem kunnen wurgen", "Ik zou die schepen kunnen vermoorden."],
)
def test_a_conditional_outburst_goes_to_a_person_not_to_the_bin(policy, text):
    assert moderate(text, policy).action == Action.REVIEW


def test_a_denied_insult_is_reviewed_not_removed(policy):
    assert moderate("ik zeg niet dat je een idioot bent", policy).action == Action.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        # things, not people
        "Die regeling is gewoon idioot.",
        "Wat een zak geld voor een rotonde.",
        "Dat is een hoop miserie voor de bewoners, die werken.",
        "Waarom staat er geen vuilbak aan de speeltuin?",
        # the speaker, the speaker's own family, a general "you"
        "Wat een ezel ben ik, ik heb mijn afspraak gemist.",
        "Mijn man is een echte clown, hij deed het hele feest lachen.",
        "Ge moet echt zot zijn om in de Kerkstraat nog met de auto te rijden.",
        "Ik ben geen fan van de burgemeester, maar een idioot is hij niet.",
        # predictions, politics and reports are not threats
        "Ge zult het zien, het circulatieplan wordt een flop.",
        "Dat voorstel moet afgeschoten worden, het kost veel te veel.",
        "De brandweer stak een oud huis in brand voor een oefening, indrukwekkend.",
        "Ik kom je halen na school, schat 😘",
        # negations and debate about migration
        "Vluchtelingen zijn geen parasieten, het zijn mensen zoals gij en ik.",
        "De vluchtelingen moeten terug naar huis kunnen als de oorlog voorbij is.",
        "De ratten in het asielcentrum worden bestreden.",
        # a verb that looks like a slur's plural, an adjective about a plan, quoted abuse
        "Het is nie omdat ge in de meerderheid zit dat ge de oppositie moet negeren.",
        "Dit slaat nergens op. Wie keurt zo'n zotte plan goed?",
        "Ik ben zelf Turk en ik lees hier dat we 'gespuis' zijn. Dat doet echt pijn.",
        '"Ik weet waar ge woont" schrijven naar een ambtenaar is gewoon intimidatie. Stop ermee.',
        # a body part is not a slur
        "Blijf met uw poten van onze parking af, gemeente! We hebben die plaatsen nodig.",
        # a service's number is not personal data
        "Het nummer van de politie is 101, of de wijkpost op 09 266 61 11.",
    ],
)
def test_legitimate_comments_are_never_removed(policy, text):
    assert moderate(text, policy).action not in REMOVED


def test_ambiguous_visits_go_to_review_and_friendly_ones_stay(policy):
    assert moderate("Ik zal u wel vinden, ik draag een rode jas.", policy).action == Action.REVIEW
    assert moderate("Ik kom je halen na school, schat 😘", policy).action in KEPT


# Third round: families behind the misses on the holdout set, in new wording.


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("ik_ga_je_vermoorden", "ik ga je vermoorden"),
        ("die.schepen.is.een.klootzak", "die schepen is een klootzak"),
        ("wat een sukk_el", "wat een sukkel"),
        ("Info op www.gent.be of info@gent.be", None),
        ("Dat is goed.Ik kom morgen", "dat is goed.ik kom morgen"),
    ],
)
def test_words_glued_by_dots_or_underscores_are_read_as_words(text, folded):
    result = normalise(text).folded
    if folded is None:
        assert "gent.be" in result  # addresses stay as they are
    else:
        assert result == folded


@pytest.mark.parametrize(
    "text",
    [
        "k goa die schepen afmoaken",
        "Wij goan ulder kapot sloan.",
        "ik_ga_je_vermoorden",
        "we.komen.je.halen.burgemeester",
    ],
)
def test_dialect_and_glued_threats_are_deleted(policy, text):
    assert moderate(text, policy).action == Action.DELETE


@pytest.mark.parametrize(
    "text",
    [
        "De dag zal komen dat gij hiervoor boet, schepen.",
        "Dat zal je nog berouwen.",
        "Daar gaat ge nog spijt van krijgen, burgemeester.",
    ],
)
def test_veiled_threats_go_at_least_to_review(policy, text):
    assert moderate(text, policy).action in (Action.REVIEW, Action.HIDE, Action.DELETE)


@pytest.mark.parametrize(
    "text",
    [
        "Al dat marokkanentuig moet hier weg.",
        "Weer een zigeunerbende op de markt, bah.",
        "Stuur die allemaal terug naar hun land op een vliegtuig.",
        "Steek ze allemaal op een boot naar Marokko.",
        "Die aasgieren die ons leefloon komen opvreten.",
    ],
)
def test_contempt_compounds_deportation_and_takers_are_hate(policy, text):
    assert moderate(text, policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Ge zijt gek als ge in de Veldstraat nog met de wagen rijdt.",
        "Je bent zot om op zaterdag naar het containerpark te gaan.",
        "Er komt een dag dat we hier een zwembad krijgen.",
        "Jullie gaan hiervoor betalen bij de volgende verkiezingen.",
        "Het vluchtelingenkamp in Calais is mensonwaardig.",
        "Wie 'zigeunerbende' schrijft, is racistisch bezig.",
        "Stuur ze allemaal terug naar de leverancier, die stoelen zijn kapot.",
        "De bloedzuigers van de energiebedrijven rekenen te veel aan.",
        "Ik ga dat voorstel kapot sloan in de gemeenteraad.",
        "Ik ga die oude kast kapot slaan en naar het containerpark brengen.",
        "We gaan die computer kapot slaan, hij is toch stuk.",
        "Daar gaat ge spijt van krijgen als ge niet naar de braderie komt!",
        "De aasgieren van de vastgoedsector die onze huizen komen opkopen.",
    ],
)
def test_new_rules_leave_criticism_and_counter_speech_visible(policy, text):
    assert moderate(text, policy).action not in REMOVED


def test_zot_said_of_the_person_is_still_an_insult(policy):
    assert moderate("Ge zijt zot, als ge het mij vraagt.", policy).action in REMOVED
    assert moderate("Gij zijt zot.", policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Ik ga die schepen kapot slaan.",
        "Ik ga dien auto van hem in brand steken.",
        "ik ga die kapotmaken",
    ],
)
def test_a_demonstrative_for_a_person_or_their_property_stays_a_threat(policy, text):
    assert moderate(text, policy).action == Action.DELETE


@pytest.mark.parametrize(
    "text",
    [
        # dialect spellings of a first-person threat
        "Kzal dienen schepen zijne kop eens inslaan",
        "Azzek die agent tegenkom, krijgt em er van langs",
        "Ik goa em overhoop schieten, die deurwaarder",
        "Kgoa under ne kop kleinder moaken",
        # direct phrasings
        "Als ge nog eens binnenkomt, snij ik u de keel over",
        "Ik ga die postbode zijn nek omdraaien",
        "Ik schiet die parkeerwachter overhoop als hij nog eens komt",
        "Gij zijt een dood man, deurwaarder",
        "Morgen ligt er een bom aan het gemeentehuis",
        # incitement as an invitation
        "Laten we met z'n allen dat asielcentrum platbranden",
        "Wie gaat er mee zaterdag naar het opvangcentrum om ze een lesje te leren? Breng een stok mee",
    ],
)
def test_dialect_direct_and_invited_threats_are_removed(policy, text):
    assert moderate(text, policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Het zou spijtig zijn als er iets gebeurde met de auto van de burgemeester",
        "Ik ken de weg naar zijn huis hoor",
        "Die schepen moet maar eens goed op zijn kinderen letten als het donker is",
        "Als dit doorgaat, gaan er hier dingen gebeuren die gulder niet wilt",
        "De schepen heeft een dochter in het derde leerjaar. Een mens weet nooit.",
        "Dan krijgt hij er van langs",
    ],
)
def test_veiled_threats_go_to_a_person_not_removed(policy, text):
    assert moderate(text, policy).action == Action.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Neem uw paraplu mee, een mens weet maar nooit.",
        "Die film was moordend goed",
        "Die nieuwe single slaat in als een bom",
        "Er gaan doden vallen als ge zo voortdoet met 90 door de dorpskern",
        "Ik zou niet graag in de schoenen van de burgemeester staan met dat dossier",
        "Ik goa morgen nie naar de markt, 't regent",
        "We gaan dat voorstel afschieten op de gemeenteraad",
    ],
)
def test_idioms_and_dialect_small_talk_stay(policy, text):
    assert moderate(text, policy).action in KEPT


@pytest.mark.parametrize(
    "text",
    [
        "Pieter Vermeulen, Lindenlaan 7, 9000 Gent. Die heeft mijn hond vergiftigd.",
        "Els De Smet woont in de Kerkstraat 22 bus 1, 2000 Antwerpen, ga maar eens kijken",
        "Hij woont naast de frituur, nummer 8, die met de groene luiken. Zeg het aan iedereen",
    ],
)
def test_a_named_or_described_home_address_is_hidden(policy, text):
    assert moderate(text, policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Het containerpark ligt aan de Industrieweg 5, 9000 Gent",
        "Er ligt een put in de Kerkstraat 12, graag herstellen",
        "Mijn nicht woont in Brugge",
    ],
)
def test_addresses_of_places_and_towns_stay(policy, text):
    assert moderate(text, policy).action in KEPT


@pytest.mark.parametrize(
    "text",
    [
        "Nog een opvangcentrum erbij, we zitten al vol parasieten",
        "Homo's zijn geestesziek",
        "Moslims hebben de hele gemeenteraad in handen",
    ],
)
def test_vermin_with_an_origin_cue_and_stereotypes_are_deleted(policy, text):
    assert moderate(text, policy).action == Action.DELETE


@pytest.mark.parametrize(
    "text",
    [
        "Die schepen en zijn vriendjes zijn parasieten",
        "Het hele dorp zit vol ongedierte tegenwoordig, ge durft niet meer buiten",
    ],
)
def test_vermin_words_for_people_without_a_group_go_to_a_person(policy, text):
    assert moderate(text, policy).action == Action.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "De keuken van dat restaurant zat vol kakkerlakken",
        "Wat een zootje na de kermis",
        "Wie 'parasieten' zegt over mensen, ontmenselijkt ze",
        "Al weken ongedierte in de blok, de huisbaas doet niets",
    ],
)
def test_literal_pests_a_mess_and_counter_speech_stay(policy, text):
    assert moderate(text, policy).action in KEPT


@pytest.mark.parametrize(
    "text",
    [
        "Merkhorloges aan spotprijzen, stuur een bericht op whatsapp @horloge_deals",
        "Dringend te koop: designertassen, contacteer ons via telegram @bags4u",
    ],
)
def test_sales_pitch_with_a_messaging_handle_is_spam(policy, text):
    assert moderate(text, policy).action in REMOVED


def test_a_handle_on_an_app_is_no_email_address(policy):
    decision = moderate(
        "Mijn kat is weg, wie haar ziet mag me sturen op insta @lien.dewitte", policy
    )
    assert decision.action not in REMOVED
    assert moderate("Mail hem op jan.peeters @ gmail.com", policy).action in REMOVED


def test_not_enough_vermin_is_no_denial_and_control_claims_reach_further(policy):
    text = (
        "Alsof we nog niet genoeg parasieten hebben in dit dorp, nu komt er een opvangcentrum bij"
    )
    assert moderate(text, policy).action == Action.DELETE
    text = "Moslims hebben de scholen en straks ook het stadhuis in handen"
    assert moderate(text, policy).action == Action.DELETE
    text = "Dat zijn geen parasieten, dat zijn mensen die werk zoeken"
    assert moderate(text, policy).action in KEPT


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("Ik schiet die bal overhoop", False),
        ("Ik rij die paal omver", False),
        ("Ik schiet die klootzak neer", True),
        ("Ik rij die fietser omver", True),
    ],
)
def test_a_thing_after_the_demonstrative_is_no_victim(policy, text, removed):
    assert (moderate(text, policy).action in REMOVED) is removed


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("Ik moest met mijn zieke moeder drie uur wachten op spoed, dit is schandalig", False),
        ("Onze zieke buurman krijgt al weken geen thuishulp, wat doet het OCMW?", False),
        ("De zieke kinderen van de crèche mogen niet naar binnen, logisch toch", False),
        ("Mijn stomme broer heeft zijn fiets weer aan het station laten staan", False),
        ("Die zieke vent van het loket moet opkrassen", True),
        ("Die stomme schepen snapt er niets van", True),
    ],
)
def test_an_adjective_before_ones_own_people_or_ill_people_is_no_insult(policy, text, removed):
    assert (moderate(text, policy).action in REMOVED) is removed


@pytest.mark.parametrize(
    "text",
    [
        "Wat je ook denkt van de nieuwe parkeerregels, zo spreek je niet tegen een ambtenaar.",
        "Wat je ook doet, de wachtlijst voor de kinderopvang blijft even lang.",
    ],
)
def test_two_ordinary_words_are_not_joined_into_a_slur(policy, text):
    assert moderate(text, policy).action in KEPT
    assert moderate("Jij bent echt een watje", policy).action in REMOVED


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("Kunnen jullie de zaken van de middenstand wat meer steunen?", False),
        ("Koen van de technische dienst heeft het snel opgelost, merci!", False),
        ("Die twee delen van de fietsbrug passen niet op elkaar", False),
        ("Ik sla die wesp dood, ze zitten overal op de speelplaats", False),
        ("Ik sla die mug dood en dan ga ik slapen", False),
        ("Ik sla die Bart dood als ik hem tegenkom", True),
        ("Jullie zijn ratten, allemaal", True),
    ],
)
def test_ordinary_plurals_names_and_pests_are_no_insult_or_threat(policy, text, removed):
    assert (moderate(text, policy).action in REMOVED) is removed


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("Homo's horen niet thuis in onze gemeente.", True),
        ("Die moslims horen hier nergens thuis.", True),
        ("Vrouwen kunnen geen schepen zijn.", True),
        ("Wijven mogen nooit geen burgemeester worden.", True),
        ("Fietsen horen niet thuis in onze voetgangerszone.", False),
        ("Vrouwen kunnen geen gebruik maken van de nieuwe kleedkamers, dat moet beter.", False),
        ("Wie zegt dat homo's niet thuis horen in onze gemeente, moet zich schamen.", False),
    ],
)
def test_saying_a_group_does_not_belong_or_may_not_hold_office_is_hate(policy, text, removed):
    assert (moderate(text, policy).action in REMOVED) is removed


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ('"Die zigeuners stelen toch alles" - echt? Oordeel over daden, niet over afkomst.', False),
        ("Die zigeuners stelen toch alles.", True),
        ("Als de bib op zaterdag dicht is, sterf ik van verveling.", False),
        ("Ik crepeer hier van de hitte in de raadzaal.", False),
        ("Sterf, schepen.", True),
        ("Weg met dit bestuur. Meer moet ik er niet over zeggen.", False),
        ("Weg met de tol op de ring!", False),
        ("Weg met al die moslims.", True),
        ("Die speler is een beest op het veld, wat een goal!", False),
        ("@Jan gij vuil beest, zwijg.", True),
    ],
)
def test_quoted_prejudice_dying_of_boredom_and_political_slogans_stay_visible(
    policy, text, removed
):
    assert (moderate(text, policy).action in REMOVED) is removed


@pytest.mark.parametrize(
    "text",
    [
        "Zet die camera nog eens in onze straat en dan sla ik u plat, schepen.",
        "Gij zijt dood, Pieter.",
        "Dood zijt ge, vuile verrader.",
        "Ik breek uw benen als ik u tegenkom.",
        "Ik ga je auto in de fik steken, Koen.",
        "Uw huis brandt vannacht af.",
        "Ze zouden die schepen eens moeten verkrachten.",
        "Ik kom u zoeken met mijn mes, Els.",
        "Een paar van die raadsleden aan een lantaarnpaal en het is opgelost.",
        "Uw kinderen zijn de volgende, burgemeester.",
    ],
)
def test_threats_in_the_wording_of_the_fifth_round_are_removed(policy, text):
    assert moderate(text, policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben dood moe na die infoavond van drie uur.",
        "Ge zijt dood als ge daar zonder fietshelm rijdt, zo gevaarlijk is dat kruispunt.",
        "Je bent toch niet dood? Ge antwoordt nooit op mijn mails, schepen.",
        "Zijn benen waren gebroken na de val op het slechte voetpad.",
        "De kerstverlichting hangt aan een lantaarnpaal in de Kerkstraat.",
        "Volgens de krant kreeg de man die een molotov naar het gemeentehuis gooide vijf jaar cel.",
        "Ik snij de taart met mijn mes en kom dan naar de receptie.",
    ],
)
def test_look_alikes_of_the_fifth_round_threats_stay_visible(policy, text):
    assert moderate(text, policy).action not in REMOVED


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("Die Roemenen zuipen en vechten. Da volk hoort nie in ons dorp.", True),
        ("Ga trug naar je eige land met je gebedstapijt.", True),
        ("Ge verdedigt die asielzoekers maar. Da zijn gene mensen zoals wij.", True),
        ("Wie een hond zo achterlaat aan de snelweg, dat zijn geen mensen.", False),
        ("Ga terug naar je eigen plek in de rij, aub.", False),
    ],
)
def test_dialect_forms_of_exclusion_and_denying_a_group_are_people(policy, text, removed):
    assert (moderate(text, policy).action in REMOVED) is removed


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Malloot! Ge gelooft ook alles wat ge op Facebook leest, Ilse.", "removed"),
        ("Klaplong, je hebt de hele discussie niet eens gelezen.", "removed"),
        ("Wat ne gluiperd, die woordvoerder.", "removed"),
        ("@Jan gij zotte doos, ge hebt weer de quiz gewonnen 😂", "review"),
        ("Zot! Ge hebt het gewonnen, proficiat 😂", "visible"),
        ("Varkenskop in gelei, ge moet dat eens proeven bij onze slager.", "visible"),
        ("Onze kleine snotneus heeft zijn eerste zwemdiploma gehaald!", "visible"),
        ("Amai mijn kloten, is het al zo laat? Dan is de bib al dicht.", "visible"),
        ("Zo'n prutsers, dat stadsbestuur.", "visible"),
    ],
)
def test_an_insult_opening_the_comment_banter_and_ordinary_meanings(policy, text, action):
    decided = moderate(text, policy).action
    if action == "removed":
        assert decided in REMOVED
    elif action == "review":
        assert decided == Action.REVIEW
    else:
        assert decided not in REMOVED


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ('Wij verloten een gloednieuwe e-bike! Typ "IK" onder deze post en deel hem.', True),
        ("Dankzij meneer Peeters verdien ik nu 3000 euro per week, stuur me een bericht.", True),
        ("Lening tussen particulieren, snel en eerlijk. Serieuze mensen schrijven mij.", True),
        ("5000 echte volgers voor maar 15 euro, stuur een PB.", True),
        ("Deel dit bericht van de gemeente aub, de bib zoekt nog vrijwilligers.", False),
        ("Mijn account is gehackt, hoe krijg ik mijn foto's terug?", False),
        ("Kan ik bij het OCMW een lening aanvragen voor mijn huurwaarborg?", False),
    ],
)
def test_spam_without_links_from_the_fifth_round_families(policy, text, removed):
    assert (moderate(text, policy).action in REMOVED) is removed


def test_a_dating_bot_without_a_second_sign_goes_to_review(policy):
    text = "Hey schat 😘 kijk eens naar mijn profiel, ik verveel me zo."
    assert moderate(text, policy).action == Action.REVIEW


def test_an_insult_said_of_a_pet_is_no_insult(policy):
    assert (
        moderate("Onze hond is een echte lul, hij blaft naar elke fietser 😅", policy).action
        in KEPT
    )
    assert moderate("Die schepen is een echte lul.", policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        'Opgepast: ik kreeg een sms "Uw pakket kon niet geleverd worden, betaal 1,99 euro". '
        "Klik niet op de link!",
        '@Els trap er niet in, dat is een bot. "Verdien €3000 per dag met crypto" is oplichterij.',
        "Jullie beleid rond honden is compleet de weg kwijt, eerst alles verbieden en dan niks.",
    ],
)
def test_warnings_that_quote_a_scam_and_dogs_as_a_topic_stay_visible(policy, text):
    assert moderate(text, policy).action in KEPT


def test_a_quoted_dog_whistle_is_not_removed_by_the_classifier_alone():
    from sereen.engine import decide
    from tests.engine.conftest import FixedScores, make_policy

    decide.set_classifier(FixedScores(hate=0.99))
    text = '"Remigratie" is een extreemrechtse term, die hoort niet op deze pagina.'
    assert moderate(text, make_policy(model_act=0.97)).action not in REMOVED


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("Ge zijt een beest @tibo.vr, 3 goals in 1 match 💪", False),
        ("Mail hem maar op jan.peeters @gmail.com, dan weet hij het.", True),
    ],
)
def test_a_mention_after_a_space_is_no_e_mail_address(policy, text, removed):
    assert (moderate(text, policy).action in REMOVED) is removed


@pytest.mark.parametrize(
    "text",
    [
        "Klopt 050 33 21 90 nog als nummer van de uitleendienst van de bib?",
        "Onze bakkerij heeft nog brood over voor wie getroffen is, bel naar de zaak op 09 225 14 70.",
        "Stop met dure reclamebureaus en steek dat geld in de brandweer, hun ladderwagen is oud.",
        "Zo dom als het achtereind van een varken, dat nieuwe parkeerplan.",
    ],
)
def test_a_services_number_the_fire_brigade_and_a_simile_about_a_plan_stay_visible(policy, text):
    assert moderate(text, policy).action in KEPT


def test_the_classifier_alone_hides_spam_only_when_it_points_somewhere():
    from sereen.engine import decide
    from tests.engine.conftest import FixedScores, make_policy

    decide.set_classifier(FixedScores(spam=0.99))
    policy = make_policy(model_act=0.97)
    assert moderate("Interessant, ik volg dit verder op.", policy).action == Action.REVIEW
    assert moderate("Interessant, volg mij op telegram voor meer", policy).action == Action.HIDE


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a negation before the "dat" of the clause denies the claim in it
        ("Ik zeg helemaal niet dat alle vluchtelingen dieven zijn, ik stel een vraag.", True),
        ("Dat heb ik nooit geschreven, ik heb nooit gezegd dat die Roma dieven zijn.", True),
        ("Het is niet normaal dat die asielzoekers allemaal criminelen zijn.", False),
        # a team about its opponents, in a comment about a match
        (
            "Wij gaan ze inmaken in de halve finale van het schooltoernooi, allemaal supporteren!",
            True,
        ),
        ("Zondag de derby, we gaan ze kapotspelen en kapotmaken 💪", True),
        # ... but naming people keeps a threat in front of a person, and "je" stays a threat
        ("we gaan ze afmaken na de match, die vuile scheidsrechters", False),
        ("ik ga je kapotmaken na de wedstrijd", False),
        # about the writer, not a threat
        ("Nog één omleiding en ik jaag mezelf een kogel door de kop 🙄", True),
    ],
)
def test_denied_claims_team_talk_and_words_about_oneself(policy, text, kept):
    assert (moderate(text, policy).action in KEPT) is kept


@pytest.mark.parametrize(
    "text",
    [
        # an adjective said of "jullie beleid", not of "jullie"
        "Uw parkeerbeleid is gewoon dom, er is geen ander woord voor.",
        # a dog as the topic of a fine
        "Honderd euro boete voor een hond zonder muilkorf, maar de stoepen liggen vol putten.",
        # fingers lost to fireworks or cold: an accident, not harm done by someone
        "Met die vorst vriest ge uw vingers eraf op de kerstmarkt.",
        # laughing banter goes to a person at most
        "hahaha ik maak je af met mijn kaartspel vanavond 😂 @Lotte_b",
        # a moderator told about codes in user names
        "Beste moderator, 1488 in een gebruikersnaam is geen toeval, gelieve dat account te blokkeren.",
        # pest control
        "De reuzenberenklauw langs de beek moet de gemeente uitroeien voor er kinderen aankomen.",
        # a banter birthday wish
        "@Senne ouwe ezel, ge waart uw eigen verjaardag vergeten 🎂🎉 proost makker",
        # an official mailbox and a domain named in a warning
        "Verdachte berichten kunt ge doorsturen naar verdacht@safeonweb.be.",
        "Die mail kwam van iets met @belfius-veilig-login.com, is dat phishing?",
        "Opgelet voor berichten van belfius-veilig-login.com, dat is phishing.",
        # a phone number of the sports hall
        "Klopt 052 21 43 65 nog als nummer van het zwembad?",
        # an amount after "van", not a licence plate
        "Weer een rapport van 150.000 euro om te zeggen dat er te veel auto's rijden.",
        # the ballot box, and "politiek dood"
        "Schepen, ge gaat het voelen bij de verkiezingen in oktober.",
        "Met deze stunt bent u politiek dood, burgemeester.",
        # a denial inside the phrase
        "Ik steek geen school in brand, ik wil gewoon een antwoord over de verbouwing.",
        # a quoted exclusion, after a contraction
        '\'k Zie hier weer "terug naar hun land" staan. Die mensen zijn hier geboren.',
        # a "kras" on a car is no "kras op"
        "Gratis wagen omdat er een kras op zit? Dat is altijd oplichting.",
        # "kopen" is no plural of "kop"
        "Ge kunt de kalenders kopen bij de bakker op de markt.",
        # the writer about themself
        "Ik ben ook maar een sukkel met die online formulieren, sorry.",
        # "betekent": talk about a word
        'Voor wie het vraagt: "snotaap" betekent gewoon een brutaal kind.',
    ],
)
def test_look_alikes_of_the_eighth_round_stay_up(policy, text):
    assert moderate(text, policy).action not in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Uw vent is dom en gij zijt het ook.",
        "ik ga je afmaken, gij vuile klootzak",
        "die asielzoekers moeten we uitroeien",
        "Ik ben een sukkel? Gij zijt zelf een sukkel.",
        "Ik weet dat gij een vuile hoer zijt 😂",
    ],
)
def test_the_same_words_aimed_at_someone_are_still_removed_or_reviewed(policy, text):
    assert moderate(text, policy).action in (Action.REVIEW, *REMOVED)


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        ({"threat": 0.99}, Action.HIDE),  # a veiled threat: no violence word needed from 0.98
        ({"threat": 0.975}, Action.REVIEW),  # above model_act, but without a cue word
        ({"hate": 0.99}, Action.HIDE),
        ({"insult": 0.99}, Action.HIDE),  # "die schepen" is named: the cue of an insult
    ],
)
def test_the_classifier_alone_hides_a_threat_or_hate_without_a_cue_only_when_very_sure(
    scores, expected
):
    from sereen.engine import decide
    from tests.engine.conftest import FixedScores, make_policy

    decide.set_classifier(FixedScores(**scores))
    policy = make_policy(model_act=0.97)
    decision = moderate(
        "Mooi huisje van die schepen. Zou jammer zijn mocht er iets gebeuren.", policy
    )
    assert decision.action == expected
    assert decision.confirm is (expected == Action.HIDE)


@pytest.mark.parametrize(
    "text",
    [
        # said of one's own people
        "Mijn vent is een echte clown, heel het feest lag in een deuk.",
        # a prejudice thrown back with "??"
        "ALLE VLUCHTELINGEN CRIMINELEN?? Mijn buurvrouw uit Syrië is verpleegster op spoed.",
        # "van nul", a possessive "'s" before a quoted slur, "de kop kosten", a crime named
        "Moet ik na een verhuis opnieuw van nul beginnen op de wachtlijst?",
        'Ik kreeg in mijn DM\'s "kankerlijer" omdat ik de staking steun. Triest.',
        "Dit gaat u bij de volgende verkiezingen de kop kosten, schepen.",
        "Drie jaar cel terwijl verkrachters met een enkelband thuis zitten, dat klopt toch niet.",
    ],
)
def test_own_people_disbelief_and_ordinary_meanings_stay_up(policy, text):
    assert moderate(text, policy).action not in REMOVED


def test_a_veiled_threat_without_anyone_named_is_not_hidden_by_the_classifier_alone():
    from sereen.engine import decide
    from tests.engine.conftest import FixedScores, make_policy

    decide.set_classifier(FixedScores(threat=0.99))
    policy = make_policy(model_act=0.97)
    text = "Als uitbater van het café hoop ik wel dat er terrasruimte bij komt."
    assert moderate(text, policy).action == Action.REVIEW


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uw zoontje zit in het derde leerjaar bij juf An. Gewoon zodat ge het weet, schepen.",
            REMOVED,
        ),
        (
            "Haar kinderen spelen elke woensdag in het park. Ik zeg niks, ik zeg alleen dat ik het weet.",
            REMOVED,
        ),
        (
            "Nog één zo'n post en ge krijgt een bezoekje van mij, en dan niet om te babbelen.",
            REMOVED,
        ),
        ("Zijn bestelwagen staat elke nacht op straat. Suiker in de tank doet wonderen.", REMOVED),
        ("Kijk morgen voor ge vertrekt maar eens goed onder uw auto, burgemeester.", REMOVED),
        ("Het zou spijtig zijn als er iets met uw honden gebeurde.", (Action.REVIEW,)),
        # look-alikes
        (
            "Het zou spijtig zijn als uw kinderen daar iets overkwam, leg dat zebrapad aan.",
            (Action.REVIEW, *KEPT),
        ),
        ("Ge krijgt een bezoek van de wijkagent voor uw nieuwe identiteitskaart.", KEPT),
        ("Ik zeg niks, ik zeg alleen dat het druk was op de markt.", KEPT),
    ],
)
def test_veiled_threats_of_the_ninth_round(policy, text, expected):
    assert moderate(text, policy).action in expected


def test_a_few_unnamed_people_called_a_word_go_to_a_person_at_most(policy):
    text = "Drieduizend fans op de markt en een stuk of vier idioten, dat is toch geen reden."
    assert moderate(text, policy).action not in REMOVED
    assert moderate("Gisteren 8000 supporters en 6 idioten.", policy).action == Action.REVIEW
    assert moderate("die 3 idioten van het schepencollege", policy).action in REMOVED


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("De grote vervanging is bezig, kijk maar naar onze straat.", True),
        ("De grote vervanging is een complottheorie van extreemrechts, trap er niet in.", False),
        ("Wie betaalt dat centrum? Altijd dezelfde (((bankiers))).", True),
        ("Wie (((zo))) schrijft, gebruikt antisemitische code, beste moderators.", False),
        ("Die joden zitten weer achter die nieuwe taks.", True),
        ("Niet de moslims zitten achter die taks, maar het schepencollege.", False),
        ("De moslims zitten achter in de zaal, vooraan is nog plaats.", False),
    ],
)
def test_dog_whistles_of_the_second_session(policy, text, removed):
    assert (moderate(text, policy).action in REMOVED) is removed


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("Ik weet ook waar haar dochter naar school gaat, die juf.", True),
        ("Die schepen mag maar hopen dat er niks met zijn gezin gebeurt.", True),
        ("Iemand moet die parkeerwachter eens op zijn smoel timmeren.", True),
        ("Wie die wijkagent tegenkomt: een dreun verkopen.", True),
        ("Gooi die schepen in de vaart, dan is het opgelost.", True),
        ("Vrijdag allemaal naar het gemeentehuis, neem stenen mee.", True),
        # look-alikes
        ("Gooi dat afval in de vuilbak, niet in de vaart.", False),
        ("Vrijdag gaan we met de scouts naar het kampvuur, neem stokken mee.", False),
        ("Ge moogt hopen dat er niks gebeurt op dat kruispunt zonder zebrapad.", False),
    ],
)
def test_threat_idioms_of_the_second_session(policy, text, removed):
    assert (moderate(text, policy).action in REMOVED) is removed


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("N1GG3RS op ons plein, ik ga er niet meer naartoe.", True),
        ("die ƒlikkers met hun vlag aan het stadhuis", True),
        ("Nog één keer en dan slaag ik u in elkaar, @Tom_V.", True),
        ("Ik weet woar da ge woont, meneer de directeur.", True),
        ("Ga zijn ruiten ingooien, hij verdient het.", True),
        # look-alikes
        ("Wie heeft het woord 'nigger' op de muur van de school gespoten? Walgelijk.", False),
        ("De storm heeft hun ramen kapot gewaaid, help mee opruimen.", False),
    ],
)
def test_spellings_and_dialect_forms_of_the_second_session(policy, text, removed):
    assert (moderate(text, policy).action in REMOVED) is removed


@pytest.mark.parametrize(
    "text",
    [
        "Kem uw adres en ik goa u kapotmoaken.",
        "Woar woont die schepen? Ik goa em ne keer afmoaken.",
    ],
)
def test_more_dialect_forms_are_read_in_the_standard_spelling(policy, text):
    assert moderate(text, policy).action in (Action.REVIEW, *REMOVED)


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("Ge moogt zeker zijn dat ik u kom afmaken, schepen.", True),
        ("Ik heb uw adres, zodat we hem ne keer gaan kapotslaan.", True),
        ("Ik hoop dat we ze zaterdag gaan inmaken in de finale!", False),
    ],
)
def test_a_threat_in_a_subordinate_clause(policy, text, removed):
    assert (moderate(text, policy).action in REMOVED) is removed


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the writer's own "ik zeg het maar" after the word asserts it, it reports nobody
        ("Die schepen is echt een klootzak, ik zeg het maar.", REMOVED),
        ("Die directeur is een eikel, zeg ik u.", REMOVED),
        # a saying before it, or "ik zeg dat ...", still reports or denies
        ("Hij noemde de schepen een klootzak, zegt mijn buurman.", (Action.REVIEW, *KEPT)),
        ("Ik zeg nie dat de schepen een eikel is, ik zeg dat het plan beter kon.", KEPT),
    ],
)
def test_the_writers_own_saying_is_no_reported_speech(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    "text",
    [
        "Wa ne stoemen ezel is da, die Verbeke.",
        "Die van het onthaal is een domme gans.",
        "@Ruben vuile slons, ga u eerst wassen.",
        "Die turnleraar is een geile viezerik.",
        "Die Marc is een aandachtshoer, negeer hem.",
        "@Lies klein opdondertje, altijd met uw commentaar.",
    ],
)
def test_names_for_people_heard_in_the_development_sets(policy, text):
    assert moderate(text, policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "De uil in het park broedt weer, mooi om te zien.",
        "De ganzen aan de vijver zijn terug.",
        "Ik heb een dikkenek van een kater vandaag.",
    ],
)
def test_those_names_as_animals_or_about_oneself_stay(policy, text):
    assert moderate(text, policy).action in KEPT


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("De islam is een kankergezwel in ons land.", REMOVED),
        (
            "Homo's moeten uit de sporthal geweerd worden, dat is geen plek voor hen.",
            (Action.REVIEW, *REMOVED),
        ),
        ("Rolstoelgebruikers moeten maar thuisblijven.", (Action.REVIEW, *REMOVED)),
        ("Homo's moeten niet geweerd worden uit de sporthal.", KEPT),
    ],
)
def test_exclusion_of_a_group_and_a_religion_called_a_disease(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Die buurman die altijd klaagt: Molenstraat 14, Zonnedaele. Nu weet iedereen het.",
            REMOVED,
        ),
        ("Die vent van 't Kerkstraatje 3, 't hus mee de groene deure.", REMOVED),
        ("De juf die mijn zoon strafte: Els, Beukenlaan 9. Deel dit maar.", REMOVED),
        ("Zijn brievenbus hangt aan de Dorpsstraat 21, gij weet wat te doen.", REMOVED),
        ("Het gat in de Molenstraat 14 ligt er nog altijd, schepen.", KEPT),
    ],
)
def test_a_home_address_handed_out(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the pattern used to run on into "op" and the checksum then failed
        ("Zijn rekening: BE71 0961 2345 6769 op naam van Jan Peeters.", REMOVED),
        ("Stort maar op BE71 0961 2345 6769 op naam van zijn vrouw.", REMOVED),
        # asked about paying: most likely the organisation's own account, a person looks
        (
            "Moet ik het inschrijvingsgeld overschrijven naar BE71 0961 2345 6769 of cash?",
            (Action.REVIEW,),
        ),
    ],
)
def test_an_account_number_before_words(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Koffiebar Bonte Boon opent! Eerste cappuccino aan -50% met de code BUURT", REMOVED),
        ("Grote solden bij Meubelhuis Vos, tot -60%! www.meubelhuis-vos.be", REMOVED),
        ("Check mijn nieuwe YouTube kanaal, like en subscribe!!", REMOVED),
        (
            "Uw parkeerkaart vervalt. Verleng via parkeer-vlaanderen.org en voer uw bankgegevens in",
            REMOVED,
        ),
        (
            "Sleutels gevonden aan de kerk. Stuur mij een PB, wel eerst €10 verzendkosten.",
            (Action.REVIEW, *REMOVED),
        ),
        (
            "Mijn kat is gevonden in Gent, kan iemand mij de taxi voorschieten? Ik betaal terug",
            (Action.REVIEW, *REMOVED),
        ),
        # look-alikes
        ("Leden van de bib krijgen -10% op het cursusaanbod, zie de folder.", KEPT),
        ("Kan ik het kampgeld via Payconiq betalen?", KEPT),
        ("Ik kon niet inloggen met de code uit de brief.", KEPT),
        ("De gemeente laat ons de kosten voorschieten, schandalig.", KEPT),
    ],
)
def test_pitches_without_a_scam_word(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Er zijn al mensen voor minder in het kanaal beland, meneer de directeur.", REMOVED),
        ("Er zijn mensen voor minder verdwenen. Gewoon zeggen.", REMOVED),
        ("Als die sporthal dichtgaat, gaan er koppen rollen. Letterlijk.", REMOVED),
        ("Binnenkort krijgt die schepen de rekening gepresenteerd. En niet op papier.", REMOVED),
        ("Die schepen moet maar hopen dat zijn huis niet afbrandt. Onthoud dat.", REMOVED),
        ("Hopelijk zijn de remmen van die agent goed nagekeken 😉", REMOVED),
        # an accident in words only is as often a road complaint: a person looks
        ("Ongelukken gebeuren snel op die parking, schepen. Gewoon zeggen.", (Action.REVIEW,)),
        # look-alikes: the tag does not close the comment, a resignation, the ballot box, one's own
        (
            "De brand was vreselijk, denk daar eens over na als ge bespaart op de brandweer, schepen.",
            KEPT,
        ),
        ("Na dit rapport gaan er koppen rollen op het stadhuis.", KEPT),
        ("Bij de verkiezingen gaan er koppen rollen, onthoud dat.", KEPT),
        ("Onze juf heeft zelf ook kinderen, dus ze begrijpt het 😉", KEPT),
    ],
)
def test_a_harm_told_as_a_fact_with_a_menacing_tag(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("Gooi een steen door de ruit van dat gemeentehuis, ze verdienen niet beter.", True),
        ("Vanavond allemaal naar het azc, met fakkels.", True),
        ("Alle flikken van de wijk in elkaar slaan zaterdag, wie doet mee?", True),
        # look-alikes
        ("Iemand heeft een steen door de ruit van de bib gegooid, schandalig.", False),
        ("Zaterdag naar het jeugdhuis met fakkels voor de lichtstoet, wie doet mee?", False),
        ("Alle ballen uit de kast slaan op het tornooi, wie doet mee?", False),
    ],
)
def test_calls_to_violence_against_places_and_groups(policy, text, removed):
    assert (moderate(text, policy).action in REMOVED) is removed


@pytest.mark.parametrize(
    ("text", "action", "classifier"),
    [
        # a threat detector's doubt that a confident classifier confirms is acted on
        ("@Jelle ik kom u straks halen en dan zijt ge dood", REMOVED, 0.95),
        ("Ik ken de weg naar uw huis, schepen. Slaap zacht.", REMOVED, 0.95),
        ("Zou jammer zijn als er iets gebeurt met uw auto, schepen.", REMOVED, 0.95),
        # a detector's deliberate doubts stay with a person, however confident the classifier
        (
            "Ik zou die parkeermeter wel kunnen vermoorden, hij pakt nooit mijn kaart",
            (Action.REVIEW,),
            0.95,
        ),
        (
            "Het zou jammer zijn als er iets gebeurt met de kinderen aan dat kruispunt, schepen.",
            (Action.REVIEW,),
            0.95,
        ),
        (
            "Die directeur moet goed op zijn auto letten, die staat elke nacht op de stoep.",
            (Action.REVIEW,),
            0.95,
        ),
        (
            "Pas maar op als ge 's avonds naar huis fietst, daar is geen verlichting.",
            (Action.REVIEW,),
            0.95,
        ),
        # a friendly visit stays kept, unless the classifier is all but sure
        # (decide.MODEL_DOUBTS_A_READING): then a person looks, and still nothing is removed
        ("We komen jullie halen met de bus van de scouts, om 9u aan de kerk.", KEPT, 0.9),
        (
            "We komen jullie halen met de bus van de scouts, om 9u aan de kerk.",
            (Action.REVIEW,),
            0.95,
        ),
        ("Ge gaat het nog voelen in uw portemonnee, die nieuwe parkeertarieven.", KEPT, 0.9),
        (
            "Ge gaat het nog voelen in uw portemonnee, die nieuwe parkeertarieven.",
            (Action.REVIEW,),
            0.95,
        ),
    ],
)
def test_a_confident_classifier_confirms_a_threat_detectors_doubt_not_its_mitigations(
    policy, text, action, classifier
):
    with classifier_giving(threat=classifier):
        assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the writer disowns the act: the classifier alone may not overrule that
        ("Als ik die agent zou slaan, ben ik geen haar beter, dus ik doe het niet.", KEPT),
        ("Ik zou die schepen een klap geven, maar ik doe het niet.", KEPT),
        # an explicit threat is no disowning
        ("Ik ga die schepen in elkaar slaan, ik doe het echt.", REMOVED),
    ],
)
def test_a_disowned_act_is_no_threat(text, action):
    with classifier_giving(threat=0.95):
        assert moderate(text, make_policy(model_act=0.97)).action in action


@pytest.mark.parametrize(
    "text",
    [
        "Het zijn geen zigeuners, het zijn mensen die een kans verdienen.",
        "Het zijn geen kakkerlakken, het zijn mensen.",
    ],
)
def test_a_denied_slur_or_dehumanising_word_is_not_raised_by_the_classifier(text):
    with classifier_giving(hate=0.96):
        assert moderate(text, make_policy(model_act=0.9)).action not in REMOVED


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("Die kerel van het onthaal is een zuurpruim en een bullebak.", True),
        ("Ge zijt e zotte kalle, Ilse.", True),
        ("Dien agent is nen echten zagevent.", True),
        ("Die bibliothecaris is een vuile betweter.", True),
        # look-alikes
        ("Die betweters van het studiebureau hebben de rotonde verkeerd getekend.", False),
        ("Zet een muts op, het is koud!", False),
    ],
)
def test_more_names_for_people_from_the_development_sets(policy, text, removed):
    assert (moderate(text, policy).action in REMOVED) is removed


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Ik ben notaris in Madrid en zoek erfgenamen Peeters. Een erfenis van €1,8 miljoen wacht.",
            REMOVED,
        ),
        (
            "Hallo mooie vrouw, ik ben weduwnaar en werk op een olieplatform, stuur me een bericht",
            REMOVED,
        ),
        (
            "Studio te huur aan de markt, ik zit in het buitenland: waarborg eerst overschrijven.",
            REMOVED,
        ),
        ("$DORP token gaat 50x deze maand, stap nu in via dorptoken.io", REMOVED),
        (
            "Uw premie van de overheid vervalt vandaag. Vraag ze aan op www.premie-vlaanderen-nu.eu",
            REMOVED,
        ),
        ("Wij geven een e-bike weg aan iemand die deze post deelt!", (Action.REVIEW, *REMOVED)),
        ("Zin in een discrete date? Meer dan 200 singles in uw buurt op datingzon.be", REMOVED),
        # look-alikes
        ("De erfenis van mijn vader moet nog verdeeld worden, hoe zit dat met de notaris?", KEPT),
        ("Mijn oma is weduwe en woont alleen, kan de gemeente eens langskomen?", KEPT),
        ("Onze parkeerkaart vervalt vandaag, waar kan ik die verlengen?", KEPT),
        ("Volg @gemeentezonnedaele voor updates over de werken.", KEPT),
    ],
)
def test_classic_scams_and_pitches(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("Wat een trut aan dat loket, zeg.", True),  # "zeg" at the end is an interjection
        ("Die van het onthaal is een onnozele uil.", True),  # "die van ...": the one from
        ("Alweer een regenboogvlag voor de flikkers aan het stadhuis.", True),
        ("Weer een moskee? Leg er een varkenskop voor de deur.", True),
        ("Geef ze maar een enkeltje Casablanca, probleem opgelost.", True),
        ("Kakkerlanders krijgen hier alles.", True),
        # look-alikes
        ("Hij zei: wat een trut, zeg.", False),
        ("Op de markt verkopen ze varkenskoppen aan de deur van de beenhouwerij.", False),
        ("Ik heb een enkeltje naar Istanbul geboekt voor mijn vakantie.", False),
    ],
)
def test_slurs_tropes_and_interjections_from_the_development_sets(policy, text, removed):
    assert (moderate(text, policy).action in REMOVED) is removed


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # outrage at a decision, said as often to an organisation as to a person: a person decides
        (
            "Serieus bibliotheek, €2 boete per dag? Zijn jullie nu helemaal zot geworden",
            (Action.REVIEW,),
        ),
        ("Ge zijt zot, Jan.", REMOVED),
    ],
)
def test_gone_mad_is_outrage_at_a_decision(policy, text, action):
    assert moderate(text, policy).action in action


def test_a_self_directed_idiom_is_not_raised_by_the_classifier():
    with classifier_giving(threat=0.99):
        decision = moderate(
            "Ik schiet mij een kogel als ik nog één flitsfoto krijg 😅", make_policy(model_act=0.97)
        )
    assert decision.action not in REMOVED


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        ("Die baliemedewerkster van het stadhuis is echt een onbeschofte heks", True),
        ("Diegene die deze post geschreven heeft is een sukkel.", True),
        ("De redder van het zwembad is een arrogant stuk vreten", True),
        ("Gie zyt ne vuile smeirlap, Noël", True),
        ("Vanderstraeten = 1d10t", True),
        # look-alikes
        ("Die container is echt een ramp, altijd vol.", False),
        ("Hij schreef in zijn bericht dat de schepen een sukkel is, vind ik niet netjes.", False),
    ],
)
def test_job_titles_a_long_subject_and_words_between_copula_and_name(policy, text, removed):
    assert (moderate(text, policy).action in REMOVED) is removed


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Alweer een flikkervlag aan de sporthal. Schaamteloos.", REMOVED),
        ("Die roma aan het station, da is geen volk da is vee.", REMOVED),
        ("geen homos in onze zwemclub aub", (Action.REVIEW, *REMOVED)),
        ("Schepen Peeters, ge gaat deze maand nog sterven, reken maar.", REMOVED),
        ("Zaterdag iedereen naar het jeugdhuis, en neem knuppels mee.", REMOVED),
        (
            "Het wordt een hete zomer voor dat nieuwe azc, schepen, als ge begrijpt wat ik bedoel 🔥",
            REMOVED,
        ),
        (
            "De auto van de burgemeester staat elke nacht buiten. Auto's vatten zo rap vuur 🔥",
            REMOVED,
        ),
        # look-alikes
        ('"Flikkervlag" roepen naar de Pride-stand is walgelijk.', KEPT),
        ("Vluchtelingen zijn geen ongedierte, dat zijn mensen.", KEPT),
        ("Er zitten geen vrouwen in ons bestuur, dat moet veranderen.", KEPT),
        ("Ge gaat nog sterven van het lachen met die video", KEPT),
        ("Die DJ heeft de tent in brand gezet, wat een ambiance!!! 🔥🔥", KEPT),
        ("Iedereen naar het kampvuur, neem stokken mee!", KEPT),
    ],
)
def test_families_from_the_first_blind_measurement_of_holdout9_and_10(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Als ze mijn uitkering stoppen, kom ik met een mes naar het loket.", REMOVED),
        ("Na de match allemaal met knuppels naar het azc.", REMOVED),
        ("Als die moskee er komt, leg ik er persoonlijk een bom onder", REMOVED),
        ("Die caravans van de Roma: omduwen en in brand steken. Wie doet mee?", REMOVED),
        ("Joden moeten wegblijven uit de gemeenteraad.", (Action.REVIEW, *REMOVED)),
        ("Moslims zouden geen stemrecht mogen hebben.", REMOVED),
        ("Hang een bordje aan het zwembad: verboden voor zigeuners.", REMOVED),
        ("@Kevin ge zijt echt de domste mens die ik ooit tegenkwam", REMOVED),
        ("Schepen Peeters is een tr*ut van formaat", REMOVED),
        (
            "U heeft recht op een terugbetaling van €120. Vul uw kaartgegevens in op premie-terug.be",
            REMOVED,
        ),
        # look-alikes
        (
            "Zaterdag kom ik met mijn jachtgeweer naar de jachtclub voor de opening.",
            (Action.REVIEW, *KEPT),
        ),
        ("We gaan de oude schuur kapotslaan zaterdag, wie doet mee? Gratis hout.", KEPT),
        ("Moslims horen net zo goed bij Zonnedaele als wij.", KEPT),
        ("Vrouwen horen niet achter het aanrecht, die tijd is voorbij.", (Action.REVIEW, *KEPT)),
        ("Ik voel me de domste mens ter wereld, ik vergat mijn afspraak.", KEPT),
        ("Dit is de domste beslissing van het college ooit.", KEPT),
        ("Gratis koffie voor de eerste 50 bezoekers van de bib-opening!", KEPT),
    ],
)
def test_more_families_from_holdout9_and_10(policy, text, action):
    assert moderate(text, policy).action in action


def test_treated_as_cattle_said_of_the_residents_is_no_dehumanising_of_the_group(policy):
    text = "Ik ben niet tegen vluchtelingen, wel tegen een bestuur dat ons als vee behandelt."
    assert moderate(text, policy).action in KEPT
    assert (
        moderate("Vluchtelingen? Dat zijn beesten, behandel ze als vee.", policy).action in REMOVED
    )


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Directeur van de sporthal thuis: 051 72 48 13, bel hem 's nachts maar eens", REMOVED),
        ("Die Nederlandse fraudeur, Dennis Bakker, BSN 3141.59.265, zoek het maar na", REMOVED),
        ("Die vrouw die haar hond laat blaffen: Lindelaan 32 bus 2, Zonnedaele.", REMOVED),
        ("Joden en geld, altijd hetzelfde verhaal.", REMOVED),
        # the legitimate comment holdout73 removed (the session-start engine too), and a look-alike
        ("Die 'grap' over Polen die alleen zuipen is niet grappig.", (Action.KEEP, Action.REVIEW)),
        ("Die Polen zuipen alleen maar.", REMOVED),
        ("De geitenneukers hebben hier het voor het zeggen.", REMOVED),
        ("Brandweerman Stijn is nen arrogante kwast", REMOVED),
        ("Als mijn leefloon weer te laat is, kom ik met een bus benzine naar uw loket.", REMOVED),
        ("Allemaal naar die iftar met stenen in uw zakken", REMOVED),
        (
            "Uw parkeerboete is niet betaald. Vermijd een verhoging en betaal via parkeren-boete.com",
            REMOVED,
        ),
        # look-alikes
        ("Het zwembad is bereikbaar op 051 72 48 13, bel gerust.", KEPT),
        ("De put in de Molenstraat 12 is er nog, ik zat thuis toen het gebeurde.", KEPT),
        ("Die verfkwast is versleten, heeft de gemeente nieuwe?", KEPT),
        ("Wie heeft er hier eigenlijk het voor het zeggen, de burgemeester of de schepen?", KEPT),
    ],
)
def test_families_from_holdout11_and_12(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Ge moet de koe bij de horens vatten, zei mijn pa altijd.", KEPT),
        (
            "Als lokale schrijnwerker bied ik inwoners met stormschade 10% korting. Bel gerust.",
            KEPT,
        ),
        ("Zonnepanelen nu met 40% korting, enkel deze maand! Stuur 'ZON' in een DM", REMOVED),
        (
            "Vragen over uw aanslag? Stuur ons een bericht in een pb, enkel deze maand is het loket dicht.",
            KEPT,
        ),
        ("Die schepen is een koe.", REMOVED),
    ],
)
def test_an_animal_saying_and_a_discount_alone_are_no_abuse(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Ik ga die fabriek opblazen met heel de directie erin", REMOVED),
        ("Iemand moet eens met een knuppel langs die camping gaan, vrijwilligers?", REMOVED),
        ("Sla die transgenders uit het zwembad, desnoods met geweld.", REMOVED),
        (
            "als die twee echt trouwen in ons gemeentehuis, zullen ze er niet levend uitkomen",
            REMOVED,
        ),
        ("Ge moet die halalslager gewoon afranselen tot hij vertrekt.", REMOVED),
        (
            "De beheerder van de camping zou zijn caravan best goed verzekeren. Ik zeg maar wat.",
            REMOVED,
        ),
        ("Die dokter is een incompetente kwakzalver", REMOVED),
        ("f@ggots in het gemeentehuis, wat een schande", REMOVED),
        ("Nieuw: SmashBurger! -20% met de code ROCK20 tijdens het festivalweekend", REMOVED),
        (
            "Ik kan uw vergunning sneller laten goedkeuren voor een kleine bijdrage. Stuur me een PB.",
            REMOVED,
        ),
        # look-alikes
        ("Sla die eieren in de kom en klop ze buiten de pan niet te hard.", KEPT),
        ("De brandweer kwam net op tijd, anders waren ze er niet levend uitgekomen.", KEPT),
        (
            "Ik zou mijn fiets best goed verzekeren, gewoon een tip, er worden er veel gestolen.",
            KEPT,
        ),
        ("Die politiekers zijn allemaal zakkenvullers", KEPT),
    ],
)
def test_families_from_holdout13_and_14(policy, text, action):
    assert moderate(text, policy).action in action


def test_a_copula_with_a_participle_between_says_no_word_of_anyone(policy):
    text = "Een kind wordt gebeten door een hond die al 3 keer gemeld was. Pure nalatigheid!"
    assert moderate(text, policy).action not in REMOVED
    assert moderate("Die baliemedewerker is echt een onbeschofte heks", policy).action in REMOVED


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Ik weet op welke school de kinderen van Callewaert zitten. Gewoon zeggen.", REMOVED),
        ("Als jullie die fietsdief zien: breek zijn benen, de politie doet toch niks", REMOVED),
        ("Als de strandbar moet sluiten om 22u, dan brandt het gemeentehuis.", REMOVED),
        ("ik ga die wagen van die carnavalgroep in de fik steken", REMOVED),
        ("Ge zult deze zomer niet overleven, Declercq.", REMOVED),
        ("Mooie gevel heeft uw strandbar, Frank. Brandt goed, zo'n houten terras.", REMOVED),
        ("Brandweerman Kurt is een dikke luiaard", REMOVED),
        ("Er zaten weer een paar smoskoppen achter die firma, volg het geld.", REMOVED),
        # look-alikes
        ("Ik ga de barbecue in de fik steken, wie komt er eten?", KEPT),
        ("Als het zo droog blijft, dan brandt het bos af.", KEPT),
        ("Breek zijn benen niet, die oude trap is gevaarlijk", KEPT),
        ("Hout brandt goed in de kachel, zeker eik.", KEPT),
    ],
)
def test_families_from_holdout15_and_16(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Coppens, uw vrouw laat elke avond om 21u de hond uit langs het kanaal. Ge weet nooit.",
            REMOVED,
        ),
        ("Meneer de korpschef, uw vrouw rijdt toch elke dinsdag alleen naar Brugge?", REMOVED),
        # a neighbour's message: at most a person looks
        (
            "Uw man komt elke dag langs de bakker, zeg hem dat het brood klaar ligt.",
            (Action.REVIEW, *KEPT),
        ),
    ],
)
def test_a_family_members_routine_told_to_someone(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Kut, kut, kut. Weer te laat op het werk door die werken.", KEPT),
        ("Wat is het verschil tussen een wolf en een grote hond op zo'n foto?", KEPT),
        ("Die schepen is een grote ezel.", REMOVED),
        ("Gij grote ezel, lees eerst.", REMOVED),
    ],
)
def test_curses_alone_and_an_animals_size_are_no_insult(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Ich sjlaon dich dien kop in, Vanheusden, waach mer", REMOVED),
        ("Die wolf is niet de enige hier die een kogel verdient", (Action.REVIEW, *REMOVED)),
        (
            "Zou jammer zijn als er iets met uw auto gebeurde, schepen. Gewoon een bedenking.",
            REMOVED,
        ),
        ("schepen Bogaerts haar privé adres is Rozendaal 29, Zonnedaele.", REMOVED),
        ("de student die de fuif organiseerde zit op kot in de Vaartkaai 5, kamer 14", REMOVED),
        (
            "Het zwembad heeft een nieuwe pagina! Log hier in met Facebook: zwembad-login.info",
            REMOVED,
        ),
        # look-alikes
        (
            "Het zou jammer zijn als er iets gebeurt met de kinderen aan dat kruispunt, schepen 🙂",
            (Action.REVIEW, *KEPT),
        ),
        ("Ik woon op kot in de Vaartkaai, fijne buurt.", KEPT),
    ],
)
def test_families_from_holdout17_and_18(policy, text, action):
    assert moderate(text, policy).action in action


def test_what_the_writers_side_is_treated_as_is_no_insult(policy):
    assert moderate("Stop met ons te behandelen als idioten. Leugens!", policy).action in KEPT
    assert moderate("Ik zie u als een idioot, Jan.", policy).action in REMOVED


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # West-Flemish "gie" and "a" (u), "k'" before the verb
        ("Gie zyt ne stomme ezel, Marc, hou uwe kleppe", REMOVED),
        ("k'goan a kapot sloan, gie vuile snotneus", REMOVED),
        # money owed does not soften a weapon
        ("ik weet waar ge woont en ik kom mijn 200 euro halen, met een bat", REMOVED),
        # a harm told as a fact with a tag: no witnesses, never alone again
        (
            "Goede raad aan de uitbater: sluit uw ramen goed. 's Nachts ziet niemand iets 😉",
            REMOVED,
        ),
        (
            "ik zou niet meer alleen naar huis fietsen als ik u was, schepen. Gewoon een goede raad.",
            REMOVED,
        ),
        # stereotypes of a whole group
        ("Alle Afghanen zijn hier voor de uitkering, niet om te werken", REMOVED),
        ("Roma werken niet, dat weet iedereen", REMOVED),
        ("Marokkanen leven allemaal van het OCMW", REMOVED),
        # a dehumanising word for a group named in the sentence before
        ("Asielzoekers aan het station... een plaag sprinkhanen, ze eten alles kaal", REMOVED),
        # look-alikes
        (
            "Veel Syriërs werken niet omdat hun diploma hier niet erkend wordt.",
            (Action.REVIEW, *KEPT),
        ),
        ("De Walen betalen minder voor hun afval, vreemd toch?", KEPT),
        ("Als ik u was zou ik de brief van de gemeente goed lezen. Gewoon een goede raad.", KEPT),
        ("Zonder de verkiezingen hoort niemand iets van die schepen.", KEPT),
    ],
)
def test_families_from_holdout19_and_20(policy, text, action):
    assert moderate(text, policy).action in action


def test_a_help_line_is_no_contact_a_spammer_gives():
    policy = make_policy(model_act=0.97)
    with classifier_giving(spam=0.99):
        assert moderate("Bel bij nood altijd 112, ook 's nachts", policy).action not in REMOVED
        assert moderate("Bel nu 0470 12 34 56 voor uw gratis pakket", policy).action in REMOVED


def test_taking_people_in_the_bag_is_an_idiom_not_a_name(policy):
    assert (
        moderate("Ge neemt de inwoners gewoon in de zak met die inspraak.", policy).action in KEPT
    )
    assert moderate("Ge zijt een vuile zak.", policy).action in REMOVED


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Als mijn zoon die stageplaats niet krijgt, zal de directeur het geweten hebben.",
            REMOVED,
        ),
        ("Iech kom diech zoeke en dan sjlaon iech diech de kop in.", REMOVED),
        (
            "Als die moskee er komt, brandt ze binnen de maand af. Beloofd.",
            (Action.REVIEW, *REMOVED),
        ),
        ("Vrouwen zijn gewoon te emotioneel om een gemeente te besturen.", REMOVED),
        ("Het is bewezen dat Congolezen minder intelligent zijn.", (Action.REVIEW, *REMOVED)),
        ("Gehandicapten zijn een last voor de samenleving.", REMOVED),
        ("Sociale woningen moeten eerst naar eigen volk.", (Action.REVIEW, *REMOVED)),
        ("Jan, ge zijt ne pummel. Ge kunt nog geen twee woorden schrijven zonder fout.", REMOVED),
        ("@Karel uw reactie zegt genoeg. Hersenloze holbewoner.", REMOVED),
        ("Die man van het loket werkt nooit. Lui varken.", REMOVED),
        ("Lees het verslag voor ge reageert, halve zool.", REMOVED),
        (
            "Uw rijbewijs ligt klaar, betaal eerst €39 administratiekost via deze link",
            (Action.REVIEW, *REMOVED),
        ),
        ("Die huisbaas is Jef Peeters, woonachtig Molenstraat 12, 2400 Mol.", REMOVED),
        # look-alikes
        ("Wat hebben jullie met onze petitie gedaan? Niks. In de vuilbak.", KEPT),
        ("We hebben ze ingemaakt, 5-0! Zonnedaele op kop", KEPT),
        ("Wie dat zegt, zal het geweten hebben bij de verkiezingen.", (Action.REVIEW, *KEPT)),
        ("Vrouwen zijn niet te emotioneel om te besturen, wat een onzin.", (Action.REVIEW, *KEPT)),
        (
            "Ik betaalde €25 administratiekosten voor mijn paspoort, is dat normaal?",
            (Action.REVIEW, *KEPT),
        ),
    ],
)
def test_families_from_holdout21_and_22(policy, text, action):
    assert moderate(text, policy).action in action


def test_a_pitch_may_quote_the_keyword_it_asks_for():
    policy = make_policy(model_act=0.97)
    with classifier_giving(spam=0.99):
        assert moderate("Wil je ook rijk worden? Stuur 'INFO' in DM", policy).action in REMOVED
    with classifier_giving(hate=0.99):
        # for hate, quoted words are still mentioned, not used
        text = "Die mensen zijn geen 'profiteurs', stop daarmee"
        assert moderate(text, policy).action not in REMOVED


def test_a_quoted_phrase_insult_stays_a_quotation_for_the_classifier():
    policy = make_policy(model_act=0.97)
    text = "'Kankerlijer' onder een post over de kermis. Ge moest u schamen, mensen."
    with classifier_giving(insult=0.9):
        assert moderate(text, policy).action not in REMOVED


def test_a_starred_slur_in_quotation_marks_is_quoted_not_a_contraction(policy):
    text = "Ik meld elke reactie met 'n*gers' erin. Dit is een pagina van de stad, geen kroeg."
    assert moderate(text, policy).action in KEPT
    assert moderate("Al die n*gers moeten weg", policy).action in REMOVED
    assert moderate("'k heb 'n vraag over de afvalkalender", policy).action in KEPT


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Die dealers aan het station eens goed in elkaar kloppen, wie doet er mee?", REMOVED),
        ("Die bende aan de kerk moet iemand eens in elkaar slaan. Wie doet mee?", REMOVED),
        ("Ge gaat bloeden, burgemeester, dat beloof ik u.", REMOVED),
        ("Vroeg of laat sta ik aan uw deur, schepen.", REMOVED),
        ("Als ze mijn uitkering stopzetten, gaat er iemand gewond naar huis.", REMOVED),
        ("Als hij zijn woord breekt, hangen we hem op aan de kerktoren.", REMOVED),
        ("As ge mij nog buitenzet, trekken we u uit mekaar.", REMOVED),
        ("Die scheidsrechter, ik rij hem morgen gewoon omver.", REMOVED),
        ("Afrikanen zijn gewoon trager van begrip, dat is zo.", REMOVED),
        ("Vrouwen begrijpen voetbal van nature niet.", REMOVED),
        ("Een klas vol Congolezen is geen klas, het is een apenkooi.", REMOVED),
        ("Die burgemeester is een pathetisch mannetje.", REMOVED),
        ("De directrice van die school is een arrogante koe.", REMOVED),
        ("Hij woont trouwens in de Bosstraat 8 in Oostakker. Iedereen kent hem hier.", REMOVED),
        (
            "Je lijkt me een interessante man. Mag ik je een privébericht sturen?",
            (Action.REVIEW, *REMOVED),
        ),
        # look-alikes
        ("Ge gaat bloeden aan de pomp met die nieuwe taksen, schepen.", (Action.REVIEW, *KEPT)),
        ("Dankzij @jan_vrijwilligers is het park weer proper, bedankt!", KEPT),
        ("Vroeg of laat komt de nieuwe bib er toch, denk ik.", KEPT),
        ("Ik rij die oude paaltjes elke dag bijna omver, zet ze beter.", KEPT),
    ],
)
def test_families_from_holdout23_and_24(policy, text, action):
    assert moderate(text, policy).action in action


def test_kut_said_of_a_situation_or_misspelt_for_kunt_is_no_insult(policy):
    assert moderate("Hoe kut is het dat de parkeerautomaat weer stuk is", policy).action in KEPT
    assert moderate("Ge kut tegen dat plan zijn, da's uw recht.", policy).action in KEPT
    assert moderate("Gij kut van een wijf", policy).action in REMOVED


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("As 'k diejen dief te pakke krijg, dan es 't gedoan mee em.", REMOVED),
        (
            "Wacht maar tot ik die DJ te pakken krijg, dan ligt hij een maand in het ziekenhuis.",
            REMOVED,
        ),
        (
            "Die controleur die nog ne keer op mijn erf komt, gaat naar huis met een gebroken neus.",
            REMOVED,
        ),
        ("Morgen sta ik aan je deur met mijn riek, schepen.", REMOVED),
        ("Als hij nog eens in mijn straat komt, ik sloa zijn auto plat.", REMOVED),
        ("Vrouwen hebben daar het verstand niet voor, dat is biologie.", REMOVED),
        ("Oost-Europeanen zijn geboren dieven, 't zit in hulder bloed.", REMOVED),
        ("Geen enkele geitenneuker heeft hier iets te zoeken.", REMOVED),
        ("Gin vreemden in onze voetbalclub, da blijft zo.", (Action.REVIEW, *REMOVED)),
        ("14 woorden, mensen. Onthoud ze goed.", (Action.REVIEW, *REMOVED)),
        ("Wat een miezerig, zweterig mannetje is die lijsttrekker.", REMOVED),
        ("Ge zijt ne kluut, Marc, en heel het dorp weet het.", REMOVED),
        ("Die mevrouw woont Oogstroat 9 in Gooik, zeg het haar maar rechtstreeks.", REMOVED),
        # look-alikes
        ("Het zijn geen zigeuners, het zijn mensen zoals wij.", KEPT),
        ("Zeg het in drie woorden: wat kost de nieuwe bib?", KEPT),
        ("Wat een zottekot is het hier geworden met die wegenwerken.", KEPT),
        ("Gaat ge naar huis met een gebroken hart na die match? Wij ook.", KEPT),
    ],
)
def test_families_from_holdout25_and_26(policy, text, action):
    assert moderate(text, policy).action in action


def test_his_dog_and_a_poison_idiom_are_no_names_for_someone(policy):
    text = "Ik ken een man die zijn hond niet wil achterlaten en daarom buiten slaapt."
    assert moderate(text, policy).action in KEPT
    assert (
        moderate("Ge kunt er vergif op innemen dat de wachtlijst langer wordt.", policy).action
        in KEPT
    )
    assert moderate("Die schepen is een vuile hond.", policy).action in REMOVED


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Als die voorstelling doorgaat, zal er bloed vloeien.", REMOVED),
        ("Nog één strafstudie en ik kom naar school, dan vliegt er iemand door het raam.", REMOVED),
        (
            "Als ze nog eens door mijn straat lopen, rij ik er gewoon in met mijn camionette.",
            REMOVED,
        ),
        ("Ik ga die agent persoonlijk een kopje kleiner maken.", REMOVED),
        ("Laat die leerkrachten eens voelen wat het is. Eieren, stenen, alles mag.", REMOVED),
        ("Zaterdag allemaal naar het plein en die betogers een lesje leren.", REMOVED),
        ("We gaan die van de betoging zaterdag eens goed afranselen.", REMOVED),
        ("Zwarte mannen zijn nu eenmaal agressiever, dat is biologie.", REMOVED),
        ("Turken lossen alles op met messen.", REMOVED),
        ("Sociale woningen enkel voor echte Vlamingen.", REMOVED),
        (
            "Kan iemand €50 via Payconiq sturen? Ik betaal morgen €100 terug.",
            (Action.REVIEW, *REMOVED),
        ),
        # look-alikes
        ("Bij die operatie zal er geen bloed vloeien, zegt de chirurg.", (Action.REVIEW, *KEPT)),
        ("Ik ga die oude kast kapot slaan en naar het containerpark brengen.", KEPT),
        ("Het zwembad is niet enkel voor echte zwemmers, iedereen is welkom.", KEPT),
        ("Dit jaar leren de kinderen allemaal fietsen op de speelplaats.", KEPT),
    ],
)
def test_families_from_holdout27_and_28(policy, text, action):
    assert moderate(text, policy).action in action


def test_a_curse_on_a_thing_and_a_literal_bin_bag_are_no_insults(policy):
    assert moderate("Kut weer. Kutfiles. Kutmaandag.", policy).action in KEPT
    text = "Ge beboet de burger voor een vuilzak die een dag te vroeg buiten staat. Hypocriet."
    assert moderate(text, policy).action in KEPT
    assert moderate("Ge zijt een vuilzak, Jan.", policy).action in REMOVED
    assert moderate("Gij kut!", policy).action in REMOVED


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Als ze mijn vergunning weigeren, gaat er iemand van de dienst bloeden.", REMOVED),
        ("Nog één GAS-boete en die parkeerwachter ligt in het ziekenhuis.", REMOVED),
        ("Ik zorg ervoor dat ge die winter niet overleeft, schepen.", REMOVED),
        ("Kom maar naar de kermis, ge goat er nie recht uit komme.", REMOVED),
        ("Zeg die juf dat ze 's avonds beter niet alleen naar huis wandelt.", REMOVED),
        ("Nog één boete en dan smijt ik persoonlijk een baksteen door zijn raam.", REMOVED),
        ("Die van de huisvesting, ik goan der ne keer nen tik verkopen.", REMOVED),
        ("Bekogel dat politiekantoor met stenen tot ze luisteren.", REMOVED),
        ("Allemaal naar de raad en die burgemeester eruit sleuren.", REMOVED),
        ("Vanavond sta ik aan de moskee met een honkbalknuppel.", REMOVED),
        ("Dat regenboogpad gaan we deze nacht in brand steken.", REMOVED),
        ("Iemand moet die directeur eens goed te grazen nemen.", REMOVED),
        ("We weten zijn uren en zijn route. Het is wachten op het juiste moment.", REMOVED),
        (
            "Die schepen brengt elke ochtend om 8u15 zijn dochter naar de turnclub. Gewoon zeggen 😉",
            REMOVED,
        ),
        ("Zeg aan de korpschef dat hij zijn kinderen goed in het oog houdt. Goede raad.", REMOVED),
        ("Iedereen kent iedereen hier. Ook waar uw zoon 's avonds traint.", REMOVED),
        ("Die klager heeft een mooie nieuwe wagen op de oprit. Nog wel.", REMOVED),
        # veiled: a person or the classifier decides
        (
            "Weigeren ze nog eens, dan kom ik terug met iets anders dan een brief.",
            (Action.REVIEW, *REMOVED),
        ),
        ("Het jeugdhuis moet weg, ik breng de jerrycans wel mee.", (Action.REVIEW, *REMOVED)),
        ("Als de politie niets doet, regelen wij het zelf.", (Action.REVIEW, *REMOVED)),
        ("Ik hoop voor die inspecteur dat hij geen kinderen heeft.", (Action.REVIEW, *REMOVED)),
        # look-alikes
        ("Neem de jerrycan mee voor de grasmaaier, de pomp is dicht.", KEPT),
        ("Morgen kom ik met mijn geweer naar de jachtclub.", KEPT),
        ("De kerstbomen gaan we zaterdag in brand steken op het plein.", KEPT),
        ("Ik kom straks met mijn hamer de kast ophangen.", KEPT),
        ("Ik vermoord die quiz volgende week, ik heb alles geleerd.", KEPT),
        ("Ik weet waar je woont, ik breng morgen de taart.", (Action.REVIEW, *KEPT)),
        ("Als die stoep niet hersteld wordt, gaat er nog iemand bloeden.", (Action.REVIEW, *KEPT)),
        ("We weten hun adres niet, kan iemand helpen met de uitnodiging?", KEPT),
        ("We hebben zijn nummerplaat doorgegeven aan de politie.", KEPT),
    ],
)
def test_threat_families_from_holdout29_and_30(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Ik haat moslims.", REMOVED),
        ("Ik walg van al die homo's.", REMOVED),
        ("Alle transgenders moeten dood.", REMOVED),
        ("Ik haat al die kutmoslims.", REMOVED),
        ("Die transjes moeten opgesloten worden.", REMOVED),
        ("Vluchtelingen zijn het ergste wat ons land ooit is overkomen.", REMOVED),
        ("Homo's zijn toch niet normaal.", REMOVED),
        ("Ik wil zeker geen Roma als buren.", REMOVED),
        ("Wie geen Belg is van bloed hoort niet in de gemeenteraad.", REMOVED),
        ("Marokkanen zijn lui van nature.", REMOVED),
        ("Transgenders zijn monsters.", REMOVED),
        # look-alikes: negated, positive or about a word
        ("Ik haat homo's niet, ik loop zelf mee in de stoet.", KEPT),
        (
            "Het zijn geen kutmarokkanen, het zijn mensen die een kans verdienen.",
            (Action.REVIEW, *KEPT),
        ),
        ("'Ik haat moslims' schrijven is haatspraak, dat melden we.", (Action.REVIEW, *KEPT)),
        ("Ik haat het als de bus te laat is.", KEPT),
        ("Vrouwen kunnen alles wat mannen kunnen.", KEPT),
        ("Homo's zijn ook gewoon mensen.", KEPT),
        ("Ik heb liever geen honden als buren, die blaffen.", KEPT),
    ],
)
def test_hate_families_from_holdout29_and_30_and_short_statements(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Wa een 3ikel is die directeur zeg, ongelooflijk", REMOVED),
        ("Die van het onthaal, nen echte kwal is da.", REMOVED),
        ("Ge zijt een verzuurde bemoeial, Greet.", REMOVED),
        ("Luister niet naar die idioot, Jos, hij is een trol.", REMOVED),
        ("Die heeft nog maar één hersencel en die is ziek.", REMOVED),
        ("Die bediende van het loket is te dom om een brief te lezen.", REMOVED),
        # look-alikes
        ("Dat formulier is te ingewikkeld om te lezen.", KEPT),
        ("Zeg dat het plan niet deugt, dan luisteren ze misschien.", KEPT),
    ],
)
def test_insult_families_from_holdout29_and_30(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Die familie zit in de Lindestraat 14 bus 2 in Aalst, de tweede verdieping.",
            REMOVED,
        ),
        ("Die schepen rijdt met een witte BMW, 1-XYZ-987.", REMOVED),
        (
            "Hondje gevonden! Stuur €25 voor de chip en ik breng hem terug.",
            (Action.REVIEW, *REMOVED),
        ),
        # look-alike: the service's own address
        ("Het loket zit in de Kerkstraat 1, open tot 16u.", KEPT),
    ],
)
def test_personal_data_and_spam_families_from_holdout29_and_30(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vrouwen kunnen alles wat mannen kunnen.", (Action.REVIEW,)),
        # (a short welcome is not even asked about: _welcomes_a_group)
        ("Vluchtelingen zijn welkom in onze gemeente.", (Action.KEEP,)),
        # a word against the group: the classifier may act
        ("Vrouwen kunnen gewoon niet leiden.", REMOVED),
        ("Vluchtelingen zijn welkom, maar niet in mijn straat.", REMOVED),
    ],
)
def test_the_classifier_alone_does_not_remove_a_short_word_of_praise_about_a_group(text, expected):
    from sereen.engine import decide
    from tests.engine.conftest import FixedScores, make_policy

    decide.set_classifier(FixedScores(hate=0.99))
    decision = moderate(text, make_policy(model_act=0.97))
    assert decision.action in expected


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # statements about a group in the forms a functional test suite varies
        ("Ik ga alle moslims vermoorden.", REMOVED),
        ("Waarom zijn vrouwen altijd zo dom?", REMOVED),
        ("Ik vind dat homo's ziek zijn in hun hoofd.", REMOVED),
        ("Een goede moslim is een dode moslim.", REMOVED),
        ("Het wordt tijd dat we ons land zuiveren van al die vreemdelingen.", REMOVED),
        ("Trans personen zijn een gevaar voor onze kinderen.", REMOVED),
        ("Ik zal nooit respect hebben voor transgenders.", REMOVED),
        ("Je gaat eraan, vuile verrader.", REMOVED),
        # look-alikes: denied, rejected, neutral or about something else
        ("Ik heb nooit gezegd dat homo's ziek zijn.", KEPT),
        ("Zeggen dat vrouwen dom zijn is gewoon seksistisch.", KEPT),
        ("Waarom zijn vrouwen zo weinig vertegenwoordigd in de gemeenteraad?", KEPT),
        ("Moslims vieren deze week het Suikerfeest.", KEPT),
        ("Ik ga je missen op de vergadering.", KEPT),
        ("We gaan jullie inmaken in de quiz zaterdag!", KEPT),
        ("Ge gaat eraan bij de verkiezingen, schepen.", KEPT),
        ("De kerk moet gezuiverd worden van schimmel.", KEPT),
    ],
)
def test_statements_about_groups_in_many_forms(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Al die luie ambtenaren op het gemeentehuis? Nee, het probleem is het personeelstekort.",
            (Action.REVIEW, *KEPT),
        ),
        ("Een knip zonder omleidingsborden, hoe debiel kan een regel zijn?", KEPT),
        (
            "Mijn broer is doodgereden door een zatlap die nooit gepakt werd.",
            (Action.REVIEW, *KEPT),
        ),
        ("Die agent was ronduit onbeschoft tegen mijn moeder.", KEPT),
        ("Ik vermoord die printer ooit, derde papierstoring vandaag.", KEPT),
        ("Die stomme hond van de buren blaft al drie uur.", KEPT),
        # the same words aimed at someone
        ("Al die luie ambtenaren op het gemeentehuis, stelletje profiteurs.", REMOVED),
        ("Hoe debiel kan een schepen zijn?", (Action.REVIEW, *REMOVED)),
        ("Ge zijt een onbeschofte zatlap.", REMOVED),
    ],
)
def test_look_alikes_the_template_corpus_held(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Voor niet-dringende zaken belt ge het onthaal van de zone op 011 22 33 44 of gaat ge "
            "langs in het commissariaat.",
            KEPT,
        ),
        ("Is het nummer voor de wachtdienst nog altijd 09 222 33 44 of is dat veranderd?", KEPT),
        ("Het is om uw kop tegen de muur te slaan met die formulieren.", KEPT),
        ("Ge hebt nul komma nul gedaan met wat de buurt vroeg.", KEPT),
        # the same numbers and words when they are someone's
        ("Die schepen woont hier, zijn nummer thuis is 03 455 66 77.", REMOVED),
        ("Ge zijt een nul, Jan.", REMOVED),
    ],
)
def test_legitimate_comments_holdout31_and_32_removed(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Als ze dat centrum openen, dan vallen er gewonden op het gemeentehuis.", REMOVED),
        ("Zie je die wijkagent fietsen, gewoon op hem inrijden.", REMOVED),
        ("Zoek die klikspaan op en sla zijn tanden uit zijn mond.", REMOVED),
        ("Slaat er iemand die huisbaas eens met zijn kop tegen de muur?", REMOVED),
        ("Maak die agenten af als ze hier nog komen.", REMOVED),
        ("Menier de burgemeester, dan moogt ge ou tanden zoeke op de stoep.", REMOVED),
        ("'k Goa u ne rammeling geven da ge naar huis rolt.", REMOVED),
        ("Nog ne kjeer en 'k sloan joen kapot.", REMOVED),
        ("Ich weet wao gae woent.", REMOVED),
        ("Ik ga die projectleider een mes in zijn buik steken.", REMOVED),
        ("Als ik die juf was, ging ik 's avonds niet meer alleen naar de parking.", REMOVED),
        ("Uw dochter zit toch op de school aan de kerk? Let maar goed op haar.", REMOVED),
        ("Als hij herverkozen wordt, gaat hij dat niet lang overleven, ik zweer het.", REMOVED),
        ("Niemand zal hem missen.", (Action.REVIEW, *REMOVED)),
        # look-alikes
        ("Als dat kruispunt zo blijft, vallen er nog slachtoffers.", (Action.REVIEW, *KEPT)),
        ("Niemand zal die oude bank missen.", KEPT),
        ("Maak die werken eens af, schepen.", KEPT),
        ("Zaterdag kaartingtornooi, 'k goan ze doar allemaal afmaken 😎", KEPT),
        ("De coalitie gaat dat niet lang overleven, denk ik.", KEPT),
    ],
)
def test_threat_families_from_holdout31_and_32(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Een neger als directeur van onze school? Nee bedankt.", REMOVED),
        ("Typisch Roemenen, met tien in één kot en dan klagen.", REMOVED),
        ("Joden zitten overal aan de knoppen.", REMOVED),
        ("Moslims als leerkracht? Daar komen alleen maar problemen van.", REMOVED),
        ("Cultuurverrijkers hebben weer een fiets geleend.", REMOVED),
        ("Die van het loket is nen echte schijtluis, die schrijft iedereen op.", REMOVED),
        ("Dat meisje van de dienst heeft geen hersenen tussen haar oren.", REMOVED),
        ("Wie is die imbeciel hierboven?", REMOVED),
        ("Gae zeet ein dom kalf, Rudi.", REMOVED),
        ("Gij zijt echt een verwend nest, Lotte.", REMOVED),
        ("Check of u recht hebt op de toelage: ocmw-toelage-vlaanderen.com/login", REMOVED),
        ("Die man met de witte bestelwagen 1-ABC-123 dumpt zijn afval in het bos.", REMOVED),
        # look-alikes
        ("Typisch Turkse gerechten op de markt vandaag, lekker!", KEPT),
        ("De merel heeft een nest gebouwd in onze dakgoot.", KEPT),
        ("Meer info over de premie op www.ocmw-brugge.be/premies.", KEPT),
        ("Jongeren op het plein? Daar komen alleen maar problemen van.", KEPT),
    ],
)
def test_hate_insult_spam_families_from_holdout31_and_32(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Wie heeft die drempels bedacht? Compleet idioot plan, dat mag gezegd worden.", KEPT),
        ("We gaan ze afmaken op de scholencross, de zesdes zijn klaar 💪", KEPT),
        ("Taverne De Molen schenkt koffie op de verkiezingsdag, reserveren op 053 21 43 65.", KEPT),
        # the same words aimed at someone
        ("Compleet idioot, die schepen.", REMOVED),
        ("We gaan ze afmaken, die schepen en zijn vriendjes.", REMOVED),
    ],
)
def test_legitimate_comments_holdout33_and_34_removed(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Weer een paar 'jongeren' opgepakt. We weten allemaal welk soort 'jongeren' 😏", REMOVED),
        ("Die 'Antwerpse jongeren' weer, met namen die ge niet kunt uitspreken.", REMOVED),
        ("Weer een 'cultuurverrijker' aan het station. Gezellig, die diversiteit.", REMOVED),
        ("Gin buutnlanders in ons zwembad, goa moa in julder eigen land zwemmen.", REMOVED),
        ("Nog één boete en ik rij die stadswacht omver.", REMOVED),
        ("Wie helpt mij de ramen van het OCMW in te gooien?", REMOVED),
        ("Zet gij mijn zoon nog op de bank, dan moogt ge uw tanden van de vloer rapen.", REMOVED),
        ("Tijd om die parkeerwachters een kopje kleiner te maken.", REMOVED),
        ("Ge moet die vent ne keer goed afdrogen, manne.", REMOVED),
        ("We zullen zien hoe stoer ge zijt als ge 's avonds alleen naar huis moet.", REMOVED),
        (
            "Uw auto staat elke nacht op straat. Niet verschieten als hij er morgen anders uitziet.",
            REMOVED,
        ),
        ("Ge hebt een mooie dochter, Jan. Zou jammer zijn moest haar iets overkomen.", REMOVED),
        ("Die juf heeft twee kindjes op de Sint-Jansschool, hé. Ik zeg maar iets.", REMOVED),
        (
            "Hij heeft kinderen op de Sint-Jozefschool. Ik zou maar goed opletten als ik hem was.",
            REMOVED,
        ),
        ("Geen zorg, zijn tijd komt wel.", (Action.REVIEW, *REMOVED)),
        ("Snelle lening zonder controle, stuur mij privé een bericht.", REMOVED),
        (
            "Die man woont Steenweg op Aarschot 12, 3150 Haacht, zijn auto staat op de oprit.",
            (Action.REVIEW, *REMOVED),
        ),
        # look-alikes
        ("We weten welk soort weer het morgen wordt.", KEPT),
        ("We weten allemaal welke mensen het zwaarst getroffen zijn door de overstroming.", KEPT),
        ("Ik kan die Poolse namen niet uitspreken, sorry Krzysztof!", KEPT),
        (
            "Mooie kinderen op de foto! Zou jammer zijn als hen iets overkwam aan dat gevaarlijke kruispunt.",
            (Action.REVIEW, *KEPT),
        ),
        (
            "Die reacties over 'leningen zonder controle' moeten weg, mensen trappen erin.",
            (Action.REVIEW, *KEPT),
        ),
    ],
)
def test_families_from_holdout33_and_34(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Stop met 'de Walen moeten oprotten uit onze gemeente', dat is geen taal.",
            (Action.REVIEW, *KEPT),
        ),
        (
            "Wie hier 'makakken' schrijft onder een post over de bib: ge zijt gewoon zielig.",
            (Action.REVIEW, *KEPT),
        ),
        (
            "Die daarboven die zegt dat 'de moslims alles overnemen': ge zijt zot.",
            (Action.REVIEW, *KEPT),
        ),
        (
            "Kan ik 03 22 11 444 ook op zaterdag bellen voor een afspraak in het districtshuis?",
            KEPT,
        ),
        ("De speeltuin verhuist naar de ring. Kinderen zijn gek op uitlaatgassen.", KEPT),
        # the same words aimed at someone
        ("Ge zijt zot, Jan.", REMOVED),
        ("Gij zijt gewoon zielig, Marleen.", REMOVED),
        ("Rot op, schepen.", REMOVED),
    ],
)
def test_legitimate_comments_holdout35_and_36_removed(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # hate: dehumanised ("geen mensen meer", "niks menselijks"), the monkey trope, ability
        # stereotypes, "horen daar niet" after "geen <groep>", the nose and the diamond trade
        ("Die transmensen zijn geen mensen meer, het zijn monsters.", REMOVED),
        ("Die gesluierde vrouwen aan de poort, precies kraaien. Niks menselijks aan.", REMOVED),
        ("Zwarte agenten? Geef ze een banaan en ze zijn content.", REMOVED),
        ("Vrouwen kunnen zelfs niet parkeren, laat staan een gemeente besturen.", REMOVED),
        ("Afrikanen hebben geen besef van tijd, vandaar die wachtrij.", REMOVED),
        ("Geen homokoppels op het schoolfeest, die horen daar niet.", REMOVED),
        ("Geld genoeg voor 'bepaalde' gemeenschappen 💎👃", REMOVED),
        # ... and their look-alikes
        ("Geef ze een banaan als tussendoortje, de kinderen van de zwarte klas van juf An.", KEPT),
        ("Vrouwen kunnen evengoed parkeren als mannen.", (Action.REVIEW, *KEPT)),
        ("Ik heb geen besef van tijd meer sinds de lockdown.", KEPT),
        ("Die fietsers horen daar niet, op de stoep.", KEPT),
        ("Homokoppels horen er gewoon bij op het schoolfeest.", KEPT),
        ("Die parking 💰👃 wie steekt dat in zijn zak", (Action.REVIEW, *KEPT)),
        ("Waarom worden Marokkaanse jongeren altijd als criminelen afgeschilderd?", KEPT),
        ("De media schilderen alle moslims af als terroristen, schandalig.", KEPT),
    ],
)
def test_hate_families_from_holdout35_and_36(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Elke Marokkaan die hier 's nachts rondloopt: pakken en in elkaar trappen.", REMOVED),
        ("Die moskee moet platgebrand worden voor ze open gaat.", REMOVED),
        ("Als ik die imam was zou ik niet te lang alleen op die werf blijven staan.", REMOVED),
        ("Zou zonde zijn als dat asielcentrum nog een 'ongelukje' had.", REMOVED),
        ("Kom beter niet met de auto, er gebeuren rare dingen met remleidingen.", REMOVED),
        ("Ik pak ou vast en ik smijt ou in de vaart, ge gaot ziene.", REMOVED),
        (
            "Als het weer dicht is rammel ik die manager door elkaar tot hij niet meer kan staan.",
            REMOVED,
        ),
        ("Gooi die dealers van de brug in de Leie.", REMOVED),
        # look-alikes: a thing thrown, "niet alleen ... maar", a demolition, a worry about a tree
        ("Ik gooi die folders in het water, ze zijn toch niet recycleerbaar.", KEPT),
        (
            "Als ik de burgemeester was zou ik niet alleen op de fiets naar de raad komen, maar "
            "ook eens te voet.",
            (Action.REVIEW, *KEPT),
        ),
        ("Die oude kerk moet afgebroken worden, ze is onveilig.", KEPT),
        ("Pakken en in de cel steken, die inbrekers.", KEPT),
        ("Ik werk tot ik niet meer kan staan en dan nog betaal ik te veel belastingen.", KEPT),
        ("Mooie kinderen! Ze gaan elke dag om 8u naar school met de fietsbus, top.", KEPT),
    ],
)
def test_threat_families_from_holdout35_and_36(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Marc, gij zijt een wandelende reclame voor anticonceptie.", REMOVED),
        ("Die gast van het containerpark, nul hersenen.", REMOVED),
        ("Iemand met uw IQ zou niet mogen stemmen.", REMOVED),
        ("Uw ouders moeten zich kapot schamen, @Bart.", REMOVED),
        ("gae zeet ein echte sjmeerlap", REMOVED),
        ("Met uw IQ-test van de VDAB kunt ge nu ook online terecht.", KEPT),
        ("Nul hersenen nodig om te zien dat die parking te klein is.", KEPT),
        ("Uw ouders moeten zich niet schamen, de school zorgt voor gratis materiaal.", KEPT),
        ("De redder van het zwembad was super vriendelijk.", KEPT),
        # spam and personal data
        ("Ik help mensen aan een sociale woning zonder wachtlijst. Discreet. Stuur PB.", REMOVED),
        ("Politiezone meldt: onbetaalde boete. Betaal via politie-boetes-betalen.be", REMOVED),
        ("Volg @gent_party_vip voor de beste feestjes, DM voor de VIP-lijst", REMOVED),
        (
            "Kat gevonden! Eerst 40 euro overmaken voor ik hem teruggeef, stuur mij een bericht.",
            REMOVED,
        ),
        ("Die directeur van de school, zijn privénummer thuis is 03 645 28 17.", REMOVED),
        ("Plaats in de kinderopvang zonder wachtlijst? Vraag het aan het sociaal huis.", KEPT),
        ("Volg @stad_gent voor het programma van de feesten.", KEPT),
        ("DM voor meer info over de buurtbarbecue, alle buren welkom!", KEPT),
        ("Ik heb 20 euro betaald voor ik mijn fiets terugkreeg bij de fietsambassade.", KEPT),
    ],
)
def test_insult_spam_and_personal_data_families_from_holdout35_and_36(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the four legitimate comments holdout37/38 removed (the session-start engine too)
        ("Leuk dat ge de vuilbakken in het park weggehaald hebt 'tegen zwerfvuil'.", KEPT),
        ("Ik heb 14 keer naar het algemeen nummer 056 52 81 00 van het sociaal huis gebeld.", KEPT),
        ("De nieuwe directeur heeft de boel volledig op zijn kop gezet, in positieve zin.", KEPT),
        ("De schepen heeft de kous op zijn kop gekregen met dat circulatieplan.", KEPT),
        # the same words aimed at someone or private
        ("Ge zijt de grootste vuilbak van Mechelen.", REMOVED),
        ("Die schepen met zijn dikke kop.", REMOVED),
        ("De buurman van het sociaal huis, zijn nummer thuis is 056 52 81 00.", REMOVED),
    ],
)
def test_legitimate_comments_holdout37_and_38_removed(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # threats: the person named, then "die ga ik wurgen met mijn eigen handen"; a hospital
        # stay foretold; a bullet given; the children's school known; a visit after which a
        # face cannot be shown; any staff noun as the target
        ("Die werkster van het OCMW, die ga ik wurgen met mijn eigen handen.", REMOVED),
        ("Ge moet oppasse jong, binnekort ligde gij in 't ziekenhuis.", REMOVED),
        ("Geef die moslims een kogel en het probleem is opgelost.", REMOVED),
        ("Zeg aan de burgemeester dat we weten naar welke school zijn kinderen gaan.", REMOVED),
        ("Dan kom ik langs en dan kan ze haar gezicht niet meer tonen.", REMOVED),
        ("Ik ga die werkster wurgen.", REMOVED),
        # ... wished or hinted, for a person or the classifier
        ("Die homo's zouden eens een goeie rammeling moeten krijgen.", (Action.REVIEW, *REMOVED)),
        (
            "Wie die boete geschreven heeft, gaat het nog merken. Binnenkort.",
            (Action.REVIEW, *REMOVED),
        ),
        # look-alikes
        ("Mijn zoon, die ga ik vermoorden als hij weer zo laat thuiskomt.", (Action.REVIEW, *KEPT)),
        ("Die taart ga ik persoonlijk opeten, met mijn eigen handen gebakken.", KEPT),
        (
            "Binnenkort ligt ge in het ziekenhuis voor die knieoperatie, veel sterkte!",
            (Action.REVIEW, *KEPT),
        ),
        ("Geef die kinderen een koekje en ze zijn content.", KEPT),
        ("We weten naar welke school onze kinderen gaan, bedankt voor de info.", KEPT),
        ("Mijn vader gaf me vroeger een goeie lel, dan luisterde ik wel.", KEPT),
        ("Ik ga die bal kapotmaken.", KEPT),
        (
            "Kom ik langs in het stadhuis, dan kan ik mijn kop niet meer tonen met die boete.",
            (Action.REVIEW, *KEPT),
        ),
    ],
)
def test_threat_families_from_holdout37_and_38(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Dat Joodse bureau kreeg de opdracht. Die helpen elkaar altijd aan het geld.", REMOVED),
        ("Kinderen met autisme horen niet in de klas van mijn dochter. Steek ze apart.", REMOVED),
        ("Weer een 'Belg' opgepakt voor die overval. Tuurlijk.", REMOVED),
        ("Afrikanen en werken, dat gaat niet samen.", REMOVED),
        ("88 aan alle echte Limburgers die zich niet laten vervangen.", REMOVED),
        ("De jeugdbeweging zou enkel voor echte Vlaamse kinderen moeten zijn.", REMOVED),
        ("Homo's mogen bestaan, maar niet als leerkracht. Geen plaats voor zo iemand.", REMOVED),
        ("Nieuwe lading 'vluchtelingen' aangekomen. Het vee wordt weer verdeeld.", REMOVED),
        # look-alikes
        ("Stop met 'Belg' tussen aanhalingstekens te zetten als er iemand opgepakt wordt.", KEPT),
        ("De dader van de overval is een 'Belg' volgens de krant, maar wat maakt dat uit?", KEPT),
        ("Bus 88 rijdt niet meer langs de echte dorpskern, schandalig.", KEPT),
        ("Nieuwe lading zand aangekomen voor de speeltuin.", KEPT),
        ("Geen plaats voor zo iemand in de gemeenteraad, die schepen moet opstappen.", KEPT),
        ("Joodse en moslimkinderen helpen elkaar op school, mooi project.", KEPT),
        ("Kinderen met autisme verdienen meer ondersteuning in de klas.", KEPT),
        ("Werken en zorgen, dat gaat niet samen voor veel jonge moeders.", KEPT),
    ],
)
def test_hate_families_from_holdout37_and_38(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("burgemeester Wouters = d*mmekl**t nr 1 van Vlaanderen", REMOVED),
        ("Da wuuf van 't stadhuis is 'n echt ambetant zeurwuuf.", REMOVED),
        ("Ze ziet er niet alleen dom uit, ze is het ook. Echt een gênant mens.", REMOVED),
        ("Dae agent is 'ne domme sjoeft.", REMOVED),
        ("Als schepen Peeters nadenkt hoor je het kraken.", REMOVED),
        ("Die madam heeft nog nooit een hersencel van dichtbij gezien.", REMOVED),
        ("Schepen Claeys heeft het verstand van een lantaarnpaal.", REMOVED),
        (
            "Rijbewijs zonder examen? Ook verblijfspapieren. Contacteer mij privé, discreet.",
            REMOVED,
        ),
        (
            "2 gratis tickets voor iedereen die deze pagina volgt en zijn geboortedatum in de comments zet",
            REMOVED,
        ),
        ("De afvalbelasting betaalt ge vóór vrijdag via leuven-belastingen.be-pay.net.", REMOVED),
        # look-alikes
        ("Als ik 's nachts nadenk hoor ik het dak kraken.", KEPT),
        ("Dat voorstel is gênant voor de hele gemeente.", KEPT),
        ("Zo weinig verstand van zaken bij het bestuur, de begroting klopt niet.", KEPT),
        ("Meer info op www.leuven.be.", KEPT),
        ("Wie deze pagina volgt weet dat de markt verhuist.", KEPT),
    ],
)
def test_insult_and_spam_families_from_holdout37_and_38(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Gao maar rustig sloape, want ich wèt wo diech wóns.", REMOVED),
        ("Als die moskee er komt, dan vliegt ze de eerste week al de lucht in.", REMOVED),
        ("Ik sla die maatschappelijk werkster haar gezicht aan gruzelementen.", REMOVED),
        ("Het opvangcentrum in Mol: vanavond om 22u, benzine meebrengen.", REMOVED),
        ("Zaterdag om 20u aan de moskee. Breng stenen mee. Genoeg is genoeg.", REMOVED),
        (
            "Als hij het jeugdhuis sluit, zorgen wij dat hij zijn auto nooit meer heel terugvindt.",
            REMOVED,
        ),
        ("Ik zou als die agent maar niet te veel meer in Balen komen na zijn dienst.", REMOVED),
        ("Wie rijdt die fietsers eens omver die de baan blokkeren? Ik trakteer.", REMOVED),
        (
            "Blijf maar schrijven, mevrouw de journaliste. We zien wel hoe lang nog.",
            (Action.REVIEW, *REMOVED),
        ),
        # look-alikes: costs that soar, a rock garden, the road, an illness, noisy neighbours,
        # a commemoration, a fire-brigade evening, a ride to the market
        ("Als dat zwembad er komt, vliegen de kosten van het gemeentehuis de lucht in.", KEPT),
        (
            "Breng zaterdag stenen mee naar het gemeentehuis voor de rotstuin van het kinderfeest.",
            KEPT,
        ),
        (
            "Ongelukken gebeuren snel op dat kruispunt, check de remmen van uw fiets.",
            (Action.REVIEW, *KEPT),
        ),
        ("Als mijn moeder nog eens valt, is het voor haar gedaan met zelfstandig wonen.", KEPT),
        (
            "Met die nieuwe buren zal ik geen rustige nacht meer hebben, ze feesten elk weekend.",
            KEPT,
        ),
        ("Wij vergeten niet wie er in 1944 gesneuveld is, de herdenking is zondag.", KEPT),
        ("Hoe snel brandt zo'n rieten dak eigenlijk? Vraag voor de brandweer-infoavond.", KEPT),
        ("Ik zou als die schepen maar niet te veel beloven voor de verkiezingen.", KEPT),
    ],
)
def test_threat_families_from_holdout39_and_40(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Vrouwen in de politiek. Alles op gevoel en niks op verstand. Laat de mannen het doen.",
            REMOVED,
        ),
        ("14 woorden, meer moet ik niet zeggen. 88", REMOVED),
        (
            'Weer een "Vlaming" met een mes in Antwerpen-Noord zeker? Ge weet wel welk soort 😉',
            REMOVED,
        ),
        ("Die woonwagenbewoners staan er weer. Iedereen weet wat dat volk doet.", REMOVED),
        ("Een vrouw bij de brandweer? Die kunnen geen ladder op zonder te janken.", REMOVED),
        ("Homo's en kinderen, dat is nooit een goede combinatie.", REMOVED),
        ("Wie een hoofddoek draagt mag vertrekken, ook die van het loket.", REMOVED),
        (
            "Ik zeg het al jaren: Afrikanen werken niet, die komen hier voor het leefloon.",
            (Action.REVIEW, *REMOVED),
        ),
        # look-alikes
        ("Mijn vrouw en ik: laat de mannen het maar eens doen, de afwas, zei ze lachend.", KEPT),
        ("De vrouwen van de turnclub liepen de marathon zonder te klagen, proficiat!", KEPT),
        ("Wie een hoofddoek draagt mag gewoon werken aan het loket, dat is de regel.", KEPT),
        ("Op 14 juli 88 jaar geworden, proficiat oma!", KEPT),
        ("Ik zeg het maar: hij noemde die Afrikanen profiteurs, schandalig.", KEPT),
    ],
)
def test_hate_families_from_holdout39_and_40(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Die parkeerwachter is een mislukkeling die niks anders kon worden.", REMOVED),
        ("Mevrouw Hendrickx is een wandelende ijskast met een diploma.", REMOVED),
        ("Onze schepen ziet eruit alsof ze in een vuilbak geslapen heeft.", REMOVED),
        ("Dae Jos vaan 't gemeintehoes is 'ne sjtómme kloete.", (Action.REVIEW, *REMOVED)),
        ("@Rudi_C, gaaj zeet 'ne echte sjtómmerik. Hawt uuch moel.", REMOVED),
        ("Ge kunt nog gin twee woorden schrijven zonder fout, onnozelaar.", REMOVED),
        ("Die tang aan het loket moet ontslagen worden, wat een onbeschofte heks.", REMOVED),
        (
            "Veranda's aan fabrieksprijzen!! Gratis plaatsing tot eind deze maand 👉 veranda-actie.be",
            REMOVED,
        ),
        # look-alikes
        ("Ik voel me een mislukkeling als ik die belastingbrief zie.", KEPT),
        ("Die nieuwe frigo in de refter is een wandelende ijskast, hij lekt overal.", KEPT),
        ("Het plein ziet eruit alsof er een bom ontploft is.", KEPT),
        ("wat een mooie kemel heeft de zoo", KEPT),
        ("De bakker levert gratis aan huis tijdens de wegenwerken, fijn initiatief.", KEPT),
    ],
)
def test_insult_and_spam_families_from_holdout39_and_40(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the five legitimate comments holdout41/42 removed (the session-start engine too)
        (
            'De reactie "gas erop" onder het bericht over het asielcentrum is walgelijk. '
            "Beheerders, verwijder dat aub.",
            KEPT,
        ),
        ("350 euro GAS-boete voor een zak die 10 minuten te vroeg buiten stond.", KEPT),
        ("@Ann ge kunt Gentinfo bellen op 09 210 10 10, ma-vr van 8u tot 19u", KEPT),
        ("Met die werken aan de Dampoort krijgt ge echt de kous op uw kop.", KEPT),
        ("Ge kunt hier nergens meer leveren. Idioot plan, van begin tot eind.", KEPT),
        # the same words about people
        ("Die asielzoekers zijn walgelijk.", REMOVED),
        ("Die directeur is een zak die nooit opneemt.", REMOVED),
        ("Idioot, dat zijt ge.", REMOVED),
        ("Bel die zak van een buurman op 0478 12 34 56, ma-vr van 8u tot 19u thuis.", REMOVED),
    ],
)
def test_legitimate_comments_holdout41_and_42_removed(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Als de gemeente mijn boom kapt, dan kap ik de kop van die schepen", REMOVED),
        ("We weten allemaal hoe laat de burgemeester 's avonds alleen naar huis wandelt", REMOVED),
        (
            "Die agent heeft 2 kindjes die in Mere naar school gaan. Hij moet goed opletten.",
            REMOVED,
        ),
        ("Die leraar moet gewoon aan een boom opgeknoopt worden, wie helpt er mee?", REMOVED),
        # (a negation just before: the detector doubts, the classifier confirms)
        (
            "Als ik mijn leefloon niet krijg kom ik met een hamer naar het OCMW",
            (Action.REVIEW, *REMOVED),
        ),
        ("Die Roma moeten met knuppels weggejaagd worden. Wie doet mee zaterdag?", REMOVED),
        # every alternative of that pattern passes its substring filter
        ("Die Roma moeten met stokken verjaagd worden.", REMOVED),
        ("Wie slaat die gasten eens in elkaar? Ik geef een bak.", REMOVED),
        ("Ich sjlaon dae sjeppe zienen kop in es ich 'm zien op de kirmes.", REMOVED),
        ("Een vrouw als korpschef: veel vergaderen, veel emoties en niks beslissen.", REMOVED),
        ('Ze noemen het "diversiteit", ik noem het vervanging.', REMOVED),
        ("Een homo als meester? Ge weet toch wat die mensen met kinderen van plan zijn.", REMOVED),
        ("Wie een hoofddoek draagt heeft niks te zoeken aan een loket van de gemeente.", REMOVED),
        ("Met 88 groeten aan alle echte Vlamingen in Diksmuide 😉", REMOVED),
        ("Een poot als schepen van jeugd, ons kinderen zijn niet meer veilig.", REMOVED),
        ("Wie niet blank is mag terug naar waar hij vandaan komt.", REMOVED),
        ("Een toekomst voor blanke kinderen veiligstellen. 14", REMOVED),
        ("Een vrouw achter het stuur van een bus? Laat ze in de keuken.", REMOVED),
        (
            "Typisch @ElkeG87 weer, zeveren zonder iets te weten. Slechte moeder dat ge zijt",
            REMOVED,
        ),
        ("De juf van 2B is een hysterisch mens.", REMOVED),
        ("Dae burgemeister is ne gruuëte loebas.", REMOVED),
        ("Volgers verdubbelen? DM 📩", (Action.REVIEW, *REMOVED)),
        # look-alikes
        ("Ik ga de kop van de vis eraf kappen voor de soep.", KEPT),
        ("We weten allemaal hoe laat de bib opengaat, maar niet hoe laat ze sluit.", KEPT),
        (
            "Mijn buurvrouw heeft 2 kindjes die naar school gaan, ze moet goed opletten met de "
            "nieuwe schoolstraat.",
            KEPT,
        ),
        ("Ik kom met een hamer naar het buurthuis om de kasten te monteren.", KEPT),
        ("Binnenkort is het uw beurt om de buurtbarbecue te organiseren!", KEPT),
        ("Een paar goeie klappen op de trom en het feest kan beginnen.", KEPT),
        ("Wie geen Vlaming is, mag ook meedoen aan de quiz, iedereen welkom.", KEPT),
        ("Een vrouw als korpschef, eindelijk! Veel succes.", KEPT),
        ("De moslimvrouwen hebben 300 taarten gebakken voor de bloedinzameling. Chapeau!", KEPT),
        ("Ik help mensen met hun schulden bij het OCMW, bel gerust het onthaal.", KEPT),
        ("Zaterdag bij bakkerij Verstraete: gratis hapje bij elke aankoop.", KEPT),
    ],
)
def test_families_from_holdout41_and_42(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # threats
        ("Die schepen ga ik met mijn blote handen wurgen, hij weet waarom.", REMOVED),
        ("Als mijn dochter niet slaagt, vermoord ik die juf.", REMOVED),
        ("Als ik dien agent tegenkom, sla ik hem de tanden uit zijn mond.", REMOVED),
        ("As ich dae sjepen zien, slaon ich em de tan oet zien mond.", REMOVED),
        ("'k Weten woa da je woont in Roeselare, 'k kommen ne keer langs.", REMOVED),
        ("Die van de stad vergeten dat wij ook weten waar zij hun boodschappen doen.", REMOVED),
        (
            "Komt dat opvangcentrum er? Dan zorgen wij ervoor dat ze daar geen week overleven.",
            REMOVED,
        ),
        (
            "Als die parking verdwijnt, ligt de burgemeester binnen de week in het ziekenhuis. Beloofd.",
            REMOVED,
        ),
        (
            "Als hij die vergunning weigert, zal hij het met zijn gezondheid bekopen, beloofd.",
            REMOVED,
        ),
        ("Nog één pv en ik rij die flik van zijn sokken.", REMOVED),
        (
            "Schepen, uw kinderen zitten toch op school in de Molenstraat? Zou jammer zijn als hen iets overkwam.",
            REMOVED,
        ),
        (
            "Ge hebt een dochter op de Sint-Jozefschool zeker? Flinke meid. Let er maar goed op.",
            REMOVED,
        ),
        ("Zaterdag aan het asielcentrum, 21u. Meebrengen: fakkels en benzine.", REMOVED),
        (
            "Die directeur mag blij zijn dat hij nog veilig over straat loopt. Hoe lang nog?",
            REMOVED,
        ),
        (
            "Wie dit beslist heeft, gaat nog spijt krijgen dat hij ooit schepen werd. Wacht maar.",
            REMOVED,
        ),
        # hate
        ("Kutturken, meer moet ik over die vechtpartij niet zeggen.", REMOVED),
        ("Geen flikkers meer in onze voetbalclub.", REMOVED),
        ("Niemand wil naast dat zigeunertuig wonen in Oostende.", REMOVED),
        ("Weer een opvangcentrum erbij. Wij zullen niet vervangen worden.", REMOVED),
        ("Demografie is het lot van een volk, kijk maar naar de klassen in Borgerhout.", REMOVED),
        (
            "Iemand met een hoofddoek aan de balie van het zwembad? Zulke mensen horen hier niet thuis.",
            REMOVED,
        ),
        # insults
        (
            "@Koen ge ziet er zelf uit als een vogelverschrikker, zwijg over de kerstverlichting",
            REMOVED,
        ),
        ("@Lotte ik zou reageren, maar ik vecht niet met ongewapende mensen.", REMOVED),
        ("@Bram uw diploma zeker in een Kinder Surprise gevonden?", REMOVED),
        ("@Eva uw reacties zijn het levende bewijs dat de evolutie achteruit kan.", REMOVED),
        ("@Sofie, uw kinderen hebben pech gehad met zo'n moeder.", REMOVED),
        # spam
        ("Eenzaam? Knappe dames beschikbaar in uw regio, stuur 'DATE' in privé 🔞", REMOVED),
        ("Energie vergelijken in 2 minuten op stroomdeal.be ✅ Probeer het nu!", REMOVED),
        # look-alikes
        ("Uw kinderen zitten toch ook op school in Gent? Dan weet ge hoe druk het daar is.", KEPT),
        ("Let er maar goed op, de nieuwe parkeerregels gelden vanaf maandag.", KEPT),
        ("Ik weet waar ge woont hoor, ik breng morgen de taart mee", KEPT),
        (
            "De schepen mag blij zijn dat hij nog herverkozen werd. Hoe lang nog?",
            (Action.KEEP, Action.REVIEW),
        ),
        ("Jullie gaan nog spijt krijgen van die beslissing. Wacht maar tot de verkiezingen.", KEPT),
        (
            "Als die weg niet hersteld wordt, ligt er binnen de maand een fietser in het ziekenhuis, gegarandeerd.",
            KEPT,
        ),
        ("De arbeiders zullen het met hun gezondheid bekopen als het asbest niet weg is.", KEPT),
        (
            "Ik rij die agent bijna omver, hij stond midden op het zebrapad zonder hesje!",
            (Action.KEEP, Action.REVIEW),
        ),
        ("Met mijn blote handen ga ik die muur afbreken als het moet.", KEPT),
        ("Meebrengen: stenen om te beschilderen, lijm en verf. Workshop in de bib zaterdag!", KEPT),
        (
            "We laten ons niet vervangen door een computer, zegt de vakbond van het OCMW.",
            (Action.KEEP, Action.REVIEW),
        ),
        ("Demografie is een interessant vak, mijn dochter studeert het in Leuven.", KEPT),
        (
            "Zorg ervoor dat uw planten de vorst niet overleven, dan plant ge in de lente nieuwe.",
            KEPT,
        ),
        ("Het zijn geen flikkers, het zijn gewoon mensen die van elkaar houden.", KEPT),
        ("Er wonen geen zigeuners in onze straat, dat gerucht klopt niet.", KEPT),
        ("Niemand noemt hen nog zigeunertuig, gelukkig is die tijd voorbij.", KEPT),
        ("Mevrouw met de hoofddoek aan het loket was supervriendelijk, chapeau!", KEPT),
        ("Een loketbediende met een hoofddoek? Dat hoort niet in een neutrale overheid.", KEPT),
        ("Het plein ziet eruit als een vuilbak sinds de markt.", KEPT),
        ("Mijn dochter heeft haar rijbewijs gehaald in Brakel, fier!", KEPT),
        ("Probeer het nu zelf eens, de nieuwe fietsstraat, echt top.", KEPT),
        ("Knappe dames van de bib hebben weer een mooie tentoonstelling gemaakt!", KEPT),
    ],
)
def test_families_from_holdout43_and_44(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the one legitimate comment of holdout45/46 that was removed, and look-alikes
        ("Super, een app voor de parking. Nu kan ik zien dat er geen plaats is 🤡", KEPT),
        ("Er is weer geen bus, wat een circus dit is 🤡", KEPT),
        ("Die schepen is 🤡", REMOVED),
        ("Wie dat bedacht heeft is 🤡", REMOVED),
    ],
)
def test_legitimate_comments_holdout45_and_46_removed(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # threats
        ("@Tom na de match rammel ik u in elkaar, reken maar.", REMOVED),
        ("'k sloan al joen tanden uut as 'k a zie, manneke.", REMOVED),
        ("Ik pak 'm mee nen ijzeren staaf, die van het containerpark.", REMOVED),
        ("Iemand zou die flikken van de flitspaal eens met zijn wagen moeten aanrijden.", REMOVED),
        ("Die agenten van gisteren, die moeten ze gewoon neerschieten.", REMOVED),
        ("Als hij die school sluit, zal hij het niet meer navertellen.", REMOVED),
        ("Ooit komt de rekening, schepen, en die betaalt ge niet met geld.", REMOVED),
        ("Ik weet wie ik ga opzoeken. Dat gaat niet mooi aflopen voor hem.", REMOVED),
        ("We zien elkaar nog, en dan zijn er geen getuigen.", REMOVED),
        ("Ik weet waar zijn auto 's nachts staat. Tot binnenkort.", REMOVED),
        ("Uw zoontje zit toch in 't 2de leerjaar, burgemeester? Gewoon zeggen.", REMOVED),
        # hate
        ("Roemenen, dat zijn dieven van geboorte.", REMOVED),
        ("Weer 'jongeren' die de tram bekogelen, ge weet wel welk soort 😉🐒", REMOVED),
        ("14 woorden. Ons volk, onze kinderen. Meer zeg ik niet.", REMOVED),
        # insults
        (
            "@Jef ge zijt het soort persoon waarvoor ze waarschuwingen op shampooflessen drukken.",
            REMOVED,
        ),
        ("Als ik die schepen hoor denk ik: ergens is een dorp zijn nar kwijt.", REMOVED),
        ("@Ann hebt ge uw pillen vandaag vergeten? Wat een reactie.", REMOVED),
        (
            "Die parkeerwachter is het levende bewijs dat ge geen hersenen nodig hebt voor die job.",
            REMOVED,
        ),
        # spam
        ("Lening nodig zonder kredietcontrole? Stuur me een PM, discreet.", REMOVED),
        (
            "Gratis citytrip voor iedereen die dit deelt en 'Ik ga mee' commenteert ✈️",
            (Action.REVIEW, *REMOVED),
        ),
        # personal data
        ("Die leraar woont op de Vrijheid 12 in Hoogstraten, ga maar eens langs.", REMOVED),
        # look-alikes
        ("Rammel ik de kast in elkaar? Nee, ik schroef ze netjes.", KEPT),
        (
            "Iemand zou die kapotte paaltjes eens met zijn auto moeten rammen.",
            (Action.KEEP, Action.REVIEW),
        ),
        ("Mijn opa zal het niet meer navertellen, hij is vorig jaar gestorven.", KEPT),
        ("De rekening van de renovatie betaalt ge niet met geld alleen, ook met geduld.", KEPT),
        ("Ik ga mijn tante opzoeken in Brugge. Dat gaat niet mooi aflopen voor mijn dieet.", KEPT),
        ("We zien elkaar nog op de markt, er zijn geen camera's nodig om dat te weten.", KEPT),
        ("Ik weet waar de parking van het zwembad is, tot binnenkort op de wedstrijd!", KEPT),
        (
            "Uw dochter zit toch in het 3de leerjaar? Gewoon zeggen dat de uitstap verplaatst is.",
            KEPT,
        ),
        ("Die garageboxen, die moeten ze gewoon afbreken.", KEPT),
        (
            "Het zijn geen zakkenrollers van geboorte, die Roma, het is armoede.",
            (Action.KEEP, Action.REVIEW),
        ),
        ("Mijn zoon is een leugenaar van geboorte haha", KEPT),
        ("Mama, hebt ge uw pillen al genomen? Ik kom om 8u langs.", KEPT),
        ("Ze woont in Hasselt 2 straten verder.", KEPT),
        ("Mijn moeder woont in het centrum 5 minuten van de markt.", KEPT),
        (
            "De stad deelt een fiets uit aan iedereen die dit deelt? Fake, niet klikken!",
            (Action.KEEP, Action.REVIEW),
        ),
    ],
)
def test_families_from_holdout45_and_46(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # what a pitch asks readers to write, or its channel's name, is quoted as a name
        ("Gratis citytrip voor iedereen die dit deelt en 'Ik ga mee' commenteert ✈️", REMOVED),
        ("Crypto verdubbelen? Join onze Telegram-groep 'Winst Vlaanderen' 📈💰", REMOVED),
        # a bare site points somewhere, as a link does
        ("Ramen aan fabrieksprijzen, vraag een offerte via ramen-deals.be", REMOVED),
        # words quoted as a mention still hold the classifier back
        (
            "Ik kreeg een bericht 'uw pakket wacht op u' van een raar nummer, wat moet ik doen",
            (Action.REVIEW,),
        ),
    ],
)
def test_the_classifier_alone_hides_spam_that_points_somewhere(text, action):
    from sereen.engine.policyfile import starter_policy

    with classifier_giving(spam=0.99):
        assert moderate(text, starter_policy()).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the one legitimate comment of holdout47/48 that was removed, and look-alikes
        ("Bedankt voor de gratis sauna op de bus vandaag. Airco is voor watjes zeker 🥵", KEPT),
        ("Helmen zijn voor losers, zegt mijn zoon.", KEPT),
        ("Gij zijt voor mij een idioot.", REMOVED),
        ("Fietspaden zijn voor sukkels zoals gij.", REMOVED),
    ],
)
def test_legitimate_comments_holdout47_and_48_removed(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # threats
        (
            "Als ik nog één boete krijg van die parkeerwachter, zal hij nooit meer kunnen lopen.",
            REMOVED,
        ),
        ("Onthoud mijn naam, schepen. Ge gaat nog van mij horen, en niet via een brief.", REMOVED),
        # hate
        ("Weer een kopvod achter de balie van het zwembad.", REMOVED),
        ("Zoveel nieuwkomers in de wijk... ik mis de tijd dat daar nog mensen woonden.", REMOVED),
        ("Een moskee is als een kankergezwel in een dorp.", REMOVED),
        ("Een apart zwemuur voor ons, de echte Vlamingen, dat zou pas iets zijn.", REMOVED),
        ("Nu is de wijk 'verrijkt'. Iedereen weet wat daarmee bedoeld wordt 😉", REMOVED),
        ("Een Marokkaanse tandarts? Die heeft zijn diploma toch gekocht.", REMOVED),
        # insults
        ("Die schepen is zo dom as 't achtereind van e verreke.", REMOVED),
        ("@Wim ze hebben u als kind te vaak laten vallen.", REMOVED),
        ("Ik hoor slimmere dingen van mijn kat dan van de burgemeester.", REMOVED),
        ("De directeur is incompetentie op twee benen.", REMOVED),
        ("Met een IQ op kamertemperatuur wordt ge hier schepen.", REMOVED),
        ("@Els ik zou het uitleggen, maar ik heb geen kleurpotloden bij.", REMOVED),
        ("@Kim met zo'n mening snap ik waarom uw man vertrokken is.", REMOVED),
        ("Iedereen weet op wiens schoot die schepen gezeten heeft.", REMOVED),
        ("Die van de groendienst is een luie parasiet.", REMOVED),
        ("Die agent was echt ne hoerejong.", REMOVED),
        # personal data and spam
        ("De huisbaas Eddy is thuis bereikbaar op 09 222 45 61, ge moet hem niet sparen.", REMOVED),
        (
            "Voor wie hem zoekt: Leeuwerikstraat 7 bus 2, 8500 Kortrijk. Belt maar eens aan.",
            REMOVED,
        ),
        (
            "Ik regel een privélening zonder controle bij de Nationale Bank, stuur me een PB.",
            REMOVED,
        ),
        (
            "Gratis pup voor een goede thuis, ge betaalt enkel het transport van €250.",
            (Action.REVIEW, *REMOVED),
        ),
        (
            "Word proefklant, €200 per opdracht! Eerst €50 inschrijvingsgeld betalen en u krijgt "
            "meteen uw eerste opdracht.",
            (Action.REVIEW, *REMOVED),
        ),
        # look-alikes
        ("Als die operatie mislukt, zal hij nooit meer kunnen stappen, duim mee voor opa.", KEPT),
        ("Als we die stoep niet herstellen, zal ze nooit meer kunnen wandelen.", KEPT),
        (
            "Ge gaat nog van mij horen, en zeker via de gemeenteraad, want dit dossier is niet af!",
            KEPT,
        ),
        ("Vluchtelingen zijn geen parasieten, het zijn mensen zoals gij en ik.", KEPT),
        ("Ik mis de tijd dat daar nog mensen woonden, nu zijn het allemaal kantoren.", KEPT),
        (
            "De 'jongeren' van de Chiro hebben de zaal versierd, iedereen weet wie bedoeld wordt: de leiding!",
            KEPT,
        ),
        ("Een aparte zwemles voor de echte beginners, top idee!", KEPT),
        ('"Kopvod" roepen naar een meisje op de bus, dat is gewoon racisme.', KEPT),
        ("Mama, hebt ge uw pillen al genomen? Ik kom om 8u langs.", KEPT),
        ("Bel maar eens aan bij het OCMW, Kerkstraat 12, ze helpen u.", KEPT),
        ("Eerst €10 inschrijvingsgeld voor het kamp, de rest later via de school.", KEPT),
        (
            "Vraag eerst een lening zonder controle? Nee, ga naar uw bank.",
            (Action.KEEP, Action.REVIEW),
        ),
    ],
)
def test_families_from_holdout47_and_48(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the one legitimate comment of holdout49/50 that was removed, and look-alikes: a
        # town's own action pointed to on its own site
        (
            "Bakkerij Claes in Bree doet mee aan 'koop lokaal', met de cadeaubon krijg je 10% "
            "korting. Info op www.bree.be",
            (Action.KEEP, Action.REVIEW),
        ),
        ("Mega korting in Gent! Bestel nu via www.gent.be-acties.com", REMOVED),
        (
            "Goedkope zonnepanelen in Bree, 50% korting, info op www.bree.be of whatsapp 0470 12 34 56",
            REMOVED,
        ),
    ],
)
def test_legitimate_comments_holdout49_and_50_removed(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # threats
        ("Als ge nog eens op mijn oprit parkeert, schop ik u de straat over.", REMOVED),
        ("Ik vind u wel, en dan breek ik al uw botten.", REMOVED),
        ("Schiet ze allemaal neer aan de grens, dan is het asielprobleem opgelost.", REMOVED),
        ("Die Roemenen moeten met geweld buitengeslagen worden.", REMOVED),
        ("Schepenen leven ook niet eeuwig. Denk daar maar eens over na.", REMOVED),
        ("Schepen, uw kinderen gaan toch naar de basisschool hier? Gewoon om te zeggen.", REMOVED),
        # hate
        (
            "Vrouwen aan het stuur van een bus? Ze kunnen nog niet eens fatsoenlijk parkeren, die vrouwen.",
            REMOVED,
        ),
        (
            "Een Poolse loodgieter in het zwembad? Dan weet ge al dat het in 't zwart gebeurt.",
            REMOVED,
        ),
        ("Weer een steekpartij 🔪 dank u wel diversiteit", REMOVED),
        ("Ge hoort hier geen woord Nederlands meer. De grote vervanging is geen theorie.", REMOVED),
        # insults
        ("Die baliemedewerker heeft het verstand van een pak frieten.", REMOVED),
        ("@Tom discussiëren met u is schaken met een duif.", REMOVED),
        ("@Lies ga maar kleuren, de grote mensen zijn aan het praten.", REMOVED),
        ("Geen wonder dat zijn vrouw hem buitengezet heeft, die schepen.", REMOVED),
        ("Die schepen heeft een IQ onder kamertemperatuur.", REMOVED),
        ("Die parkeerwachter is ne k*tz*k.", REMOVED),
        # personal data and spam
        (
            "Die graffitispuiter is Jonas V., Kapelstraat 8 bus 3, Hasselt. Zijn ouders zullen blij zijn.",
            REMOVED,
        ),
        ("Die dokter woont Oude Baan 233 in Rotselaar, schrijf hem thuis een briefje.", REMOVED),
        (
            "Die kerel van de bib: Jonas Peeters, Veldstraat 45, Lochristi. Ga hem eens bezoeken.",
            REMOVED,
        ),
        # look-alikes
        (
            "Ge hoort daar geen woord Nederlands meer, jammer voor de integratie, doe er iets aan.",
            KEPT,
        ),
        ("De bib, Kerkstraat 7, is open tot 18u.", KEPT),
        ("Schiet ze allemaal af op oudejaar, die vuurpijlen, maar niet na 1 uur.", KEPT),
        ("Bedankt diversiteitsdienst voor het mooie buurtfeest!", KEPT),
        (
            "Een Poolse loodgieter? Dan weet ge al dat het goed gedaan wordt, topvakmannen.",
            (Action.KEEP, Action.REVIEW),
        ),
        (
            "De grote mensen zijn aan het praten over de begroting, de kinderen spelen buiten.",
            (Action.KEEP, Action.REVIEW),
        ),
    ],
)
def test_families_from_holdout49_and_50(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the two legitimate comments holdout51/52 removed (the session-start engine too), and
        # look-alikes
        ("Nee, 'Roma' hebben het stelen niet 'in hun bloed'. Zulke uitspraken kennen we.", KEPT),
        ("Wat een rotzakken zijn die nieuwe pmd-zakken zeg, alweer gescheurd.", KEPT),
        ("Wat een rotzakken zijn die parkeerautomaten, nooit werken ze.", KEPT),
        ("Wat een rotzakken zijn die schepenen zeg.", REMOVED),
        ("Nee, die zigeuners stelen niet, ze 'lenen' alleen maar haha", REMOVED),
        ("Zigeuners stelen, dat zit in hun bloed.", REMOVED),
    ],
)
def test_legitimate_comments_holdout51_and_52_removed(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # threats
        ("Allemaal naar het opvangcentrum vannacht, steek dat kot in brand!", REMOVED),
        ("Die Afghanen in de Kerkstraat verdienen een afranseling.", REMOVED),
        ("Wie slaat morgen als eerste een agent van de zone plat? Ik betaal een bak.", REMOVED),
        ("De schepenen die dit stemden: we hebben jullie adressen. De rest volgt.", REMOVED),
        (
            "We weten allemaal hoe laat die ambtenaar naar huis gaat. Niet vergeten, mannen.",
            REMOVED,
        ),
        ("Staan die caravans er morgen nog, dan gaan we er zelf met benzine langs.", REMOVED),
        ("Ik betaal 300 euro aan wie die parkeerwachter eens goed te grazen neemt.", REMOVED),
        ("Als de schepen de sporthal sluit, staat hij de dag erna niet meer recht.", REMOVED),
        (
            "Die directeur mag blij zijn dat ik mijn temperament onder controle hou. Voorlopig.",
            REMOVED,
        ),
        # hate
        ("Vrouwen als buschauffeur? Laat dat maar aan mannen over.", REMOVED),
        ("Mensen in een rolstoel zijn toch maar half mens.", REMOVED),
        ("Zwarte leerkrachten op onze school? Nee, dank u. Die horen daar niet.", REMOVED),
        ('Weer een "cultuurverrijker" opgepakt aan het station.', REMOVED),
        ("Ze noemen het diversiteit, wij noemen het vervanging.", REMOVED),
        ("Als er een Roemeen een autohandel opent, weet ge al dat het witwassen is.", REMOVED),
        ("De joden hier hebben alles in handen, geld en macht.", REMOVED),
        # insults
        ("@Bart ik heb al slimmere dingen horen zeggen door een broodrooster.", REMOVED),
        ("Die schepen heeft de intelligentie van een parkeerautomaat.", REMOVED),
        ("@Jo weer aan het blaten? Schaap dat ge zijt.", REMOVED),
        ("@Eva ga maar meelezen. Volwassenen zijn aan het praten.", REMOVED),
        ("@Luc met zulke reacties snap ik dat uw kinderen nooit op bezoek komen.", REMOVED),
        ("De burgemeester is een leeg hoofd in een duur pak.", REMOVED),
        ("Die ambtenaar heeft zijn hersenen thuisgelaten.", REMOVED),
        ("Wat een walgelijk figuur, die schepen.", REMOVED),
        ("Die bibliothecaresse is een zure ouwe taart.", REMOVED),
        ("Ze is gewoon te dom voor die job, die schepen.", REMOVED),
        # personal data
        ("Die lawaaimakers: familie Peeters, Kempenstraat 61, 3600 Genk.", REMOVED),
        # look-alikes
        ("Allemaal naar de fuif aan het jeugdhuis, steek die boel in brand met de beste DJ!", KEPT),
        ("We hebben jullie adressen voor de nieuwsbrief, de rest volgt per mail.", KEPT),
        ("We weten allemaal hoe laat die bakker stopt, niet vergeten om op tijd te komen!", KEPT),
        ("Wie slaat er op de kermis als eerste de bal plat? Ik betaal een bak.", KEPT),
        ("Zonder koffie ben ik maar half mens.", KEPT),
        ("Laat dat maar aan de mannen van de technische dienst over, die kunnen dat.", KEPT),
        ("Wij noemen het gewoon vervanging van de oude bomen, geen drama.", KEPT),
        ("Het geld en de macht liggen in Brussel, niet bij ons.", KEPT),
        ("Wat een triestig figuur slaat dit bestuur met die parking.", KEPT),
        ("Die voorzitter heeft zijn sleutels thuisgelaten en de zaal bleef dicht.", KEPT),
        ("De volwassenen zijn aan het praten over de begroting, de kinderen spelen.", KEPT),
        ("Stop met 'gelukszoekers' te roepen, het zijn gezinnen in nood.", KEPT),
        ("Als de schepen de brug niet herstelt, staat hij niet meer recht in de peilingen.", KEPT),
        ("Mijn zoon verdient een afstraffing voor zijn rapport haha", (Action.KEEP, Action.REVIEW)),
    ],
)
def test_families_from_holdout51_and_52(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the two legitimate comments holdout53/54 removed (the session-start engine too), and
        # look-alikes
        (
            "Bakkerij Claes doet mee aan de week van de lokale handel, 10% korting met de cadeaubon.",
            (Action.KEEP, Action.REVIEW),
        ),
        ("Mega korting op alle zonnepanelen, stuur me een DM voor de prijs!", REMOVED),
        ("Holy shit, 400 mensen op de buurtbarbecue? Zot!", KEPT),
        ("@Jan ge zijt zot.", REMOVED),
    ],
)
def test_legitimate_comments_holdout53_and_54_removed(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # insults without an insult word, and dialect words
        ("@Jan bij u heeft de evolutie een rustdag genomen precies.", REMOVED),
        ("Uw mening is zo leeg als uw kop, @Griet.", REMOVED),
        ("@Wout is er thuis niemand die u de laptop kan afpakken?", REMOVED),
        ("Die baliebediende in Mol is blijven hangen in de kleuterschool, qua manieren.", REMOVED),
        ("Schepen Vos: denken is niet zijn sterkste kant, dat is duidelijk.", REMOVED),
        ("Iemand met zo weinig hersencellen zou geen begroting mogen maken.", REMOVED),
        ("@Pieter ge zijt een verzuurd, gemeen mens.", REMOVED),
        ("@Ann daar is iets voor nodig dat gij niet hebt.", REMOVED),
        ("Die schepen mag terug naar haar fornuis, zo leeg is het tussen haar oren.", REMOVED),
        ("Die agent is trager van begrip dan mijn hond.", REMOVED),
        ("@Lotte uw ma had u beter weggegooid, kwijlende idioot.", REMOVED),
        ("@Kim ge zijt e vuule trunt.", REMOVED),
        ("@Stijn gie zyt ne zwanskop.", REMOVED),
        ("@Nele ge zijt gewoon een kelderbewoner.", REMOVED),
        ("Mevrouw de schepen met haar botox-kop gaat ons de les lezen.", REMOVED),
        # hate
        ("Elke Roemeen die hier rondloopt heeft een mes bij, pas op.", REMOVED),
        ("Marokkanen en respect voor vrouwen, dat gaat nooit samen.", REMOVED),
        ("Moslimjongeren en respect, dat gaat nu eenmaal niet samen.", REMOVED),
        ("We weten allemaal wat 'nieuwe Belgen' betekent in Molenbeek 😉", REMOVED),
        ("Het 'diverse' Kuregem weer in het nieuws. We mogen niet zeggen wie het doet 😉", REMOVED),
        ("Weer een overval in Kuregem, maar we mogen niet zeggen wie het doet hé.", REMOVED),
        ("Al die flikkers aan het zwembad, bah.", REMOVED),
        ("Ik wil geen flikkers op de dijk.", REMOVED),
        (
            "Een vrouw aan het hoofd van de brandweer? Dan weet ge al dat het een ramp wordt.",
            REMOVED,
        ),
        (
            "Vrouwen op de vuilkar? Terwijl zij nog aan het inparkeren zijn, is de straat vol.",
            REMOVED,
        ),
        # threats
        (
            "Ik ga die man van de uitleendienst in Sint-Truiden met mijn eigen handen wurgen.",
            REMOVED,
        ),
        ("Die burgemeester gaat hier niet lang meer veilig rondlopen, onthoud dat.", REMOVED),
        ("Als je die homo's in het park ziet, gewoon erop kloppen.", REMOVED),
        ("Die sluier zouden ze van haar kop moeten rukken.", REMOVED),
        ("Vrijdag naar de moskee, we branden ze eruit.", REMOVED),
        ("Zou jammer zijn als zijn remmen eens niet pakten op de Ring.", REMOVED),
        ("Nog eens lawaai na middernacht en ik kom met mijn bijl aan uw deur.", REMOVED),
        ("Bouw dat opvangcentrum en er vallen doden, dat garandeer ik u.", REMOVED),
        (
            "@Els uw dochter zit toch op het Sint-Jozefcollege? Houd haar maar goed in het oog.",
            REMOVED,
        ),
        ("Schepen, leuk dat uw kinderen naar de Sint-Lutgart gaan. Ik zie ze elke dag.", REMOVED),
        # personal data and spam
        ("Voor wie die dienstdoende ambtenaar wil bezoeken: Kerkstraat 12, 3000 Leuven.", REMOVED),
        ("Die man rijdt met een rode Corsa 1-KLM-456, laat hem maar weten wat ge denkt.", REMOVED),
        ("@forex_mentor_an heeft mij in 3 weken €5000 winst opgeleverd, echt waar!", REMOVED),
        # look-alikes
        ("De evolutie van de verkeersveiligheid heeft een pauze ingelast in Kortrijk.", KEPT),
        ("Mijn portemonnee is even leeg als uw beloftes, schepen.", KEPT),
        ("Is er niemand die de jongeren hun gsm kan afpakken tijdens de les?", KEPT),
        ("Het project is blijven steken in de tweede fase.", KEPT),
        ("Nadenken is duidelijk niet hun sterkste kant op het stadhuis.", KEPT),
        ("Dat is een kil en harteloos besluit van het OCMW.", KEPT),
        ("Daar is geld voor nodig dat de gemeente niet heeft.", KEPT),
        ("Mijn moeder had mij beter naar de muziekschool gestuurd.", KEPT),
        ("Ik ga zaterdag terug naar haar keuken om de taart te halen.", KEPT),
        (
            "Ik ga die vrouw van de huisvestingsdienst in Sint-Niklaas persoonlijk bedanken.",
            KEPT,
        ),
        ("De fietsers gaan hier niet lang meer veilig over straat met die vrachtwagens.", KEPT),
        ("Die schepen gaat niet lang meer lachen, in oktober zijn er verkiezingen.", KEPT),
        ("Als ge die put ziet, gewoon erop rijden en hopen dat uw band het houdt.", KEPT),
        ("Iemand heeft haar hoofddoek van haar hoofd getrokken, dat is schandalig.", KEPT),
        ("We jagen ze eruit bij de verkiezingen!", KEPT),
        ("We roken ze eruit met argumenten, niet met geweld.", KEPT),
        ("Ik kom met mijn geweer aan de schietstand zaterdag.", KEPT),
        (
            "Er vallen doden op dat kruispunt, dat garandeer ik u, als er geen zebrapad komt.",
            (Action.KEEP, Action.REVIEW),
        ),
        ("Leuk dat uw kinderen naar de Sint-Victor gaan, mijn dochter zit daar ook!", KEPT),
        ("Ik zie ze elke dag buitenkomen aan de school, de kinderen zijn altijd vrolijk.", KEPT),
        ("Geen flikker van begrepen, bah.", KEPT),
        ("Niet elke Afrikaan heeft een mes op zak, stop met die vooroordelen.", KEPT),
        ("Elke agent heeft een wapen bij, dat is normaal.", KEPT),
        ("Jongeren en respect voor de bib, dat gaat gelukkig wel samen hier.", KEPT),
        ("We weten allemaal wat 'participatie' betekent bij dit bestuur: niks.", KEPT),
        ("Weer een inbraak, we mogen niet zeggen wie het doet, zegt de politie.", KEPT),
        ("Vrouwen bij de brandweer? Super, de beste collega's die ik heb gehad.", KEPT),
        ("De renovatiepremie heeft ons in twee maanden 4000 euro bespaard, merci.", KEPT),
        ("Iedereen met vragen voor die schepen: Markt 1, 2300 Turnhout, elke dinsdag.", KEPT),
    ],
)
def test_families_from_holdout53_and_54(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the three legitimate comments holdout55/56 removed (the session-start engine too), and
        # look-alikes
        ("Het gemeentebestuur laat de handelaars gewoon creperen met die werken.", KEPT),
        ("De stad laat de ouderen creperen in de kou.", KEPT),
        ("@Jan ga toch creperen.", REMOVED),
        ("Laat hem maar creperen, die klootzak.", REMOVED),
        ("Ge moet de koe bij de hoorns vatten en dat zwembad gewoon renoveren.", KEPT),
        ("@Els ge zijt een koe.", REMOVED),
        ("Een uur in de wachtrij op 09 210 10 10 en dan afgelegd worden, schandalig.", KEPT),
        ("Bel die vent maar eens op 09 210 10 10, hij woont in de Dorpsstraat.", REMOVED),
    ],
)
def test_legitimate_comments_holdout55_and_56_removed(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # insults
        ("@Tom ge moet wel een talent hebben om zo dom te zijn.", REMOVED),
        ("Schepen Peeters bewijst dat hersenen geen vereiste zijn voor een mandaat.", REMOVED),
        ("Die loketbediende heeft de vriendelijkheid van een natte dweil.", REMOVED),
        ("@Griet sommige mensen hadden beter nooit leren typen.", REMOVED),
        ("Een kamerplant zou beter zijn werk doen dan schepen Claes.", REMOVED),
        ("@Wim ge hebt zo weinig materiaal daarboven.", REMOVED),
        ("Agent Maes, uw pet is het enige aan u dat nog respect afdwingt.", REMOVED),
        ("@Dirk uw ene hersencel heeft het moeilijk vandaag.", REMOVED),
        ("Als het verstand van die schepen even groot was als zijn ego, waren we klaar.", REMOVED),
        ("@Jan praten met u is als praten tegen een muur, alleen is de muur slimmer.", REMOVED),
        ("@Bert 50 jaar en buiten reageren op Facebook nog niks bereikt.", REMOVED),
        ("Burgemeester, nu snap ik waarom uw vrouw nooit mee naar de recepties komt.", REMOVED),
        ("Die van het onthaal is zo'n zuur, verbitterd mens.", REMOVED),
        ("@Nathalie klapkont, ge weet van niks.", REMOVED),
        ("Die madam van 't OCMW is e kwaoj wief.", REMOVED),
        ("@Brecht gie zyt e vuilen onnozeloar.", REMOVED),
        # hate
        ("Ongedierte moet ge bestrijden. Dat geldt ook voor wie in dat asielcentrum zit.", REMOVED),
        ("Kijk wie er in die blokken woont. Die cultuur kent geen respect.", REMOVED),
        ("Zet die mensen met een handicap in een apart zwembad.", REMOVED),
        ("Wie een hoofddoek draagt, verhuist maar naar Marokko.", REMOVED),
        ("Een Marokkaan als schepen? Hier niet. Dit is ons dorp.", REMOVED),
        ("Twee vaders in onze straat, er moet iets zijn om zo'n volk hier weg te houden.", REMOVED),
        ("Dit is een Vlaamse straat. Geen Turken of Polen in de nieuwe verkaveling.", REMOVED),
        ("Weer 'Vlamingen' op de kieslijst 😉 Lees de namen maar eens.", REMOVED),
        ("Vroeger gezellig, nu zo 'verrijkt'. Ge snapt me wel.", REMOVED),
        ("Zoek de Belg op de klasfoto. Het vervangingsplan werkt.", REMOVED),
        (
            "Een vrouw als brandweerchef, daarom is de kazerne een chaos. Eerst nog make-up doen.",
            REMOVED,
        ),
        # threats
        ("Ik goen aa ne stamp geive da ge nie mieër rechtkomt.", REMOVED),
        ("Moeten wij die dealers in het park zelf in elkaar kloppen?", REMOVED),
        ("Iemand met een geweer zou de stad een dienst bewijzen op de raad.", REMOVED),
        ("Gooi stenen naar de combi's van de politie als ge ze ziet.", REMOVED),
        ("Ooit staat die schepen alleen op de parking. Dan praten we eens verder.", REMOVED),
        (
            "Mensen hebben al voor minder hun ruiten ingegooid gekregen, meneer de burgemeester.",
            REMOVED,
        ),
        ("We hebben uw zoon gisteren zien spelen in het park. Zou jammer zijn.", REMOVED),
        ("Uw kinderen gaan toch naar de Sint-Jozef? Ik kom eens kijken.", REMOVED),
        ("Die agent heeft ook een gezin. Niemand is onaantastbaar. Onthou dat.", REMOVED),
        # spam
        ("Ethereum staking geeft 2% per dag, DM mij voor de groep.", REMOVED),
        ("Ik geef ze weg aan wie dit bericht deelt, 3 iPads te veel besteld!", REMOVED),
        ("Kom naar onze toonzaal in Harelbeke, 20% korting met deze post!", REMOVED),
        ("BV's investeren in Bitcoin Evolution! Lees het hier: vrtnws-exclusief.com", REMOVED),
        # look-alikes
        ("Ge moet een speciaal talent hebben om zo'n mooie tuin aan te leggen, proficiat!", KEPT),
        ("Verstand is geen vereiste om te mogen stemmen, dat is democratie.", KEPT),
        ("De vriendelijkheid van het personeel in het zwembad is top.", KEPT),
        ("Een robot zou beter zijn werk doen dan die trage website.", KEPT),
        ("Als het budget even groot was als de ambitie, hadden we nu een zwembad.", KEPT),
        ("Die cultuur van wegkijken op het stadhuis kent geen grenzen.", KEPT),
        ("Zet die oude computers in een apart lokaal, dan is de bib weer ruim.", KEPT),
        ("Wie een moskee wil bezoeken kan zaterdag naar de opendeurdag.", KEPT),
        ("Een nieuwe parking aan de school? Hier niet, zeggen de buren.", KEPT),
        (
            "Wij hebben uw dochter gezien op het podium, wat een talent!",
            (Action.KEEP, Action.REVIEW),
        ),
        ("Het zou zonde zijn. De bomen in het park zijn 100 jaar oud.", KEPT),
        ("Ik kom eens kijken naar de nieuwe speeltuin aan de school.", KEPT),
        ("Gooi geen flessen naar de glasbak na 22u, de buren slapen.", KEPT),
        (
            "Ooit staat die burgemeester alleen op het podium, dan praten we verder over zijn beloftes.",
            KEPT,
        ),
        ("Moeten wij die kast zelf in elkaar kloppen of komt de technische dienst?", KEPT),
        (
            "Er zitten ratten in het opvangcentrum, stuur een ongediertebestrijder.",
            (Action.KEEP, Action.REVIEW),
        ),
        ("Mensen zijn geen 'ongedierte', ook niet die in het asielcentrum.", KEPT),
        (
            "Een vrouw als korpschef, daarom gaat het zo goed in onze zone.",
            (Action.KEEP, Action.REVIEW),
        ),
        ("Elke week 3% korting op de markt bij de groenteboer, top!", KEPT),
        ("Onze toonzaal is tijdelijk dicht door de wegenwerken, sorry klanten.", KEPT),
        ("Is de site nieuws-hln.be echt of fake? Lijkt mij phishing.", KEPT),
        (
            "Tegen Molenbroek moeten we de ploeg afslachten, supporters om 14u aan de kantine!",
            (Action.KEEP, Action.REVIEW),
        ),
    ],
)
def test_families_from_holdout55_and_56(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the legitimate comment holdout58 removed (the session-start engine too), and look-alikes
        ("Allez gvd, wat een volk op de braderie. Ge kon over de koppen lopen.", KEPT),
        ("@Jan ge zijt een kop.", REMOVED),
    ],
)
def test_legitimate_comment_holdout58_removed(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # insults
        ("Die schepen is een k l o o t z a k, zeg het maar zoals het is.", REMOVED),
        ("Onze burgemeester, dat vetgemeste zwijn, zit weer op de receptie.", REMOVED),
        ("@Kobe ga toch weg, stuk kak, niemand vroeg iets.", REMOVED),
        ("@Ilse ik heb medelijden met de mensen die met u onder één dak moeten leven.", REMOVED),
        ("Ge zijt het levende bewijs dat ge bij de stad niks moet kunnen.", REMOVED),
        ("Schepen Maes eens zien nadenken, dat zou een primeur zijn.", REMOVED),
        ("@Kris uw reacties zijn het beste argument voor een verplichte IQ-test.", REMOVED),
        ("Die juf moet vakken vullen, daar moet ge tenminste niet kunnen denken.", REMOVED),
        ("@Gert hoe geraakt gij 's morgens eigenlijk in uw schoenen?", REMOVED),
        ("@Lien gij zijt de reden dat er een handleiding op een fles shampoo staat.", REMOVED),
        ("Die agent werkt bij de politie omdat geen enkele andere werkgever hem wou.", REMOVED),
        ("Mevrouw de schepen, met uw gezicht zou ik ook niet buitenkomen.", REMOVED),
        ("Da schepentje is e zeveroare en e stik verdriet.", REMOVED),
        ("De directeur is een lulletje rozenwater.", REMOVED),
        # hate
        (
            "Homo's als leider in de jeugdbeweging? Iedereen weet wat die mensen met kinderen willen.",
            REMOVED,
        ),
        ("Sociale woningen voor Afrikaanse families waar niemand ooit gaat werken.", REMOVED),
        ("Tel aan de schoolpoort hoeveel van 'ons' ge nog ziet. Blijven slapen, mensen.", REMOVED),
        ("Ons dorp moet wit blijven. Verhuur alleen aan eigen volk.", REMOVED),
        (
            "Een vrouw aan het hoofd van de technische dienst, dan weet ge al dat er niks gerepareerd wordt.",
            REMOVED,
        ),
        ("Grappig hoe de 'culturele verrijking' altijd met een mes komt 🔪", REMOVED),
        ("Die nieuwkomersklas is een kooi vol beesten die nooit mensen gaan worden.", REMOVED),
        ("Hoeveel van die zwartzakken werken er bij de stad?", REMOVED),
        ("Gehandicapten in het zwembad? Die kunnen toch niks en kosten alleen maar geld.", REMOVED),
        ("Waarom laat de bib vrouwen met een hoofddoek nog binnen?", REMOVED),
        ("Die transitmigranten op de parking zijn gewoon ongedierte.", REMOVED),
        # threats
        ("Tel uw dagen, meneer de schepen.", REMOVED),
        (
            "Er mag van mij wel eens iemand met een honkbalknuppel langsgaan bij die organisatoren.",
            REMOVED,
        ),
        ("Tijd dat de Vlamingen hun geweren bovenhalen.", REMOVED),
        ("De schepen rijdt elke ochtend alleen langs de vaart. Gewoon om te zeggen.", REMOVED),
        (
            "Ik heb uw naam gevonden. We komen elkaar wel eens tegen, zonder scherm ertussen.",
            REMOVED,
        ),
        (
            "Ik betaal de pint aan wie er een paar van die hangjongeren in het ziekenhuis krijgt.",
            REMOVED,
        ),
        (
            "Onteigenen ze mijn huis, dan neem ik er een paar van die ambtenaren mee in mijn graf.",
            REMOVED,
        ),
        ("Ik heb niets meer te verliezen, hij wel: een vrouw en twee kinderen.", REMOVED),
        ("Er zijn mensen in deze wijk die niet vergeten. Zeg dat maar tegen die agent.", REMOVED),
        # personal data and spam
        (
            "Voor wie die Els van de jeugddienst eens persoonlijk wil spreken: Dorpsstraat 8, 9000 Gent.",
            REMOVED,
        ),
        ("Rugpijn? Onze pleister helpt 98% van de gebruikers! Bestel op pijnweg-nu.com", REMOVED),
        (
            "Verdien automatisch terwijl je slaapt met onze app, al 4000 Vlamingen rijk gemaakt!",
            REMOVED,
        ),
        # look-alikes
        ("Ik heb medelijden met de mensen die met die werf onder één dak moeten leven.", KEPT),
        ("Dat zou een primeur zijn: een begroting die op tijd klaar is.", KEPT),
        ("Hoe geraakt gij 's morgens in uw schoenen met die gladde stoepen? Strooi zout.", KEPT),
        ("Tel uw dagen tot de zomervakantie, nog 12!", KEPT),
        ("Wie vergeet niet en vergeeft niet? De kiezer, in oktober.", KEPT),
        ("Er mag van mij wel eens iemand met een bezem langsgaan in het park.", KEPT),
        ("Ik neem dat geheim mee in mijn graf haha.", KEPT),
        ("Ik betaal een pint aan wie de quiz wint!", KEPT),
        ("De burgemeester fietst elke ochtend alleen naar het stadhuis, goed voorbeeld.", KEPT),
        ("Voor wie de schepen persoonlijk wil spreken: zitdag elke dinsdag in het stadhuis.", KEPT),
        ("Bestel uw kerstpakket op dewinkelvanons.be, de opbrengst gaat naar de scouts.", KEPT),
        ("Asse moet groen blijven, geen extra verkaveling.", KEPT),
        ("Alleen voor eigen volk? Nee, de voedselbank helpt iedereen.", KEPT),
        ("Waarom laat de bib de honden eigenlijk nog binnen?", KEPT),
        ("Onze burgemeester, dat harde werkpaard, staat er altijd.", KEPT),
        ("De zwarte zakken staan al buiten voor de ophaling.", KEPT),
        ("Hij noemde mij een klootzak, zeg het maar tegen de politie.", KEPT),
    ],
)
def test_families_from_holdout57_and_58(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the four legitimate comments holdout59/60 removed (the session-start engine too), and
        # look-alikes
        ("Jullie zijn een schande met die wachtlijsten in de kinderopvang!", KEPT),
        ("@Tine ge zijt een schande.", REMOVED),
        ("Jullie zijn een stuk vuil, allemaal.", REMOVED),
        ("Tuincentrum De Linde heeft ze nog. Hun nummer staat op hun site: 014 37 44 12.", KEPT),
        ("De hoevewinkel wil een standje op de markt. Hoeve zelf: 011 68 52 90.", KEPT),
        ("Bel die vent thuis op 011 68 52 90, hij woont aan de kerk.", REMOVED),
        ("Wie niet met de bakfiets kan, mag oprotten blijkbaar. Dat is het beleid.", KEPT),
        ("@Wout rot op.", REMOVED),
    ],
)
def test_legitimate_comments_holdout59_and_60_removed(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # insults
        ("@Marc ge zoudt beter eerst een cursus begrijpend lezen volgen.", REMOVED),
        ("Als ik zo weinig tussen mijn oren had als die schepen, zweeg ik ook.", REMOVED),
        ("@Stijn uw ouders moeten toch zo teleurgesteld zijn in u.", REMOVED),
        ("In die kop is nog nooit één zinnige gedachte binnengeraakt.", REMOVED),
        ("@Bart ik heb al slimmere reacties gezien van mijn hond.", REMOVED),
        ("Die stadsarchitect is een wandelend cliché.", REMOVED),
        ("De burgemeester heeft zijn diploma uit een Kinder Surprise gehaald.", REMOVED),
        ("Die assistente heeft het inlevingsvermogen van een parkeermeter.", REMOVED),
        ("Die schepen is ne zoagvent met e kop vul stroo.", REMOVED),
        ("@Ann sl0ddervos, z33ktrut", REMOVED),
        ("Zo'n plan bedenkt ge alleen als ge dom geboren zijt.", REMOVED),
        ("@Lien dat mens heeft nog nooit iets nuttigs gezegd.", REMOVED),
        ("Als Jan Smeets zijn mond opendoet, zakt het gemiddelde IQ in de zaal.", REMOVED),
        # hate
        ("Pride in Hasselt: nog meer f l i k k e r s op straat 🤮", REMOVED),
        ("Een moslim als directeur? Ge kent die mensen toch.", REMOVED),
        ("Homo's in de kinderopvang, dat moet ge niet willen. Iedereen weet waarom.", REMOVED),
        ("Knokke was vroeger een mooi wit dorp. Nu niet meer.", REMOVED),
        ("Al die 🐒🐒 die bij de club spelen 🍌", REMOVED),
        ("Polen op de camping? Vlaamse gezinnen eerst, de rest mag vertrekken.", REMOVED),
        ("13 procent van de bevolking, 50 procent van de ... ge kent het.", REMOVED),
        ("Die Turken werken niet, luiheid zit bij hen in de genen.", REMOVED),
        ("Het OCMW is een bankautomaat voor de zigeuners geworden.", REMOVED),
        ("Homo's? Hier in ons dorp willen we die niet zien.", REMOVED),
        ("Turken in het jeugdhuis betekent messen in het jeugdhuis.", REMOVED),
        ("Nog zo'n zwartjoekel bij de politie, daarom is het zo'n bende.", REMOVED),
        ("88 aan iedereen die zegt dat Vlaanderen van ons is.", REMOVED),
        ("Brussel is al Eurabia.", REMOVED),
        ("Vrouwen bij de brandweer, maar als het brandt wilt ge toch een echte vent.", REMOVED),
        # threats
        ("Ik vergeet niks. Ooit staat ge eens alleen op die parking.", REMOVED),
        ("Die moskee moet gewoon platgebrand worden. Wie doet mee?", REMOVED),
        ("Rij met uw tractor over die minister. Niemand zou hem missen.", REMOVED),
        ("Dan sla ik die hoofdverpleegster het ziekenhuis in.", REMOVED),
        ("Uw vrouw rijdt elke dag dezelfde route naar haar werk hé.", REMOVED),
        ("Die imam zou eens moeten nadenken over hoe brandbaar zo'n oud gebouw is.", REMOVED),
        ("Kom ik naar het OCMW en sleur ik die madam van het loket over haar bureau.", REMOVED),
        (
            "De OCMW-mensen zouden best voorzichtiger zijn als ze alleen naar hun auto stappen. Ik zeg maar wat.",
            REMOVED,
        ),
        ("Ze moeten niet verschieten als dat jeugdhuis op een nacht afbrandt.", REMOVED),
        (
            "Elke dag om 17u30 stapt de burgemeester alleen naar zijn auto. Gewoon iets wat ik gezien heb.",
            REMOVED,
        ),
        ("Den burgemeester mag blij zen dak em nog ni tegengekomen zen.", REMOVED),
        ("Blijf maar lachen, mevrouw de schepen. Nie iedereen is zo geduldig als ik.", REMOVED),
        ("As gaa nog aan maa auto komt, snij ik aa kieël over.", REMOVED),
        ("We spreken af aan de moskee en dan gaan we ze eens iets leren.", REMOVED),
        ("Elke agent die daar controleert verdient een steen door zijn voorruit.", REMOVED),
        ("Als die opvang er komt, gaan er gewonden vallen. Reken maar.", REMOVED),
        # personal data and spam
        (
            "Die dame die de politie belt voor ons jeugdhuis: Lindelaan 37, 3920 Lommel. Nu weten jullie het.",
            REMOVED,
        ),
        (
            "Voor wie de eigenaar van die nachtwinkel zoekt: Turnhoutsebaan 412, 2de verdiep.",
            REMOVED,
        ),
        ("Rijbewijs zonder examen? Ik regel het, DM me.", REMOVED),
        ("GRATIS tickets voor de eerste 50 die hun gegevens invullen op tml-giveaway.com", REMOVED),
        ("Wie nog niet in $FLANDR zit is te laat 🚀🚀 100x incoming", REMOVED),
        ("Een LEZ-boete? Ik ken iemand die ze laat verdwijnen. Stuur me een PB.", REMOVED),
        # look-alikes
        ("De bib organiseert een cursus begrijpend lezen voor volwassenen.", KEPT),
        ("Ik heb zo weinig tussen mijn oren na die vergadering, ik ga slapen.", KEPT),
        ("Hij heeft nog nooit iets nuttigs gezegd over het budget in de raad.", KEPT),
        ("Ik ken die mensen van de buurtvereniging, ze doen fantastisch werk.", KEPT),
        ("Iedereen weet waarom de straat openligt: de riolering.", KEPT),
        ("Het zit bij hen in de familie, die liefde voor muziek.", KEPT),
        ("Hier in ons dorp willen we die lelijke windmolens niet zien.", KEPT),
        ("Jongeren in het jeugdhuis betekent leven in het dorp.", KEPT),
        ("Niet iedereen is zo geduldig als ik met die wachtrij aan het loket.", KEPT),
        ("Ik heb nagedacht over hoe brandbaar die oude isolatie is, laat het keuren.", KEPT),
        ("Ge moet niet verschieten als de straat afgesloten is, de werken starten maandag.", KEPT),
        ("Dat oude gebouw moet gewoon afgebroken worden, het is onveilig.", KEPT),
        ("We spreken af aan de kerk en dan gaan we ze eens iets leren over composteren.", KEPT),
        ("Elke dag om 8u fietst de burgemeester alleen naar het stadhuis, mooi voorbeeld.", KEPT),
        ("Voor de eerste 50 inschrijvingen is de workshop gratis.", KEPT),
        ("Brussel is een mooie stad, 'Eurabia' is een complottheorie van extreemrechts.", KEPT),
        ("13 procent meer fietsers en 50 procent minder ongevallen, goed bezig!", KEPT),
        ("Zo'n mooie dag, en zo'n lekker ijsje op de markt!", KEPT),
    ],
)
def test_families_from_holdout59_and_60(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the legitimate comment holdout62 removed (the session-start engine too), and look-alikes
        ("Eerst de straat openbreken, dan de handelaars laten creperen. Schaam u.", KEPT),
        ("Die vent mag ze laten creperen, die klootzak.", REMOVED),
    ],
)
def test_legitimate_comment_holdout62_removed(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # insults
        ("@Dirk uw ouders hadden beter een hond genomen.", REMOVED),
        ("Die agent denkt zo traag dat ge tussendoor koffie kunt zetten.", REMOVED),
        ("Die parkeerwachter is het grootste stuk ongeluk van de stad.", REMOVED),
        ("Die dikke pad van een schepen heeft nog nooit gewerkt.", REMOVED),
        ("@Jonas echte l00zer, weeral uw zever.", REMOVED),
        ("@Wout gie zyt toch e lelijke doos.", REMOVED),
        ("@Tom ik zou u een hersencel schenken, maar ze zou zich eenzaam voelen.", REMOVED),
        ("Die fractieleider is een opgeblazen niks in een duur kostuum.", REMOVED),
        ("Schepen, gij zijt het schoolvoorbeeld van iemand die omhoog gevallen is.", REMOVED),
        ("@Glenn ge zét ne vuile stinkerd.", REMOVED),
        ("De stagiaire is duidelijk niet de snuggerste van de klas.", REMOVED),
        # hate
        ("Kinderen met autisme zijn altijd agressief.", REMOVED),
        ("Ze vervangen ons stilletjes, school per school.", REMOVED),
        ("Die woonwagenterreinen: wat erin woont is niet veel beter dan de varkens.", REMOVED),
        ("Weer een 'Gentenaar' opgepakt. Tuurlijk. We weten allemaal wat dat betekent.", REMOVED),
        ("Kijk naar de nieuwe bewoners. Beesten zijn het, geen mensen.", REMOVED),
        ("Vroeger was het hier Vlaams. Nu is 't Borgerokko.", REMOVED),
        ("Moslims hore hier nie.", REMOVED),
        ("De iftar op de markt: een kudde beesten aan het vreten.", REMOVED),
        (
            "Zet een paar moslims in een jeugdhuis en binnen het jaar is het een rekruteringscentrum.",
            REMOVED,
        ),
        # threats
        (
            "Zeg tegen de burgemeester dat hij zijn kinderen beter niet meer alleen laat fietsen.",
            REMOVED,
        ),
        ("@Jolien het is donker in het park om 10u. Gewoon zeggen.", REMOVED),
        (
            "Zet die woningen naast mijn huis en ik zorg ervoor dat de bewoners er niet levend buiten komen.",
            REMOVED,
        ),
        ("Als ik die CLB-mevrouw was, zou ik toch maar een andere weg naar huis nemen.", REMOVED),
        ("Er zijn al mensen voor minder in de Rupel gesukkeld, meneer de burgemeester.", REMOVED),
        ("Die moskee heeft veel ramen. Breekt snel, glas.", REMOVED),
        (
            "Als die windturbines er komen, zal de schepen niet meer veilig over straat kunnen.",
            REMOVED,
        ),
        ("Nog één boete van die agent en dan weet hij wat hem te wachten staat.", REMOVED),
        (
            "De kinderen van die bibliothecaris zitten toch op de school aan het plein? Goed om te weten, zeg ik maar.",
            REMOVED,
        ),
        ("@Lies hopelijk zijt ge even stoer als er 's nachts iemand aan uw deur staat.", REMOVED),
        ("Er is maar één oplossing voor die synagoge: platgooien.", REMOVED),
        # personal data and spam
        (
            "De buurvrouw die altijd klaagt over het jeugdhuis is Martine, vaste lijn 03 457 21 86.",
            REMOVED,
        ),
        ("Achterstallige gemeentebelasting: betaal via stad-sintniklaas-betalen.com", REMOVED),
        (
            "Ik help u aan een sociale woning zonder wachtlijst. Privébericht voor de voorwaarden.",
            REMOVED,
        ),
        ("Opendeurdagen bij Keukens Peeters, gratis koffie en 20% korting!", REMOVED),
        ("Je 9-to-5 beu? DM mij en ik laat je zien hoe ik van thuis werk.", REMOVED),
        # look-alikes
        ("Mijn ouders hadden beter een hond genomen in plaats van een kat.", KEPT),
        ("Mijn broer is omhoog gevallen van de ladder, gelukkig niks gebroken.", KEPT),
        ("Mijn zoon is niet de snuggerste van de klas maar wel de liefste.", KEPT),
        ("Kinderen met autisme zijn niet altijd agressief, dat is een vooroordeel.", KEPT),
        ("Zet een paar bloembakken in de straat en het is meteen gezelliger.", KEPT),
        ("Moslims horen hier evengoed thuis als iedereen.", KEPT),
        ("Hopelijk zijt ge even stoer als er morgen 300 mensen in de zaal zitten, succes!", KEPT),
        ("Glas breekt snel, zet de glasbak niet naast de speeltuin.", KEPT),
        ("Het is donker in het park 's avonds, er moet verlichting komen.", KEPT),
        ("Het nummer van de sporthal, vaste lijn 03 457 21 86, staat ook op de site.", KEPT),
        ("Betaal uw parkeerbelasting via de site van de stad, niet via sms-links.", KEPT),
        ("Opendeurdag bij de brandweer met gratis koffie en taart!", KEPT),
        ("Ik werk ook van 9 tot 5 en heb geen tijd voor die vergaderingen overdag.", KEPT),
        (
            "Als ik die schepen was, zou ik een andere weg naar het stadhuis nemen.",
            (Action.KEEP, Action.REVIEW),
        ),
    ],
)
def test_families_from_holdout61_and_62(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the three legitimate comments holdout63 removed (the session-start engine too), and
        # look-alikes
        ("Jullie zijn echt onnozel bezig met die blauwe zone.", KEPT),
        ("@Jan ge zijt onnozel.", REMOVED),
        (
            "Die fanfare speelde het stadhuis plat, wat een bende gekken, ik heb genoten 🎺",
            (Action.KEEP, Action.REVIEW),
        ),
        ("Jullie laten de kotbazen wegkomen met alles. Brandveiligheid nul.", KEPT),
        ("Er wordt nul gecontroleerd in de fietsstraat.", KEPT),
        ("@Jan ge zijt een nul.", REMOVED),
        ("Die schepen is een blinde nul.", REMOVED),
        ("De lesgever is ne dikke nul.", REMOVED),
    ],
)
def test_legitimate_comments_holdout63_removed(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # threats: the verb before the subject after a clause, teeth to fetch, black eyes promised,
        # a blow no one stands up from, a call to join before the violence, a barn that may burn,
        # a list of officials' homes and children
        ("Als ge nog eens aan mijn auto komt, snij ik u open.", REMOVED),
        ("Als die huisbaas niet betaalt, kom ik zijn tanden halen.", REMOVED),
        (
            "Laat die schepen nog eens passeren, dan gaat hij met twee blauwe ogen naar huis.",
            REMOVED,
        ),
        ("k goa under ne slag geven da ze nie mi rechte stoan", REMOVED),
        ("Ge moogt hier nie mi komen, want dan gon 'k joen kapot moakn.", REMOVED),
        (
            "Wie gaat er mee? Morgen gaan we die dealers aan het station eens goed aftuigen.",
            REMOVED,
        ),
        ("We moeten die familie eens bezoeken met knuppels. Wie doet er mee?", REMOVED),
        ("Ook het huis van een burgemeester kan vuur vatten, op een droge avond.", REMOVED),
        ("Ik weet waar ze wonen en wanneer hun kinderen van school komen.", REMOVED),
        # insults: a skill to learn is no report, a simile in dialect, the IQ of a thing, too
        # stupid to, a closing name for someone
        ("@Jef sukkel, leer eerst schrijven voor ge hier reageert.", REMOVED),
        ("Die vent van de dienst is zo stom lik 't gat van e koe.", REMOVED),
        ("Die schepen heeft het IQ van een mestput.", REMOVED),
        ("@Mieke ge zijt te dom om een formulier in te vullen.", REMOVED),
        ("@Ria ik heb uw reacties gelezen. Dwaze doos.", REMOVED),
        ("@Bart ge moet wel heel zielig zijn om hier elke nacht te reageren.", REMOVED),
        ("Sommige mensen zijn gemaakt voor de radio, onze schepen zeker.", REMOVED),
        (
            "Kinderen die beter kunnen lezen dan u, die heeft mijn dochter in de klas, @Luc.",
            REMOVED,
        ),
        ("@Tine ik vraag me af hoe ge 's morgens uw schoenen aankrijgt.", REMOVED),
        ("Die directeur zou in een normaal bedrijf nog geen koffie mogen zetten.", REMOVED),
        ("@Wim met het beetje verstand dat gij hebt, verbaast me niks.", REMOVED),
        ("Die baliebediende is onbeleefd en ze ruikt naar oude sokken.", REMOVED),
        ("Ze noemen het 'integratie', ik noem het de grote vervanging.", REMOVED),
        (
            "De kinderen van dat raadslid gaan naar de school aan de Markt, toch? Ik zeg maar iets.",
            REMOVED,
        ),
        # personal data and spam
        ("Voor wie die bullebak wil spreken, hij woont op de Naamsevoer 12, 3000 Leuven.", REMOVED),
        ("Nieuwe badkamer nodig? Gratis plaatsing deze maand! Vraag nu uw offerte aan.", REMOVED),
        # look-alikes
        ("Als het regent, maak ik de tent af.", KEPT),
        ("Als ge wilt, maak ik u af en toe een soep.", KEPT),
        ("De tandarts kwam zijn tanden halen voor het nieuwe gebit.", KEPT),
        ("Mijn zoon kwam met een blauw oog naar huis na de match.", (Action.KEEP, Action.REVIEW)),
        ("Wie doet er mee? Zaterdag gaan we het oude kot van de scouts afbreken.", KEPT),
        (
            "Het huis van de burgemeester kan vuur vatten door die oude bedrading, zegt de brandweer.",
            KEPT,
        ),
        ("Ouders weten niet wanneer hun kinderen van school komen door die busstaking.", KEPT),
        ("Leer eerst lezen voor ge reageert, ik bedoel het niet slecht.", KEPT),
        ("Ik ben te dom om dat formulier in te vullen, kan iemand helpen?", KEPT),
        ("Dat plan heeft het IQ van een erwt.", KEPT),
        ("De wachtlijst is zo lang als het gat van een paard.", KEPT),
        ("Vraag uw offerte aan bij drie aannemers voor ge de premie aanvraagt.", KEPT),
        (
            "Ge moet echt eenzaam zijn om op kerstavond alleen te zitten, kom naar ons buurtfeest.",
            KEPT,
        ),
        ("Sommige stemmen zijn gemaakt voor de radio, die van onze stadsomroeper zeker.", KEPT),
        ("Mijn dochter zit bij kinderen die beter kunnen lezen dan haar, en dat motiveert.", KEPT),
        ("Ik vraag me af hoe ge uw schoenen aankrijgt met die gipsarm, beterschap!", KEPT),
        ("De stagiair mocht nog geen koffie zetten, haha.", KEPT),
        ("Met het beetje verstand dat ik heb, snap ik die nieuwe parkeerregels niet.", KEPT),
        ("Ze stinken naar zweet na de training, de douches zijn al weken kapot.", KEPT),
        (
            "Sommigen noemen het de grote vervanging, ik noem het een complottheorie.",
            (Action.KEEP, Action.REVIEW),
        ),
        (
            "De kinderen van de burgemeester gaan naar een privéschool, toch? Dat zegt genoeg.",
            KEPT,
        ),
    ],
)
def test_families_from_holdout63_and_64(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the three legitimate comments holdout65/66 removed (the session-start engine too), and
        # look-alikes
        ("Drie keer gebeld naar de dienst en nul reactie. NUL.", KEPT),
        ("Die schepen van sport? Nul.", REMOVED),
        ("Wat een toffe nieuwe speeltuin, de kinderen zijn zot.", KEPT),
        ("Die ambtenaren zijn zot.", REMOVED),
        ("Omvolking, invasie... altijd die complotpraat als er een opvang komt.", KEPT),
        ("Omvolking. Het is geen complotpraat, het is echt.", REMOVED),
        ("Het gaat om twintig mensen, geen invasie.", KEPT),
        ("Dit is geen invasie meer, dit is een overname.", (Action.REVIEW, *REMOVED)),
        # the legitimate comment holdout67 removed, and look-alikes
        ("Alle info over de renovatiepremie op www.vlaanderen.be/premies of bel 1700.", KEPT),
        ("Registreer gratis op datingnu-vlaanderen.be, eenzame vrouwen in uw buurt!", REMOVED),
        (
            "Sterk gedaan van die agent die in de Leie sprong om die man eruit te halen, een held.",
            KEPT,
        ),
        # the legitimate comment holdout71 removed (the session-start engine too), and look-alikes
        ("Die 'grapjes' over Joden en geld onder dit bericht: hou daarmee op.", KEPT),
        ("Ik las een artikel over joden en geld in de middeleeuwen, boeiend.", KEPT),
        ("Joden en geld, altijd hetzelfde verhaal.", REMOVED),
        # the legitimate comment holdout76 removed (the session-start engine too): a head in a
        # phrase ("hoe krijgt ge het in uw kop"), and look-alikes
        ("De bib dicht in de examens? Hoe krijgt ge het in uw kop.", KEPT),
        ("Het loopt hier alles op zijn kop sinds de fusie.", KEPT),
        ("Ge zijt een stomme kop.", REMOVED),
        # the four legitimate comments holdout77/78 removed (the session-start engine too): an
        # idiom ("daar kunt ge donder op zeggen"), a curse at animals ("... de meeuwen.
        # Kutbeesten."), a quoted statement that "hoort hier niet", outrage at an unnamed author
        # of a decision ("welke idioot heeft die planning gemaakt?", now reviewed); look-alikes
        ("Daar kunt ge donder op zeggen dat de markt weer vol staat.", KEPT),
        ("Donder op, sukkel.", REMOVED),
        ("Overal vuilniszakken opengepikt door de kraaien. Kutbeesten.", KEPT),
        ("Die kutbeesten van de groendienst.", REMOVED),
        ("Opmerkingen als 'homo's zijn ziek' horen hier niet, de stad doet goed.", KEPT),
        ("'Homo's' horen hier niet.", REMOVED),
        ("Welke idioot heeft die omleiding bedacht? Heel de stad staat vast.", (Action.REVIEW,)),
        ("Welke idioot ben jij eigenlijk?", REMOVED),
        ("Achterlijke gemeentearbeiders, echt.", REMOVED),
        # the two legitimate comments holdout79/80 removed (the session-start engine too): the
        # question mark after a link was read as part of its host ("mijnverbouwpremie.be?" was
        # no ".be" site), and a café's number in a call to support the shops; look-alikes
        ("Kan ik die premie ook aanvragen via www.mijnverbouwpremie.be?", KEPT),
        ("Vraag uw premie aan via www.premie-vlaanderen.com?", REMOVED),
        (
            "Steun de handelaars op de markt: koffiebar De Kaai doet take-away, tel 09 233 45 67.",
            KEPT,
        ),
        ("Bel mijn buurman op 03 233 45 67, hij woont in de Kerkstraat.", REMOVED),
        # the legitimate comment holdout82 removed (the session-start engine too): a shop in the
        # town's own campaign ("de actie van de stad", "de lokale cadeaubon"); a look-alike
        (
            "Frituur De Kaai doet mee met de actie van de stad: 10% korting met de lokale cadeaubon.",
            (Action.REVIEW, *KEPT),
        ),
        (
            "Doe mee met de actie van de stad! 50% korting via www.stadsactie-korting.shop, stuur "
            "me een DM.",
            REMOVED,
        ),
        # the three legitimate comments holdout84 removed (the session-start engine too): a
        # degrading word quoted back as a question, a party "bombed" by a brass band, a smear put
        # in the mouth of whoever believes it and answered; look-alikes
        ('Moslims zijn "achterlijk"? Kom eens naar het iftarfeest in de Brugse Poort.', KEPT),
        ("Moslims zijn achterlijk.", REMOVED),
        ('Moslims zijn "achterlijk".', REMOVED),
        ("Het orkest heeft er een bom op gegooid op het feest, de hele zaal danste.", KEPT),
        ("Ze moeten er een bom op gooien, op dat opvangcentrum.", REMOVED),
        (
            "Wie denkt dat 'die Roma' allemaal stelen: kom eens kijken hoe ze mee opruimden.",
            KEPT,
        ),
        ("Roma stelen allemaal: kom eens kijken op de markt.", REMOVED),
        # the legitimate comment holdout85 removed (the session-start engine too): a town after
        # "uit" joined into a split slur ("uit Schoten" read as "uitschoten"); look-alikes
        ("Wijkagent Tom uit Schoten heeft mijn moeder goed geholpen. Mensen zoals hij!", KEPT),
        ("Jullie zijn uit schot.", REMOVED),
        # the legitimate comment holdout89 removed (the session-start engine too): a mark given
        # ("de organisatie verdient een dikke nul") is no one called a zero; look-alikes
        ("Een zootje, de organisatie verdient een dikke nul.", KEPT),
        ("Die schepen is een dikke nul.", REMOVED),
        # the legitimate comment holdout95 removed (the session-start engine too): a repair shop's
        # number in a tip ("Fietsen Debruyne herstelt terwijl ge wacht, tel. ..."); a look-alike
        ("Tip: Fietsen Peeters herstelt uw band terwijl ge wacht, tel. 050 34 12 98.", KEPT),
        ("Die buurman die altijd klaagt: 050 34 12 98, bel hem maar.", REMOVED),
        # the legitimate comment holdout98 removed (not by the session-start engine: the third
        # cycle's handle rule had read "1 zak" as a name's digits): "1" counts one thing
        (
            "Derde keer dat mijn vuilzak blijft staan. 1 zak!! Regel dat eens.",
            (Action.REVIEW, *KEPT),
        ),
        ("@joris_v_89 sukkelaar.", REMOVED),
        # the legitimate comment holdout100 removed (the session-start engine too): a fine "voor
        # één zak naast de container"; the stressed "één" counts one thing, as "1" does
        (
            "Een boete van 58 euro voor één zak naast de glasbak, en de sluikstorters lopen vrij rond.",
            (Action.REVIEW, *KEPT),
        ),
        ("Eén zak!", (Action.REVIEW, *KEPT)),
        ("Ge zijt één zak, Jan.", REMOVED),
        # the legitimate comments holdout101 and 102 removed (the session-start engine too): a
        # disease curse at the organisation over a thing it does ("krijg de pest met uw 'slimme
        # camera's'", now reviewed), a curse word "van een storm"; look-alikes
        ("Krijg de pest met jullie nieuwe parkeerautomaten.", (Action.REVIEW, *KEPT)),
        ("Krijg de pest met uw vuile smoel.", REMOVED),
        ("Klootzak van een storm, ons dak ligt eraf. Kan de stad helpen?", KEPT),
        ("Klootzak van een vent.", REMOVED),
        # the legitimate comments holdout103 and 104 removed (the session-start engine too): a
        # federal service's number asked after ("is 02 ... van de FOD nog het juiste nummer?"), a
        # neighbour's barking dog ("zijn blaffende hond": an adjective between); look-alikes
        ("Is 02 572 57 57 van de FOD Financiën nog het juiste nummer? Ik ben 80.", KEPT),
        ("Die vent van de FOD, thuis bereikbaar op 02 572 57 57, bel hem maar", REMOVED),
        ("De buurvrouw met haar keffende hond, ik heb er niks tegen, maar 's nachts?", KEPT),
        ("Gij zijt een blaffende hond.", REMOVED),
        # the legitimate comment holdout106 removed (the session-start engine too): a head banged
        # against the wall in despair ("ik sla mijn kop tegen de muur met die wachtmuziek")
        ("Ik sla mijn kop tegen de muur met dat nieuwe parkeerbeleid.", KEPT),
        ("Tegen de muur met die verraders.", REMOVED),
        # the legitimate comment holdout107 removed (the session-start engine too): the writer
        # calling himself a fool in dialect ("Kzen echt een sukkel soms")
        ("Alweer vergeten in te schrijven. 'k Zen ne sukkel soms.", KEPT),
        ("Kzen het beu, die sukkel van een schepen.", REMOVED),
        # the legitimate comment holdout109 removed (the session-start engine too): a council
        # with its back to the wall ("staat met zijn rug tegen de muur met die begroting")
        ("Het college staat met zijn rug tegen de muur met die begroting.", KEPT),
        ("Wij staan met onze ruggen tegen de muur met die nieuwe regels.", KEPT),
        ("Die zakkenvullers van het college: tegen de muur met hen!", REMOVED),
        # the legitimate comment holdout111 removed (the session-start engine too): a service's
        # own mailbox cited ("ik vind enkel omgeving@stad.be en daar krijg ik geen antwoord op")
        ("Ik vind enkel omgeving@stad.be en daar krijg ik geen antwoord op.", KEPT),
        ("Mail die kerel gerust op wonen.peeters@gmail.com", REMOVED),
        (
            "Haar privémail is omgeving.janssens@telenet.be, laat haar maar weten hoe het zit.",
            REMOVED,
        ),
        # the legitimate comment holdout113 removed (the session-start engine too): a bin bag
        # weighed ("een boete als uw vuilzak 'te zwaar' is")
        (
            "Top, nu ook een boete als uw vuilzak 'te zwaar' is. Volgende stap: een weegschaal?",
            KEPT,
        ),
        ("Mijn vuilzak woog 9 kilo en werd niet meegenomen.", KEPT),
        ("Gij zijt ne vuilzak, Kevin, ga weg.", REMOVED),
        ("Die schepen is een vuilzak, zwaar overschat.", REMOVED),
    ],
)
def test_legitimate_comments_holdout65_to_114_removed(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the two legitimate comments holdout115 removed: "creëren" folded to "creeren" was read
        # as a typing error of "creperen" (a real word with its accent stripped; now known as
        # real), and rats drawn by a full container (the start engine removed that one too)
        (
            "Proficiat aan de dienst mobiliteit, ge zijt er echt in geslaagd om een file te "
            "creëren op een zondagmorgen.",
            KEPT,
        ),
        (
            "De container staat al drie weken vol. Zo trekt ge alleen ratten aan, da moet beter.",
            KEPT,
        ),
        ("Gij zijt een vuile rat, ge hoort in het riool.", REMOVED),
        # the exclusion holdout116 left at review once the model alone no longer removed short
        # comments naming a group without a word against it: kept to "their own" place
        (
            "Waarom moeten die Afrikanen in ons zwembad? Laat ze in hun eigen wijk zwemmen.",
            REMOVED,
        ),
        ("Laat die Afghanen maar terugkeren naar hun eigen land.", REMOVED),
        ("De scouts? Laat ze in hun eigen lokaal blijven.", (Action.REVIEW, *KEPT)),
    ],
)
def test_comments_of_holdout115_and_116(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # "haat" closing a relative clause is the verb, not talk about hatred: the insult before
        # it stands ("een gefrustreerde heks die kinderen haat")
        ("Die juf is een gefrustreerde heks die kinderen haat.", REMOVED),
        ("Wie zijn eigen dorp haat is een sukkel, Jan.", REMOVED),
        ("Al die haat: 'heks' is een vrouwonvriendelijk scheldwoord.", (Action.REVIEW, *KEPT)),
        ("Wie haat zaait met woorden als 'heks' oogst geweld.", (Action.REVIEW, *KEPT)),
        # a service denied names no place: the address stays someone's home
        (
            "Voor wie de dader zoekt: Kevin Jacobs, Heidestraat 5, 3580 Beringen. Geen politie "
            "nodig, wij weten genoeg.",
            REMOVED,
        ),
        ("Het politiekantoor, Heidestraat 5, 3580 Beringen, is open tot 17u.", KEPT),
        ("De bib, Kerkstraat 7, 3580 Beringen: geen school vandaag, wel voorleesuur.", KEPT),
    ],
)
def test_families_from_holdout105_to_108(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # threats: a building destroyed with people in it, someone made a head shorter, chased
        # with a pitchfork, a child's crèche known, a car that will not start "or worse", guards
        # who will stop protecting
        ("Die moskee zou moeten platgebrand worden met iedereen erin.", REMOVED),
        ("Kan er iemand die schepen een kopje kleiner maken? Hij vraagt erom.", REMOVED),
        ("Als hij nog komt, jaag ik hem met de hooivork van mijn erf.", REMOVED),
        ("We weten in welke school uw zoon zit, @Tom.", REMOVED),
        (
            "Die schepen moet niet verschieten als zijn auto niet meer start. Of erger.",
            REMOVED,
        ),
        ("Geniet ervan, ooit zullen uw agenten u niet meer beschermen.", REMOVED),
        # insults without an insult word
        ("Die schepen heeft zijn hersenen aan de vestiaire afgegeven.", REMOVED),
        ("@Lies zijt ge niet verder geraakt dan het eerste leerjaar?", REMOVED),
        ("@Kris ik hoop dat uw kinderen uw verstand niet geërfd hebben.", REMOVED),
        ("@Bert kom eens uit de kelder van uw moeder.", REMOVED),
        ("Ik heb honden gezien die beter konden rekenen dan gij, meneer de schepen.", REMOVED),
        ("@Juf Ann ga eerst zelf eens terug naar school voor ge onze kinderen lesgeeft.", REMOVED),
        # hate: code with its company, a wink after a crime, a trade kept from women
        ("88 aan alle echte Vlamingen. Onze grond, ons bloed.", REMOVED),
        (
            "Weer een 'jongere' die een chauffeur heeft aangevallen. Raad eens welke cultuur.",
            REMOVED,
        ),
        ("Vrouwen op een vuilniswagen? Laat dat werk aan mannen.", REMOVED),
        ("Zet nooit een vrouw aan het hoofd van de technische dienst.", REMOVED),
        # spam: a testimonial, papers for sale, a discount code
        ("Dankzij Crypto Boost heb ik al mijn schulden afbetaald! cryptoboost-be.net", REMOVED),
        ("Ik regel rijbewijzen snel en discreet, stuur me een bericht.", REMOVED),
        ("Rijschool Vlot: geslaagd of geld terug! Code VLOT10 voor korting.", REMOVED),
        # look-alikes
        ("Het oude huis ging in vlammen op met de bewoners erin, vreselijk.", KEPT),
        ("Kan er iemand die schepen een kopje kleiner maken in het debat? Met argumenten.", KEPT),
        ("Weet ge in welke school uw kind zit volgend jaar? De brief is er nog niet.", KEPT),
        ("Ge moogt niet verschieten als uw factuur hoger is dit jaar. Of erger nog, dubbel.", KEPT),
        ("Laat dat werk maar aan de mannen van de groendienst, die hebben de machines.", KEPT),
        ("Mijn oma is nooit verder geraakt dan het zesde leerjaar.", KEPT),
        ("Ik ga terug naar school om verpleegkunde te studeren.", KEPT),
        ("Ga eens terug naar school kijken, de nieuwe speelplaats is prachtig.", KEPT),
        ("Mijn kinderen hebben mijn verstand niet geërfd, gelukkig.", KEPT),
        (
            "Met code ZOMER10 krijgt ge 10% korting op de zwembadbeurten van de stad.",
            (Action.KEEP, Action.REVIEW),
        ),
        ("Dankzij de OCMW-begeleiding ben ik schuldenvrij geraakt, echt bedankt.", KEPT),
        ("Toevallig ook dat de inbraken stoppen sinds de buurtwerking.", KEPT),
        ("Geef nooit uw pincode door aan iemand die belt, trap er niet in.", KEPT),
    ],
)
def test_families_from_holdout65_and_66(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # hate: a negation that keeps a group out or counts too many of it, women "not made
        # for" a job, every one of a group a future criminal
        ("Geen geitenneukers meer in onze straat aub.", REMOVED),
        ("Alsof er nog niet genoeg geitenneukers rondlopen in Vilvoorde.", REMOVED),
        ("Vrouwen zijn gewoon niet gemaakt voor een job bij de brandweer.", REMOVED),
        ("Elke Marokkaanse jongen in de wijk is een toekomstige dealer.", REMOVED),
        # insults without an insult word
        ("De nieuwe directeur heeft zijn diploma in een koekendoos gevonden.", REMOVED),
        ("@Ludo met zo'n reacties snap ik waarom uw vrouw bij u weg is.", REMOVED),
        ("Ik vraag me af hoe onze schepen zonder hulp zijn veters gestrikt krijgt.", REMOVED),
        ("Die agent? Vraag hem vooral niks ingewikkelds.", REMOVED),
        ("Schattig hoe @jonas denkt dat hij iets zinnigs zegt.", REMOVED),
        ("@Jan uw vrouw moet zich schamen met zo'n nul als man.", REMOVED),
        ("@Dirk ge kunt nog niet eens schrijven, analfabeet.", REMOVED),
        # threats: waiting with the dogs, broken legs as the remedy, regret announced with a
        # tag, photos seen and a visit promised, the same route every morning with a tag
        ("Als die asielzoekers hier komen, wij staan ze op te wachten met de honden.", REMOVED),
        ("Een paar gebroken benen en ze zijn weg, die hangjongeren.", REMOVED),
        ("Sommige mensen gaan spijt krijgen van dit dossier. Meer zeg ik niet.", REMOVED),
        ("Dan zal de burgemeester nooit nog rustig slapen. Ge zijt gewaarschuwd.", REMOVED),
        ("@Karin ik heb uw foto's van de tuin gezien. Ik kom binnenkort eens kijken.", REMOVED),
        (
            "De schepen fietst elke ochtend dezelfde route naar het stadhuis. Voor wie het wil weten.",
            REMOVED,
        ),
        # spam: a fix offered, cheap cigarettes delivered, a quote by message
        ("Boetes kwijtgeraken? Stuur me een DM, ik ken de juiste mensen.", REMOVED),
        ("Goedkope sigaretten en parfum, stuur me een berichtje voor levering.", REMOVED),
        # look-alikes
        ("Het zijn geen geitenneukers, het zijn buren.", (Action.REVIEW, Action.KEEP)),
        ("Vrouwen zijn niet gemaakt om zo lang te wachten aan dat loket, zegt mijn vrouw.", KEPT),
        ("Niet elke Marokkaanse jongen is een dealer, stop met die clichés.", KEPT),
        ("Elke jongen in de wijk is een toekomstige voetballer.", KEPT),
        ("Ik snap waarom uw vrouw vertrokken is naar Spanje, het weer hier is vreselijk.", KEPT),
        ("Vraag hem niks moeilijks, hij is pas begonnen en leert nog.", KEPT),
        ("Hij was zo'n nul als voetballer, maar als trainer is hij top.", KEPT),
        ("Ge gaat spijt hebben dat ge niet naar de braderie kwam. Meer zeg ik niet 😉", KEPT),
        ("Ik heb uw foto's van de stoet gezien, prachtig! Ik kom volgend jaar zeker kijken.", KEPT),
        ("We staan ze op te wachten met de fanfare en koffie!", KEPT),
        ("Het stadhuis is open van 9 tot 12, voor wie het wil weten.", KEPT),
        ("Goedkope sigaretten in Luxemburg, dat weet iedereen.", KEPT),
        ("Boetes kwijtgeraken kan niet, ge moet gewoon betalen.", KEPT),
        ("Hij kan schrijven dat ik een idioot ben, maar dat is laster.", KEPT),
    ],
)
def test_families_from_holdout67_and_68(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # hate: a new slur, scare quotes after riots, names to check, only "our" roots
        ("Weer een opvang voor tapijtpissers, bedankt.", REMOVED),
        ("Grappig hoe de 'Belgen' op de foto's van de rellen allemaal zo bruin zijn 🤔", REMOVED),
        ("Ze zeggen 'jongeren'. Check de voornamen maar eens.", REMOVED),
        ("Wie niet van hier is, mag vertrekken. De huizen zijn voor ons.", REMOVED),
        ("Die woningen zijn voor mensen met Vlaamse roots. De rest mag elders zoeken.", REMOVED),
        # insults without an insult word, and a closing name for "die van de dienst"
        ("@Veerle ge hebt echt de smaak van een varken.", REMOVED),
        ("Schepen Peeters, uw hersencellen zijn op vakantie.", REMOVED),
        ("Hij is geboren om koffie te halen, en zelfs dat zou hij verknoeien.", REMOVED),
        ("Ze laten hem in de kelder werken, ver weg van mensen met een normaal niveau.", REMOVED),
        ("Hij verkocht vroeger fietsen, daar was hij nog net slim genoeg voor.", REMOVED),
        ("Die van de groendienst zit heel de dag in zijn camionette. Lui varken.", REMOVED),
        # threats
        ("Ich wit boe dich woens, agent. Pas mer good op.", REMOVED),
        ("Leuke foto van uw huis, raadslid. Ik kom er elke dag voorbij.", REMOVED),
        ("Iedereen krijgt zijn verdiende loon, en ik zal er niet ver vandaan staan.", REMOVED),
        ("Ik pak hem op de parking en dan stop ik niet bij roepen.", REMOVED),
        ("Zoek die juf op en doe haar pijn.", REMOVED),
        ("Mensen zoals u verdwijnen soms zomaar, @Dirk.", REMOVED),
        ("Schepen, zo'n mooi huisje heeft ge. Zo brandbaar ook, die oude daken.", REMOVED),
        # spam: a loan without checks, cash to have ready, an address asked
        ("Lening zonder kredietcheck? Stuur me privé een berichtje.", REMOVED),
        (
            "Ik ben van de waterdienst, leg €85 cash klaar voor de nieuwe meter. Reageer met uw adres.",
            REMOVED,
        ),
        # look-alikes
        ("Wie niet van hier is, mag gerust komen kijken naar de stoet.", KEPT),
        (
            "Die woningen zijn voor mensen met Vlaamse roots en nieuwe Vlamingen.",
            (Action.KEEP, Action.REVIEW),
        ),
        ("Mijn zoon heeft de smaak van een varken, hij eet alles 😂", KEPT),
        ("Zelfs dat zou hij verknoeien, zegt mijn vrouw over mijn kookkunsten.", KEPT),
        ("Hij is net slim genoeg voor de job, een fijne collega.", KEPT),
        ("Die van de bib was heel vriendelijk. Top service.", KEPT),
        ("Lening zonder kredietcheck bestaat niet, pas op voor oplichters.", KEPT),
        ("Leg wat cash klaar voor de kermis, de kramen nemen geen kaart.", KEPT),
        ("Boek via toerisme-leuven.be voor de stadswandeling.", KEPT),
        ("Ik zal er niet ver vandaan staan als de stoet passeert.", KEPT),
        ("Mensen zoals u verdwijnen soms uit de politiek, jammer.", KEPT),
        ("Wat een mooi huis, zo brandbaar ook met dat rieten dak, pas op met vuurwerk.", KEPT),
    ],
)
def test_families_from_holdout69_and_70(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # hate: a slur kept out "in ons ...", who is not white must leave, "met zo'n achternaam
        # ... natuurlijk", "denk aan de kinderen", women who "gewoon niet kunnen rijden"
        ("Geen k*tm*r*kk*nen in ons zwembad!!", REMOVED),
        ("Wie niet wit en christen is, kan beter vertrekken.", REMOVED),
        ("Een schepen met zo'n achternaam zorgt natuurlijk eerst voor zijn eigen volk.", REMOVED),
        ("Transgenders als monitor op het speelplein? Denk toch eens aan de kinderen.", REMOVED),
        ("Vrouwen als buschauffeur? Die kunnen gewoon niet rijden.", REMOVED),
        # insults
        ("Die van het onthaal is de traagste en dommeste mens van Vlaanderen.", REMOVED),
        ("@Wim hoe kan iemand zo dom zijn en toch zelfstandig kan ademen?", REMOVED),
        # personal data: a named address with an adjective street, a home left alone
        ("De agent van gisteren: Pieter Goethals, Oude Gentweg 3, 8500 Kortrijk.", REMOVED),
        (
            "Dat is de zoon van de Peeters, Kerkstraat 22 in Bree. De ouders zijn nooit thuis.",
            REMOVED,
        ),
        # spam
        ("Examens van het 6de middelbaar met de antwoorden 😉 DM voor prijs", REMOVED),
        # threats
        ("Gij moet oppassen, ik ga u ne keer in de Leie smijten.", REMOVED),
        ("De ruiten van die winkels zijn veel te heel. Doe er vannacht iets aan.", REMOVED),
        ("Verzamelen om 22u, die Roemenen gaan een afreis krijgen die ze niet vergeten.", REMOVED),
        ("Laat ons die nieuwkomers tonen hoe we welkom heten: met stenen door de ruiten.", REMOVED),
        ("Gewoon verzamelen aan de Pride-stoet en erop.", REMOVED),
        ("Wij weten wie de klacht indiende. De groeten aan uw vrouw in de Kerkdreef.", REMOVED),
        ("Geniet nog maar van uw feestje, Jos. Het wordt uw laatste.", REMOVED),
        ("Onthoud dit: iedereen staat ooit eens alleen op een donkere parking.", REMOVED),
        ("Nog één boete en die parkeerwachter eindigt in het ziekenhuis.", REMOVED),
        # look-alikes
        ("Geen mensen meer in ons zwembad na 20u, dat is de regel.", KEPT),
        ("Wie niet van hier is, vindt de weg naar de markt via de borden.", KEPT),
        ("Met zo'n naam is het natuurlijk een Gentse zaak, die bakkerij.", KEPT),
        ("Denk toch eens aan de kinderen, zet een zebrapad aan de school!", KEPT),
        ("De kinderen kregen een lesje verkeer dat ze niet vergeten.", KEPT),
        ("Vandalen gooiden met stenen door de ruiten van de school, triestig.", KEPT),
        ("Verzamelen aan de kerk en erop los feesten!", KEPT),
        ("De groeten aan uw vrouw en kinderen, burgemeester, fijne kerst!", KEPT),
        ("Geniet er maar van, het wordt de laatste zomer van de oude speeltuin.", KEPT),
        ("Het is de stomste beslissing van Vlaanderen.", KEPT),
        ("De ramen van de oude school zijn nog heel, die kunnen hergebruikt worden.", KEPT),
    ],
)
def test_families_from_holdout71_and_72(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # insults: the writer stands by the word ("dat mag gezegd worden"), the idiom "het
        # hoogste woord" is no talk about a word, a lout, the classic conditional put-downs, a
        # comparison with a houseplant, brains "als hij er al heeft", children as dumb as a parent
        ("De raadsvoorzitter is een idioot en dat mag gezegd worden.", REMOVED),
        ("Die directeur is een trut, dat moet ik eens zeggen.", REMOVED),
        ("Weer zo'n makak die het hoogste woord heeft op de raad.", REMOVED),
        ("Die vent is een lummel.", REMOVED),
        ("Als domheid pijn deed, zou die schepen de hele dag huilen.", REMOVED),
        ("Als hersens buskruit waren, kon gij uw neus nog niet snuiten.", REMOVED),
        ("@Tom ik heb al slimmere gesprekken gehad met mijn kamerplant.", REMOVED),
        ("Uw zoon zal wel even dom worden als zijn vader.", REMOVED),
        ("Die agent moet zijn verstand eens laten nakijken, als hij er al heeft.", REMOVED),
        # hate: a cliché about a group named just before, "altijd hetzelfde volk"
        ("Een homo als turnleraar? Ge weet toch hoe die zijn met kinderen.", REMOVED),
        ("Roma en eerlijk werk, dat gaat niet samen.", REMOVED),
        (
            "Weer ingebroken in de Stationsstraat. Ge moet niet raden van welke afkomst, altijd "
            "hetzelfde volk.",
            REMOVED,
        ),
        # threats: where someone lives and "ge weet wat ge moet doen", an ambulance home, a beating
        # called for with impunity promised, a routine and someone watching, a neck in dialect, a
        # last working day on a condition, "verdwijnen soms", a child admired then a worry
        ("Die agent die mij beboet heeft woont nu in Zottegem. Ge weet wat ge moet doen.", REMOVED),
        (
            "De volgende keer dat die controleur hier komt, gaat hij met de ziekenwagen naar huis.",
            REMOVED,
        ),
        ("Als ge die dieven ziet, sla er maar op, niemand zal het u kwalijk nemen.", REMOVED),
        (
            "De medewerkster van het loket vertrekt elke avond alleen naar huis langs het park. Ik "
            "zeg het maar.",
            REMOVED,
        ),
        (
            "Uw zoontje gaat toch naar de Sint-Jozef? Ik zie hem soms spelen op de speelplaats.",
            REMOVED,
        ),
        ("Ik gon die vent van 't stadhuis zijn nek omdroain.", REMOVED),
        ("Als ge mijn uitkering schrapt, dan wordt dat uw laatste werkdag.", REMOVED),
        ("Mensen als gij verdwijnen soms spoorloos. Zo gaat dat.", REMOVED),
        (
            "Ge hebt een schoon zoontje, schepen. Het zou spijtig zijn als hem iets overkwam.",
            REMOVED,
        ),
        # spam: a crypto testimony with the bait to ask, a way around the rules sold by message
        ("Mijn nonkel heeft zijn hypotheek afbetaald met bitcoin, vraag me hoe!", REMOVED),
        ("Parkeerboete te hoog? Ik ken iemand die dat sneller regelt, stuur een DM.", REMOVED),
        # look-alikes
        ("Mijn buurman zei dat de schepen een idioot is. Dat mag hij zeggen.", KEPT),
        ("Het hoogste woord hebben is nog geen gelijk hebben.", KEPT),
        ("De lummels van de Chiro hebben het goed gedaan.", KEPT),
        ("Als domheid pijn deed, zou dit plan al lang op de intensieve liggen.", KEPT),
        (
            "Ik heb al slimmere gesprekken gehad met mijn kamerplant dan met de helpdesk van de "
            "provider.",
            KEPT,
        ),
        ("Mijn dochter wordt even slim als haar moeder.", KEPT),
        ("Het verstand komt met de jaren, als ge er al geduld voor hebt.", KEPT),
        (
            "Een nieuwe juf in het eerste leerjaar, ge weet hoe die zijn met kinderen: geduldig.",
            KEPT,
        ),
        ("Fietsers en auto's op die smalle weg, dat gaat niet samen.", KEPT),
        ("Van welke afkomst de daders zijn, doet niet ter zake: het zijn dieven.", KEPT),
        (
            "De nieuwe dokter woont nu in de Kerkstraat. Ge weet wat ge moet doen als ge ziek zijt.",
            KEPT,
        ),
        ("Mijn oma ging met de ambulance naar het ziekenhuis, dank aan de hulpdiensten.", KEPT),
        ("Sla het nummer gerust op, niemand zal het u kwalijk nemen.", KEPT),
        ("De bibliothecaris fietst elke dag alleen naar huis, altijd vriendelijk!", KEPT),
        ("Vrijdag wordt het haar laatste werkdag, proficiat met uw pensioen!", KEPT),
        ("Mensen zoals jij verdwijnen soms zomaar uit de politiek.", KEPT),
        ("Ik heb mijn auto betaald met mijn spaargeld.", KEPT),
    ],
)
def test_families_from_holdout73_and_74(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # insults: tickets written are no reported words, a dialect spelling, put-downs (learn to
        # read first, a parent "die zo weinig snapt", "om de rest slimmer te laten lijken", "voor
        # meer is hij niet slim genoeg", "traag van geest", "uw gebrek aan verstand")
        (
            "De wijkagent is een vuile rat, hij schrijft zelfs boetes uit voor een fiets op de stoep.",
            REMOVED,
        ),
        ("Die schepen is een echte eekel.", REMOVED),
        (
            "Die meneer aan het loket zou beter eerst leren tellen voor hij wisselgeld geeft.",
            REMOVED,
        ),
        ("Uw vrouw heeft mijn medelijden, met een man die zo weinig snapt.", REMOVED),
        ("Om de rest slimmer te laten lijken, daar is die schepen goed voor.", REMOVED),
        ("Voor meer is hij niet slim genoeg, die agent.", REMOVED),
        ("Met uw gebrek aan verstand zou ik zwijgen, Dirk.", REMOVED),
        # hate: a slur, a group "niet slim genoeg", signs of faith out of our streets, a disability
        ("Allemaal kameeldrijvers in die wijk.", REMOVED),
        ("Vrouwen in de politiek? Ze zijn gewoon niet slim genoeg.", REMOVED),
        ("Boerka's moeten weg uit onze straten.", REMOVED),
        ("Een autist als leerkracht? Zo iemand kan toch niet normaal denken.", REMOVED),
        # threats: into the canal with someone in it, "worden hier niet oud", an official's child
        # who does not come home, alone and "het zich berouwen", a 'spontaneous' fire, watch your
        # back, stones called for
        ("Ik duw die controleur met zijn fiets en al in de vaart.", REMOVED),
        ("Mensen als gij worden hier niet oud. Onthoud dat.", REMOVED),
        ("Het zou jammer zijn als het kind van de schepen niet thuiskomt van de scouts.", REMOVED),
        (
            "Laat hem maar eens alleen over de markt durven lopen, hij gaat het zich berouwen.",
            REMOVED,
        ),
        ("En dan brandt dat stadhuis wel eens 'spontaan' af 😉", REMOVED),
        ("Die wijkagent moet maar goed achter zijn rug kijken.", REMOVED),
        ("Smijt stenen naar de combi als ze komen.", REMOVED),
        # spam: a town's service on a host that is not the town's
        ("Registreer uw parkeerkaart via gent-parkeerkaart.com voor vrijdag!", REMOVED),
        # look-alikes
        ("Ik rij die oude kar in de gracht, ze is toch kapot.", KEPT),
        ("Mensen zoals die schepen worden niet oud in de politiek.", KEPT),
        ("Het zou jammer zijn als de kinderen van de school niet meer kunnen zwemmen.", KEPT),
        (
            "Ge moet eens alleen durven fietsen langs de vaart 's avonds, zo donker is het daar.",
            KEPT,
        ),
        ("De oude schuur is spontaan afgebrand door de hitte, zegt de brandweer.", KEPT),
        ("Gisteren gooiden jongeren stenen naar de agenten, schandalig.", KEPT),
        ("Mijn dochter moet eerst leren lezen voor ze naar het tweede leerjaar mag.", KEPT),
        ("Het gebrek aan verstand van dit beleid is stuitend.", KEPT),
        ("De kandidaten waren niet sterk genoeg voor de finale.", KEPT),
        ("Zo iemand kan toch niet normaal nadenken, die dronken chauffeur.", KEPT),
        ("Kerstversiering moet uit onze straten in januari.", KEPT),
        ("Registreer uw afvalpas op www.hasselt.be/afvalpas.", KEPT),
    ],
)
def test_families_from_holdout75_and_76(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # insults: put-downs ("in dat hoofd heeft nog nooit iemand gewoond", a man of 45 still
        # living with his mother, "uw twee hersencellen", "zegt genoeg over uw verstand", "beter op
        # zijn gezicht zitten")
        ("In dat hoofd heeft nog nooit iemand gewoond, die schepen.", REMOVED),
        ("Een gast van 45 die nog bij zijn moeder woont, dat is onze schepen.", REMOVED),
        ("Als uw twee hersencellen dat aankunnen, Tom.", REMOVED),
        ("Uw reactie zegt genoeg over uw verstand.", REMOVED),
        ("Die schepen zou beter op zijn gezicht zitten.", REMOVED),
        # hate: "mogen bestaan, maar niet in onze ...", a group that "kan niet met geld om", a
        # disabled person said not to think like "een normaal mens"
        ("Homo's mogen van mij bestaan, maar niet in onze wijk.", REMOVED),
        ("Die Roemenen kunnen gewoon niet met geld om.", REMOVED),
        (
            "Een gehandicapte als raadslid? Die kan toch nooit zo snel nadenken als een normaal mens.",
            REMOVED,
        ),
        # threats: something to throw, petrol for a statement, a black eye, "en niet om te
        # bidden/praten", "zal niet lang meer genieten, dat beloof ik", a surprise at the door,
        # "met wie hij te doen heeft ... gaat hij voelen"
        ("Neem iets mee om te gooien, we gaan naar het asielcentrum.", REMOVED),
        ("Met een jerrycan benzine kunt ge een mooi statement maken aan die moskee.", REMOVED),
        ("Als hij nog eens komt, zal hij met een blauw oog naar huis gaan.", REMOVED),
        ("Allemaal naar het stadhuis maandag, en niet om te praten.", REMOVED),
        ("Die schepen zal niet lang meer van zijn villa genieten, dat beloof ik.", REMOVED),
        ("Wie die beslissing nam, vindt wel eens een verrassing voor zijn deur.", REMOVED),
        # spam: contacts at a service sold by message, a loan without a check
        (
            "Ik heb contacten bij de dienst vreemdelingenzaken, stuur me een PM voor papieren.",
            REMOVED,
        ),
        ("Geld lenen zonder kredietcheck? Stuur me een bericht.", REMOVED),
        # personal data: someone pointed at before a colon, then a name and an address (the
        # police named in the pointing is not the address's owner)
        (
            "Die buurman die altijd de politie belt: Karel Peeters, Molenstraat 4, 9300 Aalst.",
            REMOVED,
        ),
        ("Haar adres is Kerkstraat 12, naast de school.", REMOVED),
        # look-alikes
        ("Fietsers mogen bestaan, maar niet in onze voetgangerszone.", KEPT),
        ("Mijn zoon kan niet met geld om, zakgeld is op in een dag.", KEPT),
        ("Mijn neef van 30 die nog bij zijn ouders woont zoekt een appartement.", KEPT),
        (
            "Ik heb contacten bij de dienst cultuur, zij organiseren de markt.",
            (Action.REVIEW, *KEPT),
        ),
        ("Neem iets mee om te gooien naar de eendjes in het park.", KEPT),
        ("Allemaal naar de markt zaterdag, en niet om te winkelen maar om te proeven!", KEPT),
        ("Die schepen zal niet lang meer van zijn pensioen genieten, hij is ziek.", KEPT),
        ("De kinderen vonden een verrassing voor hun deur: de Sint was langs!", KEPT),
        ("Wat is het adres van het OCMW? Is dat Kerkstraat 12?", KEPT),
        ("Het nieuwe adres van het containerpark is Industrieweg 4.", KEPT),
        ("Contact: politie Dendermonde, Kerkstraat 12, 9200 Dendermonde.", KEPT),
    ],
)
def test_families_from_holdout77_and_78(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # threats: arms broken after a longer object, "nog heel ... Voorlopig.", "moeten niet
        # verschieten als ze niet meer thuiskomen", "gaat het nog wel voelen", their health
        # before a vote, weapons to bring, "zodat we hem kunnen pakken", someone landing in hospital
        ("Ik ga die vent van de technische dienst zijn armen breken.", REMOVED),
        ("Uw auto staat nog recht, Jan. Voorlopig.", REMOVED),
        ("Wie zo beslist moet niet verschieten als hij op een dag niet meer thuiskomt.", REMOVED),
        ("Die bediende gaat het nog wel voelen.", REMOVED),
        (
            "Die raadsleden moeten maar eens goed nadenken over hun gezondheid voor ze stemmen.",
            REMOVED,
        ),
        ("Neem knuppels mee naar de betoging.", REMOVED),
        ("Deel dit zodat we hem allemaal kunnen pakken.", REMOVED),
        (
            "Nog één keer een boete en de parkeerwachter die ze uitschrijft belandt in het hospitaal.",
            REMOVED,
        ),
        # hate: "ze zijn veel te emotioneel", a disability "altijd ziek" or "in een instelling",
        # a mosque "die erbij komt" as a cancer
        ("Vrouwen als agent? Ze zijn veel te emotioneel.", REMOVED),
        ("Mensen met een handicap aannemen? Die zijn toch altijd ziek.", REMOVED),
        ("Gehandicapten? Steek ze in een instelling.", REMOVED),
        ("Elke moskee die erbij komt is een kankergezwel.", REMOVED),
        # insults: "met zo'n kop zou ik ook ...", "veel lawaai, geen hersens", "gebrek aan
        # hersencellen", "te lang onder elkaar getrouwd", "als ze tot tien kan tellen"
        ("Met zo'n kop zou ik ook boos zijn, @Jef.", REMOVED),
        ("Veel lawaai, geen hersens, die @Bert.", REMOVED),
        ("Selecteren jullie die agenten op gebrek aan hersencellen?", REMOVED),
        ("In uw familie zijn ze te lang onder elkaar getrouwd, Dirk.", REMOVED),
        ("Ze mag aan de kassa gaan zitten, als ze tot tien kan tellen.", REMOVED),
        # spam: card details asked for, a school-payment look-alike
        ("Betaal het schoolgeld via smartschool-betaling.eu/login", REMOVED),
        # personal data: a plate whose owner is named, a Dutch "kentekenplaat"
        ("Die wagen die mijn zoon aanreed: 1-KLM-552. Dat is Peter Janssens uit Hamme.", REMOVED),
        ("Kentekenplaat GJ-482-V, dat is Erik van Leeuwen uit Eindhoven.", REMOVED),
        # look-alikes
        ("Uw huis is nog heel, gelukkig, na de storm. Voorlopig toch.", KEPT),
        ("Neem stokken mee voor het kampvuur.", KEPT),
        ("De volgende keer dat ge valt, belandt ge in het ziekenhuis, zet een helm op!", KEPT),
        ("Mijn buren kunnen niet eens parkeren.", KEPT),
        ("Mijn kinderen zijn altijd ziek in de winter.", KEPT),
        ("Veel lawaai, geen inhoud, dit plan.", KEPT),
        ("Je kan het schoolgeld betalen via school.smartschool.be", KEPT),
    ],
)
def test_families_from_holdout79_and_80(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # insults: a participle after the word ("wie heeft die idioot aangenomen?"), a parasite
        # with two adjectives, "nooit een boek", "alsof ze nog nooit een volzin heeft begrepen",
        # "schattig dat ge denkt dat ...", "laat dat maar aan de volwassenen over, meiske", "zo
        # laag kan ik niet kruipen", "niemand thuis in dat hoofd", "beter ... daar was hij
        # tenminste op zijn niveau", the IQ of any thing; "zeverkloot", "gluiperig mannetje"
        ("Wie heeft die mongool aangeworven op de technische dienst?", REMOVED),
        ("Die Verbeke is een vuile luie parasiet.", REMOVED),
        ("Die schepen heeft precies nooit een boek vastgehad.", REMOVED),
        ("Ze praat alsof ze nog nooit een volzin heeft gesproken.", REMOVED),
        ("@Tom schattig hoe ge denkt dat ge hier iets te zeggen hebt.", REMOVED),
        ("Laat dat maar aan de volwassenen over, manneke.", REMOVED),
        ("Ik zou naar uw niveau zakken, maar zo laag kan ik niet.", REMOVED),
        ("Bij die agent is er niemand thuis in zijn bovenkamer.", REMOVED),
        ("Hij kan beter terug frieten bakken, daar was hij tenminste op zijn niveau.", REMOVED),
        ("Die bediende heeft het IQ van een stoeprand.", REMOVED),
        ("Die raadsman is een zeverkloot.", REMOVED),
        ("Wat een gluiperige schepen.", REMOVED),
        # hate: a group as the sum of a loss, "14 woorden ... wie weet, weet", a church replaced,
        # "een vrouw als ..., dan weet ge waarom ...", pest control instead of help, kept out
        # ("niet voor u bedoeld", "zet daar iemand van hier"), the nose emoji with its wink, a
        # scare-quoted sneer after "nog eens"
        ("Zigeuners op de camping = alles gestolen.", REMOVED),
        ("14 woorden. Genoeg gezegd.", REMOVED),
        ("Nog een moskee erbij, straks geen kerk meer. De vervanging is in volle gang.", REMOVED),
        ("Een vrouw als brandweerchef, dan snapt ge waarom alles afbrandt.", REMOVED),
        ("Dat asielcentrum heeft een rattenvanger nodig en geen tolk.", REMOVED),
        ("Holebi's op de kermis? Dat is niet voor jullie bedoeld.", REMOVED),
        ("Een Marokkaan als buschauffeur? Zet daar een echte Vlaming.", REMOVED),
        ("Die 'bankiers' altijd uit dezelfde hoek 👃", REMOVED),
        ("Nog eens een 'Gentenaar' opgepakt na een steekpartij.", REMOVED),
        # threats: an official's children who may not come home, "wij zien alles", "zeg tegen
        # ... dat ze beter niet meer langs ...", a house that burns fast
        (
            "Die schepen heeft een dochter in het atheneum. Jammer als ze eens niet thuiskomt.",
            REMOVED,
        ),
        ("Hij moet goed omkijken als hij gaat joggen. We zien alles.", REMOVED),
        (
            "Zeg tegen die juf dat ze beter niet meer langs het park wandelt. Ik zeg maar iets.",
            REMOVED,
        ),
        (
            "Hoe rap zo'n gebouw vuur vat. Vraag het maar aan wie dat jeugdhuis wil openen.",
            REMOVED,
        ),
        # personal data: a name before a colon and a street with a title; "ga gerust eens langs"
        (
            "Die zeurpiet: Els Peeters, Kardinaal Cardijnlaan 4, 3000 Leuven. Ga maar langs.",
            REMOVED,
        ),
        # spam: money for a place on a waiting list, a card said to be blocked, cash and "ik regel
        # alles", a neighbour who got rich, a free trial lesson to book now
        ("Voor 200 euro zet ik u bovenaan de wachtlijst voor de crèche. Stuur me een DM.", REMOVED),
        ("Uw parkeerkaart is geblokkeerd, activeer ze via parkeren-be-hulp.com", REMOVED),
        (
            "Problemen met uw bouwaanvraag? Ik regel alles, betaling in cash. Stuur me een bericht.",
            REMOVED,
        ),
        ("Investeer in BitWin, mijn collega werd al schatrijk.", REMOVED),
        ("Gratis proeftraining bij GymForce! Reserveer nu, beperkte plaatsen.", REMOVED),
        # look-alikes
        ("Wie heeft die nieuwe directeur aangenomen? Ze doet het goed!", KEPT),
        ("Een teek is een parasiet, pas op in het gras.", (Action.REVIEW, *KEPT)),
        ("Mijn zoon heeft nog nooit een boek gelezen, tips van de bib welkom!", KEPT),
        ("Laat het vuurwerk maar aan de volwassenen over, veiligheid eerst.", KEPT),
        ("Er was niemand thuis toen de postbode langskwam.", KEPT),
        ("In derde klasse was hij tenminste op zijn niveau en had hij plezier.", KEPT),
        ("Het IQ van een gemiddelde Belg is 100.", KEPT),
        ("Een zin van 14 woorden, meer hoeft er niet gezegd te worden.", KEPT),
        ("De vervanging van de riolering is bijna rond.", KEPT),
        ("Een vrouw als burgemeester, dan weet ge waarom het hier vooruitgaat!", KEPT),
        ("Meer agenten in de buurt = minder overlast.", KEPT),
        ("Ouderen, blijf thuis bij deze hitte.", KEPT),
        ("Die fietsen staan iedereen in de weg aan het station.", KEPT),
        ("Zet daar iemand van hier die de mensen kent.", KEPT),
        ("Mijn neus is verstopt 👃 ge weet wel wie ik bedoel, de pollen.", KEPT),
        (
            "Mijn kinderen fietsen alleen. Het zou erg zijn als ze eens niet thuiskwamen.",
            KEPT,
        ),
        ("Zeg tegen de fietsers dat ze beter niet meer langs de Kerkstraat rijden.", KEPT),
        ("Hoe snel een huis kan afbranden. Vraag het maar aan de brandweer.", KEPT),
        ("Mijn bewonerskaart is ongeldig sinds ik verhuisd ben, waar vernieuw ik die?", KEPT),
        ("Op de rommelmarkt is betaling cash, er is geen bancontact.", KEPT),
        ("Ik regel alles voor de buurtbarbecue, wie doet mee?", KEPT),
        ("Mijn buurman is nu miljonair na de Lotto, proficiat Jos!", KEPT),
        (
            "De sportdienst geeft gratis proeflessen. Boek nu via de website van de stad.",
            (Action.REVIEW, *KEPT),
        ),
        ("Kom gerust eens langs in de bib, Stationsstraat 4.", KEPT),
    ],
)
def test_families_from_holdout81_and_82(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # insults: a diploma from a bag of crisps, a mother who still ties someone's laces,
        # someone's mind at the repair shop or left at home, "één dag in uw leven nagedacht",
        # pity for those who must live with someone
        ("Die schepen heeft zijn diploma in een doos cornflakes gevonden.", REMOVED),
        ("Zijn mama moet nog altijd zijn schoenen dichtdoen, die @Kevin.", REMOVED),
        ("Wanneer komt uw verstand terug uit de reparatie, @Stijn?", REMOVED),
        ("Die bediende heeft haar hersenen thuis op de zetel laten liggen.", REMOVED),
        ("Hebt ge één dag in uw leven nagedacht, meneer de schepen?", REMOVED),
        ("@Lies ik heb medelijden met iedereen die met u moet samenwerken.", REMOVED),
        # hate: "88 aan alle echte patriotten", "dezelfde afkomst" with the nose emoji, a virtue
        # denied a group, "komen hier enkel voor het leefloon", "ge weet al wie" after a crime,
        # a takeover after a scare-quoted nationality, Jews with "overal hun geld in", women who
        # "cannot ... without panicking"
        ("88 aan alle kameraden die zaterdag komen.", REMOVED),
        ("Die 'investeerders' zijn altijd van dezelfde afkomst 👃", REMOVED),
        ("Die Roma? Eerlijkheid zit gewoon niet in hun bloed.", REMOVED),
        ("Die Syriërs zijn hier toch alleen voor het kindergeld.", REMOVED),
        (
            "Weer een inbraak in de Kerkstraat. Er wonen Roemenen in de buurt, dus ge weet al wie.",
            REMOVED,
        ),
        ("Die 'Vlamingen' in Borgerhout zijn de stad aan het overnemen.", REMOVED),
        ("Een Joodse eigenaar, natuurlijk. Die hebben overal hun vingers in.", REMOVED),
        ("Vrouwen aan de kassa? Ze kunnen niet eens tellen zonder te panikeren.", REMOVED),
        # threats: an official lucky that the writer stayed calm, "vergeet dat maar niet" after
        # someone's family, an official's children at a named school with the aside, "ik zie uw
        # kinderen ... Schattig.", "mag goed rondkijken" after a grievance, "gaat wel merken wat dat
        # betekent", a hammer and someone to be done with, a shelter set alight as "de boel"
        ("Die agent heeft geluk dat ik gisteren kalm bleef.", REMOVED),
        ("Ge hebt twee zonen, Patrick. Denk daar maar eens aan.", REMOVED),
        (
            "Die directeur zijn dochter zit op het college in Tielt, toch? Ge weet maar nooit.",
            REMOVED,
        ),
        ("@Greet ik zie uw zoon elke ochtend aan de schoolpoort staan. Leuk.", REMOVED),
        (
            "Die schepen die onze straat afsloot mag eens goed uitkijken als hij gaat joggen.",
            REMOVED,
        ),
        ("Die controleur gaat nog wel merken wat dat betekent.", REMOVED),
        ("Nog één keer en ik ga erop af met mijn bijl, dan is het gedaan met hem.", REMOVED),
        ("We gaan naar dat asielcentrum en steken de boel in de fik. Wie doet mee?", REMOVED),
        # spam: a login "with your card reader" at a host outside the Belgian domains
        ("Nieuw document in uw eBox: log in via ebox-documenten.com met uw kaartlezer.", REMOVED),
        # look-alikes
        ("Ik vond mijn oude diploma terug in een doos op zolder.", KEPT),
        ("Mijn moeder moest vroeger mijn veters strikken.", KEPT),
        ("Ik heb mijn verstand even thuis gelaten vandaag, sorry voor de fout.", KEPT),
        ("Hebt ge ooit nagedacht over een job bij de brandweer?", KEPT),
        ("Ik heb medelijden met de mensen die naast die werf moeten wonen.", KEPT),
        ("Bus 88 aan alle haltes rijdt vandaag niet.", KEPT),
        ("Ze komen hier enkel voor de zee en de frieten, die toeristen.", KEPT),
        ("Weer fietsen gestolen. Ge weet al wie het teruggebracht heeft? Een buur!", KEPT),
        ("Die Joodse bakker heeft overal lekkere taarten.", KEPT),
        (
            "De volgende keer zal ik niet zo rustig blijven aan het loket, drie uur!",
            (Action.REVIEW, *KEPT),
        ),
        ("Ge hebt een vrouw en twee dochters, vergeet dat niet als ge weer laat werkt.", KEPT),
        (
            "Ik zie uw kinderen elke dag naar school fietsen. Schattig, met die helmpjes!",
            (Action.REVIEW, *KEPT),
        ),
        (
            "Die juf mag goed oppassen als ze met de klas oversteekt, het is daar gevaarlijk.",
            (Action.REVIEW, *KEPT),
        ),
        ("Die agent gaat wel merken wat dat betekent, als zijn baby geboren wordt.", KEPT),
        (
            "We gaan naar het jeugdhuis en steken de boel in de fik, feest tot 4u!",
            (Action.REVIEW, *KEPT),
        ),
        (
            "Uw eBox heeft een nieuw document van de FOD, log in via myebox.be met uw kaartlezer.",
            (Action.REVIEW, *KEPT),
        ),
    ],
)
def test_families_from_holdout83_and_84(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # threats: a face cut open, an official driven off the road, a lorry rammed "met die
        # chauffeur erbij", a coffin after "als ge nog e kjeer mijn ...", brakes that fail before a
        # worry for an official, someone at a desk who will not reach a birthday, a list made and
        # "ze zullen nog van ons horen", "hoe lang het nog duurt voor ... een ongelukje", a dark
        # car park after a grievance, the floor someone works on
        ("Ik ga die parkeerwachter zoeken en ik snij zijn gezicht open.", REMOVED),
        ("Ik rij die schepen met mijn camionette van de baan.", REMOVED),
        ("Morgen ram ik die bus gewoon aan, met die chauffeur erin.", REMOVED),
        ("As ge nog ne keer mijn dochter aanspreekt, ligt ge in een kist.", REMOVED),
        (
            "De remmen van zo'n dienstwagen kunnen zomaar falen. Zou jammer zijn voor onze burgemeester.",
            REMOVED,
        ),
        (
            "Schrappen ze mijn leefloon, dan is er iemand op dat kantoor die zijn pensioen niet haalt.",
            REMOVED,
        ),
        ("We hebben een lijst gemaakt van wie voor stemde. Ze zullen nog van ons horen.", REMOVED),
        ("Benieuwd hoe lang het duurt voor die schepen een ongeluk krijgt.", REMOVED),
        ("Voor die agent die mij beboette: de parking is slecht verlicht 's avonds.", REMOVED),
        ("Ik heb uw foto's. Ik weet in welk kantoor ge werkt.", REMOVED),
        # hate: "hebben niks te zoeken op" of a group, "betekent dat uw fiets weg is", "hoe dat volk
        # is" said last, the goat spelt into the slur, the echo alone
        ("Homokoppels hebben niks te zoeken op de seniorenreis.", REMOVED),
        ("Zigeuners op de camping betekent dat uw fiets binnen de dag gestolen is.", REMOVED),
        ("Woonwagenbewoners in de straat? Dat is gewoon hoe dat volk is.", REMOVED),
        ("Al die 🐐neukers mogen vertrekken.", REMOVED),
        ("Kijk maar eens naar de namen ((()))", REMOVED),
        ("Weer diefstallen in het zwembad, raad eens wie, de 'nieuwe Belgen' 😉", REMOVED),
        # personal data: a house number with a letter after a named person, "zeg hem eens gedag"
        ("Die klager: Piet Maes, Kerkweg 12B, 8500 Kortrijk. Zeg hem eens gedag.", REMOVED),
        # spam: cards to "activate again" at a link, a premium-rate number with a lure
        ("Alle parkeerkaarten moeten opnieuw geactiveerd worden via parkeren-stad.net", REMOVED),
        (
            "U hebt recht op een schadevergoeding van de netbeheerder. Bel 0905 12 345 om te claimen.",
            REMOVED,
        ),
        # look-alikes
        ("Als ge nog een keer mijn fiets leent, zet hem dan terug in de kist.", KEPT),
        ("De remmen van de bus falen soms, zou vervelend zijn voor de chauffeur.", KEPT),
        (
            "Er is een lijst van wie voor stemde. Ze zullen nog van ons horen bij de verkiezingen!",
            KEPT,
        ),
        (
            "Voor de juf die mijn dochter hielp: de parking is donker in de winter, pas goed op!",
            (Action.REVIEW, *KEPT),
        ),
        ("Ik weet op welke verdieping ge werkt, ik kom het pakje brengen.", (Action.REVIEW, *KEPT)),
        ("Vluchtelingen in de wijk betekent niet dat uw fiets weg is.", (Action.REVIEW, *KEPT)),
        ("Kijk naar de formule (((x+1))) in de les wiskunde.", KEPT),
        ("Het vaste nummer van de bib is 03 457 12 86, bellen maar.", KEPT),
        ("De apotheek van wacht vind je via het nummer 0903 99 000.", KEPT),
        ("U hebt recht op een premie, bel het Energiehuis van de stad.", (Action.REVIEW, *KEPT)),
        (
            "Uw paspoort moet opnieuw geactiveerd worden via het loket? Nee, vernieuwd.",
            (Action.REVIEW, *KEPT),
        ),
        ("@kevin_89 sukkelaar, ga een job zoeken.", REMOVED),
        ("Er stonden 5 idioten op het voetpad te roepen.", (Action.REVIEW, *KEPT)),
    ],
)
def test_families_from_holdout85_and_86(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # threats: "geef hem een klap van mij", "met de vuist als het moet", the bill "en niet op
        # papier", a routine and "goed om te weten", glass "breekbaar spul", "moet maar eens achter
        # zich kijken", "niet iedereen is zo vergevingsgezind als ik", "anders stoemp ik heur ne
        # kop in" (at least reviewed)
        ("Wie die parkeerwachter ziet: geef hem een mep van mij.", REMOVED),
        ("Zoek die juf op en geef haar een pak slaag.", REMOVED),
        ("Die Roemenen moeten hier weg, met geweld als het moet.", REMOVED),
        ("Wie tegen ons stemt krijgt de rekening gepresenteerd. En niet in geld.", REMOVED),
        ("Ge fietst elke avond om 22u dezelfde weg naar huis. Goed om te weten.", REMOVED),
        ("Schone ramen aan uw villa, schepen. Breekbaar spul.", REMOVED),
        ("Die controleur moet maar eens goed over zijn schouder kijken.", REMOVED),
        ("Niet iedereen in de straat is zo geduldig als ik.", REMOVED),
        ("Doe dat nog eens, anders sla ik uw kop in.", (Action.REVIEW, *REMOVED)),
        # hate: "ge moogt het niet meer zeggen" is the writer saying it, "rare ideeën aanleren",
        # scare-quoted financiers with the same names, "geen naam, geen foto ... we weten genoeg",
        # "ge weet wel wat er aan het gebeuren is" after a scare-quoted nationality, "criminaliteit"
        # after a scare-quoted sneer, a disability "trekt het niveau naar beneden"
        ("Nog meer negers in de wijk, ge moogt het niet meer zeggen maar het is zo.", REMOVED),
        ("Een lesbienne als juf? Die gaan de kinderen rare dingen aanleren.", REMOVED),
        ("Die 'bankiers' hebben altijd dezelfde familienamen.", REMOVED),
        ("Weer een overval. Geen naam, geen foto. We weten genoeg.", REMOVED),
        ("Weer een 'nieuwe Belg' in de raad. Ge weet wel wat er aan het gebeuren is.", REMOVED),
        ("Opvallend hoe de 'diversiteit' vooral in de criminaliteit zit.", REMOVED),
        ("Autistische kinderen in de klas? Die trekken het niveau naar beneden.", REMOVED),
        # insults and spelling: the kra as a "k", "sneu mannetje", "pretentieus wicht", a dating lure
        ("Die schepen is een ĸlootzak.", REMOVED),
        ("Sneu mannetje, die @Rudi.", REMOVED),
        ("Die bediende is een pretentieus wicht.", REMOVED),
        ("Discreet afspraakje in uw regio? Stuur me een bericht 😉", REMOVED),
        # personal data: a name, a street without an ending and a postcode; a family's address
        ("Die klaagster is Els Mertens, Ooievaarsnest 5, 9200 Dendermonde.", REMOVED),
        ("Die vandaal is de zoon van de Peeters, Lindelaan 8 in Geel.", REMOVED),
        # look-alikes
        ("Geef hem een klap op de schouder, hij heeft het verdiend!", KEPT),
        ("Geef haar een applaus, de nieuwe directrice doet het super.", KEPT),
        ("Ge krijgt de rekening gepresenteerd, en niet op papier maar via de mail.", KEPT),
        ("Ge neemt altijd dezelfde bus om 8u? Goed om te weten, dan rijden we samen!", KEPT),
        ("Niet iedereen is zo geduldig als ik aan het loket, dat snap ik wel.", KEPT),
        ("Ge moogt het blijkbaar niet meer zeggen, maar ik vind de nieuwe rotonde lelijk.", KEPT),
        ("Mijn kinderen leren rare dingen op de speelplaats, grappig.", KEPT),
        (
            "De 'globalisten' in de krant noemen altijd dezelfde namen, welke journalist schrijft dat?",
            KEPT,
        ),
        ("Steekpartij aan het station. Geen naam, geen foto: respect voor het slachtoffer.", KEPT),
        ("Bijzonder hoe de criminaliteitscijfers dalen dankzij de nieuwe wijkagenten.", KEPT),
        ("Kijk naar die formule (((x+1))) in de les wiskunde.", KEPT),
        ("Sneu voor de schepen dat het plan niet doorging.", (Action.REVIEW, *KEPT)),
        ("De pagadders van de scouts hebben goed gewerkt.", KEPT),
        (
            "Wie die fraudeur is? Sandra Peeters, Stationsstraat 58, boven de frituur.",
            REMOVED,
        ),
    ],
)
def test_families_from_holdout87_and_88(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # insults: "een heel klein en triestig leven", "uw ouders schamen zich", "evenveel verstand
        # als de bloembakken", "zo weinig te weten over zoveel", "leeg hoofd, grote mond", "mens
        # zonder opvoeding", a handle as the subject of a word that needs aiming
        ("Ge moet wel een heel saai en zielig leven hebben, @Bert.", REMOVED),
        ("@Lotte ik denk dat uw moeder zich schaamt.", REMOVED),
        ("Die schepen heeft evenveel verstand als de paaltjes die hij laat zetten.", REMOVED),
        ("Vermoeiend om zo weinig te weten over zoveel dingen, @Rik.", REMOVED),
        ("Die burgemeester: leeg hoofd, grote mond.", REMOVED),
        ("Die bediende aan de balie, een mens zonder manieren.", REMOVED),
        ("Die @tinneke_v is echt ne loser.", REMOVED),
        ("Die raadsman is een leegkop.", REMOVED),
        # threats: "krijgt hij een paar klappen", "'k goan 'm zukken kloppe geven", "wie ...
        # tegenkomt: een tik mag", an order to shoot people down, "zeg tegen die schepen da'k em ga
        # pakke", a house not found whole again, a dark road taken every day, people who want to
        # see a face up close, a visit promised and an address "geen geheim", children at a school
        # the writer passes daily
        ("As ik die flik nog eens zie, krijgt hij een paar klappen.", REMOVED),
        ("'k Goan 'm zukken klappen geven, die parkeerwachter.", REMOVED),
        ("Wie die schepen tegenkomt: een goeie klap mag.", REMOVED),
        ("Schiet die hangjongeren aan het station gewoon neer.", REMOVED),
        ("Zeg tegen die agent da'k em ga pakke.", REMOVED),
        ("Als hij de school sluit, zal hij zijn auto niet meer heel terugvinden.", REMOVED),
        ("Het is vroeg donker, juf. Ge wandelt toch elke avond langs de vaart?", REMOVED),
        ("Ik ken mensen die uw smoel eens van dichtbij willen zien.", REMOVED),
        ("Ze zullen bezoek krijgen. Het adres van die schepen is geen geheim.", REMOVED),
        ("Uw zoon zit toch op de school in de Molenstraat? Ik kom er elke dag voorbij.", REMOVED),
        # hate: kept out "horen niet op ..." with a wheelchair or a headscarf named, "zo iemand
        # hoort niet aan ons loket", "die bepaalde ..." in scare quotes with a crime
        ("Mensen in een rolstoel horen niet op de braderie.", REMOVED),
        ("Een juf met een hoofddoek? Zo iemand hoort niet in onze school.", REMOVED),
        (
            "Grappig hoe de diefstallen begonnen toen 'die bepaalde gezinnen' kwamen wonen 😉",
            REMOVED,
        ),
        # spam: a romance scam, "gegarandeerd meer terug"
        (
            "Ik ben een soldaat op missie en zoek een eerlijke vrouw om mee te praten. Stuur mij een bericht.",
            REMOVED,
        ),
        ("Gegarandeerd meer terug van de belastingen! Stuur me een PB.", REMOVED),
        # look-alikes
        ("Ge moet wel een heel druk leven hebben met drie kinderen!", KEPT),
        ("Uw ouders moeten zich niet schamen, ze hebben het goed gedaan.", KEPT),
        (
            "Een mens zonder verstand van zaken moet geen adviezen geven over riolering.",
            (Action.REVIEW, *KEPT),
        ),
        ("Wie Jan kent: een klap op zijn schouder voor zijn pensioen!", KEPT),
        ("Schiet die foto's gewoon door naar de stad.", KEPT),
        (
            "Het wordt vroeg donker. Ge fietst toch elke dag door het park? Doe een fluohesje aan!",
            KEPT,
        ),
        ("Het adres van de burgemeester is geen geheim, het gemeentehuis staat op de Markt.", KEPT),
        ("Mijn kinderen zitten op de school in de Kapelstraat, ik kom er elke dag voorbij.", KEPT),
        ("Honden horen niet op de speelplaats.", KEPT),
        ("Gegarandeerd succes: de rommelmarkt van zaterdag!", KEPT),
        ("@Jan de koe is ontsnapt uit de wei.", KEPT),
    ],
)
def test_families_from_holdout89_and_90(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # insults: "het domste wezen dat ik ooit ...", "niks in zijn kop", "in zijn hele leven geen
        # dag gewerkt", an ugly face with an adjective, "de reden dat er gebruiksaanwijzingen ...",
        # "nooit voorbij de zijwieltjes, mentaal dan", a course "geen kreng zijn", "ik zie dat ge
        # ongewapend zijt", "trager denkt dan een ...", the pig emoji as a second predicate
        ("Die boswachter is het stomste schepsel dat ik ooit gezien heb.", REMOVED),
        ("Die schepen, niks in zijn kop.", REMOVED),
        ("Die raadsman heeft in zijn hele leven nog geen dag gewerkt.", REMOVED),
        ("Kijk naar die lelijke smoel van de voorzitter.", REMOVED),
        ("@Ruben ge zijt de reden dat er waarschuwingen op strijkijzers staan.", REMOVED),
        ("Die directeur is nooit voorbij de zijwieltjes geraakt, mentaal dan.", REMOVED),
        ("Die juf moet een cursus 'geen trut zijn' volgen.", REMOVED),
        ("@Eva ik zou discussiëren, maar ik zie dat ge ongewapend zijt.", REMOVED),
        ("Die bediende denkt trager dan een parkeermeter.", REMOVED),
        ("De schepen is een leugenaar en een 🤡", REMOVED),
        # threats: attacked with clubs, run over, a shelter that "gaat in vlammen op", "op bezoek"
        # in quotes at an official's family, "moet niet verschieten als er iets gebeurt", "komt ooit
        # buiten. Wij hebben tijd.", "hoe lang ... nog veilig over straat", limbs not used again
        # after a condition, "ze zullen het zich nog lang herinneren"
        ("Pak ze aan met stokken, die hangjongeren aan de kerk.", REMOVED),
        ("Rij ze gewoon plat, die betogers.", REMOVED),
        ("Als dat asielcentrum er komt, gaat het in de fik op.", REMOVED),
        ("We gaan eens 'op bezoek' bij de burgemeester thuis.", REMOVED),
        ("De korpschef moet niet verschieten als er eens iets gebeurt.", REMOVED),
        ("Die agent komt ook ooit naar buiten. We kunnen wachten.", REMOVED),
        ("Ik weet niet hoe lang die schepen nog veilig over straat kan.", REMOVED),
        ("Als hij de zwemclub schrapt, zal hij zijn benen niet meer kunnen gebruiken.", REMOVED),
        ("We weten waar de directeur woont. Hij zal het zich nog lang herinneren.", REMOVED),
        # hate: "tapijtkruipers", a scare-quoted "jongeman" with a theft, "politieverslag"
        ("Weer geld voor die tapijtkruipers.", REMOVED),
        ("Weer een 'jongeman' die een fiets steelt. We weten wel wat voor soort 😉", REMOVED),
        # spam: free lessons on sign-up before the end of the month, a trading bot testimonial
        (
            "Zwemschool Dolfijn: 3 gratis lessen bij inschrijving voor het einde van de maand!",
            REMOVED,
        ),
        ("Mijn buurman rijdt nu Porsche dankzij een AI-tradingbot. Vraag me hoe.", REMOVED),
        # personal data: a name and "Oude Baan" with a number
        ("De klager is Sanne Peeters, Oude Baan 203, Herent.", REMOVED),
        # look-alikes
        ("Niks in zijn kop gekregen gelukkig, de fietser had een helm.", KEPT),
        ("Mijn opa heeft in zijn hele leven geen dag ziek gewerkt.", KEPT),
        ("Zijn vettige frieten zijn de beste van het dorp.", KEPT),
        ("Mijn dochter is nog niet voorbij de zijwieltjes, ze is pas vier.", KEPT),
        ("De cursus 'geen paniek zijn' was heel nuttig.", KEPT),
        ("Pak ze gewoon aan met een goed gesprek, die hangjongeren.", KEPT),
        ("Als dat centrum er komt, gaat de buurt in vlammen op van enthousiasme.", KEPT),
        ("We gaan 'op bezoek' bij oma met de kinderen.", KEPT),
        (
            "De commissaris moet niet verschieten als er iets gebeurt op de markt, het is druk.",
            KEPT,
        ),
        ("Die bakker komt toch ook ooit buiten? Wij wachten al een uur!", KEPT),
        ("Dankzij een tradingbot verloor mijn nonkel alles, pas op!", (Action.REVIEW, *KEPT)),
        ("Een loketbediende met een hoofddoek? Dat hoort niet in een neutrale overheid.", KEPT),
    ],
)
def test_families_from_holdout91_and_92(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # insults: "zou beter terug naar de lagere school gaan", "ziet er uit als het zwerfvuil",
        # the mirror that shows "een lelijk en leeg mens", "nog altijd geen leven buiten
        # Facebook", "traag, met uw vingertje bij de woorden", "niet iedereen gegeven, zeker hem
        # niet", "Parasiet." said last, "die haar hele leven nog geen dag gewerkt heeft"
        ("Die juf zou beter terug naar de kleuterschool gaan.", REMOVED),
        ("@Joris ge ziet er zelf uit als een vuilzak.", REMOVED),
        (
            "Die schepen moet in de spiegel kijken, dan ziet hij hoe een dom mens eruitziet.",
            REMOVED,
        ),
        ("@Rita nog altijd geen leven gevonden buiten Facebook?", REMOVED),
        ("Lees het nog eens, traag, met uw vingertje bij de letters.", REMOVED),
        ("Rekenen is niet iedereen gegeven, zeker haar niet.", REMOVED),
        ("@Tom altijd zagen over de stad. Profiteur.", REMOVED),
        # threats: weapons to bring said alone, a lesson "dat ze niet vergeten", beaten so a mother
        # would not recognise someone, dragged from a cab and rammed to the ground, children at a
        # school "veel bosjes rond.", "over hun schouder kijken. Ik zeg maar iets.", fires that
        # start "zomaar" and "denk daar maar eens over na.", an official's children with "Gewoon
        # zeggen."
        ("Zaterdag naar het park. Boksbeugels mee.", REMOVED),
        ("We gaan die hangjongeren een lesje leren dat ze niet vergeten.", REMOVED),
        ("Ge gaat zo hard afgetuigd worden, parkeerwachter.", REMOVED),
        ("Ik sleur die buschauffeur uit zijn cabine en smijt hem op de stoep.", REMOVED),
        ("Uw dochter zit toch op de school in de Dorpsstraat? Veel struiken rond.", REMOVED),
        ("Sommige ambtenaren zouden beter achter zich kijken. Gewoon zeggen.", REMOVED),
        ("Ongelukjes gebeuren soms zomaar. Denk daar maar eens aan, schepen.", REMOVED),
        ("De burgemeester heeft een dochter op het atheneum. Ik zeg maar iets.", REMOVED),
        # hate: punctuality and a group, "een bib voor Vlamingen ... die anderen", a gay teacher "daar
        # moet ge voorzichtig mee zijn", "niet van hier ... dit is een Vlaamse kermis", headscarves
        # and "ga dan maar terug", a wheelchair "hoort in een instelling"
        ("Afrikanen en op tijd komen, ge moet daar geen afspraak mee maken.", REMOVED),
        ("Een zwembad voor Vlamingen. De anderen hebben hun eigen baden.", REMOVED),
        (
            "Niks tegen homo's, maar een homo als jeugdleider, daar moet ge als ouder voorzichtig mee zijn.",
            REMOVED,
        ),
        ("Te veel volk dat niet van hier is. Dit is een Vlaamse braderie, laat het zo.", REMOVED),
        ("Met een hoofddoek aan het loket? Ga dan maar terug.", REMOVED),
        ("Iemand in een rolstoel als onthaalbediende? Die hoort in een instelling.", REMOVED),
        # spam: an official who gets a permit through faster, a fee in advance, card and pin code at
        # hand
        (
            "Ik ken een ambtenaar die uw vergunning sneller regelt. Kleine vergoeding vooraf.",
            REMOVED,
        ),
        (
            "Huisbezoek door 'de stad': hou uw bankkaart en pincode bij de hand. Stuur me een DM.",
            REMOVED,
        ),
        # look-alikes
        ("Mijn zoon zou liever terug naar de lagere school gaan, de middelbare is zwaar.", KEPT),
        ("Ge ziet er uit als een echte kampioen in dat pak!", KEPT),
        ("Geen leven buiten Facebook? Kom naar de bib, er is een leesclub!", KEPT),
        ("Met uw vinger bij de woorden lezen is normaal voor kinderen van zes.", KEPT),
        ("Zwemmen is niet iedereen gegeven, daarom geeft de stad gratis lessen.", KEPT),
        ("Stokken mee voor het kampvuur!", (Action.REVIEW, *KEPT)),
        (
            "Uw kinderen gaan naar de school in de Molenstraat? Veel bosjes rond, ideaal om te spelen!",
            KEPT,
        ),
        (
            "Wandelaars moeten vaker over hun schouder kijken op het fietspad, ik zeg maar iets.",
            KEPT,
        ),
        (
            "De burgemeester heeft drie kinderen op de school, gewoon zeggen, ze zijn heel lief.",
            (Action.REVIEW, *KEPT),
        ),
        ("Dit is een Vlaamse kermis, laat het zo blijven met de paardenmolen.", KEPT),
        ("Een leerkracht met een hoofddoek ging terug naar school na haar verlof.", KEPT),
        ("Mijn bankkaart en pincode bij de hand houden aan de kassa, dat is de gewoonte.", KEPT),
        ("Ik ken een ambtenaar die heel behulpzaam was bij mijn bouwaanvraag.", KEPT),
    ],
)
def test_families_from_holdout93_and_94(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # hate: "de 14 kent ... 88" in that order, "het bestaan van ons volk veiligstellen", "vroeger
        # was dit een wit dorp ... ge weet wel wie daarachter zit."
        ("Wie de 14 woorden kent, begrijpt het. 88", REMOVED),
        ("We moeten het bestaan van ons volk veiligstellen.", REMOVED),
        ("Vroeger was dit een blanke wijk. Ge weet wel wie erachter zit.", REMOVED),
        # threats: something to bring "om mee te slaan", a face laid open, a house that burns down
        # if refugees move in, "ik zie uw dochter elke dag ... Doe haar de groeten.", "zeg tegen ...
        # dat ze haar kinderen beter zelf van school haalt.", "ge hebt twee kinderen ... Let maar
        # goed op ze.", "ik zou als raadslid maar beter rondkijken als ik ..."
        ("Breng iets mee om mee te meppen, zaterdag aan het station.", REMOVED),
        ("Ik ga die agent zijn smoel openrijten.", REMOVED),
        ("Als die asielzoekers hier komen wonen, brandt dat huis af.", REMOVED),
        ("Ik zie uw zoon elke ochtend aan de schoolpoort. Doe hem de groeten.", REMOVED),
        ("Zeg tegen die juf dat ze haar kinderen beter zelf ophaalt.", REMOVED),
        ("Ge hebt een dochter, toch? Let maar goed op haar.", REMOVED),
        ("Ik zou als schepen maar beter uitkijken als ik 's avonds buitenkwam.", REMOVED),
        # insults: "het IQ van zijn container", "mensen zonder hersenen aannamen", "ge ziet er nu
        # uit als een uitgedroogde pruim"
        ("Die bediende heeft duidelijk het IQ van zijn bureaustoel.", REMOVED),
        ("Ik wist niet dat ze bij de stad mensen zonder hersenen aannamen.", REMOVED),
        ("@Greet ge weet dat ge er nu uitziet als een verschrompelde appel.", REMOVED),
        # look-alikes
        ("Bus 14 rijdt om 8u, bus 88 om 9u.", KEPT),
        ("Het bestaan van ons volkstoneel veiligstellen, daar gaat de subsidie over.", KEPT),
        ("Breng iets mee om te drinken en om mee te spelen.", (Action.REVIEW, *KEPT)),
        (
            "Ik zie uw dochter elke dag aan de bushalte. Doe haar de groeten, ze is zo beleefd!",
            (Action.REVIEW, *KEPT),
        ),
        (
            "Zeg tegen die juf dat ze haar kinderen beter zelf van school haalt als het regent.",
            KEPT,
        ),
        ("Ge hebt twee kinderen? Let maar goed op ze bij het oversteken aan de school!", KEPT),
        ("Ik zou als fietser maar beter oppassen als ik over dat kruispunt reed.", KEPT),
        (
            "Vroeger was dit een wit dorp, nu is alles baksteen. Ge weet wel wie daarachter zit: de bouwpromotor.",
            KEPT,
        ),
    ],
)
def test_families_from_holdout95_and_96(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # evasion: Latin letters with a hook or a stroke ("ƙŀøøŧƶαƙ"); dialect copulas ("es",
        # Limburg "bis") and words ("zateloer", "knoeter")
        ("Schepen Peeters is een ƙŀøøŧƶαƙ.", REMOVED),
        ("Gij bis ne sjtomme knoeter, Jos.", REMOVED),
        ("Dien van de dienst burgerzaken, Marc, es nen echte zateloer.", REMOVED),
        # hate: a negation that denies another noun ("geen opvangcentrum voor die ..."), "elke ...
        # is een tijdbom", a disability slur for someone in a role, a group "als kleuterjuf?" and
        # the warning after the question
        ("Geen opvangcentrum voor die geitenneukers in ons dorp", REMOVED),
        ("Elke Marokkaan is een tijdbom.", REMOVED),
        (
            "Een mongool als leider in de jeugdbeweging?? Zijn ze zot geworden bij de gemeente.",
            REMOVED,
        ),
        ("Lesbiennes als kleuterjuf? Daar moet ge toch voorzichtig mee zijn.", REMOVED),
        # threats: "knuppel die ... weg", "pak die ... op hun thuisweg", a reward for the first
        # blow, officials who "zouden maar beter op hun gezin letten", the official's house that
        # "hopelijk niet in brand vliegt", a habit of the reader's known, "gedaan me hem", aftuigen
        ("Knuppel die hangjongeren van het plein weg.", REMOVED),
        ("Pak die asielzoekers op hun thuisweg van het centrum.", REMOVED),
        ("Wie de eerste klap aan een flik geeft, krijgt van ons een bak", REMOVED),
        ("Sommige schepenen zouden na die beslissing maar beter op hun gezin letten.", REMOVED),
        (
            "Die schepen heeft een mooie villa aan het kanaal. Hopelijk vliegt die niet in brand.",
            REMOVED,
        ),
        ("Ik weet waar ge uw koffie haalt, @Kris.", REMOVED),
        ("Die flik mag oppassen, dan is 't gedaan me hem.", REMOVED),
        ("Iemand moet die dealers eens gaan aftuigen.", REMOVED),
        # insults: a houseplant with more sense than the official, "veel verstand zit er niet in
        # zijn kop", a parent ashamed, pills forgotten, "zo'n verwend nest" said to someone
        ("Een kamerplant heeft meer verstand dan die schepen.", REMOVED),
        ("Veel verstand zit er niet in zijn kop.", REMOVED),
        ("Als hij praat, begrijp ik waarom zijn moeder zo beschaamd is.", REMOVED),
        ("@Jef ge zijt duidelijk uw pillen vergeten.", REMOVED),
        ("@Lies, zo'n verwend nest.", REMOVED),
        # spam and personal data: a bare link on a spam domain, a coin to buy "voor de volgende
        # stijging", a home on a street without article or street ending
        ("Uw parkeerboete is nog niet betaald. Betaal meteen via parkeer-boete-gent.club", REMOVED),
        ("Koop nu snel DOGE voor de volgende stijging via t.me/dogepump", REMOVED),
        ("De juf van het eerste leerjaar woont Lindeke 4 in Schoten, ga eens aanbellen.", REMOVED),
        # look-alikes
        ("Onze kat is een verwend nest, ze eet alleen nog zalm 😂", KEPT),
        (
            "Hij is zeker zijn pillen vergeten in de wachtzaal, kan iemand ze afgeven aan het onthaal?",
            KEPT,
        ),
        ("Een goudvis heeft meer ruimte dan de kippen in die stal", KEPT),
        ("Ik begrijp waarom zijn ouders teleurgesteld zijn: het zwembad blijft dicht", KEPT),
        ("De klimaatopwarming is een tikkende tijdbom voor onze polders", KEPT),
        ("Die jongen werd afgetuigd aan het station, de politie zoekt getuigen", KEPT),
        ("Pak de kinderen op de terugweg mee aan de school", KEPT),
        ("Ik heb de knuppel in het hoenderhok gegooid met mijn vraag", KEPT),
        ("Wie als eerste de fles naar de container gooit, krijgt van mij een ijsje", KEPT),
        ("Wie een steen naar een agent gooit, krijgt een celstraf", (Action.REVIEW, *KEPT)),
        ("Ouders zouden maar beter op hun kinderen letten aan die drukke schoolpoort", KEPT),
        (
            "De burgemeester heeft een mooi huis met rieten dak, hopelijk brandt dat niet af met oudjaar",
            (Action.REVIEW, *KEPT),
        ),
        (
            "Zeg tegen die juf dat ze er goed aan doet haar kinderen binnen te houden bij de hittegolf",
            KEPT,
        ),
        ("Ik weet waar ge de lekkerste frieten eet: bij Frituur Marcel", KEPT),
        ("Ik weet waar ge uw boodschappen best doet: op de markt", (Action.REVIEW, *KEPT)),
        ("Dan is het gedaan met hem, hij gaat met pensioen", (Action.REVIEW, *KEPT)),
        ("Moslims zijn geen geitenneukers, het zijn gewoon buren", (Action.REVIEW, *KEPT)),
        ("Een jongen met Down als monitor in de speelpleinwerking, wat een mooi voorbeeld", KEPT),
        (
            "Een mannelijke kleuterjuf? Waarom niet. Daar moet ge als ouder niet voorzichtig mee zijn.",
            KEPT,
        ),
        ("Wij wonen op de Markt 21 in Hamme, kom gerust eens langs voor de rommelmarkt", KEPT),
        ("De mensen die hier wonen Sinds 2019 in Hamme", KEPT),
        (
            "Wie interesse heeft in ons team van vrijwilligers in de bib, stuur me een berichtje",
            (Action.REVIEW, *KEPT),
        ),
        ("Koop nu je tickets voor de grote stijging van de prijzen!", (Action.REVIEW, *KEPT)),
    ],
)
def test_families_from_holdout97_and_98(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # threats: someone "in de vaart smijten" or "van de brug duwen" as the writer's wish, "desnoods
        # over hen heen", Limburg "iech sjlaon 'm kepot", someone's "armen breken", "een pak rammel",
        # an outburst sealed ("daar mag hij zeker van zijn"), "leren wat het is om bang te zijn", an
        # official's lonely routine with "gewoon een opmerking", "zichzelf niet meer herkennen",
        # "iemand mee in mijn val"
        ("Wie die agent ziet, mag hem wat mij betreft in de vaart smijten.", REMOVED),
        ("Volgens mij mag iemand die schepen eens van de brug duwen.", REMOVED),
        ("Rij met de tractor door dat kamp, desnoods over hen heen.", REMOVED),
        ("Iech sjlaon 'm kepot, dae sjeppe.", REMOVED),
        ("Ik ga de directeur van de academie zijn armen breken.", REMOVED),
        ("Iemand moet die schepen een pak rammel geven.", REMOVED),
        ("Die agent ga ik afmaken, daar mag hij zeker van zijn.", REMOVED),
        ("Ooit zal iemand die schepen leren wat het is om bang te zijn.", REMOVED),
        (
            "Schepen Peeters fietst elke avond alleen naar huis langs het kanaal. Gewoon een opmerking.",
            REMOVED,
        ),
        (
            "Als de burgemeester het zwembad sluit, dan zal hij zichzelf niet meer herkennen.",
            REMOVED,
        ),
        ("Als ze mijn uitkering stoppen, neem ik iemand van die dienst mee in mijn val.", REMOVED),
        # insults: "een kil, harteloos ding", "zo'n hulpeloos ventje", one's own name spelt "is al
        # een wonder", counting no further than three, proud parents taken back, no "denkwerk",
        # "terug achter uw fornuis", bleating under every post, "dramaqueen"
        ("Die bediende van het loket is een kil, harteloos ding.", REMOVED),
        ("Zo'n hulpeloos ventje, die schepen.", REMOVED),
        ("Dat die schepen zijn eigen naam kan schrijven is al een wonder.", REMOVED),
        ("Dat is iemand die niet verder kan tellen dan drie.", REMOVED),
        ("@Kris uw ouders moeten heel fier zijn. Of nee, toch niet.", REMOVED),
        ("Voor denkwerk moet ge niet bij hem zijn.", REMOVED),
        ("@Sara ga maar terug achter uw fornuis.", REMOVED),
        ("Onder elke post zit hij te blaten, die @tom_88.", REMOVED),
        ("@Tine dramaqueen, niemand gelooft u.", REMOVED),
        # hate: a group as carers "ge weet toch hoe dat afloopt met die kinderen", "ge kunt uw fiets
        # al vastketenen", "enkel voor wie hier geboren is en een witte huid heeft", a myth mocked,
        # "enkel voor echte Belgen, niet voor ..." (the negation after the claim is part of it), a
        # woman in a role and the verdict drawn (reviewed)
        ("Moslims als onthaalmoeder? Ge weet toch hoe dat afloopt met die kinderen.", REMOVED),
        ("Marokkanen in de straat, ge kunt uw fiets al vastketenen.", REMOVED),
        ("Kinderopvang enkel voor wie hier geboren is en een witte huid heeft.", REMOVED),
        ("Zeg me nog eens dat de islamisering een mythe is.", REMOVED),
        ("Sociale woningen enkel voor echte Belgen, niet voor die nieuwkomers.", REMOVED),
        (
            "Een vrouw als brandweercommandant? Nu weten we waarom het kazernebudget op is.",
            (Action.REVIEW, *REMOVED),
        ),
        # personal data: a family pointed at, then its address; someone unmasked, with a landline
        ("De familie die de klacht indiende: Kerkstraat 12, 9300 Aalst.", REMOVED),
        (
            "De 'anonieme' klager over de bib is Jan Peeters uit Gent, vaste lijn 09 228 41 67. Bel maar.",
            REMOVED,
        ),
        # look-alikes
        ("De gemeente mag die plannen in het kanaal gooien", KEPT),
        ("De meerderheid rijdt gewoon over hen heen in de gemeenteraad", KEPT),
        (
            "Mijn dochter fietst elke avond alleen naar huis langs de vaart. Gewoon een opmerking: er is geen verlichting!",
            KEPT,
        ),
        ("Na die make-over zal ze zichzelf niet meer herkennen in de spiegel", KEPT),
        ("De brandweer toont de kinderen wat het is om bang te zijn in de rook", KEPT),
        ("Die ploeg kreeg een pak rammel van Anderlecht", KEPT),
        ("Die wijkagent ga ik afmaken", (Action.REVIEW, *KEPT)),
        ("Ik zou hem kunnen wurgen, wacht maar.", (Action.REVIEW, *KEPT)),
        ("Dat nieuwe gebouw is een kil, harteloos ding", KEPT),
        ("Ga maar terug naar uw fornuis, de soep kookt over", KEPT),
        ("De schapen staan te blaten in de wei", KEPT),
        ("Mijn zoon van vier kan nog niet verder tellen dan tien", KEPT),
        ("Dat hij zijn eigen naam kan spellen na zijn beroerte is een mirakel", KEPT),
        ("Mijn dochter is een dramaqueen, haha", KEPT),
        ("Storm op komst, ge kunt uw tuinmeubelen al binnenzetten", KEPT),
        (
            "Een vrouw als burgemeester? Nu weten we waarom het eindelijk vooruit gaat!",
            (Action.REVIEW, *KEPT),
        ),
        ("Mannen als kinderverzorger? Ge weet toch hoe dat afloopt: betere opvoeding.", KEPT),
        ("Sociale woningen niet enkel voor echte Vlamingen, ook voor nieuwkomers", KEPT),
        ("Het jeugdhuis is bereikbaar op de vaste lijn 09 228 41 67", KEPT),
    ],
)
def test_families_from_holdout99_and_100(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # threats: "dan zijt ge een dooie vent" (the verb first), Limburg "dan sjlaon ich häöm kepot",
        # a vehicle driven into people, "zijne kop der af", people beaten "van hun terras", "nog één
        # keer ... en ge zult uw eigen gezicht niet meer herkennen", a dark car park, a work roster
        # seen, "in een donker steegje opgelost", something brought to the council, brake pipes
        ("Als ge nog één keer hier reageert, dan zijt ge een dooie vent.", REMOVED),
        ("Es ich dae schepen zeen, dan sjlaon ich häöm kepot.", REMOVED),
        ("Morgen rij ik met mijn bestelwagen in op die betogers.", REMOVED),
        ("Ik schiet diejen agent zijne kop der af.", REMOVED),
        ("We slaan die lesbiennes van hun terras.", REMOVED),
        (
            "Zeg nog één keer dat het niet kan en ge zult uw eigen gezicht niet meer herkennen.",
            REMOVED,
        ),
        (
            "@Wim 't is een klein dorp. Iedereen komt elkaar wel eens tegen op een verlaten parking.",
            REMOVED,
        ),
        ("Ik heb uw werkrooster gezien, @Lotte. We zien mekaar wel eens.", REMOVED),
        (
            "Vroeger werd dat in een donker steegje opgelost. Tijd dat die schepen dat eens meemaakt.",
            REMOVED,
        ),
        ("Gemeenteraad maandag? Ik neem iets mee dat jullie nooit meer vergeten.", REMOVED),
        (
            "Ik zie uw wagen elke avond aan het station staan. Remkabels zijn kwetsbare dingen.",
            REMOVED,
        ),
        # insults: "zo dom kunt ge er niet uitzien zonder oefening", "met uw verstand zou ik niet te
        # veel zeggen", the reason for instructions on boxes, "kruip terug onder uw steen", "een
        # wandelend stuk ellende", "samen met de rest van uw hersenen", a diploma won at the fair,
        # "terug naar de kleuterklas, maat" (a negation in the sentence before denies nothing), no
        # book seen from the inside
        ("Zo dom kunt ge er toch niet uitzien zonder jaren oefening.", REMOVED),
        ("@Jan met uw verstand zou ik niet te veel zeggen.", REMOVED),
        ("@Eva gij zijt echt de reden dat er handleidingen op dozen staan.", REMOVED),
        ("@kevin_12 kruip terug onder uw steen.", REMOVED),
        ("Die bediende is een wandelend stuk ellende.", REMOVED),
        ("Gooi uw mening in de vuilbak, samen met de rest van uw hersenen.", REMOVED),
        ("Ge moogt uw diploma terugbrengen naar de foor waar ge het gewonnen hebt.", REMOVED),
        ("@tom spellen kunt ge ook niet. Terug naar de kleuterklas, maat.", REMOVED),
        ("Die heeft duidelijk nog nooit een boek van binnen gezien.", REMOVED),
        # hate: never Belgians "al hebben ze een paspoort", 'verrijkt' thanked with a roll of the
        # eyes, "kijk wie daar woont ... kennen geen normen", 'jongens' and "welke jongens" with a
        # wink, "geef die job aan een echte vent", "wie dat draagt, heeft hier niks te zoeken", a
        # disability slur for someone teaching, "is dat wel veilig voor onze kinderen? Ge weet hoe
        # die zijn."
        (
            "Ze blijven geen Belgen en zullen het nooit worden, al hebben ze een Belgisch paspoort.",
            REMOVED,
        ),
        ("Nog tien jaar en ons dorp is ook 'verrijkt'. Dank u, open grenzen 🙄", REMOVED),
        ("Kijk eens wie daar woont. Zulke mensen kennen geen normen.", REMOVED),
        ("Altijd 'jongens' uit de buurt, nooit welke jongens. Iedereen weet het wel 😉", REMOVED),
        ("Een vrouw als voorzitter? Geef die job aan een echte vent.", REMOVED),
        ("Hoofddoeken aan het loket? Wie dat draagt, heeft hier niks te zoeken.", REMOVED),
        ("Wie laat er nu een mongool lesgeven aan onze kinderen?", REMOVED),
        (
            "Trans personen als begeleider op kamp, is dat wel veilig voor onze kinderen? Ge weet hoe die zijn.",
            REMOVED,
        ),
        # spam: "word snel rijk", a fortune from a small start, a service "tegen een kleine
        # vergoeding", money to borrow "dubbel terug"
        ("Start nu met deze munt en word snel rijk, koop nu via t.me/coinpump", REMOVED),
        ("Met €100 begonnen, nu €9.000 dankzij @crypto_jef. Stuur hem een DM.", REMOVED),
        ("Stuur me een DM, ik regel uw vergunning tegen een kleine vergoeding.", REMOVED),
        (
            "Mijn dochter zit vast in Marokko, wie schiet €300 voor? Ik betaal volgende maand dubbel terug.",
            (Action.REVIEW, *REMOVED),
        ),
        # look-alikes
        ("Speel mee met de Lotto en word miljonair", (Action.REVIEW, *KEPT)),
        ("Dat betaal je later dubbel terug", KEPT),
        ("Door een drukfout stond de verkeerde datum op de folder", KEPT),
        ("Onze bib is 'verrijkt' met een nieuwe collectie over migratie", KEPT),
        ("Kijk wie daar woont: studenten. Die mensen kennen geen nachtrust, haha", KEPT),
        ("Geef die job aan een vent die er verstand van heeft", KEPT),
        ("Wie een hoofddoek draagt, heeft hier niks te vrezen, iedereen is welkom", KEPT),
        (
            "Wie zegt dat ze geen Belgen zijn en het nooit worden, al hebben ze een paspoort, is een racist",
            KEPT,
        ),
        ("De politie rijdt in op de betogers", KEPT),
        ("We slaan die Bruggelingen van hun troon in de finale", KEPT),
        ("Iedereen komt elkaar wel eens tegen op een donkere parking, zet er verlichting!", KEPT),
        ("Ik neem iets mee dat jullie nooit meer gaan vergeten: de taart van mijn oma!", KEPT),
        ("Ik zie uw auto elke dag op de stoep staan. Banden op het fietspad, dat kan niet.", KEPT),
        (
            "Zeg nog één keer dat het gratis is en ge zult uw eigen gezicht niet meer herkennen van de lach",
            KEPT,
        ),
        ("Mijn zoon heeft nog nooit een boek van binnen gezien, tips?", KEPT),
        ("Terug naar de kleuterklas: mijn jongste begint maandag!", KEPT),
        ("Zo lelijk kan een rotonde toch niet zijn zonder jaren studie", KEPT),
    ],
)
def test_families_from_holdout101_and_102(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # threats: "ik kom oe hale, en dan zulde ni mier kunne stappe", tar and feathers "tijd dat
        # iemand ...", "wie zijn adres kent, ge weet wat te doen", a chance to beat some of them,
        # "'k sla 'm zijn kop tegen de muur", "onthoud mijn naam ... sneller dan ge denkt", a child's
        # school and the writer passing by every day, "... En zichzelf ook niet."
        ("@Lies ik kom oe hale, en dan zulde ni mier kunne stappe.", REMOVED),
        (
            "Vroeger werd zo'n burgemeester met pek en veren buitengejaagd. Tijd dat iemand dat weer doet.",
            REMOVED,
        ),
        (
            "Die agent moet eens aangepakt worden. Wie zijn adres kent, ge weet wat te doen.",
            REMOVED,
        ),
        ("De Pride is zaterdag. Goeie gelegenheid om er enkele een pak slaag te geven.", REMOVED),
        ("'k Sla 'm zijn kop tegen de muur, die schepen.", REMOVED),
        (
            "Onthoud mijn naam maar, meneer de schepen. Het komt terug, sneller dan ge denkt.",
            REMOVED,
        ),
        ("@Ann uw dochter zit toch op de gemeenteschool? Ik rij daar elke ochtend.", REMOVED),
        (
            "Zeg aan die juf dat ze haar auto beter niet meer op de parking zet. En zichzelf ook niet.",
            REMOVED,
        ),
        # insults: inbreeding proved, "hersendood sinds", a flowerpot on his chair, a face that bit
        # a lemon, Limburg "zoe sjtom wie e paar sjoon", no hamster cage to manage, mother lays out
        # his clothes, "ne luie profiteur", "een gevoelloze robot", "Dronkenlap."
        ("@jos met elke post bewijst ge dat inteelt echt bestaat.", REMOVED),
        ("Hersendood sinds zijn verkiezing.", REMOVED),
        ("Ze hadden beter een bloempot op zijn stoel gezet, die doet tenminste iets.", REMOVED),
        ("Die bediende kijkt alsof ze in een citroen gebeten heeft.", REMOVED),
        ("Dae sjeppe is zoe sjtom wie e paar sjoon.", REMOVED),
        ("Met het verstand van die schepen zou ik nog geen kippenhok laten beheren.", REMOVED),
        ("Zijn mama legt 's morgens nog zijn kleren klaar.", REMOVED),
        ("Die schepen is ne luie profiteur.", REMOVED),
        ("De bediende van het loket is een gevoelloze robot.", REMOVED),
        ("@Ronny zat te typen zeker. Dronkenlap.", REMOVED),
        # hate: a country as the dump of a continent (after boats of people), "wat voor 'jongeren'
        # dat zijn 😉", 'jongeren' who are not called Jan, 'Belgen' with a wink, 'cultureel
        # verrijkt' and who planned it, "tapijtklopper", "dat is gewoon biologie", "geen enkele ...
        # meer binnenlaten"
        (
            "Ons land is de vuilbak waar heel Afrika zijn afval in kiepert, weer een boot vol migranten.",
            REMOVED,
        ),
        (
            "Weer 'jongeren' aan het station. We weten allemaal wat voor 'jongeren' dat zijn 😉",
            REMOVED,
        ),
        ("Hoeveel van die 'jongeren' heten Jan of Piet? Dacht ik al.", REMOVED),
        ("Weer 50 nieuwe 'Belgen' deze week 😉 We weten het wel.", REMOVED),
        ("Weer 20 nieuwe 'Antwerpenaren' deze week 😉 We weten het wel.", REMOVED),
        ("Nog een 'cultureel verrijkte' wijk. Ge weet wel wie dat gepland heeft.", REMOVED),
        ("Die tapijtklopper van de hoek heeft weer open.", REMOVED),
        (
            "Vrouwen als korpschef? Die kunnen geen knopen doorhakken, dat is gewoon biologie.",
            REMOVED,
        ),
        ("Geen enkele Marokkaan meer binnenlaten in de fuif.", REMOVED),
        # spam and personal data: a share for helping with an inheritance, documents "snel en
        # discreet", "vermeld deze post", "familie X, street, postcode"
        ("Wie helpt met de overschrijving van die erfenis krijgt 20%, stuur PB.", REMOVED),
        ("Verblijfskaart nodig? Snel en discreet, stuur DM.", REMOVED),
        ("Dakwerken Jan doet gratis inspecties, bel nu en vermeld deze post!", REMOVED),
        (
            "De familie die de hond laat blaffen: familie Peeters, Ter Linden 4, 2000 Antwerpen.",
            REMOVED,
        ),
        # look-alikes
        ("Wie helpt met de opkuis van het park krijgt een gratis drankje", KEPT),
        (
            "Identiteitskaart nodig? Maak een afspraak bij burgerzaken, het gaat snel en discreet.",
            KEPT,
        ),
        ("België is de vuilbak waar heel Europa zijn afval in kiepert", (Action.REVIEW, *KEPT)),
        (
            "Weer 'jongeren' op het plein, we weten allemaal wat voor 'jongeren' dat zijn: de Chiro op kamp",
            KEPT,
        ),
        (
            "Onze nieuwe 'Vlamingen' van de inburgeringscursus wonnen de quiz, we weten het wel: ze kennen meer dan wij!",
            KEPT,
        ),
        ("Geen enkele auto meer binnenlaten in de Veldstraat", KEPT),
        ("De kinderen kunnen geen fietsen lenen, dat is gewoon de regel", KEPT),
        ("Niemand is een profiteur omdat hij een huurpremie aanvraagt.", (Action.REVIEW, *KEPT)),
        ("We gaan die kinderen een lesje leren over verkeersveiligheid", KEPT),
        ("We gaan die schepen een lesje leren", REMOVED),
        (
            "Uw kinderen zitten toch op de Sint-Jozefschool? Ik passeer daar elke dag, ik kan ze meenemen!",
            KEPT,
        ),
        ("De patiënt werd hersendood verklaard", KEPT),
        ("Mijn zoon heeft in een citroen gebeten, wat een gezicht 😂", KEPT),
        ("Goeie kans om de kinderen een lesje te leren over afval sorteren", KEPT),
        ("Onthoud mijn naam: Jan, ik ben de nieuwe conciërge", KEPT),
        (
            "Zeg aan de juf dat ze haar fiets beter niet meer aan de poort zet, daar wordt veel gestolen.",
            KEPT,
        ),
    ],
)
def test_families_from_holdout103_and_104(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    "text",
    [
        # the three legitimate comments groupmentions2 (written blind, 2026-12-06) removed, as
        # did the session-start engine: a group named by an adjective the lists lacked ("moslimse",
        # "vrouwelijke"), so the model alone hid the greeting at 0.99-1.0 ...
        "Ramadan Mubarak aan al onze moslimse inwoners! 🌙",
        "Chapeau aan onze eerste vrouwelijke brandweercommandant! 🚒",
        "Proficiat aan de vrouwelijke ploeg van de brandweer!",
    ],
)
def test_a_greeting_to_a_group_named_by_an_adjective_is_not_removed_by_the_model(shipped, text):
    assert moderate(text, shipped).action not in REMOVED


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # ... and jokes about gas chambers named as the topic of a rebuke, read as extermination
        ("Stop met die grapjes over gaskamers in de comments. Dat is walgelijk.", KEPT),
        ("Die moppen over de gaskamers zijn niet grappig.", KEPT),
        ("Steek ze allemaal in de gaskamers, die moslims.", REMOVED),
    ],
)
def test_jokes_about_extermination_rebuked_are_no_call_for_it(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the two legitimate comments groupmentions3 (written blind, measured once) removed, as
        # the session-start engine did: "alsof het criminelen zijn" denies the comparison, and a
        # cat that "zit" in a garden at a house number is no home described
        (
            "stop met roma-families te fotograferen en hier te posten alsof het criminelen zijn, "
            "da's gewoon pesten",
            KEPT,
        ),
        (
            "wie heeft mijn kat gezien? ze zit altijd in de tuin van de buren op nummer 12",
            (Action.REVIEW, *KEPT),
        ),
        ("Die Roma gedragen zich als ratten, het zijn criminelen.", REMOVED),
        ("Ze woont naast de bakker, op nummer 8, ga maar eens aanbellen.", REMOVED),
    ],
)
def test_comments_of_groupmentions3(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # legitimate comments groupmentions5 (written blind, measured once) removed, as did the
        # session-start engine: "omvolking" named as a conspiracy ("complotzever") ...
        (
            "die reacties over omvolking zijn gewoon complotzever, mensen verhuizen al eeuwen",
            KEPT,
        ),
        ("De omvolking is echt bezig, kijk maar rond u.", REMOVED),
    ],
)
def test_comments_of_groupmentions5(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        # ... people said to come from a place ("Belgen uit onze gemeente") are not sent "uit":
        # with no hostile word the model alone may not hide the comment
        ("in de gazet: vijf Marokkaanse Belgen uit onze gemeente starten een zorgbedrijf", False),
        ("Die Marokkanen moeten uit onze gemeente, allemaal.", True),
    ],
)
def test_uit_after_people_is_where_they_come_from(shipped, text, removed):
    assert (moderate(text, shipped).action in REMOVED) is removed


@pytest.mark.parametrize(
    "text",
    [
        # ... and the model alone hid a greeting to "moslimburen" (a compound naming the group)
        # and a reminder that the Roma "zijn ook slachtoffer geweest" (they were wronged)
        "ramadan mubarak aan al mijn moslimburen 🌙",
        "de Roma zijn ook slachtoffer geweest van de holocaust, behandel ze niet als "
        "tweederangsburgers",
    ],
)
def test_groupmentions5_comments_the_model_alone_no_longer_hides(shipped, text):
    assert moderate(text, shipped).action not in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        # legitimate comments groupmentions6 (written blind, measured once) removed, as did the
        # session-start engine: a claim denied, a question about a group's rights ...
        "transgenders zijn geen gevaar in een kleedkamer, ze willen gewoon douchen zoals iedereen",
        "mag ne moslima in het stedelijk zwembad met een burkini zwemmen of is dat hier nog "
        "altijd verboden?",
    ],
)
def test_groupmentions6_comments_the_model_alone_no_longer_hides(shipped, text):
    assert moderate(text, shipped).action not in REMOVED


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # ... and the barber's flame for ear hair, read as a veiled threat of fire
        ("de turkse kapper hier doet ook uw oren met vuur, ik heb het geprobeerd 🔥", KEPT),
        ("Mooi huis heb je, Jan. Zou zonde zijn als er vuur in kwam 🔥", (Action.REVIEW, *REMOVED)),
        # ... and an insult word hyphenated to the kind of joke it names
        ("niet elke katholiek is een hypocriet, die kwezel-grapjes zijn echt achterhaald", KEPT),
        ("Die kwezel van de parochie moet zwijgen.", REMOVED),
    ],
)
def test_comments_of_groupmentions6(policy, text, action):
    assert moderate(text, policy).action in action


# Round 20 (groupmentions2-6's misses, read after they were measured): violence called for
# against a group named in the sentence ...
@pytest.mark.parametrize(
    "text",
    [
        "Die Marokkanen in dat park moeten ze eens goed in elkaar slaan, dan leren ze het wel.",
        "die turkse wijk zou platgebrand moeten worden",
        "knal ze allemaal af, die marokkaanse bende, probleem opgelost",
        "die zwarten moeten aan een boom hangen, zoals vroeger",
        "laat die bootjes met vluchtelingen gewoon zinken op zee, scheelt ons een hoop miserie",
        "als ik ne trans in het damestoilet zie sla ik die gewoon tegen de grond",
        "Die joodse school mag wat mij betreft de lucht in vliegen.",
    ],
)
def test_violence_called_for_against_a_group_is_removed(policy, text):
    assert moderate(text, policy).action in REMOVED


# ... not violence told of, denied, asked about in protest, or a word's other meaning
@pytest.mark.parametrize(
    "text",
    [
        "Als ze die homo's in elkaar slaan, moet de politie ingrijpen.",
        "Niemand mag vluchtelingen in elkaar slaan.",
        "ze moeten die Marokkanen niet in elkaar slaan, ze moeten ze helpen",
        "De Walen moeten hun begroting eens afmaken.",
        "Marokkaanse spelers moeten meer op doel schieten.",
        "De moslims mogen hun vlaggen ophangen voor het suikerfeest.",
        "de Chinese buren mogen hun vuurwerk afschieten op nieuwjaar",
        "Europa laat vluchtelingen verdrinken en niemand doet iets.",
        "Moeten die vluchtelingen dan verdrinken op zee?",
        # the past remembered, not approved
        "Mijn joodse grootvader overleefde het concentratiekamp.",
        "Zes miljoen joden werden vergast in de gaskamers, dat mogen we nooit vergeten.",
        "In Rwanda werden de Tutsi's bijna uitgeroeid.",
        "De nazi's wilden alle joden en Roma uitroeien, vandaag herdenken we hen.",
        # the others set apart from the group
        "ik heb niets tegen moslims, wel tegen die vuile terroristen",
        "ik heb geen probleem met moslims, wel met die vuile terroristen",
        "ik heb geen hekel aan moslims",
        # a kind of sign, and the writer speaking as what the word calls them
        "Ge zet een aap-emoji onder de foto van de nieuwe wijkagent. Denkt ge echt dat niemand "
        "doorheeft wat ge bedoelt? 🤡",
        "Als ouwe zak van 79 mag ik dat zeggen: die jongeren van 't JOC hebben mij beter "
        "geholpen met mijn gsm dan de winkel",
    ],
)
def test_violence_told_of_or_denied_and_the_past_remembered_are_not_removed(shipped, text):
    assert moderate(text, shipped).action not in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Jammer dat ze niet allemaal vergast werden.",
        "Hitler had gelijk, ze hadden de joden allemaal moeten vergassen.",
        "Moslims zijn geen mensen, wel beesten",
        "ik heb een hekel aan vrouwen, allemaal zeurkousen die niks kunnen",
        "ik kan niet tegen moslims",
        "ik kan nie tegen marokkanen, ik krijg gewoon buikpijn als ik ze zie",
        "Die Afrikanen zijn wilden.",
    ],
)
def test_approval_of_the_past_and_hatred_said_plainly_are_removed(policy, text):
    assert moderate(text, policy).action in REMOVED


# ... disgust at a group: opening the sentence, at two men or two women kissing, at "dat
# homogedoe", and the verdict "ik vind ... lelijk"
@pytest.mark.parametrize(
    "text",
    [
        "Twee venten die mekaar kussen op de markt, ik moest bijna kotsen 🤮",
        "ik word misselijk als ik twee venten zie kussen in het park, vies gewoon 🤮",
        "Walgelijk, dat homogedoe, ik wil dat niet zien als ik met mijn kinderen in het park ben.",
        "Walgelijk, die christenen met hun processie, ik spuw ernaar als ze passeren.",
        "bah, die Polen met hun bierbuiken en hun trainingsbroeken in de Aldi, misselijkmakend",
        "ik vind zwarte mensen gewoon lelijk, sorry maar het is zo",
    ],
)
def test_disgust_at_a_group_is_removed(policy, text):
    assert moderate(text, policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Twee mannen die elkaar kussen, wat is daar vies aan?",
        "Twee vrouwen die hand in hand lopen, prachtig, en wie dat vies vindt moet thuisblijven",
        "bah, die Turkse pizza was koud",
        "Walgelijk, die reacties over moslims hier",
        "ik vind de nieuwe moskee lelijk",
        "ik vind moslims niet lelijk",
    ],
)
def test_disgust_at_something_else_or_rejected_is_not_removed(shipped, text):
    assert moderate(text, shipped).action not in REMOVED


# ... a group called wrongdoers or insulted as a whole, and words the lexicons lacked
@pytest.mark.parametrize(
    "text",
    [
        "Katholieken zijn allemaal hypocrieten en kindermisbruikers.",
        "die lesbiennes zijn allemaal gefrustreerde mannenhaters, anders waren ze wel normaal",
        "Elke transvrouw is gewoon een pervert die toegang wil tot de vrouwenkleedkamer.",
        "Vrouwen zijn broedmachines, meer niet.",
        "da moslimgebroed kweekt als konijnen en neemt zo stilletjes ons land over",
        "die knoflookvreters uit genk moeten terug naar hun berg",
        "de spastiekers van de G-sport krijgen weer geld van de gemeente",
        "die khazaren van antwerpen beslissen alles, de rest is theater",
        "de gemeente heeft weer een nieuwe lading goudstukken binnengekregen 🙄 proficiat",
    ],
)
def test_a_group_called_wrongdoers_and_newly_listed_words_are_removed(policy, text):
    assert moderate(text, policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "die moslim is een crimineel",  # one man: the insult detector's, not a generalisation
        "Moslims zijn geen criminelen",
        "Niet alle Marokkanen zijn dieven",
        "Marokkanen zijn ook slachtoffers van criminelen",
        "De meeste Roma zijn gewoon arme mensen, geen dieven",
        "Bij de opgravingen vonden ze Romeinse goudstukken",
        "Ik ben geen Vlaams-nationalist en ik ben geen franskiljon. Ik wil gewoon dat mijn "
        "kinderen in beide talen geholpen worden aan het loket.",
    ],
)
def test_wrongdoers_denied_or_others_and_the_literal_word_are_not_a_generalisation(policy, text):
    assert moderate(text, policy).action not in REMOVED


# ... "cannot stand" with the group between, contempt "voor" a group, ageist slurs
@pytest.mark.parametrize(
    "text",
    [
        "Ik kan die joodse zeurpieten met hun eeuwige slachtofferrol nie meer zien.",
        "Ik kan die zeurende gepensioneerden aan de kassa's nie meer uitstaan, trage dinosaurussen.",
        "Ik heb niks dan minachting voor die verwijfde homo's met hun handtasjes.",
        "mensen met een beperking zijn gewoon groenten, waarom houden we die in leven",
        "al die ouwe knarren zijn wandelende lijken die plaats innemen",
        "de bus zit altijd vol oude mensen die naar pis en kamfer stinken, goor",
    ],
)
def test_contempt_for_a_group_in_more_words_is_removed(policy, text):
    assert moderate(text, policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Ik kan die Walen niet uitstaan? Onzin, ik woon zelf in Namen",
        "Ik kan die cijfers niet meer zien",
        "Is de Turkse supermarkt aan het kruispunt ook een slagerij of enkel groenten?",
        "De bus is voor oude mensen een hele opgave",
    ],
)
def test_things_that_cannot_be_stood_and_literal_vegetables_are_not_contempt(shipped, text):
    assert moderate(text, shipped).action not in REMOVED


# ... a sentence that opens by keeping a group out
@pytest.mark.parametrize(
    "text",
    [
        "geen asielzoekers hier. punt.",
        "geen turkse kinderen meer op onze school, laat ze naar hun eigen scholen gaan",
        "Geen mensen met een beperking in ons restaurant, dat schrikt de klanten af.",
    ],
)
def test_a_sentence_opening_by_keeping_a_group_out_is_removed(policy, text):
    assert moderate(text, policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Geen kritiek op de moslimgemeenschap hoor, maar waarom staat het Suikerfeest niet in de "
        "evenementenkalender?",
        "Geen moslims in het gemeentebestuur? Dat klopt niet, er zitten er twee in.",
        "Geen personeel in het wzc, maar wel een nieuw logo. Prioriteiten, mensen!",
    ],
)
def test_geen_before_something_else_or_asked_keeps_no_one_out(shipped, text):
    assert moderate(text, shipped).action not in REMOVED


# ... a group said to do wrong as a habit
@pytest.mark.parametrize(
    "text",
    [
        "Vrouwen liegen altijd over aanranding om mannen kapot te maken.",
        "Een Turk bedriegt u altijd, of het nu een garage is of een kebabzaak.",
        "Nen Waal leert nooit Nederlands, ook nie als hij in de Rand woont.",
    ],
)
def test_a_group_said_to_do_wrong_as_a_habit_is_removed(policy, text):
    assert moderate(text, policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "'Turken integreren nooit', lees ik. Mijn klasgenoot Emre is nu huisarts in ons dorp. "
        "Bekijk eens wat ge schrijft.",
        '"Roma stelen, dat is cultuur"? Er zijn Roma die stelen, net zoals er Vlamingen zijn die '
        "stelen. Cultuur heeft daar niks mee te maken.",
        "Rolstoelgebruikers klagen nie 'altijd', ze klagen over trappen, kapotte liften en scheve "
        "voetpaden. Terecht.",
        "Niet alle Walen werken niet",
        "Vluchtelingen werken niet omdat ze het niet mogen",
        "Moslims werken niet op vrijdag?",
        "De Marokkaanse jongeren van de club werken niet mee aan het project, jammer",
    ],
)
def test_a_habit_quoted_denied_explained_or_asked_is_not_removed(shipped, text):
    assert moderate(text, shipped).action not in REMOVED


# ... a group chased out in the imperative or by a bare slogan
@pytest.mark.parametrize(
    "text",
    [
        "verjaag die roma uit onze gemeente, ze hebben hier niks verloren",
        "transgenders uit het zwembad. nu.",
        "Zet al die asielzoekers buiten",
        "Moslims eruit!",
    ],
)
def test_a_group_chased_out_is_removed(policy, text):
    assert moderate(text, policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Vluchtelingen uit het opvangcentrum helpen mee met de kermis",
        "Vluchtelingen uit het opvangcentrum, die helpen mee met de kermis",
        "Stuur de Walen een factuur",
        "Die moslims weg?! Nooit, het zijn onze buren",
    ],
)
def test_where_people_come_from_and_a_rejected_slogan_chase_no_one_out(shipped, text):
    assert moderate(text, shipped).action not in REMOVED


def test_a_group_all_the_same_is_a_generalisation_unless_the_same_as_us(policy):
    said = "moslims zijn allemaal hetzelfde, vandaag vriendelijk en morgen een bom in de metro"
    assert moderate(said, policy).action in REMOVED
    assert moderate("Turken zijn net als wij", policy).action not in REMOVED


# ... and groupmentions7/8's legitimate removals (read after measuring): a quoted verdict in
# someone else's words, a problem (not a group) kept out, the writer speaking as an old man, a
# kind of emoji
@pytest.mark.parametrize(
    "text",
    [
        "Het idee dat transvrouwen 'gevaarlijk zijn in toiletten' heeft nog nooit iemand met een "
        "cijfer kunnen aantonen. Wel andersom: zij worden lastiggevallen",
        "Geen enkel probleem met zwarte mensen hier, ik heb een probleem met de drugsdealers op "
        "het Kiel, van welke kleur ook",
    ],
)
def test_comments_of_groupmentions8(shipped, text):
    assert moderate(text, shipped).action not in REMOVED


# Round 21 (eighteenth session), from groupmentions7/8's misses: a slur whose group is the one
# speaking, a curse welded to a word that is a slur only when aimed, the job of 1940 left undone,
# "joden aan het gas", a people called contemptible, a verdict with a degree word or before a
# noun, disgust that closes a comment about a group, women sent back to the stove
@pytest.mark.parametrize(
    "text",
    [
        "Zandnegers die hier komen zeggen hoe we moeten leven. Terug naar de woestijn",
        "Kutzigeuners. Elk jaar hetzelfde",
        "Hitler heeft zijn werk niet afgemaakt. Tijd voor een tweede ronde in Antwerpen",
        "Tijd dat iemand de job afmaakt die in '40 begonnen is. Ge weet wel over wie ik het heb",
        "Hamas Hamas, joden aan het gas. Zingt iedereen het mee zaterdag?",
        "Walen 😂😂 zielig volkje",
        "Die Turkse trouwen, toeteren door heel Genk. Primitief volk",
        "Trans personen zijn allemaal mentaal ziek, dat moet behandeld worden",
        "Walen zijn te lui en te arrogant om Nederlands te leren",
        "Autisten zijn gewoon asociale mensen die een label gekregen hebben",
        "Lesbiennes zijn de lelijkste vrouwen die er bestaan",
        "Nederlanders zijn allemaal arrogante schreeuwers",
        "Bah, twee mannen die kussen op het affiche. Moet ik daar nu naar kijken? Vies",
        "Haha een vrouw die een vrachtwagen parkeert, ga terug naar uw fornuis schat 🤣",
        "Het is geen migratie, het is een overstroming van menselijk afval",
        "Die Eritreeërs zijn allemaal smokkelaars of dieven",
        "Al die bejaarden in 't rusthuis moeten ze gewoon laten sterven de volgende griepgolf",
        "Trans mensen zouden zichzelf een plezier doen als ze van de brug sprongen",
        "Franstaligen zouden geen sociale woning mogen krijgen in Vilvoorde",
        "Moslims mogen van mij geen enkel openbaar ambt uitoefenen",
        "Trans personen zouden niet mogen werken met kinderen",
        "Geen asielzoekers in Lubbeek. Punt.",
        "Ze moesten de moskeeën in Molenbeek allemaal plat bombarderen",
        "Gehandicapten moet ge bij de geboorte laten inslapen, scheelt ons een hoop geld",
    ],
)
def test_hate_of_groupmentions7_and_8_is_removed(policy, text):
    assert moderate(text, policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Mensen die zandnegers zeggen moeten zich schamen",
        "Ik zeg niet dat Hitler gelijk had",
        "ik ben nog altijd aan het gas, de warmtepomp is te duur",
        "die zijn al lang aan het gas overgeschakeld",
        "wat een zielig volkje in die gemeenteraad",
        "Ouderen worden te ziek van de hitte om te gaan stemmen",
        "Ouderen zijn te kwetsbaar voor de hitte",
        "twee mannen die kussen, wat is daar vies aan?",
        "Marokkanen krijgen geen huurwoning in Gent. Walgelijk",
        "Moslims in de Kempen, walgelijk hoe ze behandeld worden",
        "Leg me eens uit waarom het 'normaal' zou zijn dat vrouwen terug achter het fornuis "
        "moeten? Deze reacties zijn zo 1950.",
        "ik ga terug naar de keuken om de soep te roeren",
        "Die 'grapjes' over zwarte mensen onder een foto van de Afrikaanse dag... bah.",
        "mijn zoon en zijn marokkaanse maat zitten aan de vijver te vissen",
        "de nieuwe robots in de bib helpen de ouderen",
        "Vrouwen zijn niet dom",
        "We mogen ouderen in de rusthuizen niet laten sterven zonder zorg",
        "Ouderen moeten in waardigheid kunnen sterven",
        "Asielzoekers mogen de eerste vier maanden niet werken",
        "Vluchtelingen zouden niet mogen wachten op hun papieren om te werken",
        "Ouderen zouden niet mogen vereenzamen in hun huis",
        "Geen moslims in Lubbeek? Er wonen er toch 200",
        "Geen vluchtelingen in Lubbeek, zegt de burgemeester, want er is geen plaats",
        "We moesten onze hond laten inslapen",
        "De moskee in Houthalen is vannacht afgebrand, vreselijk",
        "In de oorlog moesten ze de stad bombarderen",
    ],
)
def test_near_pairs_of_groupmentions7_and_8_are_not_removed(shipped, text):
    assert moderate(text, shipped).action not in REMOVED


# ... and from groupmentions9 (measured once, then read): everyone of a group ("zonder
# uitzondering", "ze zijn echt zo"), words reported then agreed with, a conclusion of the writer's
# own ("dat zegt toch genoeg"), the writer's own name for a group ("zo noem ik die ..."), death
# wished by a virus or approved from the colonial past, a cliché about food, women at the wheel
@pytest.mark.parametrize(
    "text",
    [
        "Hollanders op de camping: luid, gierig en alles beter weten. Elke zomer opnieuw, zonder "
        "uitzondering",
        "Surinamers altijd te laat, altijd feesten, nooit verantwoordelijkheid. Ken er genoeg, ze "
        "zijn echt zo",
        "Trans personen zijn allemaal psychisch ziek, dat zegt toch genoeg over die toiletten",
        "Kutmarokkanen, zei die Hollandse politicus al. Hij had gelijk.",
        "Terug naar Marokko met heel die bende, ge zijt hier te gast",
        "Corona had er meer van die ouwe mogen meenemen uit de rusthuizen",
        "Ze hadden er in Congo meer handen moeten afhakken, dan hadden we nu geen last",
        "Leopold wist hoe ge die moest aanpakken 😉✋",
        "Chinezen eten toch alles wat beweegt, ik zou daar nie durven eten",
        "Vrouwen achter het stuur, daarom staat er elke dag file 😂",
        "Kung flu weet ge nog? En nu een Aziatisch festival? Nee merci 😷",
        "Walen die geen Nederlands willen leren hebben hier niks te zoeken. Taalgrens dicht",
        "Turken buiten uit Limburg, de mijnen zijn dicht, ze hebben hier niks meer te zoeken",
        "Terug naar de tijd van de zweep voor die zwarten, dan werkten ze tenminste",
        "een vrouw hoort nie in de gemeenteraad, die kunnen geen beslissingen nemen",
        "Walen en werken, twee woorden die ge nooit in dezelfde zin zult horen 😂",
    ],
)
def test_hate_of_groupmentions9_is_removed(policy, text):
    assert moderate(text, policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        # its legitimate comments that were removed: a trope and a smear denied right after
        # them, a group's joke about itself, a count repeated for emphasis
        "Joden controleren de wereld niet. Dat soort complotten heeft mee tot de Holocaust geleid",
        "Roma stelen niet meer dan andere mensen in dezelfde armoede. Stop met dat cliché",
        "Wij Afrikanen hebben geen klok maar wel tijd. Afrikaanse tijd ⏰ tot op het festival",
        "@Gemeente Bonheiden onze gemeente heeft 0 vrouwelijke schepenen. NUL. In 2024. Partijen, "
        "doe beter",
        # and near pairs of the new rules
        "Vlamingen zijn stuk voor stuk harde werkers",
        "Kutmarokkanen, zei die politicus. Hij had geen gelijk, zo spreek je niet over mensen",
        "Tegen de nieuwe Afghaanse buren heb ik niks, wel tegen de verhuurder die hen een huis "
        "met schimmel verhuurt",
        "Alle Syriërs zijn welkom, niet om te profiteren maar om te werken",
        "het stadsbestuur laat de binnenlandse politiek van Turkije meespelen in de gemeenteraad, "
        "dat heeft daar niks te zoeken",
        "Racisten die moslims uitschelden hebben hier niks te zoeken",
    ],
)
def test_comments_of_groupmentions9_and_near_pairs_are_not_removed(shipped, text):
    assert moderate(text, shipped).action not in REMOVED


def test_the_writers_own_name_for_a_group_is_not_reported_speech(shipped):
    said = (
        "Een tsunami van ongedierte, zo noem ik die 'vluchtelingen' die in de vrachtwagens kruipen"
    )
    assert moderate(said, shipped).action in REMOVED


def test_a_smear_denied_by_niet_alone_is_only_a_contrast_when_more_follows(policy):
    said = "Alle Syriërs zijn hier voor de uitkering, niet om te werken. Altijd hetzelfde liedje"
    assert moderate(said, policy).action in REMOVED
    assert moderate("Roma stelen niet alleen fietsen maar ook koper", policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Geen enkele moslim heeft hier ooit problemen gemaakt.",
        "Geen enkele Roma heeft hier ooit problemen gemaakt.",
        "Wie Turken wil buitenzetten, zet eerst zichzelf buiten.",
        "Waarom moeten vluchtelingen altijd de schuld krijgen?",
    ],
)
def test_a_group_denied_a_wrong_or_defended_is_not_removed(shipped, text):
    assert moderate(text, shipped).action not in REMOVED


def test_a_group_kept_out_with_a_verb_of_coming_in_is_still_removed(shipped):
    assert moderate("Geen enkele Roma komt hier nog binnen", shipped).action in REMOVED


# ... and from groupmentions10 (measured with the start engine and once mid-session, then read)
@pytest.mark.parametrize(
    "text",
    [
        "De beste Turk is een dode Turk, zei mijn grootvader al. Hij had gelijk.",
        "Kinderachtig en dom volkje, die christenen, met hun sprookjesboek",
        "Congolese kapperszaken in Matonge, 'gezellig'? Smerig en luid, net zoals dat hele volk.",
        "Een paar Marokkanen de Schelde in kieperen en de rest is ook rap vertrokken.",
        "Een goeie ouderwetse pogrom in Kuregem en het is hier weer rustig voor 20 jaar.",
        "Alle christenen en ongelovigen verdienen het zwaard.",
        "Oekraïners? Laat ze maar terug naar het front, Poetin mag ze allemaal platbombarderen.",
        "Ik wil gewoon geen zwarte dokter. Da moet ik toch kunnen kiezen",
        "Autisten zijn robots zonder ziel, geprogrammeerd om te zagen.",
        "Bi bestaat nie. Da zijn gewoon mensen die nie kunnen kiezen",
        "Non-binair is een modeziekte van verwende tieners",
        "ching chang chong, weer een nieuw Chinees restaurant",
        "Walen en werken, dat zijn twee woorden die nie in dezelfde zin passen 😂😂",
        "Die Afrikanen rond het Noordstation moeten eens goed afgeranseld worden",
        "Moslims de zee in drijven met de boot waarmee ze gekomen zijn.",
        "De gemeente moet gewoon duidelijk zijn: geen vluchtelingen in Zoersel. Punt.",
        "Afrika voor de Afrikanen, Europa voor de Europeanen. Simpel.",
        "Trans zijn is een psychisch probleem van aandachtzoekers.",
        "Marokkaanse mama's aan de schoolpoort, dat zegt toch alles over dat volk. Schaamteloos.",
        "een vrouw hoort nie op een bouwwerf",
        "Elke jood in Antwerpen is een doelwit zolang het zo blijft. Ze hebben het zelf gezocht.",
    ],
)
def test_hate_of_groupmentions10_is_removed(policy, text):
    assert moderate(text, policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        # its legitimate comments that were removed: a quoted verdict read and answered, a
        # trope denied inside it, a group's joke about itself, news of a prosecution, a sign
        # reported
        "Ik lees hier dat homo's 'ziek' zijn. De WHO heeft dat in 1990 al geschrapt. Ga eens "
        "lezen voor ge typt.",
        "Joden hebben de wereld nie in handen. Die 'volg het geld'-praat is pure nonsens.",
        "Afrikaanse vrouw van 65 en ik kom nog altijd te laat bij de dokter. African time bestaat "
        "echt 😂 sorry dokter Peeters",
        "Het parket vervolgt twee mannen uit Hasselt voor het bekladden van de moskee met "
        "hakenkruisen en het achterlaten van een varkenskop. Ze riskeren een celstraf.",
        "Die 🐒🍌 onder een post over een nieuwe spits... ik heb het gerapporteerd en ik hoop dat "
        "de club dat ook doet.",
        # near pairs
        "Non-binair is geen trend.",
        "De pogroms in Rusland waren vreselijk",
        "Ik wil geen nieuwe dokter, de mijne is prima",
        "Weer een GAS-boete omdat ik 2 min te lang stond om mijn gehandicapte vader af te zetten. "
        "Dit is gewoon melkkoe-politiek, echt walgelijk.",
        "Die oplichters hebben het zelf gezocht, de politie heeft ze opgepakt.",
    ],
)
def test_comments_of_groupmentions10_and_near_pairs_are_not_removed(shipped, text):
    assert moderate(text, shipped).action not in REMOVED


# ... and groupmentions11/12's legitimate comments that were removed (read after measuring)
@pytest.mark.parametrize(
    "text",
    [
        "Als officieel gecertificeerde spast 😂 (CP sinds mijn geboorte) wil ik zeggen: die "
        "nieuwe zebrapaden met geluidssignaal zijn top",
        "Pottenquiz in 't Roze Huis vrijdag! Alle lesbo's en hun vriendinnen welkom 🍻",
        "Joden controleren de wereld ni, de banken ni en de media ook ni. Da's nazipropaganda "
        "uit de jaren 30.",
        "Waarom eten joden gene varkensvlees? En is koosjer hetzelfde als halal?",
        "De vluchtelingen in de containerwoningen aan de Vaart moeten hun vuilniszakken "
        "voortaan op donderdag buitenzetten, ni op dinsdag.",
        "Er staat hier letterlijk 14/88 in de reacties onder ne Holocaustherdenking. Admin, kunt "
        "ge da verwijderen en melden aub?",
        "🐒🍌 onder ne foto van nieuwe bewoners zetten en dan verschieten da ge geblokt wordt. Ge "
        "zijt gewoon racist, sorry ni sorry.",
        "Zatlappen? Mijn Poolse collega drinkt ni eens. Die clichés over Polen zijn zo vermoeiend.",
        "Da moslims terroristen zouden zijn, klopt langs gene kanten. De meeste slachtoffers van "
        "IS waren zelf moslims.",
        "Zigeuners stelen geen kinderen. Dat is een sprookje dat mijn grootmoeder vertelde.",
        "Woonwagenbewoners 'horen hier niet'? Ze wonen al generaties in Vlaanderen, langer dan "
        "sommige van jullie families.",
    ],
)
def test_legitimate_comments_of_groupmentions11_and_12_are_not_removed(shipped, text):
    assert moderate(text, shipped).action not in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Alle flikkers welkom in de hel",
        "1488 en trots, laat ze maar blokkeren",
        "Die Afghanen moeten allemaal buitengezet worden",
    ],
)
def test_their_near_pairs_are_still_removed(shipped, text):
    assert moderate(text, shipped).action in REMOVED


# ... and groupmentions11/12's misses, read after their last measurement
@pytest.mark.parametrize(
    "text",
    [
        "De enige goeie Turk is ne dode Turk, zei mijn nonkel al in '82 en hij had gelijk",
        "Bi's bestaan ni echt, da zijn mensen die ni kunnen kiezen",
        "Chinezen eten alles wa beweegt",
        "Goed zo, die Afghanen in elkaar geslagen aan 't station van Leuven. Meer van da "
        "alstublieft.",
        "Schop die zwarten van de Vrijdagmarkt, met geweld als 't moet",
        "Katholieken zijn één pot nat: zondag in de kerk en de rest van de week kindermisbruik "
        "toedekken. Hypocrieten.",
        "Elke Afghaanse man tussen 16 en 40 het land uit. Vandaag nog.",
        "Herdenking in de Dossinkazerne? Ik herdenk vooral da hij 't werk ni afgemaakt heeft.",
        "Allochtuig heeft de dijk weer onveilig gemaakt",
        "Spleetogen in die nieuwe frituur aan de markt, ge verstaat er gene woord van",
        "Er zijn meer mensen als Breivik nodig in Europa.",
        "een vrouw hoort niet achter het stuur van een vuilniswagen",
        "ik voel niets dan minachting voor die Marokkanen",
        "Rapefugees welcome in het zwembad",
    ],
)
def test_hate_of_groupmentions11_and_12_is_removed(policy, text):
    assert moderate(text, policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Onze loodgieter heeft zijn werk niet afgemaakt",
        "De agent heeft die jongeren in elkaar geslagen, terecht dat hij nu vervolgd wordt",
        "Dat woord spleetogen is racistisch, ik versta er geen woord van dat mensen dat nog zeggen",
    ],
)
def test_near_pairs_of_groupmentions11_and_12_are_not_removed(shipped, text):
    assert moderate(text, shipped).action not in REMOVED


# The legitimate comments groupmentions13, 14 and 15 removed (blind sets, measured before they
# were read; the engine of the start of the session removed them too)
@pytest.mark.parametrize(
    "text",
    [
        "de geleidehond van mijn blinde buurvrouw is de braafste hond van heel Lommel, hij heet "
        "Bruno en hij is de baas",
        "ik heb niks tegen Roemenen, maar die ene bende die in onze wijk koperdraad steelt moet "
        "gepakt worden. dat die mannen Roemeens zijn doet er eigenlijk nie toe",
        "zo'n apen-comment onder een foto van een kinderkoor in Matonge. wie doet da?? screenshot "
        "gemaakt en gemeld bij Unia",
        # groupmentions13
        "Nee, Chinezen hebben dat virus niet 'met opzet verspreid'. Mijn Chinese buurvrouw heeft "
        "tijdens corona mondmaskers genaaid voor heel de straat. Laat ons eerlijk blijven.",
        # groupmentions15
        "Die (((haakjes))) hierboven zijn een antisemitische code. Stop ermee, dit is de pagina "
        "van de stad, geen neonazi-forum.",
    ],
)
def test_legitimate_comments_of_groupmentions13_to_15_are_not_removed(shipped, text):
    assert moderate(text, shipped).action not in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Roemenen zijn één grote bende die alles steelt.",
        "Die Roemenen stelen allemaal.",
        "@jonas ge zijt ne vuile hond",
        "Die schepen is een aap, een echte aap.",
        "Chinezen zijn een virus.",
        "Die Chinezen, dat virus moet hier weg.",
        "Kijk naar de namen van de bankiers (((Goldman)))",
        "@jan sukkel, post dat ergens anders",
        "Ge zijt een idioot, reactie van de week",
    ],
)
def test_their_near_pairs_are_removed_all_the_same(shipped, text):
    assert moderate(text, shipped).action in REMOVED


# The legitimate comments groupmentions17 and 18 removed (blind sets, measured with the engine of
# the start of the twenty-first session before they were read)
@pytest.mark.parametrize(
    "text",
    [
        # others' claim reported ("doen alsof"), then answered
        "Sommigen hier doen alsof Polen enkel zuipen. Mijn Poolse schoonzoon is verpleger op de "
        "spoed in Hasselt. Wat doet gij?",
        # bin bags put outside: rubbish, not a person
        "Wij Afghanen moesten ook leren dat ge hier de vuilzakken nie op dinsdag buitenzet 😅 Nu "
        "ben ik de buurtpapa voor de sorteerregels.",
        # "nul" before a noun is none of a thing
        '"Transgenders zijn een gevaar voor kinderen" — er is nul bewijs voor, da is bangmakerij. '
        "Laat die mensen gewoon hun werk doen.",
        # the verb "willen" after a subject
        "Mijn schoonvader is Marokkaan en woont sinds vorig jaar in een WZC in Schaarbeek. Ze "
        "hebben daar gezorgd voor halal maaltijden en een gebedshoek. Hij voelt zich thuis, dat "
        "is alles wat we wilden.",
        # rubbish left behind, and a claim after "het is niet omdat ... dat" denied
        "Het is niet omdat sommige mensen afval achterlaten dat 'de Roma' vuil zijn. Op de "
        "kermis laten Vlamingen ook vanalles liggen.",
        "Die Hollander van het vakantiehuis dumpt zijn afval overal in de bossen, schandalig.",
    ],
)
def test_legitimate_comments_of_groupmentions17_and_18_are_not_removed(shipped, text):
    assert moderate(text, shipped).action not in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Die Polen doen alsof ze hier de baas zijn, ze zuipen heel de dag.",
        "@jonas ge zijt een nul",
        "De agent van gisteren is een dikke nul met een ego.",
        "Die wilden moeten terug naar hun land.",
        "Roma zijn afval.",
        "Mensen met een beperking zouden geen kinderen mogen krijgen.",
    ],
)
def test_their_near_pairs_are_removed_still(shipped, text):
    assert moderate(text, shipped).action in REMOVED


# The legitimate comments the blind sets of the twenty-second session removed (groupmentions21-24
# and the two sets of hard legitimate comments, legitgroups01/02, measured with the engine of the
# session's start before their removals were read), and the probes written beside them
@pytest.mark.parametrize(
    "text",
    [
        # a flag hung up, not a person
        "Als nicht van dienst op de stadsdienst communicatie: ja, wij hangen die vlag op. En ja, "
        "het is feest.",
        # the writer's own group
        "Wij baardmannen van de moskee kuisen vrijdag weer de parking na het gebed.",
        "Wij Polen zuipen niet altijd, soms werken we ook nog 😂",
        "Wij Afrikanen zijn volgens de Vlamingen altijd te laat. Ik ben altijd op tijd, het is de "
        "bus van De Lijn die te laat is 😅",
        # an impostor at the door
        "mijn moeder van 84 is opgelicht door een valse agent aan de deur. ze schaamt zich kapot.",
        # fear taken seriously
        "kzeg nie da die transmigranten slecht volk zyn. mo ge moet de schrik van de mensen by de "
        "parkings ook serieus pakken",
        # outrage asked
        "een GAS-boete van 350 euro voor jongeren op een bankje? zijt ge zot? geef ze een jeugdhuis",
        # figures with their source
        "volgens het CGVS komen de meeste asielaanvragen nog altijd van Afghanen en Syriërs",
        # a claim put up and answered, denied, called untrue
        "Dat asielzoekers 'gevaarlijk' zijn voor onze kinderen: in 3 jaar is er NUL incident "
        "geweest.",
        'Da klopt gewoon ni da zwarte gasten "lui" zijn. Mijne collega uit Ghana werkt \'s nachts.',
        "Er is geen enkel bewijs dat asielzoekers meer stelen.",
        "Het is een fabeltje dat Roma allemaal stelen.",
        # a colour describing a person
        "Ge ziet een bruine jongen en ge denkt al van alles. Dat zegt meer over u dan over hem.",
        # quoted words reported
        '"Gehandicapten zouden niet mogen zwemmen tijdens de gewone uren." Dat zei iemand aan de '
        "kassa van het zwembad. Dit moet stoppen.",
        "'Geen Arabieren in ons zwembad' stond er op een briefje. Het personeel gooide het in de "
        "vuilbak. Goed gedaan!",
        # an army's invasion, a wrong told, wanted, a stairwell, a decision criticised
        "Sinds de Russische invasie in 2022 kregen meer dan 70.000 Oekraïners bescherming.",
        "Vluchtelingen worden in die kampen als vee behandeld, schandalig.",
        "Ge kunt kritiek hebben op de Waalse regering zonder de Walen als profiteurs weg te zetten.",
        "Aan de Turkse bakker die ze met scheldbrieven wilden wegpesten: we komen elke dag.",
        "Ik huur van een Poolse eigenaar: de traphal is altijd vuil, maar hij repareert alles.",
        "Asielzoekers die hier al 3 jaar werken moeten weg door een beslissing uit Brussel. Wat "
        "een idioot systeem.",
        "Een varkenskop voor de moskee? Walgelijk. Aan onze moslimburen: dit zijn wij niet.",
        "Joden hebben hier niks te vrezen, wij beschermen elkaar.",
        "De pa was een zure mens die altijd klaagde over mijn haag, zijn vrouw kwam met börek.",
        # the plain reading of the group model needs no negation
        "Vluchtelingen zouden niet mogen wachten op hun papieren om te werken",
        "Homo's moeten nooit meer bang zijn om hand in hand te lopen",
    ],
)
def test_legitimate_comments_of_the_twenty_second_session_are_not_removed(shipped, text):
    assert moderate(text, shipped).action not in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        # violence called for against a group
        "homo's kloppen na de Pride, wie doet mee? 22u Zuid",
        "Roma van de kerstmarkt ranselen, de politie doet het nie dus moeten wij het doen",
        "Eritreeërs die op de vrachtwagens springen? Gewoon overrijden, niemand die ze mist",
        "Als die Franstaligen nog eens Frans tegen mijn moeder spreken, ik sla ze tegen de grond",
        "die synagoge in Antwerpen verdient ne bom",
        "Die Syriërs zou ge moeten ophangen aan de boekenrekken, als voorbeeld voor de rest.",
        "Rolstoelgebruikers kunnen van mij van de trap geduwd worden.",
        "Een kogel voor elke zwarte die nog klaagt over die expo.",
        "Als het opvangcentrum er komt, dan brandt het binnen de maand af.",
        "Goed dat ze dat opvangcentrum in de fik hebben gestoken. Hier mag het ook.",
        # threats
        "ik hoop dat er een aanslag komt op die Pride in Antwerpen",
        "Die moskee, ik hoop dat er ooit een vrachtwagen 'per ongeluk' tegenaan rijdt.",
        "Iemand zou die woonwagens eens in brand moeten steken.",
        "Als ik zo'n verpleger aan mijn moeder zie komen, krijgt hij mijn vuist.",
        "Iedereen met een hoofddoek die ik tegenkom krijgt een klap, beloofd",
        "Als ik die twee mannen nog eens zie kussen, dan krijgen ze een pak rammel.",
        "ik hang hem op",
        # a group likened to animals and refuse
        "Die Eritreeërs aan het station liggen erbij als zwerfhonden.",
        "De Marokkaanse gasten aan 't plein, net een roedel hyena's.",
        "Mensen met Down zijn eerder huisdieren dan mensen.",
        "Syriërs zijn bacteriën in een petrischaaltje.",
        "Die vluchtelingen moeten als vee behandeld worden",
        # near pairs of the fixes above
        "die valse agent",
        "ge zijt zot",
        "die vuile bruine jongens van het plein",
        "Weer een moskee? Zet er een varkenskop voor de deur",
        "Die Afghanen zijn wilden",
        "Die Polen zijn vuil",
    ],
)
def test_and_the_hate_and_threats_beside_them_are_removed(shipped, text):
    assert moderate(text, shipped).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        # a feast's greeting to a group
        "Eid Mubarak aan alle moslims in Beringen en Genk! 🌙✨",
        "Chag Chanoeka sameach aan alle joodse families in Antwerpen! 🕎",
        "Wesołych Świąt aan alle Polen in de stad! 🎄",
        # a match or a contest won: no prize to claim
        "Onze G-voetbalploeg, voor spelers met een beperking, heeft de beker gewonnen! Proficiat",
        "Het voetbalteam van het opvangcentrum heeft gisteren met 4-3 gewonnen van onze veteranen",
        # literal dogs, disease and meat beside a group
        "Waarom moet de politie om 6u 's morgens die Roma-families uit het kraakpand zetten, met "
        "honden erbij? Er waren baby's bij.",
        "Onder het bewind van Leopold II stierven miljoenen Congolezen door geweld, dwangarbeid, "
        "honger en ziekte op de rubberplantages.",
        "In de Marokkaanse slagerij op de hoek heb ik ooit ruzie gehad over een rekening. Een paar "
        "weken later gaven ze me een stuk vlees extra.",
    ],
)
def test_greetings_match_results_and_literal_words_beside_a_group_are_kept(shipped, text):
    assert moderate(text, shipped).action == Action.KEEP


@pytest.mark.parametrize(
    "text",
    [
        "Ramadan Mubarak aan alle moslims, en nu oprotten naar jullie eigen land",
        "Gefeliciteerd! U heeft gewonnen, claim uw prijs via www.prijs-be.com",
        "Die Roma zijn honden",
    ],
)
def test_while_their_hateful_and_scam_twins_are_not(shipped, text):
    assert moderate(text, shipped).action in REMOVED


# Twenty-third session: the legitimate comments the session-start engine removed in two new blind
# sets (legitgroups03, groupmentions26), fixed as general rules, each beside its hateful twin.


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # a threat or an insult quoted from someone else and reported: a person weighs it
        (
            "'Trans is een geestesziekte, hang ze op' - dat stond onder het bericht van de "
            "school. Ik heb het gemeld bij Unia.",
            Action.REVIEW,
        ),
        (
            "'Laat ze maar creperen in die rusthuizen, die kosten toch alleen maar geld.' Dat "
            "stond echt onder het artikel over de personeelstekorten.",
            Action.REVIEW,
        ),
        # a match that runs into someone's words after a verb of saying (kept since the
        # twenty-fifth session: the words that end the match are quoted and reported)
        (
            "Een vrouw trok aan de hoofddoek van een mama aan de schoolpoort en riep 'ga terug "
            "naar uw woestijn'. Wie heeft dit ook gezien?",
            Action.KEEP,
        ),
        # a stereotype echoed as a question and answered with the writer's own experience
        (
            "Nederlanders zijn gierig en luidruchtig? Mijn Hollandse buren hebben bij de verhuis "
            "alles gratis laten staan.",
            Action.REVIEW,
        ),
        # ... or with a no
        (
            "Alle Marokkanen zijn criminelen? Nee. Mijn huisarts en mijn apotheker zijn Marokkaans.",
            Action.KEEP,
        ),
        # a claim as the subject of its verdict
        (
            "da alle franstaligen arrogant zijn en op ons neerkijken is echt zever, de meeste "
            "ouders doen moeite",
            Action.KEEP,
        ),
        (
            "Vrouwen kunnen ni rijden is zo'n cliché. Mijn vrouw rijdt 30 jaar schadevrij.",
            Action.KEEP,
        ),
        (
            "Het argument dat trans vrouwen 'gevaarlijk' zijn in toiletten wordt telkens herhaald "
            "maar nergens bewezen.",
            Action.KEEP,
        ),
        # "ni", "gin": negations in dialect and chat spelling
        (
            "Ni alle Roma zijn zakkenrollers he. De vrouw met de accordeon woont hier al 20 jaar",
            Action.KEEP,
        ),
        ("Ni elke Roemeen is een dief. Klinkt stom da ik da nog moet zeggen", Action.KEEP),
        # "het zijn niet X, het zijn Y": others meant
        (
            "Het zijn ni 'de Roma' die stelen, het zijn dieven. Bij de opgepakten zaten ook Belgen.",
            Action.KEEP,
        ),
        # codes named as codes and reported to the page's moderator
        (
            "88 en 1488 in de comments onder een politiebericht. Da zijn neonazicodes mensen. "
            "Beheerder: blokkeren",
            Action.KEEP,
        ),
        # a mild word for whoever shouted a slur
        (
            "'Ching chong' roepen naar de mevrouw van het kraampje en dan zeggen dat het een grapje "
            "was. Ge zijt ni grappig, ge zijt een pestkop",
            Action.REVIEW,
        ),
        # the animals a compound named, said again
        (
            "Blinde mensen met een geleidehond zijn geen 'gevaar in de winkel'. Die honden zijn "
            "beter opgevoed dan de meeste kinderen.",
            Action.REVIEW,
        ),
        # a plural word of abuse after a complaint that names no one
        (
            "Die nieuwe tram heeft een trede waar geen rolstoel op kan. Miljoenen uitgegeven en "
            "niemand heeft een rolstoelgebruiker gevraagd om te testen. Idioten.",
            Action.REVIEW,
        ),
        # a flag hung up
        (
            "Die vlag is symboolpolitiek. Hang hem op, prima, maar doe dan ook iets aan het pesten",
            Action.KEEP,
        ),
        # "wilden" closing a clause: the verb
        (
            "Niet iedere Afghaanse man ziet vrouwen als minderwaardig. Veel zijn gevlucht voor de "
            "taliban omdat hun dochters naar school wilden",
            Action.KEEP,
        ),
        # litter picked up
        (
            "Bij de opruimactie langs de E40 hebben ook een paar transmigranten mee afval geraapt. Merci mannen",
            Action.KEEP,
        ),
    ],
)
def test_twenty_third_session_legitimate_comments_are_not_removed(policy, text, action):
    assert moderate(text, policy).action == action


@pytest.mark.parametrize(
    "text",
    [
        "Trans is een geestesziekte, hang ze op.",
        "Laat ze maar creperen in die rusthuizen, die ouwe kosten toch alleen maar geld.",
        "Die mama met haar hoofddoek moet gewoon terug naar haar woestijn.",
        "Alle Marokkanen zijn criminelen.",
        "Alle Marokkanen zijn criminelen? Ja, kijk maar naar de cijfers van de politie.",
        "Waarom zijn alle Marokkanen criminelen? Mijn fiets is alweer weg.",
        "Vrouwen kunnen ni rijden, dat weet iedereen.",
        "Alle Roma zijn zakkenrollers he.",
        "Het zijn de Roma die stelen, het zijn allemaal dieven.",
        "1488 en trots, laat ze maar blokkeren",
        "Die blinden met hun stok zijn net honden, overal in de weg.",
        "Die schepen heeft ons plan weer afgekeurd zonder uitleg te geven. Idioten.",
        "Die burgemeester is een verrader. Hang hem op.",
        "Die Afghanen zijn gewoon wilden.",
        "Die transmigranten zijn afval.",
        "Trans vrouwen zijn 'gevaarlijk' in toiletten.",
        # dialect: "mo" is "maar", the denial turned around
        "da zyn gin mensen mo viezeriken, lyk de duiven op de markt, ge krygt ze nie weg",
        # a group named in a diminutive
        "Die kutmarokkaantjes van het plein hebben weer een tram bekogeld.",
    ],
)
def test_twenty_third_session_and_their_hateful_twins_are_removed(policy, text):
    assert moderate(text, policy).action in REMOVED


def test_a_dialect_elision_is_no_quotation_mark(policy):
    # "d'eerste ... z'under" paired as quotation marks had made the smear a quotation
    text = (
        "In Kortrijk ook hè, de Marokkoantjes zyn oltyd d'eerste om te stelen en de latste om te "
        "werken. Da leren z'under van tuus."
    )
    assert moderate(text, policy).action == Action.REVIEW


@pytest.mark.parametrize(
    "word",
    ["Marokkaantjes", "Marokkoanen", "asielzeukers", "transmigranten", "Turkskes", "francofonen"],
)
def test_a_group_is_named_in_a_diminutive_in_dialect_vowels_and_in_more_names(word):
    from sereen.engine.detectors.hate import names_protected_group

    assert names_protected_group(normalise(f"Die {word} van het plein"))
    assert not names_protected_group(normalise("Die kinderen van het plein"))


@pytest.mark.parametrize(
    "text",
    [
        # "uit het buitenland": where children come from, no group sent away
        "Mag een homokoppel in België kinderen adopteren uit het buitenland? Of laten die landen "
        "dat niet toe? Vraag voor mijn broer en zijn man.",
        # not all of them, denied: the classifier alone may not hide it
        "Ni elke jonge gast met een capuchon is een Marokkaan en ni elke Marokkaan is een "
        "crimineel. Simpel",
    ],
)
def test_twenty_third_session_the_classifier_alone_does_not_remove_these(shipped, text):
    assert moderate(text, shipped).action not in REMOVED


# Twenty-fourth session: readings the classifier may doubt, dialect articles, warnings that are
# no threats, a word that is only a topic, disclaimers.


@pytest.mark.parametrize(
    ("text", "scores"),
    [
        # a slur read as talk about the word ("zeg het maar"), a threat read as aimed at a thing,
        # an insult read as reported: where the classifier is all but sure, a person looks
        ("Die zijn gewoon smeerlappen, zegt men, en dat klopt.", {"insult": 0.97}),
        (
            "Ik ga die scheidsrechter opwachten aan zijn auto en dan maak ik het af.",
            {"threat": 0.97},
        ),
    ],
)
def test_a_sure_classifier_asks_a_person_about_a_reading_that_lowered_the_words(text, scores):
    with classifier_giving(**scores):
        assert moderate(text, make_policy()).action == Action.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        # a negation or a quotation stays as read: the classifier hears the denied claim or the
        # quoted slur
        "Homo zijn is geen ziekte. Punt.",
        "'Makak' zeggen is gewoon racistisch en hoort niet thuis in onze stad",
    ],
)
def test_but_not_about_a_negation_or_a_quotation(text):
    with classifier_giving(hate=0.99):
        assert moderate(text, make_policy()).action in KEPT


def test_below_its_surest_scores_the_reading_stands():
    with classifier_giving(threat=0.9):
        text = "Ik ga die scheidsrechter opwachten aan zijn auto en dan maak ik het af."
        assert moderate(text, make_policy()).action in KEPT


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # a lone plural word after a complaint about the government; the "ge" after it is anyone
        (
            "Die 'excuses' van de regering voor de kolonisatie die er nooit kwamen. Lafaards. Ge "
            "kunt een commissie van 2 jaar laten werken en dan niks doen.",
            Action.REVIEW,
        ),
        # a mild word closing a complaint to the town
        (
            "Ik snap echt niet waarom jullie pas drie dagen van tevoren aan de buurt laat weten dat "
            "er een opvang komt. Zo creëer je zelf de weerstand, klungels.",
            Action.REVIEW,
        ),
        # consequences, no intimidation
        (
            "Mijn schoonbroer is chirurg in het UZ. Die komt nooit te laat, anders gaan er mensen dood.",
            Action.KEEP,
        ),
        ("Als ze dat kruispunt niet veiliger maken, gaan er nog mensen dood.", Action.KEEP),
        # a bomb attack or molotovs as the topic
        (
            "De bomaanslag in Zaventem was verschrikkelijk, mijn gedachten zijn bij de slachtoffers.",
            Action.KEEP,
        ),
        ("De politie vond twee molotovs in de kelder van de verdachte.", Action.KEEP),
        ("Er wordt hier gelachen met molotovs. Schaam u.", Action.KEEP),
        # a claim refused; a disclaimer beside talk about a word
        (
            "Ik ben geen racist en ik ga ook niet doen alsof die Bulgaren hier zijn om te stelen. "
            "Ze werken.",
            Action.KEEP,
        ),
        ("Ik ben geen racist, maar het woord 'makak' is gewoon kwetsend.", Action.KEEP),
        # a wish for a group, not a ban
        ("Vluchtelingen mogen van mij niet langer wachten op hun papieren.", Action.KEEP),
        ("Die Polen op de werf mogen van mij gewoon in ons zwembad, waarom niet.", Action.KEEP),
    ],
)
def test_twenty_fourth_session_legitimate_comments_are_not_removed(policy, text, action):
    assert moderate(text, policy).action == action


@pytest.mark.parametrize(
    "text",
    [
        # Limburg and Antwerp articles "'ne", "'nen": no quotation marks
        "Dae sjepen van ós is 'ne echte sjtómmerik, dae weet nog neet wat 'ne rotonde is.",
        # the plural word said of a group named just before
        "Congolezen in hun 'zondagse kleren' op de vernissage. Clowns. Ge kunt dat toch nie "
        "ernstig nemen.",
        "Ik snap echt niet waarom jullie pas drie dagen van tevoren aan de buurt laat weten dat er "
        "een opvang komt. Rot op, klootzakken.",
        "Als ge nog eens naar mijn vrouw kijkt gaat er iemand gewond naar huis",
        "Kom nog eens naar ons café, dan gaat er iemand gewond naar huis",
        "Tijd voor een bomaanslag op dat gemeentehuis",
        "Zaterdag om 22u aan de Franse supermarkt, molotovs meenemen. Delen!!",
        "Als die sociale woningen hier komen, dan vliegen er molotovs door de ramen.",
        # "ik ben geen racist" is a disclaimer, not talk about words; figures as the source
        "Ik kijk gewoon naar de cijfers hoor, ik ben geen racist. En de cijfers zeggen: "
        "Marokkanen zijn criminelen. Feiten zijn feiten.",
        "Ik ben geen racist maar zwarte mensen kunnen gewoon niet met geld omgaan.",
        # someone's words agreed with in a question; the word urged
        "kutmarokkanen, zei Oudkerk al in 2002. had hij toch gelijk of nie",
        "da waren gewoon n1kk3rs, zeg het maar gewoon politie",
        # likened to animals by "niet veel beter dan"; a ban on a group in the writer's own name
        "Het Poolse busje op de parking is een zwijnenstal op wielen en die erin slapen zijn niet "
        "veel beter dan de zwijnen.",
        "transpersonen mogen wat mij betreft nie bij de politie werken. ik wil daar nie door "
        "gefouilleerd worden",
        "Vrouwen mogen van mij niet stemmen.",
    ],
)
def test_twenty_fourth_session_and_their_hateful_twins_are_removed(policy, text):
    assert moderate(text, policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        # a suspect back home, a quay ("-kant") as a street, someone said to be home there, an
        # address for whoever wants to "congratulate" him
        "De dealer van de inval is al terug thuis, Havenkant 5 bus 2, gelijkvloers links. Niks "
        "veranderd.",
        "burgemeester Vanderhaeghe zit ni op vakantie, hij is thuis in de Scheldedijk 101, de "
        "gordijnen zijn dicht 👀",
        "Die kunstenaar heeft zijn atelier in de Vlasbeekdreef 3 bus 2, bovenaan, voor wie hem eens "
        "wil 'feliciteren'",
    ],
)
def test_twenty_fourth_session_home_addresses_are_hidden(policy, text):
    assert moderate(text, policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Onze kat is terug thuis! Dank aan de buren van de Leiekant 12.",
        "Het feest is thuis in de Kerkstraat 5, iedereen welkom!",
        "Ik voel me thuis in de Scheldedijk 12, fijne buren.",
        "De rommelmarkt is in de Kerkstraat 5 bus 2, voor wie ze eens wil bezoeken",
    ],
)
def test_while_a_pet_a_party_or_a_market_at_an_address_is_kept(policy, text):
    assert moderate(text, policy).action in KEPT


# Twenty-fifth session: the hate and threats groupmentions25/26 kept or only reviewed, read once
# their blind figures were taken, fixed as general rules; each beside a legitimate twin below.
@pytest.mark.parametrize(
    "text",
    [
        # a people sent away: with a modal, "elke" one of them, or the bare infinitive said with
        # force; barred by "stop met ... binnen te laten" or "hebben hier niks verloren"
        "elke Albanees die hier woont zou moeten uitgewezen worden. Preventief, voor er nog "
        "geschoten wordt",
        "transpersonen moeten gewoon geweerd worden uit openbare toiletten en zwembaden, punt uit",
        "Eritreeërs wegsturen, ook al is het daar een dictatuur. Ni ons probleem",
        "Die Roemenen gewoon buitenzetten!",
        "Die Roma op de parking? Wegjagen!",
        "Stop met Eritreeërs binnen te laten in dit dorp, ze hebben hier niks verloren",
        # a home refused to a people in the writer's own name
        "ik verhuur ni aan zwarten en ik vind dat ik daar het volste recht toe heb. Mijn huis mijn "
        "regels",
        # violence: against a wall, beaten as all they understand, not leaving unharmed
        "die Albanezen mogen ze van mij tegen een muur zetten. 5 minuten werk",
        "politie moet bij die controles eens harder slaan, die zwarten begrijpen alleen de knuppel",
        "zo'n trans in het vrouwentoilet waar mijn dochter is, die komt er ni heelhuids uit",
        "een wijf dat zo parkeert verdient een klap, echt waar",
        "als ik twee venten zie kussen op de nachtbus krijgen ze een klets, da beloof ik",
        "ik rij die mannen op het zebrapad gewoon omver",
        "derby: doe die Kiel-Marokkaantjes maar ne kop kleiner",
        "Hitler was nog niet klaar, zoveel is duidelijk",
        # not human, a milder name for a whole people, a slur welded to a flag
        "trans is geen mens, het is een ding.",
        "die asielzoekers zijn vuilzakken die de zee hier aangespoeld heeft",
        "Wie hangt er nu een pottenvlag aan een gemeentehuis 🙄",
        # kept out of a town in the writer's name, sent to their own continent, shown the door
        "Roemenen mogen van mij de stad ni meer in, gewoon een bord aan de ingang",
        "Roemenen en Bulgaren mogen het dorp niet meer in van mij. Grens toe, slagboom erop",
        "Die moeten ier geen werk krijgen bij de gemeente. Laat ze maar iets opbouwen op hun eigen "
        "continent",
        "Geen moskee, geen Suikerfeest, geen halal. Wie da wil: daar is de deur 👉🚪",
        "Franstaligen in de Rand moeten gewoon vertrekken, Vlaams grondgebied is voor Vlamingen",
        # deaths wished; violence of the past approved
        "laat die Marokkanen elkaar maar afknallen in Borgerhout, scheelt ons ne kogel 🔫",
        "Vroeger ging men met de riek naar de caravans. Die tijd mag terugkomen",
        "vroeger gooiden ze flikkers van het dak. Soms denk ik da da ni zo dom was",
    ],
)
def test_twenty_fifth_session_hate_and_threats_are_removed(policy, text):
    assert moderate(text, policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Elke illegaal die hier een misdrijf pleegt zou moeten uitgewezen worden.",
        "Vluchtelingen terugsturen is onmenselijk",
        "Syriërs terugsturen, dat is de oplossing volgens hen. Schandalig",
        "Ik zeg niet: stop met vluchtelingen binnen te laten. Ik zeg: doe het deftig.",
        "'Stop met Turken binnen te laten' riep hij. Schandalig.",
        "Wij hebben hier niks verloren bij die brand, gelukkig",
        "Ouderen moeten binnenblijven bij deze hitte",
        "Moeten Afghanen die hier al tien jaar wonen nu echt uitgewezen worden? Schandalig",
        "De huisbaas zei letterlijk 'ik verhuur niet aan Marokkanen'. Discriminatie!",
        "Ik verhuur niet aan studenten",
        "Ge moogt uw fiets tegen de muur zetten",
        "Die Syriërs mogen hun fietsen tegen de muur zetten",
        "Wie zegt dat Roma alleen de zweep begrijpen is een racist",
        "Die criminelen begrijpen alleen de harde hand",
        "Als fietser komt ge er op die kasseien niet heelhuids vanaf",
        "Het schepencollege verdient een klap op de vingers voor die beslissing",
        "Als ik de kinderen zie spelen krijgen ze een ijsje",
        "Maak die tekst maar ne kop kleiner, te lang",
        "Hitler was in 1939 nog niet klaar met Polen",
        "De Roma worden weggejaagd door de politie. Wegjagen, is dat het beleid nu?",
        "De pottenwinkel op de markt is weer open",
        "Wij potten gaan massaal naar de pottenparade 🌈",
        "Honden mogen van mij de winkel niet in",
        "Laat ze maar spelen op hun eigen terrein",
        "Geen fietsen in de gang. Wie dat wil: daar is de deur.",
        "De Marokkanen moeten vertrekken om 5u naar Mekka",
        "Vroeger stonden Marokkaanse bakkers op de markt, die tijd mag terugkomen",
        "Vroeger werden homo's opgesloten. Dat mag nooit terugkomen.",
        "Vroeger speelden we op het dak van de garage. Die tijd mag terugkomen!",
    ],
)
def test_while_their_legitimate_twins_stay(policy, text):
    assert moderate(text, policy).action in KEPT


# Legitimate comments of the blind sets groupmentions27/28 and legitgroups04 (twenty-fifth
# session) that the session-start engine removed: only these were read, fixed as general rules.
@pytest.mark.parametrize(
    "text",
    [
        # a cliché said and then knocked down, as hearsay, by name or answered from experience
        "Roma stelen, ja da hoor ik al heel mijn leven. Ik werk 12 jaar met Roma-gezinnen in "
        "Anderlecht en er is bij mij nog nooit iets verdwenen. Nul.",
        "Nederlanders zijn gierig, ja ja. Mijn Hollandse buren hebben de hele straat uitgenodigd "
        "op hun bbq en trakteerden zelfs op Duvel. Cliché kapot.",
        "Chinezen eten honden... serieus, dat schrijft iemand hier in 2024? Het Chinees restaurant "
        "in Turnhout is properder dan de meeste frituren.",
        "De helft van de reacties hier doet alsof transvrouwen gevaarlijk zijn voor kinderen. Daar "
        "is letterlijk geen enkel bewijs voor.",
        # "weg met die" a habit, not people
        "Ze lachen hier met 'Hollanders die alles gratis willen', maar de Nederlandse buurvrouw "
        "heeft heel het kinderfeest op de kermis betaald. Weg met die clichés.",
        "Visum geweigerd omdat 'terugkeer niet gegarandeerd' is. Mijn Congolese collega woont hier "
        "15 jaar. Kil en onmenselijk. Weg met die ambtenarij.",
        # a colour of things, an emoji as the topic, a practice that does not belong
        "In het opvangcentrum geven vrijwilligers ook fietslessen aan asielzoekers, vandaar al die "
        "gele fietsjes",
        "ge moogt die 🐒 emojis onder een foto van een zwarte agente gerust laten staan, dan weet "
        "iedereen direct wie ge zijt",
        "Scheiding van mannen en vrouwen hoort niet in een openbaar zwembad. Klaar.",
        # a disease named as the cause; hate quoted and reported
        "Een bewoner noemt mij elke dag 'vuile zwarte'. Hij heeft zware dementie. Ik weet dat het "
        "de ziekte is die spreekt, ni 'de oudjes'.",
        "Een vrouw met hoofddoek aan de kassa in Aalst kreeg 'ga terug naar uw geitenneukers' te "
        "horen. De kassierster heeft die man buiten gezet. Respect voor haar.",
        # a crowd counted, an insult denied by a comparison, the writer about himself
        "Marokkanen zijn geen criminelen, net zomin als alle Vlamingen zatlappen zijn. Stop met die "
        "veralgemeningen.",
        "Als man in de verloskamer voelde ik me de meest nutteloze mens ter wereld. Vrouwen: "
        "respect.",
    ],
)
def test_twenty_fifth_session_blind_legitimate_comments_stay(policy, text):
    assert moderate(text, policy).action in KEPT


@pytest.mark.parametrize(
    "text",
    [
        # reviewed, not removed: a threat received in a letter; a crowd of drunks counted; a
        # cliché asked back and answered from experience
        "Brief in de bus vandaag: 'Moslims zijn ratten, de moskee gaat branden'. Ik woon naast die "
        "moskee. De politie heeft hem meegenomen. Ik ben bang, eerlijk.",
        "Als vrouw ga ik niet meer alleen naar de stoet in Aalst. Te veel handtastelijke "
        "zatlappen.",
        "Walen zijn lui en leven van onze centen? Ik werk met een team uit Doornik en die beginnen "
        "om 7u.",
    ],
)
def test_twenty_fifth_session_doubtful_comments_go_to_a_person(policy, text):
    assert moderate(text, policy).action == Action.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Die Roma, het is de pest van onze gemeente.",
        "Die Roma, weg met die ratten!",
        "Waarom zijn Walen zo lui? Ik werk met Walen.",
        "Een vrouw hoort niet op de werf.",
        "Al die gele in onze straat, bah",
        "stuur die zwarte agente maar 🐒 emojis",
        "Al die hoofddoeken op de markt. Ga dan maar terug als het u hier niet bevalt.",
    ],
)
def test_while_the_hateful_forms_of_those_fixes_are_removed(policy, text):
    assert moderate(text, policy).action in REMOVED


def _starter():
    from sereen.engine import compile_policy
    from sereen.engine.policyfile import starter_policy

    return compile_policy(starter_policy())


def test_a_feast_greeting_alone_is_not_hidden_by_the_classifier():
    with classifier_giving(hate=0.99):
        decision = moderate("Ramadan mubarak Kortrijk 🌙", _starter())
    assert decision.action in KEPT


def test_a_coded_greeting_with_more_words_is_still_the_classifiers_to_hide():
    with classifier_giving(hate=0.99):
        decision = moderate(
            "Gelukkig Chanoeka aan al die mensen met een neus voor zaken 👃💸", _starter()
        )
    assert decision.action in REMOVED


def test_a_group_denied_a_smear_word_is_not_hidden_by_the_classifier():
    with classifier_giving(hate=0.97):
        assert moderate("Asielzoekers zijn geen illegalen. Punt.", _starter()).action not in (
            REMOVED
        )
        assert moderate("Asielzoekers zijn illegalen, allemaal.", _starter()).action in REMOVED


def test_deaths_foretold_as_a_consequence_go_to_a_person_not_the_bin():
    with classifier_giving(threat=0.96):
        assert moderate("Als die dijk breekt gaan er mensen dood.", _starter()).action == (
            Action.REVIEW
        )
        assert (
            moderate(
                "Als die moskee er komt, gaan er mensen dood. Ik zorg ervoor.", _starter()
            ).action
            in REMOVED
        )


@pytest.mark.parametrize(
    "text",
    [
        # a wrong the writer says must not be done to a group: no model removes it alone
        "Moslims zouden niet altijd de schuld mogen krijgen",
        "Roma zouden niet overal weggejaagd mogen worden",
    ],
)
def test_a_wrong_that_must_not_be_done_to_a_group_is_not_hidden_by_the_classifier(text):
    with classifier_giving(hate=0.99):
        assert moderate(text, _starter()).action not in REMOVED


def test_while_the_wrong_wished_is_removed(policy):
    assert moderate("Roma zouden overal weggejaagd mogen worden", policy).action in REMOVED


# Short statements that defend a group (a battery of shapes and the blind legitgroups05 of the
# twenty-fifth session): a linear model reads "zouden niet ... mogen worden", "zijn geen ...",
# "weg? Nooit." as the claim they reject, and the classifier alone hid them.
@pytest.mark.parametrize(
    "text",
    [
        "Moslims zouden niet altijd de schuld mogen krijgen",
        "Roma zouden niet overal weggejaagd mogen worden",
        "Marokkanen mogen niet uitgesloten worden",
        "Asielzoekers zouden niet mogen wachten op een woning",
        "Homo's zouden geen schrik mogen hebben",
        "Afghanen moeten zich hier niet verstoppen",
        "Joden horen niet op straat te slapen",
        "Waarom mogen vrouwen niet meedoen?",
        "Niemand zou Turken mogen buitengooien",
        "Marokkanen moeten niet weg, de racisten wel",
        "Syriërs buiten zetten lost niks op",
        "Waarom worden homo's altijd geviseerd?",
        "Geen vrouwen in ons bestuur? Schande, daar moet verandering in komen",
        "Moslims weg? Nooit. Ze horen erbij.",
        "Walen zijn geen tweederangsburgers",
        "Zigeuners zeggen is niet meer van deze tijd, zeg Roma",
        "Moslims onderdrukken hun vrouwen niet, da's een cliché",
        "Chinezen zouden ni apart gezet mogen worden in de klas",
        "Zwarte spelers krijgen nog altijd apengeluiden te horen in het stadion, walgelijk",
        "Zwarte Vlamingen zijn gewoon Vlamingen, wa is't probleem",
        "Oekraïners komen hier ni om te profiteren, ze willen naar huis",
        "Zwarte mensen horen thuis in Vlaanderen, punt uit",
        "Vrouwen zijn niet te emotioneel om een gemeente te besturen",
        "Turken zouden niet nagekeken mogen worden enkel op hun naam",
    ],
)
def test_short_statements_that_defend_a_group_are_not_hidden_by_the_classifier(text):
    with classifier_giving(hate=0.99):
        assert moderate(text, _starter()).action not in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Roma zouden overal weggejaagd mogen worden",
        "Marokkanen moeten weg, de Vlamingen niet",
        "Moslims in ons bestuur? Schande!",
        "Transgenders zijn gewoon mensen met psychische problemen",
        "Homo's buitenzetten lost alles op",
        "Iedereen zou Turken mogen buitengooien",
        "Zwarte agenten in onze politiezone? Nooit. Die horen hier niet.",
    ],
)
def test_while_their_hateful_twins_are_still_removed(text):
    with classifier_giving(hate=0.99):
        assert moderate(text, _starter()).action in REMOVED


def test_the_classifier_does_not_ask_about_a_comment_that_stands_up_for_a_group():
    with classifier_giving(hate=0.9):
        for text in (
            "Syriërs mogen niet teruggestuurd worden zolang het daar onveilig is",
            "Roma zouden niet overal weggejaagd mogen worden",
        ):
            assert moderate(text, _starter()).action in KEPT, text
        # the same shapes in the writer's name, or beside crimes laid at the group's door
        for text in (
            "Albanezen krijgen van mij geen huis te huur, nooit.",
            "Als er een asielcentrum komt: diefstal, vechtpartijen, meisjes die worden "
            "lastiggevallen.",
        ):
            assert moderate(text, _starter()).action not in KEPT, text


# Twenty-sixth session: the blind sets' legitimate removals (groupmentions29/30) and the group
# model's second reading.
@pytest.mark.parametrize(
    "text",
    [
        # a line echoed as a short question and answered, or appalled at
        "Regenboogmaffia? Het is verf op een zebrapad. Niemand wordt homo van over een gekleurde "
        "streep te wandelen 😂",
        "Hitler had gelijk? Echt? Op een pagina van een politiezone? Dit is strafbaar, ik hoop dat "
        "iemand dit doorstuurt naar Unia.",
        # someone else's approval of violence, appalled at
        "Goed vinden dat een Roemeen in elkaar is geslagen. Die man had niks gedaan, hij was op "
        "weg naar zijn werk in de bouw. Triest volk hier op FB.",
    ],
)
def test_twenty_sixth_session_blind_legitimate_comments_are_not_removed(policy, text):
    assert moderate(text, policy).action not in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Hitler had gelijk? Ja, kijk maar rond.",
        "Goed dat die Roemeen in elkaar is geslagen.",
        "Regenboogmaffia overal in onze scholen.",
    ],
)
def test_while_the_approval_and_the_code_word_said_outright_are_removed(policy, text):
    assert moderate(text, policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        # what a group is not, said in so many words; the writer's own side found wanting
        "Dove mensen zijn ni dom en ni stom. Ze horen gewoon ni. Zo simpel is da.",
        "Nederlanders zijn ni arrogant hé, gewoon wa direct",
        "Holebi zijn is niet besmettelijk, ook ni als ge naast een regenboogvlag staat 😂 rustig "
        "allemaal",
        "Moslims zijn geen vuilzakken",
        "Wij Vlamingen kunnen toch ni feesten zoals Congolezen. Wij staan met ons pintje aan de "
        "kant te knikken 😂",
    ],
)
def test_a_slight_denied_of_a_group_is_not_hidden_by_a_model_alone(text):
    with classifier_giving(hate=0.99):
        assert moderate(text, _starter()).action not in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Dove mensen zijn dom en stom. Zo simpel is da.",
        "Nederlanders zijn arrogant hé, allemaal",
        "Holebi zijn is besmettelijk, pas maar op allemaal",
        "Moslims zijn vuilzakken",
        "Moslims zijn geen mensen, het zijn vuilzakken",
        "Congolezen kunnen ni feesten zonder alles kapot te maken",
    ],
)
def test_while_the_slight_said_is_removed(text):
    with classifier_giving(hate=0.99):
        assert moderate(text, _starter()).action in REMOVED


def test_the_group_model_confirms_the_rules_doubt_about_a_named_group():
    text = (
        "Zo'n lesbisch stel in de huurwoning naast me. Ik kijk er echt van weg hoor, walgelijk "
        "gewoon."
    )
    assert moderate(text, _starter()).action == Action.REVIEW  # the rules alone doubt
    group_model_giving(hate=0.99)
    assert moderate(text, _starter()).action in REMOVED
    group_model_giving(hate=0.8)
    assert moderate(text, _starter()).action == Action.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        # a prejudice's comparison denied; a disadvantage denied; a prejudice called one in chat
        # spelling (legitgroups06, blind)
        "Die oudjes rijden echt ni slechter dan die gastjes met hun gsm in hun hand",
        "Marokkaanse vrouwen zijn ni achtergesteld, de helft van mijn klas aan de unief was "
        "Marokkaans",
        "zwarte mensen zijn ni agressiever hé, das gwn een oud vooroordeel",
    ],
)
def test_a_prejudice_denied_by_comparison_is_not_hidden_by_a_model_alone(text):
    with classifier_giving(hate=0.99):
        assert moderate(text, _starter()).action not in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Die oudjes rijden echt slechter dan die gastjes, allemaal",
        "zwarte mensen zijn agressiever, allemaal",
    ],
)
def test_while_the_comparison_made_is_removed(text):
    with classifier_giving(hate=0.99):
        assert moderate(text, _starter()).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Dat opvangcentrum in brand steken, WALGELIJK, daar sliepen kindjes",
        "Varkenskop aan de moskee in Hasselt, wie doet zoiets, echt walgelijk",
    ],
)
def test_an_act_of_violence_condemned_goes_to_a_person(policy, text):
    assert moderate(text, policy).action == Action.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        "Dat opvangcentrum in brand steken, goed idee",
        "Steek die moskee in brand, walgelijk volk",
        "Ik steek dat opvangcentrum in brand. Schande dat het er staat.",
        # a call to violence, its target then called disgusting
        "Die buren moeten in elkaar geslagen worden. Walgelijk.",
    ],
)
def test_while_the_act_wished_or_announced_is_removed(policy, text):
    assert moderate(text, policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Speelplein vol zigeunerkroost vandaag. Hou uw fietsen vast mensen 🔒",
        "Dat er nog ouders zijn die hun kind naar die school met 80% muzels sturen, ik begrijp "
        "het niet.",
        "Allez, de asielprofiteurs zijn weer content, nieuwe flats van de sociale huisvesting.",
        "Importbelgen die alles krijgen en wij mogen betalen.",
    ],
)
def test_slurs_the_lexicon_lacked_are_removed(policy, text):
    assert moderate(text, policy).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Het woord muzels is racistisch, stop daarmee.",
        "Wie 'asielprofiteurs' schrijft, heeft nog nooit een asielcentrum van binnen gezien.",
    ],
)
def test_while_those_slurs_quoted_to_reject_them_stay(policy, text):
    assert moderate(text, policy).action not in REMOVED


def test_where_a_group_comes_from_is_no_word_against_it():
    with classifier_giving(hate=0.95):
        assert (
            moderate(
                "Veel Roma in Brussel komen oorspronkelijk uit Roemenië, Bulgarije of Slovakije",
                _starter(),
            ).action
            not in REMOVED
        )
        assert moderate("Roma moeten terug naar Roemenië, allemaal", _starter()).action in (REMOVED)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Gooi die holebi's gewoon van de brug tijdens de Pride, zo simpel is het.", REMOVED),
        ("Gooi die oude fietsen van de brug", KEPT),
        (
            "Elke nieuwe asielzoeker is een kankercel in het lichaam van Vlaanderen. Als ge niks "
            "doet, gaat het hele land eraan.",
            REMOVED,
        ),
        ("Mijn tante had kankercellen in haar longen, nu is ze genezen", KEPT),
        (
            "Verhuurders in de Dorpsstraat: zeg gewoon dat het appartement al weg is als ge een "
            "vreemde naam hoort. Zo blijft de wijk zuiver.",
            (Action.REVIEW,),
        ),
    ],
)
def test_a_group_thrown_off_a_bridge_called_a_cancer_cell_or_kept_out_for_purity(
    policy, text, action
):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # "not" alone is no verdict on words; "not ok" is
        ("Makakken, ja ik zeg het. Sorry not sorry.", REMOVED),
        ("'Makakken' roepen naar kinderen is not ok.", KEPT),
        # a plural listed on its own keeps its marker (a slur in any use), though the plural of
        # the ambiguous singular would need aiming
        ("Die Polakken staan weer de hele dag te zuipen op de parking", REMOVED),
        # diminutives of slurs for disabled people, pointed at with an article
        ("Een speeltuin voor de spastjes, de stad heeft precies geld te veel", REMOVED),
        (
            "Mijn zoon is geen mongooltje, hij heeft het syndroom van Down",
            (*KEPT, Action.REVIEW),
        ),
        # the writer's own hint beside a slur, not someone else's words
        ("Polakken op de camping en de fietsen verdwijnen, ik zeg niks", REMOVED),
    ],
)
def test_slurs_in_a_plural_a_diminutive_or_beside_the_writers_hint(policy, text, action):
    assert moderate(text, policy).action in action


def test_the_group_model_all_but_sure_hides_a_short_plain_comment_without_a_hostile_word():
    text = "Aziaten krijgen kinderen aan de lopende band, straks is heel Hasselt van hen"
    with classifier_giving(hate=0.5):
        group_model_giving(hate=0.995)
        assert moderate(text, _starter()).action in REMOVED
        # below GROUP_MODEL_SHORT_SURE it asks a person
        group_model_giving(hate=0.985)
        assert moderate(text, _starter()).action == Action.REVIEW
        # a negation keeps a short comment to asking: "zouden niet mogen" is how rights are
        # claimed as often as denied
        group_model_giving(hate=0.995)
        negated = (
            "Kinderen met een beperking zouden niet moeten wachten op een plaats in de gewone "
            "school"
        )
        assert moderate(negated, _starter()).action not in REMOVED


def test_the_writers_own_saying_is_no_reported_speech_for_the_group_model():
    text = (
        "Joden zorgen altijd eerst voor zichzelf en voor niemand anders in de stad, dat hek zegt "
        "eigenlijk genoeg"
    )
    group_model_giving(hate=0.975)
    assert moderate(text, _starter()).action in REMOVED
    reported = (
        "Mijn buurman zegt dat joden altijd eerst voor zichzelf zorgen, ik vind dat gewoon "
        "een oud cliché"
    )
    assert moderate(reported, _starter()).action not in REMOVED


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # a stereotype denied inside its own words (legitgroups07, groupmentions35/36, blind)
        ("Joden zitten ni achter alles. Stop met die complotzever.", KEPT),
        ("Joden zitten achter alles in dit land", REMOVED),
        ("Afghaanse artsen hebben hun diploma niet gekocht, ze deden hier examens.", KEPT),
        ("Die Afghaanse dokters hebben hun diploma gewoon gekocht", REMOVED),
        ("Joden hebben ni al het geld van Antwerpen, da's een oude mythe.", KEPT),
        ("De joden hebben al het geld in Antwerpen", REMOVED),
        # a claim challenged, or put in the mouths of others
        (
            "Wie zegt dat Afghaanse dokters hun diploma gekocht hebben: die worden hier "
            "gecontroleerd. Informeer u eerst.",
            KEPT,
        ),
        ("Waarom zijn alle Roma zogezegd dieven volgens de commenters hier?", KEPT),
        ("Roma zijn allemaal dieven, volgens mij", REMOVED),
        (
            "De ene partij wil de vluchtelingen allemaal buiten, de andere wil iedereen binnen. "
            "Een plan heeft niemand.",
            KEPT,
        ),
        # the disgust is at what was done to them
        ("Twee meisjes die hand in hand liepen, in elkaar geslagen. Walgelijk.", KEPT),
        ("Twee meisjes die hand in hand lopen op de markt. Walgelijk.", REMOVED),
        # a wrong called for is no wrong told
        (
            "Twee venten die hand in hand lopen op de markt, walgelijk, die moeten gewoon "
            "weggejaagd worden",
            REMOVED,
        ),
        # the teeth, not a place, are what "uit" is said of
        ("Iemand de tanden uit te slaan omdat hij homo is? En dan zijn zij het gevaar?", KEPT),
    ],
)
def test_stereotypes_denied_challenged_or_reported_and_wrongs_deplored_stay(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Wij oude wijven van de breiclub hebben 200 mutsen gebreid voor de opvang", KEPT),
        ("Die oude wijven van de breiclub zeveren heel de dag", REMOVED),
    ],
)
def test_the_writers_own_side_named_by_an_insult_is_no_insult(policy, text, action):
    assert moderate(text, policy).action in action


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Syrische kinderen horen in dezelfde klas als de rest, niet in een apart klasje.",
            Action.REVIEW,
        ),
        # (short, and a right to what everyone does: not even asked about, see
        # decide._welcomes_a_group)
        (
            "Moslima's met een hoofddoek moeten ook gewoon aan de loketten kunnen werken.",
            Action.KEEP,
        ),
    ],
)
def test_a_right_claimed_for_a_group_is_not_hidden_by_the_classifier_alone(text, action):
    with classifier_giving(hate=0.99):
        assert moderate(text, _starter()).action == action


def test_the_classifier_alone_asks_a_person_where_the_group_model_finds_no_hate():
    text = "Veel Congolese Belgen wonen in Matonge, de wijk is naar een plein in Kinshasa genoemd."
    with classifier_giving(hate=0.98):
        group_model_giving(hate=0.1)
        assert moderate(text, _starter()).action == Action.REVIEW
        group_model_giving(hate=0.9)
        assert moderate(text, _starter()).action in REMOVED


def _the_models_remove_only_the_twin(kept: str, removed: str, *, hate: float, group: float) -> None:
    """With the main classifier giving ``hate`` and the group model ``group``, ``kept`` is not
    removed and its twin ``removed`` is."""
    with classifier_giving(hate=hate):
        group_model_giving(hate=group)
        assert moderate(kept, _starter()).action not in REMOVED
        assert moderate(removed, _starter()).action in REMOVED


def test_praise_of_a_group_is_not_hidden_by_the_group_model_alone():
    # (the scorn holds no phrase the rules remove on their own: "kweken zich voort gelijk
    # konijnen" did until the thirty-first session, when the rules learned it)
    _the_models_remove_only_the_twin(
        "Vlamingen zijn stuk voor stuk harde werkers",
        "Aziaten krijgen kinderen aan de lopende band",
        hate=0.5,
        group=0.995,
    )


def test_the_classifier_does_not_ask_where_the_group_model_finds_nothing():
    text = "Turkse ouderen verdienen zorg in hun eigen taal"
    with classifier_giving(hate=0.6):
        group_model_giving(hate=0.05)
        assert moderate(text, _starter()).action == Action.KEEP
        # the reading with the name masked finds some hate: a person looks
        group_model_giving(hate=0.3)
        assert moderate(text, _starter()).action == Action.REVIEW
    with classifier_giving(hate=0.8):
        # the main classifier more than doubts: a person looks
        group_model_giving(hate=0.05)
        assert moderate(text, _starter()).action == Action.REVIEW


def test_the_weather_and_an_outing_are_no_hostile_words():
    with classifier_giving(hate=0.2):
        group_model_giving(hate=0.985)
        invited = "Wat een weer! Allemaal naar de zee, ook de Nederlanders"
        assert moderate(invited, _starter()).action not in REMOVED
        again = "Daar zijn die Nederlanders weer, allemaal op onze camping"
        assert moderate(again, _starter()).action in REMOVED
        # "het weer" may be "again": still hostile
        verknoeid = "Die Nederlanders hebben het weer verknoeid op onze camping, echt"
        assert moderate(verknoeid, _starter()).action in REMOVED


def test_a_call_to_violence_against_a_group_is_no_act_condemned(policy):
    decision = moderate("Die Roma moeten in elkaar geslagen worden. Walgelijk.", policy)
    assert decision.action in REMOVED
    assert not any(e.note.startswith("daad veroordeeld") for e in decision.evidence)


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        # their things, not them
        (
            "Geen probleem met de Poolse ploeg, maar laat ze hun flessen opruimen na de barbecue.",
            False,
        ),
        ("Laat die Polen opruimen, allemaal.", True),
        # rubbish thrown, or trouble with it
        (
            "Niks tegen Marokkaanse slagers, maar die van de markt gooit zijn afval achter onze "
            "garage.",
            False,
        ),
        ("Ik heb in een Roma-wijk gewoond. Er waren problemen met afval, dat klopt.", False),
        ("Die Marokkaanse slagers zijn afval.", True),
        # the group only in a later clause with a subject of its own
        (
            "Het integratietraject is een bureaucratisch monster, ik ken Syrische dokters die "
            "drie jaar wachten.",
            False,
        ),
        ("Het zijn monsters, die Syriërs.", True),
        # remarks about the group are what does not belong
        ("Antisemitische opmerkingen over het Joodse zwemuur horen hier nie.", False),
        ("Joden horen hier nie.", True),
        # the verdict first, the act in its "dat" clause
        (
            "Schandalig dat iemand een varkenskop aan de moskee in Beringen gehangen heeft. Ik "
            "schaam me.",
            False,
        ),
        ("Goed dat iemand een varkenskop aan de moskee in Beringen gehangen heeft.", True),
        # the act's absence deplored
        ("Het is een schande dat niemand een varkenskop aan die moskee hangt.", True),
    ],
)
def test_words_near_a_group_that_are_about_something_else(text, removed):
    assert (moderate(text, _starter()).action in REMOVED) is removed


def test_a_wrong_reported_and_condemned_is_not_hidden_by_the_classifier_alone():
    with classifier_giving(threat=0.99):
        condemned = "Syrisch gezin in Ronse krijgt stenen door de ruit. Dit is ni wie we zijn."
        assert moderate(condemned, _starter()).action == Action.REVIEW
        wished = "Syrisch gezin in Ronse verdient stenen door de ruit."
        assert moderate(wished, _starter()).action in REMOVED
        # the writer who acts is not condemning
        done = "Ik gooi stenen door de ruit van dat Syrisch gezin. Dit is ni wie we zijn."
        assert moderate(done, _starter()).action in REMOVED


def test_not_every_one_of_a_group_is_not_hidden_by_the_classifier_alone():
    with classifier_giving(hate=0.98):
        group_model_giving(hate=0.9)
        denied = "Ni elke Roma op de markt van Anderlecht is een zakkenroller, echt hé"
        assert moderate(denied, _starter()).action == Action.REVIEW
        said = "Elke Roma op de markt van Anderlecht is een zakkenroller, echt hé"
        assert moderate(said, _starter()).action in REMOVED


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        # a death regretted after the fact is wished
        ("Jammer dat die Eritreeërs de Middellandse Zee overleefd hebben.", True),
        ("Spijtig dat die vluchtelingen niet verdronken zijn.", True),
        ("Jammer dat niet alle Eritreeërs de overtocht overleefd hebben.", False),
        # left until they die
        ("Laat die Eritreeërs in de koelwagen zitten tot ze bevroren zijn.", True),
        # a negation in the relative clause does not deny the call
        ("Vrouwen die ni luisteren moeten gewoon een klets krijgen, zo simpel is 't.", True),
    ],
)
def test_violence_wished_on_a_group_in_other_words(text, removed):
    assert (moderate(text, _starter()).action in REMOVED) is removed


def test_a_home_withheld_on_demand_is_no_wrong_told():
    from sereen.engine.detectors.hate import sympathises

    assert sympathises(normalise("Marokkanen krijgen geen huurwoning in Gent, schandalig."))
    demand = "Nieuwkomers krijgen hier geen huurwoning zolang er nog één Hasselaar zoekt."
    assert not sympathises(normalise(demand))


def test_patience_or_peace_asked_for_a_group_stands_up_for_it():
    from sereen.engine.detectors.hate import sympathises

    for plea in (
        "Die oude mensen die wat trager betalen aan de kassa, heb toch wat geduld allez",
        "Laat die Syriërs toch gerust, ze doen niemand kwaad",
    ):
        assert sympathises(normalise(plea))
    assert not sympathises(normalise("Laat die Syriërs gerust verzuipen"))
    assert moderate("Laat die Syriërs gerust verzuipen", _starter()).action in REMOVED


def test_what_a_prejudice_says_a_group_does_denied_is_not_hidden_by_the_classifier_alone():
    with classifier_giving(hate=0.985):
        group_model_giving(hate=0.5)
        denied = "Vrouwen liegen niet over verkrachting om aandacht"
        # (short, and no contrast: not even asked about, see decide._denies_a_slight_briefly)
        assert moderate(denied, _starter()).action == Action.KEEP
        longer = denied + ", maar sommigen wel natuurlijk"
        assert moderate(longer, _starter()).action == Action.REVIEW
        assert moderate(denied.replace(" niet", ""), _starter()).action in REMOVED
        # (statistics do not lie: no group denied anything)
        claimed = "Statistieken liegen niet: vrouwen overdrijven altijd"
        assert moderate(claimed, _starter()).action in REMOVED


def test_people_in_office_are_not_hidden_for_hate_by_the_classifier_alone():
    with classifier_giving(hate=0.985):
        assert moderate("Die politiekers liegen allemaal", _starter()).action == Action.REVIEW
        assert moderate("Die Walen liegen allemaal", _starter()).action in REMOVED


def test_a_plan_shot_down_is_no_threat_the_classifier_hides_alone():
    with classifier_giving(threat=0.95):
        assert moderate("We gaan dat plan afschieten", _starter()).action == Action.REVIEW
        assert moderate("We gaan die schepen afschieten", _starter()).action in REMOVED


@pytest.mark.parametrize(
    "text",
    [
        "Een half klasje vol negertjes op die foto, is dat nog een Vlaamse school?",
        "Wanneer gaan we eindelijk toegeven dat Roma gewoon niet te integreren zijn?",
        "Er is bewijs dat asielzoekers meer stelen",
        "Gelukkig Chanoeka aan al die mensen met een neus voor zaken 👃💸",
    ],
)
def test_hateful_twins_the_retrained_classifier_only_asks_about(shipped, text):
    """Removed until the twenty-eighth session; the classifier trained with the group sets no
    longer scores a group's name as hate and only asks a person about these (0.62-0.98 where 0.97
    or a rule's confirmation was needed). Known, and the price of far fewer short defences sent
    to review (docs/engine.md, Round 31); they must not fall below review."""
    assert moderate(text, shipped).action in (Action.REVIEW, *REMOVED)


def test_a_word_the_writer_took_for_themselves_is_not_an_insult_of_their_own_kind():
    reclaimed = (
        'Ik ben zo\'n "kwezel" van de parochie en ja, ik sta al 30 jaar elke dinsdag aan de '
        "voedselbank. Kwezels hebben ook armen 😉"
    )
    assert moderate(reclaimed, _starter()).action == Action.KEEP
    # the word denied of oneself, or then aimed at someone else, stays an insult
    denied = "Ik ben geen kwezel. Kwezels hebben ook armen"
    assert moderate(denied, _starter()).action in REMOVED
    aimed = "Ik ben een sukkel. Sukkels zoals gij ook."
    assert moderate(aimed, _starter()).action in REMOVED
    at_a_person = "Ik ben een idioot soms. Idioten zoals die schepen moeten weg."
    assert moderate(at_a_person, _starter()).action in REMOVED


def _kept_unasked_beside_a_twin_that_is_not(text: str, twin: str) -> None:
    """With both models finding hate (main classifier 0.8, group model 0.9), ``text`` is left
    online without asking a person, and its hateful ``twin`` is not."""
    with classifier_giving(hate=0.8):
        group_model_giving(hate=0.9)
        assert moderate(text, _starter()).action == Action.KEEP
        assert moderate(twin, _starter()).action != Action.KEEP


@pytest.mark.parametrize(
    ("welcome", "twin"),
    [
        (
            "Vluchtelingen zijn welkom in onze gemeente 🤝",
            "Vluchtelingen zijn niet welkom in onze gemeente",
        ),
        (
            "Marokkanen horen er gewoon bij, punt",
            "Marokkanen horen er gewoon niet bij, punt",
        ),
        (
            "Lesbiennes zijn meer dan welkom in onze voetbalclub",
            "Lesbiennes zijn welkom in onze voetbalclub, maar niet in de kleedkamer",
        ),
        (
            "Mensen met een beperking zijn een verrijking voor elke ploeg",
            "Mensen met een beperking een verrijking voor de ploeg? 😂",
        ),
        (
            "Syriërs verdienen respect in onze stad",
            "Syriërs verdienen respect... in hun eigen land",
        ),
        (
            "Homo's horen thuis in elk dorp, ook het onze",
            "Vrouwen horen thuis in de keuken, ook de onze",
        ),
        (
            "Congolese studenten moeten gewoon een kot kunnen huren",
            "Congolese studenten moeten gewoon kunnen vertrekken",
        ),
        (
            "Homo's mogen gewoon trouwen in 't gemeentehuis",
            "Homo's mogen niet trouwen in 't gemeentehuis",
        ),
        (
            "Moslims moeten hier gewoon kunnen bidden",
            "Moslims mogen hier gewoon alles doen",
        ),
        (
            "Non-binaire mensen zijn altijd welkom in onze bib",
            "Non-binaire mensen zijn altijd een probleem in onze bib",
        ),
        # a group let be, or granted an everyday right
        (
            "Vrouwen in boerkini in 't zwembad van Roeselare, laat die toch zwemmen.",
            "Vrouwen in boerkini in 't zwembad van Roeselare, laat die maar verzuipen.",
        ),
        (
            "Die Roma-families op de markt, laat ze gerust.",
            "Die Roma-families op de markt, laat ze toch verrekken.",
        ),
        (
            "Moslims zouden halal moeten kunnen eten in 't woonzorgcentrum.",
            "Moslims zouden moeten kunnen vertrekken uit 't woonzorgcentrum.",
        ),
        # any everyday verb at the clause's end, the place or the means after it
        (
            "Dove ouderen moeten een tolk kunnen krijgen in 't dienstencentrum.",
            "Dove ouderen moeten een pak slaag kunnen krijgen in 't dienstencentrum.",
        ),
        (
            "Homo's moeten in 't woonzorgcentrum ook samen op een kamer kunnen.",
            "Homo's moeten in 't woonzorgcentrum ook samen op een kamer, maar apart van de rest.",
        ),
        (
            "Oekraïense vluchtelingen moeten goedkoop met de bus naar hun taalcursus kunnen.",
            "Oekraïense vluchtelingen moeten goedkoop met de bus naar hun eigen land kunnen.",
        ),
        (
            "Oekraïners moeten ook toegang hebben tot sociale woningen",
            "Oekraïners moeten geen toegang hebben tot sociale woningen",
        ),
        (
            "Laat die bejaarden in 't dienstencentrum toch rustig hun kaartje leggen.",
            "Laat die bejaarden in 't dienstencentrum toch rustig wegrotten.",
        ),
        # a defence whose one negation says the group does nothing wrong
        (
            "Die zwarte gasten aan 't station van Ninove doen niks mis, laat ze.",
            "Die zwarte gasten aan 't station van Ninove doen niks, laat ze maar.",
        ),
    ],
)
def test_a_short_welcome_to_a_group_is_not_asked_about_by_the_models(welcome, twin):
    """Both models read "zijn welkom", "horen erbij" as the exclusion such comments answer; a
    short welcome with no negation, contrast, doubt or mockery is left online."""
    _kept_unasked_beside_a_twin_that_is_not(welcome, twin)


@pytest.mark.parametrize(
    ("denial", "claim"),
    [
        (
            "Nederlanders zijn ni arrogant hé, gewoon wa direct",
            "Nederlanders zijn arrogant hé, gewoon wa direct",
        ),
        (
            "Vrouwen zijn gene slechtere chauffeurs, kijkt ma naar de cijfers",
            "Vrouwen zijn slechtere chauffeurs, kijkt ma naar de cijfers",
        ),
        (
            "Marokkanen zijn ni crimineler dan anderen, kijk naar armoede",
            "Marokkanen zijn ni crimineler dan anderen, maar wel luier",
        ),
        (
            "Marokkanen zijn ni onbeleefd aan de kassa, ik word daar altijd vriendelijk geholpen.",
            "Marokkanen zijn altijd onbeleefd aan de kassa, ik word daar nooit geholpen.",
        ),
        (
            "Ouderen zijn ni traag aan de kassa, die zijn gewoon grondig 😄",
            "Ouderen zijn traag aan de kassa, die zijn gewoon een last",
        ),
        (
            "Marokkanen zijn ni lui, kijk maar wie er om 5u de markt opzet.",
            "Marokkanen zijn ni lui, maar wel brutaal.",
        ),
        # a vice denied right after its verb
        (
            "Walen profiteren ni van ons geld, da's te simpel gezegd",
            "Walen profiteren ni alleen van ons geld, ze stelen ook",
        ),
    ],
)
def test_a_short_denial_of_a_prejudice_is_not_asked_about_by_the_models(denial, claim):
    """What a prejudice says of a group, denied in a short comment, is what both models read;
    the claim, or a denial taken back, still goes to a person."""
    _kept_unasked_beside_a_twin_that_is_not(denial, claim)


@pytest.mark.parametrize(
    ("regretted", "wished"),
    [
        (
            "Triest dat die twee lesbiennes van de tram weggejaagd werden",
            "Jammer dat die twee lesbiennes niet van de tram weggejaagd werden",
        ),
        (
            "Triest dat die moskee beklad is, sterkte aan de moslims hier",
            "Spijtig dat die moskee maar half beklad is, de moslims mogen het weten",
        ),
        (
            "Schandalig dat die Roma weggejaagd werden van het plein",
            "Jammer dat die Roma pas nu weggejaagd worden van het plein",
        ),
        # a hardship told and regretted, a heart that breaks for them
        (
            "Triest da die Afghaanse jongens in de kou aan 't station moesten slapen.",
            "Jammer da die Afghaanse jongens niet in de kou aan 't station moesten slapen.",
        ),
        (
            "Mijn hart breekt voor de Oekraïners die hun mannen moesten achterlaten",
            "Mijn hart breekt niet voor de Oekraïners, die moeten maar terug",
        ),
    ],
)
def test_a_wrong_done_to_a_group_regretted_is_sympathy(regretted, wished):
    _kept_unasked_beside_a_twin_that_is_not(regretted, wished)


def _kept_beside_a_removed_twin(kept: str, removed: str) -> None:
    """Under the shipped models, ``kept`` stays online and its abusive twin ``removed`` does not."""
    assert moderate(kept, _starter()).action == Action.KEEP
    assert moderate(removed, _starter()).action in REMOVED


def test_a_dehumanising_word_that_is_also_a_thing_sold_or_grown_is_that_thing():
    _kept_beside_a_removed_twin(
        "Ik ben Roma en verkoop al twintig jaar groenten op de markt.",
        "Die Roma verkopen groenten en zijn zelf groenten.",
    )


def test_disgust_at_a_wrong_done_to_a_group_is_not_disgust_at_the_group():
    deplored = "Dat homokoppel in elkaar geslagen aan 't station van Hasselt, walgelijk."
    assert moderate(deplored, _starter()).action not in REMOVED
    with classifier_giving(hate=0.95):
        group_model_giving(hate=0.99)
        assert moderate(deplored, _starter()).action not in REMOVED
        called_for = "Dat homokoppel moet in elkaar geslagen worden aan 't station, walgelijk."
        assert moderate(called_for, _starter()).action in REMOVED


def test_a_home_withheld_from_a_group_told_in_a_relative_clause_is_sympathy():
    with classifier_giving(hate=0.95):
        group_model_giving(hate=0.99)
        withheld = "Marokkaanse vrouwen die geen appartement krijgen door hun naam, schaamteloos."
        assert moderate(withheld, _starter()).action == Action.KEEP
        demanded = "Marokkanen die geen werk vinden moeten gewoon terug"
        assert moderate(demanded, _starter()).action in REMOVED


def _decided_by_the_rules_alone(text: str) -> Action:
    """The action with both models finding nothing: what the hate rules make of ``text``."""
    with classifier_giving(hate=0.0):
        group_model_giving(hate=0.0)
        return moderate(text, _starter()).action


@pytest.mark.parametrize(
    "hateful",
    [
        # a generalisation whose clause ends before a preposition
        "Nederlanders zijn allemaal gierig, aan de kantine bestellen ze 1 koffie voor 4 man",
        # a comparison that asserts what follows it
        "Ik kijk neer op die Afghanen, ze zijn niet beter dan het vuil op straat.",
        # a claim told as someone else's and confirmed by the writer
        "Joden zijn een virus, dat zei mijn grootvader al en ik zie het elke dag.",
        # a group proposed somewhere and refused
        "Zwarte mensen in ons stadsbestuur? Nee merci.",
        # a compound wrongdoer, and dehumanising words
        "Ghanezen zijn allemaal internetfraudeurs, geen euro subsidie voor die club",
        "Slowaakse Roma zijn gewoon vlooien, ze springen van wijk naar wijk",
        "Vrouwen zijn fokmachines, nie geschikt voor een voetbalbestuur",
    ],
)
def test_hate_the_rules_now_remove_on_their_own(hateful):
    assert _decided_by_the_rules_alone(hateful) in REMOVED


@pytest.mark.parametrize(
    "legitimate",
    [
        "Vluchtelingen zijn ziek, van de hitte in die tenten",
        "Afghanen zijn niet beter of slechter dan ons",
        "Joden zijn een virus, zei die man op de markt. Walgelijk, ik heb hem aangegeven.",
        "Frieten in de kantine? Nee merci, ik eet liever soep",
        "Mensen in de rij? Nee merci, ik kom morgen terug",
        "Mijn hond heeft vlooien, waar is de dichtste dierenarts?",
        "Zijn de fietsdieven aan het station al gevat?",
    ],
)
def test_their_legitimate_twins_stay(legitimate):
    assert _decided_by_the_rules_alone(legitimate) not in REMOVED


def test_disgust_at_a_group_told_by_the_stomach_is_asked_about():
    assert (
        _decided_by_the_rules_alone(
            "Moslimvrouwen in een boerkini, als ik dat zie draait mijn maag om"
        )
        != Action.KEEP
    )
    told = "Als ik zie hoe die vluchtelingen behandeld worden draait mijn maag om"
    assert _decided_by_the_rules_alone(told) == Action.KEEP


def test_a_code_word_denied_of_a_group_is_no_code_word_used():
    denied = (
        "Nie elke Syriër is een gelukszoeker hé. De familie naast ons is gevlucht voor de bommen"
    )
    assert moderate(denied, _starter()).action == Action.KEEP
    assert _decided_by_the_rules_alone("Elke Syriër is een gelukszoeker") in REMOVED


def test_an_insulting_adjective_the_writer_puts_on_their_own_kind_is_no_insult():
    _kept_beside_a_removed_twin(
        "Ik ben bipolair en werk gewoon fulltime. Wij gekke mensen kunnen meer dan ge denkt 😉",
        "Jullie gekke mensen moeten in een instelling",
    )


def test_a_street_and_number_where_someone_stays_with_family_is_a_home_address():
    _kept_beside_a_removed_twin(
        "De bib zit in de Molendreef 12, daar kunt ge ons vinden",
        "Kevin zegt dat hij verhuisd is maar hij zit gewoon bij zijn moeder, Lindelaan 3 in "
        "Maaseik, daar verstopt hij zich voor de deurwaarder",
    )


def test_never_a_bigger_idiot_than_someone_is_no_denial():
    insult = "Nooit een grotere idioot in het schepencollege gezien dan Van Damme."
    assert moderate(insult, _starter()).action in REMOVED
    denied = "Van Damme is geen idioot, hij heeft gewoon een slecht plan."
    assert moderate(denied, _starter()).action not in REMOVED


def test_a_rejecting_question_about_two_women_kissing_is_not_dehumanisation():
    rejected = "Twee vrouwen die kussen op een bank in het park, wat is daar vuil aan?"
    assert _decided_by_the_rules_alone(rejected) not in REMOVED
    meant = "Twee vrouwen die kussen op een bank in het park, vuil is dat"
    assert _decided_by_the_rules_alone(meant) in REMOVED


def test_a_hose_is_no_snake():
    _kept_beside_a_removed_twin(
        "Vrouw bij de brandweer in Ninove. Ja, ik kan die slang dragen, dank u 😎",
        "Die schepen is een valse slang",
    )


def test_a_defence_that_ends_in_let_them_be_is_not_hidden_by_the_models_alone():
    _the_models_remove_only_the_twin(
        "Die oudjes die op de markt van Sint-Truiden hun tijd nemen, laat ze toch",
        "Die oudjes die op de markt van Sint-Truiden hun tijd nemen, dat volk toch",
        hate=0.99,
        group=0.99,
    )


@pytest.mark.parametrize(
    ("hateful", "legitimate"),
    [
        # what a whole people is said to lack or always be
        (
            "Irakezen hebben nul werkethiek. Heb er drie gehad in mijn bedrijf",
            "Hebben Irakezen geen werkethiek? Mijn collega werkt harder dan ik",
        ),
        (
            "Afrikaanse ouders laten hun kinderen gewoon los lopen, opvoeding kennen ze nie",
            "Vluchtelingen hebben geen respect nodig van u, ze hebben een huis nodig",
        ),
        (
            "Polen zijn altijd dronken, dat is gewoon zo hè.",
            "Polen zijn altijd welkom op ons dorpsfeest",
        ),
        (
            "Roemenen in onze wijk? Het is een volk van dieven, sorry dat ik het zo zeg.",
            "'Het is een volk van dieven', zei die man over de Roemenen. Schandalig.",
        ),
        # a group sent away or likened to a weed
        (
            "Stuur ze terug met de eerste vlucht, al die Syriërs.",
            "Die pakjes van bpost kloppen niet, stuur ze terug naar de winkel",
        ),
        (
            "Die Marokkanen zijn als onkruid: ge ziet er eerst één, dan tien",
            "Vluchtelingen worden daar als vee behandeld, ge ziet het op elke foto",
        ),
        (
            "Moskeeën in Leuven? Nee. Moslims die willen bidden kunnen dat in hun eigen land.",
            "Ze konden dat in hun eigen land niet doen, daarom zijn ze gevlucht",
        ),
        # the group sets' newest misses
        (
            "Congolezen, tijd om terug te gaan naar jullie eigen land.",
            "Tijd om terug te gaan naar school, de vakantie is voorbij",
        ),
        (
            "Albanezen, da zijn allemaal drugsdealers en inbrekers",
            "Albanezen, da zijn mensen zoals wij",
        ),
        (
            "Die Turken zijn net zwerfkatten, ge geeft ze één keer eten en ze blijven",
            "Die Turkse buren geven de zwerfkatten in onze straat eten",
        ),
        (
            "Die migranten zijn vuil door en door",
            "Brussel is ni vuil door de migranten, het is vuil door te weinig vuilbakken",
        ),
        (
            "Marokkanen kweken gelijk konijnen, binnen twintig jaar is Antwerpen van hen.",
            "Marokkaanse buren kweken tomaten gelijk de onze, in bakken op het terras.",
        ),
        (
            "Die Marokkanen zijn allemaal hetzelfde.",
            "Niet alle Marokkanen zijn hetzelfde, mijn buren zijn heel verschillend.",
        ),
        # the group of an earlier sentence taken up and said not to belong (not "they hear not")
        (
            "Chinese winkels overal op de Keyserlei. Die mensen horen hier nie, het is ons centrum.",
            "Dove mensen zijn ni dom en ni stom. Ze horen gewoon ni. Zo simpel is da.",
        ),
        # a house of worship destroyed with its people inside (not a report of those words)
        (
            "Elke moskee in Vlaanderen moet plat, en de mensen die erin zitten mogen meegaan.",
            "Die reactie over de moskee 'in brand steken met iedereen erin' is een aanslag "
            "aankondigen, politie aub",
        ),
        (
            "De katholieke kerk in Gent mag van mij afbranden, met de kerkgangers erin.",
            "Ik ben atheïst, maar oproepen om kerken in brand te steken met mensen erin is gewoon "
            "crimineel.",
        ),
        (
            "Syriërs willen hier eigenlijk geen werk, ze zijn het comfort van het OCMW gewend.",
            "Vluchtelingen willen geen werk zonder papieren, ze willen gewoon wettig werken.",
        ),
        # likened to insects, not made to live like them
        (
            "Chinezen leven gelijk insecten, opeengepakt in hun kotjes boven het restaurant.",
            "Asielzoekers moeten slapen als insecten op straat omdat Fedasil geen plaats heeft. "
            "Beschamend.",
        ),
        # what is said of "alles wat Turks is", of "elk van hen"
        (
            "De nieuwe Turkse kapper in Dendermonde, zo vies als hun keukens. Zoals alles wat "
            "Turks is.",
            "Mijn Turkse collega's zijn heel hartelijk, elk van hen.",
        ),
        # violence to a group: drowned, burned, or said to ask for a beating
        (
            "Die trans moet ge gewoon onder water houden tot ze stoppen met spartelen",
            "Ouderen moeten bij de aquagym niet onder water duwen, zegt de redder.",
        ),
        (
            "Congolezen in Schaarbeek: een vlammenwerper en ge zijt ze kwijt.",
            "Congolezen in Schaarbeek: een nieuwe voetbalclub en ge zijt ze nooit meer kwijt.",
        ),
        (
            "Lesbiennes die hand in hand door Aalst lopen vragen erom om in elkaar geslagen te worden.",
            "Niemand vraagt erom om in elkaar geslagen te worden, ook homo's niet.",
        ),
        # refugees' status scare-quoted and mocked by a beard (not the trope knocked down)
        (
            "Nog een paar 'minderjarigen' uit Afghanistan in Sint-Truiden, met een baard tot aan "
            "hun navel 🧔😏",
            "Die 'minderjarigen' met een baard? Da's een fabeltje, de leeftijdstest klopt gewoon.",
        ),
    ],
)
def test_group_hate_the_rules_remove_beside_its_legitimate_twin(hateful, legitimate):
    assert _decided_by_the_rules_alone(hateful) in REMOVED
    assert _decided_by_the_rules_alone(legitimate) not in REMOVED


def test_the_writers_own_title_is_no_insult_but_a_title_given_to_someone_else_is():
    """ "Als kwezel van dienst nodig ik ..." names what the writer is; said to "jij" it insults."""
    own = "Als kwezel van dienst in ons parochiecentrum (mijn kinders noemen mij zo) nodig ik iedereen uit."
    assert _decided_by_the_rules_alone(own) in KEPT
    assert _decided_by_the_rules_alone("Als kwezel van dienst heb jij weer iets gezegd") in REMOVED


def test_elderly_people_outdoors_are_not_kept_out():
    """ "moeten ook buiten kunnen wandelen" is outdoors; "moeten buiten" sends a group away."""
    assert (
        _decided_by_the_rules_alone(
            "Ouderen in het woonzorgcentrum moeten ook buiten kunnen wandelen."
        )
        in KEPT
    )
    assert _decided_by_the_rules_alone("Al die Marokkanen moeten buiten") in REMOVED


@pytest.mark.parametrize(
    ("legitimate", "abusive"),
    [
        # a vice denied after its verb, and one negation denying two words it joins
        (
            "die Oekraïense vrouwen in ons rusthuis profiteren van niks, ze werken zich kapot",
            "die Oekraïense vrouwen in ons rusthuis profiteren van alles, ze werken nooit",
        ),
        # "uit de boot vallen": left behind, which the writer deplores
        (
            "Alles moet digitaal bij het OCMW, maar ouderen zonder smartphone vallen uit de boot.",
            "Ouderen zonder smartphone uit ons OCMW",
        ),
        # rats the residents themselves complain of
        (
            "De bewoners, veel nieuwkomers, klagen al maanden over ratten en kakkerlakken.",
            "Die nieuwkomers zijn ratten en kakkerlakken.",
        ),
        # an offer taken up, not a group living off others
        (
            "De gepensioneerden profiteren allemaal van de dinsdagkorting in de cinema, schoon!",
            "al die Oekraïense mama's willen alleen maar profiteren van de gratis speelpleinwerking",
        ),
        # the word said of those a relative clause tells of, not of the group inside it
        (
            "Die koppelbazen die Roemeense arbeiders laten werken zijn de echte profiteurs.",
            "Die Roemeense arbeiders die hier werken zijn de echte profiteurs.",
        ),
        # a place called a mess, in a clause that ends on its verb
        (
            "Schone foto's, maar de realiteit is dat de Grote Markt elke zondag één grote vuilbak is.",
            "Schone foto's, maar de realiteit is dat die schepen elke zondag één grote vuilbak is.",
        ),
        # "zot" alone at the end of a story told to no one: "crazy!"
        (
            "ze hebben dat koppel in Oostende gewoon van 't terras gejaagd, zot",
            "ge hebt dat koppel in Oostende gewoon van 't terras gejaagd, zot",
        ),
        # "wat een gek ... doet" after a preposition: what someone does
        (
            "Nie elke moslim is verantwoordelijk voor wat een gek in een ander land doet.",
            "Kijk naar @jan, wat een gek",
        ),
    ],
)
def test_legitimate_comments_the_rules_removed_beside_their_abusive_twins(legitimate, abusive):
    assert _decided_by_the_rules_alone(legitimate) not in REMOVED
    assert _decided_by_the_rules_alone(abusive) in REMOVED


def test_a_prejudice_denied_of_two_joined_words_is_not_removed_by_the_models_alone():
    _the_models_remove_only_the_twin(
        "Afrikanen zijn nie arm en dom, Afrika is een heel continent",
        "Afrikanen zijn arm en dom, Afrika is een heel continent",
        hate=0.98,
        group=0.95,
    )


@pytest.mark.parametrize(
    ("regretted", "welcomed"),
    [
        (
            "die rolstoelgebruiker kon weer nie op de trein in Lokeren, schande",
            "die rolstoelgebruikers horen nie op de trein in Lokeren, weg ermee",
        ),
        (
            "ik vind het vreselijk dat die Marokkaanse jongen nie binnen mocht op de fuif",
            "ik vind het goed dat die Marokkaanse jongen nie binnen mocht op de fuif",
        ),
    ],
)
def test_a_group_kept_out_of_a_place_regretted_is_not_removed_by_the_models_alone(
    regretted, welcomed
):
    _the_models_remove_only_the_twin(regretted, welcomed, hate=0.99, group=0.99)


@pytest.mark.parametrize(
    ("hateful", "legitimate"),
    [
        # a slur that is also a surname, pointed at a group ("die pollakken")
        (
            "Die pollakken van de werf hiernaast zuipen vanaf zeven uur 's morgens.",
            "Mijn Poolse buren van de werf hiernaast beginnen om zeven uur 's morgens.",
        ),
        # people likened to the rubbish they are said to be dumped as
        (
            "Vroeger hadden we hier een mooi park, nu ligt het vol asielzoekers. Mensen die ge "
            "ergens dumpt, zoals oud afval.",
            "Vroeger hadden we hier een mooi park, nu ligt het vol asielzoekers. Ze dumpen er "
            "niks, het afval is van de toeristen.",
        ),
        # history's "unfinished job" to be finished
        (
            "Misschien is het tijd dat iemand eens afwerkt wat de geschiedenis nie helemaal heeft "
            "afgemaakt.",
            "De stad moet eens afwerken wat de vorige schepen nie helemaal heeft afgemaakt.",
        ),
        # a trans person called a thing
        (
            "Die persoon aan de balie van de bib, is dat een hij, een zij of een ding?",
            "Is de nieuwe bibliothecaris een hij of een zij? Ik wil de kaart juist adresseren.",
        ),
        # work kept for one sex
        (
            "Een vrouw als korpschef? Met alle respect, sommige functies zijn nu eenmaal beter "
            "voor mannen.",
            "Een vrouw als korpschef? Top, die functies zijn niet enkel voor mannen.",
        ),
        # a group sent back, as a slogan
        (
            "Congolezen terug naar Congo, verdomme.",
            "Congolese vrienden gaan terug naar Congo op vakantie.",
        ),
        # a group welded to vermin
        (
            "Die moslimratten bouwen nu ook al een gebedsruimte in de sporthal.",
            "Die ratten aan de moskee komen van de containers, zegt de stad.",
        ),
        # run them over; Hitler stopped too soon; a lethal injection wished
        (
            "Rij gewoon over die Eritreeërs op de E40-parking.",
            "Rij gewoon over die brug naar Antwerpen, da's sneller.",
        ),
        (
            "Hitler is te vroeg gestopt met die joden.",
            "Hitler werd te laat gestopt, zegt de leraar geschiedenis.",
        ),
        (
            "Al die bejaarden mogen van mij een spuitje krijgen, allemaal in één keer.",
            "Al die bejaarden mogen een spuitje krijgen tegen de griep.",
        ),
    ],
)
def test_group_hate_of_this_session_the_rules_remove_beside_its_legitimate_twin(
    hateful, legitimate
):
    assert _decided_by_the_rules_alone(hateful) in REMOVED
    assert _decided_by_the_rules_alone(legitimate) not in REMOVED


def test_an_insult_word_denied_of_many_people_is_no_insult_but_denied_to_someone_is_asked():
    assert _decided_by_the_rules_alone("Polen zijn geen zatlappen, wat een cliché zeg") in KEPT
    assert (
        _decided_by_the_rules_alone("jullie zijn geen zatlappen maar ge drinkt wel veel")
        == Action.REVIEW
    )


@pytest.mark.parametrize(
    ("denial", "claim"),
    [
        (
            "mensen met een psychische ziekte zijn nie gevaarlijk, eerder zelf kwetsbaar",
            "mensen met een psychische ziekte zijn gevaarlijk, sluit ze op",
        ),
        (
            "Oekraïners rijden nie allemaal met dikke auto's, da zijn er een paar",
            "Oekraïners rijden allemaal met dikke auto's, profiteurs zijn het",
        ),
    ],
)
def test_a_group_named_by_an_illness_or_not_all_of_them_is_not_asked_about_by_the_models(
    denial, claim
):
    _kept_unasked_beside_a_twin_that_is_not(denial, claim)
