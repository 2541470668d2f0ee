"""Registries for pipeline stages and readers (catalogue, as spaCy uses)."""

from __future__ import annotations

import catalogue

# A stage is `fn(analysis: Analysis) -> None`; it reads the parse and appends.
stages = catalogue.create("claimgraph", "stages")

# A reader is `fn(stream: BinaryIO, source: str, options: ReadOptions) -> Iterator[Record]`.
readers = catalogue.create("claimgraph", "readers")

# An exporter is `fn(store: Store, out: Path | None, tables: list[str]) -> list[str]`
# (the files written); `claimgraph export --format NAME` looks it up here.
exporters = catalogue.create("claimgraph", "exporters")
