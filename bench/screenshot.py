"""Build the seeds and save a screenshot of their map to docs/map.png (the one README shows).

    python -m bench.screenshot [--out docs/map.png]

Not a benchmark: it has no main(), so `python -m bench` leaves it out.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from bench.browser import offline_browser, url
from routes.pipeline import build

ROOT = Path(__file__).resolve().parent.parent


def screenshot() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "map.png")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        build(ROOT / "seeds", ROOT / "gazetteer", Path(folder))
        with offline_browser() as (context, refused):
            page = context.new_page()
            page.goto(url(Path(folder) / "index.html"))
            page.wait_for_function("window.routesMap !== undefined")
            page.evaluate("new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out))
    if refused:
        raise SystemExit(f"the map requested {refused}")
    print(args.out)


if __name__ == "__main__":
    screenshot()
