"""Markdown escaping: text that re-parses to itself, and link targets that stay one target."""

from __future__ import annotations

import re

# Characters that start inline markup: code spans, emphasis, links and images, autolinks and
# raw HTML, table cells, strikethrough, math (GitHub renders $…$) and the backslash itself.
_INLINE = re.compile(r"([\\`*_\[\]<|~$])")
# "&amp;" and "&#42;" would be decoded as character references.
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# What a line may not start with without changing its block: a heading, a quote, a list
# marker (bullet or "1." / "1)").
_LINE_START = re.compile(r"^(?:([#>+\-=])|(\d{1,9})([.)]))")
_SPACE = re.compile(r"[\t\n\r\f\v]+")


def escape_inline(text: str) -> str:
    """Escape ``text`` so that Markdown shows it as written (inline context)."""
    text = _SPACE.sub(" ", text)
    text = _INLINE.sub(r"\\\1", text)
    return _ENTITY.sub(r"\\&", text)


def escape_line_start(text: str) -> str:
    """Escape what would make already-escaped text start a block (at the start of a line or a
    list item): ``# x``, ``> x``, ``- x``, ``1. x``."""
    match = _LINE_START.match(text)
    if match is None:
        return text
    if match.group(1):
        return "\\" + text
    return f"{match.group(2)}\\{text[match.end(2) :]}"


def escape_heading(text: str) -> str:
    """Escape heading text: inline escapes, and ``#`` (a closing sequence otherwise)."""
    return escape_inline(text).replace("#", "\\#")


def link_target(url: str) -> str:
    """``url`` as a link destination: bare when it can be, else in ``<…>``."""
    if url and not _needs_angle(url):
        return url
    cleaned = _SPACE.sub("", url).replace("<", "%3C").replace(">", "%3E")
    return f"<{cleaned}>"


def _needs_angle(url: str) -> bool:
    depth = 0
    for char in url:
        if char.isspace() or char in "<>" or ord(char) < 0x20:
            return True
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return True
    return depth != 0
