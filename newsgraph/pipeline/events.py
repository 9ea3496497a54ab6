"""CAMEO event coding over the spaCy dependency parse.

`find_events(doc)` finds trigger words (verbs, event nouns, a few adjectives) that match a pattern
from `data/verbs.yaml`, reads the source and target sides from the parse, and marks negation and
modality. The actor stage maps each side's span to an actor id; `merge_mentions` then folds
repeated reports of one act into one event.

Decisions worth knowing:
- Coordinated sides ("Iran and Iraq agreed") give one candidate per conjunct, so that every
  candidate names one dyad (at most `MAX_SIDE_CONJUNCTS` per side).
- An act governed by a coded threat, demand or appeal ("threatened to attack", "called for the
  release") is not coded on its own: the governing trigger carries the code, refined by its
  complement through the pattern's `object`. Acts under uncoded cues get a modality instead
  ("vowed to strike" → threatened; "could strike", "plans to strike" → hypothetical; "said they
  struck" → reported).
- A negated trigger keeps its code (or the pattern's `negation_code`) with `negated=True`.
- A future auxiliary under a reporting verb ("said it would impose sanctions") tells an announced
  act: modality "reported", not "hypothetical".
- Sides cross control and raising: the passive subject controls its complement ("Tehran is
  obliged to reduce"), a gerund after a preposition takes the clause's subject ("claimed
  responsibility for targeting"). Each candidate also keeps `reporter`, the subject of the
  reporting verb above it, which the sides stage uses when the act names no doer.
- A trigger that modifies another trigger ("warning shots") is part of its head's act.
- The modality walk stops at a noun of time or occasion ("on the anniversary of the killing": the
  killing is not what the sentence asks for) and at the subject of a purpose verb ("the talks were
  aimed at ...": the talks took place; the aim is what is unreal).
- A deontic "must" makes the act a demand (modality "demanded"); the sides stage codes it as the
  teller's demand on the act's doer.
- "X was not carried out by Y" denies the doer, not the act: the act stays, without Y.
- A side is a named party, not a clause ("selling arms constitutes interference": no doer), not the
  word the pattern's `object` asked for ("held hostage"), and not the light noun in "seized control
  of X" / "parts of X" (the side is X).
- A threat verb that introduces a quotation (`"...," warned X`) reports speech, not a threat.
- A cooperative act (roots 04-09) in the open complement of a verb of intent ("seek to deepen
  ties", "wants to help") or announced with "would/will" under a reporting verb ("said it would
  monitor the vote") is coded as the matching intent (CAMEO 03: 036, 033, 035, ...), as CAMEO
  defines "say will cooperate"; conflictual acts under the same verbs keep their modality.
- "Agreed to end hostilities": an intent trigger without an object of its own ("agree", "pledge")
  whose open complement is a coded act leaves the code to that act.
- A conflictual act (roots 16-20) in the open complement of a verb of intent ("wants to attack",
  "plans to impose sanctions") is coded as the matching threat (138, 1312, ...), as CAMEO codes a
  stated intent to act against someone; announced with "would" under a reporting verb it stays the
  act itself, with modality "reported".
- A pattern marked `finite_only` ("help") codes a finite verb only: "to help", "for helping" name
  the purpose or the reason of another act, unless a verb of intent makes them an intent.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product
from typing import Callable, Collection, Iterable, Iterator, Optional

from spacy.symbols import ADJ, AUX, NOUN, NUM, PRON, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from newsgraph.knowledge.cameo import NO_ACT, EventPattern, PatternSet, get_cameo, get_patterns
from newsgraph.knowledge.roles import get_role_lexicon
from newsgraph.knowledge.words import get_words
from newsgraph.pipeline.tokens import LOWERED, STRINGS, lowered, string_of, token_index
from newsgraph.pipeline.trees import dominates
from newsgraph.text import doc_text

__all__ = [
    "EventCandidate",
    "ResolvedEvent",
    "ActorResolver",
    "find_events",
    "parse_index",
    "resolve_events",
    "merge_mentions",
    "act_key",
    "verb_only_lemmas",
]

MAX_SIDE_CONJUNCTS = 4

_TIME_ENTS = frozenset({"DATE", "TIME"})
_PARTY_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_POS_FAMILY = {"VERB": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adj"}
_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "WORK_OF_ART", "LAW", "PRODUCT"})
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Words naming an act or a decision besides the nouns the patterns code ("the verdict", "the sentencing").
ACT_NOUNS = frozenset({"verdict", "sentence", "sentencing", "decision", "ruling", "judgment", "judgement",
                       "conviction", "move", "measure", "law", "ban", "step", "action", "policy", "trial"})
_SUBJ = ("nsubj", "csubj")
_PASSIVE_SUBJ = ("nsubjpass", "csubjpass")
_PREP_DEPS = ("prep", "dative", "agent", "prt")
# Dependencies through which an act is a complement of the word above it (modality walk).
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "acl", "attr", "acomp",
                              "oprd", "advcl", "nsubjpass", "dative"})
# Nouns of accidents and disasters: a death "in" one is no one's act.
_ACCIDENTS = frozenset({"crash", "accident", "collision", "disaster", "earthquake", "flood", "flooding",
                        "storm", "stampede", "avalanche", "landslide", "mudslide", "hurricane", "typhoon",
                        "cyclone", "wildfire", "derailment", "shipwreck", "blaze"})
# Harms that kill or wound with no one behind them: as the subject of "killed", no one's act.
_BLAMELESS_HARMS = _ACCIDENTS | get_words().events.blameless_harms
_OUTBREAKS = get_words().events.outbreak_nouns
_COLLECTIVE_AGENTS = get_words().events.collective_agents
_COUNT_NOUNS = get_words().events.count_nouns  # "thousands of protesters": the doer is the counted
_PLACE_NOUN_WORDS = get_words().places.place_nouns
# act nouns and the verb (lemma, particle) whose act they name ("closure" -> close, "handover" -> hand over)
ACT_NOUN_VERBS: dict[str, tuple[str, Optional[str]]] = {
    noun: (verb, particle[0] if particle else None)
    for noun, verb, *particle in (phrase.split() for phrase in get_words().events.act_noun_verb_phrases)}
_THREATENED_ANSWERS = get_words().events.threatened_answers
_RESPONSE_CLASS = "@response"
_STATIVE_VERBS = get_words().events.stative_verbs
_AGENT_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# Verbs that always take an object: with a subject and no object, a headline's participle is passive.
_ONLY_TRANSITIVE = frozenset({
    "convict", "sentence", "jail", "imprison", "arrest", "detain", "charge", "indict", "kill", "injure",
    "wound", "kidnap", "abduct", "release", "free", "execute", "expel", "deport", "fine", "accuse",
    "shoot", "behead", "hang", "torture", "bomb", "shell", "capture", "seize", "summon", "sanction"})
# Participles through which an act is told as the answer to another ("..., prompting a response").
_CAUSE_VERBS = frozenset({"trigger", "prompt", "provoke", "spark", "draw", "cause", "lead"})
# verbs by which an act earns a reaction ("the launch drew criticism from X")
_DRAWING_VERBS = frozenset({"draw", "attract", "provoke", "spark", "trigger", "prompt", "earn", "face"})
_HYPOTHETICAL_MARKS = frozenset({"if", "unless", "whether"})
# Verbs of phase and hesitation: their negation leaves the act under them done ("did not stop
# shelling", "did not hesitate to strike").
_ASPECT_VERBS = frozenset({"stop", "cease", "quit", "halt", "hesitate", "end", "finish"})
# Nouns of time or occasion: an act named under one ("the anniversary of the killing") is not the
# complement of the verb above it.
_OCCASION_NOUNS = frozenset({"anniversary", "eve", "wake", "aftermath", "day", "week", "month", "year", "time",
                             "occasion", "memory", "commemoration", "memorial", "date"})
# Verbs of purpose: their (passive) subject is real, only the goal is not ("the talks were aimed at").
_PURPOSE_VERBS = frozenset({"aim", "intend", "design", "mean", "direct", "gear"})
# Nouns that frame the word of their "of" object, which is what a pattern's `object` should see.
_FRAME_NOUNS = frozenset({"state", "round", "series", "wave", "spate", "string", "volley", "barrage",
                          # measures and counts: "tons of food", "dozens of rockets", "$5m worth of aid"
                          "ton", "tonne", "kg", "kilogram", "dollar", "euro", "worth", "amount", "quantity",
                          "dozen", "hundred", "thousand", "million", "billion", "batch", "consignment",
                          # bodies of people sent: "a team of ceasefire monitors", "a contingent of peacekeepers"
                          "team", "contingent",
                          "shipment", "package", "load", "tranche",
                          # "an act of piracy", "acts of aggression": what the act is called
                          "act",
                          # "described the arrest as an attempt of coup": what the attempt would have been
                          "attempt",
                          # a share of the whole: "recalled the rest of its diplomatic staff"
                          "rest", "remainder", "bulk", "majority", "part", "portion", "half"})
# Light nouns whose "of" object is the real side ("seized control of the airport", "parts of Iraq").
_LIGHT_SIDE_NOUNS = frozenset({"control", "command", "part", "portion", "rest", "section", "swath", "swathe",
                               "much", "most", "area", "areas"})
_QUOTE_TAGS = frozenset({"``", "''"})
_BOUND_PRONOUNS = frozenset({"they", "he", "she", "it", "we"})
_PLURAL_PRONOUNS = frozenset({"they", "we"})
_VERB_OR_AUX = (VERB, AUX)
_NOMINAL_POS = (NOUN, PROPN, PRON)
_SIDE_CHILD_EXCLUDE = frozenset({"relcl", "conj", "cc", "preconj"})
_DEFAULT_ROLES = {
    "verb": (("subj",), ("obj",)),
    "adj": (("subj",), ()),
    "noun": (
        ("poss", "prep:by", "prep:from", "amod", "compound", "relcl_subj", "gov_subj"),
        ("of", "prep:on", "prep:against", "prep:to", "relcl_target", "gov_prep:to"),
    ),
}


@dataclass
class EventCandidate:
    """One coded trigger in the text, with the words that name each side."""

    trigger: Token
    code: str
    root: str
    quad_class: int
    goldstein: float
    source: Optional[Span]
    target: Optional[Span]
    negated: bool
    modality: Optional[str]  # "threatened" | "demanded" | "hypothetical" | "reported" | None
    rule: str
    confidence: float
    sentence: Span
    recoded: bool = False  # negated, and coded by the pattern's `negation_code`
    reporter: Optional[Span] = None  # subject of the reporting verb the act is told under
    intended: Optional[str] = None  # for an act coded as the intent to do it: the act's own code
    mutual: bool = False  # each side does the act to the other ("swapped prisoners with X")
    ordered_by: Optional[int] = None  # the bare order giving the act: the act stands only if that order is not coded


@dataclass
class ResolvedEvent:
    """A candidate whose sides the actor stage resolved; `mentions` lists every report of the act."""

    candidate: EventCandidate
    source_id: Optional[str]
    target_id: Optional[str]
    mentions: list[EventCandidate] = field(default_factory=list)


@dataclass
class Fate:
    """What became of one coded trigger and its sides, recorded only when explaining (a `trace`
    list passed to `find_events`, `state["event_trace"]` in the events stage)."""

    trigger: Token
    code: str
    rule: str
    source: Optional[Span]
    target: Optional[Span]
    outcome: str  # "event e3", "another report of e3", or why it was left out

    @classmethod
    def of(cls, cand: EventCandidate, outcome: str) -> "Fate":
        return cls(cand.trigger, cand.code, cand.rule, cand.source, cand.target, outcome)


def _dismissed(trace: list, token: Token, pattern: EventPattern, outcome: str) -> None:
    """Trace a matched trigger `_find_events` drops before it becomes a candidate."""
    trace.append(Fate(token, pattern.code, pattern.id, None, None, outcome))


def _name_of(check: Callable) -> str:
    """A check's purpose, as its name tells it: `_in_an_accident` -> "in an accident"."""
    return check.__name__.strip("_").replace("_", " ")


ActorResolver = Callable[[Span], Optional[str]]


# ---------------------------------------------------------------------------------------------
# Pattern matching


def _family(token: Token) -> Optional[str]:
    if token.tag_ == "VBG" and _has_child(token, "det"):
        return "noun"  # "the killing of ..." tagged as a verb
    if _headline_verb_read_as_noun(token):
        return "verb"
    return _POS_FAMILY.get(token.pos_)


_NOT_YET_MODIFIERS = frozenset({"future", "possible", "potential", "eventual", "upcoming", "proposed", "planned",
                                "prospective", "hypothetical"})


# Verbs by which an authority clears an act: what they approve is the approval's act, even when
# the text calls it "possible" or "proposed" (the wording of an arms-sale notice).
_APPROVING_VERBS = frozenset({"approve", "authorize", "authorise", "clear", "greenlight", "sanction", "okay"})


def _not_yet_held(noun: Token) -> bool:
    """"any cooperation", "future talks", "a possible meeting", and an act a list of demands includes
    ("its demands, which include the release of X"): an act the text does not tell as done."""
    index = _index_of(noun)
    if index.deps[noun.i] in ("dobj", "nsubjpass") and index.lemmas[noun.head.i] in _APPROVING_VERBS:
        return False  # "approved the possible sale of jets": the approval is done
    if index.deps[noun.i] == "dobj" and index.lemmas[noun.head.i] in _INCLUDING_VERBS and any(
            _resolve_relative(s).lemma_.lower() in _DEMAND_LIST_NOUNS for s in noun.head.children if s.dep_ == "nsubj"):
        return True
    return any((index.deps[c] == "det" and index.lowers[c] == "any")
               or (index.deps[c] == "amod" and index.lowers[c] in _NOT_YET_MODIFIERS) for c in index.kids[noun.i])


# Verbs by which a list names its items, and the lists whose items are acts asked for, not done.
_INCLUDING_VERBS = frozenset({"include", "involve", "comprise"})
_DEMAND_LIST_NOUNS = frozenset({"demand", "request", "condition", "call", "proposal", "term", "plan", "offer"})


# Words whose open complement is an act on a schedule ("is due to meet", "is set to visit", "is
# scheduled to sign"): not yet done when dated to a time still to come.
_SCHEDULE_HEADS = frozenset({"due", "schedule", "slate", "set"})
# Verbs by which a text binds its parties to acts ("the truce commits the two sides to exchange
# prisoners", "the deal requires X to withdraw"): the acts are the terms, not acts done.
_BINDING_VERBS = frozenset({"commit", "oblige", "obligate", "require", "bind", "allow", "call"})
# Texts whose subject binds the parties: the agreement class of the patterns, and these.
_BINDING_TEXTS = frozenset({"resolution", "plan", "law", "bill", "text", "proposal", "draft", "roadmap",
                            "framework", "decree", "initiative"})
_BINDING_OBJECTS = ("@agreement", *sorted(_BINDING_TEXTS))  # a pattern object list: agreements and these


def _open_complement_head(token: Token) -> Optional[Token]:
    """The word whose open complement the act is ("due" in "is due to meet"), through conjuncts."""
    current = token
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    return current.head if current.dep_ == "xcomp" else None


def _scheduled_or_bound(token: Token, patterns: PatternSet) -> bool:
    """Whether a verb names an act only scheduled ("is due to meet X next month") or one a text binds
    its parties to ("the truce commits them to exchange prisoners"): no act is told as done."""
    head = _open_complement_head(token)
    if head is None:
        return False
    lemma = head.lemma_.lower()
    if lemma in _SCHEDULE_HEADS:
        # a date still to come tells a plan ("is due to meet X next month"); without one the act
        # may be told as under way, as event coders take "is scheduled to attend the summit"
        return (lemma != "set" or _has_child(head, "auxpass")) and _future_date(token)
    if lemma not in _BINDING_VERBS:
        return False
    texts = patterns.expand(_BINDING_OBJECTS)
    return any(s.lemma_.lower() in texts for s in _children(head, *_SUBJ))


_FUTURE_DATE_WORDS = frozenset({"next", "tomorrow", "later", "coming", "upcoming"})


def _future_date(verb: Token) -> bool:
    """Whether a verb's own words date it to a time still to come ("next month", "tomorrow")."""
    return any(t.ent_type_ in _TIME_ENTS and t.lower_ in _FUTURE_DATE_WORDS for t in verb.subtree)


def _promised_only(noun: Token) -> bool:
    """"offered to host talks between X and Y": an event noun whose verb is only promised or offered
    names no act held (the offer is coded by itself)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return False
    # the parser may tag the verb a noun, or hang it as an adverbial clause ("offered to host talks")
    return verb.dep_ in ("xcomp", "advcl") and _has_child(verb, "aux", lower="to") \
        and verb.head.lemma_.lower() in _COMMISSIVE_HEADS and not _has_child(verb.head, "neg")


# Verbs that tell what an act brought about ("which led to the killing of X", "resulting in the
# deaths of"): the act named under them is that act's outcome.
_RESULT_VERBS = frozenset({"lead", "result", "cause"})
# Codes of force that close or hold rather than harm (blockade, occupation): the effect of a strike
# or a protest can be told by them.
_NONVIOLENT_FORCE_CODES = frozenset({"191", "192"})


def _outcome_of_force(noun: Token, matched: dict[int, EventPattern]) -> bool:
    """Whether an event noun is the outcome an act of force in its sentence brought about ("a drone
    struck a convoy, which led to the killing of a commander"): the one act is coded once, by its
    act of force."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ in ("to", "in"):
        verb = verb.head
    elif noun.dep_ != "dobj":
        return False
    if verb.lemma_.lower() not in _RESULT_VERBS or verb.pos_ != "VERB":
        return False
    return _other_act_in_sentence(noun, matched, _FORCE_ROOTS)


def _other_act_in_sentence(token: Token, matched: dict[int, EventPattern], roots: frozenset[str],
                           besides: frozenset[int] | set[int] = frozenset()) -> bool:
    """Whether another matched act of one of `roots` is told in the token's sentence (other than
    those at the positions `besides`)."""
    sentence = _index_of(token).sentence_of(token.i)
    return any(i != token.i and i not in besides and sentence.start <= i < sentence.end and p.code[:2] in roots
               for i, p in matched.items())


# Verbs that say what something amounts to ("posed a threat to", "constitutes an attack on"): the
# event noun under them characterises a thing, it tells no act.
_CHARACTERISING_VERBS = frozenset({"pose", "represent", "constitute", "amount"})
# A state or its government that protests complains officially (114); crowds demonstrate (141).
_DEMONSTRATE_CODE = "141"
_OFFICIAL_COMPLAINT_CODE = "114"
_STATE_BODIES = frozenset({"government", "ministry", "embassy", "cabinet", "kremlin", "presidency"})
# Verbs that name what something is taken for ("called the arrest an attempt to intimidate").
_NAMING_VERBS = frozenset({"call", "describe", "label", "brand", "term", "qualify", "denounce", "condemn", "see",
                           "view", "regard", "consider", "decry", "slam", "dismiss", "characterise", "characterize"})
# Nouns of an aim imputed to another's act: what follows them is the aim, not an act told.
_IMPUTED_AIM_NOUNS = frozenset({"attempt", "effort", "bid", "ploy", "plot", "scheme", "tactic", "move", "pretext"})
_GENERIC_DETERMINERS = frozenset({"any", "every", "whichever"})
_GENERIC_PRONOUNS = frozenset({"whoever", "anyone", "anybody", "whomever"})


_PURE_NAMING_VERBS = get_words().events.pure_naming_verbs  # 'called the raid "a crime"' (an apposition)
# Roots of threat, force and coercion: such a label for another's act is the namer's disapproval of it
# (as a label of disapproval itself is: "described the decision as unjustified").
_HOSTILE_LABEL_ROOTS = frozenset({"13", "15", "17", "18", "19", "20"})
# Dependencies a word of a label can hang by: the label itself or a modifier or "of" object in it.
_LABEL_DEPS = frozenset({"oprd", "pobj", "appos", "compound", "amod"})
_LABEL_FRAME_NOUNS = get_words().events.label_frame_nouns  # "an act of war"


def _namer_of_label(index: "_DocIndex", position: int) -> Optional[int]:
    """The naming verb whose label for another's act the word at `position` is part of ("called the
    raid an act of war", "described the strike as an attack", 'considered the vote "an ambush"',
    "what he described as aggression"), else None: a label tells what the namer takes the act for."""
    deps, heads, lemmas, lowers = index.deps, index.heads, index.lemmas, index.lowers
    head = position
    if deps[head] in ("compound", "amod"):  # "a war crime"
        head = heads[head]
    if deps[head] == "pobj" and lowers[heads[head]] == "of" and lemmas[heads[heads[head]]] in _LABEL_FRAME_NOUNS:
        head = heads[heads[head]]  # "an act of war"; "as part of a crackdown" places the act in a real one
    dep, above = deps[head], heads[head]
    naming_verbs = _NAMING_VERBS
    if dep == "oprd":
        namer = above
    elif dep == "pobj" and deps[above] == "prep" and lowers[above] == "as":
        namer = heads[above]
        if deps[namer] == "dobj":  # "described the strike as ..." with "as" hung on the object
            namer = heads[namer]
    elif dep == "appos" and deps[above] == "dobj":
        namer, naming_verbs = heads[above], _PURE_NAMING_VERBS
    elif dep == "prep" and lowers[head] == "as" and head != position:
        namer = above  # "described the decision as unjustified": the adjective hung on "as" itself
        if deps[namer] == "dobj":
            namer = heads[namer]
    else:
        return None
    if namer == head or index.pos[namer] not in _VERB_OR_AUX or lemmas[namer] not in naming_verbs:
        return None
    return namer


def _blame_pattern(lemma: str, patterns: PatternSet) -> Optional[EventPattern]:
    """The naming verb's pattern of disapproval ("call.blame.v"), if the patterns have one."""
    return next((p for p in patterns.candidates("verb", lemma) if p.object and "@blame" in p.object), None)


def _characterised(noun: Token) -> bool:
    """Whether an event noun only says what something amounts to ("activities that posed a threat
    to the region", "amounts to an attack")."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "to":
        verb = verb.head
    elif noun.dep_ not in ("dobj", "attr"):
        return False
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _CHARACTERISING_VERBS


# Verbs of protest that can be the declared aim of another coded act ("began a hunger strike to
# protest", "carried out the attack to protest against the export", "summoned the ambassador to protest").
_AIM_ONLY_LEMMAS = frozenset({"protest", "demonstrate"})


def _aim_of_a_coded_act(index: "_DocIndex", verb: int, matched: dict[int, EventPattern]) -> bool:
    """Whether a purpose infinitive only gives the aim of a coded act it hangs on: that act is the
    news, the aim no demonstration of its own. "Crowds gathered to protest" keeps its protest."""
    if index.lemmas[verb] not in _AIM_ONLY_LEMMAS or index.deps[verb] not in ("advcl", "xcomp"):
        return False
    if not _to_infinitive(index, verb):
        return False
    return _names_a_coded_act(index, index.heads[verb], matched)


def _imputed_aim(verb: Token) -> bool:
    """Whether a verb is only the aim a speaker imputes to an act it names ("called the detention
    an attempt to intimidate the press", "denounced the raid as a ploy to divide them")."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in _IMPUTED_AIM_NOUNS:
        return False
    namer = noun.head
    if noun.dep_ == "pobj" and namer.lower_ == "as":
        namer = namer.head
    elif noun.dep_ not in ("oprd", "attr", "dobj", "ccomp", "xcomp"):
        return False
    return namer.pos_ in ("VERB", "AUX") and namer.lemma_.lower() in _NAMING_VERBS


def _generic_doer(verb: Token) -> bool:
    """Whether a verb's doer is anyone at all ("any force that threatened the country", "whoever
    attacks us"): a generic statement, no act told."""
    for subject in _children(verb, *_SUBJ):
        if subject.lower_ in _GENERIC_PRONOUNS:
            return True
        if subject.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl" and any(
                c.dep_ == "det" and c.lower_ in _GENERIC_DETERMINERS for c in verb.head.children):
            return True  # a relative clause on "any X"; a plain "any X" subject may be a misparse
    return False


def _definite(noun: Token) -> bool:
    """Whether a noun phrase points back at something known ("the strike", "their protest")."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) for c in noun.children)


def _effect_of_an_act(verb: Token, pattern: EventPattern, patterns: PatternSet) -> bool:
    """Whether a verb tells what an act brought about, not what a party did ("the strike had shut
    banks and ports"): its subject is an event noun of another kind of act, or of a kind the
    patterns cannot tell. Violence keeps its code ("the attack killed"), and so does a verb that
    retells its subject's act ("the protest blocked the road")."""
    if pattern.code[:2] in _FORCE_ROOTS and pattern.code not in _NONVIOLENT_FORCE_CODES:
        return False
    if pattern.code == _ACCUSE_CODE:  # "the raid bore the hallmarks of X": the act laid at X's door, no effect
        return False
    if pattern.code in _BREACH_CODES:  # "said the ban violated the rules": a judgement of the act, no effect
        return False
    for subject in _children(verb, "nsubj"):
        subject = _resolve_relative(subject)
        lemma = subject.lemma_.lower()
        # an act noun is also a coded verb ("strike", "protest"); agent nouns are not ("mediator", "convoy")
        if subject.pos_ != "NOUN" or not patterns.candidates("noun", lemma) or not patterns.candidates("verb", lemma):
            continue
        act = _match(subject, "noun", patterns)
        if act is not None and act.code[:2] != pattern.code[:2]:
            return True
        if act is None and _definite(subject):  # "the strike": an act told before, of a kind not named
            return True
    return False


def _headline_verb_read_as_noun(token: Token) -> bool:
    """"Jordan summons Israeli envoy", "Chile hands over suspect to Peru": a noun with a name before it
    and a direct object, or a verb particle right after it, is a verb."""
    return token.pos_ == "NOUN" and (_has_child(token, "dobj") or _particle_read_as_preposition(token)) and any(
        c.i < token.i and c.pos_ == "PROPN" for c in _children(token, "compound"))


# A headline's verb particles: the particles of any verb, and "over" ("hands over suspect")
_HEADLINE_PARTICLES = get_words().events.particle_words | {"over"}


def _particle_read_as_preposition(token: Token) -> bool:
    """A plural headline noun followed at once by a particle word hung on it ("hands over")."""
    following = token.i + 1
    return token.tag_ == "NNS" and following < len(token.doc) and token.doc[following].head.i == token.i \
        and token.doc[following].dep_ in ("prep", "advmod", "prt") \
        and token.doc[following].lower_ in _HEADLINE_PARTICLES


def _shot_dead_read_as_noun(token: Token) -> Optional[Token]:
    """"Gunmen on a motorcycle shot dead two soldiers" with "shot" tagged a noun: of "shot" and
    "dead", the word the parser hung the clause's subject or object on, which stands for the verb."""
    if token.lower_ != "shot" or token.pos_ != "NOUN" or token.i + 1 >= len(token.doc):
        return None
    dead = token.doc[token.i + 1]
    if dead.lower_ != "dead":
        return None
    return next((w for w in (token, dead) if _has_child(w, "nsubj", "nsubjpass", "dobj")), None)


def _complement_lemmas(token: Token, family: str, prep: Optional[str]) -> set[str]:
    """Lemmas a pattern's `object` may match: objects, open complements and their modifiers."""
    index = _index_of(token)
    kids, deps, lowers = index.kids, index.deps, index.lowers
    heads: list[int] = []
    for child in kids[token.i]:
        dep = deps[child]
        if dep in ("dobj", "xcomp", "ccomp", "attr", "oprd", "acl", "nsubjpass", "dative"):
            heads.append(child)
        elif dep in _PREP_DEPS and (prep is None or lowers[child] == prep):
            heads.extend(c for c in kids[child] if deps[c] in ("pobj", "pcomp"))
        elif family == "noun" and dep in ("compound", "amod", "nmod"):
            heads.append(child)
        elif dep == "advcl" and family == "verb" and any(lowers[c] == "to" for c in kids[child]):
            heads.append(child)  # "used drones to target" as well as "to target"
        elif dep == "npadvmod" and family == "verb" and index.lemmas[child] in _DEADLINE_NOUNS \
                and _infinitives_on(index, child):
            heads.append(child)  # "gave the envoys 72 hours to leave", the time read as an adverb
    if family == "verb":
        heads.extend(t.i for t in _misparsed_passive_patients(token))
    for head in list(heads):
        if family == "verb" and deps[head] == "dobj":  # "described the raid as a crime": what it is called
            # "qualified the raid of a crime": the French "qualifier de" in translation
            called_by = ("as", "of") if token.lemma_.lower() == "qualify" else ("as",)
            heads.extend(o for p in kids[head] if deps[p] == "prep" and lowers[p] in called_by
                         for o in kids[p] if deps[o] == "pobj")
            if token.lemma_.lower() in _NAMING_VERBS:  # 'called the raids "a criminal enterprise"'
                heads.extend(k for k in kids[head] if deps[k] == "appos")
                # "called Germany's move unjustified", the adjective hung on the object
                heads.extend(k for k in kids[head] if deps[k] in ("acomp", "oprd") and index.pos[k] == ADJ)
            # "ordered him released", "wants them freed": a participle completing the object names the act
            heads.extend(k for k in kids[head] if deps[k] == "acl" and index.doc[k].tag_ == "VBN" and k > head)
    for head in list(heads):  # "72 hours to leave", "a deadline to comply": what the time is given for
        if index.lemmas[head] in _DEADLINE_NOUNS:
            heads.extend(_infinitives_on(index, head))
    for head in list(heads):  # "recaptured 17 of the escapees": the people counted, not the count
        if index.pos[head] == NUM:
            heads.extend(o for p in kids[head] if deps[p] == "prep" and lowers[p] == "of"
                         for o in kids[p] if deps[o] == "pobj")
    for head in list(heads):  # what it is called may itself be framed: "as an act of piracy"
        if index.lemmas[head] in _FRAME_NOUNS:  # "a state of emergency", "a new round of talks", "$1bn in aid"
            heads.extend(o for p in kids[head] if deps[p] == "prep" and lowers[p] in ("of", "in")
                         for o in kids[p] if deps[o] == "pobj")
    lemmas: set[str] = set()
    for head in heads:
        for tok in [head, *[c for c in kids[head] if deps[c] in ("compound", "amod", "conj", "dobj", "nmod")]]:
            lemmas.add(index.lemmas[tok])
            lemmas.add(lowers[tok])
    return lemmas


def _infinitives_on(index: "_DocIndex", noun: int) -> list[int]:
    """The "to" clauses hung on a noun ("72 hours to leave")."""
    return [k for k in index.kids[noun]
            if index.deps[k] in ("acl", "relcl") and any(index.lowers[c] == "to" for c in index.kids[k])]


def _misparsed_passive_patients(verb: Token) -> list[Token]:
    """Who undergoes a passive act whose subject the parser hung elsewhere, for the `object` test:
    the subject of a reduced relative read as the main verb ("The men held since May were freed by
    X": the men), whether the passive is taken for its conjunct or the participle for its clausal
    subject."""
    if not _has_child(verb, "auxpass") or _has_child(verb, "nsubjpass"):
        return []
    if verb.dep_ == "conj" and getattr(_passive_run_on(verb.head), "i", None) == verb.i:
        return _children(verb.head, "nsubj")
    return [s for c in _children(verb, "csubjpass") if c.tag_ == "VBN" for s in _children(c, "nsubj")]


def _hyphenated_quality(token: Token) -> bool:
    """"life-threatening", "conflict-hit", "law-abiding": a participle joined by a hyphen to a common
    noun before it names a quality of something, not an act anyone did."""
    if token.tag_ not in ("VBG", "VBN", "JJ") or token.i < 2:
        return False
    doc = token.doc
    hyphen, before = doc[token.i - 1], doc[token.i - 2]
    return (hyphen.tag_ == "HYPH" and not hyphen.whitespace_ and not before.whitespace_
            and before.tag_ in ("NN", "NNS") and before.text.islower())


def _phrase_follows(token: Token, phrase: str) -> bool:
    """Whether a fixed phrase follows the trigger in its sentence ("declared him persona non
    grata"): idioms the parser tears apart are found by their words."""
    sentence = token.sent
    return phrase in doc_text(token.doc)[token.idx:sentence.end_char].lower()  # the Doc's text, joined once


def _has_particle(token: Token, particle: str) -> bool:
    """A verb particle, or the same word parsed as a preposition or adverb right after the verb
    ("walked out of", "the rebels walked out")."""
    if _has_child(token, "prt", lower=particle):
        return True
    following = token.i + 1
    if following < len(token.doc) and token.doc[following].head.i == token.i \
            and token.doc[following].dep_ in ("prep", "advmod") and token.doc[following].lower_ == particle:
        return True
    # "handed over 2,000 rifles", the particle read as "more than" on the number of the object
    if following < len(token.doc) and token.doc[following].dep_ == "quantmod" \
            and token.doc[following].lower_ == particle and token.doc[following].head.head.head.i == token.i:
        return True
    # "pulled its troops out of": the particle after the verb's object
    for obj in _children(token, "dobj"):
        after = obj.right_edge.i + 1
        if after < len(token.doc) and token.doc[after].head.i == token.i \
                and token.doc[after].dep_ in ("prep", "advmod", "prt") and token.doc[after].lower_ == particle:
            return True
    return False


def _particle_objects(token: Token, particle: str, prep: str) -> list[Token]:
    """"walked out of the talks with X": the objects of `prep` on what the particle phrase names."""
    return [o for p in token.children if p.dep_ in ("prep", "prt") and p.lower_ == particle
            for inner in _children(p, "prep") for n in _children(inner, "pobj") for o in _prep_objects(n, prep)]


def _gathers_an_object(verb: Token) -> bool:
    """Whether a verb of gathering has an object of its own ("gathered evidence"); a noun after a
    comma the parser hangs on it is no object ("gathered outside the prison, some holding photographs")."""
    lowers = _index_of(verb).lowers
    return any("," not in lowers[verb.i + 1:o.i] for o in _children(verb, "dobj") if o.i > verb.i)


def _in_context(token: Token, words: frozenset[str], armed_forces: bool = False,
                on_the_doer: bool = False, crowd: bool = False) -> bool:
    """Whether the trigger's sentence holds one of `words` (as a lemma); for a context of armed
    forces, not as a body of law enforcement ("a police unit", "the security service's forces");
    ``on_the_doer``: in the words naming who acts ("dockworkers walked out", not "lawmakers walked
    out over a pay rise for ministers"); ``crowd``: there, or a crowd's cry is told by a participle
    on the trigger ("relatives gathered outside the prison demanding news")."""
    index = _index_of(token)
    if crowd:
        cries = get_patterns().expand([_CROWD_CRY_CLASS])
        if any(index.lemmas[c] in cries and index.doc[c].tag_ == "VBG" for c in index.kids[token.i]):
            return True
    if on_the_doer or crowd:
        return any(index.lemmas[t.i] in words for doer in _subject(token) for t in doer.subtree)
    if index.sentence_lemmas(token.i).isdisjoint(words):
        return False
    if not armed_forces:
        return True
    sentence = index.sentence_of(token.i)
    return any(index.lemmas[i] in words and not _law_enforcement_body(index.doc[i])
               for i in range(sentence.start, sentence.end))


# The context class of armed forces, whose words count only when they name no law enforcement.
_ARMED_FORCES_CLASS = "@armed_forces"
# The context class of labour, whose words count only on the doer.
_LABOUR_CLASS = "@labour"
# The context class of a crowd, whose words count only on the doer, who moves with no object
# ("supporters gathered outside parliament", not "investigators gathered evidence against protesters"
# nor "ministers gathered to discuss the protesters' demands").
_CROWD_CLASS = "@crowd"
_CROWD_CRY_CLASS = "@crowd_cry"


_LAW_ENFORCEMENT_WORDS = get_words().events.law_enforcement


def _law_enforcement_body(word: Token) -> bool:
    """Whether a word is modified as a body of law enforcement or intelligence ("police unit",
    "the intelligence service's forces"), which is no armed force."""
    return any(t.lemma_.lower() in _LAW_ENFORCEMENT_WORDS for m in word.lefts
               if m.dep_ in ("compound", "amod", "poss") for t in m.subtree)


def _has_prep(token: Token, prep: str) -> bool:
    """Whether the trigger has the preposition with an object that is more than a time:
    "called on Monday for talks" is no "call on"."""
    index = _index_of(token)
    for child in index.kids[token.i]:
        if index.deps[child] in _PREP_DEPS and index.lowers[child] == prep:
            objects = [index.doc[c] for c in index.kids[child] if index.deps[c] in ("pobj", "pcomp")]
            if not objects or not all(_only_time(o) for o in objects):
                return True
    return False


def _names_a_thing(verb: Token) -> bool:
    """Whether a naming verb gives its object a name ("called the raid a crime", "what it called a
    campaign of provocations", 'called the raids "a criminal enterprise"') rather than making an appeal."""
    if verb.lemma_.lower() not in _NAMING_VERBS:
        return False
    index = _index_of(verb)
    for child in index.kids[verb.i]:
        if index.deps[child] == "oprd":
            return True
        if index.deps[child] == "dobj" and (index.lowers[child] in ("what", "which") or any(
                index.deps[k] == "appos" and _quoted_start(index.doc[k]) for k in index.kids[child])):
            return True
    return False


# Classes a naming verb's label is judged by: scorn ("called the raid a crime") and praise
# ("called the accord a milestone").
_BLAME_CLASS, _PRAISE_CLASS = "@blame", "@praise"


def _label_heads(verb: Token) -> list[Token]:
    """The label a naming verb gives its object: 'called the raid "a crime"' (an open complement or
    an apposition to the object), "described the raid as a crime", "called the move unjustified"."""
    index = _index_of(verb)
    kids, deps, lowers = index.kids, index.deps, index.lowers
    heads: list[int] = []
    for child in kids[verb.i]:
        if deps[child] == "oprd":
            heads.append(child)
        elif deps[child] in _PREP_DEPS and lowers[child] == "as":
            heads.extend(o for o in kids[child] if deps[o] == "pobj")
        elif deps[child] == "dobj":
            heads.extend(k for k in kids[child] if deps[k] in ("appos", "acomp", "oprd")
                         or (deps[k] in _PREP_DEPS and lowers[k] == "as"))
    heads = [o for h in heads for o in ([h] if deps[h] not in _PREP_DEPS else
                                         [k for k in kids[h] if deps[k] == "pobj"])]
    # 'called Pyongyang's operations "a criminal enterprise"', the quoted label set beside its thing
    heads.extend(k for h in list(heads) if deps[h] == "oprd" for k in kids[h] if deps[k] == "appos")
    return [index.doc[h] for h in heads] + _label_after_its_thing(verb)


# pronouns by which a naming verb's object is told before it ("protested what it called ...")
_WH_OBJECTS = frozenset({"what", "which", "whom"})


def judges_by_a_label(verb: Token) -> bool:
    """Whether a naming verb judges its object by a label it gives it ('called the audit "a show"')."""
    return verb.lemma_.lower() in _NAMING_VERBS and bool(_label_heads(verb))


def _label_after_its_thing(verb: Token) -> list[Token]:
    """'called the faction "bandits"' parsed with the quoted label as the object and the thing named
    hung on it: the label."""
    return [o for o in _children(verb, "dobj") if _quoted_label(o) and _thing_hung_on_label(o)]


def _thing_hung_on_label(label: Token) -> list[Token]:
    """The thing a quoted label names, when the parser hung it on the label ('called the faction "bandits"')."""
    return [k for k in label.children if k.dep_ == "nmod" and k.i < label.i
            and any(label.doc[i].tag_ in _QUOTE_TAGS for i in range(k.i + 1, label.i))]


def _thing_before_bare_label(label: Token) -> list[Token]:
    """'called the arrest political persecution', a label with no article parsed as one phrase with the
    thing it names: a noun before an adjective cannot open the same noun phrase, so that noun is the
    thing named and the rest its label."""
    modifiers = [k for k in label.children if k.dep_ in ("amod", "compound") and k.i < label.i]
    return [k for k in modifiers if k.pos == NOUN and k.tag_ in ("NN", "NNS")
            and any(a.pos == ADJ and k.i < a.i for a in modifiers)][:1]


def _label_lemmas(heads: list[Token]) -> set[str]:
    """Lemmas and lower-cased forms of a label's words: its head, modifiers and coordinated words."""
    words: set[str] = set()
    for head in heads:
        for tok in (head, *head.children):
            if tok is head or tok.dep_ in ("amod", "compound", "conj", "acomp", "advmod", "nmod"):
                words.update((tok.lemma_.lower(), tok.lower_))
    return words


def _judged_by_its_label(verb: Token, pattern: EventPattern, patterns: PatternSet) -> bool:
    """Whether a naming verb's label judges its object as the pattern's class says: a label in quotation
    marks ('called the audit "a political show"') is the namer's scorn unless a word of it praises,
    the quotation marks keeping the charge the namer's own (an adjective alone, "frank", needs a word
    of blame); praise needs a word of praise in the label."""
    if not (_BLAME_CLASS in pattern.object or _PRAISE_CLASS in pattern.object) or verb.lemma_.lower() not in _NAMING_VERBS:
        return False
    heads = _label_heads(verb)
    # "protested what it called ...", "called it ...": the thing named is told elsewhere, the label a
    # report of the namer's words about it, and the thing judged is left to the patterns' own words
    if not heads or any(o.pos == PRON for o in _object(verb)) or any(
            t.lower_ in _WH_OBJECTS for t in verb.doc[verb.left_edge.i:verb.i]):
        return False
    words = _label_lemmas(heads)
    praised = bool(words & patterns.expand([_PRAISE_CLASS]))
    if _PRAISE_CLASS in pattern.object:
        return praised and not words & patterns.expand([_BLAME_CLASS])
    # a quoted noun phrase keeps the namer's charge ("a political show"); a quoted adjective may as well
    # be plain ("ambitious", "frank") and scorns only with a word of blame
    blamed = bool(words & patterns.expand([_BLAME_CLASS]))
    return not praised and any(_quoted_label(h) and (h.pos in (NOUN, PROPN) or h.pos == ADJ and blamed)
                               for h in heads)


def _quoted_label(head: Token) -> bool:
    """Whether a label opens with a quotation mark, the mark hung on the label's head or before it."""
    return _quoted_start(head) or any(c.tag_ in _QUOTE_TAGS and c.i < head.i for c in head.children)


def _quoted_start(head: Token) -> bool:
    """Whether the phrase under `head` opens with a quotation mark."""
    start = head.left_edge.i
    doc = head.doc
    return doc[start].tag_ in _QUOTE_TAGS or (start > 0 and doc[start - 1].tag_ in _QUOTE_TAGS)


def _match(token: Token, family: str, patterns: PatternSet,
           candidates: Optional[Iterable[EventPattern]] = None) -> Optional[EventPattern]:
    if candidates is None:
        candidates = patterns.candidates(family, token.lemma_.lower())
    if not candidates and family != "verb" and token.tag_.startswith("VB"):
        candidates = patterns.candidates("verb", token.lemma_.lower())
    complements: dict[Optional[str], set[str]] = {}  # by preposition: patterns share them
    naming = family == "verb" and _names_a_thing(token)
    for pattern in candidates:  # most specific first
        if naming and pattern.governs == "demanded":
            continue  # "what it called a campaign of provocations on its border": a naming, no appeal
        if pattern.subject_of and not (token.dep_ in ("nsubj", "nsubjpass")
                                       and token.head.lemma_.lower() in pattern.subject_of):
            continue
        if pattern.subject and not patterns.expand(pattern.subject) & _doer_lemmas(token):
            continue
        if pattern.particle and not _has_particle(token, pattern.particle):
            continue
        crowd = _CROWD_CLASS in pattern.context
        if crowd and _gathers_an_object(token):
            continue
        if pattern.context and not _in_context(token, patterns.expand(pattern.context),
                                               armed_forces=_ARMED_FORCES_CLASS in pattern.context,
                                               on_the_doer=_LABOUR_CLASS in pattern.context, crowd=crowd):
            continue
        if pattern.prep and not _has_prep(token, pattern.prep):
            continue
        if pattern.phrase and not _phrase_follows(token, pattern.phrase):
            continue
        if pattern.object:
            wanted = patterns.expand(pattern.object)
            found = complements.get(pattern.prep)
            if found is None:
                found = complements[pattern.prep] = _complement_lemmas(token, family, pattern.prep)
            if _PRAISE_CLASS in pattern.object:  # praise is read off the label only, not the thing named
                if not (family == "verb" and _judged_by_its_label(token, pattern, patterns)):
                    continue
            elif not wanted & found and not (family == "noun" and wanted & _governor_complements(token, pattern, patterns)) \
                    and not (family == "verb" and _judged_by_its_label(token, pattern, patterns)):
                continue
        return pattern
    return None


def _doer_lemmas(verb: Token) -> set[str]:
    """The lemmas of what does a verb's act, with their compound and adjective modifiers: its subject,
    its passive agent, or what it happened "in" ("a car bomb killed", "was killed in a blast")."""
    doers = []
    for child in verb.children:
        if child.dep_ == "nsubj":
            doers.append(child)
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "in"):
            doers.extend(c for c in child.children if c.dep_ == "pobj")
    if not doers and (verb.dep_ == "conj" or (verb.dep_ == "advcl" and verb.tag_ == "VBG")):
        # "a bomb tore through the market, killing 20": the participle's doer is its clause's subject;
        # "broke through the lines and forced their way in": a joined verb's doer is the first one's
        doers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    # "thousands of protesters stormed": a count's doers are what it counts
    doers.extend(o for d in doers if d.lemma_.lower() in _COUNT_NOUNS
                 for p in d.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
    return {t.lemma_.lower() for d in doers for t in (d, *d.children) if t is d or t.dep_ in ("compound", "amod")}


def _match_as_its_verb(noun: Token, patterns: PatternSet) -> Optional[EventPattern]:
    """A pattern of the verb an act noun names, read on the noun when a support verb carries it
    ("ordered the closure of the markets" as "closed the markets"): the support verb's subject is the
    doer, the noun's "of" object what is acted on."""
    verb = ACT_NOUN_VERBS.get(noun.lemma_.lower())
    # the noun is the support verb's object ("announced the closure"), not a phrase hung on it
    # ("acted after the closure")
    carried = noun.dep_ in ("dobj", "nsubjpass", "attr", "oprd") or (noun.dep_ == "pobj" and noun.head.lower_ == "to")
    if verb is None or not carried or _governor(noun, patterns) is None:
        return None
    lemma, particle = verb
    candidates = [_as_noun_pattern(p) for p in patterns.candidates("verb", lemma)
                  if p.particle == particle and not (p.prep or p.phrase or p.subject_of or p.subject)]
    return _match(noun, "noun", patterns, candidates) if candidates else None


# "their imprisonment": a possessive with a support verb's subject beside it is the one acted on
_VERB_ROLES_ON_THE_NOUN = {"subj": ("prep:by", "gov_subj", "poss"), "obj": ("of", "poss")}


@lru_cache(maxsize=None)
def _as_noun_pattern(pattern: EventPattern) -> EventPattern:
    """A verb pattern read on the verb's act noun: its subject is the noun's support verb's subject,
    its object the noun's "of" object; roles the noun cannot fill are left out."""
    def on_the_noun(roles: tuple[str, ...], default: str) -> tuple[str, ...]:
        mapped = [r for role in (roles or (default,)) for r in _VERB_ROLES_ON_THE_NOUN.get(role, (role,))
                  if not r.startswith("obj_")]
        return tuple(dict.fromkeys(mapped))
    return pattern.model_copy(update={"pos": "noun", "particle": None,
                                      "source_role": on_the_noun(pattern.source_role, "subj"),
                                      "target_role": on_the_noun(pattern.target_role, "obj")})


def _governor_complements(noun: Token, pattern: EventPattern, patterns: PatternSet) -> set[str]:
    """Lemmas of the objects of the prepositions a noun pattern reads on the noun's support verb
    (its gov_prep roles): "expressed deep sorrow over the expulsion", "over" hung on "expressed"."""
    preps = {role.removeprefix("gov_prep:") for role in (*pattern.source_role, *pattern.target_role) if role.startswith("gov_prep:")}
    governor = _governor(noun, patterns) if preps else None
    if governor is None:
        return set()
    return {o.lemma_.lower() for prep in preps for o in _prep_objects(governor, prep)}


# ---------------------------------------------------------------------------------------------
# Sides


def _resolve_relative(token: Token) -> Token:
    """'which' / 'who' in a relative clause stands for the noun the clause hangs on."""
    if _index_of(token).lowers[token.i] in _RELATIVE_PRONOUNS:
        clause = token.head
        if clause.dep_ == "advcl" and token.lower_ in _WH_RELATIVES:  # ", which has appealed" misparsed
            return _noun_just_before(token) or token
        while clause.dep_ not in ("relcl", "ROOT") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "relcl":
            if clause.head.pos_ not in _ANTECEDENT_POS:
                return _noun_just_before(token) or clause.head
            # "a row over an engineer whom X accuse of spying": "who" tells of the person named just
            # before it, though the parser hung the clause on the phrase around that name
            nearest = token.doc[token.i - 1] if token.lower_ in _PERSONAL_RELATIVES and token.i > 0 else None
            if nearest is not None and nearest.i != clause.head.i and _names_people(nearest) \
                    and dominates(_index_of(token).heads, clause.head.i, nearest.i):
                return nearest
            return clause.head
    return token


_ANTECEDENT_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_WH_RELATIVES = frozenset({"which", "who"})
_PERSONAL_RELATIVES = frozenset({"who", "whom"})


def _names_people(token: Token) -> bool:
    """Whether a noun may name a person or people: a person's name or a common noun that is no place
    nor body ("an engineer whom"; not "the embassy in Nairobi who", "an official at the ministry who")."""
    if token.pos_ == "PROPN":
        return token.ent_type_ == "PERSON"
    if token.pos_ != "NOUN" or token.ent_type_ in ("GPE", "LOC", "FAC", "ORG") or token.lower_ in _PLACE_NOUN_WORDS:
        return False
    role = get_role_lexicon().sector_of(token.lemma_.lower())
    return role is None or role.person  # an engineer, a minister; not a ministry


def _noun_just_before(pronoun: Token) -> Optional[Token]:
    """"according to the agency (OCHA), which has appealed": a relative clause the parse hangs on a
    word that names no one stands for the noun written just before its pronoun."""
    i = pronoun.i - 1
    doc = pronoun.doc
    while i >= pronoun.sent.start and doc[i].is_punct:
        i -= 1
    if i < pronoun.sent.start or i == pronoun.i - 1 or doc[i].pos_ not in ("NOUN", "PROPN"):
        return None  # a comma or bracket sets the clause off the noun it tells of
    return doc[i]


def _is_passive(verb: Token) -> bool:
    return _has_child(verb, *_PASSIVE_SUBJ, "auxpass")


def _blameless_harm(noun: Token) -> bool:
    """Whether a subject of "killed" is a harm with no one behind it: "the epidemic", "an outbreak
    of measles", not "an outbreak of fighting between the army and the rebels"."""
    lemma = noun.lemma_.lower()
    if lemma not in _BLAMELESS_HARMS and lemma not in _OUTBREAKS:
        return False
    if lemma not in _OUTBREAKS:
        return True
    what = _prep_objects(noun, "of")
    return all(o.lemma_.lower() in _BLAMELESS_HARMS for o in what) if what else lemma in _BLAMELESS_HARMS


def _in_an_accident(verb: Token) -> bool:
    """"killed in a plane crash", "an outbreak has killed 47 people": a death by accident or
    disease, not an act of anyone's."""
    subjects = _children(verb, *_SUBJ)
    if subjects:
        return all(_blameless_harm(s) for s in subjects)
    return any(
        o.lemma_.lower() in _ACCIDENTS for p in _children(verb, "prep") if p.lower_ in ("in", "during")
        for o in _children(p, "pobj"))


def _interview_question(verb: Token) -> bool:
    """"when asked about the timing": a reporter's question, not an appeal."""
    return verb.lemma_.lower() == "ask" and not _has_child(verb, *_SUBJ) \
        and (verb.tag_ == "VBN" or _has_child(verb, "auxpass")) and not _prep_objects(verb, "by")


def _reduced_passive(verb: Token) -> bool:
    """A headline's passive without its auxiliary ("Activists convicted of ..."): a past participle
    heading its clause, with a subject but no auxiliary and no object."""
    return (verb.tag_ == "VBN" and verb.dep_ == "ROOT" or _passive_run_on(verb) is not None) \
        and verb.lemma_.lower() in _ONLY_TRANSITIVE \
        and _has_child(verb, "nsubj") and not _has_child(verb, "aux", "auxpass", "dobj")


def _passive_run_on(verb: Token) -> Optional[Token]:
    """The sentence's real verb when the parser read a reduced relative as the main verb: "The men
    arrested for X were released by Y" parsed as "arrested" with the passive "were released"
    conjoined without a coordinator and without a subject of its own."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "ROOT":
        return None
    for conj in _children(verb, "conj"):
        if _has_child(conj, "auxpass") and not _has_child(conj, *_SUBJ, *_PASSIVE_SUBJ) \
                and not any(c.dep_ == "cc" and verb.i < c.i < conj.i for c in verb.children):
            return conj
    return None


def _children(token: Token, *deps: str) -> list[Token]:
    index = _index_of(token)
    doc, dep_of = index.doc, index.deps
    return [doc[c] for c in index.kids[token.i] if dep_of[c] in deps]


def _prep_objects(token: Token, prep: str) -> list[Token]:
    index = _index_of(token)
    kids, deps, lowers, doc = index.kids, index.deps, index.lowers, index.doc
    out: list[Token] = []
    for child in kids[token.i]:
        if deps[child] in _PREP_DEPS and lowers[child] == prep:
            out.extend(doc[c] for c in kids[child] if deps[c] in ("pobj", "pcomp"))
            # "with Latvia and with NATO": the repeated preposition is a conjunct of the first
            out.extend(doc[c] for again in kids[child] if deps[again] == "conj" and lowers[again] == prep
                       for c in kids[again] if deps[c] == "pobj")
    if out and deps[token.i] == "pobj":  # "in contact with X and with Y", the second hung on "in"
        out.extend(doc[c] for again in kids[index.heads[token.i]] if deps[again] == "conj" and lowers[again] == prep
                   for c in kids[again] if deps[c] == "pobj")
    return out


# Verbs whose object does the act of the "to" clause that follows ("pushed the US to launch strikes"),
# which the parser often hangs on them as an adverbial clause; after other verbs the clause is the
# subject's purpose ("summoned the envoy to demand an apology").
_OBJECT_CONTROL_VERBS = get_words().events.object_control_verbs
_FIRM_OBJECT_CONTROL_VERBS = get_words().events.firm_object_control_verbs
# a place object that is no state is where the act starts from or goes to, never its doer ("crossed
# the border to attack", "left the compound to meet"); a state one is ("pushed the US to strike")
_PLACE_ENTS = frozenset({"LOC", "FAC"})


# Verbs of asking and commanding whose addressee a translation from Spanish or French gives with "to"
# ("asked to the parties to respect", "ordered to the police to end"), as "pedir a", "exiger de" do.
_ADDRESSING_VERBS = _OBJECT_CONTROL_VERBS | frozenset({"demand", "call", "request", "exhort", "recommend", "beg",
                                                       "implore", "appeal", "instruct", "command"})


def _addressee_before_clause(verb: Token) -> list[Token]:
    """The "to" phrase of an asking verb with no object when a "to" clause follows it: "asked to
    the parties to respect the truce" asks the parties (not a place moved to: "moved to Kabul to")."""
    if _index_of(verb).lemmas[verb.i] not in _ADDRESSING_VERBS or _children(verb, "dobj"):
        return []
    clauses = [c for c in _children(verb, "xcomp", "advcl", "ccomp") if any(a.lower_ == "to" for a in _children(c, "aux"))]
    return [o for p in _children(verb, "prep", "dative") if p.lower_ == "to"
            for o in _children(p, "pobj") if o.pos_ in ("NOUN", "PROPN", "PRON")
            and any(c.i > o.i for c in clauses)][:1]


# Verbs whose object is the means of the "to" clause after them, not its doer ("used tear gas to
# disperse the crowd": whoever used it disperses).
_INSTRUMENT_VERBS = frozenset({"use", "employ", "utilize", "utilise", "wield"})


# Prepositions of the reason an object is blamed or praised for ("accused X of ...", "blamed X for ...").
_REASON_PREPS = frozenset({"of", "for"})


def _subject(verb: Token, depth: int = 0) -> list[Token]:
    """Who does the act: the active subject, the passive 'by' agent, or the controller."""
    if depth > 4:
        return []
    if _is_passive(verb) or _reduced_passive(verb):
        return _prep_objects(verb, "by")
    doer = _misread_modifier_doer(verb)
    if doer is None:
        doer = _misread_clause_doer(verb)
    if doer is not None:
        return [doer]
    found = _subject_read_as_apposition(verb) or _children(verb, *_SUBJ)
    if len(found) > 1:
        found = _without_split_modifiers(found)
    if found:
        return found
    if _headline_verb_read_as_noun(verb):  # "Jordan summons envoy": the name before the verb
        return [c for c in _children(verb, "compound") if c.i < verb.i][-1:]
    first = _headline_first_act(verb)
    if first is not None:  # "X recalls envoy, accuses Y of ...": both acts are X's
        return _children(first, *_SUBJ)
    if verb.dep_ in ("acomp", "attr") and verb.head.i != verb.i:
        return _subject(verb.head, depth + 1)
    head = verb.head
    if head.i == verb.i:
        return []
    if verb.dep_ == "xcomp":
        if _is_passive(head):  # "Tehran is obliged to reduce": the passive subject is controlled
            return _children(head, *_PASSIVE_SUBJ)
        # "used water cannon to break up the rally", "summoned the envoy to demand an apology": a "to"
        # clause after a verb of no object control is the subject's purpose, done by the subject
        lemma = _index_of(head).lemmas[head.i]
        purpose = lemma not in _OBJECT_CONTROL_VERBS and _has_child(verb, "aux", lower="to")
        objects = [o for o in _children(head, "dobj") if o.ent_type_ not in _PLACE_ENTS] \
            if lemma not in _INSTRUMENT_VERBS and not purpose else []
        return objects or _addressee_before_clause(head) or _subject(head, depth + 1)
    if verb.dep_ == "pcomp" and head.pos_ == "ADP" and head.head.i != head.i:
        owner = head.head
        gapped = _gapped_object_of(head)
        if gapped is not None:  # "accused X of lying and Y of cheating": Y cheated
            return [gapped]
        if head.lower_ in _REASON_PREPS:
            if owner.dep_ == "dobj" and owner.head.lemma_.lower() in _ACCUSING_VERBS:
                return [owner]  # "accused the rebels of shelling", the phrase hung on "the rebels"
            blamed = _blamed_party(owner)
            if blamed:  # "sanctions against X for selling arms", "accused X of shelling": X did it
                return blamed
        if _is_passive(owner) and not _prep_objects(owner, "by"):
            # "companies that were involved in supplying arms", "he was arrested for spying"
            return _children(owner, *_PASSIVE_SUBJ)
        # "claimed responsibility for targeting", "by selling": the clause the phrase hangs on
        if owner.pos_ in ("VERB", "AUX"):
            return _subject(owner, depth + 1)
        if owner.pos_ in ("NOUN", "PROPN"):
            return _children(owner, "poss") or _governor_subject(owner)
    if verb.dep_ == "advcl" and head.lemma_.lower() in _FIRM_OBJECT_CONTROL_VERBS \
            and any(a.lower_ == "to" for a in _children(verb, "aux")):
        # "pushed the US to launch strikes": the US launches them
        objects = [o for o in _children(head, "dobj") if o.ent_type_ not in _PLACE_ENTS]
        if objects:
            return objects
    teller_verb = _teller_conjunct(verb)
    if teller_verb is not None:  # "said X had attacked and blamed Y": the teller blamed Y
        return _subject(teller_verb, depth + 1)
    governor = _conjunct_of_the_governor(_index_of(verb), verb.i) if verb.dep_ == "conj" else None
    if governor is not None:  # "urged X to stop and offered to help": the urger offered
        return _subject(governor, depth + 1)
    if verb.dep_ == "conj" and verb.tag_ in _FINITE_ACTIVE_TAGS and _is_passive(head):
        # "X was received by Y and held talks with Z": the finite active verb shares the passive's
        # subject, X; only a bare participle shares its auxiliary and agent ("was arrested by Y and charged")
        return _children(head, *_PASSIVE_SUBJ)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "xcomp" and head.head.i != head.i \
            and any(t.text == "," for t in verb.doc[head.i + 1:verb.i]):
        # "ordered the diplomat to leave, accusing him of ...": a participle set off after an
        # infinitive the object controls is the ordering doer's, not the object's
        return _subject(head.head, depth + 1)
    if verb.dep_ in ("conj", "advcl"):
        return _subject(head, depth + 1)
    if verb.dep_ == "relcl":
        return [head]
    if verb.dep_ == "acl":
        if verb.tag_ == "VBN":  # "talks hosted by Oman": the agent, if named
            return _prep_objects(verb, "by")
        if verb.tag_ == "VBG" and head.pos_ == "PROPN":  # "the minister, speaking by phone with X,": the minister
            return [head]
        if head.pos_ in ("NOUN", "PROPN"):  # "the decision to expel": the decider
            owner = _children(head, "poss") + [a for a in _children(head, "amod", "compound") if a.ent_type_]
            # "the decision of the EU to add": a named party the decision is "of"
            owner = owner or [o for o in _prep_objects(head, "of") if o.ent_type_ in _PARTY_ENTS]
            return owner or _governor_subject(head)
    return []


def _without_split_modifiers(subjects: list[Token]) -> list[Token]:
    """Subjects less an adjective the parser made a subject of its own right before another one
    ("Sudan's paramilitary Rapid Support Forces stormed ...", read with "paramilitary" and "Forces"
    both subjects): one phrase, named by the noun."""
    starts = {s.left_edge.i for s in subjects}
    return [s for s in subjects if not (s.tag_ == "JJ" and s.right_edge.i + 1 in starts)]


def _subject_read_as_apposition(verb: Token) -> list[Token]:
    """"In Addis Ababa, AU Commission Chairperson X called on ...", parsed with the name an
    apposition of the fronted place (the object of "In", or read as the verb's subject): a name
    right before the verb, after the comma closing a phrase fronted before it, is the verb's subject."""
    fronted_preps = [p for p in _children(verb, "prep") if p.i < verb.i]
    if not fronted_preps:
        return []
    places = [o for p in fronted_preps for o in _children(p, "pobj")]
    places += [s for p in fronted_preps if not _children(p, "pobj")
               for s in _children(verb, "nsubj") if s.left_edge.i == p.i + 1]
    return [a for o in places for a in _children(o, "appos") if a.right_edge.i == verb.i - 1
            and a.pos_ == "PROPN" and a.left_edge.i > 0 and verb.doc[a.left_edge.i - 1].text == ","][:1]


def _headline_first_act(verb: Token) -> Optional[Token]:
    """The first of two present-tense acts a headline strings with a comma ("X recalls envoy,
    accuses Y"), parsed as a clause told by the second verb, which then has no subject of its own."""
    if verb.tag_ != "VBZ" or verb.dep_ != "ROOT":
        return None
    for first in _children(verb, "ccomp"):
        if first.i < verb.i and first.tag_ == "VBZ" and verb.doc[verb.i - 1].lower_ == "," \
                and first.right_edge.i == verb.i - 2 and _children(first, *_SUBJ):
            return first
    return None


_PERFECT_OR_PROGRESSIVE = frozenset({"have", "be"})
_FINITE_ACTIVE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_CONSULT_ROOT = "04"
_HYPHENS = frozenset({"-", "‐", "‑"})


def _teller_conjunct(verb: Token) -> Optional[Token]:
    """The reporting verb a past-tense conjunct of its reported clause really continues.

    "said Warsaw was blaming Russia and threatened a response", "denied that the army had attacked
    and blamed the rebels": a simple past cannot share the reported verb's "was", so it is the
    teller's own second act, parsed into the reported clause; after a "had" only a verb of what a
    teller goes on to say is ("had pursued the attackers and killed 20": the reported subject
    killed, the regular past read as the participle "had" governs). An accusation joined to a denied clause
    is the denier's counter-accusation whatever the clause's tense ("denied that the group was involved
    and accused the army of staging the attacks")."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or _children(verb, "aux", "auxpass", *_SUBJ):
        return None
    first = verb.head
    if first.dep_ != "ccomp":
        return None
    teller = first.head
    cue = get_patterns().modality_cues.get(teller.lemma_.lower())
    if teller.pos_ != "VERB" or cue not in ("reported", "denied"):
        return None
    # "said the extension breaks the order and asked Bangui to ...": a speech act joined to a present
    # the teller's past tense reports goes with the teller; a past deed ("... controls the road and
    # killed three farmers") stays the reported subject's
    present = first.tag_ in ("VBZ", "VBP") and teller.tag_ == "VBD" \
        and verb.lemma_.lower() in _TELLER_SPEECH_VERBS
    if _describes_a_thing(first) or present:
        return teller
    auxiliaries = {a.lemma_.lower() for a in _children(first, "aux")}
    if first.tag_ in ("VBN", "VBG") and auxiliaries & _PERFECT_OR_PROGRESSIVE:
        # "had pursued the attackers and killed 20": a regular past is also the participle "had" governs,
        # so only what a teller goes on to say is the teller's ("had struck the camp and urged calm")
        perfect = first.tag_ == "VBN" and "have" in auxiliaries
        if not perfect or verb.lemma_.lower() in _TELLER_FOLLOW_UP_VERBS:
            return teller
    return teller if cue == "denied" and verb.lemma_.lower() in _ACCUSING_VERBS else None


def _describes_a_thing(clause: Token) -> bool:
    """Whether a reported clause only says what a thing is like ("the soldiers' injuries were not
    serious", "the attack was unacceptable"): a thing, someone's or an act, cannot go on to demand
    or call for anything, so a simple past joined to it is the teller's."""
    if clause.lemma_.lower() != "be":
        return False
    subjects = _children(clause, "nsubj")
    if len(subjects) != 1 or subjects[0].pos_ != "NOUN" or subjects[0].ent_type_:
        return False
    thing = subjects[0]
    return bool(_children(thing, "poss")) or bool(get_patterns().candidates("noun", thing.lemma_.lower()))


def _no_prep_between(token: Token, top: Token) -> bool:
    """Whether the path up from `token` to `top` passes through no other preposition ("arms worth
    $5 million to X", not "smuggling along the border with X")."""
    node = token.head
    while node.i != top.i:
        if node.dep_ == "prep" or node.head.i == node.i:
            return False
        node = node.head
    return True


def _blamed_party(owner: Token) -> list[Token]:
    """The party a reason clause ("for selling arms", "of shelling") is held against: the named
    object of the verb it hangs on, or what the act is aimed "against" or "on"."""
    named = [d for d in _children(owner, "dobj") if d.pos_ == "PROPN" or d.ent_type_ in _PARTY_ENTS]
    if named:
        return named
    holders = [owner] + ([owner.head] if owner.dep_ == "dobj" else [])
    return [o for h in holders for p in _children(h, "prep") if p.lower_ in ("against", "on")
            for o in _children(p, "pobj")]


_ACCUSING_VERBS = get_words().events.accusing_verbs
_TELLER_FOLLOW_UP_VERBS = get_words().events.teller_follow_up_verbs
# the speech acts a teller goes on to, parsed as a conjunct of the clause he reports
_TELLER_SPEECH_VERBS = _ADDRESSING_VERBS | _ACCUSING_VERBS


def _accusation_over(noun: Token) -> Optional[tuple[Token, list[Token]]]:
    """(accusing verb, accused) when an act noun is what someone is accused of: "accused X of
    the attack", "blamed X for the bombing", "blamed the bombing on X"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in _REASON_PREPS and head.dep_ == "prep" \
            and head.head.pos_ == "VERB" and head.head.lemma_.lower() in _ACCUSING_VERBS:
        accused = [d for d in _children(head.head, "dobj") if d.i != noun.i]
        return (head.head, accused) if accused else None
    gapped = _gapped_object_of(head) if noun.dep_ == "pobj" else None
    if gapped is not None:  # "blamed X for the raid and Y for the siege": the siege is Y's
        verb = next((v for v in gapped.ancestors if v.pos_ == "VERB"
                     and v.lemma_.lower() in _ACCUSING_VERBS), None)
        return (verb, [gapped]) if verb is not None else None
    if noun.dep_ == "dobj" and head.lemma_.lower() == "blame":
        accused = _prep_objects(head, "on")
        return (head, accused) if accused else None
    return None


def _blamed_act_told_before(noun: Token) -> bool:
    """A definite act noun someone is blamed for or accused of ("blamed the militia for the attack",
    "accused the council of the seizure of the bank"): "the" takes up an act the story told before,
    so the blame is the event, not a new report of the act with the blamed party as its doer.
    A bare noun ("blames X for cyberattack", a headline's) tells the act itself, and so do parties
    blaming each other ("A and B blamed each other for the shelling": each one's act on the other)."""
    accusation = _accusation_over(noun)
    if accusation is None or not any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in noun.children):
        return False
    return not any(a.lower_ in ("other", "another") for a in accusation[1])


def _judge(verb: Token) -> Optional[Token]:
    """The court whose ruling the act is told under ("the court ruled that X had violated ..."), if any."""
    clause = verb
    for _ in range(3):
        if clause.dep_ not in ("ccomp", "conj") or clause.head.i == clause.i:
            return None
        clause = clause.head
        if clause.pos_ == "VERB" and clause.lemma_.lower() in _RULING_VERBS:
            subjects = _children(clause, *_SUBJ)
            if subjects and (subjects[0].lemma_.lower() in _JUDGING_ROLES or any(
                    c.lemma_.lower() in _JUDGING_ROLES for c in subjects[0].subtree)):
                return subjects[0]
            return None
    return None


def _alleged_in_an_accusation(verb: Token) -> bool:
    """"accused X of shelling Y (and of blocking Z)", "convicted of financing protests": the acts are
    what the accusation or charge alleges; the accusation is the event, not the acts."""
    clause = verb
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head  # "of shelling Y and blocking Z", "of planning to storm Y"
    if clause.dep_ in ("xcomp", "advcl") and _has_child(clause, "aux", lower="to") \
            and clause.head.lemma_.lower() in _ACCUSING_VERBS and _children(clause.head, "dobj"):
        return True  # "accusing Rwanda to support the rebels": the charge told with an infinitive
    if clause.dep_ != "pcomp" or clause.head.lower_ not in ("of", "for", "with"):
        return False
    prep = clause.head
    while prep.dep_ == "conj" and prep.head.pos_ == "ADP" and prep.head.i != prep.i:  # "of X and of Y"
        prep = prep.head
    if prep.head.lemma_.lower() in _ALLEGING_VERBS:
        return True
    # the phrase hung on the accused ("accused the rebels of shelling") or on a second accused
    # with the verb left out ("accused X of lying and Y of cheating")
    gapped = _gapped_object_of(prep)
    if gapped is not None:
        return any(v.pos_ == "VERB" and v.lemma_.lower() in _ALLEGING_VERBS for v in gapped.ancestors)
    return prep.head.dep_ == "dobj" and prep.head.head.lemma_.lower() in _ALLEGING_VERBS


_ALLEGING_VERBS = _ACCUSING_VERBS | get_words().events.penal_verbs  # "convicted of financing protests": the charge
_CLAIMING_VERBS = get_words().events.claiming_verbs
_CLAIMED_NOUNS = get_words().events.claimed_nouns


def _claimed_act_owner(verb: Token) -> list[Token]:
    """The acts a verb claims ("claimed responsibility for the attack"), each an act noun."""
    if verb.lemma_.lower() not in _CLAIMING_VERBS:
        return []
    return [act for obj in _children(verb, "dobj") if obj.lemma_.lower() in _CLAIMED_NOUNS
            for act in _prep_objects(obj, "for")]


def _claimant(noun: Token) -> list[Token]:
    """Who claims an act noun as their own ("X claimed responsibility for the attack"): its doer."""
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if holder is None or holder.lemma_.lower() not in _CLAIMED_NOUNS or holder.dep_ != "dobj":
        return []
    verb = holder.head
    return _subject(verb) if verb.lemma_.lower() in _CLAIMING_VERBS else []


def verb_only_lemmas(nlp) -> frozenset[str]:
    """Lemmas the pipeline's lexicon has as verbs but not as nouns ("enter", "arrive", "send"),
    read from its rule lemmatizer's tables (empty without one): a plural-noun tag on one of them
    is a misread verb. `find_events` takes them as an argument."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(index.get("verb", ())) - frozenset(index.get("noun", ()))


def _verb_read_as_plural_subject(before: Token, verb: Token) -> bool:
    """"Aid convoy enters besieged city", tagged with "enters" a plural noun subject of
    "besieged": a word in -s the lexicon knows only as a verb, after a singular noun, is the
    headline's verb ("Police officers killed ..." keeps its subject: "officer" is a noun)."""
    lower = before.lower_
    verbs_only = _index_of(before).verb_only_lemmas
    return (before.tag_ == "NNS" and before.head.i == verb.i and before.dep_ == "nsubj"
            and lower.endswith("s") and before.i > 0 and before.doc[before.i - 1].tag_ in ("NN", "NNP")
            and (lower[:-1] in verbs_only or (lower.endswith("es") and lower[:-2] in verbs_only)))


def _participle_under_a_verb_subject(verb: Token) -> bool:
    """Whether a past form is an adjective of the noun after it ("the besieged city"), also where
    the parser read it as a verb of its own right after the real verb: "convoy reaches besieged
    city", parsed with "reaches" the subject of "besieged", or with "besieged" a complement of
    "reaches" taking "city" as object."""
    if verb.tag_ not in ("VBD", "VBN") or verb.i == 0:
        return False
    if verb.dep_ == "amod" and verb.i < verb.head.i:  # "reaches the besieged city"
        return _misread_modifier_doer(verb) is None
    before = verb.doc[verb.i - 1]
    if _verb_read_as_plural_subject(before, verb):
        return True
    if before.tag_ not in ("VBZ", "VBP", "VBD") or before.pos_ != "VERB":
        return False
    if before.head.i == verb.i and before.dep_ in ("nsubj", "csubj"):
        return True
    return verb.dep_ == "xcomp" and verb.head.i == before.i and _has_child(verb, "dobj") \
        and not _has_child(verb, "aux", "auxpass")


def _misread_modifier_doer(verb: Token) -> Optional[Token]:
    """The subject of a finite verb the parser read as a modifier of its object.

    "A court on Thursday sentenced journalist X to ...", parsed as a verbless sentence headed by
    "court" with "sentenced" an adjective of "journalist": a past form of a verb that always takes
    an object, with no determiner before it and the sentence's head a noun before it, is the
    sentence's verb, and that noun its subject."""
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in _ONLY_TRANSITIVE:
        return None
    root = _index_of(verb).sentence_of(verb.i).root
    if root.pos_ not in ("NOUN", "PROPN") or root.i >= verb.i or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ in ("DET", "ADJ", "NUM", "ADV") or before.dep_ == "poss" or before.head.i == verb.head.i:
        return None
    return root


def _misread_clause_doer(verb: Token) -> Optional[Token]:
    """The subject of a sentence's verb the parser hung on its subject as a reduced relative.

    "Brazil, which borders both countries, offered to host talks", parsed as a verbless sentence
    headed by "Brazil" with "offered" a participle modifying it: a past form after a comma, with no
    "by" agent, under the noun heading the sentence (or its apposition) is the sentence's verb."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.i == 0 or verb.doc[verb.i - 1].lower_ != ",":
        return None
    head = verb.head
    if head.dep_ == "appos" and head.head.dep_ == "ROOT":
        head = head.head
    # "The head of X, Y, condemned in a post any attempt to ...", parsed with the noun after the
    # verb as the verbless sentence's head and the real subject as its subject
    subject_of_a_noun = head.dep_ == "nsubj" and head.head.dep_ == "ROOT" and head.head.pos_ == "NOUN" \
        and head.head.i > verb.i
    if (head.dep_ != "ROOT" and not subject_of_a_noun) or head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i \
            or _prep_objects(verb, "by"):
        return None
    return head


def _object(verb: Token) -> list[Token]:
    if _is_passive(verb):
        misparsed = _misparsed_passive_patients(verb)
        if misparsed:  # "The men arrested for X were released by Y": the men
            return misparsed
        found = _children(verb, *_PASSIVE_SUBJ)
        if not found and verb.dep_ == "xcomp" and _is_passive(verb.head):
            # "X were reported to have been attacked by Y": the subject raised to the telling verb
            return _children(verb.head, *_PASSIVE_SUBJ)
        return found
    if _misread_modifier_doer(verb) is not None:  # "sentenced journalist X": X, the phrase's head
        head = verb.head
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        return [head]
    if _reduced_passive(verb):
        return _children(verb, "nsubj")
    if verb.lemma_.lower() in _NAMING_VERBS:  # 'called the faction "bandits"', the thing named hung on its label
        # (when the thing keeps its own words: in 'the British move "piracy"' they hang on the label too)
        found = [k for label in _children(verb, "oprd", "dobj") if _quoted_label(label)
                 for k in _thing_hung_on_label(label) if k.left_edge.i == label.left_edge.i]
        # 'called Pyongyang's operations "a criminal enterprise"': the thing, with its label beside it
        found = found or [o for o in _children(verb, "oprd") if not _children(verb, "dobj")
                          and any(_quoted_label(k) for k in _children(o, "appos"))]
        found = found or [k for label in _children(verb, "dobj") for k in _thing_before_bare_label(label)]
        if found:
            return found
    found = _children(verb, "dobj") or _addressee_before_clause(verb)
    if found:
        return found + _gapped_objects(verb)
    # a named object the parser took for an adverbial ("met Prime Minister X in Cairo")
    found = [c for c in verb.children if c.dep_ == "npadvmod" and c.i > verb.i and c.pos_ == "PROPN"
             and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")]
    if found:
        return found
    # an object set off by an inserted phrase ("detained, according to X, eleven activists"), which
    # the parser hangs on the verb as an adverbial noun
    found = [c for c in _children(verb, "npadvmod", "dep") if c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
             and not _only_time(c) and c.ent_type_ not in _TIME_ENTS
             and any(p.dep_ == "punct" and p.lower_ == "," and verb.i < p.i < c.i and p.i == c.left_edge.i - 1
                     for p in verb.children)]
    if found:
        return found[:1]
    # an object counted by "up to" that the parser took for a particle ("kidnapped up to 16 advisers")
    found = [n for up in _children(verb, "prt") if up.lower_ == "up"
             for to in _children(up, "prep") + _children(verb, "prep") if to.lower_ == "to" and to.i == up.i + 1
             for n in _children(to, "pobj") if _children(n, "nummod")]
    if found:
        return found
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and _misread_clause_doer(verb) is None:
        return [verb.head]  # "the embassy targeted by ..."
    if verb.dep_ == "relcl" and not _children(verb, *_SUBJ):
        return [verb.head]
    return []


def _gapped_objects(verb: Token) -> list[Token]:
    """The objects of a second conjunct that leaves out its verb ("accused X of lying and Y of
    cheating", "blamed X for the raid and Y for the siege"): nouns joined by a conjunction and
    followed by a phrase of the preposition the verb's own reason phrase has. The parser hangs
    them on the verb or, as conjuncts, on a noun inside the first reason phrase."""
    objects = _children(verb, "dobj")
    preps = [p for h in [verb, *objects] for p in _children(h, "prep") if p.lower_ in _REASON_PREPS]
    if not preps:
        return []
    words = {p.lower_ for p in preps}
    found = [c for c in _children(verb, "conj") if c.pos_ in ("NOUN", "PROPN")
             and any(p.lower_ in words for p in _children(c, "prep"))]
    doc = verb.doc
    for prep in preps:
        for noun in prep.subtree:
            if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            after = noun.right_edge.i + 1
            own = [p for p in _children(noun, "prep") if p.lower_ == prep.lower_]
            if own or (after < len(doc) and doc[after].dep_ == "prep" and doc[after].lower_ == prep.lower_):
                reason = own[0] if own else doc[after]
                if _has_child(reason, "pcomp", "pobj"):
                    found.append(noun)
    return found


def _gapped_object_of(prep: Token) -> Optional[Token]:
    """The noun a reason phrase belongs to in a verbless second conjunct ("and Y of cheating"): Y."""
    if prep.lower_ not in _REASON_PREPS or prep.i == 0:
        return None
    for noun in (prep.head, prep.doc[prep.i - 1]):
        if noun.dep_ == "conj" and noun.pos_ in ("NOUN", "PROPN") and _is_gapped_object(noun):
            return noun
    return None


def _is_gapped_object(noun: Token) -> bool:
    """Whether a conjoined noun is the object of a verbless second conjunct (see `_gapped_objects`)."""
    return noun.i in _index_of(noun).gapped_objects()


def _background_participle(verb: Token) -> bool:
    """A past participle that modifies a noun with no "by" agent ("officials accused of graft", "a man
    suspected of fraud", with no comma before it): a past act told to describe someone, whose doer
    the sentence does not give."""
    # set off by a comma ("expelled the envoy, accused of meddling") it tells why the main act was done
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.i > 0 and verb.doc[verb.i - 1].text != "," \
        and not any(c.dep_ == "agent" for c in verb.children)


def _is_support_verb(verb: Token, patterns: PatternSet) -> bool:
    """Whether `verb` is a support verb, also when the lemmatizer missed its base form ("staged"
    comes out as "stag")."""
    support = patterns.support_verbs
    if verb.lemma_.lower() in support:
        return True
    if verb.pos_ != "VERB":
        return False
    low = verb.lower_
    for suffix in _INFLECTIONS:
        if low.endswith(suffix):
            stem = low[:-len(suffix)]
            if stem in support or stem + "e" in support:
                return True
    return False


_INFLECTIONS = ("ing", "ed", "es", "d", "s")


def _governor(noun: Token, patterns: PatternSet) -> Optional[Token]:
    """The support verb a noun trigger is the object of ('launched an attack')."""
    if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
        noun = noun.head  # "sent warning messages": the phrase's head stands in the clause
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "attr", "oprd") and _is_support_verb(head, patterns):
        return head
    if noun.dep_ == "pobj" and head.head.pos_ == "VERB" and head.lower_ not in _TIME_FRAME_PREPS \
            and _is_support_verb(head.head, patterns):
        return head.head  # "took part in the talks"; "imposed a curfew after the riots" frames a time
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in _PROCEEDING_VERBS:
        return head.head  # "proceeded to the arrest of": the translated French "procéder à"
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _FRAME_NOUNS \
            and head.head.dep_ in ("dobj", "nsubjpass") and _is_support_verb(head.head.head, patterns):
        return head.head.head  # "held a new round of talks", "launched a wave of strikes": the frame's verb
    return None


_PROCEEDING_VERBS = frozenset({"proceed"})
# Prepositions whose noun sets the time or the cause of the clause's act, not an act its verb does
_TIME_FRAME_PREPS = get_words().events.time_frame_preps


def _governor_subject(noun: Token) -> list[Token]:
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass", "attr") and head.pos_ in ("VERB", "AUX"):
        return _subject(head)
    return []


def _slot(token: Token, slot: str, family: str, patterns: PatternSet) -> list[Token]:
    """The head tokens filling one slot of the trigger, empty if the parse has none."""
    if slot == "subj":
        return _subject(token) if family != "noun" else []
    if slot == "obj":
        return _object(token) if family == "verb" else _children(token, "dobj")
    if slot == "iobj":
        return _children(token, "dative") if any(c.pos_ != "ADP" for c in _children(token, "dative")) \
            else _prep_objects(token, "to")
    if slot == "agent":
        return _prep_objects(token, "by")
    if slot == "poss":
        return _children(token, "poss")
    if slot == "attr_subj":  # "the sentence is a tragedy": what the predicate noun describes
        return _children(token.head, *_SUBJ) if token.dep_ in ("attr", "acomp") else []
    if slot == "obj_poss":  # "reduce its exports": the owner of what is acted on
        return [p for o in (_object(token) if family == "verb" else []) for p in _children(o, "poss")]
    if slot == "obj_holder":  # "regained the town held by X": who held what is taken back
        return [a for o in (_object(token) if family == "verb" else []) for w in o.subtree
                if w.dep_ == "acl" and w.lemma_.lower() in _HOLDING_PARTICIPLES for a in _prep_objects(w, "by")][:1]
    if slot == "fought_with":  # "retook the town after battles with X": whom the fighting was with
        return [f for p in _children(token, "prep") if p.lower_ in _SCENE_PREPS
                for fight in _children(p, "pobj") if fight.lemma_.lower() in _FIGHTING_NOUNS
                for f in _prep_objects(fight, "with") or _prep_objects(fight, "against")][:1]
    if slot == "obj_gpe":  # "renewed the mandate of its mission in Mali": the country the object serves
        objects = _object(token) if family == "verb" else []
        return [e.root for o in objects for e in token.doc.ents
                if e.label_ == "GPE" and o.left_edge.i <= e.start and e.end <= o.right_edge.i + 1][:1]
    if slot == "obj_origin":  # "banned the import of Georgian wine": the land the goods are named after
        return [w for o in (_object(token) if family == "verb" else []) for w in o.subtree
                if w.dep_ in ("amod", "compound") and w.ent_type_ in ("NORP", "GPE")][:1]
    if slot == "on_origin":  # "duties on Chinese steel", "on steel imported from X": where the goods come from
        return _goods_origin(token, family)
    if slot == "amod":
        return [c for c in _children(token, "amod") if c.ent_type_ in ("NORP", "GPE")]
    if slot == "compound":
        return [c for c in _children(token, "compound") if c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON")]
    if slot == "of":
        return _prep_objects(token, "of")
    if slot == "for_subj":  # "flew to Cairo for talks with X": who travels (or meets) to hold them
        head = token.head
        if token.dep_ == "pobj" and head.lower_ == "for" and head.dep_ == "prep" and head.head.pos_ == "VERB":
            return _subject(head.head)
        return []
    if slot == "between":
        return _prep_objects(token, "between")
    if slot == "purpose_obj":  # "fired shots to force the patrol back": whom the act's purpose acts on
        verb = token if family == "verb" else (token.head if token.dep_ == "dobj" else None)
        if verb is None:
            return []
        purposes = [c for c in _children(verb, "advcl", "xcomp") if any(a.lower_ == "to" for a in _children(c, "aux"))]
        # "to help the Philippines rebuild": parsed as the subject of the clause "help" governs
        return [o for c in purposes for o in (_object(c) or [s for cc in _children(c, "ccomp")
                                                             for s in _children(cc, "nsubj")])]
    if slot == "comp_subj":  # "wants Iran to release them": whom the wanted act is asked of
        clauses = [c for c in _children(token, "ccomp", "xcomp") if any(a.lower_ == "to" for a in _children(c, "aux"))]
        subjects = [s for c in clauses for s in _children(c, "nsubj")]
        # "expected Moscow to give", parsed as an object with an open complement: the object acts.
        # This assumes object control, true of every verb that takes the slot (want, expect,
        # tolerate); a subject-control verb ("promised voters to ...") must not take it
        return subjects or (_children(token, "dobj") if clauses and family == "verb" else [])
    if slot == "clause_subj":  # "alleged that Britain helped plan it": whom the that-clause is said of
        return [s for c in _children(token, "ccomp") for s in _children(c, "nsubj")]
    if slot == "passive_subj":  # "Ugandan troops were deployed": the forces moved, told with whose they are
        if family != "verb" or not _is_passive(token):
            return []
        return [s for s in _children(token, *_PASSIVE_SUBJ)
                if s.pos_ == "PROPN" or any(c.dep_ in _OWNED_FORCE_DEPS for c in s.children)]
    if slot == "label_compound":  # "declared two embassy staff persona non grata": the noun hung on the label
        return [c for label in _children(token, "ccomp", "dobj", "oprd") for c in _children(label, "compound")
                if c.i < label.i and c.pos_ in ("NOUN", "PROPN")][-1:]
    if slot == "pred_subj":  # "found him guilty", parsed as a clause "him guilty": whom it is said of
        return [s for c in _children(token, "ccomp", "oprd", "xcomp") if c.pos_ == "ADJ" for s in _children(c, "nsubj")]
    if slot == "claimed_target":  # "claimed responsibility for the attack on X": whom the act was aimed at
        return [t for act in _claimed_act_owner(token) for prep in ("on", "against")
                for t in _prep_objects(act, prep)][:1]
    if slot == "own_act_target":  # "X claimed (that) they had attacked Y": Y, of an armed act told as X's own
        force = patterns.expand(["@force"])
        return [t for c in _children(token, "ccomp") if c.lemma_.lower() in force
                and any(s.lower_ in _BOUND_PRONOUNS for s in _children(c, "nsubj"))
                for t in (_prep_objects(c, "at") or _prep_objects(c, "on") or _prep_objects(c, "against")
                          or _object(c))][:1]
    if slot == "drawn_by":  # "the veto drew criticism from X": the veto, whose doer the criticism is aimed at
        head = token.head
        if family == "noun" and token.dep_ == "dobj" and head.lemma_.lower() in _DRAWING_VERBS:
            return _subject(head)
        return []
    if slot == "accused_party":  # "X accused Y of shelling it and said it had retaliated": Y, whom it answers
        index = _index_of(token)
        sentence = index.sentence_of(token.i)
        return [index.doc[k] for i in range(sentence.start, sentence.end)
                if index.lemmas[i] in _ACCUSING_VERBS and index.pos[i] == VERB
                for k in index.kids[i] if index.deps[k] == "dobj"][:1]
    if slot == "urged_party":  # "said it was deeply concerned and urged X to ...": X, whom the feeling is about
        return _urged_party(token)
    if slot == "cause_subj":  # "X crossed the line, triggering warning shots": the act answers X
        for above in token.ancestors:
            if above.lemma_.lower() in _CAUSE_VERBS and above.dep_ in ("advcl", "xcomp", "conj"):
                return _subject(above.head)
            if above.pos_ == "VERB" and above.lemma_.lower() not in _CAUSE_VERBS:
                return []
        return []
    if slot == "answered_doer":  # "X threw stones, and police answered with tear gas": the act answers X
        return _answered_doer(token) if family == "verb" else []
    if slot == "joined_obj":  # "answered with tear gas and chased the crowd": the object of the act joined to it
        return _joined_object(token) if family == "verb" else []
    if slot.startswith("of_prep:"):  # "the rupture of relations with X": on what the noun acts on
        return _prep_objects(token, slot[8:]) or _prep_objects_of_patient(token, slot[8:])
    if slot.startswith("prep:"):
        prep = slot[5:]
        found = [o for o in _prep_objects(token, prep) if not _only_time(o)
                 and not (prep == "with" and o.lemma_.lower() in _WITNESS_NOUNS)]
        if not found and family == "verb":  # "sent a delegation to Iran": attached to the object
            for obj in _children(token, "dobj", "nsubjpass"):
                found.extend(_prep_objects(obj, prep))
            if not found:  # "sold arms worth $100 million to Taiwan": deeper in the object phrase
                for obj in _children(token, "dobj"):
                    found.extend(o for d in obj.subtree if d.dep_ == "prep" and d.lower_ == prep
                                 and d.i - obj.i <= 6 and _no_prep_between(d, obj) for o in _children(d, "pobj"))
        if not found and family == "verb":  # "pulled its troops out of X": the preposition hangs on the particle
            found = [o for p in _children(token, "prep", "prt", "advmod") if p.lower_ in _PARTICLE_WORDS
                     for inner in _children(p, "prep") if inner.lower_ == prep
                     for o in _children(inner, "pobj") if not _only_time(o)]
        if not found and family == "adj":  # "open to dialogue with X": attached to what one is open to
            found = [o for p in _children(token, "prep") for aim in _children(p, "pobj")
                     for o in _prep_objects(aim, prep) if not _only_time(o)]
        if not found and (family == "adj" or (prep == "with" and token.lemma_.lower() in _COMMISSIVE_HEADS)):
            found = _complement_act_targets(token, prep)  # "offered to resume talks with X"
        return found
    if slot == "summarised_subj":  # "X insisted they leave, a demand Y rejected": X, whose demand it was
        return _summarised_act_doer(token)
    if slot in ("relcl_subj", "relcl_target", "relcl_obj"):
        out: list[Token] = []
        for clause in _children(token, "relcl"):
            if clause.lemma_.lower() in _REJECTING_VERBS:
                continue  # "a request Washington refused": the clause's subject turned it down, not made it
            if slot == "relcl_subj":
                out += [s for s in _children(clause, *_SUBJ) if s.lower_ not in _RELATIVE_PRONOUNS]
            elif slot == "relcl_obj":
                if any(s.lower_ in _RELATIVE_PRONOUNS for s in _children(clause, *_SUBJ)):
                    out += _children(clause, "dobj")
            else:
                passive = [s for s in _children(clause, *_PASSIVE_SUBJ) if s.lower_ not in _RELATIVE_PRONOUNS]
                out += passive or _prep_objects(clause, "to") or _prep_objects(clause, "against")
        return out
    governor = _governor(token, patterns) if family == "noun" else None
    if governor is None:
        return []
    if slot == "gov_subj":
        return _subject(governor)
    if slot == "gov_obj":
        return [c for c in _children(governor, "dobj") if c.i != token.i]
    if slot.startswith("gov_prep:"):
        return [t for t in _prep_objects(governor, slot[9:]) if t.i != token.i]
    return []


# Subordinators of a clause that tells the act another act answers ("fired tear gas when students threw stones").
_ANSWERED_MARKS = get_words().events.answered_marks
_ANSWERED_CROWD_ACTS = get_words().events.answered_crowd_acts


def _answered_doer(verb: Token) -> list[Token]:
    """The doer of the act this one answers, told in the clause beside it: the subject of the verb
    it is joined to ("some threw stones, and officers answered with pepper spray") or of a clause
    hung on it by "when" or "after" ("fired tear gas when students threw stones"), when that act is
    a crowd's (words.yaml `answered_crowd_acts`). Empty when that subject is the act's own doer."""
    own = {t.i for t in _subject(verb)}
    clauses = [c for c in _children(verb, "advcl")
               if any(m.lower_ in _ANSWERED_MARKS for m in _children(c, "mark", "advmod"))]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        clauses.append(verb.head)
    # only a crowd's act is answered ("after the president arrived" tells a time, no one answered)
    return [s for c in clauses if c.lemma_.lower() in _ANSWERED_CROWD_ACTS
            for s in _subject(c) if s.i not in own][:1]


def _joined_object(verb: Token) -> list[Token]:
    """The object of a verb joined to this one with no subject of its own, so done by the same doer:
    "answered with tear gas and chased the crowd", "returned fire and pushed the attackers back"."""
    return [o for c in _children(verb, "conj") if c.pos_ == "VERB" and not _children(c, *_SUBJ)
            for o in _object(c)][:1]


# Modifiers that tell whose forces a passive subject names ("Ugandan troops", "riot police", "elements
# of the battalion"); bare "troops" could be anyone's.
_OWNED_FORCE_DEPS = frozenset({"amod", "compound", "poss", "prep", "appos"})


# Participles telling who holds a place ("the town held by X"), and the fighting a place was
# taken back in ("after battles with X").
_HOLDING_PARTICIPLES = get_words().events.holding_participles
_SCENE_PREPS = frozenset({"after", "following", "in", "during", "amid"})
_FIGHTING_NOUNS = get_words().events.fighting_nouns


# Participles telling where goods laid under a charge were brought from ("steel imported from X").
_SHIPPING_PARTICIPLES = get_words().events.shipping_participles


def _goods_origin(token: Token, family: str) -> list[Token]:
    """The lands the goods a charge is laid "on" come from: the demonym or country naming them
    ("duties on Chinese steel") or the "from" objects of a shipping participle under them ("on
    steel imported from China and Vietnam"; conjuncts are added where all targets are). Empty when
    none is told."""
    goods = _prep_objects(token, "on")
    if not goods and family == "verb":
        goods = [g for obj in _children(token, "dobj") for g in _prep_objects(obj, "on")]
    if not goods and family == "verb":  # "duties of up to 25 per cent on X": hung on the rate
        goods = [g for obj in _children(token, "dobj") for rate in _prep_objects(obj, "of")
                 for g in _prep_objects(rate, "on")]
    for noun in goods:
        named = [w for w in _children(noun, "amod", "compound") if w.ent_type_ in ("NORP", "GPE")]
        if named:
            return named[:1]
        for participle in _children(noun, "acl"):
            if participle.lemma_.lower() in _SHIPPING_PARTICIPLES:
                return [o for o in _prep_objects(participle, "from") if o.ent_type_ in ("GPE", "NORP")]
    return []


def _prep_objects_of_patient(noun: Token, prep: str) -> list[Token]:
    """Objects of `prep` hung on the noun's "of" object rather than on the noun itself: "the rupture
    of relations with X", "the suspension of talks with X"."""
    return [o for patient in _prep_objects(noun, "of") for o in _prep_objects(patient, prep) if not _only_time(o)]


def _complement_act_targets(adjective: Token, prep: str) -> list[Token]:
    """Whom the act an adjective of readiness (or a verb of offer) is open to is aimed at ("ready to
    resume talks with X", "offered to hold a summit with X"): the preposition's objects on the
    complement verb or on that verb's object."""
    found: list[Token] = []
    for verb in _children(adjective, "xcomp", "advcl"):
        if not _has_child(verb, "aux", lower="to"):
            continue
        found = _prep_objects(verb, prep)
        for obj in ([] if found else _children(verb, "dobj")):
            found.extend(_prep_objects(obj, prep))
        found = [o for o in found if not _only_time(o)]
        if found:
            break
    return found


_PARTICLE_WORDS = get_words().events.particle_words
# "signed with the support of Norway": who witnesses, helps or facilitates a deal is none of its parties.
_WITNESS_NOUNS = get_words().events.witness_nouns
_REJECTING_VERBS = get_words().events.rejecting_verbs
_SUMMARY_NOUNS = get_words().events.summary_nouns
# Acts that ask for or propose an answer: appeals and requests (02), offers (03), demands (10).
_ANSWERABLE_ROOTS = frozenset({"02", "03", "10"})
_ANSWERING_VERBS = _REJECTING_VERBS | get_words().events.answering_verbs


def _named_as_answered(noun: Token, pattern: EventPattern) -> bool:
    """A request, offer or demand named as what another's answer acts on ("a court refused India's
    request to extradite him", "the navy did not answer the ship's requests") was made before the
    story; the answer, told with its doer, is the act the sentence tells. Answered with no doer
    named ("Egypt's invitation was accepted"), the request stays the act told."""
    return pattern.code[:2] in _ANSWERABLE_ROOTS and noun.dep_ == "dobj" \
        and noun.head.lemma_.lower() in _ANSWERING_VERBS and bool(_subject(noun.head))


# Verbs pressing or summoning a party in the breath a feeling is voiced in ("and urged the government to ...").
_URGING_VERBS = get_words().events.urging_verbs
_DEADLINE_NOUNS = get_words().events.deadline_nouns
# how far up from a feeling word its clause may go for the verb of saying it ("said (it was) concerned")
_FEELING_CLAUSE_DEPTH = 2


def _urged_party(feeling: Token) -> list[Token]:
    """The party an appeal joined to a voiced feeling is made to: 'said it was "deeply
    concerned" and urged the government to ...', 'was seriously concerned and called on X to ...'.
    The feeling, named of no act, is aimed at that party.
    Only a feeling said of its holder counts ("was concerned"), not a modifier ("concerned citizens")."""
    if feeling.dep_ not in ("acomp", "ccomp", "conj", "ROOT", "xcomp"):
        return []
    for anchor in [feeling, *list(feeling.ancestors)[:_FEELING_CLAUSE_DEPTH]]:
        for verb in anchor.children:
            if verb.dep_ != "conj" or verb.i < feeling.i or verb.lemma_.lower() not in _URGING_VERBS:
                continue
            found = _children(verb, "dobj") or _prep_objects(verb, "on") or _prep_objects(verb, "upon")
            if found:
                return found[:1]
    return []


def _summarised_act_doer(verb: Token) -> list[Token]:
    """The doer of an act that a noun after a comma sums up and the verb answers.

    In "X insisted the troops must leave, a demand Y has rejected" the noun "a demand" names X's act
    again; Y's rejecting is aimed at X, the subject of the verb the noun phrase hangs on.
    """
    candidates = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "relcl":
        candidates.append(verb.head)
    for noun in candidates:
        if noun.lemma_.lower() not in _SUMMARY_NOUNS or noun.i < 2:
            continue
        if not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in noun.children):
            continue
        if noun.doc[noun.left_edge.i - 1].text != ",":
            continue
        above = noun.head if noun.head.i != verb.i else verb.head
        while above.pos_ != "VERB" and above.head.i != above.i:
            above = above.head
        if above.i == verb.i or above.pos_ != "VERB" or above.i > noun.i:
            continue
        return [s for s in _subject(above) if s.lower_ not in _RELATIVE_PRONOUNS]
    return []


def _conjuncts(head: Token) -> list[Token]:
    index = _index_of(head)
    out = [head]
    for child in index.kids[head.i]:
        if index.deps[child] == "conj" and index.pos[child] in _NOMINAL_POS:
            if index.pos[head.i] != PRON and _is_gapped_object(index.doc[child]):
                continue  # "accused X of arming the militia and Y of ...": Y is no one the militia is with
            if _subject_of_closing_report(index.doc[child]):
                continue  # "... seized a teacher and two pupils, police and residents said": the tellers
            out.extend(_conjuncts(index.doc[child]))
        elif index.deps[child] == "appos" and index.pos[child] == PROPN and index.pos[head.i] == PROPN \
                and any(index.deps[k] == "conj" for k in index.kids[child]):
            out.extend(_conjuncts(index.doc[child]))  # "the US, Russia, and Switzerland" parsed as an apposition
    return out


def _subject_of_closing_report(noun: Token) -> bool:
    """Whether a conjunct set off by a comma runs up to a subjectless report verb that closes the
    sentence ("abducted 12 pupils and a teacher, police and local officials said"): the parser hung
    the report's subject on the list before it, and those tellers are no side of the act."""
    doc = noun.doc
    before, after = noun.left_edge.i - 1, noun.right_edge.i + 1
    if before < 0 or doc[before].text != "," or after >= len(doc):
        return False
    verb = doc[after]
    return verb.pos == VERB and get_patterns().modality_cues.get(verb.lemma_.lower()) == "reported" \
        and not _has_child(verb, *_SUBJ) and verb.is_ancestor(noun)


def _charge_told_of(head: Token) -> set[int]:
    """The participle telling what a side is charged with ("a man convicted of spying for X", "two
    aides accused of taking bribes from Y", "a man found guilty of spying for X"): a label of the
    side, whose actors are not the side."""
    return {c.i for c in head.children if c.dep_ == "acl" and c.i > head.i and c.tag_ == "VBN"
            and (c.lemma_.lower() in _ALLEGING_VERBS or _guilt_found(c))}


# Prepositions of a charge ("accused X of ...", "charged X with ...") and of whom a charged act served.
_CHARGE_PREPS = _REASON_PREPS | {"with"}
_SERVING_PREPS = frozenset({"to", "for"})


def _charge_hung_on_the_accused(head: Token, trigger: Token) -> set[int]:
    """The charge the parser hung on the one an accusing verb names: a deed told by a lower-case
    gerund ("accused unnamed figures of trying to topple the government": the government is no one
    accused), one that tells whom the accused served ("accused a professor of passing secrets to X",
    "charged the colonel with selling arms to Y", "of spying for Z"), or quoted words."""
    if head.head.i != trigger.i or head.dep_ != "dobj" or trigger.lemma_.lower() not in _ALLEGING_VERBS:
        return set()
    return {p.i for p in head.children if p.dep_ == "prep" and p.i > head.i and p.lower_ in _CHARGE_PREPS
            and any((c.dep_ == "pcomp" and (c.tag_ == "VBG" and c.is_lower or _served_party(c)))
                    or _charge_not_name(c) for c in p.children)}


def _charge_not_name(word: Token) -> bool:
    """Whether the object of "of" or "with" on the accused is the charge in the accuser's quoted words,
    not part of the accused's name ('accused the president of "using the constitution as a weapon"',
    'of "activities incompatible with their status"'; not "the president of Kenya")."""
    return word.dep_ in ("pcomp", "pobj") and not word.ent_type_ and _quoted_start(word)


def _served_party(act: Token) -> bool:
    """Whether a charged act names whom it was done for or handed to ("passing secrets to X",
    "spying for Y")."""
    return any(c.dep_ in ("prep", "dative") and c.lower_ in _SERVING_PREPS for c in act.children) \
        or any(c.dep_ == "dobj" and any(p.dep_ == "prep" and p.lower_ in _SERVING_PREPS for p in c.children)
               for c in act.children)


def _guilt_found(verb: Token) -> bool:
    """ "found guilty (of ...)": a verdict naming the charge."""
    return verb.lemma_.lower() == "find" and any(
        c.dep_ in ("oprd", "acomp") and c.lower_ in _GUILT_WORDS for c in verb.children)


# Verbs of taking something away from someone, told "stripped X of Y", "deprived X of Y".
_DEPRIVING_VERBS = get_words().events.depriving_verbs
_GUILT_WORDS = get_words().events.guilt_words


def _taken_thing(head: Token, trigger: Token) -> set[int]:
    """The "of" phrase the parser hung on the one a depriving verb acts on ("stripped the bishop of
    his citizenship"): what is taken from them, not part of their name."""
    if head.head.i != trigger.i or trigger.lemma_.lower() not in _DEPRIVING_VERBS:
        return set()
    taken = [c.i for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i]
    return set(taken[-1:])  # "a bishop of Managua of his citizenship": only the last "of" is taken


def _side_span(head: Token, trigger: Token, index: "_DocIndex") -> Span:
    """The noun phrase of `head`: its subtree minus relative clauses, conjuncts and the trigger."""
    doc = head.doc
    heads = index.heads
    top = head.i
    toward_trigger = index.path_up(trigger.i)
    deps = index.deps
    cut = {c for c in index.kids[top] if deps[c] in _SIDE_CHILD_EXCLUDE or c in toward_trigger}
    cut |= _taken_thing(head, trigger)
    cut |= _charge_told_of(head)
    cut |= _charge_hung_on_the_accused(head, trigger)

    def kept(i: int) -> bool:  # in the subtree of `head`, under none of the cut children
        below, above = i, heads[i]
        if i == top:
            return True
        while above != top:
            if heads[above] == above:
                return False
            below, above = above, heads[above]
        return below not in cut

    start = end = top
    while start > 0 and kept(start - 1):
        start -= 1
    last = len(doc) - 1
    while end < last and kept(end + 1):
        end += 1
    while start < top and doc[start].is_punct:
        start += 1
    while end > top and (doc[end].is_punct or doc[end].dep_ == "case"):
        end -= 1
    # a word glued to the phrase's last by a hyphen the parser tore off ("the ex-FARC")
    while end + 2 < len(doc) and not doc[end].whitespace_ and doc[end + 1].text in _HYPHENS \
            and not doc[end + 1].whitespace_ and doc[end + 2].is_alpha and trigger.i not in (end + 1, end + 2):
        end += 2
    return Span(doc, start, end + 1)  # as doc[start : end + 1], without its slice checks


def _through_light_noun(head: Token) -> Token:
    """'control of the airport' → 'the airport', '40 of its members' → 'its members': the side a
    light noun or a count stands in front of."""
    if _index_of(head).lemmas[head.i] in _LIGHT_SIDE_NOUNS or head.pos_ == "NUM":
        named = _prep_objects(head, "of")
        if named:
            return named[0]
    return head


def _is_party(head: Token, token: Token, pattern_words: frozenset[str]) -> bool:
    """Whether a slot filler can name a party: not the trigger, not a clause, not the bare word the
    pattern's `object` asked for ("held hostage")."""
    index = _index_of(head)
    if head.i == token.i or (index.pos[head.i] in _VERB_OR_AUX and not _has_child(head, "det")):
        return False
    if index.lemmas[head.i] in pattern_words and not _has_child(head, "det", "nummod", "poss", "amod", "compound", "appos") \
            and not any(index.deps[k] == "prep" and index.lowers[k] in ("from", "of") for k in index.kids[head.i]):
        return False  # but "ministers from the government" and "ambassador X" are someone's
    return not _only_time(head)  # "on Monday" is when, not whom


def _only_time(head: Token) -> bool:
    """Whether a phrase names only a time ("on Monday"), not a party the parser ran a date into
    ("met with President Assad Tuesday")."""
    return head.ent_type_ in _TIME_ENTS and all(
        t.ent_type_ in _TIME_ENTS or not t.is_alpha or t.pos_ in ("DET", "ADP", "NUM") for t in head.subtree)


def _denied_doer(token: Token, family: str, patterns: PatternSet) -> list[Token]:
    """The named doer a negated passive denies ("the attacks were not made by X"): the act
    happened, only X did not do it. Empty when the sentence says no such thing."""
    if family != "noun":
        return []
    governor = _governor(token, patterns)
    if governor is None or token.dep_ != "nsubjpass" or not _has_child(governor, "neg"):
        return []
    return _prep_objects(governor, "by")


def _find_sides(
    token: Token, family: str, pattern: EventPattern, patterns: PatternSet
) -> tuple[list[Token], list[Token]]:
    default_source, default_target = _DEFAULT_ROLES[family]
    source_slots = pattern.source_role or default_source
    target_slots = pattern.target_role or default_target
    pattern_words = patterns.expand(pattern.object) if pattern.object and family == "verb" else frozenset()
    targets: list[Token] = []
    target_slot = None
    for slot in target_slots:
        found = [_through_light_noun(_resolve_relative(t)) for t in _slot(token, slot, family, patterns)]
        found = [t for t in found if _is_party(t, token, pattern_words)]
        if found:
            targets, target_slot = found, slot
            break
    if not targets and pattern.prep and family == "verb":
        # "advised against travel to Tunisia": the target hangs on the object of the pattern's preposition
        for slot in (s for s in target_slots if s.startswith("prep:")):
            targets = [t for o in _prep_objects(token, pattern.prep) for t in _prep_objects(o, slot[5:])]
            if targets:
                break
    if not targets and pattern.particle and family == "verb":
        for slot in (s for s in target_slots if s.startswith("prep:")):
            targets = _particle_objects(token, pattern.particle, slot[5:])
            if targets:
                break
    if not targets and pattern_words and token.dep_ in ("relcl", "acl") and token.head.pos_ in ("NOUN", "PROPN") \
            and not _children(token, "ccomp") \
            and _misread_clause_doer(token) is None \
            and not any(s.lower_ in _RELATIVE_PRONOUNS for s in _children(token, *_SUBJ)) \
            and not _has_child(token, "advmod", lower="where"):
        # "the soldiers that they held hostage"; not "the lawyer, who called for his release", nor
        # "Nairobi, where the two sides signed a deal" (the place it happened in), nor "a resolution
        # demanding that Russia return the children" (the clause names the side)
        targets = [token.head]
    sources: list[Token] = []
    taken = {t.i for t in targets} | {t.i for t in _denied_doer(token, family, patterns)}
    if token.dep_ == "relcl" and token.head.dep_ == "dobj":
        # "rebels freed the soldiers that they held": the clause's pronoun is the main subject
        outer = [s for s in _children(token.head.head, *_SUBJ) if s.i not in taken]
        if outer:
            taken |= {s.i for s in _children(token, *_SUBJ) if s.lower_ in _BOUND_PRONOUNS}
            if any(s.lower_ in _BOUND_PRONOUNS for s in _children(token, *_SUBJ)):
                sources = outer
    for slot in source_slots if not sources else ():
        found = [_resolve_relative(t) for t in _slot(token, slot, family, patterns)]
        found = [t for t in found if _is_party(t, token, frozenset()) and t.i not in taken]
        if found:
            sources = found
            break
    if not sources and family == "verb" and _is_passive(token):
        sources = _doer_of_the_means(token)
    if not targets and pattern.governs == "threatened":
        # "warned that it would act if Iran does not comply": the threat presses the condition's subject;
        # so does a threat of protest or strike, whatever its auxiliary ("threatened to call a strike if
        # the government did not act")
        dissent = pattern.code == _DISSENT_THREAT_CODE
        targets = [t for c in _children(token, "xcomp", "ccomp")
                   if _condition(c) is not None
                   or dissent and any(_has_child(a, "mark", lower="if") for a in _children(c, "advcl"))
                   for t in _condition_subjects(c, sources, any_if=dissent)]
    if pattern.governs == "demanded" and family == "verb" and target_slot in (None, "obj"):
        # the one summoned or addressed hears the demand, not someone inside the thing demanded
        # ("summoned the envoy to demand compensation for the families")
        targets = _summoned_to_hear(token) or targets
    if not targets and pattern.governs:
        if pattern.governs == "demanded":  # "demanded that Israel lift the ban": made of the clause's subject
            targets = [s for c in _children(token, "ccomp") for s in _children(c, *_SUBJ)
                       if s.lower_ not in _RELATIVE_PRONOUNS]
        # "threatened to attack the embassy": the governed act's object is the target
        targets = targets or [t for c in _children(token, "xcomp", "ccomp") for t in _object(c)
                              if _is_party(t, token, pattern_words)]  # not "sanctions" in "threatened sanctions"
        for prep in ("against", "on", "to"):  # "threatened to cut off power to X"
            if targets:
                break
            targets = [t for c in _children(token, "xcomp", "ccomp") for t in _slot(c, f"prep:{prep}", "verb", patterns)]
        if not targets:  # "their commitment to attacking X": the act under the preposition
            targets = [t for p in _children(token, "prep") for c in _children(p, "pcomp") for t in _object(c)]
        for noun in _prep_objects(token, pattern.prep or "for") + _children(token, "dobj"):
            if not targets:  # "called for the release of X", "hinted at an attack on X"
                targets += (_prep_objects(noun, "of") or _prep_objects(noun, "on")
                            or _prep_objects(noun, "against"))
            if not targets:  # "called for dialogue between X and Y", "urged talks with X": made of those who would hold them
                targets += _prep_objects(noun, "between") or _prep_objects(noun, "with")
        targets = [t for t in targets if t.i not in {s.i for s in sources}]
    if family == "noun" and not sources and pattern.code[:2] == _CONSULT_ROOT:
        sources = [s for s in _taking_part(token) if s.i not in taken]
    if family == "noun" and not sources and targets and pattern.code[:2] in _FIGHT_ROOTS:
        sources = [s for s in _fighter_of(token, targets) if s.i not in taken]
    if family == "noun" and not sources:
        sources = [s for s in _claimant(token) if s.i not in taken]
    if family == "noun" and not sources:
        sources = [s for s in _weigher(token) if s.i not in taken]
    if family == "noun" and not sources:
        accusation = _accusation_over(token)
        if accusation is not None:  # "accused Russia of a cyberattack": the act is the accused's
            verb, accused = accusation
            sources = accused
            if not targets:  # and, with no one else named, aimed at the accuser
                targets = [s for s in _subject(verb) if s.i not in {a.i for a in accused}]
    if not targets and len(sources) == 1 and pattern.code[:2] in _FIGHT_ROOTS and _rival_camps(sources[0]):
        return sources, sources  # "rival clans fought over the well": each clan against the others
    if target_slot == "between":
        expanded = [c for t in targets for c in _conjuncts(t)]
        if not sources and len(expanded) >= 2:
            return [expanded[0]], expanded[1:]
        if not sources and len(expanded) == 1 and _rival_camps(expanded[0]):
            return expanded, expanded  # "gunfights between rival cartels": the cartels on both sides
        return sources, expanded
    return sources, targets


# Roots of fighting, where rival camps named once stand on both sides.
_FIGHT_ROOTS = frozenset({"18", "19"})
# Prepositions by which a fight noun tells when the main clause's doer fought ("killed two in a gunfight with X").
_FIGHT_TIME_PREPS = frozenset({"in", "during", "after"})


def _fighter_of(noun: Token, targets: list[Token]) -> list[Token]:
    """Who fought a fight told as a noun "with" its other side, when the noun hangs on an active verb by
    in/during/after: that verb's subject ("officers recovered the cattle after a gun battle with the raiders")."""
    if not any(t.head.lower_ in ("with", "against") and t.head.head.i == noun.i for t in targets):
        return []
    return [s for s in _taking_part(noun, _FIGHT_TIME_PREPS, copula=False) if s.lower_ not in _RELATIVE_PRONOUNS]


# Modifiers by which one plural noun names both sides of a fight ("clashes between rival gangs").
_RIVAL_MODIFIERS = get_words().events.rival_modifiers


def _rival_camps(noun: Token) -> bool:
    """Whether a plural noun names camps set against one another ("rival cartels", "warring clans")."""
    return noun.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "amod" and c.lower_ in _RIVAL_MODIFIERS for c in noun.children)


def fought_among_rivals(candidate: EventCandidate) -> bool:
    """Whether an armed act's two sides are one plural of rival camps ("gunfights between rival gangs"):
    the one actor both does the act and suffers it."""
    return candidate.source is not None and candidate.target is not None \
        and candidate.source.root.i == candidate.target.root.i and _rival_camps(candidate.source.root)


# Nouns of armed attack that name, by a national modifier, who attacked ("in Israeli shelling").
_ATTACK_MEANS = get_words().events.attack_means


def _taking_part(noun: Token, preps: Collection[str] = ("in", "at", "during"), copula: bool = True) -> list[Token]:
    """"X came together in separate meetings with Y", "took part in talks": who is in the meeting,
    the subject of the active verb the noun hangs on by one of preps (or of "be", when copula)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in preps or _is_passive(prep.head):
        return []
    # "X was in contact with Y", "are in talks with": the copula's subject is in them too
    if prep.head.pos_ != "VERB" and not (copula and prep.head.pos_ == "AUX" and prep.head.lemma_.lower() == "be"):
        return []
    return _subject(prep.head)


# Verbs whose object is an act their subject weighs doing ("was considering sanctions on X").
_WEIGHING_VERBS = get_words().events.weighing_verbs


def _weigher(noun: Token) -> list[Token]:
    """"X is considering sanctions on Y", "X plans new tariffs": the one weighing the act would do it."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or _index_of(verb).lemmas[verb.i] not in _WEIGHING_VERBS:
        return []
    return _subject(verb)


def _summoned_to_hear(verb: Token) -> list[Token]:
    """"summoned X's envoy to ask for the return of the cattle", "handed a note to X's envoy,
    demanding compensation": an appeal made in a purpose clause or a participle beside the main
    verb is made of the one the main verb brought in or addressed (the object of summon, call in,
    meet; the "to" of hand, send)."""
    purpose = any(a.lower_ == "to" for a in _children(verb, "aux"))
    beside = verb.dep_ == "advcl" and verb.tag_ == "VBG" and not _children(verb, "mark", *_SUBJ)
    if verb.dep_ not in ("advcl", "xcomp") or not (purpose or beside) \
            or verb.head.i == verb.i or verb.head.pos_ != "VERB":
        return []
    head = verb.head
    if _index_of(head).lemmas[head.i] == "call" and _has_particle(head, "in"):
        # "called in X to protest": a summons, whose "in" the parser may take for a preposition
        summoned = _children(head, "dobj") or _prep_objects(head, "in")
        return [o for o in summoned if o.i < verb.i and o.pos_ in ("NOUN", "PROPN")][:1]
    if _index_of(head).lemmas[head.i] in _OBJECT_CONTROL_VERBS:
        return []  # "urged X to ask": X is the one asking
    addressed = [o for p in _children(head, "prep", "dative") if p.lower_ == "to" and p.i < verb.i
                 for o in _children(p, "pobj") if o.pos_ in ("NOUN", "PROPN")]
    return addressed[:1] or [o for o in _children(head, "dobj", "dative") if o.i < verb.i and o.pos_ in ("NOUN", "PROPN")
                             and (purpose or o.ent_type_ in _PARTY_ENTS)][:1]


def _doer_of_the_means(verb: Token) -> list[Token]:
    """The state a passive act's means names when no agent does ("were killed in Israeli tank
    shelling", "was wounded by a Russian drone"): the national modifier of the attack noun."""
    for prep in _children(verb, "prep", "agent"):
        if prep.lower_ not in ("in", "by", "during"):
            continue
        for noun in _children(prep, "pobj"):
            after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
            # "in Sudanese army shelling" is often parsed with "shelling" cut off the phrase
            if noun.lower_ not in _ATTACK_MEANS and noun.lemma_.lower() not in _ATTACK_MEANS and not (
                    after is not None and after.lower_ in _ATTACK_MEANS and after.head.i in (noun.i, verb.i)):
                continue
            found = [m for m in noun.subtree if m.i < noun.i and m.ent_type_ in ("NORP", "GPE")
                     and m.dep_ in ("amod", "compound", "nmod")]
            if found:
                return found[:1]
    return []


# ---------------------------------------------------------------------------------------------
# Negation and modality


# Verbs whose open complement is an act refused or not done ("refused to meet", "failed to reach").
_REFUSAL_VERBS = frozenset({"refuse", "decline", "fail"})
# verbs that give an order one may defy ("ordered the vessel to leave ... the crew refused")
_ORDER_VERBS = frozenset({"order", "warn", "instruct", "command", "tell", "direct"})
_DEFY_CODE = "128"


def _bare_refusal(token: Token) -> bool:
    """Whether the token is a bare "refuse", naming nothing it refuses (no xcomp, dobj, ccomp or prep)."""
    return token.lemma_.lower() == "refuse" and not any(
        c.dep_ in ("xcomp", "dobj", "ccomp", "prep") for c in token.children)


def _order_refused(token: Token) -> Optional[Token]:
    """The order a bare refusal answers: an ordering verb earlier in the sentence with someone told
    to do something ("warned the vessel to leave ..., and the crew refused"); None when the refusal
    names what it refuses or no such order is told."""
    if not _bare_refusal(token):
        return None
    for before in token.sent:
        if before.i >= token.i:
            break
        if before.pos == VERB and before.lemma_.lower() in _ORDER_VERBS \
                and any(c.dep_ == "dobj" for c in before.children) \
                and any(c.dep_ in ("xcomp", "advcl", "ccomp") for c in before.children):
            return before
    return None


# verbs asking another to act, whose answer a bare refusal can be ("asked X to extradite him. X refused.")
_REQUEST_VERBS = frozenset({"ask", "request", "urge", "press", "demand", "appeal", "invite"})


def _request_refused(token: Token) -> Optional[Token]:
    """The request a bare refusal answers: a verb asking someone to do something, earlier in the
    refusal's sentence or in the sentence before ("asked Ecuador to let him leave. Ecuador refused."),
    made by someone other than the refuser; None when the refusal names what it refuses."""
    if not _bare_refusal(token):
        return None
    refusers = {s.lower_ for s in _children(token, *_SUBJ)}
    sentence = token.sent
    earlier = list(sentence[: token.i - sentence.start])
    if sentence.start > 0:
        earlier = list(token.doc[sentence.start - 1].sent) + earlier
    for before in reversed(earlier):
        asking = before.lemma_.lower() in _REQUEST_VERBS or (
            before.lemma_.lower() == "call" and _has_child(before, "prep", lower="on"))
        if before.pos == VERB and asking and any(c.dep_ in ("dobj", "xcomp", "ccomp", "prep") for c in before.children):
            askers = [a for a in _subject(before) if a.pos_ != "PRON"]  # a pronoun's asker is not sure
            return before if askers and not refusers & {a.lower_ for a in askers} else None
    return None


def _refused(token: Token) -> bool:
    """Whether the act is the open complement of a refusal ("declined to send troops"): the act
    did not happen, as if negated; the refusal is coded by its own trigger."""
    current = token
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    head = current.head
    return current.dep_ == "xcomp" and head.lemma_.lower() in _REFUSAL_VERBS and not _has_child(head, "neg")


def _acts_refused(index: "_DocIndex", refusal: int, matched: dict[int, EventPattern]) -> list[int]:
    """The coded acts a refusal turns down: its open complement ("refused to sign"), or that
    complement's object when a support verb carries the act ("refused to hold talks")."""
    acts = []
    for kid in index.kids[refusal]:
        if index.deps[kid] != "xcomp":
            continue
        if kid in matched:
            acts.append(kid)
        else:
            acts.extend(o for o in index.kids[kid] if index.deps[o] == "dobj" and o in matched)
    return acts


# Subjects that name no one: "nobody", "none of the states", "no country had recognised it".
_NO_ONE_WORDS = get_words().shared.nobody_heads
_NO_ONE_DETERMINERS = get_words().shared.nobody_determiners


def _no_doer(token: Token) -> bool:
    """Whether the act's doers are named as no one: "neither X nor Y", "no state", "none of them",
    "nobody": none of them does it."""
    clause = token
    for _ in range(3):  # "neither X nor Y was willing to negotiate": up to the clause's verb
        if clause.dep_ not in ("acomp", "xcomp", "attr") or clause.head.i == clause.i:
            break
        clause = clause.head
    return any(_has_child(s, "det", "preconj", "cc", lower="neither") or s.lower_ == "neither"
               or any(d.lower_ in _NO_ONE_DETERMINERS for d in _children(s, "det")) or s.lower_ in _NO_ONE_WORDS
               for s in _children(clause, *_SUBJ, *_PASSIVE_SUBJ))


def _negated(token: Token, family: str, patterns: PatternSet) -> bool:
    if _has_child(token, "neg"):
        return True
    if family == "verb" and token.dep_ == "pcomp" and token.head.lower_ == "without":
        return True  # "ready to help without interfering in their affairs": the act is not done
    if family in ("verb", "adj") and _no_doer(token):
        return True
    if family == "verb" and _refused(token):
        return True
    if family == "noun":
        if _has_child(token, "det", lower="no"):
            return True
        governor = _governor(token, patterns)
        if governor is not None and _has_child(governor, "neg"):
            return not _denied_doer(token, family, patterns)
        if governor is not None and token.dep_ == "dobj" and token.head.i == governor.i and _refused(governor):
            return True  # "refused to hold talks": the support verb's act is turned down
        if governor is not None and _no_doer(governor):
            return True  # "neither X nor Y agreed to hold talks"
    return False


def _introduces_quotation(token: Token, sentence: Span) -> bool:
    """Whether a verb only introduces quoted words (`"...," warned the envoy`: the speaker after
    the verb is often parsed as its object); `sentence` is the verb's sentence."""
    if any(c.dep_ == "xcomp" or (c.dep_ == "dobj" and c.i < token.i) for c in token.children):
        return False
    before = [c for c in token.children if c.dep_ == "ccomp" and c.i < token.i]
    return bool(before) and any(t.tag_ in _QUOTE_TAGS for t in token.doc[sentence.start:token.i])


# Auxiliaries of the future: under a reporting verb they tell an announced act ("said it would
# impose sanctions"), not an unreal one.
_FUTURE_AUX = frozenset({"would", "will", "shall"})
# the future's auxiliaries in every spelling ("won't" is "wo" + "n't"); dates reads them too
FUTURE_AUXILIARIES = _FUTURE_AUX | {"wo", "'ll"}
_REFUSAL_AUX = FUTURE_AUXILIARIES
# Verbs of intent: a cooperative act under one ("seek to deepen ties", "wants to help") is an
# expressed intent to cooperate (CAMEO 03), and so is one announced for the future ("said it
# would monitor the vote").
_INTENT_VERBS = frozenset({"want", "seek", "plan", "intend", "hope", "aim", "wish", "prepare", "propose",
                           "vow", "pledge", "determined", "keen", "eager"})
# Words whose open complement is an act promised or offered, not done.
_COMMISSIVE_HEADS = frozenset({"offer", "promise", "pledge", "vow", "undertake", "willing", "ready",
                               "prepared"})
# The intent code of a cooperative act, by the act's code prefix (longest first).
# Roots of armed force: announced for the future, such an act is a threat (sanctions announced are
# as good as imposed, and keep their own code).
_FORCE_ROOTS = frozenset({"18", "19", "20"})
_BREACH_CODES = frozenset({"128"})  # defying norms or law: said of another, an accusation
_ACCUSE_CODE = "112"
_DISAPPROVE_ROOT = "11"  # criticise, accuse, condemn
_FIND_LIABLE_CODE = "116"
_RULING_VERBS = frozenset({"rule", "find", "conclude", "determine", "judge"})
_JUDGING_ROLES = frozenset({"court", "tribunal", "judge", "judges", "panel", "chamber", "justice", "arbitrator"})
# The threat that an act of conflict wanted, planned or vowed amounts to, by code prefix.
_THREAT_FOR = (("161", "1313"), ("163", "1312"), ("16", "131"), ("172", "132"), ("17", "137"),
               ("18", "138"), ("19", "138"), ("20", "138"))
_INTENT_FOR = (("0841", "0353"), ("084", "0353"), ("085", "0354"), ("087", "0356"), ("08", "035"),
               ("073", "0333"), ("072", "0332"), ("071", "0331"), ("07", "033"), ("064", "0314"),
               ("063", "0313"), ("062", "0312"), ("06", "031"), ("057", "030"), ("05", "032"), ("045", "039"), ("04", "036"), ("09", "030"))


# The refusal a cooperative act announced as not coming amounts to ("said it would not release
# the prisoners", "will not provide support"), by code prefix (longest first), as CAMEO codes
# refusals under 12. A plain past negation ("did not release") reports no act and stays out.
_REFUSAL_FOR = (("081", "1241"), ("082", "1242"), ("083", "123"), ("084", "1243"), ("085", "1244"),
                ("086", "1245"), ("087", "1246"), ("08", "124"), ("071", "1211"), ("072", "1212"),
                ("07", "121"), ("061", "1211"), ("062", "1212"), ("06", "121"), ("057", "127"),
                ("04", "125"))


# The appeal (02) and the demand (10) that match the act appealed for or demanded, by the act's
# code prefix (longest first): "urged Iran to release the sailors" is an appeal for a release, and
# "they must be released" (coded in sides) a demand for one.
APPEAL_FOR = (("0841", "0253"), ("084", "0253"), ("081", "0251"), ("082", "0252"), ("085", "0254"),
              ("086", "0255"), ("087", "0256"), ("08", "025"), ("071", "0231"), ("072", "0232"),
              ("073", "0233"), ("074", "0234"), ("07", "023"), ("061", "0211"), ("062", "0212"),
              ("063", "0213"), ("064", "0214"), ("06", "021"), ("05", "022"), ("04", "026"),
              ("15", "021"), ("17", "021"), ("18", "021"), ("19", "021"), ("20", "021"))
DEMAND_FOR = (("0841", "1053"), ("084", "1053"), ("081", "1051"), ("082", "1052"), ("085", "1054"),
              ("086", "1055"), ("087", "1056"), ("08", "105"),
              ("071", "1031"), ("072", "1032"), ("073", "1033"), ("074", "1034"), ("07", "103"),
              ("061", "1011"), ("062", "1012"), ("063", "1013"), ("064", "1014"), ("06", "101"),
              ("05", "102"), ("04", "106"))


# Domains that make closer ties material cooperation (CAMEO 061-064): "deepen a partnership in
# energy" is economic cooperation, "boost defence ties" military.
_COOPERATION_DOMAINS = (
    ("061", frozenset({"economic", "economy", "trade", "commercial", "business", "investment", "energy", "oil",
                       "gas", "financial", "finance", "agricultural", "agriculture", "industrial", "industry",
                       "infrastructure", "banking", "tourism", "transport", "biofuel", "biofuels", "mining"})),
    ("062", frozenset({"military", "defence", "defense", "security", "arms", "naval", "counterterrorism",
                       "counter-terrorism"})),
    ("063", frozenset({"judicial", "legal", "extradition", "justice"})),
    ("064", frozenset({"intelligence"})),
)


def _cooperation_domain(token: Token, pattern: EventPattern) -> EventPattern:
    """Closer ties recoded as the material cooperation their domain names, if it names one."""
    words: set[str] = set()
    for obj in _children(token, "dobj"):
        words.update(c.lemma_.lower() for c in obj.children if c.dep_ in ("amod", "compound"))
        words.update(o.lemma_.lower() for p in obj.children if p.dep_ == "prep" and p.lower_ in ("in", "on")
                     for o in _children(p, "pobj"))
    # "deepen their partnership in energy": the phrase may hang on the verb
    words.update(o.lemma_.lower() for p in _children(token, "prep") if p.lower_ in ("in", "on")
                 for o in _children(p, "pobj"))
    for code, domain in _COOPERATION_DOMAINS:
        if words & domain:
            return pattern.model_copy(update={"code": code, "id": f"{pattern.id}+{code}"})
    return pattern


def _aim_of(token: Token, pattern: EventPattern, matched: dict[int, EventPattern]) -> EventPattern:
    """A participle "targeting X" after another act names that act's target, not an attack:
    "announced sanctions on Monday, targeting 30 vessels" is a sanction on the vessels."""
    head = token.head
    if token.dep_ not in ("advcl", "acl", "xcomp") or head.i == token.i:
        return pattern
    for position in [head.i] + [c.i for c in head.children if c.dep_ == "dobj"]:
        act = matched.get(position)
        if act is not None and act.code[:2] != pattern.code[:2]:
            return pattern.model_copy(update={"code": act.code, "id": f"{pattern.id}+{act.id}"})
    return pattern


def _recoded_by_act(token: Token, pattern: EventPattern, matched: dict[int, EventPattern]) -> EventPattern:
    """A plain appeal, demand or refusal recoded by the act it asks for or refuses ("asked Iran to
    free them", "refused to lift the curfew")."""
    index = _index_of(token)
    table = {"020": APPEAL_FOR, "100": DEMAND_FOR}.get(pattern.code, _REFUSAL_FOR)
    for kid in index.kids[token.i]:
        if index.deps[kid] not in ("xcomp", "ccomp"):
            continue
        asked = matched.get(kid)
        if asked is None:  # "to hold talks": the act is the support verb's object
            asked = next((matched[o] for o in index.kids[kid] if index.deps[o] == "dobj" and o in matched), None)
        if asked is None:
            continue
        code = code_by_prefix(table, asked.code)
        if code is not None:
            return pattern.model_copy(update={"code": code, "id": f"{pattern.id}+{asked.id}"})
    return pattern


_PLAIN_THREAT_CODE = "130"


def _warned_own_act(token: Token, matched: dict[int, EventPattern]) -> Optional[tuple[int, str]]:
    """The act a warning says the warner itself will do, with the threat code it makes: "warned that
    it would attack X" (138), "warned they would cut ties" (1313). The act is the that-clause's verb or
    its object noun ("would step up its attacks"); only an act with a threat code counts."""
    index = _index_of(token)
    for kid in index.kids[token.i]:
        if index.deps[kid] != "ccomp" or not any(
                index.deps[s] in ("nsubj",) and index.lowers[s] in _BOUND_PRONOUNS for s in index.kids[kid]):
            continue
        acts = [kid] + [o for o in index.kids[kid] if index.deps[o] == "dobj"]
        for act in acts:
            if act in matched:
                code = _threat_code(matched[act].code)
                if code is not None:
                    return act, code
    return None


def _told_as_done(index: "_DocIndex", verb: int) -> bool:
    """Whether a clause's verb tells its act as already done ("had attacked", "seized"), with no
    modal to put it in the future ("would attack", "could seize")."""
    kids, doc = index.kids[verb], index.doc
    if any(index.deps[k] == "aux" and doc[k].tag_ == "MD" for k in kids):
        return False
    tag = doc[verb].tag_
    return tag == "VBD" or (tag == "VBN" and any(
        index.deps[k] == "aux" and index.lemmas[k] == "have" for k in kids))


def _warns_of_no_threat(token: Token, matched: dict[int, EventPattern], patterns: PatternSet) -> bool:
    """Whether a warning's every that-clause tells something no one threatens to do: an act already
    done ("warned that rebels had attacked a village"), a state of things ("warning that soldiers have
    no training") or what a thing, not a doer, may do ("warned that prices could rise", "that the
    outbreak could spread")."""
    index = _index_of(token)
    clauses = [k for k in index.kids[token.i] if index.deps[k] == "ccomp"]
    clauses += [c for k in clauses for c in index.kids[k] if index.deps[c] == "conj" and index.pos[c] == VERB]
    answers = patterns.expand([_RESPONSE_CLASS]) | _THREATENED_ANSWERS
    return bool(clauses) and all(
        _told_as_done(index, c) or _tells_a_state(index, c, answers) or _befalls_without_a_doer(index, c, matched, answers)
        for c in clauses)


def _tells_a_state(index: "_DocIndex", verb: int, answers: frozenset[str]) -> bool:
    """"soldiers have no training", "prisoners remain behind bars": a stative verb with no modal and
    no clause of its own ("is ready to strike" has one)."""
    kids = index.kids[verb]
    if index.lemmas[verb] not in _STATIVE_VERBS or any(index.deps[k] in ("aux", "xcomp", "ccomp", "acomp") for k in kids):
        return False
    # "has the right to respond", "has the means of retaliation": an act held ready, no state of things
    clause = index.doc[verb]
    return not any(t.tag_ == "VB" or t.lemma_.lower() in answers for t in clause.subtree if t.i != verb)


def _befalls_without_a_doer(index: "_DocIndex", verb: int, matched: dict[int, EventPattern],
                            answers: frozenset[str]) -> bool:
    """Whether an active clause's subject is a thing, not someone who can act: not a name, pronoun,
    role word ("workers", "troops"), people word ("the country"), act ("attacks would continue") nor
    answer ("the response will come", "consequences")."""
    subjects = [k for k in index.kids[verb] if index.deps[k] in ("nsubj", "nsubjpass", "csubj")]
    if len(subjects) != 1 or index.deps[subjects[0]] != "nsubj":
        return False
    subject = index.doc[subjects[0]]
    if subject.pos != NOUN or subject.ent_type_ in _AGENT_ENTITIES or subject.i in matched \
            or subject.lemma_.lower() in answers:
        return False
    lexicon = get_role_lexicon()
    return not (subject.lemma_.lower() in _COLLECTIVE_AGENTS or lexicon.is_role_word(subject.lemma_.lower())
                or lexicon.is_role_word(subject.lower_))


def code_by_prefix(table: tuple[tuple[str, str], ...], code: str) -> Optional[str]:
    """The code a (prefix, code) table gives ``code``, its entries tried in order (longest first)."""
    return next((mapped for prefix, mapped in table if code.startswith(prefix)), None)


def _refusal_code(code: str) -> Optional[str]:
    return code_by_prefix(_REFUSAL_FOR, code)


def _announced_refusal(token: Token) -> bool:
    """Whether a negated verb is announced as not coming: "will not", "would not", "won't"."""
    kids = list(token.children)
    return any(c.dep_ == "neg" for c in kids) and any(c.dep_ == "aux" and c.lower_ in _REFUSAL_AUX for c in kids)


def _own_modality(index: "_DocIndex", i: int, patterns: PatternSet) -> Optional[str]:
    """The modality token `i`'s own auxiliaries and markers give it ("could strike", "if ...")."""
    deps, lowers, cues = index.deps, index.lowers, patterns.modality_cues
    for child in index.kids[i]:
        dep, lower = deps[child], lowers[child]
        cue = cues.get(lower) if dep in ("aux", "mark") else None
        if cue == "hypothetical" or (dep == "mark" and lower in _HYPOTHETICAL_MARKS):
            return "hypothetical"
        if cue == "demanded" and dep == "aux":  # "X must withdraw", "they must be released"
            return "demanded"
    return None


def _future_only(token: Token, patterns: PatternSet) -> bool:
    """Whether the token's only unreal marker is a future auxiliary ("would take")."""
    return _future_only_at(_index_of(token), token.i, patterns)


def _future_only_at(index: "_DocIndex", i: int, patterns: PatternSet) -> bool:
    deps, lowers, cues = index.deps, index.lowers, patterns.modality_cues
    # "will" is no modality cue of its own ("X will visit" states a plan as fact), but it is a
    # future auxiliary: under a reporting verb it announces the act like "would"
    marks = [lowers[c] for c in index.kids[i] if deps[c] in ("aux", "mark")
             and (cues.get(lowers[c]) == "hypothetical" or lowers[c] in _HYPOTHETICAL_MARKS
                  or (deps[c] == "aux" and lowers[c] in _FUTURE_AUX))]
    return bool(marks) and all(lower in _FUTURE_AUX for lower in marks)


# Nouns telling that an act was tried: a thwarted attempt still happened ("185 attempt to assassinate").
_ATTEMPT_NOUNS = frozenset({"attempt", "bid"})


def _modality(
    token: Token, matched: dict[int, EventPattern], patterns: PatternSet
) -> tuple[Optional[str], bool]:
    """(modality, governed) for an act: governed acts sit under a coded threat/demand/appeal."""
    index = _index_of(token)
    heads, deps, lemmas, lowers, kids = index.heads, index.deps, index.lemmas, index.lowers, index.kids
    cues = patterns.modality_cues
    modality = _own_modality(index, token.i, patterns)
    future = modality == "hypothetical" and _future_only_at(index, token.i, patterns)
    current = token.i
    attempted = False
    for _ in range(8):
        dep = deps[current]
        head = heads[current]
        attempted = attempted or lemmas[head] in _ATTEMPT_NOUNS
        if dep == "conj":  # a coordinated act shares its first conjunct's governor
            teller_verb = _teller_conjunct(index.doc[current]) if current == token.i else None
            if teller_verb is None:
                teller_verb = _conjunct_of_the_governor(index, current)
            current = teller_verb.i if teller_verb is not None else head
            continue
        if dep not in _COMPLEMENT_DEPS:
            break
        if dep == "ccomp" and ";" in lowers[min(current, head) + 1:max(current, head)]:
            break  # "police arrest X; court denies bail": a semicolon joins two independent clauses
        if index.pos[head] == NOUN and lemmas[head] in _OCCASION_NOUNS and head not in matched:
            break
        if dep == "nsubjpass" and lemmas[head] in _PURPOSE_VERBS:
            break
        if dep == "advcl" and any(
            deps[c] == "mark" and lowers[c] not in _HYPOTHETICAL_MARKS for c in kids[current]
        ):
            break
        if dep in ("xcomp", "ccomp") and head not in matched and lemmas[head] not in _ASPECT_VERBS \
                and any(deps[c] == "neg" for c in kids[head]) \
                and (dep == "xcomp" or _to_infinitive(index, current)):
            return "hypothetical", False  # "will not allow them to take", "did not try to storm": not done
        governing = matched.get(head)
        if governing is not None and governing.governs == "threatened" and dep == "ccomp" \
                and _told_as_done(index, current):
            return "reported", False  # "warned that rebels had attacked X": the attack is told, not threatened
        if governing is not None and governing.governs in ("threatened", "demanded"):
            return governing.governs, True
        if governing is None:
            cue = cues.get(lemmas[head])
            if cue == "denied":  # "denied that the army had attacked": the act is said not to have happened
                return cue, False
            if cue == "prevented":  # "foiled a plot to kill X", "avoid travelling to X": kept from happening
                # "an attempt to kill X was thwarted": the attempt was made all the same (with no active
                # subject of the thwarting, which would be taken for the attempt's doer)
                if attempted and not any(deps[c] == "nsubj" for c in kids[head]):
                    return modality, False
                return "denied", False
            if future and cue == "reported":
                return "reported", False
            if cue is not None:  # "said it hoped they would be tried": the hope, not the report, rules
                future = False
            if modality is None and cue is not None:
                modality = cue
            if modality is None:
                modality = _own_modality(index, head, patterns)
                if modality == "demanded":  # only the act's own "must" makes it a demand
                    modality = None
                future = modality == "hypothetical" and _future_only_at(index, head, patterns)
        current = head
    return modality, False


def _conjunct_of_the_governor(index: "_DocIndex", verb: int) -> Optional[Token]:
    """The verb a finite past verb is really coordinated with when the parser hung it on a bare
    infinitive complement: "urged both sides to exercise restraint and offered to send observers"
    is the urging's conjunct (offered), not a second act urged (to offer); or on a verb under a
    modal ("... could not afford more debt, and called for ...")."""
    head = index.heads[verb]
    if index.doc[verb].tag_ != "VBD" or index.doc[head].tag_ != "VB":
        return None
    if index.deps[head] == "xcomp" and _to_infinitive(index, head):
        governor = index.heads[head]
        return index.doc[governor] if index.doc[governor].tag_ == "VBD" else None
    if any(index.deps[c] == "aux" and index.doc[c].tag_ == "MD" for c in index.kids[head]):
        # "criticised the loans, saying the country could not afford more debt, and called for an
        # inquiry": a past verb cannot share the modal; it is the conjunct of the past verb above
        return next((a for a in index.doc[head].ancestors if a.tag_ == "VBD"), None)
    return None


_HALTING_VERBS = frozenset({"stop", "cease", "halt", "end", "suspend", "quit", "pause"})


def _halted(token: Token) -> bool:
    """"agreed to halt fighting", "stopped the shelling": force whose halt the text tells is no act of force."""
    return token.dep_ in ("xcomp", "dobj") and token.head.lemma_.lower() in _HALTING_VERBS \
        and not _has_child(token.head, "neg")  # "did not stop shelling": the shelling went on


def _intent_verb(token: Token) -> Optional[Token]:
    """The verb of intent whose open complement the act is ("are seeking to deepen ties")."""
    current = token
    for _ in range(4):
        if current.dep_ == "conj":
            current = current.head
            continue
        if current.dep_ != "xcomp" or current.head.i == current.i:
            return None
        head = current.head
        if head.lemma_.lower() in _INTENT_VERBS and not any(c.dep_ == "neg" for c in head.children):
            return head
        current = head
    return None


# Acts whose past preparation tells the act itself: "as the leader prepared to attend the Games"
# is the trip under way, not an intent stated.
_ITINERARY_CODES = frozenset({"042"})


def _trip_under_way(token: Token, code: str) -> bool:
    """Whether a visit is the complement of "prepared" / "was preparing" told as past narrative."""
    head = _intent_verb(token)
    if code not in _ITINERARY_CODES or head is None or head.lemma_.lower() != "prepare" or head.pos_ != "VERB":
        return False
    if head.tag_ == "VBD":
        return True
    return head.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in head.children)


def _commissive_verb(token: Token) -> bool:
    """Whether the act is the open complement of a promise or an offer ("offered to hand over the
    suspects", "is willing to withdraw"): CAMEO codes it as the intent, not the act."""
    current = token
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    head = current.head
    if current.dep_ != "xcomp" or head.lemma_.lower() not in _COMMISSIVE_HEADS:
        return False
    holders = (head, head.head) if head.dep_ in ("acomp", "attr") else (head,)  # "is not willing to"
    return not any(c.dep_ == "neg" for h in holders for c in h.children)


def _finite(token: Token) -> bool:
    """Whether a verb is finite ("helped", "has helped"), not an infinitive or a gerund."""
    if token.dep_ == "conj":
        return _finite(token.head)
    return token.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in token.children)


def _intent_code(code: str) -> Optional[str]:
    return code_by_prefix(_INTENT_FOR, code)


def _threat_code(code: str) -> Optional[str]:
    return code_by_prefix(_THREAT_FOR, code)


# An act of pressure, of force or of withdrawal made to hang on a condition ("will cut aid unless
# ...", "will boycott the vote unless ...", "will pull out unless") is a threat, as CAMEO codes it;
# conflictual roots as in _THREAT_FOR, the others by code prefix.
_CONDITIONAL_THREAT_FOR = (("14", "133"), ("15", "138"), ("08", "130"))
# Made to hang on "if", only pressure and force threaten: "will release them if ..." is a promise.
_IF_THREAT_FOR = (("14", "133"), ("15", "138"))
_CONDITION_AUX = frozenset({"would", "will", "shall", "could"})


def _condition(token: Token) -> Optional[Token]:
    """The clause an act is made to hang on: "unless ...", or "if ..." for an act still to come
    ("would call a strike if ..."), None for an act told as done."""
    for clause in _children(token, "advcl"):
        if _has_child(clause, "mark", lower="unless"):
            return clause
        if _has_child(clause, "mark", lower="if") and any(
                c.dep_ == "aux" and c.lower_ in _CONDITION_AUX for c in token.children):
            return clause
    return None


def _conditional_threat(token: Token, code: str) -> Optional[str]:
    """The threat code of an act made to hang on a condition (`_condition`), None for any other act."""
    clause = _condition(token)
    if clause is None:
        return None
    if _has_child(clause, "mark", lower="unless"):
        return _threat_code(code) or code_by_prefix(_CONDITIONAL_THREAT_FOR, code)
    return _threat_code(code) or code_by_prefix(_IF_THREAT_FOR, code)


_DISSENT_THREAT_CODE = "133"  # threaten political dissent or protest


def _condition_subjects(token: Token, sources: list[Token], any_if: bool = False) -> list[Token]:
    """Whom a conditional threat presses: the subject of its condition ("... if the government cuts
    wages"), when that is not the threatener; with `any_if`, of any "if" clause of the act."""
    clause = _condition(token)
    if clause is None and any_if:
        clause = next((a for a in _children(token, "advcl") if _has_child(a, "mark", lower="if")), None)
    taken = {s.i for s in sources} | {s.lower_ for s in sources if s.pos_ == "PRON"}
    return [s for s in _children(clause, *_SUBJ) if clause is not None and s.i not in taken
            and s.lower_ not in taken and s.lower_ not in _RELATIVE_PRONOUNS and s.pos_ != "PRON"]


def _reporter(token: Token, patterns: PatternSet, index: "_DocIndex") -> Optional[Span]:
    """The subject of the reporting verb an act is told under ("the ministry confirmed ... contacts").
    An act in an adverbial clause of the reporting verb ("after a curfew was imposed, the ministry
    said ...") sets the scene of the report; it is not what the teller tells, and has no teller."""
    doc = token.doc
    heads, pos, lemmas = index.heads, index.pos, index.lemmas
    cues = patterns.modality_cues
    current = token.i
    for _ in range(10):
        above = heads[current]
        if pos[above] in _VERB_OR_AUX and cues.get(lemmas[above]) == "reported":
            if above != current and index.deps[current] == "advcl" \
                    and any(index.deps[k] == "mark" for k in index.kids[current]):
                return None
            subjects = index.reporting_subjects.get(above)
            if subjects is None:  # the same for every act told under this verb
                subjects = index.reporting_subjects[above] = [
                    s.i for s in _subject(doc[above]) if s.pos_ != "PRON" or s.lower_ not in _RELATIVE_PRONOUNS]
            if subjects and not index.dominates(subjects[0], token.i):
                return _side_span(doc[subjects[0]], token, index)
        if above == current:  # the root: every further step would ask the same
            return None
        current = above
    return None


# ---------------------------------------------------------------------------------------------
# Public API


def _strings(ids: list[int], memo: dict[int, str], read: Callable, strings) -> list[str]:
    """The memoised strings of string-store ids (one C-level pass when all are known)."""
    out = list(map(memo.get, ids))
    if None in out:
        out = [text if text is not None else read(k, strings) for text, k in zip(out, ids)]
    return out


class _DocIndex:
    """What the parse walks ask of every token, read once per document as plain lists: heads,
    children, dependency labels, coarse parts of speech, lower-cased forms and lemmas, and the
    sentence of each token. Reading `Token` attributes (and `Token.sent`) one by one costs far more."""

    def __init__(self, doc: Doc, verb_only_lemmas: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.verb_only_lemmas = verb_only_lemmas  # see `verb_only_lemmas()`
        shared = token_index(doc)
        strings = doc.vocab.strings
        self.lemmas: list[str] = _strings(shared.lemma_ids, LOWERED, lowered, strings)
        self.pos: list[int] = shared.pos_ids
        self.heads: list[int] = shared.heads
        self.deps: list[str] = _strings(shared.dep_ids, STRINGS, string_of, strings)
        self.lowers: list[str] = _strings(shared.lower_ids, STRINGS, string_of, strings)
        self.kids: list[list[int]] = shared.kids  # children in text order, as `Token.children` gives them
        self.reporting_subjects: dict[int, list[int]] = {}  # reporting verb -> its subjects
        self._sentences = [doc[start:end] for start, end in shared.sentence_bounds]
        self._sentence_number = shared.sentence_number
        self._gapped_objects: Optional[set[int]] = None  # see `gapped_objects()`
        self._sentence_lemmas: dict[int, frozenset[str]] = {}  # see `sentence_lemmas()`

    def gapped_objects(self) -> set[int]:
        """The objects of verbless second conjuncts in the document (see `_gapped_objects`), found
        once, on first use. A verb's gapped objects all lie below it."""
        if self._gapped_objects is None:
            # only a verb with a reason phrase of its own or of its object can have any
            doc, heads, deps = self.doc, self.heads, self.deps
            verbs: set[int] = set()
            for p, low in enumerate(self.lowers):
                if low in _REASON_PREPS and deps[p] == "prep":
                    head = heads[p]
                    verbs.add(head)
                    if deps[head] == "dobj":
                        verbs.add(heads[head])
            self._gapped_objects = {o.i for v in sorted(verbs) if self.pos[v] == VERB for o in _gapped_objects(doc[v])}
        return self._gapped_objects

    def sentence_of(self, i: int) -> Span:
        return self._sentences[self._sentence_number[i]]

    def sentence_lemmas(self, i: int) -> frozenset[str]:
        """The lemmas of token `i`'s sentence, gathered once per sentence."""
        n = self._sentence_number[i]
        lemmas = self._sentence_lemmas.get(n)
        if lemmas is None:
            sentence = self._sentences[n]
            lemmas = self._sentence_lemmas[n] = frozenset(self.lemmas[sentence.start:sentence.end])
        return lemmas

    def path_up(self, i: int) -> set[int]:
        """Token `i` and every token above it."""
        heads = self.heads
        path = {i}
        while heads[i] != i:
            i = heads[i]
            path.add(i)
        return path

    def dominates(self, top: int, i: int) -> bool:
        return dominates(self.heads, top, i)


# The index of the document `find_events` is working on; helpers given a token of another
# document build their own (correct, only slower).
_ACTIVE: Optional[_DocIndex] = None


def _index_of(token: Token) -> _DocIndex:
    index = _ACTIVE
    doc = token.doc
    if index is None or index.doc is not doc:
        index = _DocIndex(doc)
    return index


def names_an_act(span: Optional[Span], patterns: PatternSet) -> bool:
    """Whether a side's words name an act or a decision ("the verdict", "the sentencing")."""
    if span is None:
        return False
    lemma = span.root.lemma_.lower()
    return lemma in ACT_NOUNS or bool(patterns.candidates("noun", lemma))


def _to_infinitive(index: "_DocIndex", i: int) -> bool:
    """Whether token `i` is a "to" infinitive: it has a "to" aux child."""
    return any(index.deps[c] == "aux" and index.lowers[c] == "to" for c in index.kids[i])


def _has_child(token: Token, *deps: str, lower: Optional[str] = None) -> bool:
    """Whether `token` has a child with one of `deps` (and the lower-cased form `lower`)."""
    index = _index_of(token)
    dep_of, lower_of = index.deps, index.lowers
    return any(dep_of[c] in deps and (lower is None or lower_of[c] == lower) for c in index.kids[token.i])


def _names_a_coded_act(index: "_DocIndex", verb: int, matched: dict[int, EventPattern]) -> bool:
    """Whether an agreed-to verb is itself coded or names a coded act in its object phrase
    ("to extend the truce", "to extend the truce and exchange prisoners" with the truce parsed as
    a modifier of the object)."""
    if verb in matched:
        return True
    for obj in index.kids[verb]:
        if index.deps[obj] != "dobj":
            continue
        if obj in matched or any(k in matched and index.deps[k] in ("nmod", "compound", "conj")
                                 for k in index.kids[obj]):
            return True
    return False


def find_events(doc: Doc, patterns: Optional[PatternSet] = None,
                verb_only_lemmas: frozenset[str] = frozenset(), trace: Optional[list] = None) -> list[EventCandidate]:
    """Every coded trigger in `doc` (parsed with tagger, parser and NER), in text order.
    `verb_only_lemmas` (from `verb_only_lemmas(nlp)`) lets a headline verb the tagger read as
    a plural noun count as the verb it is. With a `trace` list, the main reasons a matched trigger
    gives no candidate are appended to it as `Fate`s."""
    patterns = patterns or get_patterns()
    if not len(doc):
        return []
    with parse_index(doc, verb_only_lemmas) as index:
        return _find_events(doc, patterns, index, trace)


@contextmanager
def parse_index(doc: Doc, verb_only_lemmas: frozenset[str] = frozenset()) -> Iterator[_DocIndex]:
    """While the block runs, the parse walks on `doc` share one index of it (`_DocIndex`) rather
    than each building its own: `find_events` runs in one, and the sides stage holds one over the
    whole document. A block for another Doc (a headline's re-cased copy) leaves the outer one as it was."""
    global _ACTIVE
    outer = _ACTIVE
    if outer is not None and outer.doc is doc and outer.verb_only_lemmas == verb_only_lemmas:
        yield outer
        return
    _ACTIVE = _DocIndex(doc, verb_only_lemmas)
    try:
        yield _ACTIVE
    finally:
        _ACTIVE = outer


# Time words that date an act years back from the story ("last year", "a decade ago", "in 2019").
_LONG_PAST_UNITS = frozenset({"year", "years", "decade", "decades", "century"})
_LONG_PAST_WORDS = frozenset({"last", "ago", "previous", "past"})


def _dated_long_past(token: Token) -> bool:
    """Whether a time phrase names a time years back: a year number, "last year", "two decades ago"."""
    if token.ent_type_ not in _TIME_ENTS:
        return False
    if len(token.text) == 4 and token.text.isdigit():
        return True
    if token.lower_ in _LONG_PAST_UNITS:
        words = {t.lower_ for t in token.doc[max(0, token.i - 3): token.i + 2] if t.ent_type_ in _TIME_ENTS}
        return bool(words & _LONG_PAST_WORDS)
    return False


def _background_clause(verb: Token) -> bool:
    """A relative or participle clause that tells an act from years before the story to describe
    someone ("the state which brokered the 1960 treaty", "a leader who was arrested last year",
    "rebels who seized the town in 2012") or told in the pluperfect as a relative clause ("Turkey,
    which had signed the accord"): background, not an act the story reports. A clause with
    a doer of its own ("a group which the US sanctioned in 2019") tells that doer's act and stays."""
    if verb.dep_ not in ("relcl", "acl") or verb.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in ("nsubj", "agent") and c.lower_ not in _RELATIVE_PRONOUNS for c in verb.children):
        return False  # "a group which the US sanctioned in 2019": another party's act on it, told as such
    if verb.dep_ == "relcl" and verb.tag_ == "VBN" and _has_child(verb, "aux", lower="had"):
        return True  # pluperfect: "Turkey, which had signed the accord", "a man who had been arrested"
    if _lasting_conduct(verb):
        return True
    stack = [verb]  # the clause's own words: not those of a relative or participle clause below it
    while stack:
        token = stack.pop()
        if _dated_long_past(token):
            return True
        if token.i == verb.i or token.dep_ not in ("relcl", "acl"):
            stack.extend(token.children)
    return False


# Prepositions that stretch a present-perfect clause over a span of time ("for years", "since the autumn"),
# and the words of such a span ("since Monday" is this week's news, no span).
_SPAN_PREPOSITIONS = frozenset({"for", "since"})
_SPAN_UNITS = frozenset({"year", "month", "week", "decade"})
_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})


def _lasting_conduct(verb: Token) -> bool:
    """A present-perfect relative clause told over a span of time describes its party's standing
    conduct, not an act of the story: "a militia which has fought the army for years", "a deputy
    who has clashed with the president since the autumn"."""
    if verb.dep_ != "relcl" or verb.tag_ != "VBN" or not (
            _has_child(verb, "aux", lower="has") or _has_child(verb, "aux", lower="have")):
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _SPAN_PREPOSITIONS:
            continue
        for span in prep.children:
            # "for years", "since the autumn", "since 2019"
            if span.dep_ == "pobj" and (span.lemma_.lower() in _SPAN_UNITS or span.lower_ in _SEASONS
                                        or (prep.lower_ == "since" and span.like_num)):
                return True
    return False


# The clause words between an event noun and the verb that carries it ("announced its withdrawal",
# "took part in the talks").
_NOUN_TO_CLAUSE_DEPS = frozenset({"dobj", "pobj", "prep", "compound", "conj", "attr", "oprd"})


def _named_in_a_background_clause(noun: Token) -> bool:
    """An event noun carried by a background clause ("a government which announced its withdrawal
    from the court last year"): told with that clause, as background."""
    word = noun
    while word.dep_ in _NOUN_TO_CLAUSE_DEPS and word.head.i != word.i:
        word = word.head
        if word.pos_ in ("VERB", "AUX"):
            return _background_clause(word)
    return False


# Verbs of lasting backing: in the present tense inside a relative clause they describe the party
# ("Iran, which backs the rebels", "the IMF, which is supporting Malawi with a loan"), no act told as news.
_STANDING_BACKING_VERBS = frozenset({"support", "back", "sponsor", "fund", "finance", "arm"})
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})


def _standing_backing(verb: Token) -> bool:
    """Whether a backing verb only describes a party by its lasting support: present tense in a
    relative clause, or in a clause told by a relative clause's speaker ("Rwanda, which experts say
    backs the rebels"). A past or passive participle ("factions backed by Iran") is left alone."""
    if verb.lemma_.lower() not in _STANDING_BACKING_VERBS:
        return False
    present = verb.tag_ in _PRESENT_TAGS or (
        verb.tag_ == "VBG" and any(a.dep_ == "aux" and a.tag_ in _PRESENT_TAGS for a in verb.children))
    if not present:
        return False
    clause = verb.head if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" else verb
    return clause.dep_ == "relcl"


# Roots of stated positions: an accusation or a rejection in the present ("the officer, whom
# investigators accuse of spying") is still told as the teller's standing charge.
_STATED_POSITION_ROOTS = frozenset({"11", "12"})


def _habitual_description(verb: Token) -> bool:
    """Whether an act in the simple present inside a relative clause describes its antecedent by
    what it habitually does ("the power plant, which burns imported gas", "the panel that monitors
    the embargo"), with no act told as news; a joined verb ("which burns gas and supplies power")
    goes with its clause. A modal or progressive ("which will monitor", "which is shelling") is not
    a plain present and is left alone."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    return clause.dep_ == "relcl" and all(
        v.tag_ in _PRESENT_TAGS and not any(c.dep_ in ("aux", "auxpass") for c in v.children)
        for v in {clause, verb})


# Hosting a people rather than a visit: "Lebanon hosts 1.5 million Syrians", "had hosted Afghan
# refugees for four decades" tells a standing state, not the hosting of a visit (043).
_HOSTED_POPULATION_NOUNS = frozenset({"refugee", "migrant", "asylum-seeker", "evacuee", "exile", "displaced"})


def _hosts_a_population(verb: Token) -> bool:
    """Whether a hosting verb's object is a people (a nationality, refugees, migrants), not visitors."""
    if verb.lemma_.lower() != "host":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.ent_type_ == "NORP" and o.tag_ in ("NNPS", "NNS")
                                 or o.lemma_.lower() in _HOSTED_POPULATION_NOUNS for o in objects)


def _undated_label_participle(verb: Token) -> bool:
    """A passive participle or passive relative clause with no doer and no time of its own that
    describes someone or something ("reporters detained after the unrest", "the deals signed with
    Ankara", "refugees, who are barred from schools"): a label the story gives, not an act it reports.
    Told with a time ("a reporter who was detained on Monday") or a doer ("released by Belarus") it stays."""
    if verb.dep_ == "acl":
        if verb.tag_ != "VBN" or (verb.i > 0 and verb.doc[verb.i - 1].is_punct):
            return False  # set off by a comma or a quotation mark: a reason, or a misread finite verb
        # a headline's reduced passive ("Minister charged with graft"), a bare participle naming the
        # story's own act ("those detained", "the men freed") or a misread finite verb with an object
        if verb.head.dep_ == "ROOT" or verb.head.pos == PRON or verb.head.lower_ in ("those", "these") or not _has_child(verb, "prep") \
                or _has_child(verb, "dobj"):
            return False
    elif verb.dep_ != "relcl" or not _has_child(verb, "auxpass") or not any(
            c.lower_ in _RELATIVE_PRONOUNS or any(k.lower_ == "whose" for k in c.children)
            for c in _children(verb, "nsubjpass")):
        return False  # a clause misread as relative ("with the decision he was released") tells the act
    if any(c.dep_ in ("agent", "nsubj") for c in verb.children):
        return False
    stack = list(verb.children)  # the clause's own words, not those of a clause below it
    while stack:
        token = stack.pop()
        if token.ent_type_ in _TIME_ENTS:
            return False
        if token.dep_ not in ("relcl", "acl", "advcl"):
            stack.extend(token.children)
    return True


# Nouns for the public at large: an appeal, promise, consultation or thanks aimed at them alone
# ("urged residents to stay indoors", "thanked voters") is addressed to no party.
_PUBLIC_NOUNS = frozenset({"resident", "voter", "citizen", "population", "public", "inhabitant",
                           "electorate", "compatriot", "people"})
# Roots of acts that need a party to address: appeals (02), intents (03), consultation (04), support (05).
_ADDRESSED_ROOTS = frozenset({"02", "03", "04", "05"})


def _addresses_the_public(targets: list[Token]) -> bool:
    """Whether every target is the public at large, named by a bare noun ("residents", "the voters",
    "our citizens"): not "the residents of Gaza" or "Syrian citizens", whose place makes them a side."""
    if not targets:
        return False
    for head in targets:
        if head.lemma_.lower() not in _PUBLIC_NOUNS and head.lower_ not in _PUBLIC_NOUNS:
            return False
        if any(c.dep_ in ("prep", "compound", "amod", "nmod", "appos") or c.ent_type_ in _PARTY_ENTS
               for c in head.children):
            return False
    return True


# A bare order (100) is a demand only when it is given to someone: "ordered Budapest to pay",
# "ordered the troops to withdraw". "Ordered an inquiry", "ordered an audit of the prisons" and "ordered
# food to be distributed" name the thing ordered, no party the order is given to.
_PLAIN_ORDER_RULE = "order.v"
# "Ordered an inquiry into the crash" is the inquiry (090), by whoever orders it; "ordered an
# investigation against Iran", aimed at a party, or "ordered the police to investigate", given to
# one, stays a plain order to that party.
_INQUIRY_ORDER_RULE = "order.inquiry.v"
_INQUIRY_NOUNS = frozenset(w for p in get_patterns().candidates("verb", "order") if p.id == _INQUIRY_ORDER_RULE
                           for w in p.object)


def _bare_order_of(token: Token, matched: dict[int, EventPattern]) -> Optional[int]:
    """The plain order whose infinitive names this act ("ordered troops to retake the town",
    "police were ordered to disperse the crowds"): those ordered do the act, which is the event
    when the order itself, down one state's chain of command, is not."""
    head = token.head
    if token.dep_ != "xcomp" or head.i not in matched or matched[head.i].id != _PLAIN_ORDER_RULE:
        return None
    return head.i


def _orders_no_party(token: Token, targets: list[Token]) -> bool:
    """Whether an active order names only what is ordered, not a party it is given to."""
    if token.tag_ == "VBN" and not any(a.dep_ == "aux" for a in token.children):
        return False  # "the measures ordered by the court": whom they bind is told elsewhere
    if _given_to_one_who_acts(token):
        return False  # "ordered the volunteers to leave": told to someone who is to act
    return all(not _names_a_party(head) for head in targets)


def _given_to_one_who_acts(token: Token) -> bool:
    """Whether an order is told with the act its taker is to do ("ordered the police to investigate")."""
    index = _index_of(token)
    return any(c.dep_ in ("xcomp", "ccomp") and _to_infinitive(index, c.i)
               and not any(a.dep_ == "auxpass" for a in c.children) for c in token.children)


def _order_rule_instead(token: Token, pattern: EventPattern, targets: list[Token]) -> Optional[str]:
    """The order rule a verb of ordering is read by instead of ``pattern``: an inquiry ordered against a
    party or of someone who is to act is a plain order to them; "an inquiry ordered by the president"
    is the inquiry, by him. None to keep ``pattern``."""
    if pattern.id == _INQUIRY_ORDER_RULE and (any(_names_a_party(t) for t in targets)
                                              or _given_to_one_who_acts(token)):
        return _PLAIN_ORDER_RULE
    if pattern.id == _PLAIN_ORDER_RULE and token.dep_ == "acl" and token.tag_ == "VBN" \
            and token.head.lemma_.lower() in _INQUIRY_NOUNS:
        return _INQUIRY_ORDER_RULE
    return None


def _names_a_party(head: Token) -> bool:
    """Whether a side head names a person, group, body or state: a name, a pronoun or a role noun."""
    if head.pos in (PROPN, PRON):
        return True
    if any(t.ent_type_ in _PARTY_ENTS for t in head.subtree):  # the head's own entity among them
        return True  # "an investigation against Iran": ordered against a party, which the side reads
    return get_role_lexicon().sector_of(head.doc[head.left_edge.i: head.i + 1].text) is not None


# Verbs of hurting people: an act of force of their own only where the text names who hurt them
# and tells no other armed act beside them ("troops wounded three protesters"); else they count the
# casualties of an act told already ("opened fire, killing two and wounding four", "nine police
# were injured in the clashes") or of no one's act ("one soldier was wounded").
_CASUALTY_VERBS = frozenset({"wound", "injure"})
# Roots of acts that can hurt people: coercion (water cannon, ramming, raids), assault, fighting, mass violence.
_HARMING_ROOTS = _FORCE_ROOTS | {"17"}


# Prepositions that tell the occasion a doer harmed people in ("wounded two soldiers in a bomb attack").
_OCCASION_PREPS = frozenset({"in", "during"})


def _casualty_count(token: Token, sources: list, matched: dict[int, EventPattern]) -> bool:
    """Whether a wounding verb only counts casualties: no named doer, or another harming act in its sentence."""
    if token.lemma_.lower() not in _CASUALTY_VERBS:
        return False
    if not sources:
        return True
    # the act that wounded ("an ambush by X wounded seven") or the occasion of wounding ("wounded two
    # soldiers in a bomb attack") is the verb's own act
    own = {w.i for w in token.children if w.dep_ == "nsubj"}
    own.update(w.i for prep in token.children if prep.dep_ == "prep" and prep.lower_ in _OCCASION_PREPS
               for w in prep.children if w.dep_ == "pobj")
    return _other_act_in_sentence(token, matched, _HARMING_ROOTS, besides=own) and not _wounds_another_party(token)


# Objects of a wounding verb that count more victims of the same act ("and wounded five others").
_MORE_OF_THE_SAME = frozenset({"other", "others", "people", "person", "persons", "more"})


def _wounds_another_party(verb: Token) -> bool:
    """Whether a finite wounding verb joined to a harming act names victims of another kind than that
    act's own ("shot dead two teachers and wounded a policeman guarding them"), an act of its own."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    wounded = _children(verb, "dobj")
    if not wounded or wounded[0].pos_ == "NUM" or wounded[0].lemma_.lower() in _MORE_OF_THE_SAME:
        return False
    first_victims = _children(verb.head, "dobj")
    return not first_victims or first_victims[0].lemma_.lower() != wounded[0].lemma_.lower()


# Verbs of travel that, in the passive, tell of someone carried somewhere ("was flown to the capital").
_CARRYING_TRAVEL_VERBS = get_words().events.carrying_travel_verbs


def _carried_there(verb: Token) -> bool:
    """Whether a verb of travel is told in the passive ("the pilot would be flown to Jakarta", "was flown
    to the hospital"): someone carried there, no visit by a party of its own will."""
    return verb.lemma_.lower() in _CARRYING_TRAVEL_VERBS and (
        _is_passive(verb) or verb.dep_ == "acl" and verb.tag_ == "VBN")


# Verbs of equipping that, as a participle with "with" and no "by", describe what someone carries.
_EQUIPPING_VERBS = get_words().events.equipping_verbs


def _equipment_described(verb: Token) -> bool:
    """Whether an equipping verb only says what someone carries: a past participle with a "with"
    phrase and no "by" agent, as a modifier or a passive ("gunmen armed with rifles stormed ...",
    "the crews were armed with knives"), not an act of arming them ("Iran armed the militia",
    "rebels armed by Rwanda")."""
    if verb.tag_ != "VBN" or _index_of(verb).lemmas[verb.i] not in _EQUIPPING_VERBS:
        return False
    if verb.dep_ not in ("acl", "amod", "acomp") and not _is_passive(verb):
        return False
    return bool(_prep_objects(verb, "with")) and not _prep_objects(verb, "by")


# Checks that a matched verb tells no act of its own (`Fate`s name them by their purpose).
_NOT_AN_ACT_OF_ITS_OWN = (_in_an_accident, _interview_question, _background_clause, _standing_backing,
                          _hosts_a_population, _participle_under_a_verb_subject,
                          _alleged_in_an_accusation, _carried_there, _equipment_described)


def _named_in_a_condemnation(verb: Token, matched: dict[int, EventPattern]) -> bool:
    """A participle describing what a condemnation, criticism or accusation is aimed at ("condemned
    any aggression targeting the economy", "denounced the campaign targeting journalists"): the
    condemning is the event; the act it names is what is condemned, not told as done."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.dep_ != "dobj":
        return False
    judging = matched.get(verb.head.head.i)
    return judging is not None and judging.code[:2] == _DISAPPROVE_ROOT


_GOVERNOR_KINDS = {"threatened": "threat", "demanded": "demand or appeal"}


def _governor_of(token: Token, matched: dict[int, EventPattern]) -> Optional[Token]:
    """The nearest coded threat, demand or appeal above a governed trigger."""
    return next((a for a in token.ancestors if a.i in matched and matched[a.i].governs in ("threatened", "demanded")),
                None)


def _voiced_by_a_support_verb(noun: Token, matched: dict[int, EventPattern], patterns: PatternSet) -> bool:
    """Whether an event noun with a pattern of its own that asks for a complement is the object of
    a support verb whose pattern, of another root, asked only for the noun ("expressed sorrow")."""
    own, verb = matched[noun.i], matched[noun.head.i]
    return noun.dep_ == "dobj" and bool(own.object) and own.code[:2] != verb.code[:2] \
        and _is_support_verb(noun.head, patterns) and noun.lemma_.lower() in patterns.expand(verb.object or ())


def _find_events(doc: Doc, patterns: PatternSet, index: _DocIndex, trace: Optional[list] = None
                 ) -> list[EventCandidate]:
    cameo = get_cameo()
    matched: dict[int, EventPattern] = {}
    families: dict[int, str] = {}
    wanted = patterns.trigger_lemmas
    # only a token whose lemma some pattern is indexed under can match one
    for token in (doc[i] for i, lemma in enumerate(index.lemmas) if lemma in wanted or lemma in ACT_NOUN_VERBS):
        family = _family(token)
        if family is None or (token.ent_type_ in _NAME_ENTS and token.pos_ == "PROPN"):
            continue
        if family in ("verb", "adj") and _hyphenated_quality(token):
            continue
        shooter = _shot_dead_read_as_noun(token)
        if shooter is not None:  # the plain shooting pattern, on the word carrying the clause
            pattern = next((p for p in patterns.candidates("verb", "shoot")
                            if not (p.particle or p.prep or p.object or p.context or p.phrase)), None)
            if pattern is not None:
                matched[shooter.i] = pattern
                families[shooter.i] = "verb"
            continue
        pattern = _match(token, family, patterns)
        if pattern is None and family == "noun":
            pattern = _match_as_its_verb(token, patterns)
        if pattern is not None and pattern.governs == "threatened" and family == "verb" \
                and _introduces_quotation(token, index.sentence_of(token.i)):
            continue
        if pattern is not None and pattern.target_role == ("comp_subj",) \
                and not _slot(token, "comp_subj", family, patterns):
            continue  # "wants to help" is an intent of its own; only "wants X to help" asks X
        if pattern is not None and pattern.code == NO_ACT and not pattern.negation_code:
            continue  # an idiom that names no act ("battling the Maltese flag": flying it)
        if pattern is not None:
            matched[token.i] = pattern
            families[token.i] = family

    # a label given to another's act ("called the raid an act of war") is the namer's judgement, no
    # act of its own; a label of threat or force makes the naming a disapproval of the act
    for position in [i for i in matched if index.deps[i] in _LABEL_DEPS]:
        namer = _namer_of_label(index, position)
        if namer is None:
            continue
        label = matched.pop(position)
        families.pop(position, None)
        if trace is not None:
            _dismissed(trace, doc[position], label, f"a label '{doc[namer].text}' gives another's act, no act of its own")
        if namer not in matched and (label.code[:2] in _HOSTILE_LABEL_ROOTS or label.code[:2] == _DISAPPROVE_ROOT):
            blame = _blame_pattern(index.lemmas[namer], patterns)
            if blame is not None:
                matched[namer], families[namer] = blame, "verb"

    # a trigger modifying another trigger ("warning shots") is part of the act its head names
    # and so is an event noun that is the object of a trigger of the same root ("negotiated peace talks")
    # or of a trigger whose pattern asked for it ("lifted the curfew", "called off the strike")
    # unless the noun's own pattern, asking for more, names the act more exactly than the support
    # verb voicing it ("expressed sorrow over the expulsion": disapproval, no condolence)
    for position in [i for i in matched if doc[i].head.i in matched and _voiced_by_a_support_verb(doc[i], matched, patterns)]:
        matched.pop(doc[position].head.i, None)  # two nouns may share one support verb
    for position in [i for i in matched if doc[i].head.i in matched and (
            doc[i].dep_ in ("compound", "amod")
            or (doc[i].dep_ == "dobj" and (
                matched[doc[i].head.i].code[:2] == matched[i].code[:2]
                or index.lemmas[i] in patterns.expand(matched[doc[i].head.i].object or ()))))]:
        if trace is not None:
            _dismissed(trace, doc[position], matched[position],
                       f"part of the act its head '{doc[position].head.text}' names")
        del matched[position]
    # and so is a noun modifying the object a verb's pattern asked for it in ("sent a protest note")
    for position in [i for i in matched if index.deps[i] == "compound" and index.deps[index.heads[i]] == "dobj"
                     and index.heads[index.heads[i]] in matched
                     and index.lemmas[i] in patterns.expand(matched[index.heads[index.heads[i]]].object or ())]:
        if trace is not None:
            _dismissed(trace, doc[position], matched[position],
                       f"part of the act '{doc[index.heads[index.heads[position]]].text}' names")
        del matched[position]
    # and so is the noun an adjective trigger is about, where its pattern asked for it ("open to dialogue")
    for position in [i for i in matched if index.deps[i] == "pobj" and index.deps[index.heads[i]] == "prep"
                     and index.heads[index.heads[i]] in matched and families[index.heads[index.heads[i]]] == "adj"
                     and index.lemmas[i] in patterns.expand(matched[index.heads[index.heads[i]]].object or ())]:
        del matched[position]

    # an event noun naming the kind of a thing that is no act ("riot police", "an attack helicopter",
    # "protest leaders") reports no act, unless a support verb makes the phrase one ("sent warning messages"),
    # which it never does of a weapon or craft ("sent two attack helicopters")
    machines = patterns.expand(["@arms", "@aerial"])
    for position in [i for i, f in families.items() if f == "noun" and i in matched and index.deps[i] == "compound"
                     and index.heads[i] not in matched and index.pos[index.heads[i]] == NOUN
                     and (_governor(doc[i], patterns) is None or index.lemmas[index.heads[i]] in machines)]:
        del matched[position]

    # "agreed to end hostilities": the act agreed to is coded, not the agreeing as well
    # and so is "agreed to extend the truce", where the act agreed to is named by the object noun
    for position in [i for i, p in matched.items() if p.code.startswith("03") and not p.object
                     and any(index.deps[k] == "xcomp" and _names_a_coded_act(index, k, matched)
                             for k in index.kids[i])]:
        if trace is not None:
            _dismissed(trace, doc[position], matched[position], "replaced by the act agreed to, coded instead")
        del matched[position]

    out: list[EventCandidate] = []
    for position, pattern in matched.items():
        token = doc[position]
        family = families[position]
        reporter = _reporter(token, patterns, index)
        modality, governed = _modality(token, matched, patterns)
        ordered_by = _bare_order_of(token, matched) if governed else None
        if ordered_by is not None:
            modality, governed = None, False  # coded as done when the order is not (sides.py)
        if governed:
            if trace is not None:
                governor = _governor_of(token, matched)
                over = "the threat, demand or appeal over it" if governor is None else \
                    f"the {_GOVERNOR_KINDS[matched[governor.i].governs]} '{governor.text}'"
                _dismissed(trace, token, pattern, f"replaced by a recoding: coded as what {over} asks for or threatens")
            continue
        if family == "verb" and _named_in_a_condemnation(token, matched):
            if trace is not None:
                _dismissed(trace, token, pattern, "not an act of its own (named in the act condemned)")
            continue
        if family == "verb" and any(check(token) for check in _NOT_AN_ACT_OF_ITS_OWN):
            if trace is not None:
                check = next(check for check in _NOT_AN_ACT_OF_ITS_OWN if check(token))
                _dismissed(trace, token, pattern, f"not an act of its own ({_name_of(check)})")
            continue
        if family == "verb" and pattern.code[:2] not in _STATED_POSITION_ROOTS and _habitual_description(token):
            if trace is not None:
                _dismissed(trace, token, pattern, f"not an act of its own ({_name_of(_habitual_description)})")
            continue
        if family == "noun" and _named_in_a_background_clause(token):
            if trace is not None:
                _dismissed(trace, token, pattern, f"not an act of its own ({_name_of(_background_clause)})")
            continue
        if family == "noun" and _named_as_answered(token, pattern):
            if trace is not None:
                _dismissed(trace, token, pattern, "not an act of its own (named as what an answer to it acts on)")
            continue
        if family == "noun" and _blamed_act_told_before(token):
            if trace is not None:
                _dismissed(trace, token, pattern, f"not an act of its own ({_name_of(_blamed_act_told_before)})")
            continue
        if pattern.code[:2] in _FORCE_ROOTS and _halted(token):
            continue
        sources, targets = _find_sides(token, family, pattern, patterns)
        swap = _order_rule_instead(token, pattern, targets)
        if swap is not None:
            pattern = next((p for p in patterns.candidates(family, index.lemmas[position]) if p.id == swap), None)
            if pattern is None:
                continue
            sources, targets = _find_sides(token, family, pattern, patterns)
        if family == "verb" and _casualty_count(token, sources, matched):
            if trace is not None:
                _dismissed(trace, token, pattern, "not an act of its own (casualty count)")
            continue
        if reporter is not None and len(sources) == 1 and sources[0].lower_ in _PLURAL_PRONOUNS \
                and len(_conjuncts(reporter.root)) > 1:
            sources = [reporter.root]  # "X and Y said they will attack Z": X and Y both
        if pattern.needs_target and not targets:
            if trace is not None:
                _dismissed(trace, token, pattern, f"no target, and pattern {pattern.id} needs one")
            continue
        if pattern.id == _PLAIN_ORDER_RULE and _orders_no_party(token, targets):
            continue
        if pattern.code[:2] in _ADDRESSED_ROOTS and _addresses_the_public(targets):
            continue
        if pattern.code == NO_ACT and not any(t.ent_type_ in _PARTY_ENTS for side in targets for t in side.subtree):
            continue  # "will not tolerate foreign interference" names no one it warns
        if modality is None and family == "noun" and _accusation_over(token) is not None:
            modality = "reported"  # alleged by the accuser, not told as done
        if modality in (None, "reported") and family == "noun" and _not_yet_held(token):
            modality = "hypothetical"  # "any cooperation with X must ...", "before future talks": no act told
        if modality in (None, "reported") and (
                _scheduled_or_bound(token, patterns) if family == "verb" else _promised_only(token)):
            modality = "hypothetical"  # "is due to meet", "commits them to exchange", "offered to host talks"
        if family == "noun" and (_outcome_of_force(token, matched) or _characterised(token)):
            continue
        if modality == "hypothetical" and family == "verb" and _trip_under_way(token, pattern.code):
            modality = None
        if modality in (None, "reported") and family == "verb" and _generic_doer(token):
            modality = "hypothetical"  # "any force that threatens the country": no one's act told
        if family == "verb" and (_effect_of_an_act(token, pattern, patterns) or _imputed_aim(token)
                                 or _aim_of_a_coded_act(index, position, matched)):
            if trace is not None:
                _dismissed(trace, token, pattern, "not an act of its own (the effect or aim of another act)")
            continue
        if pattern.code == _DEMONSTRATE_CODE and family == "verb" and sources \
                and all(s.ent_type_ == "GPE" or s.lemma_.lower() in _STATE_BODIES for s in sources):
            pattern = pattern.model_copy(update={"code": _OFFICIAL_COMPLAINT_CODE})  # "Tokyo protested": a state complains
        negated = _negated(token, family, patterns)
        if pattern.code == NO_ACT and not negated:
            continue  # coded only when denied: "will not tolerate X" warns, "tolerates X" tells nothing
        intended = None
        if family == "verb" and token.tag_ == "VBG" and index.lemmas[position] == "target":
            pattern = _aim_of(token, pattern, matched)
        if pattern.code == "050" and family == "verb":
            pattern = _cooperation_domain(token, pattern)
        if pattern.governs == "demanded" and pattern.code in ("020", "100"):
            pattern = _recoded_by_act(token, pattern, matched)
        elif pattern.code[:2] == "12" and family == "verb" and index.lemmas[position] in _REFUSAL_VERBS:
            pattern = _recoded_by_act(token, pattern, matched)  # "refused to lift the curfew": 1241
            if not targets:  # aimed where the refused act would have been
                targets = [t for act in _acts_refused(index, position, matched)
                           for t in _find_sides(doc[act], families[act], matched[act], patterns)[1]]
            order = _order_refused(token) if pattern.code == "120" and not targets else None
            if order is not None:  # "warned the ship to leave, and the crew refused": defiance of the order
                pattern = pattern.model_copy(update={"code": _DEFY_CODE, "id": f"{pattern.id}+order"})
                targets = _subject(order)
            request = _request_refused(token) if pattern.code == "120" and not targets else None
            if request is not None:  # "asked X to hand him over. X refused.": aimed at the one who asked
                pattern = pattern.model_copy(update={"id": f"{pattern.id}+request"})
                targets = _subject(request)
        elif pattern.code == _PLAIN_THREAT_CODE and pattern.governs == "threatened" and family == "verb":
            if _warns_of_no_threat(token, matched, patterns):
                continue
            own = _warned_own_act(token, matched)  # "warned that it would attack X": a threat of force
            if own is not None:
                pattern = pattern.model_copy(update={"code": own[1], "id": f"{pattern.id}+{matched[own[0]].id}"})
                # aimed where the warned act is aimed ("its attacks on X"), else where the warning is
                targets = _find_sides(doc[own[0]], families[own[0]], matched[own[0]], patterns)[1] or targets
        code = cameo.get(pattern.negation_code if negated and pattern.negation_code else pattern.code)
        rule = pattern.id
        refusal = None
        if negated and not pattern.negation_code and family == "verb" and _announced_refusal(token):
            refusal = _refusal_code(code.code)
            if refusal is not None:  # "will not release them": a refusal, coded as such
                intended, code, rule, modality = code.code, cameo.get(refusal), f"{pattern.id}+refused", None
        conditional = None if negated or family != "verb" else _conditional_threat(token, code.code)
        if conditional is not None:  # "will withdraw its troops unless ...": a threat
            intended, code, rule = code.code, cameo.get(conditional), f"{pattern.id}+unless"
            modality = "threatened"  # the act itself only threatened, the threat made
            if not targets:  # "would strike if the government cut wages": pressed on the government
                targets = _condition_subjects(token, sources)
        elif not negated and family == "verb" and (
            (modality in ("hypothetical", "threatened") and _intent_verb(token) is not None)
            or (modality == "reported" and _future_only(token, patterns))
            or _commissive_verb(token)
        ):
            intent = _intent_code(code.code)
            if intent is None and modality in ("hypothetical", "threatened") and _intent_verb(token) is not None:
                intent = _threat_code(code.code)  # "wants to attack X": a threat, as CAMEO codes it
            elif intent is None and modality == "reported" and code.root in _FORCE_ROOTS:
                intent = _threat_code(code.code)  # "said they will attack X": a threat of force
            if intent is not None:  # a cooperative act said to be wanted or coming
                intended = code.code
                code, modality, rule = cameo.get(intent), None, f"{pattern.id}+intent"
        judge = _judge(token) if code.code in _BREACH_CODES and not negated else None
        if judge is not None and not any(index.dominates(s.i, judge.i) for s in sources):
            # "the court ruled that Hungary had violated the rights of ...": a finding of liability
            sources, targets = [judge], sources
            code, rule, modality = cameo.get(_FIND_LIABLE_CODE), f"{pattern.id}+ruled", None
        elif code.code in _BREACH_CODES and modality == "reported" and not negated and reporter is not None \
                and not any(index.dominates(s.i, reporter.root.i) or s.lower_ in _BOUND_PRONOUNS for s in sources):
            # "the ministry said the reporter had violated the rules": told by another, a breach is
            # that teller's accusation of the one said to commit it
            sources, targets = [reporter.root], sources
            code, rule, modality = cameo.get(_ACCUSE_CODE), f"{pattern.id}+accused", None
        if pattern.finite_only and not rule.endswith("+intent") and not _finite(token):
            continue
        if pattern.announced_only and not (family == "verb" and _future_only(token, patterns)):
            continue
        if pattern.announced_only:
            modality = None  # the announcement is the threat itself
        if family == "verb" and not sources and code.root == _DISAPPROVE_ROOT and _background_participle(token):
            continue  # "officials accused of graft": a label the story gives them, no one's accusation
        if family == "verb" and not sources and _undated_label_participle(token):
            continue
        source_heads = [c for s in sources for c in _conjuncts(s)][:MAX_SIDE_CONJUNCTS] or [None]
        target_heads = [c for t in targets for c in _conjuncts(t)][:MAX_SIDE_CONJUNCTS] or [None]
        for source, target in product(source_heads, target_heads):
            if source is not None and target is not None and source.i == target.i and not _rival_camps(source):
                continue
            confidence = pattern.confidence * (1.0 if source is not None else 0.9)
            out.append(
                EventCandidate(
                    trigger=token,
                    code=code.code,
                    root=code.root,
                    quad_class=code.quad_class,
                    goldstein=code.goldstein,
                    source=_side_span(source, token, index) if source is not None else None,
                    target=_side_span(target, token, index) if target is not None else None,
                    negated=negated,
                    modality=modality,
                    rule=rule,
                    confidence=round(confidence, 3),
                    sentence=index.sentence_of(position),
                    recoded=negated and (bool(pattern.negation_code) or refusal is not None),
                    reporter=reporter,
                    intended=intended,
                    mutual=pattern.mutual,
                    ordered_by=ordered_by,
                )
            )
    out.sort(key=lambda c: c.trigger.i)
    return out


def resolve_events(candidates: Iterable[EventCandidate], resolver: ActorResolver) -> list[ResolvedEvent]:
    """Map each candidate's sides to actor ids with the actor stage's resolver."""
    resolved = []
    for candidate in candidates:
        source_id = resolver(candidate.source) if candidate.source is not None else None
        target_id = resolver(candidate.target) if candidate.target is not None else None
        resolved.append(ResolvedEvent(candidate, source_id, target_id, [candidate]))
    return resolved


_SUFFIXES = ("ation", "ition", "ing", "ion", "ment", "al", "e", "s")


def act_key(trigger: Token) -> str:
    """A key shared by a verb and its event noun: arrest/arrested, negotiate/negotiations."""
    word = trigger.lemma_.lower()
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


_DISAGREE = object()


def _agreeing(a: Optional[str], b: Optional[str], narrower: Optional[Callable[[str, str], Optional[str]]],
              either_empty: bool = True) -> object:
    """The side two reports of an act agree on, or `_DISAGREE`: the same actor; the one named when
    the other report names none (only if `either_empty`); the narrower of one party told twice."""
    if a == b:
        return a
    if a is None or b is None:
        return (a or b) if either_empty else _DISAGREE
    narrow = narrower(a, b) if narrower is not None else None
    return narrow if narrow is not None else _DISAGREE


def merge_mentions(resolved: list[ResolvedEvent],
                   narrower: Optional[Callable[[str, str], Optional[str]]] = None) -> list[ResolvedEvent]:
    """Fold reports of one act into one event.

    Reports with the same root, the same trigger word (verb or noun form: arrested / the arrest)
    and the same negation are one act when their resolved sources and targets agree; a side the
    text leaves out of one report ("the arrest of X" has no source) agrees with any, and so does a
    side that `narrower` finds the same party told more narrowly (a headline's "Chile expels ..."
    and its lead's "Chile's foreign ministry expelled ..."), which then names the side. The first
    report stays the event's evidence; every report, the first included, is listed in
    `mentions`, in text order. Sides a later report names fill sides the first left empty.
    """
    out: list[ResolvedEvent] = []
    by_key: dict[tuple, list[ResolvedEvent]] = {}  # the events of `out` by act key, in order
    for event in sorted(resolved, key=lambda e: e.candidate.trigger.i):
        candidate = event.candidate
        key = (candidate.root, act_key(candidate.trigger), candidate.negated)
        reports = event.mentions or [candidate]
        same_act = by_key.setdefault(key, [])
        # a statement (quad classes 1 and 3) is one act only as told by one speaker: "called on
        # them" and, paragraphs later, someone else's "called on him" are two appeals
        verbal = candidate.quad_class in (1, 3)
        for known in same_act:
            source = _agreeing(known.source_id, event.source_id, narrower, either_empty=not verbal)
            target = _agreeing(known.target_id, event.target_id, narrower)
            if source is not _DISAGREE and target is not _DISAGREE:
                known.source_id, known.target_id = source, target
                for report in reports:
                    if all(report.trigger.i != m.trigger.i for m in known.mentions):
                        known.mentions.append(report)
                break
        else:
            out.append(ResolvedEvent(candidate, event.source_id, event.target_id, list(reports)))
            same_act.append(out[-1])
    return out
