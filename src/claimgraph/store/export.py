"""`claimgraph export`: exporters by format name, looked up in `registry.exporters`.

jsonl: one contract Document per article (rebuilt from the store).
csv / parquet: one file per table. Another format (e.g. gdelt) registers itself
with `@exporters.register("gdelt")` and is listed in EXTRA_EXPORTER_MODULES.
"""

from __future__ import annotations

import csv
import importlib
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from claimgraph.registry import exporters
from claimgraph.store.schema import EXPORT_TABLES
from claimgraph.store.sqlite import Store, StoreError

# Modules that register more exporters when imported (one line per area).
EXTRA_EXPORTER_MODULES: list[str] = ["claimgraph.events.gdelt"]

DEFAULT_TABLES = ("articles", "actors", "statements")


def available() -> list[str]:
    for name in EXTRA_EXPORTER_MODULES:
        importlib.import_module(name)
    return sorted(exporters.get_all())


def export(store: Store, fmt: str, out: Path | None, tables: list[str] | None = None) -> list[str]:
    names = available()
    if fmt not in names:
        raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(names)}")
    for t in tables or ():
        if t not in EXPORT_TABLES:
            raise StoreError(f"unknown table {t!r}; use one of {', '.join(EXPORT_TABLES)}")
    return exporters.get(fmt)(store, out, list(tables or DEFAULT_TABLES))


@contextmanager
def _open_out(out: Path | None) -> Iterator[IO[str]]:
    if out is None or str(out) == "-":
        yield sys.stdout
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        yield fh


def _table_paths(out: Path | None, tables: list[str], suffix: str) -> dict[str, Path | None]:
    """One file per table in folder `out`; a single table may go to a file (or stdout)."""
    if len(tables) == 1 and (out is None or out.suffix == suffix or str(out) == "-"):
        return {tables[0]: out}
    if out is None:
        raise StoreError(f"exporting {len(tables)} tables needs --out FOLDER")
    out.mkdir(parents=True, exist_ok=True)
    return {t: out / f"{t}{suffix}" for t in tables}


@exporters.register("jsonl")
def export_jsonl(store: Store, out: Path | None, tables: list[str]) -> list[str]:
    """One Document (the contract) per line; `tables` does not apply."""
    with _open_out(out) as fh:
        for article_id in store.article_ids():
            doc = store.document(article_id)
            if doc is not None:
                fh.write(doc.model_dump_json() + "\n")
    return [str(out)] if out else []


def _columns(store: Store, table: str) -> list[tuple[str, str]]:
    return [(r[1], (r[2] or "").upper()) for r in store.conn.execute(f"PRAGMA table_info({table})")]


@exporters.register("csv")
def export_csv(store: Store, out: Path | None, tables: list[str]) -> list[str]:
    written = []
    for table, path in _table_paths(out, tables, ".csv").items():
        cols = [c for c, _t in _columns(store, table)]
        with _open_out(path) as fh:
            w = csv.DictWriter(fh, fieldnames=cols)
            w.writeheader()
            w.writerows(store.rows(table))
        if path:
            written.append(str(path))
    return written


def _arrow_schema(store: Store, table: str):
    import pyarrow as pa

    def arrow_type(decl: str):
        if "INT" in decl:
            return pa.int64()
        if "REAL" in decl or "FLOA" in decl:
            return pa.float64()
        return pa.string()

    return pa.schema([(c, arrow_type(t)) for c, t in _columns(store, table)])


@exporters.register("parquet")
def export_parquet(store: Store, out: Path | None, tables: list[str], chunk: int = 5000) -> list[str]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pragma: no cover - pyarrow is a dependency
        raise StoreError("parquet export needs pyarrow (pip install pyarrow)") from exc
    if out is None or str(out) == "-":
        raise StoreError("parquet export needs --out (a .parquet file for one table, else a folder)")
    written = []
    for table, path in _table_paths(out, tables, ".parquet").items():
        schema = _arrow_schema(store, table)
        with pq.ParquetWriter(str(path), schema) as writer:
            rows: list[dict] = []
            for row in store.rows(table):
                rows.append(row)
                if len(rows) >= chunk:  # bounded memory on big stores
                    writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                    rows = []
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
        written.append(str(path))
    return written
