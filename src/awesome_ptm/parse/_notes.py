"""What a line holds besides its title: the labels of its links (``[pdf]``, ``论文链接：``)
and the notes left once the title, venue, authors and links are taken out."""

from __future__ import annotations

import functools
import re

from awesome_ptm.parse._decoration import without_leading_decoration
from awesome_ptm.parse._draft import LinkDraft
from awesome_ptm.parse._inline import Segment
from awesome_ptm.parse._vocabulary import column_role, is_link_label

#: What separates a label, a title, a venue or a note from what follows it.
SEPARATORS = " \t-–—:：,，;；|·•/、➡️→>"
#: Longest text read as a link's label (``论文链接：``, ``code:``).
LABEL_MAX = 24
_NUMBERING = re.compile(r"^\s*\d+[.)、]\s*")
_EMPTY_BRACKETS = re.compile(r"\[\s*\[\s*\]\s*\]|\[\s*\]|\(\s*\)|（\s*）|\(\s*）|（\s*\)")
_SPACES = re.compile(r"[ \t]+")
# Punctuation the parts taken out leave behind, once spaces are single: ``bar. .`` (a venue
# sentence taken out), ``a tool , fast`` (a bracketed venue taken out). An ellipsis or
# ``.NET`` is untouched: the mark must stand alone, a space before it and a space or the end
# after it.
_DOUBLED_MARK = re.compile(r"([.,;:!?]) [.,;](?= |$)")
_SPACED_MARK = re.compile(r"(?<=\w) ([,;.])(?= |$)")


# Pure, and link texts repeat (``pdf``, ``code``, ``[Paper]``) thousands of times a list.
@functools.lru_cache(maxsize=4096)
def is_generic_label(text: str) -> bool:
    """Link text such as ``pdf``, ``code``, ``[web]`` or ``论文链接`` names the link, not
    the entry."""
    stripped = text.strip()
    word = stripped.strip("[]【】\\").strip()
    if word and not word[0].isalnum():
        word = without_leading_decoration(word).strip()  # (``\uf8ff App Store``: a logo)
    return column_role(word) in ("paper", "code", "link", "download", "demo") or is_link_label(
        word, bracketed=stripped.startswith(("[", "【"))
    )


def clean_label(text: str) -> str | None:
    """``论文链接：`` → ``论文链接``; empty → None."""
    label = _NUMBERING.sub("", text).strip().strip(SEPARATORS).strip()
    return label or None


def clean_note(text: str) -> str:
    """What is left of a line once title, venue and links are taken out, tidied: empty
    brackets, the halves of brackets that held a link, separators at the ends."""
    text = _EMPTY_BRACKETS.sub("", text)
    text = _SPACES.sub(" ", text)
    if " ." in text or " ," in text or " ;" in text:  # (most notes have no such gap)
        text = _SPACED_MARK.sub(r"\1", _DOUBLED_MARK.sub(r"\1", text))
    # Trim ``text[lo:hi]`` from both ends until nothing changes: spaces and separators, a
    # closing bracket at the start that closes nothing, an opening one at the end that is
    # never closed. The bracket counts are kept as the ends move (spaces and separators
    # hold no brackets), so a long run of ")" costs linear time, not quadratic.
    opens = text.count("(") + text.count("（") + text.count("[")
    closes = text.count(")") + text.count("）") + text.count("]")
    lo, hi = 0, len(text)
    previous = None
    while previous != (lo, hi):
        previous = (lo, hi)
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        while lo < hi and text[lo] in SEPARATORS:
            lo += 1
        if hi - lo > 1 and text[lo] in ".,;" and text[lo + 1].isspace():
            lo += 1  # (``[Title](url). Description``: the title's full stop)
        while hi > lo and text[hi - 1] in SEPARATORS:
            hi -= 1
        if lo < hi and text[lo] in ")）]" and closes > opens:
            lo += 1
            closes -= 1
        if lo < hi and text[hi - 1] in "(（[" and opens > closes:
            hi -= 1
            opens -= 1
    text = text[lo:hi]
    # Punctuation left between the parts taken out (". . .") is not a note.
    return text.strip() if any(ch.isalnum() for ch in text) else ""


def is_label_text(text: str) -> bool:
    """Short text ending with a colon (``论文链接：``, ``code:``) labels what follows it."""
    stripped = text.strip()
    return bool(stripped) and stripped[-1] in ":：" and len(stripped) <= LABEL_MAX + 1


def link_draft(seg: Segment, label: str | None) -> LinkDraft:
    """The entry's link for a link segment, with its label."""
    text = seg.text if seg.style == "inline" and seg.text != seg.href else None
    style = "paren" if seg.style == "bare" and seg.in_parens else str(seg.style)
    return LinkDraft(href=str(seg.href), style=style, label=label, text=text)


def remove_once(text: str, part: str) -> str:
    """``text`` with the first ``part`` in it replaced by a space."""
    index = text.find(part)
    return text if index < 0 else text[:index] + " " + text[index + len(part) :]


def labels_for_rest(rest: list[Segment], title_index: int | None) -> list[LinkDraft]:
    """Links after the title, each labelled by its own text or by the text just before it."""
    links: list[LinkDraft] = []
    pending: str | None = None
    for index, seg in enumerate(rest):
        if index == title_index:
            continue
        if seg.kind == "link":
            label = pending
            if seg.style == "inline" and seg.text and seg.text != seg.href:
                label = clean_label(seg.text)
            links.append(link_draft(seg, label))
            pending = None
        elif seg.kind == "text":
            stripped = seg.text.strip()
            pending = clean_label(stripped) if is_label_text(stripped) else None
    return links


def rest_notes(segs: list[Segment], skip: set[int], *taken: str | None) -> list[str]:
    """What is left of the line as one note: the segments not in ``skip``, links blanked,
    and each of ``taken`` (the venue marker, the authors, as written) taken out once."""
    parts: list[str] = []
    for index, seg in enumerate(segs):
        if index in skip or seg.kind in ("link", "image"):
            parts.append(" ")
            continue
        parts.append(seg.text)
    text = "".join(parts)
    for raw in taken:
        if raw:
            text = remove_once(text, raw)
    note = clean_note(text)
    return [note] if note else []


def titled_link(seg: Segment) -> bool:
    """A link whose text names what it links (not ``pdf``, not its own address, not an
    image whose reference is undefined: ``[![Open-Source Software][oss icon]](url)``)."""
    return (
        seg.kind == "link"
        and seg.style == "inline"
        and seg.text != seg.href
        and not is_generic_label(seg.text)
        and not seg.text.startswith("![")
    )
