"""Versioned data files (lexicons, codebooks, model weights) shipped with claimgraph."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources


@cache
def toml(name: str) -> dict:
    """A TOML file of this folder, parsed once per process (treat it as read-only)."""
    return tomllib.loads(resources.files(__name__).joinpath(name).read_text("utf-8"))
