"""WARC and WARC.gz (e.g. CC-NEWS): HTML response records, through warcio."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from claimgraph.io.html import extract_html
from claimgraph.io.records import Record
from claimgraph.registry import readers


def _is_html(record) -> bool:
    ctype = record.http_headers.get_header("Content-Type") if record.http_headers else None
    return ctype is None or "html" in ctype.lower()


@readers.register("warc")
def read_warc(stream: BinaryIO, source: str, options: object = None) -> Iterator[Record]:
    """Each HTML response record is one article; `source` is `path#byte-offset`.

    warcio reads gzipped and plain WARC alike. A truncated file yields the
    records before the cut and one failure naming the offset of the cut record.
    """
    from warcio.archiveiterator import ArchiveIterator

    offset = 0
    try:
        it = ArchiveIterator(stream)
        for record in it:
            # Read the payload first: asking warcio for the offset consumes the record.
            payload = record.content_stream().read()
            truncated = getattr(record.raw_stream, "limit", 0) > 0
            offset = it.get_record_offset()
            here = f"{source}#{offset}"
            if record.rec_type != "response":
                continue
            if truncated:
                yield Record.failed(
                    here, f"truncated WARC record: the file ends {record.raw_stream.limit} bytes early"
                )
                return
            status = record.http_headers.get_statuscode() if record.http_headers else None
            if status and not status.startswith("2"):
                yield Record.failed(here, f"HTTP status {status}, not an article")
                continue
            if not _is_html(record):
                ctype = record.http_headers.get_header("Content-Type")
                yield Record.failed(here, f"not HTML (Content-Type {ctype})")
                continue
            headers = record.rec_headers
            yield extract_html(
                payload,
                here,
                url=headers.get_header("WARC-Target-URI"),
                published=headers.get_header("WARC-Date"),
            )
    except Exception as exc:  # warcio raises several kinds on corrupt input
        yield Record.failed(
            f"{source}#{offset}", f"corrupt or truncated WARC after this offset: {type(exc).__name__}: {exc}"
        )
