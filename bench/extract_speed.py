"""Words/second for bare spaCy parsing and for the full `extract`, on FNC-1 bodies.

Run by hand (not in CI):  .venv/bin/python bench/extract_speed.py [--limit N] [--rounds R]
The goal: extraction adds no more than 15% to the parse.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "fnc1" / "train_bodies.csv"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--csv", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--model", default=None)
    ap.add_argument("--rounds", type=int, default=6, help="slices the two runs alternate on")
    args = ap.parse_args()
    if not args.csv.exists():
        sys.exit(f"{args.csv}: not found (needs ../shared/data/fnc1)")
    csv.field_size_limit(10**8)
    with args.csv.open(encoding="utf-8") as f:
        texts = [r["articleBody"] for r in csv.DictReader(f) if r["articleBody"].strip()]
    texts = texts[: args.limit] if args.limit else texts
    words = sum(len(t.split()) for t in texts)

    from claimgraph import nlp as nlp_mod
    from claimgraph.pipeline import extract_many

    nlp = nlp_mod.load(args.model)
    list(nlp.pipe(texts[:20]))  # warm up both, lexicons included
    list(extract_many(texts[:20], model=args.model))
    # the two runs take turns on slices of the corpus: on a shared machine whose speed
    # drifts over minutes, one long run of each compares two different machines
    bare = full = bare_cpu = full_cpu = 0.0
    n_statements = 0
    step = -(-len(texts) // max(1, args.rounds))
    for at in range(0, len(texts), step):
        part = texts[at : at + step]
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in nlp.pipe(part, batch_size=64):
            pass
        t1, c1 = time.perf_counter(), time.process_time()
        for doc in extract_many(part, model=args.model):
            n_statements += len(doc.statements)
        t2, c2 = time.perf_counter(), time.process_time()
        bare, full = bare + t1 - t0, full + t2 - t1
        bare_cpu, full_cpu = bare_cpu + c1 - c0, full_cpu + c2 - c1

    print(f"documents: {len(texts)}  words: {words}  rounds: {args.rounds}")
    print(f"bare spaCy parse : {words / bare:10.0f} words/s  ({bare:.1f} s)")
    print(f"full extract     : {words / full:10.0f} words/s  ({full:.1f} s, {n_statements} statements)")
    print(f"extract / parse time ratio: {full / bare:.3f}  (overhead {100 * (full / bare - 1):+.1f}%)")
    print(f"by CPU time: {full_cpu / bare_cpu:.3f}  ({bare_cpu:.1f} s against {full_cpu:.1f} s)")


if __name__ == "__main__":
    main()
