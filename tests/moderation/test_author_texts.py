"""What authors are told (statements of reasons, reason messages, appeal errors) is in the
installation's language with the formal "u", whatever language the person or worker had active."""

import re

from django.core.exceptions import ValidationError
from django.utils import translation

import pytest

from sereen.moderation import services
from sereen.moderation.services import moderate_comments
from sereen.moderation.statement import reason_message_for
from tests.factories.moderation import CommentFactory

pytestmark = pytest.mark.django_db

INFORMAL = re.compile(r"\b(je|jij|jouw|jou|kan je|heb je)\b", re.IGNORECASE)


def _texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def _ours(sor):
    """The statement without what came from elsewhere: the comment itself and the policy's rules
    (written by the organisation)."""
    return {k: v for k, v in sor.items() if k not in ("content", "ground", "dsa")} | {
        "ground": {"description": sor["ground"]["description"]}
    }


def test_statement_is_dutch_and_formal_even_when_english_is_active(published, channel):
    comment = CommentFactory(channel=channel, text="Jij bent een klootzak")
    with translation.override("en"):
        (decision,) = moderate_comments([comment.pk])
        message = reason_message_for(decision)
    sor = decision.statement_of_reasons
    assert (
        sor["restriction"]["description"] == "Uw reactie is verborgen: anderen zien ze niet meer."
    )
    assert (
        sor["ground"]["description"] == "De reactie gaat in tegen huisregel R1 (Geen beledigingen)."
    )
    assert sor["automated_description"].startswith("Deze beslissing is automatisch genomen")
    for text in _texts(_ours(sor)):
        assert not INFORMAL.search(text), text
    assert message.startswith("We hebben uw reactie verborgen omdat ze ingaat tegen huisregel R1")
    assert "Niet akkoord? Dien bezwaar in met referentie" in message
    assert not INFORMAL.search(message)


def test_appeal_errors_address_the_author_formally(organisation):
    with pytest.raises(ValidationError) as caught:
        services.file_appeal(organisation=organisation, text="", reference="ZZZZ-ZZZZ")
    messages = caught.value.message_dict
    assert messages["text"] == ["Leg uit waarom u het niet eens bent met de beslissing."]
    assert messages["reference"][0].startswith("We vinden geen beslissing met deze referentie")


def test_no_policy_reason_is_formal(no_policy, channel):
    (decision,) = moderate_comments([CommentFactory(channel=channel).pk])
    assert decision.reason == "Er is geen gepubliceerd beleid: een medewerker bekijkt uw reactie."
