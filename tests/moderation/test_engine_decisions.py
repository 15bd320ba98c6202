import datetime as dt

import pytest

from sereen.moderation.models import Block, Comment, ModerationDecision, PlatformAction, Strike
from sereen.moderation.services import NO_POLICY_REASON, moderate_comments
from sereen.moderation.statement import reason_message_for
from tests.factories.moderation import AuthorFactory, ChannelFactory, CommentFactory

START = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)


def _by(author, text: str = "Jij bent een klootzak", *, hours: float = 0):
    """A comment of ``author`` on their channel, ``hours`` after ``START``."""
    return CommentFactory(
        channel=author.channel,
        author=author,
        text=text,
        created_at=START + dt.timedelta(hours=hours),
    )


pytestmark = pytest.mark.django_db


def test_decision_stored_with_policy_version(published, channel):
    comment = CommentFactory(channel=channel, text="Jij bent een klootzak")
    (decision,) = moderate_comments([comment.pk])
    comment.refresh_from_db()
    assert decision.policy_version == published
    assert decision.policy_version_label == "testbeleid-1"
    assert decision.action == "hide" and decision.rules == ["R1"] and decision.automated
    assert comment.visible is False and comment.status == Comment.Status.DECIDED
    assert PlatformAction.objects.get(decision=decision).kind == "hide"
    # Running the task again decides nothing twice.
    assert moderate_comments([comment.pk]) == []
    assert ModerationDecision.objects.filter(comment=comment).count() == 1


def test_no_published_policy_sends_to_review(no_policy, channel):
    comment = CommentFactory(channel=channel, text="Jij bent een klootzak")
    (decision,) = moderate_comments([comment.pk])
    comment.refresh_from_db()
    assert decision.action == "review" and decision.reason == NO_POLICY_REASON
    assert decision.policy_version is None
    assert comment.status == Comment.Status.AWAITING_REVIEW and comment.visible


def test_statement_of_reasons_content(published, channel):
    comment = CommentFactory(channel=channel, text="Jij bent een klootzak")
    (decision,) = moderate_comments([comment.pk])
    sor = decision.statement_of_reasons
    assert sor["restriction"]["action"] == "hide"
    assert sor["ground"]["rules"] == [
        {
            "code": "R1",
            "title": "Geen beledigingen",
            "text": "Geen beledigingen",
            "public_reason": "We hebben je reactie verborgen omdat ze iemand beledigt (huisregel R1).",
        }
    ]
    assert any("klootzak" in fact for fact in sor["facts"])
    assert sor["automated_detection"] is True and sor["automated_decision"] == "fully"
    assert sor["decided_at"][:4].isdigit()
    assert sor["redress"]["reference"] == decision.reference
    assert (
        f"/{channel.organisation.slug}/bezwaar/?referentie={decision.reference}"
        in sor["redress"]["appeal_url"]
    )
    assert sor["dsa"]["decision_visibility"] == ["DECISION_VISIBILITY_CONTENT_DISABLED"]
    message = reason_message_for(decision)
    assert "R1" in message and f"/{channel.organisation.slug}/huisregels/" in message
    assert decision.reference in message


def test_keep_has_no_statement(published, channel):
    (decision,) = moderate_comments([CommentFactory(channel=channel).pk])
    assert decision.action == "keep" and decision.statement_of_reasons == {}
    assert decision.reference is None


def test_public_statement_page(client, published, channel):
    (decision,) = moderate_comments(
        [CommentFactory(channel=channel, text="Jij bent een klootzak").pk]
    )
    response = client.get(f"/{channel.organisation.slug}/bezwaar/reden/{decision.reference}/")
    assert response.status_code == 200
    assert "R1" in response.content.decode()
    assert client.get(f"/{channel.organisation.slug}/bezwaar/reden/ZZZZ-ZZZZ/").status_code == 404


def test_unsupported_platform_action_is_recorded(published, organisation):
    mastodon = ChannelFactory(organisation=organisation, platform="mastodon")
    comment = CommentFactory(channel=mastodon, text="Jij bent een klootzak")
    (decision,) = moderate_comments([comment.pk])
    action = PlatformAction.objects.get(decision=decision)
    assert action.kind == "hide" and action.status == "not_supported_by_platform"
    assert "Mastodon" in action.note
    decision.refresh_from_db()
    assert "Met de hand" in decision.note
    comment.refresh_from_db()
    assert comment.status == Comment.Status.AWAITING_REVIEW


def test_delete_falls_back_to_hide_where_delete_is_impossible(published, organisation):
    x = ChannelFactory(organisation=organisation, platform="x")
    comment = CommentFactory(channel=x, text="vuile makakken, allemaal buiten")
    (decision,) = moderate_comments([comment.pk])
    if decision.action != "delete":
        pytest.skip(f"engine chose {decision.action} for this text")
    kinds = dict(PlatformAction.objects.filter(decision=decision).values_list("kind", "status"))
    assert kinds == {"delete": "not_supported_by_platform", "hide": "planned"}


def test_demo_adapter_carries_out_actions(published, organisation):
    demo = ChannelFactory(organisation=organisation, adapter="demo")
    (decision,) = moderate_comments([CommentFactory(channel=demo, text="Jij bent een klootzak").pk])
    action = PlatformAction.objects.get(decision=decision)
    assert action.status == "done" and action.attempts == 1 and action.executed_at


def test_ladder_counts_strikes_and_proposes_block(published, channel):
    author = AuthorFactory(channel=channel)
    comments = [_by(author, hours=i) for i in range(3)]
    decisions = moderate_comments([c.pk for c in comments])
    assert [d.offence for d in decisions] == [1, 2, 3]
    assert [d.warn for d in decisions] == [False, True, True]
    assert decisions[2].propose_block_days == 7
    assert Strike.objects.filter(author=author, revoked=False).count() == 3
    block = Block.objects.get(author=author)
    assert block.status == "proposed" and block.days == 7 and block.proposed_by is None


def test_history_reaches_the_engine_across_batches(published, channel):
    author = AuthorFactory(channel=channel)
    first = _by(author)
    moderate_comments([first.pk])
    second = _by(author, hours=24)
    (decision,) = moderate_comments([second.pk])
    assert decision.offence == 2 and decision.warn


def test_a_comment_the_classifier_alone_hid_goes_to_a_person(published, channel):
    """Under a policy with ``model_act`` the classifier may hide on its own; the comment is hidden
    at once and waits in the inbox, where a person confirms or restores it."""
    from sereen.inbox.models import ReviewItem
    from tests.engine.conftest import classifier_giving, make_policy

    published.state_holder["policy"] = make_policy(version="testbeleid-1", model_act=0.97)
    with classifier_giving(insult=0.99):
        comment = CommentFactory(channel=channel, text="Gij snapt er echt helemaal niks van, Jan")
        (decision,) = moderate_comments([comment.pk])
    comment.refresh_from_db()
    assert decision.action == "hide" and decision.automated
    assert comment.visible is False and comment.status == Comment.Status.AWAITING_REVIEW
    assert ReviewItem.objects.filter(comment=comment, status="open").exists()


def test_a_hide_by_the_classifier_alone_is_no_strike_until_a_person_confirms_it(published, channel):
    """A model's guess is no offence: it earns no strike and does not move the author up the
    ladder; a person's confirmation counts it like any other hide."""
    from tests.engine.conftest import classifier_giving, make_policy

    published.state_holder["policy"] = make_policy(version="testbeleid-1", model_act=0.97)
    author = AuthorFactory(channel=channel)
    guessed = _by(author, "Gij snapt er echt niks van, Jan")
    insult = _by(author, hours=1)
    with classifier_giving("snapt", insult=0.99):
        first, second = moderate_comments([guessed.pk, insult.pk])
        later = _by(author, hours=2)
        (third,) = moderate_comments([later.pk])
    assert first.action == "hide" and not Strike.objects.filter(decision=first).exists()
    # neither in the same batch nor in a later one does the guess count as an offence
    assert second.offence == 1 and not second.warn
    assert third.offence == 2 and third.warn


def test_a_hide_by_the_classifier_alone_beside_a_weak_rule_signal_is_no_strike_either(
    published, channel
):
    """The rules saw a weak signal (a word said of the writer's own people, 0.3) and the model
    alone hid the comment: the evidence keeps the rule's note and ends in "classificatiemodel
    alleen", and the later history still reads it as awaiting a person."""
    from tests.engine.conftest import classifier_giving, make_policy

    published.state_holder["policy"] = make_policy(version="testbeleid-1", model_act=0.97)
    author = AuthorFactory(channel=channel)
    guessed = _by(
        author, "Die juf van mijn zoon is ne kloot van formaat, gene verstand van kinderen"
    )
    with classifier_giving("juf", insult=0.99):
        (first,) = moderate_comments([guessed.pk])
    (second,) = moderate_comments([_by(author, hours=2).pk])
    assert first.action == "hide" and first.evidence[0]["detector"] == "insult"
    assert first.evidence[0]["note"].endswith("+ classificatiemodel alleen")
    assert second.offence == 1 and not second.warn


def test_a_person_confirming_the_classifiers_hide_counts_the_strike(published, channel, member):
    from sereen.moderation.services import decide_by_human
    from tests.engine.conftest import classifier_giving, make_policy

    published.state_holder["policy"] = make_policy(version="testbeleid-1", model_act=0.97)
    author = AuthorFactory(channel=channel)
    guessed = _by(author, "Gij snapt er echt niks van, Jan")
    with classifier_giving("snapt", insult=0.99):
        moderate_comments([guessed.pk])
        decide_by_human(
            comment=guessed, actor=member("moderator"), action="hide", rule_codes=["R1"]
        )
        later = _by(author, hours=1)
        (decision,) = moderate_comments([later.pk])
    assert Strike.objects.filter(comment=guessed, revoked=False).count() == 1
    assert decision.offence == 2 and decision.warn
