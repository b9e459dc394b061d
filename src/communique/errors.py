"""Errors communique raises; the CLI turns them into one-line messages."""
from __future__ import annotations


class CommuniqueError(Exception):
    """Base class of every error communique raises on purpose."""


class InputError(CommuniqueError):
    """An input that cannot be read: names the file, the line when known, and why."""

    def __init__(self, origin: str, reason: str, line: int | None = None):
        self.origin = origin
        self.reason = reason
        self.line = line
        where = f"{origin}:{line}" if line is not None else origin
        super().__init__(f"{where}: {reason}")


class DataFileError(CommuniqueError):
    """A bundled knowledge file is malformed."""


class StoreError(CommuniqueError):
    """A database file that cannot be opened or written: names the file and why."""


class QueryError(CommuniqueError):
    """A query asked with a malformed value (a date, an actor code, a format)."""
