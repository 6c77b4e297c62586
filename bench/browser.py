"""Headless Debian chromium, driven by Playwright, that may open file:// pages and nothing else.

Shared by the map benchmark and the screenshot command. Playwright never downloads a
browser here: it drives the chromium the system has.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


def chromium_path() -> str:
    """The system's chromium; a clear error when there is none."""
    path = shutil.which("chromium") or shutil.which("/usr/bin/chromium")
    if not path:
        raise SystemExit("chromium not found: install Debian's chromium (apt-get install chromium)")
    return path


@contextlib.contextmanager
def offline_browser(width: int = 1280, height: int = 800) -> Iterator[tuple[Any, list[str]]]:
    """A browser context and the list of requests it refused (anything but file://)."""
    from playwright.sync_api import sync_playwright

    refused: list[str] = []

    def guard(route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS,
            viewport={"width": width, "height": height},
        )
        context.route("**/*", guard)
        try:
            yield context, refused
        finally:
            context.close()


def url(path: Path) -> str:
    """The file:// address of a page on disk."""
    return path.resolve().as_uri()
