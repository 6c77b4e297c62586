"""One exception hierarchy, so the command line can turn any of them into one line."""

from __future__ import annotations


class RoutesError(Exception):
    """Base of every error routes raises on purpose."""


class InputError(RoutesError, ValueError):
    """A file or folder given to routes cannot be used; names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class GazetteerError(InputError):
    """The curated gazetteer is malformed (a YAML error or an invalid entry)."""


class OutputError(RoutesError, OSError):
    """An output folder cannot be written."""

    def __init__(self, path: str, problem: str) -> None:
        RoutesError.__init__(self, f"{path}: {problem}")
        self.path = path
        self.problem = problem
