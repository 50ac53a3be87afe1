"""The words the spelling rules (PTM41x) look at: the checkable Latin words of a text
(outside URLs, HTML and code), their case shapes, and their one-edit neighbourhoods."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

#: Shortest word that is checked: shorter ones are mostly acronyms, units and particles.
MIN_LENGTH = 4
#: Longest word that is checked: the longest English dictionary word has 45 letters. The
#: one-edit variants of an n-letter word number O(n²) (swaps of any two letters), and its
#: deletion neighbourhood O(n), each a string of n letters: a 5,000-letter "word" (a pasted
#: blob) would never finish, so longer words are neither checked nor used as terms.
MAX_LENGTH = 45

_ALPHABET = "abcdefghijklmnopqrstuvwxyz"

# Runs of word characters (Latin letters, digits, underscore), with apostrophe suffixes.
_TOKEN = re.compile(r"[A-Za-z0-9_\u00C0-\u024F]+(?:['’][A-Za-z]+)*")
_LETTERS = re.compile(r"[A-Za-z]+")
_NOT_URL = r"\s<>()\[\]{}\"'`\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
# Text that is not prose: URLs, link targets, HTML, code spans, hashtags, e-mail addresses, and
# dotted names (domains, file names, versions) with any path after them.
_MASK = re.compile(
    "|".join(
        (
            # Each alternative may only start where its run of characters starts (the
            # lookbehinds): otherwise a long run of letters is rescanned from every position.
            rf"(?<![A-Za-z0-9+.-])(?:[A-Za-z][A-Za-z0-9+.-]*://|www\.)[^{_NOT_URL}]*",
            r"\]\([^)\s]*",
            r"<[^<>\n]*>",
            r"`[^`\n]*`",
            # a hashtag (``#rstats``: a tag, not a word; not the ``#`` of ``C#``)
            r"(?<![A-Za-z0-9_&#])#[A-Za-z][A-Za-z0-9_]*",
            r"(?<![A-Za-z0-9_.+-])[A-Za-z0-9_.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+",
            r"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+(?:/[!-~]*)?",
        )
    )
)
_MASK_HINTS = (".", "<", "`", "@", "](", "#")
#: Whether :func:`tokens` needs its general path: a mask may apply (:data:`_MASK_HINTS`) or a
#: word may carry an apostrophe suffix.
_SLOW_PATH = re.compile(r"[.<`@'’#]|\]\(")
#: Without masks and apostrophes, the kept tokens are exactly the runs of ``_TOKEN``'s
#: characters made of ASCII letters only: found by one regex, with no test per match.
_PLAIN_WORD = re.compile(r"(?<![A-Za-z0-9_\u00C0-\u024F])[A-Za-z]+(?![A-Za-z0-9_\u00C0-\u024F])")


class Token(NamedTuple):
    """A word of the text: ``text[start:end] == word``. (A named tuple: every title is
    split into them, and tuples are the cheapest to make.)"""

    start: int
    end: int
    word: str

    @property
    def key(self) -> str:
        return self.word.casefold()


_new_token = tuple.__new__


def words(text: str) -> list[str]:
    """The words of :func:`tokens` (``token.word``), without their places: the corpus index
    needs only these, and most titles take a path that makes no :class:`Token` at all."""
    if _SLOW_PATH.search(text) is None:
        return _PLAIN_WORD.findall(text)  # as in tokens()
    return [token.word for token in tokens(text)]


# The lexicon splits every title and title-typo splits them again: room for 100,000+
# titles, or a long list misses the cache on every title of the second pass.
@functools.lru_cache(maxsize=1 << 17)
def tokens(text: str) -> tuple[Token, ...]:
    """The checkable Latin words of ``text``, in order: ASCII letters only (a word with a digit,
    an underscore or an accent is a name or identifier), outside URLs, HTML and code. A
    possessive ``'s`` is dropped; other contractions are skipped."""
    if _SLOW_PATH.search(text) is None:
        # Most titles: no URL, tag, code or apostrophe. ``tuple.__new__`` skips the named
        # tuple's Python-level constructor (a third of the time on 100,000 words).
        return tuple(
            [_new_token(Token, (*m.span(), m.group())) for m in _PLAIN_WORD.finditer(text)]
        )
    return _masked_tokens(text)


def _masked_tokens(text: str) -> tuple[Token, ...]:
    """:func:`tokens` of any text: URLs, tags and code masked, apostrophes handled."""
    masks: list[tuple[int, int]] = []
    if any(hint in text for hint in _MASK_HINTS):
        masks = [match.span() for match in _MASK.finditer(text)]
    found: list[Token] = []
    index = 0
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        while index < len(masks) and masks[index][1] <= start:
            index += 1
        if index < len(masks) and masks[index][0] < end:
            continue  # inside (or touching) a URL, a tag, a code span
        word = match.group()
        if "'" in word or "’" in word:
            base, _, suffix = word.replace("’", "'").partition("'")
            if suffix.casefold() != "s" or "'" in suffix:
                continue
            word, end = base, start + len(base)
        if _LETTERS.fullmatch(word):
            found.append(Token(start, end, word))
    return tuple(found)


def shape(word: str) -> str:
    """``lower``, ``capitalized``, ``upper`` or ``mixed`` (CamelCase, RoBERTa)."""
    if word.islower():
        return "lower"
    if word.isupper():
        return "upper"
    if word[0].isupper() and word[1:].islower():
        return "capitalized"
    return "mixed"


def is_checkable(word: str) -> bool:
    """Whether the dictionary is asked about a word: ``lower`` or ``Capitalized``, long enough.
    Acronyms (ALLCAPS) and model names (CamelCase, mixed case) are not English words."""
    return MIN_LENGTH <= len(word) <= MAX_LENGTH and shape(word) in ("lower", "capitalized")


def match_case(typo: str, suggestion: str) -> str:
    """``suggestion`` written in the case of ``typo`` (a mixed-case name keeps its own)."""
    if shape(suggestion) == "mixed":
        return suggestion
    kind = shape(typo)
    if kind == "lower":
        return suggestion.lower()
    if kind == "upper":
        return suggestion.upper()
    if kind == "capitalized":
        return suggestion[:1].upper() + suggestion[1:].lower()
    return suggestion


def deletes(word: str) -> set[str]:
    """The word and every string one deletion away: its SymSpell neighbourhood."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def edits1(word: str) -> set[str]:
    """Every string one edit away (delete, adjacent swap, replace, insert), plus every swap
    of two letters anywhere (``fimaly`` → ``family``), which is one slip of the hand."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    result = {a + b[1:] for a, b in splits if b}
    result |= {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    result |= {a + c + b for a, b in splits for c in _ALPHABET}
    letters = list(word)
    for i in range(len(letters)):
        for j in range(i + 1, len(letters)):
            if letters[i] != letters[j]:
                swapped = letters.copy()
                swapped[i], swapped[j] = swapped[j], swapped[i]
                result.add("".join(swapped))
    result.discard(word)
    return result


_CAMEL_PART = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")


def camel_parts(word: str) -> list[str]:
    """``FastBERT`` → ``Fast``, ``BERT``; ``MetaGPT`` → ``Meta``, ``GPT``."""
    return _CAMEL_PART.findall(word)


def is_edge_variant(a: str, b: str) -> bool:
    """One word is the other with a letter added at the start or the end: ``Transformers``,
    ``mBERT``, ``BLOOMZ`` — an inflection or a related name, not a typo."""
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and short in (long[1:], long[:-1])
