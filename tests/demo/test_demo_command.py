"""``sereen demo``: idempotent, reproducible with its seed, every account can log in.

These run the real generator at its small size, so they need the policy app's
``install_starter_policy`` and exercise ingest, the engine, reviews and appeals end to end.
"""

from __future__ import annotations

from io import StringIO

from django.core.management import CommandError, call_command

import pytest

from sereen.accounts.models import Organisation, Role
from sereen.demo.generator import ACCOUNTS, DEMO_PASSWORD, MUNICIPALITY_SLUG, summarise
from sereen.moderation.models import Appeal, Comment, ModerationDecision

pytestmark = pytest.mark.django_db(transaction=False)


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
    engine = ModerationDecision.objects.filter(automated=True)
    assert engine.filter(policy_version__isnull=False).count() == engine.count()
    assert engine.filter(action="hide").exists()
    assert ModerationDecision.objects.filter(automated=False, is_current=True).exists()
    assert comments.filter(status=Comment.Status.AWAITING_REVIEW).exists()
    assert comments.filter(topic="circulatieplan").count() >= 40
    assert Appeal.objects.filter(status=Appeal.Status.DECIDED).exists()
    # The channels of the municipality: Facebook, Instagram, X, YouTube and the website.
    platforms = set(city.channels.values_list("platform", flat=True))
    assert platforms == {"facebook", "instagram", "x", "youtube", "website"}
    assert comments.exclude(post_reach=None).exists()


def test_demo_prints_where_to_log_in_and_every_account():
    output = run_demo()
    assert "/account/inloggen/" in output
    assert DEMO_PASSWORD in output
    for account in ACCOUNTS:
        assert account.username in output


def test_running_the_demo_twice_changes_nothing():
    run_demo()
    before = fingerprint()
    count = ModerationDecision.objects.count()
    output = run_demo()
    assert "bestaat al" in output
    assert fingerprint() == before
    assert ModerationDecision.objects.count() == count


def test_the_same_seed_gives_the_same_demo():
    run_demo()
    first = fingerprint()
    run_demo("--reset")
    assert fingerprint() == first


def test_another_seed_gives_other_comments():
    run_demo()
    first = fingerprint()
    run_demo("--reset", "--seed", "7")
    assert fingerprint()["texts"] != first["texts"]


def test_reset_refuses_a_database_with_other_organisations(organisation):
    with pytest.raises(CommandError, match="other organisations"):
        run_demo("--reset")
    assert Organisation.objects.filter(slug=organisation.slug).exists()


@pytest.mark.parametrize("account", ACCOUNTS, ids=lambda a: a.username)
def test_every_demo_account_can_log_in_and_reach_its_start_page(client, account):
    run_demo()
    response = client.post(
        "/account/inloggen/", {"username": account.username, "password": DEMO_PASSWORD}
    )
    assert response.status_code == 302, "login failed"
    slug, role = account.roles[0]
    response = client.get(f"/app/{slug}/")
    assert response.status_code == 200
    assert role in response.context["board"].roles


def test_one_account_per_role_in_the_municipality():
    run_demo()
    city = Organisation.objects.get(slug=MUNICIPALITY_SLUG)
    held = set(city.memberships.values_list("role", flat=True))
    assert held == set(Role.values)
