"""Quote candidates become quotes whose speaker is an actor of the record."""
from __future__ import annotations

import re
from typing import Callable, Optional

from spacy.tokens import Doc, Span, Token

from newsgraph.knowledge.datafiles import STATE_SECTORS
from newsgraph.knowledge.dictionary import get_dictionary
from newsgraph.knowledge.roles import get_role_lexicon
from newsgraph.knowledge.words import get_words
from newsgraph.model import Quote
from newsgraph.pipeline.actors import ActorDraft, ActorTable, in_subject as _in_subject
from newsgraph.pipeline.quotes import load_cues
from newsgraph.text import doc_text

_WORDS = get_words().speakers


def attribute_quotes(doc: Doc, candidates: list, table: ActorTable) -> list[Quote]:
    """Resolve each candidate's speaker words to an actor key (never a pronoun).

    A quote whose sentence names no speaker takes the speaker of the quote before it.
    """
    quotes: list[Quote] = []
    previous: Optional[str] = None
    previous_text: Optional[str] = None
    previous_end = 0
    by_head: dict[str, str] = {}  # the speaker each earlier speaker phrase's head noun stood for
    for n, cand in enumerate(sorted(candidates, key=lambda c: c.start), 1):
        speaker = None
        speaker_text = None
        if cand.speaker is not None:
            speaker_text = _text_of(doc, cand.speaker)
            apposition = getattr(cand, "speaker_apposition", None)
            named = cand.speaker.root.i in table.token_owner
            if apposition is not None and not named:
                speaker = speaker_key(table, apposition)
            if speaker is None:
                speaker = speaker_key(table, cand.speaker)
            if speaker is None and apposition is not None:
                speaker = speaker_key(table, apposition)
            speaker = _service_named_in_quote(table, cand) or speaker
            speaker = _body_a_nameless_voice_names(table, cand.speaker) or speaker
            if speaker is None:
                speaker = _same_head_before(cand.speaker, by_head)
            elif cand.speaker.root.pos_ == "NOUN":
                by_head[cand.speaker.root.lemma_.lower()] = speaker
        elif cand.rule == "impersonal_channel" and cand.speaker_from_previous:
            # "..., it is said in the message": the author of the words told just before, else
            # the organisation the sentences before were about
            speaker, speaker_text = previous, previous_text
            if speaker is None and cand.cue_token is not None:
                speaker = _actor_before(table, cand.cue_token, ("ORG",))
                speaker_text = table.drafts[speaker].names[0] if speaker is not None and table.drafts[speaker].names else None
        else:
            speaker, speaker_text = actor_near_cue(doc, table, cand)
            if speaker is None:
                speaker, speaker_text = person_in_sentence(doc, table, cand.start, cand.end)
                own = _subject_of_quoting_clause(doc, table, cand.start, cand.end, speaker)
                if own is not None:
                    speaker, speaker_text = own
            if speaker is None and (cand.speaker_from_previous or _told_passively(cand)):
                # "In the statement, Sweden was called to ...": told by whoever spoke just before
                speaker, speaker_text = previous, previous_text
        if cand.speaker is not None and previous is not None and speaker != previous \
                and (_same_speaker_goes_on(doc, table, cand, previous, previous_end)
                     or _pronoun_read_as_many(table, cand, speaker, previous, previous_end)):
            speaker = previous
        if speaker is not None:
            previous, previous_text = speaker, speaker_text
            previous_end = cand.end
        quotes.append(Quote(
            id=f"q{n}", text=cand.text, start=cand.start, end=cand.end, kind=cand.kind,
            speaker=speaker, speaker_text=speaker_text, cue=cand.cue,
            addressee=speaker_key(table, cand.addressee) if cand.addressee is not None else None,
            evidence=cand.rule,
        ))
    # list order of the candidates: a partial before the reported clause that holds it
    order = {(c.start, c.end, c.kind): i for i, c in enumerate(candidates)}
    quotes.sort(key=lambda q: order.get((q.start, q.end, q.kind), 0))
    for n, q in enumerate(quotes, 1):
        q.id = f"q{n}"
    return quotes


def _same_head_before(span: Span, by_head: dict[str, str]) -> Optional[str]:
    """ "The observer mission of X said A. The mission urged B": a bare "the <noun>" that no actor
    claims is the speaker an earlier speaker phrase headed by the same noun stood for."""
    root = span.root
    if root.pos_ != "NOUN" or len(span) != 2 or span[0].lower_ != "the" or span[0].i != root.i - 1:
        return None
    return by_head.get(root.lemma_.lower())


def _same_speaker_goes_on(doc: Doc, table: ActorTable, cand, previous: str, previous_end: int) -> bool:
    """ "..." X told reporters. He said ...: a "he"/"she" opening the sentence right after a quote of
    a person goes on with that person (the nearest name before may be the one X stood beside)."""
    span = cand.speaker
    if len(span) != 1 or span[0].lower_ not in _PERSON_PRONOUNS:
        return False
    draft = table.drafts.get(previous)
    if draft is None or draft.type != "PERSON" or draft.anonymous:
        return False
    known = table.person_gender(previous)
    if known is not None and known != _PERSON_PRONOUNS[span[0].lower_]:
        return False
    pronoun = span[0]
    sent_start = table.sent_start[pronoun.i]
    if sent_start == 0 or any(not t.is_punct and t.i != pronoun.i for t in doc[sent_start:pronoun.i]):
        return False
    before_start = table.sent_start[sent_start - 1]
    return doc[before_start].idx <= previous_end <= pronoun.idx


_PERSON_PRONOUNS = {"he": "m", "she": "f"}


def _pronoun_read_as_many(table: ActorTable, cand, speaker: Optional[str], previous: str,
                          previous_end: int) -> bool:
    """ 'X said A. "B," she told a radio station': a "he"/"she" the actor stage tied to a plural
    group ("officials") cannot be them; it goes on with the named person quoted in the sentence
    just before."""
    span = cand.speaker
    if len(span) != 1 or span[0].lower_ not in _PERSON_PRONOUNS or speaker is None:
        return False
    draft, told = table.drafts.get(speaker), table.drafts.get(previous)
    if draft is None or told is None or told.type != "PERSON" or told.anonymous:
        return False
    if not any(_plural_word(word, draft.head) for name in draft.names for word in name.lower().rsplit(None, 1)[-1:]):
        return False
    pronoun = span[0]
    sent_start = table.sent_start[pronoun.i]
    if sent_start == 0:
        return False
    return span.doc[table.sent_start[sent_start - 1]].idx <= previous_end <= pronoun.idx


def _plural_word(word: str, head: Optional[str]) -> bool:
    """Whether ``word`` is the plural of the head lemma ``head`` ("officials" of "official")."""
    return bool(head) and word != head and word in (head + "s", head + "es", head[:-1] + "ies")


def _text_of(doc: Doc, span: Span) -> str:
    """`span.text`, cut from the document's text (cheaper than joining the tokens)."""
    return doc_text(doc)[span.start_char:span.end_char]


def speaker_key(table: ActorTable, span: Span) -> Optional[str]:
    """The actor a speaker's words name: a claimed mention, a pronoun's antecedent, or the
    organisation or person inside a description ("a source in the Hezbollah Brigades")."""
    key = _speaker_key_of_words(table, span)
    if key is None:
        return None
    return _body_of_bare_kind(table, span, key) or _body_of_titled_voice(table, span, key) or key


def _body_of_bare_kind(table: ActorTable, span: Span, key: str) -> Optional[str]:
    """ "The Chilean foreign ministry said A. ... The ministry said B": a body the actor stage kept
    only as its bare kind ("ministry", "Ministry") stands for the nearest body of that kind named
    before it with more words, not for a new nameless one (whose country was only guessed)."""
    draft = table.drafts[key]
    if draft.type not in ("GROUP", "ORG") or draft.dictionary_id is not None or not draft.head \
            or not draft.names or any(name.lower() != draft.head for name in draft.names):
        return None
    root = span.root
    held = _body_named_within(table, span, key)
    if held is not None:
        return held
    if any(t.i != root.i and not t.is_punct and t.lower_ not in _ARTICLES for t in span) \
            or not (root.lower_ == "it" or _body_noun(root, proper=True)):
        return None  # "the ministry" or "it", nothing more
    doc = span.doc
    sent_start = table.sent_start[span.start]
    if any(t.ent_type_ in ("GPE", "NORP") for t in doc[sent_start:span.start]):
        return None  # "In Togo, the ministry said": a body of the place just named
    # the nearest such body named in the speaker's sentence and up to four before it
    return table.body_before(
        span[0], lambda found: found.key != key and not found.anonymous and found.head == draft.head
        and any(len(name.split()) > 1 for name in found.names),
        sentences=4, unique=False, types=("ORG", "GROUP"))


def _body_named_within(table: ActorTable, span: Span, key: str) -> Optional[str]:
    """ "The Ministry of Trade of Peru said", its first word kept as a bare body: the one body of
    that kind whose several-word name the speaker's words hold ("Ministry of Trade")."""
    draft = table.drafts[key]
    return _body_named_in(table, _name_words(span.text), lambda d: d.key != key and d.head == draft.head)


def _body_named_in(table: ActorTable, words: list[str], fits: Callable[[ActorDraft], bool]) -> Optional[str]:
    """The one named ORG that ``fits`` whose several-word name appears, word for word, in ``words``."""
    text = " " + " ".join(words) + " "
    held: set[str] = set()
    for d in table.drafts.values():
        if d.type != "ORG" or d.anonymous or not fits(d):
            continue
        for n in d.names:
            name = _name_words(n)
            if len(name) > 1 and f" {' '.join(name)} " in text:
                held.add(d.key)
                break
    return held.pop() if len(held) == 1 else None


def _body_of_titled_voice(table: ActorTable, span: Span, key: str) -> Optional[str]:
    """ "X, the Foreign Ministry spokesperson, urged ... The U.S. State Department spokesperson
    said": a spokesperson titled by a body and given no name speaks for that body, not for a
    person of another body named before whom the actor stage tied the words to."""
    root = span.root
    draft = table.drafts[key]
    if root.lemma_.lower() not in _SPOKESPERSON_HEADS or draft.type != "PERSON" or draft.anonymous \
            or not draft.names:
        return None
    words = _name_words(span.text)
    if set(_name_words(draft.names[0])) & set(words):
        return None  # the person's own name is there
    return _body_named_in(table, words, lambda d: d.key != draft.affiliation)


def _speaker_key_of_words(table: ActorTable, span: Span) -> Optional[str]:
    based = _location_modifier(span)
    if based:
        # "the New York-based group said": the body named before, not the place it works from
        named = _body_named_before(table, span, based)
        if named is not None:
            return named
        key = table.resolve(span)
        if key is None or table.drafts[key].type == "GPE":
            return None
    root = span.root
    voice_of_body = _body_behind_its_voice(table, span)
    if voice_of_body is not None:
        return voice_of_body
    described_as = _self_described_as(table, root)
    if described_as is not None:
        return described_as
    counted = _counted_members(table, span)
    if counted is not None:
        return counted
    mouthpiece_of = _mouthpiece_owner(table, span)
    if mouthpiece_of is not None:
        return mouthpiece_of
    possessed = _possessed_body(table, span)
    if possessed is not None:
        return possessed
    member = _one_of_those_before(table, span)
    if member is not None:
        return member
    kind_before = _kind_named_before(table, span)
    if kind_before is not None:
        return kind_before
    if len(span) == 1 and root.lower_ == "it":
        # "The ministry recalled its envoy over what it called ...": the body the clause hangs on
        governing = _subject_governing(table, root)
        if governing is not None:
            return governing
        # "The ministry said A near Moscow. It said B": the body the sentence before was about
        subject = _actor_before(table, root, ("ORG", "GPE"), subject_only=True)
        if subject is not None:
            return subject
        # "The interior ministry said A. B, it said": a body the text only describes, by a body noun
        subject = _actor_before(table, root, ("ORG", "GROUP"), subject_only=True, described=True,
                                fits=lambda d: d.head is not None and _body_word(d.head))
        if subject is not None:
            return subject
    if len(span) == 1 and root.lower_ in _PERSON_PRONOUNS and root.head.dep_ in _EMBEDDED_CLAUSE_DEPS:
        # "X thanked Y for what he called ...": the person the clause above is about
        governing = _person_governing(table, root)
        if governing is not None:
            return governing
    # "Army colonel on Guinean TV": the colonel described in the article, not the channel
    cut = next((c for c in root.children if c.dep_ == "prep" and c.lower_ in _LOCATIVE_PREPOSITIONS
                and root.i < c.i < span.end), None)
    if cut is not None and cut.lower_ == "from":
        # "Their lawyers from the X Committee said": people from a named body speak for it
        member_of = _organisation_spoken_for(table, span)
        if member_of is not None:
            return member_of
    if cut is not None and cut.i > span.start:
        head_words = span.doc[span.start:cut.i]
        key = table.resolve(head_words) or _described_like(table, head_words)
        if key is not None:
            return key
    key = table.resolve(span)
    if key is not None and len(span) == 1 and root.lower_ in _PERSON_PRONOUNS \
            and _named_in_fronted_adjunct(table, root, key):
        # "In a letter to X, he said": the subject is not the one the letter went to
        key = table.person_before(span.doc[table.sent_start[root.i]])
    if key is None or table.drafts[key].type == "GPE":
        key = _body_named_as(table, span) or key
    if root.lemma_.lower() in _CREW_HEADS and all(t.i == root.i or t.lower_ in _ARTICLES for t in span):
        # "The X picked up the migrants. The crew said ...": a vessel's crew speaks for the
        # organisation that runs it, the one the sentence before was about
        operator = _actor_before(table, root, ("ORG",), subject_only=True)
        if operator is not None:
            return operator
    spoken_for = _spokesperson_for(table, span, key)
    if spoken_for is not None:
        return spoken_for
    service = _service_of_official(table, key)
    if service is not None:
        return service
    if key is None:
        key = _named_alike(table, span) or _head_of_state(table, span)
    if key is not None and root.i not in table.token_owner:  # read off a name inside the phrase
        key = _office_holder(table, span) or key
    if key is not None and root.tag_ == "NNS" and _described_only(table, key) \
            and table.drafts[key].type == "GROUP":
        key = _organisation_spoken_for(table, span) or key
    if key is not None:
        return _name_within(table, key) or key
    if root.lower_ in ("we", "us", "our"):
        return None
    described = _described_like(table, span) or _office_holder(table, span)
    if described is not None:
        return described
    if root.lemma_.lower() == "side":
        # "the Tajik side informed that": a state named as one side of talks speaks as that state
        state = table.country_actor(span)
        if state is not None:
            return state
    if root.lemma_.lower() in _DOCUMENT_NOUNS or root.lemma_.lower() in _MOUTHPIECE_HEADS:
        # "the report, published by X, said": X; "a Venezuelan government statement said", "the
        # Peruvian president's office said": the state that issued it
        issuer = _issuer_by_agent(table, root) or table.country_actor(span)
        if issuer is not None:
            return issuer
        # "the police report said" after "the National Police": the body the modifier names
        for modifier in root.children:
            if modifier.dep_ == "compound" and modifier.i < root.i:
                issuer = _organisation_ending_in(table, modifier.lower_)
                if issuer is not None:
                    return issuer
        state = _state_of_government_document(table, root)
        if state is not None:
            return state
    if root.lemma_.lower() in _OBSERVER_HEADS and not any(i in table.token_owner for i in range(span.start, span.end)):
        mission = _observation_mission_body(table, span.doc)
        if mission is not None:
            return mission
    # any actor named inside the phrase, the latest one the head depends on
    owner_of = table.token_owner
    owners = [owner_of[i] for i in range(span.start, span.end) if i in owner_of]
    if owners:
        return owners[-1]
    return _one_body_named_with(table, span) or _body_named_before(table, span)


def _named_in_fronted_adjunct(table: ActorTable, pronoun: Token, key: str) -> bool:
    """Whether the person ``key`` is named in a phrase fronted before the subject ``pronoun`` of
    the same clause ("In a letter to X, he said", "Speaking to X, she said"), other than as a
    possessor: such a name is not the subject's antecedent."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj":
        return False
    for child in verb.children:
        if child.dep_ in ("prep", "advcl") and child.i < pronoun.i:
            if any(table.token_owner.get(t.i) == key and t.dep_ != "poss" for t in child.subtree):
                return True
    return False


def _plain_words(name: str) -> list[str]:
    """The lower-case words of a name, dotted initials closed up ("U.N." as "un")."""
    return _name_words(name.replace(".", ""))


def _one_body_named_with(table: ActorTable, span: Span) -> Optional[str]:
    """ "the U.N. mission said" where the article names MONUSCO as "the UN mission in Congo": a
    definite description of a body, which the actor stage claimed for no one, stands for the one
    organisation of the article (named before or after) whose name holds all of its words."""
    words = [t for t in span if not t.is_punct]
    if len(words) < 2 or words[0].lower_ != "the" or span.root.pos_ != "NOUN" or words[-1].i != span.root.i:
        return None
    wanted = set(_plain_words(" ".join(t.text for t in words[1:])))
    bodies = {d.key for d in table.drafts.values() if d.type == "ORG" and not d.anonymous
              and any(wanted <= set(_plain_words(n)) for n in _names_known(d))}
    return bodies.pop() if len(bodies) == 1 else None


def _names_known(draft: ActorDraft) -> list[str]:
    """The names an actor is given in the text, and those the dictionary knows it by."""
    entry = get_dictionary().get(draft.dictionary_id) if draft.dictionary_id else None
    return list(draft.names) + (list(entry.aliases) if entry is not None else [])


_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}


def _counted_members(table: ActorTable, span: Span) -> Optional[str]:
    """ "France, Germany and Britain condemned ... the three European governments said": a counted
    plural that points back to the last list of that many named states or organisations speaks as
    the first one listed (as a list of speakers is attributed to its first member)."""
    root = span.root
    if root.tag_ != "NNS" or not any(c.dep_ == "det" and c.lower_ in ("the", "these") for c in root.children):
        return None
    count = next((_COUNTS.get(c.lower_) for c in root.children if c.dep_ == "nummod"), None)
    if count is None:
        return None
    doc, owner_of = span.doc, table.token_owner
    first_sent = max(0, table.sent_start[span.start] - 200)
    for i in range(span.start - 1, first_sent - 1, -1):
        key = owner_of.get(i)
        if key is None or doc[i].dep_ in ("conj", "appos") or table.drafts[key].type not in ("GPE", "ORG"):
            continue
        if i > 1 and doc[i - 1].text == "," and owner_of.get(i - 2) is not None:
            continue  # the middle of a longer list the parser split
        members = [key] + [owner_of.get(c.i) for c in doc[i].conjuncts if c.i > i]
        if len(members) == count and len(set(members)) == count and all(
                m is not None and table.drafts[m].type == table.drafts[key].type for m in members):
            return key
    return None


def _spokesperson_for(table: ActorTable, span: Span, key: Optional[str]) -> Optional[str]:
    """ "A spokesman for the group said" / "a source of the organisation" / "A spokesperson said"
    (after a sentence about a ministry): a nameless spokesperson or source speaks for an
    organisation, the one the phrase names, else (a spokesperson) the organisation or state the
    sentence before was about."""
    root = span.root
    head = root.lemma_.lower()
    draft = table.drafts.get(key) if key is not None else None
    if head not in _NAMELESS_VOICES or draft is None or not draft.anonymous or draft.type != "PERSON":
        return None
    if head in _SPOKESPERSON_HEADS and draft.affiliation in table.drafts \
            and table.drafts[draft.affiliation].type in ("ORG", "GPE"):
        return draft.affiliation
    # "a source close to the presidency": the body a source is close to, as "a source in" it
    close_to = [p for c in root.children if c.dep_ == "amod" and c.lower_ == "close"
                for p in c.children if p.dep_ == "prep" and p.lower_ == "to"]
    for prep in [*root.children, *close_to]:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "from", "to") or not span.start <= prep.i < span.end:
            continue
        if prep.lower_ == "to" and prep not in close_to:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.lower_ == "it":
            # "the ministry expressed its regret, and a spokesperson for it said": the body before
            return _actor_before(table, root, ("ORG", "GPE"))
        where = _place_of_body(obj) if obj is not None else set()
        owners = [table.token_owner[t.i] for t in prep.subtree if t.i in table.token_owner and t.i not in where]
        bodies = [k for k in owners if table.drafts[k].type in ("ORG", "GPE") and not table.drafts[k].anonymous]
        if bodies:
            return bodies[-1]
        if prep in close_to and obj is not None:
            near = table.resolve(span.doc[obj.left_edge.i:obj.right_edge.i + 1])
            if near is not None and table.drafts[near].type != "PERSON" and not table.drafts[near].anonymous:
                return near
        if obj is not None and _body_noun(obj) and any(c.lower_ == "the" for c in obj.children):
            # "for the group": the one introduced with that word, else the one named just before
            return _introduced_as(table, obj) or _actor_before(table, root, ("ORG",))
        return None
    kind_voice = _voice_of_body_kind(table, span)
    if kind_voice is not None:
        return kind_voice
    if head not in _SPOKESPERSON_HEADS or any(
            t.i != root.i and not t.is_punct and t.lower_ not in _ARTICLES for t in span):
        return None
    return _subject_of_told_clause(table, root) or _actor_before(table, root, ("ORG", "GPE"), subject_only=True)


def _voice_of_body_kind(table: ActorTable, span: Span) -> Optional[str]:
    """ "China's Ministry of Commerce objected. A ministry spokesperson said ...": a nameless voice
    titled only by a bare kind of body ("a ministry spokesperson", "a party official") speaks for
    the nearest body of that kind named in the sentences before, not as a person of its own."""
    root = span.root
    # ("two party officials": a count of the voices says nothing of whose they are)
    others = [t for t in span if t.i != root.i and not t.is_punct and t.lower_ not in _ARTICLES
              and not (t.dep_ == "nummod" and t.head.i == root.i)]
    if len(others) != 1 or others[0].dep_ != "compound" or others[0].head.i != root.i \
            or not _body_noun(others[0]):
        return None
    kind = others[0].lemma_.lower()
    # the nearest such body named in the voice's sentence and up to three before it, its kind
    # the last word of its head ("a court official" of the Constitutional Court)
    return table.body_before(
        span[0], lambda found: not found.anonymous and bool(found.head)
        and (found.head.rsplit(None, 1)[-1] == kind or found.head.startswith(kind + " of "))
        and any(len(_name_words(name)) > 1 for name in found.names),
        sentences=3, unique=False)


_OBSERVER_HEADS = _WORDS.observer_heads
_OBSERVING_WORDS = _WORDS.observing_words


def _observation_mission_body(table: ActorTable, doc: Doc) -> Optional[str]:
    """ "a report by international observers said": nameless observers speak for the one body
    whose observation mission the article names ("the observation mission of the X", "the X's
    monitoring mission")."""
    found: set[str] = set()
    for tok in doc:
        if tok.lemma_.lower() != "mission" or not any(
                c.lower_ in _OBSERVING_WORDS for c in tok.children if c.dep_ in ("compound", "amod")):
            continue
        owners = [table.token_owner[t.i] for t in tok.subtree if t.i != tok.i and t.i in table.token_owner]
        bodies = [k for k in owners if table.drafts[k].type == "ORG" and not table.drafts[k].anonymous]
        if bodies:
            found.add(bodies[-1])
    return found.pop() if len(found) == 1 else None


def _name_within(table: ActorTable, key: str) -> Optional[str]:
    """ "Zimbabwe's ruling ZANU-PF party said": when the actor stage kept both the possessed
    description and the party's own name inside it, the one named organisation speaks."""
    draft = table.drafts[key]
    if draft.type != "ORG" or not draft.names or "'s " not in draft.names[0]:
        return None
    described = " " + draft.names[0].split("'s ", 1)[1] + " "
    inner = {d.key for d in table.drafts.values()
             if d.key != key and d.type == "ORG" and not d.anonymous and d.names
             and f" {d.names[0]} " in described and draft.first <= d.first}
    return inner.pop() if len(inner) == 1 else None


def _service_of_official(table: ActorTable, key: Optional[str]) -> Optional[str]:
    """ "a prison official said", later "the official said": a nameless official or source whose
    description names a service speaks for the one body of that service the article names, of
    the official's country ("the Nigerian Correctional Service"); "the judges said" speaks for
    the court the article names."""
    draft = table.drafts.get(key) if key is not None else None
    services = load_cues().official_services
    if draft is None or not (draft.anonymous and draft.type == "PERSON" and draft.head in _NAMELESS_VOICES
                             or draft.type == "GROUP" and draft.head in services):
        return None  # a nameless voice, or members named by their office ("the judges")
    kin = {w for name in draft.names for word in name.lower().split() for w in services.get(word, ())}
    if not kin:
        return None
    found = [d for d in table.drafts.values()
             if d.type == "ORG" and not d.anonymous
             and (not draft.country or not d.country or d.country == draft.country)
             and any(kin & set(name.lower().split()) for name in d.names)]
    if not found or len(found) > 1 and (len({(d.country, d.sector) for d in found}) != 1 or not found[0].country):
        return None  # none, or bodies of two states or sectors (or of none, which may be two)
    # one body the article names twice ("the parliament", "the National Assembly"): the first
    return min(found, key=lambda d: d.first).key


_SELF_DESCRIBING_VERBS = _WORDS.self_describing_verbs


def _self_described_as(table: ActorTable, root: Token) -> Optional[str]:
    """ "A man who described himself as a X commander told ...": the speaker is the body the
    description names (X), else the actor the description is."""
    for clause in root.children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in _SELF_DESCRIBING_VERBS \
                or not any(c.lower_ in ("himself", "herself", "themselves") for c in clause.children):
            continue
        as_prep = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        noun = next((c for c in as_prep.children if c.dep_ == "pobj"), None) if as_prep is not None else None
        if noun is None:
            continue
        words = root.doc[noun.left_edge.i:noun.right_edge.i + 1]
        text = f" {' '.join(_name_words(words.text))} "
        bodies = {d.key for d in table.drafts.values() if d.type in ("ORG", "GROUP") and not d.anonymous
                  and any(f" {' '.join(_name_words(n))} " in text for n in d.names)}
        return bodies.pop() if len(bodies) == 1 else table.resolve(words)
    return None


def _service_named_in_quote(table: ActorTable, cand) -> Optional[str]:
    """ "The Indonesian navy has sent ships, a navy official said" in a story about two navies:
    a nameless official of a service, whose own words name no state, speaks for the one body of
    that service the quote itself names, whatever country the story around suggests."""
    span = cand.speaker
    key = table.resolve(span)
    draft = table.drafts.get(key) if key is not None else None
    if draft is None or not (draft.anonymous and draft.type == "PERSON" and draft.head in _NAMELESS_VOICES) \
            or any(t.ent_type_ in ("GPE", "NORP") for t in span):
        return None
    services = load_cues().official_services
    kin = {w for word in _name_words(span.text) for w in services.get(word, ())}
    if not kin:
        return None
    named = {d.key for d in table.drafts.values()
             if d.type == "ORG" and not d.anonymous and any(kin & set(_name_words(n)) for n in d.names)
             and any(cand.start <= start < cand.end for start, _end, _kind in d.mentions)}
    return named.pop() if len(named) == 1 else None


def _subject_of_told_clause(table: ActorTable, voice: Token) -> Optional[str]:
    """ "The UN envoy, X, urged both sides to talk, a spokeswoman said": a bare spokesperson after
    the clause they report speaks for the named person (else organisation) that clause is about."""
    verb = voice.head
    if voice.dep_ != "nsubj" or verb.i < voice.i:
        return None
    told = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if told is None and verb.dep_ in ("parataxis", "ccomp", "advcl", "conj") and verb.head.i < verb.i:
        told = verb.head
    subject = next((c for c in told.children if c.dep_ == "nsubj"), None) if told is not None else None
    if subject is None:
        return None
    owners = [table.token_owner[t.i] for t in subject.subtree if t.i in table.token_owner]
    for kind in ("PERSON", "ORG"):
        named = [k for k in owners if table.drafts[k].type == kind and not table.drafts[k].anonymous]
        if named:
            return named[-1]
    return None


def _body_a_nameless_voice_names(table: ActorTable, span: Span) -> Optional[str]:
    """ "The X Coast Guard sent two ships, a coast guard officer said" / "..., an XYZ official said" /
    "X Mining has suspended work, a company manager said": a nameless voice whose modifiers name
    the body the clause they report is about (its name's words, its initials, or its kind) speaks
    for that body."""
    root = span.root
    if root.lemma_.lower() not in _STAFF_VOICES or root.dep_ != "nsubj":
        return None
    if any(t.i in table.token_owner and not table.drafts[table.token_owner[t.i]].anonymous for t in span):
        return None
    modifiers = [t for t in span if t.i < root.i and t.dep_ == "compound" and t.pos_ in ("NOUN", "PROPN")]
    if not modifiers:
        return None
    words = [t.lower_ for t in modifiers]
    if len(modifiers) == 1 and modifiers[0].text.isupper():
        # "an NBI official": the one organisation with those initials, wherever it was named
        initialled = {d.key for d in table.drafts.values() if d.type == "ORG" and not d.anonymous
                      and any(_initials(n) == words[0] for n in d.names)}
        if len(initialled) == 1:
            return initialled.pop()
    body = _subject_of_told_clause(table, root)
    draft = table.drafts.get(body) if body is not None else None
    if draft is None or draft.type != "ORG":
        return None
    # a single kind word ("a bank official") may mean another body of that kind: two words of the name
    if len(words) > 1 and any(all(w in _name_words(n) for w in words) for n in draft.names):
        return body
    if len(words) == 1 and words[0] in _BUSINESS_KIND_WORDS and draft.sector in (None, "BUS"):
        return body
    return None


def _initials(name: str) -> str:
    """ "National Bureau of Investigation" → "nbi"."""
    return "".join(w[0] for w in _name_words(name) if w not in _NAME_LINKS)


def _place_of_body(noun: Token) -> set[int]:
    """Tokens of the place a body noun is located by ("the agency in Bangkok"): where its
    spokesperson sits, not whom they speak for."""
    if not _body_noun(noun) or not any(c.lower_ == "the" for c in noun.children):
        return set()
    return {t.i for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
            for t in prep.subtree}


def _introduced_as(table: ActorTable, noun: Token) -> Optional[str]:
    """The one organisation named earlier right after this word ("the organisation Mundo X",
    then "the organisation")."""
    text = doc_text(noun.doc)
    word = noun.lower_
    found = {d.key for d in table.drafts.values() if d.type == "ORG" and not d.anonymous
             and any(start < noun.idx and text[max(0, start - 40):start].lower().split()[-1:] == [word]
                     for start, _end, _kind in d.mentions)}
    return found.pop() if len(found) == 1 else None


_CREW_HEADS = _WORDS.crew_heads
_SPOKESPERSON_HEADS = _WORDS.spokesperson_heads
# nameless people who speak for the body a "for / of / from" phrase names ("a source of the party")
_NAMELESS_VOICES = _SPOKESPERSON_HEADS | _WORDS.nameless_voices
_STAFF_VOICES = _NAMELESS_VOICES | _WORDS.staff_voices
_BUSINESS_KIND_WORDS = _WORDS.business_kind_words
_NAME_LINKS = frozenset({"of", "the", "for", "and"})


def _named_alike(table: ActorTable, span: Span) -> Optional[str]:
    """A name the actor stage left unclaimed here ("Sea-Watch said", "Faisal told"): the one actor
    of that name, else the one person with that word in their name."""
    words = [t for t in span if not t.is_punct and t.lower_ != "the"]
    if not words or any(t.pos_ != "PROPN" for t in words):
        return None
    text = " ".join(_name_words(span.doc[words[0].i:words[-1].i + 1].text))
    drafts = [d for d in table.drafts.values() if not d.anonymous and d.type in ("PERSON", "ORG", "GPE")]
    same = {d.key for d in drafts if any(" ".join(_name_words(n)) == text for n in d.names)}
    if len(same) == 1:
        return same.pop()
    if len(words) == 1:
        people = {d.key for d in drafts if d.type == "PERSON" and any(text in _name_words(n) for n in d.names)}
        if len(people) == 1:
            return people.pop()
        if words[0].i > span.start and span.doc[words[0].i - 1].lower_ == "the":
            # "the Fund said" after "the International Monetary Fund": the one organisation whose
            # name ends in that word
            body = _organisation_ending_in(table, text)
            if body is not None:
                return body
            # "the M23 said" after "the M23 rebel movement": the one group named by that word and
            # a common-noun description
            groups = {d.key for d in table.drafts.values() if d.type in ("ORG", "GROUP")
                      and any(_named_then_described(n, text) for n in d.names)}
            if len(groups) == 1:
                return groups.pop()
    return None


def _organisation_ending_in(table: ActorTable, word: str) -> Optional[str]:
    """The one named organisation whose several-word name ends in ``word`` ("Fund", "Police")."""
    bodies = {d.key for d in table.drafts.values() if d.type == "ORG" and not d.anonymous
              and any(len(_name_words(n)) > 1 and _name_words(n)[-1] == word for n in d.names)}
    return bodies.pop() if len(bodies) == 1 else None


def _named_then_described(name: str, word: str) -> bool:
    """Whether ``name`` is ``word`` followed by lowercase words only ("M23 rebel movement")."""
    parts = name.split()
    return len(parts) > 1 and parts[0].lower() == word and all(p.islower() for p in parts[1:])


def _head_of_state(table: ActorTable, span: Span) -> Optional[str]:
    """ "The head of state said" (as translated news calls a president): the one sitting president
    the article names, of its own country when it names several."""
    words = [t.lower_ for t in span if not t.is_punct and t.lower_ not in _ARTICLES]
    if words != ["head", "of", "state"]:
        return None
    presidents = [d for d in table.drafts.values() if d.type == "PERSON" and not d.anonymous
                  and any(_is_president_title(title) for title in [*d.titles, d.role or ""])]
    if len(presidents) > 1:
        presidents = [d for d in presidents if d.country and d.country == table.main_country]
    return presidents[0].key if len(presidents) == 1 else None


_NOT_SITTING_PRESIDENT_WORDS = _WORDS.not_sitting_president_words


def _is_president_title(title: str) -> bool:
    words = _name_words(title)
    return "president" in words and not _NOT_SITTING_PRESIDENT_WORDS.intersection(words)


def _name_words(name: str) -> list[str]:
    return [w for w in re.split(r"[^\w']+", name.lower()) if w]


def _organisation_spoken_for(table: ActorTable, span: Span) -> Optional[str]:
    """ "Lawyers for X said" / "officials from X said": nameless people of a named organisation
    speak for it."""
    root = span.root
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in _MEMBER_PREPOSITIONS or not span.start <= prep.i < span.end:
            continue
        for obj in prep.children:
            key = table.token_owner.get(obj.i) if obj.dep_ == "pobj" else None
            if key is not None and table.drafts[key].type == "ORG" and not _described_only(table, key):
                return key
    return None


_MEMBER_PREPOSITIONS = _WORDS.member_prepositions


def _body_behind_its_voice(table: ActorTable, span: Span) -> Optional[str]:
    """ "The party ... Its spokesman said" / "Their final communique said": a spokesperson or a
    document owned by "its"/"their" speaks for the body the words point back to; "X said in a
    statement ... The statement said": a document told of before speaks for whoever issued it."""
    root = span.root
    head = root.lemma_.lower()
    if (head not in _SPOKESPERSON_HEADS and head not in _DOCUMENT_NOUNS) or root.dep_ != "nsubj":
        return None  # "the government, by the voice of its spokesperson, said": the clause's own subject
    if any(t.i != root.i and not t.is_punct and (t.dep_ not in ("poss", "det", "amod", "compound")
                                                 or t.i in table.token_owner) for t in span):
        return None
    poss = next((c for c in root.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
    if poss is not None:
        # the subject before, else an organisation named before (never a place the act was held in)
        return _actor_before(table, poss, ("ORG", "GPE"), subject_only=True) or _actor_before(table, poss, ("ORG",))
    if head not in _DOCUMENT_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the" for c in root.children):
        return None
    return _issuer_of_document_before(table, root)


def _issuer_of_document_before(table: ActorTable, document: Token) -> Optional[str]:
    """The named actor that was the subject of the clause in which the same kind of document was
    told of in the sentence before ("X apologised in a statement")."""
    start = table.sent_start[document.i]
    if start == 0:
        return None
    doc = document.doc
    for i in range(start - 1, table.sent_start[start - 1] - 1, -1):
        if doc[i].lemma_.lower() != document.lemma_.lower():
            continue
        key = _clause_subject_above(table, doc[i], ("nsubj",))
        draft = table.drafts.get(key) if key is not None else None
        if draft is not None and not draft.anonymous and draft.type in ("ORG", "GPE", "PERSON"):
            return key
        return None
    return None


def _issuer_by_agent(table: ActorTable, document: Token) -> Optional[str]:
    """The actor a document's participle names as its author ("the report, published by X")."""
    doc = document.doc
    for participle in document.children:
        if participle.dep_ != "acl":
            continue
        for agent in participle.children:
            if agent.dep_ != "agent":
                continue
            for obj in agent.children:
                if obj.dep_ == "pobj":
                    key = table.resolve(doc[obj.left_edge.i:obj.right_edge.i + 1])
                    if key is not None:
                        return key
    return None


_STATE_DOCUMENT_MODIFIERS = _WORDS.state_document_modifiers


def _state_of_government_document(table: ActorTable, document: Token) -> Optional[str]:
    """ "Kenya imposed new duties. They will apply for five years, according to a government
    statement": a document of a nameless government comes from the state the sentence before
    was about (its subject)."""
    if not any(c.dep_ in ("compound", "amod") and c.i < document.i and c.lemma_.lower() in _STATE_DOCUMENT_MODIFIERS
               for c in document.children):
        return None
    return _actor_before(table, document, ("GPE",), subject_only=True)


def _mouthpiece_owner(table: ActorTable, span: Span) -> Optional[str]:
    """ "the press service of the court" / "the ministry's press office": an office that only
    speaks for its body; the body is the speaker."""
    root = span.root
    if root.lemma_.lower() not in _MOUTHPIECE_HEADS or not any(
            c.dep_ in ("compound", "amod") and c.lower_ in _MOUTHPIECE_MODIFIERS for c in root.children):
        return None
    doc = span.doc
    for child in root.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            key = speaker_key(table, doc[child.left_edge.i:child.i + 1])
            if key is not None:
                return key
        if child.dep_ == "prep" and child.lower_ in ("of", "for") and child.i < span.end:
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None:
                owner = doc[obj.left_edge.i:min(obj.right_edge.i + 1, span.end)]
                if _head_of_state(table, owner) is not None:
                    return None  # the presidential press service is a body of its own
                key = speaker_key(table, owner)
                if key is not None:
                    return key
    return None


_MOUTHPIECE_HEADS = _WORDS.mouthpiece_heads
_MOUTHPIECE_MODIFIERS = _WORDS.mouthpiece_modifiers


def _body_noun(token: Token, proper: bool = False) -> bool:
    """Whether ``token`` is a noun naming an organisation, not a person or a crowd ("party",
    "ministries", "agency"); with ``proper``, a capitalised one too ("Ministry")."""
    if token.pos_ != "NOUN" and not (proper and token.pos_ == "PROPN"):
        return False
    return _body_word(token.text)


def _body_word(lemma: str) -> bool:
    """Whether a lemma names an organisation, not a person, a crowd or an activity ("ministry")."""
    role = get_role_lexicon().sector_of(lemma)
    return role is not None and not (role.person or role.group or role.abstract)


def _described_only(table: ActorTable, key: Optional[str]) -> bool:
    """Whether the actor ``key`` is only ever described ("foreign ministries"), never named."""
    if key is None:
        return True
    draft = table.drafts[key]
    return draft.dictionary_id is None and draft.type in ("GROUP", "ORG") \
        and all(kind == "description" for _s, _e, kind in draft.mentions)


def _possessed_body(table: ActorTable, span: Span) -> Optional[str]:
    """ "Her party said" / "Their foreign ministries said": the organisation of the person or the
    states the possessive points back to, not the person or a new nameless body."""
    root = span.root
    poss = next((c for c in root.children if c.dep_ == "poss" and c.lower_ in _POSSESSIVES), None)
    if poss is None or not _body_noun(root) or not _described_only(table, table.token_owner.get(root.i)):
        return None
    if poss.lower_ in ("his", "her"):
        person = table.resolve(span.doc[poss.i:poss.i + 1])
        draft = table.drafts.get(person) if person else None
        if root.lemma_.lower() in _PERSONAL_OFFICES and draft is not None and draft.type == "PERSON" \
                and not draft.anonymous:
            # "X condemned the strike, his office said": the office speaks for X himself
            return person
        if draft is not None and draft.affiliation in table.drafts \
                and table.drafts[draft.affiliation].type == "ORG":
            return draft.affiliation
        if _state_body_of_office_holder(draft, root):
            # "Minister X said ...; aid would go on, according to her ministry": her state's body, not
            # another organisation named in between; one of her state's named before, else her own word
            return _actor_before(table, poss, ("ORG",), fits=lambda d: d.country == draft.country
                                 and d.sector in STATE_SECTORS) or person
        return _actor_before(table, poss, ("ORG",))
    return _actor_before(table, poss, ("ORG", "GPE"))


def _state_body_of_office_holder(draft, noun: Token) -> bool:
    """Whether ``noun`` ("ministry") names a state body and ``draft`` a person holding a state office."""
    if draft is None or draft.type != "PERSON" or draft.anonymous or not draft.country \
            or draft.sector not in STATE_SECTORS:
        return False
    role = get_role_lexicon().sector_of(noun.text)
    return role is not None and role.sector in STATE_SECTORS


_POSSESSIVES = _WORDS.possessives
# offices that serve one person and speak in their name ("his office said")
_PERSONAL_OFFICES = _WORDS.personal_offices


def _location_modifier(span: Span) -> set[int]:
    """The tokens of a "<place>-based" modifier in a speaker's words ("a London-based group")."""
    doc = span.doc
    for t in span:
        if t.lower_ == "based" and t.i - 2 >= span.start and doc[t.i - 1].text == "-":
            first = t.i - 2
            while first - 1 >= span.start and doc[first - 1].pos_ == "PROPN":
                first -= 1
            return set(range(first, t.i + 1))
    return set()


def _body_named_before(table: ActorTable, span: Span, skip: frozenset[int] | set[int] = frozenset()
                       ) -> Optional[str]:
    """ "The agency said": the bare definite description of a body stands for the organisation
    named just before it, one whose name has that word first (``skip``: words to pass over)."""
    words = [t for t in span if not t.is_punct and t.i not in skip]
    if len(words) != 2 or words[0].lower_ != "the" or words[1].pos_ != "NOUN":
        return None
    head = words[1].lemma_.lower()
    if not _body_noun(words[1]):
        # a word the role list does not know ("the authority"): only the one body named before
        # whose name ends in it
        return table.body_before(words[0], lambda d: not d.anonymous
                                 and any(name.lower().split()[-1:] == [head] for name in d.names), named_only=True)
    alike = _actor_before(table, words[0], ("ORG",),
                          lambda d: any(head in name.lower().split() for name in d.names))
    return alike or _actor_before(table, words[0], ("ORG",))


_PART_WORDS = _WORDS.part_words


def _one_of_those_before(table: ActorTable, span: Span) -> Optional[str]:
    """ "Two officials said A. One of them said B": one member of a group told before speaks for
    it: the plural people or group that were the subject of the sentence before."""
    root = span.root
    if root.lower_ not in _PART_WORDS:
        return None
    prep = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    them = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if them is None or them.lower_ not in ("them", "those"):
        return None
    start = table.sent_start[root.i]
    if start == 0:
        return None
    before = table.sent_start[start - 1]
    for i in range(before, start):
        key = table.token_owner.get(i)
        tok = span.doc[i]
        if key is not None and table.drafts[key].type in ("PERSON", "GROUP") and tok.tag_ == "NNS" \
                and _in_subject(tok):
            return key
    return None


def _kind_named_before(table: ActorTable, span: Span) -> Optional[str]:
    """ "X Shipping was fined. The company said ...": a bare "the <noun>" whose noun names a kind
    of body with a sector (company, newspaper, charity) stands for the named organisation before it
    that is not known to be of another sector, rather than for a new nameless one."""
    words = [t for t in span if not t.is_punct]
    if len(words) != 2 or words[0].lower_ != "the" or words[1].pos_ != "NOUN" or not _body_noun(words[1]):
        return None
    role = get_role_lexicon().sector_of(words[1].text)
    sector = role.sector if role is not None else None
    if sector is None or sector == "GOV":
        return None
    if not _described_only(table, table.resolve(span)):
        return None
    def fits(draft) -> bool:
        return draft.sector in (None, sector)
    nearby = _actor_before(table, words[0], ("ORG",), fits)
    if nearby is not None:
        return nearby
    # named further back: the one organisation of the article that may be of that kind
    named = {d.key for d in table.drafts.values() if d.type == "ORG" and not d.anonymous
             and not _described_only(table, d.key) and fits(d) and d.first < words[0].idx}
    return named.pop() if len(named) == 1 else None


def _actor_before(table: ActorTable, tok: Token, types: tuple[str, ...], fits=None,
                  subject_only: bool = False, described: bool = False) -> Optional[str]:
    """The named actor of one of ``types`` that ``tok`` points back to: in its own sentence the
    nearest before it, in the two sentences before, their subject first, else the latest
    (``subject_only``: the subject of the sentence before, or nothing; ``described``: an actor only
    described, told of by a singular noun, counts too)."""
    doc = tok.doc
    sent_start = table.sent_start[tok.i]
    quoted = table.quoted_tokens()
    bounds = [(sent_start, tok.i)]
    while len(bounds) < 3 and bounds[-1][0] > 0:
        start = table.sent_start[bounds[-1][0] - 1]
        bounds.append((start, table.sent_end[start]))
    for n, (start, end) in enumerate(bounds):
        found: list[tuple[bool, int, str]] = []
        for i in range(start, end):
            key = table.token_owner.get(i)
            if key is None or i in quoted:
                continue
            draft = table.drafts[key]
            if draft.type not in types or draft.anonymous \
                    or (_described_only(table, key) and not (described and doc[i].tag_ == "NN")) \
                    or (fits is not None and not fits(draft)):
                continue
            found.append((_in_subject(doc[i]), i, key))
        if subject_only and n == 1:
            # "The U.S. embassy in X condemned ... It said": the body the subject's head noun names,
            # even one only described, before the state that modifies it
            head = _subject_head_body(table, start, end, types)
            if head is not None:
                return head
        if subject_only and n == 0:
            continue
        if not found:
            if subject_only:
                return None
            continue
        if n > 0:
            subjects = [key for is_subject, _i, key in found if is_subject]
            if subjects or subject_only:
                return subjects[0] if subjects else None
        return found[-1][2]
    return None


def _subject_head_body(table: ActorTable, start: int, end: int, types: tuple[str, ...]) -> Optional[str]:
    """The organisation a main clause's subject noun in tokens start..end names, when a state's name
    modifies it within the subject ("the United States embassy in Islamabad"); else None."""
    if "ORG" not in types:
        return None
    doc = table.doc
    for i in range(start, end):
        tok = doc[i]
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT":
            continue
        key = table.token_owner.get(i)
        if key is None or table.drafts[key].type != "ORG" or table.drafts[key].anonymous:
            return None
        modifiers = {table.token_owner.get(t.i) for t in tok.subtree if t.i < i}
        if any(k is not None and k != key and table.drafts[k].type == "GPE" for k in modifiers):
            return key
        return None
    return None


def _clause_subject_above(table: ActorTable, pronoun: Token, deps: tuple[str, ...]) -> Optional[str]:
    """The actor key of the first subject (a child with a label in ``deps``, before ``pronoun``) of
    the nearest clause above ``pronoun`` in its sentence that has one; None when that subject is no
    actor or no clause above has one."""
    verb = pronoun.head
    for _step in range(6):
        if verb.head.i == verb.i:
            break
        verb = verb.head
        for child in verb.children:
            if child.dep_ in deps and child.i < pronoun.i:
                return _after_dateline(table, child) or table.token_owner.get(child.i)
    return None


def _after_dateline(table: ActorTable, subject: Token) -> Optional[str]:
    """ "Algiers - The ministry announced ...": the parser took the dateline's city for the
    subject and hung the real one on it as an apposition after the dash."""
    doc = subject.doc
    if subject.i + 1 >= len(doc) or doc[subject.i + 1].text not in ("-", "–", "—"):
        return None
    city = table.drafts.get(table.token_owner.get(subject.i, ""))
    if subject.pos_ != "PROPN" or (city is not None and city.type != "GPE") \
            or (city is None and subject.left_edge.i != table.sent_start[subject.i]):
        return None
    for child in subject.children:
        owner = table.token_owner.get(child.i)
        if child.dep_ == "appos" and child.i > subject.i and owner is not None \
                and table.drafts[owner].type in ("ORG", "PERSON") and not table.drafts[owner].anonymous:
            return owner
    return None


def _subject_governing(table: ActorTable, pronoun: Token) -> Optional[str]:
    """The named organisation or state that is the subject of a clause above ``pronoun`` in its
    own sentence, before it ("X recalled its envoy in response to what it described as ...")."""
    key = _clause_subject_above(table, pronoun, ("nsubj", "nsubjpass"))
    draft = table.drafts.get(key) if key is not None else None
    return key if draft is not None and draft.type in ("ORG", "GPE") and not draft.anonymous else None


_EMBEDDED_CLAUSE_DEPS = frozenset({"pcomp", "relcl", "acl"})


def _person_governing(table: ActorTable, pronoun: Token) -> Optional[str]:
    """The named person who is the subject of a clause above a "he"/"she" in its own sentence,
    before it, when the pronoun fits that person's known gender."""
    key = _clause_subject_above(table, pronoun, ("nsubj",))
    draft = table.drafts.get(key) if key is not None else None
    if draft is None or draft.type != "PERSON" or draft.anonymous:
        return None
    known = table.person_gender(key)
    return key if known is None or known == _PERSON_PRONOUNS[pronoun.lower_] else None


_LOCATIVE_PREPOSITIONS = _WORDS.locative_prepositions
# What an organisation issues and a quotation may be attributed to.
_DOCUMENT_NOUNS = _WORDS.document_nouns
_ARTICLES = get_words().shared.articles


def _described_like(table: ActorTable, words: Span) -> Optional[str]:
    """The one person or group the article describes with these words' head and modifiers ("Army
    colonel" → the "Guinean army colonel" named in the body)."""
    root = words.root
    if root.pos_ not in ("NOUN",):
        return None
    wanted = {t.lower_ for t in words if t.is_alpha and t.lower_ not in _ARTICLES}
    lemma = root.lemma_.lower()
    found = {d.key for d in table.drafts.values()
             if d.head == lemma and d.type in ("PERSON", "GROUP")
             and any(wanted <= set(name.lower().split()) for name in d.names)}
    return found.pop() if len(found) == 1 else None


def _body_named_as(table: ActorTable, span: Span) -> Optional[str]:
    """ "Somalia's electoral commission said": a nameless body described by a modifier and a body
    noun is the one named organisation, anywhere in the article, whose name holds those words (of
    the possessor's country, when both have one)."""
    root = span.root
    if root.pos_ != "NOUN" or root.i in table.token_owner:
        return None
    modifiers = [c for c in root.children if c.dep_ in ("amod", "compound") and c.i not in table.token_owner
                 and c.is_alpha and span.start <= c.i < root.i]
    if not modifiers:
        return None
    wanted = {root.lower_} | {c.lower_ for c in modifiers}
    possessor = next((c for c in root.children if c.dep_ == "poss"), None)
    state = table.drafts.get(table.token_owner.get(possessor.i)) if possessor is not None else None
    found = {d.key for d in table.drafts.values()
             if d.type == "ORG" and not d.anonymous
             and (state is None or not d.country or d.country == state.country)
             and any(wanted <= set(name.lower().split()) for name in d.names)}
    return found.pop() if len(found) == 1 else None


def _office_holder(table: ActorTable, words: Span) -> Optional[str]:
    """"the chief commander of the Revolutionary Guard": the one person the article titles so in
    that organisation ("Guard Chief Commander Hossein Salami")."""
    root = words.root
    if root.pos_ != "NOUN":
        return None
    owner_of = table.token_owner
    orgs = {owner_of[t.i] for t in words if t.i > root.i and t.i in owner_of
            and table.drafts[owner_of[t.i]].type == "ORG"}
    if not orgs:
        return None
    word = root.lower_
    found = {d.key for d in table.drafts.values()
             if d.type == "PERSON" and d.affiliation in orgs and any(word in t.lower().split() for t in d.titles)}
    return found.pop() if len(found) == 1 else None


def person_in_sentence(doc: Doc, table: ActorTable, start: int, end: int) -> tuple[Optional[str], Optional[str]]:
    """The named person who is the subject of the sentence a quote stands in, outside the quote
    ("X talks to the agency about "..."" when the parse missed the cue)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None, None
    first = span[0].i  # the sentence bounds the actor table read once (Token.sent is slow)
    quoted = table.quoted_tokens()
    for tok in doc[table.sent_start[first]:table.sent_end[first]]:
        if start <= tok.idx < end or tok.i in quoted:
            continue
        owner = table.token_owner.get(tok.i)
        if owner and table.drafts[owner].type == "PERSON" and tok.pos_ == "PROPN" \
                and (tok.dep_ in ("nsubj", "compound") and tok.head.dep_ in ("nsubj", "ROOT", "dobj") or tok.dep_ == "nsubj"):
            return owner, tok.text
    return None, None


def _subject_of_quoting_clause(doc: Doc, table: ActorTable, start: int, end: int,
                               person: Optional[str]) -> Optional[tuple[str, str]]:
    """ "The government thanked the police for "their swift action", and President X ordered an
    inquiry": the subject of the clause that holds the quoted words, when the person the
    sentence names stands in another clause of it."""
    if person is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    verb = span.root
    for _step in range(4):
        if verb.pos_ in ("VERB", "AUX") and not (span.start <= verb.i < span.end) or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or span.start <= verb.i < span.end:
        return None
    joined = {t.i for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    if any(table.token_owner.get(t.i) == person for t in verb.subtree if t.i not in joined):
        return None  # the person is in the clause itself, not in a clause joined to it
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    key = table.token_owner.get(subject.i)
    if key is None or key == person or table.drafts[key].anonymous:
        return None
    return key, doc[subject.left_edge.i:subject.i + 1].text


def _told_passively(cand) -> bool:
    """Whether the quote's cue verb is passive with its addressee as subject ("X was urged to")."""
    cue = getattr(cand, "cue_token", None)
    return cue is not None and any(c.dep_ == "nsubjpass" for c in cue.children) \
        and not any(c.dep_ == "agent" for c in cue.children)


def actor_near_cue(doc: Doc, table: ActorTable, cand) -> tuple[Optional[str], Optional[str]]:
    """A cue verb the parser left without a subject ("..., the envoy, former President X, said
    today"): the nearest person, else organisation, named right before it, outside the quote."""
    cue = getattr(cand, "cue_token", None)
    if cue is None:
        return None, None
    sent_start = table.sent_start[cue.i]  # Token.sent is slow to ask
    found: dict[str, tuple[str, str]] = {}
    # "Sweden was called to ...", "Iran was urged to ...": the passive subject is told, not telling
    told = {t.i for c in cue.children if c.dep_ == "nsubjpass" for t in c.subtree}
    for i in range(cue.i - 1, max(sent_start, cue.i - 25) - 1, -1):
        tok = doc[i]
        if cand.start <= tok.idx < cand.end:
            break
        owner = table.token_owner.get(i)
        if owner is None or i in told:
            continue
        kind = table.drafts[owner].type
        if kind == "PERSON" and not table.drafts[owner].anonymous:
            return owner, tok.text
        if kind == "GROUP" and _body_noun(tok, proper=True):
            # "In the Ministry of economy of Armenia said": the ministry, not the state it serves
            kind = "ORG"
        found.setdefault(kind, (owner, tok.text))
    for kind in ("ORG", "GPE"):
        if kind in found:
            return found[kind]
    # an inverted cue: "..., reads a statement of the observer mission", "..., said X"; not whom
    # it was told to ("..., an officer told Xinhua"), unless the cue is inverted after "as"
    # ("As informed the Border Service, ...": the object is the teller)
    addressee = getattr(cand, "addressee", None)
    inverted = doc[cue.i - 1].lower_ == "as" or any(c.lower_ == "as" for c in cue.children)
    told_to = range(addressee.start, addressee.end) if addressee is not None and not inverted else range(0)
    for i in range(cue.i + 1, min(table.sent_end[cue.i], cue.i + 12)):
        tok = doc[i]
        if cand.start <= tok.idx < cand.end:
            break
        if i in told_to:
            continue
        owner = table.token_owner.get(i)
        if owner is not None and table.drafts[owner].type in ("PERSON", "ORG", "GPE") \
                and not table.drafts[owner].anonymous:
            return owner, tok.text
        if (owner is None or table.drafts[owner].type == "GROUP") and doc[i - 1].lower_ == "the" \
                and _body_noun(tok):
            # '"...", - it is noted in the department': the body named before
            body = _body_named_before(table, doc[i - 1:i + 1])
            if body is not None:
                return body, doc[i - 1:i + 1].text
    return None, None
