""""The charity", "the firm", "the regulator": a body named once and then by what it is. A definite
description of a body's kind (or of a kind its sector makes it: an NGO is a charity, a business a
firm) stands for the one body of that kind named before it; where the article names two of that
kind, or names the body only after the description, the description is left to itself."""
from __future__ import annotations

from actor_helpers import extract, named  # noqa: F401 (extract is a fixture)


def speaker_of(record, fragment: str):
    """The name of the speaker of the quote holding ``fragment`` (None when it has none)."""
    names = {a.id: a.name for a in record.actors}
    quote = next(q for q in record.quotes if fragment in q.text)
    return names.get(quote.speaker)


def event_target(record, code_prefix: str):
    """The name of the target of the first event whose code starts with ``code_prefix``."""
    names = {a.id: a.name for a in record.actors}
    event = next((e for e in record.events if e.code.startswith(code_prefix)), None)
    return names.get(event.target) if event is not None else None


def test_a_charity_is_the_ngo_named_before(extract):
    record = extract("Clinic\n\nDoctors Without Borders opened a clinic in the port of Kismayo on Monday. Dozens of "
                     "patients queued outside. The town's mayor welcomed the doctors. Somalia's interior minister "
                     "later accused the charity of sheltering wounded fighters.\n")
    assert event_target(record, "112") == "Médecins Sans Frontières", \
        [(e.code, e.source, e.target) for e in record.events]


def test_a_firm_is_the_business_named_before(extract):
    record = extract("Fuel\n\nTamborine Logistics delivered diesel to the northern depots on Friday, officials said. "
                     "Queues at filling stations shortened. Drivers welcomed the deliveries. The firm said it would "
                     "double its convoys from March.\n")
    assert speaker_of(record, "double its convoys") == "Tamborine Logistics"
    assert named(record, "firm").name == "Tamborine Logistics", [(a.name, a.code) for a in record.actors]


def test_a_regulator_is_the_authority_named_before(extract):
    record = extract("Broadcasters fined\n\nThe Tanzania Communications Regulatory Authority fined two broadcasters "
                     "on Tuesday over a banned interview. A week later the regulator said further penalties were "
                     "possible.\n")
    assert speaker_of(record, "further penalties") == "Tanzania Communications Regulatory Authority", \
        [(a.name, a.code) for a in record.actors]


def test_two_firms_leave_the_firm_unresolved(extract):
    record = extract("Fuel\n\nTamborine Logistics and Corvallo Shipping bid for the northern depot contract on "
                     "Friday, officials said. The firm said it would double its convoys from March.\n")
    assert speaker_of(record, "double its convoys") not in ("Tamborine Logistics", "Corvallo Shipping")


def test_a_firm_named_only_later_is_not_the_description(extract):
    record = extract("Fuel\n\nOfficials in Dodoma said on Friday that the firm had missed its deadline for the "
                     "northern depots. Tamborine Logistics, which won the contract in May, did not comment.\n")
    actors = [a.name for a in record.actors]
    assert "Tamborine Logistics" in actors
    firm_mentions = [m for a in record.actors if a.name == "Tamborine Logistics" for m in a.mentions
                     if record.text[m.start:m.end].endswith("firm")]
    assert not firm_mentions


def test_its_neighbour_is_the_other_state_of_a_two_state_story(extract):
    record = extract("Lake dispute\n\nMalawi's cabinet announced on Sunday that it was shutting the lake ports to "
                     "Tanzanian boats, and it blamed its neighbour for breaking an old fishing treaty. Tanzania "
                     "denied the claim and said Malawi had broken the treaty first.\n")
    names = {a.id: a.name for a in record.actors}
    blame = [(names.get(e.source), names.get(e.target)) for e in record.events if e.code.startswith("112")]
    assert any(target == "Tanzania" for _source, target in blame), blame


def test_its_neighbour_is_unresolved_among_three_states(extract):
    record = extract("Lake dispute\n\nMalawi, Mozambique and Tanzania met in Lilongwe on Sunday. Malawi's cabinet "
                     "announced that it was shutting the lake ports, and it blamed its neighbour for breaking an old "
                     "fishing treaty.\n")
    names = {a.id: a.name for a in record.actors}
    blame = [(names.get(e.source), names.get(e.target)) for e in record.events if e.code.startswith("112")]
    assert not any(target in ("Mozambique", "Tanzania") for _source, target in blame), blame


def test_requesting_anonymity_is_no_request_event(extract):
    record = extract("Kidnap\n\nThree workers of Terra Viva Foundation were abducted near Pemba on Monday. The "
                     "foundation requested anonymity for its staff. Police requested help from the army.\n")
    requests = [e.evidence for e in record.events if e.code.startswith("02")]
    assert requests and not any("anonymity" in evidence for evidence in requests), requests


def test_the_doer_of_an_object_controlled_infinitive_is_the_object(pipeline):
    from newsgraph.pipeline.actors import _clause_subject

    doc = pipeline.nlp(pipeline.make_doc("Malawi urged Tanzania to stop harassing its neighbour on the lake."))
    neighbour = next(t for t in doc if t.lower_ == "neighbour")
    assert _clause_subject(neighbour).text == "Tanzania"
    doc = pipeline.nlp(pipeline.make_doc("Malawi said it would protect the fishermen, warning its neighbour."))
    neighbour = next(t for t in doc if t.lower_ == "neighbour")
    assert _clause_subject(neighbour).text == "it"
