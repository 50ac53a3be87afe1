"""The parts of an item's head around its title: a link label the space broke off a bare
URL, the name after a bracketed link, a language tag closing a link's title, emphasised
names after a title, and a venue and date written after a quoted title."""

from __future__ import annotations

import re

from awesome_ptm.parse._dated import venue_with_date
from awesome_ptm.parse._inline import Segment, plain
from awesome_ptm.parse._leading_marker import leading_marker
from awesome_ptm.parse._names import names_at
from awesome_ptm.parse._notes import SEPARATORS, is_generic_label
from awesome_ptm.parse._vocabulary import is_language_tag
from awesome_ptm.titles import CJK_CHAR, unwrap_title_brackets
from awesome_ptm.venues import VenueYear, canonical_venue

#: ``Title, O. Levy et al. [[pdf]] (https://…)``: a link label left in brackets before a
#: bare URL (the space broke the Markdown link). Anchored at the end of a short tail.
_DANGLING_LABEL = re.compile(r"\[\[?\s{0,3}([^\[\]]{1,24}?)\s{0,3}\]\]?\s{0,3}[(（]?\s{0,3}$")


def without_dangling_label(head: str) -> str:
    tail = head[-40:]
    found = _DANGLING_LABEL.search(tail)
    if found is None or not is_generic_label(found.group(1)):
        return head
    if canonical_venue(found.group(1)) is not None:
        return head  # ``Title [arXiv] https://…``: the bracket names the venue
    return head[: len(head) - len(tail) + found.start()]


def after_bracketed_link(
    segs: list[Segment], first: int | None, opening: str = "["
) -> tuple[str, int] | None:
    """The name written after a link in brackets (``[[官方网站](url)] 文心一言``, or after
    several: ``[[CVPR](url)] [[code](url)] PointNet: …``) and the index of its segment, or
    None. ``opening`` is the text before the first link (a marker before its bracket may
    have been read off it: see :func:`marker_before_bracketed_link`)."""
    if first is None or plain(segs[:first]).strip() != opening:
        return None
    found: tuple[str, int] | None = None
    index = first
    while index + 1 < len(segs):
        nxt = segs[index + 1]
        if nxt.kind != "text" or not nxt.text.lstrip().startswith("]"):
            break
        rest = nxt.text.lstrip()[1:]
        written = rest.strip().strip(SEPARATORS).strip()
        if found is None:
            # (a bracket alone, ``\[[官方网站](url)]   \[[Github](url)]``: no name here; the
            # caller may find it in the heading)
            found = (written, index + 1) if written else None
        # (``PointNet: … [[code](url)]``: the bracket opening the next link is not the name's)
        name = written.rstrip("[(（").strip()
        if rest.strip() == "[" and index + 2 < len(segs) and segs[index + 2].kind == "link":
            index += 2  # ``[[IROS](url)] [[Tensorflow](url)]3DmFV: …``: more bracketed links
            continue
        if name and any(ch.isalnum() for ch in name):
            return name, index + 1
        break
    return found


#: ``[CVPR'21] [``: a bracketed marker, then the bracket opening a link's (the text before it).
_MARKER_THEN_BRACKET = re.compile(r"\s{0,3}(?P<marker>\[[^\[\]\n]{2,40}\])\s{0,3}\[\s{0,2}")


def marker_before_bracketed_link(
    segs: list[Segment], first: int | None
) -> tuple[tuple[VenueYear, str, str], str, int] | None:
    """``[CVPR'21] [[**GH-Feat**](url)] Generative Hierarchical Features …``: a venue and
    year in brackets, then a short name's link in brackets and the paper's title after it.
    Returns what the marker says (read as a marker before that title: see
    :func:`~awesome_ptm.parse._leading_marker.leading_marker`), the title and the index of
    its segment; None when the text before the link is not such a marker or no title
    follows."""
    if first is None:
        return None
    found = _MARKER_THEN_BRACKET.fullmatch(plain(segs[:first]))
    if found is None:
        return None
    after = after_bracketed_link(segs, first, plain(segs[:first]).strip())
    if after is None:
        return None
    marker = leading_marker(f"{found.group('marker')} {after[0]}")
    if marker is None:
        return None
    return marker, after[0], after[1]


#: ``Title (EN)``: a bracket closing a link's title (see :func:`without_language_tag`).
_LAST_BRACKET = re.compile(r"\s{0,3}[(（]([^()（）]{1,16})[)）]$")


def without_language_tag(text: str) -> str:
    """``LLM-RL-Visualized (EN)`` → ``LLM-RL-Visualized``: a language tag after a link's
    title names the version the link opens, not the resource."""
    title = unwrap_title_brackets(text)
    found = _LAST_BRACKET.search(title)
    if found is None or found.start() == 0 or not is_language_tag(found.group(1)):
        return title
    return title[: found.start()].rstrip()


def emphasised_names(segs: list[Segment], stop: int) -> tuple[int, list[str]] | None:
    """``Title - *Kaiming He, Xiangyu Zhang*, CVPR 2016``: an emphasised list of names after
    a title written as text and a separator. Returns the emphasis' index and the names."""
    for index in range(1, stop):
        seg = segs[index]
        if seg.kind != "em":
            continue
        before = plain(segs[:index]).rstrip()
        if len(before.split()) < 2 or before[-1:] not in ("-", "–", "—", ",", ".", ":", ";"):
            return None
        names = names_at(seg.text, "several")
        if names is None and _YEAR_AHEAD.search(plain(segs[index + 1 : stop])):
            # ``Baby steps in evaluating … models. _Michael C. Frank_ Nature Reviews
            # Psychology 2023.``: one author, then the venue and year of the citation
            names = names_at(seg.text, "medium")
        return None if names is None else (index, names)
    return None


#: A year ahead in the citation (after one emphasised name, its venue's year).
_YEAR_AHEAD = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def written_venue_date(segs: list[Segment]) -> tuple[VenueYear, str] | None:
    """``", NeurIPS, Feb 2022. [[Paper](url)]``: the venue and date written (not emphasised)
    after a quoted title, before its first link."""
    first = next((i for i, s in enumerate(segs) if s.kind in ("link", "em")), len(segs))
    text = plain(segs[:first]).strip(" ,.;[(")
    return venue_with_date(text, cited=True) if text else None


#: ``LlamaIndex, data framework for your LLM application``: a short name, a comma, then a
#: description in lower case.
_NAME_COMMA_DESCRIPTION = re.compile(r"(?P<name>[^,，\n]{1,40}),[ \t](?P<rest>[a-z][^\n]{10,400})")
#: ``microtasks, queues and schedules`` after ``Tasks,``: the rest of a series of nouns
#: (commas, then "and" before the last one), which goes on with the name, no description.
_SERIES_REST = re.compile(r"[^,]{1,40}(?:,[ \t][^,]{1,40})*,?[ \t](?:and|or|&)[ \t][^,]{1,40}")
#: The most words such a series has.
_SERIES_WORDS = 8
#: The most words the name before such a description has.
_NAME_WORDS = 4
#: The fewest words the description has.
_DESCRIPTION_WORDS = 3


def name_and_description(text: str) -> tuple[str, str] | None:
    """``[Langchain, building applications with LLMs through composability](url)``: a link
    text that is a name and a description: the two, or None (``Deep Learning: a Survey``,
    ``Look, Listen and Learn``: the words after a comma go on in capitals; ``Tasks,
    microtasks, queues and schedules``: a series)."""
    found = _NAME_COMMA_DESCRIPTION.fullmatch(text.strip())
    if found is None:
        return None
    name, rest = found.group("name").strip(), found.group("rest").strip()
    words = name.split()
    if len(words) > _NAME_WORDS or len(rest.split()) < _DESCRIPTION_WORDS:
        return None
    if len(rest.split()) <= _SERIES_WORDS and _SERIES_REST.fullmatch(rest) is not None:
        return None  # (``Tasks, microtasks, queues and schedules``: one title)
    # (a name's words are capitalised: ``On ray casting, ray tracing and the like`` is a title)
    return (name, rest) if all(not w[0].islower() for w in words) else None


#: ``wepy-wechat-demo：基于wepy开发的…``: a repository's slug (a dash or underscore in it), a
#: colon, a description.
_NAME_COLON = re.compile(
    r"(?P<name>[A-Za-z0-9][A-Za-z0-9_.]{0,30}[-_][A-Za-z0-9_.-]{1,30})[ \t]{0,2}"
    r"(?P<colon>：|:[ \t])[ \t]*"
    r"(?P<rest>\S.*)"
)


def name_colon_description(text: str) -> tuple[str, str] | None:
    """``[wepy-wechat-demo：基于wepy开发的仿微信聊天界面小程序](url)``, ``[huofanr-wx: wepy + sass
    搭建的微信小程序](url)``: a link text of a repository's name, a colon and a description,
    the colon full-width or the description in Chinese: the two, or None (``BERT: Pre-training
    of …`` and ``Go知识点：Go Module包管理器`` are one title each)."""
    found = _NAME_COLON.fullmatch(text.strip())
    if found is None:
        return None
    rest = found.group("rest").strip()
    if found.group("colon") != "：" and not CJK_CHAR.search(rest):
        return None
    return found.group("name"), rest


#: The fewest names that open an unmarked citation (one name could be a title's first words).
_LEADING_NAMES = 2
#: The fewest words the title after the names has.
_TITLE_AFTER_NAMES_WORDS = 3
#: Where names may end: a comma, a colon, or a full stop after a word (not an initial's:
#: ``Fernando C.N. Pereira: Conditional Random Fields``, ``Stefan Lee. ViLBERT: …``).
_NAMES_END = re.compile(r",|:|(?<=[a-z])\.(?=\s)")
#: How far into the head the names may run, and how many commas they may hold (a long
#: description with many commas is no citation; this bounds the work on one).
_NAMES_SPAN = 400
_NAMES_MAX = 16


#: ``🔥 Hui et al, Qwen2.5-Coder Technical Report``: a marker perhaps, a surname, "et al",
#: a comma.
_ET_AL_FIRST = re.compile(
    r"[^\w\s]{0,3}\s{0,2}(?P<name>[A-Z][\w'’-]{1,30}(?: [A-Z][\w'’-]{1,30})?) et al\.?,\s+(?=\S)"
)


def names_first(head: str) -> tuple[list[str], str] | None:
    """``Kai Arulkumaran, Marc Peter Deisenroth, Miles Brundage, A Brief Survey of Deep
    Reinforcement Learning (IEEE Signal Processing Magazine 2017)``, ``Richard Sutton and
    Andrew Barto, Reinforcement Learning: An Introduction``: two or more people's names,
    a comma, then the title (not marked by bold, italics or quotes). The names and the rest
    of the head, or None. The longest run of names is taken whose rest still reads as a
    title of three or more words."""
    first_et_al = _ET_AL_FIRST.match(head)
    if first_et_al is not None:
        # ``Gunasekar et al, Textbooks are all you need, 2023.``: the first author's
        # surname, then the title
        rest = head[first_et_al.end() :].strip()
        if len(rest.split()) >= _TITLE_AFTER_NAMES_WORDS:
            return [first_et_al.group("name")], rest
    if not head[:1].isupper():
        return None
    cuts = [m.start() for m in _NAMES_END.finditer(head, 0, _NAMES_SPAN)][:_NAMES_MAX]
    for cut in reversed(cuts):
        rest = head[cut + 1 :].strip()
        if len(rest[:_NAMES_SPAN].split()) < _TITLE_AFTER_NAMES_WORDS or not (
            rest[:1].isupper() or rest[:1].isdigit()
        ):
            continue  # (``…, and Ruslan Salakhutdinov``: the names go on)
        if canonical_venue(rest[:_NAMES_SPAN].partition(",")[0].strip(" .")) is not None:
            continue  # (``…, Prioritized Experience Replay, ArXiv, 2015``: the title is no name)
        if len(rest) <= _NAMES_SPAN and names_at(rest.strip(" ."), "medium") is not None:
            continue  # (``…, Louis-Philippe Morency, and Ruslan Salakhutdinov``: more names)
        names = names_at(head[:cut].strip(), "several")
        if names is not None and len(names) >= _LEADING_NAMES:
            return names, rest
    return None
