"""Events in Title Case headlines.

English headlines are often written in Title Case ("Rebels Free Two Hostages"). spaCy's small
model reads every capitalised word as a proper noun, so the headline's verb is lost and the
article's main event goes uncoded. This module re-reads such headlines:

- a title or heading block is Title Case when its content words are capitalised and none (or, in
  a long headline, one) is written in lower case; a sentence-case headline is left alone;
- a copy of the headline of the same length is made in which only the letter case changes: every
  word is lower-cased except the first one (and the first after a colon), acronyms ("U.S.",
  "ELN") and the words of names (countries, demonyms, capitals and dictionary organisations, and
  the names the actor stage and the named-entity recogniser found in the rest of the article);
- the copy is parsed with spaCy's own components (not newsgraph's), `find_events` codes it, and
  each candidate is carried onto the main Doc by character offsets, so that the sides stage
  treats it like any other; these candidates replace whatever the main parse coded in the
  headline.

A headline in sentence case (or the re-cased copy of a Title Case one) may still hide its verb:
the tagger reads "Niger halts oil exports" or "Malta and Italy trade blame" as one long noun
phrase. Each clause of a headline is scanned for such a verb slot: a lower-case word right after
the clause's opening noun phrase, in the form that agrees with it (a word in -s after a singular
noun, a bare form after a plural or coordinated one), known as a verb (a bare form must be one
the verb patterns code), opening an object, and not read by the parse as a verb with a subject.
A copy made into a sentence ("Niger has halted oil exports") is parsed, and the acts coded at those
verbs replace what the first reading coded there, only when the copy's parse reads the verb as a
verb with a subject; in a sentence-case headline, only acts whose doer the article's actors name
and whose target is named. A sentence-case headline without such a slot is left to the main parse.

A headline of several clauses ("X expels reporter, Y summons envoy"; "X seizes ship .. and Y: an act
of piracy") tells reactions without their aim: a disapproval, rejection or cut in ties in a later
clause that names no party is aimed at the named doer of an earlier clause, and a named party
followed by a colon and a verbless phrase of blame is that party's denunciation of that doer.

A reaction with no target followed at once by a time clause ("X protests as Y begins filling a dam",
"X protests after Y's ship rams boats") is aimed at the doer that clause opens with. A headline
describes whom its act befalls ("sacks housing minister"); when the body names an actor with the same
description ("Housing Minister Jan Doe") the headline side is held as that actor's mention, and a
recovered verb's doer named by no mention ("police fire tear gas at ...") is the actor the body
describes in the same words. Where the body names no such actor, the actor table is left unchanged.

Headlines drop the auxiliary of a passive participle ("Soldiers Held Hostage" for "soldiers who
are held hostage"); the parser then reads the participle as a clause of its own and the act
before it loses its object. The parse of the copy is mended for that one pattern before coding.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, replace
from typing import Callable, Iterable, Optional

import numpy as np
from spacy.attrs import DEP, HEAD, LEMMA
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsgraph.knowledge.base import Knowledge
from newsgraph.knowledge.cameo import PatternSet, get_cameo, get_patterns
from newsgraph.knowledge.normalize import name_key
from newsgraph.knowledge.words import get_words
from newsgraph.pipeline.events import EventCandidate, find_events, names_an_act, verb_only_lemmas
from newsgraph.pipeline.factories import block_spans
from newsgraph.text import doc_text

__all__ = ["HeadlineEvents", "HeadlineReadings", "READINGS_KEY", "STATE_KEY", "headline_bounds", "is_title_case",
           "recase", "with_headline_events"]

# Where the events component leaves its `HeadlineEvents` for the sides stage.
STATE_KEY = "headline_events"
# Where the headlines component leaves its `HeadlineReadings` for the events component.
READINGS_KEY = "headline_readings"


@dataclass
class HeadlineReadings:
    """What re-reading a Doc's headlines found (`HeadlineEvents.read`), before it meets the main
    parse's candidates (`HeadlineEvents.__call__`)."""
    headlines: list[Span]
    # the candidates read, each with whether it is an act hung across a ";" (kept only where the
    # main parse coded nothing at its word)
    found: list[tuple[EventCandidate, bool]]
    replaced: list[tuple[int, int]]  # (start, end) characters whose main candidates give way
    mentions: Optional[list[tuple[int, int]]]  # the actors' mentions, when the reading needed them


HEADLINE_KINDS = frozenset({"title", "heading"})
_WORDS = get_words().headlines
# Words that Title Case styles leave in lower case: articles, conjunctions, short prepositions.
_TITLE_CASE_MINOR_WORDS = _WORDS.title_case_minor_words
_NAME_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_NAMED_ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE"})
_MAX_NAME_WORDS = 6
# A paragraph this short may be a headline repeated in the body.
_MAX_HEADLINE_CHARS = 200
# Marks after which a headline starts anew ("Syria: Rebels Take Town").
_SECTION_MARKS = frozenset({":", "|", "—", "–"})


_LETTER = re.compile(r"[^\W\d_]")
_TWO_CAPITALS = re.compile(r"[A-Z\u00c0-\u00de].*[A-Z\u00c0-\u00de]")


def _has_letter(word: str) -> bool:
    return word.isalpha() or _LETTER.search(word) is not None


def _is_acronym(word: str) -> bool:
    """Two capitals or more ("U.S.", "ELN", "McCain"): written that way on purpose."""
    return _TWO_CAPITALS.search(word) is not None


def is_title_case(words: Iterable[str]) -> bool:
    """Whether a headline's words (tokens, in order) are written in Title Case.

    The first word and acronyms say nothing either way; minor words (articles, short
    prepositions) may take either case. The headline is Title Case when at least two of the
    other words are capitalised and none is in lower case (one, in a headline of four capitalised
    words or more).
    """
    upper = lower = 0
    first = True
    for word in words:
        if not _has_letter(word):
            if word in _SECTION_MARKS:
                first = True
            continue
        if first:
            first = False
            continue
        if _is_acronym(word) or word.lower().strip(".'’") in _TITLE_CASE_MINOR_WORDS:
            continue
        initial = word[0] if word[0].isalpha() else _LETTER.search(word).group()
        if initial.isupper():
            upper += 1
        elif initial.islower():
            lower += 1
            if lower > 1:  # most blocks are running text: stop at the second lower-case word
                return False
    return upper >= 2 and (lower == 0 or (lower == 1 and upper >= 4))


def recase(tokens: list[tuple[int, str]], is_name: Callable[[int, int], int]) -> str:
    """The headline with only letter case changed, character for character.

    `tokens` are (offset, text) pairs relative to the headline's start; `is_name(i, j)` gives the
    number of tokens from `i` (up to `j`) that form a name, 0 when none does. Words keep their case
    when they open the headline (or a section after a colon), are acronyms or belong to a name;
    every other word is lower-cased.
    """
    if not tokens:
        return ""
    length = tokens[-1][0] + len(tokens[-1][1])
    chars = [" "] * length
    for offset, text in tokens:
        chars[offset:offset + len(text)] = text
    i = 0
    first = True
    while i < len(tokens):
        offset, text = tokens[i]
        if not _has_letter(text):
            first = first or text in _SECTION_MARKS
            i += 1
            continue
        named = is_name(i, min(len(tokens), i + _MAX_NAME_WORDS))
        if named:
            i += named
            first = False
            continue
        lowered = text.lower()
        if not first and not _is_acronym(text) and len(lowered) == len(text):
            chars[offset:offset + len(text)] = lowered
        first = False
        i += 1
    return "".join(chars)


class HeadlineEvents:
    """Codes the events of a Doc's Title Case headlines by parsing a re-cased copy of each."""

    def __init__(self, nlp: Language, kb: Knowledge):
        self.nlp = nlp
        self.kb = kb
        # headline verbs the tagger reads as plural nouns: also the main parse's (`EventStage`)
        self.verb_only_lemmas = verb_only_lemmas(nlp)
        self._components: Optional[list[Callable[[Doc], Doc]]] = None
        self._lexicon: Optional[_VerbLexicon] = None

    def parse(self, text: str) -> Doc:
        """`text` through the spaCy components of the pipeline only (newsgraph's left out)."""
        if self._components is None:  # read at first use: the pipeline is complete by then
            self._components = [proc for name, proc in self.nlp.pipeline if not name.startswith("ng_")]
        doc = self.nlp.make_doc(text)
        for component in self._components:
            doc = component(doc)
        return doc

    def headlines(self, doc: Doc) -> list[Span]:
        """The Doc's title and heading blocks written in Title Case."""
        return [span for kind, span in _title_case_blocks(doc) if kind in HEADLINE_KINDS]

    def __call__(self, doc: Doc, state: dict, candidates: list[EventCandidate],
                 patterns: Optional[PatternSet] = None) -> list[EventCandidate]:
        """`candidates` with those inside headlines replaced by a better reading: the re-cased
        copy of a Title Case headline, and a copy made into a sentence where a verb was lost."""
        patterns = patterns or get_patterns()
        readings = state[READINGS_KEY] if READINGS_KEY in state else self.read(doc, state, patterns)
        if readings is None:
            return candidates
        headlines, replaced, mentions = readings.headlines, readings.replaced, readings.mentions
        main_triggers = {c.trigger.i for c in candidates}
        found = [c for c, hung in readings.found if not (hung and c.trigger.i in main_triggers)]
        merged = candidates
        if replaced or found:
            kept = [c for c in candidates if not any(s <= c.trigger.idx < e for s, e in replaced)]
            merged = sorted(kept + found, key=lambda c: c.trigger.i)
        aimed = [_aimed_at_the_clause_after(c, headlines) for c in merged]
        if any(a is not c for a, c in zip(aimed, merged)):
            merged = aimed
        if mentions is None:
            mentions = _actor_mentions(state)
        named = self._naming(state.get("actors"), mentions)
        verdicts = [v for headline in headlines for v in _labelled_verdicts(headline, merged, named, patterns)]
        if verdicts:
            merged = sorted(merged + verdicts, key=lambda c: c.trigger.i)

        def names_a_party(span: Span) -> bool:
            return self._names_a_party(span, named)

        merged = _reactions_aimed_at_the_first_doer(headlines, merged, named, names_a_party, patterns)
        _described_in_body(doc, headlines, merged, state.get("actors"))
        _pair_comma_subjects(headlines, state.get("actors"))
        return merged

    def read(self, doc: Doc, state: dict, patterns: Optional[PatternSet] = None) -> Optional[HeadlineReadings]:
        """The candidates of the Doc's headlines read anew: a Title Case headline from its re-cased
        copy, another from a copy made into a sentence where a verb was lost; None when the Doc has
        no headline. This is the part that parses (spaCy's components on each copy); the events
        component merges the result with the main parse's candidates."""
        patterns = patterns or get_patterns()
        headlines = _headline_blocks(doc)
        if not headlines:
            return None
        title_case = _title_case_blocks(doc)
        title_case_heads = {span.start for kind, span in title_case if kind in HEADLINE_KINDS}
        known: Optional[set[str]] = None
        mentions: Optional[list[tuple[int, int]]] = None
        found: list[tuple[EventCandidate, bool]] = []
        replaced: list[tuple[int, int]] = []
        for headline in headlines:
            if headline.start in title_case_heads:
                if known is None:  # a headline repeated in the body is no evidence of how the article writes names
                    known = self._names_outside(doc, state, [span for _, span in title_case])
                read, _ = self._reread(doc, headline, self._recased(doc, headline, known), patterns, whole=True,
                                       table=state.get("actors"))
                found.extend((c, False) for c in read)
                replaced.append((headline.start_char, headline.end_char))
            else:
                if mentions is None:
                    mentions = _actor_mentions(state)
                read, slots = self._reread(doc, headline, doc_text(doc)[headline.start_char:headline.end_char],
                                           patterns, whole=False, mentions=mentions, table=state.get("actors"))
                found.extend((c, False) for c in read)
                replaced.extend(slots)
                hung = self._hung_on_the_next_headline(doc, headline, patterns, {c.trigger.i for c in read})
                found.extend((c, True) for c in hung)
        return HeadlineReadings(headlines, found, replaced, mentions)

    # -- reading one headline ----------------------------------------------------------
    def _recased(self, doc: Doc, headline: Span, known: set[str]) -> str:
        base = headline.start_char
        tokens = [(t.idx - base, t.text) for t in headline]
        text = doc_text(doc)

        def is_name(i: int, j: int) -> int:
            for stop in range(j, i, -1):
                surface = text[base + tokens[i][0]:base + tokens[stop - 1][0] + len(tokens[stop - 1][1])]
                if self._is_name(surface, known):
                    return stop - i
            return 0

        return recase(tokens, is_name)

    def _reread(self, doc: Doc, headline: Span, copy: str, patterns: PatternSet, whole: bool,
                mentions: Optional[list[tuple[int, int]]] = None, table=None,
                ) -> tuple[list[EventCandidate], list[tuple[int, int]]]:
        """The candidates of a headline's copy (of the same length as the headline), carried onto
        the main Doc, and the characters of the main Doc whose own candidates they replace.

        With `whole`, the copy's reading stands for the whole headline; otherwise only the verbs
        the copy made into a sentence recovered are read from it, and only the acts whose doer
        the article's actors name (`mentions`: their characters) and which name whom they are
        aimed at (a target, or an object acted on by two coordinated doers: "X and Y trade fire").
        A passive ("pipeline blown up in X") needs no doer; its undergoer, or the state of the place
        it befell (made on demand in the actor `table`), must be named.
        """
        base = headline.start_char
        # a headline read as it stands was parsed with the article: that parse serves here
        first = self.parse(copy) if whole else headline.as_doc()
        _attach_reduced_relatives(first, patterns)
        read: list[EventCandidate] = []
        if whole:
            same = list(range(len(copy)))
            carried = (self._carried_candidate(doc, base, c, same, cut=True)
                       for c in find_events(first, patterns, self.verb_only_lemmas))
            read = [c for c in carried if c is not None]
        slots = _verb_slots(first, patterns, self.lexicon.verbs)
        if not slots:
            return read, []
        text, origin, at = _sentence_copy(copy, slots, self._participle)
        second = self.parse(_two_headlines_apart(text))
        _attach_reduced_relatives(second, patterns)
        recovered: dict[int, tuple[int, int]] = {}  # verb in the sentence -> the slot's characters
        passives: set[int] = set()  # the recovered verbs read as passives
        for slot, start in zip(slots, at):
            verb = second.char_span(start, start + 1, alignment_mode="expand")
            if verb is not None and (_is_verb_with_subject(verb[0]) or (slot.shared and _is_joined_verb(verb[0]))):
                recovered[verb[0].i] = (base + slot.token.idx, base + slot.token.idx + len(slot.token.text))
                if slot.passive:
                    passives.add(verb[0].i)
        found: list[EventCandidate] = []
        spans: set[tuple[int, int]] = set()  # the slots whose acts the sentence gives
        candidates = find_events(second, patterns, self.verb_only_lemmas)
        naming = self._naming(table, mentions or [])
        for cand in candidates:
            verb = _verb_of(cand.trigger)
            if verb not in recovered:
                continue
            if cand.target is None and cand.code.startswith(_APOLOGY_CODE):
                cand = replace(cand, target=_wronged_party(cand.trigger, candidates))
            elif cand.target is None and cand.root in _REACTION_ROOT_CODES:
                cand = replace(cand, target=_doer_of_the_clause_after(cand.trigger))
            if verb in passives:
                cand = self._undergone_at_place(cand)
            carried = self._carried_candidate(doc, base, cand, origin, cut=whole)
            if carried is not None and _side_holds_a_verb(carried, mentions or [], recovered.values()):
                continue  # the actor stage read the verb into a name ("police raid opposition offices")
            if verb in passives:
                named = _names_undergoer(carried, mentions or [])
                state = None if named else _state_of_place(carried, table)
                if state is not None:  # the place stands for its state: the table holds it as a mention
                    place = carried.target.root
                    if table.token_owner.get(place.i) is None:  # a state the article names itself
                        table.claim(place.doc[place.i:place.i + 1], state, "description")
                    named = True
            else:
                named = not whole and (_names_both_sides(cand, carried, mentions or [])
                                       or _reaction_after_a_clause(carried, headline, naming)
                                       or self._doer_described_in_body(cand, carried, headline, table, mentions))
            if carried is not None and (whole or named):
                found.append(carried)
                spans.add(recovered[verb])
        read = [c for c in read if not any(s <= c.trigger.idx < e for s, e in spans)]
        return read + found, sorted(spans)

    def _hung_on_the_next_headline(self, doc: Doc, headline: Span, patterns: PatternSet,
                                   taken: set[int]) -> list[EventCandidate]:
        """"X and Y hold drills, sign deal; Z warns": two headlines joined by ";", which the parse
        reads as one sentence, the first hung on the verb of the second (the drills what Z warns
        of, and so no act of their own). The acts of the first, read from a copy with the ";" made a
        full stop, are added where the main reading coded none (at words other than `taken`). Unlike
        the verbs `_reread` recovers from a headline's nouns, these are verbs the parse read as verbs,
        with their own subject: they need no test that the article's actors name their sides (which
        drops acts whose doers are listed by a comma, "X, Y sign deal; Z warns")."""
        hung = _hung_across_a_semicolon(headline)
        if not hung:
            return []
        base = headline.start_char
        copy = _two_headlines_apart(doc_text(doc)[base:headline.end_char])
        same = list(range(len(copy)))
        apart = self.parse(copy)
        _attach_reduced_relatives(apart, patterns)
        carried = (self._carried_candidate(doc, base, c, same, cut=False)
                   for c in find_events(apart, patterns, self.verb_only_lemmas))
        return [c for c in carried if c is not None and c.trigger.i in hung and c.trigger.i not in taken]

    @staticmethod
    def _doer_described_in_body(cand: EventCandidate, carried: Optional[EventCandidate], headline: Span,
                                table, mentions: Optional[list[tuple[int, int]]]) -> bool:
        """Whether a recovered act's doer, named by no mention ("police fire tear gas at ..."), is
        an actor the body describes in the same words (the table then holds it), and its target
        is named."""
        if carried is None or carried.source is None or cand.target is None or table is None \
                or mentions is None or _in_mentions(carried.source, mentions):
            return False
        if not _claim_body_description(carried.source, [(headline.start, headline.end)], table, named=False):
            return False
        mentions.append((carried.source.start_char, carried.source.end_char))
        return _names_both_sides(cand, carried, mentions)

    def _naming(self, table, mentions: list[tuple[int, int]]) -> Callable[..., bool]:
        """A test of whether a span names one of the article's actors (in the actor `table`): a
        mention of the table, or a country's name or capital as a whole ("Berlin summons envoy"),
        which the table is then given as a mention of that state (made on demand for a capital).
        The test takes the span's country `match` when the caller has looked it up already."""

        def named(span: Span, match=_NOT_LOOKED_UP) -> bool:
            if _in_mentions(span, mentions):
                return True
            if table is None:
                return False
            if match is _NOT_LOOKED_UP:
                match = self.kb.countries.lookup(span.text)
            if match is None or match.kind not in _STATE_NAME_KINDS:
                return False
            owner = table.token_owner.get(span.root.i)
            key = table.state_key(match.iso3)
            if owner is not None:  # a word the table holds without the mention
                draft = table.drafts.get(owner)
                if draft is None or draft.country != match.iso3:
                    return False
                draft.add_mention(span.start_char, span.end_char, "name")
            elif key is not None:
                table.claim(span, key, "name")
            elif match.kind != "capital" or len(span) != 1 or table.state_of_capital(span[0]) is None:
                return False  # a capital alone stands for its state even when the article names no other
            mentions.append((span.start_char, span.end_char))
            return True

        return named

    def _names_a_party(self, span: Span, named: Callable[..., bool]) -> bool:
        """Whether any word of a span names an actor or a country ("the Ethiopian raid")."""
        if named(span):
            return True
        for t in span:
            if not t.is_alpha:
                continue
            match = self.kb.countries.lookup(t.text)  # looked up once: `named` takes it
            if named(t.doc[t.i:t.i + 1], match) or match is not None:
                return True
        return False

    def _undergone_at_place(self, cand: EventCandidate) -> EventCandidate:
        """A headline's passive violent act on a thing ("Gas pipeline blown up in X", "Prison stormed
        in X") is aimed at the state of the place it befell: the place becomes its target. Acts on
        people and groups (role words: "journalist", "soldiers") keep their undergoer."""
        target = cand.target
        if target is None or cand.root not in _PLACE_ACT_ROOT_CODES or self._names_people(target):
            return cand
        place = _place_of(cand.trigger)
        return cand if place is None else replace(cand, target=place)

    def _names_people(self, phrase: Span) -> bool:
        """Whether a phrase's head word is a role word ("commentator", "soldiers"): people, not a thing."""
        root = phrase.root
        return self.kb.roles.is_role_word(root.lower_) or self.kb.roles.is_role_word(root.lemma_.lower()) \
            or root.ent_type_ in ("PERSON", "NORP", "ORG")

    @staticmethod
    def _carried_candidate(doc: Doc, base: int, cand: EventCandidate, origin: list[Optional[int]],
                           cut: bool) -> Optional[EventCandidate]:
        """A candidate of a headline's copy with its words moved onto the main Doc (with `cut`,
        its sides cut after their head word)."""
        trigger = _main_span(doc, base, origin, cand.trigger.idx, cand.trigger.idx + len(cand.trigger.text))
        if trigger is None:
            return None
        return replace(
            cand,
            trigger=trigger[0],
            source=_carried(doc, base, cand.source, origin, cut),
            target=_carried(doc, base, cand.target, origin, cut),
            reporter=_carried(doc, base, cand.reporter, origin, cut),
            sentence=trigger[0].sent,
        )

    @property
    def lexicon(self) -> "_VerbLexicon":
        """The verbs of the pipeline's lemmatizer, read at first use."""
        if self._lexicon is None:
            self._lexicon = _verb_lexicon(self.nlp)
        return self._lexicon

    def _participle(self, lemma: str) -> str:
        """The past participle of a verb: the lexicon's irregular form, else the regular one."""
        forms = self.lexicon.irregular.get(lemma, ())
        past = [f for f in forms if not f.endswith("ing")]
        if past:
            return next((f for f in past if f.endswith("n")), past[0])  # "gone" rather than "went"
        if forms:  # only a doubled "-ing" ("setting"): the past is the bare form ("set", "cut")
            return lemma
        if lemma.endswith("e"):
            return lemma + "d"
        if len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in "aeiou":
            return lemma[:-1] + "ied"
        return lemma + "ed"

    def _is_name(self, surface: str, known: set[str]) -> bool:
        if not surface[:1].isupper():
            return False
        key = name_key(surface)
        if not key or key in _TITLE_CASE_MINOR_WORDS:
            return False
        return (key in known or self.kb.countries.lookup(surface) is not None
                or self.kb.actors.match(surface, allow_partial=False) is not None)

    @staticmethod
    def _names_outside(doc: Doc, state: dict, headlines: list[Span]) -> set[str]:
        """Keys of the capitalised names the article's other text gives (actors and entities)."""
        bounds = [(h.start_char, h.end_char) for h in headlines]
        text = doc_text(doc)

        def outside(start: int) -> bool:
            return not any(s <= start < e for s, e in bounds)

        keys: set[str] = set()
        table = state.get("actors")
        if table is not None:
            for draft in table.drafts.values():
                if draft.type not in _NAMED_ACTOR_TYPES:
                    continue
                for start, end, kind in draft.mentions:
                    if kind != "pronoun" and outside(start) and text[start:start + 1].isupper():
                        keys.add(name_key(text[start:end]))
                        if draft.type == "PERSON":  # a headline names a person by the surname
                            keys.add(name_key(text[start:end]).rpartition(" ")[2])
        for ent in doc.ents:
            if ent.label_ in _NAME_ENTITY_LABELS and outside(ent.start_char) and ent.text[:1].isupper():
                keys.add(name_key(ent.text))
                if ent.label_ == "PERSON":
                    keys.add(name_key(ent.text).rpartition(" ")[2])
        keys.discard("")
        return keys


def with_headline_events(doc: Doc, state: dict, candidates: list[EventCandidate],
                         patterns: Optional[PatternSet] = None) -> list[EventCandidate]:
    """`candidates` with the Title Case headlines re-read, when the events component set that up."""
    reader: Optional[HeadlineEvents] = state.get(STATE_KEY)
    if reader is None:
        return candidates
    return reader(doc, state, candidates, patterns)


def _title_case_blocks(doc: Doc) -> list[tuple[str, Span]]:
    """(kind, span) of the Doc's short blocks written in Title Case."""
    out = []
    for kind, start, end in block_spans(doc):
        if kind not in HEADLINE_KINDS and end - start > _MAX_HEADLINE_CHARS:
            continue
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is not None and len(span) > 1 and is_title_case(t.text for t in span):
            out.append((kind, span))
    return out


def headline_verb_words(doc: Doc, patterns: Optional[PatternSet] = None) -> set[int]:
    """Indexes of the words of the Doc's sentence-case headlines that stand where a clause's verb
    belongs though the parse read them as nouns ("police raid opposition offices", "..., abduct
    workers"): the verb slots of the patterns' verbs. The actor stage makes no description run
    across them."""
    patterns = patterns or get_patterns()
    found: set[int] = set()
    for headline in _headline_blocks(doc):
        if is_title_case(t.text for t in headline):
            continue  # every word capitalised: no slot is read (`_verb_slot` wants lower case)
        for slot in _verb_slots(headline.as_doc(), patterns, frozenset()):
            if not slot.passive:
                found.add(headline.start + slot.token.i)
    return found


def _headline_blocks(doc: Doc) -> list[Span]:
    """The Doc's title and heading blocks of more than one word."""
    out = []
    for kind, start, end in block_spans(doc):
        if kind in HEADLINE_KINDS:
            span = doc.char_span(start, end, alignment_mode="contract")
            if span is not None and len(span) > 1:
                out.append(span)
    return out


def headline_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token indexes of the Doc's title and heading blocks of more than one word."""
    return [(span.start, span.end) for span in _headline_blocks(doc)]


def _main_span(doc: Doc, base: int, origin: list[Optional[int]], start: int, end: int) -> Optional[Span]:
    """The main Doc's words at characters `start:end` of a headline's copy (`origin` gives the
    headline character each copy character comes from, None for words the copy added)."""
    inside = [at for at in origin[start:end] if at is not None]
    if not inside:
        return None
    return doc.char_span(base + inside[0], base + inside[-1] + 1, alignment_mode="expand")


def _carried(doc: Doc, base: int, span: Optional[Span], origin: list[Optional[int]],
             cut: bool) -> Optional[Span]:
    """The main Doc's words at the offsets of a side of the headline copy, cut after its head
    word, a place named in what follows ("Journalists Held In Mali", "envoy over remarks in X")
    would stand for the whole side. Without `cut`, the phrase with "of" after the head word
    stays ("helicopter of the army"); the main Doc's actor table reads a Title Case one poorly."""
    if span is None:
        return None
    end = span.root.i + 1
    while end < span.end and span.doc[end].dep_ == "case":  # "Iran's"
        end += 1
    if not cut:  # a sentence-case side keeps what it is of ("the result of the referendum")
        for child in span.root.rights:
            if child.dep_ == "prep" and child.lower_ == "of" and child.i == end:
                end = min(span.end, child.right_edge.i + 1)
    last = span.doc[end - 1]
    return _main_span(doc, base, origin, span.start_char, last.idx + len(last.text))


# -- verbs the headline's parse lost ---------------------------------------------------------

# Marks between the clauses of a headline ("X expels envoy, Y summons ambassador").
_CLAUSE_MARKS = frozenset({",", ";"}) | _SECTION_MARKS
_SUBJECT_WORDS = frozenset({"NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM"})
_SUBJECT_LINKS = _WORDS.subject_links
# Nouns the tagger reads as singular that take a plural verb ("police detain", "people flee").
_PLURAL_MASS_NOUNS = _WORDS.plural_mass_nouns
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_MODIFIER_DEPS = frozenset({"amod", "nmod", "compound"})
_NOMINAL_DEPS = frozenset({"nmod", "compound", "amod", "nsubj", "nsubjpass", "dobj", "pobj", "appos", "poss", "attr"})


@dataclass(frozen=True)
class _VerbSlot:
    """A word of a headline that stands where the clause's verb belongs, with the verb's lemma."""

    token: Token
    lemma: str
    plural: bool  # the subject is plural ("Malta and Italy trade ..."): "have", else "has"
    passive: bool = False  # a participle without its auxiliary ("pipeline blown up"): "was", "were"
    shared: bool = False  # a clause after a comma with the subject of the clause before ("..., shuts embassy")


def _verb_slots(doc: Doc, patterns: PatternSet, verbs: frozenset[str]) -> list[_VerbSlot]:
    """The verb slots of a parsed headline: at most one per clause, right after the clause's
    opening noun phrase, where the parse found no verb with a subject."""
    slots: list[_VerbSlot] = []
    subject: list[Token] = []
    open_clause = True
    told: Optional[bool] = None  # how the verb before a comma agrees with its subject: plural or not
    for token in doc:
        if token.text in _CLAUSE_MARKS:
            if token.text != ",":
                told = None
            subject, open_clause = [], True
            continue
        told = _verb_number(token, told)
        if not open_clause:
            continue
        if subject:
            slot = _passive_slot(token, subject, patterns) or _verb_slot(token, subject, patterns, verbs)
        else:
            slot = _shared_subject_slot(token, told, patterns)
        if slot is not None:
            slots.append(slot)
            told = slot.plural
            open_clause = False
        elif _in_subject(token):
            subject.append(token)
        else:  # the clause's own verb, or a word no subject holds
            open_clause = False
    return slots


def _verb_number(token: Token, told: Optional[bool]) -> Optional[bool]:
    """Whether the clause's verb is plural ("police detain") or not ("Kenya shuts"), as far as a
    word read as a verb with its subject tells it; `told` when the word is none."""
    if token.tag_ in ("VBZ", "VBP") and _is_verb_with_subject(token):
        return token.tag_ == "VBP"
    if token.tag_ == "VB" and token.dep_ == "ROOT" and _is_verb_with_subject(token):
        return True  # "Gunmen kill two": a bare form heading the headline
    return told


def _shared_subject_slot(token: Token, plural: Optional[bool], patterns: PatternSet) -> Optional[_VerbSlot]:
    """"Kenya airlifts citizens, shuts embassy", "Gunmen kill two, abduct workers": a clause after a
    comma that opens with a verb of the patterns, in the form of the verb before the comma and with
    an object, has that verb's subject; the tagger reads the verb as a noun of the object."""
    if plural is None or not (token.is_alpha and token.text.islower()) or token.i == 0 \
            or token.doc[token.i - 1].text != "," or token.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ"):
        return None
    if token.pos_ == "VERB" and (token.dep_ == "conj" or _is_verb_with_subject(token)):
        return None  # read as a verb already ("..., freezes its accounts")
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is None or not _opens_object(after) or after.tag_ == "POS":
        return None
    word = token.lower_
    if plural:
        lemma = word if token.tag_ in ("NN", "NNP", "VB", "VBP") and patterns.candidates("verb", word) else None
    else:
        lemma = next((lemma for lemma in _lemmas_of_s_form(word) if patterns.candidates("verb", lemma)), None) \
            if word.endswith("s") else None
    return _VerbSlot(token, lemma, plural=plural, shared=True) if lemma else None


def _in_subject(token: Token) -> bool:
    """Whether a word may belong to the noun phrase that opens a clause."""
    if token.pos_ in _SUBJECT_WORDS:
        return not (token.pos_ == "PRON" and token.i > 0)  # "X says it ..." : a pronoun opens a clause
    if token.tag_ in ("POS", "HYPH") or token.lower_ in _SUBJECT_LINKS:
        return True
    return token.tag_ in ("VBG", "VBN") and token.dep_ in ("amod", "compound")  # "ruling party"


def _verb_slot(token: Token, subject: list[Token], patterns: PatternSet,
               verbs: frozenset[str]) -> Optional[_VerbSlot]:
    """The slot `token` fills: a lower-case word after the subject, in the form agreeing with it,
    known as a verb, and not read as a verb with a subject. A bare form must be a verb the
    patterns code; a form in -s may be any verb of the lexicon ("issues" a warrant) that the parse
    does not make the subject of another verb."""
    if not (token.is_alpha and token.text.islower()) or token.pos_ not in ("NOUN", "PROPN", "VERB", "AUX"):
        return None
    if _is_verb_with_subject(token):
        return None
    last = subject[-1]
    if last.i != token.i - 1 or last.pos_ not in ("NOUN", "PROPN"):
        return None
    word = token.lower_
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.text in _CLAUSE_MARKS:
        after = None
    if word.endswith("s") and (last.tag_ in ("NN", "NNP") or _is_acronym(last.text)) and _opens_object(after):
        lemmas = _lemmas_of_s_form(word)
        lemma = next((lemma for lemma in lemmas if patterns.candidates("verb", lemma)), None)
        if lemma is None and not (token.dep_ in _SUBJECT_DEPS and token.head.pos_ == "VERB"):
            lemma = next((lemma for lemma in lemmas if lemma in verbs), None)
        if lemma is not None:
            return _VerbSlot(token, lemma, plural=False)
    plural = last.tag_ in ("NNS", "NNPS") or last.lower_ in _PLURAL_MASS_NOUNS \
        or any(t.lower_ == "and" for t in subject)
    if plural and token.tag_ in ("NN", "NNP", "VB", "VBP") and patterns.candidates("verb", word) \
            and (after is None or after.pos_ == "ADP" or after.tag_ == "VBG" or _opens_object(after)):
        return _VerbSlot(token, word, plural=True)
    return None


# What a headline participle may govern and still be a passive one: no object, auxiliary or clause.
_ACTIVE_PAST_DEPS = frozenset({"aux", "auxpass", "dobj", "ccomp", "xcomp", "dative", "neg", "attr"})
_NEWS_DAY_WORDS = _WORDS.news_day_words
_PARTICIPLE_ENDINGS = ("ed", "en", "wn", "ot", "eld", "ung", "ught", "ound")


def _passive_slot(token: Token, subject: list[Token], patterns: PatternSet) -> Optional[_VerbSlot]:
    """A past participle right after the clause's opening noun phrase, without an auxiliary or
    an object: a headline's passive with its "was" dropped ("Journalist shot dead in X", "Pipeline
    blown up", "Two soldiers killed in ambush"), which the parse reads as an active past with the
    undergoer as its doer. Verbs of saying and verbs taking "with" ("clashed with") are left alone."""
    if token.tag_ not in ("VBN", "VBD") or not (token.is_alpha and token.text.islower()):
        return None
    last = subject[-1]
    if last.i != token.i - 1 or last.pos_ not in ("NOUN", "PROPN"):
        return None
    if not token.lower_.endswith(_PARTICIPLE_ENDINGS):
        return None
    lemma = token.lemma_.lower()
    if patterns.modality_cues.get(lemma) is not None \
            or not any("obj" in p.target_role for p in patterns.candidates("verb", lemma)):
        return None  # only a verb whose patterns aim it at its object has a passive ("resigned" has none)
    if any(c.dep_ in _ACTIVE_PAST_DEPS or (c.dep_ == "prep" and c.lower_ == "with")
           or c.lower_ in _NEWS_DAY_WORDS for c in token.children):
        return None  # "protested yesterday": a sentence telling a past act, not a headline
    plural = last.tag_ in ("NNS", "NNPS") or any(t.lower_ == "and" for t in subject)
    return _VerbSlot(token, lemma, plural=plural, passive=True)


_TIME_CLAUSE_MARKS = _WORDS.time_clause_marks
_APOLOGY_CODE = "055"
_GRIEVANCE_MARKS = _WORDS.grievance_marks


def _wronged_party(apology: Token, candidates: list[EventCandidate]) -> Optional[Span]:
    """"X apologises after protesters storm Y's embassy": an apology naming no one goes to the
    target of the act its clause tells (the party wronged)."""
    for cand in candidates:
        clause = cand.trigger
        if clause.dep_ == "advcl" and clause.head.i == apology.i and cand.target is not None \
                and any(c.dep_ in ("mark", "prep") and c.lower_ in _GRIEVANCE_MARKS for c in clause.children):
            return cand.target
    return None


def _doer_of_the_clause_after(reaction: Token) -> Optional[Span]:
    """"X protests as Y begins filling a dam", "X protests after Y's ship rams boats": a reaction
    followed at once by a time clause answers that clause's act; its doer is the clause's opening
    noun phrase (read by its words, the parse of a headline's clause being often wrong)."""
    doc = reaction.doc
    mark = reaction.i + 1
    if mark >= len(doc) or doc[mark].lower_ not in _TIME_CLAUSE_MARKS:
        return None
    end = mark + 1
    while end < len(doc) and _in_subject(doc[end]) and doc[end].tag_ != "POS" \
            and (doc[end].pos_ in ("PROPN", "ADJ", "NOUN", "DET", "NUM") or doc[end].tag_ == "HYPH"):
        end += 1
    if end == mark + 1 or end >= len(doc) or doc[end - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    return doc[mark + 1:end]


def _aimed_at_the_clause_after(cand: EventCandidate, headlines: list[Span]) -> EventCandidate:
    """A headline's reaction with no target aimed at the doer of the time clause right after it."""
    if cand.target is not None or cand.root not in _REACTION_ROOT_CODES \
            or not any(h.start <= cand.trigger.i < h.end for h in headlines):
        return cand
    doer = _doer_of_the_clause_after(cand.trigger)
    return cand if doer is None else replace(cand, target=doer)


def _opens_object(token: Optional[Token]) -> bool:
    """Whether a word may open the object of the verb before it ("halts oil exports", "shoots
    down", "denounces that", a word read as a verb but followed by "of"): a plural noun followed
    by a preposition ("peace talks in Nairobi") or by a verb ("oil exports fall") is no verb."""
    if token is None:
        return False
    if token.pos_ in _SUBJECT_WORDS or token.tag_ in ("RP", "$", "PRP$") or token.lower_ == "that":
        return True
    if token.dep_ in ("mark", "prep") and token.lower_ in _TIME_CLAUSE_MARKS:
        return True  # "apologises after rioters storm ...": a verb with no object, then its clause
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ == "of"  # "rejects result of ...": a noun


def _lemmas_of_s_form(word: str) -> list[str]:
    """The bare forms a verb in -s may have ("denies" -> deny, "pushes" -> push, "fires" -> fire)."""
    out = []
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    out.append(word[:-1])
    return out


def _verb_of(trigger: Token) -> int:
    """The verb a trigger stands for: itself, or the verb whose object it is ("issued a warrant")."""
    return trigger.head.i if trigger.dep_ == "dobj" and trigger.pos_ == "NOUN" else trigger.i


def _names_both_sides(cand: EventCandidate, carried: EventCandidate, mentions: list[tuple[int, int]]) -> bool:
    """Whether a recovered act's doer is among the article's actors and its target is named (or
    its doers are coordinated and act on an object: the sides stage pairs them)."""
    source = carried.source
    if source is None or not _in_mentions(source, mentions):
        return False
    if cand.target is not None:
        return True
    verb = cand.trigger if cand.trigger.pos_ == "VERB" else cand.trigger.head
    doers = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    # "Malta and Italy", or coordinated modifiers of one noun ("Thai and Cambodian armies")
    coordinated = any(c.dep_ == "conj" for d in doers for c in d.children) \
        or any(c.dep_ == "conj" for d in doers for m in d.children if m.dep_ in _MODIFIER_DEPS and m.i < d.i
               for c in m.children)
    return coordinated and any(c.dep_ == "dobj" for c in verb.children)


# Roots of acts done to things in a place (assault, fight, mass violence): their thing stands for the state.
_PLACE_ACT_ROOT_CODES = _WORDS.place_act_root_codes
_PLACE_PREPOSITIONS = _WORDS.place_prepositions


def _place_of(verb: Token) -> Optional[Span]:
    """The place named after the verb's "in", "near" or "at" ("blown up in Balochistan")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPOSITIONS:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (pobj.ent_type_ in ("GPE", "LOC") or pobj.pos_ == "PROPN"):
                    return pobj.doc[pobj.left_edge.i:pobj.i + 1]
    return None


def _state_of_place(carried: Optional[EventCandidate], table) -> Optional[str]:
    """The key, in the actor `table`, of the state whose geocoded place a carried act's target is
    (None if it is no such place). The caller has the table hold the place as that state's
    mention, so the sides stage reads the place as that state."""
    target = carried.target if carried is not None else None
    if target is None or table is None or target.root.ent_type_ not in ("GPE", "LOC"):
        return None
    return table.state_of_place(target.root)


def _names_undergoer(carried: Optional[EventCandidate], mentions: list[tuple[int, int]]) -> bool:
    """Whether a recovered passive names whom it befell among the article's actors (its doer,
    left unsaid by a passive headline, may be missing)."""
    target = carried.target if carried is not None else None
    return target is not None and _in_mentions(target, mentions)


def _side_holds_a_verb(carried: EventCandidate, mentions: list[tuple[int, int]],
                       verbs: Iterable[tuple[int, int]]) -> bool:
    """Whether a side of a recovered act is an actor mention that holds one of the headline's
    recovered verbs (`verbs`: their characters): a name the tagger's noun reading made up."""
    verbs = list(verbs)
    for side in (carried.source, carried.target):
        if side is None:
            continue
        for start, end in mentions:
            if start < side.end_char and side.start_char < end and any(start <= s < end for s, _ in verbs):
                return True
    return False


def _in_mentions(span: Span, mentions: list[tuple[int, int]]) -> bool:
    """Whether `span` overlaps one of the (start, end) character ranges of the actors' mentions."""
    return any(s < span.end_char and span.start_char < e for s, e in mentions)


def _actor_mentions(state: dict) -> list[tuple[int, int]]:
    """(start, end) characters of every mention in the actor stage's table."""
    table = state.get("actors")
    if table is None:
        return []
    return [(start, end) for draft in table.drafts.values() for start, end, _ in draft.mentions]


def _is_verb_with_subject(token: Token) -> bool:
    """A verb heading a clause with its subject; not one the parse hung in a noun phrase as a
    modifier ("Al-Shabaab claims deadly attack" read with "claims" a modifier of "attack")."""
    return token.pos_ in ("VERB", "AUX") and token.dep_ not in _NOMINAL_DEPS \
        and any(c.dep_ in _SUBJECT_DEPS for c in token.children)


def _is_joined_verb(token: Token) -> bool:
    """A verb joined to one with a subject ("has airlifted citizens, and has shut embassy")."""
    return token.pos_ == "VERB" and token.dep_ == "conj" and _is_verb_with_subject(token.head)


def _hung_across_a_semicolon(headline: Span) -> set[int]:
    """The words before a ";" of a headline that the parse hangs on a word after it."""
    hung: set[int] = set()
    for mark in (t.i for t in headline if t.text == ";"):
        for token in headline.doc[headline.start:mark]:
            ancestor = token
            while ancestor.head.i != ancestor.i and ancestor.head.i < mark:
                ancestor = ancestor.head
            if ancestor.head.i > mark:
                hung.add(token.i)
    return hung


def _two_headlines_apart(text: str) -> str:
    """The copy with each ";" made a full stop (same length): "X shot dead; Y demands inquiry" is two
    headlines, and the parser would hang the first on the second's verb as what Y demands."""
    return text.replace(";", ".")


def _sentence_copy(text: str, slots: list[_VerbSlot],
                   participle: Callable[[str], str]) -> tuple[str, list[Optional[int]], list[int]]:
    """The headline with each slot's word made a present perfect ("halts" -> "has halted").

    Returns the copy, the headline character each copy character comes from (None for the
    auxiliary the copy adds; the verb's characters come from the slot's word) and where each
    slot's participle starts in the copy.
    """
    pieces: list[str] = []
    origin: list[Optional[int]] = []
    starts: list[int] = []
    at = 0
    for slot in slots:
        begin, end = slot.token.idx, slot.token.idx + len(slot.token.text)
        pieces.append(text[at:begin])
        origin.extend(range(at, begin))
        if slot.passive:
            auxiliary = "were " if slot.plural else "was "
        else:
            auxiliary = "have " if slot.plural else "has "
        if slot.shared:  # the verb joined to the clause before, whose subject it shares
            auxiliary = "and " + auxiliary
        pieces.append(auxiliary)
        origin.extend([None] * len(auxiliary))
        verb = slot.token.lower_ if slot.passive else participle(slot.lemma)
        starts.append(len(origin))
        pieces.append(verb)
        origin.extend(min(begin + k, end - 1) for k in range(len(verb)))
        at = end
    pieces.append(text[at:])
    origin.extend(range(at, len(text)))
    return "".join(pieces), origin, starts


@dataclass(frozen=True)
class _VerbLexicon:
    """What the pipeline's lemmatizer knows of verbs: its verb lemmas and irregular forms."""

    verbs: frozenset[str]
    irregular: dict[str, tuple[str, ...]]  # lemma -> forms ("shoot" -> ("shot",))


def _verb_lexicon(nlp: Language) -> _VerbLexicon:
    """The lexicon of the pipeline's rule-based lemmatizer (empty without one)."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    verbs: frozenset[str] = frozenset()
    forms: dict[str, list[str]] = {}
    if lookups is not None and lookups.has_table("lemma_index"):
        verbs = frozenset(lookups.get_table("lemma_index").get("verb", ()))
    if lookups is not None and lookups.has_table("lemma_exc"):
        for form, lemmas in lookups.get_table("lemma_exc").get("verb", {}).items():
            for lemma in lemmas:
                forms.setdefault(lemma, []).append(form)
    return _VerbLexicon(verbs, {lemma: tuple(sorted(found)) for lemma, found in forms.items()})


def _attach_reduced_relatives(doc: Doc, patterns: PatternSet) -> None:
    """Mend "free two soldiers held hostage" read as "free [that] two soldiers held hostage".

    A past participle with no auxiliary, read as the clausal complement of an event verb that has
    no object (not a verb of saying), with its subject right after that verb, is a participle
    describing the verb's object: the subject becomes the verb's object, the participle its modifier.
    """
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    changed = False
    for clause in doc:
        verb = clause.head
        if clause.dep_ != "ccomp" or clause.tag_ not in ("VBN", "VBD") or verb.pos_ != "VERB" \
                or clause.i < verb.i or _blocks(verb, clause, patterns):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and verb.i < c.i < clause.i]
        if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN"):
            continue
        heads[subjects[0].i], deps[subjects[0].i] = verb.i, "dobj"
        heads[clause.i], deps[clause.i] = subjects[0].i, "acl"
        changed = True
    if changed:
        _set_parse(doc, heads, deps)


def _blocks(verb: Token, clause: Token, patterns: PatternSet) -> bool:
    """Whether the verb (a reporting or uncoded verb, or one with an object) or the participle's
    own auxiliaries rule the reading out."""
    lemma = verb.lemma_.lower()
    if not patterns.candidates("verb", lemma) or patterns.modality_cues.get(lemma) is not None:
        return True
    if any(c.dep_ == "dobj" for c in verb.children):
        return True
    return any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children)


def _set_parse(doc: Doc, heads: list[int], deps: list[str]) -> None:
    strings = doc.vocab.strings
    rows = np.empty((len(doc), 2), dtype=np.uint64)
    rows[:, 0] = np.array([h - i for i, h in enumerate(heads)], dtype=np.int64).view(np.uint64)
    rows[:, 1] = np.array([strings.add(d) for d in deps], dtype=np.uint64)
    doc.from_array([HEAD, DEP], rows)


# -- two names joined by a comma ------------------------------------------------------------

def _pair_comma_subjects(headlines: list[Span], table) -> None:
    """"China, Sri Lanka hold naval drills", "X, Y agree visa deal": a headline joins the two doers
    of a clause with a comma where a sentence says "A and B". The parse reads the first name as a
    modifier of the verb and the second as its only subject; the actor `table` is told that the
    subject stands for both (`ActorTable.group_parts`), as the sides stage reads "A and B"."""
    if table is None:
        return
    for headline in headlines:
        doc = headline.doc
        for start in _clause_starts(headline):
            first = _name_run(doc, start, headline.end)
            if first == start or first >= headline.end or doc[first].text != ",":
                continue
            second = _name_run(doc, first + 1, headline.end)
            if second == first + 1 or second >= headline.end:
                continue
            subject, verb = doc[second - 1], doc[second]
            if subject.dep_ != "nsubj" or subject.head.i != verb.i or not _is_verb_with_subject(verb) \
                    or not verb.text.islower():
                continue
            keys = [table.token_owner.get(first - 1), table.token_owner.get(second - 1)]
            if None in keys or keys[0] == keys[1] or subject.i in table.group_parts:
                continue
            table.group_parts[subject.i] = keys


def _name_run(doc: Doc, start: int, end: int) -> int:
    """Where the run of proper nouns from `start` ends (`start` itself when there is none)."""
    i = start
    while i < end and doc[i].pos_ == "PROPN":
        i += 1
    return i


# -- reactions in a headline's later clause --------------------------------------------------

# Roots of acts that answer another act: disapproval (a summons, a protest), rejection, cutting ties.
_REACTION_ROOT_CODES = _WORDS.reaction_root_codes
# How a country may be named as a side in a headline ("Berlin", "Tehran", "U.S."): not by its demonym.
_STATE_NAME_KINDS = frozenset({"name", "alias", "capital", "metonym"})
_NOT_LOOKED_UP = object()  # `_naming`'s test looks the span's country up itself
# Marks between a headline's clauses; ".." joins two headlines in translated wire copy.
_HEADLINE_CLAUSE_MARKS = _CLAUSE_MARKS | {".."}


def _clause_starts(headline: Span) -> list[int]:
    """Token indexes (in the Doc) where each clause of a headline starts."""
    starts = [headline.start]
    for token in headline:
        if token.text in _HEADLINE_CLAUSE_MARKS and token.i + 1 < headline.end:
            starts.append(token.i + 1)
    return starts


def _clause_of(starts: list[int], i: int) -> int:
    """The number of the clause (from `_clause_starts`) that holds token `i`."""
    return sum(1 for start in starts if start <= i) - 1


def _reaction_after_a_clause(carried: Optional[EventCandidate], headline: Span,
                             named: Callable[[Span], bool]) -> bool:
    """Whether a recovered act is a reaction ("Y summons envoy", "Y and Z protest") by a named
    actor in a later clause of the headline: the clause before tells what it answers."""
    if carried is None or carried.root not in _REACTION_ROOT_CODES or carried.source is None:
        return False
    if carried.target is not None or _clause_of(_clause_starts(headline), carried.trigger.i) == 0:
        return False
    return named(carried.source)


def _names_an_act(side: Span, patterns: PatternSet) -> bool:
    """Whether a reaction's side names an act or a decision ("the decision", "sanctions", "the offer",
    "an act of piracy"): the shared test, a word of the patterns' decisions, or "act" itself."""
    lemma = side.root.lemma_.lower()
    return lemma == "act" or lemma in patterns.expand(["@decision"]) or names_an_act(side, patterns)


def _clause_doer(clause: Span, candidates: list[EventCandidate], named: Callable[[Span], bool]) -> Optional[Span]:
    """Who does the act a headline clause tells: the named doer of its first coded act, else its
    named subject."""
    for cand in candidates:
        if clause.start <= cand.trigger.i < clause.end and cand.source is not None \
                and named(cand.source) and cand.root not in _REACTION_ROOT_CODES:
            return cand.source
    for token in clause:
        if token.dep_ in _SUBJECT_DEPS and clause.start <= token.head.i < clause.end:
            subject = clause.doc[max(clause.start, token.left_edge.i):token.i + 1]
            return subject if named(subject) else None
    return None


def _first_doer_before(doc: Doc, starts: list[int], n: int, candidates: list[EventCandidate],
                       named: Callable[[Span], bool], apart_from: Optional[Span] = None) -> Optional[Span]:
    """The doer (`_clause_doer`) of the first of a headline's clauses (from `_clause_starts`) before
    clause `n` that has one, passing over a doer that overlaps `apart_from`."""
    for k in range(n):
        doer = _clause_doer(doc[starts[k]:starts[k + 1] - 1], candidates, named)
        if doer is not None and (apart_from is None
                                 or not (doer.start < apart_from.end and apart_from.start < doer.end)):
            return doer
    return None


def _reactions_aimed_at_the_first_doer(headlines: list[Span], candidates: list[EventCandidate],
                                       named: Callable[[Span], bool], names_a_party: Callable[[Span], bool],
                                       patterns: PatternSet) -> list[EventCandidate]:
    """"X expels reporter, Y summons envoy", "X suspends broadcaster; Y regrets decision": a
    reaction (disapproval, rejection, cutting ties) told in a later clause of a headline that names
    no actor or country it is aimed at (no side, or an act: "the decision", "sanctions") answers the
    act of the first clause with a named doer: that doer becomes its target."""
    out = list(candidates)
    changed = False
    for headline in headlines:
        starts = _clause_starts(headline)
        if len(starts) < 2:
            continue
        inside = [c for c in out if headline.start <= c.trigger.i < headline.end]
        for n, cand in enumerate(out):
            if not headline.start <= cand.trigger.i < headline.end or cand.root not in _REACTION_ROOT_CODES \
                    or cand.source is None or not named(cand.source):
                continue
            here = _clause_of(starts, cand.trigger.i)
            end = starts[here + 1] - 1 if here + 1 < len(starts) else headline.end
            rest = headline.doc[cand.trigger.i + 1:end]  # the words the reaction governs
            if (cand.target is not None and (names_a_party(cand.target) or not _names_an_act(cand.target, patterns))) \
                    or (len(rest) and names_a_party(rest)):
                continue  # aimed at a party it names, or at something that is no act ("the country")
            doer = _first_doer_before(headline.doc, starts, here, inside, named, apart_from=cand.source)
            if doer is not None:
                out[n] = replace(cand, target=doer)
                changed = True
    return out if changed else candidates


_VERDICT_CODE = "111"  # criticise or denounce
_VERDICT_CONFIDENCE = 0.6


def _labelled_verdicts(headline: Span, candidates: list[EventCandidate], named: Callable[[Span], bool],
                       patterns: PatternSet) -> list[EventCandidate]:
    """"X seizes convoy .. and the government: a crime against the hungry": a later clause of a
    headline made of a named party, a colon and a verbless phrase with a word of blame is that party's
    denunciation of the doer of an earlier clause."""
    blame = patterns.expand(["@blame"])
    starts = _clause_starts(headline)
    doc = headline.doc
    out: list[EventCandidate] = []
    for n in range(1, len(starts) - 1):
        colon = doc[starts[n + 1] - 1]
        if colon.text != ":":
            continue
        opening = starts[n]
        while opening < colon.i and (doc[opening].dep_ == "cc" or doc[opening].lower_ == "and"):
            opening += 1  # ".. and the army: ..."
        speaker = doc[opening:colon.i]
        end = starts[n + 2] - 1 if n + 2 < len(starts) else headline.end
        verdict = doc[colon.i + 1:end]
        if not len(speaker) or not len(verdict) or any(t.pos_ in ("VERB", "AUX") for t in verdict):
            continue
        word = next((t for t in verdict if t.lower_ in blame or t.lemma_.lower() in blame), None)
        if word is None or not named(speaker):
            continue
        doer = _first_doer_before(doc, starts, n, candidates, named)
        if doer is None:
            continue
        entry = get_cameo().get(_VERDICT_CODE)
        out.append(EventCandidate(
            trigger=word, code=entry.code, root=entry.root, quad_class=entry.quad_class, goldstein=entry.goldstein,
            source=speaker, target=doer, negated=False, modality=None, rule="headline.verdict",
            confidence=_VERDICT_CONFIDENCE, sentence=word.sent))
    return out


# -- headline descriptions the body names --------------------------------------------------

_DESCRIPTION_LINK_DEPS = frozenset({"appos", "compound"})
_NOUN_CLAUSE_DEPS = frozenset({"acl", "relcl"})


def _described_in_body(doc: Doc, headlines: list[Span], candidates: list[EventCandidate], table) -> None:
    """A headline describes the people and things its act befalls ("sacks housing minister",
    "arrest opposition figure") that the body goes on to name ("Housing Minister Jan Doe", "the
    opposition party Xyz"). A headline side that names no actor is claimed, in the actor `table`,
    by the actor the body names with the same description: the same head noun with the same
    lower-case modifiers, written next to the name (in apposition or in one compound). Where the
    body names no such actor the table is left as it is."""
    if table is None:
        return
    bounds = [(h.start, h.end) for h in headlines]
    for cand in candidates:
        if not any(s <= cand.trigger.i < e for s, e in bounds):
            continue
        if cand.trigger.dep_ in _NOUN_CLAUSE_DEPS:
            continue  # "plot to kill the governor": an act a noun describes, not one done
        side = cand.target
        if side is None or not any(s <= side.start and side.end <= e for s, e in bounds) \
                or table.resolve(side) is not None:
            continue
        _claim_body_description(side, bounds, table, named=True)


def _claim_body_description(side: Span, bounds: list[tuple[int, int]], table, named: bool) -> bool:
    """Have the actor `table` hold a headline side as a mention of the actor the body describes in
    the same words (`_body_namer`); whether there was one."""
    head = _head_noun(side)
    if head is None or not head.is_lower:
        return False
    key = _body_namer(side, head, bounds, table, named)
    if key is not None:
        table.claim(side, key, "description")
    return key is not None


def _head_noun(side: Span) -> Optional[Token]:
    """A side's head noun: its root, else (a headline's parse hanging the words apart) its last noun."""
    if side.root.pos_ in ("NOUN", "PROPN"):
        return side.root
    return next((t for t in reversed(side) if t.pos_ in ("NOUN", "PROPN")), None)


def _body_namer(side: Span, head: Token, bounds: list[tuple[int, int]], table, named: bool) -> Optional[str]:
    """The actor the body (outside the headlines' `bounds`) describes with the words of a headline
    side: its head word's lemma, in either case, after the side's lower-case modifiers. With
    `named`, only an actor known by a proper name (`_named_beside`); else any actor holding the word."""
    doc = side.doc
    modifiers = {t.lower_ for t in side if t.i < head.i and t.is_alpha and t.is_lower
                 and t.pos_ in ("NOUN", "ADJ", "VERB")}
    lemma = head.lemma_.lower()
    forms = [doc.vocab.strings.add(lemma), doc.vocab.strings.add(lemma.capitalize())]
    for i in np.flatnonzero(np.isin(doc.to_array(LEMMA), forms)):
        word = doc[int(i)]
        if any(s <= word.i < e for s, e in bounds) or word.pos_ not in ("NOUN", "PROPN"):
            continue
        if not modifiers <= {t.lower_ for t in doc[max(0, word.i - 4):word.i]}:
            continue
        key = _named_beside(word, table) if named else table.token_owner.get(word.i)
        if key is not None:
            return key
    return None


def _named_beside(word: Token, table) -> Optional[str]:
    """The actor named next to a description word: the word itself inside a name ("Housing Minister
    Jan Doe"), or a name it is in apposition or compound with ("the party Xyz", "Xyz, the party")."""
    key = table.token_owner.get(word.i)
    if key is not None:
        return key if _has_a_name(table.drafts[key]) else None
    linked = [c for c in word.children if c.dep_ in _DESCRIPTION_LINK_DEPS and c.pos_ == "PROPN"]
    if word.dep_ in _DESCRIPTION_LINK_DEPS and word.head.pos_ == "PROPN":
        linked.append(word.head)
    for name in linked:
        key = table.token_owner.get(name.i)
        if key is not None and table.drafts[key].type in _NAMED_ACTOR_TYPES:
            return key
    return None


def _has_a_name(draft) -> bool:
    """Whether an actor is known by a proper name (not only by a description: "the party")."""
    return any(word[:1].isupper() for name in draft.names for word in name.split()[1:]) \
        or any(name[:1].isupper() and not name.islower() for name in draft.names if " " not in name)
