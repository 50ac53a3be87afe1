"""PTM102 duplicate-title: one normalised title on entries that share no link, and what
makes two such entries two works (two papers, two kinds, two sites, two result tables).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from awesome_ptm.errors import ConfigError
from awesome_ptm.findings import Finding, Related
from awesome_ptm.identity import paper_identifier
from awesome_ptm.model import Link
from awesome_ptm.rules._base import Context, Rule, normalized_title
from awesome_ptm.rules.duplicates._index import (
    MIN_TITLE_LENGTH,
    EntrySite,
    identity_data,
    is_name_title,
    label_key,
    link_index,
    title_index,
)
from awesome_ptm.rules.duplicates._places import (
    SCOPE_NOTES,
    heading_above,
    location,
    quoted,
    title_span,
)
from awesome_ptm.rules.duplicates._similarity import WORD, fuzzy_form


class DuplicateTitle(Rule):
    """The same title listed twice under different links.

    ## What it does
    Reports entries whose normalised titles (case, full/half width, 《》 and quotes, spacing
    and edge punctuation folded) are equal while they share no link: different primary
    links, or no link on one or both. Entries that share a link are
    ``duplicate-url``'s business, bare-URL entries have no title, and titles shorter than
    8 characters are too generic to tell. Two entries that link different ids of one kind
    (two arXiv ids) are two papers that happen to share a title, and a post and a video
    (main links of different kinds) are two works, and so are two web pages on two sites
    whose addresses do not both spell out the title (a book and the course named after
    it). A title of fewer than
    four words (or eight CJK
    characters) is a name — ``Albert-base``, ``Homepage``, ``Qwen 2.5`` — that different
    resources share: such entries are duplicates only through a shared identity link, which
    duplicate-url reports.

    A short name is still a duplicate in one section when it is one word and both entries'
    main links spell it out whole: ``[dateutil](https://pypi.python.org/pypi/python-dateutil)``
    and, a few items below, ``[dateutil](https://github.com/dateutil/dateutil)`` are one
    project's package page and repository (not "Deep Learning", two books; not two
    ``BERT-base`` download links; not a fork, ``mysqlclient-python``, of the project named).

    Two paper entries (or one-word names) in one section are an **error**; in another
    section of the same file, a cross-listing: a **warning**, and none at all with
    ``allow-cross-listing = true`` in ``[tool.awesome-ptm.rules.duplicate-title]``; in
    another file, or when either is an article or a talk (often cross-posted on purpose),
    a **warning**.

    ## Why is this bad
    Usually one paper or article entered twice (from two sources, or in two sections); the
    copies drift apart, and one of them often lacks the link or the venue.

    ## Example
    ```markdown
    | 《ALBERT: A Lite BERT for Self-supervised Learning of Language Representations》 | ICLR2020 |
    | 《ALBERT: A Lite BERT for Self-supervised Learning of Language Representations》 | 2019 |
    ```

    ## Fix
    Merge the entries into one and keep the best link; if they really are different
    resources (an article cross-posted under two links), say so in the title.
    """

    code = "PTM102"
    name = "duplicate-title"
    severity = "error"

    def check_corpus(self, context: Context) -> Iterable[Finding]:
        allow_cross = context.options(self).get("allow-cross-listing", False)
        if not isinstance(allow_cross, bool):
            raise ConfigError(
                f"rules.{self.name}.allow-cross-listing: {allow_cross!r} is not true or false"
            )
        found: list[Finding] = []
        for key, group in title_index(context).by_title.items():
            if len(group) < 2 or is_name_title(key):
                continue
            first = group[0]
            shared = set(first.keys)
            for later in group[1:]:
                if (
                    not later.keys & shared
                    and not _different_papers(later, first)
                    and not _different_kinds(later, first)
                    and not _results_in_two_tables(later, first)
                    and not _named_alike(later, first)
                ):
                    cross = later.document is first.document and not _same_section(later, first)
                    if not (cross and allow_cross):
                        found.append(
                            self._finding(
                                later,
                                first,
                                _same_section(later, first) and not _article(later, first),
                                cross=cross,
                            )
                        )
                shared |= later.keys
        found.extend(self._names_in_one_section(context))
        found.sort(key=lambda f: (f.path, f.line))
        return found

    def _names_in_one_section(self, context: Context) -> Iterator[Finding]:
        """Entries named alike (a short name: ``dateutil``, ``beets``) in one section under
        two links that both spell out the name (``pypi.org/project/python-dateutil`` and
        ``github.com/dateutil/dateutil``): one project listed twice."""
        groups: dict[tuple[str, tuple[str, ...], int, str], list[EntrySite]] = {}
        labels = identity_data().labels
        for site in link_index(context).entries:
            entry = site.entry
            if entry.shape == "bare-url" or entry.primary_link is None:
                continue
            key = normalized_title(entry.title)
            if not key or not (len(key) < MIN_TITLE_LENGTH or is_name_title(key)):
                continue  # a descriptive title: the main pass's
            if label_key(entry.title) in labels:
                continue  # "Code", "Paper", "Homepage": a label, not a name
            place = (site.document.path, tuple(entry.section), heading_above(site), key)
            groups.setdefault(place, []).append(site)
        for (_, _, _, key), group in groups.items():
            for at, later in enumerate(group[1:], start=1):
                first = next(
                    (
                        other
                        for other in group[:at]
                        # A shared identity link is duplicate-url's; a link both mention
                        # (MusicBrainz, in two descriptions) says nothing.
                        if not other.identity & later.identity and _spelled_out(other, later, key)
                    ),
                    None,
                )
                if first is not None and not _different_papers(later, first):
                    yield self._finding(later, first, True, note=" in the same section")

    def _finding(
        self, later: EntrySite, first: EntrySite, sure: bool, *, cross: bool = False, note: str = ""
    ) -> Finding:
        entry = later.entry
        mine, theirs = entry.primary_link, first.entry.primary_link
        if mine is not None and theirs is not None:
            how = " under a different link"
        elif theirs is not None:
            how = " (there with a link, here without)"
        elif mine is not None:
            how = " (there without a link)"
        else:
            how = ""
        column, end_column = title_span(later.document, entry)
        return self.finding(
            later.document,
            entry.source.line,
            f"duplicate title {quoted(entry.title)}: also at {location(first)}{how}{note}"
            + (SCOPE_NOTES["section-cross"].replace("duplicate-url", self.name) if cross else ""),
            column=column,
            end_column=end_column,
            related=[Related(first.document.path, first.entry.source.line, "first listed here")],
            severity=None if sure else "warning",
        )


def _spelled_out(a: EntrySite, b: EntrySite, key: str) -> bool:
    """Whether ``key`` is one word (a project's name: ``dateutil``, ``mysql-python``; not
    "Deep Learning", which two books share) and both entries' main links spell it out
    whole: a project's package page and its repository (``pypi.org/…/python-dateutil``,
    ``github.com/dateutil/dateutil``). Two checkpoints named "BERT-base" linking two download
    folders do not, nor a fork (``mysqlclient-python``) of the project it names."""
    if len(key.split()) != 1:
        return False
    form = fuzzy_form(key)
    if len(form) < 3:
        return False
    mine, theirs = a.entry.primary_link, b.entry.primary_link
    return (
        mine is not None
        and theirs is not None
        and form in fuzzy_form(mine.url.casefold())
        and form in fuzzy_form(theirs.url.casefold())
    )


def _paper_ids(site: EntrySite) -> dict[str, set[str]]:
    ids: dict[str, set[str]] = {}
    for link in site.entry.links:
        found = paper_identifier(link.url)
        if found is not None:
            ids.setdefault(found.scheme, set()).add(found.value.lower())
    return ids


def _different_papers(a: EntrySite, b: EntrySite) -> bool:
    """Whether two entries link different ids of one scheme (two arXiv ids): two papers
    that share a title ("Diffusion Models in NLP: A Survey", by two teams)."""
    mine, theirs = _paper_ids(a), _paper_ids(b)
    return any(scheme in theirs and not ids & theirs[scheme] for scheme, ids in mine.items())


def _different_kinds(a: EntrySite, b: EntrySite) -> bool:
    """Whether the two entries' main links are of different kinds (a post and a talk that
    share a title, "What are Diffusion Models?"): two works."""
    mine, theirs = a.entry.primary_link, b.entry.primary_link
    return mine is not None and theirs is not None and mine.kind != theirs.kind


def _host(link: Link) -> str:
    try:
        return (urlsplit(link.canonical).hostname or "").removeprefix("www.")
    except ValueError:
        return ""


def _url_carries(url: str, key: str) -> bool:
    """Whether a URL spells out a title's words (``…/powering-search-recommendations-at-
    doordash/``, ``neuralnetworksanddeeplearning.com``)."""
    form = fuzzy_form(url.casefold())
    words = [w for w in WORD.findall(key) if len(w) > 2]
    return bool(words) and all(w in form for w in words)


def _named_alike(a: EntrySite, b: EntrySite) -> bool:
    """Whether two entries that share a title are two resources named alike: both link a
    web page (no paper, article or talk) on two different sites, and not both addresses
    spell out the title. A book and the course named after it ("Neural Networks and Deep
    Learning" at neuralnetworksanddeeplearning.com and at a university) are two works; one
    post under two addresses that both carry its title is one."""
    mine, theirs = a.entry.primary_link, b.entry.primary_link
    if mine is None or theirs is None or mine.kind != "other" or theirs.kind != "other":
        return False
    if _host(mine) == _host(theirs):
        return False
    key = normalized_title(a.entry.title)
    return not (_url_carries(mine.url, key) and _url_carries(theirs.url, key))


def _same_section(a: EntrySite, b: EntrySite) -> bool:
    return a.document is b.document and a.entry.section == b.entry.section


def _results_in_two_tables(a: EntrySite, b: EntrySite) -> bool:
    """Whether both entries are leaderboard rows (a row naming its model, titled by the paper
    it cites) in two sections: one paper cited by the result tables of two data sets."""
    return not _same_section(a, b) and all(
        site.entry.shape == "table-row" and site.entry.fields.get("model", "").strip()
        for site in (a, b)
    )


def _article(a: EntrySite, b: EntrySite) -> bool:
    """Whether either entry is an article or a video: a post and its talk, or one article
    cross-posted on two sites, share a title on purpose more often than papers do."""
    kinds = {"article", "video", "slides"}
    return any(
        site.entry.primary_link is not None and site.entry.primary_link.kind in kinds
        for site in (a, b)
    )
