"""Tests for the cross-article views: /api/stories, /api/entities, /api/claims, /api/copies, their pages, the
SVG charts, the span links, and `warta export --table`.

Most tests serve a fixed story through a stand-in for warta.corpus.query, so that they check what the views
do with the query layer's output (order, links, drawing, escaping, errors) whatever the linking finds; the
last tests run the real `link_corpus` over stored articles and check that every view serves what it built.
"""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import unquote

import pytest
from fastapi.testclient import TestClient

from warta.corpus.store import Store
from warta.model import Article
from warta.serve import charts
from warta.serve.app import create_app
from warta.serve.routes import stories as routes

FIXTURE = Path(__file__).parent / "fixtures" / "store_articles.jsonl"
ARTICLES = [Article.from_json(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
GAZA, CIANJUR, BERAS = ARTICLES


def _figure(value, as_of, status, reported_by="Kementerian Kesehatan Gaza", outlet="Kompas.com", **extra):
    return {
        "quantity": "killed in Gaza",
        "category": "killed",
        "subject": None,
        "value": value,
        "value_max": None,
        "approx": "at_least",
        "reported_by": reported_by,
        "outlet": outlet,
        "article_id": GAZA.id,
        "as_of": as_of,
        "start": 133,
        "end": 156,
        "status": status,
        **extra,
    }


FIRST = _figure(13300, "2023-11-21", "first")
UPDATE = _figure(14128, "2023-11-23", "update", outlet="Antara")
CONFLICT = _figure(11000, "2023-11-21", "conflict", reported_by="<b>IDF</b>", outlet="Times of Israel")
COPY = _figure(13300, "2023-11-21", "copy", outlet="Suara.com", article_id="copy-1")
RANGE = _figure(5000, "2023-11-22", "uncorroborated", reported_by="PBB", value_max=6000, approx="about")
UNDATED = _figure(200, None, "uncorroborated", quantity="injured", category="injured")

STORY = {
    "id": "s-gaza",
    "title": "Gencatan senjata <script>alert(1)</script> di Gaza",
    "articles": [
        {
            "id": GAZA.id,
            "title": GAZA.title,
            "outlet": "Kompas.com",
            "published": "2023-11-21",
            "copy_of": None,
        },
        {
            "id": "copy-1",
            "title": "Salinan",
            "outlet": "Suara.com",
            "published": "2023-11-21",
            "copy_of": GAZA.id,
        },
    ],
    # Out of order on purpose: the views put it in date order, undated last, keeping the order within a day.
    "timeline": [
        {
            "date": "2023-11-21",
            "kind": "quote",
            "text": "Washington mendukung jeda kemanusiaan",
            "speaker": "Antony Blinken",
            "article_id": GAZA.id,
            "outlet": "Kompas.com",
            "start": 272,
            "end": 327,
        },
        {
            "date": None,
            "kind": "event",
            "text": "tanpa tanggal",
            "speaker": None,
            "article_id": GAZA.id,
            "outlet": "Kompas.com",
            "start": 0,
            "end": 7,
        },
        {
            "date": "2023-10-07",
            "kind": "event",
            "text": "7 Oktober",
            "speaker": None,
            "article_id": GAZA.id,
            "outlet": "Kompas.com",
            "start": 169,
            "end": 178,
        },
        {
            "date": "2023-11-21",
            "kind": "count",
            "text": "Sedikitnya 13.300 orang",
            "speaker": None,
            "article_id": GAZA.id,
            "outlet": "Kompas.com",
            "start": 133,
            "end": 156,
        },
    ],
    "entities": [
        {"id": "e-blinken", "name": "Antony Blinken", "label": "PER", "mentions": 2, "articles": 1},
        {"id": "e-as", "name": "Amerika Serikat", "label": "GPE", "mentions": 2, "articles": 2},
    ],
    "figures": [FIRST, UPDATE, CONFLICT, COPY, RANGE, UNDATED],
    "conflicts": [
        {
            "quantity": "killed in Gaza",
            "as_of": "2023-11-21",
            "figures": [FIRST, CONFLICT],
            "reason": "13,300 and 11,000 for the same day",
        },
    ],
    "uncorroborated": [
        {
            "kind": "statement",
            "text": "Pertemuan di Kairo dihadiri tiga menteri",
            "speaker": "Antony Blinken",
            "article_id": GAZA.id,
            "outlet": "Kompas.com",
        },
    ],
}
SUMMARY = {
    "id": "s-gaza",
    "title": STORY["title"],
    "articles": 2,
    "first": "2023-11-21",
    "last": "2023-11-23",
    "outlets": ["Kompas.com", "Suara.com"],
}
ENTITY = {
    "id": "e-blinken",
    "name": "Antony Blinken",
    "label": "PER",
    "aliases": ["Antony Blinken", "Blinken", "Menlu AS Antony Blinken"],
    "roles": [
        {"role": "Menteri Luar Negeri AS", "first": "2021-01-26", "last": "2023-11-21"},
        {"role": "Wakil Menteri Luar Negeri", "first": "2015-01-09", "last": "2017-01-20"},
    ],
    "mentions": [
        {"article_id": GAZA.id, "text": "Blinken", "start": 272, "end": 279, "published": "2023-11-21"},
        {
            "article_id": GAZA.id,
            "text": "Menteri Luar Negeri AS Antony Blinken",
            "start": 10,
            "end": 47,
            "published": "2023-11-20",
        },
    ],
    "quotes": [
        {
            "text": "Washington mendukung jeda kemanusiaan selama empat hari",
            "article_id": GAZA.id,
            "published": "2023-11-21",
            "start": 272,
            "end": 327,
        }
    ],
    "articles": [
        {
            "id": GAZA.id,
            "title": GAZA.title,
            "outlet": "Kompas.com",
            "published": "2023-11-21",
            "lead": "Menteri Luar Negeri AS Antony Blinken tiba di Tel Aviv",
        }
    ],
}
COPIES = [{"article_id": "copy-1", "copy_of": GAZA.id, "similarity": 0.93}]


class FakeQuery(SimpleNamespace):
    """Stands in for warta.corpus.query with one story and one entity, and records the calls it gets."""

    def __init__(self) -> None:
        super().__init__(calls=[])

    def list_stories(self, store, limit=50, *, offset=0):
        self.calls.append(("list_stories", limit) + ((offset,) if offset else ()))
        return [dict(SUMMARY)][offset:][:limit]

    def get_story(self, store, story_id):
        return json.loads(json.dumps(STORY)) if story_id == STORY["id"] else None

    def list_entities(self, store, q=None, limit=50, *, offset=0):
        self.calls.append(("list_entities", q, limit) + ((offset,) if offset else ()))
        rows = [{k: ENTITY[k] for k in ("id", "name", "label", "aliases")} | {"articles": 1, "mentions": 2}]
        return [r for r in rows if q is None or q.lower() in r["name"].lower()]

    def get_entity(self, store, entity_id):
        return json.loads(json.dumps(ENTITY)) if entity_id == ENTITY["id"] else None

    def list_claims(self, store, story_id=None):
        self.calls.append(("list_claims", story_id))
        return list(STORY["figures"]) if story_id in (None, STORY["id"]) else []

    def list_copies(self, store):
        return list(COPIES)

    def link_stats(self, store):
        return {"articles": 3, "stories": 1, "entities": 1200}

    def story_of(self, store, article_id):
        return STORY["id"] if article_id in (GAZA.id, "copy-1") else None


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("serve_corpus") / "warta.db"
    with Store(path) as store:
        store.add_many(ARTICLES)
    return path


@pytest.fixture
def fake(monkeypatch) -> FakeQuery:
    fake = FakeQuery()
    monkeypatch.setattr(routes, "query", fake)
    return fake


@pytest.fixture
def client(db, fake):
    with TestClient(create_app(db)) as client:
        yield client


class Tags(HTMLParser):
    """Every start tag with its attributes, and a check that non-void tags close in order."""

    VOID = {"meta", "link", "input", "br", "img", "hr", "line", "circle", "polyline", "rect"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        assert self.stack.pop() == tag, f"</{tag}> out of order"


def tags(page: str) -> list[tuple[str, dict]]:
    parser = Tags()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], parser.stack
    return parser.tags


# --- JSON API -----------------------------------------------------------------------------------------------
def test_serve_corpus_api_lists_stories(client):
    body = client.get("/api/stories", params={"limit": 10}).json()
    assert body == {"data": [SUMMARY], "count": 1}


def test_serve_corpus_api_story_timeline_in_date_order(client):
    body = client.get("/api/stories/s-gaza").json()
    dates = [(item["date"], item["kind"]) for item in body["timeline"]]
    assert dates == [
        ("2023-10-07", "event"),
        ("2023-11-21", "quote"),
        ("2023-11-21", "count"),
        (None, "event"),
    ]
    assert body["figures"] == STORY["figures"] and body["conflicts"] == STORY["conflicts"]
    assert body["articles"][1]["copy_of"] == GAZA.id
    assert body["uncorroborated"] == STORY["uncorroborated"]
    assert isinstance(body["figures"][0]["value"], int)  # 13300 stays 13300, not 13300.0


def test_serve_corpus_api_entities_filter_and_detail(client, fake):
    body = client.get("/api/entities", params={"q": " blinken "}).json()
    assert body["count"] == 1 and body["data"][0]["aliases"] == ENTITY["aliases"]
    assert ("list_entities", "blinken", 50) in fake.calls
    assert client.get("/api/entities", params={"q": "hillary"}).json() == {"data": [], "count": 0}
    assert client.get("/api/entities/e-blinken").json() == ENTITY


def test_serve_corpus_api_claims_and_copies(client, fake):
    body = client.get("/api/claims", params={"story": "s-gaza"}).json()
    assert body["count"] == 6 and body["data"][0] == FIRST
    assert ("list_claims", "s-gaza") in fake.calls
    assert client.get("/api/claims").json()["count"] == 6
    assert client.get("/api/copies").json() == {"data": COPIES, "count": 1}


@pytest.mark.parametrize(
    "url,status,message",
    [
        ("/api/stories/nope", 404, "No story with id 'nope'"),
        ("/api/entities/nope", 404, "No entity with id 'nope'"),
        ("/api/claims?story=nope", 404, "No story with id 'nope'"),
        ("/api/stories?limit=0", 422, "limit"),
        ("/api/entities?limit=501", 422, "limit"),
    ],
)
def test_serve_corpus_api_errors_have_the_one_shape(client, url, status, message):
    response = client.get(url)
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"ok", "error", "status"} and body["ok"] is False and body["status"] == status
    assert message in body["error"]


def test_serve_corpus_openapi_names_the_new_routes(client):
    spec = client.get("/openapi.json").json()
    expected = {
        "/api/stories",
        "/api/stories/{id}",
        "/api/entities",
        "/api/entities/{id}",
        "/api/claims",
        "/api/copies",
    }
    assert expected <= set(spec["paths"])
    assert {"StoryPublic", "EntityDetailPublic", "FigurePublic", "EntityPublic"} <= set(
        spec["components"]["schemas"]
    )
    assert not any(
        p.startswith(("/stories", "/entities", "/claims")) for p in spec["paths"]
    )  # pages stay out


# --- pages ------------------------------------------------------------------------------------------------
def test_serve_corpus_nav_links_on_every_page(client):
    pages = (
        "/",
        "/stories",
        "/stories/s-gaza",
        "/entities",
        "/entities/e-blinken",
        "/claims",
        "/claims?story=s-gaza",
    )
    for url in (*pages, f"/articles/{GAZA.id}"):  # tags() also checks that every element closes in order
        hrefs = {a.get("href") for t, a in tags(client.get(url).text) if t == "a"}
        assert {"/", "/stories", "/entities", "/claims"} <= hrefs, url


def test_serve_corpus_stories_page_lists_stories(client):
    page = client.get("/stories").text
    assert "1 story:" in page
    assert 'href="/stories/s-gaza"' in page and "Kompas.com, Suara.com" in page
    assert "&lt;script&gt;" in page and "<script>" not in page


def test_serve_corpus_story_page_timeline_links_to_spans(client):
    page = client.get("/stories/s-gaza").text
    timeline = page.split('<ol class="timeline">')[1].split("</ol>")[0]
    order = [m for m in re.findall(r'<span class="date">([^<]+)</span>', timeline)]
    assert order == ["2023-10-07", "2023-11-21", "2023-11-21", "undated"]
    links = [a["href"] for t, a in tags(timeline) if t == "a"]
    assert links[0] == f"/articles/{GAZA.id}/span?start=169&end=178"
    assert "“Washington mendukung jeda kemanusiaan”" in timeline and "— Antony Blinken" in timeline


def test_serve_corpus_story_page_draws_figures_per_reporter(client):
    page = client.get("/stories/s-gaza").text
    svgs = re.findall(r"<svg .*?</svg>", page, flags=re.S)
    assert len(svgs) == 1  # "injured" has no dated figure: named instead of drawn empty
    assert "Not drawn (fewer than two dated figures): injured." in page
    svg = svgs[0]
    assert 'data-quantity="killed in Gaza"' in svg
    points = [a for t, a in tags(svg) if t == "g" and "point" in a.get("class", "")]
    assert len(points) == 5
    assert {p["data-series"] for p in points} == {"Kementerian Kesehatan Gaza", "<b>IDF</b>", "PBB"}
    assert "<b>IDF</b>" not in svg and "&lt;b&gt;IDF&lt;/b&gt;" in svg
    assert svg.count('class="conflict-ring"') == 1 and svg.count('class="range"') == 1
    assert svg.count('fill="#fff"') == 1  # the copy is hollow
    # the ministry's two figures are joined by one line, and the higher figure is drawn higher up
    assert svg.count("<polyline") == 1
    y = {float(p["data-value"]): float(c["cy"]) for p, c in _points_with_circles(svg)}
    assert y[14128] < y[13300] < y[11000]


def _points_with_circles(svg: str):
    items = tags(svg)
    for i, (t, a) in enumerate(items):
        if t == "g" and "point" in a.get("class", ""):
            circle = next(attrs for tag, attrs in items[i + 1 :] if tag == "circle")
            yield a, circle


def test_serve_corpus_story_page_conflicts_uncorroborated_entities_articles(client):
    page = client.get("/stories/s-gaza").text
    conflicts = page.split('<ul class="conflicts">')[1].split('<h2 id="uncorroborated">')[0]
    assert "13,300 and 11,000 for the same day" in conflicts
    assert "at least 13.300" in conflicts and "at least 11.000" in conflicts
    assert "Pertemuan di Kairo dihadiri tiga menteri" in page
    assert 'href="/entities/e-blinken"' in page and 'href="/entities/e-as"' in page
    articles = page.split('<h2 id="articles">')[1]
    assert 'class="copy"' in articles and f'href="/articles/{GAZA.id}"' in articles
    assert "about 5.000–6.000" in page  # a range with its hedge, in the figures table


def test_serve_corpus_entity_pages(client, monkeypatch):
    monkeypatch.setattr(routes, "PAGE_ROWS", 1)
    assert "1200 entities · the 1 in most articles shown" in client.get("/entities").text
    page = client.get("/entities", params={"q": "blinken"}).text
    assert "1 entity match <strong>blinken</strong>:" in page
    assert 'href="/entities/e-blinken"' in page and "Blinken, Menlu AS Antony Blinken" in page
    page = client.get("/entities/e-blinken").text
    assert '<svg class="chart roles-chart"' in page
    assert page.index("Wakil Menteri Luar Negeri") < page.index("2015-01-09")
    mentions = page.split('<table class="data mentions">')[1].split("</table>")[0]
    assert mentions.index("2023-11-20") < mentions.index("2023-11-21")  # by date
    assert f"/articles/{GAZA.id}/span?start=272&amp;end=327" in page
    assert GAZA.title in mentions  # mentions name their article by title


def test_serve_corpus_entity_page_shows_the_first_mentions(client, fake, monkeypatch):
    monkeypatch.setattr(routes, "MENTIONS_SHOWN", 1)
    page = client.get("/entities/e-blinken").text
    mentions = page.split('<table class="data mentions">')[1].split("</table>")[0]
    assert mentions.count("<tr>") == 2  # the header and the earliest mention
    assert "2023-11-20" in mentions and "The first 1 of 2 mentions" in page


def test_serve_corpus_claims_page_filters_by_story(client, fake):
    page = client.get("/claims").text
    assert page.count('<tr class="figure') == 6 and "<svg" not in page
    page = client.get("/claims", params={"story": "s-gaza"}).text
    assert '<option value="s-gaza" selected>' in page
    assert page.count('<tr class="figure') == 6 and '<svg class="chart figures-chart"' in page
    assert page.count("status-conflict") >= 1
    assert client.get("/claims", params={"story": "nope"}).status_code == 404


@pytest.mark.parametrize("url", ["/stories/nope", "/entities/nope"])
def test_serve_corpus_unknown_pages_are_html_404(client, url):
    response = client.get(url)
    assert response.status_code == 404 and response.headers["content-type"].startswith("text/html")


def test_serve_corpus_empty_corpus_says_how_to_link(db):
    with TestClient(create_app(db)) as client:  # the real query layer over a store never linked
        for url in ("/stories", "/entities", "/claims"):
            assert "warta link" in client.get(url).text, url
        assert client.get("/api/stories").json() == {"data": [], "count": 0}


def test_serve_corpus_timeline_page_shows_a_repeated_entry_once():
    a = {
        "date": "2023-11-21",
        "kind": "count",
        "text": "13.300 orang, 5.600 anak",
        "article_id": "x",
        "start": 0,
    }
    b = {**a, "start": 14}  # the second figure of the same sentence
    c = {**a, "article_id": "y"}
    assert routes._collapse([a, b, c, a]) == [a, c, a]


# --- span links -------------------------------------------------------------------------------------------
def test_serve_corpus_span_redirects_to_a_text_fragment(client):
    count = GAZA.counts[0]
    response = client.get(
        f"/articles/{GAZA.id}/span?start={count.start}&end={count.end}", follow_redirects=False
    )
    assert response.status_code == 303
    path, fragment = response.headers["location"].split("#:~:text=")
    assert path == f"/articles/{GAZA.id}"
    prefix, body = fragment.split("-,")
    # The span is widened to whole words (the quote mark before it), and the words before it name the place.
    assert unquote(body) == '"Sedikitnya 13.300 orang' and unquote(prefix) == "senjata di Gaza."


@pytest.mark.parametrize(
    "text,start,end,expect",
    [
        ("Banjir di Bekasi.", 0, 6, "Banjir"),
        ("Banjir di Bekasi.", 2, 4, "Banjir"),  # inside a word: widened to the word
        ("a b c d e f g h i j k", 0, 21, "a b c d,h i j k"),  # long: first and last words
        ("PM Israel-Palestina, kata", 3, 19, "Israel-Palestina,"),
    ],
)
def test_serve_corpus_text_fragment(text, start, end, expect):
    fragment = routes.text_fragment(text, start, end)
    body = fragment.removeprefix("#:~:text=").split("-,")[-1]
    assert "-" not in body.replace("-,", "")  # every hyphen escaped
    assert ",".join(unquote(part) for part in body.split(",")) == expect


def test_serve_corpus_span_outside_text_goes_to_the_article(client):
    response = client.get(f"/articles/{GAZA.id}/span?start=5&end=99999", follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == f"/articles/{GAZA.id}"
    assert client.get("/articles/nope/span?start=0&end=1").status_code == 404
    assert client.get(f"/articles/{GAZA.id}/span?start=-1&end=1").status_code == 422


# --- charts -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "value,expect",
    [
        ("2023-11-21", "2023-11-21"),
        ("2023-11-21T10:00", "2023-11-21"),
        ("2023-11", "2023-11-01"),
        ("2023", "2023-01-01"),
        ("2023-W47", "2023-11-20"),
        ("2023-11-XX", None),
        ("PRESENT_REF", None),
        ("2023-13-01", None),
        (None, None),
    ],
)
def test_serve_corpus_chart_parse_day(value, expect):
    day = charts.parse_day(value)
    assert (day.isoformat() if day else None) == expect


def test_serve_corpus_chart_single_day_and_zero_values_still_draw():
    svg = str(charts.figures_chart([_figure(0, "2023-11-21", "first"), _figure(0, "2023-11-21", "agrees")]))
    assert svg.count("<circle") == 2 + 1  # two points and one legend dot
    assert "nan" not in svg and "inf" not in svg


def test_serve_corpus_charts_by_quantity_draws_only_trends():
    figures = [FIRST, UPDATE, UNDATED, _figure(3, "2023-11-22", "first", quantity="detained")]
    drawn, undrawn = charts.charts_by_quantity(figures, min_points=2)
    assert [q for q, _ in drawn] == ["killed in Gaza"] and undrawn == ["detained", "injured"]
    drawn, undrawn = charts.charts_by_quantity(figures)
    assert [q for q, _ in drawn] == ["killed in Gaza", "detained"] and undrawn == ["injured"]
    assert str(charts.figures_chart([UNDATED])).startswith('<p class="muted chart-empty">')


def test_serve_corpus_format_value():
    assert charts.format_value({"value": 13300, "approx": "at_least"}) == "at least 13.300"
    assert charts.format_value({"value": 2.5, "value_max": 3, "approx": "exact"}) == "2,5–3"
    assert charts.format_value({"value": None}) == "?"


# --- exports ----------------------------------------------------------------------------------------------
@pytest.fixture
def fake_query_module(monkeypatch) -> FakeQuery:
    from warta.corpus import query

    fake = FakeQuery()
    for name in ("list_stories", "get_story", "list_entities", "list_claims", "list_copies", "story_of"):
        monkeypatch.setattr(query, name, getattr(fake, name))
    return fake


@pytest.mark.parametrize("table", ["stories", "entities", "claims", "copies", "timeline"])
@pytest.mark.parametrize("format", ["jsonl", "csv", "parquet"])
def test_serve_corpus_export_tables(tmp_path, db, fake_query_module, table, format):
    from typer.testing import CliRunner

    from warta.cli import app
    from warta.export import TABLE_COLUMNS

    out = tmp_path / f"{table}.{format}"
    result = CliRunner().invoke(
        app, ["export", "--db", str(db), "--table", table, "-f", format, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    columns = [name for name, _ in TABLE_COLUMNS[table]]
    if format == "jsonl":
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    elif format == "csv":
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    else:
        import pyarrow.parquet as pq

        rows = pq.read_table(out).to_pylist()
    assert rows and all(list(row) == columns for row in rows)
    expected = {"stories": 1, "entities": 1, "claims": 6, "copies": 1, "timeline": 4}[table]
    assert len(rows) == expected
    if table == "claims":
        assert {row["story_id"] for row in rows} == {"s-gaza"}
        assert float(rows[0]["value"]) == 13300
    if table == "stories" and format == "csv":
        assert rows[0]["outlets"] == "Kompas.com; Suara.com"
    if table == "stories" and format == "parquet":
        assert rows[0]["outlets"] == ["Kompas.com", "Suara.com"]


def test_serve_corpus_export_empty_table_has_header_and_hint(tmp_path, db):
    from typer.testing import CliRunner

    from warta.cli import app

    out = tmp_path / "claims.csv"
    result = CliRunner().invoke(app, ["export", "--db", str(db), "-t", "claims", "-f", "csv", "-o", str(out)])
    assert result.exit_code == 0 and "warta link" in result.output
    assert out.read_text(encoding="utf-8").splitlines() == [
        "story_id,quantity,category,subject,value,value_max,approx,reported_by,outlet,article_id,as_of,start,end,status"
    ]


@pytest.mark.parametrize(
    "args,message",
    [
        (["-t", "people"], "must be one of: articles, stories, entities, claims, copies, timeline"),
        (["-t", "claims", "-f", "html"], "must be one of: jsonl, json, csv, parquet"),
    ],
)
def test_serve_corpus_export_rejects_bad_options(db, args, message):
    from typer.testing import CliRunner

    from warta.cli import app

    result = CliRunner().invoke(app, ["export", "--db", str(db), *args])
    assert result.exit_code != 0 and message in " ".join(result.output.replace("│", " ").split())


# --- with the real linking --------------------------------------------------------------------------------
# Four hand-made Gaza articles (tests/fixtures/serve_corpus_gaza.jsonl): Kompas (at least 13,300 killed as
# of 21 Nov, from the health ministry), Antara (the ministry's 14,128 two days later), Times of Israel (11,000
# as of 21 Nov, from Israeli officials) and Suara.com (Kompas's story with a new first line and footer).
GAZA_FIXTURE = Path(__file__).parent / "fixtures" / "serve_corpus_gaza.jsonl"


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    from warta.corpus.link import link_corpus

    path = tmp_path_factory.mktemp("serve_corpus_linked") / "warta.db"
    with Store(path) as store:
        store.add_many(
            Article.from_json(line) for line in GAZA_FIXTURE.read_text(encoding="utf-8").splitlines()
        )
        link_corpus(store)
    with TestClient(create_app(path)) as client:
        yield client


def test_serve_corpus_linked_story_end_to_end(linked):
    (summary,) = linked.get("/api/stories").json()["data"]
    assert summary["articles"] == 4
    story = linked.get(f"/api/stories/{summary['id']}").json()
    status = {f["outlet"]: f["status"] for f in story["figures"]}
    assert status == {
        "Kompas.com": "conflict",
        "Times of Israel": "conflict",
        "Antara": "update",
        "Suara.com": "copy",
    }
    assert [c["as_of"] for c in story["conflicts"]] == ["2023-11-21"]

    page = linked.get(f"/stories/{summary['id']}").text
    (svg,) = re.findall(r'<svg class="chart figures-chart".*?</svg>', page, flags=re.S)
    points = [a for t, a in tags(svg) if t == "g" and "point" in a.get("class", "")]
    assert len(points) == len(story["figures"]) == 4
    assert svg.count('class="conflict-ring"') == 2 and svg.count('fill="#fff"') == 1
    for item in story["timeline"]:
        assert f"/articles/{item['article_id']}/span?start={item['start']}&amp;end={item['end']}" in page
    assert "cannot all hold" in page  # the conflict's reason


def test_serve_corpus_linked_every_view_serves(linked):
    entities = linked.get("/api/entities", params={"limit": 500}).json()["data"]
    assert {"Antony Blinken", "Kementerian Kesehatan Gaza"} <= {e["name"] for e in entities}
    for entity in entities:
        assert linked.get(f"/entities/{entity['id']}").status_code == 200
        assert linked.get(f"/api/entities/{entity['id']}").json()["id"] == entity["id"]
    claims = linked.get("/api/claims").json()
    assert claims["count"] == 4
    assert linked.get("/claims").text.count('<tr class="figure') == 4
    assert linked.get("/api/copies").json()["data"][0]["article_id"] == "g-suara"


def test_serve_corpus_linked_tolls_for_two_places_are_not_one_conflict(tmp_path):
    """Times of Israel also gives the toll in Israel (about 1,200, as of the day Kompas gives 13,300 for
    Gaza): a figure for another place, which must neither join the Gaza conflict nor make one of its own."""
    import dataclasses

    from warta.corpus.link import link_corpus
    from warta.model import Count

    articles = [Article.from_json(line) for line in GAZA_FIXTURE.read_text(encoding="utf-8").splitlines()]
    toi = next(a for a in articles if a.id == "g-toi")
    extra = " Serangan Hamas pada 7 Oktober menewaskan sekitar 1.200 orang."
    text = toi.text + extra
    start = text.index("sekitar 1.200 orang")
    israel = Count(
        "sekitar 1.200 orang",
        start,
        start + 19,
        1200,
        None,
        "about",
        "orang",
        "killed",
        None,
        None,
        "2023-11-21",
    )
    articles[articles.index(toi)] = dataclasses.replace(toi, text=text, counts=(*toi.counts, israel))
    path = tmp_path / "warta.db"
    with Store(path) as store:
        store.add_many(articles)
        link_corpus(store)
    with TestClient(create_app(path)) as client:
        (summary,) = client.get("/api/stories").json()["data"]
        story = client.get(f"/api/stories/{summary['id']}").json()
        page = client.get(f"/stories/{summary['id']}").text
    by_value = {f["value"]: f for f in story["figures"]}
    assert by_value[1200]["quantity"] == "killed in Israel"
    assert by_value[1200]["status"] == "uncorroborated"
    assert {by_value[v]["quantity"] for v in (13300, 14128, 11000)} == {"killed in Gaza"}
    (conflict,) = story["conflicts"]
    assert conflict["quantity"] == "killed in Gaza" and conflict["as_of"] == "2023-11-21"
    assert sorted(f["value"] for f in conflict["figures"]) == [11000, 13300]
    assert "at least 13.300 (Kompas.com, Kementerian Kesehatan Gaza)" in conflict["reason"]
    assert any(
        u["text"] == "killed in Israel: about 1.200 (Times of Israel)" for u in story["uncorroborated"]
    )
    # the page shows the one conflict, with its reason, and the Israel figure among the uncorroborated
    (conflicts,) = re.findall(r'<ul class="conflicts">.*?</ul>', page, flags=re.S)
    assert conflicts.count("cannot all hold") == 1 and "1,200" not in conflicts and "1.200" not in conflicts
    assert "killed in Israel: about 1.200 (Times of Israel)" in page


def test_serve_corpus_api_lists_take_an_offset(client, fake):
    assert client.get("/api/stories", params={"offset": 1}).json()["count"] == 0
    assert client.get("/api/stories", params={"offset": 0}).json()["count"] == 1
    client.get("/api/entities", params={"limit": 5, "offset": 3})
    assert ("list_stories", 50, 1) in fake.calls and ("list_entities", None, 5, 3) in fake.calls
    assert client.get("/api/stories", params={"offset": -1}).status_code == 422


@pytest.mark.parametrize(
    ("article", "label"),
    [
        ({"id": "a1", "title": "Judul", "lead": "Teks"}, "Judul"),
        (
            {"id": "a2", "title": None, "lead": "Menurut para petugas\nkesehatan Palestina"},
            "Menurut para petugas kesehatan Palestina",
        ),
        ({"id": "a3", "title": None, "lead": " ".join(["kata"] * 20)}, " ".join(["kata"] * 12) + "…"),
        ({"id": "a4", "title": None, "lead": None}, "a4"),
    ],
)
def test_serve_corpus_untitled_articles_are_named_by_their_opening_words(article, label):
    from warta.serve.routes.stories import article_label

    assert article_label(article) == label
