"""Column roles: what a table's header says each column holds (``data/columns.yaml``)."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from awesome_ptm.datafiles import load_data

# Emphasis and code marks around a header ("**Paper**", "`Code`"), stripped before lookup.
_MARKS = "*_`~ \t\u3000"
# Where a header splits into parts that may each name the role: "资源名（Name）", "Paper /
# Source", "作者、机构".
_PARTS = re.compile(r"[()（）/|,，、&+]|\band\b")
_WORDS = re.compile(r"[a-z]+")
#: The fewest letters of a header read through a misspelling (``Titile``; not ``Nme``).
_MISSPELT_MIN = 5


@dataclass(frozen=True, slots=True)
class ColumnWords:
    """The synonyms of columns.yaml, in the shapes they are looked up in."""

    #: folded synonym -> role
    exact: dict[str, str]
    #: roles a header may get from one of its words
    partial: frozenset[str]
    #: (folded synonym, role) of the partial roles, longest first, for suffix matching
    suffixes: tuple[tuple[str, str], ...]
    title_fallback: tuple[str, ...]
    lead_only_fallback: frozenset[str]
    weak_title: dict[str, str]
    #: folded header -> role, when it is the whole header
    whole_header_only: dict[str, str]
    model_catalogue_roles: frozenset[str]
    link_kind_roles: frozenset[str]
    never_title: frozenset[str]
    resource_roles: frozenset[str]
    non_entry_roles: frozenset[str]
    venue_labels: frozenset[str]
    title_last_words: frozenset[str]
    venue_if_read: frozenset[str]
    short_names: frozenset[str]
    full_titles: frozenset[str]
    named_resources: frozenset[str]
    field_table_keys: frozenset[str]
    field_table_values: frozenset[str]
    weak_venues: frozenset[str]
    #: folded words a header may miss by one edit and still name their column
    misspelt: frozenset[str]


def fold(text: str) -> str:
    """The form under which headers and synonyms are compared."""
    text = unicodedata.normalize("NFKC", text).strip(_MARKS)
    # (``model_name`` is ``model name``)
    return " ".join(text.rstrip(":：").strip(_MARKS).casefold().replace("_", " ").split())


@functools.cache
def column_words() -> ColumnWords:
    """The column vocabulary, read on first use."""
    data = load_data("columns.yaml")
    exact: dict[str, str] = {}
    for role, words in data["roles"].items():
        for word in words:
            exact.setdefault(fold(str(word)), str(role))
    partial = frozenset(str(r) for r in data["partial"])
    suffixes = tuple(
        sorted(
            ((w, r) for w, r in exact.items() if r in partial),
            key=lambda item: (-len(item[0]), item[0]),
        )
    )
    return ColumnWords(
        exact=exact,
        partial=partial,
        suffixes=suffixes,
        title_fallback=tuple(str(r) for r in data["title_fallback"]),
        lead_only_fallback=frozenset(str(r) for r in data["lead_only_fallback"]),
        weak_title={fold(str(w)): str(role) for w, role in data["weak_title"].items()},
        whole_header_only={
            fold(str(w)): str(role) for w, role in data["whole_header_only"].items()
        },
        model_catalogue_roles=frozenset(str(r) for r in data["model_catalogue_roles"]),
        link_kind_roles=frozenset(str(r) for r in data["link_kind_roles"]),
        never_title=frozenset(str(r) for r in data["never_title"]),
        resource_roles=frozenset(str(r) for r in data["resource_roles"]),
        non_entry_roles=frozenset(str(r) for r in data["non_entry_roles"]),
        venue_labels=frozenset(fold(str(w)) for w in data["venue_labels"]),
        title_last_words=frozenset(fold(str(w)) for w in data["title_last_words"]),
        venue_if_read=frozenset(fold(str(w)) for w in data["venue_if_read"]),
        short_names=frozenset(fold(str(w)) for w in data["short_names"]),
        full_titles=frozenset(fold(str(w)) for w in data["full_titles"]),
        named_resources=frozenset(fold(str(w)) for w in data["named_resources"]),
        field_table_keys=frozenset(fold(str(w)) for w in data["field_table_keys"]),
        field_table_values=frozenset(fold(str(w)) for w in data["field_table_values"]),
        weak_venues=frozenset(fold(str(w)) for w in data["weak_venues"]),
        misspelt=frozenset(fold(str(w)) for w in data["misspelt"]),
    )


def field_table(headers: list[str]) -> bool:
    """Whether a table's header is a card of fields' (``| Property | Value |``): two
    columns, a key's and a value's (``field_table_keys``, ``field_table_values``)."""
    if len(headers) != 2:
        return False
    words = column_words()
    key, value = (fold(header) for header in headers)
    return key in words.field_table_keys and value in words.field_table_values


@functools.lru_cache(maxsize=4096)  # asked for every link's text: "pdf", "code", titles
def exact_role(text: str) -> str | None:
    """The role a header (or a link's text) names exactly, if any: ``Paper`` → ``paper``."""
    return column_words().exact.get(fold(text))


@functools.lru_cache(maxsize=1024)
def header_role(header: str) -> str | None:
    """The role of a column from its header cell, or None when the header says nothing we
    know. Exact synonyms first, then the header's parts (``资源名（Name）``), then, for the
    roles that allow it, one of its English words (``training code``) or the synonym a
    Chinese header ends with (``发布时间``)."""
    words = column_words()
    folded = fold(header)
    if not folded:
        return None
    found = words.exact.get(folded) or words.whole_header_only.get(folded)
    if found is not None:
        return found
    parts = [fold(p) for p in _PARTS.split(folded) if fold(p)]
    for part in parts:
        found = words.exact.get(part)
        if found is not None:
            return found
    for part in parts:
        # The last word names the thing in English ("training code", "release time"),
        # then any word ("code link").
        tokens = _WORDS.findall(part)
        if part.isascii() and tokens and tokens[-1] in words.title_last_words:
            return "title"  # ``Course Name``, ``Paper Title``: the name of each row's thing
        for token in [*tokens[::-1]]:
            role = words.exact.get(token)
            if role is not None and role in words.partial:
                return role
        if not part.isascii():
            for synonym, role in words.suffixes:
                if not synonym.isascii() and part.endswith(synonym):
                    return role
    return _misspelt_role(folded, words)


def _misspelt_role(folded: str, words: ColumnWords) -> str | None:
    """The role of the ``misspelt`` word that ``folded`` misses by one letter added, dropped,
    changed or two swapped (``titile``, ``tilte``)."""
    if not folded.isalpha() or not folded.isascii() or len(folded) < _MISSPELT_MIN:
        return None
    for word in sorted(words.misspelt):
        if OSA.distance(folded, word, score_cutoff=1) <= 1:
            return words.exact.get(word)
    return None


def assign_roles(headers: list[str]) -> list[str]:
    """The role of each column, unique per table: a header we do not know, or a second
    column of a role already taken, is ``column-N`` (1-based). Without a title column, the
    first column of a ``title_fallback`` role (``paper``) holds the title; in a catalogue of
    models (a checkpoints column) the model column does."""
    words = column_words()
    roles: list[str] = []
    taken: set[str] = set()
    named = [header_role(header) for header in headers]
    for index, role in enumerate(named):
        if role is None or role in taken:
            role = f"column-{index + 1}"
        roles.append(role)
        taken.add(role)
    if "title" in taken:
        at = roles.index("title")
        later = next(
            (
                i
                for i in range(at + 1, len(headers))
                if fold(headers[i]) in words.full_titles and named[i] == "title"
            ),
            None,
        )
        if fold(headers[at]) in words.short_names and later is not None:
            # ``| Name | Title | Publication |``: the title column names the entry, the name
            # column its short name
            roles[at], roles[later] = "alias", "title"
    if "venue" in taken and fold(headers[roles.index("venue")]) in words.weak_venues:
        at = roles.index("venue")
        later = next((i for i, role in enumerate(named) if i != at and role == "venue"), None)
        held = roles.index("title") if "title" in taken else None
        weak = words.weak_title.get(fold(headers[held])) if held is not None else None
        if later is not None and (held is None or weak is not None):
            # ``| Publication | Venue | Year | Resource |``: the works, then their venues
            # (``| Title | Publication | Venue |``: the title column names the works)
            roles[later] = "venue"
            if held is not None and weak is not None:
                roles[held] = weak if weak not in taken else f"column-{held + 1}"
            roles[at] = "title"
            taken.add("title")
        elif later is not None:
            roles[later], roles[at] = "venue", f"column-{at + 1}"
    if "title" in taken and "paper" in taken:
        at = roles.index("title")
        beside = words.weak_title.get(fold(headers[at]))
        if beside is not None:
            # ``| Paper | Publication | Resource |``: the resource column holds links
            roles[at] = beside if beside not in taken else f"column-{at + 1}"
            taken.discard("title")
    if "title" not in taken:
        fallbacks = words.title_fallback
        links_column = "paper" in taken and _names_link_kinds(headers[roles.index("paper")])
        if (taken & words.model_catalogue_roles or links_column) and "model" in fallbacks:
            fallbacks = ("model", *(role for role in fallbacks if role != "model"))
        for fallback in fallbacks:
            if fallback in taken:
                at = roles.index(fallback)
                if at > 0 and fallback in words.lead_only_fallback:
                    continue
                roles[at] = "title"
                break
    if roles[:1] == ["venue"] and "title" not in roles and "date" in roles:
        # ``Conference | Location | Date``: a table of events (talks' recordings), each
        # named in its first column
        roles[0] = "title"
    return roles


def _names_link_kinds(header: str) -> bool:
    """Whether a paper column's header names other kinds of links too (``Paper/ Project /
    Code``): its cells are links, not the papers' titles."""
    words = column_words()
    parts = [part for part in map(fold, _PARTS.split(fold(header))) if part]
    return any(words.exact.get(part) in words.link_kind_roles for part in parts)


def title_stands_for(headers: list[str], roles: list[str]) -> str | None:
    """``model`` when :func:`assign_roles` made a model column the title column (the table
    has no title or paper column): its rows name models, and two models of one paper are two
    entries. None otherwise (a paper column standing in for the title names the paper)."""
    if "title" not in roles or roles.index("title") >= len(headers):
        return None
    original = header_role(headers[roles.index("title")])
    return original if original == "model" else None


def holds_entries(roles: list[str], any_link: bool, titled_link: bool = False) -> bool:
    """Whether a table with these column roles lists entries: not a log or a credits table,
    and not a table of facts (no resource column and no link in any row). ``titled_link``:
    some row links a work by its title (three words or more)."""
    words = column_words()
    if any(role in words.non_entry_roles for role in roles):
        return False
    if (
        roles[:1] == ["venue"]
        and not titled_link
        and not any(r in words.resource_roles - {"venue"} for r in roles)
    ):
        # ``| Venue | 2024-2020 | before 2020 |``: an index of venues (their proceedings by
        # year), not a table of the works in them (``| Venue | | |`` over ``| TKDE'25 |
        # [Graph Condensation: A Survey](url) |`` is one of works)
        return False
    return any_link or any(role in words.resource_roles for role in roles)


def may_be_title(role: str) -> bool:
    """Whether a cell of this column may give the entry's title when the table has no title
    column (never a date, a status or a row number)."""
    return role not in column_words().never_title


def names_venue(label: str) -> bool:
    """Whether a detail line's label (``Venue:``, ``Publisher:``) says its value is the
    paper's venue."""
    words = column_words()
    folded = fold(label)
    return words.exact.get(folded) == "venue" or folded in words.venue_labels


#: ``Col.1``, ``Column 2``, ``col 3``: a header that only numbers its column.
_NUMBERED_COLUMN = re.compile(r"col(?:umn)?\s{0,2}\.?\s{0,2}\d{1,2}")


def column_group_width(headers: list[str]) -> int | None:
    """How many columns one entry of a row takes when a table sets several side by side:
    a header repeated (``| Name | Institution | Name | Institution |``: two, ``| software |
    software | software |``: one), or headers that only number their columns (``| Col.1 |
    Col.2 | Col.3 |``, a grid: one). None for any other table."""
    folded = [fold(header) for header in headers]
    if len(folded) >= 2 and all(_NUMBERED_COLUMN.fullmatch(text) for text in folded):
        return 1
    for width in range(1, len(folded) // 2 + 1):
        if (
            len(folded) % width == 0
            and any(folded[:width])
            and all(text == folded[at % width] for at, text in enumerate(folded))
        ):
            return width
    return None
