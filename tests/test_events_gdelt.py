"""GDELT 2.0 export rows from contract documents."""

from __future__ import annotations

import csv
import io

from claimgraph.events.gdelt import COLUMNS, event_id, rows, write
from claimgraph.schema import Actor, Document, DocumentMeta, Event


def _doc() -> Document:
    return Document(
        document=DocumentMeta(id="abc", title="t", url="https://example.org/a", published="2022-11-01"),
        actors=[Actor(id="A1", name="Ana Petrov", type="person", country="NRL", sector="GOV", code="NRLGOV"),
                Actor(id="A2", name="Sudoria", type="state", country="SDR", code="SDR")],
        events=[
            Event(id="E1", source="A1", target="A2", cameo="041", plover="CONSULT", quad_class=1,
                  goldstein=1.0, trigger="phoned", trigger_span=(10, 16), sentence_span=(0, 40)),
            Event(id="E2", source="A1", target=None, cameo="190", plover="FIGHT", quad_class=4,
                  goldstein=-10.0, trigger="attack", trigger_span=(50, 56), sentence_span=(41, 80),
                  negated=True),
        ],
    )


def test_header_has_the_61_official_columns_in_order():
    assert len(COLUMNS) == 61
    assert COLUMNS[:8] == ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "Actor1Code",
                           "Actor1Name", "Actor1CountryCode"]
    assert COLUMNS[25:35] == ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                              "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    assert COLUMNS[-2:] == ["DATEADDED", "SOURCEURL"]


def test_known_event_columns():
    out = list(rows(_doc()))
    assert len(out) == 1  # the negated event is not exported
    r = out[0]
    assert r["GlobalEventID"] == str(event_id("abc", "E1"))
    assert (r["Day"], r["MonthYear"], r["Year"]) == ("20221101", "202211", "2022")
    assert r["FractionDate"].startswith("2022.8")
    assert (r["Actor1Code"], r["Actor1CountryCode"], r["Actor1Type1Code"]) == ("NRLGOV", "NRL", "GOV")
    assert (r["Actor2Code"], r["Actor2Name"]) == ("SDR", "SUDORIA")
    assert (r["EventCode"], r["EventBaseCode"], r["EventRootCode"]) == ("041", "041", "04")
    assert (r["QuadClass"], r["GoldsteinScale"]) == ("1", "1.0")
    assert r["SOURCEURL"] == "https://example.org/a"
    assert r["AvgTone"] == "" and r["ActionGeo_Lat"] == ""


def test_written_table_loads_with_61_columns():
    buf = io.StringIO()
    n = write([_doc(), _doc()], buf)
    table = list(csv.reader(io.StringIO(buf.getvalue()), delimiter="\t"))
    assert n == 2 and len(table) == 3
    assert all(len(row) == 61 for row in table)
    assert table[0] == COLUMNS


def test_missing_date_leaves_date_columns_empty():
    d = _doc()
    d.document.published = None
    r = next(rows(d))
    assert r["Day"] == r["Year"] == ""


def test_gdelt_exporter_registered():
    from claimgraph.store.export import available

    assert "gdelt" in available()
