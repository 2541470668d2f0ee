"""GDELT 2.0 event-table rows from contract Documents (`export --format gdelt`).

The 61 columns follow the GDELT 2.0 Event Codebook, in its order and with its
names. We fill what an article tells us (date, actors with CAMEO codes, event
codes, QuadClass, Goldstein, URL) and leave the rest empty: we compute no tone,
no geography, and count each event once (NumMentions/NumSources/NumArticles 1).
Negated and hypothetical events are not exported: GDELT rows are things that
happened.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from claimgraph.registry import exporters
from claimgraph.schema import Actor, Document, Event

_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]

COLUMNS: list[str] = (
    ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in _ACTOR]
    + [f"Actor2{c}" for c in _ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in _GEO]
    + [f"Actor2Geo_{c}" for c in _GEO]
    + [f"ActionGeo_{c}" for c in _GEO]
    + ["DATEADDED", "SOURCEURL"]
)
assert len(COLUMNS) == 61


def event_id(article_id: str, local_id: str) -> int:
    """Stable positive 63-bit integer id (GDELT ids are integers)."""
    return int(hashlib.sha1(f"{article_id}/{local_id}".encode()).hexdigest()[:15], 16)


def _date_fields(published: str | None) -> dict[str, str]:
    try:
        d = date.fromisoformat((published or "")[:10])
    except ValueError:
        return {}
    frac = d.year + (d.timetuple().tm_yday - 1) / 365.0
    return {"Day": d.strftime("%Y%m%d"), "MonthYear": d.strftime("%Y%m"), "Year": str(d.year),
            "FractionDate": f"{frac:.4f}"}


def _actor_fields(prefix: str, actor: Actor | None) -> dict[str, str]:
    if actor is None:
        return {}
    country = actor.country or ""
    code = actor.code or country
    return {f"{prefix}Code": code, f"{prefix}Name": actor.name.upper(),
            f"{prefix}CountryCode": country, f"{prefix}Type1Code": actor.sector or ""}


def _lead_end(text_len: int, doc: Document, events: list[Event]) -> int:
    """End of the lead: the first sentence that holds any event counts as root."""
    return min((e.sentence_span[1] for e in events), default=text_len)


def rows(doc: Document) -> Iterator[dict[str, str]]:
    """One GDELT row (column -> value) per event that happened."""
    happened = [e for e in doc.events if not e.negated and not e.hypothetical]
    lead = _lead_end(0, doc, happened)
    meta = doc.document
    dates = _date_fields(meta.published)
    for ev in happened:
        row = dict.fromkeys(COLUMNS, "")
        row.update(dates)
        row["GlobalEventID"] = str(event_id(meta.id, ev.id))
        row.update(_actor_fields("Actor1", doc.actor(ev.source)))
        row.update(_actor_fields("Actor2", doc.actor(ev.target)))
        row["IsRootEvent"] = "1" if ev.sentence_span[1] <= lead else "0"
        row["EventCode"] = ev.cameo
        row["EventBaseCode"] = ev.cameo[:3]
        row["EventRootCode"] = ev.cameo[:2]
        row["QuadClass"] = "" if ev.quad_class is None else str(ev.quad_class)
        row["GoldsteinScale"] = "" if ev.goldstein is None else f"{ev.goldstein:.1f}"
        row["NumMentions"] = row["NumSources"] = row["NumArticles"] = "1"
        row["SOURCEURL"] = meta.url or meta.source or ""
        yield row


def write(docs: Iterable[Document], fh) -> int:
    """Tab-separated GDELT table with a header line; returns the number of rows."""
    w = csv.DictWriter(fh, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
    w.writeheader()
    n = 0
    for doc in docs:
        for row in rows(doc):
            w.writerow(row)
            n += 1
    return n


@exporters.register("gdelt")
def export_gdelt(store, out: Path | None, tables: list[str]) -> list[str]:
    """GDELT 2.0 event table (TSV, 61 columns, header first); `tables` does not apply."""
    from claimgraph.store.export import _open_out

    def docs() -> Iterator[Document]:
        for article_id in store.article_ids():
            doc = store.document(article_id)
            if doc is not None:
                yield doc

    with _open_out(out) as fh:
        write(docs(), fh)
    return [str(out)] if out else []
