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


@pytest.fixture(scope="module")
def shipped():
    from sereen.engine.engine import compile_policy
    from sereen.engine.policyfile import starter_policy

    return compile_policy(starter_policy())


@pytest.mark.parametrize("template", NEUTRAL)
def test_a_group_named_without_hostility_is_never_removed(shipped, template):
    from sereen.engine import decide
    from sereen.engine.classifier import load_default_classifier

    decide.set_classifier(load_default_classifier())
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


def test_the_slogan_against_a_thing_or_quoted_is_no_death_wish(policy):
    assert moderate("Dood aan de dictatuur!", policy).action == Action.KEEP
    assert moderate("Wie roept 'dood aan alle moslims' hoort in de cel.", policy).action in (
        Action.KEEP,
        Action.REPLY,
        Action.REVIEW,
    )
