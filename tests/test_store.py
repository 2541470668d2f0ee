"""The SQLite store, with hand-built documents (no parsing): writes, merges, queries, export."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from claimgraph.io.records import Record
from claimgraph.pipeline import document_id
from claimgraph.schema import Actor, Claim, ClaimStance, Document, DocumentMeta, Event, Statement
from claimgraph.store import Store, StoreError
from claimgraph.store.export import export


def _span(text: str, part: str, start: int = 0) -> tuple[int, int]:
    i = text.index(part, start)
    return (i, i + len(part))


def make_doc(text: str, speaker: str, *, code=None, country=None, role=None, stance="assert",
             url=None, published=None, outlet=None, state: str | None = None) -> tuple[Record, Document]:  # fmt: skip
    """An article whose first quote is spoken by `speaker` (named as in the text)."""
    did = document_id(text)
    actors = [Actor(id="A1", name=speaker, type="person", code=code, country=country, role=role,
                    mentions=[_span(text, speaker)])]  # fmt: skip
    if state:
        actors.append(Actor(id="A2", name=state, type="state", code=country, country=country,
                            mentions=[_span(text, state)]))  # fmt: skip
    q0 = text.index('"') + 1
    q1 = text.index('"', q0)
    cue = _span(text, "said")
    st = Statement(id="S1", speaker="A1", speaker_span=_span(text, speaker), cue="said", cue_span=cue,
                   kind="direct", content=text[q0:q1], content_span=(q0, q1), stance=stance, claim="C1")  # fmt: skip
    claim = Claim(id="C1", text=text[q0:q1], stances=[ClaimStance(actor="A1", stance=stance, statement="S1")],
                  spans=[(q0, q1)])  # fmt: skip
    ev = Event(id="E1", source="A1", cameo="010", plover="CONSULT", trigger="said", trigger_span=cue,
               sentence_span=(0, len(text)), statement="S1")  # fmt: skip
    meta = DocumentMeta(id=did, title=text.split("\n")[0], source=f"{did}.txt", url=url,
                        published=published, outlet=outlet)  # fmt: skip
    doc = Document(document=meta, actors=actors, statements=[st], claims=[claim], events=[ev])
    rec = Record(source=meta.source, text=text, url=url, published=published, outlet=outlet)
    return rec, doc


T1 = 'Drone row\n"We never sold drones to anyone," said Nadia Farrow, a spokeswoman, in Ostrania.'
T2 = 'Talks resume\n"The shipments are well documented," said Farrow in Ostrania.'
T3 = 'Summit\n"There will be no deal," said foreign ministry spokeswoman Nadia Farrow of Ostrania.'
T4 = 'Other Farrow\n"Taxes must rise," said Paul Farrow, a banker.'


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "s.db") as s:
        yield s


def test_batch_is_stored_with_spans_and_rebuilds_the_same_document(store: Store):
    rec, doc = make_doc(T1, "Nadia Farrow", url="http://a/1", published="2024-03-01", outlet="Ledger")
    assert store.add_documents([(rec, doc)]) == 1
    assert store.has_article(doc.document.id)
    again = store.document(doc.document.id)
    assert again == doc
    row = store.conn.execute("SELECT content_start, content_end, content FROM statements").fetchone()
    assert T1[row[0] : row[1]] == row[2]


def test_same_text_other_url_is_stored_once_with_both_urls(store: Store):
    r1, d1 = make_doc(T1, "Nadia Farrow", url="http://a/1")
    r2, d2 = make_doc(T1, "Nadia Farrow", url="http://mirror/1")
    store.add_documents([(r1, d1)])
    assert store.add_documents([(r2, d2)]) == 0
    assert store.counts()["articles"] == 1 and store.counts()["statements"] == 1
    assert sorted(store.article(d1.document.id)["urls"]) == ["http://a/1", "http://mirror/1"]


def test_person_is_one_row_across_short_full_and_described_names(store: Store):
    items = [
        make_doc(T2, "Farrow", country="OST", published="2024-03-02"),
        make_doc(T1, "Nadia Farrow", country="OST", role="spokeswoman", published="2024-03-01"),
        make_doc(T3, "foreign ministry spokeswoman Nadia Farrow", country="OST", published="2024-03-05"),
        make_doc(T4, "Paul Farrow", published="2024-03-04"),
    ]
    store.add_documents(items)
    rows = {r["name"]: r for r in store.actors()}
    assert set(rows) == {"Nadia Farrow", "Paul Farrow"}, rows.keys()
    nadia = rows["Nadia Farrow"]
    assert nadia["statements"] == 3 and nadia["n_articles"] == 3
    assert set(nadia["aliases"]) == {"Farrow", "Nadia Farrow", "foreign ministry spokeswoman Nadia Farrow"}
    assert nadia["roles"] == ["spokeswoman"]
    assert (nadia["first_seen"], nadia["last_seen"]) == ("2024-03-01", "2024-03-05")


def test_states_merge_by_code_and_disagreeing_codes_do_not(store: Store):
    store.add_documents([
        make_doc(T1, "Nadia Farrow", country="OST", state="Ostrania"),
        make_doc(T3, "Nadia Farrow", country="OST", state="Ostrania"),
        make_doc(T4, "Paul Farrow", country="VAL"),
    ])  # fmt: skip
    states = [r for r in store.actors() if r["type"] == "state"]
    assert len(states) == 1 and states[0]["n_articles"] == 2
    persons = sorted(r["name"] for r in store.actors() if r["type"] == "person")
    assert persons == ["Nadia Farrow", "Paul Farrow"]


def test_queries_filter_by_speaker_country_stance_date_and_text(store: Store):
    store.add_documents([
        make_doc(T1, "Nadia Farrow", country="OST", stance="deny", published="2024-03-01"),
        make_doc(T3, "Nadia Farrow", country="OST", published="2024-03-05"),
        make_doc(T4, "Paul Farrow", country="VAL", published="2024-03-04"),
    ])  # fmt: skip
    assert len(store.statements()) == 3
    assert {r["speaker"] for r in store.statements(speaker="nadia")} == {"Nadia Farrow"}
    assert len(store.statements(country="val")) == 1
    assert [r["content"] for r in store.statements(stance="deny")] == ["We never sold drones to anyone,"]
    assert [r["published"] for r in store.statements(since="2024-03-04")] == ["2024-03-04", "2024-03-05"]
    assert len(store.statements(text="drones")) == 1
    assert len(store.statements(text="Farrow's \"drones")) == 0  # not FTS syntax: still answers
    assert {r["name"]: r["statements"] for r in store.actors(country="OST")} == {"Nadia Farrow": 2}


def test_search_highlights_hits_in_statements_and_articles(store: Store):
    store.add_documents([make_doc(T1, "Nadia Farrow"), make_doc(T4, "Paul Farrow")])
    [hit] = store.search("drones")
    assert hit["speaker"] == "Nadia Farrow" and "[[drones]]" in hit["hit"]
    arts = store.search("banker", articles=True)
    assert len(arts) == 1 and "[[banker]]" in arts[0]["hit"]


def test_failed_batch_writes_nothing(store: Store):
    good = make_doc(T1, "Nadia Farrow")
    bad_rec, bad = make_doc(T4, "Paul Farrow")
    bad.statements[0].speaker = None
    bad.statements.append(bad.statements[0])  # duplicate statement id: violates UNIQUE
    with pytest.raises(sqlite3.IntegrityError):
        store.add_documents([good, (bad_rec, bad)])
    assert store.counts() == {k: 0 for k in store.counts()}


def test_export_jsonl_is_the_contract_and_tables_go_to_csv_and_parquet(store: Store, tmp_path: Path):
    import pyarrow.parquet as pq

    items = [make_doc(T1, "Nadia Farrow", url="http://a/1"), make_doc(T4, "Paul Farrow")]
    store.add_documents(items)
    export(store, "jsonl", tmp_path / "docs.jsonl")
    docs = [Document.model_validate(json.loads(line)) for line in (tmp_path / "docs.jsonl").open()]
    assert docs == [d for _r, d in items]
    written = export(store, "csv", tmp_path / "csv")
    assert sorted(Path(p).name for p in written) == ["actors.csv", "articles.csv", "statements.csv"]
    with (tmp_path / "csv" / "statements.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 2 and {"content_start", "content_end", "speaker"} <= set(rows[0])
    export(store, "parquet", tmp_path / "st.parquet", ["statements"])
    table = pq.read_table(tmp_path / "st.parquet")
    assert table.num_rows == 2 and str(table.schema.field("content_start").type) == "int64"
    with pytest.raises(StoreError, match="unknown export format"):
        export(store, "xml", None)


def test_open_reports_missing_and_foreign_files(tmp_path: Path):
    with pytest.raises(StoreError, match="no such database"):
        Store.open(tmp_path / "none.db", create=False)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a claimgraph database"):
        Store.open(junk)
    assert junk.read_bytes() == b"this is not sqlite" * 100  # untouched


T5 = 'Fees\n"We will not pay," said Nadia Farrow in Ostrania. "The fees are unfair."'


def _broken_quote_doc() -> tuple[Record, Document]:
    rec, doc = make_doc(T5, "Nadia Farrow")
    st = doc.statements[0]
    start, end = T5.index("We will"), T5.index("unfair.") + len("unfair.")
    st.content, st.content_span = T5[start:end], (start, end)
    st.content_parts = [_span(T5, "We will not pay"), _span(T5, "The fees are unfair.")]
    return rec, doc


def test_a_broken_quotation_keeps_its_parts_in_the_store(store: Store):
    rec, doc = _broken_quote_doc()
    store.add_documents([(rec, doc)])
    assert store.document(doc.document.id) == doc
    (row,) = store.statements()
    assert json.loads(row["content_parts"]) == [list(p) for p in doc.statements[0].content_parts]


def test_a_store_written_before_content_parts_is_read_and_then_upgraded(tmp_path: Path, monkeypatch):
    from claimgraph.store import sqlite as store_sqlite

    db = tmp_path / "old.db"
    rec, doc = make_doc(T1, "Nadia Farrow")
    with Store.open(db) as s:
        s.add_documents([(rec, doc)])
        s.conn.execute("ALTER TABLE statements DROP COLUMN content_parts")  # as an earlier release wrote it
    with monkeypatch.context() as m:
        m.setattr(store_sqlite, "_add_columns", lambda conn: None)  # as for a file we may not write
        with Store.open(db, create=False) as s:
            assert [r["content_parts"] for r in s.statements()] == [None]
            assert s.document(doc.document.id).statements[0].content_parts is None
    rec5, doc5 = _broken_quote_doc()
    with Store.open(db) as s:  # opened for writing: gains the column, old rows keep NULL
        s.add_documents([(rec5, doc5)])
        assert s.document(doc5.document.id) == doc5
        assert s.document(doc.document.id) == doc
