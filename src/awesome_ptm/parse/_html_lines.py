"""HTML blocks written as a list, one resource a line:

```
<p>
&nbsp;&nbsp; <a href="https://www.vim.org/"><b>vim</b></a> - is a highly configurable editor.<br>
&nbsp;&nbsp; <a href="https://neovim.io/"><b>neovim</b></a> - is a free open source, … editor.<br>
</p>
```

Each line that opens with a link to a page (not an anchor of the file, not an image alone)
followed by a description is one entry, read like the Markdown item ``[vim](url) - …``. A
block holds entries when at least :data:`_MIN_LINES` of its lines have that shape, or when
the file's blocks before it did (then one line is enough: ``<p>`` around a single tool): a
centred banner of links (``<a href>Website</a> • <a href>Docs</a>``) or a logo is layout.
A link whose tags run over the line's end (``<a href=…><b>sslyze\n</b></a> - …``) is read
with the lines it runs over.

The standard library's :class:`html.parser.HTMLParser` reads each line's tags.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from awesome_ptm.parse._inline import Segment, plain_spaces, visible
from awesome_ptm.parse._navigation import is_anchor
from awesome_ptm.parse._notes import is_generic_label

#: How many lines of a block must be entries for the block to be a list.
_MIN_LINES = 2
#: What separates a line's link from its description (``<a …>vim</a> - is a …``).
_DESCRIPTION = re.compile(r"\s{0,3}(?:[-–—:：|,]|&mdash;|&ndash;|by[ \t])\s{0,3}\S")
#: ``(ICER 2025)``, ``[CVPR 2024]``: a short tag in brackets before a line's link.
_LEADING_TAG = re.compile(r"\s*[(\[【][^()\[\]【】]{1,40}[)\]】]\s*")
#: The fewest words of a bold title opening an HTML list item.
_TITLE_WORDS = 2
#: Lines longer than this are prose, not one resource.
_MAX_LINE = 2000
_SPACES = re.compile(r"\s+")


class _LineParser(HTMLParser):
    """The segments of one line of HTML: text, links (their text without tags), images."""

    def __init__(self, breaks: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        #: read ``<br>`` as a line break (an item of several lines), else as nothing
        self.breaks = breaks
        self.parts: list[Segment] = []
        self.link: Segment | None = None
        self.alt = ""
        #: how many ``<b>``/``<strong>`` elements the text is in
        self.bold = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "a" and values.get("href"):
            self._close_link()
            self.link = Segment("link", "", href=values["href"].strip(), style="inline")
        elif tag == "img":
            image = Segment("image", values.get("alt", ""), src=values.get("src"))
            if self.link is None:
                self.parts.append(image)
            else:
                self.link.src = image.src  # a linked image: its target is the link's
                self.alt = image.text
        elif tag in ("b", "strong"):
            self.bold += 1
        elif tag == "br" and self.breaks and self.link is None:
            self.parts.append(Segment("break", "\n"))

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._close_link()
        elif tag in ("b", "strong") and self.bold:
            self.bold -= 1

    def handle_data(self, data: str) -> None:
        if self.link is not None:
            self.link.text += data
        elif self.bold and data.strip():
            text = plain_spaces(data)
            if self.parts and self.parts[-1].kind == "strong":
                self.parts[-1] = Segment("strong", self.parts[-1].text + text)
            else:
                self.parts.append(Segment("strong", text))
        else:
            self.parts.append(Segment("text", plain_spaces(data)))

    def _close_link(self) -> None:
        if self.link is not None:
            self.link.text = _SPACES.sub(" ", plain_spaces(self.link.text)).strip()
            if not self.link.text and self.link.src:
                # ``<a href=…><img src=badge></a>``: a linked image, read as Markdown's is
                link = self.link
                self.parts.append(Segment("image", self.alt, href=link.href, src=link.src))
            else:
                self.parts.append(self.link)
        self.link = None
        self.alt = ""

    def segments(self) -> list[Segment]:
        self.close()
        self._close_link()
        return self.parts


def _line_segments(line: str) -> list[Segment] | None:
    """The segments of a line that is one resource: a link to a page with a name, first on
    the line, then a description after a dash or colon. None for any other line."""
    if len(line) > _MAX_LINE or "<a" not in line.casefold():
        return None
    summary = _summary_content(line, closed=True) if _SUMMARY_FIRST.match(line) else None
    if summary is not None:
        # ``<details> <summary> <a href=…>Title</a> by Names …</summary> abstract``: the
        # summary names the work; what the block folds under it is its abstract
        content = summary
    else:
        parser = _LineParser()
        parser.feed(line)
        segs = parser.segments()
        content = visible(segs)
    if (
        len(content) > 1
        and content[0].kind in ("text", "strong")
        and _LEADING_TAG.fullmatch(content[0].text)
    ):
        # ``<li><b>(ICER 2025)</b> <a href=…>Title</a>: …``: a venue tag before the link
        tag, content = Segment("text", content[0].text), content[1:]
    else:
        tag = None
    if content and content[0].kind == "strong" and line.lstrip().casefold().startswith("<li"):
        if not _bold_work(content):
            return None
    elif not (_linked_resource(content) or is_summary_work(line, content)):
        return None
    return content if tag is None else [tag, *content]


def is_summary_work(line: str, content: list[Segment]) -> bool:
    """``<summary> Title <a href=…>[Paper]</a></summary>``: a summary (with or without its
    ``<details>``) naming a work, then its links under generic labels (``[Paper]``, ``Code``):
    one work, even alone in its block."""
    return line.lstrip().casefold().startswith("<summary") and _titled_work(content)


def _titled_work(content: list[Segment]) -> bool:
    """A title of a few words, then only links under generic labels (in brackets perhaps,
    marks after them: ``Title (2023) [<a href=…>Paper</a>] ⭐ 💸``)."""
    if len(content) < 2 or content[0].kind != "text":
        return False
    title = content[0].text.strip().rstrip("[【 ")
    links = [s for s in content[1:] if s.kind == "link"]
    return (
        len(title.split()) >= _SUMMARY_TITLE_WORDS
        and not title.endswith((":", "："))
        and bool(links)
        and all(s.kind == "link" or not _has_word(s.text) for s in content[1:])
        and all(is_generic_label(s.text.strip(" []【】")) for s in links)
    )


def _has_word(text: str) -> bool:
    """Whether ``text`` holds a letter or digit (not only brackets, spaces, emoji, and a
    tag in brackets: ``] ⭐ 🏭 (defense)``)."""
    return any(ch.isalnum() for ch in _BRACKETED_TAG.sub("", text))


#: ``(defense)``, ``(adv-suffix)``: a one-word tag in brackets after a work's links.
_BRACKETED_TAG = re.compile(r"\([\w-]{1,20}\)")


def _summary_content(html: str, *, closed: bool) -> list[Segment] | None:
    """The segments of the ``<summary>`` that opens in ``html`` (to its ``</summary>``, or
    to the end of ``html`` unless ``closed``), spaces between them left out; None without
    one."""
    folded = html.casefold()
    start = folded.find("<summary")
    end = folded.find("</summary>", start) if start >= 0 else -1
    if start < 0 or (end < 0 and closed):
        return None
    line = " ".join(html[html.find(">", start) + 1 : end if end >= 0 else len(html)].split())
    if len(line) > _MAX_LINE:
        return None
    parser = _LineParser()
    parser.feed(line)
    return visible(parser.segments())


def summary_names_work(html: str) -> bool:
    """Whether the ``<summary>`` that opens ``html`` names a work with its links (see
    :func:`is_summary_work`): an entry, not the name of a group."""
    content = _summary_content(html, closed=False)
    return content is not None and _titled_work(content)


def summary_titled_work(html: str) -> list[Segment] | None:
    """``<summary>Title (2023) [<a href="…">Paper</a>] ⭐</summary>``: the segments of a
    summary that names a work, then its links under generic labels (see
    :func:`is_summary_work`), or None."""
    content = _summary_content(html, closed=True)
    return content if content is not None and _titled_work(content) else None


def summary_resource(html: str) -> list[Segment] | None:
    """``<summary><a href="…">audio-preview.yazi</a> - Preview soundfiles …</summary>``: the
    segments of a summary that is one resource written as an HTML list line is (its link
    first, then a description after a dash), or None."""
    content = _summary_content(html, closed=True)
    if content and content[0].kind == "text" and _NUMBERING_ONLY.fullmatch(content[0].text):
        content = content[1:]  # (``<summary>1. <a href=…>Title</a> by<i> Names</i>``)
    return content if content is not None and _linked_resource(content) else None


#: ``1. ``: a summary's numbering before its link.
_NUMBERING_ONLY = re.compile(r"\s{0,3}\d{1,4}[.)]\s{0,3}")


#: The fewest words of a work's title in a summary (``<summary>Papers</summary>`` is a group).
_SUMMARY_TITLE_WORDS = 3


def _bold_work(content: list[Segment]) -> bool:
    """``<li><i><b>Title</b></i>, Liu et al., <a href=…><img badge></a></li>``: a bold title
    (not a label ending with a colon), then the names and the work's link or linked badge."""
    linked = any(s.kind == "link" or (s.kind == "image" and s.href) for s in content[1:])
    title = content[0].text.strip()
    return linked and len(title.split()) >= _TITLE_WORDS and not title.endswith((":", "："))


def _linked_resource(content: list[Segment]) -> bool:
    """``<a href=…>vim</a> - is a highly configurable editor``: a link to a page with a
    name, then its description after a dash, colon or comma."""
    if not content or content[0].kind != "link":
        return False
    first = content[0]
    if not first.text or is_anchor(str(first.href)):
        return False
    if content[1:] and content[1].kind == "text" and content[1].text.strip() == "by":
        # (``<a href=…>Title</a> by<i> Ellen Riloff</i>``: the names set in italics)
        return len(content) > 2 and content[2].kind in ("em", "text")
    after = "".join(s.text for s in content[1:] if s.kind == "text")
    return _DESCRIPTION.match(after) is not None


#: A line opening with a summary (its ``<details>`` perhaps before it).
_SUMMARY_FIRST = re.compile(r"\s*(?:<details[^<>]{0,80}>\s*)?<summary", re.IGNORECASE)
#: How many lines an open ``<a>`` may run over.
_MAX_RUN = 3


#: ``<br>``, ``<br/>``: the line breaks of a block written as lines of text.
_BREAK = re.compile(r"<br\s{0,3}/?>", re.IGNORECASE)
#: ``Website- https://…``: a label, a dash or colon, and a bare address alone on its line.
_LABELLED_ADDRESS = re.compile(
    r"\s*(?P<label>[^\W\d_][\w ]{0,24}?)\s{0,3}[-–—:：]\s{0,3}(?P<url>https?://\S{1,2000})\s*"
)
#: The longest name line a labelled address may follow.
_NAME_MAX = 200


def _named_address(name_line: str, address_line: str) -> list[Segment] | None:
    """``Udemy- Android in 90 Minutes<br>`` over ``Website- https://www.udemy.com/…<br>``:
    a line that only names a resource, then its address after a generic label (a course
    catalogue written as lines of a ``<details>`` block): one resource, read as the link
    ``[Udemy- Android in 90 Minutes](https://www.udemy.com/…)``. None for other lines."""
    if "://" not in address_line:
        return None  # (most lines: no address, nothing to read)
    found = _LABELLED_ADDRESS.fullmatch(_BREAK.sub(" ", address_line))
    if found is None or not is_generic_label(found.group("label")):
        return None
    name = _SPACES.sub(" ", _BREAK.sub(" ", name_line)).strip()
    if not name or len(name) > _NAME_MAX or "<" in name or "://" in name:
        return None
    if not any(ch.isalpha() for ch in name) or _LABELLED_ADDRESS.fullmatch(name):
        return None
    return [Segment("link", name, href=found.group("url"), style="inline")]


def read_html_lines(
    lines: list[str], start: int, end: int, *, listed: bool = False
) -> list[tuple[int, int, list[Segment]]]:
    """The entries of the HTML block on ``lines[start-1:end]`` (1-based): each one's first
    and last line and its segments; empty when the block is no list of resources.
    ``listed``: blocks before this one in the file were lists of resources."""
    items = _broken_items(lines, start, end)
    if len(items) >= (1 if listed else _MIN_LINES):
        return items
    found: list[tuple[int, int, list[Segment]]] = []
    paired = False
    number = start
    while number <= end:
        if number < end:
            named = _named_address(lines[number - 1], lines[number])
            if named is not None:
                found.append((number, number + 1, named))
                paired = True
                number += 2
                continue
        last = number
        text = lines[number - 1]
        while _open_links(text) and last < min(end, number + _MAX_RUN):
            last += 1
            text += "\n" + lines[last - 1]
        segs = _line_segments(text)
        if segs is not None:
            found.append((number, last, segs))
            number = last + 1
        else:
            number += 1
    # (``<details> <summary> <a href=…>Title</a> by Names …</summary> abstract </details>``:
    # a summary naming a work is an entry even alone in its block)
    # (a name over its labelled address is plainly one resource, alone or not)
    alone = len(found) == 1 and (paired or _SUMMARY_FIRST.match(lines[found[0][0] - 1]) is not None)
    return found if len(found) >= (1 if listed or alone else _MIN_LINES) else []


#: ``<li>``, ``</li>``: where an HTML list's item opens and closes.
_ITEM_OPEN = re.compile(r"<li\b", re.IGNORECASE)
_ITEM_CLOSE = re.compile(r"</li\s*>", re.IGNORECASE)
#: The most lines one HTML list item of a paper runs over.
_ITEM_LINES = 12


def _broken_items(lines: list[str], start: int, end: int) -> list[tuple[int, int, list[Segment]]]:
    """The items of an HTML list on ``lines[start-1:end]`` that each run over several lines,
    broken by ``<br>``, with a link: ``<li><p><strong>DiMP:</strong> Names.<br>`` /
    ``"Title." ICCV (2019).`` / ``[<a href=…>paper</a>]</p></li>``, a paper a item. Each
    one's first and last line and its segments (``break`` between its lines); the items of
    one line are left to the reading line by line."""
    found: list[tuple[int, int, list[Segment]]] = []
    number = start
    while number <= end:
        if _ITEM_OPEN.search(lines[number - 1]) is None:
            number += 1
            continue
        last = number
        limit = min(end, number + _ITEM_LINES)
        while (
            _ITEM_CLOSE.search(lines[last - 1]) is None
            and last < limit
            and _ITEM_OPEN.search(lines[last]) is None
        ):
            last += 1
        text = "\n".join(lines[number - 1 : last])
        folded = text.casefold()
        if last > number and "<br" in folded and "<a " in folded and len(text) <= _MAX_LINE:
            parser = _LineParser(breaks=True)
            parser.feed(text)
            segs = _lines_trimmed(parser.segments())
            if any(s.kind == "link" for s in segs):
                found.append((number, last, segs))
        number = last + 1
    return found


def _lines_trimmed(segs: list[Segment]) -> list[Segment]:
    """``segs`` with the source's line ends as breaks (as Markdown's soft breaks are read),
    without the blank text that opens a line (``<li>`` / ``<p><strong>DiMP:</strong>``)."""
    trimmed: list[Segment] = []
    for seg in segs:
        if seg.kind != "text":
            trimmed.append(seg)
            continue
        for number, part in enumerate(seg.text.split("\n")):
            if number and trimmed and trimmed[-1].kind != "break":
                trimmed.append(Segment("break", "\n"))
            opens_line = not trimmed or trimmed[-1].kind == "break"
            text = part.lstrip() if opens_line else part
            if text:
                trimmed.append(Segment("text", text))
    while trimmed and trimmed[-1].kind == "break":
        trimmed.pop()
    return trimmed


def _open_links(text: str) -> bool:
    """Whether a line opens more ``<a>`` elements than it closes."""
    folded = text.casefold()
    return folded.count("<a ") > folded.count("</a>")


def without_comments(html: str) -> str:
    """``html`` without its comments (an unclosed one hides the rest). Found with
    str.find, not a regex: a run of unclosed ``<!--`` must cost one pass."""
    if "<!--" not in html:
        return html
    kept: list[str] = []
    at = 0
    while (start := html.find("<!--", at)) >= 0:
        kept.append(html[at:start])
        end = html.find("-->", start + 4)
        if end < 0:
            return "".join(kept)
        at = end + 3
    kept.append(html[at:])
    return "".join(kept)
