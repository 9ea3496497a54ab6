"""The small word lists the pipeline's rules read (``newsgraph/data/words.yaml``).

Loaded and validated once per process by :func:`get_words`; :func:`load_words` reads any file
of the same shape and raises :class:`~newsgraph.errors.DictionaryError` naming the file and
the bad entry. A list's name says what it holds: ``*_codes`` CAMEO codes, ``*_phrases``
lower-case words separated by single spaces, any other one lower-case word per entry.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from newsgraph.errors import DictionaryError
from newsgraph.knowledge.cameo import get_cameo
from newsgraph.knowledge.datafiles import DATA_DIR, load_yaml, validate_entry

__all__ = ["Words", "DEFAULT_FILE", "get_words", "load_words"]

DEFAULT_FILE = DATA_DIR / "words.yaml"
_WORD = r"[^\W\d_]+"  # letters only; lower case is checked apart (accented letters are letters)
_ONE_WORD = re.compile(_WORD)
_PHRASE = re.compile(rf"{_WORD}(?: {_WORD})*")


def _is_lower(text: str) -> bool:
    return text == text.lower()


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    @field_validator("*")
    @classmethod
    def _lower_case_words(cls, words: frozenset[str], info) -> frozenset[str]:
        if info.field_name.endswith("_codes"):
            return words
        if info.field_name.endswith("_phrases"):
            bad = sorted(p for p in words if not (_PHRASE.fullmatch(p) and _is_lower(p)))
            if bad:
                raise ValueError("a phrase is lower-case words separated by single spaces, not "
                                 + ", ".join(repr(p) for p in bad))
            return words
        bad = sorted(w for w in words if not (_ONE_WORD.fullmatch(w) and _is_lower(w)))
        if bad:
            raise ValueError("a word is one lower-case word, not " + ", ".join(repr(w) for w in bad))
        return words


class ActorWords(_Section):
    abstract_forces: frozenset[str]
    framing_preps: frozenset[str]
    building_prepositions: frozenset[str]
    local_office_words: frozenset[str]
    region_kinds: frozenset[str]
    caption_place_prepositions: frozenset[str]
    name_giving_verbs: frozenset[str]
    international_seats: frozenset[str]
    shared_demonyms: frozenset[str]
    portfolio_titles: frozenset[str]
    work_verbs: frozenset[str]
    work_bodies: frozenset[str]
    business_name_ends: frozenset[str]
    business_members: frozenset[str]
    trade_bodies: frozenset[str]
    working_trades: frozenset[str]
    gathering_bodies: frozenset[str]
    gathering_verbs: frozenset[str]
    self_naming_verbs: frozenset[str]
    member_words_in_names: frozenset[str]
    chamber_member_titles: frozenset[str]
    deed_doer_nouns: frozenset[str]
    deed_verbs: frozenset[str]
    hijack_doer_nouns: frozenset[str]
    hijack_verbs: frozenset[str]
    abduction_doer_nouns: frozenset[str]
    abduction_verbs: frozenset[str]


class EventWords(_Section):
    carrying_travel_verbs: frozenset[str]
    equipping_verbs: frozenset[str]
    pure_naming_verbs: frozenset[str]
    label_frame_nouns: frozenset[str]
    holding_participles: frozenset[str]
    fighting_nouns: frozenset[str]
    shipping_participles: frozenset[str]
    guilt_words: frozenset[str]
    law_enforcement: frozenset[str]
    accusing_verbs: frozenset[str]
    teller_follow_up_verbs: frozenset[str]
    penal_verbs: frozenset[str]
    claiming_verbs: frozenset[str]
    claimed_nouns: frozenset[str]
    depriving_verbs: frozenset[str]
    witness_nouns: frozenset[str]
    rejecting_verbs: frozenset[str]
    answering_verbs: frozenset[str]
    summary_nouns: frozenset[str]
    attack_means: frozenset[str]
    weighing_verbs: frozenset[str]
    rival_modifiers: frozenset[str]
    particle_words: frozenset[str]
    object_control_verbs: frozenset[str]
    blameless_harms: frozenset[str]
    outbreak_nouns: frozenset[str]
    collective_agents: frozenset[str]
    count_nouns: frozenset[str]
    stative_verbs: frozenset[str]
    threatened_answers: frozenset[str]
    firm_object_control_verbs: frozenset[str]
    act_noun_verb_phrases: frozenset[str]
    urging_verbs: frozenset[str]
    deadline_nouns: frozenset[str]
    time_frame_preps: frozenset[str]
    answered_marks: frozenset[str]
    answered_crowd_acts: frozenset[str]


class SideWords(_Section):
    owned_thing_nouns: frozenset[str]
    vote_conduct_adjectives: frozenset[str]
    answering_force: frozenset[str]
    threat_verbs: frozenset[str]
    new_people_nouns: frozenset[str]
    camp_dweller_words: frozenset[str]
    membership_words: frozenset[str]
    ceasefire_codes: frozenset[str]
    neutralising_verbs: frozenset[str]
    authoring_verbs: frozenset[str]
    deciding_verbs: frozenset[str]
    combat_words: frozenset[str]
    kin_nouns: frozenset[str]
    civilian_people_nouns: frozenset[str]
    held_people_nouns: frozenset[str]
    convicted_people_nouns: frozenset[str]
    vessel_nouns: frozenset[str]
    owning_participles: frozenset[str]
    judged_deed_nouns: frozenset[str]
    struck_part_nouns: frozenset[str]
    party_nouns: frozenset[str]
    crisis_nouns: frozenset[str]


class SharedWords(_Section):
    nobody_heads: frozenset[str]
    nobody_determiners: frozenset[str]
    articles: frozenset[str]


class QuoteWords(_Section):
    name_function_words: frozenset[str]
    self_naming_verbs: frozenset[str]
    trailing_cues: frozenset[str]
    issuing_verbs: frozenset[str]
    contrast_marks: frozenset[str]
    no_claim_openers: frozenset[str]


class HeadlineWords(_Section):
    title_case_minor_words: frozenset[str]
    subject_links: frozenset[str]
    plural_mass_nouns: frozenset[str]
    news_day_words: frozenset[str]
    time_clause_marks: frozenset[str]
    grievance_marks: frozenset[str]
    place_prepositions: frozenset[str]
    place_act_root_codes: frozenset[str]
    reaction_root_codes: frozenset[str]


class EvaluationWords(_Section):
    unreal_auxiliaries: frozenset[str]
    unreal_marks: frozenset[str]
    judging_verbs: frozenset[str]
    against_prefixes: frozenset[str]
    request_cues: frozenset[str]
    owner_prepositions: frozenset[str]


class SpeakerWords(_Section):
    observer_heads: frozenset[str]
    observing_words: frozenset[str]
    self_describing_verbs: frozenset[str]
    crew_heads: frozenset[str]
    spokesperson_heads: frozenset[str]
    nameless_voices: frozenset[str]
    staff_voices: frozenset[str]
    business_kind_words: frozenset[str]
    member_prepositions: frozenset[str]
    state_document_modifiers: frozenset[str]
    mouthpiece_heads: frozenset[str]
    mouthpiece_modifiers: frozenset[str]
    possessives: frozenset[str]
    personal_offices: frozenset[str]
    part_words: frozenset[str]
    locative_prepositions: frozenset[str]
    document_nouns: frozenset[str]
    not_sitting_president_words: frozenset[str]


class AmountWords(_Section):
    qualifier_phrases: frozenset[str]
    amount_verbs: frozenset[str]
    percent_words: frozenset[str]
    not_about_nouns: frozenset[str]


class PlaceWords(_Section):
    dropped_words: frozenset[str]
    place_nouns: frozenset[str]
    locative_preps: frozenset[str]
    region_nouns: frozenset[str]


class TextWords(_Section):
    line_function_words: frozenset[str]


class DateWords(_Section):
    plan_verbs: frozenset[str]
    appeal_verbs: frozenset[str]


class Words(BaseModel):
    """Every list in words.yaml, by the module that reads it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    actors: ActorWords
    events: EventWords
    sides: SideWords
    shared: SharedWords
    quotes: QuoteWords
    headlines: HeadlineWords
    evaluations: EvaluationWords
    speakers: SpeakerWords
    amounts: AmountWords
    places: PlaceWords
    text: TextWords
    dates: DateWords


def load_words(path: str | Path = DEFAULT_FILE) -> Words:
    """Read and validate a words file; codes must be CAMEO codes."""
    data = load_yaml(path, required=tuple(Words.model_fields))
    words = validate_entry(path, Words, {k: v for k, v in data.items() if k != "version"}, entry="words")
    cameo = get_cameo()
    for section_name in Words.model_fields:
        for name, values in getattr(words, section_name):
            unknown = sorted(v for v in values if name.endswith("_codes") and v not in cameo)
            if unknown:
                raise DictionaryError(path, f"{section_name}.{name}: not CAMEO codes: " + ", ".join(unknown),
                                      entry=f"{section_name}.{name}")
    return words


@lru_cache(maxsize=1)
def get_words() -> Words:
    """The packaged word lists, loaded once per process."""
    return load_words()
