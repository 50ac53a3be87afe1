"""Near-identical titles found without comparing every pair: blocking on rare tokens, the
series markers that must agree, and the test that two titles differ only in spelling
(:func:`similar_titles`, used by near-duplicate-title).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from awesome_ptm.datafiles import load_data
from awesome_ptm.errors import ConfigError

#: Blocking: each title is filed under every pair of its _RAREST rarest tokens (words cut to
#: _STEM letters, CJK bigrams); a block of more than _MAX_BLOCK titles is searched with a
#: sliding window of _WINDOW instead.
_RAREST = 5
_STEM = 5
_MAX_BLOCK = 200
_WINDOW = 32
#: Where two titles differ, the differing stretches must be spellings of one another: words
#: at least this similar (``fuzz.ratio``; "optimized"/"optimised" 89, "models"/"model" 91,
#: "albert"/"bert" 80, "bert"/"bart" 75), or an insertion at most _MAX_ADDED wide (a CJK
#: character counts 2: "the", "的"), so "…论文笔记" or "入门介绍"/"再次入门" stay apart.
_SPELLING = 85
_MAX_ADDED = 3
#: Word endings that make an inflection of a word rather than another word ("long"/"longer",
#: "model"/"modeling"), unlike a prefix ("bert"/"albert").
_INFLECTIONS = frozenset({"s", "es", "d", "ed", "r", "er", "ers", "ing", "ings"})
#: A run of letters and digits: a word of a normalised title.
WORD = re.compile(r"[^\W_]+")
_NOT_ALNUM = re.compile(r"[\W_]+")
_ASCII_NOT_ALNUM = bytes(byte for byte in range(128) if not chr(byte).isalnum())
_JOINERS = re.compile(r"(?<=\w)[-_.'’](?=\w)")
_JOINER_CHARS = frozenset("-_.'’")
_LATIN_WORD = re.compile(r"[a-z]+")
_PART = re.compile(r"[(\[【]\s*([^\s()\[\]【】])\s*[)\]】]|(\S)篇")


@dataclass(frozen=True, slots=True)
class _Series:
    numerals: re.Pattern[str]
    words: frozenset[str]
    parts: frozenset[str]
    #: numerals and whole words in one scan: what ``numerals.findall`` finds, then the runs
    #: of ``_LATIN_WORD`` that are ``words``, in the order of the text (sorted afterwards)
    numbers_and_words: re.Pattern[str]


@functools.cache
def _series() -> _Series:
    """The series markers of ``data/duplicates.yaml``, read and checked on first use."""
    where = "awesome_ptm/data/duplicates.yaml"
    data: Any = load_data("duplicates.yaml")  # the C loader when PyYAML has it
    series = data.get("series") if isinstance(data, dict) else None
    if not isinstance(series, dict):
        raise ConfigError("`series` must be a mapping", where)
    chars, words, parts = (series.get(k) for k in ("numeral_chars", "words", "part_chars"))
    if not isinstance(chars, str) or not isinstance(parts, str):
        raise ConfigError("`series.numeral_chars` and `series.part_chars` must be strings", where)
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise ConfigError("`series.words` must be a list of strings", where)
    numerals = re.compile(r"\d+" + (f"|[{re.escape(chars)}]+" if chars else ""))
    folded = frozenset(w.casefold() for w in words)
    # A word is found where a whole run of [a-z] is that word (the lookarounds make the run
    # maximal, as _LATIN_WORD's); a word with other characters can never be such a run.
    latin = sorted(w for w in folded if w and _LATIN_WORD.fullmatch(w))
    alternatives = [numerals.pattern]
    if latin:
        alternatives.append(f"(?<![a-z])(?:{'|'.join(map(re.escape, latin))})(?![a-z])")
    return _Series(numerals, folded, frozenset(parts), re.compile("|".join(alternatives)))


@functools.cache
def _insertions() -> frozenset[str]:
    """The words ``data/duplicates.yaml`` lets near-identical titles add or drop."""
    data: Any = load_data("duplicates.yaml")
    words = data.get("insertions") if isinstance(data, dict) else None
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        where = "awesome_ptm/data/duplicates.yaml"
        raise ConfigError("`insertions` must be a list of strings", where)
    return frozenset(w.casefold() for w in words)


def _markers(key: str) -> tuple[str, ...]:
    """What tells installments and versions apart: numbers, numerals, part words."""
    series = _series()
    # Digits, CJK numerals and Latin letters are disjoint: one scan finds each kind's matches.
    found = series.numbers_and_words.findall(key)
    if "篇" in key or "(" in key or "[" in key or "【" in key:  # what _PART needs
        for match in _PART.finditer(key):
            part = match.group(1) or match.group(2)
            if part in series.parts:
                found.append(part)
    return tuple(sorted(found))


def fuzzy_form(key: str) -> str:
    """A normalised title with everything but letters and digits dropped, so that
    "Pre-training", "Pretraining" and "Pre training" compare equal."""
    # ``[\W_]`` is exactly the characters for which str.isalnum() is false; in ASCII those are
    # all but [A-Za-z0-9], which bytes.translate deletes three times faster than the regex.
    if key.isascii():
        return key.encode("ascii").translate(None, _ASCII_NOT_ALNUM).decode("ascii")
    return _NOT_ALNUM.sub("", key)


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def _width(text: str) -> int:
    return sum(2 if _wide(ch) else 1 for ch in text)


def _runs(key: str) -> Iterator[tuple[bool, str]]:
    """The letters and digits of a normalised title in runs, CJK (wide) or not."""
    for word in WORD.findall(key):
        if word.isascii():  # no ASCII character is wide: skip the per-character lookup
            yield False, word
            continue
        for wide, run in itertools.groupby(word, key=_wide):
            yield wide, "".join(run)


def _tokens(key: str) -> list[str]:
    """Words of a normalised title; a CJK character is a word of its own."""
    tokens: list[str] = []
    for wide, run in _runs(key):
        tokens.extend(run if wide else [run])
    return tokens


def _block_tokens(key: str) -> set[str]:
    """What blocking compares: the first letters of each word (hyphens and dots inside words
    dropped), which spelling variants and plurals keep ("optimized"/"optimised",
    "pre-training"/"pretraining", "dialogue"/"dialog"), and, in CJK text, character bigrams."""
    # Nothing to join (no joiner character at all): skip the regex's scan of every position.
    joined = _JOINERS.sub("", key) if _JOINER_CHARS.intersection(key) else key
    if joined.isascii():  # no wide characters: every run is a word, cut to its stem
        return {word[:_STEM] for word in WORD.findall(joined)}
    tokens: set[str] = set()
    for wide, run in _runs(joined):
        if wide and len(run) > 1:
            tokens.update(run[i : i + 2] for i in range(len(run) - 1))
        else:
            tokens.add(run[:_STEM])
    return tokens


def _inflection(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and long[len(short) :] in _INFLECTIONS


def _spelling_only(a: str, b: str) -> bool:
    """Whether two normalised titles differ only in spelling: every stretch of words that
    differs is a near-identical spelling or a small insertion, and the series markers
    (numbers, numerals, parts) agree."""
    if _markers(a) != _markers(b):
        return False
    return _words_differ_in_spelling(a, b)


def _words_differ_in_spelling(a: str, b: str) -> bool:
    """The part of :func:`_spelling_only` after the series markers (known to agree)."""
    left, right = _tokens(a), _tokens(b)
    mine: list[str] = []
    theirs: list[str] = []
    for op in [*Indel.opcodes(left, right), None]:
        if op is not None and op.tag != "equal":
            mine += left[op.src_start : op.src_end]
            theirs += right[op.dest_start : op.dest_end]
            continue
        # The end of a stretch of differences (adjacent insertions and deletions).
        if not mine or not theirs:
            added = mine or theirs
            # A small filler word ("the", "的") added; another word ("UVA", "XL") names
            # another work.
            if _width("".join(added)) > _MAX_ADDED or not _insertions().issuperset(added):
                return False
        elif fuzz.ratio("".join(mine), "".join(theirs)) < _SPELLING and not _inflection(
            "".join(mine), "".join(theirs)
        ):
            return False
        mine, theirs = [], []
    return True


def _blocks(keys: list[str]) -> list[list[int]]:
    """The blocks: titles (by index, ascending) that share two of their rarest tokens (one,
    for titles of one or two tokens)."""
    tokens = [_block_tokens(key) for key in keys]
    frequency = Counter(token for each in tokens for token in each)
    # Each token's rank, rarest first (ties by the token): a title's rarest tokens are then
    # its smallest ranks, sorted as plain ints rather than by a (count, token) key each time.
    rank = {
        token: n
        for n, token in enumerate(sorted(frequency, key=lambda token: (frequency[token], token)))
    }
    count = len(rank)
    blocks: dict[int, list[int]] = {}
    for number, each in enumerate(tokens):
        rarest = sorted(map(rank.__getitem__, each))[:_RAREST]
        # Two shared tokens for titles of three or more, one for shorter titles. A block is
        # named by its tokens' ranks as one int (a pair: a·count + b; one token: -1 - a).
        if len(rarest) > 2:
            names: Iterable[int] = (a * count + b for a, b in itertools.combinations(rarest, 2))
        else:
            names = (-1 - a for a in rarest)
        for name in names:
            members = blocks.get(name)
            if members is None:
                blocks[name] = [number]
            else:
                members.append(number)
    return list(blocks.values())


def _candidates(keys: list[str], forms: list[str], series: list[int]) -> Iterator[tuple[int, int]]:
    """Candidate pairs ``(i, j)``, ``i < j``, each once: titles that share a block (in a
    block of more than :data:`_MAX_BLOCK` titles, only titles at most :data:`_WINDOW` apart
    in alphabetical order) and have the same series markers (``series`` numbers the
    distinct markers). Pairs whose markers differ are left out here rather than scored:
    :func:`_spelling_only` would reject them, and on lists whose titles carry numbers they
    are nearly all of the pairs."""
    seen: set[int] = set()
    count = len(keys)
    # A title whose markers no other title has ("… 17") pairs with nothing: it still counts
    # towards its blocks' sizes and window positions, but is never grouped or paired.
    sharing = Counter(series)
    paired = [sharing[s] > 1 for s in series]
    if sum(paired) < 2:
        return  # every title's markers are its own ("… 1", "… 2", …): no pair to find
    for members in _blocks(keys):
        if len(members) < 2:
            continue
        if sum(map(paired.__getitem__, members)) < 2:
            continue
        if len(members) <= _MAX_BLOCK:
            by_series: dict[int, list[int]] = {}
            for number in members:
                if paired[number]:
                    by_series.setdefault(series[number], []).append(number)
            pairs: Iterable[tuple[int, int]] = (
                pair
                for group in by_series.values()
                for pair in itertools.combinations(group, 2)  # members are ascending
            )
        else:
            pairs = _window_pairs(members, forms, series, paired)
        for i, j in pairs:
            code = i * count + j
            if code not in seen:
                seen.add(code)
                yield i, j


def _window_pairs(
    members: list[int], forms: list[str], series: list[int], paired: list[bool]
) -> Iterator[tuple[int, int]]:
    """A crowded block (many titles made of the same few words): each title with the next
    :data:`_WINDOW` titles in alphabetical order only, so that no block costs n² — of those,
    the ones with the same series markers, found without visiting the others. Positions count
    every member; only ``paired`` ones (markers shared with another title) are visited."""
    ordered = sorted(members, key=lambda n: (forms[n], n))
    positions: dict[int, list[int]] = {}
    for at, number in enumerate(ordered):
        if paired[number]:
            positions.setdefault(series[number], []).append(at)
    for group in positions.values():
        for index, at in enumerate(group):
            stop = bisect.bisect_right(group, at + _WINDOW, index + 1)
            for other_at in group[index + 1 : stop]:
                number, other = ordered[at], ordered[other_at]
                yield min(number, other), max(number, other)


def similar_titles(
    keys: list[str], threshold: float, forms: list[str] | None = None
) -> dict[int, dict[int, float]]:
    """Pairs of normalised titles whose letters-and-digits forms (:func:`fuzzy_form`, which
    must be distinct) reach ``threshold`` on ``fuzz.ratio`` and that differ only in
    spelling, as ``{i: {j: score}}`` (both ways). Only candidates from blocking are compared;
    see :class:`NearDuplicateTitle`. ``forms``, when the caller has them, are the keys'
    :func:`fuzzy_form`."""
    if forms is None:
        forms = [fuzzy_form(key) for key in keys]
    lengths = [len(form) for form in forms]
    numbering: dict[tuple[str, ...], int] = {}
    series = [numbering.setdefault(_markers(key), len(numbering)) for key in keys]
    least = threshold / 200  # the shorter form's least share of both lengths
    pairs: dict[int, dict[int, float]] = {}
    for i, j in _candidates(keys, forms, series):
        a, b = lengths[i], lengths[j]
        if min(a, b) < least * (a + b):  # the lengths alone keep the score below threshold
            continue
        score = fuzz.ratio(forms[i], forms[j], score_cutoff=threshold)
        # The markers agree (see _candidates): the rest of _spelling_only decides.
        if score and _words_differ_in_spelling(keys[i], keys[j]):
            pairs.setdefault(i, {})[j] = score
            pairs.setdefault(j, {})[i] = score
    return pairs
