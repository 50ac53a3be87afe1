"""The shapes that name groups rather than resources: category items (``* **Python**``),
group items that link a page of their own (``- [ACL2020](ACL/ACL2020.md)``), lines of bold
or italic text over a list (``*(Lectures)*``), headings and their subtitles. The words and
patterns are data (``data/structure.yaml``)."""

from __future__ import annotations

import functools
import html as htmllib
import re
from dataclasses import dataclass

from awesome_ptm.datafiles import load_data
from awesome_ptm.parse._inline import Segment, plain, visible
from awesome_ptm.parse._navigation import is_anchor, is_badge, is_navigation_segment
from awesome_ptm.titles import SHORTCODE, plain_title, without_shortcodes
from awesome_ptm.venues import split_venue_year

#: Wrapping marks a label may sit in (``*(Lectures)*``, ``**[Datasets]**``, ``**Tools:**``).
_LABEL_WRAP = " \t()（）[]【】:："


@dataclass(frozen=True, slots=True)
class Groups:
    """The data of ``structure.yaml`` that tells group names from entries and prose."""

    question_marks: tuple[str, ...]
    year_patterns: tuple[re.Pattern[str], ...]
    name_max_chars: int
    sentence_ends: tuple[str, ...]
    sentence_inner: tuple[str, ...]
    label_max_words: int
    numbered_label_max_words: int
    venue_site_labels: frozenset[str]
    label_not: tuple[re.Pattern[str], ...]
    subtitle_phrases: tuple[str, ...]
    more_words: tuple[str, ...]
    subtitle_min_level: int


@functools.cache
def groups() -> Groups:
    data = load_data("structure.yaml")
    return Groups(
        question_marks=tuple(data["group_question_marks"]),
        year_patterns=tuple(re.compile(p, re.IGNORECASE) for p in data["group_year_patterns"]),
        name_max_chars=int(data["group_name_max_chars"]),
        sentence_ends=tuple(data["sentence_end_marks"]),
        sentence_inner=tuple(data["sentence_inner_marks"]),
        label_max_words=int(data["label_max_words"]),
        numbered_label_max_words=int(data["numbered_label_max_words"]),
        venue_site_labels=frozenset(w.casefold() for w in data["venue_site_labels"]),
        label_not=tuple(re.compile(p, re.IGNORECASE) for p in data["label_not_patterns"]),
        subtitle_phrases=tuple(w.casefold() for w in data["subtitle_phrases"]),
        more_words=tuple(w.casefold() for w in data["details_more_words"]),
        subtitle_min_level=int(data["subtitle_min_level"]),
    )


def is_sentence(title: str) -> bool:
    """A category item's text that is a line of prose, not a group name: too long for a
    name, or a sentence ending in a full stop (``当你看到这一篇文档，…的路径。``)."""
    data = groups()
    text = title.strip()
    if len(text) > data.name_max_chars:
        return True
    if any(mark in text[:-1] for mark in data.sentence_inner):
        return True  # clauses joined by a full-width comma: prose
    # "etc." or "Misc." end in a dot too: a sentence has a few words (or CJK characters).
    return text.endswith(data.sentence_ends) and (len(text.split()) > 3 or len(text) > 20)


def full_sentence(text: str, min_words: int) -> bool:
    """A sentence of ``min_words`` words or more that ends with a full stop (``Described in
    wiki.``, ``The framework utilizes CPT, SFT, and RL to …``)."""
    return text.endswith((".", "。")) and len(text.split()) >= min_words


def is_prose_line(text: str) -> bool:
    """A line that is a question or a sentence (``作为一名 scholar，你是否还在发愁…？``),
    not a name or a detail."""
    text = text.strip()
    return text.endswith(groups().question_marks) or is_sentence(text)


#: The longest one-word name (``Word2Vec``, ``S3VM``) read as a resource named without a link.
_ONE_WORD_MAX = 30


def is_one_word_name(text: str) -> bool:
    """A name of one word in Latin letters (``S3VM``, ``Word2Vec``), maybe with digits and
    joining marks, no sentence punctuation at its end. (CJK text is not spaced: a line of
    it is not one word.)"""
    text = text.strip()
    if not text or len(text.split()) != 1 or len(text) > _ONE_WORD_MAX:
        return False
    if any(not ch.isascii() and ch.isalpha() for ch in text):
        return False
    return any(ch.isalpha() for ch in text) and text[-1].isalnum()


def names_group(title: str) -> bool:
    """A text that names a group, whatever it links to: a question (``论文不会找怎么办？``),
    a venue and/or a year (``ACL2020``, ``CVPR``, ``2016``) or a span of years (``~2014``)."""
    data = groups()
    text = title.strip()
    if not text:
        return False
    if text.endswith(data.question_marks):
        return True
    if any(p.match(text) for p in data.year_patterns):
        return True
    found = split_venue_year(text)
    return found is not None and (found.venue is not None or found.year is not None)


def link_only(segs: list[Segment]) -> Segment | None:
    """The link of an item that is one link and nothing else (``- [Ensemble
    Learning](url)``, emoji or punctuation around it allowed), or None."""
    links = [s for s in segs if s.kind == "link"]
    if len(links) != 1 or links[0].style != "inline" or not links[0].text.strip():
        return None
    rest = plain([s for s in segs if s.kind != "link" and s.kind != "html"])
    return None if any(ch.isalnum() for ch in rest) else links[0]


def label_text(segs: list[Segment]) -> str | None:
    """The group name a paragraph of only bold or italic text gives the list after it
    (``*(Lectures)*``, ``**(2016)**``, ``**Datasets:**``), or None when it is no such
    paragraph or reads as a sentence or a subtitle (``*Sorted by year*``)."""
    content = [
        s for s in unstyled(segs) if not (s.kind == "text" and not s.text.strip(_LABEL_WRAP))
    ]
    if len(content) != 1 or content[0].kind not in ("strong", "em"):
        return None
    text = " ".join(content[0].text.strip(_LABEL_WRAP).split())
    if not text or "\n" in content[0].text.strip() or not any(ch.isalnum() for ch in text):
        return None
    data = groups()
    if len(text.split()) > data.label_max_words or is_sentence(text) or is_subtitle(text):
        return None
    if any(p.match(text) for p in data.label_not):
        return None  # ``_58 entries_``: a count, not a name
    return plain_title(text)


def numbered_label(title: str) -> str | None:
    """The group name the title of a numbered item alone in its list gives the list after
    it (``1. Survey paper``, ``2. Jailbreaking / Adversarial Prompts``), or None when it
    reads as a sentence or is too long for a name."""
    text = " ".join(title.split())
    if not any(ch.isalnum() for ch in text):
        return None
    if len(text.split()) > groups().numbered_label_max_words or is_sentence(text):
        return None
    return text


#: The longest venue label (a venue's name and its expansion: ``IEEE Transactions on
#: Intelligent Transportation Systems(2020-now)``); a group name is shorter.
_VENUE_LABEL_MAX_CHARS = 100


def venue_label(segs: list[Segment]) -> str | None:
    """The venue a paragraph names for the papers listed after it: its bold or italic text,
    then only a link to the venue's site (``*ICRA(International Conference on Robotics and
    Automation ) 2022*: [[Conference]](url)``); None for any other paragraph."""
    content = [
        s for s in unstyled(segs) if not (s.kind == "text" and not s.text.strip(_LABEL_WRAP))
    ]
    if len(content) < 2 or content[0].kind not in ("strong", "em"):
        return None
    site_words = groups().venue_site_labels
    if not all(
        s.kind == "link" and s.text.strip("[]() ").casefold() in site_words for s in content[1:]
    ):
        return None
    # (a venue's brackets are its own: ``Systems(2020-now)``)
    text = " ".join(content[0].text.strip(" \t:：").split())
    if not any(ch.isalnum() for ch in text) or len(text) > _VENUE_LABEL_MAX_CHARS:
        return None
    return plain_title(text)


def is_subtitle(title: str) -> bool:
    """A heading or label that says how its section is ordered or when it was updated
    (``Sort by HumanEval Pass@1``)."""
    folded = " ".join(title.casefold().split())
    return folded.startswith(groups().subtitle_phrases)


def may_be_subtitle(title: str, level: int, parent: int) -> bool:
    """Whether a heading at ``level`` right under its parent heading's ``parent`` level
    reads as the parent's subtitle if it stays alone there: it says how the section is
    sorted, or it is small print well below its parent (``######`` under ``##``)."""
    if is_subtitle(title):
        return True
    return level >= groups().subtitle_min_level and level - parent >= 2


#: ``<span style='background-color: #E5EBF7;'>``, ``</span>``: a tag that only styles text.
_STYLING_TAG = re.compile(r"</?(?:span|font|mark)\b[^<>]{0,300}>", re.IGNORECASE)


def unstyled(segs: list[Segment]) -> list[Segment]:
    """``segs`` without the tags that only style their text (``<span style='…'>``)."""
    return [s for s in segs if not (s.kind == "html" and _STYLING_TAG.fullmatch(s.text.strip()))]


def bold_only(segs: list[Segment]) -> bool:
    """A line that is one bold title and nothing else (``**Scaffold-GS: …**``)."""
    # Emoji or punctuation around the bold title (``🔥 **Title**``) decorate it, and so do
    # the tags of a coloured span around it (``<span style='…'> **GAN Basics** </span>``).
    content = [
        s for s in unstyled(segs) if not (s.kind == "text" and not any(c.isalnum() for c in s.text))
    ]
    return (
        len(content) == 1
        and content[0].kind == "strong"
        and bool(content[0].text.strip())
        and "\n" not in content[0].text
    )


def bold_with_badges(segs: list[Segment]) -> bool:
    """A bold title followed by badge images and nothing else (``**Database Meets AI.**
    ![](https://img.shields.io/badge/-ai4db-Informational)``): the badges tag the title."""
    images = [s for s in segs if s.kind == "image"]
    if not images or not all(is_badge(s.src) for s in images):
        return False
    return bold_only([s for s in segs if s.kind != "image"])


def category_title(segs: list[Segment], text: str) -> str:
    """The name of a category item: its bold name when it starts with one
    (``<a id="python"></a> **Python** - Python NLP libraries``), else its text."""
    content = [s for s in visible(segs) if s.kind != "html"]
    if content and content[0].kind == "strong" and content[0].text.strip():
        text = content[0].text
    # (``**GOT-10k:star2:**``: GitHub shows the shortcode as an emoji, glued or not)
    named = plain_title(_CLOSING_SHORTCODE.sub("", text.rstrip()) or text)
    return named.rstrip(":：").strip()


#: A GitHub emoji shortcode closing a name, glued to it or not (``LaSOT:star2:``).
_CLOSING_SHORTCODE = re.compile(rf"{SHORTCODE}$")


_EMPTY_BRACKETS = ("()", "（）", "[]")


def heading_title(segs: list[Segment]) -> str:
    """A heading's text without its navigation links, badges and HTML tags:
    ``📖Topics ([©️back👆🏻](#paperlist))`` → ``📖Topics``."""
    kept = [s for s in segs if s.kind not in ("image", "html") and not is_navigation_segment(s)]
    anchors = [s for s in kept if s.kind == "link" and is_anchor(str(s.href))]
    if anchors and any(s.text.strip() for s in kept if s.kind != "link"):
        # ``CLI Tools [<sup>[TOC]</sup>](#toc)``: beside the heading's words, a link into
        # the file is a way back, not part of the name
        kept = [s for s in kept if not (s.kind == "link" and is_anchor(str(s.href)))]
    title = plain(kept).strip()
    if len(kept) != len(segs):
        for empty in _EMPTY_BRACKETS:
            title = title.replace(empty, "")
        title = title.strip()
    if ":" in title:
        # ``:black_small_square: Shells``: GitHub shows an emoji; the name is the words (a
        # ``&nbsp;`` is a space already: see :func:`~awesome_ptm.parse._inline.plain_spaces`)
        title = " ".join(without_shortcodes(title).split())
    return title


_TAG = re.compile(r"<[^>]{0,200}>")


def summary_text(html: str) -> str | None:
    """The text of the last ``<summary>`` in ``html`` (tags out, entities read), or None: no
    summary, a heading as the summary, or nothing in it."""
    # (found with str.find, not a regex: a run of "<summary" must not cost more than once)
    folded = html.casefold()
    start = folded.rfind("<summary")
    opened = folded.find(">", start) if start >= 0 else -1
    closed = folded.find("</summary", opened) if opened >= 0 else -1
    if closed < 0:
        return None
    inner = html[opened + 1 : closed]
    if re.search(r"^\s*#", inner, re.MULTILINE) or re.search(r"<h[1-6]\b", inner, re.I):
        return None  # a heading as the summary: read as a heading
    text = " ".join(htmllib.unescape(_TAG.sub(" ", inner)).split())
    return text or None


def summary_label(html: str) -> str | None:
    """The group name the ``<summary>`` of a ``<details>`` block gives the entries inside
    it (``<summary>DeepSeek</summary>``), or None: no summary in ``html``, a heading or
    nothing in it, a sentence, only a word that there is more (``other frameworks``,
    ``Click to expand``), or a work with its address (see ``_write_ups``)."""
    text = summary_text(html)
    if text is None or not any(ch.isalnum() for ch in text) or is_sentence(text):
        return None
    if "://" in text:
        return None  # ``<summary> Title: http://arxiv.org/… </summary>``: a work, its write-up
    folded = text.casefold()
    data = groups()
    if any(
        folded == w or folded.startswith(w + " ") or (not w.isascii() and folded.startswith(w))
        for w in data.more_words
    ):
        return None
    return plain_title(text)


#: An HTML block that is one heading element: ``<h2 id="x">Technique</h2>``.
#: (a rule or line breaks may stand before it: ``<hr>`` then ``<h1 align="center">…</h1>``)
_HTML_HEADING = re.compile(
    r"\A\s*(?:<(?:hr|br)\s{0,3}/?>\s*){0,5}<h([1-6])\b[^>]{0,500}>(.*?)</h\1\s*>\s*\Z", re.I | re.S
)
#: ``<details><summary><h2>Survey</h2></summary>``: a collapsed part titled by a heading.
_SUMMARY_HEADING = re.compile(
    r"\A\s*<details\b[^>]{0,200}>\s*<summary\b[^>]{0,200}>\s*"
    r"<h([1-6])\b[^>]{0,500}>(.*?)</h\1\s*>\s*</summary\s*>\s*\Z",
    re.I | re.S,
)
#: ``#2 Deep Learning Method``: a heading written without the space after its marks, as
#: GitHub rendered it until 2017; old lists still have them. The title has a letter and
#: no further ``#`` (``#python #ml`` is a line of hashtags).
_LEGACY_HEADING = re.compile(r"\A(#{1,6})([^\s#][^#\n]{0,100})\Z")


def html_heading(html: str) -> tuple[int, str] | None:
    """The level and inner HTML of an HTML block that is only a heading element (or a
    ``<details>`` opening whose summary is one), or None
    (a heading inside a ``<div>``, with other elements around it, or with none inside)."""
    match = _HTML_HEADING.match(html) or _SUMMARY_HEADING.match(html)
    if match is None or re.search(r"<h[1-6]\b", match.group(2), re.I):
        return None
    return int(match.group(1)), match.group(2).strip()


def legacy_heading(line: str) -> tuple[int, str] | None:
    """The level and title of a one-line paragraph written as a heading without the space
    after its marks (``#2 Deep Learning Method``), or None."""
    match = _LEGACY_HEADING.match(line.strip())
    if match is None or not any(c.isalpha() for c in match.group(2)):
        return None
    return len(match.group(1)), match.group(2).strip()
