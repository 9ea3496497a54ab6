"""Evaluative statements become CAMEO events: findings of failings are criticism (111/112), findings
of merit are praise (051).

Observers, rights groups and governments report what they found ("there were serious problems",
"the access of candidates to the media was limited", "the commission was well prepared") in
quotations and reported speech. :func:`evaluation_events` reads the quotations the quote stage
attributed to an actor, looks up the evaluative words of `data/evaluations.yaml` in each quoted
sentence and codes the sentence's polarity as an act of the speaker aimed at the party evaluated.

Decisions worth knowing:
- A negator turns a term ("no transparency" is a criticism; "no problems" says nothing); a
  restrictor makes a positive term a failing ("lack of transparency", "little progress").
- A failing that is the object of a remedy ("to solve the problems", "the fight against fraud"),
  or that is only possible ("could lead to violations", "if there is fraud"), is not a finding.
- The target is whose failing or merit the term names: its possessor ("Baghdad's failure"), its
  of/by/from/under object ("violations by the police") or, for a predicate, the clause's subject
  ("the commission was well prepared"), when that is a state, an organisation, or a person or group
  with a state or armed sector (journalists, voters and activists are whom a failing hurts). An
  owner on the speaker's own side (itself, its organisations and their members, and the actors of
  its country that stand where it stands: the state's organs for a state's speaker, the non-state
  actors for an opposition figure, a militia or a rights group) means no event, so an opposition
  leader's criticism of the government is coded and a minister's of the ministry is not. Only a predicate's subject owns the term: the subject of "suffers from problems" is
  whom the failing hurts, and counts as no owner. With no owner, the state of the article's main country, unless the
  speaker speaks for that country's state or the term is a bare definite noun ("the crime took place": an act
  named, not judged). No target, no event.
- Negative terms outweigh positive ones in one sentence; 112 (accuse) wins over 111 when one of
  the sentence's negative terms charges a wrong act.
- A sentence the verb patterns already coded as criticism or praise of someone (root 11 or 05 with
  a target) gives no second event.
- One speaker's evaluations of one target with one polarity fold into one event, one mention per
  sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Literal, Optional

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator
from spacy.tokens import Doc, Span, Token

from newsgraph.knowledge.cameo import get_cameo
from newsgraph.knowledge.datafiles import DATA_DIR, STATE_SECTORS, describe_validation_error, load_yaml
from newsgraph.errors import DictionaryError
from newsgraph.knowledge.words import get_words
from newsgraph.pipeline.actors import ActorTable
from newsgraph.pipeline.events import DEFINITE_DETERMINERS as _DEFINITE, EventCandidate, ResolvedEvent
from newsgraph.pipeline.tokens import lowered, string_of, token_index
from newsgraph.text import doc_text

__all__ = ["EvaluationLexicon", "load_evaluations", "evaluation_events", "EVALUATIONS_FILE"]

EVALUATIONS_FILE = DATA_DIR / "evaluations.yaml"

_WORD = r"[a-z][a-z'-]*"
_ENTRY = re.compile(rf"{_WORD}( {_WORD})?")
_ONE_WORD = re.compile(_WORD)

NEGATIVE, POSITIVE = -1, 1
_CRITICISM_ROOT, _PRAISE_ROOT = "11", "05"
_CONFIDENCE = 0.5
# Sectors of a person or group whose failings a finding may blame (a state's or an armed force's).
_BLAMABLE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "PTY", "OPP", "CRM", "SEP",
                               "RAD", "IGO"})
# Organisations that report findings rather than being the subject of them.
_UNBLAMABLE_ORG_SECTORS = frozenset({"MED", "NGO", "EDU", "HLH"})
_WORDS = get_words().evaluations
_UNREAL_AUXILIARIES = _WORDS.unreal_auxiliaries
_UNREAL_MARKS = _WORDS.unreal_marks
# Dependencies a term's negation, restriction or remedy is read through, walking up the parse.
_ARGUMENT_DEPS = frozenset({"dobj", "attr", "acomp", "nsubj", "nsubjpass", "oprd", "xcomp", "pobj", "prep",
                            "conj", "appos", "advmod"})


# --------------------------------------------------------------------------- lexicon


class _EvaluationFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Literal[1]
    negative: dict[str, str]
    positive: dict[str, str]
    negators: list[str]
    restrictors: list[str] = []
    remedies: list[str] = []

    @field_validator("negative", "positive")
    @classmethod
    def _entries_are_words(cls, terms: dict[str, str]) -> dict[str, str]:
        for term in terms:
            if not _ENTRY.fullmatch(term):
                raise ValueError(f"term {term!r} must be one or two lowercase words")
        return terms

    @field_validator("negators", "restrictors", "remedies")
    @classmethod
    def _words_are_lowercase(cls, words: list[str]) -> list[str]:
        for word in words:
            if not _ONE_WORD.fullmatch(word):
                raise ValueError(f"{word!r} must be one lowercase word")
        return words


@dataclass(frozen=True)
class _Term:
    modifier: Optional[str]  # a word that must modify the head ("well" of "well prepared")
    code: str
    polarity: int


@dataclass(frozen=True)
class EvaluationLexicon:
    """The evaluative words :func:`evaluation_events` reads, by head word."""

    terms: dict[str, tuple[_Term, ...]]
    negators: frozenset[str]
    restrictors: frozenset[str]
    remedies: frozenset[str]

    def term_of(self, token: Token) -> Optional[_Term]:
        """The evaluative term `token` heads, if any (matched on its lemma or its lower-cased form)."""
        doc, i = token.doc, token.i
        if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in _AGAINST_PREFIXES:
            return None  # "an anti-corruption court" finds no corruption
        for form in (token.lemma_.lower(), token.lower_):
            for term in self.terms.get(form, ()):
                if term.modifier is None or any(c.lower_ == term.modifier for c in token.children):
                    return term
        return None


def load_evaluations(path: str | Path | None = None) -> EvaluationLexicon:
    """Load and validate an evaluation word file (default: the packaged ``data/evaluations.yaml``).

    Raises :class:`newsgraph.errors.DictionaryError` naming the file and the bad entry.
    """
    return _load_evaluations(str(Path(path).resolve()) if path else str(EVALUATIONS_FILE))


@lru_cache(maxsize=8)
def _load_evaluations(path: str) -> EvaluationLexicon:
    raw = load_yaml(path, required=("negative", "positive", "negators"))
    try:
        data = _EvaluationFile.model_validate(raw)
    except ValidationError as exc:
        raise DictionaryError(path, describe_validation_error(exc)) from exc
    cameo = get_cameo()
    terms: dict[str, list[_Term]] = {}
    for section, polarity, root in (("negative", NEGATIVE, _CRITICISM_ROOT), ("positive", POSITIVE, _PRAISE_ROOT)):
        for entry, code in getattr(data, section).items():
            if code not in cameo or cameo.get(code).root != root:
                raise DictionaryError(path, f"code {code!r} is not a CAMEO code of root {root}",
                                      entry=f"{section}.{entry}")
            *modifier, head = entry.split()
            terms.setdefault(head, []).append(_Term(modifier[0] if modifier else None, code, polarity))
    for head in terms:  # a term with a modifier is more specific: try it first
        terms[head].sort(key=lambda t: t.modifier is None)
    return EvaluationLexicon(
        terms={head: tuple(found) for head, found in terms.items()},
        negators=frozenset(data.negators),
        restrictors=frozenset(data.restrictors),
        remedies=frozenset(data.remedies),
    )


# --------------------------------------------------------------------------- polarity


def _in(token: Token, words: frozenset[str]) -> bool:
    return token.lower_ in words or token.lemma_.lower() in words


def _governors(token: Token, limit: int = 3) -> Iterable[Token]:
    """The words above `token` it is an argument of ("found no [problems]": found)."""
    current = token
    for _ in range(limit):
        if current.dep_ not in _ARGUMENT_DEPS or current.head.i == current.i:
            return
        current = current.head
        yield current


def _negated(token: Token, lexicon: EvaluationLexicon) -> bool:
    """Whether a negator governs or modifies the term ("no problems", "did not find problems")."""
    for child in token.children:
        if child.dep_ in ("neg", "det", "advmod", "preconj") and _in(child, lexicon.negators):
            return True
        if child.dep_ in ("amod", "advmod") and any(c.dep_ == "neg" for c in child.children):
            return True  # "not enough progress"
    for above in _governors(token):
        if _in(above, lexicon.negators):  # "without interference"
            return True
        if any(c.dep_ in ("neg", "det") and _in(c, lexicon.negators) for c in above.children):
            return True
    return False


def _restricted(token: Token, lexicon: EvaluationLexicon) -> bool:
    """Whether a restrictor makes a positive term a failing ("lack of transparency", "little progress")."""
    if any(c.dep_ in ("amod", "advmod", "det", "compound", "nummod") and _in(c, lexicon.restrictors)
           for c in token.children):
        return True
    for above in _governors(token, 2):
        if _in(above, lexicon.restrictors):
            return True
        if any(c.dep_ in ("acomp", "xcomp") and _in(c, lexicon.restrictors) for c in above.children):
            return True  # "transparency was insufficient"
    return False


def _remedied(token: Token, lexicon: EvaluationLexicon) -> bool:
    """Whether the failing is something to remove, prevent, examine or deny, not a finding."""
    if token.head.i != token.i and _in(token.head, lexicon.remedies):
        return True
    return any(_in(above, lexicon.remedies) for above in _governors(token))


def _unreal(token: Token) -> bool:
    """Whether the term is only possible or conditional ("could lead to violations", "if fraud occurs")."""
    current = token
    for _ in range(8):
        for child in current.children:
            if (child.dep_ == "aux" and child.lower_ in _UNREAL_AUXILIARIES) or \
                    (child.dep_ == "mark" and child.lower_ in _UNREAL_MARKS):
                return True
        if current.head.i == current.i or current.dep_ in ("ccomp", "relcl"):
            return False  # the clause the term stands in ends here
        current = current.head
    return False


# Verbs by which a party voices a judgement of something ("rejected the offer as insufficient",
# "called the ruling unjust", "described the conditions as inhumane").
_JUDGING_VERBS = _WORDS.judging_verbs
_JUDGEMENT_DEPS = frozenset({"amod", "acomp", "oprd", "xcomp", "ccomp", "pobj", "prep", "dobj", "attr"})


def _voiced_by_another(token: Token) -> bool:
    """Whether the term is the judgement of a named party the sentence tells of ("X said the
    prisoners had rejected the offer as insufficient"): that party's, not the teller's, finding."""
    current = token
    for _ in range(3):
        if current.dep_ not in _JUDGEMENT_DEPS or current.head.i == current.i:
            return False
        current = current.head
        if current.pos_ == "VERB":
            return current.lemma_.lower() in _JUDGING_VERBS and any(
                c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in current.children)
    return False


def _polarity(token: Token, term: _Term, lexicon: EvaluationLexicon) -> int:
    """The polarity the term gives its sentence: -1 criticism, +1 praise, 0 nothing."""
    if _voiced_by_another(token):
        return 0
    if term.polarity == POSITIVE:
        if _negated(token, lexicon) or _restricted(token, lexicon):
            return NEGATIVE if not _unreal(token) else 0
        return POSITIVE if not _unreal(token) else 0
    if _negated(token, lexicon) or _remedied(token, lexicon) or _unreal(token):
        return 0
    return NEGATIVE


# --------------------------------------------------------------------------- sides


def _chain(table: ActorTable, key: str) -> list[str]:
    """`key` and every organisation it belongs to, nearest first."""
    chain: list[str] = []
    while key in table.drafts and key not in chain:
        chain.append(key)
        key = table.drafts[key].affiliation or ""
    return chain


@dataclass(frozen=True)
class _Side:
    """The speaker's own side: itself, its organisations, and the actors of its country that stand
    where it stands (the state's organs for a state's speaker; for an opposition figure, a militia
    or a rights group, everyone of its country but the state)."""

    members: frozenset[str]
    country: Optional[str]
    state: bool  # the speaker speaks for the state (government, army, courts, ...)

    def holds(self, table: ActorTable, key: str) -> bool:
        draft = table.drafts[key]
        if self.country is not None and draft.country == self.country and _of_state(draft) == self.state:
            return True
        return bool(self.members & set(_chain(table, key)))


def _of_state(draft) -> bool:
    return draft.type == "GPE" or draft.sector in STATE_SECTORS


def _side_of(table: ActorTable, speaker: str) -> _Side:
    chain = _chain(table, speaker)
    country = next((table.drafts[k].country for k in chain if table.drafts[k].country), None)
    state = any(_of_state(table.drafts[k]) for k in chain if table.drafts[k].country or table.drafts[k].sector)
    return _Side(frozenset(chain), country, state)


def _blamable(table: ActorTable, key: str) -> bool:
    """Whether an actor may be the one a finding evaluates (see the module docstring)."""
    draft = table.drafts[key]
    if draft.type == "GPE":
        return True
    if draft.type == "ORG":
        return draft.sector not in _UNBLAMABLE_ORG_SECTORS
    return draft.sector in _BLAMABLE_SECTORS



_AGAINST_PREFIXES = _WORDS.against_prefixes
# Cues of quotations that ask for something rather than find it.
_REQUEST_CUES = _WORDS.request_cues
_OWNER_PREPOSITIONS = _WORDS.owner_prepositions


def _owners(term: Token) -> list[Token]:
    """The words naming whose failing or merit the term is: its possessor ("Baghdad's failure"), the
    object of its of/by/from ("violations by the police"), or the subject of the clause it is the
    predicate or the object of ("the commission was well prepared", "Tehran suffers from problems")."""
    owners = [c for c in term.children if c.dep_ == "poss"]
    for prep in term.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in _OWNER_PREPOSITIONS:
            owners.extend(c for c in prep.children if c.dep_ == "pobj")
    predicate = term
    if predicate.dep_ in ("amod", "compound") and predicate.head.dep_ == "attr":
        predicate = predicate.head  # "the vote was a fair one"
    if predicate.dep_ in ("acomp", "attr", "oprd") or (predicate.dep_ == "advmod" and predicate.head.dep_ == "ROOT"):
        # only a predicate says what its subject is: the subject of "suffers from problems" or
        # "faces obstacles" is whom the failing hurts
        owners.extend(c for c in predicate.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    return owners


_INDEFINITE = frozenset({"a", "an"})


def _describes_a_kind(term: Token) -> bool:
    """An adjective on an indefinite noun with no owner ("a credible central bank is essential", "fears
    a fair race"): it tells what kind of thing is meant or wanted, no finding about a party."""
    return term.dep_ == "amod" and term.head.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in _INDEFINITE for c in term.head.children)


def _actor_in(table: ActorTable, word: Token) -> Optional[str]:
    """The actor `word`, its possessor, modifiers or "of" object name ("the Interior Ministry's police")."""
    near = [c for c in word.children if c.dep_ in ("poss", "compound", "amod")]
    near += [o for p in word.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    for token in (word, *near):  # "the regime of X"
        key = table.token_owner.get(token.i)
        if key in table.drafts:
            return key
    return None


def _target(table: ActorTable, trigger: Token, side: _Side) -> Optional[str]:
    """Whom the finding evaluates: the owner the parse gives the term, else the article's state;
    None when the owner is the speaker's own side or no one fits."""
    for word in _owners(trigger):
        key = _actor_in(table, word)
        if key is None:
            continue
        if side.holds(table, key):
            return None  # "we face problems", "Tehran suffers from problems": not a criticism
        if _blamable(table, key):
            return key
    if side.country is not None and side.country == table.main_country and side.state:
        return None  # a state's own speaker does not find fault with its state
    if _describes_a_kind(trigger):
        return None
    if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in trigger.children) \
            and not any(c.dep_ == "amod" for c in trigger.children):
        return None  # "the crime took place": a known act named, not judged, whose doer goes unnamed
    return table.state_key(table.main_country)


def _speaker_of(doc: Doc, table: ActorTable, quote) -> Optional[str]:
    """The quote's speaker; with none resolved, the organisation or person its speaker words name
    ("a joint statement of the mission"), found next to the quotation."""
    if quote.speaker in table.drafts:
        return quote.speaker
    words = quote.speaker_text
    if not words:
        return None
    text = doc_text(doc)
    at = text.rfind(words, max(0, quote.start - 400), quote.start)
    if at < 0:
        at = text.find(words, quote.end, quote.end + 400)
    if at < 0:
        return None
    span = doc.char_span(at, at + len(words), alignment_mode="expand")
    if span is None:
        return None
    for i in range(span.start, span.end):
        key = table.token_owner.get(i)
        if key in table.drafts and table.drafts[key].type in ("ORG", "PERSON", "GPE"):
            return key
    return None


# --------------------------------------------------------------------------- events


def _graded_terms(tokens: Iterable[Token], table: ActorTable, lexicon: EvaluationLexicon
                  ) -> list[tuple[int, str, Token]]:
    """(polarity, code, term) of every evaluative term among `tokens`: negative ones first, the
    stronger charge (112) before 111, then in text order."""
    found: list[tuple[int, str, Token]] = []
    owner_of = table.token_owner
    terms = lexicon.terms
    if isinstance(tokens, Span):
        # the words read off the shared token index: a Token only for the few that may be terms
        doc, strings = tokens.doc, tokens.doc.vocab.strings
        index = token_index(doc)
        lower_ids, lemma_ids = index.lower_ids, index.lemma_ids
        tokens = [doc[i] for i in range(tokens.start, tokens.end) if i not in owner_of and (
            string_of(lower_ids[i], strings) in terms or lowered(lemma_ids[i], strings) in terms)]
    for token in tokens:
        if token.i in owner_of or not (token.lower_ in terms or token.lemma_.lower() in terms):
            continue
        term = lexicon.term_of(token)
        if term is None:
            continue
        polarity = _polarity(token, term, lexicon)
        if polarity:
            code = term.code if polarity == term.polarity else _flipped_code(polarity)
            found.append((polarity, code, token))
    found.sort(key=lambda f: (f[0], f[1] != "112", f[2].i))
    return found


def _flipped_code(polarity: int) -> str:
    return "111" if polarity == NEGATIVE else "051"


def evaluation_events(doc: Doc, table: ActorTable, quotes: list, resolved: list[ResolvedEvent],
                      lexicon: Optional[EvaluationLexicon] = None) -> list[ResolvedEvent]:
    """Criticism and praise told in the quotations of `doc`, as events of their speakers.

    `quotes` are the record's quotes (speaker = actor key); `resolved` the events the verb
    patterns coded, whose criticism or praise sentences are not coded again.
    """
    lexicon = lexicon or load_evaluations()
    if not quotes or not len(doc):
        return []
    cameo = get_cameo()
    # sentences the verb patterns coded as criticism or praise already (their target, when the
    # words name none, is found later from the act they judge)
    coded = {e.candidate.sentence.start for e in resolved
             if e.candidate.root in (_CRITICISM_ROOT, _PRAISE_ROOT) and (e.target_id or e.source_id)}
    seen: set[int] = set()  # sentences already coded: one finding per sentence, whoever relays it
    folded: dict[tuple[str, str, int], ResolvedEvent] = {}
    for quote in sorted(quotes, key=lambda q: q.start):
        if (quote.cue or "").split(" ")[0] in _REQUEST_CUES:
            continue  # "urged the authorities to ensure a fair appeal": a request, not a finding
        speaker = _speaker_of(doc, table, quote)
        if speaker is None:
            continue
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        side = _side_of(table, speaker)
        i = span.start
        while i < span.end:
            start, end = table.sent_start[i], table.sent_end[i]
            inside = doc[i:min(end, span.end)]
            i = min(end, span.end)
            if start in coded or start in seen:
                continue
            sentence = doc[start:end]
            chosen = None
            graded = _graded_terms(inside, table, lexicon)
            for polarity, code, trigger in graded:
                if polarity != graded[0][0]:
                    break  # negative terms outweigh the positive ones of the same sentence
                target = _target(table, trigger, side)
                if target is not None and target != speaker:
                    chosen = (polarity, code, trigger, target)
                    break
            if chosen is None:
                continue
            polarity, code, trigger, target = chosen
            seen.add(start)
            entry = cameo.get(code)
            candidate = EventCandidate(
                trigger=trigger, code=entry.code, root=entry.root, quad_class=entry.quad_class,
                goldstein=entry.goldstein, source=None, target=None, negated=False, modality=None,
                rule=f"evaluation:{trigger.lemma_.lower()}", confidence=_CONFIDENCE, sentence=sentence)
            key = (speaker, target, polarity)
            event = folded.get(key)
            if event is None:
                folded[key] = ResolvedEvent(candidate, speaker, target, [candidate])
            else:
                event.mentions.append(candidate)
                if candidate.code > event.candidate.code and candidate.root == event.candidate.root:
                    # the stronger charge (112 over 111) names the folded act
                    event.candidate = replace(event.candidate, code=entry.code, goldstein=entry.goldstein)
                    event.mentions[0] = event.candidate
    return list(folded.values())
