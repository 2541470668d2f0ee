"""Registries for pipeline stages and readers (catalogue, as spaCy uses)."""

from __future__ import annotations

import catalogue

# A stage is `fn(analysis: Analysis) -> None`; it reads the parse and appends.
stages = catalogue.create("claimgraph", "stages")
