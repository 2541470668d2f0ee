"""Command line: `claimgraph COMMAND ...`.

The root app lives here; each area adds its commands from its own module
(listed in COMMAND_MODULES), each exposing `register(app)`.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from claimgraph.clikit import err, fail
from claimgraph.schema import Document

app = typer.Typer(
    help="claimgraph: who said what, about whom, and who denies it.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
)

# Modules that add commands with `register(app)`. Keep one per area.
COMMAND_MODULES = [
    "claimgraph.eval.commands",
    "claimgraph.claims.commands",
    "claimgraph.store.commands",
    "claimgraph.events.commands",
]

ModelOpt = Annotated[str | None, typer.Option("--model", help="spaCy pipeline name (default: en_core_web_sm if installed)")]




def read_article(path: str):
    """The article at a path or '-' (stdin) as a Record: plain text as read,
    or the body and metadata of an HTML page (by trafilatura, as `ingest`
    reads pages). InputError with a clear message when it cannot be read."""
    from claimgraph.io.readers import sniff
    from claimgraph.io.records import Record
    from claimgraph.io.text import read_text_file  # local imports keep start-up light
    from claimgraph.pipeline import InputError

    if path == "-":
        data, name = sys.stdin.buffer.read(), "<stdin>"
    else:
        p = Path(path)
        if not p.exists():
            fail(f"{path}: no such file")
        if p.is_dir():
            fail(f"{path}: is a folder; use `claimgraph ingest` for folders")
        data, name = p.read_bytes(), path
    if data.strip() and (Path(name).suffix.lower() in {".html", ".htm"} or sniff(data[:4096]) == "html"):
        from claimgraph.io.html import extract_html

        rec = extract_html(data, name)
        if rec.error:
            raise InputError(f"{name}: {rec.error}")
        return rec
    return Record(source=name, text=read_text_file(data, name=name))


def read_source(path: str) -> tuple[str, str]:
    """Text of an article (an HTML page's title line and body) and its name."""
    rec = read_article(path)
    text = f"{rec.title}\n{rec.text}" if rec.title and rec.title not in rec.text[:200] else rec.text
    return text, rec.source


def statements_table(doc: Document) -> Table:
    names = {a.id: a.name for a in doc.actors}
    t = Table(title=doc.document.title or doc.document.id, show_lines=False)
    for col in ("#", "speaker", "cue", "kind", "stance", "content"):
        t.add_column(col, overflow="fold")
    for s in doc.statements:
        sp = names.get(s.speaker or "", "?")
        if s.parent:
            sp = f"↳ {sp}"
        t.add_row(s.id, sp, s.cue, s.kind, s.stance, s.words())
    return t


def actors_table(doc: Document) -> Table:
    t = Table(title="actors")
    for col in ("id", "name", "type", "country", "sector", "code", "role", "mentions"):
        t.add_column(col, overflow="fold")
    for a in doc.actors:
        t.add_row(a.id, a.name, a.type, a.country or "", a.sector or "", a.code or "", a.role or "", str(len(a.mentions)))
    return t


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="plain-text article(s); first line is the title; '-' reads stdin")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="table | json | jsonl")] = "table",
    model: ModelOpt = None,
) -> None:
    """Extract who said what from article(s)."""
    from claimgraph.pipeline import InputError
    from claimgraph.pipeline import extract as run

    if fmt not in ("table", "json", "jsonl"):
        fail(f"unknown --format {fmt!r}; use table, json or jsonl")
    if fmt == "json" and len(files) > 1:
        fail("--format json takes one file; use --format jsonl for many")
    status = 0
    out = Console()
    for path in files:
        try:
            rec = read_article(path)
            doc = run(rec.text, rec.title, model=model, source=rec.source, url=rec.url,
                      published=rec.published, outlet=rec.outlet)
        except InputError as exc:  # its message names the input
            err.print(f"[bold red]error:[/] {exc}")
            status = 1
            continue
        except UnicodeDecodeError as exc:
            err.print(f"[bold red]error:[/] {path}: {exc}")
            status = 1
            continue
        if fmt == "json":
            sys.stdout.write(doc.model_dump_json(indent=2) + "\n")
        elif fmt == "jsonl":
            sys.stdout.write(doc.model_dump_json() + "\n")
        else:
            out.print(statements_table(doc))
            out.print(actors_table(doc))
    raise typer.Exit(status)


def _register_all() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(app)


_register_all()


def main() -> None:
    from claimgraph.nlp import ModelNotFound

    try:
        app()
    except ModelNotFound as exc:  # a missing pipeline is the user's setup, not a crash
        err.print(f"[bold red]error:[/] {exc}")
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
