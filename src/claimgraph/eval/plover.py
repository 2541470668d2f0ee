"""`claimgraph eval plover FILE.jsonl`: score the event coder on PLOVER gold records.

Each record is one sentence with gold `source`/`target` actors (CAMEO actor
codes) and a PLOVER event type (`event`). We run `claimgraph.extract` on the
sentence and keep the events that happened (not negated, not hypothetical).

- main event: the first coded event of the gold type, else the first one;
- type accuracy: records whose main event has the gold type;
- source / target accuracy: the main event's actor country (the first three
  letters of the CAMEO code, so IGO/NGO and region codes compare as such)
  is one of the gold ones; target accuracy counts records with a gold target;
- precision: coded events of the gold type whose source country is a gold
  source (or, for "SRC/TAR" compound records, a gold actor), over all coded
  events, extra ones included;
- fully right: type, source and (when gold has one) target all right.

`--subset odd|even` scores every other record (by 0-based position in the
file) so one half can be used to design rules and the other to check them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from claimgraph.schema import Document, Event

# Three-letter codes that CAMEO-era gold uses where ISO 3166 has another
# (the PLOVER gold writes "VTN" for Vietnam, "JAP" for Japan, ...).
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "UKG": "GBR", "ROM": "ROU", "GMY": "DEU", "VTN": "VNM"}


def _country(code: str | None) -> str | None:
    if not code:
        return None
    c = code[:3].upper()
    return LEGACY_CODES.get(c, c)


def _gold_countries(actors) -> set[str]:
    if not isinstance(actors, list):
        return set()
    return {c for c in (_country(a.get("code")) for a in actors if isinstance(a, dict)) if c}


def actor_country(doc: Document, actor_id: str | None) -> str | None:
    a = doc.actor(actor_id)
    if a is None:
        return None
    return _country(a.code or a.country)


def read_records(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from None
            if not isinstance(rec, dict) or not rec.get("text") or not rec.get("event"):
                raise ValueError(f"{path}:{n}: a PLOVER record needs 'text' and 'event'")
            yield rec


def happened(doc: Document) -> list[Event]:
    return [e for e in doc.events if not e.negated and not e.hypothetical]


def score_record(rec: dict, doc: Document) -> dict:
    gold_type = rec["event"]
    src = _gold_countries(rec.get("source"))
    tgt = _gold_countries(rec.get("target"))
    events = happened(doc)
    info = rec.get("textInfo")
    markup = info.get("markup", "") if isinstance(info, dict) else str(info or "")
    either = src | tgt if "SRC/TAR" in markup else src
    correct = [e for e in events if e.plover == gold_type and actor_country(doc, e.source) in either]
    typed = [e for e in events if e.plover == gold_type]
    main = (correct or typed or events or [None])[0]
    type_ok = main is not None and main.plover == gold_type
    src_ok = main is not None and actor_country(doc, main.source) in either
    tgt_ok = main is not None and bool(tgt) and actor_country(doc, main.target) in (tgt | (src if either != src else set()))
    return {
        "id": rec.get("id"),
        "type": type_ok,
        "source": src_ok,
        "target": tgt_ok if tgt else None,
        "full": type_ok and src_ok and (tgt_ok if tgt else True),
        "coded": len(events),
        "correct": len(correct),
        "got": [f"{e.cameo}/{e.plover} {actor_country(doc, e.source)}->{actor_country(doc, e.target)}" for e in events],
        "gold": f"{gold_type} {sorted(src)}->{sorted(tgt)}",
    }


SUBSETS = {"all": slice(None), "even": slice(0, None, 2), "odd": slice(1, None, 2)}


def select(recs: list[dict], subset: str = "all", limit: int | None = None) -> list[dict]:
    """The records of one half (by 0-based position in the file), then the first `limit`."""
    if subset not in SUBSETS:
        raise ValueError(f"subset must be one of {', '.join(SUBSETS)}, not {subset!r}")
    return recs[SUBSETS[subset]][:limit]


def evaluate(path: Path, model: str | None = None, limit: int | None = None, subset: str = "all") -> dict:
    from claimgraph.pipeline import extract_many

    recs = select(list(read_records(path)), subset, limit)
    rows = [score_record(r, d) for r, d in zip(recs, extract_many((r["text"] for r in recs), model=model), strict=True)]
    n = len(rows) or 1
    with_target = [r for r in rows if r["target"] is not None]
    coded = sum(r["coded"] for r in rows)
    return {
        "records": len(rows),
        "type_accuracy": sum(r["type"] for r in rows) / n,
        "source_accuracy": sum(r["source"] for r in rows) / n,
        "target_accuracy": sum(r["target"] for r in with_target) / (len(with_target) or 1),
        "target_records": len(with_target),
        "precision": sum(r["correct"] for r in rows) / coded if coded else 0.0,
        "events_coded": coded,
        "records_with_events": sum(1 for r in rows if r["coded"]),
        "fully_right": sum(r["full"] for r in rows) / n,
        "rows": rows,
    }


def command(
    file: Annotated[Path, typer.Argument(help="PLOVER gold JSONL (text, source[], target[], event)")],
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
    limit: Annotated[int | None, typer.Option(help="score only the first N records")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="list the records not fully right")] = False,
    model: Annotated[str | None, typer.Option("--model")] = None,
    subset: Annotated[str, typer.Option(help="all, or every other record: even (0, 2, ...) or odd (1, 3, ...)")] = "all",
) -> None:
    """Event type, actor country and precision of the event coder on PLOVER records."""
    from rich.console import Console
    from rich.table import Table

    try:
        res = evaluate(file, model, limit, subset)
    except (FileNotFoundError, ValueError) as exc:
        Console(stderr=True).print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    if as_json:
        if not errors:
            res.pop("rows")
        print(json.dumps(res, indent=2))
        return
    half = "" if subset == "all" else f" ({subset} half)"
    t = Table(title=f"PLOVER {file.name}{half}: {res['records']} records, {res['events_coded']} events coded")
    t.add_column("measure")
    t.add_column("value", justify="right")
    for key in ("type_accuracy", "source_accuracy", "target_accuracy", "precision", "fully_right"):
        t.add_row(key.replace("_", " "), f"{res[key]:.3f}")
    t.add_row("records with events", str(res["records_with_events"]))
    out = Console()
    out.print(t)
    if errors:
        for r in res["rows"]:
            if not r["full"]:
                out.print(f"{r['id']}: gold {r['gold']} got {r['got']}", highlight=False)
