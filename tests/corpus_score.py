"""Score the parser against the hand-labelled corpus of real public lists (tests/corpus/).

Each ``tests/corpus/<name>/`` holds ``list.md`` (a public list at a pinned commit, see
SOURCES.md) and ``expected.yaml``, written by hand from reading the list (never from the
tool's output):

- ``entries``: how many entries a curator counts;
- ``samples``: entries with ``line`` (the entry's first line), ``title``, ``year``, ``venue``,
  ``links`` (every link target of the entry, as written) and optionally ``date``,
  ``authors`` and ``section`` (the tail of the section path);
- ``not_entries``: lines that are no entry and carry no entry's link (navigation, badges,
  tables of contents, contribution instructions...).

Run ``python -m tests.corpus_score [-v] [NAME...]`` for a per-list report (``-v`` lists every
mismatch); ``AWESOME_PTM_CORPUS=DIR`` scores another folder laid out the same way.
"""

from __future__ import annotations

import html
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from awesome_ptm.errors import InputError
from awesome_ptm.model import Document, Entry
from awesome_ptm.parse import parse_file, parse_text
from awesome_ptm.venues import canonical_venue

#: The labelled lists; AWESOME_PTM_CORPUS points the report at another folder of the same
#: layout (lists held out from development are scored this way, outside the repository).
CORPUS = Path(os.environ.get("AWESOME_PTM_CORPUS") or Path(__file__).parent / "corpus")

#: The sampled fields that are scored, in report order.
FIELDS = ("title", "year", "venue", "links", "date", "authors", "section")

_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


def corpus_names() -> list[str]:
    """Every list of the corpus (a folder with a ``list.md``), sorted."""
    return sorted(p.parent.name for p in CORPUS.glob("*/list.md"))


def labelled_names() -> list[str]:
    """The lists that have their hand-written ``expected.yaml``."""
    return [n for n in corpus_names() if (CORPUS / n / "expected.yaml").is_file()]


def load_expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((CORPUS / name / "expected.yaml").read_text("utf-8"))
    return data


def fold(text: str | None) -> str:
    """Compare text the way a reader does: case, width, punctuation, emoji and spacing
    do not matter; words and characters do."""
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _NOT_WORD.sub("", text)


def _venue_key(text: str | None) -> str:
    if text is None:
        return ""
    folded = fold(text)
    # The label names the venue without its year; the parser may keep a year inside an
    # unknown venue written as one word ("NAALC2019"): compare without a trailing year.
    return re.sub(r"(19|20)\d\d$", "", folded)


def _same_venue(want: object, got: object) -> bool:
    """Whether the label and the parse name one venue by the alias table (the parser's own
    table: a wrong alias would pass here, which is why this count is only reported)."""
    if not isinstance(want, str) or not isinstance(got, str):
        return False
    canonical = canonical_venue(want)
    return canonical is not None and canonical == canonical_venue(got)


@dataclass
class Mismatch:
    line: int
    field: str
    want: object
    got: object


@dataclass
class ListScore:
    name: str
    want_entries: int
    got_entries: int
    checks: dict[str, list[bool]] = field(default_factory=dict)
    mismatches: list[Mismatch] = field(default_factory=list)
    not_entry_hits: list[tuple[int, str]] = field(default_factory=list)
    #: the venue checks again, a label and a parse naming the same venue by the alias table
    #: counted right (``Nat. Commun.`` and ``Nature Communications``); reported apart, never
    #: part of the scores above
    same_venue: list[bool] = field(default_factory=list)
    #: why the list could not be read (its every sample then counts wrong), or empty
    unreadable: str = ""

    @property
    def count_error(self) -> float:
        return abs(self.got_entries - self.want_entries) / max(self.want_entries, 1)

    @property
    def sample_accuracy(self) -> float:
        flat = [ok for oks in self.checks.values() for ok in oks]
        return sum(flat) / len(flat) if flat else 1.0


def _entry_at(doc: Document, line: int) -> Entry | None:
    for entry in doc.entries:
        if entry.source.line == line:
            return entry
    return None


def _compare(name: str, want: Any, entry: Entry | None) -> tuple[bool, object]:
    if entry is None:
        return False, None
    if name == "title":
        return fold(want) == fold(entry.title), entry.title
    if name == "year":
        return want == entry.year, entry.year
    if name == "date":
        return str(want) == (entry.date or ""), entry.date
    if name == "venue":
        return _venue_key(want) == _venue_key(entry.venue), entry.venue
    if name == "links":
        # (an empty target, ``[CODE]()``, is no link: the labels leave it out, and the parser
        # keeps it only so that malformed-url can report it where it is)
        got = sorted({link.url.strip() for link in entry.links if link.url.strip()})
        # Labels copy targets as written; Markdown decodes entity references in a link
        # destination (``&amp;`` is ``&``), so the label is read the same way.
        return sorted({html.unescape(str(u).strip()) for u in want}) == got, got
    if name == "authors":
        return [fold(a) for a in want] == [fold(a) for a in entry.authors], entry.authors
    if name == "section":
        tail = [fold(s) for s in want]
        got_path = [fold(s) for s in entry.section]
        return got_path[len(got_path) - len(tail) :] == tail, entry.section
    raise ValueError(name)


def score(name: str, doc: Document | None = None) -> ListScore:
    """Compare the parse of one corpus list with its hand-written expectations."""
    expected = load_expected(name)
    unreadable = ""
    if doc is None:
        try:
            doc = parse_file(CORPUS / name / "list.md")
        except InputError as error:
            # (a list the tool refuses, ``not valid UTF-8``, is read as no entries: a
            # curator's count it misses entirely, not a crash of the whole report)
            unreadable = str(error)
            doc = parse_text("", str(CORPUS / name / "list.md"))
    result = ListScore(name, int(expected["entries"]), len(doc.entries), unreadable=unreadable)
    for sample in expected.get("samples") or []:
        entry = _entry_at(doc, int(sample["line"]))
        for fname in FIELDS:
            if fname not in sample:
                continue
            ok, got = _compare(fname, sample[fname], entry)
            result.checks.setdefault(fname, []).append(ok)
            if fname == "venue":
                result.same_venue.append(ok or _same_venue(sample[fname], got))
            if not ok:
                result.mismatches.append(Mismatch(int(sample["line"]), fname, sample[fname], got))
    link_lines = {link.line for e in doc.entries for link in e.links}
    starts = {e.source.line for e in doc.entries}
    for item in expected.get("not_entries") or []:
        line = int(item["line"])
        if line in starts or line in link_lines:
            result.not_entry_hits.append((line, str(item.get("why", ""))))
    return result


def report(names: list[str], verbose: bool = False) -> str:
    out = []
    total_checks: dict[str, list[bool]] = {}
    same_venue: list[bool] = []
    for name in names:
        s = score(name)
        same_venue.extend(s.same_venue)
        for f, oks in s.checks.items():
            total_checks.setdefault(f, []).extend(oks)
        out.append(
            f"{name:28} entries {s.got_entries:5}/{s.want_entries:<5} "
            f"({s.count_error:6.1%} off)  samples {s.sample_accuracy:6.1%}  "
            f"not-entries hit {len(s.not_entry_hits)}"
        )
        if s.unreadable:
            out.append(f"    unreadable: {s.unreadable}")
        if verbose:
            for m in s.mismatches:
                out.append(f"    line {m.line} {m.field}: want {m.want!r} got {m.got!r}")
            for line, why in s.not_entry_hits:
                out.append(f"    line {line} is read as an entry ({why})")
    for f in FIELDS:
        oks = total_checks.get(f, [])
        if oks:
            out.append(f"{f:10} {sum(oks)}/{len(oks)} = {sum(oks) / len(oks):.1%}")
    if same_venue:
        n, ok = len(same_venue), sum(same_venue)
        out.append(f"(venue by alias table: {ok}/{n} = {ok / n:.1%}; not a score, see _same_venue)")
    return "\n".join(out)


if __name__ == "__main__":
    args = sys.argv[1:]
    verbose = "-v" in args
    chosen = [a for a in args if not a.startswith("-")] or labelled_names()
    print(report(chosen, verbose=verbose))
