"""Recall on defects planted into real lists, one at a time.

Each planting copies a curator's real slip into one list at one place, checks the list
alone (default configuration, no network) and asks whether the rule for that slip reports
it on the planted line. The plantings were designed from the defects of the seed lists and
of the labelled corpus, before any result was seen, and are not tuned to what the rules find:
a miss is a finding about the rules.

Where a kind is planted (its candidates, in file order) and how:

- ``duplicate`` (duplicate-url, duplicate-title): an entry with a web link is added again to
  its own section, as a second contributor adds it: after the section's last entry of the same
  shape and indentation (after the last row of its pipe table; a paragraph entry after a
  blank line). Found on the copy, or on the original when the finding names the copy.
- ``tracking-params``: an entry's main web link gets ``?utm_source=twitter`` (or
  ``&utm_medium=social`` when it already has a query), before any ``#fragment``.
- ``null-field`` (null-field, placeholder; missing-venue for a venue cell, as null-field's
  documentation sends NULL venues there): one text cell of a pipe-table row (no link, not the
  title) becomes ``NULL``, in a column that at least 90% of the table's rows fill: where a
  value belongs.
- ``missing-year``: in a list where at least five entries state venue and year together
  (``ACL 2020``, ``(EMNLP2020)``), an entry whose venue text holds its year loses the year
  (``ACL 2020`` → ``ACL``). Not where the entry states a year or a date elsewhere
  (``arXiv 2022`` above ``9 Jan 2021``): without the venue's year the entry still says when
  it is from, which is no missing year. Not where the venue stands inside a sentence, with
  words right before and after it: it is part of a name there (a data set "translated from
  SemEval-2010 Task 8"), not the entry's venue.
- ``heading-typo``: in a heading, the first word of 7+ letters that is a common English word
  (the 20,000 most frequent of pyspellchecker's English list; lower case or capitalised) gets
  two adjacent letters swapped at its middle; skipped when that makes another English word.
- ``broken-emphasis``: the first ``**bold**`` span of a line outside code (and without code
  spans) becomes ``**bold **``, the seeds' ``**ACL 2020 **``.
- ``malformed-url``: an entry's main web link loses its scheme's colon and a ``t`` in turn:
  ``htps//…``, ``https//…``, ``htps://…`` (malformed-url; missing-local-target, which is how
  a scheme-less target reads).
- ``empty-section``: a heading ``## Datasets`` (or Tutorials, Applications... whichever name
  the list does not use) is inserted before an ATX heading of level 2 or more, at its level.
- ``insecure-http``: an entry's main link ``https://`` becomes ``http://``, only for hosts
  the rule knows serve https (the ``https`` list of src/awesome_ptm/data/hosts.yaml).
- ``title-typo``: in a paper entry's title (an entry with a venue, a year or a paper id), the
  first word of 6+ letters that is a common English word gets two adjacent letters swapped
  at its middle, skipped when that makes another English word.

A planting is found when a finding of one of the kind's rules is on the planted line; for
``missing-year`` and ``title-typo``, which are defects of an entry, on any line of the entry
(a rule may report them on its first line, as labels are placed). From each kind's
candidates ``per_kind`` are taken at a fixed stride (evenly spread, no
randomness). A candidate whose target line already has a finding of the kind's rules is not
used: it would be found without the planting. Only the kind's rules are run on a planted list
(rules do not read each other's findings, so their findings are those of a full check).
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from awesome_ptm.check import run_checks
from awesome_ptm.config import Config
from awesome_ptm.corpus import Corpus
from awesome_ptm.findings import Finding
from awesome_ptm.model import Document, Entry, Link
from awesome_ptm.parse import parse_text

sys.path.insert(0, str(Path(__file__).parent))
from corpus_traps import CORPUS, ROOT, check_text

HOSTS = ROOT / "src" / "awesome_ptm" / "data" / "hosts.yaml"

#: The rules whose finding on the planted line counts as found, per kind.
RULES: dict[str, tuple[str, ...]] = {
    "duplicate": ("duplicate-url", "duplicate-title"),
    "tracking-params": ("tracking-params",),
    "null-field": ("null-field", "placeholder", "missing-venue"),
    "missing-year": ("missing-year",),
    "heading-typo": ("heading-typo",),
    "broken-emphasis": ("broken-emphasis",),
    "malformed-url": ("malformed-url", "missing-local-target"),
    "empty-section": ("empty-section",),
    "insecure-http": ("insecure-http",),
    "title-typo": ("title-typo",),
}
KINDS = tuple(RULES)

#: Names for an inserted empty section, the first one the list does not use.
SECTION_NAMES = ("Datasets", "Tutorials", "Applications", "Tools", "Surveys", "Benchmarks")
#: How many of pyspellchecker's most frequent English words count as common.
COMMON_WORDS = 20_000
#: A column is "where a value belongs" when at least this share of its table's rows fill it.
FILLED_SHARE = 0.9
#: A list "states venue and year" with at least this many entries writing them together.
MIN_VENUE_YEARS = 5

_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
#: A venue with a word right before it and right after it is part of a sentence.
_IN_WORDS_BEFORE = re.compile(r"\w\s+$")
_IN_WORDS_AFTER = re.compile(r"\s+\w")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BOLD = re.compile(r"\*\*(?=[^\s*])([^*]*?[^\s*])\*\*")
_WORD = re.compile(r"(?<![\w-])[A-Za-z]+(?![\w-])")
_NULL = {"", "-", "null", "none", "n/a", "na", "todo", "tbd", "—", "–"}
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_URL_TEXT = re.compile(r"\]\([^)]*\)|<[^>]*>|https?://\S+")


@dataclass(frozen=True)
class Planting:
    """One defect: lines ``start:end`` (0-based, end exclusive) of the list are replaced by
    ``new``; ``target`` are the (1-based) lines of the planted list where it should be found."""

    kind: str
    start: int
    end: int
    new: tuple[str, ...]
    target: frozenset[int]
    what: str

    def apply(self, lines: list[str]) -> str:
        return "\n".join([*lines[: self.start], *self.new, *lines[self.end :]]) + "\n"

    @property
    def original_lines(self) -> frozenset[int]:
        """The target's lines before planting (empty when the planting inserts lines)."""
        if len(self.new) != self.end - self.start:
            return frozenset()
        return self.target


@dataclass
class Outcome:
    """The plantings of one list and what was found."""

    name: str
    found: dict[str, list[Planting]] = field(default_factory=dict)
    missed: dict[str, list[tuple[Planting, list[Finding]]]] = field(default_factory=dict)

    def counts(self, kind: str) -> tuple[int, int]:
        found = len(self.found.get(kind, []))
        return found, found + len(self.missed.get(kind, []))


# --- vocabulary -----------------------------------------------------------------------------


@functools.cache
def _dictionary() -> tuple[frozenset[str], frozenset[str]]:
    """(common English words, every English word) of pyspellchecker's frequency list."""
    from spellchecker import SpellChecker

    freq = SpellChecker().word_frequency.dictionary
    ranked = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
    return frozenset(w for w, _ in ranked[:COMMON_WORDS]), frozenset(freq)


def swap_typo(word: str) -> str | None:
    """The word with two adjacent letters swapped at its middle (the first differing pair
    from there), or None when that makes another English word."""
    _, every = _dictionary()
    for i in [*range(len(word) // 2 - 1, len(word) - 2), *range(1, len(word) // 2 - 1)]:
        if i < 1 or word[i] == word[i + 1]:
            continue
        typo = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        return None if typo.lower() in every else typo
    return None


def _common_word(text: str, min_length: int) -> re.Match[str] | None:
    common, _ = _dictionary()
    for m in _WORD.finditer(text):
        word = m.group()
        if len(word) < min_length or not (word.islower() or word[1:].islower()):
            continue
        if word.lower() in common:
            return m
    return None


@functools.cache
def _https_hosts() -> tuple[frozenset[str], tuple[str, ...]]:
    data = yaml.safe_load(HOSTS.read_text("utf-8"))["https"]
    hosts = frozenset(str(i["host"]).lower() for i in data if "host" in i)
    domains = tuple(str(i["domain"]).lower() for i in data if "domain" in i)
    return hosts, domains


def _knows_https(url: str) -> bool:
    m = re.match(r"https://([^/:?#]+)(?=[/?#]|$)", url)
    if m is None:
        return False
    host = m.group(1).lower()
    hosts, domains = _https_hosts()
    bare = host.removeprefix("www.")
    return (
        host in hosts
        or bare in hosts
        or f"www.{bare}" in hosts
        or any(host == d or host.endswith("." + d) for d in domains)
    )


# --- where plantings go ---------------------------------------------------------------------


def _web(link: Link | None) -> bool:
    return link is not None and re.match(r"https?://[^\s/]+", link.url) is not None


def _link_at(lines: list[str], link: Link) -> int | None:
    """The 0-based offset of the link's target in its line, as written."""
    text = lines[link.line - 1]
    if link.column is not None and text[link.column - 1 :].startswith(link.url):
        return link.column - 1
    at = text.find(link.url)
    return at if at >= 0 else None


def _edit_link(kind: str, lines: list[str], link: Link, new_url: str, what: str) -> Planting | None:
    at = _link_at(lines, link)
    if at is None:
        return None
    text = lines[link.line - 1]
    new = text[:at] + new_url + text[at + len(link.url) :]
    return Planting(kind, link.line - 1, link.line, (new,), frozenset({link.line}), what)


def _code_lines(lines: list[str]) -> set[int]:
    """1-based lines inside fenced code blocks (fences included)."""
    inside, fence, out = False, "", set()
    for n, text in enumerate(lines, 1):
        stripped = text.lstrip()
        if not inside and stripped[:3] in ("```", "~~~"):
            inside, fence = True, stripped[:3]
            out.add(n)
        elif inside:
            out.add(n)
            if stripped.startswith(fence):
                inside = False
    return out


def plant_duplicate(doc: Document, lines: list[str]) -> Iterator[Planting]:
    entries = doc.entries
    for entry in entries:
        link = entry.primary_link
        if link is None or not _web(link):
            continue
        same = [
            e
            for e in entries
            if e.section == entry.section
            and e.shape == entry.shape
            and _indent(lines, e) == _indent(lines, entry)
            and e.source.line >= entry.source.line
        ]
        if sum(e.section == entry.section for e in entries) < 2:
            continue  # alone in its section: a copy there is no slip a curator makes
        copy = tuple(lines[entry.source.line - 1 : entry.source.end_line])
        first = lines[entry.source.line - 1]
        if first.lstrip().startswith("|"):
            at = entry.source.line  # 1-based line of the row; find the table's last row
            while at < len(lines) and lines[at].lstrip().startswith("|"):
                at += 1
            new: tuple[str, ...] = copy
        else:
            last = same[-1]
            at = last.source.end_line
            depth = _indent(lines, last)
            while (
                at < len(lines)
                and lines[at].strip()
                and len(lines[at]) - len(lines[at].lstrip()) > depth
                and not lines[at].lstrip().startswith("#")
            ):
                at += 1  # the last entry's own sub-items and continuation lines
            paragraph = not _LIST_ITEM.match(first) and not first.lstrip().startswith("<")
            new = ("", *copy) if paragraph else copy
        start_line = at + 1 + (len(new) - len(copy))
        target = frozenset(range(start_line, start_line + len(copy)))
        yield Planting(
            "duplicate",
            at,
            at,
            new,
            target,
            f"copy of line {entry.source.line} ({link.url}) at line {start_line}",
        )


def _indent(lines: list[str], entry: Entry) -> int:
    text = lines[entry.source.line - 1]
    return len(text) - len(text.lstrip())


def plant_tracking(doc: Document, lines: list[str]) -> Iterator[Planting]:
    for entry in doc.entries:
        link = entry.primary_link
        if link is None or not _web(link) or "utm_" in link.url:
            continue
        base, hash_, fragment = link.url.partition("#")
        tag = "&utm_medium=social" if "?" in base else "?utm_source=twitter"
        new_url = base + tag + hash_ + fragment
        planting = _edit_link("tracking-params", lines, link, new_url, f"{link.url} → {new_url}")
        if planting is not None:
            yield planting


def _cells(row: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the cells of a pipe-table row, outer pipes excluded."""
    edges = [i for i, c in enumerate(row) if c == "|" and (i == 0 or row[i - 1] != "\\")]
    text = row.rstrip()
    if not text.lstrip().startswith("|"):
        edges.insert(0, -1)
    if not edges or edges[-1] != len(text) - 1:
        edges.append(len(text))
    return [(a + 1, b) for a, b in itertools.pairwise(edges)]


def _is_null(cell: str) -> bool:
    return cell.strip().strip("*_`").lower() in _NULL


def plant_null(doc: Document, lines: list[str]) -> Iterator[Planting]:
    for entry in doc.entries:
        row = lines[entry.source.line - 1]
        if entry.source.end_line != entry.source.line or not row.lstrip().startswith("|"):
            continue
        table = _table_rows(lines, entry.source.line)
        spans = _cells(row)
        width = len(spans)
        filled = [0] * width
        same = [r for r in table if len(_cells(r)) == width]
        for other in same:
            for j, (a, b) in enumerate(_cells(other)):
                filled[j] += not _is_null(other[a:b])
        title = re.sub(r"\W+", "", entry.title.casefold())
        eligible = []
        for j, (a, b) in enumerate(spans):
            cell = row[a:b]
            plain = re.sub(r"\W+", "", cell.casefold())
            if (
                _is_null(cell)
                or "](" in cell
                or "http" in cell
                or "<a" in cell.lower()
                or (title and title in plain)
                or filled[j] < FILLED_SHARE * len(same)
            ):
                continue
            eligible.append(j)
        if not eligible:
            continue
        j = eligible[entry.source.line % len(eligible)]
        a, b = spans[j]
        new = row[:a] + " NULL " + row[b:]
        what = f"cell {j + 1} {row[a:b].strip()!r} → NULL"
        line = entry.source.line
        yield Planting("null-field", line - 1, line, (new,), frozenset({line}), what)


def _table_rows(lines: list[str], line: int) -> list[str]:
    """The data rows of the pipe table holding ``line`` (header and delimiter excluded)."""
    a = line - 1
    while a > 0 and lines[a - 1].lstrip().startswith("|"):
        a -= 1
    b = line
    while b < len(lines) and lines[b].lstrip().startswith("|"):
        b += 1
    rows = lines[a:b]
    return [r for r in rows[2:] if not re.fullmatch(r"[\s|:\-]*", r)]


def plant_missing_year(doc: Document, lines: list[str]) -> Iterator[Planting]:
    stated = [
        e for e in doc.entries if e.venue and e.year and e.venue_raw and str(e.year) in e.venue_raw
    ]
    if len(stated) < MIN_VENUE_YEARS:
        return
    for entry in stated:
        raw = entry.venue_raw or ""
        year = str(entry.year)
        body = "\n".join(lines[entry.source.line - 1 : entry.source.end_line])
        if _URL_TEXT.sub(" ", body).count(year) != 1 or raw.count(year) != 1:
            continue
        if len(_YEAR.findall(_URL_TEXT.sub(" ", body))) != 1:
            continue  # another year or a date stays stated: the entry still says when

        at = raw.index(year)
        without = (raw[:at].rstrip(" ,'’-_") + raw[at + len(year) :]).strip()
        if not re.search(r"[A-Za-z]", without):
            continue
        for n in range(entry.source.line, entry.source.end_line + 1):
            text = lines[n - 1]
            pos = text.find(raw)
            if pos < 0:
                continue
            if _IN_WORDS_BEFORE.search(text[:pos]) and _IN_WORDS_AFTER.match(
                text[pos + len(raw) :]
            ):
                break  # words on both sides: a name ("translated SemEval-2010 Task 8")
            new = text[:pos] + without + text[pos + len(raw) :]
            what = f"{raw!r} → {without!r}"
            yield Planting("missing-year", n - 1, n, (new,), _span(entry), what)
            break


def plant_heading_typo(doc: Document, lines: list[str]) -> Iterator[Planting]:
    code = _code_lines(lines)
    for heading in doc.headings:
        text = lines[heading.line - 1]
        if heading.line in code or not text.lstrip().startswith("#"):
            continue
        # Words of the heading's text, not of a link target in it (``## [Models](#content)``).
        m = _common_word(_LINK_TARGET.sub(lambda t: " " * len(t.group()), text), 7)
        if m is None:
            continue
        typo = swap_typo(m.group())
        if typo is None:
            continue
        new = text[: m.start()] + typo + text[m.end() :]
        line = heading.line
        what = f"{m.group()} → {typo}"
        yield Planting("heading-typo", line - 1, line, (new,), frozenset({line}), what)


def plant_broken_emphasis(doc: Document, lines: list[str]) -> Iterator[Planting]:
    code = _code_lines(lines)
    for n, text in enumerate(lines, 1):
        if n in code or "`" in text or text.lstrip().startswith("#"):
            continue
        m = _BOLD.search(text)
        if m is None:
            continue
        new = text[: m.end(1)] + " " + text[m.end(1) :]
        what = f"**{m.group(1)}** → **{m.group(1)} **"
        yield Planting("broken-emphasis", n - 1, n, (new,), frozenset({n}), what)


def plant_malformed(doc: Document, lines: list[str]) -> Iterator[Planting]:
    for i, entry in enumerate(e for e in doc.entries if _web(e.primary_link)):
        link = entry.primary_link
        assert link is not None
        scheme, rest = link.url.split("://", 1)
        short = scheme.replace("tt", "t", 1)
        broken = (f"{short}//", f"{scheme}//", f"{short}://")[i % 3] + rest
        planting = _edit_link("malformed-url", lines, link, broken, f"{link.url} → {broken}")
        if planting is not None:
            yield planting


def plant_empty_section(doc: Document, lines: list[str]) -> Iterator[Planting]:
    used = {h.title.strip().casefold() for h in doc.headings}
    name = next((n for n in SECTION_NAMES if n.casefold() not in used), None)
    code = _code_lines(lines)
    if name is None:
        return
    for heading in doc.headings[1:]:
        text = lines[heading.line - 1]
        if heading.level < 2 or heading.line in code or not text.startswith("#"):
            continue
        new = (f"{'#' * heading.level} {name}", "", text)
        line = heading.line
        what = f"`{new[0]}` before line {line}"
        yield Planting("empty-section", line - 1, line, new, frozenset({line}), what)


def plant_insecure(doc: Document, lines: list[str]) -> Iterator[Planting]:
    for entry in doc.entries:
        link = entry.primary_link
        if link is None or not _knows_https(link.url):
            continue
        new_url = "http://" + link.url[len("https://") :]
        planting = _edit_link("insecure-http", lines, link, new_url, f"{link.url} → http")
        if planting is not None:
            yield planting


def plant_title_typo(doc: Document, lines: list[str]) -> Iterator[Planting]:
    for entry in doc.entries:
        if not (entry.venue or entry.year or entry.identifiers or _paper_link(entry)):
            continue
        for n in range(entry.source.line, entry.source.end_line + 1):
            text = lines[n - 1]
            pos = text.find(entry.title) if entry.title else -1
            if pos < 0:
                continue
            m = _common_word(entry.title, 6)
            if m is None:
                break
            typo = swap_typo(m.group())
            if typo is None:
                break
            a, b = pos + m.start(), pos + m.end()
            new = text[:a] + typo + text[b:]
            what = f"{m.group()} → {typo} in {entry.title!r}"
            yield Planting("title-typo", n - 1, n, (new,), _span(entry), what)
            break


def _span(entry: Entry) -> frozenset[int]:
    """An entry's lines: a defect of the entry may be reported on its first line."""
    return frozenset(range(entry.source.line, entry.source.end_line + 1))


def _paper_link(entry: Entry) -> bool:
    return any(
        re.search(r"arxiv\.org/(abs|pdf)/|aclanthology\.org/|aclweb\.org/|doi\.org/", x.url)
        for x in entry.links
    )


PLANTERS: dict[str, Callable[[Document, list[str]], Iterator[Planting]]] = {
    "duplicate": plant_duplicate,
    "tracking-params": plant_tracking,
    "null-field": plant_null,
    "missing-year": plant_missing_year,
    "heading-typo": plant_heading_typo,
    "broken-emphasis": plant_broken_emphasis,
    "malformed-url": plant_malformed,
    "empty-section": plant_empty_section,
    "insecure-http": plant_insecure,
    "title-typo": plant_title_typo,
}


# --- planting and checking ------------------------------------------------------------------


def stride(items: list[Planting], count: int) -> list[Planting]:
    """``count`` items evenly spread over the list (all when it is shorter)."""
    if len(items) <= count:
        return list(items)
    return [items[(2 * i + 1) * len(items) // (2 * count)] for i in range(count)]


def found_by(planting: Planting, findings: list[Finding]) -> bool:
    """A finding of the kind's rules on the planted lines (a duplicate's on either copy)."""
    rules = RULES[planting.kind]
    for f in findings:
        if f.name not in rules:
            continue
        if f.line in planting.target:
            return True
        if planting.kind == "duplicate" and any(r.line in planting.target for r in f.related):
            return True
    return False


def choose(
    kind: str, doc: Document, lines: list[str], before: list[Finding], per_kind: int
) -> list[Planting]:
    """The plantings of one kind in one list: candidates whose target has no finding of the
    kind's rules yet, taken at a fixed stride."""
    rules = RULES[kind]
    flagged = {f.line for f in before if f.name in rules}
    candidates = [p for p in PLANTERS[kind](doc, lines) if not (p.original_lines & flagged)]
    return stride(candidates, per_kind)


def plant_list(path: Path, name: str, per_kind: int, kinds: tuple[str, ...] = KINDS) -> Outcome:
    """Plant each kind into one list, one defect at a time, and check each result."""
    text = path.read_text("utf-8")
    doc, before = check_text(text, path)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    outcome = Outcome(name)
    for kind in kinds:
        outcome.found[kind] = []
        outcome.missed[kind] = []
        for planting in choose(kind, doc, lines, before, per_kind):
            planted = parse_text(planting.apply(lines), str(path))
            config = Config(root=ROOT)
            findings = run_checks(Corpus([planted]), config, select=list(RULES[kind])).findings
            if found_by(planting, findings):
                outcome.found[kind].append(planting)
            else:
                near = [f for f in findings if abs(f.line - min(planting.target)) <= 2]
                outcome.missed[kind].append((planting, near))
    return outcome


def corpus_lists(corpus: Path = CORPUS) -> list[str]:
    """Every list of the folder (a sub-folder with a ``list.md``), sorted."""
    return sorted(p.parent.name for p in corpus.glob("*/list.md"))


def run(names: list[str] | None = None, corpus: Path = CORPUS, per_kind: int = 3) -> list[Outcome]:
    """Plant into each named list of the folder (all by default)."""
    return [
        plant_list(corpus / name / "list.md", name, per_kind)
        for name in (names or corpus_lists(corpus))
    ]


def totals(outcomes: list[Outcome]) -> dict[str, tuple[int, int]]:
    """(found, planted) per kind over all lists."""
    out: dict[str, tuple[int, int]] = {}
    for kind in KINDS:
        pairs = [o.counts(kind) for o in outcomes]
        out[kind] = (sum(f for f, _ in pairs), sum(n for _, n in pairs))
    return out
