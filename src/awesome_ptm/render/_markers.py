"""The generated part of a README lies between two markers; the rest is the curators'."""

from __future__ import annotations

from awesome_ptm.errors import InputError
from awesome_ptm.read import GENERATED_MARKER

START = GENERATED_MARKER
END = "<!-- awesome-ptm:end -->"


def split_markers(text: str, path: str | None = None) -> tuple[str, str, str]:
    """``(before, generated, after)`` of an existing README; ``before`` ends with the start
    marker and ``after`` begins with the end marker, so both are kept byte for byte.

    Raises :class:`InputError` when the markers are missing, repeated or out of order: text
    written by hand is never overwritten.
    """
    starts, ends = text.count(START), text.count(END)
    if starts == 0 or ends == 0:
        raise InputError(
            f"has no {START} … {END} markers; add them around the part awesome-ptm may "
            "replace (text outside them is kept)",
            path,
        )
    if starts > 1 or ends > 1:
        raise InputError(f"has more than one {START} or {END} marker; keep one of each", path)
    start = text.index(START) + len(START)
    end = text.index(END)
    if end < start:
        raise InputError(f"has {END} before {START}; put the start marker first", path)
    return text[:start], text[start:end], text[end:]


def splice(existing: str | None, generated: str, path: str | None = None) -> str:
    """The README with ``generated`` between the markers.

    ``existing`` is the current text (None or blank for a new file, which gets both markers).
    The generated text takes the line endings of the existing file.
    """
    body = generated if generated.endswith("\n") else generated + "\n"
    if existing is None or not existing.strip():
        return f"{START}\n{body}{END}\n"
    before, _, after = split_markers(existing, path)
    if "\r\n" in existing:
        body = body.replace("\r\n", "\n").replace("\n", "\r\n")
        return f"{before}\r\n{body}{after}"
    return f"{before}\n{body}{after}"


def text_before(existing: str | None) -> str:
    """What precedes the generated part (for heading anchors), or "" for a new file."""
    if existing is None or START not in existing:
        return ""
    return existing[: existing.index(START)]
