"""Title normalisation: the key under which two spellings of one title compare equal."""

from __future__ import annotations

import re
import unicodedata

#: Dropped from titles. A regex deletes them: ``str.translate`` with a deletion table looks
#: up every character in a dict, three times slower on a title that holds none of them.
_QUOTES = re.compile("[《》〈〉「」『』“”‘’\"'`]")
_EDGE_PUNCT = ".,;:!?。，；：！？、-–—_ "

#: A Chinese character (CJK unified ideographs and extension A): text written without spaces
#: between its words, where characters, not spaces, measure how much is said.
CJK_CHAR = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def normalize_title(title: str) -> str:
    """Fold case, full/half width, title brackets (《》), quotes and spacing.

    ``《BERT： Pre-training》`` and ``bert: pre-training`` give the same key.
    """
    text = _QUOTES.sub("", unicodedata.normalize("NFKC", title)).casefold()
    # Runs of whitespace become one space (str.split splits where str.isspace holds, which is
    # regex ``\s``), and the spaces at the ends go with the edge punctuation anyway.
    return " ".join(text.split()).strip(_EDGE_PUNCT)


#: Quotes that may wrap a whole title (``"Deep Residual Learning"``), opening → closing.
_TITLE_QUOTES = {'"': '"', "“": "”", "„": "“", "«": "»", "「": "」", "『": "』"}


def unwrap_title_brackets(title: str) -> str:
    """``《Title》`` → ``Title``, ``"Title"`` → ``Title``; other text is returned stripped. A
    quote that opens only part of the title (``"Why Should I Trust You?": Explaining…``)
    stays."""
    text = title.strip()
    if text.startswith("《") and text.endswith("》") and text.count("《") == 1:
        return text[1:-1].strip()
    close = _TITLE_QUOTES.get(text[:1])
    if close is not None and len(text) > 2 and text.endswith(close):
        inner = text[1:-1]
        if text[0] not in inner and close not in inner:
            return inner.strip()
    return text


#: GitHub emoji shortcodes decorating the start of a title (``:fast_forward: Title``).
_SHORTCODES = re.compile(r"^(?::[a-z0-9_+\-]+:\s*)+")


#: A star count closing a title (``uni-app ★36.1k+``, ``citySelect ★100+``).
_STAR_COUNT = re.compile(r"[ \t]{0,3}★[ \t]{0,3}[\d.,]{1,12}[ \t]{0,3}[kKmMwW万]?\+?$")
#: GitHub emoji shortcodes closing a title (``… learning :star: :fire:``).
_TRAILING_SHORTCODES = re.compile(
    r"(?:[ \t]{1,3}:[a-z0-9_+-]{2,40}:){0,5}[ \t]{1,3}:[a-z0-9_+-]{2,40}:?$"
)


def plain_title(title: str) -> str:
    """A title as plain text: spaces joined, emoji shortcodes at its ends dropped, and the
    brackets left over from an escaped ``\\[[name](url)]`` taken off. (HTML tags are left
    out where the inline content is read, so that an escaped ``\\<b>`` stays.)"""
    text = title
    if "  " in text or "\n" in text or "\t" in text:
        text = " ".join(text.split())
    text = text.strip()
    if text.startswith(":"):
        text = _SHORTCODES.sub("", text)
    if "★" in text:
        text = _STAR_COUNT.sub("", text).rstrip()  # ``uni-app ★36.1k+``: the stars, not the name
    if " :" in text:
        # ``Swarm Learning for … machine learning :star:``: a mark after the title (its
        # closing colon may be gone with the separators a title is stripped of)
        text = _TRAILING_SHORTCODES.sub("", text).rstrip()
    if "[^" in text:
        # ``HSOD-BIT-V2[^2]``: a footnote's mark
        text = " ".join(_FOOTNOTE_MARK.sub("", text).split())
    while len(text) >= 2 and text[0] == "[" and text[-1] == "]" and text.count("[") == 1:
        text = text[1:-1].strip()
    return text


#: ``[^2]``, ``[^note]``: the mark of a footnote (GitHub's extension to Markdown).
_FOOTNOTE_MARK = re.compile(r"\[\^[\w-]{1,30}\]")


#: A GitHub emoji shortcode (``:star:``, ``:heavy_check_mark:``).
SHORTCODE = r":[a-z0-9_+-]{2,40}:"
#: A GitHub emoji shortcode standing alone in a text (``Nature :mortar_board:``).
_ANY_SHORTCODE = re.compile(rf"(?<!\S){SHORTCODE}(?!\S)")


def without_shortcodes(text: str) -> str:
    """``text`` without the GitHub emoji shortcodes standing alone in it (GitHub shows them
    as emoji: ``Nature :mortar_board:`` is the venue ``Nature``)."""
    if ":" not in text:
        return text
    return " ".join(_ANY_SHORTCODE.sub(" ", text).split())


#: The share of a title's longer words (four letters or more) that open with a capital in
#: title case (``Training Multi-Billion Parameter Language Models``; ``a modern web
#: framework for building APIs`` is a description).
_TITLE_CASE_SHARE = 0.6


def in_title_case(text: str) -> bool:
    """Whether most of the longer words of ``text`` open with a capital, as a title's do."""
    longer = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return bool(longer) and sum(w[0].isupper() for w in longer) >= _TITLE_CASE_SHARE * len(longer)
