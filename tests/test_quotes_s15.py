"""Session 15 quotes on new text: a reported call's words run from the calling verb on ("urged Y to
...", "asked that ..."), so the quote holds both the call and whom it is addressed to."""
from __future__ import annotations

import pytest

from quote_helpers import quotes_by_text, quotes_containing


@pytest.mark.parametrize("text, words, speaker", [
    # the main verb
    ("The Valdorian Foreign Ministry urged Kessland to end what it termed a campaign of lies.",
     "urged Kessland to end what it termed a campaign of lies", "Valdorian Foreign Ministry"),
    # joined to a statement
    ("Senator Paolo Brenn said the report was incomplete and asked the governor to take back the "
     "decree.", "asked the governor to take back the decree", "Paolo Brenn"),
    # a mandative "that" clause
    ("President Mireille Akou said the attack was cowardly and demanded that the border police "
     "spare no effort to find the gunmen.", "demanded that the border police spare no effort", "Mireille Akou"),
    # a call joined to the reported clause of a statement joined to another act
    ("The Norvik Press Union welcomed the verdict but said the police had beaten two reporters in "
     "Carvel as recently as May, and urged the authorities to punish the officers.",
     "urged the authorities to punish the officers", "Norvik Press Union"),
    # quoted words at the end close with their mark
    ('Senator Paolo Brenn urged the commission to ensure that "every ballot is counted in public", '
     "while the governor said he was confident.", 'that "every ballot is counted in public"', "Paolo Brenn"),
])
def test_a_call_runs_from_its_verb(pipeline, text, words, speaker):
    found = quotes_containing(quotes_by_text(pipeline, text), words)
    assert len(found) == 1, quotes_by_text(pipeline, text)
    kind, who = found[0]
    assert kind == "indirect" and speaker in (who or ""), found


def test_a_clause_the_parser_hung_as_dep_before_a_closing_cue_is_reported(pipeline):
    found = quotes_by_text(pipeline, "Any ship in the strait that carried Velmar's weapons would be stopped and "
                              "searched, Admiral Tomas Vell warned.")
    assert [who for _, who in quotes_containing(found, "would be stopped and searched")] == ["Tomas Vell"], found


def test_a_subject_pronoun_is_not_the_person_named_in_a_fronted_phrase(pipeline):
    found = quotes_by_text(pipeline, "Interior Minister Tomas Vell resigned on Friday. In a letter to President Arvid "
                              "Kessler, he said the riot had been his failure and asked the president to "
                              "accept his resignation.")
    assert [who for _, who in quotes_containing(found, "to accept his resignation")] == ["Tomas Vell"], found
    assert [who for _, who in quotes_containing(found, "the riot had been his failure")] == ["Tomas Vell"], found


def test_a_name_holding_to_and_a_verb_is_the_callers_subject(pipeline):
    # the parser reads "to Protect Journalists" as a clause subject of "said"
    found = quotes_by_text(pipeline, "Reporters Without Borders condemned the verdict. The Committee to Protect "
                              'Journalists said the case was "a plain act of revenge" and urged the European '
                              "Union to raise it with Velmar.")
    assert [who for _, who in quotes_containing(found, "to raise it with Velmar")] == ["Committee to Protect Journalists"], found


def test_a_bare_the_noun_speaks_as_the_earlier_speaker_headed_by_it(pipeline):
    found = quotes_by_text(pipeline, "The observer mission of the Southern Trade Bloc said voting had been calm but "
                              'noted "long queues in several towns." The mission urged the election board to '
                              "release the tallies of each district.")
    assert [who for _, who in quotes_containing(found, "to release the tallies")] == ["Southern Trade Bloc"], found
