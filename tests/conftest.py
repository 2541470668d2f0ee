"""Shared fixtures. Tests that need ../shared skip with a clear reason when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__import__("os").environ.get("CLAIMGRAPH_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples"


def need_shared(*parts: str) -> Path:
    """Path under ../shared, or skip the test saying what is missing."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"needs {p} (the ../shared development data is not present)")
    return p


@pytest.fixture(scope="session")
def nlp():
    from claimgraph import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return need_shared()
