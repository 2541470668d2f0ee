"""Choose a reader per file (extension, then content) and walk paths.

    for record in read_paths(["corpus/", "dump.jsonl", "-"]): ...

Every failure becomes a `Record` with `error` set, so one bad file or line
never stops the rest.
"""

from __future__ import annotations

import gzip
import io
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

# Importing the format modules registers their readers.
from claimgraph.io import html, tabular, text, warc  # noqa: F401
from claimgraph.io.records import Record
from claimgraph.io.tabular import Fields
from claimgraph.registry import readers

# Extension (lower case, without a trailing .gz) -> reader name.
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".warc": "warc",
}
GZIP_MAGIC = b"\x1f\x8b"


@dataclass
class ReadOptions:
    format: str | None = None  # force one reader for every file
    fields: Fields = field(default_factory=Fields)


def formats() -> list[str]:
    return sorted(readers.get_all())


def sniff(head: bytes) -> str:
    """Reader name from the first bytes of (decompressed) content."""
    start = head.lstrip()[:512]
    low = start.lower()
    if start.startswith(b"WARC/"):
        return "warc"
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in low or b"<body" in low:
        return "html"
    if start.startswith(b"{"):
        return "jsonl"
    return "text"


def _suffixes(name: str) -> tuple[str, bool]:
    """(format-giving extension, gzipped?) of a file name."""
    p = Path(name.lower())
    gz = p.suffix == ".gz"
    if gz:
        p = p.with_suffix("")
    return p.suffix, gz


def _peek(stream: BinaryIO, n: int = 4096) -> tuple[bytes, BinaryIO]:
    """First bytes of a stream, and a stream that still yields them."""
    if hasattr(stream, "peek"):
        return stream.peek(n)[:n], stream
    head = stream.read(n)
    return head, _Chain(head, stream)


class _Chain(io.RawIOBase):
    """`head` followed by the rest of `rest`, as one readable stream."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self._head:
            n = min(len(b), len(self._head))
            b[:n], self._head = self._head[:n], self._head[n:]
            return n
        data = self._rest.read(len(b))
        b[: len(data)] = data
        return len(data)


def read_stream(stream: BinaryIO, source: str, options: ReadOptions) -> Iterator[Record]:
    """Records of one open file; the format comes from options, the name, then the bytes."""
    ext, gz = _suffixes(source)
    stream = io.BufferedReader(stream) if not hasattr(stream, "peek") else stream
    head, stream = _peek(stream)
    name = options.format or EXTENSIONS.get(ext)
    if name is None and head.startswith(GZIP_MAGIC):
        gz = True
    if gz and name != "warc":
        # warcio reads gzip members itself; everything else is unwrapped here.
        stream = io.BufferedReader(gzip.GzipFile(fileobj=stream))  # type: ignore[arg-type]
        try:
            head, stream = _peek(stream)
        except (OSError, EOFError) as exc:
            yield Record.failed(source, f"broken gzip: {exc}")
            return
    if name is None:
        name = sniff(head)
    try:
        reader = readers.get(name)
    except Exception:
        yield Record.failed(source, f"unknown format {name!r}; use one of {', '.join(formats())}")
        return
    try:
        yield from reader(stream, source, options)
    except (OSError, EOFError) as exc:  # e.g. a gzip file cut short
        yield Record.failed(source, f"read error (truncated or corrupt file?): {exc}")


def _files(path: Path) -> Iterator[Path]:
    if path.is_dir():
        for p in sorted(path.rglob("*")):
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts):
                yield p
    else:
        yield path


def read_paths(paths: Iterable[str], options: ReadOptions | None = None) -> Iterator[Record]:
    """Records from files, folders (recursively) and '-' (stdin), in order."""
    options = options or ReadOptions()
    for arg in paths:
        if arg == "-":
            yield from read_stream(sys.stdin.buffer, "<stdin>", options)
            continue
        root = Path(arg)
        if not root.exists():
            yield Record.failed(arg, "no such file or folder")
            continue
        for path in _files(root):
            try:
                with path.open("rb") as fh:
                    yield from read_stream(fh, str(path), options)
            except OSError as exc:
                yield Record.failed(str(path), f"cannot read: {exc.strerror or exc}")
