"""Headline words the actor stage swallowed (session 15): a description in a sentence-case
headline runs across no verb slot ("police raid opposition offices", "..., abduct workers")."""
from __future__ import annotations

from tests.actor_helpers import PUBLISHED
from tests.test_headlines_s15 import headline_events


def headline_mentions(pipeline, text: str) -> list[str]:
    """The texts of the actor mentions in the text's first line."""
    record = pipeline.extract(text, published=PUBLISHED)
    end = len(text.split("\n", 1)[0])
    return [m.text for a in record.actors for m in a.mentions if m.start < end]


RAID = (
    "Ghanaian police raid opposition offices in Kumasi, detain 12 activists\n\n"
    "ACCRA, May 2 - Ghanaian police on Friday searched the Kumasi headquarters of a party in "
    "opposition and detained 12 of its activists, the interior ministry said.\n\n"
    "The party's leader, Kwame Asante-Boakye, called the raid an attempt to silence critics."
)


def test_a_description_stops_before_a_verb_after_a_plural_subject(pipeline):
    mentions = headline_mentions(pipeline, RAID)
    assert not any("raid" in m.split() for m in mentions)
    assert any(code.startswith("17") and source == "GHACOP" for code, source, _ in headline_events(pipeline, RAID))


ABDUCTION = (
    "Gunmen kill three at Togolese-run farm in Kano, abduct workers\n\n"
    "KANO, May 2 - Armed men attacked a Togolese-run farm in northern Nigeria overnight, killing "
    "three guards and carrying off several workers, police said on Tuesday."
)


def test_a_verb_after_a_comma_opens_no_description(pipeline):
    assert not any(m.lower().startswith("abduct") for m in headline_mentions(pipeline, ABDUCTION))
    assert any(code.startswith("181") for code, _, _ in headline_events(pipeline, ABDUCTION))


def test_a_noun_modifier_after_an_adjective_stays_in_the_description(pipeline):
    text = (
        "Togolese aid workers freed in northern Ghana\n\n"
        "ACCRA, May 2 - Three Togolese aid workers held for a week were freed on Friday, police said."
    )
    assert any(m.endswith("aid workers") for m in headline_mentions(pipeline, text))


def test_a_name_holding_a_verb_is_not_cut(pipeline):
    text = (
        "Sudan People's Liberation Movement rejects peace plan\n\n"
        "JUBA, May 2 - The Sudan People's Liberation Movement on Friday rejected a peace plan, a "
        "spokesman said."
    )
    assert any("Liberation Movement" in m for m in headline_mentions(pipeline, text))


# -- two doers joined by a comma --------------------------------------------------------------

DRILLS = (
    "Ghana, Togo hold joint naval exercise off Lome\n\n"
    "LOME, May 2 - The navies of Ghana and Togo held a joint exercise off the port of Lome on "
    "Friday, the defence ministry said."
)


def test_two_names_joined_by_a_comma_are_read_as_a_and_b(pipeline):
    events = sorted(headline_events(pipeline, DRILLS))
    # the headline's act is the lead's, done by Ghana's navy: Ghana's side either way
    assert {(source or "")[:3] for _, source, _ in events} >= {"GHA"} \
        and any((target or "").startswith("TGO") for _, _, target in events)
    assert events == sorted(headline_events(pipeline, DRILLS.replace("Ghana, Togo", "Ghana and Togo", 1)))


def test_an_agreement_of_two_names_joined_by_a_comma_is_between_them(pipeline):
    # both names are the doers; agreeing together is one agreement, from the side named first (session 19)
    text = (
        "Ghana, Togo agree visa-free travel for their citizens\n\n"
        "ACCRA, May 2 - The foreign ministers of Ghana and Togo signed an agreement on Friday "
        "exempting their citizens from visas, the ministry said."
    )
    pairs = {(source, target) for _, source, target in headline_events(pipeline, text)}
    assert ("GHAGOV", "TGOGOV") in pairs and ("TGOGOV", "GHAGOV") not in pairs


def test_a_name_before_a_comma_and_a_clause_of_its_own_stays_apart(pipeline):
    text = (
        "Ghana expels Togolese envoy, Togo vows response\n\n"
        "ACCRA, May 2 - Ghana on Friday expelled Togo's ambassador, the foreign ministry said. "
        "Togo said it would respond."
    )
    events = headline_events(pipeline, text)
    assert not any(source == "GHAGOV" and code.startswith("13") for code, source, _ in events)
