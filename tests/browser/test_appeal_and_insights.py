"""Journeys: a citizen contests a decision with the reference from the reason message; the insights
pages and the public transparency report show real figures and charts computed from the demo."""

from __future__ import annotations

import re

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


def _uncontested_reference() -> str:
    from sereen.moderation.models import ModerationDecision

    decision = (
        ModerationDecision.objects.filter(
            comment__organisation__slug=ORG,
            is_current=True,
            action="hide",
            reference__isnull=False,
            appeals__isnull=True,
        )
        .exclude(statement_of_reasons={})
        .order_by("pk")
        .first()
    )
    assert decision is not None, "the demo should hold a hidden comment nobody contested yet"
    return decision.reference


def test_citizen_files_an_appeal_with_the_reference_from_the_reason_message(page):
    from sereen.moderation.models import Appeal

    reference = _uncontested_reference()
    # The reason message links to this statement of reasons.
    page.goto(f"/{ORG}/bezwaar/reden/{reference}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Waarom we uw reactie beperkt hebben")
    expect(page.get_by_text(reference).first).to_be_visible()
    check_accessibility(page, "statement of reasons")
    screenshot(page, "public-statement-of-reasons")
    page.get_by_role("link", name="Bezwaar maken tegen deze beslissing").click()
    expect(page.get_by_label("Referentie")).to_have_value(reference)
    check_accessibility(page, "appeal form")
    screenshot(page, "public-appeal-form")

    # Sending without an explanation: a Dutch error, tied to its field for screen readers.
    page.get_by_role("button", name="Bezwaar indienen").click()
    text = page.get_by_label("Waarom bent u het niet eens?")
    error = page.locator("#id_text_error")
    expect(error).to_be_visible()
    expect(error).to_contain_text("Leg uit")
    check_accessibility(page, "appeal form with errors")
    screenshot(page, "public-appeal-form-errors")

    text.fill("Mijn reactie ging over het circulatieplan, niet over een persoon.")
    page.get_by_label(re.compile(r"^E-mailadres")).fill("burger@example.be")
    page.get_by_role("button", name="Bezwaar indienen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bezwaar ontvangen")
    expect(page.get_by_text(reference)).to_be_visible()
    check_accessibility(page, "appeal received")
    screenshot(page, "public-appeal-received")
    appeal = Appeal.objects.get(reference=reference)
    assert appeal.filed_by_public and appeal.status == Appeal.Status.OPEN


def described_by(page, field) -> str:
    """The text a screen reader reads as the field's description (aria-describedby)."""
    ids = (field.get_attribute("aria-describedby") or "").split()
    return " ".join(
        page.locator(f"[id='{i}']").inner_text() for i in ids if page.locator(f"[id='{i}']").count()
    )


def test_appeal_form_errors_are_read_out_with_their_field(page):
    page.goto(f"/{ORG}/bezwaar/")
    page.get_by_role("button", name="Bezwaar indienen").click()
    for label, message in (
        ("Referentie", "referentie"),
        ("Waarom bent u het niet eens?", "Leg uit"),
    ):
        field = page.get_by_label(label)
        assert field.get_attribute("aria-invalid") == "true", label
        assert message.lower() in described_by(page, field).lower(), (
            f"the error of {label!r} is not linked to the field with aria-describedby"
        )
    check_errors_are_linked(page, "appeal form")


def test_login_errors_are_read_out_with_their_field(page):
    page.goto("/account/inloggen/")
    page.get_by_role("button", name="Aanmelden").click()
    field = page.get_by_label("Gebruikersnaam")
    assert field.get_attribute("aria-invalid") == "true"
    assert "verplicht" in described_by(page, field)
    check_errors_are_linked(page, "login")


def _numbers(text: str) -> list[int]:
    return [int(n.replace(".", "")) for n in re.findall(r"\d[\d.]*", text)]


def test_insights_pages_show_computed_figures_and_charts(page):
    log_in(page, "lezer")
    for slug, name in (
        ("", "insights-participation"),
        ("vijandigheid/", "insights-hostility"),
        ("signalen/", "insights-coordination"),
        ("prestaties/", "insights-performance"),
    ):
        response = page.goto(f"/app/{ORG}/inzichten/{slug}")
        assert response.status == 200, f"{slug or 'participation'}: HTTP {response.status}"
        main = page.locator("main")
        expect(main.locator("table").first).to_be_visible()
        if slug != "signalen/":
            chart = main.locator("figure svg").first
            expect(chart).to_be_visible()
            # A chart has a text alternative.
            assert chart.get_attribute("role") == "img" or chart.locator("title").count()
        # Real figures: the tables hold numbers other than zero.
        assert any(n > 0 for n in _numbers(main.locator("table").first.inner_text())), slug
        check_accessibility(page, name)
        screenshot(page, name)
    # The participation page says in plain Dutch who really speaks.
    page.goto(f"/app/{ORG}/inzichten/")
    expect(page.locator("main")).to_contain_text("% van de reacties")


def test_public_transparency_report_shows_the_month_with_real_figures(page):
    from sereen.moderation.models import Comment

    page.goto(f"/{ORG}/transparantie/")
    check_accessibility(page, "transparency index")
    screenshot(page, "public-transparency-index")
    links = page.locator("main a[href*='/transparantie/20']")
    expect(links.first).to_be_visible()
    links.last.click()
    main = page.locator("main")
    expect(main.locator("figure svg").first).to_be_visible()
    expect(main.locator("table").first).to_be_visible()
    check_accessibility(page, "transparency month report")
    screenshot(page, "public-transparency-report")
    # Personal data never appears: no author handle of the demo shows up in the report.
    text = main.inner_text()
    handles = set(
        Comment.objects.filter(organisation__slug=ORG).values_list("author__handle", flat=True)
    )
    shown = [h for h in handles if len(h) > 6 and h in text]
    assert not shown, f"author names in the public report: {shown[:5]}"
    assert any(n > 0 for n in _numbers(main.locator("table").first.inner_text()))
