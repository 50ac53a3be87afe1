"""The lines of a paper paragraph under its title (``**Title** \\`` / ``*Authors* \\`` /
``*Venue, Month Year.*`` / ``[[paper](url)]``): the authors, the venue and year each line
gives."""

from __future__ import annotations

import re

from awesome_ptm.parse._dated import venue_dash_date, venue_with_date
from awesome_ptm.parse._dates import parse_date
from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._inline import ARXIV_ID, Segment, plain, visible
from awesome_ptm.parse._names import (
    apa_names,
    bibtex_names,
    loose_names,
    names_at,
    plain_names,
    split_authors,
)
from awesome_ptm.parse._notes import clean_note
from awesome_ptm.parse._presentation import without_trailing_presentation
from awesome_ptm.parse._quoted_lead import quoted_lead
from awesome_ptm.parse._rest import venue_field, venue_year_in
from awesome_ptm.parse._venue_names import known_venue_or, venue_after_names, venue_line
from awesome_ptm.venues import VenueYear, canonical_venue, split_venue_year


def paper_line(draft: Draft, line: list[Segment]) -> bool:
    """In a paper paragraph (``**Title** \\`` ``*Authors* \\`` ``Venue Year. [[Paper](url)]``),
    a line that is only emphasis names the authors and a line's venue and year are the
    entry's: take them into ``draft``. True when the line gave something (its links, if
    any, are still to be read)."""
    content = visible(line)
    words = [s for s in content if s.kind != "text" or s.text.strip(" .,;")]
    if draft.venue is None and len(words) == 1 and words[0].kind in ("em", "text"):
        dated = venue_with_date(words[0].text)
        if dated is not None:  # ``*Machine Learning in Molecular Sciences, October 2023.*``
            draft.venue, written = dated
            line[:] = [Segment("text", written)]  # the date, kept as a note
            return True
    if draft.venue is None and len(words) == 1 and words[0].kind == "text":
        opened = date_then_venue(words[0].text)
        if opened is not None:  # ``(2024. 10) Arxiv`` on its own line under the title
            draft.venue, written = opened
            line[:] = [Segment("text", written)]  # the date, kept as a note
            return True
    if not draft.authors and len(content) == 1 and content[0].kind == "em":
        draft.authors = split_authors(content[0].text)
        line.clear()
        return True
    if not draft.authors and len(content) == 1 and content[0].kind == "text":
        names = plain_names(content[0].text)
        written = content[0].text.strip()
        closed = draft.title.rstrip().endswith((".", "?", "!"))
        if names is None and closed and written.endswith(".") and not written.endswith(".."):
            # ``Julio Geo-Banacloche.`` on its own line under a title closed by its full
            # stop: one author (not the words ``European Union.`` ending a sentence)
            names = names_at(written.rstrip("."), "medium")
        if names is not None:  # ``Yuan Xia, Jingbo Zhou, Zhenhui Shi`` on its own line
            draft.authors = names
            line.clear()
            return True
    if draft.venue is None and len(words) == 1 and words[0].kind == "text":
        named = venue_line(words[0].text)
        if named is not None:  # ``<br>Proceedings of the AAAI Conference on …`` alone
            draft.venue = named
            line.clear()
            return True
    if draft.venue is None:
        rest = "".join(" " if s.kind in ("link", "image") else s.text for s in line)
        found = venue_year_in(rest)
        if found is None:
            dashed = venue_dash_date(rest)
            if dashed is not None:
                found, rest = (dashed.venue, dashed.start, dashed.end), dashed.text
        if found is None:
            field = venue_field(line, set())
            if field is not None:  # ``arXiv, [Paper](…)``: the venue, its year missing
                draft.venue = field
                line[:] = [s for s in line if s.kind in ("link", "image")]
                return True
        if found is not None and found[0].venue is not None:
            draft.venue = found[0]
            note = clean_note(rest[: found[1]] + " " + _date_left(found[0], rest, found[2]))
            kept = [s for s in line if s.kind in ("link", "image")]
            line[:] = kept + ([Segment("text", note)] if note else [])
            return True
    return False


#: ``(2024. 10) Arxiv``, ``(2024.09) IEEE Transactions on …``: a month in brackets, then
#: the venue.
_DATE_THEN_VENUE = re.compile(
    r"[(（](?P<date>[^()（）]{4,14})[)）][ \t]{0,3}(?P<venue>\S[^()（）]{1,100})"
)


def date_then_venue(text: str) -> tuple[VenueYear, str] | None:
    """The venue (known, or capitalised words as written) and the date (ISO) a line opening
    with a month in brackets gives; or None."""
    found = _DATE_THEN_VENUE.fullmatch(text.strip().rstrip("."))
    if found is None:
        return None
    when = parse_date(found.group("date").replace(". ", "."))
    name = found.group("venue").strip()
    if when is None or len(when.iso) < len("2024-01") or not name[:1].isupper():
        return None
    venue = canonical_venue(name) or name
    return VenueYear(venue, when.year, found.group(0)), when.iso


#: ``.12`` after ``arXiv, 2023``: the month of a date whose year the venue took.
_MONTH_AFTER_YEAR = re.compile(r"[./-](?:0?[1-9]|1[0-2])(?![\d.])")


def _date_left(venue: VenueYear, text: str, end: int) -> str:
    """What follows a venue and year found in ``text`` (ending at ``end``); when the year
    was a date's (``arXiv, 2023.12``), the date whole, kept as a note, not ``.12``."""
    if venue.year is not None and _MONTH_AFTER_YEAR.match(text, end):
        written = str(venue.year)
        if text[:end].endswith(written):
            return written + text[end:]
    return text[end:]


#: The most words of a bold short name over the quoted title of its paper (``Siam R-CNN``).
_SHORT_NAME_WORDS = 4


def quoted_title_line(draft: Draft, line: list[Segment]) -> bool:
    """``* **Siam R-CNN:** Paul Voigtlaender, Bastian Leibe.<br />`` then ``"Siam R-CNN:
    Visual Tracking by Re-Detection." CVPR (2020).``: the bold title was the paper's short
    name (an alias now), the quoted text on the line under it its title, the text after the
    bold name its authors. ``line`` keeps what follows the quote (the venue, still to read).
    True when the line was one."""
    if draft.shape != "bold-title" or len(draft.title.split()) > _SHORT_NAME_WORDS:
        return False
    if not line or line[0].kind != "text" or any(s.kind in ("link", "image") for s in line):
        return False
    quoted = quoted_lead(line[0].text.strip())
    if quoted is None:
        return False
    draft.aliases.insert(0, draft.title)
    draft.title = quoted[0].rstrip(" .")
    if not draft.authors and draft.notes:
        names = plain_names(draft.notes[0].strip().rstrip("."))
        if names is not None:
            draft.authors = names
            draft.notes.pop(0)
    line[:] = [Segment("text", quoted[1]), *line[1:]]  # (``CVPR (2020 **Oral**).``)
    return True


def author_line(draft: Draft, line: list[Segment]) -> bool:
    """A line that is only emphasised names (``*Zhiyuan Liu, Jie Zhou.*``) under an entry
    without authors: they are its authors. A venue and year may follow the names
    (``*Jie Huang, Kevin Chen-Chuan Chang.* ACL'23 Findings``): the entry's, when it has
    none."""
    content = visible(line)
    if draft.authors or not content or content[0].kind != "em":
        return False
    # the names' sentence: the emphasis and the text after it, up to a tag or a link
    # (``*Names*. EACL (Findings) 2023. `score` [[pdf](url)]``)
    end = next((i for i, s in enumerate(content) if i and s.kind != "text"), len(content))
    tail = content[end:]
    if tail and not all(s.kind in ("link", "code", "text", "image") for s in tail):
        return False
    if tail and not any(s.kind == "link" for s in tail):
        return False  # a line that goes on with words of its own: not the names' line
    venue: VenueYear | None = None
    # (``EMNLP 2016. [`` before ``[[Paper](url)]``: the bracket opens the links; a bracket
    # alone, ``*Names* [[PDF](url)], 2023.6``, states no venue)
    between = plain(content[1:end]).strip(" .,;[(（【") if end > 1 else ""
    if between:
        venue = venue_after_names(between)
        if venue is None:
            return False
    sentence = None if between else names_venue_sentence(content[0].text)
    names: list[str] | None
    if sentence is not None:
        # ``*Jiaheng Lu, Shivnath Babu. VLDB, 2019.*``: the venue inside the emphasis
        names, venue = sentence
    else:
        # (``*Zhang, Jingyi and Huang, Jiaxing*``: names written surname first, BibTeX's way)
        written = " ".join(content[0].text.split()).strip(" .,;")
        names = bibtex_names(written) or loose_names(content[0].text)
    if names is None:
        return False
    if venue is not None and not all(w[:1].isupper() for n in names for w in n.split()):
        return False  # ``*Highly recommended* 2021``: words of a sentence, not names
    draft.authors = names
    if venue is not None and (draft.venue is None or draft.venue.venue is None):
        draft.venue = venue
    tags = " ".join(s.text.strip() for s in tail if s.kind == "code" and s.text.strip())
    if tags:
        draft.notes.append(tags)  # ``score`` ``blind``: the list's tags for the paper
    after = clean_note(plain([s for s in tail if s.kind == "text"]))
    if after:
        draft.notes.append(after)  # ``[[abs]](url), 2023.5``: the date after the links
    line[:] = [s for s in tail if s.kind in ("link", "image")]  # the links are still to read
    return True


#: ``Chang et al., Arxiv 2015``: names cut by "et al.", a comma, then a venue and year.
_ET_AL_VENUE = re.compile(
    r"(?P<names>[^,()\[\]]{2,60}?(?:,[^,()\[\]]{2,60}?){0,12}\bet\.?\s{0,2}al\.?)"
    r"\s{0,3},\s{0,3}(?P<venue>[^,()\[\]]{2,80}?)[\s.,]{0,3}"
)


def et_al_venue_line(draft: Draft, line: list[Segment]) -> bool:
    """``Chang et al., Arxiv 2015`` on its own line under a linked title, without emphasis:
    the names are the entry's authors and the venue and year after them its venue, when
    it has none. True when the line was one (it is then emptied)."""
    if draft.authors or not line or any(s.kind != "text" for s in line):
        return False
    found = _ET_AL_VENUE.fullmatch(" ".join(plain(line).split()))
    if found is None:
        return False
    names = loose_names(found.group("names"))
    venue = venue_after_names(found.group("venue"))
    if names is None or venue is None or venue.venue is None or venue.year is None:
        return False
    draft.authors = names
    if draft.venue is None or draft.venue.venue is None:
        draft.venue = venue
    line.clear()
    return True


def linked_names(line: list[Segment]) -> list[str] | None:
    """``*[Minguk Kang](url), [Jun-Yan Zhu](url), Omer Tov.*`` under a bold title: a line of
    names, two or more of them linked to their pages. The names, or None."""
    content = visible(line)
    links = [s for s in content if s.kind == "link"]
    if len(links) < 2 or not all(s.kind in ("link", "text") for s in content):
        return None
    names = loose_names(plain(content).strip(" ,.;*_"))
    if names is None or not all(" ".join(s.text.split()) in names for s in links):
        return None
    return names


def names_then_emphasised_venue(draft: Draft, line: list[Segment]) -> bool:
    """``  - Y. You, T. Chen, and Y. Shen. *NIPS 2020*. [[pdf]](url) [[code]](url)`` under a
    paper's title: the names, the venue and year in italics, then only links. The names
    become the entry's authors, the venue its venue (when it has none); ``line`` keeps only
    the links, still to read. True when the line is one."""
    content = [s for s in line if not (s.kind == "text" and not s.text.strip(" .,;"))]
    if draft.authors or len(content) < 3 or content[0].kind != "text" or content[1].kind != "em":
        return False
    if not all(s.kind in ("link", "image") for s in content[2:]):
        return False
    written = " ".join(content[1].text.split()).strip(" .,;")
    venue = venue_after_names(written)
    if venue is None or venue.venue is None or venue.year is None:
        # ``  - Tae Jun Jang, …, Jin Keun Seo. *MIA*``: a journal's name alone in italics
        venue = _italic_journal(written)
        if venue is None:
            return False
    names = loose_names(content[0].text.strip(" .,;"))
    if names is None:
        return False
    draft.authors = names
    if draft.venue is None or draft.venue.venue is None:
        draft.venue = venue
    line[:] = content[2:]
    return True


#: ``Yu Lu1 , Jiali Zeng .``: spaces before a comma or stop (bounded: searched everywhere).
_SPACE_BEFORE_MARK = re.compile(r"[ \t]{1,8}([,.])")
#: ``Peter E. Brown, … and Robert L. Mercer. 1993.``: names, a full stop, the year.
_NAMES_YEAR = re.compile(r"(?P<names>.{3,1500}?)[.,]\s{1,3}(?P<y>(?:19|20)\d\d)[a-z]?\.?\s*")
#: ``Frey, B. (2020).``, ``Le, T. N., & Sadat, F. (2020, October).``: names, then the year
#: (a month after it perhaps) in brackets, a full stop.
_APA_LEAD = re.compile(
    r"(?P<names>[^()\[\]]{3,1500}?)\s{0,2}\((?P<y>(?:19|20)\d\d)[a-z]?"
    r"(?:,\s{0,2}[A-Za-z]{3,9}\.?(?:\s{1,2}\d{1,2})?)?\)\.?"
)


def names_and_year(prefix: str) -> tuple[list[str], int | None] | None:
    """The authors and year of a reference written before its linked title, or None: the
    ACL style (``Ilya Sutskever, Oriol Vinyals, and Quoc V. Le. 2014. [Title](url)``), or
    two or more names and a comma or colon, the year after the title (``Yann LeCun, Yoshua
    Bengio, and Geoffrey Hinton, [Deep Learning](url), Nature 2015``, ``Marco Tulio Ribeiro
    et al.: [Title](url)``: the year None)."""
    # (``Yu Lu1 , Jiali Zeng , Mu Li . 2021 .``: spaces before the marks, affiliation digits)
    text = _SPACE_BEFORE_MARK.sub(r"\1", prefix.strip().lstrip("*-•").strip())
    apa = _APA_LEAD.fullmatch(text)
    if apa is not None:
        # ``Zhang, S., Frey, B., & Bansal, M. (2020). [Title](url)``, ``Le, T. N., & Sadat,
        # F. (2020, October).``: the APA way, the year (and month) in brackets after the names
        written = apa.group("names").strip(" ,")
        names = apa_names(written) or names_at(written.rstrip("."), "several")
        return (names, int(apa.group("y"))) if names else None
    found = _NAMES_YEAR.fullmatch(text)
    if found is None:
        if not prefix.endswith((",", ":")):
            return None
        names = names_at(prefix.rstrip(" ,:"), "several")
        return (names, None) if names is not None else None
    names = names_at(re.sub(r"(?<=[a-z])\d(?=,|$)", "", found.group("names")), "medium")
    if names is None:
        return None
    return names, int(found.group("y"))


#: ``In *Proceedings of the First Workshop on NMT*``: the words that may stand before an
#: emphasised venue (punctuation and spaces aside).
_VENUE_LEAD_WORDS = frozenset({"", "in", "in:"})
#: ``In Proceedings of the 33rd ``, ``Proceeding of the 14th `` before a venue's name.
PROCEEDINGS = re.compile(
    r"^\s*(?:in\s+)?proceedings?\s+of\s+(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s+)?", re.IGNORECASE
)


def emphasised_venue(segs: list[Segment]) -> str | None:
    """``. *Computational Linguistics*.``, ``. In *Proceedings of the First Workshop on
    NMT*.``: the emphasised name right after a reference's title, as written (without
    "Proceedings of"), or None."""
    before = ""
    for seg in segs:
        if seg.kind == "em":
            if " ".join(before.strip(" \t\n.,;").casefold().split()) not in _VENUE_LEAD_WORDS:
                return None
            name = PROCEEDINGS.sub("", " ".join(seg.text.split())).strip(" .,")
            if ARXIV_ID.fullmatch(name):
                return "arXiv"  # ``*arXiv:1610.10099*``
            # ``*ACM Computing Surveys. Surv. 53, 5, Article 99 (October 2020)*``: the name,
            # then its volume and pages
            name = re.split(r"[.,]\s+(?=.*\d)", name, maxsplit=1)[0].strip(" .,")
            known = split_venue_year(name)
            if known is not None and known.venue is not None:
                return known.venue
            return name if name and name[0].isupper() and len(name.split()) <= 12 else None
        if seg.kind != "text":
            return None
        before += seg.text
    return None


#: ``, 2017``: a year right after an emphasised venue, a comma or a space between.
_YEAR_AFTER_EMPHASIS = re.compile(r"[ \t]{0,2}[,.]?[ \t]{0,2}((?:19|20)\d\d)\b")


def year_after_emphasis(segs: list[Segment]) -> int | None:
    """``, *Precision and Future Medicine*, 2017``: the year written right after the first
    emphasised segment of a reference's rest, or None."""
    at = next((i for i, seg in enumerate(segs) if seg.kind == "em"), None)
    if at is None or at + 1 >= len(segs) or segs[at + 1].kind != "text":
        return None
    found = _YEAR_AFTER_EMPHASIS.match(segs[at + 1].text)
    return int(found.group(1)) if found is not None else None


#: ``. In Proceedings of The 12th Language Resources and Evaluation Conference (pp. 1-9).``:
#: "In" opening the text after a reference's title, then the venue's name up to a bracket,
#: comma or full stop.
_IN_VENUE = re.compile(
    r"[\s.,]{0,4}In[ \t]{1,3}(?P<name>[^()\[\],.]{3,200}(?:,[ \t]{0,2}(?:19|20)\d\d\b)?)"
)


def proceedings_venue(segs: list[Segment]) -> VenueYear | None:
    """``. In Proceedings of The 12th Language Resources and Evaluation Conference (pp.
    2629-2633).``, ``. In ACL-ECONLP, 2018.``: a known venue the text right after a
    reference's title names after "In" (or one no alias knows, with its year after a
    comma), its year when stated, or None."""
    if not segs or segs[0].kind != "text":
        return None
    found = _IN_VENUE.match(segs[0].text)
    if found is None:
        return None
    known = split_venue_year(found.group("name").strip())
    return known if known is not None and known.venue is not None else None


#: ``," arXiv:1905.11719 [cs.LG].``: an arXiv identifier opening the venue field.
_ARXIV_FIELD = re.compile(r"arXiv:\s{0,2}\d{4}\.\d{4,5}", re.IGNORECASE)
#: ``," Phys. Rev. D 101 (2020) no. 3``, ``," Eur. Phys. J. C 79, 944``: a journal's name up
#: to its volume, a comma or a bracket.
_JOURNAL_FIELD = re.compile(r"([A-Z][A-Za-z.&' -]{1,80}?)\s{0,2}(?=\d|,|\()")


def quoted_title_venue(segs: list[Segment]) -> str | None:
    """``," Phys. Rev. D 101 (2020) no. 3, 035042, arXiv:1912.04220``: the venue field right
    after a linked title quoted the IEEE way, its journal's name (``arXiv`` for an arXiv
    identifier), or None."""
    if not segs or segs[0].kind != "text":
        return None
    text = segs[0].text.lstrip(' \t,"”')
    if _ARXIV_FIELD.match(text):
        return "arXiv"
    journal = _JOURNAL_FIELD.match(text)
    if journal is None:
        return None
    name = journal.group(1).strip()
    return known_venue_or(name, name)


def names_then_venue(line: list[Segment]) -> tuple[list[str], VenueYear] | None:
    """``Sanjeev Arora, …, and Nikunj Saunshi. *ICML 2019*``, ``Phuc H. Le-Khac, Graham
    Healy. *IEEE Access 2020*``: a paper's authors, then its venue and year emphasised (on
    a line of its own, such as a sub-item under the paper). The names and the venue (one no
    alias knows kept as written), or None."""
    content = [s for s in line if not (s.kind == "text" and not s.text.strip(" \t.,;"))]
    if not content:
        return None  # (``  - .``: punctuation alone)
    # (``Yiming Li. *Ph.D. Dissertation at Tsinghua University*, 2023.``: the year after it)
    after = _CLOSING_YEAR.fullmatch(content[-1].text) if content[-1].kind == "text" else None
    if after is not None:
        content = content[:-1]
    if len(content) == 1 and content[0].kind == "text" and after is None:
        return _names_then_known_venue(content[0].text)
    if len(content) != 2 or content[0].kind != "text" or content[1].kind != "em":
        return None
    written = content[0].text.strip().rstrip(".,;").strip()
    # (one name too: the emphasised venue after it says the line cites the paper)
    names = plain_names(written) or bibtex_names(written) or names_at(written, "medium")
    # (``*ICCV 2019 Oral*``: how the paper was presented is no part of the venue)
    named = without_trailing_presentation(" ".join(content[1].text.split())).strip(" .,;")
    if after is not None:
        named = f"{named} {after.group(1)}"
    venue = venue_after_names(named)
    if venue is None and after is None:
        venue = _italic_journal(named)  # ``Names. *MIA*``: the journal alone
    elif venue is not None and venue.year is None:
        venue = None
    if names is None or venue is None:
        return None
    return names, venue


#: The most words of a journal's name written alone in italics after the names.
_JOURNAL_WORDS = 8


def _italic_journal(text: str) -> VenueYear | None:
    """``MIA``, ``Biomedical Signal Processing and Control``: the name of where a paper
    appeared, written alone in italics after its names (capitalised, a few words, no
    sentence), kept as written when no alias knows it; None for anything else."""
    words = text.split()
    if not words or len(words) > _JOURNAL_WORDS or not text[:1].isupper():
        return None
    if any(mark in text for mark in ".;:!?()[]"):
        return None
    return VenueYear(canonical_venue(text) or text, None, text)


#: ``Yansong Gao, …, and Hyoungshick Kim. arXiv, 2020.``: names, a full stop, a venue and
#: its year (the names may close on an initial: ``Kanellis K, Venkataraman S. HotStorage 2020.``).
_NAMES_VENUE_YEAR = re.compile(
    r"(?P<names>[^.]{3,600}?(?:[^.\s]{2}|\s[A-Z]))\.[ \t]{1,3}(?P<venue>[^.,]{2,60}?),?[ \t]{0,3}"
    r"(?P<y>(?:19|20)\d\d)\.?[ \t]{0,3}"
)


def _names_then_known_venue(text: str) -> tuple[list[str], VenueYear] | None:
    """``Names. arXiv, 2020.`` written plain: the names and a venue an alias knows."""
    found = _NAMES_VENUE_YEAR.fullmatch(text.strip())
    if found is None:
        return None
    names = plain_names(found.group("names")) or names_at(found.group("names"), "medium")
    venue = split_venue_year(f"{found.group('venue').strip()} {found.group('y')}")
    if names is None or venue is None or venue.venue is None or not canonical_venue(venue.venue):
        return None
    return names, venue


def names_venue_sentence(text: str) -> tuple[list[str], VenueYear] | None:
    """``Wei Wang, Meihui Zhang, et al. SIGMOD Record, 2016.`` emphasised under a paper's
    title: the names, a full stop, then the venue and its year (one no alias knows kept as
    written, since the emphasis says the line cites the paper). The names and the venue, or
    None."""
    found = _NAMES_VENUE_YEAR.fullmatch(" ".join(text.split()))
    if found is None:
        return None
    names = loose_names(found.group("names"))
    venue = venue_after_names(f"{found.group('venue').strip()} {found.group('y')}")
    if names is None or venue is None or venue.venue is None or venue.year is None:
        return None
    return names, venue


#: ``, 2023.``: the year after an emphasised venue.
_CLOSING_YEAR = re.compile(r"\s{0,3},?\s{0,3}((?:19|20)\d\d)\.?\s{0,3}")
