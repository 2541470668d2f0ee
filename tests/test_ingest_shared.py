"""Ingest the real news sample in ../shared/data/news (skips when it is absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimgraph.io.records import iso_day
from claimgraph.store import Store
from claimgraph.store.ingest import IngestOptions, ingest
from conftest import need_shared


def _warc_headers(path: Path) -> dict[str, str]:
    """WARC-Target-URI -> day of WARC-Date, read with warcio directly."""
    from warcio.archiveiterator import ArchiveIterator

    out = {}
    with path.open("rb") as fh:
        for rec in ArchiveIterator(fh):
            if rec.rec_type == "response":
                out[rec.rec_headers.get_header("WARC-Target-URI")] = iso_day(rec.rec_headers.get_header("WARC-Date"))
    return out


@pytest.fixture(scope="module")
def warc_db(tmp_path_factory, nlp):
    warc = need_shared("data", "news", "news_sample.warc.gz")
    html = need_shared("data", "news", "html")
    db = tmp_path_factory.mktemp("news") / "news.db"
    first = ingest([str(warc)], str(db), IngestOptions(batch_size=8))
    second = ingest([str(html)], str(db), IngestOptions(batch_size=8))
    return db, warc, html, first, second


def test_warc_records_are_stored_with_urls_and_dates_from_headers(warc_db):
    db, warc, _html, first, _second = warc_db
    headers = _warc_headers(warc)
    assert first.stored == len(headers) and not first.skipped
    with Store.open(db, create=False) as s:
        arts = list(s.rows("articles"))
        urls = {r["url"] for r in s.rows("article_urls")}
    assert {a["url"] for a in arts} == set(headers)
    assert set(headers) <= urls
    for a in arts:
        # the page's own date wins; WARC-Date is the fallback, so a date is always there
        assert a["published"] is not None
        assert a["published"] <= headers[a["url"]]
        assert "#" in a["source"] and int(a["source"].rsplit("#", 1)[1]) > 0


def test_html_folder_of_the_same_pages_adds_no_articles(warc_db):
    db, _warc, html, first, second = warc_db
    pages = list(html.glob("*.html.gz"))
    # the same pages: same extracted text, same ids, stored once
    assert second.stored == 0 and second.duplicates == len(pages)
    # the folder's one non-article file is reported, not stored
    assert [Path(s.source).name for s in second.skipped] == [p.name for p in html.iterdir() if p not in pages]
    with Store.open(db, create=False) as s:
        assert s.counts()["articles"] == first.stored



def test_statements_with_speakers_across_the_warc(warc_db):
    db = warc_db[0]
    with Store.open(db, create=False) as s:
        rows = s.statements()
        texts = {a["id"]: a["text"] for a in s.rows("articles")}
    assert len(rows) >= len(texts)  # news quotes people: at least one per article on average
    spoken = [r for r in rows if r["speaker"]]
    assert len(spoken) / len(rows) > 0.5
    for r in rows:
        assert texts[r["article_id"]][r["content_start"] : r["content_end"]] == r["content"]


def test_jsonl_sample_fields_are_mapped(tmp_path, nlp):
    path = need_shared("data", "news", "news_sample.jsonl")
    lines = path.read_text().splitlines()[:20]
    part = tmp_path / "part.jsonl"
    part.write_text("\n".join(lines) + "\n")
    summary = ingest([str(part)], str(tmp_path / "j.db"), IngestOptions(batch_size=10))
    rows = [json.loads(x) for x in lines]
    assert summary.stored == len({r["text"] for r in rows}) and not summary.skipped
    with Store.open(tmp_path / "j.db", create=False) as s:
        arts = {a["url"]: a for a in s.rows("articles")}
        assert s.counts()["statements"] > 0
    for r in rows:
        a = arts[r["url"]]
        assert a["outlet"] == r["publisher"] and a["title"] == r["title"]
        assert a["published"] == r["crawl_date"][:10] and a["text"] == r["text"]


def test_truncated_copy_of_the_warc_stores_the_records_before_the_cut(tmp_path, nlp):
    warc = need_shared("data", "news", "news_sample.warc.gz")
    data = warc.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) // 3])
    skipped = []
    summary = ingest([str(cut)], str(tmp_path / "c.db"), IngestOptions(batch_size=8), on_skip=skipped.append)
    assert summary.stored >= 1
    [bad] = skipped
    assert bad.source.startswith(f"{cut}#") and "truncated" in bad.reason
