"""The extractor scored against a hand annotation of the seeds' legs (tests/seed_legs.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import SEEDS
from other_theatres.scoring import Score, score
from routes import network
from routes.pipeline import Reader

ANNOTATION = Path(__file__).parent / "seed_legs.yaml"


@pytest.fixture(scope="module")
def seed_score(reader: Reader) -> Score:
    expected = yaml.safe_load(ANNOTATION.read_text(encoding="utf-8"))
    found = {}
    for path in sorted(SEEDS.iterdir()):
        corpus = reader.read([path], strict=True)
        for document in corpus.documents:
            found[document.id] = network.merge([leg for leg in corpus.legs
                                                if leg.citations[0].doc_id == document.id])
    assert set(expected) == set(found)
    return score(reader.gazetteer, expected, found)


def test_precision_and_recall_on_the_seeds(seed_score: Score):
    assert seed_score.precision >= 0.95, seed_score.summary()
    assert seed_score.recall >= 0.95, seed_score.summary()


def test_mode_status_and_details_on_the_seeds(seed_score: Score):
    assert seed_score.mode_accuracy >= 0.95, seed_score.summary()
    assert seed_score.status_right == seed_score.matched, seed_score.summary()
    assert seed_score.detail_agreement >= 0.9, seed_score.summary()
