"""Internal insights pages, CSV export, permissions, and the public report without personal data."""

from __future__ import annotations

from django.urls import reverse

import pytest

from sereen.insights import services
from tests.factories.insights import DAY, scenario
from tests.factories.policy import PublishedVersionFactory

pytestmark = pytest.mark.django_db

PERIOD = {"date_from": "2025-03-01", "date_to": "2025-03-31"}
SECTIONS = ["index", "participation", "hostility", "coordination", "performance"]


@pytest.fixture
def data(organisation):
    s = scenario(organisation)
    services.refresh_rollups(organisation=organisation)
    return s


@pytest.mark.parametrize("role", ["beheerder", "moderator", "leidinggevende", "lezer", "redacteur"])
def test_roles_that_may_see_insights(client, organisation, member, data, role):
    client.force_login(member(role))
    for name in SECTIONS:
        response = client.get(reverse(f"insights:{name}", args=[organisation.slug]), PERIOD)
        assert response.status_code == 200, name


@pytest.mark.parametrize("role", ["antwoorder", "bestuur"])
def test_roles_that_may_not(client, organisation, member, role):
    client.force_login(member(role))
    assert client.get(reverse("insights:index", args=[organisation.slug])).status_code == 403


def test_anonymous_goes_to_login(client, organisation):
    response = client.get(reverse("insights:index", args=[organisation.slug]))
    assert response.status_code == 302 and "/account/inloggen/" in response["Location"]


def test_member_of_other_org_is_refused(client, organisation, member):
    from tests.factories.accounts import OrganisationFactory

    other = OrganisationFactory(slug="elders")
    client.force_login(member("beheerder", org=other))
    assert client.get(reverse("insights:index", args=[organisation.slug])).status_code == 403


def test_pages_show_figures_and_accessible_charts(client, organisation, member, data):
    client.force_login(member("moderator"))
    html = client.get(
        reverse("insights:participation", args=[organisation.slug]), PERIOD
    ).content.decode()
    assert "54% van de reacties komt van 2 personen" in html
    html = client.get(
        reverse("insights:participation", args=[organisation.slug]),
        {**PERIOD, "channel": data["a"].pk},
    ).content.decode()
    assert "60% van de reacties komt van 1 persoon" in html
    assert 'role="img"' in html and "<title" in html and "<desc" in html and 'viewBox="' in html
    assert '<th scope="col">' in html and "<caption>" in html
    html = client.get(
        reverse("insights:hostility", args=[organisation.slug]), PERIOD
    ).content.decode()
    assert "Luide Lode" in html  # internal page: repeat authors are named for the moderators
    html = client.get(
        reverse("insights:coordination", args=[organisation.slug]), PERIOD
    ).content.decode()
    assert "Stop de windmolens NU!!" in html
    assert 'role="note"' in html  # the "signal, not a verdict" notice
    assert "Signaal: (bijna) identieke teksten van minstens 3 accounts" in html


def test_participation_compares_commenters_with_the_reach(client, organisation, member, data):
    client.force_login(member("moderator"))
    html = client.get(
        reverse("insights:participation", args=[organisation.slug]),
        {**PERIOD, "channel": data["a"].pk},
    ).content.decode()
    # 5 commenters among 1000 followers (entered on the channel): far below the 1/9/90 rule.
    assert "Slechts 0,5% van het bereik reageerde" in html
    html = client.get(
        reverse("insights:participation", args=[organisation.slug]), {**PERIOD, "post": "p1"}
    ).content.decode()
    assert "0,6% van het bereik reageerde" in html  # the post's own reach: 5 of 800


def test_performance_page_shows_review_items_against_their_targets(
    client, organisation, member, data
):
    client.force_login(member("leidinggevende"))
    html = client.get(
        reverse("insights:performance", args=[organisation.slug]), PERIOD
    ).content.decode()
    assert '<th scope="row">Afgehandeld binnen de streeftijd</th><td>1</td>' in html
    assert '<th scope="row">Open en over de streeftijd</th><td>1</td>' in html
    assert '<th scope="row">Gemiddelde afhandeltijd (uur)</th><td>2,5</td>' in html


def test_rule_titles_come_from_the_published_policy(client, organisation, member, data):
    PublishedVersionFactory(policy__organisation=organisation)
    client.force_login(member("moderator"))
    html = client.get(
        reverse("insights:hostility", args=[organisation.slug]), PERIOD
    ).content.decode()
    assert "Geen haat of discriminatie" in html
    body = client.get(
        reverse("insights_public:year", args=[organisation.slug, 2025]),
        {"format": "csv", "table": "report_rules"},
    ).content.decode("utf-8-sig")
    assert "R2;Geen haat of discriminatie;2;0;2;2" in body
    assert "R1;Geen persoonlijke beledigingen;0;0;0;0" in body  # every rule, also unused ones


def test_bad_filter_is_a_clear_400(client, organisation, member):
    client.force_login(member("moderator"))
    response = client.get(
        reverse("insights:index", args=[organisation.slug]),
        {"date_from": "2025-04-01", "date_to": "2025-03-01"},
    )
    assert response.status_code == 400


def test_csv_export(client, organisation, member, data):
    client.force_login(member("lezer"))
    response = client.get(
        reverse("insights:export", args=[organisation.slug, "hostility_rules"]), PERIOD
    )
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    body = response.content.decode("utf-8-sig")
    assert (
        body.splitlines()[0] == "Huisregel;Titel;Verborgen of verwijderd;Aandeel van alle reacties"
    )
    assert "R2;;2;15,4%" in body
    response = client.get(
        reverse("insights:participation", args=[organisation.slug]),
        {**PERIOD, "format": "csv", "table": "participation_channel"},
    )
    assert "Facebook Testegem;10;5" in response.content.decode("utf-8-sig")
    assert (
        client.get(reverse("insights:export", args=[organisation.slug, "nope"])).status_code == 404
    )


#: Every author handle and every comment text of the scenario: none may reach the public report.
PERSONAL = [
    "Luide Lode", "Stille", "Kopie", "Geheime tekst", "Wanneer gaat de straat open", "Goed plan",
    "Eindelijk", "fietsers", "windmolens", "Windmolens", "user-",
]  # fmt: skip


def test_public_report_has_figures_and_no_personal_data(client, organisation, data):
    for url in [
        reverse("insights_public:index", args=[organisation.slug]),
        reverse("insights_public:year", args=[organisation.slug, 2025]),
        reverse("insights_public:month", args=[organisation.slug, 2025, 3]),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for secret in PERSONAL:
            assert secret not in html, (url, secret)
        assert reverse("policy_public:index", args=[organisation.slug]) in html
    html = client.get(
        reverse("insights_public:month", args=[organisation.slug, 2025, 3])
    ).content.decode()
    assert '<th scope="row">Reacties ontvangen</th><td>13</td>' in html
    assert 'role="img"' in html and "<caption>" in html
    csv = client.get(
        reverse("insights_public:year", args=[organisation.slug, 2025]),
        {"format": "csv", "table": "report_rules"},
    )
    body = csv.content.decode("utf-8-sig")
    assert "R2;;2;0;2;2" in body
    for name in ["report_totals", "report_rules", "report_appeals", "report_months"]:
        body = client.get(
            reverse("insights_public:year", args=[organisation.slug, 2025]),
            {"format": "csv", "table": name},
        ).content.decode("utf-8-sig")
        for secret in PERSONAL:
            assert secret not in body, (name, secret)
    assert (
        client.get(reverse("insights_public:month", args=[organisation.slug, 2025, 13])).status_code
        == 404
    )


def test_public_report_unknown_org_is_404(client, db):
    assert client.get("/bestaat-niet/transparantie/").status_code == 404


def test_refresh_command(organisation, data, capsys):
    from django.core.management import call_command

    call_command("refresh_insights", "--org", organisation.slug, "--all")
    assert "13 comments counted" in capsys.readouterr().out
    assert DAY.year == 2025


def test_nightly_task_refreshes_the_last_weeks(organisation, data):
    from sereen.insights import tasks
    from sereen.insights.models import RollupState

    result = tasks.refresh_insights.enqueue(organisation.pk, DAY.isoformat())
    assert result.return_value == 13  # every comment of the scenario is on or after DAY
    assert RollupState.objects.get(organisation=organisation).since == DAY


def test_topic_filter_offers_the_known_topics(client, organisation, member, data):
    client.force_login(member("moderator"))
    url = reverse("insights:participation", args=[organisation.slug])
    html = client.get(url, PERIOD).content.decode()
    assert '<option value="energie">energie</option>' in html
    response = client.get(url, {**PERIOD, "topic": "energie"})
    assert response.status_code == 200
    assert "67% van de reacties komt van 2 personen" in response.content.decode()
    response = client.get(url, {**PERIOD, "topic": "bestaat-niet"})
    assert response.status_code == 400
    assert "bestaat-niet" in response.content.decode()  # the error names the wrong choice
