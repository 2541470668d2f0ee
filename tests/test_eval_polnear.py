"""The PolNeAR scorer on a tiny split we write ourselves."""

from pathlib import Path

from claimgraph.eval.polnear import evaluate, read_ann
from claimgraph.eval.spans import TokenIndex, f1

TEXT = (
    "Harbor talks stall\n"
    "The port director said the cranes would stay idle until June.\n"
    "“We will not sign this deal,” the union leader told reporters.\n"
)


def _offsets(sub: str) -> tuple[int, int]:
    i = TEXT.index(sub)
    return i, i + len(sub)


def write_split(tmp: Path) -> Path:
    (tmp / "text").mkdir(parents=True)
    (tmp / "attributions").mkdir()
    (tmp / "text" / "a1.txt").write_text(TEXT, encoding="utf-8")
    rows = []
    n = 0
    for source, cue, content in [
        ("The port director", "said", "the cranes would stay idle until June"),
        ("the union leader", "told", "“We will not sign this deal,”"),
    ]:
        ids = []
        for role, sub in (("Source", source), ("Cue", cue), ("Content", content)):
            n += 1
            s, e = _offsets(sub)
            rows.append(f"T{n}\t{role} {s} {e}\t{sub}")
            ids.append(f"{role}:T{n}")
        rows.append(f"E{len(rows)}\tAttribution:T0 " + " ".join(ids))
    (tmp / "attributions" / "a1_x1.ann").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return tmp


def test_read_ann_keeps_roles(tmp_path):
    split = write_split(tmp_path)
    golds = read_ann(split / "attributions" / "a1_x1.ann")
    assert len(golds) == 2
    assert golds[1].quoted and not golds[0].quoted
    assert TEXT[slice(*golds[0].source[0])] == "The port director"


def test_scores_on_written_split(tmp_path, nlp):
    res = evaluate(write_split(tmp_path))
    assert res["quoted"]["gold"] == 1 and res["other"]["gold"] == 1
    assert res["all"]["content_recall"] == 1.0
    assert res["all"]["speaker_accuracy"] == 1.0
    assert res["precision"] == 1.0


def test_token_f1_rejects_overlong_spans():
    idx = TokenIndex("a b c d e f g h i j")
    gold = idx.tokens([(0, 3)])  # a b
    assert f1(gold, idx.tokens([(0, 3)])) == 1.0
    assert f1(gold, idx.tokens([(0, 19)])) < 0.5


def test_a_broken_quotation_is_scored_on_its_parts():
    from types import SimpleNamespace

    from claimgraph.eval.polnear import Counts, GoldAttribution, score_article

    text = "“Yes,” said the deputy assistant secretary for regional port affairs, Jane Roe, “we will.”\n"
    a, b = text.index("Yes"), text.index("Yes") + 3
    c, d = text.index("we will"), text.index("we will") + 7
    gold = GoldAttribution(content=[(a, b), (c, d)], content_text="“Yes,” “we will.”")
    whole = SimpleNamespace(content_span=(a, d), content_parts=None, speaker_span=None)
    parts = SimpleNamespace(content_span=(a, d), content_parts=[(a, b), (c, d)], speaker_span=None)
    found = []
    for ours in (whole, parts):
        counts = {"quoted": Counts(), "other": Counts()}
        score_article(text, [ours], [gold], counts)
        found.append(counts["quoted"].found)
    assert found == [0, 1]  # the frame between the parts would sink the overlap
