"""The venue tables (``data/venues.yaml``), loaded and checked once, on first use."""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from awesome_ptm.datafiles import load_data

#: The years we accept anywhere. Older or later four-digit numbers are not years.
MIN_YEAR = 1950
MAX_YEAR = 2035

#: How a venue may be recognised in running text (see the comment atop venues.yaml).
TEXT_MODES = ("any", "exact", "never")

# Characters that do not distinguish one alias from another: "NAACL-HLT" is "NAACL HLT".
_KEY_IGNORED = re.compile(r"[\s.\-_:'’‘/,·‐‑–—]+")

_URL_GROUPS = frozenset({"year", "yy", "venue", "volume", "number"})


def valid_year(year: int) -> bool:
    """True for a year we accept (1950..2035)."""
    return MIN_YEAR <= year <= MAX_YEAR


def two_digit_year(yy: int) -> int | None:
    """The year a two-digit year stands for: 00..35 are 20xx, 50..99 are 19xx, others none."""
    if 0 <= yy <= MAX_YEAR - 2000:
        return 2000 + yy
    if MIN_YEAR - 1900 <= yy <= 99:
        return 1900 + yy
    return None


def fold(text: str) -> str:
    """NFKC and case folding: the form under which names are compared."""
    return unicodedata.normalize("NFKC", text).casefold()


def key(name: str) -> str:
    """The form under which venue aliases are compared: folded, separators removed."""
    return _KEY_IGNORED.sub("", fold(name))


def case_key(name: str) -> str:
    """Like :func:`key` but keeping case, for venues recognised in text only as written."""
    return _KEY_IGNORED.sub("", unicodedata.normalize("NFKC", name))


@dataclass(frozen=True, slots=True)
class UrlRule:
    """One proceedings-URL rule of ``url_rules``."""

    hosts: frozenset[str]
    path: re.Pattern[str]
    venue: str | None
    volumes: str | None
    volume_year_offset: int | None


@dataclass(frozen=True, slots=True)
class Tables:
    """Everything venues.yaml says, in the shapes the code looks things up in."""

    #: alias key -> canonical venue
    aliases: Mapping[str, str]
    #: every alias as written, with its canonical venue (for the running-text pattern)
    alias_forms: tuple[tuple[str, str], ...]
    #: canonical venue -> "any" | "exact" | "never"
    text_mode: Mapping[str, str]
    #: canonical venue -> case_key of each alias (for "exact" venues)
    exact_keys: Mapping[str, frozenset[str]]
    prefixes: tuple[str, ...]
    #: written before a year that precedes the venue ("Proceedings of the 2019 …")
    year_first_prefixes: tuple[str, ...]
    venue_words: frozenset[str]
    not_venues: frozenset[str]
    #: canonical venues that publish preprints (arXiv): a published venue beside one wins
    preprints: frozenset[str]
    #: folded qualifier -> (prefix, suffix) (see ``qualifiers`` in venues.yaml), longest first
    qualifiers: tuple[tuple[str, str, str], ...]
    #: capital letter glued to a venue's acronym -> suffix ("CVPRW": CVPR Workshop)
    glued_qualifiers: Mapping[str, str]
    acl_letters: Mapping[str, str]
    acl_overrides: tuple[tuple[str, str], ...]
    acl_slugs: Mapping[str, str]
    doi_acl_prefixes: tuple[str, ...]
    #: PMLR volume -> (venue, year)
    pmlr: Mapping[int, tuple[str, int]]
    #: (first, last, year) ranges of old papers.nips.cc paper numbers
    nips_numbers: tuple[tuple[int, int, int], ...]
    url_rules: tuple[UrlRule, ...]


class VenueDataError(ValueError):
    """venues.yaml is malformed or inconsistent."""


def _mapping(value: object, where: str) -> dict[str, object]:
    if not isinstance(value, dict) or not all(isinstance(k, str | int) for k in value):
        raise VenueDataError(f"venues.yaml: {where} must be a mapping")
    return {str(k): v for k, v in value.items()}


def _strings(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise VenueDataError(f"venues.yaml: {where} must be a list of non-empty strings")
    return list(value)


def _string(value: object, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise VenueDataError(f"venues.yaml: {where} must be a non-empty string")
    return value


def _integer(value: object, where: str) -> int:
    # bool is an int in Python; a stray "yes" in the YAML must not pass as 1.
    if isinstance(value, bool) or not isinstance(value, int):
        raise VenueDataError(f"venues.yaml: {where} must be an integer")
    return value


def _load_venues(
    data: dict[str, object],
) -> tuple[dict[str, str], list[tuple[str, str]], dict[str, str], dict[str, frozenset[str]]]:
    aliases: dict[str, str] = {}
    forms: list[tuple[str, str]] = []
    modes: dict[str, str] = {}
    exact: dict[str, frozenset[str]] = {}
    for canonical, spec in _mapping(data.get("venues"), "venues").items():
        entry = _mapping(spec, f"venues.{canonical}")
        names = [canonical, *_strings(entry.get("aliases", []), f"venues.{canonical}.aliases")]
        mode = entry.get("text", "any")
        if mode not in TEXT_MODES:
            raise VenueDataError(
                f"venues.yaml: venues.{canonical}.text must be one of {TEXT_MODES}"
            )
        modes[canonical] = str(mode)
        for name in names:
            k = key(name)
            if not k:
                raise VenueDataError(f"venues.yaml: venues.{canonical}: empty alias {name!r}")
            if aliases.get(k, canonical) != canonical:
                raise VenueDataError(
                    f"venues.yaml: alias {name!r} names both {aliases[k]!r} and {canonical!r}"
                )
            aliases[k] = canonical
            forms.append((name, canonical))
        exact[canonical] = frozenset(case_key(n) for n in names)
    return aliases, forms, modes, exact


def _load_url_rules(data: dict[str, object], venues: set[str]) -> tuple[UrlRule, ...]:
    raw_rules = data.get("url_rules")
    if not isinstance(raw_rules, list):
        raise VenueDataError("venues.yaml: url_rules must be a list")
    rules = []
    for i, item in enumerate(raw_rules):
        where = f"url_rules[{i}]"
        spec = _mapping(item, where)
        hosts = frozenset(h.lower() for h in _strings(spec.get("hosts"), f"{where}.hosts"))
        path = re.compile(_string(spec.get("path"), f"{where}.path"), re.IGNORECASE)
        if not set(path.groupindex) <= _URL_GROUPS:
            raise VenueDataError(f"venues.yaml: {where}.path: groups must be in {_URL_GROUPS}")
        venue = spec.get("venue")
        if venue is not None and _string(venue, f"{where}.venue") not in venues:
            raise VenueDataError(f"venues.yaml: {where}.venue {venue!r} is not a venue")
        volumes = spec.get("volumes")
        if volumes is not None and volumes != "pmlr":
            raise VenueDataError(f"venues.yaml: {where}.volumes must be 'pmlr'")
        offset = spec.get("volume_year_offset")
        if venue is None and volumes is None and "venue" not in path.groupindex:
            raise VenueDataError(f"venues.yaml: {where} names no venue")
        rules.append(
            UrlRule(
                hosts=hosts,
                path=path,
                venue=None if venue is None else str(venue),
                volumes=None if volumes is None else str(volumes),
                volume_year_offset=None if offset is None else _integer(offset, where),
            )
        )
    return tuple(rules)


def _load_glued(top: dict[str, object]) -> dict[str, str]:
    found: dict[str, str] = {}
    for letter, suffix in _mapping(top.get("glued_qualifiers", {}), "glued_qualifiers").items():
        if not (isinstance(letter, str) and letter.isupper() and len(letter) == 1):
            raise VenueDataError(f"venues.yaml: glued_qualifiers.{letter} must be one capital")
        if not isinstance(suffix, str) or not suffix:
            raise VenueDataError(f"venues.yaml: glued_qualifiers.{letter} needs a suffix")
        found[letter] = suffix
    return found


def _load_qualifiers(top: dict[str, object]) -> tuple[tuple[str, str, str], ...]:
    found: list[tuple[str, str, str]] = []
    for word, spec in _mapping(top.get("qualifiers", {}), "qualifiers").items():
        entry = _mapping(spec, f"qualifiers.{word}")
        prefix = entry.get("prefix", "")
        suffix = entry.get("suffix", "")
        if not isinstance(prefix, str) or not isinstance(suffix, str) or not (prefix or suffix):
            raise VenueDataError(f"venues.yaml: qualifiers.{word} needs a prefix or a suffix")
        found.append((" ".join(fold(word).split()), prefix, suffix))
    return tuple(sorted(found, key=lambda q: (-len(q[0]), q[0])))


def _known(venue: str, venues: set[str], where: str) -> str:
    if venue not in venues:
        raise VenueDataError(f"venues.yaml: {where}: {venue!r} is not a venue")
    return venue


def build(data: object) -> Tables:
    """Check the parsed YAML and turn it into :class:`Tables`."""
    top = _mapping(data, "the document")
    aliases, forms, modes, exact = _load_venues(top)
    venues = set(modes)

    acl = _mapping(top.get("acl_anthology"), "acl_anthology")
    letters = {
        letter.upper(): _known(_string(v, f"old_letters.{letter}"), venues, f"old_letters.{letter}")
        for letter, v in _mapping(acl.get("old_letters"), "acl_anthology.old_letters").items()
    }
    overrides = tuple(
        (prefix.upper(), _known(_string(v, prefix), venues, f"old_overrides.{prefix}"))
        for prefix, v in _mapping(acl.get("old_overrides", {}), "old_overrides").items()
    )
    slugs = {
        slug.lower(): _known(_string(v, f"slugs.{slug}"), venues, f"slugs.{slug}")
        for slug, v in _mapping(acl.get("slugs"), "acl_anthology.slugs").items()
    }

    pmlr: dict[int, tuple[str, int]] = {}
    for venue, years in _mapping(top.get("pmlr_volumes"), "pmlr_volumes").items():
        _known(venue, venues, "pmlr_volumes")
        for pmlr_year, volume in _mapping(years, f"pmlr_volumes.{venue}").items():
            vol = _integer(volume, f"pmlr_volumes.{venue}.{pmlr_year}")
            if vol in pmlr:
                raise VenueDataError(f"venues.yaml: PMLR volume {vol} listed twice")
            pmlr[vol] = (venue, int(pmlr_year))

    ranges = []
    raw_ranges = top.get("nips_paper_numbers")
    if not isinstance(raw_ranges, list):
        raise VenueDataError("venues.yaml: nips_paper_numbers must be a list")
    for i, item in enumerate(raw_ranges):
        spec = _mapping(item, f"nips_paper_numbers[{i}]")
        first, last, year = (
            _integer(spec.get(f), f"nips_paper_numbers[{i}].{f}") for f in ("first", "last", "year")
        )
        ranges.append((first, last, year))
    ranges.sort()
    for (_, last, _), (first, _, _) in itertools.pairwise(ranges):
        if first <= last:
            raise VenueDataError("venues.yaml: nips_paper_numbers ranges overlap")

    doi = _mapping(top.get("doi"), "doi")
    return Tables(
        aliases=aliases,
        alias_forms=tuple(forms),
        text_mode=modes,
        exact_keys=exact,
        # Longest first, so "in proceedings of the" wins over "in".
        year_first_prefixes=tuple(
            sorted(
                (
                    fold(p)
                    for p in _strings(top.get("year_first_prefixes", []), "year_first_prefixes")
                ),
                key=len,
            )[::-1]
        ),
        prefixes=tuple(
            sorted((fold(p) for p in _strings(top.get("prefixes"), "prefixes")), key=len)[::-1]
        ),
        venue_words=frozenset(fold(w) for w in _strings(top.get("venue_words"), "venue_words")),
        not_venues=frozenset(key(w) for w in _strings(top.get("not_venues"), "not_venues")),
        preprints=frozenset(_strings(top.get("preprints", []), "preprints")),
        qualifiers=_load_qualifiers(top),
        glued_qualifiers=_load_glued(top),
        acl_letters=letters,
        acl_overrides=overrides,
        acl_slugs=slugs,
        doi_acl_prefixes=tuple(
            p.casefold() for p in _strings(doi.get("acl_prefixes"), "doi.acl_prefixes")
        ),
        pmlr=pmlr,
        nips_numbers=tuple(ranges),
        url_rules=_load_url_rules(top, venues),
    )


@functools.cache
def tables() -> Tables:
    """The venue tables, read from the package data on first call."""
    return build(load_data("venues.yaml"))
