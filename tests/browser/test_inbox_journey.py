"""Journey: a moderator works through the queue with the keyboard only, hides a comment citing a
house rule, reads the reason message the author gets, and finds the action in the audit log."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import ORG, check_accessibility, log_in, screenshot

pytestmark = pytest.mark.browser


def open_first_item_with_the_keyboard(page) -> tuple[str, str]:
    """From the start page to the most urgent comment, keyboard only; returns (item id, rule)."""
    log_in(page, "moderator")
    page.get_by_role("link", name="Open de inbox").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/app/{ORG}/inbox/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Inbox")
    check_accessibility(page, "inbox queue")
    screenshot(page, "inbox-queue")

    # j moves to the first (most urgent) comment, Enter opens it.
    page.keyboard.press("j")
    first_row = page.locator(".queue-row").first
    expect(first_row).to_have_attribute("aria-current", "true")
    expect(first_row.locator(".item-link")).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/app/{ORG}/inbox/\d+/"))
    check_accessibility(page, "inbox item")
    screenshot(page, "inbox-item")

    # Threats come first; the engine's proposal (the house rule it saw broken) is pre-selected.
    expect(page.locator("#item-priority")).to_have_text("dringend")
    proposed = page.locator("input[name=rule]:checked")
    expect(proposed).to_have_count(1)
    item_id = page.locator("#review-item").get_attribute("data-item-id")
    return item_id or "", proposed.get_attribute("value") or ""


def test_moderator_hides_a_comment_with_the_keyboard_and_the_author_is_told_which_rule(page):
    item_id, rule = open_first_item_with_the_keyboard(page)
    page.keyboard.press("h")

    # The next comment is swapped in; the outcome quotes the message the author receives.
    outcome = page.locator("#inbox-outcome")
    expect(outcome).to_contain_text("Reactie verborgen. Boodschap aan de auteur:")
    expect(outcome).to_contain_text(f"huisregel {rule}")
    expect(outcome).to_contain_text(f"/{ORG}/huisregels/")
    expect(page.locator("#review-item")).not_to_have_attribute("data-item-id", item_id)
    expect(page.locator("#review-item-title")).to_be_focused()
    check_accessibility(page, "inbox after hiding")
    screenshot(page, "inbox-after-hiding")
    reference = re.search(r"referentie ([A-Z0-9]{4}-[A-Z0-9]{4})", outcome.inner_text())
    assert reference, "the reason message gives the author a reference to object with"

    # The hidden comment is handled by the moderator.
    page.goto(f"/app/{ORG}/inbox/{item_id}/")
    expect(page.locator("#item-status")).to_contain_text("moderator")
    # The author follows the reference to the statement of reasons, which cites the rule.
    page.goto(f"/{ORG}/bezwaar/reden/{reference.group(1)}/")
    expect(page.locator("main")).to_contain_text(rule)


def test_moderator_finds_the_hidden_comment_in_the_audit_log(page):
    _, rule = open_first_item_with_the_keyboard(page)
    # Keyboard only, without the shortcut: Tab to the button and press Enter.
    page.locator("#action-hide").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#inbox-outcome")).to_contain_text("Reactie verborgen.")

    response = page.goto(f"/app/{ORG}/inbox/audit/?action=inbox.item_resolved&actor=moderator")
    assert response.status == 200, (
        f"the moderator may not read the audit log (HTTP {response.status})"
    )
    row = page.locator(".audit-row[data-action='inbox.item_resolved']").first
    expect(row).to_contain_text("moderator")
    expect(row).to_contain_text('"resolution": "hide"')
    expect(row).to_contain_text(rule)
    check_accessibility(page, "audit log")
    screenshot(page, "audit-log")
