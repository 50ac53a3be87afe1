"""Parsing: Markdown text → :class:`~awesome_ptm.model.Document` of headings and entries."""

from __future__ import annotations

from pathlib import Path

from awesome_ptm.model import Document
from awesome_ptm.parse._document import assign_ids, build_document, entry_key
from awesome_ptm.read import DEFAULT_MAX_BYTES, read_source

__all__ = ["assign_ids", "entry_key", "parse_file", "parse_text"]


def parse_text(text: str, path: str = "<string>") -> Document:
    """Parse Markdown text (BOM and CRLF are tolerated) into a Document."""
    bom = text.startswith("\ufeff")
    if bom:
        text = text[1:]
    newline = "\r\n" if "\r\n" in text else "\n"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return build_document(text, path, bom=bom, newline=newline)


def parse_file(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read and parse one file; raises :class:`~awesome_ptm.errors.InputError` on bad input."""
    source = read_source(Path(path), max_bytes=max_bytes)
    return build_document(source.text, source.display, bom=source.bom, newline=source.newline)
