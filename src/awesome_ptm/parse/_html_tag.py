"""One HTML tag read on its own (``<a href='…'>``, ``<img src="…">`` inline in a Markdown
line): its name and attributes, by the standard library's :class:`html.parser.HTMLParser`,
as ``_html_lines`` and ``_html_table`` read whole HTML blocks (entities in values read,
quoted or bare values alike)."""

from __future__ import annotations

from html.parser import HTMLParser


class _TagParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: tuple[str, dict[str, str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.found is None:
            self.found = (tag, {name: value or "" for name, value in attrs})

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)


def tag_attribute(tag: str, name: str, attribute: str) -> str | None:
    """The value of ``attribute`` when ``tag`` is one opening (or self-closing) tag called
    ``name`` (``tag_attribute("<a href='x'>", "a", "href")`` is ``"x"``), else None."""
    text = tag.strip()
    if (
        not text.startswith("<")
        or not text.endswith(">")
        or text[1 : 1 + len(name)].casefold() != name
    ):
        return None
    parser = _TagParser()
    parser.feed(text)
    parser.close()
    if parser.found is None or parser.found[0] != name:
        return None
    value = parser.found[1].get(attribute)
    return value.strip() if value and value.strip() else None
