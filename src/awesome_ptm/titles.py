"""Title normalisation: the key under which two spellings of one title compare equal."""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans("", "", "《》〈〉「」『』“”‘’\"'`")
_SPACES = re.compile(r"\s+")
_EDGE_PUNCT = ".,;:!?。，；：！？、-–—_ "


def normalize_title(title: str) -> str:
    """Fold case, full/half width, title brackets (《》), quotes and spacing.

    ``《BERT： Pre-training》`` and ``bert: pre-training`` give the same key.
    """
    text = unicodedata.normalize("NFKC", title).translate(_QUOTES).casefold()
    text = _SPACES.sub(" ", text)
    return text.strip(_EDGE_PUNCT)


def unwrap_title_brackets(title: str) -> str:
    """``《Title》`` → ``Title``; other text is returned stripped."""
    text = title.strip()
    if text.startswith("《") and text.endswith("》") and text.count("《") == 1:
        return text[1:-1].strip()
    return text
