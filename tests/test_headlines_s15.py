"""Headline acts still missed (session 15): a verb after a comma that shares the subject of the
clause before ("X expels diplomats, shuts embassy")."""
from __future__ import annotations


def headline_events(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(code, source code, target code) of the events told, among other places, in the text's first line."""
    record = pipeline.extract(text)
    headline = text.split("\n", 1)[0]
    actors = {a.id: a for a in record.actors}

    def code(i):
        return actors[i].code if i in actors else None

    return [(e.code, code(e.source), code(e.target))
            for e in record.events  # a headline's act the lead tells again is one of the event's reports
            if any(m.evidence and m.evidence.split("\n", 1)[0] in headline for m in e.mentions)]


EXPULSION = (
    "Ghana expels two Togolese diplomats, shuts embassy in Lome\n\n"
    "ACCRA, May 2 - Ghana on Friday expelled two diplomats from Togo's embassy and closed its own "
    "embassy in Lome, the foreign ministry said, after a row over a border shooting.\n\n"
    "Togo's government said it regretted the decision."
)


def test_a_verb_after_a_comma_shares_the_subject_of_the_clause_before(pipeline):
    events = headline_events(pipeline, EXPULSION)
    assert ("161", "GHAGOV", "TGOGOV") in events
    assert any(code.startswith("174") for code, _, _ in events)  # the first clause stays coded


LIST_OF_GOODS = (
    "Ghana bans imports of Togolese rice, sugar and flour\n\n"
    "ACCRA, May 2 - Ghana on Friday banned imports of rice, sugar and flour from Togo, the trade "
    "ministry said.\n\n"
    "Togo's government said it regretted the decision."
)


def test_nouns_listed_after_a_comma_are_no_verbs(pipeline):
    events = headline_events(pipeline, LIST_OF_GOODS)
    assert events
    assert all(code[:2] in ("16", "17") for code, _, _ in events)


def test_a_clause_after_a_semicolon_has_its_own_subject(pipeline):
    text = (
        "Ghana expels two Togolese diplomats; protests spread in Lome\n\n"
        "ACCRA, May 2 - Ghana on Friday expelled two diplomats from Togo's embassy, the foreign "
        "ministry said. Protests spread in Lome on Saturday.\n"
    )
    events = headline_events(pipeline, text)
    assert any(code.startswith("174") and source == "GHAGOV" for code, source, _ in events), events
    assert not any(code.startswith("14") and source == "GHAGOV" for code, source, _ in events)


# -- two headlines joined by ";" ----------------------------------------------------------

SUPPLY = (
    "Germany to supply Poland with four more air defence systems; Moscow warns Warsaw\n\n"
    "BERLIN, March 8 - Germany will deliver four more air defence systems to Poland this year, "
    "the defence ministry said on Monday.\n\n"
    "Russia's foreign ministry warned Poland that the systems would make it a target."
)


def test_an_act_before_a_semicolon_is_no_object_of_the_verb_after_it(pipeline):
    events = headline_events(pipeline, SUPPLY)
    assert any(source == "DEUGOV" and target == "POLGOV" for _, source, target in events)
    assert any(code.startswith("13") and source == "RUSGOV" for code, source, _ in events)


# -- headline verbs the patterns lacked ------------------------------------------------------

def test_restituting_artefacts_returns_property(pipeline):
    text = (
        "Netherlands restitutes 120 bronze artefacts to Nigeria\n\n"
        "THE HAGUE, April 3 - The Netherlands on Thursday handed 120 bronze artefacts taken in the "
        "colonial era back to Nigeria, the culture ministry said.\n"
    )
    assert ("0842", "NLDGOV", "NGAGOV") in headline_events(pipeline, text)


def test_hanging_a_convict_is_an_execution(pipeline):
    text = (
        "Iran hangs Kurdish activist convicted of rebellion\n\n"
        "TEHRAN, April 3 - Iran on Thursday hanged a Kurdish activist, Aram Karimi, convicted of armed "
        "rebellion, the judiciary's news agency said.\n"
    )
    record = pipeline.extract(text)
    assert any(e.code == "180" for e in record.events)
