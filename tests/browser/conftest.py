"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

- Chromium comes from Debian (``apt-get install chromium``) at /usr/bin/chromium, or SEREEN_CHROMIUM.
  Playwright never downloads a browser here. Without Chromium these tests fail under CI=true and are
  skipped with the reason otherwise (shown by ``pytest -ra``).
- axe-core comes from the npm registry (``npm ci --prefix tests/browser``, done by bin/setup).
- Screenshots of the main pages go to test-artifacts/screenshots/.
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


@pytest.fixture
def demo(live_server) -> Any:
    """The small demo: Zonnedaele with its accounts, policy, channels and a fortnight of comments."""
    from sereen.demo.generator import build_demo

    return build_demo(size="small")


@pytest.fixture
def new_page(browser, live_server) -> Iterator[Any]:
    """Make a fresh browser page (own cookies) at the live server: ``page = new_page()``."""
    contexts = []

    def make() -> Any:
        context = browser.new_context(
            base_url=live_server.url, locale="nl-BE", viewport={"width": 1280, "height": 900}
        )
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page) -> Any:
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
        pytest.fail("\n".join(lines), pytrace=False)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)
