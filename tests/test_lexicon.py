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


def test_the_longest_phrase_wins_with_variants_and_any_white_space():
    matcher = lexicon.PhraseMatcher([("T-72", "tank"), ("T-72B3", "modern tank"), ("landing ship", "ship"),
                                     ("land", "verb"), ("MANPADS", "manpads")])
    hits = [(hit.text, hit.value) for hit in matcher.finditer("a T-72B3, two T-72s, a T-72AV, a landing  ship, "
                                                              "manpads and MANPADS; they land")]
    assert hits == [("T-72B3", "modern tank"), ("T-72s", "tank"), ("T-72AV", "tank"), ("landing  ship", "ship"),
                    ("MANPADS", "manpads"), ("land", "verb")]


def test_hyphenated_verbs_take_their_inflections():
    found = [(hit.text, hit.value) for hit in lexicon.load().triggers.finditer("the guns were re-exported to Sudan")]
    assert found == [("re-exported", "send")]
