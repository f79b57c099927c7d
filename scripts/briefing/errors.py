"""The one exception type users see, and the exit codes the CLI returns."""

from __future__ import annotations

from pathlib import Path

EXIT_OK = 0
EXIT_INPUT = 2  # a seed file or folder is unusable; the message says which and why
EXIT_DATA = 3  # a domain data file (gazetteer, topic rules, glossary) is invalid
EXIT_BUILD = 4  # MkDocs failed (strict warnings, broken links); the previous site is kept


class BriefingError(Exception):
    """A problem the user can fix, reported as `path:line: message` without a traceback."""

    exit_code = EXIT_INPUT

    def __init__(self, message: str, path: Path | str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return where + self.message


class DataError(BriefingError):
    """A domain data file is malformed."""

    exit_code = EXIT_DATA
