"""How far the Emergent stance figure rests on cues that decide the rows of
one claim only.

    .venv/bin/python bench/stance_cue_reliance.py ../shared/data/emergent/train.csv

The cue lists in `data/claim_stance.toml` were written while reading this
file, so its accuracy is a training figure. A cue entry (a word or phrase of
the lists) that decides rows of a single claim and no other is the kind of
entry that might have been written for that claim. This script drops every
such entry at once and scores again: the drop is a pessimistic bound on what
claims we do not have would lose (many such entries are plain English that a
new claim would use too). Held-out sets (3, 4 of `fold_of(claimId, 5)`) are
reported only in aggregate; only entries deciding a development claim are
listed.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from stance_holdout import DEV, predict, split_scores  # noqa: E402

from claimgraph.claims import article_stance as rules  # noqa: E402
from claimgraph.eval.emergent import fold_of, read_rows  # noqa: E402

# Cue kinds whose text is no list entry (a question mark, a source prefix, an answer).
NOT_ENTRIES = ("question", "source", "source-suffix", "answer", "neg", "no", "contrast")


def single_claim_entries(rows, decisions) -> dict[str, set[str]]:
    claims = defaultdict(set)
    for r, d in zip(rows, decisions, strict=True):
        for cue in d.cues:
            kind, _, text = cue.partition(":")
            if text and kind not in NOT_ENTRIES:
                claims[text.lower()].add(r["claimId"])
    return {w: c for w, c in claims.items() if len(c) == 1}


def without(entries) -> rules.Cues:
    drop = {f for w in entries for f in rules._verb_forms(w)}
    base = rules.cues()
    fields = {}
    for f in dataclasses.fields(base):
        v = getattr(base, f.name)
        if isinstance(v, frozenset | tuple):
            v = type(v)(x for x in v if x not in drop)
        fields[f.name] = v
    return rules.Cues(**fields)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv", type=Path)
    args = ap.parse_args()
    rows = read_rows(args.csv)
    decisions = predict(rows)
    single = single_claim_entries(rows, decisions)
    before = split_scores(rows, [d.label for d in decisions])
    trimmed = without(single)
    rules.cues = lambda: trimmed  # the functions read the lists through this name
    rules.claim_words.cache_clear()
    after = split_scores(rows, [d.label for d in predict(rows)])
    print(f"cue entries that decide rows of one claim only: {len(single)}")
    for name in ("all", "dev", "held_out"):
        print(f"  {name:8} accuracy with them {before[name]['accuracy']:.3f}, without {after[name]['accuracy']:.3f}")
    dev = sorted(w for w, c in single.items() if fold_of(next(iter(c)), 5) in DEV)
    print("development ones:", ", ".join(dev))


if __name__ == "__main__":
    main()
