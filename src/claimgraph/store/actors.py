"""One store row per actor across articles.

An article's actor joins a stored one when:
- states and institutions (type state / organization) share a CAMEO code;
- persons and groups share a normalised name, or (persons) one name ends the
  other ("Farrow" / "Nadia Farrow" / "foreign ministry spokeswoman Nadia
  Farrow") and their codes and countries do not disagree.
Otherwise it becomes a new row. The stored name is the fullest proper name seen.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata

from claimgraph.schema import Actor

# Types merged by code rather than by name: a state or an institution has one code.
CODE_KEYED = frozenset({"state", "organization"})
_NON_WORD = re.compile(r"[^\w\s]")
_POSSESSIVE = re.compile(r"['’]s\b")


def normalise(name: str) -> str:
    """Lower case, no accents, no punctuation or possessive 's, single spaces."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = _POSSESSIVE.sub("", s.lower())
    return " ".join(_NON_WORD.sub(" ", s).split())


def actor_key(actor: Actor) -> str:
    if actor.type in CODE_KEYED and actor.code:
        return f"code:{actor.code}"
    return f"{actor.type}:{normalise(actor.name)}"


def _agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _ends_with(longer: list[str], shorter: list[str]) -> bool:
    return 0 < len(shorter) <= len(longer) and longer[-len(shorter) :] == shorter


def _is_proper(name: str) -> bool:
    """Every word capitalised: a name, not a description ("spokesman Ali ...")."""
    words = [w for w in re.split(r"\s+", name.strip()) if w[:1].isalpha()]
    return bool(words) and all(w[0].isupper() for w in words)


def _find_person(conn: sqlite3.Connection, actor: Actor, tokens: list[str]) -> sqlite3.Row | None:
    if not tokens:
        return None
    rows = conn.execute(
        "SELECT * FROM actors WHERE type = 'person' AND surname = ? ORDER BY n_mentions DESC, id",
        (tokens[-1],),
    ).fetchall()
    for row in rows:
        if not (_agree(row["code"], actor.code) and _agree(row["country"], actor.country)):
            continue
        stored = row["key"].split(":", 1)[1].split()
        if _ends_with(stored, tokens) or _ends_with(tokens, stored):
            return row
    return None


def find(conn: sqlite3.Connection, actor: Actor) -> sqlite3.Row | None:
    """The stored actor this article actor is, or None."""
    row = conn.execute("SELECT * FROM actors WHERE key = ?", (actor_key(actor),)).fetchone()
    if row is not None or actor.type != "person":
        return row
    return _find_person(conn, actor, normalise(actor.name).split())


def _add(values: list, new: str | None) -> list:
    if new and new not in values:
        values.append(new)
    return values


def _min(a: str | None, b: str | None) -> str | None:
    return min(x for x in (a, b) if x) if (a or b) else None


def _max(a: str | None, b: str | None) -> str | None:
    return max(x for x in (a, b) if x) if (a or b) else None


def upsert(
    conn: sqlite3.Connection,
    actor: Actor,
    *,
    article_id: str,
    published: str | None,
    n_statements: int,
) -> int:
    """Store actor id for an article's actor, creating or updating its row."""
    row = find(conn, actor)
    norm = normalise(actor.name)
    if row is None:
        cur = conn.execute(
            "INSERT INTO actors (name, type, country, sector, code, key, surname, aliases, roles,"
            " n_articles, n_mentions, n_statements, first_seen, last_seen, first_article, last_article)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)",
            (
                actor.name, actor.type, actor.country, actor.sector, actor.code,
                actor_key(actor), norm.split()[-1] if actor.type == "person" and norm else None,
                json.dumps([actor.name]), json.dumps([actor.role] if actor.role else []),
                len(actor.mentions), n_statements, published, published, article_id, article_id,
            ),
        )  # fmt: skip
        return int(cur.lastrowid)
    name, key = row["name"], row["key"]
    stored_tokens = key.split(":", 1)[1].split()
    # A fuller proper name replaces a shorter one ("Farrow" -> "Nadia Farrow").
    if (
        actor.type == "person"
        and row["type"] == "person"
        and _is_proper(actor.name)
        and len(norm.split()) > len(stored_tokens)
        and _ends_with(norm.split(), stored_tokens)
        and conn.execute("SELECT 1 FROM actors WHERE key = ?", (actor_key(actor),)).fetchone() is None
    ):
        name, key = actor.name, actor_key(actor)
    conn.execute(
        "UPDATE actors SET name = ?, key = ?, type = COALESCE(type, ?), country = COALESCE(country, ?),"
        " sector = COALESCE(sector, ?), code = COALESCE(code, ?), aliases = ?, roles = ?,"
        " n_articles = n_articles + 1, n_mentions = n_mentions + ?, n_statements = n_statements + ?,"
        " first_seen = ?, last_seen = ?,"
        " first_article = CASE WHEN ? < first_seen OR first_seen IS NULL THEN ? ELSE first_article END,"
        " last_article = CASE WHEN ? >= last_seen OR last_seen IS NULL THEN ? ELSE last_article END"
        " WHERE id = ?",
        (
            name, key, actor.type, actor.country, actor.sector, actor.code,
            json.dumps(_add(json.loads(row["aliases"]), actor.name)),
            json.dumps(_add(json.loads(row["roles"]), actor.role)),
            len(actor.mentions), n_statements,
            _min(row["first_seen"], published), _max(row["last_seen"], published),
            published, article_id, published, article_id, row["id"],
        ),
    )  # fmt: skip
    return int(row["id"])
