"""`eval plover` scoring logic, seed acceptance and the query command."""

from __future__ import annotations

import json

import pytest

from claimgraph.eval.plover import _country, read_records, score_record
from claimgraph.schema import Actor, Document, DocumentMeta, Event
from conftest import need_shared


def _doc(events):
    return Document(document=DocumentMeta(id="x"),
                    actors=[Actor(id="A1", name="N", country="NRL", code="NRLGOV"),
                            Actor(id="A2", name="U", code="IGOUNO")],
                    events=events)


def _ev(i, plover, src, tgt=None, **kw):
    return Event(id=i, source=src, target=tgt, cameo="040", plover=plover, trigger="t",
                 trigger_span=(0, 1), sentence_span=(0, 2), **kw)


REC = {"id": "r", "text": "x", "event": "CONSULT", "source": [{"code": "NRLGOV"}], "target": [{"code": "IGO"}],
       "textInfo": {"markup": "(SRC: x)"}}


def test_score_right_and_extra_event():
    row = score_record(REC, _doc([_ev("E1", "CONSULT", "A1", "A2"), _ev("E2", "ASSAULT", "A2")]))
    assert row["type"] and row["source"] and row["target"] and row["full"]
    assert (row["coded"], row["correct"]) == (2, 1)


def test_score_wrong_and_unreal_events():
    row = score_record(REC, _doc([_ev("E1", "CONSULT", "A2", "A1"), _ev("E2", "CONSULT", "A1", hypothetical=True)]))
    assert row["type"] and not row["source"] and not row["full"]
    assert row["coded"] == 1 and row["correct"] == 0


def test_country_codes_compare_first_three_letters():
    assert _country("IGOUNO") == "IGO" and _country("JAP") == "JPN" and _country(None) is None


def test_bad_record_is_a_clear_error(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"text": "no event"}\n')
    with pytest.raises(ValueError, match="needs 'text' and 'event'"):
        list(read_records(p))


def test_seed_events_accepted():
    gold = json.loads(need_shared("seed", "gold.json").read_text())
    text = need_shared("seed", "article.txt").read_text()
    import claimgraph

    doc = claimgraph.extract(text)
    country = {a.id: a.country or (a.code or "")[:3] for a in doc.actors}
    missed = []
    for g in gold["events"]:
        start = text.find(g["anchor"])
        ok = any(
            e.sentence_span[0] <= start < e.sentence_span[1]
            and country.get(e.source) == g["source_country"]
            and ("target_country" not in g or country.get(e.target) == g["target_country"])
            and e.cameo[:2] in g["cameo"] and not e.negated and not e.hypothetical
            for e in doc.events
        )
        if not ok:
            missed.append(g["anchor"])
    assert missed == []
    tail = text.rfind("Leave a Comment")
    assert not any(e.trigger_span[0] >= tail for e in doc.events)


def test_events_command_queries_store(tmp_path):
    from typer.testing import CliRunner

    from claimgraph.cli import app

    art = tmp_path / "a.txt"
    art.write_text("Border talks\nNorway's foreign minister met Sweden's prime minister in Oslo on Monday.\n")
    db = tmp_path / "s.db"
    r = CliRunner().invoke(app, ["ingest", str(art), "--db", str(db)])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(app, ["events", "--db", str(db), "--cameo", "04", "--json"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.output)
    assert rows and all(row["cameo"].startswith("04") for row in rows)
    r = CliRunner().invoke(app, ["events", "--db", str(db), "--plover", "ASSAULT", "--json"])
    assert json.loads(r.output) == []
    r = CliRunner().invoke(app, ["events", "--db", str(tmp_path / "missing.db")])
    assert r.exit_code == 2


def test_subset_halves_partition_records():
    from claimgraph.eval.plover import select

    recs = [{"i": i} for i in range(7)]
    even, odd = select(recs, "even"), select(recs, "odd")
    assert [r["i"] for r in even] == [0, 2, 4, 6] and [r["i"] for r in odd] == [1, 3, 5]
    assert select(recs, "all", limit=2) == recs[:2]
    with pytest.raises(ValueError, match="subset must be one of"):
        select(recs, "third")
