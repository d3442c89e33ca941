"""The `warta` command: a thin layer over the Python API (each command parses, calls one function, reports)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="Warta: Indonesian news to a structured, cross-checked record of a story.", no_args_is_help=True
)
eval_app = typer.Typer(help="Score Warta's extractors against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

Paths = Annotated[
    list[str], typer.Argument(help="Files (.txt, .html, .jsonl), folders (recursive) or - for stdin.")
]
DbOption = Annotated[Path, typer.Option("--db", help="SQLite database file.")]


def _report(failure: object) -> None:
    typer.echo(f"warta: error: {failure}", err=True)


Workers = Annotated[
    int, typer.Option("--workers", "-j", min=1, help="Processes to analyse in (each loads the models once).")
]


@app.command()
def analyze(
    paths: Paths,
    format: Annotated[str, typer.Option("--format", "-f", help="jsonl, json, csv or html.")] = "jsonl",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output file (default: stdout).")] = None,
    workers: Workers = 1,
) -> None:
    """Analyse articles and write their records.

    Example: warta analyze examples/ --format html -o report.html
    """
    from warta.export import FORMATS, write_articles
    from warta.ingest.read import read_inputs
    from warta.pipeline import Failure, analyse_many

    if format not in FORMATS:
        raise typer.BadParameter(f"Cannot write format {format!r}, must be one of: {', '.join(FORMATS)}")
    failed = written = 0

    def good():
        nonlocal failed, written
        for result in analyse_many(read_inputs(paths), workers=workers):
            if isinstance(result, Failure):
                failed += 1
                _report(result)
            else:
                written += 1
                yield result

    # JSONL and CSV stream record by record, so a batch of millions never sits in memory.
    write_articles(good() if format in ("jsonl", "csv") else list(good()), format, out)
    if out:
        typer.echo(f"warta: wrote {written} article(s) to {out}; {failed} input(s) failed", err=True)
    raise typer.Exit(1 if failed else 0)


@app.command()
def ingest(
    paths: Paths,
    db: DbOption = Path("warta.db"),
    no_link: Annotated[
        bool,
        typer.Option("--no-link", help="Skip rebuilding stories, identities and claims (run `warta link`)."),
    ] = False,
    workers: Workers = 1,
) -> None:
    """Analyse articles, store them in the corpus database (the same article twice keeps one row), then link them.

    Example: warta ingest examples/ --db warta.db
    """
    from warta.corpus.store import Store
    from warta.ingest.read import read_inputs
    from warta.pipeline import Failure, analyse_many

    failed = 0

    def good():
        nonlocal failed
        for result in analyse_many(read_inputs(paths), workers=workers):
            if isinstance(result, Failure):
                failed += 1
                _report(result)
            else:
                yield result

    with Store(db) as store:
        added = store.add_many(good())
        total = store.count()
        typer.echo(
            f"warta: stored {added} new article(s) in {db} ({total} in all); {failed} input(s) failed",
            err=True,
        )
        if not no_link:
            from warta.corpus.link import link_corpus

            _report_link(link_corpus(store))
    raise typer.Exit(1 if failed else 0)


def _report_link(stats: dict) -> None:
    typer.echo(
        f"warta: linked {stats['articles']} article(s): {stats['stories']} stories, {stats['entities']} entities, "
        f"{stats['copies']} copies, {stats['figures']} figures, {stats['conflicts']} conflicts "
        f"in {stats['seconds']:.1f} s",
        err=True,
    )


@app.command()
def link(db: DbOption = Path("warta.db")) -> None:
    """Rebuild the cross-article layer: identities, copies, stories, timelines, figures and conflicts.

    `warta ingest` runs this after storing new articles; run it yourself after editing warta/data/aliases.tsv
    or after `warta ingest --no-link`. Prints the counts as JSON.

    Example: warta link --db warta.db
    """
    from warta.corpus.link import link_corpus
    from warta.corpus.store import Store, StoreNotFoundError

    try:
        with Store(db, create=False) as store:
            stats = link_corpus(store)
    except (StoreNotFoundError, ValueError) as err:
        _report(err)
        raise typer.Exit(1) from None
    _print_json(stats)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Full-text query, e.g. "gencatan senjata".')],
    db: DbOption = Path("warta.db"),
    limit: Annotated[int, typer.Option(help="Most results to show.")] = 20,
) -> None:
    """Search stored articles (SQLite FTS5) and print one JSON line per hit.

    Example: warta search "gencatan senjata" --db warta.db
    """
    from warta.corpus.store import Store, StoreNotFoundError

    try:
        with Store(db, create=False) as store:
            for hit in store.search(query, limit=limit):
                typer.echo(json.dumps(hit, ensure_ascii=False))
    except (StoreNotFoundError, ValueError) as err:
        _report(err)
        raise typer.Exit(1) from None


@app.command()
def serve(
    db: DbOption = Path("warta.db"),
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the web pages and the REST API over a corpus database.

    Example: warta serve --db warta.db --port 8000
    """
    import uvicorn

    from warta.corpus.store import StoreNotFoundError
    from warta.serve.app import create_app

    try:
        app_ = create_app(db)
    except (StoreNotFoundError, ValueError) as err:
        _report(err)
        raise typer.Exit(1) from None
    uvicorn.run(app_, host=host, port=port)


@app.command()
def export(
    db: DbOption = Path("warta.db"),
    format: Annotated[
        str, typer.Option("--format", "-f", help="jsonl, json, csv, parquet or html.")
    ] = "jsonl",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output file (default: stdout).")] = None,
    table: Annotated[
        str,
        typer.Option(
            "--table",
            "-t",
            help="articles, or a table built by `warta link`: stories, entities, claims, copies, timeline.",
        ),
    ] = "articles",
) -> None:
    """Export the stored articles, or the stories, entities, claims, copies or timelines linked across them.

    Example: warta export --db warta.db --format parquet -o articles.parquet
    Example: warta export --db warta.db --table claims --format csv -o claims.csv
    """
    from warta.corpus.query import link_stats
    from warta.corpus.store import Store, StoreNotFoundError
    from warta.export import FORMATS, TABLE_FORMATS, TABLES, corpus_rows, write_articles, write_table

    if table not in TABLES:
        raise typer.BadParameter(f"Cannot export table {table!r}, must be one of: {', '.join(TABLES)}")
    formats = FORMATS if table == "articles" else TABLE_FORMATS
    if format not in formats:
        raise typer.BadParameter(f"Cannot write {table} as {format!r}, must be one of: {', '.join(formats)}")
    try:
        with Store(db, create=False) as store:
            if table == "articles":
                write_articles(store.iter_articles(), format, out)
                return
            written = write_table(corpus_rows(store, table), table, format, out)
            linked = written > 0 or link_stats(store) is not None
    except (StoreNotFoundError, ValueError) as err:
        _report(err)
        raise typer.Exit(1) from None
    if not linked:
        typer.echo(f"warta: {db} is not linked yet; run `warta link --db {db}` to build {table}", err=True)
    elif out:
        typer.echo(f"warta: wrote {written} {table} row(s) to {out}", err=True)


def _print_json(result: dict) -> None:
    typer.echo(json.dumps(result, ensure_ascii=False, indent=2))


@eval_app.command("ner")
def eval_ner(
    path: Annotated[Path, typer.Argument(help="Gold file.")],
    format: Annotated[str, typer.Option("--format", help="Gold format: conll.")] = "conll",
) -> None:
    """Score the entity recogniser on a CoNLL file and print micro and per-label P/R/F1 as JSON.

    Example: warta eval ner ../shared/data/ner/nergrit/test_preprocess.txt --format conll
    """
    from warta.evaluate.ner import evaluate_ner

    _print_json(evaluate_ner(path, format=format))


@eval_app.command("time")
def eval_time(paths: Annotated[list[Path], typer.Argument(help="TimeML files or folders.")]) -> None:
    """Score the temporal tagger on TimeML files (TIMEX3 in <TEXT>, creation date in <DCT>) and print JSON.

    Example: warta eval time benchmarks/gold/time/
    """
    from warta.evaluate.time import evaluate_time

    _print_json(evaluate_time(paths))


@eval_app.command("extract")
def eval_extract(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSON file(s) of quotes and counts.")],
) -> None:
    """Score quotes (with and without the right speaker) and counts against gold and print JSON.

    Example: warta eval extract benchmarks/gold/quotes.json benchmarks/gold/counts.json
    """
    from warta.evaluate.extract import evaluate_extract

    _print_json(evaluate_extract(gold))


def main() -> None:  # pragma: no cover - entry point
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
