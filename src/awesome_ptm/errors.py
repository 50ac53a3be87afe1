"""The one exception type that may escape the library; the CLI turns it into one line."""

from __future__ import annotations


class AwesomePtmError(Exception):
    """An error about the user's input or configuration, with where it happened.

    ``str(error)`` is a single line: ``path:line: problem (what to do)``.
    """

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        return where + self.message


class InputError(AwesomePtmError):
    """A file or path that cannot be read as a Markdown list."""


class ConfigError(AwesomePtmError):
    """A configuration file that is malformed or does not match the config schema."""
