"""HTML pages: the article body and its metadata, extracted by trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from claimgraph.io.records import Record, clean, iso_day
from claimgraph.io.text import looks_binary
from claimgraph.registry import readers


def extract_html(
    data: bytes | str, source: str, url: str | None = None, published: str | None = None
) -> Record:
    """One Record from one HTML page; `url`/`published` are fallbacks (e.g. WARC headers)."""
    import trafilatura  # heavy import, only when HTML is read

    if isinstance(data, bytes):
        if not data.strip():
            return Record.failed(source, "empty file")
        if looks_binary(data):
            return Record.failed(source, "binary data, not HTML")
    try:
        result = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds on broken markup
        return Record.failed(source, f"HTML extraction failed: {type(exc).__name__}: {exc}")
    if result is None:
        return Record.failed(source, "no article text found in the HTML")
    meta = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = meta.get("text") or ""
    if not text.strip():
        return Record.failed(source, "no article text found in the HTML")
    return Record(
        source=source,
        text=text,
        title=clean(meta.get("title")),
        url=url or clean(meta.get("url")),
        published=iso_day(meta.get("date")) or iso_day(published),
        outlet=clean(meta.get("sitename")) or clean(meta.get("hostname")),
    )


@readers.register("html")
def read_html(stream: BinaryIO, source: str, options: object = None) -> Iterator[Record]:
    yield extract_html(stream.read(), source)
