"""WARC and WARC.gz (e.g. CC-NEWS): HTML response records, through warcio."""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterator
from itertools import islice
from typing import BinaryIO

from claimgraph.io.html import extract_html
from claimgraph.io.records import Record
from claimgraph.registry import readers


def _is_html(record) -> bool:
    ctype = record.http_headers.get_header("Content-Type") if record.http_headers else None
    return ctype is None or "html" in ctype.lower()


class _Counting(io.RawIOBase):
    """Counts the bytes read, to tell a clean end from a cut one."""

    def __init__(self, raw: BinaryIO):
        self.raw, self.count = raw, 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        data = self.raw.read(len(b))
        b[: len(data)] = data
        self.count += len(data)
        return len(data)


@readers.register("warc")
def read_warc(stream: BinaryIO, source: str, options: object = None) -> Iterator[Record]:
    """Each HTML response record is one article; `source` is `path#byte-offset`.

    warcio reads gzipped and plain WARC alike. A truncated file yields the
    records before the cut and one failure naming the offset where it breaks.
    A WARC gzipped as one whole (`gzip crawl.warc`, not record by record) is
    read through the decompressed stream; its offsets are then uncompressed.
    """
    given = 0
    for rec in _records(stream, source):
        if rec is not _WHOLE_GZIP:
            given += 1
            yield rec
            continue
        # warcio gives the first record, then refuses: read again, decompressed,
        # and give what follows the records already given
        stream.seek(0)
        with gzip.GzipFile(fileobj=stream) as whole:
            yield from islice(_records(whole, source), given, None)
        return


_WHOLE_GZIP = object()  # signal: the file is one gzip member, read it decompressed


def _records(stream: BinaryIO, source: str) -> Iterator:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    counted = _Counting(stream)
    end = 0  # where the last whole record ends
    try:
        it = ArchiveIterator(io.BufferedReader(counted))
        for record in it:
            # Read the payload first: asking warcio for the offset consumes the record.
            payload = record.content_stream().read()
            missing = getattr(record.raw_stream, "limit", 0)
            offset = it.get_record_offset()
            here = f"{source}#{offset}"
            if missing > 0:
                yield Record.failed(here, f"truncated WARC record: the file ends {missing} bytes early")
                return
            end = offset + it.get_record_length()
            if record.rec_type == "response":
                yield _response(record, payload, here)
    except ArchiveLoadFailed as exc:
        if "non-chunked gzip" in str(exc) and stream.seekable():
            yield _WHOLE_GZIP
            return
        yield Record.failed(f"{source}#{end}", f"corrupt or truncated WARC record: {type(exc).__name__}: {exc}")
        return
    except Exception as exc:  # warcio raises several kinds on corrupt input
        yield Record.failed(f"{source}#{end}", f"corrupt or truncated WARC record: {type(exc).__name__}: {exc}")
        return
    # warcio stops quietly when a gzip member is cut before its headers; the
    # allowance is the CRLF CRLF that ends an uncompressed record.
    if counted.count > end + len(b"\r\n\r\n"):
        yield Record.failed(
            f"{source}#{end}",
            f"truncated or corrupt WARC record: {counted.count - end} bytes at the end could not be read",
        )


def _response(record, payload: bytes, here: str) -> Record:
    status = record.http_headers.get_statuscode() if record.http_headers else None
    if status and not status.startswith("2"):
        return Record.failed(here, f"HTTP status {status}, not an article")
    if not _is_html(record):
        ctype = record.http_headers.get_header("Content-Type")
        return Record.failed(here, f"not HTML (Content-Type {ctype})")
    headers = record.rec_headers
    return extract_html(
        payload,
        here,
        url=headers.get_header("WARC-Target-URI"),
        published=headers.get_header("WARC-Date"),
    )
