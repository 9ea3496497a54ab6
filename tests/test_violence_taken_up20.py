"""A definite noun of violence told after a violent act takes that act up again: one event."""
from __future__ import annotations

from datetime import date

BODY = ("Gunmen stormed a police post near Kidal in northern Mali on Sunday, killing four officers.\n\n"
        "The African Union condemned the attack and called for calm.\n")
HEADLINE = ("Gunmen storm police post in Mali, kill four; African Union condemns attack\n\n"
            "Gunmen stormed a police post near Kidal in northern Mali on Sunday, killing four officers.\n")


def _violent(record):
    return [e for e in record.events if e.root in ("18", "19", "20")]


def test_the_attack_condemned_is_a_report_of_the_assault_told_before(pipeline):
    record = pipeline.extract(BODY, published=date(2024, 5, 8))
    violent = _violent(record)
    assert len(violent) == 1, [(e.code, e.rule, e.evidence) for e in violent]
    assert any("condemned the attack" in m.evidence for m in violent[0].mentions)
    assert any(e.code == "111" for e in record.events)  # the condemnation stays an act of its own


def test_a_headline_bare_noun_takes_up_the_act_before_it(pipeline):
    record = pipeline.extract(HEADLINE, published=date(2024, 5, 8))
    violent = _violent(record)
    attack = HEADLINE.index("attack")
    assert len(violent) == 1 and any(m.start == attack for m in violent[0].mentions), \
        [(e.rule, [m.start for m in e.mentions]) for e in violent]


def test_an_attack_on_another_party_stays_an_act_of_its_own(pipeline):
    text = ("Gunmen stormed a police post near Kidal in northern Mali on Sunday, killing four officers.\n\n"
            "On Monday the army said the attack by Tuareg rebels on a Malian army convoy near Gao had killed two soldiers.\n")
    record = pipeline.extract(text, published=date(2024, 5, 8))
    assert len(_violent(record)) >= 2


def test_a_noun_of_violence_placed_elsewhere_is_another_incident(pipeline):
    text = ("Gunmen attacked a village in northern Mali on Sunday, killing 12 people.\n\n"
            "In a separate incident, the bombing of a market in Niger's Tillaberi region killed five.\n")
    record = pipeline.extract(text, published=date(2024, 5, 8))
    attack = next(e for e in record.events if e.start == text.index("attacked"))
    assert [m.start for m in attack.mentions] == [attack.start]
    names = {a.id: a.name for a in record.actors}
    assert names.get(attack.target) == "Mali"
