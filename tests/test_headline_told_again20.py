"""A headline's act told again in the lead, in other words, is one event with both reports."""
from __future__ import annotations

HEADLINE = "Peru frees two Bolivian truckers held at border\n\n"
LEAD = ("LIMA, May 6 (Reuters) - Peru released two Bolivian truck drivers on Monday who had been held at "
        "the Desaguadero crossing since April, the foreign ministry said.\n")
FAR = ("LIMA, May 6 (Reuters) - Peru's foreign ministry said on Monday that talks with La Paz on border "
       "trade would resume next month.\n\n"
       "Officials met in Lima on Tuesday to discuss the cargo checks.\n\n"
       "Peru released two Bolivian truck drivers on Monday who had been held at the Desaguadero crossing.\n")


def _releases(record):
    return [e for e in record.events if e.root == "08" and e.code.startswith("084")]


def test_the_headline_and_the_lead_tell_one_release(pipeline):
    text = HEADLINE + LEAD
    record = pipeline.extract(text)
    releases = _releases(record)
    assert len(releases) == 1, [(e.code, e.evidence) for e in releases]
    starts = [m.start for m in releases[0].mentions]
    assert text.index("frees") in starts and text.index("released") in starts
    # the event's own report comes first among its mentions
    assert releases[0].mentions[0].start == releases[0].start


def test_a_headline_act_told_only_after_the_lead_stays_its_own(pipeline):
    record = pipeline.extract(HEADLINE + FAR)
    assert len(_releases(record)) == 2
