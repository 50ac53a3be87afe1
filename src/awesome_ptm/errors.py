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


class InternalError(AwesomePtmError):
    """A bug in awesome-ptm met while working on a file: reported in one line, not a traceback.

    The original exception is kept as ``__cause__``; ``AWESOME_PTM_TRACEBACK=1`` makes the CLI
    print it.
    """

    @classmethod
    def parsing(cls, error: Exception, path: str) -> InternalError:
        """The error for a parser bug met on ``path``."""
        return cls(
            f"awesome-ptm could not parse this file ({type(error).__name__}: {error}); this is a "
            "bug in awesome-ptm, not in the list: please report it with the file "
            "(AWESOME_PTM_TRACEBACK=1 shows where it happened)",
            path=path,
        )
