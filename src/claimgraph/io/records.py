"""What every reader yields: one `Record` per article, or one per failure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass
class Record:
    """One article as read, before parsing.

    `text` is exactly what the store keeps; contract offsets index into it.
    `source` names where it came from: a path, or `path#N` for the Nth record
    (line, row or byte offset) of a container file. A record that could not be
    read carries `error` (the reason) and no text; it is reported, not stored.
    """

    source: str
    text: str = ""
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    error: str | None = None
    meta: dict[str, str] = field(default_factory=dict)

    @classmethod
    def failed(cls, source: str, reason: str) -> Record:
        return cls(source=source, error=reason)


def iso_day(value: object) -> str | None:
    """`YYYY-MM-DD` from the date forms news data uses, or None."""
    if value is None:
        return None
    s = str(value).strip()
    if not s:
        return None
    m = _ISO_DAY.match(s)
    if m:
        try:
            return datetime(int(m[1]), int(m[2]), int(m[3])).strftime("%Y-%m-%d")
        except ValueError:
            return None
    # RFC 2822 style ("Wed, 28 Feb 2024 13:06:44 GMT"), seen in HTTP headers and feeds.
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(s).strftime("%Y-%m-%d")
    except (TypeError, ValueError, IndexError):
        return None


def clean(value: object) -> str | None:
    """A metadata value as a stripped string, or None when empty. Mojibake
    is repaired ("Bidenâ€™s" -> "Biden’s"): feeds and crawls often carry
    titles decoded twice. Only that: quotes, widths and forms stay as written."""
    if value is None:
        return None
    from ftfy import fix_encoding  # imported on first use: most commands read no records

    s = fix_encoding(str(value)).strip()
    return s or None
