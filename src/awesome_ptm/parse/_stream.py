"""How the block tokens reach the reader: the layout they record (list siblings, tables),
the inline parse deferred to one top-level block at a time, and the streaming block parser
that hands each finished top-level block over (a large list is never held whole)."""

from __future__ import annotations

import functools
from typing import Any, Protocol

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from awesome_ptm.model import Layout
from awesome_ptm.parse._markdown import Node, block_tree, markdown


class Walker(Protocol):
    """What reads the blocks: walks each top-level block, then forgets its segments."""

    def walk(self, nodes: list[Node]) -> None: ...

    def forget_segments(self) -> None: ...


def layout(tokens: list[Token], first_index: int = 0) -> Layout:
    """Which list items are siblings and where the tables are, from the block tokens (the
    list-style and missing-url rules need both; recording them here saves a second parse).
    A list is known by the index of its opening token in the file's token stream
    (``first_index`` is the index of ``tokens[0]`` there)."""
    recorded = Layout({}, {}, [])
    _add_layout(recorded, tokens, first_index)
    return recorded


def _add_layout(recorded: Layout, tokens: list[Token], first_index: int) -> None:
    item_list = recorded.item_list
    list_items = recorded.list_items
    stack: list[int] = []
    for index, token in enumerate(tokens, start=first_index):
        if not token.nesting:
            continue
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            stack.append(index)
            list_items[index] = []
        elif kind in ("bullet_list_close", "ordered_list_close") and stack:
            stack.pop()
        elif kind == "list_item_open" and stack and token.map:
            line = token.map[0] + 1
            item_list[line] = stack[-1]
            list_items[stack[-1]].append(line)
        elif kind == "table_open" and token.map:
            recorded.tables.append((token.map[0] + 1, token.map[1]))


class InlineParser:
    """The core rules that markdown-it runs after the block parse (parsing each inline
    token's content, joining text runs), run on the inline tokens of one top-level block
    at a time, just before the block is read.

    That gives the same tokens (each of these rules works on one inline token at a time,
    with the references the block parse collected) but not all at once: the inline tokens
    of a block are made, read into segments and let go while the walk goes on, so a large
    list never holds all of them (half of its tokens) at the same time.
    """

    #: The core rules after ``block`` that may be deferred; with any other one enabled
    #: (replacements, smartquotes, linkify: none is in our configuration) the whole parse
    #: runs at once instead.
    DEFERRABLE = frozenset({"inline", "text_join"})

    def __init__(
        self, md: MarkdownIt, env: dict[str, Any], before: list[Any], after: list[Any]
    ) -> None:
        self.md = md
        self.env = env
        self.before = before  # the core rules up to and including the block parse
        self.rules = after
        # One state, its token list swapped per call: the rules read only the tokens, the
        # parser and the environment (the references found by the block parse).
        self.state = StateCore("", md, env)

    @classmethod
    def create(cls, md: MarkdownIt, env: dict[str, Any]) -> InlineParser | None:
        """The inline parser of ``md`` for parses in ``env``, or None when its inline parse
        cannot be deferred (a core rule after ``block`` other than :data:`DEFERRABLE`)."""
        rules = [rule for rule in md.core.ruler.__rules__ if rule.enabled]
        names = [rule.name for rule in rules]
        if "block" not in names or "inline" not in names:
            return None
        after = rules[names.index("block") + 1 :]
        if any(rule.name not in cls.DEFERRABLE for rule in after):
            return None
        before = rules[: names.index("block") + 1]
        return cls(md, env, [rule.fn for rule in before], [rule.fn for rule in after])

    def block_tokens(self, text: str) -> list[Token]:
        """Run the block parse of ``text`` (the core rules up to ``block``) in this parser's
        environment; the inline tokens are left unparsed."""
        state = StateCore(text, self.md, self.env)
        for rule in self.before:
            rule(state)
        return state.tokens

    def parse(self, tokens: list[Token]) -> None:
        """Parse the inline content of the inline tokens among ``tokens``."""
        self.state.tokens = tokens
        for rule in self.rules:
            rule(self.state)
        self.state.tokens = []

    @classmethod
    def parse_blocks(cls, md: MarkdownIt, text: str) -> tuple[list[Token], InlineParser | None]:
        """The block tokens of the whole of ``text``, and the parser of their inline content
        (None when the whole parse ran, inline content included)."""
        inline = cls.create(md, {})
        if inline is None:
            return md.parse(text), None
        return inline.block_tokens(text), inline


#: Where the block stream finds the reader of a parse (in the parse's own environment, so
#: that the shared parser holds no state between parses).
READER = "awesome_ptm_block_reader"


def _hand_over_blocks(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """A block rule that never matches: tried first at every block, at the top level it
    hands the blocks finished so far to the reader (their rules have all returned, so
    nothing refers to their tokens by index any more), then lets the real rules run."""
    if not silent and state.level == 0 and state.tokens:
        reader = state.env.get(READER)
        if reader is not None:
            finished = state.tokens[:]
            state.tokens.clear()
            reader.read(finished)
    return False


@functools.cache
def streaming_parser() -> MarkdownIt:
    """A parser like :func:`~awesome_ptm.parse._markdown.markdown` whose block parse hands
    each finished top-level block to the reader in its environment: the file's tokens are
    never all held at once."""
    md = markdown.__wrapped__()
    first = md.block.ruler.get_active_rules()[0]
    md.block.ruler.before(first, "awesome_ptm_hand_over_blocks", _hand_over_blocks)
    return md


def may_define_references(text: str) -> bool:
    """A link reference definition (``[label]: url``) may come after the links that use it,
    so a file that may hold one is parsed whole before its inline content is read. Every
    definition has "]:" in it."""
    return "]:" in text


class BlockReader:
    """Reads batches of top-level block tokens into the builder, in order: records the
    layout, parses each block's inline content, walks it, and lets its tokens go."""

    def __init__(self, builder: Walker, inline_parser: InlineParser | None) -> None:
        self.builder = builder
        self.inline_parser = inline_parser
        self.layout = Layout({}, {}, [])
        self.seen = 0  # tokens read so far: list ids are indexes in the whole stream

    def read(self, tokens: list[Token]) -> None:
        _add_layout(self.layout, tokens, self.seen)
        self.seen += len(tokens)
        inline_parser = self.inline_parser
        tree: list[Node | None] = list(block_tree(tokens))
        inline = _inline_by_block(tokens) if inline_parser is not None else []
        if inline_parser is not None and len(inline) != len(tree):
            inline_parser.parse(tokens)  # blocks not as expected: all inline content now
            inline_parser = None
        del tokens
        # Top-level blocks one at a time, each let go once read: memory holds the entries
        # and the blocks still to come, not every token of the file.
        for index, node in enumerate(tree):
            tree[index] = None
            if inline_parser is not None:
                inline_parser.parse(inline[index])
                inline[index] = []
            if node is not None:
                self.builder.walk([node])
            # The segments are cached by the inline token's id, and a later batch's tokens
            # may reuse the ids of tokens let go: no block looks at another's segments.
            self.builder.forget_segments()


def _inline_by_block(tokens: list[Token]) -> list[list[Token]]:
    """The inline tokens of each top-level block, in order (one list per block)."""
    groups: list[list[Token]] = []
    depth = 0
    for token in tokens:
        if token.type == "inline":
            if groups:
                groups[-1].append(token)
        elif depth == 0 and token.nesting >= 0:
            groups.append([])
        depth += token.nesting
    return groups
