"""The command line as a user runs it: outputs, one-line errors, exit status."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from routes.cli import main, parser

from conftest import GAZETTEER, ROOT, SEEDS, write


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "routes", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def one_line_error(result: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("routes: error: ")
    for needle in needles:
        assert needle in lines[0]
    assert "Traceback" not in result.stderr


def test_build_writes_the_outputs_and_says_where(tmp_path: Path):
    seeds = tmp_path / "in"
    seeds.mkdir()
    write(seeds, "report.txt", "Turkey sends troops to Libya\n\nTurkey sent troops to Libya on May 3, 2020.\n")
    out = tmp_path / "out"
    result = run("build", "--seeds", str(seeds), "--gazetteer", str(GAZETTEER), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "1 documents" in result.stdout and str(out) in result.stdout
    legs = json.loads((out / "legs.geojson").read_text())["features"]
    assert [(f["properties"]["origin_id"], f["properties"]["destination_id"]) for f in legs] == [("tr", "ly")]


def test_missing_seeds_folder_is_one_line(tmp_path: Path):
    result = run("build", "--seeds", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    one_line_error(result, "nowhere", "no such folder")


def test_unwritable_out_is_one_line(tmp_path: Path):
    blocker = write(tmp_path, "file", "not a folder")
    result = run("build", "--out", str(blocker / "maps"))
    one_line_error(result, str(blocker / "maps"), "cannot write")


def test_out_that_is_a_file_is_one_line(tmp_path: Path):
    blocker = write(tmp_path, "maps", "a file")
    one_line_error(run("build", "--out", str(blocker)), str(blocker), "not a folder")


def test_bad_documents_are_skipped_with_a_warning(tmp_path: Path):
    seeds = tmp_path / "in"
    seeds.mkdir()
    write(seeds, "good.txt", "Turkey sends troops to Libya\n\nTurkey sent troops to Libya.\n")
    write(seeds, "binary.txt", bytes(range(256)) * 4)
    write(seeds, "empty.md", "  \n")
    result = run("build", "--seeds", str(seeds), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "binary.txt: not a text file" in result.stderr
    assert "empty.md: empty file" in result.stderr
    assert (tmp_path / "out" / "good.html").is_file()


def test_strict_makes_a_bad_document_an_error(tmp_path: Path):
    seeds = tmp_path / "in"
    seeds.mkdir()
    write(seeds, "good.txt", "Turkey sends troops to Libya\n\nTurkey sent troops to Libya.\n")
    write(seeds, "empty.txt", "")
    result = run("build", "--strict", "--seeds", str(seeds), "--out", str(tmp_path / "out"))
    one_line_error(result, "empty.txt", "empty file")
    assert not (tmp_path / "out" / "legs.geojson").exists()


def test_bad_jsonl_line_names_file_and_line(tmp_path: Path):
    path = write(tmp_path, "feed.jsonl", '{"text": "Turkey sent troops to Libya."}\n{"text": 3}\n')
    result = run("legs", str(path))
    one_line_error(result, "feed.jsonl:2", "text")


def test_places_json_lines(tmp_path: Path):
    path = write(tmp_path, "note.txt", "Shipment to Libya's Tripoli\n\nThe ship reached Libya's Tripoli on May 2.\n")
    result = run("places", "--json", str(path))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    tripoli = [r for r in rows if r["text"] == "Tripoli"]
    assert tripoli and all(r["place_id"] == "ly-tripoli" and r["country"] == "LY" for r in tripoli)
    text = path.read_text()
    for row in rows:
        assert text[row["start"]:row["end"]] == row["text"]
        assert {"doc_id", "lat", "lon", "name", "reason"} <= row.keys()


def test_legs_json_lines_have_the_geojson_properties():
    result = run("legs", "--json", str(SEEDS / "001_f7a587afc17cc427.txt"))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows
    for row in rows:
        assert {"leg_id", "origin", "origin_id", "destination", "destination_id", "mode", "date", "carrier",
                "cargo", "status", "confidence", "sources", "citations"} <= row.keys()


def test_missing_file_for_places_is_one_line(tmp_path: Path):
    one_line_error(run("places", str(tmp_path / "absent.txt")), "absent.txt", "no such file")


def test_gazetteer_check_passes_on_the_project_gazetteer():
    result = run("gazetteer", "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no problems" in result.stdout


def test_readme_documents_every_command_and_option():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    top = parser()
    commands = top._subparsers._group_actions[0].choices
    for name, sub in commands.items():
        assert f"python -m routes {name}" in readme, name
        for action in sub._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    assert option in readme, f"{name} {option}"
    assert readme.index("make maps") < readme.index("## Command line")
    assert "make test" in (ROOT / ".ci" / "run").read_text()
