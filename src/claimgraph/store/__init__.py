"""The store: SQLite with FTS5 in one file (`Store`), filled by `claimgraph ingest`."""

from claimgraph.store.sqlite import Store, StoreError

__all__ = ["Store", "StoreError"]
