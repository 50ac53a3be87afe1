"""What in a list is layout, not an entry: navigation links, meta sections (contributing,
licence, citation...), contribution notes and badges. The words are data
(``data/structure.yaml``), loaded once on first use."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from awesome_ptm.datafiles import load_data
from awesome_ptm.parse._inline import Segment, plain

# Letters of any script, runs of other characters (emoji, punctuation, digits) become one
# space: "©️back👆🏻" → "back", "🎉Contribute" → "contribute", "1. License" → "license".
_NOT_LETTERS = re.compile(r"[\W\d_]+", re.UNICODE)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
#: The longest label a credit line opens with (``Maintained by:``).
_CREDIT_LABEL_MAX = 24


@dataclass(frozen=True, slots=True)
class Structure:
    navigation_words: frozenset[str]
    meta_sections: frozenset[str]
    meta_group_labels: frozenset[str]
    news_sections: frozenset[str]
    community_sections: frozenset[str]
    contributing_sections: frozenset[str]
    credit_sections: frozenset[str]
    toc_headings: frozenset[str]
    meta_section_words: tuple[str, ...]
    top_meta_section_words: tuple[str, ...]
    top_meta_sections: frozenset[str]
    meta_phrases: tuple[str, ...]
    badge_hosts: frozenset[str]
    badge_path_words: tuple[str, ...]
    words_before_link: frozenset[str]
    words_after_link: frozenset[str]
    pointer_phrases: frozenset[str]
    note_pointer_phrases: frozenset[str]
    sentence_articles: frozenset[str]
    sentence_not_verbs: frozenset[str]
    credit_labels: frozenset[str]
    housekeeping_files: frozenset[str]
    definition_hosts: tuple[str, ...]
    housekeeping_github_pages: frozenset[str]


def letters(text: str) -> str:
    """The words of ``text``, folded: case, emoji, punctuation and digits dropped."""
    return " ".join(_NOT_LETTERS.sub(" ", text.casefold()).split())


@functools.cache
def structure() -> Structure:
    data = load_data("structure.yaml")
    return Structure(
        navigation_words=frozenset(letters(w) for w in data["navigation_words"]),
        meta_sections=frozenset(letters(w) for w in data["meta_sections"]),
        meta_group_labels=frozenset(letters(w) for w in data["meta_group_labels"]),
        news_sections=frozenset(letters(w) for w in data["news_sections"]),
        community_sections=frozenset(letters(w) for w in data["community_sections"]),
        contributing_sections=frozenset(letters(w) for w in data["contributing_sections"]),
        credit_sections=frozenset(letters(w) for w in data["credit_sections"]),
        toc_headings=frozenset(letters(w) for w in data["toc_headings"]),
        meta_section_words=tuple(f" {letters(w)} " for w in data["meta_section_words"]),
        top_meta_section_words=tuple(f" {letters(w)} " for w in data["top_meta_section_words"]),
        top_meta_sections=frozenset(letters(w) for w in data["top_meta_sections"]),
        meta_phrases=tuple(w.casefold() for w in data["meta_phrases"]),
        badge_hosts=frozenset(h.casefold() for h in data["badge_hosts"]),
        badge_path_words=tuple(w.casefold() for w in data["badge_path_words"]),
        words_before_link=frozenset(w.casefold() for w in data["sentence_words_before"]),
        words_after_link=frozenset(w.casefold() for w in data["sentence_words_after"]),
        pointer_phrases=frozenset(letters(w) for w in data["pointer_phrases"]),
        note_pointer_phrases=frozenset(letters(w) for w in data["note_pointer_phrases"]),
        sentence_articles=frozenset(w.casefold() for w in data["sentence_articles"]),
        sentence_not_verbs=frozenset(w.casefold() for w in data["sentence_not_verbs"]),
        credit_labels=frozenset(letters(w) for w in data["credit_labels"]),
        housekeeping_files=frozenset(w.casefold() for w in data["housekeeping_files"]),
        definition_hosts=tuple(h.casefold() for h in data["definition_hosts"]),
        housekeeping_github_pages=frozenset(
            w.casefold() for w in data["housekeeping_github_pages"]
        ),
    )


def is_local_target(href: str) -> bool:
    """A link into the same file (``#anchor``) or to another file of the repository
    (``../README.md#top``), not to the web."""
    if href.startswith(("https://", "http://")):
        return False  # (most links: asked before the regex)
    return href.startswith("#") or not (_SCHEME.match(href) or href.startswith("//"))


#: ``https://github.com/owner/repo/<page>``: a repository's page on GitHub.
_GITHUB_PAGE = re.compile(r"https?://(?:www\.)?github\.com/[^/?#\s]+/[^/?#\s]+/([^?#\s]+?)/?$")


def is_housekeeping_link(href: str) -> bool:
    """A link to a page of the list's repository about the list: its contributing guide,
    licence or code of conduct (``CONTRIBUTING.md``, ``../LICENSE``, a GitHub blob of one),
    its issues or pull requests page (``https://github.com/o/list/issues``)."""
    data = structure()
    target = href.split("#", 1)[0].split("?", 1)[0]
    if is_local_target(href):
        return target.rstrip("/").rsplit("/", 1)[-1].casefold() in data.housekeeping_files
    page = _GITHUB_PAGE.match(target)
    if page is None:
        return False
    path = page.group(1).casefold()
    if path in data.housekeeping_github_pages:
        return True
    return path.startswith("blob/") and path.rsplit("/", 1)[-1] in data.housekeeping_files


def is_navigation(text: str, href: str | None) -> bool:
    """``[Back to Top](#contents)``, ``[⬆](#top)``, ``[← 返回主页](../README.md#x)``,
    ``[©️back👆🏻](#paperlist)``: a local link whose text is a navigation word or has no
    letters at all."""
    if not href or not is_local_target(href):
        return False
    words = letters(text)
    if not words:
        # An arrow or an emoji alone: navigation when it leads to an anchor or a README.
        return href.startswith("#") or "readme" in href.casefold()
    return words in structure().navigation_words


def is_navigation_segment(seg: Segment) -> bool:
    """A navigation link (see :func:`is_navigation`) among inline segments."""
    return seg.kind == "link" and seg.style == "inline" and is_navigation(seg.text, seg.href)


def is_anchor(href: str) -> bool:
    """A link to an anchor of the same file: ``#tools``, ``./#tools``."""
    return href.startswith(("#", "./#"))


def is_anchor_segment(seg: Segment) -> bool:
    """A link segment to an anchor of the same file."""
    return seg.kind == "link" and is_anchor(str(seg.href))


def is_meta_heading(title: str, *, top: bool = True) -> bool:
    """``## Contributing``, ``## ©️License``, ``## 致谢``: a section about the list. A
    heading with a meta word in it is one too (``### What do the licences mean?``); with a
    word that may be the list's subject (``IMPORTANT NOTE ON PRs``), only when it is ``top``
    (not a subsection of the list's content: ``### Pull Requests`` under ``## Community
    Resources`` is a category of GitHub Actions)."""
    words = letters(title)
    data = structure()
    if words in data.meta_sections or (top and words in data.top_meta_sections):
        return True
    padded = f" {words} "
    return any(word in padded for word in data.meta_section_words) or (
        top and any(word in padded for word in data.top_meta_section_words)
    )


def is_meta_group(title: str) -> bool:
    """``- Introduction:``, ``- 介绍：``, ``- **Contributing**``: a category item whose
    nested items speak about the list (a meta section's name, or an introduction's)."""
    words = letters(title)
    return words in structure().meta_sections or words in structure().meta_group_labels


def is_news_heading(title: str) -> bool:
    """``## 🔥 News``, ``## Latest News``: a meta section that gives the list's news."""
    return letters(title) in structure().news_sections


def is_contributing_heading(title: str) -> bool:
    """``### Contributing``, ``## How to contribute``: a meta section of instructions."""
    return letters(title) in structure().contributing_sections


def is_community_heading(title: str) -> bool:
    """``## Community``, ``### 社区``: a meta section that may list the subject's community."""
    return letters(title) in structure().community_sections


def is_credit_heading(title: str) -> bool:
    """``## References``: a section that may credit the list's sources."""
    return letters(title) in structure().credit_sections


def is_toc_heading(title: str) -> bool:
    """``## Content``, ``## Table of Contents``, ``## 目录``: a heading over the contents."""
    return letters(title) in structure().toc_headings


def is_meta_text(text: str) -> bool:
    """Contribution or credit notes: "Please read the contribution guidelines…"."""
    folded = text.casefold()
    return any(phrase in folded for phrase in structure().meta_phrases)


def is_badge(src: str | None) -> bool:
    """An image served by a badge host (shields.io...) or named as a badge."""
    if not src:
        return False
    try:
        parts = urlsplit(src)
    except ValueError:
        return False
    data = structure()
    host = (parts.hostname or "").casefold()
    if host in data.badge_hosts:
        return True
    path = parts.path.casefold()
    return any(word in path for word in data.badge_path_words)


def image_only(segs: list[Segment]) -> bool:
    """A line of images (linked or not) and nothing else but spaces and HTML tags."""
    seen = False
    for seg in segs:
        if seg.kind == "image":
            seen = True
        elif seg.kind == "html" or (seg.kind in ("text", "break") and not seg.text.strip()):
            continue
        else:
            return False
    return seen


def badge_line(segs: list[Segment]) -> bool:
    """An image-only line whose images are all badges."""
    images = [s for s in segs if s.kind == "image"]
    return bool(images) and all(is_badge(s.src or s.href) for s in images)


_FIRST_WORD = re.compile(r"\s+([a-z]+)\s")
#: A link label longer than this is a phrase, not a name.
_NAME_WORDS = 6


def _last_word(text: str) -> str:
    """The ASCII word that ends ``text`` (spaces after it ignored), or ""; a scan from the
    end (a ``[A-Za-z]+\\s*$`` search retries from every letter of a long word)."""
    end = len(text.rstrip())
    start = end
    while start and text[start - 1].isascii() and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


def is_page_link(href: str) -> bool:
    """A relative link to another Markdown page of the list (``docs/other.md``,
    ``../README.md#top``)."""
    if not is_local_target(href) or href.startswith("#"):
        return False
    path = href.split("#", 1)[0].casefold()
    return path.endswith(".md") or "readme" in path


#: What separates the links of a bar of links (``[English](README.md) | [日本語](README-ja.md)``).
_BAR_SEPARATORS = frozenset("|•·/,，、-–— \t\n")
#: The fewest links a bar has.
_BAR_MIN_LINKS = 3


def is_link_bar(segs: list[Segment]) -> bool:
    """A line of links separated only by bars or dots, most of them to the list's own pages
    or anchors (``[English](README.md) | [한국어](./README-ko.md) | [RSS](./feed/feed.md) |
    [Other list](https://github.com/o/other)``): navigation between the list's pages."""
    links = [s for s in segs if s.kind == "link"]
    if len(links) < _BAR_MIN_LINKS:
        return False
    between = "".join(s.text for s in segs if s.kind == "text")
    if any(ch not in _BAR_SEPARATORS for ch in between):
        return False
    local = sum(1 for s in links if is_local_target(str(s.href)))
    return 2 * local > len(links)


def is_page_section_link(href: str) -> bool:
    """A relative link to a heading of another Markdown page of the list
    (``README_multimodal.md#visual-captioning``): a contents entry, not a resource."""
    return "#" in href and is_page_link(href) and not href.startswith("#")


def mentions_link(segs: list[Segment]) -> bool:
    """A sentence that mentions a link rather than an entry: its first link follows a
    word such as "the", "our" or "at" (``Visit the [website](url)``, ``listed at
    https://…``) or is followed by one (``[Subscribe](url) to get…``)."""
    first = next((i for i, s in enumerate(segs) if s.kind == "link"), None)
    if first is None:
        return False
    data = structure()
    # The sentence the link is in: the last line before it.
    before = "".join(s.text for s in segs[:first]).rsplit("\n", 1)[-1]
    if len(before.split()) >= 2 and _last_word(before).casefold() in data.words_before_link:
        return True
    if first == 0 or not before.strip():
        after = (
            segs[first + 1].text if first + 1 < len(segs) and segs[first + 1].kind == "text" else ""
        )
        word = _FIRST_WORD.match(after)
        if word is None or word.group(1) not in data.words_after_link:
            return False
        # (``[Proton](url) is a tool for …``: a named thing and what it is, a sentence
        # entry that the file's other entries decide on, see ``_drop_sentences``)
        return word.group(1) == "to" or not _names_a_thing(segs[first].text)
    return False


def _names_a_thing(label: str) -> bool:
    """``Proton``, ``RetroArch``, ``simple64``: a link label that names something, not a
    phrase (``Subscribe to our newsletter``, ``This list``, ``here``)."""
    words = label.strip("[]() ").split()
    return (
        0 < len(words) <= _NAME_WORDS
        and words[0].casefold() not in structure().words_before_link
        and (words[0][:1].isupper() or words[0][:1].isdigit() or len(words) == 1)
    )


def pointed_link(segs: list[Segment], phrases: frozenset[str]) -> Segment | None:
    """The one link of a line that is one of ``phrases`` (folded by :func:`letters`), that
    link and nothing else after it (``See also [the other list](url)``), or None."""
    links = [i for i, s in enumerate(segs) if s.kind == "link"]
    if len(links) != 1:
        return None
    before = "".join(s.text for s in segs[: links[0]] if s.kind != "html")
    after = "".join(s.text for s in segs[links[0] + 1 :] if s.kind != "html")
    if any(ch.isalnum() for ch in after):
        return None
    return segs[links[0]] if letters(before) in phrases else None


def is_pointer(segs: list[Segment]) -> bool:
    """``More in [awful-ai](url)``, ``See also [the other list](url)``: a pointer phrase and
    one link, nothing else; it points to more resources elsewhere, it presents none."""
    return pointed_link(segs, structure().pointer_phrases) is not None


def note_pointer(segs: list[Segment]) -> Segment | None:
    """``Featured in [the morning paper](url)`` under a paper: the link of a line that
    points to one page about the entry above (``note_pointer_phrases``), or None."""
    return pointed_link(segs, structure().note_pointer_phrases)


#: The words a running sentence needs after (or before) its link to read as prose.
_SENTENCE_WORDS = 5
_PARENTHESIS = re.compile(r"\s*\([^()]{0,200}\)")


#: ``https://en.wikipedia.org/wiki/Backup``: the host of an absolute link.
_HOST = re.compile(r"https?://([^/?#\s:]+)", re.IGNORECASE)


def is_definition(segs: list[Segment]) -> bool:
    """``[Backup](https://en.wikipedia.org/wiki/Backup) software.``, ``Digital [archiving]
    (wikipedia) and [preservation](wikipedia) software.``: a line whose links all lead to an
    encyclopedia and that says more than their names: it defines its section's topic."""
    links = [s for s in segs if s.kind == "link"]
    if not links:
        return False
    hosts = structure().definition_hosts
    for link in links:
        found = _HOST.match(str(link.href))
        host = found.group(1).casefold() if found else ""
        if not any(host == h or host.endswith("." + h) for h in hosts):
            return False
    return any(s.kind == "text" and any(ch.isalpha() for ch in s.text) for s in segs)


def is_sentence_paragraph(segs: list[Segment]) -> bool:
    """A paragraph written as a sentence around its first link: ``The [RACE dataset](url)
    is a reading comprehension dataset…``, ``[DuoRC](url) contains 186,089 unique…``, or a
    long sentence that reaches its link mid-way (``The group also provides an
    [overview](url).``)."""
    first = next((i for i, s in enumerate(segs) if s.kind == "link"), None)
    if first is None or segs[first].style != "inline":
        return False
    data = structure()
    before = " ".join("".join(s.text for s in segs[:first] if s.kind != "html").split())
    words_before = before.split()
    if len(words_before) >= _SENTENCE_WORDS:
        last = words_before[-1]
        return last.isalpha() and last.islower()
    if len(words_before) > 1 or (
        words_before and words_before[0].casefold() not in data.sentence_articles
    ):
        return False
    after = " ".join(
        "".join(s.text if s.kind != "link" else " link " for s in segs[first + 1 :]).split()
    )
    parenthesis = _PARENTHESIS.match(after)
    if parenthesis is not None:
        after = after[parenthesis.end() :].lstrip()
    words = after.split()
    if len(words) < _SENTENCE_WORDS:
        return False
    word = words[0]
    return word.isalpha() and word.islower() and word not in data.sentence_not_verbs


def layout_kind(segs: list[Segment], text: str) -> str | None:
    """The kind of block a line is when it is layout, not content: ``navigation`` (only
    navigation links), ``toc`` (only links to anchors of the file), ``badge`` (only badge
    images), ``image`` (only images); None for anything else."""
    links = [s for s in segs if s.kind == "link"]
    if links:
        if all(s.src and not s.text.strip() for s in links) and not any(
            ch.isalnum() for s in segs if s.kind != "link" for ch in s.text
        ):
            return "image"  # ``[<img alt="avatar" src=…>](channel)`` alone: a picture
        if all(is_navigation_segment(s) for s in links):
            rest = plain([s for s in segs if s.kind != "link"])
            if not any(ch.isalnum() for ch in rest):
                return "navigation"
        anchors = [s for s in links if not is_navigation_segment(s)]
        if text and anchors and all(is_anchor_segment(s) for s in anchors):
            return "toc"
        if len(anchors) > 1 and all(
            is_anchor_segment(s) or is_page_link(str(s.href)) for s in anchors
        ):
            # ``[📊 基准](#基准) · [📝 数据集](docs/datasets.md)``: a line of section links
            rest = plain([s for s in segs if s.kind != "link"])
            if not any(ch.isalnum() for ch in rest):
                return "toc"
        if is_credit_line(text):
            return "meta"
        return "navigation" if is_pointer(segs) else None
    if image_only(segs):
        return "badge" if badge_line(segs) else "image"
    if segs and all(s.kind == "html" or not s.text.strip() for s in segs):
        return "html"  # ``<a name="top"></a>`` written inside a paragraph
    return None


def is_credit_line(text: str) -> bool:
    """``维护者：[…](url)``, ``Maintainers: [a](url), [b](url)``: a line that credits the
    people who keep the list (a label of ``credit_labels`` and a colon first)."""
    cut = min((i for i in (text.find(":"), text.find("：")) if i >= 0), default=-1)
    if cut <= 0 or cut > _CREDIT_LABEL_MAX:
        return False
    return letters(text[:cut]) in structure().credit_labels


def without_navigation(segs: list[Segment]) -> list[Segment]:
    """The segments without navigation links (``| [Back to Top](#contents)``)."""
    if not any(s.kind == "link" and is_navigation_segment(s) for s in segs):
        return segs
    return [s for s in segs if not is_navigation_segment(s)]
