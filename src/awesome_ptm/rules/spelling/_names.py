"""Whether a word the spelling rules (PTM41x) flag is a name after all, and whether it is a
slip of the fingers: two neighbouring letters of a dictionary word swapped."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from awesome_ptm.rules._base import Context

_ANY_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


#: A link to a heading of the same page (a table of contents repeats the heading's words:
#: no second use of them).
_TOC_LINK = re.compile(r"\[[^\[\]\n]*\]\(#[^()\n]*\)")
_URL_TEXT = re.compile(r"(?:[a-z][a-z0-9+.-]{0,15}://|www\.)[^\s)>\]|]+", re.IGNORECASE)


def _corpus_words(context: Context) -> Counter[str]:
    """Every run of letters in the corpus's text outside URLs (titles, descriptions,
    headings), casefolded, with its count: a word written elsewhere in the corpus is a name
    the curators use, not a slip of one title. (URLs count only for their own entry: a
    path is no spelling.)"""
    counts: Counter[str] = context.memo(
        "spelling:corpus-words",
        lambda: Counter(
            word.casefold()
            for document in context.corpus.documents
            for word in _ANY_WORD.findall(_URL_TEXT.sub(" ", _TOC_LINK.sub(" ", document.text)))
        ),
    )
    return counts


def _looks_like_name(word: str) -> bool:
    """Mixed case inside the word (``DeText``, ``OpenAGI``) or digits: how names are
    written, never a slip of an English word."""
    if any(ch.isdigit() for ch in word):
        return True
    rest = word[1:]
    return any(ch.isupper() for ch in rest) and any(ch.islower() for ch in word)


def _is_transposition(word: str, suggestion: str) -> bool:
    """Whether ``word`` is ``suggestion`` with two neighbouring letters swapped."""
    a, b = word.casefold(), suggestion.casefold()
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]


#: A word needs this many letters before a swap inside it reads as a slip of the fingers.
_MIN_SWAP_LENGTH = 5


def is_inner_swap(word: str, suggestion: str) -> bool:
    """Whether ``word`` is ``suggestion`` with two neighbouring letters swapped inside it,
    neither of them the first or the last letter, in a word of five letters or more. A swap
    at an edge of a short word makes another word or a name (``Tech``/``Etch``,
    ``Elon``/``Leon``, ``Intro``/``Nitro``); one inside a longer word is how fingers slip
    (``Deilver``, ``soruce``)."""
    if len(word) < _MIN_SWAP_LENGTH or not _is_transposition(word, suggestion):
        return False
    first = next(i for i in range(len(word)) if word[i] != suggestion.casefold()[i])
    return first > 0 and first + 1 < len(word) - 1


def is_name(
    word: str, suggestion: str, context: Context, own_text: str, urls: Iterable[str]
) -> bool:
    """Whether a word flagged as a typo is a name after all: it stands in the entry's own
    URLs (its repository, package or user), it is written like a name (mixed case, digits,
    or all capitals unless two letters are merely swapped: ``ENRIE`` is ``ERNIE``, but
    ``AMBERT`` is not ``ALBERT``), or the corpus writes it elsewhere too."""
    key = word.casefold()
    if any(key in url.casefold() for url in urls):
        return True
    if _looks_like_name(word):
        return True
    if word.isupper() and not _is_transposition(word, suggestion):
        return True
    own_words = _ANY_WORD.findall(_URL_TEXT.sub(" ", own_text))
    own = sum(1 for found in own_words if found.casefold() == key)
    return _corpus_words(context)[key] > own
