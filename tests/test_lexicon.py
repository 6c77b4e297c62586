"""The lexicon as data: every word it lists is matched as written."""

from __future__ import annotations

import pytest

from routes import lexicon


def test_off_is_a_weak_cue_not_a_truth_value():
    assert [(hit.text, hit.value) for hit in lexicon.load().cues.finditer("anchored off Sayhut")] == [("off", "weak")]


def test_a_bare_yaml_truth_value_is_refused():
    with pytest.raises(ValueError, match="lexicon.yaml: weak: False is not a word; quote it"):
        lexicon._pairs({"weak": ["at", False]})


def test_weapon_designations_take_their_variants_and_keep_the_lexicons_names():
    cargo = lexicon.load().cargo
    found = {hit.text: hit.value for hit in cargo.finditer("an F-16V, two Su-35s, a Shahed-136, a Kornet and HIMARS")}
    assert found == {"F-16V": "combat aircraft", "Su-35s": "combat aircraft", "Shahed-136": "drones",
                     "Kornet": "Kornet", "HIMARS": "rocket launchers"}
