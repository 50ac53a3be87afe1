"""Emoji, symbols and shortcodes that mark a line or a title (``🔥``, ``⭐⭐``, ``:fire:``):
whether a text is only such marks, and a text without the run it opens or closes with."""

from __future__ import annotations

import re
import unicodedata

from awesome_ptm.titles import SHORTCODE

#: Unicode categories of decoration: symbols (emoji), joiners, variation selectors and
#: private-use characters (icon fonts: the Apple logo U+F8FF).
_DECORATION_CATEGORIES = frozenset({"So", "Sk", "Cf", "Mn", "Co"})
#: The most marks a run of decoration has (``⭐⭐``, ``🔥🔥🔥``).
_DECORATION_MAX = 8


def _decorative(ch: str) -> bool:
    return unicodedata.category(ch) in _DECORATION_CATEGORIES


#: GitHub emoji shortcodes opening a text (``:fire:[ICML 2021] …``), shown as emoji.
_LEADING_SHORTCODES = re.compile(rf"[ \t]{{0,8}}(?:{SHORTCODE}[ \t]{{0,8}}){{1,6}}")


def is_decoration(text: str) -> bool:
    """Whether ``text`` is only emoji and symbols (``🌟``, ``🔥 ``, ``:fire:``): no word, no
    bracket."""
    if text.lstrip().startswith(":"):
        found = _LEADING_SHORTCODES.match(text)
        if found is not None:
            text = text[found.end() :] or " "
            if not text.strip():
                return True
    marks = [ch for ch in text if not ch.isspace()]
    if (
        len(marks) > 2
        and marks[0] in "[(【"
        and marks[-1] == {"[": "]", "(": ")", "【": "】"}[marks[0]]
    ):
        marks = marks[1:-1]  # (``[⭐️] **RT-2**, …``: the star marks the work in brackets)
    return bool(marks) and all(map(_decorative, marks)) and len(marks) <= 6


def without_trailing_decoration(text: str) -> str:
    """``text`` without the run of emoji and symbols it closes with (``(NeurIPS 2020)
    ⭐⭐⭐⭐⭐``: how much the curator recommends the paper after its venue)."""
    end = len(text.rstrip())
    start = end
    while start > 0 and end - start < _DECORATION_MAX and _decorative(text[start - 1]):
        start -= 1
    return text[:start].rstrip() if start < end else text


def without_leading_decoration(text: str) -> str:
    """``text`` without the run of emoji and symbols it opens with (``⭐⭐(NeurIPS 2023) …``,
    ``:fire:[ICML 2021] …``)."""
    if text.lstrip().startswith(":"):
        found = _LEADING_SHORTCODES.match(text)
        if found is not None:
            text = text[found.end() :]
    start = len(text) - len(text.lstrip())
    end = start
    while end < len(text) and end - start < _DECORATION_MAX and _decorative(text[end]):
        end += 1
    return text[end:] if end > start else text
