"""spaCy's English rule lemmatizer, with its per-token loop replaced by one pass over the Doc's arrays.

The stock component visits every token as a Python `Token`, builds a cache key from it and sets
the lemma through the string store, one token at a time. Its rule lemma depends only on the
token's form, part of speech and morphology, which is exactly its own cache key; so reading those
three as arrays, looking each row up in a table of lemma hashes, and writing the lemma column back
in one call gives every token the same lemma for a fraction of the time. Rows never seen before
go through the stock `lemmatize`, so its rules and tables stay the only source of lemmas.
"""

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language

_ROWS_REMEMBERED = 200_000


class RowCachedEnglishLemmatizer(EnglishLemmatizer):
    """`EnglishLemmatizer` in rule mode that lemmatises a Doc through a table of (form, POS,
    morphology) rows; tokens that already have a lemma keep it unless `overwrite` is set."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._lemma_by_row: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc):
        if not self._validated:
            self._validate_tables(Errors.E1004)
        if self.mode != "rule" or not len(doc):
            return super().__call__(doc)
        by_row = self._lemma_by_row
        if len(by_row) > _ROWS_REMEMBERED:
            by_row.clear()
        strings = self.vocab.strings
        overwrite = self.overwrite
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if lemma and not overwrite:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            value = by_row.get(key)
            if value is None:
                value = by_row[key] = strings.add(self.lemmatize(doc[i])[0])
            lemmas.append(value)
        doc.from_array([LEMMA], np.array(lemmas, dtype=np.uint64).reshape(-1, 1))
        return doc


@Language.factory("ng_row_cached_lemmatizer",
                  default_config={"mode": "rule", "overwrite": False})
def make_row_cached_lemmatizer(nlp: Language, name: str, mode: str, overwrite: bool) -> RowCachedEnglishLemmatizer:
    return RowCachedEnglishLemmatizer(nlp.vocab, None, name, mode=mode, overwrite=overwrite)


def cache_lemmatizer(nlp: Language, name: str = "lemmatizer") -> bool:
    """Swap the model's English rule lemmatizer for the row-cached one, with the same tables.

    Returns whether it was swapped: not when the pipe is missing, is not the stock English
    lemmatizer, or does not work by rules."""
    if name not in nlp.pipe_names:
        return False
    stock = nlp.get_pipe(name)
    if type(stock) is not EnglishLemmatizer or stock.mode != "rule":
        return False
    cached = nlp.replace_pipe(name, "ng_row_cached_lemmatizer",
                              config={"mode": stock.mode, "overwrite": stock.overwrite})
    cached.lookups = stock.lookups
    return True
