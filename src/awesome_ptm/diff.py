"""What a pull request does to the lists: entries added, removed and changed, per section.

Entries are matched by their identity (:func:`awesome_ptm.parse.entry_key`: the first link's
canonical form, else the normalised title), so an entry that moved is neither added nor
removed, and one whose text changed is "changed". The base text comes from git
(:class:`awesome_ptm.since.Changes`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from awesome_ptm.corpus import Corpus
from awesome_ptm.findings import Finding
from awesome_ptm.model import Entry
from awesome_ptm.since import Changes


@dataclass
class EntryChange:
    """One entry added, removed or changed, with the findings on it (none when removed)."""

    kind: str  # "added", "removed", "changed"
    entry: Entry
    path: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def section(self) -> str:
        return " › ".join(self.entry.section) or "(no section)"


def _keyed(entries: Iterable[Entry]) -> dict[str, Entry]:
    from awesome_ptm.parse import entry_key

    keyed: dict[str, Entry] = {}
    for entry in entries:
        key = entry_key(entry)
        number = 1
        while (key if number == 1 else f"{key}#{number}") in keyed:
            number += 1
        keyed[key if number == 1 else f"{key}#{number}"] = entry
    return keyed


def _on(entry: Entry, path: str, findings: list[Finding]) -> list[Finding]:
    first, last = entry.source.line, entry.source.end_line
    return [
        f
        for f in findings
        if (f.path == path and first <= f.line <= last)
        or any(r.path == path and first <= r.line <= last for r in f.related)
    ]


def entry_changes(corpus: Corpus, changes: Changes, findings: list[Finding]) -> list[EntryChange]:
    """The entries each changed list file gains, loses or changes since ``changes.base``, in
    file order (added and changed as they stand now, then the removed)."""
    import os

    from awesome_ptm.parse import parse_text
    from awesome_ptm.read import blank_generated

    touched = set(changes.changed_files())
    out: list[EntryChange] = []
    for document in corpus.documents:
        if os.path.abspath(document.path) not in touched:
            continue
        base_text = changes.base_text(document.path)
        old = (
            _keyed(parse_text(blank_generated(base_text), document.path).entries)
            if base_text
            else {}
        )
        new = _keyed(document.entries)
        for key, entry in new.items():
            before = old.get(key)
            if before is None:
                out.append(
                    EntryChange("added", entry, document.path, _on(entry, document.path, findings))
                )
            elif before.raw.strip() != entry.raw.strip():
                out.append(
                    EntryChange(
                        "changed", entry, document.path, _on(entry, document.path, findings)
                    )
                )
        out.extend(
            EntryChange("removed", entry, document.path)
            for key, entry in old.items()
            if key not in new
        )
    return out


def _text(value: str) -> str:
    """Text for a Markdown list item: one line, with the characters that would open markup,
    HTML or a table escaped."""
    value = " ".join(value.split())
    for char in "\\`*_[]<>|#":
        value = value.replace(char, "\\" + char)
    return value[:200]


def summary_markdown(items: list[EntryChange], limit: int = 200) -> str:
    """The job summary's opening: per file and section, each entry with its findings."""
    if not items:
        return "### This pull request\n\nNo entry added, removed or changed.\n\n"
    counts = {
        kind: sum(1 for item in items if item.kind == kind)
        for kind in ("added", "removed", "changed")
    }
    lines = [
        "### This pull request",
        "",
        f"{counts['added']} entr{'y' if counts['added'] == 1 else 'ies'} added, "
        f"{counts['removed']} removed, {counts['changed']} changed.",
        "",
    ]
    mark = {"added": "➕ added", "removed": "➖ removed", "changed": "✏️ changed"}
    current: tuple[str, str] | None = None
    for item in items[:limit]:
        where = (item.path, item.section)
        if where != current:
            lines += ["", f"**{_text(item.path)}** — {_text(item.section)}", ""]
            current = where
        title = _text(item.entry.title or item.entry.raw)
        verdict = "" if item.kind == "removed" else (" — no finding" if not item.findings else "")
        lines.append(f"- {mark[item.kind]}: {title} (line {item.entry.source.line}){verdict}")
        for finding in item.findings:
            lines.append(
                f"  - {finding.severity} `{finding.code}` {_text(finding.name)}: "
                f"{_text(finding.message)}"
            )
    if len(items) > limit:
        lines.append(f"- … and {len(items) - limit} more")
    return "\n".join(lines) + "\n\n"
