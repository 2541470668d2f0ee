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


def _misparsed(text, fixes, untagged=(), tagged=None, labels=None):
    """`text` parsed, then with the heads and labels `fixes` gives ({token: (dep, head)}), no
    entity on the tokens `untagged`, the parts of speech `tagged` gives ({token: (pos, tag)}) and
    the entity tags `labels` gives ({token: "B-GPE"}): a misparse the parser makes of other names,
    which a sentence of ours may not reproduce."""
    from spacy.tokens import Doc

    from claimgraph import nlp as nlp_mod
    from claimgraph.pipeline import analyse
    from claimgraph.schema import DocumentMeta

    parsed = next(iter(nlp_mod.parse_many([text], None)))
    deps, heads = [t.dep_ for t in parsed], [t.head.i for t in parsed]
    for i, (dep, head) in fixes.items():
        deps[i], heads[i] = dep, head
    ents = ["O" if t.i in untagged else t.ent_iob_ + ("-" + t.ent_type_ if t.ent_type_ else "") for t in parsed]
    for i, label in (labels or {}).items():
        ents[i] = label
    pos, tags = [t.pos_ for t in parsed], [t.tag_ for t in parsed]
    for i, (p, tag) in (tagged or {}).items():
        pos[i], tags[i] = p, tag
    doc = Doc(parsed.vocab, words=[t.text for t in parsed], spaces=[bool(t.whitespace_) for t in parsed],
              tags=tags, pos=pos, lemmas=[t.lemma_ for t in parsed],
              deps=deps, heads=heads, ents=ents)
    return analyse(doc, DocumentMeta(id="x", title=text.split("\n")[0]), text=text)


@pytest.fixture(scope="session")
def misparsed(nlp):
    return _misparsed
