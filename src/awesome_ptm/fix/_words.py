"""Safety check, part zero: each fix changes only the words it may change.

The entry and HTML checks compare what a fixed file *contains*; they let a fix rename a
word inside a title (``OpenAGI`` → ``OpenAI``), a link's text or a code span, or delete
content that is not an entry (a table of contents, navigation links). This check looks at
each fix on its own, before it is applied, word by word (a word: a run of letters, digits
and ``_``), so that it holds whatever the rules propose:

1. A fix changes words only on the lines its finding names (``line`` to ``end_line``).
2. A fix that only removes words removes either the text its finding names (a heading, a
   placeholder) or whole entries that are the same resource as an entry kept (every link
   of theirs is still linked elsewhere); it never removes a link to an in-page anchor
   (navigation), nor a link that nothing kept points at.
3. A fix that replaces words does not change a link target's resource (an ``http`` →
   ``https`` or ``pdf`` → ``abs`` rewrite keeps it), does not touch words in a code span or
   code block, and does not rename a word the list uses as a name: one that appears in the
   path of a link target or in code (``deepset-ai/FARM``, ``jiant``, ``albert-xxlarge``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from awesome_ptm.findings import Edit, Finding
from awesome_ptm.identity import canonical_url
from awesome_ptm.model import Document, Entry

_WORD = re.compile(r"\w+")
_HOST = re.compile(r"[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+(?::\d+)?(?:[/?#]|$)")
# Link targets as the lines of a list write them: inline links and images, autolinks,
# reference definitions, bare URLs and HTML attributes (group "url" is the target).
_TARGET = re.compile(
    r"\]\(\s*<?(?P<a>[^)\s>]+)"
    r"|<(?P<b>[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^<>\s]+)>"
    r"|^ {0,3}\[[^\]\n]+\]:[ \t]*<?(?P<c>[^\s>]+)"
    r"|(?:href|src)\s*=\s*[\"'](?P<d>[^\"'\n]+)"
    r"|(?P<e>https?://[^\s<>()\[\]`\"'|]+)",
    re.MULTILINE,
)
_TICKS = re.compile(r"`+")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})", re.MULTILINE)
# No "[" in the text and a bounded title: linear on a run of brackets (tests/test_regex_hangs).
_LINK = re.compile(r"\[(?P<text>[^\[\]\n]*)\]\(\s*<?(?P<url>[^()\s<>]+)>?(?:\s+[^()\n]{0,300})?\)")


def code_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The contents of the code spans in ``text[start:end]``, line by line: a run of
    backticks opens one that the next run of the same length on the line closes
    (CommonMark's rule, a span kept to one line). Linear: each run is looked at once, with
    the open runs indexed by length."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    line_start = start
    while line_start <= end:
        line_end = text.find("\n", line_start, end)
        line_end = end if line_end < 0 else line_end
        runs = [(m.start(), m.end()) for m in _TICKS.finditer(text, line_start, line_end)]
        by_length: dict[int, list[int]] = {}
        for index, (low, high) in enumerate(runs):
            by_length.setdefault(high - low, []).append(index)
        position = {length: 0 for length in by_length}
        index = 0
        while index < len(runs):
            low, high = runs[index]
            length = high - low
            queue = by_length[length]
            # The next run of the same length after this one closes it.
            while position[length] < len(queue) and queue[position[length]] <= index:
                position[length] += 1
            if position[length] < len(queue):
                closer = queue[position[length]]
                spans.append((high, runs[closer][0]))
                index = closer + 1
            else:
                index += 1
        line_start = line_end + 1
    return spans


def _words(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(text)]


def _targets(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, target) of the link targets in ``text[start:end]``."""
    found = []
    for match in _TARGET.finditer(text, start, len(text) if end is None else end):
        group = match.lastgroup or "e"
        found.append((match.start(group), match.end(group), match.group(group)))
    return found


def _resource(url: str) -> str | None:
    """What a link target points at, or None for an in-page anchor (navigation)."""
    if url.startswith("#"):
        return None
    return canonical_url(url)


def _resources(text: str) -> list[str | None]:
    """The resources the link targets in ``text`` point at, sorted; a target written without
    its scheme (``arxiv.org/abs/…``) is taken as the ``https://`` one."""
    found: list[str | None] = []
    for _, _, url in _targets(text):
        if "://" not in url and _HOST.match(url):
            url = f"https://{url}"
        found.append(_resource(url))
    return sorted(found, key=lambda item: item or "")


def _name_words(url: str) -> list[str]:
    """The words of a target's path, query and fragment (not the host: ``nips`` in
    ``papers.nips.cc`` names no project)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return _words(url)
    return _words(" ".join((parts.path, parts.query, parts.fragment)))


@dataclass
class WordContext:
    """What the checks need of one text, computed once per pass and only when asked."""

    document: Document
    _names: frozenset[str] | None = None
    _fences: list[tuple[int, int]] | None = None
    _entries: tuple[list[int], list[int], list[Entry]] | None = None
    _entry_links: Counter[str] | None = None
    _targets: Counter[str] | None = None
    _spans: dict[int, tuple[int, int]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.document.text

    def names(self) -> frozenset[str]:
        """Words the list uses as names: in link target paths and in code."""
        if self._names is None:
            words: set[str] = set()
            for _, _, url in _targets(self.text):
                words.update(_name_words(url))
            for low, high in code_spans(self.text):
                words.update(_words(self.text[low:high]))
            for start, end in self.fences():
                words.update(_words(self.text[start:end]))
            self._names = frozenset(word for word in words if not word.isdigit())
        return self._names

    def fences(self) -> list[tuple[int, int]]:
        """Character ranges of fenced code blocks (an unclosed fence runs to the end)."""
        if self._fences is None:
            ranges: list[tuple[int, int]] = []
            opening: re.Match[str] | None = None
            for match in _FENCE.finditer(self.text):
                if opening is None:
                    opening = match
                elif match.group(1)[0] == opening.group(1)[0] and len(match.group(1)) >= len(
                    opening.group(1)
                ):
                    ranges.append((opening.start(), match.end()))
                    opening = None
            if opening is not None:
                ranges.append((opening.start(), len(self.text)))
            self._fences = ranges
        return self._fences

    def entry_span(self, entry: Entry) -> tuple[int, int]:
        key = id(entry)
        if key not in self._spans:
            document = self.document
            last = min(entry.source.end_line, len(document.line_offsets()) - 1)
            start = document.offset(entry.source.line)
            self._spans[key] = (start, document.offset(last) + len(document.line_text(last)))
        return self._spans[key]

    def entries_in(self, start: int, end: int) -> list[Entry]:
        """Entries whose lines overlap ``[start, end)``."""
        if self._entries is None:
            entries = list(self.document.entries)
            spans = [self.entry_span(entry) for entry in entries]
            # Entries come in order of their first line; a nested one may end before its
            # parent: walking back stops where no earlier entry reaches ``start``.
            reach = list(itertools.accumulate((span[1] for span in spans), max))
            self._entries = ([span[0] for span in spans], reach, entries)
        starts, reach, entries = self._entries
        found = []
        index = bisect.bisect_left(starts, end) - 1
        while index >= 0 and reach[index] > start:
            if self.entry_span(entries[index])[1] > start:
                found.append(entries[index])
            index -= 1
        return found[::-1]

    def entry_links(self) -> Counter[str]:
        """How many times each resource is linked from entries."""
        if self._entry_links is None:
            self._entry_links = Counter(
                link.canonical
                for entry in self.document.entries
                for link in entry.links
                if not link.url.startswith("#")
            )
        return self._entry_links

    def targets(self) -> Counter[str]:
        """How many times each link target is written in the text."""
        if self._targets is None:
            self._targets = Counter(url for _, _, url in _targets(self.text))
        return self._targets

    def in_code(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` meets a code span or code block."""
        for low, high in self.fences():
            if low < end and start < high:
                return True
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        line_end = len(self.text) if line_end < 0 else line_end
        for low, high in code_spans(self.text, line_start, line_end):
            if (low < end and start < high) or (start == end and low <= start <= high):
                return True
        return False

    def target_at(self, start: int, end: int) -> tuple[int, int, str] | None:
        """The link target that ``[start, end)`` reaches into, if any."""
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        line_end = len(self.text) if line_end < 0 else line_end
        for low, high, url in _targets(self.text, line_start, line_end):
            if (low < end and start < high) or (start == end and low <= start <= high):
                return low, high, url
        return None


def _named(finding: Finding, context: WordContext) -> tuple[int, int]:
    """The characters the finding names: its lines (with their line endings), grown to the
    whole of the entries on them (a finding on an entry's first line names the entry)."""
    offsets = context.document.line_offsets()
    last_line = len(offsets) - 1
    first = max(1, min(finding.line, last_line))
    last = max(first, min(finding.end_line or finding.line, last_line))
    low, high = offsets[first - 1], offsets[last]
    for entry in context.entries_in(low, high):
        start, end = context.entry_span(entry)
        low, high = min(low, start), max(high, end + 1)
    return low, high


def _quote(words: list[str], limit: int = 5) -> str:
    shown = " ".join(words[:limit])
    return f"'{shown}…'" if len(words) > limit else f"'{shown}'"


def word_problem(finding: Finding, edits: tuple[Edit, ...], context: WordContext) -> str | None:
    """Why this fix changes words it may not change (one line), or None."""
    text = context.text
    low, high = _named(finding, context)
    removal = all(not _WORD.search(edit.content) for edit in edits) and any(
        _WORD.search(text, edit.start, edit.end) for edit in edits
    )
    if removal:
        return _removal_problem(edits, context, low, high)
    for edit in edits:
        problem = _edit_problem(edit, context, low, high)
        if problem is not None:
            return problem
    return None


def _line(context: WordContext, offset: int) -> int:
    return context.document.position(offset)[0]


def _edit_problem(edit: Edit, context: WordContext, low: int, high: int) -> str | None:
    text = context.text
    before = text[edit.start : edit.end]
    old, new = _words(before), _words(edit.content)
    target = context.target_at(edit.start, edit.end)
    if target is not None or _TARGET.search(edit.content):
        # Compare the links of the edited lines before and after: the same resources.
        line_start = text.rfind("\n", 0, edit.start) + 1
        line_end = text.find("\n", edit.end)
        line_end = len(text) if line_end < 0 else line_end
        lines = text[line_start:line_end]
        changed = text[line_start : edit.start] + edit.content + text[edit.end : line_end]
        if _resources(lines) != _resources(changed):
            was = target[2] if target is not None else "a link"
            return f"changes the link target {was[:70]} to another resource"
    if "".join(old) == "".join(new):
        return None  # markup, spacing or letter case only (``ACL2020`` → ``ACL 2020``)
    line = _line(context, edit.start)
    if not (low <= edit.start and edit.end <= high):
        return f"changes words outside the lines its finding names (line {line})"
    if context.in_code(edit.start, edit.end):
        return f"changes {_quote(old)} inside code (line {line})"
    gone = [word for word in old if word not in new]
    names = context.names() if gone else frozenset()
    renamed = [word for word in gone if word in names]
    if renamed and target is None:
        return (
            f"renames {_quote(renamed)} (line {line}), a name the list uses in a link or in "
            "code, not a typo"
        )
    return None


def _removal_problem(
    edits: tuple[Edit, ...], context: WordContext, low: int, high: int
) -> str | None:
    text = context.text
    removed_entries: list[Entry] = []
    for edit in edits:
        for entry in context.entries_in(edit.start, edit.end):
            span = context.entry_span(entry)
            if edit.start <= span[0] and span[1] <= edit.end:
                removed_entries.append(entry)
            elif _WORD.search(text, max(edit.start, span[0]), min(edit.end, span[1])) and not (
                low <= edit.start and edit.end <= high
            ):
                line = _line(context, max(edit.start, span[0]))
                return f"removes words of the entry at line {line}, outside what it names"
    # Entries removed whole: each must be the same resource as an entry kept.
    links = context.entry_links()
    gone: Counter[str] = Counter(
        link.canonical
        for entry in removed_entries
        for link in entry.links
        if not link.url.startswith("#")
    )
    for entry in removed_entries:
        resources = [link.canonical for link in entry.links if not link.url.startswith("#")]
        if not resources or any(links[c] - gone[c] <= 0 for c in resources):
            return (
                f"removes the entry {entry.title[:50]!r} (line {entry.source.line}), which is "
                "not the same resource as an entry kept"
            )
    covered = [context.entry_span(entry) for entry in removed_entries]
    targets = context.targets()
    removed_targets: Counter[str] = Counter()
    for edit in edits:
        for match in _LINK.finditer(text, edit.start, edit.end):
            removed_targets[match.group("url")] += 1
    for edit in edits:
        for match in _LINK.finditer(text, edit.start, edit.end):
            url = match.group("url")
            if url.startswith("#"):
                line = _line(context, match.start())
                return (
                    f"removes the navigation link [{match.group('text')[:40]}]({url}) (line {line})"
                )
            if targets[url] - removed_targets[url] <= 0 and not any(
                a <= match.start() < b for a, b in covered
            ):
                line = _line(context, match.start())
                return f"removes the only link to {url[:70]} (line {line})"
        # Words outside the entries removed: only those of the lines the finding names.
        for word in _WORD.finditer(text, edit.start, edit.end):
            if any(a <= word.start() < b for a, b in covered):
                continue
            if not (low <= word.start() < high):
                line = _line(context, word.start())
                return (
                    f"removes {word.group()!r} (line {line}), outside the lines its finding names"
                )
    return None
