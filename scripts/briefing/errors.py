"""The exceptions users see, and the exit codes the command-line scripts return."""

from __future__ import annotations

import os
from pathlib import Path

EXIT_OK = 0  # success
EXIT_INPUT = 2  # a seed file or folder is unusable; the message says which and why (also: bad arguments)
EXIT_DATA = 3  # a domain data file (gazetteer, topic rules, glossary) is invalid
EXIT_BUILD = 4  # MkDocs failed (strict warnings, broken links); the previous site is kept
EXIT_OUTPUT = 5  # the output folder cannot be written; nothing was removed from it
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report it


def display_path(path: Path | str) -> str:
    """A path as a person wants to read it: relative to the current folder when inside it, always printable."""
    text = os.fspath(path)
    try:
        cwd = os.getcwd()
        absolute = os.path.abspath(text)
        if absolute.startswith(cwd.rstrip(os.sep) + os.sep):
            text = os.path.relpath(absolute, cwd)
    except OSError:  # the current folder was deleted under us; the path as given is still useful
        pass
    # A file name that is not valid UTF-8 arrives with surrogate escapes, which cannot be printed.
    return os.fsencode(text).decode("utf-8", "backslashreplace")


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
            shown = display_path(self.path)
            where = f"{shown}:{self.line}: " if self.line else f"{shown}: "
        return where + self.message


class DataError(BriefingError):
    """A domain data file is malformed."""

    exit_code = EXIT_DATA


class BuildError(BriefingError):
    """MkDocs refused the generated site; its own messages follow ours."""

    exit_code = EXIT_BUILD


class OutputError(BriefingError):
    """The output folder cannot be created or written."""

    exit_code = EXIT_OUTPUT
