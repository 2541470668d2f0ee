"""Plain-text articles: bytes in, text out, with a clear reason on failure."""

from __future__ import annotations

from claimgraph.pipeline import InputError

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


def read_text_file(data: bytes, name: str = "<input>") -> str:
    if not data.strip():
        raise InputError(f"{name}: empty file")
    if looks_binary(data):
        raise InputError(f"{name}: binary data, not text")
    for enc in _ENCODINGS:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        return text  # kept exactly as read: offsets index into it
    raise InputError(f"{name}: cannot decode as UTF-8 or Windows-1252")
