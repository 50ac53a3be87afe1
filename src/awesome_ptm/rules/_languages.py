"""The names of programming and markup languages, from Pygments' table of lexers.

A list of projects by language has headings such as ``Clojure``, ``Scala`` or ``Elixir``:
words no English dictionary holds, one edit from one it does (``Closure``, ``Scale``). Pygments
keeps the names of some six hundred languages and their aliases; the spelling rules accept
them as words (they are not offered as corrections: ``aheui`` is a language, not a likely fix).
"""

from __future__ import annotations

import functools
import re

#: The words of a lexer's name or alias (``Objective-C++`` → ``objective``).
_WORD = re.compile(r"[^\W\d_]+")
#: Shorter words are acronyms and file suffixes (``c``, ``js``, ``ml``), which the spelling
#: rules never check.
_MIN_LENGTH = 4


@functools.cache
def language_names() -> frozenset[str]:
    """The casefolded words of every language name and alias Pygments knows."""
    from pygments.lexers._mapping import LEXERS

    names: set[str] = set()
    for _module, name, aliases, _files, _mimetypes in LEXERS.values():
        for written in (name, *aliases):
            names.update(w.casefold() for w in _WORD.findall(written) if len(w) >= _MIN_LENGTH)
    return frozenset(names)
