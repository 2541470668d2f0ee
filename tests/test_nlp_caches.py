"""The per-Doc helpers of `claimgraph.nlp` give what spaCy gives, and are dropped after an analysis."""

import numpy as np
import pytest
from spacy.tokens import Doc

from claimgraph import nlp as nlp_mod
from claimgraph.pipeline import analyse
from claimgraph.schema import DocumentMeta

TEXT = ("Harbor talks fail; unions blame the port\n\nLIMA, June 4 (Andes Wire) - The minister, who spoke in Lima, "
        "said on Monday that the talks had failed.\n\n\"Nobody will sign,\" a union leader told reporters. "
        "Officials denied it.\n")


def test_paragraphs_join_into_the_doc_from_docs_makes(nlp):
    parts = list(nlp.pipe(nlp_mod.chunks(TEXT)))
    assert len(parts) > 2
    joined = nlp_mod._join(parts)
    assert joined.text == TEXT
    assert joined.to_bytes() == Doc.from_docs(parts, ensure_whitespace=False).to_bytes()


def test_masks_and_heads_match_the_tokens_and_are_dropped_after_an_analysis(nlp):
    doc = nlp_mod.parse(TEXT)
    for column, attr, value in (("pos", "pos_", "NOUN"), ("dep", "dep_", "nsubj"), ("lower", "lower_", "the"),
                                ("lemma", "lemma_", "say")):
        mask = nlp_mod.table_mask(doc, column, value)
        assert mask.tolist() == [getattr(t, attr) == value for t in doc]
        assert nlp_mod.table_mask(doc, column, value) is mask  # compared once
        with pytest.raises(ValueError):
            mask |= True  # shared: read-only
    assert nlp_mod.head_offsets(doc).tolist() == [t.head.i - t.i for t in doc]
    assert [t.i for t in nlp_mod.tokens_where(doc, pos=("VERB",), lowers=("the",))] == [
        t.i for t in doc if t.pos_ == "VERB" or t.lower_ == "the"]
    analyse(doc, DocumentMeta(id="x"))
    assert not {"claimgraph_masks", "claimgraph_heads", "claimgraph_token_table"} & set(doc.user_data)
    assert np.array_equal(doc.to_array(["HEAD"]), Doc(doc.vocab).from_bytes(doc.to_bytes()).to_array(["HEAD"]))
