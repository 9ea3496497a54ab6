"""Actor stage: names, descriptions and groups in a Doc become canonical, coded actors.

The stage reads spaCy's entities and parse and the knowledge layer (countries, role nouns,
the actor dictionary), and writes an `ActorTable` on the Doc: one draft per real entity with
every mention, the code and the evidence for it. Later stages ask the table which actor a
span of words names (`ActorTable.resolve`).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date
from typing import Iterable, Optional

from spacy.tokens import Doc, Span, Token

from newsgraph.knowledge.base import Knowledge
from newsgraph.knowledge.normalize import name_key
from newsgraph.model import Actor, CodeEvidence, Span as MentionSpan
from newsgraph.text import doc_text

NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# words that may sit inside a multi-word name without being capitalised
NAME_CONNECTORS = {"of", "the", "al", "el", "for", "and", "de", "du", "des", "la", "le", "bin", "ibn",
                   "abu", "in", "on", "&", "-", "'s", "van", "von", "der", "da", "dos", "y"}
HONORIFICS = {"mr", "mrs", "ms", "dr", "sheikh", "sayyid", "col", "gen", "lt", "maj", "capt", "sgt", "prof",
              "sen", "rep", "gov", "president", "minister", "king", "prince", "emir", "queen", "pope"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
ORG_PRONOUNS = {"it", "its", "itself"}
FIRST_PLURAL = {"we", "us", "our", "ours", "ourselves"}
ORG_REFERENCE_HEADS = {"group", "movement", "organization", "organisation", "militia", "party", "faction",
                       "company", "agency", "ministry", "government", "force", "forces", "army", "council",
                       "committee", "front", "alliance", "coalition", "court", "office", "union"}
# countries whose people's names are written family name first
FAMILY_NAME_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "JPN", "VNM", "KHM", "HUN", "MNG"}
CONTINENTS = {"Africa", "Asia", "Europe", "America", "Americas", "Oceania", "Antarctica", "Caucasus",
              "Balkans", "Sahel", "Levant", "Maghreb", "Arctic", "Pacific", "Atlantic"}
PAST_WORDS = {"former", "retired", "ex", "late", "onetime", "erstwhile", "outgoing"}
ANONYMOUS_LEMMAS = {"source", "official", "diplomat", "spokesman", "spokeswoman", "spokesperson", "aide",
                    "insider", "witness", "resident", "analyst", "expert", "officer", "commander"}
INDEFINITE = {"a", "an", "one", "some", "several", "two", "three", "four", "many", "other", "another"}
SENTENCE_OPENERS_NOT_NAMES = {"but", "however", "on", "in", "with", "this", "the", "and", "while", "after"}


@dataclass
class ActorDraft:
    key: str
    type: str
    names: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int, str]] = field(default_factory=list)
    country: Optional[str] = None
    sector: Optional[str] = None
    role: Optional[str] = None
    affiliation: Optional[str] = None  # key of another draft
    anonymous: bool = False
    dictionary_id: Optional[str] = None
    evidence: list[CodeEvidence] = field(default_factory=list)
    head: Optional[str] = None  # head lemma, for descriptions and groups
    titles: list[str] = field(default_factory=list)  # every title the text gives
    _first: int = field(default=1 << 62, repr=False)  # start of the earliest mention
    foreign: bool = False  # described as foreign: not of the article's own country
    country_rule: int = 0  # strength of the rule that set the country (higher wins)
    sector_rule: int = 0

    @property
    def first(self) -> int:
        return self._first if self.mentions else 0

    def add_name(self, text: str) -> None:
        text = " ".join(text.replace('"', " ").split())  # quote marks are no part of a name
        if text and text not in self.names:
            self.names.append(text)

    def add_mention(self, start: int, end: int, kind: str) -> None:
        if any(s <= start < e or start <= s < end for s, e, _ in self.mentions):
            return
        self.mentions.append((start, end, kind))
        self._first = min(self._first, start)

    def set_code(self, field_name: str, value: Optional[str], strength: int, rule: str, source: str) -> None:
        """Set country or sector unless a stronger rule already did."""
        if not value:
            return
        current = self.country_rule if field_name == "country" else self.sector_rule
        if strength <= current:
            return
        setattr(self, field_name, value)
        if field_name == "country":
            self.country_rule = strength
        else:
            self.sector_rule = strength
        self.evidence = [e for e in self.evidence if e.field != field_name]
        self.evidence.append(CodeEvidence(field=field_name, value=value, rule=rule, source=source))


# strengths of coding rules: text beats dictionary beats context
TITLE, DICTIONARY, AFFILIATION, CONTEXT, DEFAULT_RULE = 50, 40, 30, 20, 10


class ActorTable:
    """The actors of one document and the map from tokens to them."""

    def __init__(self, doc: Doc, published: Optional[date]):
        self.doc = doc
        self.published = published
        self.drafts: dict[str, ActorDraft] = {}
        self.token_owner: dict[int, str] = {}
        self.main_country: Optional[str] = None
        self._quoted: Optional[set[int]] = None
        self.chunks: list[Span] = []  # the Doc's noun chunks, read once
        # first and past-the-last token of each token's sentence (Token.sent is slow to ask)
        self.sent_start: list[int] = []
        self.sent_end: list[int] = []
        for sent in doc.sents:
            width = sent.end - sent.start
            self.sent_start.extend([sent.start] * width)
            self.sent_end.extend([sent.end] * width)
        self.countries_in = None  # set by the extractor: phrase -> ISO-3 codes it names
        self.describe = None  # set by the extractor: description span -> actor key
        self.country_name = str

    # -- building -----------------------------------------------------------------
    def get(self, key: str, type_: str) -> ActorDraft:
        draft = self.drafts.get(key)
        if draft is None:
            draft = self.drafts[key] = ActorDraft(key=key, type=type_)
        return draft

    def claim(self, span: Span, key: str, kind: str = "name") -> None:
        draft = self.drafts[key]
        draft.add_mention(span.start_char, span.end_char, kind)
        for tok in span:
            self.token_owner.setdefault(tok.i, key)

    def merge(self, keep: str, drop: str) -> None:
        if keep == drop or drop not in self.drafts:
            return
        a, b = self.drafts[keep], self.drafts.pop(drop)
        for n in b.names:
            a.add_name(n)
        for m in b.mentions:
            a.add_mention(*m)
        for fld in ("country", "sector"):
            strength = b.country_rule if fld == "country" else b.sector_rule
            ev = next((e for e in b.evidence if e.field == fld), None)
            if ev:
                a.set_code(fld, getattr(b, fld), strength, ev.rule, ev.source)
        a.role = a.role or b.role
        a.affiliation = a.affiliation or b.affiliation
        a.dictionary_id = a.dictionary_id or b.dictionary_id
        for i, owner in list(self.token_owner.items()):
            if owner == drop:
                self.token_owner[i] = keep
        for d in self.drafts.values():
            if d.affiliation == drop:
                d.affiliation = keep

    # -- resolving (used by later stages) ---------------------------------------------
    def owner_of(self, span: Span) -> Optional[str]:
        """The actor a span of words names, by the mentions already claimed."""
        root = span.root
        if root.i in self.token_owner:
            return self.token_owner[root.i]
        counts = Counter(self.token_owner[t.i] for t in span if t.i in self.token_owner)
        return counts.most_common(1)[0][0] if counts else None

    def resolve(self, span: Span) -> Optional[str]:
        """Actor key for a span naming a speaker or an event side, or None. An unnamed group
        that belongs to a named organisation ("gunmen affiliated with this group") stands for it."""
        key = self._resolve(span)
        if key is not None:
            draft = self.drafts[key]
            if draft.type == "GROUP" and draft.affiliation in self.drafts \
                    and self.drafts[draft.affiliation].type == "ORG":
                return draft.affiliation
        return key

    def _resolve(self, span: Span) -> Optional[str]:
        root = span.root
        if root.i in self.token_owner:
            return self.token_owner[root.i]
        if root.pos_ in ("NOUN", "PROPN") and self.describe is not None:
            # "Canada's Minister of Foreign Affairs": a person named inside, else the description's referent
            people = [self.token_owner[t.i] for t in span if t.i in self.token_owner
                      and self.drafts[self.token_owner[t.i]].type == "PERSON" and _names_the_head(t, root)]
            if people:
                return people[-1]
            described = self.describe(span)
            if described:
                return described
        # an actor named in the phrase, unless only as the place where something is
        # ("the attack on the palace in Conakry" does not name Guinea as a side)
        counts = Counter(self.token_owner[t.i] for t in span
                         if t.i in self.token_owner and not (self.drafts[self.token_owner[t.i]].type == "GPE"
                                                             and _only_a_place(t, root)))
        if counts:
            return counts.most_common(1)[0][0]
        low = root.lower_
        if low in PERSON_PRONOUNS:
            return self.person_before(root)
        if low in ORG_PRONOUNS:
            return self.org_before(root)
        return None

    def person_before(self, tok: Token) -> Optional[str]:
        """The person a third-person pronoun refers to: the nearest person before it in its
        sentence, else the subject person of the nearest earlier sentence that has one. Mentions
        inside quotation marks and plural anonymous sources are passed over."""
        sent = tok.sent
        quoted = self.quoted_tokens()
        in_quote = tok.i in quoted
        for i in range(tok.i - 1, sent.start - 1, -1):
            owner = self.token_owner.get(i)
            if owner and self._singular_person(owner) and (i in quoted) == in_quote:
                return owner
        for prev in _previous_sentences(self.doc, sent, limit=6):
            subjects, others = [], []
            for t in prev:
                owner = self.token_owner.get(t.i)
                if not owner or not self._singular_person(owner) or (t.i in quoted and not in_quote):
                    continue
                is_subject = t.dep_ in ("nsubj", "nsubjpass") or (t.head.dep_ in ("nsubj", "nsubjpass") and t.dep_ in ("compound", "appos"))
                (subjects if is_subject else others).append((owner, t.pos_ == "PRON"))
            if subjects:
                return subjects[0][0]
            if others:
                named = [o for o, pronoun in others if not pronoun]
                return named[0] if named else others[0][0]
        return None

    def _singular_person(self, key: str) -> bool:
        d = self.drafts[key]
        return d.type == "PERSON" and not (d.anonymous and (d.head or "").endswith("s") and d.head not in ("source",)
                                           and not d.head.endswith("ss"))

    def quoted_tokens(self) -> set[int]:
        """Tokens between quotation marks, paired per block."""
        if self._quoted is None:
            self._quoted = set()
            inside = False
            for tok in self.doc:
                if "\n\n" in tok.text or "\n\n" in tok.whitespace_:
                    inside = False
                if tok.text == '"':
                    inside = not inside
                elif inside:
                    self._quoted.add(tok.i)
        return self._quoted

    def org_before(self, tok: Token) -> Optional[str]:
        for prev in [tok.sent, *_previous_sentences(self.doc, tok.sent, limit=2)]:
            for t in reversed(list(prev)):
                if t.i >= tok.i:
                    continue
                owner = self.token_owner.get(t.i)
                if owner and self.drafts[owner].type in ("ORG", "GPE"):
                    return owner
        return None

    def country_counts(self) -> Counter[str]:
        """How often each country is mentioned, by name, capital or as a described actor."""
        counts: Counter[str] = Counter()
        for d in self.drafts.values():
            if d.country:
                counts[d.country] += len(d.mentions)
        return counts

    def country_actor(self, span: Span) -> Optional[str]:
        """The state a description names by its demonym ("the Iraqi side" → Iraq), made on demand."""
        if self.countries_in is None:
            return None
        countries = self.countries_in(span)
        if len(countries) != 1:
            return None
        iso = countries[0]
        key = f"gpe:{iso}"
        if key not in self.drafts:
            draft = self.get(key, "GPE")
            draft.add_name(self.country_name(iso))
            draft.set_code("country", iso, DICTIONARY, "country-demonym", span.text)
            self.claim(span, key, "description")
        return key

    # -- output -------------------------------------------------------------------------
    def to_actors(self) -> tuple[list[Actor], dict[str, str]]:
        """Final actors in order of first mention, and the map from draft keys to actor ids."""
        drafts = sorted(self.drafts.values(), key=lambda d: d.first)
        ids = {d.key: f"a{n}" for n, d in enumerate(drafts, 1)}
        text = doc_text(self.doc)
        actors = []
        for d in drafts:
            mentions = [MentionSpan(start=s, end=e, text=text[s:e], kind=k) for s, e, k in sorted(d.mentions)]
            code = (d.country or "") + (d.sector or "") if (d.country or d.sector) else None
            actors.append(Actor(
                id=ids[d.key], name=d.names[0] if d.names else text[d.mentions[0][0]:d.mentions[0][1]],
                aliases=d.names[1:], type=d.type, country=d.country, sector=d.sector, code=code,
                role=d.role, affiliation=ids.get(d.affiliation) if d.affiliation else None,
                anonymous=d.anonymous, coded=bool(d.country or d.sector), dictionary_id=d.dictionary_id,
                mentions=mentions, evidence=d.evidence,
            ))
        return actors, ids


def _previous_sentences(doc: Doc, sent: Span, limit: int) -> Iterable[Span]:
    n = 0
    i = sent.start - 1
    while i >= 0 and n < limit:
        prev = doc[i].sent
        yield prev
        i = prev.start - 1
        n += 1


# --------------------------------------------------------------------------------------
# the stage


class ActorExtractor:
    """Finds and codes the actors of a Doc. Stateless between documents."""

    def __init__(self, kb: Knowledge):
        self.kb = kb
        self.match = lru_cache(maxsize=1 << 16)(kb.actors.match)
        # first words of the dictionary's multi-word names, to pass over noun phrases cheaply
        self.first_words = frozenset(
            name_key(n).split()[0] for e in kb.actors.entries() for n in (e.name, *e.aliases)
            if len(name_key(n).split()) >= 2)

    def __call__(self, doc: Doc, published: Optional[date] = None) -> ActorTable:
        table = ActorTable(doc, published)
        self._table = table  # the document at hand, for helpers that need its sentence index
        table.countries_in = self.countries_in
        table.describe = lambda span: self._description_target(table, span, _phrase_without_det(span) or span)
        table.country_name = self.kb.countries.name
        table.chunks = list(_noun_phrases(doc))
        claimed: set[int] = set()
        acronyms = _acronym_definitions(doc)
        for span in self._name_spans(doc, table.chunks):
            if span.text in acronyms and len(span) == 1:
                continue  # an acronym the article defines goes with what it defines, below
            self._add_name(table, span, claimed)
        self._link_acronyms(table, doc, acronyms, claimed)
        self._code_from_dictionary(table)  # early, so named actors' countries tell the article's country
        table.main_country = self._main_country(doc, table)
        self._link_surnames(table)
        self._claim_surnames(table, doc, claimed)
        self._drop_noise(table)
        self._descriptions(table, doc, claimed)
        self._code_org_names(table, doc)
        self._code_from_titles(table, doc)
        self._code_from_affiliation(table)
        self._code_from_context(table)
        self._resolve_references(table, doc)
        return table

    # -- context ------------------------------------------------------------------------
    def _main_country(self, doc: Doc, table: ActorTable) -> Optional[str]:
        """The country the article is about: the most mentioned, counting states, demonyms and the
        named actors of a country, with mentions in the opening weighing more."""
        counts: Counter[str] = Counter()
        opening = 600  # characters
        for ent in doc.ents:
            if ent.label_ == "NORP":
                m = self.kb.countries.lookup(_strip_name(ent.text))
                if m:
                    counts[m.iso3] += 3 if ent.start_char < opening else 1
        for d in table.drafts.values():
            if d.country and not d.key.startswith(("group:", "anon:")):
                counts[d.country] += sum(3 if s < opening else 1 for s, _, _ in d.mentions)
        return counts.most_common(1)[0][0] if counts else None

    # -- names --------------------------------------------------------------------------
    def _name_spans(self, doc: Doc, chunks: list[Span]) -> list[Span]:
        """Name spans to claim, in order: those the knowledge layer knows (longest first), then
        the tagger's other entities with their boundaries repaired."""
        known: list[Span] = []
        unknown: list[Span] = []
        for run in _capitalised_runs(doc):
            known.extend(self._known_subspans(run))
        for chunk in chunks:  # lower-case multi-word names: "the axis of resistance"
            if not any(name_key(t.text) in self.first_words for t in chunk):
                continue  # no known multi-word name starts in it: skip without building spans
            phrase = _phrase_without_det(chunk)
            if phrase is None or phrase[0].is_title:
                continue
            for cand in (_with_of_phrase(phrase), phrase):
                if len(cand) >= 2:
                    m = self.match(cand.text, allow_partial=False)
                    if m and m.how in ("exact", "alias"):
                        known.append(cand)
                        break
        for ent in doc.ents:
            if ent.label_ not in NAME_LABELS:
                continue
            for span in _clean_name_span(ent):
                if ent.label_ in ("PERSON", "GPE", "ORG"):
                    span = _repair_name_boundaries(span, self.kb, self._bounds(span.start))
                    if span is None:
                        continue
                (known if self._knows(span.text) else unknown).append(span)
        known.sort(key=lambda s: (-(s.end - s.start), s.start))
        unknown.sort(key=lambda s: (-(s.end - s.start), s.start))
        return known + unknown

    def _bounds(self, i: int) -> tuple[int, int]:
        table = self._table
        return table.sent_start[i], table.sent_end[i]

    def _knows(self, text: str) -> bool:
        return bool(self.match(text, allow_partial=False) or self.kb.countries.lookup(text))

    def _known_subspans(self, run: Span) -> list[Span]:
        """Sub-spans of a capitalised run that the dictionary or the country index knows."""
        found: list[Span] = []
        toks = list(run)
        n = len(toks)
        lowers = [t.lower_ for t in toks]
        # the text of toks[i:j] is built from strings, not Spans, which cost more to make
        pieces = [t.text_with_ws for t in toks]
        i = 0
        while i < n:
            for j in range(min(n, i + 8), i, -1):
                if lowers[i] in NAME_CONNECTORS or lowers[j - 1] in NAME_CONNECTORS:
                    continue
                text = "".join(pieces[i:j - 1]) + toks[j - 1].text
                if self.match(text, allow_partial=False):
                    found.append(run[i:j])
                    i = j - 1
                    break
                country = self.kb.countries.lookup(text)
                if country and not (j < n and country.kind == "capital" and _is_name_token(toks[j])
                                    and not self.kb.roles.is_role_word(lowers[j])):
                    found.append(run[i:j])
                    i = j - 1
                    break
            i += 1
        return found

    def _add_name(self, table: ActorTable, span: Span, claimed: set[int]) -> None:
        if any(t.i in claimed for t in span):
            return
        text = span.text
        key = name_key(text)
        if not key:
            return
        label = span.label_ if span.label_ else ""
        country = self.kb.countries.lookup(text)
        if country and country.kind != "demonym":
            draft = table.get(f"gpe:{country.iso3}", "GPE")
            draft.add_name(self.kb.countries.name(country.iso3))
            draft.add_name(text)
            draft.set_code("country", country.iso3, DICTIONARY, f"country-{country.kind}", text)
            # a state acting is its government (the ICEWS convention): "Canada condemned ..."
            draft.set_code("sector", country.sector or "GOV", DEFAULT_RULE, "state-as-government", text)
            table.claim(span, draft.key, "name" if country.kind == "name" else country.kind)
            claimed.update(t.i for t in span)
            return
        if country and country.kind == "demonym":
            if text.lower().endswith("s") and span[-1].tag_ in ("NNPS", "NNS"):
                draft = table.get(f"gpe:{country.iso3}", "GPE")
                draft.add_name(self.kb.countries.name(country.iso3))
                draft.add_name(text)
                draft.set_code("country", country.iso3, DICTIONARY, "country-people", text)
                table.claim(span, draft.key, "demonym")
                claimed.update(t.i for t in span)
            return
        match = self.match(text, allow_partial=len(span) > 1 or label == "PERSON")
        if match and not (len(span) == 1 and match.how == "fuzzy"):
            entry = match.entry
            draft = table.get(f"dict:{entry.id}", entry.type)
            draft.dictionary_id = entry.id
            draft.add_name(entry.name)
            draft.add_name(text)
            table.claim(span, draft.key, "name")
            claimed.update(t.i for t in span)
            return
        type_ = self._name_type(span, label)
        if type_ is None:
            return
        draft = table.drafts.get(f"name:{key}") or table.get(f"name:{key}", type_)
        draft.add_name(text)
        table.claim(span, draft.key, "name")
        claimed.update(t.i for t in span)

    def _name_type(self, span: Span, label: str) -> Optional[str]:
        """PERSON or ORG for a name no dictionary knows, or None when it is no actor."""
        if label in ("NORP", "LOC", "FAC") or not label:
            return None
        words = [t for t in span if t.is_alpha]
        if not words or not any(t.is_title or t.is_upper for t in words):
            return None
        if len(words) > 1 and (words[-1].text in CONTINENTS or self.kb.countries.lookup(words[-1].text)):
            return None  # "West Africa"
        role = self.kb.roles.sector_of(span.text)
        if role is not None and role.person and span.text.lower().rstrip("s").endswith(role.term.split()[-1]):
            return None  # a title the tagger took for a name ("National Security Advisor")
        if label == "ORG":
            if len(words) == 1 and self._is_place(span.text):
                return None  # a region the tagger took for an organisation ("Tigray")
            return "ORG"
        if label == "GPE":
            # a GPE the gazetteer cannot place but shaped like a personal name ("Riyadh Fakhri")
            if len(words) >= 2 and all(t.is_title for t in words) and not self._is_place(span.text):
                return "PERSON"
            return "PERSON?" if len(words) == 1 and not self._is_place(span.text) else None
        if len(words) == 1 and self._is_place(span.text, ("region", "country", "admin")):
            return None  # a region the tagger took for a person ("Tigray")
        return "PERSON"

    def _is_place(self, text: str, kinds: tuple[str, ...] = ()) -> bool:
        from newsgraph.pipeline.places import get_gazetteer

        place = get_gazetteer().lookup(text)
        return place is not None and (not kinds or place.kind in kinds)

    def _link_acronyms(self, table: ActorTable, doc: Doc, acronyms: dict[str, Span], claimed: set[int]) -> None:
        """"Reporters Without Borders (RSF)": every RSF of the article is that organisation,
        whatever a dictionary says RSF stands for elsewhere."""
        for tok in doc:
            definition = acronyms.get(tok.text)
            if definition is None or tok.i in claimed:
                continue
            owner = table.owner_of(definition)
            if owner is None:
                m = self.match(tok.text, allow_partial=False)
                if m is None:
                    continue
                self._add_name(table, doc[tok.i:tok.i + 1], claimed)
                continue
            table.drafts[owner].add_name(tok.text)
            table.claim(doc[tok.i:tok.i + 1], owner, "acronym")
            claimed.add(tok.i)

    def _link_surnames(self, table: ActorTable) -> None:
        """One actor per person: "Kazemi" and "Al-Kazemi" join "Mustafa Al-Kazemi"."""
        people = [d for d in table.drafts.values() if d.type in ("PERSON", "PERSON?")]
        full = [d for d in people if any(len(name_key(n).split()) >= 2 for n in d.names)]
        by_last: dict[str, list[ActorDraft]] = {}
        for d in full:
            for n in d.names:
                toks = name_key(n).split()
                if len(toks) >= 2:
                    by_last.setdefault(toks[-1], []).append(d)
                    by_last.setdefault(toks[0], [])  # a first name alone is not linked
        # a one-word "organisation" that is a named person's surname is that person ("Arce said")
        people += [d for d in table.drafts.values() if d.type == "ORG" and not d.dictionary_id
                   and len(name_key(d.names[0] if d.names else "").split()) == 1]
        # family name first: "Wang" is Wang Wenbin where the dictionary knows the name order
        by_first: dict[str, list[ActorDraft]] = {}
        for d in full:
            entry = self.kb.actors.get(d.dictionary_id) if d.dictionary_id else None
            if entry is not None and entry.country in FAMILY_NAME_FIRST:
                by_first.setdefault(name_key(entry.name).split()[0], []).append(d)
        for d in list(people):
            if d.key not in table.drafts or d in full:
                continue
            toks = name_key(d.names[0]).split() if d.names else []
            if len(toks) != 1:
                continue
            cands = {c.key for c in by_last.get(toks[0], []) + by_first.get(toks[0], []) if c.key in table.drafts}
            if len(cands) == 1:
                keep = cands.pop()
                table.merge(keep, d.key)
        # single-word GPE-labelled names that matched no person are no actors
        for d in list(table.drafts.values()):
            if d.type == "PERSON?":
                if d.dictionary_id is None:
                    self._forget(table, d.key)
                else:
                    d.type = "PERSON"

    def _claim_surnames(self, table: ActorTable, doc: Doc, claimed: set[int]) -> None:
        """A person's surname alone, wherever the tagger missed it ("..., Arce said")."""
        owners: dict[str, set[str]] = {}
        for d in table.drafts.values():
            if d.type != "PERSON" or d.anonymous:
                continue
            for n in d.names:
                toks = name_key(n).split()
                if len(toks) >= 2:
                    owners.setdefault(toks[-1], set()).add(d.key)
        if not owners:
            return
        n = len(doc)
        for tok in doc:
            if tok.i in claimed or not _is_name_token(tok):
                continue
            hyphenated = tok.i + 2 < n and doc[tok.i + 1].text == "-"
            if not hyphenated and name_key(tok.text) not in owners:
                continue
            for width in ((3, 1) if hyphenated else (1,)):  # "Al - Kazemi" or "Arce"
                span = doc[tok.i:tok.i + width]
                if len(span) != width or any(t.i in claimed for t in span) or "\n" in span.text:
                    continue
                if width == 3 and not (span[1].text == "-" and _glued(span[0], span[1]) and _glued(span[1], span[2])):
                    continue
                keys = owners.get(name_key(span.text), set())
                if len(keys) == 1 and not self.kb.countries.lookup(span.text):
                    key = next(iter(keys))
                    table.drafts[key].add_name(span.text)
                    table.claim(span, key, "name")
                    claimed.update(t.i for t in span)
                    break

    def _drop_noise(self, table: ActorTable) -> None:
        """Fragments the tagger mistakes for names: a lone unknown word seen once, untitled."""
        for d in list(table.drafts.values()):
            if d.dictionary_id or d.type not in ("PERSON", "ORG") or not d.names:
                continue
            key = name_key(d.names[0])
            if self.kb.countries.lookup(key) or self.kb.roles.is_role_word(key):
                self._forget(table, d.key)
                continue
            toks = key.split()
            if len(toks) == 1 and len(d.mentions) < 2 and not self._has_title(table, d):
                self._forget(table, d.key)

    def _has_title(self, table: ActorTable, d: ActorDraft) -> bool:
        for s, e, _ in d.mentions:
            span = table.doc.char_span(s, e, alignment_mode="expand")
            if span is not None and _title_tokens(span, self._is_title_word, table.sent_start[span.start]):
                return True
        return False

    @staticmethod
    def _forget(table: ActorTable, key: str) -> None:
        table.drafts.pop(key, None)
        for i, owner in list(table.token_owner.items()):
            if owner == key:
                del table.token_owner[i]

    # -- descriptions, groups, anonymous sources -------------------------------------------
    def _descriptions(self, table: ActorTable, doc: Doc, claimed: set[int]) -> None:
        """Unnamed actors: anonymous sources, organisations described by country and role noun
        ("the Iranian Foreign Ministry"), and groups ("the armed factions", "police")."""
        for head in doc:
            if head.pos_ not in ("NOUN", "PROPN") or head.i in table.token_owner or head.i in claimed:
                continue
            if head.dep_ == "compound" or not head.is_alpha:
                continue
            if not (self.kb.roles.is_role_word(head.lower_) or head.lemma_.lower() in ANONYMOUS_LEMMAS):
                continue
            phrase = _description_phrase(head)
            if phrase is None:
                continue
            role = self.kb.roles.sector_of(phrase.text)
            countries = self.countries_in(phrase)
            det = _determiner(head)
            lemma = head.lemma_.lower()
            if lemma in ANONYMOUS_LEMMAS and (det in INDEFINITE or (not det and head.tag_ == "NNS")):
                self._anonymous(table, head, phrase, role, countries)
                continue
            if role is None or role.term.split()[-1] not in (head.lower_, head.lemma_.lower()):
                continue
            if role.person:
                plural = head.tag_ in ("NNS", "NNPS")
                if plural and role.sector:
                    self._group(table, head, phrase, role, countries)  # "North Korean soldiers"
                elif det in ("a", "an") and countries and role.sector and _apposed_person(table, head) is None:
                    self._unnamed_person(table, head, phrase, role, countries)  # "a Guinean army colonel"
                continue  # definite person descriptions are resolved to named people later
            elif countries and not role.group and head.tag_ in ("NN", "NNP") and role.sector:
                self._described_org(table, head, phrase, role, countries)
            elif role.sector and (role.group or det or head.tag_ in ("NNS", "NNPS")):
                if head.tag_ == "NN" and not role.group and det not in ("the", "this", "that") and not countries:
                    continue  # "with all force": a mass noun, nobody acting
                self._group(table, head, phrase, role, countries)
            elif lemma == "delegation" and countries:
                self._group(table, head, phrase, role, countries, sector="GOV")

    @staticmethod
    def _described_person(table: ActorTable, head: Token, name: str, phrase: Span, role,
                          countries: list[str]) -> ActorDraft:
        """A person known only by a description, coded from its words."""
        key = f"anon:{head.i}"
        draft = table.get(key, "PERSON")
        draft.anonymous = True
        draft.head = head.lemma_.lower()
        draft.add_name(name)
        draft.role = phrase.text
        draft.titles.append(phrase.text)
        table.claim(phrase, key, "description")
        if countries:
            draft.set_code("country", countries[0], TITLE, "description-country", phrase.text)
        if role is not None and role.sector:
            draft.set_code("sector", role.sector, TITLE, "description-role", role.term)
        return draft

    def _unnamed_person(self, table: ActorTable, head: Token, phrase: Span, role, countries: list[str]) -> None:
        """"A Guinean army colonel": a person the text describes but does not name (yet)."""
        self._described_person(table, head, phrase.text, phrase, role, countries)

    def _anonymous(self, table: ActorTable, head: Token, phrase: Span, role, countries: list[str]) -> None:
        """"An Iraqi government source in the prime minister's office", with its affiliation."""
        full = _with_prep_modifiers(head)
        draft = self._described_person(table, head, full.text, phrase, role, countries)
        key = draft.key
        # "a source in the Hezbollah Brigades", "a government source in the prime minister's office"
        for tok in full[len(phrase):] if full.start == phrase.start else full:
            if tok.i < head.i:
                continue
            owner = table.token_owner.get(tok.i)
            if owner and owner != key and table.drafts[owner].type in ("ORG", "PERSON", "GPE"):
                draft.affiliation = owner
                break

    def _group(self, table: ActorTable, head: Token, phrase: Span, role, countries: list[str],
               sector: Optional[str] = None) -> None:
        country = countries[0] if countries else None
        foreign = any(t.lower_ in FOREIGN_WORDS for t in phrase)
        lemma = head.lemma_.lower()
        mods = self._content_modifiers(_modifier_words(phrase, head))
        same = [d for d in table.drafts.values() if d.type == "GROUP" and d.head == lemma
                and (d.country in (None, country) if country else d.country in (None, table.main_country))
                and all(_nested(mods, self._content_modifiers(_modifier_words_of_name(n, lemma))) for n in d.names)]
        key = same[0].key if same else f"group:{lemma}:{country or ''}:{head.i}"
        draft = table.get(key, "GROUP")
        draft.head = lemma
        draft.add_name(phrase.text)
        table.claim(phrase, key, "description")
        affiliate = _affiliated_with(table, head)
        if affiliate and affiliate != key:
            draft.affiliation = draft.affiliation or affiliate
        draft.foreign = draft.foreign or foreign
        if country:
            draft.set_code("country", country, TITLE, "description-country", phrase.text)
        if sector or role.sector:
            draft.set_code("sector", sector or role.sector, TITLE, "description-role", role.term)

    def _content_modifiers(self, words: frozenset[str]) -> frozenset[str]:
        """A description's modifiers less the ones naming a country ("Iraqi" in "Iraqi factions")."""
        return frozenset(w for w in words if not self.kb.countries.lookup(w.capitalize()))

    def _described_org(self, table: ActorTable, head: Token, phrase: Span, role, countries: list[str]) -> None:
        country = countries[0]
        key = f"org:{country}:{role.term}"
        draft = table.get(key, "ORG")
        draft.head = head.lemma_.lower()
        draft.add_name(phrase.text)
        table.claim(phrase, key, "description")
        draft.set_code("country", country, TITLE, "description-country", phrase.text)
        draft.set_code("sector", role.sector, TITLE, "description-role", role.term)

    def _code_org_names(self, table: ActorTable, doc: Doc) -> None:
        """Names no dictionary knows, coded from their own words: "National Iranian Gas Company"."""
        for d in table.drafts.values():
            if d.dictionary_id or d.type != "ORG" or d.key.startswith(("org:", "group:")):
                continue
            for name in d.names:
                role = self.kb.roles.sector_of(name)
                if role and role.sector:
                    d.set_code("sector", role.sector, TITLE - 1, "name-role", role.term)
                    d.head = role.term
                found = [m.iso3 for _, _, m in self.kb.countries.find_all(name) if m.kind != "capital"]
                if found:
                    d.set_code("country", found[0], TITLE - 1, "name-country", name)
            # "China's Foreign Ministry": the possessor names the country
            for start, end, _ in list(d.mentions):
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is None or span.start < 2 or doc[span.start - 1].text not in ("'s", "'"):
                    continue
                owner = table.token_owner.get(span.start - 2)
                if owner and table.drafts[owner].type == "GPE":
                    d.set_code("country", table.drafts[owner].country, TITLE, "possessor-country", doc[span.start - 2:span.end].text)
                    d.add_name(doc[span.start - 2:span.end].text)

    def countries_in(self, phrase: Span) -> list[str]:
        """Countries a phrase names by name or demonym before its first preposition
        ("the Iranian Foreign Ministry spokesman" → IRN; "correspondent in Baghdad" → none)."""
        toks = []
        for tok in phrase:
            if tok.pos_ == "ADP" and tok.dep_ == "prep" and tok.i > phrase.start or tok.text in (",", ";", "("):
                break
            toks.append(tok)
        if not toks:
            return []
        text = phrase.doc[toks[0].i:toks[-1].i + 1].text
        text = text.replace("'s", " ").replace("’s", " ")
        out = []
        for _, _, m in self.kb.countries.find_all(text):
            if m.kind in ("demonym", "name", "alias") and m.iso3 not in out:
                out.append(m.iso3)
        for part in re.findall(r"[A-Za-z.]+(?:-[A-Za-z]+)+", text):
            for iso in self.kb.countries.split_compound(part):
                if iso not in out:
                    out.append(iso)
        return out

    # -- coding ---------------------------------------------------------------------------
    def _code_from_titles(self, table: ActorTable, doc: Doc) -> None:
        """Appositions and titles next to a name: "the Iranian Foreign Ministry spokesman, Saeed Khatibzadeh"."""
        for d in list(table.drafts.values()):
            if d.type not in ("PERSON", "ORG") or d.anonymous or d.key.startswith(("group:", "org:")):
                continue
            for s, e, kind in list(d.mentions):
                if kind != "name":
                    continue
                span = doc.char_span(s, e, alignment_mode="expand")
                if span is None:
                    continue
                for title in _titles_of(span, table.sent_start[span.start], self._is_title_word, self._is_person_title):
                    self._apply_title(table, d, title)

    def _is_person_title(self, word: str) -> bool:
        role = self.kb.roles.sector_of(word)
        return role is not None and role.person

    def _is_title_word(self, word: str) -> bool:
        return self.kb.roles.is_role_word(word.lower())

    def _apply_title(self, table: ActorTable, d: ActorDraft, title: Span) -> None:
        text = title.text.replace('"', "").strip(" ,")
        text = re.sub(r"\s*\([^()]*\)", "", text)  # "African Union (AU) High Representative"
        # the organisation named in the title: "spokesman for the political bureau of X", "X correspondent"
        org = None
        for tok in title:
            owner = table.token_owner.get(tok.i)
            if owner and owner != d.key and table.drafts[owner].type in ("ORG", "GPE"):
                org = owner
                if table.drafts[owner].type == "ORG":
                    break
        if title[-1].lemma_ in ("lead", "head", "command", "found") and org and table.drafts[org].type == "ORG":
            # "the movement led by X": X leads it, and takes its code
            d.affiliation = d.affiliation or org
            d.role = d.role or f"leader of {table.drafts[org].names[0]}"
            return
        role = self.kb.roles.sector_of(text)
        if org is None and role is not None and role.sector is None:
            # "senior adviser to Tsikhanouskaya": the person's camp
            for tok in title:
                owner = table.token_owner.get(tok.i)
                if owner and owner != d.key and table.drafts[owner].type == "PERSON" and tok.head.lower_ in ("to", "of"):
                    org = owner
        if org and table.drafts[org].type in ("ORG", "PERSON"):
            d.affiliation = d.affiliation or org
        if role is None:
            return
        if d.role is None or (d.role and "former" in d.role.lower() and not role.past):
            d.role = text
        if text not in d.titles:
            d.titles.append(text)
        countries = self.countries_in(title)
        if countries:
            d.set_code("country", countries[0], TITLE, "title-country", text)
        elif org and table.drafts[org].type == "GPE":
            d.set_code("country", table.drafts[org].country, TITLE, "title-country", text)
        sector = role.sector
        if role.past and role.base_sector in ("MIL", "REB") and "retired" not in text.lower():
            sector = role.base_sector  # a former commander is remembered for his command
        if sector is None and role.term in ("leader", "head", "chief", "ruler") and (countries or org) \
                and not (org and table.drafts[org].type == "ORG"):
            sector = "GOV"
        if sector:
            d.set_code("sector", sector, TITLE, "title-role", text)

    def _code_from_dictionary(self, table: ActorTable) -> None:
        for d in table.drafts.values():
            if not d.dictionary_id:
                continue
            entry = self.kb.actors.get(d.dictionary_id)
            if entry is None:
                continue
            country, sector = self.kb.actors.sector_on(entry, table.published)
            d.set_code("country", country, DICTIONARY, "dictionary", entry.id)
            d.set_code("sector", sector, DICTIONARY, "dictionary", entry.id)
            if entry.parent and d.affiliation is None:
                parent = next((x for x in table.drafts.values() if x.dictionary_id == entry.parent), None)
                if parent:
                    d.affiliation = parent.key

    def _code_from_affiliation(self, table: ActorTable) -> None:
        for d in table.drafts.values():
            if not d.affiliation or d.affiliation not in table.drafts:
                continue
            org = table.drafts[d.affiliation]
            rule = f"affiliation:{org.names[0] if org.names else org.key}"
            d.set_code("country", org.country, AFFILIATION, "affiliation", rule)
            if org.sector:
                strength = TITLE + 1 if org.sector in ("REB", "IGO", "MED", "PTY", "OPP", "NGO") else AFFILIATION
                if d.anonymous and d.sector is None:
                    strength = TITLE + 1
                d.set_code("sector", org.sector, strength, "affiliation", rule)

    def _code_from_context(self, table: ActorTable) -> None:
        """People coded by a title but with no country: the article's own country."""
        main = table.main_country
        for d in table.drafts.values():
            if d.country or not main or d.foreign:
                continue
            if d.type in ("PERSON", "ORG") and d.sector in ("ELI", "MIL", "GOV", "LEG", "JUD", "COP", "OPP", "CVL", "SPY"):
                d.set_code("country", main, CONTEXT, "article-country", main)
            elif d.type == "GROUP" and d.sector:
                d.set_code("country", main, CONTEXT, "article-country", main)

    # -- references ----------------------------------------------------------------------
    def _resolve_references(self, table: ActorTable, doc: Doc) -> None:
        """Definite descriptions ("the prime minister", "the source", "this group") and pronouns."""
        for chunk in table.chunks:
            head = chunk.root
            if head.i in table.token_owner or head.pos_ == "PRON":
                continue
            if not (self.kb.roles.is_role_word(head.lower_) or head.lemma_.lower() in ANONYMOUS_LEMMAS
                    or head.lemma_.lower() in ORG_REFERENCE_HEADS or head.dep_ == "appos"
                    or any(c.dep_ == "appos" for c in head.children)):
                continue
            det = chunk[0].lower_
            state_possessor = any(c.dep_ == "poss" and table.token_owner.get(c.i, "").startswith("gpe:")
                                  for c in head.children)
            if det not in ("the", "this", "that", "these") and not state_possessor:
                continue
            phrase = _phrase_without_det(chunk)
            if phrase is None:
                continue
            role = self.kb.roles.sector_of(phrase.text)
            if role is not None and role.term.split()[-1] not in (head.lower_, head.lemma_.lower()):
                continue  # "the journalist's release" is about a release, not the journalist
            target = self._description_target(table, chunk, phrase) or _apposed_person(table, head)
            if target is None and role is not None and role.person and not _complement_names_other(table, head) \
                    and not _names_a_person_inside(table, head):
                target = self._office_holder_named_later(table, chunk, phrase, role)
                if target is None and (state_possessor or self.countries_in(phrase)) and role.sector:
                    # "Poland's prime minister", never named: a person known by the office
                    target = self._described_person(table, head, phrase.text, phrase, role,
                                                    self.countries_in(phrase)).key
            if target:
                draft = table.drafts[target]
                table.claim(chunk if det in ("the", "this", "that", "these") else phrase, target, "description")
                if draft.type == "PERSON" and not draft.anonymous:
                    draft.add_name(phrase.text)
        for tok in doc:
            if tok.i in table.token_owner:
                continue
            low = tok.lower_
            if low in PERSON_PRONOUNS and tok.pos_ == "PRON":
                owner = table.person_before(tok)
                if owner:
                    table.claim(doc[tok.i:tok.i + 1], owner, "pronoun")

    def _office_holder_named_later(self, table: ActorTable, chunk: Span, phrase: Span, role) -> Optional[str]:
        """"Poland's prime minister denounced ...", then "Mateusz Morawiecki said": the person named
        after the description who holds (or held) that office of that country, or bears that title."""
        from newsgraph.knowledge.dictionary import canonical_role

        countries = self.countries_in(phrase)
        wanted = canonical_role(role.term)
        for d in sorted(table.drafts.values(), key=lambda d: d.first):
            if d.type != "PERSON" or d.anonymous or d.first <= chunk.start_char:
                continue
            if countries and d.country not in countries:
                continue
            entry = self.kb.actors.get(d.dictionary_id) if d.dictionary_id else None
            if entry is not None and any(o.role == wanted and (not countries or o.country in countries)
                                         for o in entry.offices):
                return d.key
            if countries and any(_role_compatible(role.term, t) for t in d.titles):
                return d.key
        return None

    def _description_target(self, table: ActorTable, chunk: Span, phrase: Span) -> Optional[str]:
        if not len(chunk):
            return None
        head = chunk.root.lemma_.lower()
        before = [d for d in table.drafts.values() if d.first < chunk.start_char]
        # "the source" / "this source": the latest anonymous source with that head
        if head in {"source", "official", "diplomat", "spokesman", "spokesperson", "spokeswoman"}:
            # the latest one so described, whether anonymous or named with that title
            cands = [d for d in before if (d.anonymous and d.head == head)
                     or (d.type == "PERSON" and any(head in t.lower() for t in d.titles))]
            if cands:
                return max(cands, key=lambda d: max(m[0] for m in d.mentions if m[0] < chunk.start_char)).key
        role = self.kb.roles.sector_of(phrase.text)
        countries = self.countries_in(phrase)
        if role and role.person and _complement_names_other(table, chunk.root):
            return None  # "the head of the Iraqi delegation" is not "the head" met before
        if role and role.person:
            people = [d for d in before if d.type == "PERSON" and not d.anonymous and d.role
                      and any(_role_compatible(role.term, r) for r in d.titles)
                      and (not countries or d.country in countries)]
            if people:
                return max(people, key=lambda d: max(m[0] for m in d.mentions if m[0] < chunk.start_char)).key
            # the office-holder of the article's country on its date, when named elsewhere in the text
            country = countries[0] if countries else table.main_country
            holder = self.kb.actors.office_holder(country, role.term, table.published) if country else None
            if holder:
                key = f"dict:{holder.id}"
                if key in table.drafts:
                    return key
            return None
        if head in ORG_REFERENCE_HEADS and chunk[0].lower_ in ("this", "that", "the") and not countries:
            orgs = [d for d in before if d.type == "ORG" and d.sector in ("REB", "PTY", "OPP", "MIL", None)
                    and d.head != head]
            named = [d for d in orgs if not d.key.startswith(("group:", "org:"))]
            if named and head in ("group", "movement", "organization", "organisation", "militia", "party", "faction", "front"):
                return max(named, key=lambda d: max(m[0] for m in d.mentions if m[0] < chunk.start_char)).key
        return None


# --------------------------------------------------------------------------------------
# span helpers


def _strip_name(text: str) -> str:
    text = text.strip().strip('"\'').strip()
    text = re.sub(r"^(the|The)\s+", "", text)
    text = re.sub(r"'s$|'$", "", text)
    return text.strip(' "\'.,;:')


def _clean_name_span(ent: Span) -> list[Span]:
    """The names in an entity: split at line breaks, quote marks and slashes ("KNS/AP"), each
    without leading determiners and trailing possessive endings or punctuation."""
    doc = ent.doc
    segments: list[list[Token]] = [[]]
    for tok in ent:
        if tok.text in ('"', "/") or "\n" in tok.text or tok.is_space:
            segments.append([])
        else:
            segments[-1].append(tok)
    out = []
    for toks in segments:
        lo, hi = 0, len(toks)
        while lo < hi and (toks[lo].lower_ in ("the", "a", "an") or not (toks[lo].is_alpha or toks[lo].is_digit)):
            lo += 1
        while hi > lo and (toks[hi - 1].text in ("'s", "'", "’s") or not (toks[hi - 1].is_alpha or toks[hi - 1].is_digit)):
            hi -= 1
        if lo < hi:
            out.append(Span(doc, toks[lo].i, toks[hi - 1].i + 1, label=ent.label_))
    return out


def _capitalised_runs(doc: Doc) -> Iterable[Span]:
    """Runs of capitalised words (with connectors inside), the raw material for dictionary lookups."""
    start = None
    last_cap = None
    for tok in doc:
        cap = (tok.is_title or (tok.is_upper and len(tok) > 1)) and (tok.is_alpha or "-" in tok.text or "'" in tok.text)
        if cap and not (tok.is_sent_start and tok.lower_ in SENTENCE_OPENERS_NOT_NAMES):
            if start is None:
                start = tok.i
            last_cap = tok.i
        elif start is not None and (tok.lower_ in NAME_CONNECTORS or tok.text in ("-", "'")) and "\n" not in tok.text:
            continue
        else:
            if start is not None and last_cap is not None:
                yield doc[start:last_cap + 1]
            start, last_cap = None, None
    if start is not None and last_cap is not None:
        yield doc[start:last_cap + 1]


def _noun_phrases(doc: Doc) -> Iterable[Span]:
    try:
        yield from doc.noun_chunks
    except ValueError:  # no parse
        return


def _phrase_without_det(chunk: Span) -> Optional[Span]:
    toks = [t for t in chunk if not (t.dep_ in ("det", "predet") or t.text in ('"', "'") or t.is_space)]
    toks = [t for t in toks if "\n" not in t.text]
    if not toks:
        return None
    return chunk.doc[toks[0].i:toks[-1].i + 1]


def _with_prep_modifiers(head: Token) -> Span:
    """The noun phrase of a head with its prepositional modifiers: "a source in the Hezbollah Brigades"."""
    doc = head.doc
    start = min(t.i for t in head.subtree if t.i <= head.i and t.dep_ not in ("relcl", "acl"))
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "of", "from", "at", "within", "close", "inside", "near", "with"):
            end = max(end, max(t.i for t in child.subtree) + 1)
    span = doc[start:end]
    for tok in span:  # never run past a line break
        if tok.i > head.i and "\n" in tok.text:
            return doc[start:tok.i]
    return span


def _with_of_phrase(phrase: Span) -> Span:
    """A phrase with the "of" phrase after its head: "axis" → "axis of resistance"."""
    head = phrase[-1]
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == head.i + 1:
            end = max(t.i for t in child.subtree) + 1
            return phrase.doc[phrase.start:end]
    return phrase


def _description_phrase(head: Token) -> Optional[Span]:
    """A head noun with its modifiers before it, without determiners: "Iranian Foreign Ministry"."""
    doc = head.doc
    left = [t for t in head.subtree if t.i < head.i and t.dep_ in ("compound", "amod", "nmod", "npadvmod", "nummod", "poss", "case", "punct")]
    start = head.i
    for t in sorted(left, key=lambda t: -t.i):
        if t.i == start - 1 and "\n" not in t.whitespace_ and (t.is_alpha or "-" in t.text and len(t) > 1 or t.text == "'s"):
            start = t.i
    for t in doc[start:head.i]:
        if t.text in ("'s", "'") and not (t.i > 0 and doc[t.i - 1].ent_type_ in ("GPE", "NORP")):
            start = t.i + 1  # "the group's news agency": the possessor is not part of the description
    while start < head.i and (doc[start].dep_ == "poss" and doc[start].pos_ == "PRON" or doc[start].text in ("'s", "-")):
        start += 1
    return doc[start:head.i + 1]


def _determiner(head: Token) -> str:
    for child in head.children:
        if child.dep_ in ("det", "predet", "nummod") and child.i < head.i:
            return child.lower_
        if child.dep_ == "poss":
            return "poss"
    return ""


def _title_tokens(span: Span, is_title_word, sent_start: int) -> list[Token]:
    """Tokens right before a name that form its title: "former Iranian diplomat", "Col."."""
    doc = span.doc
    i = span.start - 1
    if i < sent_start:
        return []
    last = doc[i].lower_.rstrip(".") if doc[i].text != "." or i == 0 else doc[i - 1].lower_
    if not (is_title_word(last) or last in HONORIFICS):
        return []
    toks: list[Token] = []
    while i >= sent_start:
        tok = doc[i]
        if "\n" in tok.text or "\n" in tok.whitespace_:
            break
        if tok.pos_ in ("DET", "ADP", "VERB", "AUX", "PRON", "CCONJ", "SCONJ", "PART") and tok.dep_ != "poss" \
                and tok.lower_ not in PAST_WORDS:
            break
        if not (tok.is_alpha or tok.text in ("-", ".", "'s") or "-" in tok.text or "'" in tok.text):
            break
        toks.insert(0, tok)
        i -= 1
    return toks


def _titles_of(span: Span, sent_start: int, is_title_word, is_person_title=lambda word: True) -> list[Span]:
    """Title phrases attached to a name: before it, in apposition after it, or the noun it is apposed to."""
    doc = span.doc
    out: list[Span] = []
    before = _title_tokens(span, is_title_word, sent_start)
    if before:
        out.append(doc[before[0].i:span.start])
        # a second title before a comma: "the AU High Representative for the Horn of Africa, former ... NAME"
        earlier = _title_before_comma(doc, before[0].i, is_title_word, sent_start)
        if earlier is not None:
            out.append(earlier)
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end and is_title_word(child.lower_) \
                and span.end < len(doc) and doc[span.end].text == ",":
            out.append(_subtree_span(child))
    if root.dep_ == "appos" and root.head.i < span.start and is_title_word(root.head.lower_) \
            and doc[span.start - 1].text == ",":
        head = root.head
        sub = [t for t in head.subtree if t.i < span.start]
        while sub and sub[-1].text in (",", "-", '"'):
            sub.pop()
        if sub:
            out.append(doc[sub[0].i:sub[-1].i + 1])
    if root.dep_ == "appos" and root.head.i < span.start and doc[span.start - 1].text == ",":
        climb = root.head
        for _ in range(5):
            if climb.dep_ not in ("pobj", "prep", "compound") or climb.head.i == climb.i:
                break
            climb = climb.head
            if climb.pos_ in ("NOUN", "PROPN") and is_title_word(climb.lower_) and is_person_title(climb.lower_):
                sub = [t for t in climb.subtree if t.i < span.start]
                while sub and sub[-1].text in (",", "-", '"'):
                    sub.pop()
                if sub:
                    out.append(doc[sub[0].i:sub[-1].i + 1])
                break
    # "the movement led by Qais Khazali": the leader of the movement
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_ in ("lead", "head", "command", "found"):
        led = root.head.head.head
        if led is not None and led.pos_ in ("NOUN", "PROPN"):
            out.append(doc[led.left_edge.i:root.head.head.i + 1])
    return [t for t in out if len(t)]


def _title_before_comma(doc: Doc, start: int, is_title_word, sent_start: int) -> Optional[Span]:
    """The role phrase standing right before a comma that precedes another title."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    i = start - 2
    depth = 0
    lo = None
    while i >= sent_start and start - i <= 14:
        tok = doc[i]
        if tok.text == ")":
            depth += 1
        elif tok.text == "(":
            depth -= 1
        elif depth == 0 and (tok.text in (",", ";", '"') or tok.pos_ in ("VERB", "AUX")):
            break
        lo = i
        i -= 1
    if lo is None:
        return None
    phrase = doc[lo:start - 1]
    while len(phrase) and phrase[0].pos_ in ("DET", "ADP", "CCONJ"):
        phrase = phrase[1:]
    heads = [t for t in phrase if t.pos_ in ("NOUN", "PROPN") and is_title_word(t.lower_)]
    return phrase if heads and len(phrase) else None


def _subtree_span(tok: Token) -> Span:
    """A token's subtree as a span, cut at a line break."""
    doc = tok.doc
    lo = min(t.i for t in tok.subtree)
    hi = max(t.i for t in tok.subtree) + 1
    for t in doc[lo:hi]:
        if t.i > tok.i and ("\n" in t.text or "\n" in t.whitespace_):
            hi = t.i + 1 if "\n" in t.whitespace_ else t.i
            break
    return doc[lo:hi]


def _modifier_words(phrase: Span, head: Token) -> frozenset[str]:
    return frozenset(t.lower_ for t in phrase if t.i != head.i and t.is_alpha)


def _modifier_words_of_name(name: str, lemma: str) -> frozenset[str]:
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
    return frozenset(words[:-1]) if words else frozenset()


def _nested(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two descriptions of one group: one's modifiers contain the other's ("armed factions" in
    "the armed Shiite factions"); "missile forces" and "foreign forces" stay apart."""
    return a <= b or b <= a


AFFILIATION_WORDS = {"affiliate", "affiliated", "loyal", "link", "linked", "belong", "belonging", "close",
                     "back", "backed", "align", "aligned", "tie", "tied", "attach", "attached", "allied"}


def _affiliated_with(table: ActorTable, head: Token) -> Optional[str]:
    """"gunmen affiliated with this group", "factions close to Iran": the actor they belong to."""
    for child in head.rights:
        if child.dep_ in ("acl", "amod", "relcl") and child.lemma_.lower() in AFFILIATION_WORDS | {"affiliate"}:
            for t in child.subtree:
                if t.dep_ in ("pobj", "agent") or (t.dep_ == "pobj" and t.head.dep_ == "prep"):
                    owner = table.token_owner.get(t.i)
                    if owner is None and t.lower_ in ("group", "movement", "organization", "militia", "party") \
                            and table.describe is not None:
                        owner = table.describe(t.doc[t.left_edge.i:t.i + 1])
                    if owner:
                        return owner
    return None


FOREIGN_WORDS = {"foreign", "international", "western", "outside", "overseas", "multinational"}
LOCATIVE_PREPS = {"in", "at", "near", "inside", "outside", "around", "across", "within", "along", "throughout"}


def _only_a_place(tok: Token, head: Token) -> bool:
    """Whether a word stands in a phrase only as a place ("in Conakry", "near the border")."""
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS:
            return True
        tok = tok.head
    return False


def _names_the_head(tok: Token, head: Token) -> bool:
    """Whether a name inside a phrase names the phrase's head ("Minister ... Mélanie Joly"), not
    something its modifiers mention ("a leader in the movement led by X")."""
    while tok.i != head.i:
        if tok.dep_ in ("relcl", "acl", "advcl", "ccomp", "conj"):
            return False
        if tok.dep_ == "prep" and not (tok.lower_ == "of" and all(c.pos_ == "PROPN" for c in tok.children
                                                                   if c.dep_ == "pobj")):
            return False  # "of Foreign Affairs" is part of a title; "in the movement" is not
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _apposed_person(table: ActorTable, head: Token) -> Optional[str]:
    """"Ales Bialiatski, Belarus's top human rights advocate": the named person a description
    stands in apposition to."""
    around = [head.head] if head.dep_ == "appos" else []
    around += [c for c in head.children if c.dep_ == "appos"]
    for tok in around:
        owner = table.token_owner.get(tok.i)
        if owner and table.drafts[owner].type == "PERSON" and not table.drafts[owner].anonymous:
            return owner
    return None


def _names_a_person_inside(table: ActorTable, head: Token) -> bool:
    """"Canada's Minister of Foreign Affairs Mélanie Joly": the description is the title of a name."""
    tokens = list(head.subtree) + [head.head]
    return any(table.token_owner.get(t.i) and table.drafts[table.token_owner[t.i]].type == "PERSON"
               and not table.drafts[table.token_owner[t.i]].anonymous for t in tokens if t.i != head.i)


def _complement_names_other(table: ActorTable, head: Token) -> bool:
    """Whether a role noun's of/for complement names an organisation or group ("head of the delegation")."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "for", "at", "in"):
            for t in child.subtree:
                owner = table.token_owner.get(t.i)
                if owner and table.drafts[owner].type in ("ORG", "GROUP"):
                    return True
                if t.pos_ in ("NOUN",) and t.i != head.i and t.dep_ == "pobj":
                    return True
    return False


def _role_compatible(term: str, role_text: str) -> bool:
    """Whether a description's role noun fits a person's known role ("the leader" fits "President")."""
    term, role_text = term.lower(), role_text.lower()
    if term in role_text:
        return True
    leaders = ("president", "prime minister", "leader", "chief", "head", "premier", "chairman", "king")
    return term in ("leader", "head", "chief") and any(w in role_text for w in leaders)


_NAME_INNER = {"al", "el", "bin", "ibn", "abu", "abd", "de", "van", "von", "da", "dos", "du", "bint", "ul", "ud"}
THING_HEADS = {"act", "law", "system", "agreement", "treaty", "accord", "plan", "program", "programme",
               "initiative", "resolution", "convention", "protocol", "strategy", "prize", "award", "day",
               "operation", "missile", "missiles", "battle", "war", "bill", "doctrine", "festival", "cup",
               "airport", "street", "square", "mosque", "hotel", "stadium", "bridge", "road", "highway"}


def _acronym_definitions(doc: Doc) -> dict[str, Span]:
    """Acronyms the text defines: "Name of Body (NOB)" → {"NOB": span of "Name of Body"}."""
    out: dict[str, Span] = {}
    for tok in doc:
        if not (tok.is_upper and tok.is_alpha and 2 <= len(tok) <= 8) or tok.i < 2 or tok.i + 1 >= len(doc):
            continue
        if doc[tok.i - 1].text != "(" or doc[tok.i + 1].text != ")":
            continue
        end = tok.i - 1
        start = end
        while start > tok.sent.start and (_is_name_token(doc[start - 1]) or doc[start - 1].lower_ in NAME_CONNECTORS):
            start -= 1
        while start < end and doc[start].lower_ in NAME_CONNECTORS:
            start += 1
        if end - start < 2:
            continue
        initials = "".join(t.text[0] for t in doc[start:end] if _is_name_token(t))
        if tok.text[0] == initials[:1] and tok.text not in out:
            out[tok.text] = doc[start:end]
    return out


def _is_name_token(tok: Token) -> bool:
    return (tok.is_title or (tok.is_upper and len(tok) > 1)) and any(c.isalpha() for c in tok.text)


def _glued(a: Token, b: Token) -> bool:
    """Whether b follows a with no space between ("Mlambo" "-" "Ngcuka")."""
    return a.idx + len(a.text) == b.idx


def _repair_name_boundaries(span: Span, kb: Knowledge, bounds: tuple[int, int]) -> Optional[Span]:
    """Grow a name over glued hyphen parts and adjacent capitalised words; for people, drop the
    title words before the name ("US President Donald Trump" → "Donald Trump")."""
    doc = span.doc
    sent_start, sent_end = bounds
    start, end = span.start, span.end
    person_like = span.label_ in ("PERSON", "GPE")
    while True:
        grew = False
        # glued hyphen parts on the right: "Mlambo" "-" "Ngcuka"
        if end + 1 < sent_end and doc[end].text in ("-", "'") and _glued(doc[end - 1], doc[end]) \
                and _glued(doc[end], doc[end + 1]) and doc[end + 1].is_alpha:
            end += 2
            grew = True
        elif person_like and end < sent_end and _is_name_token(doc[end]) and "\n" not in doc[end - 1].whitespace_ \
                and not doc[end - 1].whitespace_ == "" and doc[end].pos_ == "PROPN" \
                and not kb.countries.lookup(doc[end].text) and not kb.roles.is_role_word(doc[end].lower_):
            end += 1
            grew = True
        if start - 2 >= sent_start and doc[start - 1].text in ("-",) and _glued(doc[start - 2], doc[start - 1]) \
                and _glued(doc[start - 1], doc[start]) and doc[start - 2].is_alpha:
            start -= 2
            grew = True
        elif person_like and start - 1 >= sent_start and (_is_name_token(doc[start - 1]) or doc[start - 1].lower_ in _NAME_INNER) \
                and (not doc[start - 1].is_sent_start or doc[start - 1].pos_ == "PROPN" and not doc[start - 1].is_stop) \
                and "\n" not in doc[start - 1].whitespace_:
            start -= 1
            grew = True
        if not grew:
            break
    if span.label_ == "ORG" and start - 1 >= sent_start and doc[start - 1].is_title \
            and "\n" not in doc[start - 1].whitespace_:
        before = kb.countries.lookup(doc[start - 1].text)
        if before is not None and before.kind == "demonym" and kb.roles.is_role_word(doc[end - 1].lower_):
            start -= 1  # "Iranian" + "Foreign Ministry": the state is part of the body's name
    toks = list(doc[start:end])
    if person_like:
        # cut everything up to the last title word, demonym or honorific
        cut = 0
        for n, tok in enumerate(toks):
            low = tok.lower_.rstrip(".")
            country = kb.countries.lookup(tok.text)
            if kb.roles.is_role_word(low) or low in HONORIFICS or (country and country.kind != "capital") \
                    or tok.text in (".",) or (tok.pos_ == "ADJ" and not tok.is_title):
                cut = n + 1
        # "Vice-President": a title glued by a hyphen goes with the title
        while cut < len(toks) and toks[cut].text == "-":
            cut += 2 if cut + 1 < len(toks) else 1
        toks = toks[cut:]
        while toks and toks[0].lower_ in _NAME_INNER and len(toks) > 1 and toks[0].lower_ not in ("al", "abu", "abd", "bin"):
            toks = toks[1:]
        while toks and toks[-1].lower_ in _NAME_INNER:
            toks = toks[:-1]
        if not toks or not any(_is_name_token(t) for t in toks):
            return None
    if not toks:
        return None
    if toks[-1].lower_ in THING_HEADS:
        return None
    return Span(doc, toks[0].i, toks[-1].i + 1, label=span.label_)
