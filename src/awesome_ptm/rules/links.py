"""PTM30x: links — their style, targets that are not URLs, http, tracking parameters,
redirect wrappers, entries without a link and relative links to files that do not exist."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import stat
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from rapidfuzz.distance import OSA

from awesome_ptm.datafiles import load_data
from awesome_ptm.errors import ConfigError
from awesome_ptm.findings import Edit, Finding, Fix
from awesome_ptm.identity import (
    https_upgrade,
    paper_identifier,
    redirect_target,
    repair_arxiv,
    strip_tracking,
    tracking_params,
)
from awesome_ptm.model import Document, Entry, Layout, Link
from awesome_ptm.parse._document import layout
from awesome_ptm.parse._inline import ARXIV_ID, BARE_URL, trim_url
from awesome_ptm.parse._markdown import markdown
from awesome_ptm.paths import is_inside, project_root, root_for_file
from awesome_ptm.rules._base import Context, Rule, iter_link_spans
from awesome_ptm.rules._conventions import MIN_SAMPLE, MOSTLY, conventions
from awesome_ptm.venues import split_venue_year

# --- data (data/links.yaml) ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LinkData:
    session_params: frozenset[str]  # casefolded
    repository_hosts: frozenset[str]
    top_level_domains: frozenset[str]


@functools.cache
def link_data() -> LinkData:
    """``data/links.yaml``, read and checked once."""
    where = "links.yaml"
    data = load_data(where)  # the C loader when PyYAML has it (see awesome_ptm.datafiles)
    keys = {"session_params", "repository_hosts", "top_level_domains"}
    if not isinstance(data, dict):
        raise ConfigError("expected a mapping", path=where)
    unknown = sorted(str(key) for key in set(data) - keys)
    if unknown:
        raise ConfigError(f"unknown key(s) {', '.join(unknown)}", path=where)

    def strings(key: str) -> frozenset[str]:
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ConfigError("expected a list of non-empty strings", path=f"{where}: {key}")
        return frozenset(v.casefold() for v in value)

    return LinkData(
        session_params=strings("session_params"),
        repository_hosts=strings("repository_hosts"),
        top_level_domains=strings("top_level_domains"),
    )


# --- shared helpers -------------------------------------------------------------------------

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_HOST_LABEL = re.compile(r"[A-Za-z0-9\-]{1,63}")
_PATH_END = re.compile(r"[/?#]")
_QUERY_OR_FRAGMENT = re.compile(r"[?#]")
# "http:/x", "https:x", "https//x": a web scheme written wrong.
_BAD_WEB_SCHEME = re.compile(r"(?i:https?)(?::/?(?!/)|//)")
#: A scheme-like word and slashes in running text, where no link was read: "https//",
#: "htps://", "http:/" (a correct "https://" is skipped by the caller).
_LOOSE_ADDRESS = re.compile(r"(?<![A-Za-z0-9+.\-/:])([A-Za-z]{2,7})(:/{1,3}|//)(?=[A-Za-z0-9])")
#: How much of the text after a scheme is enough to tell a host (labels are at most 63
#: characters, and a few of them make a host).
_HOST_WINDOW = 300
#: An address in running text, up to a space, a bracket or CJK punctuation.
_ADDRESS = re.compile(r"[^\s<>()\[\]|\"'`\u3000-\u303f\uff00-\uffef]+")
#: A scheme and its slashes: "htps://", "htp:/".
_WRITTEN_SCHEME = re.compile(r"([A-Za-z]{2,7}):/{1,3}")


def _misspelled_scheme(url: str) -> tuple[str, str] | None:
    """(the scheme as written with its slashes, ``http://`` or ``https://``) when the link's
    scheme is one typo from a web scheme (``htps://``, ``htp://``, ``httsp://``) followed by
    a host: browsers open no page for it."""
    if url.startswith(("https://", "http://")):
        return None  # well-formed: most links, answered without a regex
    match = _WRITTEN_SCHEME.match(url)
    if match is None:
        return None
    name = match.group(1).lower()
    if name in ("http", "https") or not looks_like_host(url[match.end() :]):
        return None
    to_http, to_https = OSA.distance(name, "http"), OSA.distance(name, "https")
    if min(to_http, to_https) != 1:
        return None
    return match.group(0), "http://" if to_http < to_https else "https://"


# List marker at the start of a line: "- ", "* ", "1. ", "2) ".
_MARKER = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_FULL_WIDTH = re.compile(r"[\u3000-\u303f\uff00-\uffef]")
#: Any character for which ``str.isspace()`` holds (``\s`` of a str pattern is exactly
#: that set; tests/test_speedups.py checks every code point): one C scan, not a Python
#: generator over the characters of every URL.
_SPACE = re.compile(r"\s")
#: What any of _SPACE, _FULL_WIDTH and a parenthesis (which may be unbalanced) needs.
_ODD = re.compile(r"[\s()\u3000-\u303f\uff00-\uffef]")
_TITLE_SEPARATORS = " \t,，:：;；-–—|"


def link_start(document: Document, link: Link) -> int | None:
    """Offset of ``link.url`` in ``document.text``, when the parser located it."""
    return next(iter_link_spans(document, link.line, link.column, link.url), None)


def url_edit(start: int, old: str, new: str) -> Edit:
    """An edit turning ``old`` (written at ``start``) into ``new``, touching only the part that
    differs, so that fixes of different rules on one URL rarely overlap."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]:
        suffix += 1
    return Edit(start + prefix, start + len(old) - suffix, new[prefix : len(new) - suffix])


def has_scheme(target: str) -> bool:
    match = _SCHEME.match(target)
    if match is None:
        return False
    # "www.x.com:443/x" and "localhost:8080" are hosts with a port, not schemes.
    name = match.group(0)[:-1]
    port = target[match.end() : match.end() + 1].isdigit()
    return not (port and ("." in name or name.lower() == "localhost"))


def looks_like_host(target: str) -> bool:
    """``www.example.com/page`` or ``github.com/x/y``: a web address written without its
    scheme (``README.md`` and ``docs/x.md`` are files)."""
    first = _PATH_END.split(target, maxsplit=1)[0].split(":", 1)[0]
    labels = first.split(".")
    if len(labels) < 2 or not all(_HOST_LABEL.fullmatch(label) for label in labels):
        return False
    lower = first.lower()
    return lower.startswith("www.") or labels[-1].casefold() in link_data().top_level_domains


def is_local_target(target: str) -> bool:
    """A relative link to a file next to the list (not a URL, an anchor or ``mailto:``)."""
    target = target.strip()
    if target.startswith(("https://", "http://")):
        return False  # what has_scheme says of them, without its regex: most targets
    if not target or target.startswith(("#", "/", "\\")) or has_scheme(target):
        return False
    return not looks_like_host(target)


def fits_inline(url: str) -> bool:
    """Can ``url`` be written as an inline link target ``(url)`` as it is?"""
    return (
        bool(url)
        and not any(ch.isspace() or ch in "<>\\" for ch in url)
        and url.count("(") == url.count(")")
    )


def fits_style(url: str, style: str) -> bool:
    """Can ``url`` replace a link written in ``style`` without the Markdown changing shape?"""
    if style in ("bare", "paren"):
        match = BARE_URL.fullmatch(url)
        return match is not None and trim_url(url) == url
    if style == "autolink":
        return bool(url) and not any(ch.isspace() or ch in "<>" for ch in url)
    return fits_inline(url)


def _short(url: str, limit: int = 60) -> str:
    return url if len(url) <= limit else url[: limit - 1] + "…"


def _host(url: str) -> str:
    try:
        return (urlsplit(url.strip()).hostname or "").removeprefix("www.")
    except ValueError:
        return ""


class _LinkRule(Rule):
    """Helpers for rules that look at each link of each entry."""

    def links(self, document: Document) -> Iterator[tuple[Entry, Link]]:
        for entry in document.entries:
            for link in entry.links:
                yield entry, link

    def link_finding(
        self,
        document: Document,
        entry: Entry,
        link: Link,
        message: str,
        fix: Fix | None = None,
    ) -> Finding:
        start = link_start(document, link)
        if start is None or not link.url:
            return self.finding(document, link.line or entry.source.line, message)
        return self.span_finding(document, start, start + len(link.url), message, fix=fix)


#: An empty inline link target: ``]()``, ``]( )``, ``](<>)``.
_EMPTY_TARGET = re.compile(r"\]\([ \t]*(?:<[ \t]*>)?[ \t]*\)")


def _empty_targets(document: Document, entry: Entry) -> Iterator[int]:
    """Offsets of the ``(`` of each empty link target within the entry's lines, in order."""
    start = document.offset(entry.source.line)
    offsets = document.line_offsets()
    end = offsets[entry.source.end_line] if entry.source.end_line < len(offsets) else None
    text = document.text[start:end]
    return (start + match.start() + 1 for match in _EMPTY_TARGET.finditer(text))


# --- PTM301 link-style ---------------------------------------------------------------------

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


# --- PTM302 malformed-url ------------------------------------------------------------------


class MalformedUrl(_LinkRule):
    """A link target that is not a URL.

    ## What it does
    Reports link targets that cannot work as written: an arXiv reference used as a target
    (``[title](arXiv:2203.01922.pdf)``), the hybrid ``arxiv.org/abs/ID.pdf``, an empty
    target ``[title]()``, a target with spaces, with full-width characters (``，``, ``）``,
    ``：``, CJK punctuation) or with unbalanced parentheses, a web address without its
    scheme (``[x](www.example.com)``, which browsers read as a file next to the list), a
    mangled scheme (``https//``, ``http:/``) and a misspelled one (``htps://``, ``htp://``:
    one typo from a web scheme, before a host; the unsafe fix writes the nearer of
    ``http://`` and ``https://``). An ``arXiv:ID`` written in running text is a
    reference, not a link target, and is not reported.

    ## Why is this bad
    Readers click and land on a 404, on a file path of the repository, or nowhere; tools
    cannot tell which paper the entry is.

    ## Example
    ```markdown
    [《Vision-Language Intelligence: Tasks, Representation Learning…》](arXiv:2203.01922.pdf)
    https://arxiv.org/abs/1706.03762.pdf
    ```

    ## Fix
    arXiv references and ``/abs/ID.pdf`` links are rewritten safely to the paper's page,
    ``https://arxiv.org/abs/ID``, keeping a version that was written. A web address without
    a scheme gets ``https://`` with ``--unsafe-fixes`` (the site may only serve http). The
    other cases need a human to find the intended address.
    """

    code = "PTM302"
    name = "malformed-url"
    severity = "error"
    fixable = "sometimes"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        empty: dict[str, Iterator[int]] = {}
        for entry, link in self.links(document):
            found = self._problem(link)
            if found is None:
                continue
            message, replacement, safe = found
            if not link.url.strip() and link.column is None:
                # The parser may not place an empty target (it gives the entry's first
                # line, a heading above the link): find the entry's next ``]()``.
                places = empty.setdefault(entry.id, _empty_targets(document, entry))
                at = next(places, None)
                if at is not None:
                    yield self.span_finding(document, at, at + 1, message)
                    continue
            fix: Fix | None = None
            start = link_start(document, link)
            if replacement is not None and start is not None and link.url:
                fix = Fix(
                    "safe" if safe else "unsafe",
                    (url_edit(start, link.url, replacement),),
                    f"link {replacement}",
                )
            yield self.link_finding(document, entry, link, message, fix)
        yield from self._unread_addresses(document)

    def _unread_addresses(self, document: Document) -> Iterator[Finding]:
        """Web addresses in an entry's text (or a prose line's) that no link was read from
        because their scheme is mangled or misspelled (``地址：https//github.com/x``, ``Paper: htps://arxiv.org/…``):
        they render as plain text."""
        offsets = document.line_offsets()
        places = [(e.source.line, e.source.end_line, e.links) for e in document.entries]
        # A line whose only address is mangled is read as prose, not as an entry.
        places += [(b.line, b.end_line, []) for b in document.blocks if b.kind == "prose"]
        for first, last, links in places:
            start = document.offset(first)
            end = offsets[last] if last < len(offsets) else len(document.text)
            text = document.text[start:end]
            if "/" not in text:
                continue
            linked: set[int | None] | None = None
            for match in _LOOSE_ADDRESS.finditer(text):
                name, slashes = match.group(1).lower(), match.group(2)
                if name in ("http", "https") and slashes == "://":
                    continue  # a well-formed address (most of them): nothing to look at
                # The host is all that is looked at after the scheme: a bounded slice, so
                # that a line of many addresses is not copied once per address.
                rest = text[match.end() : match.end() + _HOST_WINDOW]
                if not looks_like_host(rest):
                    continue
                if linked is None:
                    linked = {link_start(document, link) for link in links}
                if start + match.start() in linked:
                    continue  # a link read as one (malformed-url judges it above)
                if name in ("http", "https"):
                    meant = f"{name}://"
                else:
                    misspelled = _misspelled_scheme(f"{name}://{rest}")
                    if misspelled is None:
                        continue
                    meant = misspelled[1]
                at = start + match.start()
                written = match.group(0)
                whole = _ADDRESS.match(document.text, at)
                address = whole.group(0) if whole is not None else written
                fixed = meant + address[len(written) :]
                yield self.span_finding(
                    document,
                    at,
                    at + len(address),
                    f"{_short(address)!r} is no link: its scheme {written!r} is mangled; "
                    f"write {_short(fixed)}",
                    fix=Fix("unsafe", (Edit(at, at + len(written), meant),), f"write {meant}"),
                )

    @staticmethod
    def _problem(link: Link) -> tuple[str, str | None, bool] | None:
        """(message, replacement URL or None, whether the replacement is safe)."""
        url = link.url
        if not url.strip():
            return "empty link target; write the URL", None, False
        if link.style in ("bare", "paren") and ARXIV_ID.fullmatch(url):
            return None  # "arXiv:ID" in running text: a reference, not a link target
        repaired = repair_arxiv(url)
        if repaired is not None:
            if has_scheme(url) and not url.lower().startswith("arxiv:"):
                what = f"{url!r} is not a page arXiv serves (an /abs/ link ending in .pdf)"
            else:
                what = f"{url!r} is an arXiv reference, not a URL"
            return f"{what}; link {repaired}", repaired, True
        problems: list[str] = []
        if _ODD.search(url) is not None:  # one scan for the three checks below, mostly clean
            if _SPACE.search(url):
                problems.append("contains spaces")
            wide = _FULL_WIDTH.search(url)
            if wide is not None:
                problems.append(f"contains the full-width character {wide.group(0)!r}")
            if url.count("(") != url.count(")"):
                problems.append("has unbalanced parentheses")
        if _BAD_WEB_SCHEME.match(url):
            problems.append("has a malformed scheme (write https://)")
        if problems:
            return f"link target {_short(url)!r} {' and '.join(problems)}", None, False
        misspelled = _misspelled_scheme(url)
        if misspelled is not None:
            written, meant = misspelled
            fixed = meant + url[len(written) :]
            return (
                f"link target {_short(url)!r} has a misspelled scheme {written!r}; "
                f"write {_short(fixed)}",
                fixed,
                False,
            )
        if not has_scheme(url) and not url.startswith(("#", "/")) and looks_like_host(url):
            fixed = "https://" + url
            return (
                f"link target {_short(url)!r} has no scheme, so it opens as a file next to "
                f"the list; write {_short(fixed)}",
                fixed,
                False,
            )
        return None


# --- PTM303 insecure-http -------------------------------------------------------------------


class InsecureHttp(_LinkRule):
    """An ``http://`` link to a site that serves the same page over https.

    ## What it does
    Reports ``http://`` links whose host is known to serve https (the ``https`` list in
    ``data/hosts.yaml``: GitHub, arXiv, Zhihu, WeChat, 360doc, GitHub Pages…). Hosts that
    are not listed (lab and personal pages) are left alone: their https may not work.

    ## Why is this bad
    Plain http can be read and rewritten on the way, and browsers warn about it; the https
    page is the same page.

    ## Example
    ```markdown
    2020年3月，哈工大讯飞联合实验室推出了中文ELECTRA预训练模型
    http://github.com/ymcui/Chinese-ELECTRA
    ```

    ## Fix
    Safe: ``http://`` becomes ``https://``; nothing else in the link changes.
    """

    code = "PTM303"
    name = "insecure-http"
    severity = "info"
    fixable = "safe"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        for entry, link in self.links(document):
            upgraded = https_upgrade(link.url)
            if upgraded is None:
                continue
            start = link_start(document, link)
            fix = (
                Fix("safe", (url_edit(start, link.url, upgraded),), "use https")
                if start is not None and upgraded.strip() == upgraded
                else None
            )
            message = f"insecure http link to {_host(link.url)}, which serves https; use https"
            yield self.link_finding(document, entry, link, message, fix)


# --- PTM304 tracking-params -----------------------------------------------------------------


class TrackingParams(_LinkRule):
    """A link that carries share or tracking parameters.

    ## What it does
    Reports links with query parameters that only record how the link was shared or clicked
    (the list in ``data/tracking.yaml``): ``utm_*`` campaign tags, WeChat's ``chksm``,
    ``mpshare``, ``scene``, ``srcid``, ``sharer_*``, ``exportkey`` and friends, Baidu's
    ``wfr`` and ``for=pc``, Twitter/X's ``s=20`` and ``t=``, share junk fragments such as
    WeChat's ``#rd``, and text-fragment directives (``#:~:text=…``, "copy link to
    highlight"). WeChat's
    ``pass_ticket``, ``key`` and ``uin`` are worse: they are the session of the reader who
    copied the link, and the message says so.

    ## Why is this bad
    The parameters make links long and unreadable, hide that two entries are the same
    article, feed the site's analytics, and session parameters publish someone's login.

    ## Example
    ```markdown
    - [Big Bird：支持更长序列的 Transformer](https://baijiahao.baidu.com/s?id=1674061802676524773&wfr=spider&for=pc)
    ```

    ## Fix
    Safe: the parameters (and junk fragment) are removed; every other part of the link is
    kept as written, so the link opens the same page.
    """

    code = "PTM304"
    name = "tracking-params"
    severity = "info"
    fixable = "safe"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        session_names = link_data().session_params
        for entry, link in self.links(document):
            cleaned = strip_tracking(link.url)
            if cleaned == link.url:
                continue
            params = tracking_params(link.url)
            if params:
                message = f"link carries share/tracking parameters: {', '.join(params)}"
                session = [p for p in params if p.casefold() in session_names]
                if session:
                    message += f"; {', '.join(session)} leaks a reader's session"
            else:
                fragment = link.url.partition("#")[2]
                anchor = cleaned.partition("#")[2]
                # A directive after an anchor ("#intro:~:text=…") goes; the anchor stays.
                removed = fragment[len(anchor) :] if anchor else f"#{fragment}"
                message = f"link ends in the share marker {removed}"
            start = link_start(document, link)
            fix = (
                Fix("safe", (url_edit(start, link.url, cleaned),), "remove tracking parameters")
                if start is not None and cleaned
                else None
            )
            yield self.link_finding(document, entry, link, message + "; remove them", fix)


# --- PTM305 redirect-wrapper ----------------------------------------------------------------


class RedirectWrapper(_LinkRule):
    """A link that goes through a site's "you are leaving" redirect page.

    ## What it does
    Reports links to redirect wrappers whose destination is written in the link itself
    (``data/redirects.yaml``): ``link.zhihu.com/?target=…``, ``link.csdn.net/?target=…``,
    ``link.juejin.cn/?target=…``, Jianshu and Google result links. Such links are what you
    get when copying a link out of a Zhihu or CSDN article.

    ## Why is this bad
    The reader takes a detour through another site (which may show an interstitial page or
    disappear), the real destination is unreadable, and duplicates of the same resource
    go unnoticed.

    ## Example
    ```markdown
    ALbert模型的实现
    https://link.zhihu.com/?target=https%3A//github.com/brightmart/albert_zh
    ```

    ## Fix
    Safe: the link is replaced by its decoded destination
    (``https://github.com/brightmart/albert_zh``), unless the destination cannot be
    written in the link's place as is (spaces, brackets), which is left to a human.
    """

    code = "PTM305"
    name = "redirect-wrapper"
    severity = "warning"
    fixable = "safe"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        for entry, link in self.links(document):
            target = redirect_target(link.url)
            if target is None:
                continue
            start = link_start(document, link)
            fix = (
                Fix("safe", (url_edit(start, link.url, target),), f"link {target}")
                if start is not None and fits_style(target, link.style)
                else None
            )
            message = (
                f"link goes through the {_host(link.url)} redirect page; "
                f"link {_short(target)} directly"
            )
            yield self.link_finding(document, entry, link, message, fix)


# --- PTM306 missing-url ---------------------------------------------------------------------

_LINK_ROLES = ("paper", "code", "link")


def table_rows(rows: list[Entry], tables: list[tuple[int, int]]) -> Iterator[list[Entry]]:
    """For each table ``(first, last)``, the entries of ``rows`` whose line lies in it, in
    their order. Rows come in document order, so each table's are found by bisection: a
    filter of every row per table would cost rows × tables, quadratic on a long list."""
    lines = [entry.source.line for entry in rows]
    ordered = all(a <= b for a, b in itertools.pairwise(lines))
    for first, last in tables:
        if ordered:
            yield rows[bisect.bisect_left(lines, first) : bisect.bisect_right(lines, last)]
        else:
            yield [entry for entry in rows if first <= entry.source.line <= last]


def document_structure(document: Document, context: Context) -> Layout:
    """The list and table structure of ``document``: recorded by the parser, else (for a
    document built some other way) parsed once per run."""
    if document.layout is not None:
        return document.layout
    structure: Layout = context.memo(
        f"links.structure:{document.path}", lambda: layout(markdown().parse(document.text))
    )
    return structure


class MissingUrl(Rule):
    """An entry with no link at all.

    ## What it does
    Reports entries that carry no URL: a paper title alone on a line
    (``《DeepNet_ Scaling Transformers to 1,000 Layers》``), a list item with only text, and a
    list item without a link of its own that stands among linked items and holds sub-items
    (``- sentencePiece`` above links about it), whose sub-items' links are not its own.

    Exempt: rows of a table that has no link column (paper, code, link) and most of whose
    rows have no link — a table of titles, venues and notes is a reading log, legitimately
    link-free; entries of a file (or top-level section) most of whose entries have no link
    (its convention, see ``rules/_conventions.py``); items of a list that links none of
    them (or, from five items, fewer than most): points and properties, not resources;
    lines that read as sentences (a dozen words, a full stop, ``简介：…``), which describe
    the item above them; link-less groups of a list that has three or more of them (its
    labels: ``- NoSQL Databases`` above its drivers). A list item ending in a colon
    (``- 综述：``) that groups sub-items is a label, not an entry, and is not reported.

    ## Why is this bad
    The reader has to search for the resource; the export has an entry nothing points to,
    and duplicates of it cannot be found by URL.

    ## Example
    ```markdown
    # tokenizer
    - [BPE 算法详解](https://wmathor.com/index.php/archives/1517/)
    - sentencePiece
      - [NLP-sentencepiece](https://zhpmatrix.github.io/2019/04/26/sentencepiece/)
    ```

    ## Fix
    Add the link (the paper's arXiv or ACL Anthology page, the project's repository).
    """

    code = "PTM306"
    name = "missing-url"
    severity = "warning"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        structure = document_structure(document, context)
        exempt = self._exempt_rows(document, structure)
        learned = conventions(document, context)
        linked_lines = {e.source.line for e in document.entries if e.links}
        for entry in document.entries:
            if entry.links or entry.identifiers or entry.source.line in exempt:
                continue
            if _is_prose(entry.title):
                continue  # a sentence that describes the item above it: no resource of its own
            if not learned.for_entry(entry, papers=False).links.expected():
                continue  # most entries here have no link: this list does not link them
            if not _list_links(structure, entry.source.line, linked_lines):
                continue  # its own list mostly holds no links: points, properties, notes
            line = document.line_text(entry.source.line)
            column = line.find(entry.title) + 1 if entry.title else 0
            yield self.finding(
                document,
                entry.source.line,
                f"{entry.title!r} has no link; add the URL of the paper or resource",
                column=max(column, 1),
            )
        yield from self._link_less_groups(document, structure)

    @staticmethod
    def _exempt_rows(document: Document, structure: Layout) -> set[int]:
        exempt: set[int] = set()
        all_rows = [e for e in document.entries if e.shape == "table-row"]
        for rows in table_rows(all_rows, structure.tables):
            if not rows or any(role in rows[0].fields for role in _LINK_ROLES):
                continue
            if sum(1 for e in rows if not e.links) * 2 > len(rows):
                exempt.update(e.source.line for e in rows)
        return exempt

    def _link_less_groups(self, document: Document, structure: Layout) -> Iterator[Finding]:
        linked_lines = {e.source.line for e in document.entries if e.links}
        linked_groups = {
            s.source.line
            for s in document.sections
            if s.kind == "linked-item" and s.source.line in linked_lines
        }
        groups = [
            s.source.line
            for s in document.sections
            if s.kind == "list-item"
            and not document.line_text(s.source.line).rstrip().endswith((":", "："))
        ]
        # Lists with three link-less groups or more use them as labels ("- NoSQL Databases"
        # above its drivers): the list's convention, not a missing link.
        per_list = Counter(structure.item_list.get(line) for line in groups)
        for section in document.sections:
            if section.kind != "list-item":
                continue
            line = section.source.line
            if document.line_text(line).rstrip().endswith((":", "：")):
                continue
            list_id = structure.item_list.get(line)
            if list_id is not None and per_list[list_id] >= _LABEL_GROUPS:
                continue
            siblings = structure.list_items.get(list_id, []) if list_id is not None else []
            if not any(s != line and s in linked_lines for s in siblings):
                continue
            # Where the list links its other GROUP items (``- [Ensemble Learning](url)`` over
            # its entries), or the group names a resource (``- sentencePiece``, ``WordPiece``):
            # a topic among plain linked entries (``- Tutorials``) is a label, not a gap.
            if not _names_a_resource(section.title) and not any(
                s != line and s in linked_groups for s in siblings
            ):
                continue
            column = document.line_text(line).find(section.title) + 1
            yield self.finding(
                document,
                line,
                f"list item {section.title!r} has no link of its own, unlike the items "
                "around it; link the resource it names",
                column=max(column, 1),
            )


def _names_a_resource(title: str) -> bool:
    """One word written as a name (``sentencePiece``, ``WordPiece``, ``S3VM``): a capital or
    a digit inside it, unlike a topic word (``Tutorials``)."""
    words = title.split()
    return len(words) == 1 and any(ch.isupper() or ch.isdigit() for ch in words[0][1:])


#: A "title" of this many words or more is a sentence, not a resource's name.
_PROSE_WORDS = 12
_SENTENCE_END = (".", "。", "!", "！", "?", "？")
_PROSE_LEAD = re.compile(r"^\s*(?:简介|介绍|说明|描述|note|notes)\s*[:：]", re.IGNORECASE)


#: How many link-less groups make a list's groups labels rather than entries.
_LABEL_GROUPS = 3


def _list_links(structure: Layout, line: int, linked_lines: set[int]) -> bool:
    """Whether the list an item belongs to links its items: any of them, for a short list;
    most of them, for a list of five items or more (True for a line that is no list item:
    a table row, a paragraph)."""
    list_id = structure.item_list.get(line)
    if list_id is None:
        return True
    items = structure.list_items.get(list_id, [])
    linked = sum(1 for item in items if item in linked_lines)
    if len(items) < MIN_SAMPLE:
        return linked > 0
    return linked >= MOSTLY * len(items)


def _is_prose(title: str) -> bool:
    """Whether an entry's title reads as a sentence or a description (``简介：…``, a line
    that ends with a full stop, a dozen words or more)."""
    text = title.strip()
    if not text:
        return False
    if _PROSE_LEAD.match(text) or text.endswith(_SENTENCE_END):
        return True
    return len(text.split()) >= _PROSE_WORDS or len(text) >= 4 * _PROSE_WORDS


# --- PTM307 missing-local-target ------------------------------------------------------------

_MD_TARGET = re.compile(r"\]\([ \t]*<?([^)\s>]+)")
_HTML_TARGET = re.compile(r"\b(?:src|href)[ \t]*=[ \t]*(?:\"([^\"\n]*)\"|'([^'\n]*)')", re.I)
_CODE_SPAN = re.compile(r"`[^`\n]*`")


def _masked(text: str) -> str:
    """``text`` with inline code blanked out (same length, so offsets still hold)."""
    if "`" not in text:
        return text
    return _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), text)


def local_targets(document: Document) -> list[tuple[int, str]]:
    """(offset, target as written) of every relative link and image of the document: entry
    links, and ``](…)``, ``src="…"``, ``href="…"`` in entries, non-code blocks, headings and
    group items."""
    found: dict[int, str] = {}
    for entry in document.entries:
        for link in entry.links:
            if not is_local_target(link.url):
                continue  # (asked first: it is cheaper than link_start for a web link)
            start = link_start(document, link)
            if start is not None:
                found.setdefault(start, link.url)
    spans = [(e.source.line, e.raw) for e in document.entries] + [
        (b.line, b.text) for b in document.blocks if b.kind not in ("code", "rule")
    ]
    # Headings and the items that name a group (``- [ACL2020](ACL/ACL2020.md)`` above its
    # papers) are neither entries nor blocks, and may link a file too.
    lines = {h.line for h in document.headings} | {
        s.source.line for s in document.sections if s.kind != "heading"
    }
    spans += [(line, document.line_text(line)) for line in sorted(lines)]
    for line, text in spans:
        base = document.offset(line)
        scan = _masked(text)
        # The patterns need "](" and "=": most entries have no "=" outside their URLs.
        if "](" in scan:
            for match in _MD_TARGET.finditer(scan):
                found.setdefault(base + match.start(1), match.group(1))
        if "=" not in scan:
            continue
        for match in _HTML_TARGET.finditer(scan):
            group = 1 if match.group(1) is not None else 2
            found.setdefault(base + match.start(group), match.group(group))
    return sorted((offset, t) for offset, t in found.items() if is_local_target(t))


class MissingLocalTarget(Rule):
    """A relative link or image whose file does not exist.

    ## What it does
    Checks relative link and image targets — entry links such as ``[t](docs/x.md)``,
    ``![](img/x.png)`` and ``<img src="…">`` anywhere outside code blocks — against the
    files next to the list (relative to the list file's folder). Anchors (``#…``),
    ``mailto:`` and other schemes, web addresses and root-relative paths (``/x``, whose root
    depends on where the list is published) are not checked. Lists given as text rather
    than files are skipped.

    ## Why is this bad
    The picture or page is broken for every reader; usually the file was never committed,
    or the list was copied out of its repository without it.

    ## Example
    ```markdown
    <img src="resources/PTMs.jpg" style="zoom:20%;" />
    ```

    ## Fix
    Commit the file at that path, fix the path, or link the file's public URL.
    """

    code = "PTM307"
    name = "missing-local-target"
    severity = "error"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        list_file = Path(document.path)
        if not _exists(list_file, file=True):
            return
        folder = list_file.parent
        # What a list refers to is looked up inside its project only: a list from a pull
        # request must not learn whether ``../../../../etc/passwd`` exists on the runner.
        project = context.memo("project-root", lambda: project_root(context.config.root))
        root = root_for_file(list_file, project)
        for offset, target in local_targets(document):
            path = unquote(_QUERY_OR_FRAGMENT.split(target, maxsplit=1)[0])
            if not path or not is_inside(folder / path, root):
                continue
            if _exists(folder / path) is not False:
                continue  # there, or not checkable (a name too long, a folder not readable)
            yield self.span_finding(
                document,
                offset,
                offset + len(target),
                f"{target!r} does not exist next to this list "
                f"(looked for {(folder / path).as_posix()})",
            )


def _exists(path: Path, file: bool = False) -> bool | None:
    """Whether ``path`` exists (is a file, with ``file``); None when the system cannot say
    (ENAMETOOLONG, EACCES and other errors): such a target is not checkable, not missing."""
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return False
    except (OSError, ValueError):
        return None
    return stat.S_ISREG(info.st_mode) if file else True


RULES: tuple[type[Rule], ...] = (
    LinkStyle,
    MalformedUrl,
    InsecureHttp,
    TrackingParams,
    RedirectWrapper,
    MissingUrl,
    MissingLocalTarget,
)
