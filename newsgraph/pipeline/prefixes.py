"""Verbs written with a hyphenated "re-" ("re-arrested", "re-impose", "re-examine") kept whole and
lemmatised as their base verb, so they code like it.

spaCy's English tokenizer splits a word at every hyphen between letters, and the parser then reads
"re - arrested" as three words (often "re" as the verb of the clause). Keeping the word whole gives
a sound parse; the rule lemmatizer does not know the prefixed form ("re-arreste"), so each such
verb's lemma is the lemma of its base word with the same part of speech and morphology.
"""
import re

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

_HYPHEN_INFIX_END = "(?:-|–|—|--|---|——|~)(?="
# no split at the hyphen right after a word-initial "re"
_NOT_AFTER_RE = "(?<!^[Rr]e)"
_PREFIXED = re.compile(r"^re-([a-z]{3,})$")


def keep_re_prefixed_words(nlp: Language) -> bool:
    """Make the tokenizer keep "re-X" as one token. Returns whether the hyphen infix was found."""
    infixes = list(nlp.Defaults.infixes or ())
    changed = False
    for k, pattern in enumerate(infixes):
        if _HYPHEN_INFIX_END in pattern and not pattern.startswith(_NOT_AFTER_RE):
            infixes[k] = _NOT_AFTER_RE + pattern
            changed = True
    if changed:
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return changed


class PrefixedVerbLemmas:
    """Gives each "re-X" verb the lemma of X (its rule lemma for the same POS and morphology)."""

    def __init__(self, nlp: Language, lemmatizer: str = "lemmatizer") -> None:
        self.nlp = nlp
        self.lemmatizer = lemmatizer
        self._lemmas: dict[tuple[str, str, str], str] = {}

    def _base_lemma(self, base: str, pos: str, morph: str) -> str:
        key = (base, pos, morph)
        if key not in self._lemmas:
            lemmatizer = self.nlp.get_pipe(self.lemmatizer)
            word = Doc(self.nlp.vocab, words=[base], pos=[pos], morphs=[morph])[0]
            self._lemmas[key] = lemmatizer.rule_lemmatize(word)[0]
        return self._lemmas[key]

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.pos_ != "VERB":
                continue
            match = _PREFIXED.match(token.lower_)
            if match:
                token.lemma_ = self._base_lemma(match.group(1), token.pos_, str(token.morph))
        return doc


@Language.factory("ng_prefixed_lemmas", default_config={"lemmatizer": "lemmatizer"})
def make_prefixed_lemmas(nlp: Language, name: str, lemmatizer: str) -> PrefixedVerbLemmas:
    return PrefixedVerbLemmas(nlp, lemmatizer)
