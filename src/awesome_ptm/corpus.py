"""A corpus: every document given, with all entries in order and lookup by id."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from awesome_ptm.model import Document, Entry
from awesome_ptm.parse import assign_ids, parse_file
from awesome_ptm.read import DEFAULT_MAX_BYTES, GENERATED_MARKER, discover


@dataclass
class Corpus:
    """All entries of the given documents, in document order; iterate it for entries."""

    documents: list[Document]
    _by_id: dict[str, Entry] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        assign_ids(self.entries)
        self._by_id = {entry.id: entry for entry in self.entries}

    @property
    def entries(self) -> list[Entry]:
        return [entry for document in self.documents for entry in document.entries]

    def __iter__(self) -> Iterator[Entry]:
        for document in self.documents:
            yield from document.entries

    def __len__(self) -> int:
        return sum(len(document.entries) for document in self.documents)

    def __getitem__(self, entry_id: str) -> Entry:
        return self._by_id[entry_id]

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id, or None."""
        return self._by_id.get(entry_id)

    def to_dict(self) -> dict[str, object]:
        """The export document (see ``schema/export.schema.json``)."""
        from awesome_ptm.export import export_document

        return export_document(self)

    def to_json(self) -> str:
        """The export document as JSON text, byte-identical for the same input."""
        from awesome_ptm.export import dumps_export

        return dumps_export(self.to_dict())


def load(
    paths: str | Path | Iterable[str | Path],
    max_bytes: int = DEFAULT_MAX_BYTES,
    include_generated: bool = False,
) -> Corpus:
    """Parse the given files and folders (folders: every Markdown file inside) into a Corpus.

    A file that ``awesome-ptm build`` generated (it holds the generated-region marker) is
    skipped when it was found inside a folder — it repeats every entry of the lists — unless
    ``include_generated``; a file named explicitly is always read.

    Raises :class:`~awesome_ptm.errors.InputError` with a one-line reason on bad input.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    given = [Path(p) for p in paths]
    explicit = {os.path.abspath(p) for p in given if not p.is_dir()}
    documents = []
    for path in discover(given):
        document = parse_file(path, max_bytes=max_bytes)
        generated = GENERATED_MARKER in document.text
        if generated and not include_generated and os.path.abspath(path) not in explicit:
            continue
        documents.append(document)
    return Corpus(documents)
