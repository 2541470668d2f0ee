"""`claimgraph ingest`: read, skip what is stored, parse in batches, write each batch at once.

Reading, de-duplication and writing run in this process; parsing and the
pipeline stages run in-process (`jobs=1`) or in `jobs` spawned workers that
each load the spaCy model once. At most `2 * jobs` batches are in flight, so
memory stays flat however large the corpus is.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from claimgraph.io.readers import ReadOptions, read_paths
from claimgraph.io.records import Record
from claimgraph.pipeline import InputError, check_text, document_id
from claimgraph.schema import Document, DocumentMeta
from claimgraph.store.sqlite import Store

# spaCy's own default limit; longer texts need far more memory to parse.
MAX_CHARS = 1_000_000

# (article id, text, meta) goes to a worker; (article id, Document | None, error | None) comes back.
Job = tuple[str, str, DocumentMeta]
Result = tuple[str, Document | None, str | None]


@dataclass
class IngestOptions:
    batch_size: int = 32
    jobs: int = 1
    model: str | None = None
    max_chars: int = MAX_CHARS
    read: ReadOptions = field(default_factory=ReadOptions)


@dataclass
class Skip:
    source: str
    reason: str


@dataclass
class Summary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    skipped: list[Skip] = field(default_factory=list)
    statements: int = 0
    words: int = 0
    seconds: float = 0.0

    def reasons(self) -> Counter:
        """Skip counts by the first clause of the reason ("invalid JSON line", ...)."""
        return Counter(s.reason.split(":")[0] for s in self.skipped)

    def as_dict(self) -> dict:
        return {
            "read": self.read,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "skipped": len(self.skipped),
            "skipped_by_reason": dict(self.reasons()),
            "statements": self.statements,
            "words": self.words,
            "seconds": round(self.seconds, 2),
            "docs_per_second": round(self.stored / self.seconds, 2) if self.seconds else None,
        }


# -- the per-batch work (runs in a worker or in-process) -----------------------


def analyse_batch(jobs: list[Job], model: str | None, batch_size: int) -> list[Result]:
    """Parse a batch through nlp.pipe and run the stages; a failing document fails alone."""
    from claimgraph import nlp as nlp_mod
    from claimgraph.pipeline import analyse

    out: list[Result] = []
    # the same paragraph-wise parse as `extract`, so ingest stores what extract prints
    docs = nlp_mod.parse_many((text for _id, text, _meta in jobs), model)
    try:
        for (doc_id, _text, meta), doc in zip(jobs, docs, strict=False):
            out.append(_analyse_one(doc_id, lambda d=doc: d, meta, analyse))
    except Exception:  # the parser itself failed mid-batch: finish one by one
        for doc_id, text, meta in jobs[len(out) :]:
            out.append(_analyse_one(doc_id, lambda t=text: nlp_mod.parse(t, model), meta, analyse))
    return out


def _analyse_one(doc_id: str, get_doc: Callable, meta: DocumentMeta, analyse: Callable) -> Result:
    try:
        return doc_id, analyse(get_doc(), meta), None
    except Exception as exc:
        return doc_id, None, f"analysis failed: {type(exc).__name__}: {exc}"


_WORKER: dict = {}


def _init_worker(model: str | None, batch_size: int) -> None:
    from claimgraph import nlp as nlp_mod

    nlp_mod.load(model)  # once per worker process
    _WORKER.update(model=model, batch_size=batch_size)


def _worker_batch(jobs: list[Job]) -> list[Result]:
    return analyse_batch(jobs, _WORKER["model"], _WORKER["batch_size"])


# -- the run -------------------------------------------------------------------


def _meta(record: Record, doc_id: str) -> DocumentMeta:
    return DocumentMeta(
        id=doc_id, title=record.title, source=record.source, url=record.url,
        published=record.published, outlet=record.outlet,
    )  # fmt: skip


def _reject(record: Record, max_chars: int) -> str | None:
    """Why a record cannot be analysed, or None."""
    if record.error:
        return record.error
    try:
        check_text(record.text)
    except InputError as exc:
        return str(exc)
    if len(record.text) > max_chars:
        return f"too long: {len(record.text):,} characters (limit {max_chars:,}; see --max-chars)"
    return None


class Ingest:
    """One ingest run into an open store; `run(paths)` returns the Summary."""

    def __init__(
        self,
        store: Store,
        options: IngestOptions,
        on_progress: Callable[[Summary], None] | None = None,
        on_skip: Callable[[Skip], None] | None = None,
    ):
        self.store, self.opt = store, options
        self.summary = Summary()
        self.on_progress = on_progress or (lambda s: None)
        self.on_skip = on_skip or (lambda s: None)
        self.pending: dict[str, Record] = {}  # in flight, by article id
        self.extra_urls: list[tuple[str, str | None, str | None]] = []

    def skip(self, source: str, reason: str) -> None:
        item = Skip(source, reason)
        self.summary.skipped.append(item)
        self.on_skip(item)
        self.on_progress(self.summary)

    def batches(self, records: Iterable[Record]) -> Iterator[list[Job]]:
        """New documents in batches; rejects, duplicates and stored ones are counted, not parsed."""
        batch: list[Job] = []
        for record in records:
            self.summary.read += 1
            reason = _reject(record, self.opt.max_chars)
            if reason:
                self.skip(record.source, reason)
                continue
            doc_id = document_id(record.text)
            if doc_id in self.pending or self.store.has_article(doc_id):
                # Seen before (this run or an earlier one): keep the url, skip the parse.
                self.summary.duplicates += 1
                self.extra_urls.append((doc_id, record.url, record.source))
                self.on_progress(self.summary)
                continue
            self.pending[doc_id] = record
            batch.append((doc_id, record.text, _meta(record, doc_id)))
            if len(batch) >= self.opt.batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    def write(self, results: list[Result]) -> None:
        items = []
        for doc_id, doc, error in results:
            record = self.pending.pop(doc_id)
            if doc is None:
                self.skip(record.source, error or "analysis failed")
                continue
            items.append((record, doc))
        # Sightings of articles still in flight wait for their batch.
        urls = [u for u in self.extra_urls if u[0] not in self.pending]
        self.extra_urls = [u for u in self.extra_urls if u[0] in self.pending]
        self.store.add_documents(items, urls)
        self.summary.stored += len(items)
        self.summary.statements += sum(len(d.statements) for _r, d in items)
        self.summary.words += sum(len(r.text.split()) for r, _d in items)
        self.on_progress(self.summary)

    def run(self, paths: Iterable[str]) -> Summary:
        start = time.perf_counter()
        batches = self.batches(read_paths(paths, self.opt.read))
        try:
            if self.opt.jobs <= 1:
                for batch in batches:
                    self.write(analyse_batch(batch, self.opt.model, self.opt.batch_size))
            else:
                self._run_pool(batches)
            if self.extra_urls:
                self.store.add_urls(self.extra_urls)
                self.extra_urls = []
        finally:
            self.summary.seconds = time.perf_counter() - start
        return self.summary

    def _run_pool(self, batches: Iterator[list[Job]]) -> None:
        ctx = mp.get_context("spawn")  # fresh interpreters: no forked model or db handle
        pool = ctx.Pool(self.opt.jobs, _init_worker, (self.opt.model, self.opt.batch_size))
        try:
            in_flight: deque = deque()
            for batch in batches:
                in_flight.append(pool.apply_async(_worker_batch, (batch,)))
                while len(in_flight) >= 2 * self.opt.jobs:
                    self.write(in_flight.popleft().get())
            while in_flight:
                self.write(in_flight.popleft().get())
            pool.close()
        finally:
            pool.terminate()
            pool.join()


def ingest(
    paths: Iterable[str],
    db: str,
    options: IngestOptions | None = None,
    **callbacks: Callable,
) -> Summary:
    """Ingest files/folders/'-' into the store at `db` (created if missing)."""
    with Store.open(db) as store:
        return Ingest(store, options or IngestOptions(), **callbacks).run(paths)
