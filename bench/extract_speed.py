"""Words/second for bare spaCy parsing and for the full `extract`, on FNC-1 bodies.

Run by hand (not in CI):  .venv/bin/python bench/extract_speed.py [--limit N]
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
    list(nlp.pipe(texts[:20]))  # warm up
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_statements = 0
    for doc in extract_many(texts, model=args.model):
        n_statements += len(doc.statements)
    full = time.perf_counter() - t0

    print(f"documents: {len(texts)}  words: {words}")
    print(f"bare spaCy parse : {words / bare:10.0f} words/s  ({bare:.1f} s)")
    print(f"full extract     : {words / full:10.0f} words/s  ({full:.1f} s, {n_statements} statements)")
    print(f"extract / parse time ratio: {full / bare:.3f}  (overhead {100 * (full / bare - 1):+.1f}%)")


if __name__ == "__main__":
    main()
