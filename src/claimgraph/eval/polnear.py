"""`claimgraph eval polnear DIR`: attribution scores on a PolNeAR split.

PolNeAR (Newell et al., LREC 2018) annotates attributions as Source / Cue /
Content spans in brat standoff. A gold attribution is *found* when one of our
statements' content has token-overlap F1 >= 0.5 with the gold content (word
tokens; overlap counted both ways, so over-long spans do not match). Scores
are given separately for gold contents that hold a double quote mark
(", “, ” or the two-apostrophe form '' of some archives: "quoted") and for
the rest:

- content recall: gold attributions found;
- speaker accuracy: among found ones, our `speaker_span` overlaps the gold
  Source span (attributions without a gold Source are left out);
- precision (overall): our statements that match any gold attribution.

A split folder holds `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann`;
articles annotated by several people are scored once per annotation.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import typer

from claimgraph.eval.spans import Span, TokenIndex, f1, overlaps

MATCH_F1 = 0.5
# Double quote marks, including the two-apostrophe form of some archives ('').
_QUOTE = re.compile(r"[\"“”]|''")


@dataclass
class GoldAttribution:
    source: list[Span] = field(default_factory=list)
    cue: list[Span] = field(default_factory=list)
    content: list[Span] = field(default_factory=list)
    content_text: str = ""

    @property
    def quoted(self) -> bool:
        return bool(_QUOTE.search(self.content_text))


def _spans(field_: str) -> list[Span]:
    out = []
    for part in field_.split(";"):
        a, b = part.split()[-2:]
        out.append((int(a), int(b)))
    return out


def read_ann(path: Path) -> list[GoldAttribution]:
    spans: dict[str, tuple[str, list[Span], str]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            role, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (role, _spans(offsets), parts[2] if len(parts) > 2 else "")
        elif line.startswith("E") and len(parts) >= 2:
            args = {}
            for arg in parts[1].split()[1:]:
                role, _, tid = arg.partition(":")
                args[role] = tid
            relations.append(args)
    golds = []
    for rel in relations:
        g = GoldAttribution()
        for role in ("Source", "Cue", "Content"):
            tid = rel.get(role)
            if tid and tid in spans:
                setattr(g, role.lower(), spans[tid][1])
                if role == "Content":
                    g.content_text = spans[tid][2]
        if g.content:
            golds.append(g)
    return golds


@dataclass
class Counts:
    gold: int = 0
    found: int = 0
    with_source: int = 0
    speaker_right: int = 0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "gold": self.gold,
            "content_recall": round(self.found / self.gold, 4) if self.gold else 0.0,
            "speaker_accuracy": round(self.speaker_right / self.with_source, 4) if self.with_source else 0.0,
            "found": self.found,
            "found_with_source": self.with_source,
        }


def score_article(text: str, statements: list, golds: list[GoldAttribution], counts: dict[str, Counts]) -> tuple[int, int]:
    """Add one annotation's counts; return (our statements, those that match some gold)."""
    idx = TokenIndex(text)
    # a quotation broken by its cue is scored on its quoted parts, as PolNeAR
    # marks it (one content of two pieces), not with the frame between them
    ours = [(s, idx.tokens(getattr(s, "content_parts", None) or [tuple(s.content_span)])) for s in statements]
    matched_ours = 0
    gold_tokens = [idx.tokens(g.content) for g in golds]
    for _s, toks in ours:
        if any(f1(gt, toks) >= MATCH_F1 for gt in gold_tokens):
            matched_ours += 1
    for g, gt in zip(golds, gold_tokens, strict=True):
        c = counts["quoted" if g.quoted else "other"]
        c.gold += 1
        best, best_f1 = None, 0.0
        for s, toks in ours:
            v = f1(gt, toks)
            if v > best_f1:
                best, best_f1 = s, v
        if best is None or best_f1 < MATCH_F1:
            continue
        c.found += 1
        if g.source:
            c.with_source += 1
            # several statements may share the content (compound speakers): any right speaker counts
            cands = [s for s, toks in ours if f1(gt, toks) >= best_f1 - 1e-9]
            if any(s.speaker_span and overlaps([tuple(s.speaker_span)], g.source) for s in cands):
                c.speaker_right += 1
    return len(ours), matched_ours


def evaluate(split_dir: Path, model: str | None = None, limit: int | None = None) -> dict:
    from claimgraph import nlp as nlp_mod
    from claimgraph.pipeline import analyse, document_id
    from claimgraph.schema import DocumentMeta

    text_dir, ann_dir = split_dir / "text", split_dir / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise FileNotFoundError(f"{split_dir}: expected text/ and attributions/ folders (PolNeAR layout)")
    anns: dict[str, list[Path]] = defaultdict(list)
    for ann in sorted(ann_dir.glob("*.ann")):
        anns[ann.stem.rsplit("_", 1)[0]].append(ann)
    names = [n for n in sorted(anns) if (text_dir / f"{n}.txt").exists()]
    if limit:
        names = names[:limit]
    texts = [(text_dir / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    counts = {"quoted": Counts(), "other": Counts()}
    n_ours = n_matched = 0
    stages = ("actors", "attribution", "resolve", "stance")
    for name, doc in zip(names, nlp_mod.parse_many(texts, model), strict=True):
        result = analyse(doc, DocumentMeta(id=document_id(doc.text)), stages)
        for ann in anns[name]:
            o, m = score_article(doc.text, result.statements, read_ann(ann), counts)
            n_ours += o
            n_matched += m
    total = Counts(
        gold=sum(c.gold for c in counts.values()),
        found=sum(c.found for c in counts.values()),
        with_source=sum(c.with_source for c in counts.values()),
        speaker_right=sum(c.speaker_right for c in counts.values()),
    )
    return {
        "split": str(split_dir),
        "articles": len(names),
        "annotations": sum(len(anns[n]) for n in names),
        "match": f"token F1 >= {MATCH_F1}",
        "quoted": counts["quoted"].as_dict(),
        "other": counts["other"].as_dict(),
        "all": total.as_dict(),
        "statements": n_ours,
        "precision": round(n_matched / n_ours, 4) if n_ours else 0.0,
    }


def command(
    split_dir: Annotated[Path, typer.Argument(help="a PolNeAR split folder with text/ and attributions/")],
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
    limit: Annotated[int | None, typer.Option(help="score only the first N articles")] = None,
    model: Annotated[str | None, typer.Option("--model")] = None,
) -> None:
    """Attribution recall, precision and speaker accuracy on PolNeAR."""
    from rich.console import Console
    from rich.table import Table

    try:
        res = evaluate(split_dir, model, limit)
    except FileNotFoundError as exc:
        Console(stderr=True).print(f"[bold red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    if as_json:
        print(json.dumps(res, indent=2))
        return
    t = Table(title=f"PolNeAR {split_dir.name}: {res['articles']} articles, {res['annotations']} annotations ({res['match']})")
    for col in ("attributions", "gold", "content recall", "speaker accuracy"):
        t.add_column(col)
    for key in ("quoted", "other", "all"):
        r = res[key]
        t.add_row(key, str(r["gold"]), f"{r['content_recall']:.3f}", f"{r['speaker_accuracy']:.3f}")
    Console().print(t)
    Console().print(f"precision: {res['precision']:.3f} ({res['statements']} statements)")
