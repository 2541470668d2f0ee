"""SQLite tables of the store. Columns follow the document contract; spans are
kept as `*_start`/`*_end` character offsets into `articles.text`."""

STORE_VERSION = "claimgraph.store/1"

DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);

CREATE TABLE IF NOT EXISTS articles (
    seq INTEGER PRIMARY KEY,     -- stable rowid for the full-text index
    id TEXT NOT NULL UNIQUE,     -- claimgraph.pipeline.document_id(text)
    title TEXT, url TEXT, published TEXT, outlet TEXT, source TEXT,
    text TEXT NOT NULL,
    n_chars INTEGER, n_words INTEGER,
    -- row counts written with the article; a whole document has all of them
    n_actors INTEGER, n_statements INTEGER, n_claims INTEGER, n_events INTEGER,
    schema TEXT, ingested_at TEXT
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);

-- every url (and source) an article was seen at: same text, one article
CREATE TABLE IF NOT EXISTS article_urls (
    article_id TEXT NOT NULL REFERENCES articles(id),
    url TEXT NOT NULL,
    source TEXT,
    PRIMARY KEY (article_id, url)
);

-- one row per actor across all articles
CREATE TABLE IF NOT EXISTS actors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT, country TEXT, sector TEXT, code TEXT,
    key TEXT NOT NULL,          -- normalised name, or code: for states/institutions
    surname TEXT,               -- last name token of persons, for short mentions
    aliases TEXT NOT NULL DEFAULT '[]',   -- JSON list of names as written
    roles TEXT NOT NULL DEFAULT '[]',     -- JSON list of roles as written
    n_articles INTEGER NOT NULL DEFAULT 0,
    n_mentions INTEGER NOT NULL DEFAULT 0,
    n_statements INTEGER NOT NULL DEFAULT 0,
    first_seen TEXT, last_seen TEXT,      -- publication dates
    first_article TEXT, last_article TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS actors_key ON actors(key);
CREATE INDEX IF NOT EXISTS actors_surname ON actors(surname);
CREATE INDEX IF NOT EXISTS actors_country ON actors(country);

-- an article's actor (contract id A1...) and the store actor it resolved to
CREATE TABLE IF NOT EXISTS article_actors (
    article_id TEXT NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL,
    actor_id INTEGER REFERENCES actors(id),
    name TEXT NOT NULL, type TEXT, country TEXT, sector TEXT, code TEXT, role TEXT,
    mentions TEXT NOT NULL DEFAULT '[]',  -- JSON [[start, end], ...]
    PRIMARY KEY (article_id, local_id)
);
CREATE INDEX IF NOT EXISTS article_actors_actor ON article_actors(actor_id);

CREATE TABLE IF NOT EXISTS statements (
    rowid INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL,
    speaker TEXT,                -- article actor id (A1)
    actor_id INTEGER REFERENCES actors(id),
    speaker_start INTEGER, speaker_end INTEGER,
    cue TEXT, cue_start INTEGER, cue_end INTEGER,
    kind TEXT,
    content TEXT, content_start INTEGER, content_end INTEGER,
    stance TEXT,
    claim TEXT, parent TEXT, addressee TEXT, medium TEXT,
    content_parts TEXT,          -- JSON [[start, end], ...]: a quotation broken by its cue
    UNIQUE (article_id, local_id)
);
CREATE INDEX IF NOT EXISTS statements_actor ON statements(actor_id);

CREATE TABLE IF NOT EXISTS claims (
    article_id TEXT NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL,
    text TEXT NOT NULL,
    agent TEXT, predicate TEXT, theme TEXT, recipient TEXT,
    spans TEXT NOT NULL DEFAULT '[]',     -- JSON [[start, end], ...]
    cluster_id TEXT,                       -- cross-article claim (claims issue)
    PRIMARY KEY (article_id, local_id)
);

CREATE TABLE IF NOT EXISTS claim_stances (
    article_id TEXT NOT NULL REFERENCES articles(id),
    claim TEXT NOT NULL,
    actor TEXT,                  -- article actor id
    actor_id INTEGER REFERENCES actors(id),
    stance TEXT NOT NULL,
    statement TEXT
);
CREATE INDEX IF NOT EXISTS claim_stances_claim ON claim_stances(article_id, claim);

CREATE TABLE IF NOT EXISTS events (
    article_id TEXT NOT NULL REFERENCES articles(id),
    local_id TEXT NOT NULL,
    source TEXT, target TEXT,    -- article actor ids
    source_actor INTEGER REFERENCES actors(id), target_actor INTEGER REFERENCES actors(id),
    cameo TEXT, plover TEXT, quad_class INTEGER, goldstein REAL,
    trigger TEXT, trigger_start INTEGER, trigger_end INTEGER,
    sentence_start INTEGER, sentence_end INTEGER,
    statement TEXT, negated INTEGER, hypothetical INTEGER,
    PRIMARY KEY (article_id, local_id)
);

-- full text: external-content indexes, kept in step by the writer
CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(
    content, content='statements', content_rowid='rowid');
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, content='articles', content_rowid='seq');
"""

# Tables that `export --format csv|parquet` writes, in order.
EXPORT_TABLES = (
    "articles",
    "article_urls",
    "actors",
    "article_actors",
    "statements",
    "claims",
    "claim_stances",
    "events",
)


# Columns added after a store version was first written, with their types:
# an older file gains them when opened for writing (rows stored before keep NULL).
ADDED_COLUMNS = {"statements": {"content_parts": "TEXT"}}
