"""`claimgraph eval emergent FILE.csv`: stance and claim clustering on the Emergent format.

Columns: claimHeadline, articleHeadline, articleHeadlineStance (for / against /
observing), articleId, claimId. Every headline is parsed once (one `nlp.pipe`
batch); its stance toward the row's claimHeadline comes from
`claims.article_stance.article_stance` (the headline's cues, read against the
claim's words, and the statements attribution found in it), and its
claim is clustered with the same assignment code the store uses (in memory).
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer

from claimgraph.claims import embed

REQUIRED = ("claimHeadline", "articleHeadline", "articleHeadlineStance", "articleId", "claimId")


class EmergentError(ValueError):
    pass


def read_rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        raise EmergentError(f"{path}: no such file")
    try:
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
            if missing:
                raise EmergentError(f"{path}: not an Emergent CSV, missing column(s) {', '.join(missing)}")
            rows = [r for r in reader if (r.get("articleHeadline") or "").strip()]
    except UnicodeDecodeError as exc:
        raise EmergentError(f"{path}: not UTF-8 text ({exc})") from exc
    if not rows:
        raise EmergentError(f"{path}: no rows with a headline")
    return rows


def _comb2(n: int) -> float:
    return n * (n - 1) / 2


def adjusted_rand_index(gold: Sequence[str], pred: Sequence[str]) -> float:
    """ARI (Hubert & Arabie) from the contingency table."""
    n = len(gold)
    pairs = Counter(zip(gold, pred, strict=True))
    sum_ij = sum(_comb2(c) for c in pairs.values())
    sum_a = sum(_comb2(c) for c in Counter(gold).values())
    sum_b = sum(_comb2(c) for c in Counter(pred).values())
    expected = sum_a * sum_b / _comb2(n) if n > 1 else 0.0
    top = (sum_a + sum_b) / 2 - expected
    return 1.0 if top == 0 else (sum_ij - expected) / top


def stance_scores(gold: Sequence[str], pred: Sequence[str], labels: Sequence[str]) -> dict:
    conf = Counter(zip(gold, pred, strict=True))
    f1s = {}
    for lab in labels:
        tp = conf[(lab, lab)]
        p_den = sum(conf[(g, lab)] for g in labels)
        r_den = sum(conf[(lab, p)] for p in labels)
        prec = tp / p_den if p_den else 0.0
        rec = tp / r_den if r_den else 0.0
        f1s[lab] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return {
        "accuracy": sum(conf[(lab, lab)] for lab in labels) / max(len(gold), 1),
        "macro_f1": sum(f1s.values()) / len(labels),
        "f1": f1s,
        "confusion": {g: {p: conf[(g, p)] for p in labels} for g in labels},
    }


def fold_of(claim_id: str, k: int) -> int:
    """The claim set a claimId falls in: a stable hash, so one claim's
    headlines stay together and the sets do not change between runs."""
    return int(hashlib.sha1(claim_id.encode()).hexdigest(), 16) % k


def claim_folds(gold: Sequence[str], pred: Sequence[str], claim_ids: Sequence[str], k: int = 5) -> list[float]:
    """Stance accuracy on k disjoint sets of claims (a stable hash of claimId
    picks the set): how much the figure moves from one set of claims to
    another, a stand-in for claims we do not have."""
    fold = [fold_of(c, k) for c in claim_ids]
    out = []
    for f in range(k):
        pairs = [(g, p) for g, p, x in zip(gold, pred, fold, strict=True) if x == f]
        if pairs:
            out.append(sum(g == p for g, p in pairs) / len(pairs))
    return out


def fold_scores(
    rows: Sequence[dict[str, str]], pred: Sequence[str], documents, texts: Sequence[str], k: int, embeddings=None
) -> list[dict]:
    """Accuracy, macro-F1 and ARI on each of k disjoint claim sets. Each
    set's headlines are clustered on their own, as a store holding only
    those claims would cluster them."""
    from claimgraph.claims.article_stance import LABELS

    out = []
    for f in range(k):
        idx = [i for i, r in enumerate(rows) if fold_of(r["claimId"], k) == f]
        if not idx:
            continue
        gold = [rows[i]["articleHeadlineStance"].strip().lower() for i in idx]
        rep = stance_scores(gold, [pred[i] for i in idx], LABELS)
        clusters = cluster_headlines(
            [documents[i] for i in idx], [texts[i] for i in idx], [embeddings[i] for i in idx] if embeddings else None
        )
        ari = adjusted_rand_index([rows[i]["claimId"] for i in idx], clusters)
        out.append({"fold": f, "n": len(idx), "accuracy": rep["accuracy"], "macro_f1": rep["macro_f1"], "ari": ari})
    return out


def analyse_headlines(docs, texts: Sequence[str], stages: Sequence[str] | None = None) -> list:
    """Each headline as an article of its own (title only), through the pipeline."""
    from claimgraph.pipeline import DEFAULT_STAGES, analyse, document_id
    from claimgraph.schema import DocumentMeta

    return [
        analyse(doc, DocumentMeta(id=document_id(text), title=text), stages or DEFAULT_STAGES)
        for doc, text in zip(docs, texts, strict=True)
    ]


def cluster_headlines(documents, texts: Sequence[str], embeddings=None) -> list[str]:
    """One cross-article claim per headline, as `claimgraph recluster` builds them
    (`embeddings`: one per headline, with the `embeddings` extra)."""
    from claimgraph.claims.assign import claim_terms, cluster_all, name_terms, text_terms

    vectors, names = [], []
    for result, text in zip(documents, texts, strict=True):
        terms = text_terms(text)
        for c in result.claims:  # proposition keys of the headline's own claims
            terms.update(t for t in claim_terms(c) if ":" in t)
        vectors.append(terms)
        names.append(name_terms(text))
    return cluster_all(vectors, names=names, embeddings=embeddings)


def evaluate(
    rows: list[dict[str, str]], model: str | None = None, stages: Sequence[str] | None = None, folds: int = 5
) -> tuple[dict, list[str]]:
    from claimgraph import nlp as nlp_mod
    from claimgraph.claims.article_stance import LABELS, article_stance

    texts = [r["articleHeadline"].strip() for r in rows]
    docs = list(nlp_mod.parse_many(texts, model, batch_size=256))
    documents = analyse_headlines(docs, texts, stages)
    pred = [article_stance(r["claimHeadline"], d, doc).label for r, d, doc in zip(rows, documents, docs, strict=True)]
    gold = [r["articleHeadlineStance"].strip().lower() for r in rows]
    report = stance_scores(gold, pred, LABELS)
    report["claim_folds"] = claim_folds(gold, pred, [r["claimId"] for r in rows], folds)
    encode = embed.default()
    embeddings = list(encode(texts)) if encode is not None else None
    clusters = cluster_headlines(documents, texts, embeddings)
    report["ari"] = adjusted_rand_index([r["claimId"] for r in rows], clusters)
    # The same headlines in another order: a file sorted by claim must not
    # be what makes the clusters right.
    order = sorted(range(len(rows)), key=lambda i: hashlib.sha1(rows[i]["articleId"].encode()).hexdigest())
    shuffled = cluster_headlines(
        [documents[i] for i in order], [texts[i] for i in order], [embeddings[i] for i in order] if embeddings else None
    )
    report["ari_reordered"] = adjusted_rand_index([rows[i]["claimId"] for i in order], shuffled)
    report["n"] = len(rows)
    report["claims_gold"] = len({r["claimId"] for r in rows})
    report["claims_found"] = len(set(clusters))
    report["similarity"] = embed.name()
    report["folds"] = fold_scores(rows, pred, documents, texts, folds, embeddings)
    return report, pred


def select_folds(rows: list[dict[str, str]], k: int, wanted: Sequence[int]) -> list[dict[str, str]]:
    """Only the rows whose claim falls in one of the `wanted` sets of `k`."""
    bad = [f for f in wanted if not 0 <= f < k]
    if bad:
        raise EmergentError(f"--fold {bad[0]}: folds are numbered 0..{k - 1}")
    keep = set(wanted)
    rows = [r for r in rows if fold_of(r["claimId"], k) in keep]
    if not rows:
        raise EmergentError(f"no rows in fold(s) {', '.join(map(str, wanted))} of {k}")
    return rows


def command(
    file: Annotated[Path, typer.Argument(help="Emergent-format CSV")],
    predictions: Annotated[Path | None, typer.Option("--predictions", help="write articleId<TAB>label per row")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the report as JSON")] = False,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline name")] = None,
    folds: Annotated[int, typer.Option("--folds", min=2, help="report scores on this many disjoint claim sets")] = 5,
    fold: Annotated[
        list[int] | None, typer.Option("--fold", help="score only these claim sets (0..folds-1); repeatable")
    ] = None,
) -> None:
    """Stance accuracy, macro-F1, confusion matrix and claim clustering ARI."""
    from rich.console import Console
    from rich.table import Table

    try:
        rows = read_rows(file)
        if fold:
            rows = select_folds(rows, folds, fold)
    except EmergentError as exc:
        Console(stderr=True).print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    report, pred = evaluate(rows, model, folds=folds)
    if predictions is not None:
        with predictions.open("w", encoding="utf-8") as fh:
            fh.writelines(f"{r['articleId']}\t{p}\n" for r, p in zip(rows, pred, strict=True))
    if as_json:
        sys.stdout.write(json.dumps(report, indent=2) + "\n")
        return
    out = Console()
    out.print(f"rows {report['n']}  claims gold {report['claims_gold']}  clusters found {report['claims_found']}")
    out.print(f"stance accuracy {report['accuracy']:.3f}  macro-F1 {report['macro_f1']:.3f}")
    out.print(
        f"clustering ARI {report['ari']:.3f}, in another row order {report['ari_reordered']:.3f}"
        f" (similarity: {report['similarity']})"
    )
    ft = Table(title=f"disjoint claim sets (claimId hash mod {folds}; each set clustered on its own)")
    for col in ("set", "rows", "accuracy", "macro-F1", "ARI"):
        ft.add_column(col, justify="right")
    for r in report["folds"]:
        ft.add_row(str(r["fold"]), str(r["n"]), f"{r['accuracy']:.3f}", f"{r['macro_f1']:.3f}", f"{r['ari']:.3f}")
    out.print(ft)
    t = Table(title="confusion (rows gold, columns predicted)")
    labels = list(report["confusion"])
    t.add_column("gold")
    for lab in labels:
        t.add_column(lab, justify="right")
    for g in labels:
        t.add_row(g, *(str(report["confusion"][g][p]) for p in labels))
    out.print(t)


__all__ = ["adjusted_rand_index", "command", "evaluate"]
