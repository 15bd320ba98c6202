"""Every public page, and the main internal pages per role, pass axe-core without serious or
critical violations, say they are Dutch, and are kept as screenshots.

The journeys check the pages they pass through; this sweep covers the rest. Each sweep visits all
its pages before failing, so one run lists every page with a problem.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.browser.conftest import ORG, accessibility_problems, log_in, screenshot

pytestmark = pytest.mark.browser


def sweep(page, pages: list[tuple[str, str]], expected_status: int = 200) -> None:
    """Visit each (name, address); collect wrong answers, missing lang and axe violations."""
    problems = []
    for name, address in pages:
        response = page.goto(address)
        if response is None or response.status != expected_status:
            problems.append(f"{name} ({address}): HTTP {response.status if response else '-'}")
            continue
        lang = page.locator("html").get_attribute("lang") or ""
        if not lang.lower().startswith("nl"):
            problems.append(f"{name} ({address}): <html lang={lang!r}>, expected Dutch")
        found = accessibility_problems(page, name)
        if found:
            problems.append(found)
        screenshot(page, name)
    assert not problems, "\n\n".join(problems)


def first_link(page, address: str, selector: str) -> str:
    """The address of the first link matching ``selector`` on the page at ``address``."""
    page.goto(address)
    href = page.locator(selector).first.get_attribute("href")
    assert href, f"no link {selector} on {address}"
    return href


def test_every_public_page(page):
    this_year = dt.date.today().year
    sweep(
        page,
        [
            ("public-front-page", "/"),
            ("public-organisation", f"/{ORG}/"),
            ("public-house-rules", f"/{ORG}/huisregels/"),
            ("public-full-policy", f"/{ORG}/huisregels/volledig/"),
            ("public-house-rules-version-1", f"/{ORG}/huisregels/versie/1/"),
            ("public-transparency-index", f"/{ORG}/transparantie/"),
            ("public-transparency-year", f"/{ORG}/transparantie/{this_year}/"),
            ("public-appeal-form", f"/{ORG}/bezwaar/"),
            ("public-house-rules-ocmw", "/ocmw-zonnedaele/huisregels/"),
            ("public-house-rules-library", "/bib-zonnedaele/huisregels/"),
            ("login", "/account/inloggen/"),
        ],
    )


def test_main_internal_pages_for_the_beheerder(page):
    log_in(page, "beheerder")
    app = f"/app/{ORG}"
    appeal = first_link(page, f"{app}/moderatie/bezwaren/", "main a[href*='/bezwaren/']")
    sweep(
        page,
        [
            ("start-beheerder", f"{app}/"),
            ("inbox-reply-templates", f"{app}/inbox/sjablonen/"),
            ("policy-index", f"{app}/beleid/"),
            ("policy-versions", f"{app}/beleid/versies/"),
            ("policy-version-1", f"{app}/beleid/versie/1/"),
            ("policy-compare", f"{app}/beleid/vergelijken/?a=1&b=2"),
            ("policy-edit-draft", f"{app}/beleid/versie/2/bewerken/"),
            *(
                (f"policy-edit-{part}", f"{app}/beleid/versie/2/bewerken/{part}/")
                for part in (
                    "gedragscode",
                    "huisregel",
                    "doelgroepen",
                    "verkeerslicht",
                    "platformen",
                    "rollen",
                    "drempels",
                    "kantooruren",
                    "sanctieladders",
                    "menselijke-beslissing",
                    "crisis",
                )
            ),
            ("policy-code-of-conduct", f"{app}/beleid/gedragscode/"),
            ("policy-acknowledgements", f"{app}/beleid/gedragscode/bevestigingen/"),
            ("moderation-appeals", f"{app}/moderatie/bezwaren/"),
            ("moderation-appeal", appeal),
            ("moderation-blocks", f"{app}/moderatie/blokkeringen/"),
            ("moderation-crisis", f"{app}/moderatie/crisis/"),
            ("channels", f"{app}/kanalen/"),
        ],
    )


def test_main_internal_pages_for_the_moderator_and_the_leidinggevende(new_page):
    moderator = new_page()
    log_in(moderator, "moderator")
    app = f"/app/{ORG}"
    sweep(
        moderator,
        [
            ("start-moderator", f"{app}/"),
            ("inbox-queue-urgent", f"{app}/inbox/?priority=urgent"),
            ("inbox-handled", f"{app}/inbox/?status=resolved"),
        ],
    )
    manager = new_page()
    log_in(manager, "leidinggevende")
    sweep(manager, [("start-leidinggevende", f"{app}/")])


def test_another_organisation_s_pages_are_refused_in_plain_dutch(page):
    log_in(page, "bib")
    sweep(page, [("error-403-other-organisation", f"/app/{ORG}/inbox/")], expected_status=403)


def test_the_500_page_is_dutch_and_accessible(page):
    """The server error page is static (whatever broke may break templates too): check it as is."""
    from tests.browser.conftest import REPO

    page.set_content((REPO / "sereen/templates/500.html").read_text(encoding="utf-8"))
    assert page.locator("html").get_attribute("lang") == "nl-BE"
    assert page.get_by_role("heading", level=1).inner_text() == "Er ging iets mis"
    problems = accessibility_problems(page, "error-500")
    assert not problems, problems
    screenshot(page, "error-500")


def test_public_pages_on_a_phone(new_page):
    """Citizens mostly come from a link on social media, on a phone."""
    phone = new_page(phone=True)
    today = dt.date.today()
    sweep(
        phone,
        [
            ("phone-organisation", f"/{ORG}/"),
            ("phone-house-rules", f"/{ORG}/huisregels/"),
            ("phone-transparency-year", f"/{ORG}/transparantie/{today.year}/"),
            ("phone-transparency-month", f"/{ORG}/transparantie/{today.year}/{today.month}/"),
            ("phone-appeal-form", f"/{ORG}/bezwaar/"),
        ],
    )
    # Nothing makes the page wider than the screen (tables scroll inside their own box).
    for address in (f"/{ORG}/huisregels/", f"/{ORG}/transparantie/{today.year}/{today.month}/"):
        phone.goto(address)
        # innerWidth would grow with the content on a phone; the screen does not.
        width = phone.evaluate("() => document.documentElement.scrollWidth")
        extra = width - phone.viewport_size["width"]
        assert extra <= 0, f"{address} is {extra}px wider than a phone screen"
