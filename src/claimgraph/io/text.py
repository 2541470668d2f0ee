"""Plain-text articles: bytes in, text out, with a clear reason on failure."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from typing import BinaryIO

from claimgraph.io.records import Record
from claimgraph.pipeline import InputError, split_title
from claimgraph.registry import readers

# Encodings tried in order. UTF-8 first (with or without BOM); cp1252 covers
# Latin-1 files from Windows editors. Everything else is reported.
_ENCODINGS = ("utf-8-sig", "cp1252")


def looks_binary(data: bytes) -> bool:
    if b"\x00" in data[:8192]:
        return True
    sample = data[:8192]
    if not sample:
        return False
    ctrl = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return ctrl / len(sample) > 0.05


def decode(data: bytes, name: str = "<input>") -> str:
    """Bytes as text, trying UTF-8 then Windows-1252; InputError when neither fits."""
    for enc in _ENCODINGS:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name}: cannot decode as UTF-8 or Windows-1252")


# Byte-order marks of the wide Unicode encodings ("Unicode" text from Windows
# editors is UTF-16): with one, the file is text in that encoding, NUL bytes and all.
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
              (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def read_text_file(data: bytes, name: str = "<input>") -> str:
    wide = next((enc for bom, enc in _WIDE_BOMS if data.startswith(bom)), None)
    if wide is not None:
        try:
            data = data.decode(wide).encode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: starts as {wide.upper()} but does not decode as it ({exc.reason})") from exc
    if not data.strip():
        raise InputError(f"{name}: empty file")
    if looks_binary(data):
        raise InputError(f"{name}: binary data, not text")
    return decode(data, name)  # kept exactly as read: offsets index into it


@readers.register("text")
def read_text(stream: BinaryIO, source: str, options: object = None) -> Iterator[Record]:
    """A plain-text article: the whole file is the text, its first line the title."""
    try:
        text = read_text_file(stream.read(), name=source)
    except InputError as exc:
        yield Record.failed(source, _reason(exc, source))
        return
    yield Record(source=source, text=text, title=split_title(text))


def _reason(exc: Exception, source: str) -> str:
    # Messages from read_text_file start with the name; the record already carries it.
    msg = str(exc)
    prefix = f"{source}: "
    return msg[len(prefix) :] if msg.startswith(prefix) else msg
