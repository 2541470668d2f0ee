"""Train (and honestly score) the learned attribution-cue model.

    .venv/bin/python bench/train_cue_model.py ../shared/data/polnear [--write]

Candidates are the verbs with a subject and a complement that the cue rules
leave alone (`claimgraph.attribution.learned.candidates`). A candidate is a
positive example when its content matches a gold PolNeAR attribution with
token F1 >= 0.5 (the criterion of `claimgraph eval polnear`).

The model is L2-regularised logistic regression over the candidates' sparse
features, fitted by full-batch gradient descent (Adam) in numpy. The script
reports, on the *train* split, 5-fold cross-validation grouped by article,
and, fitted on all of train, the figures on *dev*, which it never trains on:
for each threshold, how many candidates pass and what share of them match
gold. The thresholds written (candidates kept, rule statements dropped) are
chosen together on the train cross-validation only: the pair with the highest
unquoted recall at which the whole pipeline, scored on articles the models did
not see, keeps the target precision (--target-precision, default 0.85). With --write the weights fitted on
all of train go to src/claimgraph/data/cue_model.json.

Parses are cached under --cache (default /tmp/claimgraph_cue_cache) so a
second run does not parse again.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from claimgraph import nlp as nlp_mod  # noqa: E402
from claimgraph.attribution.learned import candidates, rule_features, weighed  # noqa: E402
from claimgraph.attribution.quotes import find_quotes  # noqa: E402
from claimgraph.attribution.rules import find_statements  # noqa: E402
from claimgraph.eval.polnear import MATCH_F1, read_ann  # noqa: E402
from claimgraph.eval.spans import TokenIndex, f1  # noqa: E402


def load_split(split: Path, cache: Path) -> list[tuple[str, object, list]]:
    """(article name, Doc, gold annotations) per article; parses cached in a DocBin."""
    from spacy.tokens import DocBin

    anns: dict[str, list[Path]] = defaultdict(list)
    for ann in sorted((split / "attributions").glob("*.ann")):
        anns[ann.stem.rsplit("_", 1)[0]].append(ann)
    names = [n for n in sorted(anns) if (split / "text" / f"{n}.txt").exists()]
    texts = [(split / "text" / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    nlp = nlp_mod.load(None)
    # keyed by pipeline and tokenizer rules: parses from another model or
    # tokenizer (a new special case) must not be reused
    rules = "\n".join(sorted(nlp.tokenizer.rules or {}))
    # and by how a text is cut into the pieces the parser sees
    chunking = inspect.getsource(nlp_mod.chunks)
    key = hashlib.sha1(f"{nlp.meta.get('name')} {nlp.meta.get('version')}\n{rules}\n{chunking}".encode()).hexdigest()[:10]
    path = cache / f"{split.name}-{key}.spacy"
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        docs = list(nlp_mod.parse_many(texts))
        cache.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=docs).to_disk(path)
    return [(n, d, [read_ann(a) for a in anns[n]]) for n, d in zip(names, docs, strict=True)]


def examples(split: list, filter_rows: list | None = None) -> tuple[list[list[str]], np.ndarray, list[int]]:
    feats, labels, groups = [], [], []
    for gi, (_name, doc, anns) in enumerate(split):
        text = doc.text
        doc.user_data["claimgraph_text"] = text
        quotes = find_quotes(text)
        raws = find_statements(doc, quotes)
        idx = TokenIndex(text)
        rule_contents = [idx.tokens([r.content]) for r in raws]
        golds = [idx.tokens(g.content) for ann in anns for g in ann]
        if filter_rows is not None:
            for r, rc in zip(raws, rule_contents, strict=True):
                rf = rule_features(r, quotes) if weighed(r) else None
                if rf is not None:
                    filter_rows.append((rf, 1.0 if any(f1(g, rc) >= MATCH_F1 for g in golds) else 0.0, gi))
        for c in candidates(doc, quotes, {r.cue.i for r in raws}, frozenset(sp.root.lower_ for r in raws for sp in r.speakers)):
            toks = idx.tokens([c.content])
            if any(f1(rc, toks) >= MATCH_F1 for rc in rule_contents):
                continue  # the rules already report this content
            feats.append(c.features)
            labels.append(1.0 if any(f1(g, toks) >= MATCH_F1 for g in golds) else 0.0)
            groups.append(gi)
    return feats, np.array(labels), groups


class Sparse:
    def __init__(self, rows: list[list[str]], vocab: dict[str, int]) -> None:
        ids = [[vocab[f] for f in r if f in vocab] for r in rows]
        self.indptr = np.cumsum([0] + [len(r) for r in ids])
        self.indices = np.array([i for r in ids for i in r], dtype=np.int64)
        self.lengths = np.diff(self.indptr)
        self.row_of = np.repeat(np.arange(len(rows)), self.lengths)

    def dot(self, w: np.ndarray) -> np.ndarray:
        return np.bincount(self.row_of, weights=w[self.indices], minlength=len(self.lengths))

    def tdot(self, err: np.ndarray, size: int) -> np.ndarray:
        return np.bincount(self.indices, weights=err[self.row_of], minlength=size)


def fit(rows: list[list[str]], y: np.ndarray, l2: float, min_count: int = 2, steps: int = 400):
    counts = Counter(f for r in rows for f in set(r))
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    X = Sparse(rows, vocab)
    w = np.zeros(len(vocab))
    b = 0.0
    m = np.zeros(len(vocab) + 1)
    v = np.zeros(len(vocab) + 1)
    lr, b1, b2 = 0.1, 0.9, 0.999
    n = len(y)
    for t in range(1, steps + 1):
        p = 1 / (1 + np.exp(-(X.dot(w) + b)))
        err = p - y
        g = np.append(X.tdot(err, len(w)) / n + l2 * w, err.mean())
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        step = lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + 1e-8)
        w -= step[:-1]
        b -= step[-1]
    weights = {f: float(w[i]) for f, i in vocab.items() if abs(w[i]) > 1e-4}
    return weights, float(b)


def predict(rows: list[list[str]], weights: dict[str, float], b: float) -> np.ndarray:
    z = np.array([b + sum(weights.get(f, 0.0) for f in r) for r in rows])
    return 1 / (1 + np.exp(-z))


# The candidate threshold moves recall and precision about 0.004 and 0.003 per
# 0.01 near 0.5, so it is searched in steps of 0.01 there.
PIPELINE_THRESHOLDS = [0.46, 0.47, 0.48, 0.49, 0.5, 0.51, 0.52, 0.55, 0.6]
PAIR_DROPS = [0.5, 0.55, 0.6, 0.65]
DROP_THRESHOLDS = [0.1, 0.2, 0.3, 0.4, 0.45, 0.5, 0.55, 0.6]
THRESHOLDS = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]


def table(p: np.ndarray, y: np.ndarray) -> dict[float, tuple[int, int, float]]:
    out = {}
    for t in THRESHOLDS:
        sel = p >= t
        k = int(sel.sum())
        hit = int(y[sel].sum())
        out[t] = (k, hit, hit / k if k else 0.0)
    return out


def average_precision(p: np.ndarray, y: np.ndarray) -> float:
    order = np.argsort(-p)
    hits = np.cumsum(y[order])
    ranks = np.arange(1, len(y) + 1)
    return float((hits / ranks)[y[order] == 1].mean()) if y.sum() else 0.0


def show(title: str, tab: dict) -> None:
    print(title)
    print("  threshold  passing  matching  precision")
    for t, (k, hit, prec) in tab.items():
        print(f"  {t:9.2f}  {k:7d}  {hit:8d}  {prec:9.3f}")


def cv_predict(X: list, y: np.ndarray, groups: list[int], fold_of: dict[int, int], l2: float) -> np.ndarray:
    """Each row scored by a model fitted on the other folds (folds are articles)."""
    fold = [fold_of[g] for g in groups]
    p = np.zeros(len(y))
    for k in range(5):
        tr = [i for i, f in enumerate(fold) if f != k]
        te = [i for i, f in enumerate(fold) if f == k]
        w, b = fit([X[i] for i in tr], y[tr], l2)
        p[te] = predict([X[i] for i in te], w, b)
    return p


def cv_eval(train, fold_of, Xtr, ytr, gtr, FXtr, Fytr, Fgtr, l2: float, threshold: float, drop: float) -> tuple[float, float]:
    """`eval polnear` figures on train articles, each scored with models fitted
    on the other folds only: an estimate for articles the models never saw."""
    from claimgraph.attribution import learned
    from claimgraph.eval.polnear import Counts, score_article
    from claimgraph.pipeline import analyse
    from claimgraph.schema import DocumentMeta

    counts = {"quoted": Counts(), "other": Counts()}
    ours = matched = 0
    saved = learned._models
    try:
        for k in range(5):
            tr = [i for i, g in enumerate(gtr) if fold_of[g] != k]
            ftr = [i for i, g in enumerate(Fgtr) if fold_of[g] != k]
            w, b = fit([Xtr[i] for i in tr], ytr[tr], l2)
            fw, fb = fit([FXtr[i] for i in ftr], Fytr[ftr], l2)
            pair = (learned.Model(w, b, threshold), learned.Model(fw, fb, drop))
            learned._models = lambda pair=pair: pair
            fold = {"quoted": Counts(), "other": Counts()}
            for gi, (_name, doc, anns) in enumerate(train):
                if fold_of[gi] != k:
                    continue
                result = analyse(doc, DocumentMeta(id="x"), ("actors", "attribution", "resolve", "stance"))
                for ann in anns:
                    for c in (counts, fold):
                        o, m = score_article(doc.text, result.statements, ann, c)
                    ours += o
                    matched += m
            d = {n: c.as_dict() for n, c in fold.items()}
            print(f"  fold {k}: quoted {d['quoted']['content_recall']:.4f}  other {d['other']['content_recall']:.4f}"
                  f" (gold {d['other']['gold']})")
    finally:
        learned._models = saved
    print("train, whole pipeline, 5-fold CV by article (models never saw the scored articles):")
    for name, c in counts.items():
        d = c.as_dict()
        print(f"  {name:6s} gold {d['gold']:6d}  content recall {d['content_recall']:.4f}  speaker accuracy {d['speaker_accuracy']:.4f}")
    precision = matched / max(1, ours)
    print(f"  precision {precision:.4f} over {ours} statements")
    return precision, counts["other"].as_dict()["content_recall"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("polnear", type=Path)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/claimgraph_cue_cache"))
    ap.add_argument("--l2", type=float, default=2e-4)
    ap.add_argument("--drop-precision", type=float, default=0.35)
    ap.add_argument("--threshold", type=float, default=None,
                    help="candidate threshold; default: the lowest at which whole-pipeline train CV precision "
                         "reaches --target-precision")
    ap.add_argument("--drop", type=float, default=None,
                    help="rule drop threshold, with --threshold; default: chosen by --drop-precision")
    ap.add_argument("--target-precision", type=float, default=0.85)
    ap.add_argument("--cv-eval", action="store_true",
                    help="also score the whole pipeline on train articles by 5-fold CV (models fitted without the fold)")
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()

    train = load_split(args.polnear / "train", args.cache)
    dev = load_split(args.polnear / "dev", args.cache)
    ftr: list = []
    fdev: list = []
    Xtr, ytr, gtr = examples(train, ftr)
    Xdev, ydev, _ = examples(dev, fdev)
    print(f"train candidates {len(ytr)} (positive {int(ytr.sum())}), dev candidates {len(ydev)} (positive {int(ydev.sum())})")

    # grouped 5-fold CV on train
    arts = sorted(set(gtr))
    random.Random(0).shuffle(arts)
    fold_of = {a: i % 5 for i, a in enumerate(arts)}
    for gi in range(len(train)):  # an article with no candidate: fold by its index
        fold_of.setdefault(gi, gi % 5)
    p_cv = cv_predict(Xtr, ytr, gtr, fold_of, args.l2)
    cv = table(p_cv, ytr)
    print(f"train CV average precision {average_precision(p_cv, ytr):.4f}")
    show("train, 5-fold CV grouped by article", cv)
    threshold = args.threshold

    w, b = fit(Xtr, ytr, args.l2)
    p_dev = predict(Xdev, w, b)
    show("dev (held out), model fitted on all of train", table(p_dev, ydev))
    print(f"dev average precision {average_precision(p_dev, ydev):.4f}")
    # the filter over the rules' own (unquoted) statements
    FXtr, Fytr, Fgtr = [r[0] for r in ftr], np.array([r[1] for r in ftr]), [r[2] for r in ftr]
    FXdev, Fydev = [r[0] for r in fdev], np.array([r[1] for r in fdev])
    print(f"rule statements (unquoted): train {len(Fytr)} (correct {int(Fytr.sum())}), dev {len(Fydev)} (correct {int(Fydev.sum())})")
    fp_cv = cv_predict(FXtr, Fytr, Fgtr, fold_of, args.l2)
    fw, fb = fit(FXtr, Fytr, args.l2)
    fp_dev = predict(FXdev, fw, fb)
    print("rule filter: statements dropped below each threshold (dropped, of them correct)")
    print("  threshold  train-CV dropped  correct   dev dropped  correct")
    drop = 0.0
    for t in DROP_THRESHOLDS:
        in_cv, in_dev = fp_cv < t, fp_dev < t
        ka, ca = int(in_cv.sum()), int(Fytr[in_cv].sum())
        kb, cb = int(in_dev.sum()), int(Fydev[in_dev].sum())
        print(f"  {t:9.2f}  {ka:16d}  {ca:7d}   {kb:11d}  {cb:7d}")
        if ka and ca / ka <= args.drop_precision:
            drop = t
    print(f"chosen drop threshold (dropped statements right at most {args.drop_precision} in train CV): {drop}")
    if args.threshold is not None and args.drop is not None:
        drop = args.drop
        print(f"rule drop threshold given: {drop}")
    if args.threshold is None:
        # both models give calibrated probabilities, so the pair is searched
        # together: the highest unquoted recall at which the whole pipeline
        # keeps the target precision on train articles the models did not see
        best = None
        for t in PIPELINE_THRESHOLDS:
            for d in PAIR_DROPS:
                print(f"-- candidate threshold {t}, rule drop threshold {d}")
                precision, recall = cv_eval(train, fold_of, Xtr, ytr, gtr, FXtr, Fytr, Fgtr, args.l2, t, d)
                if precision >= args.target_precision and (best is None or recall > best[0]):
                    best = (recall, t, d)
        threshold, drop = (best[1], best[2]) if best else (1.0, drop)
        print(f"chosen candidate threshold {threshold}, rule drop threshold {drop}")
    elif args.cv_eval:
        cv_eval(train, fold_of, Xtr, ytr, gtr, FXtr, Fytr, Fgtr, args.l2, threshold, drop)
    if args.write:
        out = ROOT / "src" / "claimgraph" / "data" / "cue_model.json"
        payload = {
            "about": "Learned attribution cues (claimgraph.attribution.learned). Logistic regression "
                     "over parse features, trained on the PolNeAR train split by bench/train_cue_model.py. "
                     "Weights only; no text of the training data.",
            "version": 1,
            "threshold": threshold,
            "bias": round(b, 5),
            "weights": {f: round(x, 5) for f, x in sorted(w.items()) if abs(x) >= 1e-3},
            "filter": {
                "about": "Drops an unquoted rule statement whose probability of being right is below threshold.",
                "threshold": drop,
                "bias": round(fb, 5),
                "weights": {f: round(x, 5) for f, x in sorted(fw.items()) if abs(x) >= 1e-3},
            },
        }
        out.write_text(json.dumps(payload, indent=0, sort_keys=False) + "\n", encoding="utf-8")
        print(f"wrote {out} ({len(payload['weights'])} weights)")


if __name__ == "__main__":
    main()
