"""The store keeps its claims index in memory from batch to batch; it must
never act on stale reads: another writer or a rolled-back batch makes it read
the tables again. Hand-built documents, no parsing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from claimgraph.store import Store
from test_store import make_doc

# One quoted claim each; the first and the last say the same thing, the others are unrelated.
TEXTS = [
    'Arms row\n"Ostrania sold attack drones to Velmar last spring," said Nadia Farrow in Ostrania.',
    'Budget\n"Carvia must raise fuel taxes next year," said Paul Okonjo in Carvia.',
    'Harbour\n"The harbour bridge will close for repairs in June," said Ilse Varga in Dunmore.',
    'Farming\n"Grain exports from Tesland fell by a third," said Omar Haddad in Tesland.',
    'Arms row again\n"Ostrania sold attack drones to Velmar," said Lena Brandt in Velmar.',
]
SPEAKERS = ["Nadia Farrow", "Paul Okonjo", "Ilse Varga", "Omar Haddad", "Lena Brandt"]
DOCS = [make_doc(t, s) for t, s in zip(TEXTS, SPEAKERS, strict=True)]


def _clusters(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT article_id, cluster_id FROM claims").fetchall())
    finally:
        conn.close()


def _reference(path: Path) -> dict[str, str]:
    """Each document written by a fresh store: nothing kept in memory."""
    for item in DOCS:
        with Store.open(path) as s:
            s.add_documents([item])
    return _clusters(path)


@pytest.fixture
def reference(tmp_path: Path) -> dict[str, str]:
    ref = _reference(tmp_path / "ref.db")
    # the example is meaningful: five articles, the first and last in one claim
    ids = [d.document.id for _r, d in DOCS]
    assert len(set(ref.values())) == 4 and ref[ids[0]] == ref[ids[-1]]
    return ref


def test_two_writers_take_turns(tmp_path: Path, reference):
    path = tmp_path / "two.db"
    with Store.open(path) as a, Store.open(path) as b:
        for i, item in enumerate(DOCS):
            (a if i % 2 == 0 else b).add_documents([item])
    # a stale index would reuse cluster ids the other writer took
    assert _clusters(path) == reference


def test_rolled_back_batch_is_forgotten(tmp_path: Path, reference):
    path = tmp_path / "rb.db"
    rec, doc = DOCS[1]
    # same statement id twice: the batch fails after the good document's claims were assigned
    broken = doc.model_copy(deep=True)
    broken.statements.append(broken.statements[0])
    with Store.open(path) as s:
        s.add_documents([DOCS[0]])
        with pytest.raises(sqlite3.IntegrityError):
            s.add_documents([DOCS[2], (rec, broken)])
        assert _clusters(path) == {DOCS[0][1].document.id: reference[DOCS[0][1].document.id]}
        for item in DOCS[1:]:
            s.add_documents([item])
    assert _clusters(path) == reference


def test_batches_in_one_store_match_fresh_stores(tmp_path: Path, reference):
    path = tmp_path / "one.db"
    with Store.open(path) as s:
        for item in DOCS:
            s.add_documents([item])
    assert _clusters(path) == reference
