"""spaCy's attribute ruler with its patterns indexed by their first token.

The stock `AttributeRuler` hands every pattern to a `Matcher`, which tries all of them at every
token: the English models' ~180 tag-map and exception patterns cost about a seventh of the
model's whole time. Almost every one of those patterns starts with a fixed tag or lower-case
form, so an index from those values to the patterns that can start there finds the same
matches while trying a handful per token. The matches are then applied by the stock code, in
the stock order (later rules win), so every token gets the same POS, MORPH and LEMMA.

Patterns the index cannot read (operators such as "OP", other attributes or predicates) leave
the model's own ruler in place.
"""

import re

from spacy.attrs import IDS
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens._retokenize import set_token_attrs

# attributes a pattern may test: string-valued ones (compared by hash) and flags
_STRING_KEYS = ("TAG", "LOWER", "DEP", "ORTH", "POS", "NORM")
_FLAG_KEYS = ("IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_TITLE", "IS_UPPER", "IS_LOWER")
# first-token attributes that index a pattern (by the values it accepts), most selective first
_INDEX_KEYS = ("LOWER", "ORTH", "TAG", "DEP")
_IN, _NOT_IN, _REGEX = 0, 1, 2
_ROWS_REMEMBERED = 200_000

# a token's tests: (column, operator, accepted values or regex test) per attribute
TokenTest = tuple[tuple[int, int, object], ...]
Pattern = tuple[TokenTest, ...]


class PatternIndex:
    """A ruler's patterns (`AttributeRuler.patterns`, rule i at position i), indexed by the
    value their first token must have. Raises ValueError for patterns it cannot read."""

    def __init__(self, vocab, patterns: list[dict]):
        strings = vocab.strings
        self.columns: list[str] = []
        # the stock ruler's match ids: the string of the rule number
        self.match_ids = [strings.add(str(i)) for i in range(len(patterns))]
        read = [(rule, [self._read_token(token, strings) for token in pattern])
                for rule, entry in enumerate(patterns) for pattern in entry["patterns"]]
        compiled = [(rule, tuple(tuple((self.columns.index(name), op, arg) for name, op, arg in token)
                                 for token in tokens), tokens[0])
                    for rule, tokens in read]
        # which one-token patterns match, and which longer ones may start, depends on the token's
        # row alone: both are remembered per row
        self.single = _FirstTokenIndex(self.columns, [c for c in compiled if len(c[1]) == 1])
        self.longer = _FirstTokenIndex(self.columns, [c for c in compiled if len(c[1]) > 1])
        self.by_row: dict[tuple[int, ...], tuple[tuple[int, ...], tuple]] = {}
        self.attr_ids = [IDS[name] for name in self.columns]

    def _read_token(self, token: dict, strings) -> list[tuple[str, int, object]]:
        if not token:
            raise ValueError("an empty token pattern matches any token")
        tests = []
        for name, value in token.items():
            name = name.upper()
            if name in _FLAG_KEYS and isinstance(value, bool):
                test = (name, _IN, frozenset([int(value)]))
            elif name not in _STRING_KEYS:
                raise ValueError(f"unsupported pattern attribute {name}: {value!r}")
            elif isinstance(value, str):
                test = (name, _IN, frozenset([strings.add(value)]))
            elif isinstance(value, dict) and len(value) == 1:
                (op, arg), = value.items()
                if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in arg):
                    test = (name, _IN if op == "IN" else _NOT_IN, frozenset(strings.add(v) for v in arg))
                elif op == "REGEX" and isinstance(arg, str):
                    test = (name, _REGEX, _RegexTest(re.compile(arg), strings))
                else:
                    raise ValueError(f"unsupported test for {name}: {value!r}")
            else:
                raise ValueError(f"unsupported test for {name}: {value!r}")
            if name not in self.columns:
                self.columns.append(name)
            tests.append(test)
        return tests

    def matches(self, doc) -> list[tuple[int, int, int, int]]:
        """(rule number, match id, start, end) of every match, sorted as the stock ruler sorts."""
        if not len(doc):
            return []
        rows = doc.to_array(self.attr_ids).reshape(len(doc), -1).tolist()
        n = len(rows)
        by_row, single, longer = self.by_row, self.single, self.longer
        if len(by_row) > _ROWS_REMEMBERED:
            by_row.clear()
        found = set()
        for start, row in enumerate(rows):
            key = tuple(row)
            known = by_row.get(key)
            if known is None:
                known = by_row[key] = (
                    tuple(rule for rule, pattern in single.candidates(row) if _fits(pattern, [row], 0)),
                    tuple((rule, pattern) for rule, pattern in longer.candidates(row)
                          if _fits(pattern[:1], [row], 0)))
            rules, starting = known
            for rule in rules:
                found.add((rule, start, start + 1))
            for rule, pattern in starting:
                end = start + len(pattern)
                if end <= n and _fits(pattern, rows, start):
                    found.add((rule, start, end))
        ids = self.match_ids
        return [(rule, ids[rule], start, end) for rule, start, end in sorted(found)]


class _FirstTokenIndex:
    """Patterns by a value their first token must have; those with no such value, apart."""

    def __init__(self, columns: list[str], compiled: list[tuple[int, Pattern, list]]):
        tables: dict[str, dict[int, list[tuple[int, Pattern]]]] = {}
        self.everywhere: list[tuple[int, Pattern]] = []
        for rule, pattern, first_tests in compiled:
            first = {name: arg for name, op, arg in first_tests if op == _IN}
            key = next((k for k in _INDEX_KEYS if k in first), None)
            if key is None:
                self.everywhere.append((rule, pattern))
                continue
            for value in first[key]:
                tables.setdefault(key, {}).setdefault(value, []).append((rule, pattern))
        self.tables = [(columns.index(key), table) for key, table in tables.items()]

    def candidates(self, row: list[int]) -> list[tuple[int, Pattern]]:
        found = [c for column, table in self.tables for c in table.get(row[column], ())]
        return found + self.everywhere if self.everywhere else found


def _fits(pattern: Pattern, rows: list[list[int]], start: int) -> bool:
    for offset, tests in enumerate(pattern):
        row = rows[start + offset]
        for column, op, arg in tests:
            value = row[column]
            if op == _IN:
                if value not in arg:
                    return False
            elif op == _NOT_IN:
                if value in arg:
                    return False
            elif not arg(value):
                return False
    return True


class _RegexTest:
    """A REGEX test on a string attribute, remembered per value (a hash in the Doc's array)."""

    def __init__(self, regex: re.Pattern, strings):
        self.regex, self.strings, self.seen = regex, strings, {}

    def __call__(self, value: int) -> bool:
        known = self.seen.get(value)
        if known is None:
            known = self.seen[value] = bool(self.regex.search(self.strings[value] if value else ""))
        return known


class IndexedAttributeRuler(AttributeRuler):
    """An `AttributeRuler` whose matching goes through a `PatternIndex`, built on first use and
    again when rules are added; the stock matcher serves patterns the index cannot read."""

    def match(self, doc):
        index = getattr(self, "_index", None)
        if index is None or (index and len(index.match_ids) != len(self.attrs)):
            try:
                index = PatternIndex(self.vocab, self.patterns)
            except ValueError:
                index = False
            self._index = index
        return index.matches(doc) if index else super().match(doc)

    def set_annotations(self, doc, matches):
        """As the stock ruler does, without a Span per match."""
        if not getattr(self, "_index", None):
            return super().set_annotations(doc, matches)
        attrs, indices = self.attrs, self.indices
        for rule, _match_id, start, end in matches:
            index = indices[rule]
            position = (start if index >= 0 else end) + index
            if not start <= position < end:
                return super().set_annotations(doc, matches)  # raises the stock error
            set_token_attrs(doc[position], attrs[rule])


@Language.factory("ng_indexed_attribute_ruler", default_config={"validate": False})
def make_indexed_attribute_ruler(nlp: Language, name: str, validate: bool) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate)


def index_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Swap the model's attribute ruler for the indexed one, with the same patterns.

    Returns whether it was swapped: not when the pipe is missing, is not a stock ruler, or has
    patterns the index cannot read."""
    if name not in nlp.pipe_names:
        return False
    stock = nlp.get_pipe(name)
    if type(stock) is not AttributeRuler:
        return False
    patterns = stock.patterns
    try:
        index = PatternIndex(stock.vocab, patterns)
    except ValueError:
        return False
    indexed = nlp.replace_pipe(name, "ng_indexed_attribute_ruler")
    indexed.add_patterns(patterns)
    indexed._index = index  # the rules are the same, numbered the same: no need to build it again
    return True
