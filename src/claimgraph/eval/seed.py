"""`claimgraph eval seed GOLD.json ARTICLE.txt`: score one hand-annotated article.

The gold format (see ../shared/seed/gold.json) anchors each item on a
substring of the sentence that holds it. A gold statement is *found* when one
of our statements has its cue or content in that sentence and overlapping the
anchor; its speaker is right when the resolved actor's canonical name contains
the gold name (case-insensitive). Actors match by name; claims by which of
our claims the phrasings land in; events by anchor, countries and CAMEO root.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from claimgraph.schema import Document


def _find(text: str, anchor: str) -> tuple[int, int] | None:
    i = text.find(anchor)
    return (i, i + len(anchor)) if i >= 0 else None


def _overlap(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _name_match(actor_name: str, gold: str) -> bool:
    a, g = actor_name.lower(), gold.lower()
    return g in a or (len(a) > 3 and a in g)


def _best_actor(doc: Document, gold: str):
    """The actor whose name matches the gold name best: the same name, else the
    nearest in length of those that hold it or that it holds ("Ethiopian News
    Agency" is not "Ethiopia", though both match)."""
    g = gold.lower()
    cands = [a for a in doc.actors if _name_match(a.name, gold)]
    return min(cands, key=lambda a: (a.name.lower() != g, g not in a.name.lower(), abs(len(a.name) - len(g))), default=None)


def _actor_matches(doc: Document, actor_id: str | None, gold: str) -> bool:
    a = doc.actor(actor_id)
    if a is None:
        return False
    return _name_match(a.name, gold) or (a.country == gold and a.type in {"state", "group"}) or a.code == gold


def score_statements(doc: Document, text: str, gold: dict) -> list[dict]:
    rows = []
    for g in gold.get("statements", []):
        span = _find(text, g["anchor"])
        row = {"anchor": g["anchor"][:50], "found": False, "speaker": False, "kind": False, "stance": False, "cue": False}
        if span is None:
            row["error"] = "anchor not in text"
            rows.append(row)
            continue
        cands = [s for s in doc.statements if _overlap(s.content_span, span) or _overlap(s.cue_span, span)]
        want_speakers = g.get("speaker_all") or [g.get("speaker")]
        row["found"] = bool(cands)

        def good(s, name):
            return _actor_matches(doc, s.speaker, name)

        # pick, per gold speaker, the best candidate: right speaker first, then matching cue
        picked = []
        for name in want_speakers:
            ranked = sorted(cands, key=lambda s, n=name: (not good(s, n), g.get("cue", "") not in s.cue, not _overlap(s.cue_span, span)))
            if ranked:
                picked.append((name, ranked[0]))
        row["speaker"] = bool(picked) and all(good(s, n) for n, s in picked) and len(picked) == len(want_speakers)
        if picked:
            s = picked[0][1]
            row["kind"] = s.kind == g.get("kind", s.kind)
            row["stance"] = "stance" not in g or s.stance == g["stance"]
            row["cue"] = g.get("cue", "").lower() in s.cue.lower() or s.cue.lower() in g.get("cue", "").lower()
            row["ours"] = {"speaker": doc.actor(s.speaker).name if doc.actor(s.speaker) else None, "kind": s.kind, "stance": s.stance, "cue": s.cue}
        rows.append(row)
    return rows


def score_actors(doc: Document, gold: dict) -> list[dict]:
    rows = []
    for g in gold.get("actors", []):
        match = _best_actor(doc, g["name"])
        row = {"name": g["name"], "found": match is not None}
        for key in ("country", "sector"):
            if key in g:
                row[key] = match is not None and match.__getattribute__(key) == g[key]
        if "role_contains" in g:
            row["role"] = match is not None and g["role_contains"].lower() in (match.role or "").lower()
        if match is not None:
            row["ours"] = {"name": match.name, "country": match.country, "sector": match.sector, "role": match.role}
        rows.append(row)
    return rows


def score_claims(doc: Document, text: str, gold: dict) -> list[dict]:
    rows = []
    for g in gold.get("claims", []):
        landed = []
        for phrase in g.get("phrasings", []):
            span = _find(text, phrase)
            ids = set()
            if span:
                for c in doc.claims:
                    if any(_overlap(tuple(sp), span) for sp in c.spans):
                        ids.add(c.id)
                for s in doc.statements:
                    if s.claim and _overlap(s.content_span, span):
                        ids.add(s.claim)
            landed.append(ids)
        common = set.intersection(*landed) if landed else set()
        row = {"claim": g["id"], "one_cluster": bool(common), "phrasings": len(landed),
               "landed": sum(1 for x in landed if x)}
        claim = next((c for c in doc.claims if c.id in common), None)
        for stance, names in g.get("stances", {}).items():
            have = [st for st in (claim.stances if claim else []) if st.stance == stance]
            row[stance] = all(any(_actor_matches(doc, st.actor, n) for st in have) for n in names)
        rows.append(row)
    return rows


def score_events(doc: Document, text: str, gold: dict) -> list[dict]:
    rows = []
    for g in gold.get("events", []):
        span = _find(text, g["anchor"])
        ok = False
        if span:
            for e in doc.events:
                if not (_overlap(tuple(e.trigger_span), span) or _overlap(tuple(e.sentence_span), span)):
                    continue
                src, tgt = doc.actor(e.source), doc.actor(e.target)
                if "source_country" in g and (src is None or src.country != g["source_country"]):
                    continue
                if "target_country" in g and (tgt is None or tgt.country != g["target_country"]):
                    continue
                if any(e.cameo.startswith(root) for root in g["cameo"]):
                    ok = True
                    break
        rows.append({"anchor": g["anchor"][:50], "coded": ok})
    return rows


def score_negatives(doc: Document, text: str, gold: dict) -> list[dict]:
    rows = []
    for g in gold.get("not_statements", []):
        span = _find(text, g["anchor"])
        said = named = 0
        if span:
            said += sum(_overlap(s.content_span, span) or _overlap(s.cue_span, span) for s in doc.statements)
            said += sum(_overlap(tuple(e.trigger_span), span) for e in doc.events)
            named += sum(any(_overlap(tuple(m), span) for m in a.mentions) for a in doc.actors)
        # "no_statement": nothing said or done there ("X declined to comment" may still name
        # X); "clean": not even an actor (page boilerplate yields nothing at all)
        rows.append({"anchor": g["anchor"], "no_statement": said == 0, "clean": said + named == 0})
    return rows


def evaluate(gold_path: Path, article_path: Path, model: str | None = None) -> dict:
    from claimgraph.pipeline import extract

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = article_path.read_text(encoding="utf-8")
    doc = extract(text, model=model)
    parts = {
        "statements": score_statements(doc, text, gold),
        "actors": score_actors(doc, gold),
        "claims": score_claims(doc, text, gold),
        "events": score_events(doc, text, gold),
        "not_statements": score_negatives(doc, text, gold),
    }
    summary = {}
    for name, rows in parts.items():
        # each measure over the rows the gold asks it of: an actor given no country is not scored on one
        keys = list(dict.fromkeys(k for r in rows for k, v in r.items() if isinstance(v, bool)))
        summary[name] = {k: f"{sum(1 for r in rows if r.get(k))}/{sum(1 for r in rows if k in r)}" for k in keys}
    return {"summary": summary, **parts}


def command(
    gold: Annotated[Path, typer.Argument(help="gold.json")],
    article: Annotated[Path, typer.Argument(help="the article it annotates")],
    as_json: Annotated[bool, typer.Option("--json")] = False,
    model: Annotated[str | None, typer.Option("--model")] = None,
) -> None:
    """Score statements, actors, claims and events against a hand annotation."""
    from rich.console import Console
    from rich.table import Table

    for p in (gold, article):
        if not p.exists():
            Console(stderr=True).print(f"[bold red]error:[/] {p}: no such file")
            raise typer.Exit(2)
    res = evaluate(gold, article, model)
    if as_json:
        print(json.dumps(res, indent=2))
        return
    con = Console()
    for name in ("statements", "actors", "claims", "events", "not_statements"):
        rows = res[name]
        if not rows:
            continue
        t = Table(title=f"{name}: " + ", ".join(f"{k} {v}" for k, v in res["summary"][name].items()))
        cols = [k for k in rows[0] if k != "ours"] + (["ours"] if any("ours" in r for r in rows) else [])
        for c in cols:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*[("✔" if r.get(c) is True else "✘" if r.get(c) is False else str(r.get(c, ""))) for c in cols])
        con.print(t)
