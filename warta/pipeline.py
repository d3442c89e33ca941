"""Builds the spaCy Language for Indonesian news and turns raw articles into Article records."""

from __future__ import annotations

import functools
import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import warta.extract  # noqa: F401  (registers the components)
from warta import extensions as ext
from warta.clean import clean
from warta.extract.sentences import add_tokenizer_exceptions
from warta.ingest import RawDoc
from warta.model import Article, Citation, Count, Entity, Published, Quote, Source, Time
from warta.published import published_from_metadata

log = logging.getLogger(__name__)

# The registered components, in order. Later components read what earlier ones wrote
# (quotes read entities, counts read times), so the order is part of the contract.
PIPELINE: tuple[str, ...] = (
    "warta_sentences",
    "warta_ner",
    "warta_entities",
    "warta_times",
    "warta_citations",
    "warta_quotes",
    "warta_counts",
)


def build_nlp() -> Language:
    """A fresh Language: blank Indonesian tokenizer with abbreviation exceptions, then the Warta components."""
    nlp = spacy.blank("id")
    add_tokenizer_exceptions(nlp)
    for name in PIPELINE:
        nlp.add_pipe(name)
    return nlp


@functools.cache
def get_nlp() -> Language:
    """The process-wide Language, built once (loading models is the expensive part)."""
    return build_nlp()


@dataclass(frozen=True)
class Failure:
    """An input that could not be analysed: `source` names it, `reason` says why."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def article_id(text: str) -> str:
    """Stable id of an article: a hash of its cleaned text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def analyse(text: str | None = None, *, html: str | None = None, **metadata: str | None) -> Article:
    """Analyse one article given as text (or html) plus optional metadata (id, title, url, published, outlet)."""
    return analyse_raw(RawDoc(text=text, html=html, **metadata))


def analyse_raw(raw: RawDoc, nlp: Language | None = None) -> Article:
    """Clean, annotate and convert one RawDoc."""
    nlp = nlp or get_nlp()
    doc = make_doc(nlp, raw)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc_to_article(doc, raw)


def analyse_many(
    raws: Iterable[RawDoc | Exception], nlp: Language | None = None, workers: int = 1
) -> Iterator[Article | Failure]:
    """Analyse a stream, in input order; a bad input (or an InputError from a reader) becomes a Failure, never an
    exception. With workers > 1 the articles are analysed in that many processes (each loads the models once).
    (Batching documents through `nlp.pipe` was measured no faster: the NER model gains nothing from it here.)"""
    if workers > 1:
        yield from _analyse_in_processes(raws, workers)
        return
    nlp = nlp or get_nlp()
    for raw in raws:
        yield _analyse_or_fail(raw, nlp)


def _analyse_or_fail(raw: RawDoc | Exception, nlp: Language | None = None) -> Article | Failure:
    if isinstance(raw, Exception):
        return Failure(getattr(raw, "source", "input"), getattr(raw, "reason", str(raw)))
    try:
        return analyse_raw(raw, nlp)
    except ValueError as err:
        return Failure(raw.source, str(err))
    except Exception as err:  # noqa: BLE001  (a bug must not cost the rest of the batch)
        log.exception("analysing %s failed", raw.source)
        return Failure(raw.source, f"internal error ({type(err).__name__}: {err}); please report it")


def _analyse_in_processes(raws: Iterable[RawDoc | Exception], workers: int) -> Iterator[Article | Failure]:
    import multiprocessing

    # "spawn" keeps workers free of the parent's threads and open files; each builds its own Language once.
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=get_nlp) as pool:
        # imap keeps input order and streams: at most a few chunks per worker are in flight
        yield from pool.imap(_analyse_or_fail, raws, chunksize=8)


def make_doc(nlp: Language, raw: RawDoc) -> Doc:
    """Clean the raw input and tokenize it, with the article's metadata on the Doc for the components."""
    if raw.html is not None:
        from warta.ingest.html import html_to_text

        extracted = html_to_text(raw.html)
        raw = RawDoc(
            text=extracted.text,
            id=raw.id,
            title=raw.title or extracted.title,
            url=raw.url or extracted.url,
            published=raw.published or extracted.published,
            outlet=raw.outlet or extracted.outlet,
            path=raw.path,
            format=raw.format,
        )
    if raw.text is None or not raw.text.strip():
        raise ValueError("no article text (the input is empty or holds no article)")
    cleaned = clean(raw.text, title=raw.title)
    if not cleaned.text.strip():
        raise ValueError("no article text left after cleaning")
    doc = nlp.make_doc(cleaned.text)
    doc._.title = raw.title or cleaned.title
    doc._.outlet = raw.outlet or cleaned.outlet
    doc._.dateline = cleaned.dateline
    doc._.published = published_from_metadata(raw.published)
    doc._.warnings = []
    doc.user_data["warta_removed"] = cleaned.removed
    return doc


def doc_to_article(doc: Doc, raw: RawDoc) -> Article:
    """Read the annotated Doc into the Article record."""
    spans = doc.spans

    def group(key: str) -> list:
        return list(spans[key]) if key in spans else []

    entities = tuple(
        Entity(s.text, s.start_char, s.end_char, s.label_, s._.canonical, s._.role, s._.affiliation)
        for s in group(ext.ENTITIES)
    )
    quotes = tuple(
        Quote(s.text, s.start_char, s.end_char, s._.quote_kind or "direct", s._.cue, s._.speaker, s._.via)
        for s in group(ext.QUOTES)
    )
    counts = tuple(
        Count(
            s.text,
            s.start_char,
            s.end_char,
            s._.value,
            s._.value_max,
            s._.approx,
            s._.unit,
            s._.category,
            s._.subject,
            s._.reported_by,
            s._.as_of,
            s._.part_of,
        )
        for s in group(ext.COUNTS)
    )
    times = tuple(
        Time(s.text, s.start_char, s.end_char, s._.timex_type, s._.timex_value) for s in group(ext.TIMES)
    )
    citations = tuple(Citation(s.text, s.start_char, s.end_char, s._.outlet) for s in group(ext.CITATIONS))
    published: Published | None = doc._.published
    return Article(
        id=article_id(doc.text),
        text=doc.text,
        source=Source(
            id=raw.id or (raw.path.rsplit("/", 1)[-1] if raw.path else None),
            path=raw.path,
            url=raw.url,
            outlet=doc._.outlet,
            format=raw.format,
        ),
        title=doc._.title,
        published=published,
        dateline=doc._.dateline,
        removed=tuple(doc.user_data.get("warta_removed", ())),
        entities=entities,
        quotes=quotes,
        counts=counts,
        times=times,
        citations=citations,
        warnings=tuple(doc._.warnings or ()),
    )
