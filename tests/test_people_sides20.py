"""Sides named by a title, a described group or a plural role term: the titled person an accusation
names before its charge, the charge's own words never taken for the accused, guards as the police
of the story's state, and groups named by a multi-word term whose last word is no title alone."""
from event_helpers import coded_dyads, dyads


def test_accused_title_with_a_quoted_deed_is_the_holder_named_before(pipeline):
    text = ("Ruritanian president dissolves parliament\n\n"
            "VELDBURG, March 3 (Reuters) - Ruritanian President Tomas Veldan dissolved the national assembly "
            "on Tuesday and called an early election for May.\n\n"
            "Party chairman Aron Kessel accused the president of \"treating the constitution as a toy\".\n")
    assert ("112", "Aron Kessel", "Tomas Veldan") in dyads(pipeline, text)


def test_a_gerund_charge_names_no_accused(pipeline):
    text = ("Lesotho premier blames rivals\n\n"
            "MASERU, May 2 - Lesotho Prime Minister Tomas Ralebo on Tuesday accused some opposition "
            "figures he did not name of plotting to topple the government.\n")
    found = [(c, s, t) for c, s, t in coded_dyads(pipeline, text) if c.startswith("11")]
    assert ("112", "LSOGOV", "LSOOPP") in found, found
    assert not any(t == "LSOGOV" for _c, _s, t in found), found


def test_guards_are_the_police_of_the_storys_state(pipeline):
    text = ("Gunmen attack Maseru bank\n\n"
            "MASERU, May 2 - Four gunmen opened fire on the guards at the entrance of a bank in central "
            "Maseru on Friday, police said.\n")
    assert ("193", "LSOREB", "LSOCOP") in coded_dyads(pipeline, text)


def test_armed_individuals_are_an_armed_group(pipeline):
    text = ("Attack on Maseru market\n\n"
            "MASERU, May 2 - Armed individuals attacked villagers near the Maseru market on Sunday night, "
            "the army said.\n")
    dyads_ = coded_dyads(pipeline, text)
    assert any(c.startswith("19") and s == "LSOREB" for c, s, _t in dyads_), dyads_


def test_marchers_are_protesters(pipeline):
    text = ("Tear gas in Maseru\n\n"
            "MASERU, May 2 - Police fired tear gas at marchers outside the electoral commission on "
            "Thursday, witnesses said.\n")
    dyads_ = coded_dyads(pipeline, text)
    assert any(c.startswith("17") and s == "LSOCOP" and t == "LSOCVL" for c, s, t in dyads_), dyads_


def test_a_presidential_guard_is_military(pipeline):
    text = ("Coup attempt in Maseru\n\n"
            "MASERU, May 2 - The presidential guard repelled mutinous soldiers who attacked the palace in "
            "Maseru before dawn on Thursday, officials said.\n")
    dyads_ = coded_dyads(pipeline, text)
    assert any(s == "LSOMIL" and c.startswith("19") for c, s, _t in dyads_), dyads_


def test_a_body_named_guards_that_claims_an_attack_is_an_armed_group(pipeline):
    text = ("Pipeline blown up near Maseru\n\n"
            "MASERU, May 2 - A little-known group, the Maloti Freedom Guards, claimed responsibility for the "
            "attack on the pipeline.\n")
    record = pipeline.extract(text)
    codes = {a.name: a.code for a in record.actors}
    assert codes.get("Maloti Freedom Guards") == "LSOREB", codes
