"""The public house rules: only what is published, with older versions, no login needed."""

from __future__ import annotations

import itertools

import pytest

from sereen.policy import selectors, services
from tests.factories.policy import with_rule_title

pytestmark = pytest.mark.django_db


@pytest.fixture
def second_published(people, published, approve_kwargs):
    draft = services.start_new_draft_from(version=published, actor=people["beheerder"])
    code = draft.document["house_rules"]["rules"][0]["code"]
    services.update_draft(
        version=draft,
        actor=people["beheerder"],
        document=with_rule_title(draft.document, code, "Nieuwe titel in versie twee"),
    )
    services.submit_for_approval(version=draft, actor=people["beheerder"])
    services.approve(version=draft, actor=people["bestuur"], **approve_kwargs)
    return services.publish(version=draft, actor=people["beheerder"])


def test_the_house_rules_in_force_are_public(client, published):
    response = client.get("/testegem/huisregels/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="nl-be">' in html
    policy = selectors.engine_policy_of(published)
    for rule in policy.house_rules.rules:
        assert f'id="regel-{rule.code}"' in html
    example = next(
        e
        for rule in policy.house_rules.rules
        for e in rule.forbidden_examples + rule.allowed_examples
    )
    assert example.replace("'", "&#x27;").replace('"', "&quot;") in html


def test_the_page_shows_version_and_approval(client, published):
    html = client.get("/testegem/huisregels/").content.decode()
    assert published.approval_body in html
    assert published.decision_reference in html
    assert "Versie 1" in html or "version 1" in html.lower()


def test_the_moderation_process_is_an_accessible_flowchart_with_the_same_steps_in_a_list(
    client, published
):
    html = client.get("/testegem/huisregels/").content.decode()
    svg = html.split("<svg", 1)[1].split("</svg>", 1)[0]
    assert 'role="img"' in svg
    assert 'aria-labelledby="flow-title flow-desc"' in svg
    assert '<title id="flow-title">' in svg and '<desc id="flow-desc">' in svg
    steps = html.split('<ol id="moderation-steps">', 1)[1].split("</ol>", 1)[0]
    assert steps.count("<li>") == 7
    from sereen.policy import presentation

    for step in presentation.moderation_steps(selectors.engine_policy_of(published)):
        assert step.title.split()[0] in svg
        assert step.title in steps


def test_links_to_transparency_appeal_and_the_full_policy(client, published):
    html = client.get("/testegem/huisregels/").content.decode()
    assert 'href="/testegem/bezwaar/"' in html
    assert 'href="/testegem/transparantie/"' in html
    assert 'href="/testegem/huisregels/volledig/"' in html


def test_drafts_never_leak(client, people, published):
    draft = services.start_new_draft_from(version=published, actor=people["beheerder"])
    code = draft.document["house_rules"]["rules"][0]["code"]
    services.update_draft(
        version=draft,
        actor=people["beheerder"],
        document=with_rule_title(draft.document, code, "Geheime ontwerptitel"),
    )
    services.submit_for_approval(version=draft, actor=people["beheerder"])
    for address in ("/testegem/huisregels/", "/testegem/huisregels/volledig/"):
        assert "Geheime ontwerptitel" not in client.get(address).content.decode()
    assert client.get("/testegem/huisregels/versie/2/").status_code == 404
    assert client.get("/testegem/huisregels/versie/2/volledig/").status_code == 404


def test_older_versions_stay_readable(client, published, second_published):
    html = client.get("/testegem/huisregels/").content.decode()
    assert "Nieuwe titel in versie twee" in html
    assert 'href="/testegem/huisregels/versie/1/"' in html
    old = client.get("/testegem/huisregels/versie/1/").content.decode()
    assert "Nieuwe titel in versie twee" not in old
    assert 'class="alert alert-warn"' in old  # "no longer in force"
    assert 'href="/testegem/huisregels/"' in old


def test_the_full_policy_is_printable(client, published):
    response = client.get("/testegem/huisregels/volledig/")
    html = response.content.decode()
    assert response.status_code == 200
    for anchor in (
        "deel-gedragscode",
        "deel-huisregels",
        "deel-beheer",
        "deel-doelgroepen",
        "deel-verkeerslicht",
        "deel-platformen",
        "deel-rollen",
    ):
        assert f'id="{anchor}"' in html
    policy = selectors.engine_policy_of(published)
    assert policy.code_of_conduct.guidelines[0].title in html
    assert "Opslaan als pdf" in html  # says how to make the PDF
    assert "policy/policy.css" in html


def test_unknown_organisation_is_404(client):
    assert client.get("/bestaat-niet/huisregels/").status_code == 404
    assert client.get("/bestaat-niet/huisregels/volledig/").status_code == 404
    assert client.get("/bestaat-niet/huisregels/versie/1/").status_code == 404


def test_without_a_published_policy_the_page_says_so(client, organisation, people):
    services.create_draft(organisation=organisation, actor=people["beheerder"])
    response = client.get("/testegem/huisregels/")
    assert response.status_code == 404
    assert "Gemeente Testegem" in response.content.decode()


def test_headings_go_in_order(client, published):
    import re

    html = client.get("/testegem/huisregels/").content.decode()
    levels = [int(n) for n in re.findall(r"<h([1-6])[ >]", html)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))
