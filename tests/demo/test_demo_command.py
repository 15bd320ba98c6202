"""``sereen demo``: idempotent, reproducible with its seed, every account can log in.

These run the real generator at its small size, so they need the policy app's
``install_starter_policy`` and exercise ingest, the engine, reviews and appeals end to end.
"""

from __future__ import annotations

import datetime as dt
from io import StringIO

from django.core.management import CommandError, call_command

import pytest

from sereen.accounts.models import Organisation, Role
from sereen.demo.generator import ACCOUNTS, DEMO_PASSWORD, MUNICIPALITY_SLUG, summarise
from sereen.moderation.models import Appeal, Comment, ModerationDecision

pytestmark = pytest.mark.django_db(transaction=False)
# --reset empties the database with TRUNCATE, which PostgreSQL refuses inside the transaction a
# test normally runs in; tests of it run as real transactions, as the command does.
resets_the_database = pytest.mark.django_db(transaction=True)


def run_demo(*args: str) -> str:
    out = StringIO()
    call_command("demo", "--size", "small", *args, stdout=out)
    return out.getvalue()


def fingerprint() -> dict:
    """What must be the same for the same seed (ids and timestamps may differ)."""
    summary = summarise(created=False)
    return {
        "comments": summary.comments,
        "decisions": dict(summary.decisions),
        "people": summary.reviewed_by_people,
        "waiting": summary.open_for_review,
        "appeals": summary.appeals,
        "appeals_decided": summary.appeals_decided,
        "texts": sorted(Comment.objects.values_list("platform_comment_id", "text"))[:50],
    }


def test_demo_builds_three_organisations_with_a_story():
    output = run_demo()
    assert "Demo gemaakt" in output
    slugs = set(Organisation.objects.values_list("slug", flat=True))
    assert slugs == {"zonnedaele", "ocmw-zonnedaele", "bib-zonnedaele"}
    city = Organisation.objects.get(slug=MUNICIPALITY_SLUG)
    assert Organisation.objects.get(slug="ocmw-zonnedaele").parent == city
    comments = Comment.objects.filter(organisation=city)
    assert comments.count() > 150
    # The engine decided every comment under the published policy.
    assert not Comment.objects.filter(decisions__isnull=True).exists()
    engine = ModerationDecision.objects.filter(decided_by__isnull=True)
    assert engine.filter(policy_version__isnull=False).count() == engine.count()
    assert engine.filter(action="hide").exists()
    assert ModerationDecision.objects.filter(decided_by__isnull=False, is_current=True).exists()
    assert comments.filter(status=Comment.Status.AWAITING_REVIEW).exists()
    assert comments.filter(topic="circulatieplan").count() >= 40
    assert Appeal.objects.filter(status=Appeal.Status.DECIDED).exists()
    # The channels of the municipality: Facebook, Instagram, X, YouTube and the website.
    platforms = set(city.channels.values_list("platform", flat=True))
    assert platforms == {"facebook", "instagram", "x", "youtube", "website"}
    assert comments.exclude(post_reach=None).exists()


def test_demo_prints_where_to_log_in_and_every_account_with_its_role_and_password():
    output = run_demo()
    assert "/account/inloggen/" in output
    lines = output.splitlines()
    for account in ACCOUNTS:
        line = next((line for line in lines if line.split()[:1] == [account.username]), "")
        assert DEMO_PASSWORD in line, f"{account.username} is not listed with its password"
    assert any("lezer (auditor) – Gemeente Zonnedaele" in line for line in lines)
    assert any("beheerder + moderator – OCMW Zonnedaele" in line for line in lines)


def test_running_the_demo_twice_changes_nothing():
    run_demo()
    before = fingerprint()
    count = ModerationDecision.objects.count()
    output = run_demo()
    assert "bestaat al" in output
    assert fingerprint() == before
    assert ModerationDecision.objects.count() == count


@resets_the_database
def test_the_same_seed_gives_the_same_demo():
    run_demo()
    first = fingerprint()
    run_demo("--reset")
    assert fingerprint() == first


@resets_the_database
def test_another_seed_gives_other_comments():
    run_demo()
    first = fingerprint()
    run_demo("--reset", "--seed", "7")
    assert fingerprint()["texts"] != first["texts"]


def test_reset_refuses_a_database_with_other_organisations(organisation):
    with pytest.raises(CommandError, match="other organisations"):
        run_demo("--reset")
    assert Organisation.objects.filter(slug=organisation.slug).exists()


def test_every_demo_account_can_log_in_and_reach_its_start_page(client):
    run_demo()  # once for all accounts: building the demo is the slow part
    for account in ACCOUNTS:
        response = client.post(
            "/account/inloggen/", {"username": account.username, "password": DEMO_PASSWORD}
        )
        assert response.status_code == 302, f"{account.username} cannot log in"
        slug, role = account.roles[0]
        response = client.get(f"/app/{slug}/")
        assert response.status_code == 200, account.username
        assert role in response.context["board"].roles
        client.logout()


def test_one_account_per_role_in_the_municipality():
    run_demo()
    city = Organisation.objects.get(slug=MUNICIPALITY_SLUG)
    held = set(city.memberships.values_list("role", flat=True))
    assert held == set(Role.values)


def test_the_policy_is_published_a_next_version_is_drafted_and_some_have_not_read_the_code():
    from sereen.policy.selectors import acknowledgement_status, open_version, published_version_for

    run_demo()
    city = Organisation.objects.get(slug=MUNICIPALITY_SLUG)
    published = published_version_for(city)
    assert published.number == 1
    assert published.approval_body and published.decision_date and published.review_date
    draft = open_version(city)
    assert (draft.number, draft.state) == (2, "draft")
    assert "circulatieplan" in draft.change_note
    pending = {person.username for person in acknowledgement_status(city).pending}
    assert pending == {"redacteur", "antwoorder"}
    for slug in ("ocmw-zonnedaele", "bib-zonnedaele"):
        org = Organisation.objects.get(slug=slug)
        assert published_version_for(org) is not None
        assert open_version(org) is None
        assert not acknowledgement_status(org).pending


def test_the_insights_are_computed_after_building():
    from sereen.insights.models import CommentCount

    run_demo()
    city = Organisation.objects.get(slug=MUNICIPALITY_SLUG)
    assert CommentCount.objects.filter(organisation=city).exists()


def test_the_inbox_is_dated_like_the_history_it_replays():
    from sereen.inbox.models import ReviewItem
    from sereen.inbox.services import due_at_for
    from sereen.moderation.policy_access import published_policy

    run_demo()
    items = ReviewItem.objects.filter(organisation__slug=MUNICIPALITY_SLUG).select_related(
        "comment"
    )
    waiting = [item for item in items if item.status == "open"]
    handled = [item for item in items if item.status == "resolved"]
    assert waiting and handled
    for item in items:
        # Opened when the engine decided, a few seconds after the comment came in.
        assert dt.timedelta(0) < item.opened_at - item.comment.created_at < dt.timedelta(minutes=1)
    # People took minutes to hours, not zero seconds.
    assert all(item.resolved_at > item.opened_at for item in handled)
    # Deadlines count from when the item opened, as the policy's response targets say.
    _, policy = published_policy(Organisation.objects.get(slug=MUNICIPALITY_SLUG))
    for item in items:
        assert item.due_at == due_at_for(item.opened_at, item.priority, policy)


def test_a_fresh_threat_tops_the_moderator_s_queue_within_its_deadline():
    from django.utils import timezone

    from sereen.inbox.selectors import dashboard_queue

    run_demo()
    queue = dashboard_queue(Organisation.objects.get(slug=MUNICIPALITY_SLUG))
    first = queue["items"][0]
    assert first["urgent"]
    assert first["deadline"] > timezone.now()
