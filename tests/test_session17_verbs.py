"""Session 17: material-conflict verbs (CAMEO roots 15-20) in their usual frames and synonyms."""
from event_helpers import coded_dyads


def _codes(pipeline, text: str) -> set[tuple[str, str | None, str | None]]:
    return set(coded_dyads(pipeline, text))


def test_persona_non_grata_with_the_people_as_a_compound(pipeline):
    text = ("Kenya expels two diplomats.\n\nThe Kenyan foreign ministry on Friday declared two Tanzanian "
            "consulate staff persona non grata, telling the pair to quit the country by Monday.")
    assert any(code == "174" and src == "KENGOV" and tgt and tgt.startswith("TZA")
               for code, src, tgt in _codes(pipeline, text))


def test_envoy_recalled_from_a_bloc(pipeline):
    text = ("Zambia quarrels with regional bloc.\n\nZambia recalled its permanent representative to the Southern "
            "African Development Community on Monday.")
    assert any(code == "161" and src == "ZMBGOV" and tgt for code, src, tgt in _codes(pipeline, text))


def test_forces_named_as_the_subject_of_a_passive_deployment(pipeline):
    text = ("Tension in Nairobi.\n\nKenyan riot police were deployed around the parliament on Wednesday, "
            "a witness said.")
    assert any(code.startswith("15") and src == "KENCOP" for code, src, _ in _codes(pipeline, text))


def test_duties_at_a_rate_on_anothers_goods(pipeline):
    text = ("Tanzania answers Kenyan levy.\n\nThe Tanzanian farm ministry announced new duties of as much as "
            "35 percent on Kenyan rice, eggs and milk.")
    assert any(code == "163" and src and src.startswith("TZA") and tgt and tgt.startswith("KEN")
               for code, src, tgt in _codes(pipeline, text))


def test_pursuit_of_armed_men_is_force_but_not_its_purpose(pipeline):
    done = "Border raid.\n\nKenyan soldiers pursued the al-Shabaab militants towards the Somali border on Sunday."
    assert any(code == "190" and src == "KENMIL" for code, src, _ in _codes(pipeline, done))
    purpose = "Border raid.\n\nThe Kenyan army sent troops to the border to hunt down the al-Shabaab militants."
    assert not any(code == "190" for code, _, _ in _codes(pipeline, purpose))


def test_killing_by_assault_and_ground_taken(pipeline):
    text = ("Violence in the north.\n\nTwo Kenyan farmers were hacked to death by al-Shabaab militants in Mandera. "
            "Somali troops captured the town of Jilib from al-Shabaab on Friday.")
    found = _codes(pipeline, text)
    assert any(code == "1823" for code, _, _ in found)
    assert not any(code == "171" for code, _, _ in found)  # no computer break-in
    assert any(code == "190" and src == "SOMMIL" for code, src, _ in found)


def test_barriers_and_round_ups_by_the_police(pipeline):
    text = ("Crackdown in Nairobi.\n\nKenyan police put up roadblocks around the parliament on Tuesday. "
            "Kenyan police rounded up dozens of Somali migrants in Eastleigh.")
    found = _codes(pipeline, text)
    assert any(code == "153" and src == "KENCOP" for code, src, _ in found)
    assert any(code == "173" and src == "KENCOP" for code, src, _ in found)


def test_security_stepped_up_only_when_done(pipeline):
    ordered = "Patrols.\n\nThe Kenyan president instructed the navy to step up security on the lake."
    assert not any(code == "153" for code, _, _ in _codes(pipeline, ordered))
    done = "Patrols.\n\nThe Kenyan army stepped up security along the Somali border on Monday."
    assert any(code == "153" for code, _, _ in _codes(pipeline, done))


def test_missile_fired_at_no_one_is_a_show_of_force(pipeline):
    test = ("Missile test.\n\nNorth Korea fired two intermediate-range missiles early on Thursday, Japan's coast "
            "guard reported.")
    assert any(code == "150" and src and src.startswith("PRK") for code, src, _ in _codes(pipeline, test))
    aimed = "Strikes.\n\nIran launched ballistic missiles at Israel on Saturday."
    found = _codes(pipeline, aimed)
    assert any(code == "194" and src and src.startswith("IRN") and tgt and tgt.startswith("ISR")
               for code, src, tgt in found)
    assert not any(code == "150" for code, _, _ in found)


def test_boats_rammed_and_ambassadors_withdrawn(pipeline):
    text = ("Sea dispute.\n\nAn Indonesian patrol ship rammed two Vietnamese fishing boats on Tuesday. "
            "Vietnam withdrew its ambassador from Indonesia on Friday.")
    found = _codes(pipeline, text)
    assert any(code == "171" and src and src.startswith("IDN") and tgt and tgt.startswith("VNM")
               for code, src, tgt in found)
    assert any(code == "161" and src and src.startswith("VNM") and tgt and tgt.startswith("IDN")
               for code, src, tgt in found)


def test_gunned_down_and_strafed(pipeline):
    text = ("Attacks.\n\nGunmen gunned down a Kenyan police officer in Mandera. "
            "Ethiopian jets strafed an Eritrean convoy on Sunday.")
    found = _codes(pipeline, text)
    assert any(code == "193" and tgt == "KENCOP" for code, _, tgt in found)
    assert any(code == "195" and src and src.startswith("ETH") and tgt and tgt.startswith("ERI")
               for code, src, tgt in found)


def test_town_seized_is_force_on_its_state(pipeline):
    text = "Border war.\n\nEthiopia said Sudan's army seized a border town on Monday."
    found = _codes(pipeline, text)
    assert any(code == "190" and src and src.startswith("SDN") for code, src, _ in found)
    assert not any(code == "171" for code, _, _ in found)
