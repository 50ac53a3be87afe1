"""Reading list files: discovery, decoding, BOM and line endings, and clear errors."""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from awesome_ptm.errors import AwesomePtmError, InputError

#: File endings read as Markdown when a directory is given.
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")

#: Files larger than this are refused unless the caller raises the limit.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

_BOM = "\ufeff"

#: Opens the region that ``awesome-ptm build`` writes; a file holding it is generated output.
GENERATED_MARKER = "<!-- awesome-ptm:start -->"

#: More ``[`` left open than this (summed over the lines of a file) and the file is refused:
#: markdown-it-py spends ~16 µs on each (1 MB of ``[`` takes 15 s), against ~0.01 µs a
#: character of plain text, and no hand-written list has thousands of unclosed brackets.
MAX_UNMATCHED_BRACKETS = 10_000

_BRACKETS = re.compile(r"\\.|[\[\]]")


@dataclass(frozen=True, slots=True)
class SourceText:
    """A decoded file, normalised for parsing (LF line endings, no BOM).

    ``bom`` and ``newline`` remember what the file had so that writers can put it back.
    """

    path: Path
    display: str
    text: str
    bom: bool
    newline: str


def display_path(path: Path) -> str:
    """The path as shown to users and stored in exports: relative to the current directory
    when below it, with forward slashes."""
    try:
        shown = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        shown = str(path)
    if shown.startswith(".."):
        shown = str(path)
    return shown.replace(os.sep, "/")


def decode(data: bytes, display: str) -> tuple[str, bool, str]:
    """Decode UTF-8 bytes; return (text with LF endings and no BOM, had BOM, newline style)."""
    if b"\0" in data[:8192]:
        raise InputError("binary file (NUL bytes); give a UTF-8 Markdown file", display)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[error.start]:02x}); re-save the file as UTF-8",
            display,
            line,
        ) from None
    if "\0" in text:
        line = text.count("\n", 0, text.index("\0")) + 1
        raise InputError("NUL character in text; remove it", display, line)
    bom = text.startswith(_BOM)
    if bom:
        text = text[1:]
    newline = "\n"
    if "\r\n" in text:
        newline = "\r\n"
        text = text.replace("\r\n", "\n")
    if "\r" in text:
        if newline == "\n" and "\n" not in text:
            newline = "\r"
        text = text.replace("\r", "\n")
    return text, bom, newline


def unmatched_brackets(text: str) -> tuple[int, int, int]:
    """``[`` left open at the end of their line, summed over ``text``; with the line (1-based)
    that holds the most of them and how many it holds. ``\\[`` does not count.

    Linear in the number of brackets, and nearly free for text with few ``[``: the check that
    keeps bracket floods away from markdown-it-py (see :data:`MAX_UNMATCHED_BRACKETS`).
    """
    total = worst = worst_line = 0
    if text.count("[") <= MAX_UNMATCHED_BRACKETS:
        return 0, 0, 0  # cannot be over the limit: skip the scan
    for number, line in enumerate(text.split("\n"), start=1):
        if "[" not in line:
            continue
        if "]" not in line and "\\" not in line:
            open_count = line.count("[")
        else:
            open_count = 0
            for match in _BRACKETS.finditer(line):
                char = match.group()
                if char == "[":
                    open_count += 1
                elif char == "]" and open_count:
                    open_count -= 1
        total += open_count
        if open_count > worst:
            worst, worst_line = open_count, number
    return total, worst_line, worst


def check_brackets(text: str, display: str | None) -> None:
    """Refuse text with more than :data:`MAX_UNMATCHED_BRACKETS` unclosed ``[``."""
    total, line, most = unmatched_brackets(text)
    if total > MAX_UNMATCHED_BRACKETS:
        where = f" ({most:,} on this line)" if most != total else ""
        message = (
            f"{total:,} unmatched '['{where}, over the limit of {MAX_UNMATCHED_BRACKETS:,}; "
            "this is not a Markdown list"
        )
        if display is None:  # no path to put the line after: say it in the message
            raise InputError(f"line {line}: {message}")
        raise InputError(message, display, line)


def read_source(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read one Markdown file, raising :class:`InputError` with a one-line reason.

    Only regular files are read (a FIFO or a device would block or never end), and the size
    is checked before a byte is read.
    """
    display = display_path(path)
    try:
        info = path.stat()
        size = info.st_size
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a directory where a file was expected", display)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(
                f"is not a regular file (a {_file_kind(info.st_mode)}); give a Markdown file",
                display,
            )
        if size > max_bytes:
            raise InputError(
                f"file is {size:,} bytes, over the {max_bytes:,}-byte limit; "
                "split it or raise max-file-size in the config",
                display,
            )
        data = path.read_bytes()
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError("no such file or directory", display) from None
    except PermissionError:
        raise InputError("permission denied; check the file's permissions", display) from None
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}", display) from None
    if len(data) > max_bytes:  # it grew after stat(), or stat() does not know its size
        raise InputError(
            f"file is over the {max_bytes:,}-byte limit; "
            "split it or raise max-file-size in the config",
            display,
        )
    text, bom, newline = decode(data, display)
    check_brackets(text, display)
    return SourceText(path=path, display=display, text=text, bom=bom, newline=newline)


def read_side_file(
    path: Path,
    max_bytes: int,
    what: str,
    hint: str,
    error: type[AwesomePtmError] = InputError,
) -> str:
    """Read a small UTF-8 file the configuration names (the config itself, a schema, an
    intro) with the guards a list gets: regular files only (a FIFO would block the hook
    forever), the size checked before a byte is read. Raises ``error`` with one line:
    what is wrong with the file (``what`` names it), then ``hint`` (what to do)."""
    display = display_path(path)

    def refuse(problem: str) -> AwesomePtmError:
        return error(f"{what} {problem}; {hint}", display)

    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            kind = "directory" if stat.S_ISDIR(info.st_mode) else _file_kind(info.st_mode)
            raise refuse(f"is not a regular file (a {kind})")
        if info.st_size > max_bytes:
            raise refuse(f"is {info.st_size:,} bytes, over the {max_bytes:,}-byte limit")
        data = path.read_bytes()
    except AwesomePtmError:
        raise
    except FileNotFoundError:
        raise refuse("not found") from None
    except OSError as problem:
        raise refuse(f"cannot be read ({problem.strerror or problem})") from None
    if len(data) > max_bytes:  # it grew after stat()
        raise refuse(f"is over the {max_bytes:,}-byte limit")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as problem:
        line = data[: problem.start].count(b"\n") + 1
        raise refuse(f"is not valid UTF-8 (line {line})") from None


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "FIFO"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"


def discover(paths: list[Path]) -> list[Path]:
    """Expand the given paths into Markdown files, in a stable order.

    A file is taken as given (whatever its ending); a directory is searched recursively for
    Markdown files, skipping hidden folders and not following symlinked folders (which could
    loop). A missing path, or a directory with no Markdown at all, is an error.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    for path in paths:
        display = display_path(path)
        if path.is_dir():
            inside = sorted(_walk_markdown(path))
            if not inside:
                raise InputError(
                    "directory has no Markdown files (*.md); give a list file or another folder",
                    display,
                )
            candidates = inside
        elif path.exists() or path.is_symlink():
            candidates = [path]
        else:
            raise InputError("no such file or directory", display)
        for candidate in candidates:
            key = Path(os.path.abspath(candidate))
            if key not in seen:
                seen.add(key)
                found.append(candidate)
    return found


def folder_entries(folder: Path) -> list[os.DirEntry[str]] | None:
    """The entries of ``folder``, sorted by name; None when it was removed meanwhile. An
    unreadable folder is an error, not skipped in silence: a check that passes without the
    lists inside would pass what it never read."""
    try:
        with os.scandir(folder) as scan:
            return sorted(scan, key=lambda entry: entry.name)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise InputError(
            f"cannot read this folder ({error.strerror or error}); make it readable, "
            "or name the lists to check",
            display_path(folder),
        ) from None


def _walk_markdown(root: Path) -> list[Path]:
    """Markdown files under ``root``, hidden names skipped, symlinked folders not entered.

    What ``os.walk(root, followlinks=False)`` finds, without its recursion: before Python
    3.12 it recurses once per level, and a folder nested a thousand deep overflowed the
    stack. An unreadable folder is an error (``os.walk`` skips it silently): a check that
    passes without the lists inside it would pass what it never read. A folder removed
    meanwhile is skipped.
    """
    result: list[Path] = []
    stack = [os.fspath(root)]
    while stack:
        entries = folder_entries(Path(stack.pop()))
        if entries is None:
            continue
        subfolders: list[str] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()  # a symlink to a folder is a folder, not a file
            except OSError:
                is_dir = False
            if is_dir:
                if not entry.is_symlink():
                    subfolders.append(entry.path)
            elif entry.name.lower().endswith(MARKDOWN_SUFFIXES):
                result.append(Path(entry.path))
        stack.extend(sorted(subfolders, reverse=True))
    return result


def blank_generated(text: str) -> str:
    """``text`` with the lines between the ``awesome-ptm:start``/``end`` markers emptied
    (line numbers kept): what a curator wrote in a README that ``build`` also writes into."""
    end_marker = "<!-- awesome-ptm:end -->"
    start = text.find(GENERATED_MARKER)
    end = text.find(end_marker, start + 1) if start >= 0 else -1
    if start < 0 or end < 0:
        return text
    inside = text[start:end]
    return text[:start] + "\n" * inside.count("\n") + text[end + len(end_marker) :]
