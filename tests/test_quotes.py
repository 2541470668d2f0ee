"""Quotation spans on raw characters: curly, straight, nested, unbalanced."""

from claimgraph.attribution.quotes import find_quotes


def inner(text, q):
    return text[q.inner_start : q.inner_end]


def test_curly_and_straight_quotes():
    t = 'He said "one two" and “three four” too.'
    assert [inner(t, q) for q in find_quotes(t)] == ["one two", "three four"]


def test_nested_quote_of_other_kind_stays_inside():
    t = 'She said "the sign read “keep out” today."'
    qs = find_quotes(t)
    assert len(qs) == 1 and inner(t, qs[0]) == "the sign read “keep out” today."


def test_unclosed_quote_ends_at_paragraph_and_is_marked():
    t = "“First part of a long quote\n“Second part.” he said"
    qs = find_quotes(t)
    assert [q.closed for q in qs] == [False, True]
    assert inner(t, qs[0]) == "First part of a long quote"
    assert qs[1].para_start


def test_double_apostrophes_count_as_quote_marks():
    t = "She said ''we will win,'' and left."
    assert [inner(t, q) for q in find_quotes(t)] == ["we will win,"]


def test_stray_marks_never_raise():
    for t in ['"', "”", "“", 'a " b ” c “', "“" * 50, '"' * 7]:
        find_quotes(t)  # no exception
