"""The shapes that name groups rather than resources: category items (``* **Python**``),
headings and their titles."""

from __future__ import annotations

from awesome_ptm.parse._inline import Segment, plain
from awesome_ptm.parse._navigation import is_navigation_segment
from awesome_ptm.titles import plain_title


def bold_only(segs: list[Segment]) -> bool:
    """A line that is one bold title and nothing else (``**Scaffold-GS: …**``)."""
    # Emoji or punctuation around the bold title (``🔥 **Title**``) decorate it.
    content = [s for s in segs if not (s.kind == "text" and not any(c.isalnum() for c in s.text))]
    return (
        len(content) == 1
        and content[0].kind == "strong"
        and bool(content[0].text.strip())
        and "\n" not in content[0].text
    )


def category_title(segs: list[Segment], text: str) -> str:
    """The name of a category item: its bold name when it starts with one
    (``<a id="python"></a> **Python** - Python NLP libraries``), else its text."""
    content = [s for s in segs if s.kind != "html" and (s.kind != "text" or s.text.strip())]
    if content and content[0].kind == "strong" and content[0].text.strip():
        return plain_title(content[0].text).rstrip(":：").strip()
    return plain_title(text).rstrip(":：").strip()


_EMPTY_BRACKETS = ("()", "（）", "[]")


def heading_title(segs: list[Segment]) -> str:
    """A heading's text without its navigation links, badges and HTML tags:
    ``📖Topics ([©️back👆🏻](#paperlist))`` → ``📖Topics``."""
    kept = [s for s in segs if s.kind not in ("image", "html") and not is_navigation_segment(s)]
    title = plain(kept).strip()
    if len(kept) != len(segs):
        for empty in _EMPTY_BRACKETS:
            title = title.replace(empty, "")
        title = title.strip()
    return title
