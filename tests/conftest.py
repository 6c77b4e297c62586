"""Shared fixtures: the project's gazetteer loaded once, and one build of the seeds."""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from routes.pipeline import Reader, build

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GAZETTEER = ROOT / "gazetteer"

# Built gazetteers are cached; the tests keep theirs out of the user's cache folder.
os.environ["ROUTES_CACHE"] = tempfile.mkdtemp(prefix="routes-test-cache-")
atexit.register(shutil.rmtree, os.environ["ROUTES_CACHE"], True)


@pytest.fixture(scope="session")
def reader() -> Reader:
    return Reader(GAZETTEER)


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds built once into a temporary folder, as a user would build them."""
    out = tmp_path_factory.mktemp("maps")
    build(SEEDS, GAZETTEER, out)
    return out


@pytest.fixture(scope="session")
def seed_legs(seeds_build: Path) -> list[dict]:
    """The legs of the seeds' build, as legs.geojson gives them."""
    collection = json.loads((seeds_build / "legs.geojson").read_text(encoding="utf-8"))
    return [feature["properties"] for feature in collection["features"]]


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path
