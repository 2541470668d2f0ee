"""Commands over the store: ingest, statements, actors, search, show, export."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from claimgraph.clikit import DbOpt, JsonOpt, err, fail, open_store, print_json

LimitOpt = Annotated[int | None, typer.Option("--limit", "-n", help="at most this many rows")]








def _span(row: dict, name: str) -> list[int] | None:
    s, e = row.get(f"{name}_start"), row.get(f"{name}_end")
    return None if s is None else [s, e]


def _hit(marked: str) -> Text:
    """'a [[b]] c' -> rich Text with b highlighted (content is never read as markup)."""
    out = Text()
    for i, part in enumerate(marked.replace("]]", "[[").split("[[")):
        out.append(part, style="bold yellow" if i % 2 else None)
    return out


# -- ingest -------------------------------------------------------------------


def ingest(
    paths: Annotated[list[str], typer.Argument(help="files, folders (recursive) or '-' for stdin")],
    db: DbOpt,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="parser processes")] = 1,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="documents per batch/transaction")] = 32,
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="force a reader: text, html, json, jsonl, csv, warc")] = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name")] = None,
    text_field: Annotated[str | None, typer.Option(help="JSONL/CSV field with the article text (default: text)")] = None,
    title_field: Annotated[str | None, typer.Option(help="field with the title (default: title)")] = None,
    url_field: Annotated[str | None, typer.Option(help="field with the url (default: url)")] = None,
    date_field: Annotated[str | None, typer.Option(help="field with the date (default: date, published, crawl_date)")] = None,
    outlet_field: Annotated[str | None, typer.Option(help="field with the outlet (default: outlet, publisher)")] = None,
    max_chars: Annotated[int, typer.Option(help="skip longer documents (spaCy's memory grows with length)")] = 1_000_000,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar or per-document messages")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="print the summary as JSON")] = False,
) -> None:
    """Read articles into the store: parse in batches, skip what is stored, report bad input."""
    from claimgraph.io.readers import ReadOptions, formats
    from claimgraph.io.tabular import Fields
    from claimgraph.store import StoreError
    from claimgraph.store.ingest import Ingest, IngestOptions, Skip, Summary
    from claimgraph.store.sqlite import Store

    if fmt and fmt not in formats():
        fail(f"unknown --format {fmt!r}; use one of {', '.join(formats())}")
    fields = Fields.with_overrides(
        text=text_field, title=title_field, url=url_field, date=date_field, outlet=outlet_field
    )
    options = IngestOptions(
        batch_size=batch_size, jobs=jobs, model=model, max_chars=max_chars,
        read=ReadOptions(format=fmt, fields=fields),
    )  # fmt: skip
    try:
        store = Store.open(db)
    except StoreError as exc:
        fail(str(exc))
    progress, task = _progress(quiet)
    start = time.perf_counter()

    def on_progress(s: Summary) -> None:
        if progress is not None:
            rate = s.stored / max(time.perf_counter() - start, 1e-9)
            progress.update(task, completed=s.read, stored=s.stored, dups=s.duplicates,
                            skipped=len(s.skipped), rate=rate)  # fmt: skip

    def on_skip(item: Skip) -> None:
        if not quiet:
            (progress.console if progress else err).print(
                f"[yellow]skipped[/] {escape(item.source)}: {escape(item.reason)}", soft_wrap=True
            )

    run = Ingest(store, options, on_progress=on_progress, on_skip=on_skip)
    try:
        if progress is not None:
            with progress:
                summary = run.run(paths)
        else:
            summary = run.run(paths)
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/]: stored batches are kept; run again to resume")
        raise typer.Exit(130) from None
    except Exception as exc:  # e.g. the model is missing: stored data is untouched
        fail(f"ingest stopped: {type(exc).__name__}: {exc}", code=1)
    finally:
        store.close()
    if as_json:
        print_json(summary.as_dict() | {"skipped_items": [vars(s) for s in summary.skipped]})
    else:
        _print_summary(summary, db)


def _progress(quiet: bool):
    if quiet:
        return None, None
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(
        SpinnerColumn(),
        TextColumn("ingest"),
        BarColumn(),
        TextColumn("{task.completed} read · {task.fields[stored]} stored · {task.fields[dups]} duplicate"
                   " · {task.fields[skipped]} skipped · {task.fields[rate]:.1f} docs/s"),
        TimeElapsedColumn(),
        console=err,
        transient=False,
    )  # fmt: skip
    task = progress.add_task("ingest", total=None, stored=0, dups=0, skipped=0, rate=0.0)
    return progress, task


def _print_summary(summary, db: str) -> None:
    d = summary.as_dict()
    t = Table(title=f"ingest → {db}", show_header=False)
    t.add_column("", style="bold")
    t.add_column("", justify="right")
    t.add_row("read", str(d["read"]))
    t.add_row("stored", str(d["stored"]))
    t.add_row("duplicates (stored once, url kept)", str(d["duplicates"]))
    t.add_row("skipped", str(d["skipped"]))
    for reason, n in sorted(d["skipped_by_reason"].items(), key=lambda kv: -kv[1]):
        t.add_row(f"  {escape(reason)}", str(n))
    t.add_row("statements", str(d["statements"]))
    t.add_row("seconds", f"{d['seconds']:.1f}")
    t.add_row("docs/s", f"{d['docs_per_second'] or 0:.2f}")
    err.print(t)


# -- queries ------------------------------------------------------------------


def statements(
    db: DbOpt,
    speaker: Annotated[str | None, typer.Option(help="speaker name or alias (substring)")] = None,
    country: Annotated[str | None, typer.Option(help="speaker's country, ISO alpha-3 (IRN)")] = None,
    stance: Annotated[str | None, typer.Option(help="assert | deny | doubt")] = None,
    since: Annotated[str | None, typer.Option(help="published on or after YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option(help="published on or before YYYY-MM-DD")] = None,
    text: Annotated[str | None, typer.Option(help="full-text query over the statement content")] = None,
    outlet: Annotated[str | None, typer.Option(help="outlet name (substring)")] = None,
    limit: LimitOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Statements across the store: who said what, where and when."""
    if stance and stance not in ("assert", "deny", "doubt"):
        fail(f"unknown --stance {stance!r}; use assert, deny or doubt")
    with open_store(db) as store:
        rows = store.statements(speaker=speaker, country=country, stance=stance, since=since,
                                until=until, text=text, outlet=outlet, limit=limit)  # fmt: skip
    if as_json:
        print_json([_statement_json(r) for r in rows])
        return
    t = Table(title=f"{len(rows)} statements")
    for col in ("date", "outlet", "speaker", "cue", "stance", "content"):
        t.add_column(col, overflow="fold")
    for r in rows:
        t.add_row(r["published"] or "", escape(r["outlet"] or ""), escape(r["speaker"] or "?"),
                  escape(r["cue"] or ""), r["stance"] or "", escape(_words(r)))  # fmt: skip
    Console().print(t)


def _words(r: dict) -> str:
    """The content, or the quoted parts of a quotation broken by its cue."""
    from claimgraph.schema import joined_parts

    parts = json.loads(r["content_parts"]) if r.get("content_parts") else None
    return joined_parts(r["content"] or "", r["content_start"], parts)


def _statement_json(r: dict) -> dict:
    return {
        "article": r["article_id"], "statement": r["statement"], "speaker": r["speaker"],
        "actor": r["actor_id"], "country": r["country"], "cue": r["cue"], "kind": r["kind"],
        "stance": r["stance"], "content": r["content"], "speaker_span": _span(r, "speaker"),
        "cue_span": _span(r, "cue"), "content_span": _span(r, "content"),
        "content_parts": json.loads(r["content_parts"]) if r.get("content_parts") else None, "claim": r["claim"],
        "parent": r["parent"], "title": r["title"], "published": r["published"],
        "outlet": r["outlet"], "url": r["url"],
    }  # fmt: skip


def actors(
    db: DbOpt,
    country: Annotated[str | None, typer.Option(help="ISO alpha-3 country code (IRN)")] = None,
    name: Annotated[str | None, typer.Option(help="name or alias (substring)")] = None,
    limit: LimitOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Actors across articles, with how often they spoke and were mentioned."""
    with open_store(db) as store:
        rows = store.actors(country=country, name=name, limit=limit)
    if as_json:
        print_json(rows)
        return
    t = Table(title=f"{len(rows)} actors")
    for col in ("id", "name", "type", "code", "statements", "mentions", "articles", "first", "last", "aliases"):
        t.add_column(col, overflow="fold")
    for r in rows:
        t.add_row(str(r["id"]), escape(r["name"]), r["type"] or "", r["code"] or r["country"] or "",
                  str(r["statements"]), str(r["n_mentions"]), str(r["n_articles"]),
                  r["first_seen"] or "", r["last_seen"] or "",
                  escape("; ".join(a for a in r["aliases"] if a != r["name"])))  # fmt: skip
    Console().print(t)


def search(
    query: Annotated[str, typer.Argument(help="FTS5 query: words, \"phrases\", OR, NOT, prefix*")],
    db: DbOpt,
    articles: Annotated[bool, typer.Option("--articles", help="search article text instead of statements")] = False,
    limit: Annotated[int, typer.Option("--limit", "-n")] = 20,
    as_json: JsonOpt = False,
) -> None:
    """Full-text search over statements (or article text), best hits first, highlighted."""
    with open_store(db) as store:
        rows = store.search(query, articles=articles, limit=limit)
    if as_json:
        print_json(rows)
        return
    t = Table(title=f"{len(rows)} hits for {query!r}")
    cols = ("article", "date", "outlet", "title", "hit") if articles else ("article", "date", "speaker", "stance", "hit")
    for col in cols:
        t.add_column(col, overflow="fold")
    for r in rows:
        if articles:
            t.add_row(r["article_id"], r["published"] or "", escape(r["outlet"] or ""),
                      escape(r["title"] or ""), _hit(r["hit"]))  # fmt: skip
        else:
            t.add_row(r["article_id"], r["published"] or "", escape(r["speaker"] or "?"),
                      r["stance"] or "", _hit(r["hit"]))  # fmt: skip
    Console().print(t)


def show(
    article: Annotated[str, typer.Argument(help="article id (or a unique prefix, or its url)")],
    db: DbOpt,
    as_json: Annotated[bool, typer.Option("--json", help="print the document contract (JSON)")] = False,
    text: Annotated[bool, typer.Option("--text", help="also print the article text")] = False,
) -> None:
    """One stored article with its statements."""
    with open_store(db) as store:
        article_id = store.resolve_article(article)
        if article_id is None:
            fail(f"no article {article!r} in {db}", code=1)
        art = store.article(article_id)
        doc = store.document(article_id)
    assert art is not None and doc is not None
    if as_json:
        sys.stdout.write(doc.model_dump_json(indent=2) + "\n")
        return
    out = Console()
    out.print(f"[bold]{escape(art['title'] or '(untitled)')}[/]")
    out.print(f"id {art['id']} · {escape(art['outlet'] or '?')} · {art['published'] or 'no date'}"
              f" · {art['n_words']} words")  # fmt: skip
    for url in art["urls"]:
        out.print(f"  {escape(url)}")
    from claimgraph.cli import actors_table, statements_table

    out.print(statements_table(doc))
    out.print(actors_table(doc))
    if text:
        out.print(escape(art["text"]))


def export(
    db: DbOpt,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl | csv | parquet")] = "jsonl",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="file, or folder for several tables (default: stdout)")] = None,
    table: Annotated[list[str] | None, typer.Option("--table", "-t", help="table(s) for csv/parquet (default: articles, actors, statements)")] = None,
) -> None:
    """Export the store: JSONL of contract documents, or tables as CSV/Parquet."""
    from claimgraph.store import StoreError
    from claimgraph.store.export import export as run

    with open_store(db) as store:
        try:
            written = run(store, fmt, out, table)
        except StoreError as exc:
            fail(str(exc))
    for path in written:
        err.print(f"wrote {escape(path)}")


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(statements)
    app.command()(actors)
    app.command()(search)
    app.command()(show)
    app.command()(export)
