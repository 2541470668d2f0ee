"""Emergent headline stance on development and held-out claim sets.

    .venv/bin/python bench/stance_holdout.py ../shared/data/emergent/train.csv [--errors]

Claims are split by `fold_of(claimId, 5)`: sets 0, 1, 2 are for development
(their errors may be read, `--errors` prints them), sets 3 and 4 are held
out (only their aggregate accuracy is printed). A change to the stance
rules or model is kept only when it does not lower the held-out figure.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from claimgraph.eval.emergent import fold_of, read_rows, stance_scores  # noqa: E402

DEV = (0, 1, 2)
HELD_OUT = (3, 4)


def predict(rows):
    from claimgraph import nlp as nlp_mod
    from claimgraph.claims.article_stance import article_stance
    from claimgraph.eval.emergent import analyse_headlines

    texts = [r["articleHeadline"].strip() for r in rows]
    docs = list(nlp_mod.parse_many(texts, None, batch_size=256))
    documents = analyse_headlines(docs, texts)
    return [article_stance(r["claimHeadline"], d, doc) for r, d, doc in zip(rows, documents, docs, strict=True)]


def split_scores(rows, labels_pred) -> dict[str, dict]:
    from claimgraph.claims.article_stance import LABELS

    gold = [r["articleHeadlineStance"].strip().lower() for r in rows]
    folds = [fold_of(r["claimId"], 5) for r in rows]
    out = {"all": stance_scores(gold, labels_pred, LABELS)}
    for name, sets in (("dev", DEV), ("held_out", HELD_OUT)):
        idx = [i for i, f in enumerate(folds) if f in sets]
        out[name] = stance_scores([gold[i] for i in idx], [labels_pred[i] for i in idx], LABELS)
        out[name]["n"] = len(idx)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv", type=Path)
    ap.add_argument("--errors", action="store_true", help="print the errors of the development sets")
    args = ap.parse_args()
    rows = read_rows(args.csv)
    decisions = predict(rows)
    pred = [d.label for d in decisions]
    s = split_scores(rows, pred)
    print(f"all      n={len(rows)} accuracy {s['all']['accuracy']:.3f} macro-F1 {s['all']['macro_f1']:.3f}")
    for name in ("dev", "held_out"):
        print(f"{name:8} n={s[name]['n']} accuracy {s[name]['accuracy']:.3f} macro-F1 {s[name]['macro_f1']:.3f}")
    print("dev confusion", s["dev"]["confusion"])
    if args.errors:
        for r, d in zip(rows, decisions, strict=True):
            gold = r["articleHeadlineStance"].strip().lower()
            if fold_of(r["claimId"], 5) in DEV and d.label != gold:
                print(f"{gold}->{d.label}\t{r['articleHeadline'].strip()}\t|| {r['claimHeadline'].strip()}\t{d.cues}")


if __name__ == "__main__":
    main()
