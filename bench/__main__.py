"""Run one benchmark or all of them: python -m bench [NAME] [options]."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def benchmarks() -> list[str]:
    """Every module in bench/ with a main()."""
    folder = Path(__file__).parent
    names = [m.name for m in pkgutil.iter_modules([str(folder)]) if not m.name.startswith("_")]
    return [n for n in sorted(names) if hasattr(importlib.import_module(f"bench.{n}"), "main")]


def main() -> int:
    names = benchmarks()
    if len(sys.argv) > 1 and sys.argv[1] in ("-h", "--help"):
        print(f"usage: python -m bench [{'|'.join(names)}] [options]")
        return 0
    if len(sys.argv) > 1:
        if sys.argv[1] not in names:
            print(f"bench: no benchmark '{sys.argv[1]}' (have: {', '.join(names)})", file=sys.stderr)
            return 2
        return importlib.import_module(f"bench.{sys.argv[1]}").main(sys.argv[2:]) or 0
    failed = 0
    for name in names:
        failed = importlib.import_module(f"bench.{name}").main([]) or failed
    return failed


if __name__ == "__main__":
    raise SystemExit(main())
