"""The export document (see ``schema/export.schema.json``) as YAML.

The output is, byte for byte, what ``yaml.safe_dump(document, allow_unicode=True,
sort_keys=False)`` writes with PyYAML's pure-Python emitter (the same whether or not PyYAML
was built with libyaml). Going through PyYAML for the whole document is slow and large,
though: it builds a node for every value of every entry before it writes the first line
(gigabytes and minutes at 100,000 entries). :class:`BlockWriter` writes the same block
layout directly, one top-level list item at a time:

- the decisions are PyYAML's own: which style a scalar takes (its ``analyze_scalar`` and
  its resolver, with the rules of ``Emitter.choose_scalar_style``), whether a key is simple
  (``check_simple_key``);
- a one-line plain or single-quoted scalar is folded at the 80-column width as
  ``write_plain`` / ``write_single_quoted`` fold it (:func:`_fold`); any other scalar
  (multi-line, double-quoted) is written by PyYAML's own writer methods, started at the
  column it would start at;
- anything outside that layout (non-string or complex keys, floats, shared objects)
  is written by PyYAML itself: the list item, or the whole document.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from typing import Any

import yaml

from awesome_ptm.model import Exportable

_STR_TAG = "tag:yaml.org,2002:str"
#: PyYAML's ``best_width``: a plain or quoted scalar folds at a space past this column.
_WIDTH = 80
#: What ``check_simple_key`` counts besides the key's text: its tag, ``!!str``.
_KEY_TAG_LENGTH = len("!!str")
#: Values up to this length have their style remembered, at most this many of them.
_SHORT = 40
_CACHED = 10_000

# One-line strings of printable characters (no tab, no line break, no BOM, no surrogate):
# PyYAML's ``analyze_scalar`` finds them single-quotable, and :func:`_block_plain` says
# exactly whether it finds them fit for the plain style. Other strings are analysed by
# PyYAML itself.
_PRINTABLE = re.compile(
    "[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010fffe]+"
)
_INDICATORS = frozenset("#,[]{}&*!|>'\"%@`")
_SPACES = re.compile("( +)")


def _block_plain(text: str) -> bool:
    """``analyze_scalar(text).allow_block_plain`` for a non-empty one-line printable string:
    no space at either end, no document marker, no indicator first (``?``, ``:`` and ``-``
    only when a space or the end follows), no ``:`` before a space or at the end, no
    ``#`` after a space."""
    first = text[0]
    return not (
        first == " "
        or text[-1] == " "
        or text.startswith(("---", "..."))
        or first in _INDICATORS
        or (first in "?:-" and (len(text) == 1 or text[1] == " "))
        or ": " in text[1:]
        or (len(text) > 1 and text[-1] == ":")
        or " #" in text
    )


def _fold(text: str, quoted: bool, column: int, indent: int) -> str:
    """A one-line plain (or single-quoted) scalar as PyYAML writes it after a non-space
    character at ``column``: a lone space past the width becomes a line break and
    ``indent`` spaces (``write_plain`` / ``write_single_quoted``, without line breaks)."""
    parts = _SPACES.split(text)  # words at even indexes, runs of spaces at odd ones
    out = [" '" if quoted else " "]
    column += len(out[0])
    # write_single_quoted never breaks at a space that starts or ends the text.
    first_run = 1 if quoted and not parts[0] else -1
    last_run = len(parts) - 2 if quoted and not parts[-1] else -1
    for index, part in enumerate(parts):
        if index % 2 == 0:
            if quoted:
                part = part.replace("'", "''")
            out.append(part)
            column += len(part)
        elif len(part) == 1 and column > _WIDTH and index not in (first_run, last_run):
            out.append("\n" + " " * indent)
            column = indent
        else:
            out.append(part)
            column += len(part)
    if quoted:
        out.append("'")
    return "".join(out)


class _Unsupported(Exception):
    """A value outside the layout :class:`BlockWriter` writes (PyYAML writes it instead)."""


class BlockWriter:
    """Writes data in PyYAML's block style (``safe_dump`` defaults, ``allow_unicode``),
    byte-identical to it for mappings with string keys, lists, strings, ints, bools and
    None."""

    def __init__(self) -> None:
        # One dumper, never used to dump: its analyser, resolver and scalar writers.
        self._dumper = yaml.SafeDumper(io.StringIO(), allow_unicode=True)
        self._parts: list[str] = []
        self._seen: set[int] = set()
        # Keys and short values repeat across entries (field names, link kinds, paths,
        # venues): their decisions are kept, up to a bound.
        self._keys: dict[str, str] = {}
        self._styles: dict[str, str] = {}

    # -- PyYAML's decisions ----------------------------------------------------------------

    def _style(self, text: str, key: bool) -> str:
        """``''`` (plain), ``"'"`` or ``'"'``: ``Emitter.choose_scalar_style`` for a str
        scalar in block context (``key``: as a simple key)."""
        resolved = self._dumper.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
        implicit = resolved == _STR_TAG
        if _PRINTABLE.fullmatch(text) is not None:
            return "" if implicit and _block_plain(text) else "'"
        analysis = self._dumper.analyze_scalar(text)
        if key and (analysis.empty or analysis.multiline):
            if not analysis.multiline and analysis.allow_single_quoted:
                return "'"
            return '"'
        if implicit and analysis.allow_block_plain:
            return ""
        if analysis.allow_single_quoted:
            return "'"
        return '"'

    def _exact(self, text: str, style: str, column: int, indent: int) -> str:
        """``text`` as PyYAML's writer for ``style`` writes it after a non-space character
        at ``column``, with ``indent`` for folded lines: with its leading space."""
        dumper = self._dumper
        stream = io.StringIO()
        dumper.stream = stream
        dumper.column = column
        dumper.indent = indent
        dumper.whitespace = False
        dumper.indention = False
        dumper.root_context = False
        dumper.flow_level = 0
        if style == "":
            dumper.write_plain(text, True)
        elif style == "'":
            dumper.write_single_quoted(text, True)
        else:
            dumper.write_double_quoted(text, True)
        return stream.getvalue()

    # -- scalars ---------------------------------------------------------------------------

    def _key(self, key: object) -> str:
        """A mapping key as written (no leading space); simple keys only."""
        if type(key) is not str:
            raise _Unsupported
        text = self._keys.get(key)
        if text is None:
            text = self._new_key(key)
            if len(self._keys) >= _CACHED:
                self._keys.clear()
            self._keys[key] = text
        return text

    def _new_key(self, key: str) -> str:
        if not key or len(key) + _KEY_TAG_LENGTH >= 128 or not _PRINTABLE.fullmatch(key):
            # Empty, long or multi-line: a complex key ("? …"); or double-quoted (rare).
            raise _Unsupported
        if self._style(key, key=True) == "":
            return key
        return "'" + key.replace("'", "''") + "'"

    def _scalar(self, value: object, column: int, indent: int) -> str:
        """A value written after a non-space character at ``column``, with its leading
        space; folded lines are indented by ``indent``."""
        if value is None:
            return " null"
        if value is True:
            return " true"
        if value is False:
            return " false"
        if type(value) is int:
            return f" {value}"
        if type(value) is not str:
            raise _Unsupported
        if len(value) <= _SHORT:
            style = self._styles.get(value)
            if style is None:
                style = self._style(value, key=False)
                if len(self._styles) >= _CACHED:
                    self._styles.clear()
                self._styles[value] = style
        else:
            style = self._style(value, key=False)
        if style == '"' or _PRINTABLE.fullmatch(value) is None:
            return self._exact(value, style, column, indent)
        if style == "":
            if " " not in value or column + 1 + len(value) <= _WIDTH:
                return " " + value
            return _fold(value, False, column, indent)
        quoted = value.replace("'", "''")
        if " " not in value or column + 3 + len(quoted) <= _WIDTH:
            return " '" + quoted + "'"
        return _fold(value, True, column, indent)

    # -- collections -----------------------------------------------------------------------

    def _container(self, value: dict[Any, Any] | list[Any]) -> None:
        """Note a container written; PyYAML gives one met twice an anchor (``&id001``)."""
        if id(value) in self._seen:
            raise _Unsupported
        self._seen.add(id(value))

    def _mapping(self, mapping: dict[Any, Any], indent: int, inline_first: bool) -> None:
        """A non-empty block mapping whose keys sit at ``indent``; with ``inline_first``
        the first key follows a ``- `` already written."""
        out = self._parts
        for number, (key, value) in enumerate(mapping.items()):
            text = self._key(key)
            if number or not inline_first:
                out.append("\n" + " " * indent)
            out.append(text + ":")
            self._value(value, indent + len(text) + 1, indent)

    def _sequence(self, items: list[Any], indent: int, inline_first: bool = False) -> None:
        """A non-empty block sequence whose dashes sit at ``indent``; with ``inline_first``
        the first dash follows the ``-`` of an enclosing list's item (``- - x``)."""
        out = self._parts
        for number, item in enumerate(items):
            out.append(" -" if inline_first and not number else "\n" + " " * indent + "-")
            if type(item) is dict and item:
                self._container(item)
                out.append(" ")
                self._mapping(item, indent + 2, inline_first=True)
            elif type(item) is list and item:
                self._container(item)
                self._sequence(item, indent + 2, inline_first=True)
            else:
                self._value(item, indent + 1, indent)

    def _value(self, value: object, column: int, indent: int) -> None:
        """A mapping's value or a list's item, after its indicator (ending at ``column``)
        in a block at ``indent``: a list here is a mapping's value, not indented (PyYAML's
        default)."""
        if type(value) is dict:
            self._container(value)
            if value:
                self._mapping(value, indent + 2, inline_first=False)
            else:
                self._parts.append(" {}")
        elif type(value) is list:
            self._container(value)
            if value:
                self._sequence(value, indent)
            else:
                self._parts.append(" []")
        else:
            self._parts.append(self._scalar(value, column, indent + 2))

    def _take(self) -> str:
        text = "".join(self._parts)
        self._parts = []
        return text

    # -- documents -------------------------------------------------------------------------

    def mapping(self, mapping: dict[str, Any]) -> str:
        """A non-empty top-level mapping, without the final line break."""
        if not mapping:
            raise _Unsupported  # "{}"
        self._parts = []
        self._mapping(mapping, 0, inline_first=True)
        return self._take()

    def items(self, items: Iterable[Any]) -> Iterator[str]:
        """The items of a list that is the value of a top-level key, as they come (a long
        list is never held whole); ``" []"`` for none."""
        empty = True
        for item in items:
            empty = False
            self._seen = set()  # items do not share objects; an id may come back later
            try:
                self._sequence([item], 0)
                yield self._take()
            except _Unsupported:
                self._parts = []
                # PyYAML writes a top-level list item exactly as the same item of a list
                # under a top-level key: both at indent 0, the dash in column 0.
                text = yaml.safe_dump([item], allow_unicode=True, sort_keys=False)
                yield "\n" + text.removesuffix("\n")
        if empty:
            yield " []"


def dumps_yaml(document: dict[str, Any]) -> str:
    """YAML for an export dict: keys in the export's order, Unicode as is.

    Byte-identical to ``yaml.safe_dump(document, allow_unicode=True, sort_keys=False)``
    with PyYAML's pure-Python emitter, whether or not PyYAML was built with libyaml.
    """
    try:
        return BlockWriter().mapping(document) + "\n"
    except _Unsupported:
        text: str = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
        return text


def iter_yaml(corpus: Exportable) -> Iterator[str]:
    """The YAML export of ``corpus`` in chunks: the header, then one chunk per entry,
    one entry's dict alive at a time."""
    from awesome_ptm.export import export_header
    from awesome_ptm.export._public import public_dict

    header = export_header(corpus)
    writer = BlockWriter()
    try:
        head = writer.mapping(header)
    except _Unsupported:
        # Not for the header the export makes (strings, ints, short lists): safety only.
        yield dumps_yaml({**header, "entries": [public_dict(entry) for entry in corpus]})
        return
    yield head + "\nentries:"
    yield from writer.items(public_dict(entry) for entry in corpus)
    yield "\n"


def to_yaml(corpus: Exportable) -> str:
    """The export document of ``corpus`` as YAML (the same data as the JSON export)."""
    return "".join(iter_yaml(corpus))
