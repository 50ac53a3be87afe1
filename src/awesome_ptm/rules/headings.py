"""PTM40x: heading structure — empty sections, skipped levels, TOC markers, punctuation."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from awesome_ptm.findings import Edit, Finding, Fix
from awesome_ptm.model import Document, Heading
from awesome_ptm.rules._base import Context, Rule

#: Blocks that do not make a section non-empty: they only hold a place or decorate.
NON_CONTENT_BLOCKS = frozenset(
    {"toc-marker", "placeholder", "placeholder-row", "empty-item", "rule", "label"}
)

_ATX = re.compile(r"^( {0,3})(#{1,6})(?=[ \t]|$)")
_LAST_WORD = re.compile(r"(?<![A-Za-z.])[A-Za-z]+(?:\.[A-Za-z]+)*$")
_LAST_WORD_TAIL = 32


@dataclass(frozen=True, slots=True)
class _Span:
    """A heading and the lines its section covers (``first..last``, after the heading)."""

    index: int
    heading: Heading
    first: int
    last: int


# List-item and blockquote markers before a heading on the same line (``- # A``, ``> # A``).
_CONTAINER_MARKERS = re.compile(r"(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])[ \t]+)*")


def _is_atx(heading: Heading) -> bool:
    """An ATX heading (``# A``), also inside a list item or quote; else a setext heading."""
    markers = _CONTAINER_MARKERS.match(heading.raw)
    rest = heading.raw[markers.end() :] if markers is not None else heading.raw
    return _ATX.match(rest.lstrip(" ")) is not None or _ATX.match(heading.raw) is not None


def _heading_lines(heading: Heading) -> tuple[int, int]:
    """First and last line a heading occupies (a setext heading has its underline too)."""
    return heading.line, heading.line if _is_atx(heading) else heading.line + 1


def _spans(document: Document) -> list[_Span]:
    """Each heading with the lines of its section: up to the next heading of its level or a
    shallower one (subsections included), or the end of the file."""
    headings = sorted(document.headings, key=lambda h: h.line)
    lasts = [len(document.lines)] * len(headings)
    open_: list[int] = []  # headings whose section is still running, shallowest first
    for index, heading in enumerate(headings):
        while open_ and headings[open_[-1]].level >= heading.level:
            lasts[open_.pop()] = heading.line - 1
        open_.append(index)
    return [
        _Span(index, heading, _heading_lines(heading)[1] + 1, lasts[index])
        for index, heading in enumerate(headings)
    ]


def _remove_lines_and_blanks(document: Document, first: int, last: int) -> Edit:
    """An edit deleting lines ``first..last`` and the blank lines that follow them."""
    lines = document.lines
    # A heading inside a list item on the last line ("- # x") is taken for a setext heading
    # whose underline would be past the end: never go beyond the last line.
    end_line = min(last, len(lines))
    while end_line < len(lines) and not lines[end_line].strip():
        end_line += 1
    offsets = document.line_offsets()
    start = offsets[first - 1]
    end = min(offsets[end_line], len(document.text))
    return Edit(start, end, "")


def _count_between(values: list[int], low: int, high: int) -> int:
    """How many of the sorted ``values`` lie in ``low..high``."""
    return bisect.bisect_right(values, high) - bisect.bisect_left(values, low)


def _content_column(raw: str) -> int:
    """1-based column of the first non-blank character of a line."""
    return len(raw) - len(raw.lstrip()) + 1


#: A heading that is only a link into a page (``### 1. [Corpus](…#corpus)``): a table of
#: contents written as headings, with nothing under it by design.
_NAVIGATION_HEADING = re.compile(
    r"^(?:[-*+][ \t]+)?#{1,6}[ \t]+(?:[0-9]+[.)][ \t]*)?\[[^\]\n]+\]\([^)\s#]*#[^)\s]*\)[ \t]*#*$"
)


#: The title of a table-of-contents heading (whose list GitHub or a tool draws).
_CONTENTS_TITLE = re.compile(r"^\W*(?:table of contents|contents|toc|目录|目录导航)\W*$", re.I)


class EmptySection(Rule):
    """A heading with nothing under it: no entries, no text, no subsection that has any.

    ## What it does
    Reports a heading whose section — everything up to the next heading of the same or a
    shallower level — holds no entry and no content (prose, a table, an image, HTML, a
    table of contents). Placeholders such as ``（持续更新中）``, empty bullets, lone labels
    (``论文:``) and ``[TOC]`` do not count as content. A heading whose subsections hold
    entries is not empty, so a document title (``# Awesome X``) followed only by sections
    is fine; when every subsection is empty the parent is reported too. A subtitle written
    as a heading right under the document title (``# Title`` then ``### subtitle`` then
    ``## Section``) is not reported.

    ## Why is this bad
    Readers follow the heading (often from the table of contents) and find nothing. Empty
    headings are usually a plan that was never carried out, or entries that were moved
    elsewhere and left the heading behind.

    ## Example
    ```markdown
    # NLP PTM
    ## 生成式预训练模型

    ## MLM预训练模型

    # Multi-modal PTM
    ```

    ## Fix
    Add the entries the heading promises, or delete it. When the section holds nothing but
    blank lines (and other empty headings), the unsafe fix (``--unsafe-fixes``) deletes the
    heading line and the blank lines after it; it is unsafe because the heading may record
    the author's plan. Sections with placeholders get no fix: delete those by hand.
    """

    code = "PTM401"
    name = "empty-section"
    severity = "warning"
    fixable = "unsafe"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        spans = _spans(document)
        if not spans:
            return
        content = sorted(self._content_lines(document))
        starts = [span.heading.line for span in spans]
        heading_lines = {line for span in spans for line in range(span.heading.line, span.first)}
        lines = document.lines
        for span in spans:
            if _count_between(content, span.first, span.last):
                continue
            if self._is_subtitle(spans, span):
                continue
            if self._is_tagline(document, spans, span):
                continue
            if _NAVIGATION_HEADING.match(span.heading.raw.strip()):
                continue  # a table of contents written as headings: it points, holds nothing
            if _CONTENTS_TITLE.search(span.heading.title or ""):
                continue  # "Contents" / "目录": GitHub draws the table of contents itself
            if span.index == len(spans) - 1 and not document.text[
                document.offset(span.heading.line) :
            ].strip().count("\n"):
                continue  # the file ends at the heading: a cut-off copy, not a list's section
            subsections = _count_between(starts, span.first, span.last)
            title = span.heading.title or span.heading.raw.strip()
            if subsections:
                if subsections > 1:
                    what = f"its {subsections} subsections hold"
                else:
                    what = "its subsection holds"
                message = (
                    f"section {title!r} is empty: neither it nor {what} an entry; "
                    "add entries or delete the heading"
                )
            else:
                message = (
                    f"section {title!r} is empty: no entry or text under the heading; "
                    "add entries or delete the heading"
                )
            fix = None
            bare = all(
                not lines[line - 1].strip() or line in heading_lines
                for line in range(span.first, span.last + 1)
            )
            if bare:
                first, last = _heading_lines(span.heading)
                fix = Fix(
                    "unsafe",
                    (_remove_lines_and_blanks(document, first, last),),
                    "delete the empty heading",
                )
            raw = span.heading.raw
            yield self.finding(
                document,
                span.heading.line,
                message,
                column=_content_column(raw),
                end_column=len(raw.rstrip()) + 1,
                fix=fix,
            )

    @staticmethod
    def _content_lines(document: Document) -> list[int]:
        """Lines where an entry or a content block starts."""
        lines = [entry.source.line for entry in document.entries]
        lines.extend(
            block.line for block in document.blocks if block.kind not in NON_CONTENT_BLOCKS
        )
        return lines

    @staticmethod
    def _is_tagline(document: Document, spans: list[_Span], span: _Span) -> bool:
        """A heading above the list's first entry that the next line's shallower heading
        follows (``### The Most Powerful NLP-Weapon Arsenal`` over ``## NLP民工的乐园``): a
        line of display text in the list's header, not a section."""
        if span.index + 1 >= len(spans) or not document.entries:
            return False
        following = spans[span.index + 1].heading
        first_entry = min(entry.source.line for entry in document.entries)
        return (
            following.level < span.heading.level
            and following.line == span.heading.line + 1
            and span.heading.line < first_entry
        )

    @staticmethod
    def _is_subtitle(spans: list[_Span], span: _Span) -> bool:
        """``# Title`` / ``### subtitle`` / ``## Section``: a heading right under the first
        heading, deeper than it, whose own section ends at a shallower heading."""
        if span.index != 1:
            return False
        title = spans[0]
        if span.heading.level <= title.heading.level or title.first != span.heading.line:
            return False
        if span.index + 1 >= len(spans):
            return False
        return spans[span.index + 1].heading.level < span.heading.level


class SkippedHeadingLevel(Rule):
    """A heading more than one level deeper than the heading before it (``##`` → ``####``).

    ## What it does
    Compares each heading with the previous one and reports a jump of more than one level
    down, as markdownlint's MD001 does. Going back up any number of levels is fine, and the
    first heading of a file may have any level.

    ## Why is this bad
    The outline is wrong: the generated table of contents, screen readers and the export's
    section paths show a level with no parent. Usually a heading was demoted by mistake or
    the intermediate heading was deleted.

    ## Example
    ```markdown
    ## 预训练模型相关资料列表

    #### 基础类
    ```

    ## Fix
    Use the next level (``###``), or add the missing intermediate heading. There is no
    automatic fix: renumbering one heading changes the level of the section under it.
    """

    code = "PTM402"
    name = "skipped-heading-level"
    severity = "info"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        previous: Heading | None = None
        for heading in sorted(document.headings, key=lambda h: h.line):
            if previous is not None and heading.level > previous.level + 1:
                expected = previous.level + 1
                match = _ATX.match(heading.raw)
                column = len(match.group(1)) + 1 if match else 1
                end_column = match.end() + 1 if match else len(heading.raw.rstrip()) + 1
                yield self.finding(
                    document,
                    heading.line,
                    f"heading level jumps from h{previous.level} to h{heading.level} "
                    f"({heading.title!r}); use h{expected} at most",
                    column=column,
                    end_column=end_column,
                )
            previous = heading


class TocMarker(Rule):
    """A ``[TOC]`` marker, which GitHub shows as literal text.

    ## What it does
    Reports paragraphs that are only a table-of-contents marker — ``[TOC]``, ``[[toc]]``,
    ``[[_TOC_]]``, ``{:toc}`` — that some editors (Typora, GitLab, VuePress) expand.

    ## Why is this bad
    GitHub does not expand them: readers see the bare text ``[TOC]`` at the top of the list.
    GitHub builds its own outline from the headings.

    ## Example
    ```markdown
    [TOC]

    # 汇总
    ```

    ## Fix
    The safe fix deletes the marker line and the blank lines after it. Write a table of
    contents as a list of links to the headings if the list needs one.
    """

    code = "PTM403"
    name = "toc-marker"
    severity = "warning"
    fixable = "safe"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        for block in document.blocks:
            if block.kind != "toc-marker":
                continue
            raw = document.line_text(block.line)
            marker = block.text.strip()
            fix = None
            if block.line == block.end_line and raw.strip() == marker:
                fix = Fix(
                    "safe",
                    (_remove_lines_and_blanks(document, block.line, block.end_line),),
                    "delete the TOC marker",
                )
            column = raw.find(marker) + 1 if marker and marker in raw else 1
            yield self.finding(
                document,
                block.line,
                f"{marker!r} is not rendered by GitHub; delete it",
                column=column,
                end_column=column + len(marker) if marker in raw else None,
                fix=fix,
            )


#: Trailing punctuation a heading should not have. ``?``, ``!`` and closing brackets are
#: meaningful and stay.
HEADING_PUNCTUATION = ":：.。,，;；、"
_ABBREVIATIONS = frozenset({"etc", "al", "vs", "inc", "ltd", "co", "eg", "ie", "jr", "sr"})


def _heading_text_end(raw: str, atx: bool) -> int:
    """Offset in ``raw`` just after the heading's text (no closing ``#``s, no spaces)."""
    text = raw.rstrip()
    if atx:
        match = _ATX.match(text)
        body_start = match.end() if match else 0
        text = text[:body_start] + _without_closing_sequence(text[body_start:])
        text = text.rstrip()
    return len(text)


def _without_closing_sequence(body: str) -> str:
    """An ATX heading's text without its optional closing ``#`` sequence (``## A ##``).

    String operations, not a regex: a pattern like ``(?:^|[ \t]+)#+[ \t]*$`` searched over a
    long run of spaces rescans the run from every position.
    """
    stripped = body.rstrip(" \t")
    without = stripped.rstrip("#")
    if without == stripped:
        return body  # no closing sequence
    if without and without[-1] not in " \t":
        return body  # "C#": the hashes belong to the text
    return without.rstrip(" \t")


def _trailing_punctuation(raw: str, atx: bool) -> tuple[int, int, int] | None:
    """(remove_start, punct_start, punct_end) offsets in ``raw`` of a trailing punctuation
    run, looking through closing emphasis (``**Papers:**``); None when there is none."""
    end = _heading_text_end(raw, atx)
    body_start = 0
    match = _ATX.match(raw) if atx else None
    if match is not None:
        body_start = match.end()
    position = end
    while position > body_start and raw[position - 1] in "*_":
        position -= 1
    punct_end = position
    while position > body_start and raw[position - 1] in HEADING_PUNCTUATION:
        position -= 1
    punct_start = position
    if punct_start == punct_end:
        return None
    run = raw[punct_start:punct_end]
    before = raw[body_start:punct_start]
    if not before.strip(" \t*_"):
        return None  # the heading is only punctuation
    if run.startswith(".."):
        return None  # an ellipsis
    if run == ".":
        # The last word only (abbreviations are short): searched over the whole text, the
        # pattern would rescan a long run of letters from every position.
        last = _LAST_WORD.search(before[-_LAST_WORD_TAIL:])
        if last is not None:
            written = last.group()
            word = written.replace(".", "").casefold()
            if word in _ABBREVIATIONS or "." in written or len(word) == 1:
                return None  # "etc.", "et al.", "U.S."
    remove_start = punct_start
    while remove_start > body_start and raw[remove_start - 1] in " \t":
        remove_start -= 1
    return remove_start, punct_start, punct_end


class HeadingPunctuation(Rule):
    """A heading that ends with punctuation: ``#### 综述类：``, ``## Papers:``.

    ## What it does
    Reports a heading whose text ends with ``:``, ``：``, ``.``, ``。``, ``,``, ``，``,
    ``;``, ``；`` or ``、`` (as markdownlint's MD026 does). Question marks, exclamation marks
    and closing brackets are part of the title and stay, as do an ellipsis (``...``) and an
    abbreviation's dot (``etc.``).

    ## Why is this bad
    A heading is a title, not the start of a sentence; the colon is left over from writing
    it as a label. It also ends up in the anchor, the table of contents and the export's
    section names, where ``应用类：`` and ``应用类`` become two different sections.

    ## Example
    ```markdown
    #### 综述类：
    ## 1、论文汇总：
    ```

    ## Fix
    The safe fix deletes the trailing punctuation (and the spaces before it) from the
    heading line, keeping any closing ``#``s or emphasis.
    """

    code = "PTM404"
    name = "heading-punctuation"
    severity = "info"
    fixable = "safe"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        for heading in sorted(document.headings, key=lambda h: h.line):
            title = heading.title.rstrip()
            if not title or title[-1] not in HEADING_PUNCTUATION:
                continue
            found = _trailing_punctuation(heading.raw, _is_atx(heading))
            if found is None:
                continue
            remove_start, punct_start, punct_end = found
            run = heading.raw[punct_start:punct_end]
            base = document.offset(heading.line)
            fix = Fix(
                "safe",
                (Edit(base + remove_start, base + punct_end, ""),),
                f"delete the trailing {run!r}",
            )
            yield self.finding(
                document,
                heading.line,
                f"heading {title!r} ends with {run!r}; delete the trailing punctuation",
                column=punct_start + 1,
                end_column=punct_end + 1,
                fix=fix,
            )


RULES: tuple[type[Rule], ...] = (EmptySection, SkippedHeadingLevel, TocMarker, HeadingPunctuation)
