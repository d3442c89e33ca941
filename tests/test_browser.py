"""Browser test: the pages as a person sees them, in Debian's Chromium driven by Playwright."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from warta.corpus.store import Store
from warta.model import Article

pytestmark = pytest.mark.browser

FIXTURE = Path(__file__).parent / "fixtures" / "store_articles.jsonl"
ARTICLES = [Article.from_json(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _need_browser() -> None:
    reason = None
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        reason = f"Chromium not found at {CHROMIUM} (Debian package chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            reason = "playwright is not installed (pip install -e '.[dev]')"
    if reason is None:
        return
    if os.environ.get("WARTA_REQUIRE_BROWSER") == "1":
        pytest.fail(f"WARTA_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    _need_browser()
    import uvicorn

    from warta.serve.app import create_app

    db = tmp_path_factory.mktemp("browser") / "warta.db"
    with Store(db) as store:
        store.add_many(ARTICLES)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def page(base_url):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        yield page
        browser.close()


def test_browser_list_search_and_article_page(base_url, page):
    page.goto(base_url + "/")
    rows = page.locator("table.articles tbody tr")
    assert rows.count() == 3
    assert "Kompas.com" in rows.first.inner_text()

    page.fill("input[name=q]", "gencatan senjata")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/?q=*")
    assert rows.count() == 1
    assert page.locator("table.articles .snippet mark").first.is_visible()

    page.click("text=Blinken tiba di Tel Aviv bahas gencatan senjata")
    page.wait_for_url("**/articles/*")
    assert page.locator("h1").inner_text() == "Blinken tiba di Tel Aviv bahas gencatan senjata"
    page.screenshot(path="/tmp/warta-article.png", full_page=True)

    text_colour = page.locator(".article-text").evaluate("e => getComputedStyle(e).backgroundColor")
    backgrounds = {}
    for kind in ("entity", "quote", "count", "time", "citation"):
        mark = page.locator(f".article-text mark.hl-{kind}").first
        assert mark.is_visible(), kind
        backgrounds[kind] = mark.evaluate("e => getComputedStyle(e).backgroundColor")
        assert backgrounds[kind] != text_colour, kind
        assert mark.get_attribute("title")
    assert len(set(backgrounds.values())) == 5  # each kind its own colour

    citation = page.locator(".article-text mark.hl-citation").first
    assert citation.inner_text() == "dilansir Reuters"
    assert citation.get_attribute("title") == "Citation: Reuters"
    # The count sits inside the quote, and its own colour wins there.
    count = page.locator(".article-text mark.hl-quote mark.hl-count").first
    assert count.is_visible() and count.inner_text() == "Sedikitnya 13.300 orang"


def test_browser_removed_noise_is_collapsed_until_opened(base_url, page):
    page.goto(f"{base_url}/articles/{ARTICLES[0].id}")
    details = page.locator("details.removed")
    assert details.evaluate("e => e.open") is False
    noise = page.locator("details.removed li").first
    assert not noise.is_visible()
    page.click("details.removed summary")
    assert noise.is_visible() and "BACA JUGA" in noise.inner_text()
