"""One shared index of a parsed Doc's tokens, read once per Doc for the stages that walk the parse.

The actor, quote and event stages all ask for the same token attributes (heads, dependency labels,
parts of speech, word forms, children, sentences). Reading them with `Doc.to_array` and turning them
into plain lists is done here once per Doc; the result is kept weakly, so it goes with the Doc
(it holds no reference to the Doc, not even through a Span, or the Doc would never be freed).
"""
from __future__ import annotations

import weakref
from functools import cached_property

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, ORTH, POS, SENT_START, TAG
from spacy.tokens import Doc

__all__ = ["TokenIndex", "token_index"]


class TokenIndex:
    """The parse attributes of one Doc's tokens as numpy columns (string attributes as string ids),
    with plain-list views, children and sentences built on first use."""

    _ATTRS = [ORTH, LOWER, LEMMA, POS, DEP, HEAD, TAG, SENT_START]

    def __init__(self, doc: Doc) -> None:
        self._doc = weakref.ref(doc)
        self.size = len(doc)
        if self.size:
            table = doc.to_array(self._ATTRS)
        else:
            table = np.zeros((0, len(self._ATTRS)), dtype=np.uint64)
        self.orth, self.lower, self.lemma, self.pos, self.dep = (table[:, k] for k in range(5))
        self.head = np.arange(self.size, dtype=np.int64) + table[:, 5].astype(np.int64)  # HEAD is an offset
        self.tag = table[:, 6]
        self.sent_start_flag = table[:, 7] == 1  # `Token.is_sent_start` is True

    @cached_property
    def heads(self) -> list[int]:
        """Each token's head (a root is its own head)."""
        return self.head.tolist()

    @cached_property
    def orth_ids(self) -> list[int]:
        return self.orth.tolist()

    @cached_property
    def lower_ids(self) -> list[int]:
        return self.lower.tolist()

    @cached_property
    def lemma_ids(self) -> list[int]:
        return self.lemma.tolist()

    @cached_property
    def pos_ids(self) -> list[int]:
        return self.pos.tolist()

    @cached_property
    def dep_ids(self) -> list[int]:
        return self.dep.tolist()

    @cached_property
    def tag_ids(self) -> list[int]:
        return self.tag.tolist()

    @cached_property
    def kids(self) -> list[list[int]]:
        """Each token's children in text order, as `Token.children` gives them."""
        positions = np.arange(self.size)
        attached = self.head != positions  # a root is its own head, no child of itself
        children = positions[attached]
        heads = self.head[attached]
        order = np.argsort(heads, kind="stable")  # grouped by head, each group in text order
        grouped = children[order].tolist()
        ends = np.cumsum(np.bincount(heads, minlength=self.size)).tolist()
        starts = [0, *ends[:-1]]
        return [grouped[start:end] for start, end in zip(starts, ends)]

    @cached_property
    def sentence_bounds(self) -> list[tuple[int, int]]:
        """(start, end) token bounds of the sentences `Doc.sents` gives."""
        doc = self._doc()
        if doc is None:
            raise ReferenceError("the Doc of this TokenIndex is gone")
        return [(sentence.start, sentence.end) for sentence in doc.sents]

    @cached_property
    def sentence_number(self) -> list[int]:
        """The number (in `sentence_bounds`) of each token's sentence."""
        numbers: list[int] = []
        for n, (start, end) in enumerate(self.sentence_bounds):
            numbers.extend([n] * (end - start))
        return numbers


# the index of each Doc, with the token count that checks it is current
_INDEXES: "weakref.WeakKeyDictionary[Doc, TokenIndex]" = weakref.WeakKeyDictionary()


def token_index(doc: Doc) -> TokenIndex:
    """The :class:`TokenIndex` of ``doc``, built once per Doc (read anew if its length changed)."""
    index = _INDEXES.get(doc)
    if index is None or index.size != len(doc):
        index = _INDEXES[doc] = TokenIndex(doc)
    return index


# string-store hash -> its string, and the lower-cased string; hashes are stable across documents,
# so the memos serve every document (each starts over when it grows past its cap)
STRINGS: dict[int, str] = {}
LOWERED: dict[int, str] = {}
_MEMO_CAP = 500_000


def string_of(key: int, strings) -> str:
    """The string of a string-store hash, memoised."""
    text = STRINGS.get(key)
    if text is None:
        if len(STRINGS) > _MEMO_CAP:
            STRINGS.clear()
        text = STRINGS[key] = strings[key]
    return text


def lowered(key: int, strings) -> str:
    """The lower-cased string of a string-store hash, memoised."""
    text = LOWERED.get(key)
    if text is None:
        if len(LOWERED) > _MEMO_CAP:
            LOWERED.clear()
        text = LOWERED[key] = strings[key].lower()
    return text
