"""Claims across articles in the store, with the four example articles we wrote.

Three articles (three outlets, three dates) report one contested claim in
different words; the fourth is about something else.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES

ARTICLES = EXAMPLES / "claims" / "articles.jsonl"


def _run(*args: str):
    from claimgraph.cli import app

    res = CliRunner().invoke(app, list(args))
    assert res.exit_code == 0, res.output
    return res.output


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("claims") / "c.db"
    _run("ingest", str(ARTICLES), "--db", str(path))
    return str(path)


def _contested(db: str) -> list[dict]:
    return json.loads(_run("claims", "--db", db, "--contested", "--json"))


def _check_sides(claims: list[dict]) -> dict:
    assert len(claims) == 1, [c["text"] for c in claims]
    c = claims[0]
    asserters, deniers = " ".join(c["assert"]), " ".join(c["deny"])
    for name in ("Lindqvist", "Brenn", "Marek"):
        assert name in asserters
    for name in ("Heder", "Quint"):
        assert name in deniers
    assert c["n_outlets"] == 3 and c["n_articles"] == 3
    assert (c["first_seen"], c["last_seen"]) == ("2031-03-02", "2031-03-09")
    return c


def test_three_articles_form_one_contested_claim(db):
    _check_sides(_contested(db))


def test_unrelated_article_stays_apart(db):
    claims = json.loads(_run("claims", "--db", db, "--json"))
    tram = [c for c in claims if "tram" in c["text"].lower()]
    assert tram
    contested = _contested(db)[0]["id"]
    assert all(c["id"] != contested for c in tram)
    assert all(c["n_articles"] == 1 for c in tram)


def test_filters(db):
    assert json.loads(_run("claims", "--db", db, "--actor", "Quint", "--json"))
    assert json.loads(_run("claims", "--db", db, "--about", "tram line", "--json"))
    assert json.loads(_run("claims", "--db", db, "--actor", "Nobody Atall", "--json")) == []


def test_claim_timeline(db):
    cid = _contested(db)[0]["id"]
    data = json.loads(_run("claim", "--db", db, cid, "--json"))
    dates = [e["date"] for e in data["timeline"]]
    assert dates == sorted(dates)
    assert {"assert", "deny"} <= {e["stance"] for e in data["timeline"]}
    assert all(e["sentence"] and e["outlet"] for e in data["timeline"])
    assert "Selka" in " ".join(e["sentence"] for e in data["timeline"])


def test_recluster_rebuilds_the_same_sides(db):
    out = _run("recluster", "--db", db)
    assert "claims in" in out
    _check_sides(_contested(db))


def test_unknown_claim_and_missing_db(db, tmp_path):
    from claimgraph.cli import app

    res = CliRunner().invoke(app, ["claim", "--db", db, "K99999"])
    assert res.exit_code != 0
    res = CliRunner().invoke(app, ["claims", "--db", str(tmp_path / "none.db")])
    assert res.exit_code != 0
    assert not (tmp_path / "none.db").exists()


def test_the_store_keeps_claim_embeddings_and_recluster_uses_them(tmp_path, monkeypatch):
    """With the embeddings extra (here a stand-in model), ingest stores one
    vector per claim and per cluster. A vector orthogonal to every other one
    vetoes joins on common words only: the contested claim, joined on its
    names, still forms, before and after a rebuild."""
    import sqlite3
    import zlib

    import numpy as np

    from claimgraph.claims import embed

    def encode(texts):
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for i, t in enumerate(texts):
            out[i, zlib.crc32(t.encode()) % 64] = 1.0  # a claim agrees with itself only
        return out

    monkeypatch.setattr(embed, "default", lambda: encode)
    path = str(tmp_path / "e.db")
    _run("ingest", str(ARTICLES), "--db", path)
    conn = sqlite3.connect(path)
    n_claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM claim_embeddings").fetchone()[0] == n_claims > 0
    n_clusters = conn.execute("SELECT count(DISTINCT cluster_id) FROM claims").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM claim_cluster_embeddings").fetchone()[0] == n_clusters
    _check_sides(_contested(path))
    _run("recluster", "--db", path)
    assert conn.execute("SELECT count(*) FROM claim_cluster_embeddings").fetchone()[0] == (
        conn.execute("SELECT count(DISTINCT cluster_id) FROM claims").fetchone()[0])
    _check_sides(_contested(path))


def test_a_denial_in_the_speakers_own_negated_words_takes_the_other_side(tmp_path):
    import claimgraph

    text = ("Patrol boats\n\nThe Polish government claims Norway sold patrol boats to Belarus. Ingrid Solberg, "
            "the Norwegian foreign minister, said Norway \"has never sent a single patrol boat to Belarus.\"\n")
    doc = claimgraph.extract(text)
    claim = next(c for c in doc.claims if "Polish government" in {doc.actor(s.actor).name for s in c.stances})
    sides = {doc.actor(s.actor).name: s.stance for s in claim.stances}
    assert sides == {"Polish government": "assert", "Ingrid Solberg": "deny"}, sides
    # a statement's stance is toward its claim (SPEC): her words say it is not so
    said = next(s for s in doc.statements if s.cue == "said")
    assert said.stance == "deny" and said.claim == claim.id
    path = tmp_path / "n.db"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    _run("ingest", str(tmp_path / "a.txt"), "--db", str(path))
    contested = _contested(str(path))
    assert len(contested) == 1, contested
