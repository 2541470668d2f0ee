"""Cross-article claims: assign each new claim to a stored claim or open one.

A claim becomes a bag of terms: the content words of its wording (lightly
stemmed and cut to their first letters, without stance and reporting words)
plus proposition keys
(`p:` predicate class, `a:` agent, `r:` recipient). Candidates come from an
inverted index over the rarest terms of the new claim, so assignment looks at
a few postings lists, never at every stored claim; the best candidate by
TF-IDF cosine (plus a bonus when the propositions agree) takes the claim if
it clears a threshold.

A rebuild (`cluster_all`, behind `claimgraph recluster`) does not replay
that online pass, whose result depends on the order claims arrive in: it
links pairs that share rare terms, merges clusters by average linkage, then
moves each claim to the cluster that fits it best.

With the `embeddings` extra, a join on common words alone also needs the
wordings' embeddings to agree (`may_join`, `claims.embed`).

Two index backends share the logic: `MemoryIndex` (evaluation, tests) and
`SqliteIndex` (the store, tables `claim_clusters`, `claim_postings`,
`claim_terms_df`, and `claim_cluster_embeddings` with the extra).
"""

from __future__ import annotations

import heapq
import json
import math
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice, repeat
from operator import mul

import numpy as np

from claimgraph.claims.embed import agree, cluster_sums, from_blob, to_blob
from claimgraph.claims.lexicon import lexicon
from claimgraph.schema import Claim

# Assignment thresholds: one global setting, not per corpus.
MIN_SHARED = 2  # terms (other than the predicate class) a claim shares with a cluster to join it
THRESHOLD = 0.20
KEY_BONUS = 0.15
RARE_TERMS = 12  # postings lists read per new claim
POSTINGS_LIMIT = 100  # most recent clusters read per postings list
CANDIDATES = 20  # clusters scored in full
MAX_TERMS = 60  # terms kept per cluster vector
BIGRAMS = False
PREFIX = 5  # content words compare by their first letters ('behead', 'beheading')

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STOP = frozenset(
    ["a", "an", "the", "of", "to", "in", "on", "at", "for", "from", "by", "with", "and", "or", "but", "not", "no", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "this", "that", "these", "those", "it", "its", "it's", "his", "her", "their", "our", "your", "my", "we", "you", "they", "he", "she", "i", "as", "into", "about", "over", "after", "before", "than", "then", "there", "here", "what", "which", "who", "whom", "whose", "how", "why", "when", "where", "will", "would", "can", "could", "may", "might", "should", "must", "just", "so", "if", "out", "up", "down", "off", "all", "any", "some", "more", "most", "very", "too", "also", "only", "own", "same", "such", "s", "t", "don't", "isn't", "wasn't"]
)


def stem(word: str) -> str:
    """Crude plural/tense folding so 'drones'/'drone', 'sends'/'send' agree."""
    w = word.removesuffix("'s")
    for suf, rep in (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh")):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            return w[: -len(suf)] + rep
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


@cache
def _weak() -> frozenset[str]:
    """Terms of spaCy's English stop words ("another", "way", "back", "made",
    "name", "two"): they stay in the vectors but never count as shared words."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(t for w in STOP_WORDS if (t := _word_term(w)) is not None)


@cache
def _skip() -> frozenset[str]:
    from claimgraph.actors.coding import honorifics

    # "Mr." and "Sen." say nothing of what a claim is about: "Mr. Biden's
    # account" shares no more with "Mr. Biden had difficulty ..." than "Biden"
    return _STOP | lexicon().stance_terms | honorifics()


@lru_cache(maxsize=1 << 16)  # words repeat across claims; bounded for long runs
def _word_term(w: str) -> str | None:
    """The term a lower-case word counts as, or None for a word that does not count."""
    s = stem(w)
    if w in _skip() or s in _skip() or len(s) < 2:
        return None
    # Exact lemma-like forms only: inflected ones ("sold") get their class
    # from the parsed proposition (`claim_terms` adds `p:` keys).
    lex = lexicon()
    cls = lex.verb_class.get(s) or lex.noun_class.get(s)
    # Truncation folds the forms `stem` leaves apart ('captured', 'capture',
    # 'capturing'): headlines of one claim inflect its words every way.
    return f"p:{cls}" if cls else s[:PREFIX]


def text_terms(text: str) -> Counter[str]:
    """Content terms of a wording; predicate words fold into their class."""
    out: Counter[str] = Counter()
    prev = None
    for w in _WORD.findall(text.lower()):
        term = _word_term(w)
        if term is None:
            prev = None
            continue
        out[term] += 1
        if BIGRAMS and prev is not None:  # adjacent content words name things ("beats music")
            out[f"{prev}_{term}"] += 1
        prev = term
    return out


def name_terms(text: str) -> frozenset[str]:
    """Terms of the names of a wording: words written with a capital inside a
    sentence ("a cut agreed with Tehran"), or every capitalised word of a
    title-case headline, whose capitals tell nothing. One shared name is
    enough to join a claim to a cluster; common words need `MIN_SHARED`."""
    content = [m for m in _CAPS_WORD.finditer(text) if m.group().lower() not in _STOP]
    title_case = len(content) >= 3 and sum(m.group()[:1].isupper() for m in content) >= 0.6 * len(content)
    out = set()
    for m in content:
        w = m.group()
        if not w[:1].isupper():
            continue
        before = text[: m.start()].rstrip()
        if not title_case and (not before or before[-1] in ".!?:\"“"):
            continue  # a capital that only starts a sentence
        term = _word_term(w.lower())
        if term is not None and not term.startswith("p:"):
            out.add(term)
    return frozenset(out)


_CAPS_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*")


def claim_terms(claim: Claim, extra: str = "") -> Counter[str]:
    terms = text_terms(f"{claim.text} {extra}")
    if claim.predicate:
        terms[f"p:{claim.predicate}"] += 1
    for role, value in (("a", claim.agent), ("r", claim.recipient)):
        if value:
            terms[f"{role}:{value.lower()}"] += 1
    return terms


NOT_ENOUGH, WORDS, NAMES = 0, 1, 2  # what two claims share, by `enough_shared`


def enough_shared(shared: Iterable[str], *names: frozenset[str]) -> int:
    """One shared common word is chance in a store of many stories ("cut" in "a
    cut to fuel duty" and "a tree was cut down"): a claim joins on two
    shared terms besides the predicate class (WORDS), or on one shared name
    (`names`) or the parties of its proposition (`a:`/`r:` keys) (NAMES);
    else NOT_ENOUGH, which is false. Numbers and stop words ("10 minutes",
    "another way") are no evidence of one story and do not count as shared
    terms."""
    n = 0
    weak = _weak()
    for t in shared:
        if t[:2] in {"a:", "r:"} or any(t in ns for ns in names):
            return NAMES
        if _content_word(t, weak):
            n += 1
    return WORDS if n >= MIN_SHARED else NOT_ENOUGH


def may_join(evidence: int, a: np.ndarray | None = None, b: np.ndarray | None = None) -> bool:
    """Join on this evidence? Two common words also need the wordings'
    embeddings (when both have one) to agree: on news, most chance pairings
    share just two common words. A shared name or party is not vetoed:
    headlines of one claim name it in wordings far apart in meaning."""
    return evidence == NAMES or evidence == WORDS and agree(a, b)


def _content_word(term: str, weak: frozenset[str]) -> bool:
    """A word of the wording itself: not a proposition key, a number or a stop word."""
    return not (term[:2] in {"p:", "a:", "r:"} or term.isdigit() or term in weak)


MIN_FRAGMENT = 3  # content terms a claim without a predicate class needs to join across articles


def joinable(terms: Iterable[str]) -> bool:
    """Can this claim (or cluster) join another article's? A wording with
    no predicate and under `MIN_FRAGMENT` content words ("Biden", "the
    Jewish state", "to requests for comment") names a thing, not a
    proposition: whatever it shares with another article is chance."""
    n = 0
    weak = _weak()
    for t in terms:
        if t.startswith("p:"):
            return True
        if _content_word(t, weak):
            n += 1
            if n >= MIN_FRAGMENT:
                return True
    return False


def proposition_key(terms: Counter[str]) -> str | None:
    """'p:transfer|a:iran|r:russia' when the claim names its predicate and parties."""
    p = sorted(t for t in terms if t.startswith("p:"))
    a = sorted(t for t in terms if t.startswith("a:"))
    r = sorted(t for t in terms if t.startswith("r:"))
    if p and (a or r):
        return "|".join([p[0], *(a[:1]), *(r[:1])])
    return None


Embeddings = list[np.ndarray | None] | None  # per claim, when the `embeddings` extra is installed


@dataclass
class Candidate:
    cluster: str
    score: float


class MemoryIndex:
    """In-memory index (evaluation and tests)."""

    def __init__(self) -> None:
        self.vectors: dict[str, Counter[str]] = {}
        self.keys: dict[str, str | None] = {}
        self.postings: dict[str, list[str]] = {}
        self.dfs: Counter[str] = Counter()
        self.embeddings: dict[str, np.ndarray] = {}  # sum of the members' unit vectors

    def size(self) -> int:
        return len(self.vectors)

    def embeddings_of(self, ids: Iterable[str]) -> dict[str, np.ndarray]:
        return {i: self.embeddings[i] for i in ids if i in self.embeddings}

    def add_embedding(self, cluster: str, v: np.ndarray) -> None:
        old = self.embeddings.get(cluster)
        self.embeddings[cluster] = v.copy() if old is None else old + v

    def df(self, terms: Iterable[str]) -> dict[str, int]:
        return {t: self.dfs.get(t, 0) for t in terms}

    def posting(self, term: str, limit: int) -> list[str]:
        return self.postings.get(term, [])[-limit:]

    def load(self, ids: Iterable[str]) -> dict[str, tuple[Counter[str], str | None]]:
        return {i: (self.vectors[i], self.keys[i]) for i in ids}

    def save(self, cluster: str, vector: Counter[str], key: str | None, new_terms: Iterable[str]) -> None:
        self.vectors[cluster] = vector
        self.keys[cluster] = self.keys.get(cluster) or key
        for t in new_terms:
            self.postings.setdefault(t, []).append(cluster)
            self.dfs[t] += 1

    def new_id(self) -> str:
        return f"K{len(self.vectors) + 1}"


class SqliteIndex:
    """The same index in three SQLite tables beside the store's own.

    What it reads is kept in memory and every `save` updates both, so later
    claims reuse earlier lookups. The memory is only right while nothing else
    writes these tables: after a rollback, or once another connection may have
    written, call `forget()` (the store does, see `Store.add_documents`).
    `trim()` bounds it; call it between claims, never during one.
    """

    # Entries kept in memory at most (trim drops the oldest half beyond these).
    CACHE_VECTORS = 4_000
    CACHE_POSTINGS = 10_000
    CACHE_DFS = 100_000

    DDL = """
    CREATE TABLE IF NOT EXISTS claim_clusters (
        id TEXT PRIMARY KEY, key TEXT, terms TEXT NOT NULL, n INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE IF NOT EXISTS claim_postings (term TEXT NOT NULL, cluster TEXT NOT NULL);
    CREATE INDEX IF NOT EXISTS claim_postings_term ON claim_postings(term);
    CREATE TABLE IF NOT EXISTS claim_terms_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL);
    CREATE INDEX IF NOT EXISTS claim_clusters_key ON claim_clusters(key);
    CREATE TABLE IF NOT EXISTS claim_cluster_embeddings (cluster TEXT PRIMARY KEY, vec BLOB NOT NULL);
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        conn.executescript(self.DDL) if not conn.in_transaction else [conn.execute(s) for s in self.DDL.split(";") if s.strip()]
        self.forget()

    def forget(self) -> None:
        """Drop what was read: the tables are the truth again."""
        self._size: int | None = None
        self._next: int | None = None
        self._dfs: dict[str, int] = {}
        self._postings: dict[str, tuple[int, list[str]]] = {}  # term -> (limit read, newest first)
        self._vectors: dict[str, tuple[Counter[str], str | None]] = {}
        self._embeddings: dict[str, np.ndarray | None] = {}

    def trim(self) -> None:
        """Keep memory flat on a long run: forget the oldest reads beyond the limits."""
        for table, limit in (
            (self._vectors, self.CACHE_VECTORS),
            (self._embeddings, self.CACHE_VECTORS),
            (self._postings, self.CACHE_POSTINGS),
            (self._dfs, self.CACHE_DFS),
        ):
            if len(table) > limit:
                for k in list(islice(table, len(table) - limit // 2)):
                    del table[k]

    def size(self) -> int:
        if self._size is None:
            self._size = self.conn.execute("SELECT count(*) FROM claim_clusters").fetchone()[0]
        return self._size

    def df(self, terms: Iterable[str]) -> dict[str, int]:
        terms = list(terms)
        known = self._dfs
        missing = list(set(terms).difference(known))
        for i in range(0, len(missing), 500):
            chunk = missing[i : i + 500]
            known.update(dict.fromkeys(chunk, 0))
            q = f"SELECT term, df FROM claim_terms_df WHERE term IN ({','.join('?' * len(chunk))})"
            known.update(self.conn.execute(q, chunk).fetchall())
        return known  # every asked term is in it; callers only read

    def posting(self, term: str, limit: int) -> list[str]:
        hit = self._postings.get(term)
        if hit is None or hit[0] < limit:
            q = "SELECT cluster FROM claim_postings WHERE term = ? ORDER BY rowid DESC LIMIT ?"
            hit = (limit, [r[0] for r in self.conn.execute(q, (term, limit))])
            self._postings[term] = hit
        return hit[1][:limit]

    def load(self, ids: Iterable[str]) -> dict[str, tuple[Counter[str], str | None]]:
        # In id order, as SQLite returns `id IN (...)` through the primary key.
        ids = sorted(set(ids))
        missing = [i for i in ids if i not in self._vectors]
        if missing:
            q = f"SELECT id, terms, key FROM claim_clusters WHERE id IN ({','.join('?' * len(missing))})"
            for r in self.conn.execute(q, missing):
                self._vectors[r[0]] = (Counter(json.loads(r[1])), r[2])
        return {i: self._vectors[i] for i in ids if i in self._vectors}

    def save(self, cluster: str, vector: Counter[str], key: str | None, new_terms: Iterable[str]) -> None:
        self.conn.execute(
            "INSERT INTO claim_clusters (id, key, terms, n) VALUES (?, ?, ?, 1)"
            " ON CONFLICT(id) DO UPDATE SET terms = excluded.terms, n = n + 1,"
            " key = coalesce(claim_clusters.key, excluded.key)",
            (cluster, key, json.dumps(vector)),
        )
        new_terms = list(new_terms)
        self.conn.executemany("INSERT INTO claim_postings (term, cluster) VALUES (?, ?)", [(t, cluster) for t in new_terms])
        self.conn.executemany(
            "INSERT INTO claim_terms_df (term, df) VALUES (?, 1)"
            " ON CONFLICT(term) DO UPDATE SET df = df + 1",
            [(t,) for t in new_terms],
        )
        # The same changes in memory (terms not read yet are read when needed).
        old = self._vectors.get(cluster)
        self._vectors[cluster] = (vector, old[1] if old and old[1] is not None else key)
        for t in new_terms:
            if t in self._dfs:
                self._dfs[t] += 1
            if t in self._postings:
                limit, clusters = self._postings[t]
                self._postings[t] = (limit, [cluster, *clusters][:limit])

    def embeddings_of(self, ids: Iterable[str]) -> dict[str, np.ndarray]:
        missing = [i for i in ids if i not in self._embeddings]
        if missing:
            self._embeddings.update(dict.fromkeys(missing))
            q = f"SELECT cluster, vec FROM claim_cluster_embeddings WHERE cluster IN ({','.join('?' * len(missing))})"
            self._embeddings.update((c, from_blob(b)) for c, b in self.conn.execute(q, missing))
        return {i: v for i in ids if (v := self._embeddings[i]) is not None}

    def add_embedding(self, cluster: str, v: np.ndarray) -> None:
        old = self.embeddings_of([cluster]).get(cluster)
        self.save_embeddings({cluster: v.copy() if old is None else old + v})

    def save_embeddings(self, sums: Mapping[str, np.ndarray]) -> None:
        """Set clusters' embeddings (sums of their members' unit vectors)."""
        self.conn.executemany(
            "INSERT OR REPLACE INTO claim_cluster_embeddings (cluster, vec) VALUES (?, ?)",
            [(c, to_blob(v)) for c, v in sums.items()],
        )
        self._embeddings.update(sums)

    def new_id(self) -> str:
        if self._next is None:
            row = self.conn.execute("SELECT max(CAST(substr(id, 2) AS INTEGER)) FROM claim_clusters").fetchone()
            self._next = (row[0] or 0) + 1
        cid = f"K{self._next}"
        self._next += 1
        if self._size is not None:
            self._size += 1
        return cid


def _idf(df: int, n: int) -> float:
    return math.log((n + 1) / (df + 1)) + 1.0


class _IdfByDf(dict):
    """IDF for a df value at collection size n; one log per distinct df."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.n = n

    def __missing__(self, df: int) -> float:
        self[df] = value = _idf(df, self.n)
        return value


# 1 + log(tf) for the term counts of all but huge clusters (the same floats as computing it)
_LOG_TF = tuple(1 + math.log(k) if k > 0 else 0.0 for k in range(4096))


def _log_tf(k: int) -> float:
    return _LOG_TF[k] if 0 < k < 4096 else 1 + math.log(k)


def _cosine(a: Counter[str], b: Counter[str], idf: dict[str, float]) -> float:
    def w(v: Counter[str], t: str) -> float:
        return (1 + math.log(v[t])) * idf.get(t, 1.0)

    dot = sum(w(a, t) * w(b, t) for t in a if t in b)
    if dot == 0:
        return 0.0
    na = math.sqrt(sum(w(a, t) ** 2 for t in a))
    nb = math.sqrt(sum(w(b, t) ** 2 for t in b))
    return dot / (na * nb)


def _norm(v: Counter[str], idf: Mapping[str, float]) -> float:
    """|v| with (1 + log tf) * idf weights: the sum `_cosine` takes, in C-level loops."""
    counts = v.values()
    log_tf = map(_LOG_TF.__getitem__ if max(counts) < len(_LOG_TF) else _log_tf, counts)
    weights = map(mul, log_tf, map(idf.__getitem__, v))
    return math.sqrt(sum(map(pow, weights, repeat(2))))


class Scorer:
    """IDF weights and cluster norms for one state of an index.

    Valid until the next `save`: the claims of one article are all scored
    before any of them is assigned, so they share one (and the norms of the
    clusters they have in common)."""

    def __init__(self, index) -> None:
        self.index = index
        self.n = index.size()
        self.by_df = _IdfByDf(self.n)
        self.idf: dict[str, float] = {}
        self.norms: dict[str, float] = {}

    def weigh(self, terms: Iterable[str]) -> dict[str, float]:
        """`idf`, with these terms in it."""
        missing = set(terms).difference(self.idf)
        if missing:
            dfs = self.index.df(missing)
            self.idf.update(zip(missing, map(self.by_df.__getitem__, map(dfs.__getitem__, missing)), strict=True))
        return self.idf

    def norm(self, cluster: str, vector: Counter[str]) -> float:
        nb = self.norms.get(cluster)
        if nb is None:
            nb = self.norms[cluster] = _norm(vector, self.weigh(vector))
        return nb


def candidates(
    index, terms: Counter[str], scorer: Scorer | None = None, names: frozenset[str] = frozenset(),
    emb: np.ndarray | None = None,
) -> list[Candidate]:
    """Score the clusters that share the new claim's rarest terms.

    The scores are `_cosine` (plus the key bonus), with the new claim's
    weights computed once and each cluster's norm once per `scorer`.
    `emb`: the claim's embedding (see `claims.embed` and `may_join`)."""
    scorer = scorer or Scorer(index)
    n = scorer.n
    if n == 0 or not terms or not joinable(terms):
        return []
    dfs = index.df(terms)
    present = [t for t in terms if dfs[t] > 0]
    rare = sorted(present, key=lambda t: (dfs[t], t))[:RARE_TERMS]
    hits: dict[str, float] = {}
    for t in rare:
        weight = scorer.by_df[dfs[t]]
        for c in index.posting(t, POSTINGS_LIMIT):
            hits[c] = hits.get(c, 0) + weight
    top = [c for c, _ in Counter(hits).most_common(CANDIDATES)]
    loaded = index.load(top)
    if not loaded:
        return []
    idf = scorer.weigh(terms)
    wa = [(t, _log_tf(k) * idf[t]) for t, k in terms.items()]
    na = math.sqrt(sum(x**2 for _t, x in wa))
    key = proposition_key(terms)
    embs = index.embeddings_of(list(loaded)) if emb is not None else {}
    out = []
    for c, (vec, ckey) in loaded.items():
        score = 0.0
        shared = [(t, x) for t, x in wa if t in vec]
        if not may_join(enough_shared((t for t, _x in shared), names), emb, embs.get(c)) or not joinable(vec):
            continue
        dot = sum(x * (_log_tf(vec[t]) * idf[t]) for t, x in shared)
        if dot != 0:
            score = dot / (na * scorer.norm(c, vec))
        if key and ckey == key:
            score += KEY_BONUS
        out.append(Candidate(c, score))
    return sorted(out, key=lambda x: -x.score)


def assign(
    index,
    terms: Counter[str],
    threshold: float | None = None,
    exclude: set[str] | frozenset[str] = frozenset(),
    found: list[Candidate] | None = None,
    names: frozenset[str] = frozenset(),
    emb: np.ndarray | None = None,
) -> str:
    """Cluster id for a claim with these terms; opens a new cluster when none fits.

    `exclude`: clusters that other claims of the same article already took;
    the article's own step decided those are different claims.
    `found`: candidates the caller already scored for these terms.
    `emb`: the claim's embedding, added to its cluster's.
    """
    cid = _assign(index, terms, threshold, exclude, found, names, emb)
    if emb is not None:
        index.add_embedding(cid, emb)
    return cid


def _assign(
    index, terms: Counter[str], threshold: float | None, exclude: set[str] | frozenset[str],
    found: list[Candidate] | None, names: frozenset[str], emb: np.ndarray | None,
) -> str:
    cands = [c for c in (candidates(index, terms, names=names, emb=emb) if found is None else found) if c.cluster not in exclude]
    key = proposition_key(terms)
    if cands and cands[0].score >= (THRESHOLD if threshold is None else threshold):
        cid = cands[0].cluster
        vec, _ = index.load([cid])[cid]
        new_terms = [t for t in terms if t not in vec]
        merged = vec + terms
        if len(merged) > MAX_TERMS:  # keep the vector small: the most frequent terms
            merged = Counter(dict(merged.most_common(MAX_TERMS)))
        index.save(cid, merged, key, [t for t in new_terms if t in merged])
        return cid
    cid = index.new_id()
    index.save(cid, Counter(terms), key, list(terms))
    return cid


def refine(
    vectors: list[Counter[str]],
    labels: list[str],
    threshold: float | None = None,
    rounds: int = 2,
    groups: list[str] | None = None,
    names: list[frozenset[str]] | None = None,
    embeddings: Embeddings = None,
) -> list[str]:
    """Move each claim to the cluster whose centroid (without it) fits it best.

    Online assignment depends on arrival order; a full rebuild can afford a
    few rounds of this with IDF from the whole collection. Only a cluster
    that clears the threshold can take a claim, so candidates come from the
    postings of the claim's rarer terms: a cluster that shares only common
    terms with it cannot reach the threshold (see `_RefineRound.bound`).
    """
    th = THRESHOLD if threshold is None else threshold
    n = len(vectors)
    df = Counter(t for v in vectors for t in set(v))
    idf = {t: _idf(d, n) for t, d in df.items()}
    weights = [{t: _log_tf(k) * idf[t] for t, k in v.items()} for v in vectors]
    for _ in range(rounds):
        labels = _RefineRound(vectors, labels, idf, groups, names, embeddings).run(weights, th)
    return labels


class _RefineRound:
    """Centroids, their weights, norms and postings for one round of `refine`.

    A claim's weights are a dict in its terms' order: dot products add the
    same products in the same order as `_cosine`."""

    SLACK = 1e-9  # bounds are compared with this margin, against rounding

    def __init__(
        self, vectors: list[Counter[str]], labels: list[str], idf: dict[str, float], groups: list[str] | None,
        names: list[frozenset[str]] | None = None, embeddings: Embeddings = None,
    ) -> None:
        self.vectors, self.labels, self.idf, self.groups = vectors, labels, idf, groups
        self.names, self.embeddings = names, embeddings
        self.cluster_embeddings = cluster_sums(embeddings, labels) if embeddings is not None else {}
        self.centroids: dict[str, Counter[str]] = {}
        for v, c in zip(vectors, labels, strict=True):
            self.centroids.setdefault(c, Counter()).update(v)
        self.weights: dict[str, dict[str, float]] = {}
        self.sq: dict[str, float] = {}  # squared norm of each centroid
        self.norms: dict[str, float] = {}
        self.postings: dict[str, list[str]] = {}
        self.top: dict[str, float] = {}  # largest unit weight of a term in any centroid
        for c, v in self.centroids.items():
            self.weights[c] = w = {t: _log_tf(k) * idf[t] for t, k in v.items()}
            self.sq[c] = sq = sum(x**2 for x in w.values())
            self.norms[c] = norm = math.sqrt(sq)
            for t, x in w.items():
                self.postings.setdefault(t, []).append(c)
                if x / norm > self.top.get(t, 0.0):
                    self.top[t] = x / norm
        self.fragments = {c for c, v in self.centroids.items() if not joinable(v)}  # clusters no claim joins
        self.members: dict[str, set[str]] = {}
        if groups is not None:
            for g, c in zip(groups, labels, strict=True):
                self.members.setdefault(c, set()).add(g)

    def run(self, weights: list[dict[str, float]], th: float) -> list[str]:
        return [self.best(i, w, th) for i, w in enumerate(weights)]

    def own(self, v: Counter[str], c: str, wv: dict[str, float], na: float) -> float:
        """Cosine of v with its own cluster's centroid less v (-1 when v is alone).

        Only v's terms change the centroid, so its norm is updated, not summed again."""
        cent, cw, idf = self.centroids[c], self.weights[c], self.idf
        sq, dot = self.sq[c], 0.0
        for t, x in wv.items():
            k = cent[t] - v[t]
            sq -= cw[t] ** 2
            if k > 0:
                y = _log_tf(k) * idf[t]
                sq += y**2
                dot += x * y
        if (len(cent) == len(v) and not dot) or sq <= 0:
            return -1.0  # nothing of the cluster is left without v
        return dot / (na * math.sqrt(sq)) if dot else 0.0

    def bound(self, wv: dict[str, float], na: float, th: float) -> set[str]:
        """v's terms with the longest postings whose weights together stay below
        any threshold-clearing score: min(sum of u_v * top, |u_v| over them)."""
        common: set[str] = set()
        by_top = by_norm = 0.0
        for t in sorted(wv, key=lambda t: (-len(self.postings[t]), t)):
            u = wv[t] / na
            by_top += u * self.top[t]
            by_norm += u * u
            if min(by_top, math.sqrt(by_norm)) >= th - self.SLACK:
                break
            common.add(t)
        return common

    def best(self, i: int, wv: dict[str, float], th: float) -> str:
        v, c = self.vectors[i], self.labels[i]
        if not wv or not joinable(v):
            return c
        na = math.sqrt(sum(x**2 for x in wv.values()))
        best, best_score = c, self.own(v, c, wv, na)
        common = self.bound(wv, na, th)
        seen = {c}
        group = self.groups[i] if self.groups is not None else None
        emb = self.embeddings[i] if self.embeddings is not None else None
        for t in wv:
            if t in common:
                continue
            for k in self.postings[t]:
                if k in seen:
                    continue
                seen.add(k)
                if group is not None and group in self.members[k]:
                    continue  # a claim of the same article is there already
                if k in self.fragments:
                    continue
                s = self.cosine(wv, na, k, self.names[i] if self.names is not None else frozenset(), emb)
                if s > best_score:
                    best, best_score = k, s
        return best if best_score >= th else c

    def cosine(
        self, wv: dict[str, float], na: float, k: str, names: frozenset[str] = frozenset(), emb: np.ndarray | None = None
    ) -> float:
        cw = self.weights[k]
        shared = list(filter(cw.__contains__, wv))
        if not may_join(enough_shared(shared, names), emb, self.cluster_embeddings.get(k)):
            return 0.0
        dot = sum(map(mul, map(wv.__getitem__, shared), map(cw.__getitem__, shared)))
        return dot / (na * self.norms[k])


def cluster_all(
    vectors: list[Counter[str]],
    threshold: float | None = None,
    groups: list[str] | None = None,
    names: list[frozenset[str]] | None = None,
    embeddings: Embeddings = None,
) -> list[str]:
    """Cluster a whole collection from scratch: average linkage, then refinement.

    Unlike ingest's online pass, the result does not depend on the order
    the claims come in. `threshold` is the refinement's (see `refine`).
    `groups[i]` names the article of claim i: claims of one article that its
    own step kept apart are never put in one cluster. `embeddings[i]`: claim
    i's embedding or None (see `claims.embed` and `may_join`).
    """
    labels = agglomerate(vectors, groups=groups, names=names, embeddings=embeddings)
    return refine(vectors, labels, threshold, groups=groups, names=names, embeddings=embeddings)


LINK_THRESHOLD = 0.17  # mean cosine between two clusters' members that merges them
LINK_POSTINGS = 300  # a term in more claims than this finds no neighbours


def _unit_vectors(vectors: list[Counter[str]]) -> list[dict[str, float]]:
    """(1 + log tf) * idf weights, normalised, with IDF from the whole collection."""
    n = len(vectors)
    df = Counter(t for v in vectors for t in v)
    idf = _IdfByDf(n)
    out = []
    for v in vectors:
        w = {t: _log_tf(k) * idf[df[t]] for t, k in v.items()}
        norm = math.sqrt(sum(x * x for x in w.values())) or 1.0
        out.append({t: x / norm for t, x in w.items()})
    return out


def _neighbour_pairs(
    units: list[dict[str, float]], names: list[frozenset[str]] | None = None, embeddings: Embeddings = None
) -> dict[int, float]:
    """Cosine of each pair of claims that share one of either's rarest terms,
    keyed `i * n + j` (i < j: `divmod(key, n)` gives the pair back).

    Read through postings, so the work grows with the pairs found, not n²;
    which pairs are found does not depend on the order of the claims."""
    n = len(units)
    postings: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        for t in u:
            postings.setdefault(t, []).append(i)
    sims: dict[int, float] = {}
    ok_units = [joinable(u) for u in units]
    for i, u in enumerate(units):
        if not ok_units[i]:
            continue
        found: dict[int, None] = {}
        for t in sorted(u, key=lambda t: (len(postings[t]), t))[:RARE_TERMS]:
            if len(postings[t]) > LINK_POSTINGS:
                break
            found.update(dict.fromkeys(postings[t]))
        found.pop(i, None)
        for j in filter(ok_units.__getitem__, found):
            key = i * n + j if i < j else j * n + i
            if key not in sims:
                v = units[j]
                shared = list(filter(v.__contains__, u))  # in u's order: the same sum, term by term
                ok = may_join(
                    enough_shared(shared, names[i], names[j]) if names is not None else enough_shared(shared),
                    *((embeddings[i], embeddings[j]) if embeddings is not None else ()),
                )
                sims[key] = sum(map(mul, map(u.__getitem__, shared), map(v.__getitem__, shared))) if ok else 0.0
    return sims


def agglomerate(
    vectors: list[Counter[str]],
    threshold: float | None = None,
    groups: list[str] | None = None,
    names: list[frozenset[str]] | None = None,
    embeddings: Embeddings = None,
) -> list[str]:
    """Average-linkage clustering over the pairs `_neighbour_pairs` finds.

    The two clusters with the highest mean cosine over all pairs of their
    members (a pair never compared counts 0) merge first, while that mean
    clears the threshold. Unlike one online pass, the result does not
    depend on the order the claims come in. Claims of one article never
    share a cluster.
    """
    th = LINK_THRESHOLD if threshold is None else threshold
    n = len(vectors)
    size = [1] * n
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    arts: dict[int, set[str]] = {i: {groups[i]} if groups is not None else set() for i in range(n)}
    link: dict[int, dict[int, float]] = {i: {} for i in range(n)}  # summed cosines between clusters
    heap = []
    for key, s in _neighbour_pairs(_unit_vectors(vectors), names, embeddings).items():
        i, j = divmod(key, n)
        if s > 0:
            link[i][j] = link[j][i] = s
            if s >= th:
                heap.append((-s, i, j))
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in members or arts[a] & arts[b]:
            continue
        if -neg != link[a].get(b, 0.0) / (size[a] * size[b]):
            continue  # a stale score: one of the two has grown since
        members[a] += members.pop(b)
        arts[a] |= arts.pop(b)
        size[a] += size[b]
        for c, s in link.pop(b).items():
            del link[c][b]
            if c != a:
                link[a][c] = link[c][a] = link[a].get(c, 0.0) + s
        for c, s in link[a].items():
            if s / (size[a] * size[c]) >= th:
                heapq.heappush(heap, (-(s / (size[a] * size[c])), min(a, c), max(a, c)))
    labels = [""] * n
    for idx in members.values():
        for i in idx:
            labels[i] = f"A{min(idx)}"
    return labels
