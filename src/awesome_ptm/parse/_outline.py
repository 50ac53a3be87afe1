"""The section path of what is read: the headings above it, a label over its list (a line
of bold or italic text, a ``<details>`` summary), the category items it is nested under;
and headings that turn out to be their parent's subtitle."""

from __future__ import annotations

import re

from awesome_ptm.model import Block, Entry, Heading, Section, Source
from awesome_ptm.parse._categories import may_be_subtitle, summary_label
from awesome_ptm.parse._html_lines import summary_names_work

#: The level of sections that are not headings (category items, labels, table rows).
LABEL_LEVEL = 7


class SectionPath:
    """The headings, sections, entries and blocks of one file so far, and where the walk
    is among its sections."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.headings: list[Heading] = []
        self.sections: list[Section] = []
        self.entries: list[Entry] = []
        self.blocks: list[Block] = []
        #: The headings the walk is under, with the level each nests at.
        self.heading_path: list[tuple[int, str]] = []
        #: The category items (and table section rows) the walk is in.
        self.extra_path: list[str] = []
        #: The group name a line of bold or italic text (or a ``<details>`` summary) gives
        #: the lists after it, up to the next heading (``*(Lectures)*`` over its lectures).
        self.label: str | None = None
        #: A heading read as a group that may turn out to be its parent's subtitle (see
        #: :meth:`close_subtitle`): its title, its parent's nesting, and how many entries
        #: and sections came before it.
        self.subtitle: tuple[str, int, int, int] | None = None
        #: Inside ``<details>`` whose summary names a group: the label before it, and how
        #: many headings there were when it opened.
        self.details_label: tuple[str | None, int] | None = None
        #: Inside ``<details>`` whose summary names a group that headings divide
        #: (``<summary>语音识别 (ASR)</summary>`` over ``### 工具``, ``### 数据集``): the
        #: summary's name and how many headings of the path stand above it.
        self.details_group: tuple[str, int] | None = None
        self.details_summary: str | None = None
        #: ``<details><summary>`` just opened (its heading comes next), and the level of
        #: the summary heading of the details the walk is in.
        self.summary_open = False
        self.details_level: int | None = None
        #: The level of the last HTML heading (``<h3 id="llm">…</h3>``), and whether the
        #: Markdown headings of its level that follow nest under it (see
        #: :meth:`_html_nesting`).
        self.html_level: int | None = None
        self.html_group = False
        self.html_line = 0

    def section_path(self) -> list[str]:
        """The path of what is read now: headings, label, category items."""
        label = [self.label] if self.label is not None else []
        headings = [title for _, title in self.heading_path]
        if self.details_group is not None:
            summary, above = self.details_group
            headings.insert(min(above, len(headings)), summary)
        return headings + label + self.extra_path

    def add_section(self, title: str, level: int, kind: str, line: int, end: int) -> None:
        self.sections.append(
            Section(
                title=title,
                level=level,
                kind=kind,
                path=self.section_path(),
                source=Source(self.path, line, end),
            )
        )

    def set_label(self, label: str, kind: str, line: int, end: int) -> None:
        """``label`` names the group of what follows, up to the next heading."""
        self.label = None
        self.add_section(label, LABEL_LEVEL, kind, line, end)
        self.label = label

    def enter_heading(
        self, level: int, title: str, line: int, text: str, html: bool = False
    ) -> None:
        """A heading (its ``level``, ``title``, ``line`` and source ``text``; ``html``: an
        HTML heading element) starts a section: the path is cut back to its parent and the
        heading joins it."""
        right_under = bool(self.headings) and self._nothing_since(self.headings[-1].line)
        nesting = self._html_nesting(level, html, right_under)
        # (the first heading inside ``<details>`` whose summary names a group: the summary
        # stays above the headings that divide the group, up to ``</details>``)
        kept_summary = (
            self.details_summary
            if self.details_label is not None and len(self.headings) == self.details_label[1]
            else None
        )
        if html:
            self.html_line = line
        # (a heading nested under an HTML heading of its level is recorded at the level it
        # nests at: the rules that measure sections by heading levels see it inside)
        self.headings.append(Heading(nesting, title, line, text))
        # Inside ``<details>`` whose ``<summary>`` is a heading, that heading names the
        # group: the headings of the details nest under it whatever their level.
        if self.summary_open:
            self.summary_open = False
            self.details_level = level
        elif self.details_level is not None and level <= self.details_level:
            nesting = self.details_level + 1
        self.close_subtitle(nesting)
        parent = self.heading_path[-1][0] if self.heading_path else 0
        while self.heading_path and self.heading_path[-1][0] >= nesting:
            self.heading_path.pop()
        if right_under and 0 < parent < nesting and may_be_subtitle(title, nesting, parent):
            self.subtitle = (title, parent, len(self.entries), len(self.sections))
        if kept_summary is not None:
            self.details_group = (kept_summary, len(self.heading_path))
        self.heading_path.append((nesting, title))
        self.extra_path = []
        self.label = None

    def _html_nesting(self, level: int, html: bool, right_under: bool) -> int:
        """The level a heading nests at after an HTML heading. A list that titles its
        parts with HTML headings may divide one with Markdown headings of the same level
        (``<h3 id="llm">Reasoning</h3>`` right above ``### 2025``, ``### 2024``…): those
        nest under it, until a heading of a higher level or the next HTML heading. A
        Markdown heading of its level after the HTML heading's own content is its sibling."""
        if html:
            self.html_level, self.html_group = level, False
            return level
        if self.html_level is None or level > self.html_level:
            return level
        if level == self.html_level and (
            self.html_group or (right_under and self.headings[-1].line == self.html_line)
        ):
            self.html_group = True
            return level + 1
        self.html_level, self.html_group = None, False
        return level

    def details(self, line: int, html: str) -> None:
        """Follow ``<details><summary>`` … ``</details>`` in an HTML block (its first
        ``line`` and its source ``html``). A summary of text names the group of the
        entries inside (see :func:`~awesome_ptm.parse._categories.summary_label`)."""
        folded = html.casefold()
        if "</details>" in folded:
            self.end_details()
        if "<summary" in folded and (
            "</summary>" not in folded or _SUMMARY_HEADING.search(folded) is not None
        ):
            self.summary_open = True  # the heading that comes (or is in it) titles the part
        summary = folded.rfind("<summary")
        if summary < 0 or summary < folded.rfind("</details>"):
            return
        if _NOTE_AFTER_SUMMARY.search(html, summary) is not None:
            return  # ``<summary>Digest</summary> This paper studies…``: a folded note
        if summary_names_work(html[summary:]):
            return  # ``<summary> Title <a href=…>[Paper]</a></summary>``: a work, an entry
        self._summary_group(summary_label(html[summary:]), line, line + html.count("\n"))

    def end_details(self) -> None:
        """``</details>``: the group its summary named ends (the label before it, unless a
        heading came inside)."""
        self.details_level = None
        self.summary_open = False
        self.details_group = self.details_summary = None
        if self.details_label is not None:
            saved, headings = self.details_label
            self.details_label = None
            if headings == len(self.headings):
                self.label = saved

    def summary_over_table(self, html: str, line: int, end: int) -> None:
        """``<details open><summary>2025 (53)</summary>`` right over a ``<table>`` in the
        same HTML block (``html``, on lines ``line..end``, the lines above the table): the
        summary names the group of the table's entries, up to ``</details>``."""
        self._summary_group(summary_label(html), line, end)

    def _summary_group(self, label: str | None, line: int, end: int) -> None:
        """A ``<summary>``'s ``label`` (on lines ``line..end``) names the group of what
        follows, up to ``</details>`` (see :meth:`end_details`), unless it repeats the
        heading above (``## Milestone Papers`` over ``<summary>milestone papers</summary>``)."""
        if label is None or (self.heading_path and _same(label, self.heading_path[-1][1])):
            return
        self.details_label = (self.label, len(self.headings))
        self.details_group, self.details_summary = None, label
        self.set_label(label, "label", line, end)

    def _nothing_since(self, line: int) -> bool:
        """Whether no entry and no block was read after ``line``."""
        return not (self.entries and self.entries[-1].source.line > line) and not (
            self.blocks and self.blocks[-1].line > line
        )

    def close_subtitle(self, nesting: int | None) -> None:
        """A heading at ``nesting`` (None: the end of the file) comes. A heading that came
        right under its parent heading, much smaller (``## Top Code LLMs`` then ``######
        Sort by HumanEval Pass@1``) or saying how the section is sorted, and that stays the
        only one under its parent, is the parent's subtitle: its entries are the parent's."""
        if self.subtitle is None:
            return
        title, parent, first_entry, first_section = self.subtitle
        self.subtitle = None
        if nesting is not None and nesting > parent:
            return  # another heading under the same parent: a group of its own
        depth = sum(1 for level, _ in self.heading_path if level <= parent)
        for path in [
            *(entry.section for entry in self.entries[first_entry:]),
            # (the subtitle's own section, ``first_section``, keeps its path)
            *(section.path for section in self.sections[first_section + 1 :]),
        ]:
            if path[depth : depth + 1] == [title]:
                del path[depth]


#: ``<summary>Digest</summary> This paper …``: the summary of a folded note, its text
#: right after it on the same line (a group's entries follow as blocks of their own).
_NOTE_AFTER_SUMMARY = re.compile(
    r"</summary\s{0,5}>[ \t]{0,20}(?:<[^<>\n]{0,200}>[ \t]{0,20}){0,3}[^\s<][^<\n]{0,40}\s\S",
    re.I,
)
#: A summary that opens with a heading element (``<summary><h2>Survey</h2></summary>``).
_SUMMARY_HEADING = re.compile(r"<summary\b[^>]{0,200}>\s{0,20}<h[1-6]\b")


def _same(a: str, b: str) -> bool:
    """Two names that read the same (case, emoji and punctuation aside)."""
    return [c for c in a.casefold() if c.isalnum()] == [c for c in b.casefold() if c.isalnum()]
