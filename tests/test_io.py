"""Readers: formats by extension and content, per-record failures, offsets."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest

from claimgraph.io.readers import ReadOptions, read_paths, read_stream, sniff
from claimgraph.io.records import iso_day
from claimgraph.io.tabular import Fields
from conftest import EXAMPLES, PAGE

CORPUS = EXAMPLES / "corpus"


def _one(data: bytes, name: str, **opts) -> list:
    return list(read_stream(io.BytesIO(data), name, ReadOptions(**opts)))


def test_plain_text_keeps_the_file_as_text_and_first_line_as_title():
    data = b"Harbour deal\nThe mayor said the deal was signed.\n"
    [rec] = _one(data, "a.txt")
    assert rec.error is None
    assert rec.text == data.decode()
    assert rec.title == "Harbour deal"


def test_utf16_file_with_its_byte_order_mark_is_text_not_binary():
    text = "Harbour deal\nThe mayor said the deal was signed.\n"
    for enc in ("utf-16", "utf-16-be", "utf-32"):
        data = text.encode(enc) if enc != "utf-16-be" else b"\xfe\xff" + text.encode(enc)
        [rec] = _one(data, "wide.txt")
        assert rec.error is None and rec.text == text and rec.title == "Harbour deal", enc
    [bad] = _one(b"\xff\xfeH\x00i\x00\x00\xd8", "cut.txt")
    assert "does not decode" in bad.error


def test_latin1_file_is_read_not_rejected():
    data = "Caf\xe9 owners protest\nThe owners said prices rose.\n".encode("latin-1")
    [rec] = _one(data, "latin.txt")
    assert rec.error is None and "Café" in rec.text


def test_html_body_title_date_and_outlet_come_from_the_page():
    [rec] = _one(PAGE.encode(), "page.html")
    assert rec.error is None
    assert "Maria Ostrov" in rec.text and "Share this" not in rec.text
    assert rec.title == "Port talks collapse"
    assert rec.published == "2023-05-02"
    assert rec.outlet == "Bay Courier"


def test_gzipped_html_and_content_sniffing_without_extension():
    [rec] = _one(gzip.compress(PAGE.encode()), "page.html.gz")
    assert rec.error is None and "dock union" in rec.text
    [rec] = _one(PAGE.encode(), "no_extension")
    assert rec.error is None and rec.title == "Port talks collapse"
    assert sniff(b"WARC/1.0\r\n") == "warc" and sniff(b'{"text": "x"}') == "jsonl"


def test_jsonl_bad_line_is_reported_with_its_line_and_the_rest_read():
    lines = [
        json.dumps({"text": "First story.", "title": "One", "url": "http://a", "date": "2024-01-02"}),
        '{"text": "broken',
        json.dumps({"body": "no text key but body"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"headline": "nothing to read"}),
    ]
    recs = _one("\n".join(lines).encode(), "d.jsonl")
    assert [r.source for r in recs] == [f"d.jsonl#{n}" for n in range(1, 6)]
    assert recs[0].error is None and recs[0].url == "http://a" and recs[0].published == "2024-01-02"
    assert "invalid JSON" in recs[1].error
    assert recs[2].error is None and recs[2].text == "no text key but body"
    assert "not an object" in recs[3].error
    assert "no text field" in recs[4].error


def test_a_title_decoded_twice_is_repaired_and_the_text_kept_as_written():
    line = json.dumps({"title": "Mayor\u00e2\u0080\u0099s tram plan \u00e2\u0080\u0094 a \u201cdream\u201d",
                       "text": "The mayor said \"the tram\" would open."})
    (rec,) = _one(line.encode(), "t.jsonl")
    assert rec.title == "Mayor\u2019s tram plan \u2014 a \u201cdream\u201d"
    assert rec.text == 'The mayor said "the tram" would open.'


def test_csv_with_configured_field_names():
    data = b"Body ID,articleBody,site\n7,The council said it would vote.,Town Crier\n8,,Town Crier\n"
    fields = Fields.with_overrides(text="articleBody", outlet="site")
    recs = _one(data, "b.csv", fields=fields)
    assert recs[0].error is None and recs[0].text == "The council said it would vote."
    assert recs[0].outlet == "Town Crier" and recs[0].source == "b.csv#1"
    assert "no text field" in recs[1].error


def test_format_override_wins_over_extension():
    [rec] = _one(b'{"text": "Read as JSON lines."}', "odd.txt", format="jsonl")
    assert rec.text == "Read as JSON lines."


def _warc(pages: list[tuple[str, str, bytes]]) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for url, date, html in pages:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        rec = writer.create_warc_record(
            url, "response", payload=io.BytesIO(html), http_headers=http,
            warc_headers_dict={"WARC-Date": date},
        )  # fmt: skip
        writer.write_record(rec)
    return buf.getvalue()


def test_warc_url_and_date_from_headers_and_truncation_reported_with_offset():
    undated = PAGE.replace('<meta property="article:published_time" content="2023-05-02T08:00:00Z">', "")
    second = undated.replace("Maria Ostrov", "Ivo Brand").replace("twelve", "nine")
    data = _warc([
        ("http://bay.example/1", "2023-06-01T10:00:00Z", undated.encode()),
        ("http://bay.example/2", "2023-06-03T10:00:00Z", second.encode()),
    ])  # fmt: skip
    recs = _one(data, "c.warc.gz")
    assert [r.url for r in recs] == ["http://bay.example/1", "http://bay.example/2"]
    # no date in the page: WARC-Date is the fallback
    assert [r.published for r in recs] == ["2023-06-01", "2023-06-03"]
    assert all(r.source.startswith("c.warc.gz#") for r in recs)

    cut = _one(data[: len(data) - 300], "cut.warc.gz")
    assert cut[0].error is None and cut[0].url == "http://bay.example/1"
    assert cut[-1].error and "truncated" in cut[-1].error
    assert cut[-1].source.split("#")[1] == recs[1].source.split("#")[1]  # offset of the cut record


def test_a_warc_gzipped_as_one_whole_is_read_and_its_cut_still_reported():
    import gzip

    second = PAGE.replace("Maria Ostrov", "Ivo Brand").replace("twelve", "nine")
    pages = [
        ("http://bay.example/1", "2023-06-01T10:00:00Z", PAGE.encode()),
        ("http://bay.example/2", "2023-06-03T10:00:00Z", second.encode()),
    ]
    plain = gzip.decompress(_warc(pages))  # the records, uncompressed, one after another
    whole = gzip.compress(plain)  # `gzip crawl.warc`: one member, not one per record
    recs = _one(whole, "w.warc.gz")
    assert [r.url for r in recs] == ["http://bay.example/1", "http://bay.example/2"]
    assert all(r.error is None for r in recs)

    cut = _one(gzip.compress(plain[: len(plain) - 300]), "wcut.warc.gz")
    assert cut[0].error is None and cut[0].url == "http://bay.example/1"
    assert len(cut) == 2 and cut[-1].error and "truncated" in cut[-1].error


def test_folder_is_read_recursively_and_bad_files_are_records_with_reasons(tmp_path: Path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "good.txt").write_text("Title\nThe chief said yes.\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "noise.bin").write_bytes(bytes(range(256)) * 4)
    recs = {Path(r.source).name: r for r in read_paths([str(tmp_path), str(tmp_path / "missing.txt")])}
    assert recs["good.txt"].error is None
    assert "empty" in recs["empty.txt"].error
    assert "binary" in recs["noise.bin"].error
    assert "no such file" in recs["missing.txt"].error


def test_example_corpus_reads_in_both_formats():
    recs = list(read_paths([str(CORPUS / "html"), str(CORPUS / "articles.jsonl")]))
    assert len(recs) == 8 and all(r.error is None for r in recs)
    assert all(r.published and r.outlet and r.url and r.title for r in recs)


@pytest.mark.parametrize(
    "value,day",
    [("2024-02-28 13:06:44.083593", "2024-02-28"), ("2024-02-28T13:06:44Z", "2024-02-28"),
     ("Wed, 28 Feb 2024 13:06:44 GMT", "2024-02-28"), ("yesterday", None), ("2024-13-45", None)],
)  # fmt: skip
def test_dates_become_iso_days(value, day):
    assert iso_day(value) == day
