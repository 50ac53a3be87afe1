"""A numbered list of sources that the text above cites by number (``… a DGD lib [11].`` in
a table, then ``<summary>References</summary>`` over ``11. [Gurbalib](url) on the MUD
Wiki …``, maldorne/awesome-muds): the references of the list's own claims, not entries."""

from __future__ import annotations

import re

from awesome_ptm.parse._markdown import Node
from awesome_ptm.parse._navigation import is_credit_heading

#: ``11. ``: the number opening an item of a numbered list.
_ITEM_NUMBER = re.compile(r"\s{0,3}(\d{1,3})[.)]\s")
#: ``[11]`` in text, not a link's text (``[1](url)``) nor a footnote's mark (``[1]:``).
_CITED_NUMBER = re.compile(r"\[(\d{1,3})\](?![(\[:])")
#: Markup around a label: HTML tags, emphasis, a heading's marks.
_LABEL_MARKUP = re.compile(r"<[^<>]{0,80}>|[*_#]")
#: The fewest such items, and the share of them the text above must cite.
_MIN_FOOTNOTES = 2
_CITED_SHARE = 0.8
#: How many lines above the list are searched for the citations.
_CITING_SPAN = 300


def cited_footnotes(node: Node, lines: list[str]) -> bool:
    """Whether the numbered list ``node`` (``lines``: the file's) is labelled as references
    (``<summary>References</summary>``, ``#### Sources``) and holds the sources the text
    above cites as ``[n]``."""
    label = next((line for line in reversed(lines[: node.start - 1]) if line.strip()), "")
    if not is_credit_heading(_LABEL_MARKUP.sub("", label).strip(" :")):
        return False
    numbers: list[int] = []
    for item in node.children:
        found = _ITEM_NUMBER.match(lines[item.start - 1])
        if found is None:
            return False
        numbers.append(int(found.group(1)))
    if len(numbers) < _MIN_FOOTNOTES:
        return False
    above = "\n".join(lines[max(0, node.start - 1 - _CITING_SPAN) : node.start - 1])
    cited = {int(n) for n in _CITED_NUMBER.findall(above)}
    return sum(1 for number in numbers if number in cited) >= _CITED_SHARE * len(numbers)
