"""`claimgraph ingest` end to end: the example corpus, resuming, bad inputs, a killed run."""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimgraph.store import Store
from claimgraph.store.ingest import IngestOptions, ingest
from conftest import EXAMPLES, ROOT

CORPUS = EXAMPLES / "corpus"


def cli(*args: str) -> str:
    from claimgraph.cli import app

    res = CliRunner().invoke(app, list(args))
    assert res.exit_code == 0, res.output
    return res.output


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, nlp) -> str:
    db = str(tmp_path_factory.mktemp("demo") / "demo.db")
    cli("ingest", str(CORPUS / "html"), str(CORPUS / "articles.jsonl"), "--db", db, "--batch-size", "3", "-q")
    return db


def test_example_corpus_is_stored_in_two_formats(demo_db):
    with Store.open(demo_db, create=False) as s:
        counts = s.counts()
        sources = [r["source"] for r in s.rows("articles")]
        per_article = s.conn.execute("SELECT n_statements FROM articles").fetchall()
    assert counts["articles"] == 8
    assert sum(src.endswith(".html") for src in sources) == 4
    assert sum(".jsonl#" in src for src in sources) == 4
    assert counts["statements"] == sum(n for (n,) in per_article) > 0


def test_query_commands_answer_in_json_and_tables(demo_db):
    rows = json.loads(cli("statements", "--db", demo_db, "--json"))
    assert rows and all(r["content_span"][1] > r["content_span"][0] for r in rows)
    with Store.open(demo_db, create=False) as s:
        for r in rows:
            text = s.article(r["article"])["text"]
            assert text[r["content_span"][0] : r["content_span"][1]] == r["content"]
    spoken = [r for r in rows if r["speaker"]]
    assert spoken
    name = spoken[0]["speaker"]
    by_speaker = json.loads(cli("statements", "--db", demo_db, "--speaker", name, "--json"))
    assert by_speaker and all(r["speaker"] == name or r["speaker"] is not None for r in by_speaker)
    actors = json.loads(cli("actors", "--db", demo_db, "--json"))
    assert sum(a["statements"] for a in actors) == sum(1 for r in rows if r["actor"] is not None)
    hits = json.loads(cli("search", "--db", demo_db, "drones", "--articles", "--json"))
    assert hits and all("[[" in h["hit"] for h in hits)
    art = rows[0]["article"]
    shown = cli("show", "--db", demo_db, art[:8])  # a unique id prefix is enough
    assert rows[0]["title"] in shown and rows[0]["url"] in shown
    doc = json.loads(cli("show", "--db", demo_db, art, "--json"))
    assert doc["schema"] == "claimgraph.document/1" and doc["document"]["id"] == art


def test_export_command_writes_contract_jsonl(demo_db, tmp_path):
    out = tmp_path / "docs.jsonl"
    cli("export", "--db", demo_db, "--format", "jsonl", "--out", str(out))
    lines = out.read_text().splitlines()
    assert len(lines) == 8 and all(json.loads(x)["schema"] == "claimgraph.document/1" for x in lines)


def test_second_run_parses_nothing_and_records_new_urls(demo_db, tmp_path):
    mirror = tmp_path / "mirror.jsonl"
    first = json.loads((CORPUS / "articles.jsonl").read_text().splitlines()[0])
    mirror.write_text(json.dumps(first | {"url": "https://mirror.example/copy"}) + "\n")
    out = cli("ingest", str(CORPUS / "articles.jsonl"), str(mirror), "--db", demo_db, "--json", "-q")
    summary = json.loads(out)
    assert (summary["read"], summary["stored"], summary["duplicates"]) == (5, 0, 5)
    with Store.open(demo_db, create=False) as s:
        urls = [r[0] for r in s.conn.execute("SELECT url FROM article_urls WHERE url LIKE '%mirror%'")]
    assert urls == ["https://mirror.example/copy"]


def test_missing_db_is_a_clear_error(tmp_path):
    from claimgraph.cli import app

    res = CliRunner().invoke(app, ["statements", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 2 and "no such database" in res.output


# -- bad inputs -----------------------------------------------------------------


def _warc_gz(n: int) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    for i in range(n):
        html = (f"<html><head><title>Bridge vote {i}</title></head><body><article><p>The council of "
                f"Varnholm voted {i + 3} to 2 on Monday to rebuild the old bridge.</p><p>\"This is a "
                f"good day,\" said councillor Hana Lind {i}.</p></article></body></html>")  # fmt: skip
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(
            f"http://news.example/{i}", "response", payload=io.BytesIO(html.encode()),
            http_headers=http, warc_headers_dict={"WARC-Date": f"2022-01-0{i + 1}T00:00:00Z"}))  # fmt: skip
    return buf.getvalue()


def test_bad_inputs_are_reported_by_name_and_good_ones_stored(tmp_path, nlp):
    d = tmp_path / "in"
    d.mkdir()
    (d / "empty.txt").write_bytes(b"")
    (d / "noise.dat").write_bytes(random.Random(1).randbytes(4096))
    (d / "latin.txt").write_bytes("Caf\xe9 strike\nThe owner of the caf\xe9 said the strike was over.\n".encode("latin-1"))
    warc = _warc_gz(3)
    (d / "cut.warc.gz").write_bytes(warc[: len(warc) - 200])
    lines = [json.dumps({"text": "The mayor said the budget was balanced.", "url": "http://j/1"}),
             "{not json", json.dumps({"text": "The minister said taxes would fall.", "url": "http://j/2"})]  # fmt: skip
    (d / "lines.jsonl").write_text("\n".join(lines) + "\n")
    big = "The committee said the report was late. " * 130_000  # ~5.2 MB
    (d / "huge.txt").write_text("Long report\n" + big)

    skipped = []
    summary = ingest([str(d)], str(tmp_path / "b.db"), IngestOptions(batch_size=4), on_skip=skipped.append)

    reasons = {Path(s.source.split("#")[0]).name + ("#" + s.source.split("#")[1] if "#" in s.source else ""): s.reason
               for s in skipped}  # fmt: skip
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["noise.dat"]
    assert "too long" in reasons["huge.txt"]
    assert "invalid JSON" in reasons["lines.jsonl#2"]
    [cut] = [k for k in reasons if k.startswith("cut.warc.gz#")]
    assert "truncated" in reasons[cut] and int(cut.split("#")[1]) > 0
    assert len(skipped) == 5
    # good: latin-1 file, two JSON lines, the WARC records before the cut
    assert summary.stored == 5 and summary.read == 10
    with Store.open(tmp_path / "b.db", create=False) as s:
        texts = [r["text"] for r in s.rows("articles")]
        urls = {r["url"] for r in s.rows("articles")}
    assert any("café" in t for t in texts)
    assert {"http://j/1", "http://j/2", "http://news.example/0", "http://news.example/1"} <= urls


# -- a killed run ---------------------------------------------------------------

FIRST = ["Mira", "Tomas", "Ilse", "Karel", "Anouk", "Dario", "Lena", "Piet", "Rosa", "Yuri"]
LAST = ["Halvorsen", "Brecht", "Duarte", "Okafor", "Lindgren", "Varga", "Moreau", "Castell"]
PLACES = ["Varnholm", "Ostrania", "Kelby", "Maradun", "Sarn", "Dresk"]


def _articles(n: int) -> list[dict]:
    rnd = random.Random(7)
    out = []
    for i in range(n):
        a, b = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}", f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
        p, q = rnd.sample(PLACES, 2)
        text = (f"{p} and {q} resume talks, round {i}\n"
                f"Officials from {p} and {q} met on Tuesday for round {i} of talks on water rights.\n"
                f"\"We are ready to sign today,\" said {a}, the chief negotiator for {p}.\n"
                f"{b}, a spokesman for the government of {q}, denied that a deal was close. "
                f"He said {q} would not accept limits on the river.\n"
                f"The next round is planned for month {i % 12 + 1}.")  # fmt: skip
        out.append({"title": text.split("\n")[0], "url": f"http://talks.example/{i}", "text": text,
                    "date": f"2021-{i % 12 + 1:02d}-{i % 28 + 1:02d}"})  # fmt: skip
    return out


def _check_whole(db: Path) -> int:
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    broken = con.execute(
        "SELECT a.id FROM articles a WHERE a.n_statements != (SELECT COUNT(*) FROM statements s WHERE s.article_id = a.id)"
        " OR a.n_actors != (SELECT COUNT(*) FROM article_actors x WHERE x.article_id = a.id)"
        " OR a.n_events != (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id)"
        " OR NOT EXISTS (SELECT 1 FROM article_urls u WHERE u.article_id = a.id)"
    ).fetchall()
    assert broken == []
    orphans = con.execute(
        "SELECT COUNT(*) FROM statements WHERE article_id NOT IN (SELECT id FROM articles)"
    ).fetchone()[0]
    assert orphans == 0
    # actor counters agree with the per-article rows: no half-written document touched them
    assert con.execute("SELECT COALESCE(SUM(n_articles), 0) FROM actors").fetchone()[0] == con.execute(
        "SELECT COUNT(*) FROM article_actors").fetchone()[0]  # fmt: skip
    n = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    con.close()
    return n


def test_sigkill_mid_run_keeps_whole_documents_and_second_run_completes(tmp_path, nlp):
    corpus = tmp_path / "talks.jsonl"
    arts = _articles(200)  # long enough that the run is still going after the reader query
    corpus.write_text("".join(json.dumps(a) + "\n" for a in arts))
    db = tmp_path / "k.db"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    cmd = [sys.executable, "-m", "claimgraph.cli", "ingest", str(corpus), "--db", str(db), "--batch-size", "2", "-q"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    stored = 0
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    with sqlite3.connect(db, timeout=1) as con:  # a reader while ingest writes
                        stored = con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
                except sqlite3.OperationalError:
                    stored = 0  # tables not made yet
            if stored >= 6:
                # another claimgraph command reads the store while ingest writes
                q = subprocess.run([sys.executable, "-m", "claimgraph.cli", "statements", "--db", str(db), "--json"],
                                   env=env, capture_output=True, timeout=60)  # fmt: skip
                assert q.returncode == 0, q.stderr
                assert json.loads(q.stdout)
                break
            time.sleep(0.02)
        assert proc.poll() is None, f"ingest ended before it could be killed: {proc.stderr.read()!r}"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    before = _check_whole(db)
    assert 6 <= before < len(arts)
    summary = ingest([str(corpus)], str(db), IngestOptions(batch_size=8))
    assert summary.duplicates == before  # stored ones were not parsed again
    assert summary.stored == len(arts) - before
    assert _check_whole(db) == len(arts)
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(DISTINCT id) FROM articles").fetchone()[0] == len(arts)
    assert con.execute(
        "SELECT COUNT(*) FROM (SELECT article_id, local_id FROM statements GROUP BY 1, 2 HAVING COUNT(*) > 1)"
    ).fetchone()[0] == 0
    assert con.execute("SELECT COUNT(*) FROM article_urls").fetchone()[0] == len(arts)
    con.close()


def test_jobs_2_stores_the_same_as_jobs_1(tmp_path, nlp):
    corpus = tmp_path / "talks.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in _articles(12)))
    one = ingest([str(corpus)], str(tmp_path / "one.db"), IngestOptions(batch_size=3, jobs=1))
    two = ingest([str(corpus)], str(tmp_path / "two.db"), IngestOptions(batch_size=3, jobs=2))
    assert one.stored == two.stored == 12 and one.statements == two.statements
    with Store.open(tmp_path / "one.db") as a, Store.open(tmp_path / "two.db") as b:
        assert [a.document(i) for i in a.article_ids()] == [b.document(i) for i in a.article_ids()]


def test_gzipped_jsonl_through_stdin_like_stream(tmp_path, nlp):
    path = tmp_path / "x.jsonl.gz"
    path.write_bytes(gzip.compress("".join(json.dumps(a) + "\n" for a in _articles(2)).encode()))
    summary = ingest([str(path)], str(tmp_path / "g.db"), IngestOptions())
    assert summary.stored == 2 and not summary.skipped


def test_stdin_is_read_and_sniffed(tmp_path, nlp):
    from claimgraph.cli import app

    page = (CORPUS / "html" / "fishing-accord.html").read_bytes()
    db = str(tmp_path / "s.db")
    res = CliRunner().invoke(app, ["ingest", "-", "--db", db, "-q", "--json"], input=page)
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["stored"] == 1
    with Store.open(db, create=False) as s:
        [art] = list(s.rows("articles"))
    assert art["source"] == "<stdin>" and art["outlet"] == "Coastal Times" and art["published"] == "2024-03-13"
