"""Ingest speed and memory on the FNC-1 bodies (run by hand, not in CI).

    .venv/bin/python bench/ingest_speed.py              # all 1,683 bodies, --jobs 1 and 2
    .venv/bin/python bench/ingest_speed.py --limit 300  # a quick try

For each job count it runs `claimgraph ingest` on the bodies (a CSV) into a
fresh SQLite file, then bare spaCy (`nlp.pipe` with the same model, batch
size and `n_process`) on the same texts, each in its own process. It prints
documents/s, words/s, the peak RSS of every process (sampled from /proc every
0.2 s, with the RSS trace over the run to show that it stays flat), the
jobs 2 / jobs 1 speed-up and ingest rate / bare spaCy rate.
Timing covers the whole command, start-up and model loading included.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMGRAPH_SHARED", ROOT.parent / "shared"))
BODIES = SHARED / "data" / "fnc1" / "train_bodies.csv"

BARE = """
import csv, sys, time
from claimgraph import nlp as nlp_mod
csv.field_size_limit(2**31 - 1)
path, jobs, batch, model = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] or None
texts = [r["articleBody"] for r in csv.DictReader(open(path, encoding="utf-8"))]
nlp = nlp_mod.load(model)
n = sum(1 for _ in nlp.pipe(texts, batch_size=batch, n_process=jobs))
print(n)
"""


def rss_mb(pid: int) -> float | None:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo += [int(c) for c in fh.read().split()]
        except OSError:
            pass
    return out


def run_sampled(cmd: list[str], interval: float = 0.2) -> dict:
    """Run a command; sample the RSS of it and its children; return wall time and traces."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    traces: dict[int, list[tuple[float, float]]] = {}
    while proc.poll() is None:
        t = time.perf_counter() - start
        for pid in descendants(proc.pid):
            mb = rss_mb(pid)
            if mb is not None:
                traces.setdefault(pid, []).append((t, mb))
        time.sleep(interval)
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    # only processes that lived a while (skip short-lived helpers such as resource trackers)
    procs = {pid: tr for pid, tr in traces.items() if max(mb for _t, mb in tr) > 50}
    return {"wall": wall, "stdout": out, "traces": procs}


def trace_summary(trace: list[tuple[float, float]]) -> str:
    """RSS at 25/50/75/100% of the process's life: flat means no growth with corpus size."""
    n = len(trace)
    picks = [trace[min(n - 1, int(n * f))][1] for f in (0.25, 0.5, 0.75)] + [trace[-1][1]]
    return "/".join(f"{mb:.0f}" for mb in picks)


def write_subset(limit: int | None, path: Path) -> tuple[int, int]:
    csv.field_size_limit(2**31 - 1)
    with BODIES.open(encoding="utf-8") as fh, path.open("w", encoding="utf-8", newline="") as out:
        reader = csv.DictReader(fh)
        writer = csv.DictWriter(out, fieldnames=reader.fieldnames)
        writer.writeheader()
        docs = words = 0
        for row in reader:
            if limit is not None and docs >= limit:
                break
            writer.writerow(row)
            docs += 1
            words += len(row["articleBody"].split())
    return docs, words


def report(name: str, res: dict, docs: int, words: int) -> dict:
    peaks = {pid: max(mb for _t, mb in tr) for pid, tr in res["traces"].items()}
    row = {
        "run": name,
        "seconds": round(res["wall"], 1),
        "docs_per_s": round(docs / res["wall"], 2),
        "words_per_s": round(words / res["wall"]),
        "processes": len(peaks),
        "peak_rss_mb": [round(v) for v in sorted(peaks.values(), reverse=True)],
        "rss_trace_mb": [trace_summary(tr) for _pid, tr in sorted(res["traces"].items())],
    }
    print(f"  {name:<16} {row['seconds']:>7.1f} s  {row['docs_per_s']:>7.2f} docs/s  "
          f"{row['words_per_s']:>7} words/s  peak RSS MB {row['peak_rss_mb']}  "
          f"(RSS at 25/50/75/100% of run: {', '.join(row['rss_trace_mb'])})", flush=True)  # fmt: skip
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="first N bodies only")
    ap.add_argument("--jobs", default="1,2", help="job counts to run, comma separated")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--model", default="")
    ap.add_argument("--no-bare", action="store_true", help="skip the bare spaCy runs")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args()
    if not BODIES.exists():
        sys.exit(f"needs {BODIES} (the ../shared development data)")
    py = sys.executable
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        subset = Path(tmp) / "bodies.csv"
        docs, words = write_subset(args.limit, subset)
        print(f"FNC-1 bodies: {docs} docs, {words} words; batch size {args.batch_size}; "
              f"{os.cpu_count()} CPUs (shared with other work: figures vary)", flush=True)  # fmt: skip
        for jobs in [int(j) for j in args.jobs.split(",")]:
            db = Path(tmp) / f"bench-{jobs}.db"
            cmd = [py, "-m", "claimgraph.cli", "ingest", str(subset), "--db", str(db), "--format", "csv",
                   "--text-field", "articleBody", "--jobs", str(jobs), "--batch-size", str(args.batch_size),
                   "-q", "--json"] + (["--model", args.model] if args.model else [])  # fmt: skip
            res = run_sampled(cmd)
            summary = json.loads(res["stdout"])
            row = report(f"ingest jobs={jobs}", res, docs, words)
            row |= {"jobs": jobs, "stored": summary["stored"], "skipped": summary["skipped"],
                    "statements": summary["statements"]}  # fmt: skip
            results.append(row)
            if not args.no_bare:
                bare = run_sampled([py, "-c", BARE, str(subset), str(jobs), str(args.batch_size), args.model])
                brow = report(f"bare spaCy n={jobs}", bare, docs, words)
                row["bare_docs_per_s"] = brow["docs_per_s"]
                row["vs_bare"] = round(row["docs_per_s"] / brow["docs_per_s"], 3)
                results.append(brow | {"jobs": jobs, "bare": True})
    ingests = {r["jobs"]: r for r in results if r["run"].startswith("ingest")}
    print("\nsummary")
    for j, r in ingests.items():
        extra = f", {r['vs_bare']:.0%} of bare spaCy at n_process={j}" if "vs_bare" in r else ""
        print(f"  jobs={j}: {r['docs_per_s']} docs/s, {r['stored']} stored, {r['statements']} statements{extra}")
    if 1 in ingests and 2 in ingests:
        print(f"  speed-up jobs 2 / jobs 1: {ingests[2]['docs_per_s'] / ingests[1]['docs_per_s']:.2f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
