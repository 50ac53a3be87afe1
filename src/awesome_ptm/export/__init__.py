"""The machine-readable export: one JSON document, JSON Lines, or CSV.

Every format is made from the entries as :mod:`awesome_ptm.export._public` cleans them: no
output carries a reader's session parameters (``publish: false`` in data/tracking.yaml).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from typing import Any

from awesome_ptm import __version__
from awesome_ptm._gc import gc_paused
from awesome_ptm.export._public import public_dict, public_entry
from awesome_ptm.model import Exportable

SCHEMA_VERSION = "1.1"
FORMATS = ("json", "jsonl", "csv")

CSV_COLUMNS = (
    "id",
    "title",
    "venue",
    "year",
    "authors",
    "links",
    "link_kinds",
    "notes",
    "status",
    "aliases",
    "section",
    "path",
    "line",
    "end_line",
)


def export_header(corpus: Exportable) -> dict[str, Any]:
    """The export document without its ``entries`` (which come last): the schema version,
    the generator, the files and the sections."""
    files: list[dict[str, Any]] = []
    sections: list[dict[str, Any]] = []
    for document in corpus.documents:
        files.append(
            {
                "path": document.path,
                "entries": len(document.entries),
                "sections": len(document.sections),
                "blocks": document.block_counts(),
            }
        )
        sections.extend(section.to_dict() for section in document.sections)
    return {
        "schema_version": SCHEMA_VERSION,
        "generator": {"name": "awesome-ptm", "version": __version__},
        "files": files,
        "sections": sections,
    }


def export_document(corpus: Exportable) -> dict[str, Any]:
    """The export as a dict that validates against ``schema/export.schema.json``."""
    return {**export_header(corpus), "entries": [public_dict(entry) for entry in corpus]}


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def iter_json(corpus: Exportable) -> Iterator[str]:
    """The JSON export of ``corpus`` in chunks, laid out as :func:`to_json` describes: the
    same text as ``dumps_export(export_document(corpus))``, written one entry at a time, so
    that neither every entry's dict nor the whole text need be held."""
    header = dumps_export(export_header(corpus))
    # The header is a complete document ("…\n}\n"): the entries go before its end.
    yield header.removesuffix("\n}\n") + ',\n  "entries": '
    separator = "[\n    "
    for entry in corpus:
        yield separator + _compact(public_dict(entry))
        separator = ",\n    "
    yield "[]\n}\n" if separator.startswith("[") else "\n  ]\n}\n"


def to_json(corpus: Exportable) -> str:
    """The export as JSON text: the document indented, each entry, section and file on one
    line (readable, diff-friendly, and written by the C encoder: ``indent`` would force
    the pure-Python one, several times slower on large lists)."""
    with gc_paused():  # one dict per entry and link: see awesome_ptm._gc
        return "".join(iter_json(corpus))


def dumps_export(document: dict[str, Any]) -> str:
    """JSON for an export dict, laid out as :func:`to_json` describes."""
    parts = ["{"]
    keys = list(document)
    for index, key in enumerate(keys):
        value = document[key]
        comma = "," if index < len(keys) - 1 else ""
        if isinstance(value, list):
            items = ",\n    ".join(_compact(item) for item in value)
            body = f"[\n    {items}\n  ]" if value else "[]"
            parts.append(f"  {_compact(key)}: {body}{comma}")
        else:
            parts.append(f"  {_compact(key)}: {_compact(value)}{comma}")
    parts.append("}")
    return "\n".join(parts) + "\n"


def iter_jsonl(corpus: Exportable) -> Iterator[str]:
    """The JSON Lines export in chunks, one entry per chunk."""
    for entry in corpus:
        yield json.dumps(public_dict(entry), ensure_ascii=False) + "\n"


def to_jsonl(corpus: Exportable) -> str:
    """One entry per line, nothing else (the sections are in the JSON export)."""
    return "".join(iter_jsonl(corpus))


def to_csv(corpus: Exportable) -> str:
    """One row per entry; lists joined (links by spaces, notes by `` | ``)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for written in corpus:
        entry, _ = public_entry(written)
        writer.writerow(
            [
                entry.id,
                entry.title,
                entry.venue or "",
                entry.year if entry.year is not None else "",
                "; ".join(entry.authors),
                " ".join(link.url for link in entry.links),
                " ".join(link.kind for link in entry.links),
                " | ".join(entry.notes),
                entry.status or "",
                "; ".join(entry.aliases),
                " / ".join(entry.section),
                entry.source.path,
                entry.source.line,
                entry.source.end_line,
            ]
        )
    return buffer.getvalue()


def render(corpus: Exportable, fmt: str) -> str:
    """The export in one of :data:`FORMATS`."""
    with gc_paused():  # one dict per entry and link: see awesome_ptm._gc
        return "".join(iter_export(corpus, fmt))


def iter_export(corpus: Exportable, fmt: str) -> Iterator[str]:
    """The export in one of :data:`FORMATS` (or ``bib`` or ``yaml``, which ``build`` also
    writes), in chunks: JSON, JSON Lines and YAML one entry at a time. What :func:`render`
    joins, ``awesome-ptm export`` streams and ``build`` encodes."""
    if fmt == "json":
        return iter_json(corpus)
    if fmt == "jsonl":
        return iter_jsonl(corpus)
    if fmt == "csv":
        return iter([to_csv(corpus)])
    if fmt == "bib":
        from awesome_ptm.export.bibtex import to_bibtex

        return iter([to_bibtex(corpus)])
    if fmt == "yaml":
        from awesome_ptm.export.yaml_export import iter_yaml

        return iter_yaml(corpus)
    raise ValueError(f"unknown export format {fmt!r}")


#: Characters gathered before a write: few calls, and never the whole export at once.
_WRITE_SIZE = 1 << 16


def write_export(corpus: Exportable, fmt: str, write: Callable[[str], object]) -> None:
    """Write the export through ``write`` in pieces of about 64k characters, so that a large
    export is never held whole (``awesome-ptm export`` to standard output)."""
    pending: list[str] = []
    size = 0
    with gc_paused():  # one dict per entry and link: see awesome_ptm._gc
        for chunk in iter_export(corpus, fmt):
            pending.append(chunk)
            size += len(chunk)
            if size >= _WRITE_SIZE:
                write("".join(pending))
                pending, size = [], 0
    if pending:
        write("".join(pending))
