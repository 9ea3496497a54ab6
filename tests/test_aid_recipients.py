"""Aid and pledges of aid whose recipient the sentence does not name (sides.py
`_aid_to_the_stricken_state`): in a story of a disaster or crisis, a foreign state's aid goes to
the state the story is about; with no crisis told, or from the state itself, no target is guessed."""
from event_helpers import coded_dyads

FLOOD_STORY = (
    "Floods kill dozens in Mozambique\n\n"
    "MAPUTO (Reuters) - Floods in central Mozambique have killed at least 40 people and forced "
    "thousands from their homes, the national disaster agency said on Sunday.\n\n"
    "Heavy rain fell for four days over Sofala province, where rivers burst their banks.\n\n"
    "{aid}\n\n"
    "Aid workers said many villages could be reached only by boat.\n"
)


def _aid_dyads(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return [d for d in coded_dyads(pipeline, text) if d[0].startswith(("07", "033"))]


def test_aid_sent_by_a_neighbour_goes_to_the_stricken_state(pipeline):
    text = FLOOD_STORY.format(aid="Neighbouring Malawi sent three helicopters and 40 tonnes of rice, "
                                  "its government said.")
    assert ("073", "MWI", "MOZ") in [(c, s[:3] if s else s, t[:3] if t else t)
                                     for c, s, t in _aid_dyads(pipeline, text)]


def test_pledge_of_aid_goes_to_the_stricken_state(pipeline):
    text = FLOOD_STORY.format(aid="Japan pledged 2 million dollars for clean water and shelter, "
                                  "its embassy said.")
    dyads = _aid_dyads(pipeline, text)
    assert dyads and all(t is not None and t.startswith("MOZ") for _, _, t in dyads)
    assert any(s is not None and s.startswith("JPN") for _, s, _ in dyads)


def test_no_recipient_guessed_without_a_crisis(pipeline):
    text = ("Japan and Mozambique sign trade accord\n\n"
            "MAPUTO (Reuters) - Mozambique signed a trade accord with Japan on Sunday, the foreign "
            "ministry said.\n\n"
            "Japan pledged 2 million dollars for new schools, its embassy said.\n")
    assert all(t is None or not t.startswith("MOZ") for c, s, t in _aid_dyads(pipeline, text)
               if s is not None and s.startswith("JPN"))


def test_the_stricken_state_does_not_aid_itself(pipeline):
    text = FLOOD_STORY.format(aid="Mozambique sent two army helicopters to the province, the "
                                  "defence ministry said.")
    assert all(not (s or "").startswith("MOZ") or not (t or "").startswith("MOZ")
               for _, s, t in _aid_dyads(pipeline, text))


WAGE_STORY = (
    "Kenyan rail workers strike over pay\n\n"
    "NAIROBI (Reuters) - Thousands of workers at Kenya Railways walked off the job on Monday, the "
    "Railway Workers Union of Kenya said.\n\n"
    "{offer}\n"
)


def test_offer_made_to_the_party_of_the_clause_a_semicolon_joins(pipeline):
    from event_helpers import dyads
    text = WAGE_STORY.format(offer="Kenya Railways had offered a 4 percent increase; the Railway Workers "
                                   "Union of Kenya wants 12 percent.")
    offers = [d for d in dyads(pipeline, text) if d[0] == "030"]
    assert offers and all(t is not None and "Union" in t for _, _, t in offers)


def test_promise_takes_no_party_from_a_tied_clause(pipeline):
    from event_helpers import dyads
    text = ("Russia expels Estonian envoy\n\n"
            "MOSCOW (Reuters) - Foreign ministry spokeswoman Olga Varenikova said Tallinn was acting out "
            "of spite and promised that the move would not go unanswered.\n")
    assert not [d for d in dyads(pipeline, text) if d[0] == "030" and d[2] == "Estonia"]
