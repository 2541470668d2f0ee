"""Run `extract` over whole corpora and count exceptions (run by hand, not in CI).

    .venv/bin/python bench/robustness.py            # PolNeAR train+dev and FNC-1 bodies

Prints documents, statements and every exception with the document it came from.
"""

from __future__ import annotations

import csv
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def corpora():
    for split in ("train", "dev"):
        for p in sorted((SHARED / "polnear" / split / "text").glob("*.txt")):
            yield f"polnear/{split}/{p.name}", p.read_text(encoding="utf-8")
    csv.field_size_limit(10**8)
    with (SHARED / "fnc1" / "train_bodies.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            yield f"fnc1/{row['Body ID']}", row["articleBody"]


def main() -> None:
    if not SHARED.exists():
        sys.exit(f"{SHARED}: not found")
    from claimgraph.pipeline import InputError, extract

    n = errors = statements = rejected = 0
    t0 = time.perf_counter()
    for name, text in corpora():
        n += 1
        try:
            doc = extract(text)
            statements += len(doc.statements)
        except InputError as exc:  # empty bodies: a clear refusal, not a crash
            rejected += 1
            print(f"rejected {name}: {exc}")
        except Exception:  # noqa: BLE001 - we count every crash
            errors += 1
            print(f"EXCEPTION {name}:\n{traceback.format_exc()}")
    print(f"documents {n}, statements {statements}, rejected as bad input {rejected}, exceptions {errors}, {time.perf_counter() - t0:.0f} s")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
