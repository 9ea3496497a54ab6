"""Datelines as wires and translated outlets write them beyond "CITY, Month D (Agency) -": accented
places, two places joined by a slash, an agency between slashes, a full stop or the agency's
bracket before the first sentence, and the bare "City - " of Arabic outlets."""
import pytest

from event_helpers import coded_dyads


def _datelines(pipeline, text):
    from newsgraph.pipeline.factories import dateline_spans

    return dateline_spans(pipeline.nlp.make_doc(text))


@pytest.mark.parametrize("text, dateline", [
    ("YAOUNDÉ, March 4 (AFP) - Cameroon closed two schools.", "YAOUNDÉ, March 4 (AFP) - "),
    ("Bogotá, 12 feb (EFE).- The army said it had found a camp.", "Bogotá, 12 feb (EFE).- "),
    ("RIYADH/AMMAN, Sept 2 (Reuters) - Both capitals voiced hope.", "RIYADH/AMMAN, Sept 2 (Reuters) - "),
    ("BERLIN/PARIS - Germany and France agreed on a plan.", "BERLIN/PARIS - "),
    ("KAZAN, 9 October. /TASS/. A regional court opened a case.", "KAZAN, 9 October. /TASS/. "),
    ("Almaty, 21 May 2025. The mayor opened a bridge.", "Almaty, 21 May 2025. "),
    ("Osh , 2 June . The governor met farmers.", "Osh , 2 June . "),
    ("Quito, 7 of July. - Police closed the road.", "Quito, 7 of July. - "),
    ("KOLKATA, Aug 8 (PTI) West Bengal opened a new port.", "KOLKATA, Aug 8 (PTI) "),
    ("Goma (North Kivu) (AFP) - Fighting resumed near the city.", "Goma (North Kivu) (AFP) - "),
])
def test_dateline_forms_are_read(pipeline, text, dateline):
    assert _datelines(pipeline, text) == [(0, len(dateline))]


def test_a_bare_city_and_dash_opening_the_first_paragraph_is_a_dateline(pipeline):
    text = "Accra - Ghana recalled its ambassador to Togo on Monday."
    assert _datelines(pipeline, text) == [(0, len("Accra - "))]


@pytest.mark.parametrize("text", [
    "Iran - Iraq talks resumed on Monday in a border town.",  # a pairing of states, no place filed from
    "Hamas - the group that runs the strip - rejected the plan.",  # no capital letter after the dash
    "Hamas - The movement said it would free two hostages.",  # the name of no town (only another's for Hamm)
    "Moscow - Kyiv talks stalled on Monday.",  # two capitals paired
    "Monday, May 2. The army said it had left the town.",  # a weekday, no place
    "Reuters, May 3. The agency said its reporter was safe.",
    "Almaty, 21 May 2025 was the day the bridge opened.",  # a date with no end of a dateline
])
def test_openings_that_are_no_dateline(pipeline, text):
    assert _datelines(pipeline, text) == []


def test_a_story_filed_from_an_accented_town_belongs_to_its_state(pipeline):
    text = ("Farmers block roads near plantation\n\n"
            "Bafoussam, 3 May 2026 (Cameroon Tribune) - Hundreds of farmers blocked a highway on Monday, "
            "saying a plantation financed by Malaysian investors had taken their fields. "
            "The police arrested twelve farmers, the prefecture said.\n")
    arrests = [d for d in coded_dyads(pipeline, text) if d[0] == "173"]
    assert arrests and all(side.startswith("CMR") for _, *sides in arrests for side in sides), arrests


