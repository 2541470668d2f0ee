"""`claimgraph events --db F [--cameo 04] [--plover CONSULT] [--actor NAME]`: query coded events."""

from __future__ import annotations

from typing import Annotated, Any

import typer

_SQL = """
SELECT e.article_id, e.local_id, e.cameo, e.plover, e.quad_class, e.goldstein,
       e.trigger, e.trigger_start, e.trigger_end, e.sentence_start, e.sentence_end,
       e.statement, e.negated, e.hypothetical,
       s.name AS source_name, s.code AS source_code, s.country AS source_country,
       t.name AS target_name, t.code AS target_code, t.country AS target_country,
       a.title, a.published, a.outlet, a.url,
       substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence
FROM events e
JOIN articles a ON a.id = e.article_id
LEFT JOIN article_actors s ON s.article_id = e.article_id AND s.local_id = e.source
LEFT JOIN article_actors t ON t.article_id = e.article_id AND t.local_id = e.target
"""


def query(
    conn,
    *,
    cameo: str | None = None,
    plover: str | None = None,
    actor: str | None = None,
    country: str | None = None,
    include_unreal: bool = False,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Events with actor names and sentence; every filter narrows.

    `cameo` is a code prefix ("04" finds 040..046); `actor` matches source or
    target name or code; negated/hypothetical events only with include_unreal.
    """
    where: list[str] = []
    params: list[Any] = []
    if cameo:
        where.append("e.cameo LIKE ?")
        params.append(cameo.strip() + "%")
    if plover:
        where.append("e.plover = ?")
        params.append(plover.strip().upper())
    if actor:
        like = f"%{actor}%"
        where.append("(s.name LIKE ? OR t.name LIKE ? OR s.code LIKE ? OR t.code LIKE ?)")
        params += [like, like, like, like]
    if country:
        where.append("(s.country = ? OR t.country = ?)")
        params += [country.upper()] * 2
    if not include_unreal:
        where.append("COALESCE(e.negated, 0) = 0 AND COALESCE(e.hypothetical, 0) = 0")
    sql = _SQL + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY a.published, e.article_id, e.trigger_start"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [dict(r) for r in conn.execute(sql, params).fetchall()]


def _json_row(r: dict[str, Any]) -> dict[str, Any]:
    return {
        "article": r["article_id"], "event": r["local_id"], "cameo": r["cameo"], "plover": r["plover"],
        "quad_class": r["quad_class"], "goldstein": r["goldstein"],
        "source": {"name": r["source_name"], "code": r["source_code"], "country": r["source_country"]},
        "target": {"name": r["target_name"], "code": r["target_code"], "country": r["target_country"]}
        if r["target_name"] else None,
        "trigger": r["trigger"], "trigger_span": [r["trigger_start"], r["trigger_end"]],
        "sentence_span": [r["sentence_start"], r["sentence_end"]], "sentence": r["sentence"],
        "statement": r["statement"], "negated": bool(r["negated"]), "hypothetical": bool(r["hypothetical"]),
        "title": r["title"], "published": r["published"], "outlet": r["outlet"], "url": r["url"],
    }  # fmt: skip


def events(
    db: Annotated[str, typer.Option("--db", help="store file (SQLite)")],
    cameo: Annotated[str | None, typer.Option(help="CAMEO code or prefix: 04, 041, 1123")] = None,
    plover: Annotated[str | None, typer.Option(help="PLOVER event type: CONSULT, ASSAULT, ...")] = None,
    actor: Annotated[str | None, typer.Option(help="source or target name or CAMEO code (substring)")] = None,
    country: Annotated[str | None, typer.Option(help="source or target country (ISO alpha-3)")] = None,
    all_: Annotated[bool, typer.Option("--all", help="also negated and hypothetical events")] = False,
    limit: Annotated[int | None, typer.Option(help="at most N rows")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
) -> None:
    """Coded political events (CAMEO/PLOVER) across the stored articles."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from claimgraph.clikit import open_store, print_json

    with open_store(db) as store:
        rows = query(store.conn, cameo=cameo, plover=plover, actor=actor, country=country,
                     include_unreal=all_, limit=limit)
    if as_json:
        print_json([_json_row(r) for r in rows])
        return
    t = Table(title=f"{len(rows)} events")
    for col in ("date", "source", "cameo", "plover", "target", "trigger", "sentence"):
        t.add_column(col, overflow="fold")
    for r in rows:
        src = r["source_code"] or r["source_country"] or ""
        tgt = r["target_code"] or r["target_country"] or ""
        t.add_row(r["published"] or "", escape(f"{r['source_name'] or '?'} ({src})"), r["cameo"] or "",
                  r["plover"] or "", escape(f"{r['target_name']} ({tgt})" if r["target_name"] else ""),
                  escape(r["trigger"] or ""), escape((r["sentence"] or "")[:160]))  # fmt: skip
    Console().print(t)


def register(app: typer.Typer) -> None:
    app.command("events")(events)
