"""Build speed and memory: the seeds copied N times over, built end to end.

Run with `python -m bench build [--copies N]`. Reports documents per second for
reading (documents, places, legs) and for the whole build, and the peak resident memory.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from pathlib import Path

from routes import documents
from routes.pipeline import Reader, build

ROOT = Path(__file__).resolve().parent.parent


def corpus(copies: int, folder: Path) -> list[Path]:
    """The seed articles copied under distinct names."""
    paths = []
    for n in range(copies):
        for seed in sorted((ROOT / "seeds").iterdir()):
            target = folder / f"{seed.stem}-{n:04d}{seed.suffix}"
            shutil.copyfile(seed, target)
            paths.append(target)
    return paths


def main(argv: list[str] | None = None) -> None:
    args = argparse.ArgumentParser(prog="python -m bench build")
    args.add_argument("--copies", type=int, default=40, help="copies of the five seeds (default 40)")
    options = args.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        paths = corpus(options.copies, seeds)
        started = time.perf_counter()
        reader = Reader(ROOT / "gazetteer")
        loaded = time.perf_counter()
        reading = reader.read(documents.find_inputs(seeds))
        read = time.perf_counter()
        result = build(seeds, ROOT / "gazetteer", Path(tmp) / "out")
        built = time.perf_counter()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"build: {len(paths)} documents, {len(reading.legs)} legs read, {len(result.legs)} merged legs")
    print(f"  gazetteer load     {loaded - started:6.2f} s")
    print(f"  read (places+legs) {read - loaded:6.2f} s  {len(paths) / (read - loaded):8.1f} documents/s")
    print(f"  whole build        {built - read:6.2f} s  {len(paths) / (built - read):8.1f} documents/s")
    print(f"  peak memory        {peak_mb:6.0f} MiB")
