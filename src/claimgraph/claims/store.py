"""Claims in the store: cross-article assignment, rebuild, and queries.

`assign_document` is called by the store's `_write_claims` inside the write
transaction; it fills `claims.cluster_id` through the inverted index of
`claims.assign.SqliteIndex`. `recluster` rebuilds every assignment from the
stored terms. The queries group stances by cluster (the cross-article claim).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from typing import Any

from claimgraph.claims import embed
from claimgraph.claims.assign import (
    Scorer,
    SqliteIndex,
    assign,
    candidates,
    claim_terms,
    cluster_all,
    name_terms,
    proposition_key,
)
from claimgraph.schema import Claim, Document

_TERMS_DDL = """CREATE TABLE IF NOT EXISTS claim_terms (
    article_id TEXT NOT NULL, local_id TEXT NOT NULL, terms TEXT NOT NULL,
    PRIMARY KEY (article_id, local_id))"""
_CLUSTER_INDEX = "CREATE INDEX IF NOT EXISTS claims_cluster ON claims(cluster_id)"
# one row per claim assigned while the `embeddings` extra was installed
_EMBEDDINGS_DDL = """CREATE TABLE IF NOT EXISTS claim_embeddings (
    article_id TEXT NOT NULL, local_id TEXT NOT NULL, vec BLOB NOT NULL,
    PRIMARY KEY (article_id, local_id))"""


def _ensure(conn: sqlite3.Connection) -> SqliteIndex:
    conn.execute(_TERMS_DDL)
    conn.execute(_EMBEDDINGS_DDL)
    conn.execute(_CLUSTER_INDEX)
    return SqliteIndex(conn)


def open_index(conn: sqlite3.Connection) -> SqliteIndex:
    """A claims index to pass to `assign_document`; keep it only while nothing else writes."""
    return _ensure(conn)


def _terms(doc: Document, claim: Claim) -> Counter[str]:
    contents = " ".join(s.content for s in doc.statements if s.claim == claim.id)
    return claim_terms(claim, contents)


def assign_document(conn: sqlite3.Connection, doc: Document, index: SqliteIndex | None = None) -> list[str]:
    """Assign each of the document's claims to a stored claim (or a new one).

    `index`: from `open_index`, so that documents share what it has read
    (the store keeps one from batch to batch); a fresh one by default."""
    if index is None:
        index = _ensure(conn)
    terms_of = {c.id: _terms(doc, c) for c in doc.claims}
    encode = embed.default()
    emb_of = dict(zip((c.id for c in doc.claims), encode([c.text for c in doc.claims]), strict=True)) if encode and doc.claims else {}

    # Scored once per claim: siblings never join a cluster another sibling
    # opened or took (see `exclude`), so these candidates stay valid.
    scorer = Scorer(index)
    found = {c.id: candidates(index, terms_of[c.id], scorer, name_terms(c.text), emb_of.get(c.id)) for c in doc.claims}

    def best(c: Claim) -> float:
        return found[c.id][0].score if found[c.id] else 0.0

    # Claims of one article go to different stored claims (the article's own
    # step kept them apart); the best-fitting claim chooses first.
    taken: set[str] = set()
    out: dict[str, str] = {}
    for c in sorted(doc.claims, key=best, reverse=True):
        cluster = assign(index, terms_of[c.id], exclude=taken, found=found[c.id], emb=emb_of.get(c.id))
        taken.add(cluster)
        out[c.id] = cluster
    aid = doc.document.id
    conn.executemany(
        "UPDATE claims SET cluster_id = ? WHERE article_id = ? AND local_id = ?",
        [(out[c.id], aid, c.id) for c in doc.claims],
    )
    conn.executemany(
        "INSERT OR REPLACE INTO claim_terms (article_id, local_id, terms) VALUES (?, ?, ?)",
        [(aid, c.id, json.dumps(dict(terms_of[c.id]))) for c in doc.claims],
    )
    conn.executemany(
        "INSERT OR REPLACE INTO claim_embeddings (article_id, local_id, vec) VALUES (?, ?, ?)",
        [(aid, cid, embed.to_blob(v)) for cid, v in emb_of.items()],
    )
    return [out[c.id] for c in doc.claims]


def recluster(conn: sqlite3.Connection) -> dict[str, int]:
    """Rebuild all cross-article assignments from scratch; one transaction."""
    _ensure(conn)
    rows = conn.execute(
        "SELECT c.article_id, c.local_id, c.text, c.agent, c.predicate, c.recipient, t.terms, e.vec"
        " FROM claims c JOIN articles a ON a.id = c.article_id"
        " LEFT JOIN claim_terms t ON t.article_id = c.article_id AND t.local_id = c.local_id"
        " LEFT JOIN claim_embeddings e ON e.article_id = c.article_id AND e.local_id = c.local_id"
        " ORDER BY coalesce(a.published, ''), a.seq, c.rowid"
    ).fetchall()
    vectors = []
    for r in rows:
        if r["terms"]:
            vectors.append(Counter(json.loads(r["terms"])))
        else:  # stored before claim terms were kept
            c = Claim(id=r["local_id"], text=r["text"], agent=r["agent"], predicate=r["predicate"], recipient=r["recipient"])
            vectors.append(claim_terms(c))
    # claims stored without the `embeddings` extra have no vector: they join on words alone
    embs = [embed.from_blob(r["vec"]) for r in rows]
    labels = cluster_all(
        vectors, groups=[r["article_id"] for r in rows], names=[name_terms(r["text"]) for r in rows],
        embeddings=embs if any(e is not None for e in embs) else None,
    )
    # Number clusters in order of first appearance: K1, K2, ...
    names: dict[str, str] = {}
    for lab in labels:
        names.setdefault(lab, f"K{len(names) + 1}")
    conn.execute("BEGIN IMMEDIATE")
    try:
        for table in ("claim_clusters", "claim_postings", "claim_terms_df", "claim_cluster_embeddings"):
            conn.execute(f"DELETE FROM {table}")
        centroids: dict[str, Counter[str]] = {}
        for v, lab in zip(vectors, labels, strict=True):
            centroids.setdefault(names[lab], Counter()).update(v)
        conn.executemany(
            "UPDATE claims SET cluster_id = ? WHERE article_id = ? AND local_id = ?",
            [(names[lab], r["article_id"], r["local_id"]) for r, lab in zip(rows, labels, strict=True)],
        )
        conn.executemany(
            "INSERT OR REPLACE INTO claim_terms (article_id, local_id, terms) VALUES (?, ?, ?)",
            [(r["article_id"], r["local_id"], json.dumps(dict(v))) for r, v in zip(rows, vectors, strict=True)],
        )
        index = SqliteIndex(conn)
        for cid, vec in centroids.items():
            index.save(cid, vec, proposition_key(vec), list(vec))
        index.save_embeddings(embed.cluster_sums(embs, [names[lab] for lab in labels]))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return {"claims": len(rows), "clusters": len(centroids)}


# -- queries ------------------------------------------------------------------

_ROWS = """
SELECT c.cluster_id AS cluster, c.article_id, c.local_id, c.text, c.spans,
       art.published, coalesce(art.outlet, art.url, art.source) AS outlet, art.title,
       cs.stance, cs.statement, coalesce(a.name, aa.name) AS speaker, a.country AS country,
       st.content, st.content_start, st.content_end, st.cue
FROM claims c
JOIN articles art ON art.id = c.article_id
LEFT JOIN claim_stances cs ON cs.article_id = c.article_id AND cs.claim = c.local_id
LEFT JOIN actors a ON a.id = cs.actor_id
LEFT JOIN article_actors aa ON aa.article_id = cs.article_id AND aa.local_id = cs.actor
LEFT JOIN statements st ON st.article_id = cs.article_id AND st.local_id = cs.statement
"""


def _outlet(value: str | None) -> str | None:
    if not value:
        return None
    m = re.match(r"https?://(?:www\.)?([^/]+)", value)
    return m.group(1) if m else value


def _summaries(rows: list[sqlite3.Row]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        cid = r["cluster"] or f"{r['article_id']}:{r['local_id']}"
        s = out.setdefault(cid, {
            "id": cid, "text": r["text"], "assert": [], "deny": [], "doubt": [],
            "articles": set(), "outlets": set(), "first_seen": None, "last_seen": None,
            "wordings": set(),
        })  # fmt: skip
        s["articles"].add(r["article_id"])
        s["wordings"].add(r["text"])
        if r["outlet"]:
            s["outlets"].add(_outlet(r["outlet"]))
        if r["published"]:
            s["first_seen"] = min(filter(None, [s["first_seen"], r["published"]]))
            s["last_seen"] = max(filter(None, [s["last_seen"], r["published"]]))
        if r["stance"] in ("assert", "deny", "doubt") and r["speaker"] and r["speaker"] not in s[r["stance"]]:
            s[r["stance"]].append(r["speaker"])
    for s in out.values():
        # A short full sentence reads best as the claim's name.
        s["text"] = min(s.pop("wordings"), key=lambda t: (not 4 <= len(t.split()) <= 16, len(t.split()), t))
        s["n_articles"] = len(s.pop("articles"))
        s["n_outlets"] = len(s["outlets"])
        s["outlets"] = sorted(s["outlets"])
        s["contested"] = bool(s["assert"]) and bool(s["deny"])
    return out


def list_claims(
    conn: sqlite3.Connection,
    *,
    contested: bool = False,
    actor: str | None = None,
    about: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    rows = conn.execute(_ROWS).fetchall()
    claims = list(_summaries(rows).values())
    if contested:
        claims = [c for c in claims if c["contested"]]
    if actor:
        a = actor.lower()
        claims = [c for c in claims if any(a in n.lower() for k in ("assert", "deny", "doubt") for n in c[k])]
    if about:
        words = [w for w in re.findall(r"\w+", about.lower())]
        claims = [c for c in claims if all(w in c["text"].lower() for w in words)]
    claims.sort(key=lambda c: (-(len(c["assert"]) + len(c["deny"]) + len(c["doubt"])), -c["n_articles"], c["id"]))
    return claims[:limit] if limit else claims


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around [start, end) in the article text."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return " ".join(text[left + 1 : right].split())


def claim_timeline(conn: sqlite3.Connection, cluster: str) -> dict[str, Any] | None:
    rows = conn.execute(_ROWS + " WHERE c.cluster_id = ?", (cluster,)).fetchall()
    if not rows:
        return None
    summary = _summaries(rows)[cluster]
    texts: dict[str, str] = {}
    events = []
    for r in rows:
        if r["stance"] is None:
            continue
        aid = r["article_id"]
        if aid not in texts:
            texts[aid] = conn.execute("SELECT text FROM articles WHERE id = ?", (aid,)).fetchone()[0]
        if r["content_start"] is not None:
            span = (r["content_start"], r["content_end"])
        else:
            spans = json.loads(r["spans"] or "[]")
            span = tuple(spans[0]) if spans else (0, 0)
        events.append({
            "date": r["published"], "outlet": _outlet(r["outlet"]), "article": aid,
            "speaker": r["speaker"], "stance": r["stance"], "statement": r["statement"],
            "cue": r["cue"], "sentence": _sentence(texts[aid], *span),
        })  # fmt: skip
    events.sort(key=lambda e: (e["date"] or "", e["article"], e["statement"] or ""))
    summary["timeline"] = events
    return summary
