"""A paper written as its authors, then its quoted title, then links that name files:
``Philipp Bergmann, Tim Meinhardt, Laura Leal-Taixe "Tracking without bells and whistles"
In Arxiv [[paper]](url)[[code]](url)``, often after the method's short name in bold
(``**DMAN** Zhu, Ji and Yang, Hua … "Online Multi-Object Tracking with …" [[paper]](url)``).
"""

from __future__ import annotations

import re

from awesome_ptm.parse._draft import Draft
from awesome_ptm.parse._inline import TAG_WORDS, Segment, plain
from awesome_ptm.parse._names import loose_names, names_at
from awesome_ptm.parse._notes import is_generic_label, labels_for_rest
from awesome_ptm.parse._rest import finish
from awesome_ptm.venues import VenueYear

#: A quoted title: straight or curly double quotes around its words; the closing
#: punctuation of the title may sit inside or outside the quotes (the citation readers of
#: ``_quoted`` use it too).
QUOTED_TITLE = re.compile(r"[\"“]\s*([^\"“”]{4,400}?)\s*[.,]?\s*[\"”]")
#: A year a citation states (``(2014)``, ``2015.``, ``NIPS. 2015``, ``IEEE, 2024.``).
CITED_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-3]\d)(?!\d)")
#: The fewest words of a quoted title.
_TITLE_WORDS = 3


def names_quoted_title(segs: list[Segment], first_link: int | None) -> Draft | None:
    """The draft of a line of names then a quoted title before its first link (a bold short
    name before the names is the paper's alias), every link only naming a file (``[paper]``,
    ``[code]``); None for any other line."""
    if first_link is None or first_link == 0:
        return None
    lead = segs[:first_link]
    if not any('"' in s.text or "“" in s.text for s in lead):
        return None  # (a cheap test first: most lines quote nothing)
    if not all(is_generic_label(s.text.strip("[]() ")) for s in segs if s.kind == "link"):
        return None
    alias: str | None = None
    if lead[0].kind == "strong":
        alias = lead[0].text.strip().rstrip(":：").strip()
        if not alias or len(alias.split()) > TAG_WORDS:
            return None
        lead = lead[1:]
    if not lead or any(s.kind != "text" for s in lead):
        return None
    text = plain(lead).lstrip(" :：")
    quoted = QUOTED_TITLE.search(text)
    if quoted is None or len(quoted.group(1).split()) < _TITLE_WORDS:
        return None
    written = text[: quoted.start()].strip().rstrip(",").strip()
    authors = _authors(written)
    if authors is None:
        return None
    draft = Draft(
        title=" ".join(quoted.group(1).split()),
        shape="text-title",
        authors=authors,
        aliases=[alias] if alias else [],
    )
    told = [Segment("text", text[quoted.end() :]), *segs[first_link:]]
    draft.links = labels_for_rest(told, None)
    draft = finish(draft, told, set())
    years = CITED_YEAR.findall(text[quoted.end() :])
    if years and (draft.venue is None or draft.venue.year is None):
        # ``"Title." In 2024 5th International Conference …, pp. 1-6. IEEE, 2024.``: the
        # year closing the citation, whatever its venue
        venue = draft.venue.venue if draft.venue is not None else None
        draft.venue = VenueYear(venue, int(years[-1]), years[-1])
    return draft


def _authors(written: str) -> list[str] | None:
    """The names before the quoted title; ``[]`` when they are names written surname
    first (``Zhu, Ji and Yang, Hua``: not split here), None when the text is no names."""
    named = names_at(written, "several")
    if named:
        return named
    loose = loose_names(written)
    if loose is None or not all(w[:1].isupper() for name in loose for w in name.split()):
        return None
    # (``P Emami,PM Pardalos``: names; ``Zhu, Ji and Yang, Hua``: one-word parts, surnames
    # and given names apart, not a name each)
    return loose if all(len(name.split()) > 1 for name in loose) else []
