"""Reading list files: discovery, decoding, BOM and line endings, and clear errors."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from awesome_ptm.errors import InputError

#: File endings read as Markdown when a directory is given.
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")

#: Files larger than this are refused unless the caller raises the limit.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

_BOM = "\ufeff"

#: Opens the region that ``awesome-ptm build`` writes; a file holding it is generated output.
GENERATED_MARKER = "<!-- awesome-ptm:start -->"


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


def read_source(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    """Read one Markdown file, raising :class:`InputError` with a one-line reason."""
    display = display_path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError("is a directory where a file was expected", display)
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
    text, bom, newline = decode(data, display)
    return SourceText(path=path, display=display, text=text, bom=bom, newline=newline)


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


def _walk_markdown(root: Path) -> list[Path]:
    result: list[Path] = []
    for folder, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.lower().endswith(MARKDOWN_SUFFIXES) and not name.startswith("."):
                result.append(Path(folder) / name)
    return result
