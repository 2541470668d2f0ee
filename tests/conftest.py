"""Shared fixtures. Tests that need ../shared skip with a clear reason when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__import__("os").environ.get("CLAIMGRAPH_SHARED", ROOT.parent / "shared"))
EXAMPLES = ROOT / "examples"

# A news page we wrote: an article inside navigation and a footer.
PAGE = """<!DOCTYPE html><html><head><title>Port talks collapse | Bay Courier</title>
<meta property="og:site_name" content="Bay Courier">
<meta property="article:published_time" content="2023-05-02T08:00:00Z"></head>
<body><nav>Home | World</nav><article><h1>Port talks collapse</h1>
<p>Talks between the port authority and the dock union collapsed on Tuesday after twelve hours.</p>
<p>"We were ready to sign, they were not," union leader Maria Ostrov told reporters outside the hall.</p>
<p>The authority said the union had walked away from a fair offer and denied cutting safety staff.</p>
</article><footer>Share this</footer></body></html>"""


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
