"""Venue and year in running text: :func:`find_venue_year` and the patterns it scans with
(bold, bracketed and parenthesised markers, known venues followed by a year, citations).
Short cells are split in ``_cell``."""

from __future__ import annotations

import functools
import re

from ._cell import _qualified, _split, _unmarked_ok
from ._data import case_key, fold, tables, two_digit_year
from ._names import canonical_venue
from ._types import VenueYear

# Markers in running text. The content is bounded, so a long run of "*" or "(" is one cheap
# failed attempt per position, and a marker never spans lines.
_BOLD = re.compile(r"\*\*([^*\n]{1,80})\*\*|__([^_\n]{1,80})__")
_PAREN = re.compile(r"[(（]([^()（）\n]{1,80})[)）]")
_BRACKET = re.compile(r"[\[【]([^\[\]【】\n]{1,80})[\]】]")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)
# What each marker pattern needs in the text to match at all (see find_venue_year).
_MARKERS = (
    (_BOLD, False, ("**", "__")),
    (_BRACKET, True, ("[", "【")),
    (_PAREN, True, ("(", "（")),
)
_TWO_DIGITS = re.compile(r"[0-9]{2}")
# A citation in parentheses gives the year: "(Dhingra et al., 2017)", "(Izacard and Grave,
# 2020)", "(Kadlec et al, 2016)".
_CITATION = re.compile(
    r"[^\W\d_][\w'’\-]*(?:\s+(?:et\s+al\.?|and\s+[^\W\d_][\w'’\-]*|&\s+[^\W\d_][\w'’\-]*))?,?\s+"
    r"(?P<y>19[5-9][0-9]|20[0-2][0-9]|203[0-5])[a-z]?"
)

# Ranking of candidates in running text: a bracketed or bold known venue, then a known venue
# followed by a year, then a bare year in parentheses. Within a rank the last one wins,
# because lists put the venue after the title.
_RANK_MARKER = 4
_RANK_INLINE = 3
_RANK_UNKNOWN = 2
_RANK_YEAR = 1

# An unknown venue written as a sentence of its own after another one ("*Authors*.
# BlackBoxNLP 2019. [pdf]"): a name and a four-digit year between sentence ends. It must
# follow a sentence end (a whole text that is only "ORACLE 2019" is not taken for a venue).
_SENTENCE_VENUE = re.compile(
    r"[.;。；]\s+(?P<v>[A-Z*][\w&'’*/\-]*(?:\s[\w&'’*\-]+){0,5}?\s?(?:19[5-9][0-9]|20[0-2][0-9]|203[0-5]))"
    r"(?=\s*(?:[.;。；]|$))"
)


# A qualifier word right after an inline venue and year ("ICML 2018 Workshop").
@functools.cache
def _qualifier_after() -> re.Pattern[str]:
    """A qualifier right after an inline venue and year ("ICML 2018 Workshop", "NeurIPS 2023
    (Datasets and Benchmarks Track)"): every qualifier of venues.yaml, longest first."""
    words = sorted((word for word, _, _ in tables().qualifiers), key=lambda w: (-len(w), w))
    alternation = "|".join(r"\s{1,3}".join(map(re.escape, word.split())) for word in words)
    # (``EMNLP2022(Findings)``: a bracket may follow the year without a space)
    return re.compile(rf"(?:[ \t]{{1,2}}[(\[]?|[(\[])(?P<q>{alternation})\b[)\]]?", re.IGNORECASE)


# What _SENTENCE_VENUE needs in the text to match at all.
_SENTENCE_HINT = re.compile(r"[.;]\s|[。；]")

# Alias tokens are joined by up to two separators: "Findings of EMNLP", "Front. Comput. Sci.".
_ALIAS_TOKEN_SPLIT = re.compile(r"[\s.\-_:'’‘/,]+")
_ALIAS_JOIN = r"[\s.\-_:'’/]{0,2}"
_YEAR4 = r"(?:19[5-9][0-9]|20[0-2][0-9]|203[0-5])"


def _text_ok(venue: str, written: str) -> bool:
    """Whether a venue written this way may be recognised in running text."""
    t = tables()
    mode = t.text_mode.get(venue, "any")
    if mode == "never":
        return False
    return mode == "any" or case_key(written) in t.exact_keys[venue]


@functools.cache
def _alias_body() -> str:
    """Every alias read in running text, as one alternation (see :func:`_inline_pattern`)."""
    t = tables()
    # Grouped by first character, so each position tries only the aliases that can start
    # there instead of all of them.
    by_first: dict[str, set[str]] = {}
    for name, venue in t.alias_forms:
        if t.text_mode[venue] == "never":
            continue
        tokens = [tok for tok in _ALIAS_TOKEN_SPLIT.split(name) if tok]
        rest = [re.escape(tokens[0][1:]), *(re.escape(tok) for tok in tokens[1:])]
        by_first.setdefault(fold(tokens[0][0]), set()).add(_ALIAS_JOIN.join(rest))
    # Longest first, so "Findings of EMNLP" is tried before "EMNLP" at the same position.
    return "|".join(
        re.escape(first) + "(?:" + "|".join(sorted(rests, key=lambda a: (-len(a), a))) + ")"
        for first, rests in sorted(by_first.items())
    )


@functools.cache
def _inline_pattern() -> re.Pattern[str]:
    """Known venue then year, at a word boundary: built from every alias in the tables."""
    body = _alias_body()
    # ASCII boundaries rather than \b: CJK characters are word characters to \b, and
    # "在ACL 2020上" must match.
    return re.compile(
        rf"(?<![A-Za-z0-9])(?=[^\W\d_]|\*)(?P<venue>{body})"
        rf"(?:[ \t\u3000.,\-_(（]{{0,2}}(?P<y4>{_YEAR4})|[ \t]?['’‘\-](?P<y2>[0-9]{{2}})"
        rf"|(?P<glued>[0-9]{{2}})(?![A-Za-z]))(?![0-9])",
        re.IGNORECASE,
    )


@functools.cache
def _year_first_pattern() -> re.Pattern[str]:
    """``Proceedings of the 2019 Conference on Empirical Methods in Natural Language
    Processing``: a prefix, the year, an edition number perhaps, then a known venue."""
    prefixes = "|".join(
        r"\s{1,3}".join(re.escape(w) for w in p.split()) for p in tables().year_first_prefixes
    )
    return re.compile(
        rf"(?<![A-Za-z0-9])(?:{prefixes})\s{{1,3}}(?P<y4>{_YEAR4})\s{{1,3}}"
        rf"(?:[0-9]{{1,3}}(?:st|nd|rd|th)\s{{1,3}})?(?P<venue>{_alias_body()})(?![A-Za-z0-9])",
        re.IGNORECASE,
    )


def _may_hold_url(text: str) -> bool:
    """False only when ``_URL`` cannot match: it needs "://" or a "www." in some case."""
    return "://" in text or "www." in text.lower()


def _in_url(start: int, end: int, urls: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in urls)


# Pure, and asked again of the same few texts (the gap between two links, ``论文链接：``, a
# venue marker) thousands of times a list.
@functools.lru_cache(maxsize=8192)
def find_venue_year(text: str) -> tuple[VenueYear, int, int] | None:
    """Find a venue/year marker in running text, with its (start, end) offsets in ``text``.

    Markers are a bold, bracketed or parenthesised (half- or full-width) venue and/or year
    ("(ACL2020)", "（ACL 2020）", "**EMNLP 2020**"), or a known venue followed by a year at a
    word boundary ("In Proceedings of ACL 2019", "KDD2021| ...", "NAACL 2019.", an acronym in
    capitals glued to two digits: "ECCV24."). Only known
    venues count; a bare year counts only in parentheses ("(2019)"). Bold or bracketed known
    venues win over inline ones, which win over a bare year; among equals the last wins.
    Text inside URLs is ignored. ``raw`` of the result is the marker as written.
    """
    # Every marker needs its delimiter in the text, and every inline venue a year (two ASCII
    # digits); cheap substring tests skip the regex scans that cannot match, which is most
    # of them (this runs once or twice per entry).
    urls = [m.span() for m in _URL.finditer(text)] if _may_hold_url(text) else []
    best: tuple[int, bool, int, int, VenueYear] | None = None
    preprints = tables().preprints

    def offer(rank: int, start: int, end: int, venue: str | None, year: int | None) -> None:
        nonlocal best
        if _in_url(start, end, urls):
            return
        # (``ICCV'23, arXiv, 2022.12``: the venue that published the work wins over the
        # preprint's, wherever each stands)
        published = venue not in preprints
        if best is None or (rank, published, start) > (best[0], best[1], best[2]):
            best = (rank, published, start, end, VenueYear(venue, year, text[start:end]))

    for pattern, year_only_ok, hints in _MARKERS:
        # Two hints each; tested inline (a generator per call costs more than the tests).
        if hints[0] not in text and hints[1] not in text:
            continue
        for m in pattern.finditer(text):
            content = next(g for g in m.groups() if g is not None)
            found = _split(content)
            if found is None:
                cited = _CITATION.fullmatch(content.strip()) if year_only_ok else None
                if cited is not None:
                    offer(_RANK_YEAR, m.start(), m.end(), None, int(cited.group("y")))
                continue
            vy = found.value
            if found.known and vy.venue is not None and _text_ok(vy.venue, found.head):
                offer(_RANK_MARKER, m.start(), m.end(), vy.venue, vy.year)
            elif vy.venue is not None and not found.known and vy.year is not None:
                # An unknown venue with its year, written as one ("(NAALC2019)",
                # "(BlackBoxNLP 2019)"): kept as written, below any known venue.
                if "," not in content and "，" not in content:
                    offer(_RANK_UNKNOWN, m.start(), m.end(), vy.venue, vy.year)
            elif vy.venue is None and year_only_ok:
                offer(_RANK_YEAR, m.start(), m.end(), None, vy.year)

    inline = _inline_pattern().finditer(text) if _TWO_DIGITS.search(text) else ()
    for m in inline:
        written = m.group("venue")
        venue = canonical_venue(written)
        if venue is None or not _text_ok(venue, written):
            continue
        if m.group("glued") is not None and not _glued_citation(text, m, venue):
            continue
        short = m.group("y2") or m.group("glued")
        year = int(m.group("y4")) if m.group("y4") else two_digit_year(int(short))
        if year is not None:
            # "ICML 2018 Workshop.": a qualifier after the year stays part of the venue.
            after = _qualifier_after().match(text, m.end())
            if after is not None:
                qualified = _qualified(f"{written} {year} {after.group('q')}", "", False)
                if qualified is not None and qualified.value.venue is not None:
                    offer(_RANK_INLINE, m.start(), after.end(), qualified.value.venue, year)
                    continue
            offer(_RANK_INLINE, m.start(), m.end(), venue, year)

    if "roc" in text and _TWO_DIGITS.search(text):
        # "Proceedings of the 2014 ACM SIGMOD …": the year before the venue's name.
        for m in _year_first_pattern().finditer(text):
            written = m.group("venue")
            venue = canonical_venue(written)
            if venue is not None and _text_ok(venue, written):
                offer(_RANK_INLINE, m.start(), m.end(), venue, int(m.group("y4")))

    if (best is None or best[0] < _RANK_UNKNOWN) and _SENTENCE_HINT.search(text) is not None:
        for m in _SENTENCE_VENUE.finditer(text) if _TWO_DIGITS.search(text) else ():
            found = _split(m.group("v"))
            if found is not None and found.value.venue is not None and found.value.year:
                vy = found.value
                rank = _RANK_INLINE if found.known else _RANK_UNKNOWN
                if found.known and not _text_ok(vy.venue or "", found.head):
                    continue
                offer(rank, m.start("v"), m.end("v"), vy.venue, vy.year)

    if best is None:
        return None
    _, _, start, end, marked = best
    if marked.venue is not None and marked.year is None:
        # ``Advances in Neural … Systems (NeurIPS), 2022.``: the year right after the marker
        after = _YEAR_AFTER_MARKER.match(text, end)
        if after is not None:
            end = after.end()
            marked = VenueYear(marked.venue, int(after.group(1) or after.group(2)), text[start:end])
    return marked, start, end


#: What may stand before a venue glued to its two-digit year: the end of a sentence, a
#: comma or a bar between fields (``… Positioning. ECCV24.``, ``(Ayush Sarkar et al.,
#: CVPR24)``, ``| 23.12.11 | ECCV24 |``).
_GLUED_BEFORE = re.compile(r"[.,，;|][ \t]{1,2}$")
#: … and after it: the end of the text or of its sentence or bracket.
_GLUED_AFTER = re.compile(r"\.?(?:[ \t]|$|[)）\]|])")


def _glued_citation(text: str, m: re.Match[str], venue: str) -> bool:
    """``Epipolar Transformers. CVPR20.``, ``(Ayush Sarkar et al., CVPR24)``: a known
    venue's acronym in capitals glued to two digits, standing alone in the sentence that
    closes a citation. Inside one (``results on KDD99``, ``(CoNLL03)``, ``WMT14 En-De``) it
    names a data set more often than it dates a paper."""
    written = m.group("venue")
    return (
        _unmarked_ok(venue, written)
        and sum(map(str.isupper, written)) >= 2
        and _GLUED_BEFORE.search(text, 0, m.start()) is not None
        and _GLUED_AFTER.match(text, m.end()) is not None
    )


#: ``, 2022``: a year a comma away from a venue marker that states none; `` (2024)``: one in
#: brackets of its own right after it (``… Networking (MobiCom) (2024)``).
_YEAR_AFTER_MARKER = re.compile(
    r"[ \t]{0,2}(?:[,，][ \t]{0,3}((?:19|20)\d\d)(?!\d)"
    r"|[(（][ \t]{0,2}((?:19|20)\d\d)[ \t]{0,2}[)）])"
)
