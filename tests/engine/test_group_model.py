"""The group model: what a comment says of a group, with the group's name masked, may ask a
person to look, and from the policy's ``model_act`` hide it until a person confirms; it never
deletes or escalates, and it holds back where the rules do (counter-speech, a group speaking of
itself, questions, words in quotation marks)."""

from __future__ import annotations

import pytest

from sereen.engine import decide, moderate
from sereen.engine.detectors.hate import GROUP_MASK, groups_masked
from sereen.engine.normalise import normalise
from sereen.engine.policy import Action
from tests.engine.conftest import make_policy
from tests.engine.test_group_mentions import GROUPS, MORE_GROUPS, _fill

REMOVED = (Action.HIDE, Action.DELETE)


class GroupScores:
    """A stand-in for the group model: one hate score for every masked text it is given."""

    def __init__(self, hate: float) -> None:
        self.hate = hate
        self.asked: list[str] = []

    def scores(self, text: str) -> dict[str, float]:
        self.asked.append(text)
        return {"insult": 0.0, "hate": self.hate, "threat": 0.0, "spam": 0.0}


@pytest.fixture
def group_model_giving():
    def install(hate: float) -> GroupScores:
        model = GroupScores(hate)
        decide.set_group_classifier(model)
        return model

    return install


# A contemptuous comment in polite words that no rule of the hate detector catches.
POLITE_CONTEMPT = "Die Roemenen hebben nog nooit een verantwoordelijke beslissing genomen."


def test_the_model_reads_the_comment_with_each_group_masked_and_slurs_kept():
    masked = groups_masked(
        normalise("Die Marokkaanse jongens en de moslimburen, allemaal makakken")
    )
    assert masked.split() == [
        "die",
        GROUP_MASK,
        "jongens",
        "en",
        "de",
        GROUP_MASK,
        "allemaal",
        "makakken",
    ]
    assert (
        groups_masked(normalise("Mensen met een beperking verdienen beter")).count(GROUP_MASK) == 1
    )


@pytest.mark.parametrize(
    "template", ["{G} zitten altijd op een uitkering.", "Welkom aan alle {G}!"]
)
def test_every_group_reads_the_same_to_the_model(template):
    """Whatever group a sentence names, the model is asked the same text: every group is treated
    the same way."""
    masked = {groups_masked(normalise(_fill(template, g))) for g in GROUPS + MORE_GROUPS}
    assert len(masked) == 1, masked


def test_a_high_score_asks_a_person_and_cites_the_hate_rule(policy, group_model_giving):
    group_model_giving(0.8)
    decision = moderate(POLITE_CONTEMPT, policy)
    assert decision.action == Action.REVIEW
    assert decision.rules == ("R2",)
    assert decision.evidence[0].detector == "group-model"
    assert decision.evidence[0].note == decide.GROUP_MODEL_NOTE
    assert decision.visible


def test_without_a_model_act_threshold_the_model_only_asks(policy, group_model_giving):
    group_model_giving(1.0)
    assert policy.management.thresholds.model_act is None
    assert moderate(POLITE_CONTEMPT, policy).action == Action.REVIEW


# The same with a hostile word about the group ("allemaal"), which the group model needs before
# it may act alone (a linear model scores "Vluchtelingen zouden niet mogen wachten op hun
# papieren om te werken" 0.99).
HOSTILE_CONTEMPT = (
    "Die Roemenen hebben allemaal nog nooit een verantwoordelijke beslissing genomen."
)


def test_from_the_policys_model_act_it_hides_alone_until_a_person_confirms(group_model_giving):
    group_model_giving(0.97)
    decision = moderate(HOSTILE_CONTEMPT, make_policy(model_act=0.97))
    assert decision.action == Action.HIDE
    assert decision.confirm
    assert decision.escalate.value == "none"
    assert decision.evidence[0].detector == "group-model"
    assert decision.evidence[0].note == decide.MODEL_ALONE_NOTE
    group_model_giving(0.96)
    assert moderate(HOSTILE_CONTEMPT, make_policy(model_act=0.97)).action == Action.REVIEW


def test_without_a_hostile_word_a_negation_keeps_it_to_asking(group_model_giving):
    # "zouden niet mogen wachten op hun papieren" scores 0.99 as well: a linear model cannot
    # read a negation
    group_model_giving(1.0)
    assert moderate(POLITE_CONTEMPT, make_policy(model_act=0.97)).action == Action.REVIEW


PLAIN_CONTEMPT = (
    "Roemenen gaan met geld om zoals kleine kinderen met snoep, elke maand opnieuw, en dan staan ze "
    "aan het loket met hun hand open."
)


def test_without_a_hostile_word_it_hides_what_is_said_plainly(group_model_giving):
    group_model_giving(0.97)
    decision = moderate(PLAIN_CONTEMPT, make_policy(model_act=0.97))
    assert decision.action == Action.HIDE
    assert decision.evidence[0].detector == "group-model"
    group_model_giving(0.96)
    assert moderate(PLAIN_CONTEMPT, make_policy(model_act=0.97)).action == Action.REVIEW


def test_a_longer_comment_with_a_negation_is_hidden_only_where_the_model_is_all_but_sure(
    group_model_giving,
):
    # ("Roemenen gaan niet met geld om zoals ...": more than a short statement, a negation in it)
    text = PLAIN_CONTEMPT.replace("gaan met", "gaan niet met")
    group_model_giving(decide.GROUP_MODEL_SURE)
    assert moderate(text, make_policy(model_act=0.97)).action == Action.HIDE
    group_model_giving(decide.GROUP_MODEL_SURE - 0.01)
    assert moderate(text, make_policy(model_act=0.97)).action == Action.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        # a short statement with a negation, and a longer one that stands up for the group
        "Vrouwen zouden niet moeten kiezen tussen kinderen en carrière.",
        "Roemenen zouden niet zo lang moeten wachten op hun papieren, dat is onmenselijk en de stad "
        "moet daar iets aan doen.",
    ],
)
def test_a_negation_that_may_defend_a_group_is_not_the_models_to_hide(group_model_giving, text):
    group_model_giving(1.0)
    assert moderate(text, make_policy(model_act=0.97)).action in (Action.KEEP, Action.REVIEW)


@pytest.mark.parametrize(
    "text",
    [
        PLAIN_CONTEMPT.rstrip(".") + "?",
        "Volgens het CGVS " + PLAIN_CONTEMPT[0].lower() + PLAIN_CONTEMPT[1:],
        "Ik lees dat " + PLAIN_CONTEMPT[0].lower() + PLAIN_CONTEMPT[1:],
    ],
)
def test_a_negation_a_question_a_source_or_a_report_keep_it_to_asking(group_model_giving, text):
    group_model_giving(1.0)
    assert moderate(text, make_policy(model_act=0.97)).action == Action.REVIEW


@pytest.mark.parametrize(
    "text",
    [
        # a claim the writer disowns
        "Ik zeg niet dat alle Nederlanders arrogant zijn, ik zeg dat die ene van de fietsverhuur "
        "arrogant was.",
        # words in quotation marks are mentioned, not used
        "Albanezen 'allemaal maffia'? Ge kijkt te veel Netflix.",
        # too few words
        "Roemenen, allemaal.",
        # a mark of a group, no group named and no hostile word
        "Die moskee is ne broeihaard, dat weet iedereen.",
    ],
)
def test_where_the_model_may_not_act_alone_it_asks(group_model_giving, text):
    group_model_giving(1.0)
    assert moderate(text, make_policy(model_act=0.97)).action == Action.REVIEW


def test_below_its_threshold_the_comment_is_kept(policy, group_model_giving):
    # the starter review threshold 0.5 plus GROUP_MODEL_ABOVE
    asks = 0.5 + decide.GROUP_MODEL_ABOVE
    group_model_giving(asks - 0.01)
    assert moderate(POLITE_CONTEMPT, policy).action == Action.KEEP
    group_model_giving(asks)
    assert moderate(POLITE_CONTEMPT, policy).action == Action.REVIEW


def test_the_threshold_follows_the_policy(group_model_giving):
    group_model_giving(0.8)
    assert moderate(POLITE_CONTEMPT, make_policy(review=0.6)).action == Action.KEEP


@pytest.mark.parametrize(
    "text",
    [
        # no group named
        "Die schepen heeft nog nooit een verantwoordelijke beslissing genomen.",
        # a slur alone is the rules' to judge ("potten met bloemen")
        "Die nieuwe potten met bloemen op de markt zijn prachtig.",
        # counter-speech
        "Ik ben het beu dat mensen vluchtelingen als ongedierte behandelen.",
        # questions and nothing hostile
        "Waarom eten joden geen varkensvlees? En is koosjer hetzelfde als halal?",
        # a group speaking of itself
        "Wij Marokkanen zijn ook maar mensen, met onze goeie en slechte kanten.",
    ],
)
def test_where_the_rules_hold_back_the_model_does_too(policy, group_model_giving, text):
    group_model_giving(1.0)
    assert moderate(text, policy).action == Action.KEEP


def test_a_claim_the_rules_lowered_on_purpose_is_not_raised_again(policy, group_model_giving):
    group_model_giving(1.0)
    text = "Roemenen stelen niet meer dan andere mensen in dezelfde armoede."
    assert moderate(text, policy).action == Action.KEEP


def test_hate_the_rules_remove_is_removed_as_before(policy, group_model_giving):
    model = group_model_giving(0.0)
    assert moderate("Dood aan alle moslims.", policy).action == Action.DELETE
    assert model.asked == []  # the rules were sure: the model was not asked


def test_without_a_group_model_nothing_changes(policy):
    decide.set_group_classifier(None)
    assert moderate(POLITE_CONTEMPT, policy).action == Action.KEEP


# The shipped model, on sentences of our own that it was not trained on
@pytest.mark.parametrize(
    "text",
    [
        POLITE_CONTEMPT,
        "Respect voor een ander zit bij Marokkanen gewoon niet in de opvoeding.",
        "Bij die Turken zit bedriegen nu eenmaal in het bloed.",
        "Nog nooit een Roemeen gezien die een eerlijke dag werk deed.",
    ],
)
def test_the_shipped_model_asks_about_contempt_in_polite_words(shipped, text):
    assert moderate(text, shipped).action != Action.KEEP


@pytest.mark.parametrize(
    "text",
    [
        "De Marokkaanse bakker in onze straat maakt het beste brood.",
        "Onze Poolse buren hebben ons geholpen met verhuizen.",
        "Hoeveel moslims wonen er in onze gemeente?",
        "Vluchtelingen verdienen een menswaardige opvang, ook in onze gemeente.",
    ],
)
def test_the_shipped_model_leaves_plain_sentences_about_a_group_alone(shipped, text):
    assert moderate(text, shipped).action == Action.KEEP


def test_the_shipped_model_file_says_what_it_reads():
    from sereen.engine.classifier import load_default_group_classifier

    model = load_default_group_classifier()
    assert model.meta["reads"] == "sereen.engine.detectors.hate.groups_masked(normalise(text))"
    assert model.meta["scores"] == "hate"
    assert model.scores(GROUP_MASK)["insult"] < 0.001  # only hate is scored


def test_training_is_reproducible_and_reads_masked_text():
    from sereen.engine.training.train_group import GROUP_CONFIG, _fit

    examples = [
        (groups_masked(normalise("Die Roemenen stelen allemaal")), "hate"),
        (groups_masked(normalise("Onze Roemeense buren zijn heel vriendelijk")), "none"),
    ] * 3
    first, second = _fit(examples, GROUP_CONFIG), _fit(examples, GROUP_CONFIG)
    assert first.weights == second.weights
    assert "=roemenen" not in first.weights and f"={GROUP_MASK}" in first.weights
    assert (
        first.scores("die xgroepx stelen allemaal")["hate"]
        > first.scores("onze xgroepx buren zijn heel vriendelijk")["hate"]
    )


def test_a_group_spoken_of_by_its_marks_is_asked_about(policy, group_model_giving):
    """No group named, but its mosque, headscarves or "dat volk": the model reads it (it only
    asks, see above); a crowd ("wat een volk op de markt") or the Pride announced is no mark."""
    model = group_model_giving(0.8)
    assert moderate("Die moskee is ne broeihaard, dat weet iedereen.", policy).action == (
        Action.REVIEW
    )
    # people named by way of life, which the rules do not take as a group: asked, never hidden
    text = "Die alleenstaande moeders krijgen allemaal alles en doen niks."
    assert moderate(text, policy).action == Action.REVIEW
    group_model_giving(1.0)
    assert moderate(text, make_policy(model_act=0.97)).action == Action.REVIEW
    model = group_model_giving(0.8)
    assert moderate("Miljaar, wat een volk op de markt vandaag!", policy).action == Action.KEEP
    assert moderate("Pride vertrekt om 14u aan het station.", policy).action == Action.KEEP
    assert model.asked == []


def test_switching_the_classifier_off_switches_the_group_model_off_too(monkeypatch):
    monkeypatch.setenv("SEREEN_ENGINE_CLASSIFIER", "0")
    for slot in decide.MODEL_SLOTS:
        slot.forget()
    assert decide.get_classifier() is None
    assert decide.get_group_classifier() is None
    monkeypatch.setenv("SEREEN_ENGINE_CLASSIFIER", "1")
    for slot in decide.MODEL_SLOTS:
        slot.forget()
    assert decide.get_group_classifier() is not None


def test_a_group_shown_by_its_marks_with_a_hostile_word_is_hidden_from_a_higher_score(
    group_model_giving,
):
    """Marks alone (dress, a place of worship, "die met hun lange rokken") hide only with a
    hostile word and from ``GROUP_MODEL_MARKED_ACT``, above the policy's ``model_act``."""
    policy = make_policy(model_act=0.97)
    text = "Die moskee moet hier allemaal weg, dat volk ook."
    group_model_giving(decide.GROUP_MODEL_MARKED_ACT)
    assert moderate(text, policy).action == Action.HIDE
    group_model_giving(decide.GROUP_MODEL_MARKED_ACT - 0.01)
    assert moderate(text, policy).action == Action.REVIEW
    group_model_giving(1.0)
    text = "Geen standplaatsen meer op de markt voor die met hun lange rokken. Eruit."
    assert moderate(text, policy).action == Action.HIDE
    # a question keeps it to asking, and a report of someone's words keeps it online, as for a
    # group named
    assert moderate(text.replace(". Eruit.", ", eruit?"), policy).action == Action.REVIEW
    text = "Op de markt riep iemand dat die met hun lange rokken eruit moeten. Walgelijk."
    assert moderate(text, policy).action not in REMOVED


def test_a_comment_that_names_no_group_is_asked_about_only_where_the_model_is_all_but_sure(
    group_model_giving,
):
    """Without a group named or shown, the model only reads a comment the main classifier finds
    some hate in, and asks a person only from ``GROUP_MODEL_UNNAMED``; it never hides it."""
    from tests.engine.conftest import classifier_giving

    text = "Op de bus hoor ik ze de hele tijd bellen, keihard. Barbaars is het woord."
    with classifier_giving(hate=decide.GROUP_MODEL_UNNAMED_GATE):
        model = group_model_giving(decide.GROUP_MODEL_UNNAMED)
        assert moderate(text, make_policy(model_act=0.97)).action == Action.REVIEW
        group_model_giving(1.0)
        assert moderate(text, make_policy(model_act=0.97)).action == Action.REVIEW
        group_model_giving(decide.GROUP_MODEL_UNNAMED - 0.01)
        assert moderate(text, make_policy(model_act=0.97)).action == Action.KEEP
    with classifier_giving(hate=decide.GROUP_MODEL_UNNAMED_GATE - 0.01):
        model = group_model_giving(1.0)
        assert moderate(text, make_policy(model_act=0.97)).action == Action.KEEP
        assert model.asked == []
