"""Journey: a new version of the policy goes through approval. The beheerder submits the draft
the demo prepared, the governing body (bestuur) records its approval, the beheerder publishes, and
a citizen reads the new house rules."""

from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import (
    ORG,
    check_accessibility,
    check_errors_are_linked,
    log_in,
    screenshot,
)

pytestmark = pytest.mark.browser


def test_a_new_policy_version_is_submitted_approved_and_published(new_page):
    from sereen.demo.texts import NEXT_VERSION_EXAMPLE

    beheerder = new_page()
    log_in(beheerder, "beheerder")
    policy_card = beheerder.locator("#policy-state")
    expect(policy_card).to_contain_text("Versie 2 is een ontwerp")
    check_accessibility(beheerder, "start page (beheerder)")
    policy_card.get_by_role("link", name="Versie 2 openen").click()
    expect(beheerder.get_by_role("heading", level=1)).to_contain_text("Versie 2")
    check_accessibility(beheerder, "policy version (draft)")
    screenshot(beheerder, "policy-version-draft")
    beheerder.get_by_role("button", name="Indienen bij het bestuur").click()
    expect(beheerder.get_by_role("heading", level=1)).to_contain_text("ingediend")

    bestuur = new_page()
    log_in(bestuur, "bestuur")
    expect(bestuur.locator("#policy-state")).to_contain_text("Versie 2 wacht op goedkeuring")
    check_accessibility(bestuur, "start page (bestuur)")
    screenshot(bestuur, "start-bestuur")
    bestuur.locator("#policy-state").get_by_role("link", name="Versie 2 openen").click()
    bestuur.get_by_role("link", name="Beslissing registreren").click()
    expect(bestuur.get_by_role("heading", level=1)).to_have_text("Beslissing over versie 2")
    check_accessibility(bestuur, "policy approval form")
    screenshot(bestuur, "policy-approval-form")

    # Recording the approval without its details: plain Dutch errors, linked to their fields.
    approval = bestuur.locator("form").filter(
        has=bestuur.get_by_role("button", name="Goedkeuring registreren")
    )
    approval.get_by_label("Referentie van de beslissing").fill("")
    approval.get_by_role("button", name="Goedkeuring registreren").click()
    expect(bestuur.locator(".field-error").first).to_be_visible()
    check_accessibility(bestuur, "policy approval form with errors")
    screenshot(bestuur, "policy-approval-errors")
    check_errors_are_linked(bestuur, "policy approval form")

    today = dt.date.today()
    approval = bestuur.locator("form").filter(
        has=bestuur.get_by_role("button", name="Goedkeuring registreren")
    )
    approval.get_by_label("Goedgekeurd door (orgaan)").fill("College van burgemeester en schepenen")
    approval.get_by_label("Datum van de beslissing").fill(today.isoformat())
    approval.get_by_label("Referentie van de beslissing").fill("CBS/2026/0815")
    approval.get_by_label("Herzieningsdatum").fill(today.replace(year=today.year + 1).isoformat())
    approval.get_by_role("button", name="Goedkeuring registreren").click()
    expect(bestuur.locator("main")).to_contain_text("CBS/2026/0815")

    beheerder.goto(f"/app/{ORG}/")
    expect(beheerder.locator("#policy-state")).to_contain_text("Versie 2 is goedgekeurd")
    beheerder.locator("#policy-state").get_by_role("link", name="Versie 2 openen").click()
    beheerder.get_by_role("button", name="Publiceren: deze versie in werking stellen").click()
    beheerder.goto(f"/app/{ORG}/")
    expect(beheerder.locator("#policy-state")).to_contain_text("v2")
    expect(beheerder.locator("#policy-state")).not_to_contain_text("ontwerp")

    citizen = new_page()
    citizen.goto(f"/{ORG}/huisregels/")
    expect(citizen.locator("main")).to_contain_text(NEXT_VERSION_EXAMPLE)
    check_accessibility(citizen, "public house rules")
    screenshot(citizen, "public-house-rules")
