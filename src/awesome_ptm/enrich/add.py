"""``awesome-ptm add ID…``: write entries for papers, in the style of the section they join.

Each identifier is read (:func:`awesome_ptm.metadata.parse_id`), refused when the paper is
already listed anywhere in the lists (by any of its identities, or by title), fetched (or
read from the metadata file), and written after the section's last entry, or where the
section's order by year puts it. The new text is parsed back before anything is written:
the new entry must read as the paper's title and link, or nothing is written.
"""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass, field
from pathlib import Path

from awesome_ptm.enrich.fetch import fetch_records, is_stale, today
from awesome_ptm.enrich.style import (
    NewPaper,
    next_number,
    null_marker,
    numbered,
    render_item,
    render_row,
    template,
)
from awesome_ptm.errors import InputError
from awesome_ptm.metadata.ids import entry_keys, parse_id
from awesome_ptm.metadata.published import ARXIV, published_venue
from awesome_ptm.metadata.settings import MetadataSettings
from awesome_ptm.metadata.store import MetadataStore, Record
from awesome_ptm.model import Document, Entry
from awesome_ptm.parse import parse_text
from awesome_ptm.titles import normalize_title

#: External ids of a Semantic Scholar record that are identities of ours.
_ALIASES = {"ArXiv": "arxiv", "ACL": "acl", "DOI": "doi", "CorpusId": "corpusid"}


@dataclass(slots=True)
class AddPlan:
    """What ``add`` would write: the file's new text, and what was refused."""

    document: Document
    text: str
    added: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)


class AddRefused(Exception):
    """A paper that cannot be added; one line for the user."""


def aliases(record: Record) -> set[str]:
    """Every identity of the record's paper that the lists may link."""
    keys = {record.key}
    for name, scheme in _ALIASES.items():
        value = record.external_ids.get(name)
        if value:
            value = value.lower() if scheme == "doi" else value
            parsed = parse_id(f"{scheme}:{value}")
            keys.add(parsed or f"{scheme}:{value}")
    return keys


def _where(document: Document, entry: Entry) -> str:
    return f"{document.path}:{entry.source.line} ({entry.title.strip()!r})"


def listed_at(documents: list[Document], record: Record) -> str | None:
    """Where the record's paper is already listed (by identity, then by title), if it is."""
    keys = aliases(record)
    title = normalize_title(record.title or "")
    for document in documents:
        for entry in document.entries:
            if keys.intersection(entry_keys(entry)):
                return _where(document, entry)
    if len(title) >= 12:
        for document in documents:
            for entry in document.entries:
                if normalize_title(entry.title) == title:
                    return _where(document, entry)
    return None


def records_for(
    keys: list[str], store: MetadataStore, settings: MetadataSettings
) -> dict[str, Record]:
    """The records of ``keys``: from the file when fresh, else fetched (and stored)."""
    day = today()
    missing = [
        key
        for key in keys
        if store.found(key) is None or is_stale(store.records[key], day, settings.max_age_days)
    ]
    if missing:
        fetched, problems, unsupported = asyncio.run(fetch_records(missing, settings, day))
        if problems:
            raise InputError(problems[0])
        if unsupported:
            raise InputError(f"no provider knows identifiers like {unsupported[0]!r}")
        for key, record in fetched.items():
            store.records[key] = record
    return {key: store.records[key] for key in keys if key in store.records}


def new_paper(record: Record) -> NewPaper:
    """What the entry of ``record`` states: its title, venue (as the lists write it: the
    canonical name, Findings and workshops as they are, arXiv for a preprint) and year."""
    if not record.title:
        raise AddRefused(f"{record.key}: the provider gives no title; add it by hand")
    published = published_venue(record)
    venue: str | None = None
    year = record.year
    if published is not None and published.precise:
        venue, year = published.venue, published.year
    elif record.key.startswith("arxiv:") or "ArXiv" in record.external_ids:
        venue = ARXIV
    return NewPaper(record.key, record.title, venue, year, tuple(record.authors))


def find_section(document: Document, name: str | None) -> list[str]:
    """The path of the section called ``name`` (a heading's title, or titles joined by
    `` / ``), or of the section of the file's last entry."""
    if name is None:
        if not document.entries:
            raise InputError("has no entries to learn a style from; give --section", document.path)
        return list(document.entries[-1].section)
    wanted = " ".join(name.split()).casefold()
    for section in document.sections:
        if wanted in (
            " ".join(section.title.split()).casefold(),
            " / ".join(section.path).casefold(),
        ):
            return list(section.path)
    names = ", ".join(repr(s.title) for s in document.sections[:8])
    raise InputError(f"no section {name!r} (sections: {names})", document.path)


def _insert_line(document: Document, entries: list[Entry], paper: NewPaper, ordered: bool) -> int:
    """The 0-based line index the new entry goes before: after the section's last entry,
    or where its order by year (ascending or descending) puts it."""
    years = [e.year for e in entries if e.year is not None]
    if not ordered and paper.year is not None and len(years) >= 3 and len(set(years)) > 1:
        rising = all(a <= b for a, b in itertools.pairwise(years))
        falling = all(a >= b for a, b in itertools.pairwise(years))
        for entry in entries:
            if entry.year is None:
                continue
            if (rising and entry.year > paper.year) or (falling and entry.year < paper.year):
                return entry.source.line - 1
    return entries[-1].source.end_line


def plan_add(
    document: Document,
    section: list[str],
    records: list[Record],
    documents: list[Document],
) -> AddPlan:
    """The text of ``document`` with an entry per record added to ``section``; papers
    listed anywhere in ``documents`` (or twice in ``records``) are refused."""
    plan = AddPlan(document, document.text)
    others = [other for other in documents if other.path != document.path]
    current = document
    for record in records:
        # The file as it grows: a paper given twice is refused the second time.
        where = listed_at([*others, current], record)
        if where is not None:
            plan.refused.append(f"{record.key} is already listed at {where}")
            continue
        try:
            paper = new_paper(record)
            text = _add_one(current, section, paper)
        except AddRefused as refused:
            plan.refused.append(str(refused))
            continue
        current = parse_text(text, document.path)
        plan.text = text
        plan.added.append(f"{paper.title} ({record.key})")
    return plan


def _add_one(document: Document, section: list[str], paper: NewPaper) -> str:
    entries = [entry for entry in document.entries if entry.section == section]
    if not entries:
        raise AddRefused(
            f"section {' / '.join(section) or '(top)'} has no entries to learn a style from"
        )
    example = template(entries)
    assert example is not None
    ordered = numbered(document, example)
    if example.shape == "table-row":
        line = render_row(document, example, paper, null_marker(document, entries))
        rows = [e for e in entries if e.shape == "table-row"]
        at = _insert_line(document, rows, paper, False)
    else:
        line = render_item(document, example, paper, next_number(document, entries, example))
        at = _insert_line(document, entries, paper, ordered)
    lines = document.text.split("\n")
    lines.insert(at, line)
    text = "\n".join(lines)
    _verify(text, document.path, at + 1, paper)
    return text


def _verify(text: str, path: str, line: int, paper: NewPaper) -> None:
    """The new line must parse as an entry with the paper's title and identity."""
    parsed = parse_text(text, path)
    entry = next((e for e in parsed.entries if e.source.line == line), None)
    if (
        entry is None
        or paper.key not in entry_keys(entry)
        or normalize_title(entry.title) != normalize_title(paper.title)
    ):
        raise AddRefused(
            f"{paper.key}: could not write an entry in this section's style that reads back "
            "as the paper; add it by hand"
        )


def target_document(documents: list[Document], to: Path | None) -> Document:
    """The file to add to: ``--to``, else the only list."""
    if to is not None:
        from awesome_ptm.parse import parse_file

        return parse_file(to)
    if len(documents) != 1:
        raise InputError(f"{len(documents)} lists found; say which one with --to FILE")
    return documents[0]


def resolve_ids(ids: list[str]) -> list[str]:
    """The metadata keys of the identifiers given, in order, without repeats."""
    keys: list[str] = []
    for text in ids:
        key = parse_id(text)
        if key is None:
            raise InputError(
                f"{text!r} is not a paper identifier (an arXiv id, DOI, ACL Anthology id, "
                "or an arXiv, ACL Anthology, DOI, OpenReview or Semantic Scholar link)"
            )
        if key not in keys:
            keys.append(key)
    return keys
