"""Ingest speed and memory on the FNC-1 bodies (run by hand, not in CI).

    .venv/bin/python bench/ingest_speed.py              # all 1,683 bodies, --jobs 1 and 2
    .venv/bin/python bench/ingest_speed.py --limit 300  # a quick try

For each job count it runs `claimgraph ingest` on the bodies (a CSV) into a
fresh SQLite file, then bare spaCy on the same texts with the same model, each
in its own process. The bare run parses as ingest does (`--bare parse_many`,
the default): the same batches of --batch-size texts through `nlp.parse_many`
(paragraph chunks, its own batch size, joined back per text), in-process for
jobs 1 and in a pool of `jobs` workers otherwise (forked after loading the
model, so they pay no start-up). `--bare pipe` parses whole texts with
`nlp.pipe(texts, batch_size=--batch-size, n_process=jobs)` instead. It prints
documents/s, words/s, CPU seconds (user + system of the command and of every
child process it waited for), the peak RSS of every process (sampled from
/proc every 0.2 s, with the RSS trace over the run to show that it stays
flat), the jobs 2 / jobs 1 speed-up and ingest rate / bare spaCy rate, by wall
clock and by CPU time. The CPU ratio is the one to trust on a busy machine:
other work stretches wall time, not CPU time.
Timing covers the whole command, start-up and model loading included.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMGRAPH_SHARED", ROOT.parent / "shared"))
BODIES = SHARED / "data" / "fnc1" / "train_bodies.csv"

BARE = """
import csv, multiprocessing as mp, sys
from claimgraph import nlp as nlp_mod
csv.field_size_limit(2**31 - 1)
path, jobs, batch, model, mode = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] or None, sys.argv[5]
texts = [r["articleBody"] for r in csv.DictReader(open(path, encoding="utf-8"))]
nlp = nlp_mod.load(model)

def parse(chunk):  # what an ingest batch parses (store.ingest.analyse_batch), nothing more
    return sum(1 for _ in nlp_mod.parse_many(chunk, model))

if mode == "pipe":
    n = sum(1 for _ in nlp.pipe(texts, batch_size=batch, n_process=jobs))
elif jobs == 1:
    n = sum(map(parse, [texts[i : i + batch] for i in range(0, len(texts), batch)]))
else:  # forked workers share the loaded model: none of the start-up ingest's spawned ones pay
    with mp.get_context("fork").Pool(jobs) as pool:
        n = sum(pool.imap(parse, [texts[i : i + batch] for i in range(0, len(texts), batch)]))
assert n == len(texts), (n, len(texts))
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


def cpu_s(pid: int) -> float | None:
    """User + system CPU seconds of one process so far."""
    try:
        with open(f"/proc/{pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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
    """Run a command; sample the RSS of it and its children; return wall and CPU time and traces."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    traces: dict[int, list[tuple[float, float]]] = {}
    cpus: dict[int, float] = {}  # last sample per process
    while proc.poll() is None:
        t = time.perf_counter() - start
        for pid in descendants(proc.pid):
            mb, cpu = rss_mb(pid), cpu_s(pid)
            if mb is not None:
                traces.setdefault(pid, []).append((t, mb))
            if cpu is not None:
                cpus[pid] = cpu
        time.sleep(interval)
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    # CPU of the command and of every child it waited for (its workers).
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        sys.exit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    # only processes that lived a while (skip short-lived helpers such as resource trackers)
    procs = {pid: tr for pid, tr in traces.items() if max(mb for _t, mb in tr) > 50}
    return {"wall": wall, "cpu": cpu, "stdout": out, "traces": procs, "cpus": {p: cpus.get(p, 0.0) for p in procs}}


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
        "cpu_seconds": round(res["cpu"], 1),
        "docs_per_s": round(docs / res["wall"], 2),
        "words_per_s": round(words / res["wall"]),
        "processes": len(peaks),
        "peak_rss_mb": [round(v) for v in sorted(peaks.values(), reverse=True)],
        "rss_trace_mb": [trace_summary(tr) for _pid, tr in sorted(res["traces"].items())],
        # per process, in the same order as the traces (sampled: up to 0.2 s short)
        "cpu_seconds_per_process": [round(c, 1) for _pid, c in sorted(res["cpus"].items())],
    }
    print(f"  {name:<16} {row['seconds']:>7.1f} s  {row['cpu_seconds']:>7.1f} CPU s  {row['docs_per_s']:>7.2f} docs/s  "
          f"{row['words_per_s']:>7} words/s  peak RSS MB {row['peak_rss_mb']}  "
          f"(RSS at 25/50/75/100% of run: {', '.join(row['rss_trace_mb'])}; "
          f"CPU s per process {row['cpu_seconds_per_process']})", flush=True)  # fmt: skip
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="first N bodies only")
    ap.add_argument("--jobs", default="1,2", help="job counts to run, comma separated")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--model", default="")
    ap.add_argument("--no-bare", action="store_true", help="skip the bare spaCy runs")
    ap.add_argument("--bare", choices=("parse_many", "pipe"), default="parse_many",
                    help="bare parse: ingest's paragraph path (default) or whole texts")  # fmt: skip
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args()
    if not BODIES.exists():
        sys.exit(f"needs {BODIES} (the ../shared development data)")
    py = sys.executable
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        subset = Path(tmp) / "bodies.csv"
        docs, words = write_subset(args.limit, subset)
        print(f"FNC-1 bodies: {docs} docs, {words} words; batch size {args.batch_size}; bare: {args.bare}; "
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
                bare = run_sampled([py, "-c", BARE, str(subset), str(jobs), str(args.batch_size), args.model,
                                    args.bare])  # fmt: skip
                brow = report(f"bare spaCy n={jobs}", bare, docs, words)
                row["bare_docs_per_s"] = brow["docs_per_s"]
                row["vs_bare"] = round(row["docs_per_s"] / brow["docs_per_s"], 3)
                # rate by CPU time: docs per CPU second, ingest / bare
                row["vs_bare_cpu"] = round(brow["cpu_seconds"] / row["cpu_seconds"], 3)
                results.append(brow | {"jobs": jobs, "bare": True})
    ingests = {r["jobs"]: r for r in results if r["run"].startswith("ingest")}
    print("\nsummary")
    for j, r in ingests.items():
        extra = (f", {r['vs_bare']:.0%} of bare spaCy at n_process={j} by wall clock,"
                 f" {r['vs_bare_cpu']:.0%} by CPU time" if "vs_bare" in r else "")  # fmt: skip
        print(f"  jobs={j}: {r['docs_per_s']} docs/s, {r['stored']} stored, {r['statements']} statements{extra}")
    if 1 in ingests and 2 in ingests:
        print(f"  speed-up jobs 2 / jobs 1: {ingests[2]['docs_per_s'] / ingests[1]['docs_per_s']:.2f}")
        # On free cores the busiest process bounds the wall time: an estimate that other work cannot skew.
        busiest = max(ingests[2]["cpu_seconds_per_process"])
        print(f"  speed-up on free cores, estimated: jobs 1 CPU s / busiest jobs 2 process CPU s = "
              f"{ingests[1]['cpu_seconds']:.1f} / {busiest:.1f} = {ingests[1]['cpu_seconds'] / busiest:.2f}")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
