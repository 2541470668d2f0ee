"""JSONL and CSV: one article per line or row, with configurable field names."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import BinaryIO

from claimgraph.io.records import Record, clean, iso_day
from claimgraph.io.text import decode
from claimgraph.pipeline import InputError
from claimgraph.registry import readers


@dataclass(frozen=True)
class Fields:
    """Which field holds what; each is a list of names tried in order."""

    text: tuple[str, ...] = ("text", "body", "content")
    title: tuple[str, ...] = ("title", "headline")
    url: tuple[str, ...] = ("url", "link")
    date: tuple[str, ...] = ("date", "published", "crawl_date")
    outlet: tuple[str, ...] = ("outlet", "publisher", "source")

    @classmethod
    def with_overrides(cls, **names: str | None) -> Fields:
        """Defaults, with any given name tried alone (the user knows the file)."""
        return cls(**{k: (v,) for k, v in names.items() if v})


def _first(row: Mapping[str, object], names: tuple[str, ...]) -> object:
    for name in names:
        value = row.get(name)
        if value not in (None, ""):
            return value
    return None


def record_from_row(row: Mapping[str, object], source: str, fields: Fields) -> Record:
    text = _first(row, fields.text)
    if text is None:
        return Record.failed(source, f"no text field (looked for {', '.join(fields.text)})")
    if not isinstance(text, str):
        return Record.failed(source, f"text field is {type(text).__name__}, not a string")
    return Record(
        source=source,
        text=text,
        title=clean(_first(row, fields.title)),
        url=clean(_first(row, fields.url)),
        published=iso_day(_first(row, fields.date)),
        outlet=clean(_first(row, fields.outlet)),
    )


def _fields(options: object) -> Fields:
    return getattr(options, "fields", None) or Fields()


@readers.register("jsonl")
def read_jsonl(stream: BinaryIO, source: str, options: object = None) -> Iterator[Record]:
    """One JSON object per line; `source` is `path#line`."""
    fields = _fields(options)
    for n, raw in enumerate(stream, start=1):
        here = f"{source}#{n}"
        if not raw.strip():
            continue
        try:
            row = json.loads(decode(raw, here))
        except (InputError, json.JSONDecodeError) as exc:
            yield Record.failed(here, f"invalid JSON line: {exc}")
            continue
        if not isinstance(row, dict):
            yield Record.failed(here, f"JSON line is a {type(row).__name__}, not an object")
            continue
        yield record_from_row(row, here, fields)


@readers.register("json")
def read_json(stream: BinaryIO, source: str, options: object = None) -> Iterator[Record]:
    """A whole JSON file: one article object, or a list of them (`path#index`)."""
    fields = _fields(options)
    try:
        data = json.loads(decode(stream.read(), source))
    except (InputError, json.JSONDecodeError) as exc:
        yield Record.failed(source, f"invalid JSON: {exc}")
        return
    rows = data if isinstance(data, list) else [data]
    for n, row in enumerate(rows, start=1):
        here = f"{source}#{n}" if isinstance(data, list) else source
        if not isinstance(row, dict):
            yield Record.failed(here, f"JSON item is a {type(row).__name__}, not an article object")
            continue
        yield record_from_row(row, here, fields)


@readers.register("csv")
def read_csv(stream: BinaryIO, source: str, options: object = None) -> Iterator[Record]:
    """A CSV file with a header row; `source` is `path#row` (1 = first data row)."""
    fields = _fields(options)
    # News bodies exceed csv's default 128 KiB field limit.
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline="")
    try:
        for n, row in enumerate(csv.DictReader(text), start=1):
            yield record_from_row(row, f"{source}#{n}", fields)
    except csv.Error as exc:
        yield Record.failed(source, f"broken CSV: {exc}")
