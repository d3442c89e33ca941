"""Browser test of the cross-article pages (stories, entities, claims) in Chromium driven by Playwright.

The store holds four linked Gaza articles (tests/fixtures/serve_corpus_gaza.jsonl): a conflict, an update and
a copy among their figures, so the story page has all its parts to show.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_support import browser_page, need_browser, serve

from warta.corpus.store import Store
from warta.model import Article

pytestmark = pytest.mark.browser

FIXTURE = Path(__file__).parent / "fixtures" / "serve_corpus_gaza.jsonl"
ARTICLES = [Article.from_json(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    need_browser()
    from warta.corpus.link import link_corpus

    db = tmp_path_factory.mktemp("browser_corpus") / "warta.db"
    with Store(db) as store:
        store.add_many(ARTICLES)
        link_corpus(store)
    with serve(db) as url:
        yield url


@pytest.fixture(scope="module")
def page(base_url):
    with browser_page() as page:
        yield page


def test_browser_corpus_story_page_draws_figures(base_url, page):
    page.goto(base_url + "/")
    page.click("nav.site >> text=Stories")
    page.wait_for_url("**/stories")
    rows = page.locator("table.stories tbody tr")
    assert rows.count() == 1 and "Kompas.com" in rows.first.inner_text()
    rows.first.locator("a").click()
    page.wait_for_url("**/stories/*")
    assert page.locator("h1").inner_text() == "Blinken bahas gencatan senjata di Gaza"
    page.screenshot(path="/tmp/warta-story.png", full_page=True)

    chart = page.locator("svg.figures-chart")
    assert chart.count() == 1 and chart.is_visible()
    box = chart.bounding_box()
    assert box["width"] > 500 and box["height"] > 200  # drawn at a readable size, not collapsed
    points = chart.locator("g.point circle:not(.conflict-ring)")
    assert points.count() == 4
    fills = {points.nth(i).evaluate("e => getComputedStyle(e).fill") for i in range(4)}
    # the copy is hollow, and each reporter has its own colour
    assert "rgb(255, 255, 255)" in fills and len(fills) >= 3
    rings = chart.locator("circle.conflict-ring")
    assert rings.count() == 2 and rings.first.is_visible()
    assert rings.first.evaluate("e => getComputedStyle(e).stroke") == "rgb(209, 36, 47)"
    tooltips = chart.locator("g.point title").all_text_contents()
    assert any(
        t.startswith("at least 13.300 · killed · reported by Kementerian Kesehatan Gaza") for t in tooltips
    )

    conflict = page.locator("ul.conflicts > li").first
    assert conflict.is_visible() and "cannot all hold" in conflict.inner_text()
    assert page.locator("ul.uncorroborated li").first.is_visible()
    assert page.locator("table.story-articles tr.copy").count() == 1


def test_browser_corpus_timeline_link_opens_the_article(base_url, page):
    page.goto(base_url + "/stories")
    page.locator("table.stories a").first.click()
    page.wait_for_url("**/stories/*")
    entries = page.locator("ol.timeline li")
    assert entries.count() >= 2
    dates = [d for d in entries.locator(".date").all_inner_texts() if d != "undated"]
    assert dates == sorted(dates)
    link = entries.first.locator(".source a")
    title = link.get_attribute("title")
    link.click()
    page.wait_for_url("**/articles/*")
    assert page.locator("h1").inner_text() == title
    assert page.locator(".article-text mark.hl-count").first.is_visible()


def test_browser_corpus_claims_filter_and_entity_page(base_url, page):
    page.goto(base_url + "/claims")
    assert page.locator("svg").count() == 0
    page.select_option("select[name=story]", index=1)
    page.click("form.filter button")
    page.wait_for_url("**/claims?story=*")
    assert page.locator("table.figures tbody tr").count() == 4
    assert page.locator("svg.figures-chart").is_visible()
    badge = page.locator("table.figures span.status.status-conflict").first
    assert badge.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(255, 235, 233)"  # the red badge

    page.click("nav.site >> text=Entities")
    page.fill("form.filter input[name=q]", "blinken")
    page.press("form.filter input[name=q]", "Enter")
    page.wait_for_url("**/entities?q=*")
    page.locator("table.entities a", has_text="Antony Blinken").click()
    page.wait_for_url("**/entities/*")
    assert "Antony Blinken" in page.locator("h1").inner_text()
    assert page.locator("table.mentions tbody tr").count() >= 2
    assert page.locator("ul.quotes li").first.is_visible()
