"""Heading anchors as GitHub makes them (the rules of ``github-slugger``, which GitHub uses).

A slug is the heading's text, lowercased, with every character removed that is punctuation
(except ``-`` and ``_``), a symbol, a separator (a space becomes ``-``), a control or format
character, or an "other number" (``²``, ``①``); letters, marks and decimal digits of every
script stay, so ``1、论文汇总：`` → ``1论文汇总``. A slug seen before gets ``-1``, ``-2``…
"""

from __future__ import annotations

import unicodedata

# General categories github-slugger removes. Letters (L*), marks (M*), decimal and letter
# numbers (Nd, Nl) and connector punctuation (Pc, e.g. "_") stay; so do " " (turned into
# "-") and "-" itself.
_REMOVED = frozenset({"No", "Pe", "Pf", "Pi", "Ps", "Po", "Pd", "Sm", "Sc", "Sk", "So"})
_REMOVED_PREFIXES = ("C", "Z")

# Symbols that are also alphabetic (circled and squared Latin letters) are kept, as
# github-slugger removes the Unicode "Alphabetic" property from what it strips.
_ALPHABETIC_SYMBOLS = (
    (0x24B6, 0x24E9),  # Ⓐ..ⓩ
    (0x1F130, 0x1F149),  # 🄰..🅉
    (0x1F150, 0x1F169),  # 🅐..🅩
    (0x1F170, 0x1F189),  # 🅰..🆉
)


def _kept(char: str) -> bool:
    if char in " -":
        return True
    category = unicodedata.category(char)
    if category in _REMOVED or category.startswith(_REMOVED_PREFIXES):
        point = ord(char)
        return any(lo <= point <= hi for lo, hi in _ALPHABETIC_SYMBOLS)
    return True


def slugify(text: str) -> str:
    """The slug of one heading text, without de-duplication."""
    return "".join(char for char in text.lower() if _kept(char)).replace(" ", "-")


class Slugger:
    """Slugs for the headings of one document, in order: a repeated slug gets ``-1``, ``-2``…

    The same algorithm as github-slugger's ``BananaSlug``: if ``foo-1`` was itself a heading,
    the next ``foo`` becomes ``foo-2``.
    """

    def __init__(self) -> None:
        self._occurrences: dict[str, int] = {}

    def slug(self, text: str) -> str:
        """The anchor of the next heading with this text."""
        original = slugify(text)
        result = original
        while result in self._occurrences:
            self._occurrences[original] += 1
            result = f"{original}-{self._occurrences[original]}"
        self._occurrences[result] = 0
        return result
