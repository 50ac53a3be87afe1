"""Writing fixed files: atomically, only when the file is as it was read, never through a
symlink that leads out of the working tree."""

from __future__ import annotations

import os
from pathlib import Path

from awesome_ptm.errors import InputError
from awesome_ptm.fix._result import FileResult, to_bytes
from awesome_ptm.model import Document
from awesome_ptm.read import decode
from awesome_ptm.write import atomic_write


class FixWriteError(InputError):
    """Some fixed files could not be written. ``str()`` is one line (the first problem);
    ``errors`` holds every problem and ``written`` the paths that were written."""

    def __init__(self, errors: list[InputError], written: list[str]) -> None:
        first = errors[0]
        message = first.message
        if len(errors) > 1:
            message += f" (and {len(errors) - 1} more file(s) not written)"
        super().__init__(message, first.path, first.line)
        self.errors = errors
        self.written = written


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _target(path: Path, shown: str) -> Path:
    """The real file to replace. A path that goes through a symlink is written at the
    symlink's target (the link stays a link), but only inside the working tree."""
    real = os.path.realpath(path)
    if real != os.path.abspath(path):
        cwd = os.path.realpath(Path.cwd())
        if not _inside(real, cwd):
            raise InputError(
                f"is a symlink to {real}, outside the current folder; not written "
                "(fix the target in its own folder)",
                shown,
            )
    return Path(real)


def _check_unchanged(target: Path, document: Document, shown: str) -> None:
    """Refuse when the file no longer holds what was parsed."""
    try:
        data = target.read_bytes()
    except FileNotFoundError:
        raise InputError("was removed after it was read; not written", shown) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}; not written", shown) from None
    if data == to_bytes(document.text, document.bom, document.newline):
        return
    try:
        text, bom, _ = decode(data, shown)
    except InputError:
        text, bom = "", not document.bom  # cannot be what was read
    if text != document.text or bom != document.bom:
        raise InputError(
            "changed on disk since it was read; not written (run the fix again)", shown
        )


def write_results(results: list[FileResult], documents: dict[str, Document]) -> list[str]:
    """Write each changed result over its file, atomically, keeping permissions, BOM and
    line endings; returns the paths written.

    A file is not written when it changed on disk since it was parsed, when it is read-only,
    when it is reached through a symlink to outside the current folder, or when the write
    fails; the others are still written, then :class:`FixWriteError` (an ``InputError``)
    reports the problems in one line.
    """
    written: list[str] = []
    errors: list[InputError] = []
    for result in results:
        if not result.changed():
            continue
        document = documents.get(result.path)
        try:
            if document is None:
                raise InputError("was not among the documents read; not written", result.path)
            target = _target(Path(result.path), result.path)
            _check_unchanged(target, document, result.path)
            if not os.access(target, os.W_OK):
                raise InputError(
                    "is read-only; not written (make it writable to apply fixes)", result.path
                )
            atomic_write(target, result.rendered(document.bom, document.newline))
        except InputError as error:
            errors.append(error)
            continue
        written.append(result.path)
    if errors:
        raise FixWriteError(errors, written)
    return written
