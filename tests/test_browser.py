"""Browser test: the pages as a person sees them, in Debian's Chromium driven by Playwright."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_support import browser_page, need_browser, serve

from warta.corpus.store import Store
from warta.model import Article

pytestmark = pytest.mark.browser

FIXTURE = Path(__file__).parent / "fixtures" / "store_articles.jsonl"
ARTICLES = [Article.from_json(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    need_browser()
    db = tmp_path_factory.mktemp("browser") / "warta.db"
    with Store(db) as store:
        store.add_many(ARTICLES)
    with serve(db) as url:
        yield url


@pytest.fixture(scope="module")
def page(base_url):
    with browser_page() as page:
        yield page


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
