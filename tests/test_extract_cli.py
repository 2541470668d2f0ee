"""`claimgraph extract` end to end, the Python API, and bad input."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES, PAGE, need_shared

import claimgraph

EXAMPLE = EXAMPLES / "articles" / "harbor-dispute.txt"


def run(*args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "claimgraph.cli", *args], input=stdin, capture_output=True, timeout=300
    )


def test_json_follows_the_contract():
    r = run("extract", str(EXAMPLE), "--format", "json")
    assert r.returncode == 0, r.stderr.decode()
    doc = json.loads(r.stdout)
    assert doc["schema"] == "claimgraph.document/1"
    assert set(doc) >= {"document", "actors", "statements", "claims", "events"}
    ids = {a["id"] for a in doc["actors"]}
    text = EXAMPLE.read_text(encoding="utf-8")
    assert doc["statements"], "the example article has statements"
    for s in doc["statements"]:
        assert s["speaker"] in ids
        assert text[s["content_span"][0] : s["content_span"][1]] == s["content"]
    # the headline of our example names the title
    assert doc["document"]["title"].startswith("Norway denies")


def test_table_and_jsonl_and_stdin():
    r = run("extract", str(EXAMPLE))
    assert r.returncode == 0 and b"speaker" in r.stdout
    r = run("extract", str(EXAMPLE), str(EXAMPLE), "--format", "jsonl")
    assert len(r.stdout.decode().strip().splitlines()) == 2
    r = run("extract", "-", "--format", "json", stdin=b"T\nThe mayor said the bridge was safe.\n")
    assert json.loads(r.stdout)["statements"][0]["cue"] == "said"


@pytest.mark.parametrize(
    "data,reason",
    [(b"", "empty"), (b"   \n", "empty"), (bytes(range(256)) * 4, "binary")],
)
def test_bad_input_is_a_clear_error(tmp_path: Path, data, reason):
    f = tmp_path / "bad.txt"
    f.write_bytes(data)
    r = run("extract", str(f))
    assert r.returncode != 0
    assert reason in r.stderr.decode().lower()


def test_missing_file_and_latin1(tmp_path: Path):
    r = run("extract", str(tmp_path / "nope.txt"))
    assert r.returncode == 2 and b"no such file" in r.stderr
    f = tmp_path / "latin1.txt"
    f.write_bytes("Caf\xe9 talks\nThe mayor of S\xe3o Paulo said the caf\xe9 would reopen.\n".encode("latin-1"))
    r = run("extract", str(f), "--format", "json")
    assert r.returncode == 0 and json.loads(r.stdout)["statements"]


def test_api_extract_many_matches_extract(nlp):
    texts = [EXAMPLE.read_text(encoding="utf-8"), "T\nThe coach said the team was ready.\n"]
    many = list(claimgraph.extract_many(texts))
    one = [claimgraph.extract(t) for t in texts]
    assert [d.model_dump() for d in many] == [d.model_dump() for d in one]


def test_input_error_from_api():
    with pytest.raises(claimgraph.InputError):
        claimgraph.extract("   ")


def test_seed_gold_is_met():
    """The acceptance example: every gold statement and actor."""
    seed = need_shared("seed")
    from claimgraph.eval.seed import evaluate

    res = evaluate(seed / "gold.json", seed / "article.txt")
    for row in res["statements"]:
        assert row["found"] and row["speaker"] and row["kind"] and row["stance"], row
    for row in res["actors"]:
        for key in ("country", "sector", "role"):
            assert row.get(key, True), row
    assert all(r["clean"] for r in res["not_statements"])
    # the summary counts each measure over the actors the gold gives it for (no country for a TV channel)
    for key in ("country", "sector", "role"):
        got, of = res["summary"]["actors"][key].split("/")
        assert got == of == str(sum(1 for r in res["actors"] if key in r)), res["summary"]["actors"]


def test_polnear_scorer_on_a_few_articles():
    split = need_shared("data", "polnear", "dev")
    from claimgraph.eval.polnear import evaluate

    res = evaluate(split, limit=5)
    assert res["articles"] == 5
    assert 0.0 < res["precision"] <= 1.0
    assert res["all"]["gold"] > 0


def test_unknown_model_is_a_clear_error():
    r = run("extract", str(EXAMPLE), "--model", "no_such_pipeline")
    assert r.returncode == 2
    assert b"cannot load spaCy pipeline" in r.stderr and b"Traceback" not in r.stderr


def test_an_html_page_is_read_as_ingest_reads_it(tmp_path):
    page = tmp_path / "port.html"
    page.write_text(PAGE, encoding="utf-8")
    r = run("extract", str(page), "--format", "json")
    assert r.returncode == 0, r.stderr.decode()
    doc = json.loads(r.stdout)
    assert doc["document"]["published"] == "2023-05-02" and doc["document"]["outlet"] == "Bay Courier"
    assert "Port talks collapse" in doc["document"]["title"]
    said = {s["content"] for s in doc["statements"]}
    assert "We were ready to sign, they were not" in said
    assert not any("<" in s["content"] or "Share this" in s["content"] for s in doc["statements"])


def test_an_html_page_without_an_article_is_a_clear_error(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>", encoding="utf-8")
    r = run("extract", str(page))
    assert r.returncode == 1
    assert b"no article text" in r.stderr


def test_seed_scorer_matches_each_gold_actor_to_its_nearest_name():
    from claimgraph.eval.seed import score_actors
    from claimgraph.schema import Actor, Document, DocumentMeta

    doc = Document(document=DocumentMeta(id="x"), actors=[
        Actor(id="A1", name="Ruritania", type="state", country="RUR", mentions=[]),
        Actor(id="A2", name="Ruritanian News Agency", type="organization", country="RUR", sector="MED", mentions=[]),
    ])
    (row,) = score_actors(doc, {"actors": [{"name": "Ruritanian News Agency", "sector": "MED"}]})
    assert row["sector"] and row["ours"]["name"] == "Ruritanian News Agency"


def test_a_not_statement_may_name_an_actor_but_says_nothing(tmp_path):
    from claimgraph.eval.seed import evaluate

    article = tmp_path / "a.txt"
    article.write_text("Title\n\nThe Harbour Board declined to comment on the plan.\n", encoding="utf-8")
    gold = tmp_path / "g.json"
    gold.write_text('{"not_statements": [{"anchor": "The Harbour Board declined to comment"}]}', encoding="utf-8")
    row = evaluate(gold, article)["not_statements"][0]
    assert row["no_statement"] and not row["clean"]  # the board is named, and says nothing
