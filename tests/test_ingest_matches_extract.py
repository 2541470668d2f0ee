"""What ingest stores for an article is what `extract` prints for it."""

from tests.conftest import EXAMPLES

from claimgraph.pipeline import extract
from claimgraph.store.ingest import ingest
from claimgraph.store.sqlite import Store


def test_stored_statements_equal_extract(tmp_path, nlp):
    path = EXAMPLES / "articles" / "harbor-dispute.txt"
    db = tmp_path / "s.db"
    ingest([str(path)], db=str(db))
    want = extract(path.read_text(encoding="utf-8"))
    with Store.open(db) as store:
        got = store.document(want.document.id)
    assert got is not None
    key = lambda s: (s.cue_span, s.content_span, s.content_parts, s.kind, s.stance)  # noqa: E731
    assert sorted(map(key, got.statements)) == sorted(map(key, want.statements))
