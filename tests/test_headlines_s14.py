"""Headline sides the body names by their description, reactions answering the time clause after
them, and recovered headline verbs whose doer the body describes (session 14)."""
from __future__ import annotations

from tests.event_helpers import dyads


def headline_events(pipeline, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(code, source code, target code, target name) of the events told, among other places, in the text's
    first line."""
    record = pipeline.extract(text)
    headline = text.split("\n", 1)[0]
    actors = {a.id: a for a in record.actors}

    def code(i):
        return actors[i].code if i in actors else None

    return [(e.code, code(e.source), code(e.target), actors[e.target].name if e.target in actors else None)
            for e in record.events  # a headline's act the lead tells again is one of the event's reports
            if any(m.evidence and m.evidence.split("\n", 1)[0] in headline for m in e.mentions)]

SACKING = (
    "Ghanaian president sacks transport minister after report on missing road funds\n\n"
    "ACCRA, March 3 - Ghana's President Kofi Amankwah on Tuesday dismissed Transport Minister "
    "Yaw Boadu-Mensah after an inspectors' report found that road funds had gone missing.\n\n"
    "Amankwah said the government would not tolerate waste."
)


def test_a_described_target_is_the_actor_the_body_names_so(pipeline):
    assert any(code.startswith("17") and name == "Yaw Boadu-Mensah"
               for code, _, _, name in headline_events(pipeline, SACKING))


NO_SUCH_ACTOR = (
    "Ghanaian president sacks transport minister after report on missing road funds\n\n"
    "ACCRA, March 3 - Ghana's President Kofi Amankwah on Tuesday dismissed his transport minister "
    "after an inspectors' report found that road funds had gone missing.\n\n"
    "Amankwah said the government would not tolerate waste."
)


def test_a_description_the_body_names_no_actor_by_adds_no_actor(pipeline):
    names = {a.name for a in pipeline.extract(NO_SUCH_ACTOR).actors}
    assert not any("minister" in name.lower() for name in names)


PLOT = (
    "Kenyan police foil plot to kill county governor, arrest four\n\n"
    "NAIROBI, May 2 - Kenyan police said on Friday they had arrested four men suspected of planning "
    "to kill Nakuru county governor Joseph Kimaru Otieno at a rally.\n\n"
    "Otieno thanked the officers."
)


def test_an_act_a_noun_describes_gets_no_described_target(pipeline):
    """"plot to kill the governor" is no killing: the governor is not claimed as its target."""
    assert not any(code.startswith(("18", "19")) and target == "Joseph Kimaru Otieno"
                   for code, _, target in dyads(pipeline, PLOT))


def test_a_protest_as_another_state_acts_is_aimed_at_that_state(pipeline):
    text = ("Chile protests as Peru begins building fence on shared border\n\n"
            "SANTIAGO, June 9 - Chile's foreign ministry said on Monday the works broke an agreement "
            "between the two countries.")
    assert ("114", "CHLGOV", "PERGOV") in [e[:3] for e in headline_events(pipeline, text)]


def test_a_protest_after_a_described_craft_acts_is_aimed_at_its_state(pipeline):
    text = ("Norway protests after Russian patrol vessel rams trawler in Barents Sea\n\n"
            "OSLO, June 9 - Norway's foreign ministry summoned the Russian ambassador on Monday.")
    assert any(code == "114" and source == "NORGOV" and (target or "").startswith("RUS")
               for code, source, target, _ in headline_events(pipeline, text))


def test_a_recovered_verb_whose_doer_the_body_describes_is_coded(pipeline):
    text = ("Zambia court bans opposition rally; police fire tear gas at marchers\n\n"
            "LUSAKA, April 4 - Zambian police fired tear gas at hundreds of opposition supporters who "
            "marched on the court in Lusaka on Thursday.")
    assert any(code == "175" and (source or "").startswith("ZMB")
               for code, source, _, _ in headline_events(pipeline, text))
