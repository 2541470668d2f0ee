"""One entry function: text in, `Document` out.

    >>> import claimgraph
    >>> doc = claimgraph.extract("Title\\nThe minister said the talks failed.")

Stages run in a fixed order over one spaCy parse. Each stage is a plain
function registered in `claimgraph.registry.stages`.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Iterable, Iterator, Sequence

from spacy.tokens import Doc

from claimgraph import nlp as nlp_mod
from claimgraph.context import Analysis
from claimgraph.registry import stages
from claimgraph.schema import Document, DocumentMeta

# Order matters: attribution needs actor mentions, stance needs statements,
# claims need stances, events need all of them.
DEFAULT_STAGES: tuple[str, ...] = ("actors", "attribution", "resolve", "stance", "claims", "events")


class InputError(ValueError):
    """The input cannot be read as an article; the message says why."""


def document_id(text: str) -> str:
    """Stable id from the normalised text: same words, same id."""
    # str.split() cuts at the characters `\s` matches: words joined by single spaces
    # (about three times faster than a regex substitution over the text)
    norm = " ".join(text.split()).lower()
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()[:16]


def split_title(text: str) -> str | None:
    first, sep, _rest = text.partition("\n")
    first = first.strip()
    return first if sep and first else None


def check_text(text: str) -> None:
    if not isinstance(text, str):
        raise InputError(f"expected text (str), got {type(text).__name__}")
    if not text.strip():
        raise InputError("empty document: no text to read")
    if "\x00" in text:
        raise InputError("binary data: the text holds NUL bytes")


def _load_stages() -> None:
    # Importing the modules registers their stages.
    import claimgraph.actors  # noqa: F401
    import claimgraph.attribution  # noqa: F401
    import claimgraph.claims  # noqa: F401
    import claimgraph.events  # noqa: F401
    import claimgraph.stance  # noqa: F401


def run_stages(analysis: Analysis, names: Sequence[str] = DEFAULT_STAGES) -> Document:
    _load_stages()
    for name in names:
        stages.get(name)(analysis)
    return Document(
        document=analysis.meta,
        actors=analysis.actors,
        statements=analysis.statements,
        claims=analysis.claims,
        events=analysis.events,
    )


def _meta(text: str, title: str | None, **meta: str | None) -> DocumentMeta:
    if title is None:
        title = split_title(text)
    doc_id = meta.pop("id", None) or document_id(text)
    return DocumentMeta(id=doc_id, title=title, **{k: v for k, v in meta.items() if v is not None})


def analyse(
    doc: Doc, meta: DocumentMeta, names: Sequence[str] = DEFAULT_STAGES, text: str | None = None
) -> Document:
    """Run the stages over an already parsed Doc (`text` is `doc.text` when the caller has it)."""
    if text is None:
        text = doc.text  # Doc.text rebuilds the string on every call: once per document
    doc.user_data["claimgraph_text"] = text
    try:
        return run_stages(Analysis(text=text, doc=doc, meta=meta), names)
    finally:
        nlp_mod.release(doc)


def extract(
    text: str,
    title: str | None = None,
    *,
    model: str | None = None,
    stages_: Sequence[str] = DEFAULT_STAGES,
    **meta: str | None,
) -> Document:
    """Extract actors, statements, claims and events from one article.

    `text` is the article as read; offsets in the result index into it. When
    `title` is None the first line is taken as the title (it stays in the text).
    Extra keyword arguments (`id`, `source`, `url`, `published`, `outlet`) fill
    the document metadata.
    """
    check_text(text)
    doc = nlp_mod.parse(text, model)
    return analyse(doc, _meta(text, title, **meta), stages_, text=text)


def extract_many(
    texts: Iterable[str],
    *,
    model: str | None = None,
    batch_size: int = 256,
    stages_: Sequence[str] = DEFAULT_STAGES,
) -> Iterator[Document]:
    """Batch version of `extract` through `nlp.pipe`; yields in input order.

    `batch_size` counts paragraphs, the unit the parser sees."""

    def checked() -> Iterator[str]:
        for t in texts:
            check_text(t)
            yield t

    pending: deque[str] = deque()

    def remembered() -> Iterator[str]:
        for t in checked():
            pending.append(t)
            yield t

    for doc in nlp_mod.parse_many(remembered(), model, batch_size=batch_size):
        text = pending.popleft()
        yield analyse(doc, _meta(text, None), stages_, text=text)
