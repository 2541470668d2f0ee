"""The SQLite store: one file, WAL mode, FTS5 over statements and article text.

    with Store.open("news.db") as store:
        store.add_documents([(record, document), ...])   # one transaction
        store.statements(speaker="Smith", stance="deny")

Writers and readers may work at once (WAL): queries see whole batches only.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from claimgraph.io.records import Record
from claimgraph.schema import (
    SCHEMA_VERSION,
    Actor,
    Claim,
    ClaimStance,
    Document,
    DocumentMeta,
    Event,
    Statement,
)
from claimgraph.store import actors as actor_rows
from claimgraph.store.schema import ADDED_COLUMNS, DDL, STORE_VERSION


class StoreError(RuntimeError):
    """The database cannot be opened or queried; the message says why."""


def _span(start: int | None, end: int | None) -> tuple[int, int] | None:
    return None if start is None or end is None else (start, end)


def _fts_phrase(query: str) -> str:
    """A query FTS5 always accepts: every word quoted, all must match."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in query.split())


def _word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _add_columns(conn: sqlite3.Connection) -> None:
    """Give a store written by an earlier release the columns added since (a
    file we may not write stays as it is: readers take NULL for them)."""
    for table, columns in ADDED_COLUMNS.items():
        have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        for name, kind in columns.items():
            if name not in have:
                try:
                    conn.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")
                except sqlite3.OperationalError:  # read-only file or folder
                    return


def _parts(value: str | None) -> list[tuple[int, int]] | None:
    return [tuple(p) for p in json.loads(value)] if value else None


class Store:
    def __init__(self, conn: sqlite3.Connection, path: str):
        self.conn = conn
        self.path = path
        have = {r[1] for r in conn.execute("PRAGMA table_info(statements)")}
        self._has_parts = "content_parts" in have  # not in a store written before it, opened read-only
        # The claims index, kept from batch to batch while only we write (see `_claims_index`).
        self._claims: Any = None
        self._claims_mark: tuple[int, int] | None = None

    # -- opening -----------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, timeout: float = 60.0) -> Store:
        """Open (and with `create`, make) the store; StoreError with a reason otherwise."""
        p = Path(path)
        if not create and not p.exists():
            raise StoreError(f"{path}: no such database (run `claimgraph ingest ... --db {path}` first)")
        if p.is_dir():
            raise StoreError(f"{path}: is a folder, not a database file")
        try:
            conn = sqlite3.connect(str(p), timeout=timeout, isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            # NORMAL is durable across process kills in WAL mode (not power loss).
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            if create:
                conn.executescript(DDL)
                conn.execute(
                    "INSERT OR IGNORE INTO meta (key, value) VALUES ('version', ?)", (STORE_VERSION,)
                )
            version = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
            if version is not None and version[0] == STORE_VERSION:
                _add_columns(conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a claimgraph database ({exc})") from exc
        if version is None or version[0] != STORE_VERSION:
            found = version[0] if version else "none"
            raise StoreError(f"{path}: store version {found}, expected {STORE_VERSION}")
        return cls(conn, str(p))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        q = "SELECT 1 FROM articles WHERE id = ?"
        return self.conn.execute(q, (article_id,)).fetchone() is not None

    def add_urls(self, urls: Iterable[tuple[str, str | None, str | None]]) -> None:
        """Record more places an article was seen: (article_id, url, source) rows."""
        with self._transaction():
            self._write_urls(urls)

    def add_documents(
        self,
        items: Sequence[tuple[Record, Document]],
        urls: Iterable[tuple[str, str | None, str | None]] = (),
    ) -> int:
        """Write a batch of analysed articles in one transaction; returns how many were new.

        `urls` are extra (article_id, url, source) sightings to record with the batch.
        """
        new = 0
        try:
            with self._transaction():
                claims_index = self._claims_index() if items else None
                for record, doc in items:
                    if self.has_article(doc.document.id):
                        self._write_urls([(doc.document.id, record.url, record.source)])
                        continue
                    self._write_document(record, doc, claims_index)
                    new += 1
                self._write_urls(urls)
        except BaseException:
            self._claims = None  # it may hold what was just rolled back
            raise
        self._claims_mark = self._write_mark()
        return new

    def _write_mark(self) -> tuple[int, int]:
        """Changes by other connections (data_version) and by this one (total_changes)."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0], self.conn.total_changes

    def _claims_index(self) -> Any:
        """The claims index for this write transaction.

        Reused from the last batch (with what it has read) unless anything
        else wrote since our last commit, in this process or another."""
        from claimgraph.claims.store import open_index

        if self._claims is None or self._write_mark() != self._claims_mark:
            self._claims = open_index(self.conn)
        else:
            self._claims.trim()
        return self._claims

    def _transaction(self):
        return _Transaction(self.conn)

    def _write_urls(self, urls: Iterable[tuple[str, str | None, str | None]]) -> None:
        self.conn.executemany(
            "INSERT OR IGNORE INTO article_urls (article_id, url, source) VALUES (?, ?, ?)",
            [(aid, url or source or "", source) for aid, url, source in urls],
        )

    def _write_document(self, record: Record, doc: Document, claims_index: Any = None) -> None:
        meta, text = doc.document, record.text
        self.conn.execute(
            "INSERT INTO articles (id, title, url, published, outlet, source, text, n_chars, n_words,"
            " n_actors, n_statements, n_claims, n_events, schema, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                meta.id, meta.title, meta.url, meta.published, meta.outlet, meta.source, text,
                len(text), _word_count(text), len(doc.actors), len(doc.statements),
                len(doc.claims), len(doc.events), doc.schema_,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )  # fmt: skip
        self._write_urls([(meta.id, meta.url, meta.source)])
        self.conn.execute(
            "INSERT INTO articles_fts (rowid, title, text) SELECT seq, title, text FROM articles WHERE id = ?",
            (meta.id,),
        )
        actor_ids = self._write_actors(doc)
        self._write_statements(doc, actor_ids)
        _write_claims(self.conn, doc, actor_ids, claims_index)
        _write_events(self.conn, doc, actor_ids)

    def _write_actors(self, doc: Document) -> dict[str, int]:
        """Article actor id (A1) -> store actor id, merging with actors seen before."""
        spoke: dict[str, int] = {}
        for s in doc.statements:
            if s.speaker:
                spoke[s.speaker] = spoke.get(s.speaker, 0) + 1
        ids: dict[str, int] = {}
        for a in doc.actors:
            ids[a.id] = actor_rows.upsert(
                self.conn,
                a,
                article_id=doc.document.id,
                published=doc.document.published,
                n_statements=spoke.get(a.id, 0),
            )
            self.conn.execute(
                "INSERT INTO article_actors (article_id, local_id, actor_id, name, type, country,"
                " sector, code, role, mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc.document.id, a.id, ids[a.id], a.name, a.type, a.country, a.sector,
                    a.code, a.role, json.dumps([list(m) for m in a.mentions]),
                ),
            )  # fmt: skip
        return ids

    def _write_statements(self, doc: Document, actor_ids: dict[str, int]) -> None:
        aid = doc.document.id
        rows = [
            (
                aid, s.id, s.speaker, actor_ids.get(s.speaker or ""),
                *(s.speaker_span or (None, None)), s.cue, *s.cue_span, s.kind,
                s.content, *s.content_span, s.stance, s.claim, s.parent, s.addressee, s.medium,
                json.dumps([list(p) for p in s.content_parts]) if s.content_parts else None,
            )
            for s in doc.statements
        ]  # fmt: skip
        self.conn.executemany(
            "INSERT INTO statements (article_id, local_id, speaker, actor_id, speaker_start,"
            " speaker_end, cue, cue_start, cue_end, kind, content, content_start, content_end,"
            " stance, claim, parent, addressee, medium, content_parts)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        self.conn.execute(
            "INSERT INTO statements_fts (rowid, content)"
            " SELECT rowid, content FROM statements WHERE article_id = ?",
            (aid,),
        )

    # -- reading -------------------------------------------------------------

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(sql, params)]

    def _fts(self, sql: str, params: list[Any], query_index: int) -> list[dict[str, Any]]:
        """Run an FTS5 query; if the user's query is not FTS5 syntax, match its words instead."""
        try:
            return self._query(sql, params)
        except sqlite3.OperationalError as exc:
            if "fts5" not in str(exc) and "syntax" not in str(exc):
                raise
        params = list(params)
        params[query_index] = _fts_phrase(params[query_index])
        return self._query(sql, params)

    def counts(self) -> dict[str, int]:
        tables = ("articles", "article_urls", "actors", "statements", "claims", "claim_stances", "events")
        return {t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}

    def resolve_article(self, ref: str) -> str | None:
        """Full article id from an id, a unique id prefix, or a url."""
        row = self.conn.execute("SELECT id FROM articles WHERE id = ?", (ref,)).fetchone()
        if row:
            return row[0]
        rows = self.conn.execute(
            "SELECT DISTINCT article_id FROM article_urls WHERE url = ? OR source = ?", (ref, ref)
        ).fetchall()
        if len(rows) == 1:
            return rows[0][0]
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE id LIKE ? LIMIT 2", (ref.replace("%", "") + "%",)
        ).fetchall()
        return rows[0][0] if len(rows) == 1 else None

    def article(self, article_id: str) -> dict[str, Any] | None:
        rows = self._query("SELECT * FROM articles WHERE id = ?", (article_id,))
        if not rows:
            return None
        art = rows[0]
        art.pop("seq", None)
        art["urls"] = [
            r["url"] for r in self._query("SELECT url FROM article_urls WHERE article_id = ?", (article_id,))
        ]
        return art

    def statements(
        self,
        *,
        speaker: str | None = None,
        country: str | None = None,
        stance: str | None = None,
        since: str | None = None,
        until: str | None = None,
        text: str | None = None,
        article: str | None = None,
        outlet: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Statements with speaker, article and date; every filter narrows."""
        where, params = [], []  # type: ignore[var-annotated]
        if speaker:
            like = f"%{speaker}%"
            where.append("(act.name LIKE ? OR act.aliases LIKE ? OR aa.name LIKE ?)")
            params += [like, like, like]
        if country:
            where.append("(act.country = ? OR aa.country = ?)")
            params += [country.upper()] * 2
        if stance:
            where.append("s.stance = ?")
            params.append(stance)
        if since:
            where.append("a.published >= ?")
            params.append(since)
        if until:
            where.append("a.published <= ?")
            params.append(until)
        if article:
            where.append("s.article_id = ?")
            params.append(article)
        if outlet:
            where.append("a.outlet LIKE ?")
            params.append(f"%{outlet}%")
        text_index = -1
        if text:
            where.append("s.rowid IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)")
            text_index = len(params)
            params.append(text)
        parts = "s.content_parts" if self._has_parts else "NULL AS content_parts"
        sql = _STATEMENTS_SQL.format(parts=parts) + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY a.published, s.article_id, s.content_start"
        if limit:
            sql += f" LIMIT {int(limit)}"
        if text:
            return self._fts(sql, params, text_index)
        return self._query(sql, params)

    def actors(
        self, *, country: str | None = None, name: str | None = None, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Store actors with their statement counts, most quoted first."""
        where, params = [], []  # type: ignore[var-annotated]
        if country:
            where.append("act.country = ?")
            params.append(country.upper())
        if name:
            where.append("(act.name LIKE ? OR act.aliases LIKE ?)")
            params += [f"%{name}%"] * 2
        sql = (
            "SELECT act.*, (SELECT COUNT(*) FROM statements s WHERE s.actor_id = act.id) AS statements"
            " FROM actors act" + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY statements DESC, act.n_mentions DESC, act.name"
        )  # fmt: skip
        if limit:
            sql += f" LIMIT {int(limit)}"
        rows = self._query(sql, params)
        for r in rows:
            r["aliases"], r["roles"] = json.loads(r["aliases"]), json.loads(r["roles"])
            r.pop("key", None)
            r.pop("surname", None)
        return rows

    def search(self, query: str, *, articles: bool = False, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text hits, best first; `hit` marks matched words with [[ ]]."""
        if articles:
            sql = (
                "SELECT a.id AS article_id, a.title, a.published, a.outlet, a.url,"
                " snippet(articles_fts, 1, '[[', ']]', ' … ', 16) AS hit"
                " FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid"
                " WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?"
            )
        else:
            sql = (
                "SELECT s.article_id, s.local_id, s.stance, s.kind, s.cue, s.content_start, s.content_end,"
                " COALESCE(act.name, aa.name) AS speaker, a.title, a.published, a.outlet,"
                " highlight(statements_fts, 0, '[[', ']]') AS hit"
                " FROM statements_fts JOIN statements s ON s.rowid = statements_fts.rowid"
                " JOIN articles a ON a.id = s.article_id"
                " LEFT JOIN article_actors aa ON aa.article_id = s.article_id AND aa.local_id = s.speaker"
                " LEFT JOIN actors act ON act.id = s.actor_id"
                " WHERE statements_fts MATCH ? ORDER BY rank LIMIT ?"
            )
        return self._fts(sql, [query, int(limit)], 0)

    def article_ids(self) -> Iterator[str]:
        for (aid,) in self.conn.execute("SELECT id FROM articles ORDER BY seq"):
            yield aid

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        from claimgraph.store.schema import EXPORT_TABLES

        if table not in EXPORT_TABLES:
            raise StoreError(f"unknown table {table!r}; use one of {', '.join(EXPORT_TABLES)}")
        cur = self.conn.execute(f"SELECT * FROM {table}")
        for r in cur:
            yield dict(r)

    def document(self, article_id: str) -> Document | None:
        """The contract Document of a stored article, rebuilt from its rows."""
        art = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if art is None:
            return None
        q = self.conn.execute
        actors = [
            Actor(
                id=r["local_id"], name=r["name"], type=r["type"], country=r["country"],
                sector=r["sector"], code=r["code"], role=r["role"],
                mentions=[tuple(m) for m in json.loads(r["mentions"])],
            )
            for r in q("SELECT * FROM article_actors WHERE article_id = ? ORDER BY rowid", (article_id,))
        ]  # fmt: skip
        statements = [
            Statement(
                id=r["local_id"], speaker=r["speaker"],
                speaker_span=_span(r["speaker_start"], r["speaker_end"]), cue=r["cue"],
                cue_span=(r["cue_start"], r["cue_end"]), kind=r["kind"], content=r["content"],
                content_span=(r["content_start"], r["content_end"]), stance=r["stance"],
                claim=r["claim"], parent=r["parent"], addressee=r["addressee"], medium=r["medium"],
                content_parts=_parts(r["content_parts"]) if self._has_parts else None,
            )
            for r in q("SELECT * FROM statements WHERE article_id = ? ORDER BY rowid", (article_id,))
        ]  # fmt: skip
        return Document(
            document=DocumentMeta(
                id=art["id"], title=art["title"], source=art["source"], url=art["url"],
                published=art["published"], outlet=art["outlet"],
            ),
            actors=actors, statements=statements,
            claims=_read_claims(self.conn, article_id), events=_read_events(self.conn, article_id),
        )  # fmt: skip


_STATEMENTS_SQL = (
    "SELECT s.article_id, s.local_id AS statement, COALESCE(act.name, aa.name) AS speaker,"
    " s.actor_id, COALESCE(act.country, aa.country) AS country, aa.code AS code,"
    " s.cue, s.kind, s.stance, s.content, s.speaker_start, s.speaker_end, s.cue_start, s.cue_end,"
    " s.content_start, s.content_end, s.claim, s.parent, {parts},"
    " a.title, a.published, a.outlet, a.url"
    " FROM statements s JOIN articles a ON a.id = s.article_id"
    " LEFT JOIN article_actors aa ON aa.article_id = s.article_id AND aa.local_id = s.speaker"
    " LEFT JOIN actors act ON act.id = s.actor_id"
)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error: a batch is all or nothing."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")


# -- claims and events -------------------------------------------------------
# Kept as separate functions: the claims issue replaces `_write_claims` with
# cross-article claim assignment (filling claims.cluster_id), and the events
# issue reads the events table for `export --format gdelt`.


def _write_claims(
    conn: sqlite3.Connection, doc: Document, actor_ids: dict[str, int], index: Any = None
) -> None:
    aid = doc.document.id
    for c in doc.claims:
        conn.execute(
            "INSERT INTO claims (article_id, local_id, text, agent, predicate, theme, recipient, spans)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (aid, c.id, c.text, c.agent, c.predicate, c.theme, c.recipient,
             json.dumps([list(s) for s in c.spans])),
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO claim_stances (article_id, claim, actor, actor_id, stance, statement)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(aid, c.id, st.actor, actor_ids.get(st.actor or ""), st.stance, st.statement)
             for st in c.stances],
        )  # fmt: skip
    # claims issue: cross-article assignment fills claims.cluster_id.
    from claimgraph.claims.store import assign_document

    assign_document(conn, doc, index)


def _read_claims(conn: sqlite3.Connection, article_id: str) -> list[Claim]:
    stances: dict[str, list[ClaimStance]] = {}
    for r in conn.execute(
        "SELECT * FROM claim_stances WHERE article_id = ? ORDER BY rowid", (article_id,)
    ):
        stances.setdefault(r["claim"], []).append(
            ClaimStance(actor=r["actor"], stance=r["stance"], statement=r["statement"])
        )
    return [
        Claim(
            id=r["local_id"], text=r["text"], stances=stances.get(r["local_id"], []),
            agent=r["agent"], predicate=r["predicate"], theme=r["theme"], recipient=r["recipient"],
            spans=[tuple(s) for s in json.loads(r["spans"])],
        )
        for r in conn.execute("SELECT * FROM claims WHERE article_id = ? ORDER BY rowid", (article_id,))
    ]  # fmt: skip


def _write_events(conn: sqlite3.Connection, doc: Document, actor_ids: dict[str, int]) -> None:
    aid = doc.document.id
    conn.executemany(
        "INSERT INTO events (article_id, local_id, source, target, source_actor, target_actor, cameo,"
        " plover, quad_class, goldstein, trigger, trigger_start, trigger_end, sentence_start,"
        " sentence_end, statement, negated, hypothetical)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (aid, e.id, e.source, e.target, actor_ids.get(e.source or ""),
             actor_ids.get(e.target or ""), e.cameo, e.plover, e.quad_class, e.goldstein,
             e.trigger, *e.trigger_span, *e.sentence_span, e.statement, int(e.negated),
             int(e.hypothetical))
            for e in doc.events
        ],
    )  # fmt: skip


def _read_events(conn: sqlite3.Connection, article_id: str) -> list[Event]:
    return [
        Event(
            id=r["local_id"], source=r["source"], target=r["target"], cameo=r["cameo"],
            plover=r["plover"], quad_class=r["quad_class"], goldstein=r["goldstein"],
            trigger=r["trigger"], trigger_span=(r["trigger_start"], r["trigger_end"]),
            sentence_span=(r["sentence_start"], r["sentence_end"]), statement=r["statement"],
            negated=bool(r["negated"]), hypothetical=bool(r["hypothetical"]),
        )
        for r in conn.execute("SELECT * FROM events WHERE article_id = ? ORDER BY rowid", (article_id,))
    ]  # fmt: skip


__all__ = ["SCHEMA_VERSION", "Store", "StoreError"]
