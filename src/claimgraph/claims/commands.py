"""Commands of the claims area: `claims`, `claim`, `stance`, `recluster`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from claimgraph.clikit import DbOpt, JsonOpt, fail, open_store, print_json


def claims(
    db: DbOpt,
    contested: Annotated[bool, typer.Option("--contested", help="only claims asserted by some and denied by others")] = False,
    actor: Annotated[str | None, typer.Option("--actor", help="only claims where this actor takes a side")] = None,
    about: Annotated[str | None, typer.Option("--about", help="only claims whose text has these words")] = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", help="at most this many claims")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Claims across articles: who asserts, denies and doubts each, since when, in how many outlets."""
    from claimgraph.claims.store import list_claims

    with open_store(db) as store:
        rows = list_claims(store.conn, contested=contested, actor=actor, about=about, limit=limit)
    if as_json:
        print_json(rows)
        return
    t = Table(title=f"claims ({len(rows)})")
    for col in ("id", "claim", "assert", "deny", "doubt", "first seen", "last seen", "outlets"):
        t.add_column(col, overflow="fold")
    for c in rows:
        t.add_row(c["id"], escape(c["text"]), ", ".join(c["assert"]), ", ".join(c["deny"]),
                  ", ".join(c["doubt"]), c["first_seen"] or "", c["last_seen"] or "", str(c["n_outlets"]))  # fmt: skip
    Console().print(t)


def claim(
    claim_id: Annotated[str, typer.Argument(help="claim id as `claimgraph claims` prints it (K12)")],
    db: DbOpt,
    as_json: JsonOpt = False,
) -> None:
    """One claim's timeline: each stance with date, outlet, speaker and sentence."""
    from claimgraph.claims.store import claim_timeline

    with open_store(db) as store:
        data = claim_timeline(store.conn, claim_id)
    if data is None:
        fail(f"no claim {claim_id!r} in {db}; `claimgraph claims --db {db}` lists them", 1)
    if as_json:
        print_json(data)
        return
    out = Console()
    out.print(f"[bold]{escape(data['id'])}[/] {escape(data['text'])}")
    out.print(f"assert: {', '.join(data['assert']) or '-'}   deny: {', '.join(data['deny']) or '-'}"
              f"   doubt: {', '.join(data['doubt']) or '-'}   contested: {data['contested']}")  # fmt: skip
    t = Table()
    for col in ("date", "outlet", "speaker", "stance", "sentence"):
        t.add_column(col, overflow="fold")
    for e in data["timeline"]:
        t.add_row(e["date"] or "", e["outlet"] or "", escape(e["speaker"] or ""), e["stance"], escape(e["sentence"]))
    out.print(t)


def stance(
    file: Annotated[str, typer.Argument(help="plain-text article (first line is the title) or '-' for stdin")],
    claim_text: Annotated[str, typer.Option("--claim", help="the claim to judge the article against")],
    as_json: JsonOpt = False,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name")] = None,
) -> None:
    """Stance of one article toward a claim: for, against or observing."""
    from claimgraph import nlp as nlp_mod
    from claimgraph.claims.article_stance import article_stance
    from claimgraph.cli import read_source
    from claimgraph.pipeline import InputError, _meta, analyse, check_text

    if not claim_text.strip():
        fail("--claim is empty: give the claim's text")
    try:
        text, source = read_source(file)
        check_text(text)
    except (InputError, UnicodeDecodeError) as exc:
        fail(f"{file}: {exc}", 1)
    parsed = nlp_mod.parse(text, model)
    document = analyse(parsed, _meta(text, None, source=source))
    decision = article_stance(claim_text, document, parsed)
    by_id = {s.id: s for s in document.statements}
    names = {a.id: a.name for a in document.actors}
    statements = [
        {"id": sid, "speaker": names.get(by_id[sid].speaker or ""), "cue": by_id[sid].cue,
         "stance": by_id[sid].stance, "content": by_id[sid].content}
        for sid in decision.statements if sid in by_id
    ]  # fmt: skip
    if as_json:
        print_json({"claim": claim_text, "stance": decision.label, "cues": decision.cues, "statements": statements})
        return
    out = Console()
    out.print(f"[bold]{decision.label}[/]" + (f"  ({escape(', '.join(decision.cues))})" if decision.cues else ""))
    for s in statements:
        out.print(f"  {s['id']} {escape(s['speaker'] or '?')} [{s['stance']}] {s['cue']}: {escape(s['content'])}")


def recluster(db: DbOpt) -> None:
    """Rebuild every cross-article claim assignment from scratch."""
    from claimgraph.claims.store import recluster as rebuild

    with open_store(db) as store:
        stats = rebuild(store.conn)
    Console().print(f"{stats['claims']} claims in {stats['clusters']} cross-article claims")


def register(app: typer.Typer) -> None:
    app.command()(claims)
    app.command()(claim)
    app.command()(stance)
    app.command()(recluster)
