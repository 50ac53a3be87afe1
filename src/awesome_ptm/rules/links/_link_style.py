"""PTM301 link-style: an entry's link written unlike the rest of its file (or table), and
the fixes that rewrite a bracketed or bare URL as a Markdown link."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from awesome_ptm.errors import ConfigError
from awesome_ptm.findings import Edit, Finding, Fix
from awesome_ptm.identity import paper_identifier
from awesome_ptm.model import Document, Entry, Link
from awesome_ptm.rules._base import Context, Rule
from awesome_ptm.rules.links._data import link_data
from awesome_ptm.rules.links._link_rule import link_start
from awesome_ptm.rules.links._structure import document_structure, table_rows
from awesome_ptm.rules.links._targets import fits_inline
from awesome_ptm.venues import split_venue_year

# List marker at the start of a line: "- ", "* ", "1. ", "2) ".
_MARKER = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_TITLE_SEPARATORS = " \t,，:：;；-–—|"

_STYLE_NAMES = {
    "inline": "as a Markdown link [title](url)",
    "bare": "as a bare URL",
    "paren": "as a URL in brackets, title（url）",
    "autolink": "as an autolink <url>",
    "reference": "as a reference link",
    "html": "as an HTML link",
}
STYLE_OPTIONS = ("inline", "bare", "paren", "autolink")


def dominant_style(styles: list[str]) -> str | None:
    """The style most links are written in; None on a tie (there is no house style)."""
    ranked = Counter(styles).most_common()
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def bare_link_text(url: str) -> str | None:
    """Link text that says what a bare URL is: ``owner/repo`` for a repository, ``arXiv:ID``
    for an arXiv paper; None when nothing sensible can be derived."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host = (parts.hostname or "").removeprefix("www.")
    segments = [s for s in parts.path.split("/") if s]
    if host in link_data().repository_hosts:
        if len(segments) == 2 and not parts.query and not parts.fragment:
            owner, repo = segments
            repo = repo.removesuffix(".git")
            text = f"{owner}/{repo}"
            return text if repo and "[" not in text and "]" not in text else None
        return None
    paper = paper_identifier(url)
    if paper is not None and paper.scheme == "arxiv":
        return f"arXiv:{paper.value}{paper.version or ''}"
    return None


def _joint(text_before: str, rest: str) -> str:
    """Space to put between a rewritten link and the text after it, so that words the
    brackets used to separate do not run together."""
    if text_before and not text_before[-1].isspace() and rest[:1].isalnum():
        return " "
    return ""


def paren_to_inline(document: Document, entry: Entry, link: Link) -> Fix | None:
    """``Title，**Venue**（url）note`` → ``[Title](url)，**Venue** note`` (see LinkStyle)."""
    if (
        entry.shape != "text-title"
        or entry.source.line != entry.source.end_line
        or link.line != entry.source.line
        or not fits_inline(link.url)
    ):
        return None
    start = link_start(document, link)
    if start is None:
        return None
    line_start = document.offset(link.line)
    line = document.line_text(link.line)
    column = start - line_start
    end = column + len(link.url)
    before = line[:column].rstrip(" \t")
    close = end + (len(line[end:]) - len(line[end:].lstrip(" \t")))
    if not before or before[-1] not in "(（" or close >= len(line) or line[close] not in ")）":
        return None
    marker = _MARKER.match(line)
    head_start = marker.end() if marker else 0
    head = line[head_start : len(before) - 1]
    written = head.rstrip(" \t")
    gap = head[len(written) :]
    venue = ""
    if written.endswith("**"):
        opening = written.rfind("**", 0, len(written) - 2)
        if opening >= 0 and split_venue_year(written[opening + 2 : -2]) is not None:
            venue = written[opening:]
            written = written[:opening]
    title = written.rstrip(_TITLE_SEPARATORS)
    separator = written[len(title) :]
    if (
        not title
        or title != entry.title
        or any(ch in title for ch in "[]\\")
        or (separator and not venue)
    ):
        return None
    replacement = f"[{title}]({link.url}){separator}{venue}"
    rest = line[close + 1 :]
    if venue and gap and rest[:1].isalnum():
        replacement += gap
    else:
        replacement += _joint(replacement, rest)
    return Fix(
        "safe",
        (Edit(line_start + head_start, line_start + close + 1, replacement),),
        "write the entry as [title](url)",
    )


def bare_to_inline(document: Document, entry: Entry, link: Link) -> Fix | None:
    """``1. https://github.com/x/y`` → ``1. [x/y](https://github.com/x/y)`` (unsafe: the
    link text is made up)."""
    if entry.source.line != entry.source.end_line or link.line != entry.source.line:
        return None
    text = bare_link_text(link.url)
    start = link_start(document, link)
    if text is None or start is None or not fits_inline(link.url):
        return None
    line_start = document.offset(link.line)
    line = document.line_text(link.line)
    first, last = start - line_start, start - line_start + len(link.url)
    if link.style == "autolink":
        if line[first - 1 : first] != "<" or line[last : last + 1] != ">":
            return None
        first, last = first - 1, last + 1
    marker = _MARKER.match(line)
    if marker is None or marker.end() != first or line[last:].strip():
        return None
    return Fix(
        "unsafe",
        (Edit(line_start + first, line_start + last, f"[{text}]({link.url})"),),
        f"write the link as [{text}](url)",
    )


#: A section of this many linked entries that mostly write links one way keeps that way.
_SECTION_STYLE_MIN = 3


class LinkStyle(Rule):
    """An entry whose link is written differently from the rest of its file.

    ## What it does
    Looks at each entry's primary (first) link and how it is written: a Markdown link
    ``[title](url)`` (inline), a bare URL, a URL in brackets after the title
    (``Title（https://…）``, paren) or an autolink ``<https://…>``. The file's style is the
    one most primary links use (on a tie there is none and nothing is reported); the rule
    option ``style`` (inline, bare, paren or autolink) sets it instead. Each entry written
    otherwise is reported once, unless it has a name of its own and most entries of its
    section (three or more) write their links the same way: that section's convention
    (``name: <url>`` throughout a section of data set portals; a bare URL, nameless, is
    still reported). The rows of a table are compared with the other rows of
    the same table only, by majority (the option does not apply), since a table's links
    live in cells and follow the table's own layout.

    ## Why is this bad
    A list that mixes ``[Title](url)`` with ``Title（url）`` and lone URLs reads as a pile of
    pasted notes; renderers show bracketed URLs as long text, and tools reading the list
    find titles and links less reliably.

    ## Example
    ```markdown
    1. [BERT](https://arxiv.org/abs/1810.04805)
    2. [ERNIE](https://arxiv.org/abs/1904.09223)
    3. RoBERTa: A Robustly Optimized BERT Pretraining Approach，**EMNLP 2020**（https://arxiv.org/pdf/1907.11692.pdf）鲁棒性优化
    ```

    ## Fix
    When the file's style is inline, a one-line entry whose text before the bracketed URL
    is exactly its title — optionally followed by a bold venue — is rewritten safely, every
    character of title, venue and note kept, only the brackets and the spaces inside them
    dropped: ``Title，**EMNLP 2020**（url）鲁棒性优化`` becomes
    ``[Title](url)，**EMNLP 2020** 鲁棒性优化`` (a space is put where the brackets separated
    two words), ``Title (url)`` becomes ``[Title](url)``. A list item that is only a bare
    URL to a repository or an arXiv paper gets an unsafe fix that makes up its link text:
    ``1. https://github.com/x/y`` becomes ``1. [x/y](https://github.com/x/y)``. Paragraph
    entries (a description line and URL lines) and other shapes are left to a human.
    """

    code = "PTM301"
    name = "link-style"
    severity = "info"
    fixable = "sometimes"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        option = context.options(self).get("style")
        if option is not None and option not in STYLE_OPTIONS:
            raise ConfigError(
                f"rules.{self.name}.style: {option!r} is not one of {', '.join(STYLE_OPTIONS)}"
            )
        linked = [e for e in document.entries if e.primary_link is not None]
        others = [e for e in linked if e.shape != "table-row"]
        yield from self._population(document, others, option, "entries in this file")
        tables = document_structure(document, context).tables
        for rows in table_rows([e for e in linked if e.shape == "table-row"], tables):
            yield from self._population(document, rows, None, "rows of this table")

    def _population(
        self, document: Document, entries: list[Entry], option: str | None, scope: str
    ) -> Iterator[Finding]:
        styles = [e.links[0].style for e in entries]
        expected = option or dominant_style(styles)
        if expected is None:
            return
        count = styles.count(expected)
        why = "the configured style" if option else f"the style of {count} of {len(styles)} {scope}"
        by_section: dict[tuple[str, ...], list[str]] = {}
        for entry in entries:
            by_section.setdefault(tuple(entry.section), []).append(entry.links[0].style)
        for entry in entries:
            link = entry.links[0]
            if link.style == expected:
                continue
            own = by_section[tuple(entry.section)]
            if (
                option is None
                and entry.shape != "bare-url"
                and len(own) >= _SECTION_STYLE_MIN
                and dominant_style(own) == link.style
            ):
                # Its section names its entries and writes their links this way ("name:
                # <url>" for each data set portal): that section's convention. A bare URL
                # without a name is still reported: readers see only the address.
                continue
            fix: Fix | None = None
            if expected == "inline" and link.style == "paren":
                fix = paren_to_inline(document, entry, link)
            elif expected == "inline" and link.style in ("bare", "autolink"):
                fix = bare_to_inline(document, entry, link)
            message = (
                f"link of {entry.title!r} is written {_STYLE_NAMES.get(link.style, link.style)};"
                f" write it {_STYLE_NAMES[expected]}, {why}"
            )
            start = link_start(document, link)
            if start is None:
                yield self.finding(document, link.line or entry.source.line, message, fix=fix)
            else:
                yield self.span_finding(document, start, start + len(link.url), message, fix=fix)
