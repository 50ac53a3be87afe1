"""Writing fixed files: atomically, only when the file is as it was read, never through a
symlink that leads out of the working tree."""

from __future__ import annotations

import os
import re
from difflib import SequenceMatcher
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


def _check_unchanged(target: Path, document: Document, shown: str) -> bytes:
    """The file's bytes; refuse when the file no longer holds what was parsed."""
    try:
        data = target.read_bytes()
    except FileNotFoundError:
        raise InputError("was removed after it was read; not written", shown) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}; not written", shown) from None
    if data == to_bytes(document.text, document.bom, document.newline):
        return data
    try:
        text, bom, _ = decode(data, shown)
    except InputError:
        text, bom = "", not document.bom  # cannot be what was read
    if text != document.text or bom != document.bom:
        raise InputError(
            "changed on disk since it was read; not written (run the fix again)", shown
        )
    return data


_ENDING = re.compile(rb"\r\n|\r|\n")


def _line_endings(data: bytes) -> list[bytes] | None:
    """Each line's ending in the file's bytes, when the file mixes them (else None: the
    one ending the reader recorded is every line's)."""
    endings = _ENDING.findall(data)
    return endings if len(set(endings)) > 1 else None


def _mixed_bytes(original: str, fixed: str, bom: bool, endings: list[bytes]) -> bytes:
    """``fixed`` as bytes where every line keeps the ending it had in the file: untouched
    lines are matched to the original's, and an edited or new line takes the ending of the
    original line it replaces (or follows)."""
    old_lines = original.split("\n")
    new_lines = fixed.split("\n")
    out: list[bytes] = []
    default = endings[0]
    for _tag, i1, i2, j1, j2 in SequenceMatcher(None, old_lines, new_lines).get_opcodes():
        for offset, j in enumerate(range(j1, j2)):
            # An equal or replaced line: the original line at its place; an inserted line
            # (or one past the replaced ones): the original line before it.
            i = i1 + offset if i1 + offset < i2 else max(i2, i1) - 1
            ending = endings[i] if 0 <= i < len(endings) else default
            out.append(new_lines[j].encode("utf-8"))
            if j < len(new_lines) - 1:
                out.append(ending)
    return (b"\xef\xbb\xbf" if bom else b"") + b"".join(out)


def _rendered(result: FileResult, document: Document, data: bytes) -> bytes:
    endings = _line_endings(data)
    if endings is None:
        return result.rendered(document.bom, document.newline)
    return _mixed_bytes(result.original, result.fixed, document.bom, endings)


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
            data = _check_unchanged(target, document, result.path)
            if not os.access(target, os.W_OK):
                raise InputError(
                    "is read-only; not written (make it writable to apply fixes)", result.path
                )
            # ``expected``: locked against another fix, and compared again just before the
            # replace, so that an edit saved meanwhile is kept, not overwritten.
            atomic_write(target, _rendered(result, document, data), expected=data)
        except InputError as error:
            errors.append(error)
            continue
        written.append(result.path)
    if errors:
        raise FixWriteError(errors, written)
    return written
