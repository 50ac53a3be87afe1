"""Inline content as a flat list of segments: text, links (inline, autolink, bare), emphasis.

markdown-it-py gives inline tokens; here they become :class:`Segment` objects, and bare URLs
inside text are split out so that ``（https://x/y.pdf）鲁棒`` yields ``https://x/y.pdf`` and not
a URL with the full-width bracket and the Chinese word glued on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from markdown_it.token import Token

from awesome_ptm.parse._html_tag import tag_attribute

# A bare URL ends at whitespace, at CJK text, at full-width punctuation and at ASCII
# characters that cannot end a URL in running text.
_URL_BODY = r"[^\s<>\"'`\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]"
BARE_URL = re.compile(rf"https?://{_URL_BODY}+", re.IGNORECASE)
ARXIV_ID = re.compile(r"\barXiv:\s?(\d{4}\.\d{4,5}(?:v\d+)?|[a-z\-]+/\d{7}(?:v\d+)?)", re.I)
_TRAILING = ".,;:!?*_~"


@dataclass(slots=True)
class Segment:
    """A piece of inline content.

    kind: ``text`` | ``link`` | ``strong`` | ``em`` | ``code`` | ``image`` | ``html`` | ``break``.
    For links, ``href`` is the target and ``style`` is inline / autolink / bare.
    ``text`` is the plain text shown to a reader.
    """

    kind: str
    text: str
    href: str | None = None
    style: str | None = None
    in_parens: bool = False
    #: For images, the image source (``href`` of a linked image is the link's target).
    src: str | None = None
    #: For links written ``[**Java**: _Title_](url)``, the bold tag before the title (the
    #: link's ``text`` is then the title alone).
    lead: str | None = None
    #: For links written ``[*Title* by Names](url)``, the emphasised text opening the
    #: link's text (which stays whole): the title, set off from what follows it.
    emphasised: str | None = None
    #: For links written ``[Name ![](…/badge/github-black)](url)``: a badge shown beside the
    #: link's text, inside the link (its kind: a repository, a video, a paper).
    badged: bool = False


def trim_url(url: str) -> str:
    """Drop punctuation that ends a sentence rather than the URL, and unbalanced ``)`` or
    ``]``."""
    # Count the brackets once and walk back: re-counting per character is quadratic on a
    # URL that ends in a long run of ``)`` (a hostile or broken line).
    opens = url.count("(")
    closes = url.count(")")
    square_opens = url.count("[")
    square_closes = url.count("]")
    end = len(url)
    while end:
        last = url[end - 1]
        if last in _TRAILING:
            end -= 1
        elif last == ")" and opens < closes:
            end -= 1
            closes -= 1
        elif last == "]" and square_opens < square_closes:
            end -= 1  # ``[[https://arxiv.org/abs/1810.08272)]``: the bracket around it
            square_closes -= 1
        else:
            break
    return url[:end]


def split_bare_urls(text: str) -> list[Segment]:
    """Split a text run into text and bare-URL link segments.

    An ``arXiv:ID`` written as text stays text: it is the entry's identifier (see
    :func:`identifiers_in`), not a link the list has."""
    if "://" not in text:
        # Every bare URL has "://"; most text runs have none, and the scan costs more than
        # the rest of reading them.
        return [Segment("text", text)] if text else []
    out: list[Segment] = []
    pos = 0
    for match in BARE_URL.finditer(text):
        start = match.start()
        url = trim_url(match.group(0))
        if start < pos or not url:
            continue
        if start > pos:
            out.append(Segment("text", text[pos:start]))
        # The character before the URL, spaces skipped (not ``text[:start].rstrip()``, which
        # copies the text before each URL: quadratic on a line of many URLs).
        back = start
        while back and text[back - 1].isspace():
            back -= 1
        in_parens = back > 0 and text[back - 1] in "(（"
        out.append(Segment("link", url, href=url, style="bare", in_parens=in_parens))
        pos = start + len(url)
    if pos < len(text):
        out.append(Segment("text", text[pos:]))
    return out


def identifiers_in(text: str) -> list[str]:
    """The ``arXiv:ID`` references written in ``text``, as written, in order."""
    if "xiv:" not in text and "Xiv:" not in text and "XIV:" not in text:
        return []  # (the regex is case-insensitive; this skips nearly every entry)
    return [m.group(0) for m in ARXIV_ID.finditer(text)]


#: Spaces that only keep words together on a line (no-break, narrow no-break, figure,
#: thin, hair): in the text read, ordinary spaces (``ICCV\u202f2025`` is ICCV 2025).
_FIXED_SPACES = re.compile("[\u00a0\u202f\u2007\u2009\u200a]")


def plain_spaces(text: str) -> str:
    """``text`` with its no-break, narrow no-break, figure, thin and hair spaces written as
    ordinary spaces (the reading of every text segment; HTML text too)."""
    # (a search first: most text has none, and a substitution costs more than finding that)
    if text.isascii() or _FIXED_SPACES.search(text) is None:
        return text
    return _FIXED_SPACES.sub(" ", text)


def segments(children: list[Token]) -> list[Segment]:
    """Turn an inline token's children into segments (bare URLs split out of text)."""
    out: list[Segment] = []
    i = 0
    n = len(children)
    while i < n:
        token = children[i]
        kind = token.type
        if kind in ("text", "text_special"):
            out.append(Segment("text", plain_spaces(token.content)))
        elif kind in ("softbreak", "hardbreak"):
            out.append(Segment("break", "\n"))
        elif kind == "link_open":
            depth = 1
            j = i + 1
            parts: list[str] = []
            while j < n and depth:
                inner = children[j]
                if inner.type == "link_open":
                    depth += 1
                elif inner.type == "link_close":
                    depth -= 1
                elif inner.type in ("text", "code_inline") or inner.type == "image":
                    parts.append(plain_spaces(inner.content))
                elif inner.type in ("softbreak", "hardbreak"):
                    parts.append(" ")
                j += 1
            href = str(token.attrs.get("href", ""))
            style = "autolink" if token.markup == "autolink" else "inline"
            # (``[<img src=…badge/Paper-grey>](url)``: an HTML image as a link's text keeps
            # it a link, the paper's)
            images_only = (
                all(
                    c.type in ("image", "link_open", "link_close", "text")
                    # (``[<!--lint ignore no-dead-urls-->![CI status](badge)](url)``: a comment)
                    or (c.type == "html_inline" and c.content.startswith("<!--"))
                    for c in children[i + 1 : j]
                )
                and (
                    any(c.type == "image" for c in children[i + 1 : j])
                    # ``[![OSS][oss icon]](url)`` whose reference is defined nowhere: an image
                    or bool(parts and UNRESOLVED_IMAGE.fullmatch("".join(parts)))
                )
            )
            words = "".join(c.content for c in children[i + 1 : j] if c.type == "text").strip()
            # ``[Brno Urban Dataset ![](…/badge/github-black)](url)``: a name and a badge
            # beside it, the name the link's text (the badge's alt text no part of it)
            badged = images_only and bool(words) and not UNRESOLVED_IMAGE.fullmatch(words)
            if badged:
                images_only = False
                parts = [plain_spaces(words)]
            src = (
                next(
                    (str(c.attrs.get("src", "")) for c in children[i + 1 : j] if c.type == "image"),
                    None,
                )
                if images_only
                else None
            )
            if src is None and not "".join(parts).strip():
                # ``[<img alt="Channel's avatar" src=…>](url)``: the link shows only an HTML
                # image (its source kept; the link stays a link: a badge may be the paper's)
                src = next(
                    (
                        found
                        for c in children[i + 1 : j]
                        if c.type == "html_inline" and (found := _html_image(c.content))
                    ),
                    None,
                )
            tagged = (
                None
                if images_only
                else _tagged_title(children[i + 1 : j - 1])
                or _named_bold_title(children[i + 1 : j - 1])
            )
            out.append(
                Segment(
                    "image" if images_only else "link",
                    tagged[1] if tagged is not None else "".join(parts),
                    href=href,
                    style=style,
                    src=src,
                    lead=tagged[0] if tagged is not None else None,
                    emphasised=(
                        None
                        if images_only or tagged is not None
                        else _emphasised_head(children[i + 1 : j - 1])
                    ),
                    badged=badged,
                )
            )
            i = j
            continue
        elif kind in ("strong_open", "em_open"):
            close = "strong_close" if kind == "strong_open" else "em_close"
            j = i + 1
            depth = 1
            inner_tokens: list[Token] = []
            while j < n:
                inner = children[j]
                if inner.type == kind:
                    depth += 1
                elif inner.type == close:
                    depth -= 1
                    if depth == 0:
                        break
                inner_tokens.append(inner)
                j += 1
            inner_segments = segments(inner_tokens)
            if any(s.kind == "link" for s in inner_segments):
                # Links inside emphasis (``**[t](u)**``) stay links; the emphasis is dropped.
                out.extend(inner_segments)
            else:
                # HTML inside emphasis (``**M<sup>3</sup>CoT**``) is markup, not text.
                text = "".join(s.text for s in inner_segments if s.kind != "html")
                # (``***Title.***``: bold and italic, read as bold, the stronger mark)
                bold = kind == "strong_open" or [s.kind for s in inner_segments] == ["strong"]
                out.append(Segment("strong" if bold else "em", text))
            i = j + 1
            continue
        elif kind == "code_inline":
            out.append(Segment("code", token.content))
        elif kind == "image":
            src = str(token.attrs.get("src", ""))
            out.append(Segment("image", token.content, href=src, src=src))
        elif kind == "html_inline" and (image_src := _html_image(token.content)) is not None:
            # ``<img src="https://img.shields.io/badge/TKDE'2022-green">``: an image
            out.append(Segment("image", "", href=image_src, src=image_src))
        elif kind == "html_inline":
            anchor = tag_attribute(token.content, "a", "href")
            closing = _anchor_close(children, i + 1) if anchor is not None else None
            if re.fullmatch(r"<br\s*/?>", token.content.strip(), re.I):
                out.append(Segment("break", "\n"))
            elif anchor is not None and closing is not None:
                # ``<a href='…/1.jpg'>`Screenshot 1`</a>``: an HTML link in a Markdown line
                inside = children[i + 1 : closing]
                shown = "".join(c.content for c in inside if c.type in ("text", "code_inline"))
                out.append(Segment("link", shown.strip(), href=anchor, style="html"))
                i = closing + 1
                continue
            else:
                out.append(Segment("html", token.content))
        elif kind in ("s_open", "s_close", "link_close", "strong_close", "em_close"):
            pass
        else:
            out.append(Segment("text", token.content))
        i += 1
    return _merge_text(out)


#: How many tokens an HTML link's text may span before its ``</a>``.
_ANCHOR_SPAN = 12


def _html_image(tag: str) -> str | None:
    """The source of an inline HTML image tag, or None for any other HTML."""
    return tag_attribute(tag, "img", "src")


#: ``[**Java**: _Title_](url)``: the tokens of a link text that is a bold tag, a colon or
#: dash, then the title in italics.
_TAGGED_TITLE = ("strong_open", "text", "strong_close", "text", "em_open", "text", "em_close")


def _tagged_title(inner: list[Token]) -> tuple[str, str] | None:
    """The bold tag and the italic title of such a link text, or None."""
    inner = [t for t in inner if not (t.type == "text" and not t.content)]
    if tuple(t.type for t in inner) != _TAGGED_TITLE:
        return None
    if inner[3].content.strip() not in (":", "：", "-", "–", "—"):
        return None
    tag, title = inner[1].content.strip(), inner[5].content.strip()
    return (tag, title) if tag and title else None


#: The tokens of a link's text of a lead and a colon, then the bold title.
_NAMED_BOLD_TITLE = ("text", "strong_open", "text", "strong_close")


def _named_bold_title(inner: list[Token]) -> tuple[str, str] | None:
    """``[Rich Harris: **Rethinking reactivity**](url)`` (js-must-watch): the text before
    the colon (the speakers, a tag) and the bold title closing the link's text, or None."""
    inner = [t for t in inner if not (t.type == "text" and not t.content)]
    if tuple(t.type for t in inner) != _NAMED_BOLD_TITLE:
        return None
    lead = inner[0].content.strip()
    if not lead.endswith((":", "：")):
        return None
    lead, title = lead[:-1].strip(), inner[2].content.strip()
    # (names, as the speakers' are: capitalised words joined by "&", "and" or commas;
    # ``[University of Illinois … (IADP): **Certificate Program**](url)`` stays whole)
    words = lead.replace(",", " ").split()
    if not words or any(not (w[:1].isupper() or w in ("&", "and")) for w in words):
        return None
    if any(ch.isdigit() or ch in "()[]" for ch in lead):
        return None
    return (lead, title) if title else None


#: The tokens of a link's text that opens with emphasised words and goes on after them.
_EMPHASISED_HEAD = ("em_open", "text", "em_close", "text")


def _emphasised_head(inner: list[Token]) -> str | None:
    """The emphasised text opening a link's text that goes on after it (``[*Swift in
    Depth* by Tjeerd in 't Veen](url)``), or None."""
    inner = [t for t in inner if not (t.type == "text" and not t.content)]
    if tuple(t.type for t in inner) != _EMPHASISED_HEAD or not inner[3].content.strip():
        return None
    return inner[1].content or None


def _anchor_close(children: list[Token], start: int) -> int | None:
    """The index of the ``</a>`` closing an HTML link opened before ``start``, when only
    text and code stand between (no other tag, no Markdown link), else None."""
    for j in range(start, min(len(children), start + _ANCHOR_SPAN)):
        token = children[j]
        if token.type == "html_inline":
            return j if token.content.strip().casefold() == "</a>" else None
        if token.type not in ("text", "code_inline", "softbreak"):
            return None
    return None


def _merge_text(items: list[Segment]) -> list[Segment]:
    """Join adjacent text runs, then split bare URLs out of them (a URL may span tokens)."""
    merged: list[Segment] = []
    for seg in items:
        if seg.kind == "text" and merged and merged[-1].kind == "text":
            merged[-1] = Segment("text", merged[-1].text + seg.text)
        else:
            merged.append(seg)
    out: list[Segment] = []
    for seg in merged:
        if seg.kind != "text":
            out.append(seg)
        elif "![" in seg.text:
            at = 0
            for found in UNRESOLVED_IMAGE.finditer(seg.text):
                out.extend(split_bare_urls(seg.text[at : found.start()]))
                out.append(Segment("image", found.group(1)))
                at = found.end()
            out.extend(split_bare_urls(seg.text[at:]))
        else:
            out.extend(split_bare_urls(seg.text))
    return out


#: ``![Nonfree][freeware icon]`` left as text: an image whose reference is defined nowhere
#: (GitHub shows the markup; it is an icon that failed, not words of the entry).
UNRESOLVED_IMAGE = re.compile(r"!\[([^\[\]\n]{0,80})\]\[[^\[\]\n]{0,60}\]")


#: ``1. ``, ``12) ``, ``3、``: the number of an item written into its text (a numbered
#: heading, a numbered title cell).
ITEM_NUMBERING = re.compile(r"^\s*\d{1,4}[.)、]\s+")


def split_lines(items: list[Segment]) -> list[list[Segment]]:
    """Group segments into lines at soft/hard breaks (and ``<br/>``)."""
    lines: list[list[Segment]] = [[]]
    for seg in items:
        if seg.kind == "break":
            lines.append([])
        else:
            lines[-1].append(seg)
    return lines


def plain(items: list[Segment]) -> str:
    """The text a reader sees, links shown by their text (bare URLs as themselves)."""
    return "".join(s.text for s in items)


#: A dash or bar set off by spaces, closing a title before its link (``Title - [abstract]``).
_TITLE_SEPARATOR = re.compile(r"\s[-–—|]\s*$")


def title_before_link(items: list[Segment], min_words: int) -> bool:
    """Whether ``min_words`` words or more are written before the first link and set off
    from it by a spaced dash or bar (``ROSA: Finding Backdoors with Fuzzing - [abstract](…)``):
    a title with its link after it, not a sentence running through a link (``Check out the
    [projects](projects.md) section``)."""
    first = next((i for i, s in enumerate(items) if s.kind == "link"), None)
    if first is None:
        return False
    before = plain(items[:first])
    return len(before.split()) > min_words and _TITLE_SEPARATOR.search(before) is not None


#: The most words of a short bold tag (``**`CVPR 26 Findings`**``, ``**`NVIDIA`**``).
TAG_WORDS = 4


def short_bold_tags(segs: list[Segment]) -> bool:
    """Whether ``segs`` are only short bold tags and spaces (``**`arXiv 26.05`**
    **`NVIDIA`** [``: the bracket that opens the links after them is no text)."""
    for seg in segs:
        if seg.kind == "strong":
            if not seg.text.strip() or len(seg.text.split()) > TAG_WORDS:
                return False
        elif seg.kind != "text" or seg.text.strip(" \t[(（【"):
            return False
    return True


def is_blank(seg: Segment) -> bool:
    """Whether ``seg`` is only white space between the segments a reader sees."""
    return seg.kind == "text" and not seg.text.strip()


def visible(segs: Iterable[Segment]) -> list[Segment]:
    """The segments a reader sees: ``segs`` without the white space between them."""
    return [seg for seg in segs if not is_blank(seg)]


def first_visible(segs: Iterable[Segment]) -> Segment | None:
    """The first segment a reader sees, None on a blank line."""
    return next((seg for seg in segs if not is_blank(seg)), None)
