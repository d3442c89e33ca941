"""Tests for warta.serve: JSON API, the one error shape, pages, highlighting (overlaps, escaping)."""

from __future__ import annotations

import dataclasses
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from warta import model
from warta.corpus.store import Store, StoreNotFoundError
from warta.model import Article, Citation, Count, Entity, Quote, Source, Speaker, Time
from warta.serve import models as public
from warta.serve.app import create_app
from warta.serve.highlight import highlight

FIXTURE = Path(__file__).parent / "fixtures" / "store_articles.jsonl"
ARTICLES = [Article.from_json(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
GAZA, CIANJUR, BERAS = ARTICLES

EVIL_TEXT = 'Spanduk bertuliskan <script>alert("x")</script> dipasang di depan kantor "DPRD" & balai kota.'
_S = EVIL_TEXT.index("<script>")
EVIL = Article(
    id="evil-1",
    text=EVIL_TEXT,
    source=Source(id="evil.txt", outlet="<b>Outlet</b>", url="javascript:alert(1)"),
    title='<img src=x onerror="alert(1)">',
    entities=(Entity("<script>", _S, _S + 8, "ORG", canonical='" onmouseover="alert(1)'),),
    removed=(model.Removed("<iframe src=//evil></iframe>", "caption"),),
)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "warta.db"
    with Store(path) as store:
        store.add_many([*ARTICLES, EVIL])
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db)) as client:
        yield client


# --- JSON API -----------------------------------------------------------------------------------------
def test_serve_api_lists_articles_with_count(client):
    body = client.get("/api/articles", params={"limit": 2}).json()
    assert body["count"] == 4 and len(body["data"]) == 2
    assert set(body["data"][0]) == {"id", "source_id", "outlet", "title", "published", "lead", "snippet"}
    assert body["data"][0]["id"] == GAZA.id


def test_serve_api_lists_articles_with_query_and_offset(client):
    body = client.get("/api/articles", params={"q": "gempa Cianjur"}).json()
    assert body["count"] == 1 and body["data"][0]["id"] == CIANJUR.id
    body = client.get("/api/articles", params={"offset": 3}).json()
    assert body["count"] == 4 and len(body["data"]) == 1


def test_serve_api_article_is_the_full_record(client):
    body = client.get(f"/api/articles/{GAZA.id}").json()
    assert body == GAZA.as_dict()
    assert body["schema"] == "warta.article/1"


def test_serve_api_search(client):
    body = client.get("/api/search", params={"q": "gencatan senjata"}).json()
    assert body["count"] == 1
    (hit,) = body["data"]
    assert hit["id"] == GAZA.id and "[gencatan]" in hit["snippet"]
    assert client.get("/api/search", params={"q": '"unbalanced (NEAR'}).status_code == 200


@pytest.mark.parametrize(
    "url,status,message",
    [
        ("/api/articles/no-such-id", 404, "No article with id 'no-such-id'"),
        ("/api/nothing-here", 404, "Not Found"),
        ("/api/articles?limit=0", 422, "limit"),
        ("/api/articles?limit=many", 422, "limit"),
        ("/api/articles?offset=-1", 422, "offset"),
        ("/api/search", 422, "q"),
        ("/api/search?q=", 422, "q"),
        ("/api/search?q=%20%20", 400, "empty"),
    ],
)
def test_serve_api_errors_have_one_shape(client, url, status, message):
    response = client.get(url)
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"ok", "error", "status"}
    assert body["ok"] is False and body["status"] == status and message in body["error"]


def test_serve_api_server_error_has_the_same_shape(db, monkeypatch):
    app = create_app(db)

    def broken(id):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(app.state.store, "get", broken)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get(f"/api/articles/{GAZA.id}")
    assert response.status_code == 500
    assert response.json() == {"ok": False, "error": "Internal server error", "status": 500}


def test_serve_openapi_docs(client):
    assert client.get("/docs").status_code == 200
    spec = client.get("/openapi.json").json()
    assert {"/api/articles", "/api/articles/{id}", "/api/search"} <= set(spec["paths"])
    assert {"ArticlePublic", "ArticlesPublic", "ErrorPublic"} <= set(spec["components"]["schemas"])


def test_serve_missing_database_says_to_ingest(tmp_path):
    with pytest.raises(StoreNotFoundError, match="warta ingest"):
        create_app(tmp_path / "none.db")


@pytest.mark.parametrize(
    "dataclass,model",
    [
        (model.Source, public.SourcePublic),
        (model.Published, public.PublishedPublic),
        (model.Removed, public.RemovedPublic),
        (model.Entity, public.EntityPublic),
        (model.Speaker, public.SpeakerPublic),
        (model.Quote, public.QuotePublic),
        (model.Count, public.CountPublic),
        (model.Time, public.TimePublic),
        (model.Citation, public.CitationPublic),
    ],
)
def test_serve_public_models_follow_the_record(dataclass, model):
    # The HTTP models are written out by hand; this catches a record field added without its HTTP twin.
    assert list(model.model_fields) == [f.name for f in dataclasses.fields(dataclass)]


def test_serve_article_public_follows_the_record():
    names = {f.alias or n for n, f in public.ArticlePublic.model_fields.items()}
    assert names == {f.name for f in dataclasses.fields(model.Article)}


# --- pages --------------------------------------------------------------------------------------------
class Tree(HTMLParser):
    """Checks that <mark>s nest properly and records, per character of text, the kinds of marks around it."""

    VOID = {"meta", "link", "input", "br", "img", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.tags: list[tuple[str, dict]] = []
        self.in_text = 0
        self.text = ""
        self.kinds: list[frozenset[str]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag in self.VOID:
            return
        self.stack.append((tag, attrs))
        if "article-text" in (attrs.get("class") or ""):
            self.in_text = len(self.stack)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        opened, _ = self.stack.pop()
        assert opened == tag, f"</{tag}> closes <{opened}>"
        if len(self.stack) < self.in_text:
            self.in_text = 0

    def handle_data(self, data):
        if self.in_text:
            self.text += data
            kinds = frozenset(a["data-kind"] for t, a in self.stack if t == "mark" and "data-kind" in a)
            self.kinds.extend([kinds] * len(data))


def parse(page: str) -> Tree:
    tree = Tree()
    tree.feed(page)
    tree.close()
    return tree


def test_serve_list_page_shows_outlet_date_title(client):
    response = client.get("/")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    page = response.text
    assert (
        "Kompas.com" in page
        and "2023-11-21" in page
        and "Blinken tiba di Tel Aviv bahas gencatan senjata" in page
    )
    assert f'href="/articles/{GAZA.id}"' in page
    assert '<form class="search"' in page and 'name="q"' in page
    assert "4 articles in the corpus" in page
    # An untitled article is named by the start of its text and its source id.
    assert "Harga beras di Pasar Induk Cipinang naik" in page and "store-003" in page


def test_serve_list_page_search_marks_matches(client):
    page = client.get("/", params={"q": "gempa"}).text
    assert "1 article match" in page and "Korban gempa Cianjur bertambah" in page
    assert "<mark>gempa</mark>" in page and "gencatan" not in page.split("<table")[1]


def test_serve_article_page_highlights_each_kind(client):
    page = client.get(f"/articles/{GAZA.id}").text
    tree = parse(page)
    assert tree.text == GAZA.text  # the marks add markup, never text
    marks = [a for t, a in tree.tags if t == "mark" and "data-key" in a]
    assert {a["data-kind"] for a in marks} == {"entity", "quote", "count", "time", "citation"}
    titles = " | ".join(a["title"] for a in marks)
    for detail in (
        "canonical: Antony Blinken",
        "Count: 13300 orang",
        "at_least",
        "Citation: Reuters",
        "Time DATE: 2023-11-21",
        "speaker: Blinken (Antony Blinken, Menteri Luar Negeri AS)",
    ):
        assert detail in titles
    assert '<ul class="legend"' in page


def test_serve_article_page_removed_noise_is_folded(client):
    page = client.get(f"/articles/{GAZA.id}").text
    details = [a for t, a in parse(page).tags if t == "details"]
    assert len(details) == 1 and "open" not in details[0]
    assert "Removed noise (2)" in page and "BACA JUGA: Israel dan Hamas sepakat jeda" in page


def test_serve_article_page_count_inside_quote(client):
    tree = parse(client.get(f"/articles/{GAZA.id}").text)
    count = GAZA.counts[0]
    quote = GAZA.quotes[0]
    assert all(tree.kinds[i] == {"quote", "count"} for i in range(count.start, count.end))
    assert tree.kinds[quote.start] == {"quote"}
    assert tree.kinds[quote.end] == frozenset()


def test_serve_article_page_unknown_id_is_html_404(client):
    response = client.get("/articles/nope")
    assert response.status_code == 404 and "No article with id" in response.text
    assert response.headers["content-type"].startswith("text/html")


def test_serve_pages_escape_all_text(client):
    for page in (client.get(f"/articles/{EVIL.id}").text, client.get("/", params={"q": "spanduk"}).text):
        assert "<script>" not in page and "<img src=x" not in page and "<iframe" not in page
        assert "<b>Outlet</b>" not in page and 'onmouseover="alert' not in page
    page = client.get(f"/articles/{EVIL.id}").text
    assert "&lt;script&gt;" in page and "&lt;b&gt;Outlet&lt;/b&gt;" in page
    assert 'href="javascript:' not in page
    assert parse(page).text == EVIL_TEXT


# --- highlighting -------------------------------------------------------------------------------------
def _article(text: str, **spans) -> Article:
    return Article(id="t", text=text, **spans)


def _kinds(article: Article) -> list[frozenset[str]]:
    tree = parse(f'<div class="article-text">{highlight(article)}</div>')
    assert tree.text == article.text
    return tree.kinds


TEXT = '"Sedikitnya 13.300 orang tewas," kata juru bicara Kementerian Kesehatan Gaza.'


@pytest.mark.parametrize(
    "spans,expect",
    [
        # a count inside a quote: nested
        (
            {
                "quotes": (Quote(TEXT[:32], 0, 32, "direct"),),
                "counts": (Count("13.300 orang", 12, 24, 13300),),
            },
            {0: {"quote"}, 12: {"quote", "count"}, 23: {"quote", "count"}, 24: {"quote"}, 32: set()},
        ),
        # an entity crossing the end of a quote: split into pieces that nest
        (
            {
                "quotes": (Quote(TEXT[:32], 0, 32, "direct"),),
                "entities": (Entity(TEXT[25:38], 25, 38, "PER"),),
            },
            {
                24: {"quote"},
                25: {"quote", "entity"},
                31: {"quote", "entity"},
                32: {"entity"},
                37: {"entity"},
                38: set(),
            },
        ),
        # two kinds on exactly the same span, and a span at the very end of the text
        (
            {
                "times": (Time("13.300", 12, 18, "DATE", "XXXX"),),
                "counts": (Count("13.300", 12, 18, 13300),),
                "citations": (Citation("Gaza", 72, 76, "Gaza"),),
            },
            {11: set(), 12: {"time", "count"}, 17: {"time", "count"}, 18: set(), 72: {"citation"}, 76: set()},
        ),
        # three deep, with two spans ending at the same place
        (
            {
                "quotes": (Quote(TEXT, 0, len(TEXT), "mixed", speaker=Speaker("juru bicara")),),
                "entities": (
                    Entity("Kementerian Kesehatan Gaza", 50, 76, "ORG"),
                    Entity("Gaza", 72, 76, "LOC"),
                ),
            },
            {49: {"quote"}, 50: {"quote", "entity"}, 72: {"quote", "entity"}, 76: {"quote"}},
        ),
    ],
)
def test_serve_highlight_overlapping_spans(spans, expect):
    kinds = _kinds(_article(TEXT, **spans))
    for i, expected in expect.items():
        assert kinds[i] == expected, i


def test_serve_highlight_crossing_entities_share_a_key():
    article = _article(
        TEXT, quotes=(Quote(TEXT[:32], 0, 32, "direct"),), entities=(Entity(TEXT[25:38], 25, 38, "PER"),)
    )
    html = str(highlight(article))
    assert html.count('data-key="entity-0"') == 2 and html.count('data-key="quote-0"') == 1


def test_serve_highlight_skips_spans_outside_the_text():
    article = _article(
        "Banjir di Bekasi.", entities=(Entity("Bekasi", 10, 99, "LOC"), Entity("Banjir", 0, 6, "LOC"))
    )
    assert str(highlight(article)).count("<mark") == 1


def test_serve_docs_describe_every_api_route(client):
    # docs/api.md is the user's reference: a route added without a line there fails here.
    docs = (Path(__file__).parent.parent / "docs" / "api.md").read_text(encoding="utf-8")
    for path in client.get("/openapi.json").json()["paths"]:
        assert f"`GET {path}`" in docs, path


def test_serve_articles_path_leads_to_the_list(client):
    response = client.get("/articles", follow_redirects=False)
    assert response.status_code == 308 and response.headers["location"] == "/"
    assert client.get("/articles").status_code == 200
