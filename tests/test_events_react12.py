"""Reactions and judgements: a quoted label for an unnamed wrong, decried by a party or group of the
article's country, is aimed at that country's state."""
from __future__ import annotations

from event_helpers import coded_dyads

_BARRED = "The electoral commission of Guinea barred the opposition leader Cellou Diallo from the race on Monday. "


def test_a_quoted_label_decried_by_the_opposition_is_aimed_at_the_state(pipeline):
    for reaction in ('The opposition leader decried a "judicial liquidation" on Tuesday.',
                     'The opposition condemned an "unacceptable persecution".',
                     'The opposition leader denounced a "witch hunt" against his party.'):
        found = coded_dyads(pipeline, _BARRED + reaction)
        assert any(code.startswith("11") and (source or "").startswith("GIN") and (target or "").startswith("GIN")
                   for code, source, target in found if code != "172"), (reaction, found)


def test_a_label_decried_by_the_state_or_from_abroad_or_unquoted_is_not_aimed_at_the_state(pipeline):
    for reaction in ('Guinea\'s interior minister denounced a "campaign of lies".',
                     'France denounced a "grave setback".',
                     'The opposition condemned an unacceptable persecution.'):
        found = coded_dyads(pipeline, _BARRED + reaction)
        # the state's own voice may decry the party the state just acted against (the opposition)
        assert not [d for d in found if d[0].startswith("11") and d[2] in ("GIN", "GINGOV")], (reaction, found)


def test_dismay_or_indignation_at_a_decision_is_disapproval_of_its_doer(pipeline):
    for text, doer in (("Lithuania closed its border with Belarus on Tuesday. Minsk expressed dismay at the closure.",
                        "LTU"),
                       ("Denmark expelled two Russian diplomats on Monday. Moscow expressed its indignation over "
                        "the expulsions.", "DNK"),
                       ("Mali expelled the French ambassador on Monday. Paris expressed its deep disappointment at "
                        "the decision.", "MLI")):
        found = coded_dyads(pipeline, text)
        assert any(code == "110" and (target or "").startswith(doer) for code, _, target in found), (text, found)


def test_sorrow_over_deaths_is_no_disapproval(pipeline):
    found = coded_dyads(pipeline, "A ferry sank off Sulawesi on Monday. Japan expressed deep sorrow over the deaths.")
    assert not [d for d in found if d[0].startswith("11")]
