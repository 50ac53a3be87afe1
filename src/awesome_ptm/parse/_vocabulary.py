"""The parser's word lists (``data/parse.yaml``), loaded once on first use."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from awesome_ptm.datafiles import load_data
from awesome_ptm.parse._columns import exact_role


@dataclass(frozen=True, slots=True)
class Vocabulary:
    null_markers: frozenset[str]
    status_words: frozenset[str]
    placeholder: tuple[re.Pattern[str], ...]
    toc_markers: frozenset[str]
    link_labels: frozenset[str]
    code_qualifiers: frozenset[str]
    code_words: frozenset[str]
    badge_words: frozenset[str]
    badge_link_words: frozenset[str]
    badge_venue_labels: tuple[str, ...]
    language_tags: frozenset[str]
    run_on_words: frozenset[str]
    missing_link_words: frozenset[str]
    profile_sites: frozenset[str]


def fold(word: str) -> str:
    """The form under which vocabulary words are compared."""
    return word.strip().rstrip(":：").strip().casefold()


@functools.cache
def vocabulary() -> Vocabulary:
    data = load_data("parse.yaml")
    return Vocabulary(
        null_markers=frozenset(fold(w) for w in data["null_markers"]),
        status_words=frozenset(fold(w) for w in data["status_words"]),
        placeholder=tuple(re.compile(p, re.IGNORECASE) for p in data["placeholder_patterns"]),
        toc_markers=frozenset(fold(w) for w in data["toc_markers"]),
        link_labels=frozenset(fold(w) for w in data["link_labels"]),
        code_qualifiers=frozenset(fold(w) for w in data["code_qualifiers"]),
        code_words=frozenset(fold(w) for w in data["code_words"]),
        badge_words=frozenset(fold(w) for w in data["badge_words"]),
        badge_link_words=frozenset(fold(w) for w in data["badge_link_words"]),
        # (longest first: "accepted at" before "accepted")
        badge_venue_labels=tuple(
            sorted((fold(w) for w in data["badge_venue_labels"]), key=lambda w: (-len(w), w))
        ),
        language_tags=frozenset(fold(w) for w in data["language_tags"]),
        run_on_words=frozenset(fold(w) for w in data["run_on_words"]),
        missing_link_words=frozenset(fold(w) for w in data["missing_link_words"]),
        profile_sites=frozenset(fold(w) for w in data["profile_sites"]),
    )


def is_null(value: str) -> bool:
    """True for an empty value or a "no value" marker such as NULL, None, N/A, -."""
    text = value.strip()
    return not text or fold(text) in vocabulary().null_markers


def says_link_missing(value: str) -> bool:
    """``Not Found``, ``N/A``, ``-``: what a line of labelled links writes for a link it
    does not have."""
    return is_null(value) or fold(value) in vocabulary().missing_link_words


def runs_on(word: str) -> bool:
    """Whether a line ending on ``word`` (``and``, ``of``, ``with``) goes on below."""
    return fold(word) in vocabulary().run_on_words


def is_status(value: str) -> bool:
    return fold(value) in vocabulary().status_words


def is_placeholder(text: str) -> bool:
    stripped = text.strip()
    return any(p.match(stripped) for p in vocabulary().placeholder)


def is_toc_marker(text: str) -> bool:
    return fold(text) in vocabulary().toc_markers


#: ``alternative 2``, ``slides #1``: a number after a label.
_NUMBERED = re.compile(r"\s{0,3}#?\d{1,3}$")


def is_link_label(text: str, bracketed: bool = False) -> bool:
    """``web``, ``html``, ``slides``, ``PyTorch Code``: link text naming the kind of page,
    not a resource (``bracketed``: the text was written in brackets, ``[[…]](url)``)."""
    words = vocabulary()
    folded = fold(text)
    if folded in words.link_labels or _NUMBERED.sub("", folded) in words.link_labels:
        return True
    # ``Python Reference``, ``PyTorch Code``: a code link named by its language; in
    # brackets (``[[Java Spark Reference]](url)``) any two words may qualify the code word
    *qualifiers, last = folded.split() or [""]
    if bracketed and len(qualifiers) <= 2 and (qualifiers or [last])[0] in words.code_qualifiers:
        return True  # ``[[Python]](url)``, ``[[Python KarateClub]](url)``: code in a language
    return (
        0 < len(qualifiers) <= 2
        and last in words.code_words
        and (bracketed or all(q in words.code_qualifiers for q in qualifiers))
    )


def is_code_tag(text: str) -> bool:
    """``Pytorch``, ``Tensorflow``, ``Official Code``: a tag saying a link is code (in a
    language or framework, or official), written beside the link."""
    words = vocabulary()
    written = text.split()
    return bool(written) and all(
        fold(w) in words.code_qualifiers or fold(w) in words.code_words for w in written
    )


def is_badge_word(label: str) -> bool:
    """``Updated``, ``Last commit``: a badge label that dates something other than where a
    work appeared (``parse.yaml``)."""
    return fold(label) in vocabulary().badge_words


def is_badge_link_word(label: str) -> bool:
    """``PDF``, ``Github``: a badge label naming the kind of page a link opens; its date is
    the work's, its label no venue (``parse.yaml``)."""
    return fold(label) in vocabulary().badge_link_words


def without_venue_label(text: str) -> str:
    """``Conference SIGMOD 2026`` → ``SIGMOD 2026``: a badge's text without the label that
    says its message is a venue (``parse.yaml``); the text itself when it has none."""
    folded = fold(text)
    for label in vocabulary().badge_venue_labels:
        if folded.startswith(label + " "):
            return text.strip()[len(label) :].strip()
    return text


def is_language_tag(text: str) -> bool:
    """``EN``, ``中文``: a tag naming the language of a resource's version."""
    return fold(text) in vocabulary().language_tags


def column_role(header: str) -> str | None:
    """The column role a header or a link's text names exactly (``data/columns.yaml``)."""
    return exact_role(header)


def names_a_profile(text: str) -> bool:
    """``YouTube``, ``Instagram``, ``GitHub``, ``Bilibili``: a link text naming the site a
    person's or channel's profile is on (``profile_sites``)."""
    return fold(text) in vocabulary().profile_sites
