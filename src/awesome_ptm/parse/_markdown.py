"""The markdown-it-py parser we read lists with, and a light tree over its block tokens."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from awesome_ptm.parse._normalize import normalize_link
from awesome_ptm.read import check_brackets


@functools.cache
def markdown() -> MarkdownIt:
    """CommonMark with GFM tables and strikethrough, raw HTML allowed (lists use ``<br/>``),
    and markdown-it's link normalisation without its work where it changes nothing.

    A YAML front matter block (``---`` / ``layout: default`` / ``---`` on the first lines, as
    Jekyll, Hugo and VuePress pages open) is the page's metadata, one ``front_matter`` token:
    CommonMark alone reads its last line as a setext heading over the keys.

    Text with a flood of unclosed ``[`` is refused before it is parsed (see
    :func:`awesome_ptm.read.check_brackets`): markdown-it-py is linear on it but slow.
    """
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    md.use(front_matter_plugin)
    md.add_render_rule("front_matter", _render_front_matter)
    # The same link targets, a sixth less parse time (see ``_normalize``).
    md.normalizeLink = normalize_link  # type: ignore[method-assign]
    md.core.ruler.after("normalize", "awesome_ptm_bracket_flood", _refuse_bracket_floods)
    return md


def _render_front_matter(
    self: object, tokens: list[Token], idx: int, options: object, env: object
) -> str:
    """The front matter as text in the HTML (the plugin renders nothing): the refuse-to-write
    check of ``fix`` compares renderings, and must see a change to the metadata too."""
    return f"<pre>{escapeHtml(tokens[idx].content)}</pre>\n"


def _refuse_bracket_floods(state: StateCore) -> None:
    check_brackets(state.src, None)


@dataclass(slots=True)
class Node:
    """A block: its opening token (or the lone token), its inline content and children."""

    token: Token
    children: list[Node] = field(default_factory=list)
    inline: Token | None = None

    @property
    def type(self) -> str:
        return self.token.type.removesuffix("_open")

    @property
    def start(self) -> int:
        """1-based first line."""
        return self.token.map[0] + 1 if self.token.map else 0

    @property
    def end(self) -> int:
        """1-based last line (inclusive)."""
        return self.token.map[1] if self.token.map else 0


def block_tree(tokens: list[Token]) -> list[Node]:
    """Nest the flat token stream into nodes (inline tokens attach to their parent)."""
    root = Node(Token("root", "", 0))
    stack = [root]
    for token in tokens:
        if token.nesting == 1:
            node = Node(token)
            stack[-1].children.append(node)
            stack.append(node)
        elif token.nesting == -1:
            stack.pop()
        elif token.type == "inline":
            stack[-1].inline = token
        else:
            stack[-1].children.append(Node(token))
    return root.children
