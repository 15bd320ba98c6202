"""Browser tests: Playwright driving Debian's Chromium against one live server over the demo.

- Chromium comes from Debian (``apt-get install chromium``) at /usr/bin/chromium, or SEREEN_CHROMIUM.
  Playwright never downloads a browser here. Without Chromium these tests fail under CI=true and are
  skipped with the reason otherwise (shown by ``pytest -ra``).
- axe-core comes from the npm registry (``npm ci --prefix tests/browser``, done by bin/setup).
- The small demo is built once; each test runs in a transaction rolled back afterwards (``server``).
- Screenshots of the main pages go to test-artifacts/screenshots/ (and of every page of a failed
  test), axe-core's full results to test-artifacts/axe/.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Playwright's sync API runs an event loop in this thread; Django's ORM refuses to run in a thread
# with a running loop unless told it is safe, which it is here (one test thread, no real async).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# Never let Playwright fetch browsers from the network.
os.environ.setdefault("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")

REPO = Path(__file__).resolve().parents[2]
AXE = REPO / "tests/browser/node_modules/axe-core/axe.min.js"
SCREENSHOTS = REPO / "test-artifacts/screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DEMO_PASSWORD = "sereen-demo"
ORG = "zonnedaele"
FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _missing(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (required in CI)", pytrace=False)
    pytest.skip(reason)


def chromium_path() -> str:
    return os.environ.get("SEREEN_CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    path = chromium_path()
    if not Path(path).is_file():
        _missing(
            f"Chromium not found at {path}: install Debian's chromium (apt-get install chromium) "
            "or set SEREEN_CHROMIUM"
        )
    if not AXE.is_file():
        _missing(
            f"axe-core not found at {AXE}: run `npm ci --prefix tests/browser` (bin/setup does)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=path, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(scope="package")
def server(django_db_setup: None, django_db_blocker: Any) -> Iterator[str]:
    """One live server for the whole browser suite, over one small demo built once.

    Building the demo for every test would cost seconds each. Instead it is built once, committed,
    and every browser test runs inside a transaction that is rolled back afterwards (the tests are
    marked ``django_db``), so each journey starts from the same demo whatever ran before it. That
    works because the test database is SQLite in memory, whose one connection Django's live server
    thread shares with the test. pytest-django's own ``live_server`` would flush the database after
    every test instead, so this starts the server with pytest-django's helper, and empties the
    database when the browser tests are done, leaving nothing behind for the tests that follow.
    """
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import override_settings

    from pytest_django.live_server_helper import LiveServer

    from sereen.demo.generator import build_demo

    if not (connection.vendor == "sqlite" and connection.is_in_memory_db()):
        pytest.fail(
            "The browser tests need the SQLite test database in memory (DATABASE_URL=sqlite:///...): "
            f"the live server must share the test's connection, and {connection.vendor} cannot.",
            pytrace=False,
        )
    with django_db_blocker.unblock():
        # The tests log in under the fast test hasher (tests/conftest.py), so hash with it too.
        with override_settings(PASSWORD_HASHERS=FAST_HASHERS):
            build_demo(size="small")
        live = LiveServer("localhost:0")
        try:
            yield live.url
        finally:
            _stop(live)
            call_command("flush", interactive=False, verbosity=0)


def _stop(live: Any) -> None:
    """Stop the live server once the requests it still handles are done.

    Its request threads share the test's connection; one that ends after the sharing stops would
    raise "DatabaseWrapper objects created in a thread can only be used in that same thread".
    """
    import threading

    live.thread.terminate()
    for thread in threading.enumerate():
        if thread.name.endswith("(process_request_thread)"):
            thread.join(timeout=10)
    for connection in live.thread.connections_override.values():
        connection.dec_thread_sharing()


@pytest.fixture
def new_page(request: pytest.FixtureRequest, browser: Any, server: str) -> Iterator[Any]:
    """Make a fresh browser page (own cookies) at the live server: ``page = new_page()``, or
    ``new_page(phone=True)`` for a phone-sized screen.

    When the test fails, each page is kept as a screenshot ``failed-<test>-<n>.png``.
    """
    contexts = []
    broken: list[str] = []

    def make(*, phone: bool = False) -> Any:
        viewport = {"width": 390, "height": 844} if phone else {"width": 1280, "height": 900}
        context = browser.new_context(
            base_url=server, locale="nl-BE", viewport=viewport, is_mobile=phone, has_touch=phone
        )
        context.set_default_timeout(10_000)
        # A page without its stylesheet or scripts would pass the checks in a state nobody sees.
        context.on(
            "response",
            lambda r: (
                broken.append(f"{r.status} {r.url}")
                if "/static/" in r.url and r.status >= 400
                else None
            ),
        )
        contexts.append(context)
        return context.new_page()

    yield make
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        for n, context in enumerate(contexts):
            for browser_page in context.pages:
                screenshot(browser_page, f"failed-{request.node.name}-{n}")
    for context in contexts:
        context.close()
    assert not broken, f"static files the pages asked for are missing: {broken}"


@pytest.fixture
def page(new_page: Any) -> Any:
    return new_page()


def log_in(page: Any, username: str, password: str = DEMO_PASSWORD) -> None:
    page.goto("/account/inloggen/")
    page.get_by_label("Gebruikersnaam").fill(username)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Aanmelden").click()
    page.wait_for_load_state()


def screenshot(page: Any, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"{re.sub(r'[^a-z0-9_-]+', '-', name.lower())}.png"
    page.screenshot(path=str(target), full_page=True)
    return target


def check_accessibility(page: Any, name: str) -> None:
    """Run axe-core on the page; fail on any serious or critical violation, listing each one."""
    problems = accessibility_problems(page, name)
    if problems:
        pytest.fail(problems, pytrace=False)


def accessibility_problems(page: Any, name: str) -> str:
    """axe-core's serious and critical violations on the page, described for a person ("" if none).

    Every result (minor ones too) is kept as JSON under test-artifacts/axe/.
    """
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async () => {
            const r = await axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
                resultTypes: ['violations'],
            });
            return r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html.slice(0, 160),
                                          summary: n.failureSummary}))
            }));
        }"""
    )
    bad = [v for v in result if v["impact"] in ("serious", "critical")]
    report_dir = REPO / "test-artifacts/axe"
    report_dir.mkdir(parents=True, exist_ok=True)
    (report_dir / f"{re.sub(r'[^a-z0-9_-]+', '-', name.lower())}.json").write_text(
        json.dumps(result, indent=2, ensure_ascii=False)
    )
    if bad:
        lines = [f"{len(bad)} serious/critical accessibility violation(s) on {name} ({page.url}):"]
        for v in bad:
            lines.append(f"- [{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
            for node in v["nodes"][:5]:
                lines.append(f"    at {node['target']}: {node['html']}")
                lines.append("      " + (node["summary"] or "").replace("\n", "\n      "))
        return "\n".join(lines)
    return ""


def check_errors_are_linked(page: Any, name: str) -> None:
    """Every field marked invalid names its error message in ``aria-describedby`` (WCAG 1.3.1,
    3.3.1), so a screen reader reads the message with the field; fail listing each field that
    points at nothing, and each visible message no field points at."""
    problems = page.evaluate(
        r"""() => {
            const out = [];
            const described = new Set();
            for (const field of document.querySelectorAll('[aria-invalid="true"]')) {
                const ids = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
                ids.forEach(i => described.add(i));
                const texts = ids.map(i => document.getElementById(i)).filter(Boolean)
                                 .map(e => e.textContent.trim()).filter(Boolean);
                if (!texts.length) {
                    out.push(`field ${field.name || field.id} (aria-describedby="${ids.join(' ')}") ` +
                             'points at no error message');
                }
            }
            for (const error of document.querySelectorAll('.field-error')) {
                if (error.offsetParent !== null && !described.has(error.id)) {
                    out.push(`error "${error.textContent.trim().slice(0, 60)}" (id="${error.id}") ` +
                             'is not linked to its field');
                }
            }
            if (!document.querySelector('[aria-invalid="true"]')) out.push('no field is marked invalid');
            return out;
        }"""
    )
    if problems:
        pytest.fail(
            f"form errors on {name} ({page.url}) are not linked to their fields:\n- "
            + "\n- ".join(problems),
            pytrace=False,
        )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """Keep the outcome of the test itself on the item, for ``new_page``'s screenshots."""
    report = yield
    if report.when == "call":
        item.report_call = report  # type: ignore[attr-defined]
    return report


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)
            # Each journey runs in a transaction rolled back afterwards (see ``server``).
            if item.get_closest_marker("django_db") is None:
                item.add_marker(pytest.mark.django_db)
