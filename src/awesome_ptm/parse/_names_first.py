"""A reference that names its authors first and sets its title in bold, italics or quotes
(``Hu, Ronghang, et al. **Natural language object retrieval.** Proceedings of the IEEE
Conference on Computer Vision and Pattern Recognition. 2016.``, ``Lingpeng Kong, Chris Dyer,
Noah Smith, "Segmental Recurrent Neural Networks", ICLR 2016.``): its names, title, and the
venue and year the rest of its text states."""

from __future__ import annotations

import re

from awesome_ptm.parse._draft import Draft, LinkDraft
from awesome_ptm.parse._inline import ARXIV_ID, Segment, plain
from awesome_ptm.parse._names import names_at
from awesome_ptm.parse._paper_lines import PROCEEDINGS
from awesome_ptm.parse._rest import venue_year_in
from awesome_ptm.venues import VenueYear, split_venue_year

#: ``In `` before the venue a reference names.
_IN_BEFORE = re.compile(r"In[ \t]{1,3}(?=[A-Z])")
#: ``, 16``: the volume after a journal's name.
_VOLUME_AFTER = re.compile(r",[ \t]{0,3}\d{1,4}$")
#: ``108: 15-32``, `` 90(7): 1013-1023``, `` abs/1412``: a volume and pages, or arXiv's
#: ``abs/`` and its number, closing the venue DBLP writes.
_DBLP_TAIL = re.compile(
    r"\s{1,3}(?:\d{1,4}(?:\(\d{1,4}\))?:\s{0,2}\d[\d–-]{0,12}|abs/[\d.]{0,12})$"
)
#: ``, pages 724–731``, ``, pp. 1-10``, ``, vol. 3``: where a reference's venue field gives
#: its pages or volume after the venue's name.
_PAGES = re.compile(r",\s{0,3}(?:pages|pp\.?|vol\.?|volume|no\.)(?:\s|$)", re.IGNORECASE)


def names_then_marked_title(
    segs: list[Segment], first_link: int | None, numbered: bool = False
) -> Draft | None:
    """``Hu, Ronghang, et al. **Natural language object retrieval.** Proceedings of the IEEE
    Conference on Computer Vision and Pattern Recognition. 2016. [[Paper](url)]``, ``Jiwei Li,
    Minh-Thang Luong, and Dan Jurafsky, *A Hierarchical Neural Autoencoder for Paragraphs and
    Documents*, ACL 2015 [[Paper](url)]``, ``Lingpeng Kong, Chris Dyer, Noah Smith, "Segmental
    Recurrent Neural Networks", ICLR 2016.``: a reference that names its authors first and
    sets its title in bold, italics or quotes (``numbered``: the reference's number opened
    it, ``**[1]**``, and says it is one: names any reader takes, or none it knows, are its
    authors). The draft (its links still to be read by the caller's rules: here all links
    after the title), or None."""
    stop = first_link if first_link is not None else len(segs)
    bold = next((i for i in range(1, stop) if segs[i].kind in ("strong", "em")), None)
    if bold is None:
        return _names_then_quoted_title(segs, stop)
    # (italics set off a title only after two or more full names; bold after any names)
    level, fewest = ("strong", 3) if segs[bold].kind == "strong" else ("several", 2)
    if len(segs[bold].text.split()) < (1 if numbered else fewest):
        return None
    before = plain(segs[:bold]).strip()
    if before.endswith(":") and level == "strong":
        level = "medium"  # (``Names: **Title.** Venue 108: 15-32 (2019)``: DBLP's colon)
    before = before.rstrip(".,:;").strip()
    # ``Shantanu Kumar. 2017. **Title**. In Proceedings of X.``: the year after the names
    dated = _YEAR_CLOSING_NAMES.search(before)
    if dated is not None:
        # (names, the year, then the bold title: a citation's order, so one full name
        # without initials reads as its author too)
        before, level = before[: dated.start()], "medium"
    names = names_at(before, "medium" if numbered else level) if before else None
    if names is None and numbered and before:
        names = []  # (``Munkhdalai T, Yu H.``: names no reader knows; the number says so)
    if names is None:
        return None
    rest = plain([s for s in segs[bold + 1 : stop] if s.kind != "html"])
    title, held = _title_and_held_rest(segs[bold].text)
    draft = _reference(title, names, f"{held} {rest}".strip(), segs[bold + 1 :])
    if dated is not None and (draft.venue is None or draft.venue.year is None):
        venue = draft.venue.venue if draft.venue is not None else None
        raw = draft.venue.raw if draft.venue is not None else dated.group(1)
        draft.venue = VenueYear(venue, int(dated.group(1)), raw)
    return draft


#: ``Title. Venue …``: the stop after a title's last word, then the next sentence.
_SENTENCE_STOP = re.compile(r"(?:(?<=[^\W\d_]{2})|(?<=\[[A-Z]\]))\.\s{1,3}(?=[A-Z]|arXiv)")
#: A year in what the bold text holds after the title.
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: The fewest words of a title the bold text holds with the rest of its reference.
_HELD_TITLE_WORDS = 3


def _title_and_held_rest(bold: str) -> tuple[str, str]:
    """``**Title. Proceedings of the 23rd ICML. ACM, 2006: 369-376.**``, ``**Title. ACL (1)
    2018: 2620-2630**`` (e2e speech recognition papers, DBLP's way): the bold text holds the
    whole reference, the title its first sentence when the rest states a year. The title and
    that rest ("" when the bold text is the title alone)."""
    for stop in _SENTENCE_STOP.finditer(bold):
        title, rest = bold[: stop.start()], bold[stop.end() :]
        if len(title.split()) >= _HELD_TITLE_WORDS and _ANY_YEAR.search(rest):
            return title, rest
    return bold, ""


#: ``…, Pushpak Bhattacharyyab. 2017``, ``Finn, C., & Levine, S. (2017)``: the year closing
#: the names before a bold title.
_YEAR_CLOSING_NAMES = re.compile(r"(?:[.,]\s{0,3}|\s{1,3}\()((?:19|20)\d\d)[a-z]?\)?$")


#: ``Names, "Title", Venue``: a title quoted after the names (bounded: a line's head).
_QUOTED_AFTER_NAMES = re.compile(r'[,.]\s{0,3}["“]([^"“”]{3,300})["”]')


def _names_then_quoted_title(segs: list[Segment], stop: int) -> Draft | None:
    """``Lingpeng Kong, Chris Dyer, Noah Smith, "Segmental Recurrent Neural Networks", ICLR
    2016.``: names, then the quoted title, in the text before the first link."""
    if stop == 0 or segs[0].kind != "text":
        return None
    head = segs[0].text
    quoted = _QUOTED_AFTER_NAMES.search(head)
    if quoted is None or len(quoted.group(1).split()) < 2:
        return None
    names = names_at(head[: quoted.start()].strip(), "several")
    if names is None:
        return None
    rest = head[quoted.end() :] + plain([s for s in segs[1:stop] if s.kind != "html"])
    return _reference(quoted.group(1).strip(" ,"), names, rest, segs[1:])


def _sentences(rest: str) -> list[str]:
    """The sentences (and bracketed parts) of a reference's rest, stripped."""
    return [p.strip() for p in re.split(r"[.(]\s*", rest) if p.strip()]


def _sentence_year(sentences: list[str]) -> int | None:
    """The year the first of ``sentences`` that ends in one states (``…, 2016``, ``2016)``,
    ``ACM, 2006: 369-376``)."""
    stated = (_SENTENCE_YEAR.search(p) for p in sentences)
    return next((int(y.group(1)) for y in stated if y is not None), None)


def reference_venue(rest: str) -> VenueYear | None:
    """The venue and year the ``rest`` of a reference states after its title
    (``Proceedings of the 23rd ICML. ACM, 2006: 369-376.``, ``IEEE Transactions on
    Evolutionary Computation, 2019.``: one no alias knows kept as written), or None."""
    found = venue_year_in(rest)
    if found is not None and found[0].venue is not None:
        if found[0].year is None:
            # (``Proceedings of the 23rd ICML. ACM, 2006: 369-376.``: the year a sentence of
            # its own, the pages after it)
            year = _sentence_year(_sentences(rest))
            return VenueYear(found[0].venue, year, found[0].raw)
        return found[0]
    # ``arXiv preprint arXiv:1904.02225 (2019).``: the identifier is no part of the name
    sentences = _sentences(ARXIV_ID.sub(" ", rest))
    year = _sentence_year(sentences)
    name = PROCEEDINGS.sub("", sentences[0]) if sentences else ""
    name = _PAGES.split(name, maxsplit=1)[0].strip()  # (``EMNLP, pages 724–731``)
    # (``Speech Communication 108: 15-32``, ``CoRR abs/``: DBLP's volume and pages)
    name = _DBLP_TAIL.sub("", name).strip()
    # (``In Advances in Neural Information Processing Systems``, ``Neural Networks, 16``:
    # the venue without the word before it or the volume after it)
    name = _VOLUME_AFTER.sub("", _IN_BEFORE.sub("", name, count=1))
    known = split_venue_year(name) if name else None
    if known is not None and known.venue is not None:
        return VenueYear(known.venue, known.year or year, name)
    if _REFERENCE_VENUE.fullmatch(name) and name != str(year):
        # The sentence after the title is the venue's: one no alias knows, as written
        # (``IEEE Robotics and Automation Letters``).
        return VenueYear(name, year, name)
    return VenueYear(None, year, str(year)) if year is not None else None


def _reference(title: str, names: list[str], rest: str, after: list[Segment]) -> Draft:
    """The draft of a reference: its title, authors, the venue and year the ``rest`` of its
    text states, and the links ``after`` its title."""
    draft = Draft(title=title.strip().rstrip(".").strip(), authors=names, shape="text-title")
    draft.venue = reference_venue(rest)
    for seg in after:
        if seg.kind == "link" and seg.href:
            shown = seg.style == "inline" and seg.text != seg.href
            draft.links.append(
                LinkDraft(
                    href=str(seg.href), style=str(seg.style), label=seg.text if shown else None
                )
            )
    return draft


#: A journal's or conference's name as a reference writes it after the title: capitalised
#: words (a few joined by "and", "on", "of", "&", ":"), no digits.
_REFERENCE_VENUE = re.compile(
    r"[A-Z](?:[^\W\d_]|[&:'’-])*(?:[ \t]{1,3}(?:[^\W\d_]|[&:'’-])+){0,11}"
)

#: ``2016``, ``2016)``, ``Springer, Cham, 2016``: the year that ends a sentence of a
#: reference.
_SENTENCE_YEAR = re.compile(r"(?:^|[ \t,])((?:19|20)\d\d)\)?(?::\s{0,2}\d[\d–-]{0,12})?$")
