"""Time to assign one more claim as the store grows to 100,000 claims.

    .venv/bin/python bench/claims_scale.py [--max 100000] [--db /tmp/claims_bench.db]
    .venv/bin/python bench/claims_scale.py --recluster [--sizes 1000,5000,20000,100000]

Synthetic propositions (agent, predicate, theme, recipient and a few filler
words from made-up vocabularies) go through the same `assign` and SQLite
index the store uses. At 1k, 10k and 100k claims the script times assigning
one more claim (median of 25 probes, each rolled back). Sub-linear growth
means the index, not a scan, finds the candidates.

`--recluster` times instead the rebuild (`cluster_all`, what `claimgraph
recluster` runs) on collections of each size: propositions worded one to
eight times (same parties and theme, a verb of the same class, other filler
words), so there are clusters to find. It reports the seconds and how well
the rebuild recovers the propositions (ARI). Near-linear growth means no
step compares all pairs of claims or clusters.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sqlite3
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from claimgraph.claims.assign import SqliteIndex, assign, claim_terms, cluster_all
from claimgraph.claims.lexicon import lexicon
from claimgraph.schema import Claim

CHECKPOINTS = (1_000, 10_000, 100_000)
RECLUSTER_SIZES = (1_000, 5_000, 20_000, 100_000)


def _words(rng: random.Random, n: int, length: int) -> list[str]:
    letters = "bcdfghklmnprstvz"
    vowels = "aeiou"
    out = set()
    while len(out) < n:
        out.add("".join(rng.choice(letters) + rng.choice(vowels) for _ in range(length)))
    return sorted(out)


class Synth:
    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.names = _words(self.rng, 2000, 3)
        self.things = _words(self.rng, 5000, 2)
        self.fill = _words(self.rng, 20000, 3)
        self.verbs = sorted(lexicon().verb_class)

    def claim(self) -> Counter[str]:
        r = self.rng
        agent, recipient = r.choice(self.names), r.choice(self.names)
        verb, theme = r.choice(self.verbs), r.choice(self.things)
        extra = " ".join(r.choice(self.fill) for _ in range(r.randint(2, 6)))
        text = f"{agent.title()} {verb} {theme} to {recipient.title()} {extra}"
        c = Claim(id="C1", text=text, agent=agent.title(), recipient=recipient.title())
        return claim_terms(c)

    def worded(self, n: int) -> tuple[list[Counter[str]], list[int], list[str]]:
        """n claims in groups: each proposition worded 1-8 times, one article per wording.

        Vocabularies grow with n, as in news. Actors and the extra filler
        words follow Zipf's law (a few are everywhere); the theme and topic
        words that tell one proposition from another are drawn evenly. Returns the claims' terms, the proposition of each and
        its article."""
        r = self.rng
        by_class: dict[str, list[str]] = {}
        for verb, cls in lexicon().verb_class.items():
            by_class.setdefault(cls, []).append(verb)
        classes = sorted(by_class)
        sizes = (max(500, n // 4), max(1000, n // 4), max(5000, n), max(2000, n // 4))
        pool = _stems(r, sum(sizes))
        r.shuffle(pool)
        cuts = list(itertools.accumulate(sizes))
        names, things, topics, fill = (pool[a:b] for a, b in zip([0, *cuts[:-1]], cuts, strict=True))
        names, fill = _Zipf(r, names), _Zipf(r, fill, 0.0)
        vectors: list[Counter[str]] = []
        gold: list[int] = []
        articles: list[str] = []
        prop = 0
        while len(vectors) < n:
            agent, recipient, theme = names(), names(), r.choice(things)
            verbs = sorted(by_class[r.choice(classes)])
            topic = r.sample(topics, 3)
            for _ in range(min(r.randint(1, 8), n - len(vectors))):
                words = r.sample(topic, 2) + [fill() for _ in range(r.randint(0, 3))]
                text = f"{agent.title()} {r.choice(verbs)} {theme} to {recipient.title()} {' '.join(words)}"
                c = Claim(id="C1", text=text, agent=agent.title(), recipient=recipient.title())
                vectors.append(claim_terms(c))
                gold.append(prop)
                articles.append(f"art{len(vectors)}")
            prop += 1
        return vectors, gold, articles


def _stems(rng: random.Random, n: int) -> list[str]:
    """n made-up words that differ in their first five letters (terms compare by those)."""
    cons, vowels = "bcdfghjklmnpqrstvwxz", "aeiou"
    out: set[str] = set()
    while len(out) < n:
        out.add("".join(rng.choice(cons) + rng.choice(vowels) for _ in range(2)) + rng.choice(cons) + "a")
    return sorted(out)


class _Zipf:
    """Draws words with probability proportional to 1 / rank ** s."""

    def __init__(self, rng: random.Random, words: list[str], s: float = 1.0) -> None:
        self.rng, self.words = rng, words
        rng.shuffle(words)
        self.cum = list(itertools.accumulate(1 / (k + 1) ** s for k in range(len(words))))

    def __call__(self) -> str:
        return self.rng.choices(self.words, cum_weights=self.cum)[0]


def time_recluster(sizes: list[int]) -> None:
    from claimgraph.eval.emergent import adjusted_rand_index

    results = []
    for n in sizes:
        vectors, gold, articles = Synth().worded(n)
        t0 = time.perf_counter()
        labels = cluster_all(vectors, groups=articles)
        secs = time.perf_counter() - t0
        ari = adjusted_rand_index(gold, labels)
        results.append((n, secs))
        print(f"{n:>7} claims ({len(set(gold)):>6} propositions): recluster {secs:8.2f} s"
              f"  {len(set(labels)):>6} clusters  ARI {ari:.3f}", flush=True)  # fmt: skip
    if len(results) >= 2:
        (n0, t0), (n1, t1) = results[0], results[-1]
        print(f"claims x{n1 / n0:.0f} -> time x{t1 / t0:.2f} (linear would be x{n1 / n0:.0f})")


def probe(conn: sqlite3.Connection, index: SqliteIndex, synth: Synth, n: int = 25) -> float:
    times = []
    for _ in range(n):
        terms = synth.claim()
        conn.execute("SAVEPOINT probe")
        index.forget()  # cold: everything read from the tables, as for a batch's first claim
        index.size()  # a running ingest keeps the count up to date; not part of one claim's cost
        t0 = time.perf_counter()
        assign(index, terms)
        times.append(time.perf_counter() - t0)
        conn.execute("ROLLBACK TO probe")
        conn.execute("RELEASE probe")
    index.forget()  # what the probes read was rolled back
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--max", type=int, default=CHECKPOINTS[-1])
    ap.add_argument("--db", type=Path, default=None)
    ap.add_argument("--recluster", action="store_true", help="time the rebuild (cluster_all) instead")
    ap.add_argument("--sizes", default=",".join(map(str, RECLUSTER_SIZES)), help="claims per rebuild")
    args = ap.parse_args()
    if args.recluster:
        time_recluster([int(x) for x in args.sizes.split(",")])
        return
    path = args.db or Path(tempfile.mkdtemp()) / "claims_bench.db"
    if path.exists():
        path.unlink()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    index = SqliteIndex(conn)
    synth = Synth()
    grown, t_start = 0, time.perf_counter()
    results = []
    for target in [c for c in CHECKPOINTS if c <= args.max] or [args.max]:
        conn.execute("BEGIN")
        while grown < target:
            assign(index, synth.claim())
            grown += 1
            if grown % 5000 == 0:
                conn.execute("COMMIT")
                conn.execute("BEGIN")
                index.forget()  # one index per transaction, as the store uses it
        conn.execute("COMMIT")
        conn.execute("BEGIN")
        ms = probe(conn, index, synth) * 1000
        conn.execute("COMMIT")
        results.append((target, index.size(), ms))
        print(f"{target:>7} claims ({index.size():>7} clusters): assign one more {ms:7.2f} ms"
              f"   [grown in {time.perf_counter() - t_start:6.1f} s]", flush=True)  # fmt: skip
    if len(results) >= 2:
        (n0, _, t0), (n1, _, t1) = results[0], results[-1]
        print(f"claims x{n1 / n0:.0f} -> time x{t1 / t0:.2f} (linear would be x{n1 / n0:.0f})")


if __name__ == "__main__":
    main()
