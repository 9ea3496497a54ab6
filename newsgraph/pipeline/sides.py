"""Event candidates become events: sides resolved to actors, one event per act, with date and place.

What goes into the record's `events` (decided here, not in `find_events`, so that the candidates
stay inspectable):
- the target must name an actor, except for appeals, demands, threats, protests and shows of force
  (roots 02, 10, 13, 14, 15), which are events with only their source named: an act with no
  one on its receiving end says too little about who did what to whom, and is mostly noise;
- a negated act is left out unless its pattern recodes it (`negation_code`, e.g. "did not
  accept" → reject): "they did not attack" reports no attack;
- a hypothetical act ("could strike", "if they attack") is left out: it has not happened, and the
  acts that matter among the unreal ones (threats, demands, promises) are coded by their own
  triggers;
- a joint act with two or more actors on one side and none on the other ("Iran and Iraq agreed",
  "the two sides reached a deal") becomes an act between those actors; "the two sides" are the
  last pair of actors an event or a sentence named, within a few sentences;
- an act aimed at another act ("France condemned the arrest") is aimed at that act's doer;
- a disapproval or coercion told with its doer and no one on its receiving end falls on the party
  the doer's last hostile act, a few sentences before, was aimed at ("Police arrested 40 protesters.
  Officers also seized leaflets");
- an act told without its doer takes its teller as the doer, except a court's acts (charges,
  convictions) and violence named by a noun ("the killing of X"): those are not done by whoever
  reports them;
- an act under "must" ("they must be released") is the teller's demand on the act's doer (or,
  when the text names none, on the party acted on), coded as the demand matching the act;
- a meeting, talks or a visit with no one named on the other side is held with the state of the
  place it happens in ("talks of the Iraqi delegation in Tehran").

When the state holds a `TRACE_KEY` list (`Pipeline.analyse` puts one there for `explain`), every
coded trigger's `Fate` is appended to it where it was decided: the event it became, or why it was
left out. Extraction holds no such list and records nothing.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from itertools import groupby
from typing import AbstractSet, Callable, Collection, Iterable, Optional

from pydantic import BaseModel, ConfigDict
from spacy.tokens import Doc, Span, Token

from newsgraph.errors import DictionaryError
from newsgraph.knowledge.cameo import PatternSet, get_cameo, get_patterns
from newsgraph.knowledge.datafiles import DATA_DIR, STATE_SECTORS, load_yaml, validate_entry
from newsgraph.knowledge.roles import get_role_lexicon
from newsgraph.knowledge.words import get_words
from newsgraph.model import Event, EventMention
from newsgraph.pipeline.actors import (CONTEXT as _CONTEXT_RULE, FIRST_PLURAL, ORG_REFERENCE_HEADS, ActorDraft,
                                       ActorTable, counted_people, token_of_char)
from newsgraph.pipeline.actors import LOCATIVE_PREPS as _SCENE_PREPS  # "in Santiago", "near Jenin"
from newsgraph.pipeline.dates import event_date
from newsgraph.pipeline.events import (ACT_NOUNS as _ACT_NOUNS, ACT_NOUN_VERBS, DEFINITE_DETERMINERS as _DEFINITE, DEMAND_FOR,
                                       EventCandidate, Fate, ResolvedEvent, _RELATIVE_PRONOUNS, _future_only,
                                       _has_child, _is_passive, _scheduled_or_bound, judges_by_a_label,
                                       act_key as _act_key, code_by_prefix, find_events, fought_among_rivals,
                                       merge_mentions, names_an_act as _names_an_act, parse_index)
from newsgraph.pipeline.factories import block_spans
from newsgraph.pipeline.headlines import headline_bounds, with_headline_events
from newsgraph.text import doc_text

__all__ = ["code_events", "side_key", "side_keys", "SYMMETRIC_CODES", "TRACE_KEY"]

# The state key of the list `code_events` appends each candidate's `Fate` to; present only when
# explaining (`Pipeline.analyse`), so that extraction pays nothing for it.
TRACE_KEY = "event_trace"

FIRST_SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
# Codes whose two sides do the same thing to each other: one event covers both directions.
SYMMETRIC_CODES = frozenset({"040", "046", "050", "057", "060", "061", "062", "063", "064", "0871"})
# Roots of acts two parties do together (consult, cooperate, agree, settle): quad classes 1 and 2.
_JOINT_QUAD_CLASSES = frozenset({1, 2})
# ... except appeals, aid and investigation: "the US and Britain urged restraint" and "observers from
# X and Y monitored the vote" are not X and Y acting on each other.
_NOT_JOINT_ROOTS = frozenset({"02", "07", "09"})
# "the two sides", "both countries": the pair of actors named together most recently.
_PAIR_NOUNS = frozenset({"side", "party", "country", "nation", "state", "government", "man", "minister",
                         "leader", "neighbour", "neighbor", "rival", "foe", "capital", "delegation",
                         "president", "counterpart", "army", "camp", "belligerent"})
_PAIR_WORDS = frozenset({"two", "both"})
# pair nouns that, counted with no determiner ("two men"), introduce people rather than point back
_NEW_PEOPLE_NOUNS = get_words().sides.new_people_nouns
_CAMP_DWELLER_WORDS = get_words().sides.camp_dweller_words
_EACH_WORDS = frozenset({"each", "either"})  # "each side", "Ruritania and Borduria each expelled"
_DISTRIBUTIVE_WORDS = _EACH_WORDS | {"both"}  # "both sides accused the other"
# "the belligerents", "the warring parties": the two sides of a fight, told of before
_BELLIGERENT_NOUNS = frozenset({"belligerent"})
_BELLIGERENT_WORDS = frozenset({"warring", "belligerent"})
# "the two armies", "both armies": the armed sides of the quarrel told of, whoever spoke or mediated last
_ARMY_PAIR_NOUNS = frozenset({"army", "military", "belligerent"})
_STATE_PAIR_NOUNS = frozenset({"country", "nation", "state", "government"})  # "both governments": two states
# Pair nouns that, with no pair of two states at hand, name the two states last told of ("both leaders").
_INTERSTATE_PAIR_NOUNS = _STATE_PAIR_NOUNS | frozenset({"side", "leader", "neighbour", "neighbor", "capital",
                                                        "president", "counterpart", "minister", "premier"})
_PAIR_MEMORY_SENTENCES = 6
_JOINT_PAIR_MEMORY_SENTENCES = 12  # the parties of talks stay "the two sides" through the report of them
# Roots and codes of acts that are events without anyone named on the receiving end (a demand, a
# threat, a protest, a show of force, a closed border): data/untargeted.yaml.
_UNTARGETED_FILE = DATA_DIR / "untargeted.yaml"
_UNTARGETED = load_yaml(_UNTARGETED_FILE, required=("roots", "codes"))


def _pattern_rules(rules: Iterable[str], path=_UNTARGETED_FILE) -> frozenset[str]:
    """The `rules:` of data/untargeted.yaml, each the id of a packaged pattern (data/verbs.yaml);
    a DictionaryError naming any that is not."""
    rules = frozenset(str(rule) for rule in rules)
    unknown = sorted(rules - {pattern.id for pattern in get_patterns().patterns})
    if unknown:
        raise DictionaryError(path, "`rules`: no pattern in verbs.yaml has the id(s) " + ", ".join(unknown))
    return rules


_UNADDRESSED_ROOTS = frozenset(str(root) for root in _UNTARGETED["roots"])
_UNADDRESSED_CODES = frozenset(str(code) for code in _UNTARGETED["codes"])
_UNADDRESSED_RULES = _pattern_rules(_UNTARGETED.get("rules", ()))
_YIELDING_CODES = frozenset(str(code) for code in _UNTARGETED.get("yielding", {}).get("codes", ()))
_YIELDING_LINKS = frozenset(_UNTARGETED.get("yielding", {}).get("links", ()))
_YIELDING_PRESSURES = frozenset(_UNTARGETED.get("yielding", {}).get("pressures", ()))
_SHOW_OF_FORCE_RULES = _pattern_rules(_UNTARGETED.get("shows_of_force", {}).get("rules", ()))
_SHOW_OF_FORCE_CODE = str(_UNTARGETED.get("shows_of_force", {}).get("code", "150"))


class _InhabitedPlaces(BaseModel):
    """untargeted.yaml `inhabited_places`: acts (by CAMEO root or code) that strike a place where
    people live, and the nouns of such places."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    roots: frozenset[str]
    codes: frozenset[str]
    nouns: frozenset[str]
    located_things: frozenset[str] = frozenset()


def _inhabited_places(raw: object, path=_UNTARGETED_FILE) -> _InhabitedPlaces:
    """The validated `inhabited_places` section; its roots and codes must be CAMEO codes."""
    places = validate_entry(path, _InhabitedPlaces, raw, entry="inhabited_places")
    unknown = sorted(c for c in places.roots | places.codes if c not in get_cameo())
    if unknown:
        raise DictionaryError(path, "not CAMEO codes: " + ", ".join(unknown), entry="inhabited_places")
    return places


_INHABITED_PLACES = _inhabited_places(_UNTARGETED.get("inhabited_places", {}))
_PLACE_STRUCK_ROOTS = _INHABITED_PLACES.roots
_PLACE_STRUCK_CODES = _INHABITED_PLACES.codes
_INHABITED_PLACE_NOUNS = _INHABITED_PLACES.nouns
_LOCATED_THING_NOUNS = _INHABITED_PLACES.located_things


class _Adversary(BaseModel):
    """untargeted.yaml `adversary`: roots of hostile acts that, told with no one on their receiving
    end, fall on the party their doer last acted against, and how many sentences back that act may be told."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    roots: frozenset[str]
    memory_sentences: int


def _adversary(raw: object, path=_UNTARGETED_FILE) -> _Adversary:
    """The validated `adversary` section; its roots must be CAMEO roots."""
    adversary = validate_entry(path, _Adversary, raw, entry="adversary")
    unknown = sorted(r for r in adversary.roots if r not in get_cameo())
    if unknown:
        raise DictionaryError(path, "not CAMEO codes: " + ", ".join(unknown), entry="adversary")
    return adversary


_ADVERSARY = _adversary(_UNTARGETED.get("adversary", {"roots": [], "memory_sentences": 0}))
_HOSTILE_QUADS = frozenset({3, 4})  # verbal and material conflict
_STATEMENT_ROOT = "01"

_JUDGING_ROOTS = frozenset({"05", "11"})  # praise or condemnation; a rejection is aimed at someone
_LEAVING_TALKS_CODES = frozenset({"164"})  # halting talks leaves the other side of the talks
_CAPTIVE_RELEASE_CODES = frozenset({"084", "0841"})  # releasing captives is done by those who hold them
_CEASEFIRE_CODES = get_words().sides.ceasefire_codes  # a halt to fighting is held towards the other side
_NEUTRALISING_VERBS = get_words().sides.neutralising_verbs
_AUTHORING_VERBS = get_words().sides.authoring_verbs
_DECIDING_VERBS = _AUTHORING_VERBS | get_words().sides.deciding_verbs
_COMBAT_WORDS = get_words().sides.combat_words | get_words().events.fighting_nouns
_LAW_ENFORCEMENT_SECTORS = frozenset({"COP", "SPY"})
_KIN_NOUNS = get_words().sides.kin_nouns
_CIVILIAN_PEOPLE_NOUNS = get_words().sides.civilian_people_nouns
_HELD_PEOPLE_NOUNS = get_words().sides.held_people_nouns
_CONVICTED_PEOPLE_NOUNS = get_words().sides.convicted_people_nouns
_VESSEL_NOUNS = get_words().sides.vessel_nouns
_VESSEL_MEMORY_SENTENCES = 3  # how far back "the vessel" looks for the craft it takes up
_OWNING_PARTICIPLES = get_words().sides.owning_participles
_JUDGED_DEED_NOUNS = get_words().sides.judged_deed_nouns
_STRUCK_PART_NOUNS = get_words().sides.struck_part_nouns
_STRUCK_WHOLE_MEMORY_SENTENCES = 1  # "the lead vehicle" takes up force told in its sentence or the one before
_OWNED_MEMORY_SENTENCES = 4  # how far back "the plant" looks for "a Russian-owned plant"
_GIVEN_THING_MEMORY_SENTENCES = 12  # how far back "welcomed the corridor" looks for "agreed to open a corridor"
_PARTY_NOUNS = get_words().sides.party_nouns
_CRISIS_NOUNS = get_words().sides.crisis_nouns
# Aid with no recipient named that goes to the state a crisis story is about: economic and
# humanitarian aid, its pledges, and asylum (not arms nor peacekeepers, sent to a side, not a people).
_STRICKEN_STATE_AID_CODES = frozenset({"070", "071", "073", "075"})
_AID_PLEDGE_PREFIX = "033"
# Codes of acts only a court or a prosecutor does; their teller is never their doer.
_JUDICIAL_CODES = frozenset({"115", "116", "1121", "1122", "1123", "1124", "1125"})
_CONSULT_ROOT = "04"
_AID_ROOT = "07"
_PLEDGE_ROOT = "03"
_PROTEST_ROOT = "14"
# Roots of the acts that make an agreement (sign it, agree a ceasefire): what "the deal" refers back to.
_AGREEING_ROOTS = frozenset({"03", "05", "08"})
# What an armed side holds: struck with "its"/"their" before them, they name their holder.
_HELD_PLACE_NOUNS = frozenset({"position", "base", "camp", "stronghold", "hideout", "facility", "headquarters",
                               "post", "outpost", "depot", "site", "target", "infrastructure", "launcher", "fighter",
                               "station", "barracks", "checkpoint", "garrison"})
# Conflicts two parties wage on each other when both are named as doers and no one else is named:
# "Armenia and Azerbaijan traded fire", "the two states downgraded their ties".
_RECIPROCAL_CONFLICT_CODES = frozenset({"160", "161", "190", "193"})
# What two parties fight together, not a party ("X and Y fought a border war").
_WAR_NOUNS = frozenset({"war", "battle", "conflict", "skirmish", "duel", "campaign"})
_SYMPATHY_CODE = "018"
_RIOT_CODE = "145"
_CROWD_COERCING_SECTORS = frozenset({"COP", "MIL"})
_CROWD_SECTORS = frozenset({"CVL", "OPP"})
_GATHERING_WORDS = frozenset({"crowd", "rally", "protest", "demonstration", "march", "gathering", "protester",
                              "protestor", "demonstrator", "supporter", "student", "marcher"})
_PROTESTER_HEADS = frozenset({"protester", "protestor", "demonstrator", "rioter", "mob"})
_VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
# Sectors whose tellers of violence may be its doers: the state and armed groups.
_ARMED_TELLER_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "REB"})
# Other bodies that may do forceful acts they tell of: courts order detentions, missions and peacekeepers act.
_FORCE_WIELDING_BODIES = frozenset({"JUD", "IGO", "CRM", "INS", "PTY", "OPP"})
_ARMED_OR_FORCE_WIELDING = _ARMED_TELLER_SECTORS | _FORCE_WIELDING_BODIES
# Tellers who only saw or heard of what they tell: witnesses and other civilians, the press.
_ONLOOKER_SECTORS = frozenset({"CVL", "MED"})
_INVESTIGATE_ROOT = "09"
_MEDIATE_CODE = "045"
_EXPEL_CODE = "174"
_ENVOY_WORDS = frozenset({"ambassador", "envoy", "diplomat", "representative", "chargé", "charge", "consul",
                          "emissary", "delegation"})
# Roots of reactions to other acts (appeals, praise, demands, criticism, rejection).
_REACTION_ROOTS = frozenset({"02", "05", "10", "11", "12"})
_FORCE_SHOW_ROOT = "15"
_NEAR_PREPS = frozenset({"in", "near", "off", "around", "over", "along"})
_STRUCK_PLACE_PREPS = _NEAR_PREPS | {"across", "throughout", "inside"}
# Appeals and demands: one aimed at an act ("demanded the journalist's release") asks it of the state
# the article is about when no one else is named.
_ASKING_ROOTS = frozenset({"02", "10"})
_DEMAND_ROOT = "10"
_APPEAL_ROOT = "02"
# appeals that go to no state when no one is named: for aid (to donors), for calm, restraint or
# talks (to every side), to end protests (to the protesters)
_APPEALS_TO_ANYONE = ("023", "0252", "0256", "026", "027", "028")
_RELEASE_ASKED_CODES = frozenset({"1053", "0253"})  # demanding or appealing for someone's release
_CAPTURE_CODES = frozenset({"171", "1711", "173", "181"})  # seizing, arresting or abducting
_DISSENT_EASED_CODE = "082"  # a strike or protest called off
_DISSENT_THREATENED_CODE = "133"  # threatening a protest or strike
_CONDITIONAL_ROOTS = frozenset({"03", "13"})  # promises and threats: told with their conditions
_CONDITION_MARKS = frozenset({"if", "unless"})
_AWAITED_MARKS = frozenset({"until", "till", "before"})  # "will not resume until X reopens the border"
_AWAITED_UNDER_NEGATION = frozenset({"until", "till"})  # "did not resume until": waited for, not "before"
# Roots of pressure on someone (demands, disapproval, rejection, threats, protests): one told with no
# target continues the teller's last such act, within a couple of sentences.
_PRESSING_ROOTS = frozenset({"10", "11", "12", "13", "14"})
_PRESSING_MEMORY_SENTENCES = 2
# An official acting on no one named acts on the other state of a pair told of this recently (in sentences).
_COUNTERPART_MEMORY_SENTENCES = 1
# Places and facilities: they suffer acts but do none ("a military base in X" is no doer).
_PLACE_NOUNS = frozenset({"base", "site", "facility", "building", "compound", "camp", "post", "outpost",
                          "station", "barracks", "checkpoint", "installation", "garrison", "position",
                          "area", "town", "city", "village", "region", "district", "province", "border"})
_FORCE_HEADS = frozenset({"army", "military", "force", "forces", "troops", "navy", "police"})
# Bare role words before a place struck that name its holder ("rebel positions", "army bases").
_STATE_FORCE_WORDS = frozenset({"army", "military", "government", "regime", "police", "navy", "naval"})
_REBEL_WORDS = frozenset({"rebel", "militant", "insurgent", "jihadist", "guerrilla", "separatist", "militia"})
_HOLDER_WORDS = _STATE_FORCE_WORDS | _REBEL_WORDS
_FORCE_SECTORS = {"army": "MIL", "military": "MIL", "navy": "MIL", "naval": "MIL", "police": "COP"}
_MADE_ON_DEMAND = 50  # the strength of a code the words themselves give (the actor stage's TITLE)
_THREAT_ROOT = "13"
# Fighting told by a noun and a verb at once ("strikes hit X"); an assault's verb keeps its own code
# ("a bomb killed four": the bombing, 183)
_FOLDED_FORCE_ROOTS = frozenset({"19", "20"})
# What a force moves in, struck like the places it holds: "an ambush on a police convoy".
_MOVING_UNITS = frozenset({"convoy", "patrol", "vehicle", "column", "unit", "helicopter", "boat"})
_OWNED_PLACE_NOUNS = _PLACE_NOUNS | _HELD_PLACE_NOUNS  # what "its"/"their" may own when struck
_HELD_THINGS = _HELD_PLACE_NOUNS | _MOVING_UNITS  # what a bare "rebel"/"army" before it says who holds
# Prepositions of the threatened act that name whom a threat is aimed at ("deduct pay from teachers").
_THREATENED_PREPS = frozenset({"from", "against", "on", "to"})
# "acted at the request of X", "on the invitation of X": X asked, and the clause's doer was asked
_ASKED_FOR_PREPS = frozenset({"at", "on", "upon"})
_MILITARY_WORDS = frozenset({"army", "military", "naval", "navy", "air", "airforce", "missile", "police"})
_PLACE_KINDS = frozenset({"capital"})  # mention kinds that name a place, not a party
_VISIT_CODES = frozenset({"042", "043"})
_VISIT_CODE = "042"
_THIRD_PLACE_CODE = "044"
# Roots of armed acts: shows of force, assaults, fighting, mass violence.
_ARMED_ROOTS = frozenset({"15", "18", "19", "20"})
_UNARMED_CODES = frozenset({"191"})  # a blockade or closed borders is imposed by the state
_FORCE_QUAD_CLASS = 4
_OPENING_VERBS = frozenset({"open", "launch", "order", "start", "begin", "initiate", "announce"})
_SEIZURE_CODE = "171"  # seizing or confiscating property, and its sub-codes
# Roots of coercion and assault, which a state's organs do to unnamed people ("detained dozens").
_COERCION_ROOTS = frozenset({"17", "18"})
# Words naming unnamed people or a gathering of them.
_CROWD_WORDS = frozenset({"people", "person", "persons", "those", "dozen", "dozens", "hundred", "hundreds",
                          "thousand", "thousands", "several", "many", "some", "others", "rally", "protest",
                          "demonstration", "march", "gathering", "crowd", "sit-in", "resident", "civilian",
                          "individual", "man", "woman", "youth", "student", "supporter", "participant",
                          "suspect"})
_PLACE_PREPS = ("in", "at")
_TOPIC_PREPS = frozenset({"on", "about", "over", "concerning", "regarding"})
# "the country", "the nation" with no name: the state the article is about.
_THE_COUNTRY = frozenset({"country", "nation"})
# "the presidential palace", "the royal palace": the seat of the article's government.
# Works a state runs, which an attack on them at a place of unknown state is aimed at.
_PUBLIC_WORKS = frozenset({"refinery", "plant", "dam", "port", "airport", "depot", "pipeline", "terminal",
                           "oilfield", "reservoir", "substation", "bridge"})
_UNION_NOUNS = frozenset({"union", "syndicate"})
_EMPLOYEE_WORDS = frozenset({"employee", "worker", "staff", "employees", "workers"})
_SEATS_OF_POWER = frozenset({"palace", "residence", "compound"})
_SEAT_MODIFIERS = frozenset({"presidential", "royal", "president", "prime", "government", "governmental"})
# Nouns naming an act or a decision that a reaction can be aimed at, beyond the coded triggers.
# The outcome of a vote, which a reaction to it is aimed at the state that held it for.
_VERDICT_ROOTS = frozenset({"05", "11", "12"})  # praising, condemning or rejecting what was done
_VOTE_OUTCOME_NOUNS = frozenset({"result", "results", "outcome", "referendum", "election", "vote", "poll", "count",
                                 "tally"})
# What one rejects when one rejects an accusation in other words.
_CLAIM_NOUNS = frozenset({"charge", "accusation", "allegation", "claim", "criticism", "assertion", "charges"})
_REJECTION_ROOT = "12"
_DISAPPROVAL_ROOT = "11"
_VERDICT_NOUNS = frozenset({"ruling", "verdict", "judgment", "judgement"})  # what a court hands down
_DECISION_NOUNS = frozenset({"decision"}) | _VERDICT_NOUNS
# nouns naming a decision without naming it ("welcomed the move"): taken up as whoever took it
_DECIDING_NOUNS = _DECISION_NOUNS | {"move", "step"}
_FINDING_CODE = "116"  # a court's finding against someone ("ruled that X violated", "found him guilty")
_WORDED_ROOTS = frozenset({"02", "05", "10", "11"})  # appeals, praise, demands, criticism: said, not decided
# nouns naming an episode without naming what was done ("called the incident a provocation")
_EPISODE_NOUNS = frozenset({"incident", "operation", "case", "action"})
_DECIDED_ROOTS = frozenset({"08", "16", "17"})  # acts a "decision" or "ruling" may name: easing, sanctions, coercion
_REPRESSION_CODE = "175"  # force used on crowds, which no one "decides" ("police fired tear gas")


def code_events(doc: Doc, state: dict, patterns, published: Optional[date],
                verb_only_lemmas: frozenset[str] = frozenset()) -> list[Event]:
    """The article's events, their sides as actor keys (the record maps them to ids);
    `verb_only_lemmas` as for `find_events`."""
    global _SIDE_READINGS
    outer, _SIDE_READINGS = _SIDE_READINGS, {}
    try:
        with parse_index(doc, verb_only_lemmas):
            return _code_events(doc, state, patterns, published, verb_only_lemmas)
    finally:
        _SIDE_READINGS = outer


def _code_events(doc: Doc, state: dict, patterns, published: Optional[date],
                 verb_only_lemmas: frozenset[str]) -> list[Event]:
    table: ActorTable = state["actors"]
    trace: Optional[list] = state.get(TRACE_KEY)
    dropped: list[tuple[ResolvedEvent, str, Optional[ResolvedEvent]]] = []  # (act, why, act kept instead)
    quotes = [q for q in state.get("quotes", []) if q.kind in ("direct", "partial") and q.speaker]
    resolved: list[ResolvedEvent] = []
    sentence_number = {s.start: n for n, s in enumerate(doc.sents)}
    recent_pair: Optional[tuple[str, str, int]] = None  # (actor, actor, sentence number)
    # the parties of the last joint act (talks, a deal) or of a pair named together ("relations
    # between A and B"): what "the two sides" points back to before any other dyad
    joint_pair: Optional[tuple[str, str, int]] = None
    last_pressed: dict[str, tuple[str, int]] = {}  # source -> (target, sentence) of its last demand
    last_pressed_by_government: dict[str, tuple[str, int]] = {}  # the same, by the state a government voice speaks for
    earlier_pairs: list[tuple[str, str, int, int]] = []  # (actor, actor, sentence, memory), newest last
    pair_just_told: dict[int, tuple[str, str]] = {}  # trigger index -> the pair told in its sentence or the one before
    candidates = with_headline_events(doc, state, find_events(doc, patterns, verb_only_lemmas, trace), patterns)
    acts_ordered = frozenset(c.ordered_by for c in candidates if c.ordered_by is not None)
    orderers: dict[int, tuple[str, str]] = {}  # order trigger -> (the state organ giving it, its firm or school taking it)
    for _, group in groupby(candidates, key=lambda c: c.trigger.i):
        group = list(group)
        if _order_coded(group[0], resolved):
            if trace is not None:
                trace.extend(Fate.of(c, "replaced by a recoding: coded as what the order over it asks for") for c in group)
            continue
        here = sentence_number.get(group[0].sentence.start, 0)
        pair = next((p[:2] for p, memory in ((joint_pair, _JOINT_PAIR_MEMORY_SENTENCES),
                                             (recent_pair, _PAIR_MEMORY_SENTENCES))
                     if p and here - p[2] <= memory), None)
        if pair is None:
            pair = _pair_named_before_the_pair_noun(table, group)
        pair = _pair_apart_from_the_other_side(table, group, quotes, pair, earlier_pairs, here)
        pair = _quarrel_appealed_to(table, group, pair, resolved) or pair
        if any(p and p[:2] == pair and here - p[2] <= _COUNTERPART_MEMORY_SENTENCES for p in (joint_pair, recent_pair)):
            pair_just_told[group[0].trigger.i] = pair
        if group[0].modality == "demanded" and group[0].root != "10":
            dyads = _demand_dyads(table, group, quotes)
        else:
            dyads = [_placed(table, d) for d in _dyads(table, group, quotes, pair, patterns)]
        if group[0].root in _COERCION_ROOTS:
            dyads = [_crowd_target(table, d, quotes) for d in dyads]
        if group[0].root in _ARMED_ROOTS and group[0].code not in _UNARMED_CODES:
            dyads = [_armed_dyad(table, d) for d in dyads]
        if group[0].code in _VISIT_CODES:
            dyads = [(c, s, None if _home_state(table, s, t) else t) for c, s, t in dyads]
        for cand, source, target in dyads:
            if cand.ordered_by in orderers and source == orderers[cand.ordered_by][1]:
                # "the ministry ordered banks to freeze the accounts": the state's measure, the banks its means
                source = orderers[cand.ordered_by][0]
            cand = _as_riot(table, cand, source)
            cand = _frozen_at_home(table, cand, source, target)
            if _neutralised_outside_a_fight(table, cand, source):
                if trace is not None:
                    trace.append(Fate.of(cand, "police or intelligence putting suspects out of action, in no fight "
                                               "the sentence tells of: no use of armed force"))
                continue
            if _talk_with_the_press(table, cand, target):
                if trace is not None:
                    trace.append(Fate.of(cand, "talking with reporters or an outlet: an interview, no consultation"))
                continue
            if _staffing_of_a_body(table, cand, source):
                if trace is not None:
                    trace.append(Fate.of(cand, "a body's staffing, not a change in a state's leadership"))
                continue
            if _command_within_a_state(table, cand, source, target, acts_ordered):
                if source is not None and target is not None and cand.trigger.i in acts_ordered:
                    orderers[cand.trigger.i] = (source, target)
                if trace is not None:
                    trace.append(Fate.of(cand, "an order down one state's chain of command, no demand on another party"))
                continue
            if _not_news(cand) is None:
                if target is None and source is not None and cand.code in _LEAVING_TALKS_CODES and pair:
                    # "talks between A and B collapsed after B walked out": B left A
                    target = _other_party(table, pair, source)
                if target is None and source is not None and pair and _ceasefire(cand):
                    # "after talks with A, B will halt attacks": B holds its fire against A
                    target = _foe_held_off(table, pair, source)
                if target is None and source is not None and cand.root in _PRESSING_ROOTS:
                    # "China calls on the U.S. to stop. It will take all necessary measures":
                    # a teller pressing on goes on pressing the same party
                    earlier = last_pressed.get(source)
                    if cand.root == _THREAT_ROOT:
                        # "X's ministry urged Y ... Beijing would take necessary steps": another voice
                        # of the same government goes on to threaten the state it pressed; the newer
                        # demand wins
                        by_government = last_pressed_by_government.get(_government_voice(table, source))
                        earlier = max((e for e in (earlier, by_government) if e), key=lambda e: e[1], default=None)
                    if earlier is not None and here - earlier[1] <= _PRESSING_MEMORY_SENTENCES:
                        target = earlier[0]
                resolved.append(ResolvedEvent(cand, source, target))
                if source and target and cand.code != _MEDIATE_CODE and not _counted_out(table, target):
                    # a mediator is no side, nor are people counted out ("freed 23 civil servants")
                    recent_pair = (source, target, here)
                    if _is_joint_act(cand):
                        joint_pair = (source, target, here)
                    if cand.root in _PRESSING_ROOTS or cand.root == "02":
                        last_pressed[source] = (target, here)
                        voice = _government_voice(table, source)
                        if voice is not None:
                            last_pressed_by_government[voice] = (target, here)
            elif trace is not None:
                trace.append(Fate.of(cand, _why_not_news(cand, patterns)))
        if recent_pair is None or recent_pair[2] != here:
            named = _pair_named_in(table, group[0].sentence)
            if named:
                recent_pair = (*named, here)
        if joint_pair is None or joint_pair[2] != here:
            joined = _pair_joined_in(table, group[0].sentence)
            if joined:
                joint_pair = (*joined, here)
        mediated = _parties_mediated(table, group, resolved)
        if mediated is not None:  # "mediated between A and B ... thanked both sides": A and B
            joint_pair = recent_pair = (*mediated, here)
        _remember_pairs(earlier_pairs, ((joint_pair, _JOINT_PAIR_MEMORY_SENTENCES),
                                        (recent_pair, _PAIR_MEMORY_SENTENCES)))
    from newsgraph.pipeline.evaluations import evaluation_events  # criticism/praise found in quotations
    resolved.extend(evaluation_events(doc, table, state.get("quotes", []), resolved))
    folded = _force_nouns_as_subjects_folded(resolved)
    if len(folded) != len(resolved):
        _left_out(dropped, resolved, folded, "one act with the force its subject names ('strikes hit X')")
    resolved = folded
    acts = merge_mentions(resolved, lambda a, b: _the_narrower_of_one_party(table, a, b))
    _participles_done_by_the_main_doer(acts)
    _participles_aimed_like_the_main_act(acts, patterns)
    _reactions_aimed_at_the_doer(acts, table, patterns)
    _target_the_doer(acts, table, patterns)
    _protests_aimed_like_the_act_before(acts)
    _labels_decried_aimed_at_the_state(acts, table)
    _reactions_aimed_at_the_author(acts, table, [q for q in state.get("quotes", []) if q.speaker])
    _passives_done_by_the_doer_before(acts, table, text=doc_text(doc))
    _force_answered_at_the_attacker(acts, table, sentence_number)
    _parts_struck_aimed_at_the_whole(acts, table, sentence_number)
    before = acts
    acts = _responses_aimed_at_the_measures(acts, table, patterns)
    if trace is not None:
        _left_out(dropped, before, acts, "a response that names no one it answers, and no doer of the measures "
                                         "it answers is told before")
    _demands_on_the_state(acts, table)
    _release_asked_of_the_captor(acts, table)
    acts = _offers_aimed(acts, table, quotes)
    acts = _one_per_dyad_and_sentence(acts, table, dropped if trace is not None else None)
    before = acts
    acts = _without_violence_retold_of_its_doer(acts)
    if trace is not None:
        _left_out(dropped, before, acts, "told as the way another violent act of the sentence, by the same doer "
                                         "on the same victim, was done")
    before = acts
    acts = _violence_taken_up_again(acts, table, patterns, sentence_number)
    if trace is not None:
        _left_out(dropped, before, acts, "a definite noun taking up a violent act told before ('the attack'): "
                                         "a report of that act")
    before = acts
    # a state's measure on a place (a state of emergency in four towns) is aimed at the place's state
    # before it is kept with its doer alone
    acts = [a for a in (_with_a_target(table, a, patterns, pair_just_told.get(a.candidate.trigger.i))
                        or _aimed_at_the_last_adversary(table, a, acts, sentence_number)
                        for a in acts) if a is not None]
    if trace is not None:
        kept = {id(a.candidate) for a in acts}  # an act given a target is a new object with the same candidate
        dropped.extend((a, _why_no_target(a), None) for a in before if id(a.candidate) not in kept)
    targeted = acts
    acts = _headline_acts_told_in_the_body(before, targeted, table, headline_bounds(doc), _lead_end(doc))
    if trace is not None:
        _left_out(dropped, targeted, acts, "a headline's act the lead tells again: one more report of that act")
    for act in acts:
        if _one_party(table, act.source_id, act.target_id):
            act.target_id = None  # "Zambia's opposition" rejecting "Zambia's main opposition party": no act on itself
    places = state.get("places", [])
    text = doc_text(doc)
    events = []
    for n, ev in enumerate(acts, 1):
        cand = ev.candidate
        trigger = cand.trigger
        # the event's own report first (a headline told again in the lead is listed after it)
        reports = sorted(ev.mentions or [cand], key=lambda r: (r.trigger.i != trigger.i, r.trigger.i))
        events.append(Event(
            id=f"e{n}", source=ev.source_id, target=ev.target_id, code=cand.code, root=cand.root,
            quad_class=cand.quad_class, goldstein=cand.goldstein, negated=cand.negated,
            modality=cand.modality,
            date=_iso(_day_of_the_act(reports, published)),
            location=_place_of_the_act(places, reports),
            evidence=_text_of(text, cand.sentence), start=trigger.idx, end=trigger.idx + len(trigger.text),
            rule=cand.rule, confidence=cand.confidence,
            mentions=[EventMention(evidence=_text_of(text, m.sentence), start=m.trigger.idx,
                                   end=m.trigger.idx + len(m.trigger.text)) for m in reports],
        ))
    if trace is not None:
        _trace_fates(trace, acts, dropped)
    return events


def _the_narrower_of_one_party(table: ActorTable, a: str, b: str) -> Optional[str]:
    """Of two actors, the one that tells the other more narrowly when they are one party: a state
    and its own government body or office holder ("Chile" and "Chile's foreign ministry"); None
    when they are two parties."""
    first, second = table.drafts.get(a), table.drafts.get(b)
    if first is None or second is None or first.country is None or first.country != second.country:
        return None
    for state, organ in ((first, second), (second, first)):
        if state.type == "GPE" and organ.type != "GPE" and organ.sector in STATE_SECTORS:
            return organ.key
    return None


def _why_not_news(cand: EventCandidate, patterns) -> str:
    """Why `code_events` leaves an act out as not news (`_not_news`), a hypothetical act only
    to come told as future."""
    reason = _not_news(cand) or ""
    trigger = cand.trigger
    if reason == _HYPOTHETICAL and (_future_only(trigger, patterns) or (
            trigger.pos_ in ("VERB", "AUX") and _scheduled_or_bound(trigger, patterns))):
        return "not told as done (future)"
    return reason


def _why_no_target(act: ResolvedEvent) -> str:
    """Why an act with no actor on its receiving end is left out (see `_kept_without_a_target`)."""
    cand = act.candidate
    if act.source_id is None:
        words = [f"'{side.text}'" for side in (cand.source, cand.target) if side is not None]
        if not words:
            return "no side words: the text names neither side of the act"
        return f"side words {' and '.join(words)} resolved to no actor"
    unresolved = f" ('{cand.target.text}' resolved to no actor)" if cand.target is not None else ""
    if cand.rule == _BARE_ORDER_RULE:
        return f"no target{unresolved}: an order given to no named party is an instruction down one's own line of command"
    return (f"no target{unresolved}, and code {cand.code} needs one (data/untargeted.yaml lists the acts "
            f"that are events with only their doer named)")


def _left_out(dropped: list, before: list[ResolvedEvent], after: list[ResolvedEvent], why: str) -> None:
    """Record the acts of `before` that a step left out of `after`."""
    kept = {id(a) for a in after}
    dropped.extend((a, why, None) for a in before if id(a) not in kept)


def _trace_fates(trace: list, acts: list[ResolvedEvent], dropped: list) -> None:
    """Append to `trace` the fate of every report of every act: the event it became (numbered as
    `code_events` numbers them), another report of one, or why its act was left out."""
    number = {id(act): f"e{n}" for n, act in enumerate(acts, 1)}
    noted: set[int] = set()
    for act in acts:
        for report in act.mentions or [act.candidate]:
            if id(report) not in noted:
                noted.add(id(report))
                first = report is act.candidate or report.trigger.i == act.candidate.trigger.i
                trace.append(Fate.of(report, ("event " if first else "another report of ") + number[id(act)]))
    for act, why, instead in dropped:
        if instead is not None:
            kept = number.get(id(instead))
            why = why.format(kept=f"kept {kept}" if kept else "the act kept instead was left out too")
        for report in act.mentions or [act.candidate]:
            if id(report) not in noted:
                noted.add(id(report))
                own = report is act.candidate or report.trigger.i == act.candidate.trigger.i
                trace.append(Fate.of(report, why if own else f"a report of an act left out: {why}"))


def _with_a_target(table: ActorTable, act: ResolvedEvent, patterns,
                   pair_just_told: Optional[tuple[str, str]]) -> Optional[ResolvedEvent]:
    """The act with the target it is aimed at, the act alone when it means something without one,
    or None: its own target; for a measure on a place (a state of emergency in four towns), the
    place's state; kept without a target; the place's state; a missile fired at nothing named, as a
    show of force; the other state of the pair just told of."""
    if act.target_id is not None:
        return act
    struck_place = act.candidate.code in _PLACE_STRUCK_CODES
    if struck_place and (aimed := _aimed_at_the_state_of_the_place(table, act)) is not None:
        return aimed
    if _kept_without_a_target(act, patterns):
        return act
    if not struck_place and (aimed := _aimed_at_the_state_of_the_place(table, act)) is not None:
        return aimed
    if act.source_id is not None and act.candidate.rule in _SHOW_OF_FORCE_RULES \
            and all(report.target is None for report in (act.candidate, *act.mentions)):
        # fired at nothing named ("fired a ballistic missile"): a test; "fired missiles at Kharkiv" is no show
        return replace(act, candidate=_as_show_of_force(act.candidate))
    return _aimed_at_the_other_state(table, act, pair_just_told) or _aid_to_the_stricken_state(table, act)


def _same_party(table: ActorTable, doer: str, side: str) -> bool:
    """Whether `side` is the doer itself or speaks for the same party: one of the same country and
    sector, or the state a government organ or official belongs to."""
    if side == doer:
        return True
    country, sector = _code_of(table, doer)
    if country is None:
        return False
    return _code_of(table, side) == (country, sector) \
        or (sector in STATE_SECTORS and table.state_key(country) == side)


def _aimed_at_the_last_adversary(table: ActorTable, act: ResolvedEvent, acts: list[ResolvedEvent],
                                 sentence_number: dict[int, int]) -> Optional[ResolvedEvent]:
    """English news leaves out the adversary the reader already knows: a hostile act told with its
    doer and no one on its receiving end ("Officers also seized leaflets", "the foreign ministry
    lodged a formal protest") falls on the party the doer's last hostile act (quad classes 3 and 4)
    was aimed at, told in its sentence or the few before (untargeted.yaml `adversary`): the party
    it acted against as doer, not one that acted on it, nor one it last met or appealed to. None
    when no such act is told, when the act names whom it falls on (people or a name the actor stage
    cannot read), when it is told inside another act ("accused X of provocations"), or when the
    sentence already codes that dyad for the act's root. `_force_answered_at_the_attacker` and
    `_protests_aimed_like_the_act_before` are the narrower readings of the same habit."""
    cand = act.candidate
    if act.source_id is None or act.target_id is not None or cand.root not in _ADVERSARY.roots \
            or cand.sentence.start not in sentence_number or _told_inside_another_act(cand.trigger, acts) \
            or (cand.target is not None and _names_people(cand.target)):
        return None
    here = sentence_number[cand.sentence.start]
    last: Optional[tuple[int, str]] = None  # (trigger index, target) of the doer's last hostile act
    for other in acts:
        if other.source_id is None or other.target_id is None or other.candidate.quad_class not in _HOSTILE_QUADS \
                or not _same_party(table, act.source_id, other.source_id) \
                or _same_party(table, act.source_id, other.target_id):
            continue
        for report in (other.candidate, *other.mentions):
            told = sentence_number.get(report.sentence.start)
            if told is not None and report.trigger.i < cand.trigger.i and here - told <= _ADVERSARY.memory_sentences \
                    and (last is None or report.trigger.i > last[0]):
                last = (report.trigger.i, other.target_id)
    if last is None:
        return None
    aimed = (_dyad_side(table, act.source_id), _dyad_side(table, last[1]))
    if any(a.candidate.root == cand.root and a.candidate.sentence.start == cand.sentence.start
           and a.target_id is not None and (_dyad_side(table, a.source_id), _dyad_side(table, a.target_id)) == aimed
           for a in acts):
        return None
    return replace(act, target_id=last[1], candidate=replace(cand, rule=f"{cand.rule}+adversary"))


def _names_people(words: Span) -> bool:
    """Whether a side's words name people or a party the actor table codes as no actor (a name it
    cannot read, "two relatives of the inmates", "41 escapees", "dozens"): an act that names them
    falls on them, not on a party told before."""
    lemma = words.root.lemma_.lower()
    return words.root.pos_ == "PROPN" or lemma in _KIN_NOUNS or lemma in _HELD_PEOPLE_NOUNS \
        or _names_civilian_people(words) or _names_a_crowd(words)


def _force_nouns_as_subjects_folded(resolved: list[ResolvedEvent]) -> list[ResolvedEvent]:
    """"Strikes hit Lebanon", "shelling struck the town": force named by a noun that is the subject of
    a verb of force is one act, the noun's; it takes the verb's target when it has none, and the verb's
    act goes."""
    by_trigger = {act.candidate.trigger.i: act for act in resolved
                  if act.candidate.trigger.pos_ == "NOUN" and act.candidate.root in _FOLDED_FORCE_ROOTS}
    kept: list[ResolvedEvent] = []
    for act in resolved:
        cand = act.candidate
        subject = cand.source.root if cand.source is not None else None
        noun_act = by_trigger.get(subject.i) if subject is not None and cand.trigger.pos_ == "VERB" \
            and cand.root in _FOLDED_FORCE_ROOTS else None
        if noun_act is None or noun_act is act \
                or (act.source_id not in (None, noun_act.source_id) and noun_act.source_id is not None):
            kept.append(act)
            continue
        noun_act.source_id = noun_act.source_id or act.source_id  # "Israeli strikes hit X": the strikes' doer
        if noun_act.target_id is None and act.target_id is not None:
            noun_act.target_id = act.target_id
    return kept


def _told_inside_another_act(trigger: Token, acts: list[ResolvedEvent]) -> bool:
    """Whether an act named by a noun is told inside what another coded act of its sentence says or
    names ("accused Vilnius of staging provocations": the provocations are the accusation's content),
    not as an act beside it ("arrested 22 fishermen and seized three trawlers"); an act told by a verb
    of a reported clause is an act of its own."""
    if trigger.pos_ != "NOUN":
        return False
    triggers = {a.candidate.trigger.i for a in acts if a.candidate.root != _STATEMENT_ROOT}
    word, nested = trigger, False
    while word.head.i != word.i:
        nested = nested or word.dep_ != "conj"
        word = word.head
        if nested and word.i in triggers:
            return True
    return False


def _recoded(cand: EventCandidate, code: str, tag: str) -> EventCandidate:
    """The candidate coded as ``code`` instead, its rule tagged with why ("+visit", "+riot")."""
    entry = get_cameo().get(code)
    return replace(cand, code=entry.code, root=entry.root, quad_class=entry.quad_class, goldstein=entry.goldstein,
                   rule=f"{cand.rule}+{tag}")


def _as_show_of_force(cand: EventCandidate) -> EventCandidate:
    """A missile fired at no one named: a test, a show of force (untargeted.yaml `shows_of_force`)."""
    return _recoded(cand, _SHOW_OF_FORCE_CODE, "show")


def _aid_to_the_stricken_state(table: ActorTable, act: ResolvedEvent) -> Optional[ResolvedEvent]:
    """Aid, or a pledge of aid, that a foreign state sends with no recipient named, in a story of a
    disaster or a crisis ("Ruritania sent two helicopters and maize flour", "pledged medical
    supplies"): aimed at the state the article is about, whose people get it; None otherwise."""
    cand = act.candidate
    if act.source_id is None or table.main_country is None or not (
            cand.code in _STRICKEN_STATE_AID_CODES or cand.code.startswith(_AID_PLEDGE_PREFIX)):
        return None
    donor = table.drafts.get(act.source_id)
    if donor is None or donor.country in (None, table.main_country) \
            or not (donor.type == "GPE" or donor.sector in STATE_SECTORS):
        return None
    stricken = table.state_key(table.main_country)
    if stricken is None or not _tells_of_a_crisis(cand.sentence.doc):
        return None
    return replace(act, target_id=stricken)


def _tells_of_a_crisis(doc: Doc) -> bool:
    """Whether the article names a disaster or a crisis (words.yaml `sides.crisis_nouns`)."""
    crisis = {doc.vocab.strings.add(noun) for noun in _CRISIS_NOUNS}
    return not crisis.isdisjoint(doc.to_array("LEMMA").tolist())


def _kept_without_a_target(act: ResolvedEvent, patterns) -> bool:
    """Whether an act with no one named on its receiving end is still an event: its doer is named
    and the act means something without a target (data/untargeted.yaml), reacts to another act,
    opens an inquiry, or is a joint act with an unnamed partner."""
    if act.source_id is None:
        return False
    cand = act.candidate
    if cand.rule == _BARE_ORDER_RULE:
        # "ordered the provincial police chief to submit a report": an order given to no party an
        # actor names is an instruction down its giver's own line of command, no demand on another
        return False
    return (cand.root in _UNADDRESSED_ROOTS or cand.code in _UNADDRESSED_CODES or cand.rule in _UNADDRESSED_RULES
            or _reaction_to_an_act(cand, patterns) or _inquiry_opened(cand) or _yields_to_pressure(cand)
            or any(_joint_act_with_an_unnamed_partner(m) for m in act.mentions or [cand]))


# A superior accepting a resignation: a change in a state's leadership when a state's organ accepts it.
_ACCEPTED_RESIGNATION_RULE = "accept.resignation.v"
# A bare order ("ordered X to ..."), with no act of its own coded by a more specific pattern.
_BARE_ORDER_RULE = "order.v"


def _staffing_of_a_body(table: ActorTable, cand: EventCandidate, source: Optional[str]) -> bool:
    """Whether a resignation accepted by one who speaks for no state ("the secretary-general
    accepted the envoy's resignation") is a body's staffing rather than a change of leadership."""
    if cand.rule != _ACCEPTED_RESIGNATION_RULE:
        return False
    draft = table.drafts.get(source) if source is not None else None
    return draft is None or draft.sector not in STATE_SECTORS


def _government_voice(table: ActorTable, key: str) -> Optional[str]:
    """The state a government body or official speaks for ("China's commerce ministry urged New
    Delhi ... Beijing would take necessary steps": one government pressing on), else None."""
    draft = table.drafts.get(key)
    if draft is None or draft.sector != "GOV" or draft.country is None:
        return None
    return table.state_key(draft.country)


def _order_coded(cand: EventCandidate, resolved: list[ResolvedEvent]) -> bool:
    """Whether the order an act is given under was coded: then the order, not the act, is the event."""
    return cand.ordered_by is not None and any(r.candidate.trigger.i == cand.ordered_by for r in resolved)


# the sectors of a state's own firms and schools, which carry out what its organs order them to do
_ORDERED_AT_HOME = frozenset({"BUS", "EDU"})


def _command_within_a_state(table: ActorTable, cand: EventCandidate, source: Optional[str],
                            target: Optional[str], acts_ordered: frozenset[int] = frozenset()) -> bool:
    """Whether a bare order goes down one state's chain of command ("the president ordered the
    army to step up patrols", "the court ordered the police to ..."): a state's organ telling
    another organ of the same state what to do demands nothing of another party; the act ordered,
    when a pattern codes it, is the event. Forces ordered by no one named ("police were ordered to
    disperse the crowds", or by one who speaks for no one known) take the order from their own
    state's command: no demand either, when they are the forces of the story's state."""
    if cand.rule != _BARE_ORDER_RULE or target is None:
        return False
    taker = table.drafts.get(target)
    giver = table.drafts.get(source) if source is not None else None
    if giver is None or giver.country is None and giver.sector is None:
        return taker is not None and taker.type != "GPE" and taker.sector in _CROWD_COERCING_SECTORS \
            and taker.country in (None, table.main_country)
    if taker is None or taker.type == "GPE" or giver.sector not in STATE_SECTORS \
            or giver.country is None or giver.country != taker.country:
        return False
    # a state's own firms, banks or schools told to do an act a pattern codes ("ordered banks to freeze
    # the group's accounts") carry out the state's measure: the act is the event, not a demand on them
    return taker.sector in STATE_SECTORS or (cand.trigger.i in acts_ordered and taker.sector in _ORDERED_AT_HOME)


def _aimed_at_the_other_state(table: ActorTable, act: ResolvedEvent, pair: Optional[tuple[str, str]]
                              ) -> Optional[ResolvedEvent]:
    """An act with no one named on its receiving end, done by a government official of one of the
    two states of the pair told of in its sentence or the one before, aimed at the other state
    ("Ruritania recalled its envoy from Borduria. Its foreign minister said the border had been
    violated"); None when its doer is no such official or the other side is no state."""
    doer = table.drafts.get(act.source_id) if act.source_id is not None else None
    if pair is None or doer is None or doer.type != "PERSON" or doer.sector != "GOV" or doer.country is None \
            or act.source_id in pair:
        return None
    others = [p for p in pair if _code_of(table, p)[0] != doer.country]
    if len(others) != 1 or table.drafts[others[0]].type != "GPE":
        return None
    return replace(act, target_id=others[0])


def _aimed_at_the_state_of_the_place(table: ActorTable, act: ResolvedEvent) -> Optional[ResolvedEvent]:
    """Force or a state's measure on an inhabited place no one is named as holding ("gunmen attacked
    two villages", "declared a state of siege in four municipalities") is aimed at the state the
    place lies in: one a place of the sentence names, else the article's (not the doer's: troops
    strike abroad) (data/untargeted.yaml, `inhabited_places`); None for any other act. The place
    may be named by any report of the act ("splinter group attacks town": "... attacked the town of X")."""
    cand = act.candidate
    if act.source_id is None or (cand.root not in _PLACE_STRUCK_ROOTS and cand.code not in _PLACE_STRUCK_CODES):
        return None
    # the report that names the place: a headline's "attacks town" may leave it to the body's
    report = next((m for m in (cand, *act.mentions)
                   if m.target is not None and _noun_forms(m.target.root) & _INHABITED_PLACE_NOUNS), None)
    if report is None:
        located = _state_of_a_located_thing(table, act)
        if located is not None:
            return replace(act, target_id=located)
        # "shelled Kidal": a place the gazetteer knows, named bare as what the act struck
        place = next((m.target.root for m in (cand, *act.mentions) if m.target is not None
                      and m.target.root.ent_type_ in _PLACE_ENTITIES and m.target.root.i not in table.token_owner),
                     None)
        state = table.state_of_place(place) if place is not None else None
        return replace(act, target_id=state) if state is not None and state != act.source_id else None
    state = table.state_key(_country_around(table, report, {act.source_id}, by_doer=False))
    return replace(act, target_id=state) if state is not None and state != act.source_id else None


def _state_of_a_located_thing(table: ActorTable, act: ResolvedEvent) -> Optional[str]:
    """The state of the place named inside the phrase of a thing the act struck that stands for no
    one ("struck targets in southern Lebanon", "destroyed a power plant in Kharkiv"; untargeted.yaml
    `located_things`), when that state is not the doer's own; None otherwise."""
    for report in (act.candidate, *act.mentions):
        if report.target is None or not _noun_forms(report.target.root) & _LOCATED_THING_NOUNS:
            continue
        # "struck targets in southern Lebanon": the parser may hang the place on the verb
        beside = [word for prep in report.trigger.children
                  if prep.dep_ == "prep" and prep.lower_ in _STRUCK_PLACE_PREPS for word in prep.subtree]
        for word in [*report.target, *beside]:
            owner = table.token_owner.get(word.i)
            draft = table.drafts.get(owner) if owner is not None else None
            if draft is not None and word.ent_type_ in _PLACE_ENTITIES:
                state = owner if draft.type == "GPE" else None
            elif draft is None and word.idx in table.place_countries:  # geocoded, tagged or not
                state = table.state_of_place(word)
            else:
                continue
            if state is not None and state != act.source_id \
                    and _code_of(table, state)[0] != _code_of(table, act.source_id)[0]:
                return state
    return None


def _yields_to_pressure(cand: EventCandidate) -> bool:
    """Whether an act of giving in (a resignation) is tied by its own clause to the pressure it
    yields to: "resigned after weeks of protests", "stepped down amid demonstrations"."""
    if cand.code not in _YIELDING_CODES:
        return False
    for link in cand.trigger.children:
        if link.dep_ != "prep" or link.lower_ not in _YIELDING_LINKS:
            continue
        for word in link.subtree:
            if word.pos_ == "NOUN" and word.lemma_.lower() in _YIELDING_PRESSURES:
                return True
    return False


def _remember_pairs(earlier: list[tuple[str, str, int, int]],
                    pairs: Iterable[tuple[Optional[tuple[str, str, int]], int]]) -> None:
    """Add each pair (with the sentences it is remembered for) to `earlier` unless it is there."""
    for found, memory in pairs:
        if found is not None and (*found, memory) not in earlier:
            earlier.append((*found, memory))


def _names_a_pair(words: Optional[Span]) -> bool:
    """Whether a side's words point back to two parties ("both sides", "the two countries")."""
    return words is not None and _two_or_both(words.root)


def _two_or_both(root: Token) -> bool:
    """Whether a plural pair noun is counted as two ("the two sides", "both countries"). Men counted
    with no determiner ("Two men were arrested") are two more people, not the two told of before."""
    counters = [c for c in root.children if c.dep_ in ("nummod", "det", "predet", "preconj")]
    if root.lemma_.lower() in _NEW_PEOPLE_NOUNS and not any(c.dep_ in ("det", "predet", "preconj", "poss")
                                                          for c in root.children):
        return False
    return root.lemma_.lower() in _PAIR_NOUNS and root.tag_ in ("NNS", "NNPS") and any(
        c.lower_ in _PAIR_WORDS for c in counters)


def _pair_apart_from_the_other_side(table: ActorTable, group: list[EventCandidate], quotes: list,
                                    pair: Optional[tuple[str, str]], earlier: list[tuple[str, str, int, int]],
                                    here: int) -> Optional[tuple[str, str]]:
    """The pair "both sides" of an act means: never one holding the act's other side ("A spoke
    with B ... B urged both sides to show restraint": B urges two others, not A and himself). When
    the pair at hand holds the other side (its actor or its state), the latest earlier pair still
    remembered that does not, talks and deals first; None when no pair is left."""
    if pair is None:
        return pair
    first = group[0]
    for words, other in ((first.target, first.source), (first.source, first.target)):
        if other is None or not _names_a_pair(words) or _names_a_pair(other):
            continue
        others = side_keys(table, other, quotes)
        if not others or not any(_holds(table, pair, key) for key in others):
            return pair
        remembered = [p for p in reversed(earlier) if here - p[2] <= p[3]]
        for a, b, _, _ in sorted(remembered, key=lambda p: p[3], reverse=True):  # stable: newest first
            if _code_of(table, a) != _code_of(table, b) and not _one_state(table, (a, b), False) \
                    and not any(_holds(table, (a, b), key) for key in others):
                return a, b
        return None
    return pair


_QUARREL_QUAD_CLASSES = frozenset({3, 4})  # verbal and material conflict


def _quarrel_appealed_to(table: ActorTable, group: list[EventCandidate], pair: Optional[tuple[str, str]],
                         resolved: list[ResolvedEvent]) -> Optional[tuple[str, str]]:
    """"Armenia and Azerbaijan traded fire ... Baku's minister spoke with Lavrov ... the EU urged
    both sides to show restraint": an appeal to "both sides" is made to the two states in conflict
    that the text told of most (at least twice), not to the pair of a phone call told last; so are
    "the two armies" of any act ("a mediator talked to both ... the two armies pulled back"). The
    latest dyad of those two states; None when the appeal names no pair, or no such quarrel is told
    or it is the pair at hand already."""
    first = group[0]
    armies = any(_names_a_pair(words) and words.root.lemma_.lower() in _ARMY_PAIR_NOUNS
                 for words in (first.source, first.target))
    if not armies and (first.root != "02" or not _names_a_pair(first.target)):
        return None
    told: dict[frozenset, list[ResolvedEvent]] = {}
    for act in resolved:
        if act.candidate.quad_class not in _QUARREL_QUAD_CLASSES or not act.source_id or not act.target_id:
            continue
        countries = frozenset({_code_of(table, act.source_id)[0], _code_of(table, act.target_id)[0]})
        if len(countries) == 2 and None not in countries:
            told.setdefault(countries, []).append(act)
    if not told:
        return None
    countries, acts = max(told.items(), key=lambda item: (len(item[1]), item[1][-1].candidate.trigger.i))
    if len(acts) < 2 or (pair is not None and {_code_of(table, key)[0] for key in pair} == set(countries)):
        return None
    latest = acts[-1]
    states = [table.state_key(_code_of(table, key)[0]) for key in (latest.source_id, latest.target_id)]
    if all(states):
        return states[0], states[1]
    return latest.source_id, latest.target_id


def _holds(table: ActorTable, pair: tuple[str, ...], key: str) -> bool:
    """Whether `pair` holds the actor `key` or another actor of its state."""
    country = _code_of(table, key)[0]
    return key in pair or (country is not None and any(_code_of(table, p)[0] == country for p in pair))


def _text_of(text: str, sentence: Span) -> str:
    """`sentence.text.strip()`, cut from the document's text (cheaper than joining tokens)."""
    return text[sentence.start_char:sentence.end_char].strip()


def _demand_dyads(table: ActorTable, group: list[EventCandidate],
                  quotes: list) -> list[tuple[EventCandidate, Optional[str], Optional[str]]]:
    """An act under "must": the teller demands it of the act's doer, else of the party acted on."""
    first = group[0]
    teller = _teller(table, first, quotes)
    addressees: list[str] = []
    for cand in group:
        for span in (cand.source, cand.target):
            key = side_keys(table, span, quotes) if span is not None else []
            if key:
                addressees += [k for k in key if k not in addressees and k != teller]
                break
    code = code_by_prefix(DEMAND_FOR, first.code) or "100"
    entry = get_cameo().get(code)
    demand = replace(first, code=entry.code, root=entry.root, quad_class=entry.quad_class,
                     goldstein=entry.goldstein, rule=f"{first.rule}+must", negated=False, recoded=False)
    return [(demand, teller, target) for target in addressees[:1] or [None]]


def _placed(table: ActorTable, dyad: tuple[EventCandidate, Optional[str], Optional[str]]
            ) -> tuple[EventCandidate, Optional[str], Optional[str]]:
    """A consultation with no other side named is held with the state of the place it happens in;
    an investigation (observing a vote, inspecting sites) is aimed at the state of the place it
    looks into, and without a place, at the article's state; a show of force at the foreign state
    it happens near."""
    cand, source, target = dyad
    if cand.code == _SYMPATHY_CODE and target is None and source is not None and cand.target is not None:
        # "expressed sorrow over the bombing in Kampala": sympathy goes to the country struck
        for word in cand.target.root.subtree:
            if word.ent_type_ in ("GPE", "LOC") and word.dep_ == "pobj" and word.head.lower_ in _PLACE_PREPS:
                key = table.token_owner.get(word.i)
                draft = table.drafts.get(key) if key else None
                state = table.state_key(draft.country) if draft is not None and draft.country \
                    else table.state_of_place(word)
                if state is not None and state != source:
                    return cand, source, state
        return dyad
    root = cand.intended[:2] if cand.intended else cand.root  # "will monitor the vote": as the act
    if target is not None or source is None or root not in (_CONSULT_ROOT, _INVESTIGATE_ROOT, _FORCE_SHOW_ROOT,
                                                            _PROTEST_ROOT):
        return dyad
    home = table.drafts[source].country if source in table.drafts else None
    if root in (_FORCE_SHOW_ROOT, _PROTEST_ROOT):
        # "drills near Taiwan": a show of force at a foreign state's door; "a protest in Beijing" by
        # foreigners: aimed at the state they protest in
        state = _foreign_state_at(table, cand, home)
        return (cand, source, state) if state is not None else dyad
    if root == _INVESTIGATE_ROOT:
        state = _investigated_state(table, cand, source, home)
        return (cand, source, state) if state is not None else dyad
    trigger = cand.trigger
    # the object, or in the passive the subject: "the parade in Pyongyang was attended by X"
    holders = [trigger, trigger.head, *(c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass"))]
    if cand.source is not None:
        holders.append(cand.source.root)
    # "travelled to Algiers": the place the act's own target words name comes first ("flew him to
    # Rome" carries someone: no visit of the doer's)
    named = [cand.target.root] if cand.target is not None and cand.target.root.pos_ == "PROPN" \
        and cand.target.root.ent_type_ in ("GPE", "LOC", "") \
        and not any(c.dep_ == "dobj" for c in trigger.children) else []
    for place in [*named, *_places_of_meeting(holders, trigger)]:
        key = table.resolve(place.doc[place.i:place.i + 1])
        draft = table.drafts.get(key) if key else None
        if draft is not None and draft.type == "GPE" and key != source and draft.country != home:
            return _as_visit(cand), source, key
        if draft is None and table.place_countries.get(place.idx) not in (None, home):
            return _as_visit(cand), source, table.state_of_place(place)  # "met in Zurich"
        if (draft is None or draft.type != "GPE") and place.dep_ == "compound" \
                and table.capital_country(place.text) not in (None, home):
            return _as_visit(cand), source, table.state_of_capital(place)  # "the Beijing Olympics"
    topic = _meeting_topic_state(table, cand, source, home)
    return (cand, source, topic) if topic is not None else dyad


def _meeting_topic_state(table: ActorTable, cand: EventCandidate, source: str, home: Optional[str]
                         ) -> Optional[str]:
    """A meeting at a third location (044) that names no party, host or place is held over the
    foreign state it is about: "will attend a conference on the crisis in Haiti" → Haiti."""
    if cand.code != _THIRD_PLACE_CODE:
        return None
    for meeting in (c for c in cand.trigger.children if c.dep_ in ("dobj", "nsubjpass")):
        for prep in meeting.children:
            if prep.dep_ != "prep" or prep.lower_ not in _TOPIC_PREPS:
                continue
            for word in prep.subtree:
                if word.ent_type_ != "GPE" or word.ent_iob_ != "B":
                    continue
                key = table.resolve(word.doc[word.i:word.i + 1])
                draft = table.drafts.get(key) if key else None
                state = key if draft is not None and draft.type == "GPE" else table.state_of_place(word)
                if state is not None and state != source and table.drafts[state].country != home:
                    return state
    return None


def _places_of_meeting(holders: list[Token], trigger: Token) -> Iterable[Token]:
    """The places a meeting is told to happen in: "in"/"at" a place on the trigger, its object or its
    doer ("met in Zurich"), or a place naming the meeting the trigger's object is ("attend the Tokyo
    summit", "attend the Beijing Olympics")."""
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS:
                continue
            for place in prep.children:
                # "arrived in Algiers": the tagger may take a city for a LOC, or miss it
                if place.dep_ == "pobj" and (place.ent_type_ in ("GPE", "LOC")
                                             or place.pos_ == "PROPN" and not place.ent_type_):
                    yield place
    for obj in trigger.children:
        if obj.dep_ in ("dobj", "nsubjpass"):
            for place in obj.children:
                if place.dep_ == "compound" and place.i < obj.i and place.pos_ == "PROPN":
                    yield place


def _as_visit(cand: EventCandidate) -> EventCandidate:
    """A meeting at a third location (044) with no one named to meet there but the host state is
    a visit to that state (042): "will attend a summit in Switzerland"."""
    if cand.code != _THIRD_PLACE_CODE:
        return cand
    return _recoded(cand, _VISIT_CODE, "visit")


def _crowd_target(table: ActorTable, dyad: tuple[EventCandidate, Optional[str], Optional[str]], quotes: list
                  ) -> tuple[EventCandidate, Optional[str], Optional[str]]:
    """Unnamed people a state's organ coerces or assaults ("detained 30 people", "dispersed the
    rally", "those arrested", "them" after "crowds gathered ... and") are that state's civilians, not its
    government; told with no doer, the civilians of the state the article is about, and a state organ
    that tells of it is its doer ("15 people were arrested, police said")."""
    cand, source, target = dyad
    if target is not None or cand.target is None:
        return dyad
    told = cand.target
    crowd_before = _subject_of_the_clause_before(told)
    if crowd_before is not None:  # "crowds gathered ..., and police fired tear gas to keep them away"
        told = _subtree_span(crowd_before)
    if not (_names_a_crowd(told) or _names_unnamed_people(told)):
        return dyad
    among = cand.target.root.head
    if among.lower_ == "among" and among.head.pos_ in ("AUX", "VERB"):
        # "X was among those arrested": X is the one the act names
        named = [side_key(table, _subtree_span(s), quotes) for s in among.head.children if s.dep_ == "nsubj"]
        return (cand, source, named[0]) if named and named[0] is not None else dyad
    if source is None and cand.source is None:
        source = _coercer_told_before(table, cand, quotes)
    if source is None and _teller_may_be_doer(cand):
        teller = _teller(table, cand, quotes)
        teller_draft = table.drafts.get(teller) if teller is not None else None
        if teller_draft is not None and teller_draft.sector in STATE_SECTORS:
            source = teller
    draft = table.drafts.get(source) if source is not None else None
    if draft is None:
        country = table.main_country
    elif draft.sector in STATE_SECTORS:
        country = draft.country
    else:
        return dyad
    crowd = _crowd_named_before(table, cand, country, source) or _people_counted_before(table, cand, source) \
        or _others_of_the_group_before(table, cand, source)
    if crowd is not None:  # "broke up a rally of opposition supporters ... 12 people were arrested"
        return cand, source, crowd
    convicts = _convicts_of(table, told, country)
    if convicts is not None:  # "police recaptured 17 of the escapees": the state's criminals
        return cand, source, convicts
    state = table.state_key(country) if country is not None else None
    if country is None or state == source or (state is None and not _held_people(cand)):
        return dyad
    people = _group_made_on_demand(table, f"group:people:{country}", "people", told.root.lower_,
                                   told.root, country, "CVL", ("people-held-country", "people-held"))
    return cand, source, people


def _names_unnamed_people(words: Span) -> bool:
    """Unnamed people `_names_a_crowd` misses: "nine others" (lemma "other") and people held or on
    the run ("41 escapees", "the inmates")."""
    if any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in words):
        return False
    root = words.root
    return root.lower_ == "others" or root.lemma_.lower() in _HELD_PEOPLE_NOUNS


def _people_aided(table: ActorTable, cand: EventCandidate) -> Optional[str]:
    """Unnamed people given aid or rescued ("rescued 164 survivors", "sent food to flood victims",
    "evacuated hundreds of people") are the people of the state the article is about; as CAMEO codes
    aid, it goes to their state."""
    if cand.root != _AID_ROOT or table.main_country is None:
        return None
    words = cand.target
    if not (_names_civilian_people(words) or _names_a_crowd(words)):
        return None
    if cand.trigger.dep_ in ("acl", "amod") and cand.trigger.head.i == words.root.i:
        return None  # "individuals armed with rifles": what the people are, not aid given to them
    return table.country_actor_of(table.main_country, words)


def _convicts_of(table: ActorTable, words: Span, country: Optional[str]) -> Optional[str]:
    """Unnamed inmates, escapees or fugitives of state `country` ("the escapees", "41 inmates"): its
    criminals (CRM), made on demand as one group."""
    root = words.root
    if country is None or root.lemma_.lower() not in _CONVICTED_PEOPLE_NOUNS or not _names_unnamed_people(words):
        return None
    return _group_made_on_demand(table, f"group:convicts:{country}", "convict", root.lower_, root, country, "CRM",
                                 ("convicts-country", "convicts"))


def _others_of_the_group_before(table: ActorTable, cand: EventCandidate, source: Optional[str]) -> Optional[str]:
    """"Three of the gunmen were killed and nine others were captured": counted "others" are more of
    the group of people named last before them in their sentence that is not a state's organ nor
    the doer."""
    root = cand.target.root
    if root.lower_ != "others" or not any(c.pos_ == "NUM" for c in root.children):
        return None
    return table.body_before(root, lambda d: d.key != source and d.country is not None
                             and d.sector not in STATE_SECTORS, sentences=0, unique=False, types=("GROUP",))


def _held_people(cand: EventCandidate) -> bool:
    """Whether the act holds people of a state the article names only by its places ("two suspects
    were arrested near <a town of the state>"): a counted group or people held."""
    words = cand.target
    return cand.root in _COERCION_ROOTS and (_names_unnamed_people(words)
                                             or any(t.pos_ == "NUM" or t.like_num for t in words))


def _people_counted_before(table: ActorTable, cand: EventCandidate, source: Optional[str]) -> Optional[str]:
    """"Police detained hundreds of Syrian refugees. More than 2,000 were deported": a bare number
    (no noun counted) is of the group of people named last, in its sentence or the one before,
    that is not a state's organ nor the doer."""
    root = cand.target.root
    if root.pos_ != "NUM" or any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in cand.target):
        return None
    return table.body_before(root, lambda d: d.key != source and d.country is not None
                             and d.sector not in STATE_SECTORS, sentences=1, unique=False, types=("GROUP", "PERSON"))


def _sentences_back(sentence: Span, n: int) -> int:
    """The start of the sentence `n` sentences before `sentence` (the first one when fewer are told)."""
    start = sentence.start
    for _ in range(n):
        if start == 0:
            break
        start = sentence.doc[start - 1].sent.start
    return start


def _read_from_the_same_thing_before(noun: Token, forms: Collection[str], sentences: int,
                                     read: Callable[[Token], Optional[str]], latest_only: bool = False,
                                     before: Optional[int] = None) -> Optional[str]:
    """"The plant", "the vessel", "the ambulance" told alone take up the same thing told of a few
    sentences before with more words: what `read` finds on the latest noun of one of `forms` in the
    `sentences` sentences before `noun` (up to token `before`, by default `noun` itself), going
    further back past nouns it finds nothing on unless `latest_only`."""
    end = noun.i if before is None else before
    for earlier in reversed(noun.doc[_sentences_back(noun.sent, sentences):end]):
        if earlier.pos_ == "NOUN" and _noun_forms(earlier) & forms:
            found = read(earlier)
            if found is not None or latest_only:
                return found
    return None


def _sentence_and_one_before(cand: EventCandidate) -> range:
    return range(_sentences_back(cand.sentence, 1), cand.trigger.i)


def _definite_det(noun: Token) -> bool:
    """Whether a noun is told with a definite determiner ("the attack", "this decision")."""
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)


def _coercer_told_before(table: ActorTable, cand: EventCandidate, quotes: list) -> Optional[str]:
    """"Police broke up a rally, and 12 people were arrested": a passive coercion told with no doer
    is done by the police or army that, as a clause's subject in its sentence or the one before,
    just acted on a crowd."""
    if cand.root not in _COERCION_ROOTS:
        return None
    doc = cand.sentence.doc
    for i in reversed(_sentence_and_one_before(cand)):
        token = doc[i]
        if token.dep_ != "nsubj" or token.head.pos_ != "VERB":
            continue
        key = side_key(table, _noun_phrase(token), quotes)
        draft = table.drafts.get(key) if key is not None else None
        if draft is not None and draft.sector in _CROWD_COERCING_SECTORS and draft.country:
            return key
    return None


def _crowd_named_before(table: ActorTable, cand: EventCandidate, country: Optional[str],
                        source: Optional[str]) -> Optional[str]:
    """The gathering of civilians or opposition supporters of `country` named last, in the act's
    sentence or the one before: the people a coercion told of a crowd ("12 people") fell on."""
    doc = cand.sentence.doc
    for i in reversed(_sentence_and_one_before(cand)):
        key = table.token_owner.get(i)
        draft = table.drafts.get(key) if key is not None else None
        if draft is not None and key != source and draft.type == "GROUP" and draft.country == country \
                and draft.sector in _CROWD_SECTORS and doc[i].lemma_.lower() in _GATHERING_WORDS:
            return key
    return None


def _subtree_span(token: Token) -> Span:
    return token.doc[token.left_edge.i:token.right_edge.i + 1]


def _names_a_crowd(words: Span) -> bool:
    """Whether a side's words name unnamed people or a gathering ("at least 30 people", "dozens",
    "those detained", "a rally"), not a named party."""
    root = words.root
    if any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in words):
        return False
    lemma = root.lemma_.lower()
    return lemma in _CROWD_WORDS or (root.pos_ == "NUM" and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in root.children))


def _foreign_place_state(table: ActorTable, places: Iterable[Token], home: Optional[str]) -> Optional[str]:
    """The state, named in the article, of the first of `places` that lies in a country other than
    `home`."""
    for place in places:
        if place.ent_type_ not in ("GPE", "LOC"):
            continue
        key = table.token_owner.get(place.i)
        draft = table.drafts.get(key) if key else None
        if draft is not None and draft.country and draft.country != home:
            return table.state_key(draft.country)
        if draft is None and table.place_countries.get(place.idx) not in (None, home):
            return table.state_of_place(place)  # a place no actor stands for: "in Alaska"
    return None


def _foreign_state_at(table: ActorTable, cand: EventCandidate, home: Optional[str]) -> Optional[str]:
    """The state, named in the article, of a foreign place the act happens in or near."""
    trigger = cand.trigger
    holders = [trigger] + ([trigger.head] if trigger.dep_ in ("dobj", "pobj") else [])
    return _foreign_place_state(table, (place for holder in holders for prep in holder.children
                                        if prep.dep_ == "prep" and prep.lower_ in _NEAR_PREPS
                                        for place in prep.subtree), home)


def _investigated_state(table: ActorTable, cand: EventCandidate, source: str,
                        home: Optional[str]) -> Optional[str]:
    """The state whose place an investigation names ("observed at polling stations in Baku"), else
    the state the article is about, never the investigator's own."""
    sentence = cand.sentence
    state = _foreign_place_state(table, (t for t in cand.trigger.subtree if t.dep_ == "pobj"
                                         and t.head.lower_ in _PLACE_PREPS
                                         and sentence.start <= t.i < sentence.end), home)
    if state is not None:
        return state
    main = table.main_country
    if main is None or main == home:
        return None
    state = table.state_key(main)
    if cand.source is not None:  # "observers from Kenya and Ghana": not investigating their own
        words = cand.source.root.subtree
        owner_of = table.token_owner
        if any(owner_of.get(t.i) == state for t in words):
            return None
    return state


def _dyad_side(table: ActorTable, key: Optional[str]) -> object:
    """An event side as event data counts it: its code, or the actor itself when it has none."""
    code = _code_of(table, key) if key is not None else None
    return code if code and any(code) else key


def _code_of(table: ActorTable, key: str) -> tuple[Optional[str], Optional[str]]:
    draft = table.drafts.get(key)
    return (draft.country, draft.sector) if draft is not None else (None, None)


def _home_state(table: ActorTable, source: Optional[str], target: Optional[str]) -> bool:
    """Whether the target is the state the source belongs to ("a visit to a border area in western
    Iran" by an Iranian commander is no visit to Iran)."""
    if source is None or target is None:
        return False
    visitor, visited = table.drafts.get(source), table.drafts.get(target)
    return visitor is not None and visited is not None and visited.type == "GPE" \
        and visitor.type != "GPE" and visitor.country is not None and visitor.country == visited.country


def _armed_dyad(table: ActorTable, dyad: tuple[EventCandidate, Optional[str], Optional[str]]
                ) -> tuple[EventCandidate, Optional[str], Optional[str]]:
    cand, source, target = dyad
    armed_source = _armed(table, source)
    # a target stands for its military only when named as a people ("to force the North Koreans
    # back"); "an attack on Israel" or on a palace is aimed at the state
    words = cand.target.root if cand.target is not None else None
    people = words is not None and (words.tag_ == "NNPS" or (words.ent_type_ == "NORP" and words.tag_ == "NNS"))
    armed_target = _armed(table, target) if people else target
    if armed_source is not None and armed_source == armed_target:
        return dyad
    return cand, armed_source, armed_target


def _armed(table: ActorTable, key: Optional[str]) -> Optional[str]:
    """A state named as the doer or the target of armed force stands for its military, when the
    article names that military ("the South Koreans fired warning shots", "the South Korean army")."""
    draft = table.drafts.get(key) if key is not None else None
    if draft is None or draft.type != "GPE" or draft.country is None:
        return key
    forces = [d for d in table.drafts.values()
              if d.country == draft.country and d.sector == "MIL" and d.type in ("ORG", "GROUP")]
    # the named force ("the Nigerian army") before a group of its members ("nine soldiers")
    return min(forces, key=lambda d: (d.type != "ORG", d.head not in _FORCE_HEADS, d.first)).key if forces else key


def _inquiry_opened(cand: EventCandidate) -> bool:
    """An investigation its doer opens or orders ("prosecutors opened an inquiry into the leak") is
    an act of its own with no one it is aimed at; one only named ("pending the investigation",
    "followed an investigation") is not."""
    trigger = cand.trigger
    if trigger.dep_ == "compound":  # "opened an investigation file"
        trigger = trigger.head
    return cand.root == _INVESTIGATE_ROOT and cand.source is not None and trigger.pos_ == "NOUN" \
        and trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _OPENING_VERBS


# Codes of settling with a partner: negotiating, signing an agreement, agreeing a ceasefire.
_SETTLING_CODES = frozenset({"046", "057", "0871"})


def _joint_act_with_an_unnamed_partner(cand: EventCandidate) -> bool:
    """"Ethiopia and its creditors signed a deal", "signed a deal with its creditors": an agreement
    or talks with a partner the text names by words that name no actor is an act of the named
    doer, told with no one on the other side (a partner that names one is its target)."""
    if cand.code not in _SETTLING_CODES or cand.source is None or cand.mutual:
        return False
    doer = cand.source.root
    return cand.target is not None and cand.target.root.pos_ in ("NOUN", "PROPN") or (
        doer.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                                                     for c in doer.children))


_HYPOTHETICAL = "not told as done (hypothetical)"


def _not_done(cand: EventCandidate) -> Optional[str]:
    """Why the text does not report the act as done (or, for negation-recoded patterns, as
    refused); None when it does."""
    if cand.negated and not cand.recoded:
        return "negated"
    if cand.modality == "denied":
        return "not told as done (denied or prevented)"
    if cand.modality == "hypothetical":
        return _HYPOTHETICAL
    return None


def _not_news(cand: EventCandidate) -> Optional[str]:
    """Why an act is not news, the checks in order (not told as done, told as the time since
    another act, bound to a condition); None when it is news."""
    not_done = _not_done(cand)
    if not_done is not None:
        return not_done
    if _told_as_time_since(cand):
        return "told as time since (a clause opened by 'since' dates the news; it is background)"
    if _bound_to_a_condition(cand):
        return "not told as done (bound to a condition: 'if' or 'unless' under a modal)"
    if _awaited(cand):
        return "not told as done (awaited: 'until' or 'before' under a modal, or 'until' under a negation)"
    return None


def _told_as_time_since(cand: EventCandidate) -> bool:
    """"the first incident since the two countries agreed to ...", "frozen since Algeria cut ties",
    "has ruled by decree since dissolving parliament": an act in a clause or a gerund opened by
    "since" dates what the sentence tells; it is background, not news."""
    for word in (cand.trigger, *cand.trigger.ancestors):
        if word.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "since" for c in word.children):
            return True
        if word.dep_ == "pcomp" and word.head.lower_ == "since":
            return True
    return False


def _bound_to_a_condition(cand: EventCandidate) -> bool:
    """"If three votes fail, the president must dissolve parliament": an act a modal clause binds to
    a condition ("if", "unless") has not happened. Threats and promises are conditional by nature and
    stay acts."""
    if cand.root in _CONDITIONAL_ROOTS:
        return False
    clause = cand.trigger
    while clause.dep_ in ("conj", "xcomp", "dobj", "pobj", "prep", "compound", "amod") and clause.head.i != clause.i:
        clause = clause.head
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    conditioned = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS
                                                for m in c.children) for c in clause.children)
    return modal and conditioned


def _awaited(cand: EventCandidate) -> bool:
    """"The oil will not flow until Benin reopens the border", "talks cannot resume before the
    sanctions are lifted": an act in a clause opened by "until" or "before" under a modal, or by
    "until" under a negated verb not told as past, is what the speaker waits for, a condition, not
    an act done ("did not resume until Ghana lifted its ban" tells the lifting as done).
    Threats and promises are told with their conditions and stay acts."""
    if cand.root in _CONDITIONAL_ROOTS:
        return False
    for word in (cand.trigger, *cand.trigger.ancestors):
        mark = next((c.lower_ for c in word.children if c.dep_ == "mark" and c.lower_ in _AWAITED_MARKS), None)
        if word.dep_ == "advcl" and mark:
            main = word.head
        elif word.dep_ in ("pobj", "pcomp") and word.head.lower_ in _AWAITED_MARKS and word.head.dep_ == "prep":
            main, mark = word.head.head, word.head.lower_
        else:
            continue
        # "did not resume until Ghana lifted its ban" tells the lifting as done
        told_as_past = main.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("did", "had") for c in main.children)
        return any((c.dep_ == "neg" and mark in _AWAITED_UNDER_NEGATION and not told_as_past)
                   or (c.dep_ == "aux" and c.tag_ == "MD") for c in main.children)
    return False


def _reaction_to_an_act(cand: EventCandidate, patterns) -> bool:
    """"NATO condemned the attack", "welcomed the renewal": a reaction to an act is an event though
    the act's doer goes unnamed."""
    if cand.root not in _JUDGING_ROOTS or cand.target is None:
        return False
    act = cand.target.root
    return act.pos_ == "NOUN" and _definite_det(act) \
        and (bool(patterns.candidates("noun", act.lemma_.lower())) or _names_a_judged_deed(act))


def _names_a_judged_deed(noun: Token) -> bool:
    """Whether a noun names a deed only by judging it ("the cowardly act", "this crime"), not a law
    or a name ("the Defence Act")."""
    return noun.pos_ == "NOUN" and not noun.ent_type_ and noun.lemma_.lower() in _JUDGED_DEED_NOUNS


def _names_an_imposed_act(span: Span, patterns) -> bool:
    """Whether a side's words name a decision or a coercive act ("the sentencing", "the ban"), which
    the state does when no one else is named; aid, talks or an attack are not presumed the state's."""
    lemma = span.root.lemma_.lower()
    # violence (roots 18-20) is not presumed the state's: "condemned the attack" names no doer
    return lemma in _ACT_NOUNS or any("10" <= p.code[:2] <= "17" for p in patterns.candidates("noun", lemma))


# verbs of meeting force with force ("returned fire", "repelled them"), and how many sentences back
# the attack they answer may be told
_ANSWERING_FORCE_LEMMAS = get_words().sides.answering_force
_ANSWERED_ATTACK_MEMORY_SENTENCES = 3


def _force_answered_at_the_attacker(acts: list[ResolvedEvent], table: ActorTable,
                                    sentence_number: dict[int, int]) -> None:
    """"Gunmen attacked the base ... peacekeepers returned fire": force answering force, told with
    no one it is aimed at, is aimed at the doer of the armed act on the answering side (the same
    actor, or one of its country and sector) told last, in its sentence or the few before."""
    attacks = [a for a in acts if a.source_id is not None and a.target_id is not None
               and a.candidate.quad_class == _FORCE_QUAD_CLASS]
    if not attacks:
        return
    for act in acts:
        cand = act.candidate
        if act.target_id is not None or act.source_id is None or cand.quad_class != _FORCE_QUAD_CLASS \
                or cand.trigger.lemma_.lower() not in _ANSWERING_FORCE_LEMMAS \
                or cand.sentence.start not in sentence_number:  # a headline's act has no sentences before
            continue
        side = _code_of(table, act.source_id)
        if side == (None, None):
            continue
        here = sentence_number[cand.sentence.start]
        told: list[tuple[int, str]] = []  # (trigger index, doer) of each report of an attack on the side
        for a in attacks:
            if a.source_id == act.source_id or _code_of(table, a.source_id) == side \
                    or not (a.target_id == act.source_id
                            or (side[1] is not None and _code_of(table, a.target_id) == side)):
                continue
            told += [(m.trigger.i, a.source_id) for m in (a.candidate, *a.mentions)
                     if m.sentence.doc is cand.sentence.doc and 0 <= here - sentence_number.get(
                         m.sentence.start, -99) <= _ANSWERED_ATTACK_MEMORY_SENTENCES]
        if told:
            before = [t for t in told if t[0] < cand.trigger.i]
            act.target_id = max(before)[1] if before else min(told)[1]


def _parts_struck_aimed_at_the_whole(acts: list[ResolvedEvent], table: ActorTable,
                                     sentence_number: dict[int, int]) -> None:
    """"Gunmen opened fire on the governor's convoy ... sprayed the lead vehicle", "soldiers attacked
    the palace ... opened fire on the main gate", "gunmen attacked a camp, firing at tents": force
    aimed at a vehicle, part of premises or dwelling, named definite or in the bare plural and with
    no owner, is aimed where the latest force told in its sentence or the one before was aimed."""
    struck = [a for a in acts if a.source_id is not None and a.target_id is not None
              and a.candidate.quad_class == _FORCE_QUAD_CLASS]
    for act in acts:
        cand = act.candidate
        side = cand.target
        if act.target_id is not None or act.source_id is None or side is None \
                or cand.quad_class != _FORCE_QUAD_CLASS or cand.sentence.start not in sentence_number:
            continue
        noun = side.root
        bare_plural = noun.tag_ == "NNS" and not any(c.dep_ == "det" for c in noun.children)
        if noun.pos_ != "NOUN" or not (_definite_det(noun) or bare_plural) \
                or not _noun_forms(noun) & _STRUCK_PART_NOUNS \
                or noun.i in table.token_owner or any(c.dep_ == "poss" for c in noun.children):
            continue
        here = sentence_number[cand.sentence.start]
        told = [(m.trigger.i, a.target_id) for a in struck if a.target_id != act.source_id
                for m in (a.candidate, *a.mentions)
                if m.sentence.doc is cand.sentence.doc and m.trigger.i < cand.trigger.i
                and 0 <= here - sentence_number.get(m.sentence.start, -99) <= _STRUCK_WHOLE_MEMORY_SENTENCES]
        if told:
            act.target_id = max(told)[1]


def _target_the_doer(acts: list[ResolvedEvent], table: ActorTable, patterns) -> None:
    """An act aimed at another act ("denounced the sentencing") is aimed at that act's doer; when
    the text names no doer, at the state where the article's acts happen (its main country)."""
    doer_of = {m.trigger.i: act.source_id for act in acts for m in act.mentions if act.source_id}
    doers_at: dict[int, set[str]] = {}  # trigger -> every source of it ("the US and Britain urged")
    for act in acts:
        if act.source_id:
            doers_at.setdefault(act.candidate.trigger.i, set()).add(act.source_id)
    for act in acts:
        side = act.candidate.target
        # "visited the prison" after "gunmen stormed a prison": a visit goes to a place, not to an act
        if act.target_id is None and side is not None and act.candidate.code not in _VISIT_CODES:
            doer = doer_of.get(side.root.i) or _doer_told_before(acts, act, side, table, patterns)
            # "EU condemns execution ... The EU condemned the hanging": a later report of a reaction
            # may name the act reacted to that the first one leaves bare
            if doer is None and act.candidate.root in _VERDICT_ROOTS:
                for report in act.mentions:
                    if report is act.candidate or report.target is None:
                        continue
                    doer = doer_of.get(report.target.root.i) or _doer_told_before(
                        acts, ResolvedEvent(report, act.source_id, None, act.mentions), report.target, table,
                        patterns)
                    if doer is not None:
                        break
            if doer is None and act.source_id is not None and act.candidate.root in _VERDICT_ROOTS:
                doer = _state_that_voted(table, act, side)
            if doer is None and ((act.candidate.root in _ASKING_ROOTS and _names_an_act(side, patterns))
                                 or _names_an_imposed_act(side, patterns) or _act_labelled(act, side, patterns)):
                source = table.drafts.get(act.source_id) if act.source_id else None
                if source is None or source.country != table.main_country \
                        or source.sector not in STATE_SECTORS:  # a state's organ is not aimed at it
                    doer = table.state_key(table.main_country)
            if doer is not None and doer not in doers_at.get(act.candidate.trigger.i, {act.source_id}):
                act.target_id = doer


def _act_labelled(act: ResolvedEvent, side: Span, patterns) -> bool:
    """'The opposition called the audit "a political settling of scores"': a definite thing judged by a
    label, no one's name or title, is taken for an act of the state when no doer is told."""
    noun = side.root
    lemma = noun.lemma_.lower()
    return act.candidate.root == _DISAPPROVAL_ROOT and noun.pos_ == "NOUN" and _definite_det(noun) \
        and not noun.ent_type_ and not get_role_lexicon().is_role_word(lemma) \
        and (lemma.endswith(_ACT_NOUN_ENDINGS) or _names_an_act(side, patterns)) \
        and judges_by_a_label(act.candidate.trigger)


# endings of nouns made from verbs, which name acts ("the opening", "the assignment", "the expulsion")
_ACT_NOUN_ENDINGS = ("ing", "ion", "ment", "al", "ure", "ance", "ence")


def _doer_told_before(acts: list[ResolvedEvent], act: ResolvedEvent, side: Span, table: ActorTable,
                      patterns) -> Optional[str]:
    """The doer of the act a side's words take up, told before the act aimed at it (see
    `_target_the_doer`), or None."""
    return _accuser_rejected(acts, act, side, table) \
        or _doer_of_the_act_named(acts, act, side, table, patterns) or _last_to_meet(acts, act, side, patterns) \
        or _maker_of_the_decision(acts, act, side, table) or _court_that_ruled(acts, act, side, table) \
        or _decider(acts, act, side, table) or _doer_of_the_act(acts, act, side, table, patterns) \
        or _doer_of_the_measure_judged(acts, act, side, table) or _doer_of_the_lead_act(acts, act, side, table) \
        or _subject_of_the_verb_before(act, side, table) or _giver_of_the_thing_told_before(act, side, table, patterns)


# how many sentences back the verb an act noun takes up may be told ("X opened a consulate ... Y called the opening")
_ACT_VERB_MEMORY_SENTENCES = 5


def _subject_of_the_verb_before(act: ResolvedEvent, side: Span, table: ActorTable) -> Optional[str]:
    """"Brazil opened a consulate ... Venezuela called the opening an unfriendly act": a definite noun
    naming an act is taken up from the latest verb of the same word told shortly before, coded or not,
    and aimed at that verb's subject."""
    noun = side.root
    if noun.pos_ != "NOUN" or not _definite_det(noun) or act.source_id is None:
        return None
    lemma = noun.lemma_.lower()
    keys = {_act_key(noun), _ACT_NOUN_VERBS.get(lemma, lemma)}
    doc = noun.doc
    for i in range(act.candidate.trigger.i - 1, _sentences_back(act.candidate.sentence, _ACT_VERB_MEMORY_SENTENCES) - 1, -1):
        verb = doc[i]
        if verb.pos_ != "VERB" or i in range(side.start, side.end) or (verb.lemma_.lower() not in keys and _act_key(verb) not in keys):
            continue
        if _is_passive(verb):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        key = side_key(table, _subtree_span(subject), []) if subject is not None else None
        return key if key != act.source_id else None
    return None


def _giver_of_the_thing_told_before(act: ResolvedEvent, side: Span, table: ActorTable,
                                    patterns) -> Optional[str]:
    """"Vietnam agreed to grant export quotas ... Manila welcomed the quota", "the junta agrees to
    open an aid corridor ... the group welcomed the corridor": a thing judged by a definite noun is
    the one told last before as the object of a verb, and judging it is aimed at that verb's doer
    (its subject, or the subject of the verb it completes). Not a deal (its parties made it), nor a
    text (its author is found otherwise), nor the act of a body of the judging one's own state."""
    noun = side.root
    lemma = noun.lemma_.lower()
    if act.candidate.root not in _VERDICT_ROOTS or act.source_id is None or noun.pos_ != "NOUN" \
            or not _definite_det(noun) or noun.ent_type_ or get_role_lexicon().is_role_word(lemma) \
            or lemma in _AUTHORED_NOUNS or lemma in patterns.expand(["@agreement"]) \
            or (noun.i > 0 and noun.doc[noun.i - 1].text == "-"):
        return None
    doc = noun.doc
    for earlier in reversed(doc[_sentences_back(act.candidate.sentence, _GIVEN_THING_MEMORY_SENTENCES):
                                act.candidate.sentence.start]):
        if earlier.lemma_.lower() != lemma or earlier.pos_ != "NOUN" or earlier.dep_ != "dobj":
            continue
        verb = earlier.head
        while verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("xcomp", "conj") \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head  # "agreed to grant quotas": the one who agreed grants them
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.pos_ not in ("VERB", "AUX") or subject is None:
            continue  # told with no doer there: an earlier telling may name one
        key = side_key(table, _noun_phrase(subject), [])
        if key is None or key == act.source_id:
            return None
        (country, sector), (own_country, own_sector) = _code_of(table, key), _code_of(table, act.source_id)
        return None if country == own_country and sector in STATE_SECTORS and own_sector in STATE_SECTORS else key
    return None


def _labels_decried_aimed_at_the_state(acts: list[ResolvedEvent], table: ActorTable) -> None:
    """"The opposition denounced a 'political purge'": a condemnation whose object is a quoted label
    for an unnamed wrong, told with no doer, is aimed at the state of the article's main country when
    the one condemning is of that country and outside its state (a party, a rights group)."""
    main = table.main_country
    if main is None:
        return
    state = table.state_key(main)
    for act in acts:
        side = act.candidate.target
        if act.target_id is not None or act.source_id is None or side is None \
                or act.candidate.root != _DISAPPROVAL_ROOT or side.root.pos_ != "NOUN" or _definite_det(side.root):
            continue
        if not any(t.is_quote for t in side) and not any(
                t.is_quote for t in side.doc[max(side.start - 1, 0):side.start]):
            continue
        country, sector = _code_of(table, act.source_id)
        if country != main or sector in STATE_SECTORS:
            continue
        if state is not None and state != act.source_id:
            act.target_id = state


def _accuser_rejected(acts: list[ResolvedEvent], act: ResolvedEvent, side: Span, table: ActorTable) -> Optional[str]:
    """"Peru accused Bolivia of ... Bolivia rejected the charge": a rejection of a charge, claim or
    criticism is aimed at the latest one told before to have accused or criticised the one rejecting
    it (or another body of its state), when that one is from abroad; at home the charge's maker is
    too often one of several told of (a court, a chamber, a party) to pick."""
    if act.candidate.root != _REJECTION_ROOT or act.source_id is None \
            or side.root.lemma_.lower() not in _CLAIM_NOUNS:
        return None
    country = _code_of(table, act.source_id)[0]
    here = act.candidate.trigger.i
    earlier = [a for a in acts if a.source_id and a.target_id and a.source_id != act.source_id
               and a.candidate.root == _DISAPPROVAL_ROOT and a.candidate.trigger.i < here
               and (a.target_id == act.source_id or (country is not None and _code_of(table, a.target_id)[0] == country))]
    if not earlier:
        return _teller_of_the_charge(acts, act, table, country)
    accuser = max(earlier, key=lambda a: a.candidate.trigger.i).source_id
    return accuser if country is None or _code_of(table, accuser)[0] != country else None


def _teller_of_the_charge(acts: list[ResolvedEvent], act: ResolvedEvent, table: ActorTable,
                          country: Optional[str]) -> Optional[str]:
    """"Ethiopia said Sudan's army seized a town. Khartoum rejected the charge": with no accusation
    coded, the charge is the latest act of the rejecting state's side told in the sentence before or
    its own, and its maker is whoever told it, when from abroad."""
    if country is None:
        return None
    span = _sentence_and_one_before(act.candidate)
    told = [a for a in acts if a.source_id and a.candidate.reporter is not None
            and a.candidate.trigger.i in span
            and _code_of(table, a.source_id)[0] == country]
    if not told:
        return None
    latest = max(told, key=lambda a: a.candidate.trigger.i)
    teller = side_key(table, latest.candidate.reporter, [])
    teller_country = _code_of(table, teller)[0] if teller is not None else None
    return teller if teller_country is not None and teller_country != country else None


# adjectives judging how a vote was held ("a peaceful and orderly vote", "a rigged poll")
_CONDUCT_ADJECTIVES = get_words().sides.vote_conduct_adjectives


def _state_that_voted(table: ActorTable, act: ResolvedEvent, side: Span) -> Optional[str]:
    """"rejected the result of the referendum": a vote's outcome is the state's that held the vote,
    the one the words name ("Somalia's referendum"), else the state of the one reacting, else the
    article's; an election judged by its conduct ("hailed a peaceful vote", "a credible poll") is the
    one the story is about, whoever judges it. Not when the one reacting speaks for that state ("the
    president hailed the result")."""
    root = side.root
    if root.lemma_.lower() not in _VOTE_OUTCOME_NOUNS:
        return None
    source = table.drafts.get(act.source_id) if act.source_id else None
    named = [table.drafts[k] for k in (table.token_owner.get(t.i) for t in side) if k in table.drafts]
    judged = any(c.dep_ == "amod" and c.lemma_.lower() in _CONDUCT_ADJECTIVES for c in root.children)
    reactor_country = source.country if source is not None else None
    country = next((d.country for d in named if d.type == "GPE" and d.country), None) \
        or ((table.main_country or reactor_country) if judged else (reactor_country or table.main_country))
    if source is not None and source.country == country and source.sector in STATE_SECTORS:
        return None
    state = table.state_key(country)
    return state if state != act.source_id else None


def _doer_of_the_act_named(acts: list[ResolvedEvent], act: ResolvedEvent, side: Span, table: ActorTable,
                           patterns) -> Optional[str]:
    """"The EU imposed sanctions on Iran ... Zelensky welcomed the sanctions": the doer of the
    latest act told before with the same word (noun or verb: sanctions / sanctioned) and of the
    kind the word names (a reaction to "the sentence" is not aimed at whoever criticised it)."""
    key = _act_key(side.root)
    lemma = side.root.lemma_.lower()
    named = {p.code[:2] for family in ("noun", "verb") for p in patterns.candidates(family, lemma)} \
        | _kinds_of_the_gerund(side.root, patterns) | (_VIOLENCE_ROOTS if _names_a_judged_deed(side.root) else set())
    # a word naming a reaction itself ("rejected the accusations") takes up that reaction
    kinds = named - _REACTION_ROOTS or named
    agreement = lemma in patterns.expand(["@agreement"])
    if agreement:  # "praised the deal": the deal's parties made it
        named = named | _AGREEING_ROOTS
        kinds = kinds | _AGREEING_ROOTS
    here = act.candidate.trigger.i
    # one who took up the act the same way before reacted to it too; an agreement's parties are
    # named by the same object ("reached an agreement ... welcomed the agreement"), so not there
    fellow_root = act.candidate.root if act.candidate.root in _REACTION_ROOTS and not agreement else None

    verb = _ACT_NOUN_VERBS.get(lemma)
    # "imposed sanctions ... the sanctions": the object of an act names it; a label judges an act only
    # when its object names one ("stripped the bishop of his citizenship ... called the bishop a
    # servant": the bishop is no act)
    acts_named = bool(named) or lemma in _ACT_NOUNS or lemma.endswith(_ACT_NOUN_ENDINGS) \
        or not judges_by_a_label(act.candidate.trigger)

    def names_it(mention: EventCandidate) -> bool:  # "sanctioned", or "imposed sanctions"
        if _act_key(mention.trigger) == key:
            return True
        if verb is not None and mention.trigger.pos_ == "VERB" and mention.trigger.lemma_.lower() == verb:
            return True  # "suspended ... the suspension", "shut down ... the shutdown"
        # "Berlin regrets decision ... the ministry regretted the decision": one who reacted to the
        # act the same way before is a fellow in the reaction, not the act's doer
        return acts_named and any(c.dep_ == "dobj" and _act_key(c) == key for c in mention.trigger.children) \
            and mention.root != fellow_root

    def own_deal(a: ResolvedEvent) -> bool:  # "A and B signed a deal ... A's president welcomed the deal"
        return agreement and _government_party(table, act.source_id, (a.source_id, a.target_id))

    earlier = [a for a in acts if a.source_id and a.source_id != act.source_id and not own_deal(a)
               and (a.candidate.root in kinds if kinds else a.candidate.root not in _REACTION_ROOTS)
               and any(m.trigger.i < here and names_it(m) for m in a.mentions)]
    if not earlier and kinds and _definite_det(side.root):
        # "militants stormed the base ... the president condemned the attack": a definite act
        # noun takes up the latest act of its kind told before, in whatever words; "the crime" only
        # an act told with its victim ("his guard was wounded" names no deed of the guard's)
        judged = _names_a_judged_deed(side.root)
        earlier = [a for a in acts if a.source_id and a.source_id != act.source_id and a.candidate.root in kinds
                   and (a.candidate.root not in _REACTION_ROOTS or named & _AGREEING_ROOTS)
                   and a.candidate.trigger.i < here and not own_deal(a) and not (judged and a.target_id is None)]
    return max(earlier, key=lambda a: a.candidate.trigger.i).source_id if earlier else None


def _government_party(table: ActorTable, key: Optional[str], parties: tuple[Optional[str], ...]) -> bool:
    """Whether `key` is one of `parties`, or speaks for the government of a state one of them is or
    speaks for (a president, a ministry)."""
    if key in parties:
        return True
    state = _government_voice(table, key) if key is not None else None
    return state is not None and any(_government_voice(table, party) == state for party in parties if party)


def _kinds_of_the_gerund(noun: Token, patterns) -> set[str]:
    """The roots of the acts a verb's -ing noun names through its verb ("the signing": sign, an
    agreement; "the shelling": shell, an attack), empty for any other noun."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or not lemma.endswith("ing") or _act_key(noun) == lemma:
        return set()
    return {p.code[:2] for p in patterns.candidates("verb", _act_key(noun))}


# act nouns whose verb the act was told with before ("seized ... condemned the seizure")
_ACT_NOUN_VERBS = {noun: verb for noun, (verb, _particle) in ACT_NOUN_VERBS.items()}
# Acts of a reaction root that are deeds of their own, not answers to another act: granting recognition
# (054) and signing an agreement (057); "rejected the recognition" is aimed at the one who granted it.
_DEED_CODES_OF_REACTION_ROOTS = frozenset({"054", "057"})
_DEEDS_OF_WORDED_ROOTS = _DEED_CODES_OF_REACTION_ROOTS | {_FINDING_CODE}  # and a court's finding


def _doer_of_the_act(acts: list[ResolvedEvent], act: ResolvedEvent, side: Span, table: ActorTable,
                     patterns) -> Optional[str]:
    """The doer of the act a reaction's object names: the one the words name as its agent ("the
    arrests of journalists by the police"), else the doer of the latest act of the kind the noun
    names told before ("pirates seized a ship ... China protested the seizure")."""
    noun = side.root
    if noun.pos_ != "NOUN":
        return None
    lemma = noun.lemma_.lower()
    verb = _ACT_NOUN_VERBS.get(lemma)
    codes = {p.code for p in patterns.candidates("noun", lemma)}
    if verb is not None:
        codes |= {p.code for p in patterns.candidates("verb", verb)}
    kinds = {code[:2] for code in codes} - _REACTION_ROOTS
    deeds = codes & _DEED_CODES_OF_REACTION_ROOTS
    if not kinds and not deeds:
        return None
    agent = _agent_of_act_noun(noun)
    key = side_key(table, _subtree_span(agent), []) if agent is not None else None
    if key is not None and key != act.source_id:
        return key
    if not _definite_det(noun):
        return None
    here = act.candidate.trigger.i
    earlier = [a for a in acts if a.source_id and a.source_id != act.source_id and a.candidate.root in kinds
               and a.candidate.trigger.i < here and a.candidate.trigger.i not in range(side.start, side.end)]
    if earlier:
        return max(earlier, key=lambda a: a.candidate.trigger.i).source_id
    # "X recognised the Taliban, the second state after Y to grant such recognition ... the recognition":
    # a deed told again and again is the one its main doer did, not the latest one recalled
    doers = Counter(a.source_id for a in acts if a.source_id and a.source_id != act.source_id
                    and a.candidate.code in deeds and a.candidate.trigger.i < here)
    return doers.most_common(1)[0][0] if doers else None


# Definite nouns that take up an earlier act of pressure or coercion ("if the measures are not
# lifted"), with the roots of the acts each may name: sanctions and curbs (16), coercion (17).
_MEASURE_NOUN_ROOTS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("measure", "step", "move", "decision", "ban", "restriction"), frozenset({"16", "17"})),
    **dict.fromkeys(("sanction", "curb", "tariff", "embargo", "freeze", "countermeasure", "duty"), frozenset({"16"})),
    **dict.fromkeys(("expulsion", "deportation", "arrest", "detention"), frozenset({"17"})),
}
_RESPONSE_PREPS = frozenset({"against", "to", "over"})


def _measures_answered(trigger: Token) -> Optional[Token]:
    """The definite noun naming the earlier act a threatened response answers: the subject of its
    condition ("would respond if the measures were not lifted", "vowed to retaliate unless the
    expulsions are reversed") or the object of against/to/over ("retaliate against the sanctions",
    "in response to the bans"), None when the sentence ties it to no such noun."""
    found: list[Token] = []
    for verb in (trigger, *(c for c in trigger.children if c.dep_ in ("xcomp", "ccomp"))):
        for clause in verb.children:
            if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS
                                              for m in clause.children):
                found += [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
        for prep in verb.children:
            if prep.dep_ != "prep":
                continue
            objects = [o for o in prep.children if o.dep_ == "pobj"]
            if prep.lower_ == "in":  # "in response to the bans"
                objects = [o for r in objects if r.lemma_.lower() in ("response", "retaliation", "reply")
                           for p in r.children if p.dep_ == "prep" and p.lower_ == "to"
                           for o in p.children if o.dep_ == "pobj"]
            elif prep.lower_ not in _RESPONSE_PREPS:
                continue
            found += objects
    nouns = [n for n in found if n.lemma_.lower() in _MEASURE_NOUN_ROOTS
             and _definite_det(n)]
    return nouns[0] if len(nouns) == 1 else None


def _doer_of_the_measures(acts: list[ResolvedEvent], act: ResolvedEvent, noun: Token,
                          table: ActorTable) -> Optional[str]:
    """"Canada barred Georgian officials ... Tbilisi would respond if the measures were not lifted":
    the doer of the earlier acts of the kind the noun names aimed at the threatener's own country,
    when one foreign state (or body) alone did them; the latest of them is taken."""
    country = _code_of(table, act.source_id)[0]
    if country is None:
        return None
    kinds = _MEASURE_NOUN_ROOTS[noun.lemma_.lower()]
    here = act.candidate.trigger.i
    earlier = [a for a in acts if a.source_id and a.target_id and a.candidate.root in kinds
               and a.candidate.trigger.i < here and _code_of(table, a.target_id)[0] == country
               and _code_of(table, a.source_id)[0] != country]
    doers = {_code_of(table, a.source_id)[0] or a.source_id for a in earlier}
    if len(doers) != 1:
        return None
    return max(earlier, key=lambda a: a.candidate.trigger.i).source_id


def _doer_of_the_measure_judged(acts: list[ResolvedEvent], act: ResolvedEvent, side: Span,
                                table: ActorTable) -> Optional[str]:
    """"Canada froze the assets of Georgian officials. Tbilisi condemned the measure": a judgement of
    "the measure" / "the move" / "the step" taken against the judging one's own country is aimed at
    the one foreign doer of such acts told before (see `_doer_of_the_measures`); a judgement by a
    third party ("Russia expelled Polish diplomats. France criticised the move"), at the one doer of
    such acts told in its sentence or the two before, when not of the judging one's own state."""
    noun = side.root
    if act.candidate.root not in _VERDICT_ROOTS or act.source_id is None \
            or noun.lemma_.lower() not in _MEASURE_NOUN_ROOTS or not _definite_det(noun):
        return None
    doer = _doer_of_the_measures(acts, act, noun, table)
    if doer is not None:
        return doer
    kinds = _MEASURE_NOUN_ROOTS[noun.lemma_.lower()]
    start = _sentences_back(act.candidate.sentence, _AUTHOR_MEMORY_SENTENCES)
    here = act.candidate.trigger.i
    doers = {a.source_id for a in acts if a.source_id and a.target_id and a.candidate.root in kinds
             and start <= a.candidate.trigger.i < here}
    if len(doers) != 1:
        return None
    doer = doers.pop()
    return None if _holds(table, (act.source_id,), doer) else doer


def _aim_of_the_reaction_beside(acts: list[ResolvedEvent], act: ResolvedEvent, table: ActorTable) -> Optional[str]:
    """"condemned the closure and said Moscow would respond": a response threatened in the same
    sentence as one condemnation or rejection of an act by its threatener (or its threatener's
    state) answers that act, and is aimed where the reaction is."""
    cand = act.candidate
    country = _code_of(table, act.source_id)[0]
    beside = {a.target_id for a in acts if a.source_id and a.target_id
              and (a.source_id == act.source_id
                   or (country is not None and _code_of(table, a.source_id)[0] == country))
              and a.candidate.root in (_DISAPPROVAL_ROOT, _REJECTION_ROOT) and a.candidate.sentence.start == cand.sentence.start
              and a.candidate.trigger.i < cand.trigger.i}
    return beside.pop() if len(beside) == 1 else None


def _doer_of_the_act_beside(acts: list[ResolvedEvent], act: ResolvedEvent, table: ActorTable) -> Optional[str]:
    """"Police shut the Russian House; Moscow vows response": a response threatened after an act told
    in the same sentence against the threatener's country answers it, when one foreign party did it."""
    country = _code_of(table, act.source_id)[0]
    if country is None:
        return None
    cand = act.candidate
    doers = {a.source_id for a in acts if a.source_id and a.target_id
             and a.candidate.sentence.start == cand.sentence.start and a.candidate.trigger.i < cand.trigger.i
             and a.candidate.root not in _REACTION_ROOTS and _code_of(table, a.target_id)[0] == country
             and _code_of(table, a.source_id)[0] not in (None, country)}
    return doers.pop() if len(doers) == 1 else None


def _responses_aimed_at_the_measures(acts: list[ResolvedEvent], table: ActorTable,
                                     patterns) -> list[ResolvedEvent]:
    """A threatened response whose own sentence names no target but ties it to "the measures" ("will
    retaliate if the sanctions stay") is aimed at the doer of those measures told before (see
    `_doer_of_the_measures`); with no one clear doer the threat is left out, as is a response
    word (@response) triggering a threat that names no one it answers."""
    answering = patterns.expand(["@response"])
    kept: list[ResolvedEvent] = []
    for act in acts:
        cand = act.candidate
        if act.target_id is None and act.source_id is not None and cand.root == _THREAT_ROOT:
            noun = _measures_answered(cand.trigger)
            if noun is not None:
                act.target_id = _doer_of_the_measures(acts, act, noun, table)
            said = [t for t in (cand.trigger, *cand.trigger.children) if t.lemma_.lower() in answering]
            if act.target_id is None and noun is None and said:
                act.target_id = _aim_of_the_reaction_beside(acts, act, table) \
                    or _doer_of_the_act_beside(acts, act, table)
            # a response as the trigger or the act it governs ("warned that troops would respond")
            # answers nothing when none is found; "threatened a response" is a threat made all the same
            if act.target_id is None and (noun is not None or any(
                    t.i == cand.trigger.i or t.dep_ in ("xcomp", "ccomp") for t in said)):
                continue
        kept.append(act)
    return kept


def _undergoer_of_the_act(table: ActorTable, side: Span) -> Optional[str]:
    """Who an act noun's "of" names ("the arrests of journalists"): the act's undergoer, not its doer."""
    obj = _pobj_of(side.root, "of")
    return side_key(table, _subtree_span(obj), []) if obj is not None else None


def _reactions_aimed_at_the_doer(acts: list[ResolvedEvent], table: ActorTable, patterns) -> None:
    """"condemned the arrests of journalists": a reaction to an act is aimed at the act's doer, not
    at the one the act befell, when the doer is known (named as agent, or told of before)."""
    for act in acts:
        side = act.candidate.target
        if act.candidate.root not in _VERDICT_ROOTS or act.target_id is None or side is None:
            continue
        if _undergoer_of_the_act(table, side) != act.target_id:
            continue
        doer = _doer_of_the_act(acts, act, side, table, patterns)
        if doer is not None and doer != act.target_id:
            act.target_id = doer


# words naming what someone said, wrote or decided: a reaction to one is aimed at its author
_AUTHORED_NOUNS = frozenset({"report", "statement", "finding", "findings", "assessment", "communique", "communiqué",
                             "declaration", "letter", "remark", "remarks", "comment", "comments", "criticism",
                             "accusation", "allegation", "claim", "assertion", "order", "decision", "ruling",
                             "announcement", "verdict", "resolution"})
_AUTHOR_PREPS = frozenset({"by", "from"})
_AUTHOR_MEMORY_SENTENCES = 2  # a teller: in the sentence of the reaction or the two before it
_AUTHORED_ACT_MEMORY_SENTENCES = 6  # an act told with the same word ("ordered ... the order")


def _reactions_aimed_at_the_author(acts: list[ResolvedEvent], table: ActorTable, quotes: list) -> None:
    """"dismissed a report by observers", "rejected the criticism", "hailed the order": a judgement
    of what someone said, wrote or decided, left without a target, is aimed at its author."""
    for act in acts:
        side = act.candidate.target
        if act.target_id is not None or act.source_id is None or side is None \
                or act.candidate.root not in _VERDICT_ROOTS or side.root.lemma_.lower() not in _AUTHORED_NOUNS:
            continue
        author = _author_named(table, side) or _author_told_before(acts, act, side, table, quotes) \
            or _author_named_with_the_word_before(table, act, side)
        if author is not None and author != act.source_id:
            act.target_id = author


def _author_named(table: ActorTable, side: Span) -> Optional[str]:
    """The author the words name: "a report by observers", "a statement from the ministry",
    "Amnesty's report" (not "its report": a pronoun is left to the teller told before)."""
    noun = side.root
    for child in noun.children:
        if child.dep_ in ("agent", "prep") and child.lower_ in _AUTHOR_PREPS:
            words = next((_subtree_span(c) for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ == "poss" and child.pos_ != "PRON":
            words = _subtree_span(child)
        else:
            continue
        key = side_key(table, words, []) if words is not None else None
        if key is not None:
            return key
    return None


def _author_named_with_the_word_before(table: ActorTable, act: ResolvedEvent, side: Span) -> Optional[str]:
    """"dismissed a report by observers ... the opposition welcomed the report": "the report" is the
    one told before with its author named ("a report by X", "X's report"), however far back."""
    noun = side.root
    if not _definite_det(noun):
        return None
    lemma = noun.lemma_.lower()
    for word in reversed(noun.doc[:act.candidate.sentence.start]):
        if word.lemma_.lower() == lemma and word.pos_ == "NOUN":
            author = _author_named(table, _subtree_span(word))
            if author is not None:
                return author if author != act.source_id else None
    return None


def _author_told_before(acts: list[ResolvedEvent], act: ResolvedEvent, side: Span, table: ActorTable,
                        quotes: list) -> Optional[str]:
    """The author of "the report" / "the criticism" / "the order" named before: the doer of the
    latest act told with the same word ("ordered ... the order"), else the latest subject of an issuing
    verb whose object was that word ("the assembly adopted a resolution ... rejected the resolution"),
    as far back as such acts, else the latest one told to have said something (a quotation's
    speaker, the teller of an act) in the sentence or the two before, when not of the reacting
    one's own country (one's own side is not whom one rejects)."""
    noun = side.root
    if not _definite_det(noun):
        return None
    doc = noun.doc
    start = _sentences_back(act.candidate.sentence, _AUTHOR_MEMORY_SENTENCES)
    act_start = _sentences_back(act.candidate.sentence, _AUTHORED_ACT_MEMORY_SENTENCES)
    here = act.candidate.trigger.i
    key = _act_key(noun)
    same_word = [(m.trigger.i, a.source_id) for a in acts if a.source_id and a.source_id != act.source_id
                 for m in a.mentions if act_start <= m.trigger.i < here and _act_key(m.trigger) == key]
    if same_word:
        return max(same_word)[1]
    country = _code_of(table, act.source_id)[0]
    tellers: list[tuple[int, str]] = []
    for q in quotes:
        if doc[start].idx <= q.start and q.end <= act.candidate.trigger.idx:
            speaker = table.drafts.get(q.speaker)
            if speaker is not None:
                owner = speaker.affiliation if speaker.affiliation in table.drafts else speaker.key
                tellers.append((q.end, owner))
    makers = _makers_of_the_word(table, noun, doc[act_start:here], act.source_id, _AUTHORING_VERBS)
    if makers:  # the one who issued or adopted it, not one who spoke after ("X says ...")
        tellers = makers
    else:
        for a in acts:
            reporter = a.candidate.reporter
            if reporter is not None and start <= reporter.start and reporter.end <= here:
                teller = side_key(table, reporter, [])
                if teller is not None:
                    tellers.append((reporter.end_char, teller))
    if not tellers:
        return None
    teller = max(tellers)[1]
    teller_country = _code_of(table, teller)[0]
    if teller == act.source_id or (country is not None and teller_country == country):
        return None
    return teller


def _makers_of_the_word(table: ActorTable, noun: Token, before: Span, reactor: Optional[str],
                        verbs: frozenset[str]) -> list[tuple[int, str]]:
    """(offset, side) of each subject of an issuing verb (one of `verbs`) whose object is ``noun``'s
    word in ``before`` ("Amnesty issued a report ... dismissed the report"), other than the reacting one."""
    lemma = noun.lemma_.lower()
    makers: list[tuple[int, str]] = []
    for word in before:
        if word.lemma_.lower() != lemma or word.dep_ != "dobj" or word.head.lemma_.lower() not in verbs:
            continue
        maker = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
        key = side_key(table, _noun_phrase(maker), []) if maker is not None else None
        if key is not None and key != reactor:
            makers.append((word.idx, key))
    return makers


_FORCEFUL_ROOTS = _COERCION_ROOTS | _VIOLENCE_ROOTS  # coercion, assault, fighting, mass violence
_BEARING_ARMS_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "INS"})
_CUSTODY_ROOT = "17"  # arrests, detentions, seizures: often told twice, the second time in the passive


def _passives_done_by_the_doer_before(acts: list[ResolvedEvent], table: ActorTable, text: str) -> None:
    """"Police raided the office. Two editors were detained": a forceful act told in the passive with
    no doer is done by the one who did a forceful act just before, in the same clause chain or the
    sentence before in the same paragraph, when that one is the only doer of such an act there and is
    not of the side the passive act befalls."""
    for act in acts:
        verb = act.candidate.trigger
        if act.source_id is not None or act.target_id is None or act.candidate.root not in _FORCEFUL_ROOTS \
                or verb.pos_ != "VERB" or not _agentless_passive(verb):
            continue
        retold = _doer_of_the_same_act_before(acts, act, table)
        if retold is not None:  # "X detained a Latvian. The woman ... was arrested": X, across paragraphs
            act.source_id = retold
            continue
        span = _sentence_and_one_before(act.candidate)
        before = [a for a in acts if a.source_id and a.candidate.root in _FORCEFUL_ROOTS
                  and a.candidate.trigger.i in span and "\n" not in text[a.candidate.trigger.idx:verb.idx]]
        doers = {a.source_id for a in before}
        # fighting between armed sides ("soldiers fought rebels"): either may have done it
        fought = any(_armed_side(table, a.target_id) for a in before)
        if len(doers) != 1 or fought:
            continue
        doer = doers.pop()
        if doer != act.target_id and _code_of(table, doer) != _code_of(table, act.target_id):
            act.source_id = doer


def _participles_done_by_the_main_doer(acts: list[ResolvedEvent]) -> None:
    """"Hundreds of relatives blocked the road, demanding compensation": a participle beside the
    main verb, with no subject of its own, is done by whoever does the main verb's act, when its
    own side words resolved to no one."""
    doers = {a.candidate.trigger.i: a.source_id for a in acts if a.source_id is not None}
    for act in acts:
        trigger = act.candidate.trigger
        if act.source_id is not None or trigger.dep_ != "advcl" or trigger.tag_ != "VBG" \
                or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in trigger.children):
            continue
        doer = doers.get(trigger.head.i)
        if doer is not None and doer != act.target_id:
            act.source_id = doer


def _participles_aimed_like_the_main_act(acts: list[ResolvedEvent], patterns: PatternSet) -> None:
    """"Expelled the correspondent, accusing him of lying", "seized the tanker, accusing the vessel of
    smuggling": a participle of words (a charge, a demand, a threat) beside the main verb, whose target
    words are a pronoun or a definite noun naming no act, and resolved to no one, takes up the target
    of the main act (told under the verb the participle hangs on, or joined to it)."""
    aimed = {m.trigger.i: a.target_id for a in acts if a.target_id is not None for m in (a.mentions or [a.candidate])}
    for act in acts:
        trigger, side = act.candidate.trigger, act.candidate.target
        if act.target_id is not None or side is None or act.candidate.root not in _PRESSING_ROOTS \
                or trigger.dep_ != "advcl" or trigger.tag_ != "VBG" \
                or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in trigger.children):
            continue
        # a pronoun, or a definite noun for people or a craft ("the vessel", "the reporter"), not a thing
        # ("accusing the report of bias")
        if not (side.root.pos_ == "PRON" or (side.root.pos_ == "NOUN" and not _names_an_act(side, patterns) and (
                _definite_det(side.root) or any(c.dep_ == "poss" for c in side.root.children))
                and (side.root.lemma_.lower() in _VESSEL_NOUNS
                     or get_role_lexicon().is_role_word(side.root.lemma_.lower())))):
            continue
        target = next((aimed[v.i] for v in _main_verbs_beside(trigger) if v.i in aimed), None)
        if target is not None and target != act.source_id:
            act.target_id = target


def _main_verbs_beside(participle: Token) -> list[Token]:
    """The verbs whose act a participle hung on `participle.head` may follow: that verb, the act it
    reports ("said it had suspended exports, accusing ..."), and the verb it is joined to ("declared
    them persona non grata and gave them 72 hours, accusing ...")."""
    head = participle.head
    verbs = [head, *(k for k in head.children if k.dep_ == "ccomp" and k.i < participle.i)]
    if head.dep_ == "conj":  # the first of the joined verbs tells the main act
        verbs.insert(0, head.head)
    elif head.dep_ == "xcomp":
        verbs.append(head.head)
    return verbs


def _doer_of_the_same_act_before(acts: list[ResolvedEvent], act: ResolvedEvent, table: ActorTable
                                 ) -> Optional[str]:
    """The one doer of an arrest or detention (code as the passive's) done to the same side in the
    sentence or the two before: the passive retells that act. Not a court's (a sentence is no
    charge), and not for other force ("the attack was repelled" is not done by the attackers)."""
    here = act.candidate
    if here.root != _CUSTODY_ROOT:
        return None
    start = _sentences_back(here.sentence, 2)
    doers = {a.source_id for a in acts if a.source_id and a.target_id == act.target_id
             and a.candidate.code == here.code and start <= a.candidate.trigger.i < here.trigger.i}
    if any(_code_of(table, doer)[1] == "JUD" for doer in doers):
        return None
    return doers.pop() if len(doers) == 1 else None


def _armed_side(table: ActorTable, key: Optional[str]) -> bool:
    """Whether an actor bears arms (an army, police, rebels, an armed group)."""
    draft = table.drafts.get(key) if key is not None else None
    return draft is not None and draft.sector in _BEARING_ARMS_SECTORS


def _agentless_passive(verb: Token) -> bool:
    """Whether a verb is told in the passive with no "by" naming its doer ("were detained")."""
    return _is_passive(verb) and not _has_child(verb, "agent")


def _decider(acts: list[ResolvedEvent], act: ResolvedEvent, side: Span, table: ActorTable) -> Optional[str]:
    """"The ICC issued a warrant ... Sudan welcomed the decision": "the decision" (ruling, verdict)
    is the latest act told before that a state body or an international body decides (an easing,
    sanctions, coercion; not force used on a crowd), and the reaction is aimed at its doer."""
    if side.root.lemma_.lower() not in _DECISION_NOUNS or not _definite_det(side.root):
        return None
    here = act.candidate.trigger.i
    earlier = [a for a in acts if a.source_id and a.source_id != act.source_id and a.candidate.root in _DECIDED_ROOTS
               and not a.candidate.code.startswith(_REPRESSION_CODE) and a.candidate.trigger.i < here]
    if not earlier:
        return None
    doer = table.drafts.get(max(earlier, key=lambda a: a.candidate.trigger.i).source_id)
    return doer.key if doer is not None and (doer.sector in STATE_SECTORS or doer.sector == "IGO") else None


def _maker_of_the_decision(acts: list[ResolvedEvent], act: ResolvedEvent, side: Span,
                           table: ActorTable) -> Optional[str]:
    """"The bloc took the decision ... the opposition welcomed the decision": a judgement of "the
    decision" (move, step, ruling, verdict) is aimed at the latest one told to have taken, made or
    handed down that word before (see `_makers_of_the_word`)."""
    noun = side.root
    if noun.lemma_.lower() not in _DECIDING_NOUNS or not _definite_det(noun) or act.source_id is None:
        return None
    start = _sentences_back(act.candidate.sentence, _AUTHORED_ACT_MEMORY_SENTENCES)
    makers = _makers_of_the_word(table, noun, noun.doc[start:act.candidate.trigger.i], act.source_id,
                                 _DECIDING_VERBS)
    return max(makers)[1] if makers else None


def _court_that_ruled(acts: list[ResolvedEvent], act: ResolvedEvent, side: Span,
                      table: ActorTable) -> Optional[str]:
    """"The court ruled that Hungary had violated the ban ... Budapest rejected the ruling": "the
    ruling" (verdict, judgment) is the latest court's finding told before, and the reaction is
    aimed at the court (or tribunal) that made it."""
    noun = side.root
    if noun.lemma_.lower() not in _VERDICT_NOUNS or not _definite_det(noun):
        return None
    here = act.candidate.trigger.i
    findings = [a for a in acts if a.source_id and a.source_id != act.source_id
                and a.candidate.code == _FINDING_CODE and a.candidate.trigger.i < here]
    return max(findings, key=lambda a: a.candidate.trigger.i).source_id if findings else None


def _doer_of_the_lead_act(acts: list[ResolvedEvent], act: ResolvedEvent, side: Span,
                          table: ActorTable) -> Optional[str]:
    """"Ethiopia recognised Somaliland ... the Arab League condemned the step", "the navy seized a
    tanker ... Iran called the operation illegal": a judgement of "the decision" (move, step; not a
    court's ruling) or of "the incident" (operation, case) that nothing else ties to a doer is aimed
    at the doer of the story's lead act, the first act it tells with a verb that is not words (an
    appeal, praise, a demand, criticism; a rejection such as quitting a treaty is a decision, a
    court's finding is the case), nor violence when a decision is meant, when a state body or an
    international body did it, and not one of the judging state's own."""
    lemma = side.root.lemma_.lower()
    decision = lemma in _DECIDING_NOUNS - _VERDICT_NOUNS
    if not (decision or lemma in _EPISODE_NOUNS) or not _definite_det(side.root) or act.source_id is None \
            or act.candidate.root not in _VERDICT_ROOTS:
        return None
    here = act.candidate.trigger.i
    told = [a for a in acts if a.source_id and a.source_id != act.source_id and a.candidate.trigger.i < here
            and a.candidate.trigger.pos_ == "VERB" and not (decision and a.candidate.root in _VIOLENCE_ROOTS)
            and (a.candidate.root not in _WORDED_ROOTS or a.candidate.code in _DEEDS_OF_WORDED_ROOTS)]
    if not told:
        return None
    doer = table.drafts.get(min(told, key=lambda a: a.candidate.trigger.i).source_id)
    if doer is None or not (doer.sector in STATE_SECTORS or doer.sector == "IGO"):
        return None
    judge_country, judge_sector = _code_of(table, act.source_id)
    if judge_sector in STATE_SECTORS and judge_country == doer.country:
        return None  # a state judging its own police's move is not told to aim at them
    return doer.key


def _last_to_meet(acts: list[ResolvedEvent], act: ResolvedEvent, side: Span, patterns) -> Optional[str]:
    """"North Korea condemned the meeting": a meeting, talks or a visit named without its parties is
    the latest one told before, and the reaction is aimed at the one who held it."""
    lemma = side.root.lemma_.lower()
    if not any(p.code[:2] == _CONSULT_ROOT for p in patterns.candidates("noun", lemma)):
        return None
    here = act.candidate.trigger.i
    earlier = [a for a in acts if a.candidate.root == _CONSULT_ROOT and a.source_id
               and a.candidate.trigger.i < here and a.source_id != act.source_id]
    return max(earlier, key=lambda a: a.candidate.trigger.i).source_id if earlier else None


def _headline_acts_told_in_the_body(before: list[ResolvedEvent], kept: list[ResolvedEvent], table: ActorTable,
                                    headlines: list[tuple[int, int]], lead_end: int) -> list[ResolvedEvent]:
    """A headline tells the article's lead act in few words ("X arrests engineers", "X pardons
    Y"); the body tells the same act again, often in other words and with its sides named ("X's
    police detained three engineers of Z"). An act first reported in a headline becomes one more
    report of the first kept act of the body after it of the same kind (`_same_kind_of_act`) and
    negation whose sides agree with its own (`_sides_agree`); the body's sides stand. One left out
    for want of a target is taken up by any such act of the body; one kept, only by an act of the
    lead (the body's first two paragraphs, ending at character `lead_end`), which a headline sums up.
    Returns the kept acts without the headline acts folded."""
    if not headlines:
        return kept

    def in_headline(report: EventCandidate) -> bool:
        return any(start <= report.trigger.i < end for start, end in headlines)

    kept_candidates = {id(act.candidate) for act in kept}
    left_out = [act for act in before if id(act.candidate) not in kept_candidates]
    folded: set[int] = set()
    taken_up: set[int] = set()  # lead acts a kept headline act was folded into: one headline act each
    for act in [*left_out, *kept]:
        cand = act.candidate
        if not in_headline(cand):
            continue
        was_kept = id(cand) in kept_candidates
        fitting = [other for other in kept
                   if other.candidate.trigger.i > cand.trigger.i and not in_headline(other.candidate)
                   and (not was_kept or other.candidate.trigger.idx < lead_end and id(other) not in taken_up)
                   and _same_kind_of_act(cand, other.candidate) and other.candidate.negated == cand.negated
                   and _sides_agree(table, act.source_id, other.source_id)
                   and _sides_agree(table, act.target_id, other.target_id)]
        # an act of the very code before one its root's general word may stand for ("attack" is the
        # killing the body tells, not the border closed after it)
        body = next((other for other in fitting if other.candidate.code[:3] == cand.code[:3]),
                    fitting[0] if fitting else None)
        if body is not None:
            told = {r.trigger.i for r in body.mentions or [body.candidate]}
            body.mentions = sorted((body.mentions or [body.candidate])
                                   + [r for r in act.mentions or [cand] if r.trigger.i not in told],
                                   key=lambda r: r.trigger.i)
            if was_kept:
                body.source_id = _the_narrower_side(table, body.source_id, act.source_id)
                body.target_id = _the_narrower_side(table, body.target_id, act.target_id)
                folded.add(id(act))
                taken_up.add(id(body))
    return [a for a in kept if id(a) not in folded]


def _the_narrower_side(table: ActorTable, body_side: Optional[str], headline_side: Optional[str]) -> Optional[str]:
    """Of two sides that agree (`_sides_agree`), the body's, unless it leaves the side out or names
    only the state the headline names an actor of ("Malaysia" for the headline's "Rohingya")."""
    if body_side is None or headline_side is None:
        return body_side or headline_side
    body = table.drafts.get(body_side)
    return headline_side if body is not None and body.type == "GPE" and headline_side != body_side else body_side


def _lead_end(doc: Doc) -> int:
    """The character where an article's lead ends: after its first two paragraphs."""
    paragraphs = [end for kind, _, end in block_spans(doc) if kind == "paragraph"]
    return paragraphs[min(1, len(paragraphs) - 1)] if paragraphs else 0


def _same_kind_of_act(headline: EventCandidate, body: EventCandidate) -> bool:
    """Whether a headline's act and a body's may be one: the same code to three digits, or a
    headline's general word for the acts of a root ("gun attack", 190) and any act of that root
    ("opened fire", 193)."""
    return headline.code[:3] == body.code[:3] or (headline.code == headline.root + "0" and body.root == headline.root)


def _sides_agree(table: ActorTable, headline_side: Optional[str], body_side: Optional[str]) -> bool:
    """Whether a headline's side and the body's side of one act may be the same party: the same
    actor, a side one of them leaves out, a state ("Cambodia") and an actor of that state the
    body names in its place ("Cambodian police"), two bodies of one state named by one noun, or a
    state's unnamed people and a group of that state."""
    if headline_side is None or body_side is None or headline_side == body_side:
        return True
    first, second = table.drafts.get(headline_side), table.drafts.get(body_side)
    if first is None or second is None or first.country is None or first.country != second.country:
        return False
    # "the army" of a headline and "the Chadian army" of the lead: one body of one state; the state's
    # unnamed people ("police detain 30") and a group of them the lead names ("detained 30 students")
    return first.type == "GPE" or second.type == "GPE" or (
        first.type in _BODY_TYPES and second.type in _BODY_TYPES and first.sector == second.sector
        and _one_named_within_the_other(first, second)) or (
        first.type == second.type == "GROUP" and (_people_made_on_demand(first) or _people_made_on_demand(second)))


def _people_made_on_demand(draft: ActorDraft) -> bool:
    """Whether a group is a state's unnamed people, made for an act on them (`_crowd_target`)."""
    return draft.key.startswith("group:people:")


_BODY_TYPES = frozenset({"GROUP", "ORG"})


def _one_party(table: ActorTable, source: Optional[str], target: Optional[str]) -> bool:
    """Whether two different actors of one state and sector, one named within the other, are one party."""
    if source is None or target is None or source == target:
        return False
    first, second = table.drafts.get(source), table.drafts.get(target)
    return first is not None and second is not None and first.type in _BODY_TYPES and second.type in _BODY_TYPES \
        and first.country is not None and first.country == second.country and first.sector == second.sector \
        and _one_named_within_the_other(first, second)


def _one_named_within_the_other(first: ActorDraft, second: ActorDraft) -> bool:
    """Whether the words of one body's name are all words of the other's ("army" within "Chadian
    army"; not "foreign ministry" and "defence ministry")."""
    def words(draft: ActorDraft) -> list[frozenset[str]]:
        return [frozenset(w for w in name.lower().split() if w != "the") for name in draft.names]
    return any(a and b and (a <= b or b <= a) for a in words(first) for b in words(second))


def _one_per_dyad_and_sentence(acts: list[ResolvedEvent], table: ActorTable,
                               dropped: Optional[list] = None) -> list[ResolvedEvent]:
    """One event per sentence for one dyad and root: "a draconian and inhuman sentence" is one
    criticism, not two, though two words carry it; "countermeasures against U.S. companies Raytheon
    and Lockheed Martin" is one act against U.S. business, not one per company named. Each act
    left out is added to `dropped`, when given, with the act kept instead."""
    kept: list[ResolvedEvent] = []
    first: dict[tuple, list[ResolvedEvent]] = {}
    for act in acts:
        cand = act.candidate
        key = (_dyad_side(table, act.source_id), _dyad_side(table, act.target_id), cand.root, cand.sentence.start)
        if act.source_id is None and act.target_id is None:
            kept.append(act)
            continue
        # the same act as any kept for the dyad, not only the first ("detained 27 people" folded with a
        # headline, then "used tear gas" and "broke up" the rally: the second 175 is the first told again)
        known = next((k for k in first.get(key, ()) if not _two_acts(k.candidate, cand)), None)
        if known is None:
            # an act folded with its report in another sentence (a headline and its lead) is also
            # one act of that sentence for the dyad
            for report in act.mentions:
                told = first.setdefault(key[:3] + (report.sentence.start,), [])
                if all(k is not act for k in told):
                    told.append(act)
            told = first.setdefault(key, [])
            if all(k is not act for k in told):
                told.append(act)
            kept.append(act)
            continue
        if dropped is not None:
            dropped.append((act, "dropped as a second act of the same dyad and root in the sentence ({kept})", known))
        for report in act.mentions:  # later reports of the folded act stay its mentions
            if report.sentence.start != cand.sentence.start and \
                    all(report.trigger.i != m.trigger.i for m in known.mentions):
                known.mentions.append(report)
                known.mentions.sort(key=lambda m: m.trigger.i)
    return kept


def _without_violence_retold_of_its_doer(acts: list[ResolvedEvent]) -> list[ResolvedEvent]:
    """"killed by gunmen who opened fire on his car" is one act: violence told in a relative clause on
    a side of another violent act of the same sentence, by the same doer on the same victim, is
    how that act was done, not a second one."""
    violent = [a for a in acts if a.candidate.root in _VIOLENCE_ROOTS and a.source_id and a.target_id]
    def retold(act: ResolvedEvent) -> bool:
        clause = next((t for t in act.candidate.trigger.ancestors if t.dep_ == "relcl"), None)
        if act.candidate.trigger.dep_ == "relcl":
            clause = act.candidate.trigger
        if clause is None:
            return False
        return any(other is not act and (other.source_id, other.target_id) == (act.source_id, act.target_id)
                   and any(report.sentence.start == act.candidate.sentence.start
                           and any(side is not None and side.start <= clause.head.i < side.end
                                   for side in (report.source, report.target))
                           for report in other.mentions or [other.candidate])
                   for other in violent)
    dropped = {id(a) for a in violent if retold(a)}
    return [a for a in acts if id(a) not in dropped]


def _violence_taken_up_again(acts: list[ResolvedEvent], table: ActorTable, patterns,
                             sentence_number: dict[int, int]) -> list[ResolvedEvent]:
    """"Gunmen stormed the camp ... the council condemned the attack": a definite singular noun of
    violence ("the attack", "this bombing", a headline's bare "condemns attack") told within a few
    sentences after a violent act whose sides it does not contradict takes that act up again in
    other words; it becomes a report of the latest such act, not an act of its own. Its sides are
    not lent to that act: a retelling may be of another incident ("in a separate incident, the
    bombing of a market ...")."""
    out: list[ResolvedEvent] = []
    for act in acts:
        trigger = act.candidate.trigger
        earlier = None
        definite = trigger.tag_ == "NN" and (_definite_det(trigger) or (
            table.in_headline(trigger.i) and not any(c.dep_ == "det" for c in trigger.children)))
        # a noun of the dictionary's: a headline verb the tagger took for a noun ("abduct workers") is no noun
        noun = trigger.pos_ == "NOUN" and bool(patterns.candidates("noun", _act_key(trigger)))
        if act.candidate.root in _VIOLENCE_ROOTS and noun and definite:
            here = sentence_number.get(act.candidate.sentence.start)
            earlier = next((a for a in reversed(out) if a.candidate.root in _VIOLENCE_ROOTS
                            and a.candidate.trigger.i < trigger.i
                            # "shuts border after attack": the act whose clause names the noun is another
                            and not _adjunct_of(trigger, a.candidate.trigger.i)
                            and _within_sentences(sentence_number, a.candidate, here, _PAIR_MEMORY_SENTENCES)
                            and not _places_another_scene(trigger, a.candidate.sentence)
                            and _compatible_side(a.source_id, act.source_id, act.candidate.source)
                            and _compatible_side(a.target_id, act.target_id, act.candidate.target)), None)
        if earlier is None:
            out.append(act)
            continue
        known = {m.trigger.i for m in earlier.mentions or [earlier.candidate]}
        earlier.mentions = sorted([*(earlier.mentions or [earlier.candidate]),
                                   *(m for m in act.mentions or [act.candidate] if m.trigger.i not in known)],
                                  key=lambda m: m.trigger.i)
    return out


def _adjunct_of(noun: Token, verb: int) -> bool:
    """Whether a noun is the object of a preposition hung on the word at `verb` ("shuts border after attack")."""
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == verb


def _places_another_scene(noun: Token, told: Span) -> bool:
    """Whether the sentence of an act noun puts a scene in a place ("in Niger's Tillaberi region")
    that the sentence of the act it might retell does not name (an attack in Mali)."""
    sentence = noun.sent
    scene = {t.lower_ for prep in sentence if prep.dep_ == "prep" and prep.lower_ in _SCENE_PREPS
             for t in prep.subtree if t.pos_ == "PROPN"}  # the tagger's entity labels miss small places
    return bool(scene) and not scene <= {t.lower_ for t in told}


def _within_sentences(sentence_number: dict[int, int], told: EventCandidate, here: Optional[int],
                      limit: int) -> bool:
    """Whether an act was told at most `limit` sentences before sentence `here` (a headline's act, which
    has no sentence number, counts as told just before the body)."""
    before = sentence_number.get(told.sentence.start)
    return here is None or before is None or here - before <= limit


def _compatible_side(told: Optional[str], again: Optional[str], words: Optional[Span]) -> bool:
    """Whether a side of an act told again agrees with the side first told: the same, or not named
    in the words that tell it again (a side only inferred, as "condemned the attack" infers one,
    does not tell another act)."""
    return words is None or again is None or told is None or told == again


def _two_acts(first: EventCandidate, later: EventCandidate) -> bool:
    """Whether two coded words of one root in a sentence tell two acts: different codes on
    different words ("agreed to extend the truce and to exchange prisoners")."""
    return first.trigger.i != later.trigger.i and first.code != later.code


def _demands_on_the_state(acts: list[ResolvedEvent], table: ActorTable) -> None:
    """A demand with no one named to meet it ("demanded the journalist's immediate release") is
    made of the state the article is about, and so is an appeal for an act of the state made at home
    by one outside it or made from abroad; a protest or strike, its end or its threat, with no one
    named is aimed at the protesters' own state. Not when the side acting speaks for that state."""
    main_state = table.state_key(table.main_country)
    # triggers the state itself acts by ("the United States and Britain urged restraint"): an appeal
    # it joins is not made of it
    joined_by_state = {a.candidate.trigger.i for a in acts if main_state is not None and a.source_id == main_state}
    for act in acts:
        if act.target_id is not None or act.source_id is None:
            continue
        source = table.drafts.get(act.source_id)
        if source is None:
            continue
        cand = act.candidate
        if cand.root == _DEMAND_ROOT:
            state, country = main_state, table.main_country
        elif cand.root == _APPEAL_ROOT and not cand.code.startswith(_APPEALS_TO_ANYONE) \
                and source.country == table.main_country and source.sector and source.sector not in STATE_SECTORS \
                and (cand.target is None or _appealed_to_an_organ_of_state(cand.target)
                     or not _names_the_one_appealed_to(cand.target)):
            # "the opposition called for an independent inquiry": an appeal made at home by a party, a
            # group or a rights body, to no one named, is made of its own state
            state, country = main_state, table.main_country
        elif cand.root == _APPEAL_ROOT and not cand.code.startswith(_APPEALS_TO_ANYONE) \
                and source.country != table.main_country and cand.trigger.i not in joined_by_state \
                and (cand.target is None or not _names_the_one_appealed_to(cand.target)):
            # "the Japanese embassy called for calm", "the UN rights office called for an inquiry":
            # an appeal from abroad, to no one named, is made of the state the article is about
            state, country = main_state, table.main_country
        elif cand.root == _PROTEST_ROOT or cand.code.startswith(_DISSENT_EASED_CODE) \
                or cand.code == _DISSENT_THREATENED_CODE:
            # "the opposition called a general strike", "the unions suspended the strike", "the union
            # threatened a strike": dissent, its end or its threat, is aimed at the protesters' own
            # state (else the article's)
            country = source.country or table.main_country
            state = table.state_key(country)
        else:
            continue
        if state is not None and act.source_id != state and not (
                source.country == country and source.sector in STATE_SECTORS):
            act.target_id = state


def _names_the_one_appealed_to(side: Span) -> bool:
    """Whether an appeal's side words name the one it is made to ("called on the international
    community to", "appealed to donors", "urged the commission to act"), not what it asks for
    ("called for an inquiry")."""
    root = side.root
    if root.dep_ == "pobj":
        return root.head.lower_ in ("on", "to", "upon")
    verb = root.head
    return root.dep_ in ("dobj", "dative") and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


def _appealed_to_an_organ_of_state(side: Span) -> bool:
    """Whether the one an appeal is made to is told by words the role lexicon gives a state sector
    ("urged the anti-graft commission to act")."""
    role = get_role_lexicon().sector_of(side.text)
    return role is not None and role.sector in STATE_SECTORS


def _release_asked_of_the_captor(acts: list[ResolvedEvent], table: ActorTable) -> None:
    """"The navy arrested the crew ... the ministry demanded the release of the crew": a demand or
    appeal to free someone is made of whoever holds them (the doer of the latest arrest, seizure or
    abduction told before of that captive, or of the one asking: "Iran seized a British tanker ...
    London demanded the release of its crew"), not of the captive."""
    for act in acts:
        if act.candidate.code not in _RELEASE_ASKED_CODES or act.target_id is None:
            continue
        captive = table.drafts.get(act.target_id)
        if captive is None or (captive.sector in STATE_SECTORS and captive.type != "PERSON"):
            continue  # "urged the junta to free them": already asked of the holder
        side = _dyad_side(table, act.target_id)
        here = act.candidate.trigger.i
        holds = [a for a in acts if a.candidate.code in _CAPTURE_CODES and a.source_id
                 and a.source_id not in (act.source_id, act.target_id) and a.target_id is not None
                 and (a.target_id in (act.target_id, act.source_id) or _dyad_side(table, a.target_id) == side)
                 and a.candidate.trigger.i < here]
        if holds:
            act.target_id = max(holds, key=lambda a: a.candidate.trigger.i).source_id


_OFFERING_VERBS = frozenset({"offer", "promise", "pledge"})


def _offers_aimed(acts: list[ResolvedEvent], table: ActorTable, quotes: list) -> list[ResolvedEvent]:
    """An offer or pledge naming no one to receive it, made by a named doer, is made to each party
    `_aimed_like_the_act_before` or else `_between_parties` finds (one event for each of them)."""
    out: list[ResolvedEvent] = []
    for act in acts:
        if act.candidate.root == _PLEDGE_ROOT and act.target_id is None and act.source_id is not None:
            aimed = _aimed_like_the_act_before(acts, act) or _between_parties(act, table, quotes) \
                or _party_answering_the_offer(act, table, quotes)
            if aimed:
                out.extend(ResolvedEvent(act.candidate, act.source_id, target, list(act.mentions))
                           for target in aimed)
                continue
        out.append(act)
    return out


# Roots of verbal acts of protest that a coordinated predicate aims like its first act ("recalled its
# ambassador to X and lodged a formal protest": the protest is X's to hear)
_COORDINATED_PROTEST_ROOTS = frozenset({"11", "12", "13", "14"})


def _protests_aimed_like_the_act_before(acts: list[ResolvedEvent]) -> None:
    """A protest, rejection or threat told by the second verb of a coordinated predicate with no one
    named is aimed at whoever the first verb's act by the same doer was."""
    for act in acts:
        if act.target_id is None and act.source_id is not None and act.candidate.root in _COORDINATED_PROTEST_ROOTS:
            aimed = _aimed_like_the_act_before(acts, act)
            if len(aimed) == 1 and aimed[0] != act.source_id:
                act.target_id = aimed[0]


def _aimed_like_the_act_before(acts: list[ResolvedEvent], act: ResolvedEvent) -> list[str]:
    """"X urged both sides to show restraint and offered to send observers": an offer or pledge
    told by the second verb of a coordinated predicate is made to whoever the first verb's act by
    the same doer was aimed at."""
    trigger = act.candidate.trigger
    if trigger.dep_ == "xcomp" and trigger.head.lemma_.lower() in _OFFERING_VERBS:
        trigger = trigger.head  # "... and offered to send envoys", coded by the act offered
    if not (trigger.dep_ == "conj" and trigger.pos_ == "VERB" and trigger.head.pos_ == "VERB"):
        return []
    first = trigger.head
    if trigger.tag_ == "VBD" and first.tag_ == "VB" and first.dep_ == "xcomp":
        first = first.head  # "urged X to stop and offered ...", "offered" hung on "stop"
    return list(dict.fromkeys(a.target_id for a in acts if a.candidate.trigger.i == first.i
                              and a.source_id == act.source_id and a.target_id is not None))


# Clauses tied to an offer's clause in one sentence, whose subject may be the party it is made to.
_TIED_CLAUSE_DEPS = frozenset({"advcl", "conj", "parataxis"})


def _party_answering_the_offer(act: ResolvedEvent, table: ActorTable, quotes: list) -> list[str]:
    """"The firm had offered a 5 percent rise; the union wants 10", "the union called off its strike
    after the minister offered a pay rise": an offer (the verb "offer") naming no one to receive it
    is made to the party that is the subject of a clause tied to it in its sentence, when that party
    is neither the doer nor of the doer's state and sector; empty otherwise."""
    trigger = act.candidate.trigger
    if trigger.lemma_.lower() != "offer":  # a promise or a pledge is as often made to no one in particular
        return []
    clauses = [c for c in trigger.children if c.dep_ in _TIED_CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")]
    if trigger.head.pos_ in ("VERB", "AUX") and (trigger.dep_ in _TIED_CLAUSE_DEPS or _before_a_semicolon(trigger)):
        clauses.append(trigger.head)
    doer = _code_of(table, act.source_id)
    for verb in clauses:
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            key = side_key(table, _noun_phrase(subject), quotes)
            if key is not None and key != act.source_id and _code_of(table, key) != doer:
                return [key]
    return []


def _before_a_semicolon(verb: Token) -> bool:
    """Whether a clause the parser hangs on the clause after it is one of two clauses a semicolon
    joins ("A had offered 5 percent; B wants 10": "offered" read as the object of "wants")."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.i > verb.i and any(t.text == ";" for t in verb.doc[verb.i:head.i])


def _between_parties(act: ResolvedEvent, table: ActorTable, quotes: list) -> list[str]:
    """"Brazil offered to host talks between Caracas and Georgetown", "offered to mediate between
    Kyiv and Moscow": the parties (two or more, not the doer) of the "between" phrase the offer's
    complement holds; empty when fewer."""
    between = _between_in_complement(act.candidate.trigger)
    first = next((c for c in between.children if c.dep_ == "pobj"), None) if between is not None else None
    parties = [] if first is None else [key for key in _parties_of(table, first, quotes) if key != act.source_id]
    return parties if len(parties) >= 2 else []


def _between_in_complement(trigger: Token) -> Optional[Token]:
    """The first "between" phrase under the trigger not inside a clause with a doer of its own
    (a relative or reported clause): "offered to host talks between A and B"."""
    for token in trigger.subtree:
        if token.dep_ != "prep" or token.lower_ != "between":
            continue
        path = []
        for above in token.ancestors:
            if above.i == trigger.i:
                break
            path.append(above)
        if not any(above.dep_ in ("relcl", "ccomp", "csubj") for above in path):
            return token
    return None


def _dyads(table: ActorTable, group: list[EventCandidate], quotes: list, pair: Optional[tuple[str, str]],
           patterns) -> list[tuple[EventCandidate, Optional[str], Optional[str]]]:
    """(candidate, source, target) for every dyad one trigger names, joint acts paired up."""
    out: list[tuple[EventCandidate, Optional[str], Optional[str]]] = []
    seen: set[tuple[Optional[str], Optional[str]]] = set()
    doers: set[str] = set()  # every conjunct's doer: "the US and Britain struck its positions" are not its owner
    if group[0].quad_class == _FORCE_QUAD_CLASS:
        doers = {k for c in group if c.source is not None for k in side_keys(table, c.source, quotes, pair)}
    for cand in group:
        sources = side_keys(table, cand.source, quotes, pair) \
            if cand.source is not None and not _venue(table, cand) \
            and cand.source.root.lemma_.lower() not in _PLACE_NOUNS else []
        if cand.source is not None and _names_a_weapon(cand.source, patterns):
            sources = []  # "Patriot missile sales": the weapon's name, no seller
        if cand.source is None or not sources:
            doer = _unparsed_doer(cand) if cand.source is None else None
            if doer is not None:
                sources = side_keys(table, doer, quotes, pair)
            decider = _decider_of_the_act(table, cand)
            if not sources and decider is not None:  # "the US approval of arms sales to X": the US sells
                sources = [decider]
        if not sources and cand.source is None and cand.quad_class == _FORCE_QUAD_CLASS:
            state = _state_of_the_weapons_in_the_strike(table, cand)
            if state is not None:  # "Russian drones crashed during a strike on X": Russia struck
                sources = [state]
        if cand.root == _PROTEST_ROOT and cand.source is not None and (
                not sources and _names_a_crowd(cand.source) or _names_civilian_people(cand.source)
                and table.token_owner.get(cand.source.root.i) not in sources):
            crowd = _protesting_people(table, cand.source.root)
            if crowd is not None:  # "hundreds of people protested outside the ministry", "fishermen in
                sources = [crowd]  # Turkana county marched": the state's civilians, not the county
        kin = _protesting_kin(table, cand)
        if kin is not None:  # "families of the detained protested": the families, not the detained
            sources = [kin]
        told = _teller_s_own_force(table, cand, quotes) if cand.source is not None else None
        if told is not None:  # "the UPDF spokesman said the army had arrested ...": the UPDF
            sources = [told]
        if cand.source is not None and not any(_coded_beyond_context(table.drafts[k])
                                               for k in sources if k in table.drafts):
            body = _bare_state_body(table, cand.source)
            if body is not None:
                sources = [body]
        targets = [_garrison(table, cand.target, t) for t in side_keys(table, cand.target, quotes, pair)] \
            if cand.target is not None else []
        if cand.source is not None and _each_other(cand.source):
            # "A and B blamed each other for the shelling": the shelling of A is B's, and of B, A's
            sources = [k for k in _reciprocal_doers(table, cand.source, quotes, pair) if k not in targets]
        elif cand.target is not None and (_each_other_s(cand.target) or _other_as_object(cand.trigger)):
            targets = []  # "A and B summoned each other's envoys": each aims at the other doer, not at the envoys
        requester = _requester(cand)
        if requester is not None:
            asked = _asked(cand)
            asked_keys = side_keys(table, asked, quotes, pair) if asked is not None else sources
            sources = side_keys(table, requester, quotes, pair)
            targets = [key for key in asked_keys if key not in sources] if sources else targets
        if cand.root == _THREAT_ROOT and cand.target is not None:
            # "warned it would step up its attacks on Moroccan positions": Morocco, not the "its"
            targets = _aim_of_threatened_force(table, cand.target, quotes, pair, patterns) or targets
        if not targets and cand.root == _THREAT_ROOT:
            targets = _threatened_party(table, cand, quotes, pair)
        if not targets and cand.root in _ASKING_ROOTS and pair is not None and _the_parties(cand.target) \
                and _code_of(table, pair[0]) != _code_of(table, pair[1]):
            targets = list(pair)  # "urged the parties to respect the truce": the two sides told of last
        if not targets and cand.root in _ASKING_ROOTS and _all_parties(cand.target):
            state = table.state_key(table.main_country)
            if state is not None and state not in sources:  # "urged all sides to keep oil out of politics"
                targets = [state]
        if cand.target is not None and cand.quad_class == _FORCE_QUAD_CLASS \
                and (not targets or all(table.drafts[t].type == "GPE" for t in targets if t in table.drafts)):
            owner = _possessor_antecedent(table, cand.target, set(sources) | doers)
            if owner is not None:  # "struck its positions in Gaza": the positions are the group's
                targets = [owner]
            elif sources:
                holder = _holder_by_modifier(table, cand, set(sources) | doers)
                if holder is not None:  # "shelled rebel positions", "struck army bases"
                    targets = [holder]
        if cand.target is not None and cand.quad_class == _FORCE_QUAD_CLASS \
                and all(_names_the_camp(table, cand.target, t) for t in targets):
            dwellers = _camp_dwellers(table, cand, set(sources) | doers)
            if dwellers is not None:  # "stormed the Zamzam displacement camp": its refugees, not its name
                targets = [dwellers]
        if cand.target is not None and cand.quad_class == _FORCE_QUAD_CLASS and not targets:
            owner = _owner_of_the_thing_struck(table, cand.target, set(sources) | doers)
            if owner is not None:  # "fired on one of its ambulances", "the ambulance was ambushed"
                targets = [owner]
        if not targets and cand.target is not None:
            aided = _people_aided(table, cand)
            if aided is not None:  # "navy ships rescued 164 survivors": the state those people are of
                targets = [aided]
        if cand.target is not None and cand.code.startswith(_SEIZURE_CODE) and not _held_by_a_named_force(cand.target):
            doers_named = {table.token_owner[t.i] for t in cand.source if t.i in table.token_owner} \
                if cand.source is not None else set()
            targets = _owner_of_seized(table, cand.target, quotes, pair, set(sources) | doers_named) or targets
        between = cand.target is not None and cand.target.root.head.lower_ == "between"
        if not sources and not between and _teller_may_be_doer(cand) \
                and (targets or _names_an_act(cand.target, patterns)):
            # an act aimed at someone (or at another act), told without its doer
            teller = _teller(table, cand, quotes)
            if teller is not None and teller not in targets and not _counts_the_dead(table, cand, teller, targets) \
                    and not _unarmed_teller_of_force(table, cand, teller) \
                    and not _onlooker_told_passive(table, cand, teller):
                sources = [_teller_s_body(table, cand.source, teller)]
        for source in sources or [None]:
            for target in targets or [None]:
                if source is not None and source == target and not fought_among_rivals(cand):
                    target = None
                if (source, target) not in seen:
                    seen.add((source, target))
                    out.append((cand, source, target))
    first = group[0]
    reciprocal = _reciprocal_dyads(table, group, out)
    if reciprocal:
        return reciprocal
    if first.code == _MEDIATE_CODE and pair is not None and all(target is None for _, _, target in out):
        # "the AU's mediation brought about this peace": mediation between the last pair named
        return [(cand, source, party) for cand, source, _ in out[:1] if source is not None
                for party in pair if party != source] or out[:1]
    if all(target is None for _, _, target in out) and (
            (first.quad_class in _JOINT_QUAD_CLASSES and first.root not in _NOT_JOINT_ROOTS
             # "X and Y attended the funeral": the subjects of a visiting verb travel together
             # and so do those said to be going to ("X and Y will travel to Z"): no meeting of the two
             and not (_VISIT_CODE in (first.code, first.intended) and first.trigger.pos_ == "VERB")
             # "X and Y attended the summit": guests of a gathering, not parties meeting each other
             and not _attending_a_gathering(first)
             # "X and Y welcomed the agreement": judging a thing named is not judging each other
             and not (first.root in _JUDGING_ROOTS and any(c.target is not None and not _each_other(c.target)
                                                           for c in group)))
            # "X and Y traded accusations": each does the act to the other
            or first.mutual
            # fire traded between its doers, not fire aimed at something unnamed ("strikes on its positions")
            or (first.code in _RECIPROCAL_CONFLICT_CODES
                and all(c.target is None or c.target.root.lemma_.lower() in _WAR_NOUNS for c in group))
            # "Ruritania and Borduria expel diplomats": each expels the other's
            or (first.code == _EXPEL_CODE and all(_unowned_envoys(c) for c in group))):
        actors = list(dict.fromkeys(source for _, source, _ in out if source is not None))
        if len(actors) >= 2:
            # parties of one code acting together are one side ("Raytheon and Lockheed sold ..."),
            # not two parties acting on each other
            # a war two parties fought is one act between them, told once
            # and so is an act of cooperation two parties do together ("agreed to set up a joint
            # commission"), but a pledge two parties make binds each of them to the other
            if _agreed_jointly(first):  # one agreement, from the side the article names first
                actors.sort(key=lambda k: table.drafts[k].first
                            if k in table.drafts and table.drafts[k].mentions else float("inf"))
            symmetric = first.code in SYMMETRIC_CODES or _agreed_jointly(first) or any(
                c.target is not None and c.target.root.lemma_.lower() in _WAR_NOUNS for c in group) or (
                first.quad_class in _JOINT_QUAD_CLASSES and not first.mutual and first.root != _PLEDGE_ROOT
                and not any(c.target is not None and _each_other(c.target) for c in group))
            pairs = _pairs_among(table, first, actors, symmetric)
            if pairs:
                return pairs
    between = first.target is not None and first.target.root.head.lower_ == "between"
    if all(source is None for _, source, _ in out) and (first.code in SYMMETRIC_CODES or between):
        actors = list(dict.fromkeys(target for _, _, target in out if target is not None))
        if len(actors) >= 2:  # "talks between the two sides" with no one named as holding them
            return [(first, a, b) for i, a in enumerate(actors) for b in actors[i + 1:]]
    if all(source is None and target is None for _, source, target in out) and (
            first.code in SYMMETRIC_CODES or first.code in _RECIPROCAL_CONFLICT_CODES):
        parties = _parties_between(table, first, quotes, pair)
        if len(parties) >= 2:  # "clashes broke out between A and B", "deals were signed between A and B"
            return [(first, a, b) for i, a in enumerate(parties) for b in parties[i + 1:]]
    # a side resolved in one conjunct's candidate makes its empty twin redundant
    named = [d for d in out if d[1] is not None or d[2] is not None]
    if first.mutual:  # "swapped prisoners with Russia": Russia released Ukraine's too
        named += [(cand, target, source) for cand, source, target in named
                  if source is not None and target is not None and (cand, target, source) not in named]
    return named or out[:1]


# Verbs of being among those present, and the many-party gatherings one is present at.
_ATTENDING_VERBS = frozenset({"attend", "join", "participate"})
_GATHERING_NOUNS = frozenset({"summit", "conference", "forum", "assembly", "session", "congress", "gathering"})


def _unowned_envoys(cand: EventCandidate) -> bool:
    """Whether the act's object is envoys no word says whose ("expelled diplomats", a headline's
    "expel envoys" read without its object): between two states expelling them, each other's."""
    trigger = cand.trigger
    if cand.target is None:  # a headline's object the parse did not take for one: the word right after
        envoys = trigger.doc[trigger.i + 1] if trigger.i + 1 < len(trigger.doc) else None
        return envoys is not None and envoys.lemma_.lower() in _ENVOY_WORDS and envoys.tag_ in ("NNS", "NNPS")
    envoys = cand.target.root
    return envoys.lemma_.lower() in _ENVOY_WORDS and envoys.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("poss", "amod", "compound", "nmod", "prep") for c in envoys.children)


def _attending_a_gathering(cand: EventCandidate) -> bool:
    """Whether the act is attending a summit or conference ("X and Y attended the summit", "took
    part in the forum"): its subjects are among those present, not meeting each other."""
    trigger = cand.trigger
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _ATTENDING_VERBS:
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"] + [
        o for p in trigger.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in _GATHERING_NOUNS for o in objects)


def _reciprocal_dyads(table: ActorTable, group: list[EventCandidate],
                      out: list[tuple[EventCandidate, Optional[str], Optional[str]]]
                      ) -> list[tuple[EventCandidate, Optional[str], Optional[str]]]:
    """An act two or more doers aim at "each other" ("Peru and Chile accused each other of
    cheating", "the two sides threatened one another"): each doer does it to every other doer, so
    one dyad each way; one dyad per pair for acts whose two sides are interchangeable ("met each
    other"). Empty when the act is not reciprocal or names fewer than two doers."""
    if not any(c.target is not None and (_each_other(c.target) or _other_as_object(c.trigger)) for c in group) \
            or any(target is not None for _, _, target in out):
        return []
    doers = list(dict.fromkeys(source for _, source, _ in out if source is not None))
    return _pairs_among(table, group[0], doers, group[0].code in SYMMETRIC_CODES)


# Agreeing together ("X and Y agreed to set up a joint commission") is one agreement between the two,
# as signing one is; agreeing to hold talks is each side's intent to meet the other.
_AGREEING_LEMMAS = frozenset({"agree"})
_INTENT_TO_MEET_CODE = "036"


def _agreed_jointly(cand: EventCandidate) -> bool:
    """Whether a joint subject's act is an agreement the parties reach together, told once between them."""
    return cand.root == _PLEDGE_ROOT and cand.code != _INTENT_TO_MEET_CODE \
        and cand.trigger.lemma_.lower() in _AGREEING_LEMMAS


def _pairs_among(table: ActorTable, cand: EventCandidate, actors: list[str], symmetric: bool
                 ) -> list[tuple[EventCandidate, Optional[str], Optional[str]]]:
    """A dyad of `cand` from each actor to every other of another code: one per pair when the
    act's two sides are interchangeable (`symmetric`), else one each way."""
    return [(cand, a, b) for i, a in enumerate(actors) for j, b in enumerate(actors)
            if i != j and (i < j or not symmetric) and _code_of(table, a) != _code_of(table, b)]


def _reciprocal_doers(table: ActorTable, words: Span, quotes: list,
                      pair: Optional[tuple[str, str]]) -> list[str]:
    """The doers "each other" stands for: the subject of the verb it is the object of ("A and B
    accused each other"); empty when the parse gives no such verb."""
    verb = words.root.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        if words.root.dep_ in ("dobj", "pobj", "poss") else None
    if subject is None and words.root.dep_ == "pobj" and verb.head.pos_ in ("VERB", "AUX"):
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return []
    return list(dict.fromkeys(k for word in _conjunct_words(subject)
                              for k in side_keys(table, _noun_phrase(word), quotes, pair)))


def _each_other(words: Span) -> bool:
    """Whether the words name the doers' partners ("each other's efforts", "one another"), or the other
    one of doers each doing the act ("each side accused the other", "A and B each expelled two of the
    other's diplomats")."""
    lowered = words.text.lower()
    return "each other" in lowered or "one another" in lowered or _the_other_of_each(words.root)


def _the_other_of_each(word: Token) -> bool:
    """Whether `word` is "the other" (or is owned by it: "the other's envoys") in a clause whose
    subject is done distributively: "each side", "A and B each"."""
    other = word if word.lower_ == "other" else next((c for c in word.children if c.dep_ == "poss"), None)
    if other is None or other.lower_ != "other" or not any(c.lower_ == "the" for c in other.children):
        return False
    verb = next((a for a in word.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
    return subject is not None and (subject.lower_ in _EACH_WORDS or any(
        c.lower_ in _DISTRIBUTIVE_WORDS and c.dep_ in ("det", "appos", "dep", "advmod")
        for c in [*subject.children, *verb.children]))


def _other_as_object(trigger: Token) -> bool:
    """Whether the act's verb takes "the other" of a distributive subject as its object ("each accused
    the other of backing rebels"), whatever the pattern took for its target."""
    return any(c.dep_ == "dobj" and _the_other_of_each(c) for c in trigger.children)


def _each_other_s(words: Span) -> bool:
    """Whether the words' head is owned by the doers' partners ("each other's ambassadors")."""
    return any(c.dep_ == "poss" and _each_other(_subtree_span(c)) for c in words.root.children)


def _parties_between(table: ActorTable, cand: EventCandidate, quotes: list,
                     pair: Optional[tuple[str, str]]) -> list[str]:
    """The parties a "between A and B" phrase names on the act's verb: its own, or that of the verb
    the act noun is the subject of ("clashes erupted between police and farmers")."""
    trigger = cand.trigger
    verb = trigger.head if trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.pos_ == "VERB" else trigger
    between = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    if between is None:
        return []
    first = next((c for c in between.children if c.dep_ == "pobj"), None)
    after = between.doc[between.i + 1] if between.i + 1 < len(between.doc) else None
    if first is None and after is not None and after.pos_ == "PROPN" and any(c.dep_ == "conj" for c in after.children):
        first = after  # "between A and B 3 deals were signed": the pair parsed as the deals' modifier
    if first is None:
        return []
    return _parties_of(table, first, quotes, pair)


def _parties_of(table: ActorTable, first: Token, quotes: list, pair: Optional[tuple[str, str]] = None
                ) -> list[str]:
    """Every actor the conjuncts from `first` on name ("between A and B": A's and B's), once each."""
    parties: list[str] = []
    for word in _conjunct_words(first):
        for key in side_keys(table, _noun_phrase(word), quotes, pair):
            if key not in parties:
                parties.append(key)
    return parties


def _pobj_of(token: Token, prep: str) -> Optional[Token]:
    """The first object of the token's preposition `prep` ("the request of Bolivia": of -> Bolivia)."""
    return next((o for p in token.children if p.dep_ == "prep" and p.lower_ == prep
                 for o in p.children if o.dep_ == "pobj"), None)


def _agent_of_act_noun(noun: Token) -> Optional[Token]:
    """The doer an act noun's "by" phrase names: on the noun ("a visit to Beijing by Lula"), or hung by
    the parser on the noun's "of" object ("the expulsion of two diplomats by Kigali")."""
    agent = _pobj_of(noun, "by") or next((o for p in noun.children if p.dep_ == "agent"
                                          for o in p.children if o.dep_ == "pobj"), None)
    if agent is None:
        undergoer = _pobj_of(noun, "of")
        agent = _pobj_of(undergoer, "by") if undergoer is not None else None
    return agent


def _its_their(root: Token) -> Optional[Token]:
    """The possessive "its" or "their" a noun carries ("its embassy")."""
    return next((c for c in root.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)


def _requester(cand: EventCandidate) -> Optional[Span]:
    """Who asked, when a request is named by a noun in an adverbial phrase ("sent aid at the request
    of Bolivia", "on the invitation of its president"): the asker is the "of" phrase, and the clause's
    doer is the one asked, not the one asking."""
    trigger = cand.trigger
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ not in _ASKED_FOR_PREPS \
            or cand.root not in _ASKING_ROOTS:
        return None
    asker = _pobj_of(trigger, "of")
    return _subtree_span(asker) if asker is not None else None


def _asked(cand: EventCandidate) -> Optional[Span]:
    """The subject of the verb a request phrase hangs on ("Chile sent aid at the request of ...")."""
    verb = cand.trigger.head.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return _noun_phrase(subject) if subject is not None else None


def _names_unnamed_parties(words: Optional[Span]) -> bool:
    """Whether a side's words are a plural party noun ("parties", "sides") that names no one."""
    return words is not None and words.root.lemma_.lower() in _PARTY_NOUNS and words.root.tag_ == "NNS"


def _the_parties(words: Optional[Span]) -> bool:
    """Whether a side's words are "the parties" or "the sides", with no one named."""
    return _names_unnamed_parties(words) and len(words) == 2 and words[0].lower_ == "the"


def _all_parties(words: Optional[Span]) -> bool:
    """Whether a side's words are "all sides" or "all the parties": everyone in the story's quarrel,
    no one named."""
    if not _names_unnamed_parties(words):
        return False
    root = words.root
    return any(c.lower_ == "all" for c in root.children if c.dep_ in ("det", "predet")) \
        and all(c.dep_ in ("det", "predet") for c in root.children)


def _unparsed_doer(cand: EventCandidate) -> Optional[Span]:
    """The doer's words when the parse gave the act no subject: the "by" phrase of an act named by a
    noun ("a visit to Beijing by Lula"), and the noun a main verb the parser hung on it as a modifier
    belongs to ("Al-Wefaq, the opposition group, called on ...", parsed with no main verb)."""
    trigger = cand.trigger
    if trigger.pos_ == "NOUN":
        agent = _agent_of_act_noun(trigger)
        return _noun_phrase(agent) if agent is not None else None
    root = trigger.sent.root
    if trigger.dep_ != "acl" or root.pos_ not in ("NOUN", "PROPN") \
            or (cand.target is not None and cand.target.start <= trigger.head.i < cand.target.end) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent", "dobj") for c in trigger.children):
        return None
    head = trigger.head
    while head.dep_ == "appos" and head.head.i != head.i:
        head = head.head
    return _noun_phrase(head) if head.i == root.i else None


def _threatened_party(table: ActorTable, cand: EventCandidate, quotes: list,
                      pair: Optional[tuple[str, str]]) -> list[str]:
    """Whom a threat names through the act threatened when its object names no one: "threatened
    to deduct a day's pay from striking teachers", "to cut off power to the region's rebels"."""
    for act in (c for c in cand.trigger.children if c.dep_ in ("xcomp", "ccomp")):
        for prep in act.children:
            if prep.dep_ != "prep" or prep.lower_ not in _THREATENED_PREPS:
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj":
                    keys = side_keys(table, _subtree_span(noun), quotes, pair)
                    if keys:
                        return keys
    return _party_of_the_condition(table, cand, quotes, pair)


def _party_of_the_condition(table: ActorTable, cand: EventCandidate, quotes: list,
                            pair: Optional[tuple[str, str]]) -> list[str]:
    """Whom a threat names as the doer of the condition it sets: "threatened to take military
    action if Guyana kept drilling", "would respond unless Kyiv withdrew" (the subject of an
    "if"/"unless" clause of the threat or of the act threatened)."""
    verbs = [cand.trigger, *(c for c in cand.trigger.children if c.dep_ in ("xcomp", "ccomp"))]
    for clause in (c for verb in verbs for c in verb.children if c.dep_ == "advcl"):
        if not any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in clause.children):
            continue
        # the condition's doer: its subject, or in the passive its "by" agent ("if its diplomats were
        # harassed by Somali police": the police, not the diplomats)
        doers = [c for c in clause.children if c.dep_ == "nsubj"] \
            + [o for agent in clause.children if agent.dep_ == "agent" for o in agent.children if o.dep_ == "pobj"]
        for doer in doers:
            keys = [key for key in side_keys(table, _noun_phrase(doer), quotes, pair)
                    if cand.source is None or key not in side_keys(table, cand.source, quotes, pair)]
            if keys:
                return keys
    return []


def _aim_of_threatened_force(table: ActorTable, words: Span, quotes: list,
                             pair: Optional[tuple[str, str]], patterns) -> list[str]:
    """Whom a threat's object names as the aim of the force threatened: "more attacks on army
    positions", "strikes against the capital" (the "on"/"against" phrase of a force noun)."""
    root = words.root
    if root.pos_ != "NOUN" or root.lemma_.lower() not in patterns.expand(["@force"]):
        return []
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in ("on", "against")):
        for noun in (o for o in prep.children if o.dep_ == "pobj"):
            keys = side_keys(table, _noun_phrase(noun), quotes, pair)
            if keys:
                return keys
    return []


def _names_a_weapon(words: Span, patterns) -> bool:
    """Whether a side's words are a name standing before a weapon word ("Patriot" in "Patriot missile
    sales", "Rafale" in "Rafale jets"): the weapon, not a party."""
    root = words.root
    if root.pos_ != "PROPN" or root.dep_ != "compound":
        return False
    arms = patterns.expand(["@arms"])
    after = root.doc[words.end] if words.end < len(root.doc) else None
    return after is not None and after.lemma_.lower() in arms and after.dep_ == "compound"


def _decider_of_the_act(table: ActorTable, cand: EventCandidate) -> Optional[str]:
    """"the US approval of arms sales to X", "France's decision on the sale": an act named by a noun
    under a decision whose modifier names its doer is done by that doer."""
    trigger = cand.trigger
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ not in ("of", "on"):
        return None
    decision = trigger.head.head
    if decision.pos_ != "NOUN":
        return None
    return _doer_named_before_conduct(table, decision.doc[decision.left_edge.i:decision.i + 1])


def _ceasefire(cand: EventCandidate) -> bool:
    """Whether the act is a halt to fighting, done or pledged ("will halt attacks")."""
    return bool({cand.code, cand.intended} & _CEASEFIRE_CODES)


def _foe_held_off(table: ActorTable, pair: tuple[str, str], source: str) -> Optional[str]:
    """The other party of `pair`, when it is one the doer of a ceasefire may fight: an armed side,
    or a state organ of the doer's own country (not a foreign mediator of the talks)."""
    other = _other_party(table, pair, source)
    country, sector = _code_of(table, other) if other is not None else (None, None)
    if sector == "MIL" or sector in _ARMED_GROUP_SECTORS or (sector in STATE_SECTORS and country is not None
                                     and country == _code_of(table, source)[0]):
        return other
    return None


def _other_party(table: ActorTable, pair: tuple[str, str], party: str) -> Optional[str]:
    """The member of `pair` that is not `party` (nor of its country and sector), if just one is."""
    others = [p for p in pair if p != party and _code_of(table, p) != _code_of(table, party)]
    return others[0] if len(others) == 1 else None


def _noun_forms(root: Token) -> set[str]:
    """A noun's lemma, form and form less a plural "s" ("bases": the lemmatizer says "basis")."""
    lower = root.lower_
    return {root.lemma_.lower(), lower, lower[:-1] if lower.endswith("s") else lower}


def _possessor_antecedent(table: ActorTable, words: Span, exclude: set) -> Optional[str]:
    """The actor an "its"/"their" owning the attacked place stands for: the one named last before
    it, other than the attacker ("Hamas fired rockets ... Israel struck its positions")."""
    root = words.root
    pronoun = _its_their(root)
    if pronoun is None or not _noun_forms(root) & _OWNED_PLACE_NOUNS:
        return None
    # "the group announced attacks that pushed the US to strike its positions": the subject above
    return _possessor_of(table, pronoun, exclude)


# Vehicles, craft and premises a body works with: force against them is aimed at their owner
# ("gunmen fired on one of its ambulances", "the ship was struck").
_OWNED_THING_NOUNS = get_words().sides.owned_thing_nouns
# Words that pick some of the owned things out ("one of its ambulances", "two of their trucks").
_PART_WORDS = frozenset({"one", "some", "several", "two", "three", "many", "each", "all"})
_OWNER_MEMORY_SENTENCES = 2


def _owned_noun(root: Token) -> Optional[Token]:
    """The owned thing a target names, itself or after a part word ("one of its ambulances")."""
    if root.lower_ in _PART_WORDS:
        root = _pobj_of(root, "of") or root
    return root if _noun_forms(root) & _OWNED_THING_NOUNS else None


def _owner_of_the_thing_struck(table: ActorTable, words: Span, exclude: set) -> Optional[str]:
    """Whose vehicle or premises force struck: the actor an "its"/"their" on it stands for
    ("MSF said gunmen fired on one of its ambulances"), or, for "the ambulance" alone, the owner
    of the same thing told of with "its" a sentence or two before. A thing no one is said to own
    ("a car was set on fire") has no owner here."""
    thing = _owned_noun(words.root)
    if thing is None or thing.i in table.token_owner:
        return None
    pronoun = _its_their(thing)
    if pronoun is not None:
        return _possessor_of(table, pronoun, exclude)
    if not _definite_det(thing) or any(c.dep_ in ("poss", "compound", "amod") for c in thing.children):
        return None

    def possessor(earlier: Token) -> Optional[str]:
        pronoun = _its_their(earlier)
        return _possessor_of(table, pronoun, exclude | _doers_of_the_verb_over(table, earlier)) if pronoun else None

    return _read_from_the_same_thing_before(thing, _noun_forms(thing), _OWNER_MEMORY_SENTENCES, possessor,
                                            latest_only=True, before=thing.sent.start)


def _doers_of_the_verb_over(table: ActorTable, noun: Token) -> set[str]:
    """The actors the subject of the nearest verb over `noun` names ("gunmen fired on its
    ambulances": the gunmen), who do not own what they act on."""
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return set()
    return {key for c in verb.children if c.dep_ == "nsubj"
            for key in [side_key(table, _noun_phrase(c), [])] if key is not None}


def _possessor_of(table: ActorTable, pronoun: Token, exclude: set) -> Optional[str]:
    """The body or state an "its"/"their" stands for: the subject of a clause above it, else the
    body or state named last before it."""
    owner = _clause_subject_above(table, pronoun, exclude)
    if owner is not None:
        return owner
    return table.body_before(pronoun, lambda d: d.key not in exclude, unique=False,
                             types=("ORG", "GROUP", "GPE"))


# Weapons and craft whose nationality word tells whose strike they flew in.
_STRIKING_WEAPONS = frozenset({"drone", "missile", "rocket", "jet", "warplane", "aircraft", "plane", "helicopter",
                               "bomber", "fighter", "shell", "bomb", "warship"})
_DURING_PREPS = frozenset({"during", "in", "amid"})


def _state_of_the_weapons_in_the_strike(table: ActorTable, cand: EventCandidate) -> Optional[str]:
    """Whose strike a strike named by a noun is, when what flew in it carries its state's name
    ("two Russian drones crashed in Moldova during a strike on Odesa", "an Israeli jet was hit in
    a raid on Beirut"): that state."""
    trigger = cand.trigger
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ not in _DURING_PREPS:
        return None
    verb = trigger.head.head
    if verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not _noun_forms(subject) & _STRIKING_WEAPONS:
        return None
    return _state_of_modifier(table, subject)


def _state_of_modifier(table: ActorTable, noun: Token, before: Optional[int] = None,
                       nationality_only: bool = False) -> Optional[str]:
    """The state the first word modifying `noun` before it (before `before` when given) names
    ("Russian drones": Russia), not the start of "Chinese-made"; ``nationality_only``: only a bare
    nationality word."""
    before = noun.i if before is None else before
    doc = noun.doc
    for modifier in noun.children:
        if modifier.dep_ not in ("amod", "compound") or modifier.i >= before \
                or doc[modifier.i + 1].text == "-":  # not "Chinese-made"
            continue
        if nationality_only and (modifier.ent_type_ != "NORP" or list(modifier.children)):
            continue
        state = table.country_actor(doc[modifier.i:modifier.i + 1])
        if state is not None:
            return state
    return None


def _clause_subject_above(table: ActorTable, pronoun: Token, exclude: set = frozenset(),
                          skip_own: bool = False) -> Optional[str]:
    """The nearest subject of a clause above `pronoun` that names a body or a state other than those
    in `exclude` (relative pronouns skipped: "which pushed X" is no owner); ``skip_own``: not the
    subject the pronoun is part of ("Canada said its embassy was ...": Canada)."""
    for verb in pronoun.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.lower_ in _RELATIVE_PRONOUNS or subject.lower_ in ("its", "it", "their", "they") \
                    or (skip_own and subject.left_edge.i <= pronoun.i <= subject.right_edge.i):
                continue
            key = side_key(table, _noun_phrase(subject), [])
            draft = table.drafts.get(key) if key is not None else None
            if draft is not None and key not in exclude and draft.type in ("ORG", "GROUP", "GPE"):
                return key
    return None


def _holder_words(root: Token) -> list[Token]:
    """The bare role words before a place or craft that name the force holding it ("army" in "army
    posts", "rebel" in "rebel positions"); none when the noun is no such thing."""
    if not _noun_forms(root) & _HELD_THINGS:
        return []
    return [c for c in root.children if c.dep_ in ("compound", "amod") and c.i < root.i
            and c.lemma_.lower() in _HOLDER_WORDS]


def _held_by_a_named_force(words: Span) -> bool:
    """Whether the words name a place or craft by the force holding it ("navy boats", "rebel
    positions"): their holder is that force (`_holder_by_modifier`), not a state that owns goods."""
    return bool(_holder_words(words.root))


def _holder_by_modifier(table: ActorTable, cand: EventCandidate, exclude: set) -> Optional[str]:
    """Who holds a place struck that a bare role word before it names: "rebel positions" are the
    rebels' (the last rebel group told of, else one made for the word), "army positions" the
    state's forces. The state is the one a place in the sentence lies in, else the doer's (for
    rebels), else the article's."""
    root = cand.target.root
    if root.i in table.token_owner:
        return None
    word = next((c for c in _holder_words(root) if c.i not in table.token_owner), None)
    if word is None:
        return None
    rebel = word.lemma_.lower() in _REBEL_WORDS
    # "Pakistani army posts": the state a nationality word before the place names, else the sentence's
    named = _state_of_modifier(table, root, word.i, nationality_only=True)
    named_country = table.drafts[named].country if named in table.drafts else None
    country = named_country or _country_around(table, cand, exclude, rebel)
    if not rebel:
        force = _FORCE_SECTORS.get(word.lemma_.lower())
        state = table.state_key(country) or (table.country_actor(word.doc[word.i:word.i + 1])
                                             if country is None else None)
        if state is None and country is not None and force is not None:
            # the state is known (a place, the dateline) but the article makes no actor of it
            key = _state_force(table, country, word, force)
            return key if key not in exclude else None
        key = state if force == "COP" else _armed(table, state)  # "a police station" is no army's
        draft = table.drafts.get(key) if key is not None else None
        if draft is not None and draft.type == "GPE" and draft.country and force is not None:
            key = _state_force(table, draft.country, word, force)  # the article names no such force
        return key if key is not None and key not in exclude else None
    told = [d for d in table.drafts.values() if d.type in ("GROUP", "ORG") and d.sector == "REB"
            and d.key not in exclude and d.country in (None, country) and d.first < word.idx]
    if told:
        return max(told, key=lambda d: d.first).key
    key = f"group:{word.lemma_.lower()}:{country or ''}:{word.i}"
    draft = table.get(key, "GROUP")
    draft.head = word.lemma_.lower()
    draft.add_name(f"{word.lemma_.lower()}s")
    draft.add_mention(word.idx, word.idx + len(word.text), "description")
    if country:
        draft.set_code("country", country, _MADE_ON_DEMAND, "holder-country", word.sent.text)
    draft.set_code("sector", "REB", _MADE_ON_DEMAND, "holder-role", word.text)
    return key


def _names_the_camp(table: ActorTable, words: Span, key: str) -> bool:
    """Whether actor `key` is named only by a word before the head noun of `words` ("the Zamzam
    camp"): the name of the place, no party to what befalls it."""
    root = words.root
    return any(table.token_owner.get(w.i) == key for w in root.lefts) and table.token_owner.get(root.i) != key


def _talk_with_the_press(table: ActorTable, cand: EventCandidate, target: Optional[str]) -> bool:
    """Whether a consultation is had with the press ("spoke with Reuters", "spoke with reporters"):
    an interview, which CAMEO does not code as consulting."""
    draft = table.drafts.get(target) if target is not None else None
    return cand.root == _CONSULT_ROOT and draft is not None and draft.sector == "MED"


def _camp_dwellers(table: ActorTable, cand: EventCandidate, exclude: set) -> Optional[str]:
    """The people of a camp struck that a word before "camp" says they fled ("stormed the Zamzam
    displacement camp", "shelled a refugee camp"): the refugees of the state a place in the sentence
    lies in (else the article's), made on demand."""
    root = cand.target.root
    if root.lemma_.lower() != "camp":
        return None
    word = next((c for c in root.children if c.dep_ in ("compound", "amod") and c.i < root.i
                 and c.lower_ in _CAMP_DWELLER_WORDS), None)
    if word is None:
        return None
    country = _country_around(table, cand, exclude, by_doer=False)
    if country is None:
        return None
    key = _group_made_on_demand(table, f"group:refugees:{country}:camp", "refugee", "displaced people", word,
                                country, "REF", ("camp-country", "camp-dwellers"))
    return key if key not in exclude else None


def _state_force(table: ActorTable, country: str, word: Token, sector: str) -> str:
    """The force of state `country` a bare word names ("army positions"), made on demand."""
    lemma = word.lemma_.lower()
    return _group_made_on_demand(table, f"group:{lemma}:{country}:force", lemma, lemma, word, country, sector,
                                 ("holder-country", "holder-role"))


def _group_made_on_demand(table: ActorTable, key: str, head: str, name: str, word: Token, country: str,
                          sector: str, rules: tuple[str, str]) -> str:
    """The group `key` of the table, made at its first use with its name, a mention at `word`, and its
    country and sector (credited to `rules`)."""
    draft = table.get(key, "GROUP")
    if not draft.names:
        draft.head = head
        draft.add_name(name)
        draft.add_mention(word.idx, word.idx + len(word.text), "description")
        draft.set_code("country", country, _MADE_ON_DEMAND, rules[0], word.text)
        draft.set_code("sector", sector, _MADE_ON_DEMAND, rules[1], word.text)
    return key


def _protesting_people(table: ActorTable, word: Token) -> Optional[str]:
    """Unnamed people protesting ("hundreds of people", "thousands", "supporters") are civilians of where
    the story is filed from (they rally where it happens: "NIAMEY - ... thousands rallied outside the
    French base"), else of the state the article is about, made on demand as its people."""
    country = table.dateline_country or table.main_country
    if country is None:
        return None
    return _group_made_on_demand(table, f"group:people:{country}", "people", word.lower_, word, country, "CVL",
                                 ("protesters-country", "protesters"))


def _protesting_kin(table: ActorTable, cand: EventCandidate) -> Optional[str]:
    """Kin protesting for their own ("families of the detained protested outside the court",
    "relatives of the missing marched"): civilians of the state the article is about, whoever
    they are kin of."""
    if cand.root != _PROTEST_ROOT:
        return None
    protesters = cand.source if cand.source is not None else _unparsed_doer(cand) or _kin_hung_on(cand.trigger)
    if protesters is None or protesters.root.lemma_.lower() not in _KIN_NOUNS:
        return None
    return _protesting_people(table, protesters.root)


def _kin_hung_on(trigger: Token) -> Optional[Span]:
    """The kin a protest verb with no subject belongs to when the parser hung it on the ones they are
    kin of ("Families of the recruits protested ...", parsed with the verb modifying "recruits")."""
    if trigger.dep_ != "acl" or any(c.dep_ in ("nsubj", "nsubjpass", "agent", "dobj") for c in trigger.children):
        return None
    of = trigger.head.head
    if trigger.head.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in _KIN_NOUNS:
        return None
    return _noun_phrase(of.head)


def _names_civilian_people(words: Span) -> bool:
    """Whether a side's words name people by what they do or suffer ("about 200 flood victims",
    "fishermen in Turkana county"), with no name of a person, party or people before the noun."""
    root = words.root
    return root.lower_ in _CIVILIAN_PEOPLE_NOUNS and root.ent_type_ == "" and not any(
        t.ent_type_ in ("PERSON", "ORG", "NORP") for t in words.doc[words.start:root.i + 1])


# Bare words for a state's bodies, and the sectors a body told of before may have for the word to
# stand for it ("Serbian border police detained her ... Officers seized her phone").
_BARE_STATE_BODIES: dict[str, tuple[str, ...]] = {
    "police": ("COP",), "policeman": ("COP",), "officer": ("COP", "MIL"), "gendarme": ("COP",), "guard": ("COP",),
    "prosecutor": ("JUD",), "prosecution": ("JUD",), "court": ("JUD",), "judge": ("JUD",),
    "soldier": ("MIL",), "troop": ("MIL",), "army": ("MIL",),
}


def _teller_s_own_force(table: ActorTable, cand: EventCandidate, quotes: list) -> Optional[str]:
    """"The army" or "the police" doing an act its own spokesman or officer tells of: the teller's
    body when it is of that kind, whatever body of that name the story told of before."""
    root = cand.source.root
    sectors = _BARE_STATE_BODIES.get(root.lemma_.lower())
    if sectors is None or len(cand.source) > 2 \
            or any(c.dep_ != "det" or c.lower_ != "the" for c in root.children):
        return None
    teller = table.drafts.get(_teller(table, cand, quotes) or "")
    if teller is None or teller.key == table.token_owner.get(root.i):
        return None  # "Officers seized ...": the doer's own words tell no teller
    body = table.drafts.get(teller.affiliation) if teller.type == "PERSON" and teller.affiliation else None
    if body is not None and body.sector in sectors and body.country:
        return body.key
    if teller.sector in sectors and teller.country:  # "army spokesman Colonel X": a force of X's state
        return teller.key if teller.type != "PERSON" else _state_force(table, teller.country, root, teller.sector)
    return None


def _coded_beyond_context(draft) -> bool:
    """Whether an actor has a country of its own: one an unnamed source ("officers said") has only
    from the story's state does not say which of the state's bodies, or which state, it serves."""
    return bool(draft.country) and (draft.country_rule > _CONTEXT_RULE or not draft.anonymous)


def _bare_state_body(table: ActorTable, words: Span) -> Optional[str]:
    """A state body named by a bare word with no state ("Officers seized ...", "prosecutors opened
    an inquiry", "the court refused"): the body of that kind told of last before it, else the body
    of the article's state, as a careful coder reads it from the story."""
    root = words.root
    sectors = _BARE_STATE_BODIES.get(root.lemma_.lower())
    owner = table.drafts.get(table.token_owner.get(root.i, ""))
    if sectors is None or (owner is not None and _coded_beyond_context(owner)) or root.ent_type_:
        return None
    if any(c.dep_ in ("poss", "compound", "amod", "prep", "nummod", "appos", "relcl") for c in root.children) \
            or any(c.dep_ == "det" and c.lower_ != "the" for c in root.children):
        return None  # "its officers", "border police", "police in X", "some officers": not bare
    # a body, not one unnamed person told of ("a polling officer's house was torched")
    before = table.body_before(root, lambda d: bool(d.country) and d.sector in sectors
                               and not (d.type == "PERSON" and d.anonymous), unique=False, types=None)
    if before is not None:
        return before
    if table.main_country is None or table.state_key(table.main_country) is None:
        return None
    return _state_force(table, table.main_country, root, sectors[0])


def _owner_of_seized(table: ActorTable, words: Span, quotes: list,
                     pair: Optional[tuple[str, str]], doers: AbstractSet[str] = frozenset()) -> list[str]:
    """Whose goods a seizure takes, told by their possessor ("confiscated her laptop", "seized the
    group's funds"): the seizure is aimed at their owner, who is none of its `doers`."""
    owner = next((c for c in words.root.children if c.dep_ == "poss"), None)
    if owner is None:
        state = _state_of_the_thing(table, words.root)
        return [state] if state is not None else []
    if owner.lower_ in ("her", "his"):  # the person named last before, not whoever did the seizing
        named = table.body_before(owner, lambda d: (bool(d.country) or not d.anonymous) and d.key not in doers,
                                  unique=False, types=("PERSON",))
        return [named] if named is not None else []
    return side_keys(table, _subtree_span(owner), quotes, pair)


def _state_of_the_thing(table: ActorTable, thing: Token) -> Optional[str]:
    """"Seized an Iranian arms shipment bound for the Houthis", "intercepted a Turkish fishing boat":
    the state a nationality word before the seized thing (or its compound) names owns it, not the
    one it was bound for."""
    words = [thing, *(c for c in thing.children if c.dep_ == "compound" and c.i < thing.i)]
    for word in words:
        state = _state_of_modifier(table, word, thing.i, nationality_only=True)
        if state is not None:
            return state
    return None


def _country_around(table: ActorTable, cand: EventCandidate, exclude: set, by_doer: bool) -> Optional[str]:
    """The state of a place named in the act's sentence other than the doer's own name ("Israel
    struck military sites in Syria": Syria); else, when `by_doer`, the doer's; else the article's."""
    for word in cand.sentence:
        if word.ent_type_ in ("GPE", "LOC"):
            owner = table.token_owner.get(word.i, "")
            draft = table.drafts.get(owner)
            if owner in exclude:
                continue
            if draft is not None and draft.type == "GPE" and draft.country:
                return draft.country
            if draft is None and table.place_countries.get(word.idx):
                return table.place_countries[word.idx]
    if by_doer:  # the doer named first, for the same answer on every run
        doers = sorted((table.drafts[k] for k in exclude if k in table.drafts), key=lambda d: d.first)
        country = next((d.country for d in doers if d.country), None)
        if country:
            return country
    return table.main_country


def _garrison(table: ActorTable, words: Span, key: str) -> str:
    """"an attack on a Nigerian army base": aimed at the state's military, when the article names it."""
    root = words.root
    if root.lemma_.lower() not in _PLACE_NOUNS or not any(
            c.lower_ in _MILITARY_WORDS for c in root.children if c.dep_ in ("amod", "compound")):
        return key
    return _armed(table, key)


def _venue(table: ActorTable, cand: EventCandidate) -> bool:
    """"the Amman talks", "the Geneva meeting": a city before a meeting noun is where it is held."""
    if cand.root != _CONSULT_ROOT or cand.trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    root = cand.source.root
    if root.dep_ != "compound" or root.head.i != cand.trigger.i:
        return False
    owner = table.drafts.get(table.token_owner.get(root.i, ""))
    return owner is not None and any(start == root.idx and kind in _PLACE_KINDS for start, _, kind in owner.mentions)


def _teller_may_be_doer(cand: EventCandidate) -> bool:
    """Whether the one who tells of an act may be taken for its doer: not for a court's acts, nor
    for violence named by a noun ("the killing of X" is recalled, not claimed, by its teller)."""
    if cand.code in _JUDICIAL_CODES:
        return False
    if cand.trigger.dep_ == "acl" and cand.trigger.tag_ == "VBN":
        return False  # "officials accused of spying": a description, not the teller's own act
    if cand.trigger.dep_ in ("csubj", "csubjpass"):
        return False  # "selling arms to X constitutes interference": the act is judged, not claimed
    if cand.quad_class == _FORCE_QUAD_CLASS and cand.trigger.dep_ == "acl" and cand.trigger.head.pos_ == "NOUN":
        return False  # "an attempt to kill X was foiled, police said": another's attempt, told by the police
    if not _subject_may_be_the_teller(cand):
        return False
    return not (cand.quad_class == _FORCE_QUAD_CLASS and cand.trigger.pos_ in ("NOUN", "PROPN"))


# subject words that may stand for a state teller's own organ ("troops arrested 20, the ministry said")
_TELLER_ORGAN_WORDS = frozenset({"police", "army", "military", "troops", "troop", "force", "forces", "soldier",
                                 "soldiers", "officer", "officers", "authority", "authorities", "government",
                                 "security", "ministry", "official", "officials", "navy", "agent", "agents",
                                 "personnel", "unit", "units", "guard", "guards", "agency", "service",
                                 "investigator", "investigators", "prosecutor", "prosecutors", "inspector",
                                 "inspectors", "detective", "detectives", "commission", "court", "customs"})


def _subject_may_be_the_teller(cand: EventCandidate) -> bool:
    """"Bandits kidnapped 15 villagers, officials said": force told in a clause whose subject names a
    doer of its own (not a pronoun, not words for a state's organ) is not the teller's act, though
    that doer is no known actor; a clause with no subject or a pronoun one may be."""
    subject = cand.source
    if subject is None or subject.root.pos_ == "PRON" or cand.quad_class != _FORCE_QUAD_CLASS:
        return True  # "he said the federation would call a strike": a body word may name the teller's own
    return subject.root.lemma_.lower() in _TELLER_ORGAN_WORDS or subject.root.lower_ in _TELLER_ORGAN_WORDS \
        or subject.root.ent_type_ != "" or subject.root.pos_ == "PROPN"


def _as_riot(table: ActorTable, cand: EventCandidate, source: Optional[str]) -> EventCandidate:
    """Violence or destruction by protesters is a violent protest (145), as CAMEO codes riots."""
    draft = table.drafts.get(source) if source is not None else None
    if draft is None or draft.head not in _PROTESTER_HEADS \
            or not (cand.code in ("1712", "190", "193") or cand.root == "18"):
        return cand
    return _recoded(cand, _RIOT_CODE, "riot")


# Freezing assets: a sanction (163) on another state's people, property seized (1711) of one's own.
_ASSET_FREEZE_RULES = frozenset({"freeze.assets.v", "freeze.assets.n"})
_CONFISCATION_CODE = "1711"


def _frozen_at_home(table: ActorTable, cand: EventCandidate, source: Optional[str],
                    target: Optional[str]) -> EventCandidate:
    """Accounts or assets frozen of one's own country's people or groups ("froze the accounts of a local
    rights group") are property seized, as CAMEO codes confiscation; frozen of another country's, a sanction."""
    if cand.rule not in _ASSET_FREEZE_RULES or source is None or target is None:
        return cand
    doer, owner = table.drafts.get(source), table.drafts.get(target)
    if doer is None or owner is None or doer.country is None or doer.country != owner.country \
            or owner.country_rule <= _CONTEXT_RULE:  # a country guessed from the story says nothing of "own"
        return cand
    return _recoded(cand, _CONFISCATION_CODE, "at_home")


def _neutralised_outside_a_fight(table: ActorTable, cand: EventCandidate, source: Optional[str]) -> bool:
    """Whether police or intelligence "neutralised" someone with no fight told in the sentence
    ("police neutralised two suspects in Mombasa"): killed or caught, it is no use of armed force,
    as it is when an army does it or the sentence tells of a shootout."""
    if cand.root != "19" or cand.trigger.lemma_.lower() not in _NEUTRALISING_VERBS:
        return False
    draft = table.drafts.get(source) if source is not None else None
    if draft is None or draft.sector not in _LAW_ENFORCEMENT_SECTORS:
        return False
    return not any(word.lemma_.lower() in _COMBAT_WORDS for word in cand.sentence)


def _counts_the_dead(table: ActorTable, cand: EventCandidate, teller: str, targets: list[str]) -> bool:
    """Whether the teller of violence told in the passive only counts its toll ("four people were
    killed, medics said"): one who bears no arms (medics, reporters, monitors) is no doer, nor is
    a state body telling of its own people's dead ("two soldiers were killed, the ministry said")."""
    if cand.root not in _VIOLENCE_ROOTS or not _is_passive(cand.trigger):
        return False
    draft = table.drafts.get(teller)
    if draft is None:
        return False
    if draft.sector not in _ARMED_TELLER_SECTORS:
        return True
    victims = [table.drafts[t] for t in targets if t in table.drafts]
    if draft.country is not None and draft.country in {v.country for v in victims}:
        return True
    # "two soldiers were killed, the army said": a force whose state goes unnamed counts its own dead
    return any(v.sector == draft.sector and (v.country is None or draft.country is None) for v in victims)


def _unarmed_teller_of_force(table: ActorTable, cand: EventCandidate, teller: str) -> bool:
    """Whether the teller of a forceful act, or of a release of captives, is one who bears no arms
    and wields no state power ("police fired tear gas to break up the crowd, witnesses said", "a
    rights group said only 11 detainees had been released"): such a teller only saw it."""
    if cand.quad_class != _FORCE_QUAD_CLASS and cand.code not in _CAPTIVE_RELEASE_CODES:
        return False
    draft = table.drafts.get(teller)
    return draft is not None and draft.sector is not None \
        and draft.sector not in _ARMED_OR_FORCE_WIELDING


def _onlooker_told_passive(table: ActorTable, cand: EventCandidate, teller: str) -> bool:
    """Whether an act told in the passive comes from an onlooker, a civilian or the press ("police were
    ordered to clear the square, a witness said"): one who only saw or heard of it is not its doer."""
    if not _is_passive(cand.trigger):
        return False
    draft = table.drafts.get(teller)
    return draft is not None and draft.sector in _ONLOOKER_SECTORS


def _teller(table: ActorTable, cand: EventCandidate, quotes: list) -> Optional[str]:
    """Who tells of an act that names no doer: the speaker of the quotation it stands in, else
    the subject of the reporting verb above it ("the ministry confirmed contacts with Baghdad")."""
    at = cand.trigger.idx
    for q in quotes:
        if q.start <= at < q.end:
            speaker = table.drafts.get(q.speaker)
            if speaker is None:
                return None
            return speaker.affiliation if speaker.affiliation in table.drafts else speaker.key
    if cand.reporter is not None:
        return side_key(table, cand.reporter, quotes)
    return None


# Side readings already made in the document at hand (see `code_events`): (doc, start, end, pair,
# quotes) -> (the table's size when read, the keys). A reading holds while no actor or mention has
# been added since; the same side is read for every candidate of a trigger and often again later.
_SIDE_READINGS: Optional[dict[tuple, tuple[tuple[int, int], tuple[str, ...], Doc, list]]] = None


def side_keys(table: ActorTable, span: Span, quotes: list,
              pair: Optional[tuple[str, str]] = None) -> list[str]:
    """Every actor an event side's words name: one, or several for "X and Y" and "the two sides"."""
    readings = _SIDE_READINGS
    if readings is None:
        return _side_keys(table, span, quotes, pair)
    key = (id(span.doc), span.start, span.end, pair, id(quotes))
    size = (len(table.drafts), len(table.token_owner))
    known = readings.get(key)
    if known is not None and known[0] == size:
        return list(known[1])
    keys = _side_keys(table, span, quotes, pair)
    # the Doc and the quotes are held with the reading, so that no other object takes their ids
    readings[key] = (size, tuple(keys), span.doc, quotes)
    return keys


def _side_keys(table: ActorTable, span: Span, quotes: list, pair: Optional[tuple[str, str]]) -> list[str]:
    root = span.root
    if _bare_pair_subject(root) and not _pair_of_parties(table, pair):
        return []  # "police held two reporters ... the two denied it": the two reporters, no pair of parties
    if _names_two_sides(root):
        one_state = pair is not None and root.lemma_.lower() in _INTERSTATE_PAIR_NOUNS \
            and _one_state(table, pair, root.lemma_.lower() != "side")
        if one_state:
            pair = None  # "both leaders" after a diplomat told of his own state's troops: not that pair
        if pair is not None and _code_of(table, pair[0]) != _code_of(table, pair[1]):
            if root.lemma_.lower() in _STATE_PAIR_NOUNS:  # "both governments" after their envoys met: the states
                states = [table.state_key(_code_of(table, key)[0]) for key in pair]
                if all(states) and states[0] != states[1]:
                    return states
                states = _state_and_main_other(table, root, next(filter(None, states), None))
                if states:  # "both governments" after a president asked an IGO: no IGO, two states
                    return states
            return list(pair)
        # "both governments" after two officials of one state acted, "both prime ministers" with no
        # pair at hand: the two states named last
        states = _last_two_states(table, root) if one_state or root.lemma_.lower() in _STATE_PAIR_NOUNS or (
            pair is None and root.lemma_.lower() in _INTERSTATE_PAIR_NOUNS) else []
        if states:
            return states
        if pair is not None:
            return list(pair)
    earlier_object = _object_of_the_verb_before(span)
    if earlier_object is not None:
        keys = side_keys(table, _subtree_span(earlier_object), quotes, pair)
        if keys:
            return keys
    envoys_of = _states_represented(table, span)
    if envoys_of:
        return envoys_of
    parts = table.group_parts.get(root.i)
    if parts and all(k in table.drafts for k in parts):
        return list(parts)
    peoples = _peoples_of(table, span)
    if len(peoples) >= 2:
        return peoples
    governments = _governments_of(table, span)
    if len(governments) >= 2:
        return governments
    decider = _doer_of_conduct(table, span, quotes, _DECISION_NOUNS)
    if decider is not None:  # "the decision of the EU to list X and Y": one decider, not the ones listed
        return [decider]
    coordinated = _coordinated_actors(table, span)
    if len(coordinated) >= 2:
        return coordinated
    subjects = _subjects_their_stands_for(table, span, quotes, pair)
    if subjects:
        return subjects
    subject = _plural_subject_of_a_clause_above(span)
    key = side_key(table, _subtree_span(subject), quotes) if subject is not None else None
    if key is None:  # "gunmen attacked the camp before peacekeepers drove them back": the gunmen
        key = side_key(table, span, quotes)
    return [key] if key is not None else []


def _plural_subject_of_a_clause_above(span: Span) -> Optional[Token]:
    """"Gunmen attacked the camp, killing 14, before peacekeepers drove them back", "soldiers stormed
    the palace, but the guard drove them out": an object "them" that resolves to no one, in a clause
    with a doer of its own that is joined to or subordinate to a clause before it, stands for the
    nearest plural subject of the clauses above."""
    found = _clause_of_an_object_them(span, ("xcomp", "prep", "pcomp"))
    if found is None:
        return None
    them, verb = found
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is None or own.lower_ in ("they", "who", "which", "that"):
        return None
    while verb.dep_ in ("conj", "advcl") and verb.head.i != verb.i and verb.head.i < verb.i:
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:  # the subject nearest the verb ("(AFP) - Gunmen attacked": the gunmen)
            if any(_plural_noun_before(o, them) is not None for o in _direct_objects(verb)):
                return None  # "soldiers detained villagers, and commanders released them": either may be meant
            return _plural_noun_before(subjects[-1], them)
    return None


def _direct_objects(verb: Token) -> list[Token]:
    """The verb's direct objects, with the noun a count governs ("detained dozens of villagers")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects + [o for obj in objects for prep in obj.children if prep.dep_ == "prep" and prep.lower_ == "of"
                      for o in prep.children if o.dep_ == "pobj"]


def _subject_of_the_clause_before(span: Span) -> Optional[Token]:
    """"Thousands of farmers gathered outside the ministry, and police used tear gas to keep them
    away": an object "them" no one named before answers, in a clause with a doer of its own joined
    by "and" to a clause before it, stands for that clause's plural subject."""
    found = _clause_of_an_object_them(span, ("xcomp", "advcl", "prep", "pcomp"))
    if found is None:
        return None
    them, verb = found  # "used tear gas to keep them away": the clause of "used"
    if verb.dep_ != "conj" or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return _plural_noun_before(subject, them)


def _clause_of_an_object_them(span: Span, climbing: tuple[str, ...]) -> Optional[tuple[Token, Token]]:
    """For a side that is the single word "them" as an object, the word and the verb of the clause
    with a subject it stands in, climbing from its verb through the links `climbing`; else None."""
    them = span.root
    if len(span) != 1 or them.lower_ != "them" or them.dep_ not in ("dobj", "pobj", "dative"):
        return None
    verb = them.head.head if them.dep_ == "pobj" else them.head
    while verb.dep_ in climbing and verb.head.i != verb.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return them, verb


def _plural_noun_before(noun: Optional[Token], them: Token) -> Optional[Token]:
    """`noun` when it can be what a later "them" stands for: a noun told before it that is plural
    or has conjuncts ("them" is more than one); else None."""
    if noun is None or noun.i > them.i or noun.pos_ not in ("NOUN", "PROPN") \
            or not (noun.tag_ in ("NNS", "NNPS") or noun.conjuncts):
        return None
    return noun


def _subjects_their_stands_for(table: ActorTable, span: Span, quotes: list,
                               pair: Optional[tuple[str, str]]) -> list[str]:
    """"Sri Lanka and China wrapped up their first joint exercise", "the two countries agreed to
    hold their first drill": a "their" stands for the subject of the clause above it ("they" there:
    the subject of the verb that clause is joined to), when that subject names two or more actors
    (a pair acting together), not the last name told between."""
    pronoun = span.root
    if len(span) != 1 or pronoun.lower_ != "their" or pronoun.dep_ != "poss":
        return []
    for verb in pronoun.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        if subject.lower_ == "they" and verb.dep_ == "conj":  # "A and B signed ..., and they agreed to hold their"
            subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), subject)
        if subject.pos_ == "PRON" or subject.left_edge.i <= pronoun.i <= subject.right_edge.i:
            return []
        keys = side_keys(table, _subtree_span(subject), quotes, pair)
        return keys if len(keys) >= 2 else []
    return []


def _names_two_sides(root: Token) -> bool:
    """"the two sides", "both countries", "the two belligerents", "the warring parties"; a bare
    "the two" or "both" as a subject ("the two agreed to meet"); "each side" of a pair ("each side
    accused the other")."""
    if _bare_pair_subject(root):
        return True
    if root.tag_ == "NN":
        return root.lemma_.lower() == "side" and any(c.dep_ == "det" and c.lower_ in _EACH_WORDS for c in root.children)
    if root.tag_ not in ("NNS", "NNPS"):
        return False
    if _two_or_both(root) or _the_sides(root):
        return True
    lemma = root.lemma_.lower()
    return (lemma in _BELLIGERENT_NOUNS and _definite_det(root)) or (
        lemma in _PAIR_NOUNS and any(c.dep_ == "amod" and c.lower_ in _BELLIGERENT_WORDS for c in root.children))


def _the_sides(root: Token) -> bool:
    """Whether the words are a bare "the sides" ("the sides signed a protocol"), not "the Iranian and
    Iraqi sides", which name their sides."""
    return root.lemma_.lower() == "side" and _definite_det(root) and not any(
        c.dep_ in ("amod", "compound", "nmod", "poss", "prep") for c in root.children)


def _pair_of_parties(table: ActorTable, pair: Optional[tuple[str, str]]) -> bool:
    """Whether a pair a bare "the two" may stand for is two parties: of two states, or two people named."""
    if pair is None:
        return False
    if len({_code_of(table, key)[0] for key in pair} - {None}) == 2:
        return True
    return all(key in table.drafts and table.drafts[key].type == "PERSON" for key in pair)


def _bare_pair_subject(root: Token) -> bool:
    """Whether "two" or "both" with no noun is the subject of an active clause ("the two agreed",
    "both said")."""
    return root.lower_ in _PAIR_WORDS and root.dep_ == "nsubj" and root.pos_ != "NOUN" and (
        root.lower_ == "both" or any(c.dep_ == "det" and c.lower_ == "the" for c in root.children))


def _object_of_the_verb_before(span: Span) -> Optional[Token]:
    """"telephoned X and Y and urged them", "arrested two members and accused them": a "them" the
    second of two verbs of one doer acts on stands for what the first one acted on; so does the "them"
    of a share of them ("pursued the attackers and killed 20 of them")."""
    them = span.root
    if len(span) != 1 or them.lower_ != "them":
        return None
    verb = them.head
    if them.dep_ == "pobj" and verb.lower_ == "of" and verb.head.dep_ == "dobj":
        verb = verb.head.head  # "killed 20 of them": the verb the share is the object of
    elif them.dep_ != "dobj":
        return None
    if verb.dep_ != "conj":
        return None
    first = verb.head
    if first.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None  # the second verb has a doer of its own
    return _plural_noun_before(next((c for c in first.children if c.dep_ == "dobj"), None), them)


def _one_state(table: ActorTable, pair: tuple[str, str], leaders: bool) -> bool:
    """Whether a pair is no two sides that "both leaders" (`leaders`: any actors of one country) or
    "both sides" (one state's own apparatus: its government, army, police...) could mean; a
    government and the rebels fighting it stay two sides."""
    (country, sector), (other_country, other_sector) = _code_of(table, pair[0]), _code_of(table, pair[1])
    if country is None or country != other_country:
        return False
    return leaders or (sector in STATE_SECTORS and other_sector in STATE_SECTORS)


def _last_two_states(table: ActorTable, word: Token) -> list[str]:
    """The two states (of different countries) whose names come last before `word`."""
    latest: dict[str, tuple[int, str]] = {}  # country -> (last mention, key)
    for key, draft in table.drafts.items():
        if draft.type != "GPE" or not draft.country:
            continue
        before = [start for start, _, _ in draft.mentions if start < word.idx]
        if before and max(before) > latest.get(draft.country, (-1, ""))[0]:
            latest[draft.country] = (max(before), key)
    two = sorted(latest.values(), reverse=True)[:2]
    return [key for _, key in sorted(two)] if len(two) == 2 else []


def _state_and_main_other(table: ActorTable, word: Token, state: Optional[str]) -> list[str]:
    """`state` and the other state named most often before `word` (the later on a tie): the two a
    report is about, not a capital a quotation names in passing."""
    own = _code_of(table, state)[0] if state is not None else None
    if own is None:
        return []
    counts: dict[str, tuple[int, int, str]] = {}  # country -> (mentions, last mention, key)
    for key, draft in table.drafts.items():
        if draft.type != "GPE" or not draft.country or draft.country == own:
            continue
        before = [start for start, _, _ in draft.mentions if start < word.idx]
        if before:
            count, last, _ = counts.get(draft.country, (0, -1, key))
            counts[draft.country] = (count + len(before), max(last, max(before)), key)
    if not counts:
        return []
    return [state, max(counts.values())[2]]


def _states_represented(table: ActorTable, span: Span) -> list[str]:
    """"summoned the ambassadors of Germany and France": each state whose envoys the phrase names."""
    root = span.root
    if root.lemma_.lower() not in _ENVOY_WORDS:
        return []
    return _states_of_list(table, root, every=False)


def _peoples_of(table: ActorTable, span: Span) -> list[str]:
    """The states of a phrase whose head two or more demonyms share ("Turkish, Iranian diplomats",
    "Russian and Chinese warships"): one side per state."""
    root = span.root
    if root.tag_ not in ("NNS", "NNPS"):
        return []
    words = [c for c in root.children if (c.dep_ == "amod" and c.ent_type_ == "NORP")
             or (c.dep_ in ("nmod", "compound") and c.ent_type_ == "GPE" and c.i < root.i)]  # "US and British"
    # a conjunct the tagger gave another label ("Ugandan" as ORG) counts when it names a country
    words += [c for w in words for c in w.children if c.dep_ == "conj" and c.pos_ in ("ADJ", "PROPN")]
    doc, first = span.doc, span.start
    # the parser often hangs the first of "Turkish, Iranian diplomats" elsewhere
    while words and first >= 2 and doc[first].ent_type_ == "NORP" and doc[first - 1].lower_ in (",", "and") \
            and doc[first - 2].ent_type_ == "NORP" and doc[first - 2].pos_ == "ADJ":
        words.append(doc[first - 2])
        first -= 2
    keys: list[str] = []
    for word in words:
        key = table.country_actor(word.doc[word.i:word.i + 1])
        if key is not None and key not in keys:
            keys.append(key)
    if len(keys) < 2:
        return []
    # "US and British activists": a group of each nation, when the head names a group
    group = table.drafts.get(table.token_owner.get(root.i, ""))
    if group is not None and group.type == "GROUP" and group.sector:
        return list(dict.fromkeys(table.national_group(group, table.drafts[key].country, word, root.text)
                                  for key, word in zip(keys, words)))
    return keys


def _governments_of(table: ActorTable, span: Span) -> list[str]:
    """"the governments of Mexico, Colombia and Brazil": each state the "of" list names."""
    root = span.root
    if root.tag_ not in ("NNS", "NNPS") or root.lemma_.lower() not in _PLURAL_STATE_BODIES:
        return []
    return _states_of_list(table, root, every=True)


def _states_of_list(table: ActorTable, root: Token, *, every: bool) -> list[str]:
    """The states, each once, that the "of" list after ``root`` names ("the envoys of Germany,
    France and Italy"): the object of "of" and its chain of conjuncts; ``every``: none unless
    every word of the list is a state."""
    keys: list[str] = []
    for named in (o for p in root.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"):
        for word in _conjunct_words(named):
            key = table.token_owner.get(word.i)
            draft = table.drafts.get(key) if key is not None else None
            if draft is None or draft.type != "GPE":
                if every:
                    return []  # not a list of states
                continue
            if key not in keys:
                keys.append(key)
    return keys


def _conjunct_words(word: Token) -> list[Token]:
    out = [word]
    for child in word.children:
        if child.dep_ == "conj":
            out.extend(_conjunct_words(child))
    return out


# Words that open a list of some of a group's members ("ten diplomats, including four Germans and
# two Poles", "officials such as the minister and two judges").
_MEMBERSHIP_WORDS = get_words().sides.membership_words


def _inside_a_membership_phrase(token: Token, root: Token) -> bool:
    """Whether `token` sits in a phrase naming some members of the group `root` names ("ten
    diplomats, including four Germans and two Poles"): the members are part of the group the act
    is aimed at, no parties of their own beside it."""
    for above in token.ancestors:
        if above.i == root.i:
            return False
        if above.lower_ in _MEMBERSHIP_WORDS and above.dep_ == "prep" and (
                above.lower_ != "as" or any(c.lower_ == "such" for c in above.children)):
            return True
    return False


def _coordinated_actors(table: ActorTable, span: Span) -> list[str]:
    """The actors of each conjunct of a span joined by "and" that the parser left flat
    ("Ethiopian government and Tigray rebels" parsed as one noun phrase)."""
    joints = [t.i for t in span if t.dep_ == "cc" and t.lower_ in ("and", "&") and t.i not in table.token_owner
              and not _inside_a_membership_phrase(t, span.root)]
    if not joints:
        return []
    actors: list[str] = []
    start = span.start
    for end in [*joints, span.end]:
        while start < end and (span.doc[start].is_punct or span.doc[start].dep_ == "cc"):
            start += 1
        stop = end
        while stop > start and span.doc[stop - 1].is_punct:
            stop -= 1
        if stop > start:
            key = table.resolve(span.doc[start:stop])
            if key is None:
                return []  # a conjunct that names no actor: not a list of actors
            if key not in actors:
                actors.append(key)
        start = end + 1
    return actors


# People who belong to an organisation: with "its"/"their" before them, they stand for it.
_MEMBER_NOUNS = frozenset({"member", "fighter", "supporter", "militant", "activist", "delegate", "cadre",
                           "combatant", "loyalist", "follower"}) | get_words().speakers.spokesperson_heads
_GOVERNMENT_NOUNS = frozenset({"government", "authority", "authorities", "regime", "administration", "cabinet",
                               "ministry"})
# A state's or a body's posts abroad: "its embassy in X" is its own, whatever place follows.
_POST_NOUNS = frozenset({"embassy", "consulate", "mission", "legation", "delegation"})
_LOCATIVE_PREPS = frozenset({"in", "on", "at", "near", "inside", "outside", "across", "along", "around"})
_LOYAL_WORDS = frozenset({"loyal", "allied", "affiliated", "aligned"})
_TITLE_PHRASE_DEPS = frozenset({"compound", "appos", "pobj", "prep", "flat", "nmod", "npadvmod"})
_CONDUCT_NOUNS = frozenset({"action", "activity", "conduct", "behaviour", "behavior", "manoeuvre", "maneuver",
                            "practice", "provocation", "move", "act", "policy"})
# Conduct, and the decisions allowing it, whose modifier names the doer ("the police action")
_DECIDED_CONDUCT_NOUNS = _CONDUCT_NOUNS | {"approval", "decision", "crackdown"}
_THREAT_VERB_LEMMAS = get_words().sides.threat_verbs  # conduct they govern is not yet done
# Bodies every state has: "the governments of X and Y" are the states X and Y.
_PLURAL_STATE_BODIES = frozenset({"government", "authority", "leader", "president", "state", "country"})
_OWN_STATE_NOUNS = frozenset({"kingdom", "republic", "country", "nation", "emirate", "sultanate"})
_OWN_STATE_DETERMINERS = frozenset({"the", "our", "this"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Counts of people: "hundreds of drivers" are drivers.
_QUANTITY_WORDS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million",
                             "millions", "scores", "several", "many", "some", "most", "all", "none", "one"})
# People who break from or serve in a body: "dissidents of the FARC" are of the FARC.
_PART_NOUNS = _MEMBER_NOUNS | frozenset({"dissident", "faction", "unit", "wing", "remnant", "splinter", "soldier",
                                         "officer", "agent", "element", "rebel", "guerrilla", "gunman", "force",
                                         "troop", "militiaman"})


def side_key(table: ActorTable, span: Span, quotes: list) -> Optional[str]:
    """The actor an event side's words name; a place the phrase adds ("a site in Syria", "a colonel
    on state TV") is read only when the words before it name no one."""
    if _is_dateline(table, span):
        return None
    named = _named_by_a_teller(span)
    if named is not None:  # "the man, named by state TV as X,": the man (else X), never the TV
        kept, name = named
        return side_key(table, kept, quotes) or _one_told_of_before(table, kept) \
            or (side_key(table, name, quotes) if name is not None else None)
    standing = _words_standing_for(table, span)
    if standing is not None:
        key = side_key(table, standing, quotes)
        if key is None and standing.root.ent_type_ in _PLACE_ENTITIES:
            # "Puntland, whose government": the state it lies in; a region no gazetteer knows (every
            # country is known) lies in the state the article is about
            key = table.state_of_place(standing.root) or table.state_key(table.main_country)
        if key is not None:
            return key
    doer = _doer_named_before_conduct(table, span) or _doer_of_conduct(table, span, quotes, _DECISION_NOUNS)
    if doer is not None:  # "opposed the decision of the EU to list X's firms": the EU, not the firms
        return doer
    decided = _decided_act(span)
    if decided is not None:  # "criticised the decision to hand prisons to the army": whoever decided
        return side_key(table, span.doc[span.start:decided.left_edge.i], quotes)
    root = span.root
    # "a site in Syria", and "two nuns held in Mali" or "the ship that Iran seized": the words before
    # a place, a passive participle or a relative clause come first ("a frigate serving with the EU's
    # force" is the force's)
    cut = next((c if c.dep_ == "prep" else c.left_edge for c in root.children
                if (c.dep_ == "prep" and c.lower_ in _LOCATIVE_PREPS or c.dep_ == "relcl"
                    or c.dep_ == "acl" and c.tag_ == "VBN")
                and span.start <= c.i < span.end and c.i > root.i), None)
    if cut is not None and cut.i > span.start:
        key = _side_key(table, span.doc[span.start:cut.i], quotes)
        if key is not None:
            return _state_of_works_at_unknown_place(table, span, key)
    key = _side_key(table, span, quotes)
    if key is None:
        key = _described_by_apposition(table, span, quotes) or _doer_of_conduct(table, span, quotes)
    else:
        key = _person_named_after_title(table, span, key)
    if key is None:
        return None
    key = _armed_group_named_before(table, span, _state_of_the_body_word(table, span, key))
    return _state_of_works_at_unknown_place(table, span, _state_of_place_named(table, span, key))


_TELLING_VERBS = get_words().quotes.trailing_cues


def _state_of_the_body_word(table: ActorTable, span: Span, key: str) -> str:
    """A state body named by a bare word whose state only the story's country gave ("authorities",
    "armed forces", "government troops", "the government") is the body of the state the text ties
    it to, when it does:
    - "the authorities in Niamey", "armed forces in Ituri": the state of the place it sits in;
    - "X's foreign ministry said the government ...": the teller's state;
    - "government troops attacked a barracks held by <rebels of X>": X's own forces."""
    draft = table.drafts.get(key)
    if draft is None or draft.country_rule > _CONTEXT_RULE or draft.sector not in STATE_SECTORS \
            or draft.type == "PERSON":
        return key
    word = next((t for t in reversed(span) if table.token_owner.get(t.i) == key and t.pos_ == "NOUN"), None)
    if word is None:
        return key
    country = _state_of_the_seat(table, word) or _state_of_the_teller(table, word) \
        or _state_of_the_rebels_fought(table, word)
    if country is None or country == draft.country:
        return key
    return _state_force(table, country, word, draft.sector)


def _state_of_the_seat(table: ActorTable, word: Token) -> Optional[str]:
    """The state of the place an "in" phrase hung on the body word names, or on its verb right after
    it ("thanked the authorities in Niamey")."""
    preps = [c for c in word.children if c.dep_ == "prep" and c.lower_ == "in"]
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if after is not None and after.dep_ == "prep" and after.lower_ == "in" and after.head.i == word.head.i \
            and word.dep_ == "dobj":
        preps.append(after)
    for prep in preps:
        for place in prep.children:
            if place.dep_ != "pobj" or place.pos_ != "PROPN" or table.token_owner.get(place.i) is not None \
                    and table.drafts[table.token_owner[place.i]].type != "GPE":
                continue
            state = table.state_of_place(place) or table.state_of_capital(place)
            if state is not None:
                return table.drafts[state].country
    return None


def _state_of_the_teller(table: ActorTable, word: Token) -> Optional[str]:
    """"X's foreign ministry said the government was in control": "the government" the clause a state
    body tells of is the teller's own."""
    if word.lemma_.lower() != "government" or word.dep_ not in ("nsubj", "nsubjpass") \
            or any(c.dep_ != "det" for c in word.children):
        return None
    verb = word.head
    while verb.dep_ == "conj":
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _TELLING_VERBS:
        return None
    teller = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    owner = table.drafts.get(table.token_owner.get(teller.i, "")) if teller is not None else None
    if owner is None or owner.country_rule <= _CONTEXT_RULE or owner.sector not in STATE_SECTORS:
        return None
    return owner.country


def _state_of_the_rebels_fought(table: ActorTable, word: Token) -> Optional[str]:
    """"government troops attacked a barracks held by <rebels of X>": a state's forces named as the
    government's fight that state's own rebels."""
    if not any(c.dep_ in ("compound", "amod") and c.lower_ == "government" for c in word.children):
        return None
    sentence = word.sent
    rebels = {d.country for i in range(sentence.start, sentence.end)
              for d in [table.drafts.get(table.token_owner.get(i, ""))]
              if d is not None and d.sector == "REB" and d.country and d.country_rule > _CONTEXT_RULE}
    return rebels.pop() if len(rebels) == 1 else None


# Verbs of telling what someone is called ("named by state TV as X", "identified by police as X"):
# the one who tells a name or a description is no party to the act the side undergoes or does.
_NAMING_VERBS = frozenset({"name", "identify", "describe", "call", "dub", "brand", "cite", "list", "label"})


def _named_by_a_teller(span: Span) -> Optional[tuple[Span, Optional[Span]]]:
    """The words before a naming clause hung on a side's head ("The man, named by state television
    as X, 41"), with the name or description the clause gives (X), when the clause names its teller
    with "by"; None otherwise."""
    root = span.root
    for clause in root.rights:
        if clause.dep_ != "acl" or clause.tag_ != "VBN" or clause.lemma_.lower() not in _NAMING_VERBS \
                or not span.start <= clause.i < span.end or not _has_child(clause, "agent"):
            continue
        end = clause.left_edge.i
        while end > span.start and span.doc[end - 1].is_punct:
            end -= 1
        if end <= root.i:
            return None
        name = _pobj_of(clause, "as")
        return span.doc[span.start:end], (_subtree_span(name) if name is not None else None)
    return None


_ONE_PERSON_NOUNS = frozenset({"man", "woman", "person", "citizen", "national", "suspect", "detainee", "boy",
                               "girl", "journalist", "reporter", "tourist", "worker"})


def _one_told_of_before(table: ActorTable, words: Span) -> Optional[str]:
    """"X detained a Latvian citizen. The woman, named by ... as Y, was arrested": "the woman" is
    the one person or group of people not of a state's organs told of in the sentence before (and
    in hers), when there is only one."""
    root = words.root
    if len(words) > 3 or root.lemma_.lower() not in _ONE_PERSON_NOUNS or not _definite_det(root):
        return None
    return table.body_before(root, lambda d: d.country is not None and d.sector not in STATE_SECTORS,
                             sentences=1, types=("PERSON", "GROUP"))


_ARMED_GROUP_SECTORS = frozenset({"REB", "INS"})
_ARMED_GROUP_HEADS = _REBEL_WORDS | {"group", "fighter"}
_ARMED_GROUP_MEMORY_SENTENCES = 3


def _armed_group_named_before(table: ActorTable, span: Span, key: str) -> str:
    """"struck an Islamic State target ... the militant group that holds parts of Iraq", "the rebels",
    "the armed group": a definite description of an armed group, read by the actor stage as an actor
    of its own, is the armed group named last before it (in its sentence or the few before)."""
    root = span.root
    draft = table.drafts.get(key)
    if draft is None or draft.type != "GROUP" or draft.sector not in _ARMED_GROUP_SECTORS \
            or root.lemma_.lower() not in _ARMED_GROUP_HEADS or not _definite_det(root) \
            or any(c.dep_ == "poss" for c in root.children) \
            or any(kind != "description" for _, _, kind in draft.mentions):
        return key
    named = table.body_before(root, lambda d: d.sector in _ARMED_GROUP_SECTORS, unique=False, named_only=True,
                              sentences=_ARMED_GROUP_MEMORY_SENTENCES, types=("ORG",))
    return named if named is not None else key


def _state_of_works_at_unknown_place(table: ActorTable, span: Span, key: str) -> str:
    """"struck the refinery of Al-Kharj", "the Kandi power plant": public works at a place no
    gazetteer knows (its name read as an actor of no country) are the state's the article is about."""
    root = span.root
    draft = table.drafts.get(key)
    if draft is None or draft.country or root.lemma_.lower() not in _PUBLIC_WORKS or root.i in table.token_owner \
            or not table.main_country:
        return key
    named = [t for t in span if table.token_owner.get(t.i) == key]
    if not named or not all(t.dep_ == "compound" and t.head.i == root.i or t.ent_type_ in _PLACE_ENTITIES
                            or any(a.i == root.i for a in t.ancestors) for t in named):
        return key
    return table.state_key(table.main_country) or key


def _person_named_after_title(table: ActorTable, span: Span, key: str) -> str:
    """"the President of Uzbekistan Shavkat Mirziyoyev": the person the name names, not the one an
    earlier "the President" made the title's words stand for."""
    draft = table.drafts.get(key)
    if draft is None or draft.type != "PERSON":
        return key
    named = [table.token_owner.get(t.i) for t in span if t.pos_ == "PROPN" and t.i > span.root.i
             and _in_title_phrase(t, span.root)]
    if key in named:
        return key
    people = [k for k in named if k is not None and k in table.drafts and table.drafts[k].type == "PERSON"]
    return people[-1] if people else key


def _in_title_phrase(word: Token, root: Token) -> bool:
    """Whether `word` hangs on `root` only through names, appositions and "of" ("the President of
    Uzbekistan Shavkat Mirziyoyev"), not through a clause or another preposition."""
    while word.i != root.i:
        if word.dep_ not in _TITLE_PHRASE_DEPS or (word.dep_ == "prep" and word.lower_ != "of") \
                or word.head.i == word.i:
            return False
        word = word.head
    return True


def _doer_of_conduct(table: ActorTable, span: Span, quotes: list,
                     nouns: frozenset[str] = _CONDUCT_NOUNS) -> Optional[str]:
    """"condemned the actions of the Chinese vessels": conduct (or another of `nouns`, such as a
    decision) is aimed at whoever it is "of"."""
    root = span.root
    if root.lemma_.lower() not in nouns:
        return None
    for named in (o for p in root.children if p.dep_ == "prep" and p.lower_ == "of" and p.i < span.end
                  for o in p.children if o.dep_ == "pobj"):
        key = _side_key(table, _noun_phrase(named), quotes)
        if key is not None:
            return key
    return None


def _decided_act(span: Span) -> Optional[Token]:
    """The infinitive a decision noun of the side governs ("the decision to hand prisons to the army"):
    what was decided, whose words name no side of the reaction to the decision."""
    root = span.root
    if root.lemma_.lower() not in _DECISION_NOUNS:
        return None
    return next((c for c in root.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VB" and span.start <= c.i < span.end
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _doer_named_before_conduct(table: ActorTable, span: Span) -> Optional[str]:
    """"condemned the police action", "the Indian approval of arms sales to X": conduct or a decision
    is the doer's its modifier names (a bare "police" or "army": the article's state's force), not
    the last actor its "of" or "to" phrases tell of."""
    root = span.root
    if root.lemma_.lower() not in _DECIDED_CONDUCT_NOUNS or root.i in table.token_owner:
        return None
    verb = root.head if root.dep_ == "dobj" else None
    if verb is not None and (verb.lemma_.lower() in _THREAT_VERB_LEMMAS or verb.dep_ == "xcomp"
                             and verb.head.lemma_.lower() in _THREAT_VERB_LEMMAS):
        return None  # "threatened (to take) military action": conduct not yet done, no doer to react to
    for word in (c for c in root.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < root.i):
        owner = table.token_owner.get(word.i) or (table.country_actor(word.doc[word.i:word.i + 1])
                                                   if word.pos_ in ("PROPN", "ADJ") else None)
        if owner is not None:
            draft = table.drafts.get(owner)
            return owner if draft is not None and draft.type in ("ORG", "GROUP", "GPE") else None
        sector = _FORCE_SECTORS.get(word.lemma_.lower())
        if sector is not None and table.main_country:
            return _state_force(table, table.main_country, word, sector)
    return None


def _described_by_apposition(table: ActorTable, span: Span, quotes: list) -> Optional[str]:
    """"Al-Wefaq, the main opposition group, called on ...": a name no dictionary knows is the actor
    its apposition names."""
    root = span.root
    if root.pos_ != "PROPN":
        return None
    for appos in (c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
        key = _side_key(table, _noun_phrase(appos), quotes)
        if key is not None:
            return key
    return None


def _state_of_place_named(table: ActorTable, span: Span, key: str) -> str:
    """A place no state is known for ("villages in Kenya's Turkana County") stands for the state the
    phrase names beside it, else for the state it lies in by the gazetteer."""
    draft = table.drafts.get(key)
    if draft is None or draft.country or not (draft.type == "GPE" or any(
            t.ent_type_ in _PLACE_ENTITIES for t in span if table.token_owner.get(t.i) == key)):
        return key
    for token in span:
        other = table.drafts.get(table.token_owner.get(token.i, ""))
        if other is not None and other.key != key and other.type == "GPE" and other.country:
            return other.key
    at = next((t for t in span if table.token_owner.get(t.i) == key), None)
    state = table.state_of_place(at) if at is not None else None
    return state or key


def _is_dateline(table: ActorTable, span: Span) -> bool:
    """"Cairo, 3 May (AFP).- Police arrested ...": a dateline the parser took for a subject credits
    the agency that filed the report; the agency is no side of what it reports."""
    if span.start != span.sent.start or not any("(" in t.text for t in span):
        return False
    owners = {table.token_owner.get(t.i) for t in span} - {None}
    return bool(owners) and all(table.drafts[k].sector == "MED" for k in owners if k in table.drafts)


def _words_standing_for(table: ActorTable, span: Span) -> Optional[Span]:
    """Other words of the sentence that say who a side is, when its own words point elsewhere:
    - a relative pronoun ("the prosecution, which ordered", "Puntland, whose government accused")
      stands for the noun the clause hangs on;
    - a number or quantity of people ("hundreds of truck drivers", "thousands of its members") and
      a part of a force or a vehicle ("dissidents of the FARC", "the convoy of the governor") stand
      for what the "of" phrase names."""
    root = span.root
    low = root.lower_
    relative = root if low in _RELATIVE_PRONOUNS else next(
        (c for c in root.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    if relative is not None:
        clause = next((a for a in relative.ancestors if a.dep_ == "relcl"), None)
        if clause is not None and clause.head.pos_ in ("NOUN", "PROPN"):
            return _noun_phrase(clause.head)
        return None
    lemma = root.lemma_.lower()
    if _noun_forms(root) & _PART_NOUNS:
        for word in root.children:  # "troops loyal to X", "fighters allied with X"
            if word.dep_ in ("amod", "acl") and word.lemma_.lower() in _LOYAL_WORDS:
                whole = next((o for p in word.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                              for o in p.children if o.dep_ == "pobj"), None)
                if whole is not None:
                    return _noun_phrase(whole)
    if not (root.tag_ == "CD" or lemma in _QUANTITY_WORDS or low in _QUANTITY_WORDS
            or _noun_forms(root) & (_PART_NOUNS | _MOVING_UNITS)):
        return None
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is None or any(table.token_owner.get(t.i) is not None for t in span
                            if not of.left_edge.i <= t.i <= of.right_edge.i and t.i != root.i):
        return None  # "one of its leaders, Nino Gelashvili": the phrase names its own actor
    return _noun_phrase(whole)


def _noun_phrase(head: Token) -> Span:
    """`head` with the words before it and its "of" phrases, without clauses hung on it."""
    right = head.i
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            right = max(right, child.right_edge.i)
    return head.doc[head.left_edge.i:right + 1]


def _side_key(table: ActorTable, span: Span, quotes: list) -> Optional[str]:
    key = ((_teller_it(table, span.root) or _subject_before(table, span.root) or _parallel_subject(table, span.root)
            or _object_it_before(table, span.root) or _plural_subject_before(table, span.root))
           if len(span) == 1 else None) \
        or _speaker_s_state(table, span, quotes) or _owner_of_the_thing(table, span.root)
    if key is not None:
        return key
    key = _union_of_employer(table, span) or _possessor_of_the_thing(table, span.root) or table.resolve(span) \
        or _body_by_first_word(table, span)
    if key is not None:
        return key
    root = span.root
    low = root.lower_
    if low in FIRST_PLURAL or low in FIRST_SINGULAR:
        # "we" / "I" inside a quotation: the speaker's organisation (for "we"), or the speaker
        for q in quotes:
            if q.start <= root.idx < q.end:
                speaker = table.drafts.get(q.speaker)
                if speaker is None:
                    return None
                if low in FIRST_PLURAL and speaker.affiliation in table.drafts:
                    return speaker.affiliation
                return speaker.key
        return None
    owner_of = table.token_owner
    if root.lemma_.lower() in _MEMBER_NOUNS and root.i not in owner_of:
        pronoun = _its_their(root)
        owner = _organisation_before(table, pronoun) if pronoun is not None else None
        if owner is not None:  # "40 of its members", "their fighters": the organisation's own
            return owner
    if root.i not in owner_of:
        owner = _state_of_its_government(table, root)
        if owner is not None:  # "Nicaragua answered. Its government expelled ...": Nicaragua
            return owner
    if root.lemma_.lower() in _POST_NOUNS and root.i not in owner_of:
        pronoun = _its_their(root)
        owner = _clause_subject_above(table, pronoun, skip_own=True) if pronoun is not None else None
        if owner is not None:  # "New Delhi said its embassy in Tehran ...": India's, not Iran's
            return owner
    if root.i not in owner_of and table.group_of is not None:
        group = table.group_of(span)
        if group is not None:
            return group
    owners = [owner_of[i] for i in range(span.start, span.end) if i in owner_of]
    if owners:
        return owners[-1]
    body = _body_named_before(table, span) or _body_of_the_phrase_before(table, span, quotes)
    if body is not None:
        return body
    vessel = _state_of_the_vessel(table, root)
    if vessel is not None:  # "accused the vessel of ...", "drove the Philippine ship away": its flag state
        return vessel
    if low in _THE_COUNTRY and any(c.lower_ == "the" for c in root.children) and len(span) <= 3:
        return table.state_key(table.main_country)  # "the country's borders": the article's state
    if low in _SEATS_OF_POWER and any(c.lower_ in _SEAT_MODIFIERS for c in root.children):
        return table.state_key(table.main_country)  # "the presidential palace": the government
    return table.country_actor(span)


def _possessor_of_the_thing(table: ActorTable, noun: Token) -> Optional[str]:
    """"backed Ukraine's bid to join the European Union", "welcomed Kenya's offer to send police to
    Haiti": a thing (no post, no actor itself) is its possessor's, not the longest name the phrases
    after it tell."""
    if noun.pos_ != "NOUN" or noun.i in table.token_owner or get_role_lexicon().is_role_word(noun.lemma_.lower()):
        return None
    return next((table.token_owner[c.i] for c in noun.children if c.dep_ == "poss" and c.i in table.token_owner),
                None)


def _owner_of_the_thing(table: ActorTable, noun: Token) -> Optional[str]:
    """Who owns the thing a side names, by the compound that says so ("stormed a Chinese-run mine",
    "a spill at a Russian-owned plant"), or, for "the plant" alone, by the compound of the same
    thing told of a few sentences before; None for a thing that names an actor of its own."""
    if noun.pos_ != "NOUN" or noun.i in table.token_owner or noun.ent_type_:
        return None
    owner = _owner_named_in_compound(table, noun)
    if owner is not None or not _definite_det(noun) \
            or any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in noun.children) \
            or get_role_lexicon().is_role_word(noun.lemma_.lower()):
        return owner
    return _read_from_the_same_thing_before(noun, _noun_forms(noun), _OWNED_MEMORY_SENTENCES,
                                            lambda earlier: _owner_named_in_compound(table, earlier))


def _owner_named_in_compound(table: ActorTable, noun: Token) -> Optional[str]:
    """The owner an "X-owned" / "X-run" compound before `noun` names: the actor X names ("a
    Gazprom-owned depot"), else, for a state's name or nationality word, a firm of that state made on
    demand (a state's own assets are "state-owned", which names no one)."""
    doc = noun.doc
    for participle in noun.children:
        if participle.dep_ not in ("amod", "compound", "nmod", "npadvmod") or not 0 < participle.i < noun.i \
                or participle.lower_ not in _OWNING_PARTICIPLES or doc[participle.i - 1].text != "-":
            continue
        owner = next((c for c in participle.children if c.i == participle.i - 2), None)
        if owner is None:
            continue
        words = doc[owner.left_edge.i:owner.i + 1]
        named = {table.token_owner.get(t.i) for t in words} - {None}
        bodies = [k for k in named if table.drafts[k].type != "GPE"]
        if len(bodies) == 1:
            return bodies[0]
        countries = set(table.countries_in(words)) if table.countries_in is not None else set()
        if len(countries) == 1:
            country = countries.pop()
            return _group_made_on_demand(table, f"group:owner:{country}", "owner", f"{words.text} owners", owner,
                                         country, "BUS", ("owner-country", "owner-firm"))
    return None


def _state_of_the_vessel(table: ActorTable, noun: Token) -> Optional[str]:
    """The state a ship stands for as a side: the one its own words name ("the Philippine ship", "an
    Iranian-flagged tanker", "a tanker under the Maltese flag"), or, for "the vessel" / "the ship"
    alone, the one the words of the craft told of a few sentences before name."""
    if noun.i in table.token_owner or not _noun_forms(noun) & _VESSEL_NOUNS:
        return None
    state = _flag_state(table, noun)
    if state is not None or not _definite_det(noun) or any(c.dep_ in ("amod", "compound", "poss")
                                                           for c in noun.children):
        return state
    return _read_from_the_same_thing_before(noun, _VESSEL_NOUNS, _VESSEL_MEMORY_SENTENCES,
                                            lambda earlier: _flag_state(table, earlier))


def _flag_state(table: ActorTable, noun: Token) -> Optional[str]:
    """The state a ship's own words name: a nationality or state word before it, or its flag."""
    before = noun.doc[noun.left_edge.i:noun.i]
    flag = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "under"
            for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() == "flag"]
    for words in [before] + [noun.doc[o.left_edge.i:o.right_edge.i + 1] for o in flag]:
        owners = {table.token_owner.get(t.i) for t in words} - {None}
        states = [k for k in owners if table.drafts[k].type == "GPE"]
        if len(states) == 1:
            return states[0]
        countries = table.countries_in(words) if table.countries_in is not None and not owners else []
        if len(set(countries)) == 1:
            return table.country_actor_of(countries[0], words)
    return None


def _state_of_its_government(table: ActorTable, root: Token) -> Optional[str]:
    """"Its government", "their authorities": the state the clause above names as its subject, else
    the state the sentence before names as its subject (a state's own government is the state)."""
    if root.lemma_.lower() not in _GOVERNMENT_NOUNS:
        return None
    pronoun = _its_their(root)
    if pronoun is None:
        return None
    key = _clause_subject_above(table, pronoun, skip_own=True)
    if key is None:
        key = _subject_of_the_sentence_before(table, pronoun)
    draft = table.drafts.get(key) if key is not None else None
    if draft is None or not draft.country or not (draft.type == "GPE" or (
            draft.type in ("ORG", "GROUP") and draft.sector in STATE_SECTORS)):
        return None  # a party's or a company's own government is no body of theirs; an army's is its state's
    return table.state_key(draft.country) or key


def _union_of_employer(table: ActorTable, span: Span) -> Optional[str]:
    """"the Ports Authority workers' union": a union its employer's name stands before is labour of
    the employer's country (made on demand), not the employer."""
    root = span.root
    if root.lemma_.lower() not in _UNION_NOUNS or root.i in table.token_owner:
        return None
    owners = [table.token_owner[i] for i in range(span.start, root.i) if i in table.token_owner]
    if not owners:
        return None
    if not any(c.dep_ in ("poss", "compound") and c.lemma_.lower() in _EMPLOYEE_WORDS for c in root.children):
        return None
    employer = table.drafts.get(owners[-1])
    country = employer.country if employer is not None else None
    if not country:
        return None
    key = f"group:union:{country}:{root.i}"
    draft = table.get(key, "GROUP")
    if not draft.names:
        draft.head = "union"
        draft.add_name(span.text.removeprefix("the ").removeprefix("The "))
        draft.add_mention(span.start_char, span.end_char, "description")
        draft.set_code("country", country, _MADE_ON_DEMAND, "union-country", span.text)
        draft.set_code("sector", "LAB", _MADE_ON_DEMAND, "union-role", root.text)
    return key


def _speaker_s_state(table: ActorTable, span: Span, quotes: list) -> Optional[str]:
    """"The kingdom will stand with Jordan," the Saudi minister said: "the kingdom", "our country",
    "the republic" in a quotation are the speaker's state."""
    root = span.root
    if root.lemma_.lower() not in _OWN_STATE_NOUNS or len(span) > 3 or not any(
            c.lower_ in _OWN_STATE_DETERMINERS for c in root.children if c.dep_ in ("det", "poss")):
        return None
    quote = next((q for q in quotes if q.start <= root.idx < q.end), None)
    speaker = table.drafts.get(quote.speaker) if quote is not None else None
    return table.state_key(speaker.country) if speaker is not None and speaker.country else None


def _subject_of_the_sentence_before(table: ActorTable, token: Token) -> Optional[str]:
    """Who the subject of the sentence before names, when the token's sentence names no one before it."""
    sentence = token.sent
    if sentence.start == 0 or any(table.token_owner.get(i) is not None for i in range(sentence.start, token.i)):
        return None
    before = token.doc[sentence.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return table.resolve(_noun_phrase(subject)) if subject is not None else None


def _subject_before(table: ActorTable, pronoun: Token) -> Optional[str]:
    """"Sudan's ministry welcomed the ruling on RSF suspects. It also called on Chad ...": an "it"
    opening its sentence as the subject carries on the subject of the sentence before (a body or
    a state), not the last name told there."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj" or pronoun.head.pos_ != "VERB":
        return None  # "it was welcomed", "it is time": no body
    key = _subject_of_the_sentence_before(table, pronoun)
    draft = table.drafts.get(key) if key is not None else None
    if draft is None:
        return None
    # "The ministry said ... It summoned the ambassador": a body told by its kind noun is a group
    # of one
    one_body = draft.type == "GROUP" and draft.head is not None and draft.head in ORG_REFERENCE_HEADS
    return key if draft.type in ("ORG", "GPE") or one_body else None


def _plural_subject_before(table: ActorTable, pronoun: Token) -> Optional[str]:
    """"The attackers arrived at dawn. They set fire to the depot": a "they" subject with no one named
    before it in its sentence carries on the plural subject of the sentence before, when that names a
    group or a body (not a pair of states, not people named one by one)."""
    if pronoun.lower_ != "they" or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    sentence = pronoun.sent
    if sentence.start == 0 or any(table.token_owner.get(i) is not None for i in range(sentence.start, pronoun.i)):
        return None
    before = pronoun.doc[sentence.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ not in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children):
        return None
    key = table.resolve(_noun_phrase(subject))
    draft = table.drafts.get(key) if key is not None else None
    return key if draft is not None and draft.type in ("GROUP", "ORG") else None


def _parallel_subject(table: ActorTable, pronoun: Token) -> Optional[str]:
    """"Egypt sent a letter to the council, and it affirmed that it will act": an "it" subject of a
    clause told by another "it", or of a verb coordinated with a first verb, carries on that first
    verb's subject (a body or a state), not the last name told in between."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj":
        return None
    verb = pronoun.head
    for _ in range(3):
        if verb.dep_ == "ccomp" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.head.children):
            verb = verb.head  # "it affirmed that it will ...": the same "it"
            continue
        break
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    key = table.resolve(_noun_phrase(subject))
    draft = table.drafts.get(key) if key is not None else None
    return key if draft is not None and draft.type in ("ORG", "GPE") else None


def _teller_it(table: ActorTable, pronoun: Token) -> Optional[str]:
    """"The Front, which took the town in May, said it would free the soldiers": an "it" subject of
    the clause a body or a state tells is that teller, not the last name told in between; so is the
    subject of a passive ('said it was "deeply concerned"', "said it had been attacked")."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ != "ccomp":
        return None
    teller = next((c for c in pronoun.head.head.children if c.dep_ == "nsubj"), None)
    if teller is None or teller.pos_ == "PRON":
        return None
    key = side_key(table, _noun_phrase(teller), [])
    draft = table.drafts.get(key) if key is not None else None
    return key if draft is not None and draft.type in ("ORG", "GROUP", "GPE") else None


def _body_by_first_word(table: ActorTable, span: Span) -> Optional[str]:
    """"The M23" after "the M23 rebel movement": a bare name that opens the name of one body or
    group told of before is that body."""
    root = span.root
    if root.pos_ != "PROPN" or root.i in table.token_owner or len(span) > 2 \
            or (len(span) == 2 and span[0].lower_ != "the"):
        return None
    word = root.text
    return table.body_before(root, lambda d: any(len(n.split()) > 1 and n.split()[0] == word for n in d.names),
                             types=("ORG", "GROUP"))


def _object_it_before(table: ActorTable, pronoun: Token) -> Optional[str]:
    """"The party wrote to the fund urging it to act": an "it" acted on is the body or state named
    last before it in its sentence, other than the doers of the clauses above it."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in ("dobj", "pobj", "dative"):
        return None
    subjects = [s for verb in pronoun.ancestors for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
    doers = {table.token_owner.get(s.i) for s in subjects}
    in_subjects = {t.i for s in subjects for t in s.subtree}
    doc = pronoun.doc
    for i in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
        if i in in_subjects:
            continue
        key = table.token_owner.get(i)
        if key is None and i > pronoun.sent.start and doc[i - 1].lower_ == "the":
            key = _body_named_before(table, doc[i - 1:i + 1])  # "the fund": the body of that name
        draft = table.drafts.get(key) if key is not None else None
        if draft is not None and key not in doers and draft.type in ("ORG", "GPE"):
            return key
    return None


def _teller_s_body(table: ActorTable, words: Optional[Span], teller: str) -> str:
    """"He said the federation would strike": a bare body word no actor stands for, told by a
    person of an organisation, names that organisation, not the teller."""
    draft = table.drafts.get(teller)
    if words is None or draft is None or draft.type != "PERSON" or len(words) != 2 \
            or words[0].lower_ != "the" or words.root.pos_ != "NOUN" or words.root.tag_ != "NN":
        return teller
    body = table.drafts.get(draft.affiliation) if draft.affiliation else None
    return body.key if body is not None and body.type == "ORG" else teller


def _name_head(name: str) -> str:
    """The head word of a body's name: "federation" in "National Teachers Federation" and in
    "Federation of Teachers"."""
    words = name.lower().split()
    cut = next((n for n, w in enumerate(words) if w in ("of", "in", "for", "on") and n > 0), len(words))
    return words[cut - 1] if cut else ""


def _body_named_before(table: ActorTable, span: Span) -> Optional[str]:
    """"the federation", "the union", "the Fund" (a capitalised head word read as a name): the last
    organisation told of before whose name holds the word."""
    root = span.root
    if len(span) != 2 or span[0].lower_ != "the" or not (
            (root.pos_ == "NOUN" and root.tag_ == "NN") or (root.tag_ == "NNP" and root.text.istitle())):
        return None
    word = root.lower_
    return table.body_before(root, lambda d: any(_name_head(name) == word for name in d.names), unique=False)


def _body_of_the_phrase_before(table: ActorTable, span: Span, quotes: list) -> Optional[str]:
    """"The observer mission of ECOWAS said ... The mission urged": a bare "the <noun>" taking up a
    phrase of the sentence before (or its own) with the same head and an "of" naming its body stands
    for that body."""
    root = span.root
    if len(span) != 2 or span[0].lower_ != "the" or root.pos_ != "NOUN" or root.i in table.token_owner:
        return None
    lemma = root.lemma_.lower()
    start = _sentences_back(root.sent, 1)
    for i in range(root.i - 1, start - 1, -1):
        word = root.doc[i]
        if word.lemma_.lower() != lemma or word.pos_ != "NOUN" or i in table.token_owner:
            continue
        named = next((o for p in word.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"), None)
        key = _side_key(table, _noun_phrase(named), quotes) if named is not None else None
        draft = table.drafts.get(key) if key is not None else None
        return key if draft is not None and draft.type in ("ORG", "GROUP") else None
    return None


def _organisation_before(table: ActorTable, pronoun: Token) -> Optional[str]:
    """The organisation or group (not a state: states have no members) named last before `pronoun`,
    in its sentence or the one before; None when that is the doer of the clause ("the party called
    on its supporters": the doer's own people are no other side)."""
    doc = pronoun.doc
    sentence = pronoun.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    doers = {table.token_owner.get(t.i) for s in (verb.children if verb is not None else ())
             if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree}
    for i in range(pronoun.i - 1, start - 1, -1):
        key = table.token_owner.get(i)
        if key is not None and table.drafts[key].type in ("ORG", "GROUP"):
            return key if key not in doers else None
    return None


def _is_joint_act(cand: EventCandidate) -> bool:
    """Whether an act is one two parties do together (talks, a deal, cooperation)."""
    return cand.code in SYMMETRIC_CODES or (cand.quad_class in _JOINT_QUAD_CLASSES
                                            and cand.root not in _NOT_JOINT_ROOTS and cand.root != "05")


def _parties_mediated(table: ActorTable, group: list[EventCandidate],
                      resolved: list[ResolvedEvent]) -> Optional[tuple[str, str]]:
    """The two parties of different countries a mediation just resolved is aimed at, if two ("Oman
    mediated the exchange between Iran and Denmark"): "the two governments" told of next are those
    parties, not the mediator and one of them."""
    if group[0].code != _MEDIATE_CODE:
        return None
    triggers = {c.trigger.i for c in group}
    parties = list(dict.fromkeys(r.target_id for r in resolved if r.target_id and r.candidate.trigger.i in triggers))
    if len(parties) != 2 or _code_of(table, parties[0])[0] in (None, _code_of(table, parties[1])[0]):
        return None
    return parties[0], parties[1]


def _pair_joined_in(table: ActorTable, sentence: Span) -> Optional[tuple[str, str]]:
    """Two actors of different countries a sentence joins with "and" ("relations between A and B",
    "A and B signed"): a pair "both countries" may point back to."""
    owner_of = table.token_owner.get
    for token in sentence:
        if token.dep_ != "conj" or token.head.i < sentence.start:
            continue
        first, second = owner_of(token.head.i), owner_of(token.i)
        if first is None or second is None or first == second or _code_of(table, first) == _code_of(table, second) \
                or _no_party(table, first) or _no_party(table, second):
            continue
        drafts = table.drafts.get(first), table.drafts.get(second)
        if None in drafts or drafts[0].affiliation == second or drafts[1].affiliation == first:
            continue
        return first, second
    return None


def _pair_named_in(table: ActorTable, sentence: Span) -> Optional[tuple[str, str]]:
    """The two actors a sentence names when it names exactly two (a headline's "X, Y discuss ...")."""
    owners: list[str] = []
    owner_of = table.token_owner.get
    for i in range(sentence.start, sentence.end):
        owner = owner_of(i)
        if owner is not None and owner not in owners and not _no_party(table, owner):
            owners.append(owner)
    return _two_parties(table, owners)


# unnamed groups of these sectors are people an act befalls or who look on, never one of "both sides"
_ORDINARY_PEOPLE_SECTORS = frozenset({"CVL", "MED", "EDU", "REF", "HLH", "LAB", "AGR"})


def _unnamed_group(table: ActorTable, key: str):
    """The draft of an unnamed group of people the text describes, else None."""
    draft = table.drafts.get(key)
    return draft if draft is not None and draft.type == "GROUP" and draft.key.startswith("group:") else None


def _no_party(table: ActorTable, key: str) -> bool:
    """Whether an actor a sentence names is no party that "both sides" may point back to: an unnamed
    group of ordinary people ("journalists and relatives of commanders"), or people counted out."""
    draft = _unnamed_group(table, key)
    return draft is not None and (draft.sector in _ORDINARY_PEOPLE_SECTORS or _counted_out(table, key))


def _counted_out(table: ActorTable, key: str) -> bool:
    """Whether an actor is an unnamed group the text only counts ("freed 23 civil servants"): the
    people an act befalls, never a side of a conflict or a talk."""
    draft = _unnamed_group(table, key)
    if draft is None:
        return False
    doc = table.doc
    return bool(draft.mentions) and all(counted_people(doc[token_of_char(doc, end - 1)])
                                        for _start, end, _kind in draft.mentions)


def _two_parties(table: ActorTable, owners: list[str]) -> Optional[tuple[str, str]]:
    """The two actors `owners` holds when it holds exactly two of different codes, neither
    affiliated with the other."""
    if len(owners) != 2:
        return None
    first, second = (table.drafts.get(k) for k in owners)
    if first is None or second is None or _code_of(table, owners[0]) == _code_of(table, owners[1]) \
            or first.affiliation == second.key or second.affiliation == first.key:
        return None  # "Guterres's spokesman, Dujarric": one side, not two
    return owners[0], owners[1]


def _pair_named_before_the_pair_noun(table: ActorTable, group: list[EventCandidate]) -> Optional[tuple[str, str]]:
    """"A received his Iranian counterpart B in Cairo, where the two sides signed a memorandum":
    with no pair at hand, "the two sides" are the two parties of different codes its sentence names
    before it (places where things happen left aside); None unless exactly two."""
    first = group[0]
    words = next((w for w in (first.source, first.target) if _names_a_pair(w)), None)
    if words is None:
        return None
    doc = words.doc
    owners: list[str] = []
    for i in range(first.sentence.start, words.start):
        owner = table.token_owner.get(i)
        draft = table.drafts.get(owner) if owner is not None else None
        if draft is None or owner in owners:
            continue
        if draft.type == "GPE" and doc[i].dep_ == "pobj" and doc[i].head.lower_ in _LOCATIVE_PREPS:
            continue  # "in Cairo": where, not who
        owners.append(owner)
    return _two_parties(table, owners)


def _day_of_the_act(reports: list[EventCandidate], published: Optional[date]) -> Optional[date]:
    """The day an act was done: the first of its reports that names one (a headline seldom does, the
    lead does)."""
    return next((d for r in reports if (d := event_date(r.sentence, published, r.trigger)) is not None), None)


def _place_of_the_act(places: list, reports: list[EventCandidate]) -> Optional[str]:
    """The place where an act was done: the first place a report puts it with a locative preposition
    ("expelled Bolivia's ambassador in Santiago", "at a checkpoint near Jenin"), else the place its
    first report names nearest the trigger (often a state acting at home: "Estonia expelled a
    diplomat"), else a later report's."""
    return next((p for r in reports if (p := _place_in(places, r, placed_only=True)) is not None), None) \
        or next((p for r in reports if (p := _place_in(places, r)) is not None), None)


def _place_in(places: list, report: EventCandidate, placed_only: bool = False) -> Optional[str]:
    """The place of the report's sentence nearest its trigger; with `placed_only`, only a place that
    a locative preposition governs ("in Santiago")."""
    sentence, anchor = report.sentence, report.trigger.idx
    best, best_distance = None, None
    for place in places:
        for start, end, _ in place.mentions:
            if sentence.start_char <= start < sentence.end_char:
                if placed_only and not _placed_by_a_preposition(sentence, start):
                    continue
                distance = abs(start - anchor)
                if best_distance is None or distance < best_distance:
                    best, best_distance = place.id, distance
    return best


def _placed_by_a_preposition(sentence: Span, start: int) -> bool:
    """Whether the name starting at character `start` is the object of a locative preposition."""
    span = sentence.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    token = span[0]
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in _SCENE_PREPS


def _iso(value: Optional[date]) -> Optional[str]:
    return value.isoformat() if value else None
