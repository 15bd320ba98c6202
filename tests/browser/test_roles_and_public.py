"""Journeys: log in per role; read the public pages as an anonymous citizen; error pages."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ORG, check_accessibility, log_in, screenshot

pytestmark = pytest.mark.browser

ROLES = ("moderator", "antwoorder", "beheerder", "redacteur", "leidinggevende", "bestuur", "lezer")


def test_each_role_logs_in_and_lands_on_its_start_page(new_page):
    for role in ROLES:
        page = new_page()
        log_in(page, role)
        expect(page).to_have_url(f"{page.url.split('/app/')[0]}/app/{ORG}/")
        expect(page.get_by_role("heading", level=1)).to_have_text("Gemeente Zonnedaele")
        expect(page.get_by_role("heading", name="Wat nu te doen is")).to_be_visible()
        if role in ("moderator", "antwoorder"):
            expect(page.get_by_text("wachten op een medewerker")).to_be_visible()
            expect(page.get_by_role("heading", name="Eerst aan de beurt")).to_be_visible()
        if role in ("beheerder", "bestuur"):
            expect(page.get_by_text("Socialemediabeleid:")).to_be_visible()
        if role == "leidinggevende":
            expect(page.get_by_text("om over te beslissen")).to_be_visible()
        if role in ("moderator", "beheerder", "lezer"):
            screenshot(page, f"start-{role}")
            check_accessibility(page, f"start page ({role})")


def test_wrong_password_shows_a_dutch_error_linked_to_the_form(page):
    log_in(page, "moderator", "verkeerd")
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("gebruikersnaam en wachtwoord")
    check_accessibility(page, "login with error")
    screenshot(page, "login-error")


def test_login_page_is_accessible_and_keyboard_usable(page):
    page.goto("/account/inloggen/")
    check_accessibility(page, "login")
    screenshot(page, "login")
    # Keyboard only: on every page the skip link comes first.
    page.goto("/")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Naar de inhoud")).to_be_focused()
    # The user name field has the focus on arrival at the login page.
    page.goto("/account/inloggen/")
    expect(page.get_by_label("Gebruikersnaam")).to_be_focused()
    page.keyboard.type("moderator")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Wachtwoord")).to_be_focused()
    page.keyboard.type("sereen-demo")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/app/{ORG}/")


def test_citizen_reads_the_public_pages(page):
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "nl-be")
    check_accessibility(page, "front page")
    screenshot(page, "public-front-page")
    page.get_by_role("link", name="Gemeente Zonnedaele").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Gemeente Zonnedaele")
    check_accessibility(page, "organisation page")
    screenshot(page, "public-organisation")
    page.get_by_role("link", name="Transparantierapport").click()
    expect(page).to_have_url(f"{page.url.split(f'/{ORG}/')[0]}/{ORG}/transparantie/")
    check_accessibility(page, "transparency report")
    screenshot(page, "public-transparency")


def test_error_pages_are_dutch_and_accessible(page):
    response = page.goto("/deze-pagina-bestaat-niet/")
    assert response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Deze pagina bestaat niet")
    check_accessibility(page, "404")
    screenshot(page, "error-404")
    log_in(page, "redacteur")
    # A redacteur may not read the appeals.
    response = page.goto(f"/app/{ORG}/moderatie/bezwaren/")
    assert response.status == 403
    expect(page.get_by_role("heading", level=1)).to_have_text("U hebt geen toegang tot deze pagina")
    check_accessibility(page, "403")
    screenshot(page, "error-403")
