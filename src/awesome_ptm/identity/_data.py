"""The identity rules (``data/tracking.yaml``, ``redirects.yaml``, ``hosts.yaml``).

Each file is read and checked once, on first use, so importing the package stays cheap and a
typo in the data fails loudly with the file name instead of silently matching nothing.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from awesome_ptm.datafiles import load_data
from awesome_ptm.errors import ConfigError
from awesome_ptm.model import LINK_KINDS

from ._url import host_in, host_matches

# --- tracking.yaml ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ParamRule:
    names: frozenset[str]  # casefolded
    prefixes: tuple[str, ...]  # casefolded
    value: str | None  # casefolded; None = any value
    hosts: tuple[str, ...]  # empty = every host
    publish: bool = True  # False: never written to an output (a reader's session)

    def matches(self, host: str, name: str, value: str) -> bool:
        if self.hosts and not any(host_matches(host, entry) for entry in self.hosts):
            return False
        folded = name.casefold()
        if folded not in self.names and not folded.startswith(self.prefixes):
            return False
        return self.value is None or value.casefold() == self.value


@dataclass(frozen=True, slots=True)
class FragmentRule:
    hosts: tuple[str, ...]
    values: frozenset[str]
    #: delimiters of a fragment directive (``:~:``), on every host
    directives: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Tracking:
    params: tuple[ParamRule, ...]
    fragments: tuple[FragmentRule, ...]

    def is_tracking(self, host: str, name: str, value: str) -> bool:
        return any(rule.matches(host, name, value) for rule in self.params)

    def is_unpublishable(self, host: str, name: str, value: str) -> bool:
        """A parameter no output may carry (``publish: false`` in tracking.yaml)."""
        return any(not rule.publish and rule.matches(host, name, value) for rule in self.params)

    def is_junk_fragment(self, host: str, fragment: str) -> bool:
        return any(
            fragment in rule.values and any(host_matches(host, h) for h in rule.hosts)
            for rule in self.fragments
        )

    def kept_fragment(self, host: str, fragment: str) -> str:
        """``fragment`` without its junk: "" for a junk fragment, the anchor before a
        fragment directive (``intro:~:text=x`` → ``intro``), else ``fragment`` itself."""
        if self.is_junk_fragment(host, fragment):
            return ""
        for rule in self.fragments:
            for delimiter in rule.directives:
                at = fragment.find(delimiter)
                if at >= 0:
                    fragment = fragment[:at]
        return fragment


@functools.cache
def tracking() -> Tracking:
    where = "tracking.yaml"
    data = _load(where)
    _check_keys(data, {"params", "fragments"}, where)
    params = []
    for i, raw in enumerate(_list(data.get("params", []), f"{where}: params")):
        at = f"{where}: params[{i}]"
        rule = _mapping(raw, at)
        _check_keys(rule, {"names", "prefixes", "value", "hosts", "publish", "comment"}, at)
        names = _strings(rule.get("names", []), at)
        prefixes = _strings(rule.get("prefixes", []), at)
        if bool(names) == bool(prefixes):
            raise ConfigError("a rule needs exactly one of names, prefixes", path=at)
        value = rule.get("value")
        if value is not None and not isinstance(value, str):
            raise ConfigError("value must be a string", path=at)
        publish = rule.get("publish", True)
        if not isinstance(publish, bool):
            raise ConfigError("publish must be true or false", path=at)
        params.append(
            ParamRule(
                names=frozenset(n.casefold() for n in names),
                prefixes=tuple(p.casefold() for p in prefixes),
                value=value.casefold() if value is not None else None,
                hosts=_hosts(rule.get("hosts", []), at),
                publish=publish,
            )
        )
    fragments = []
    for i, raw in enumerate(_list(data.get("fragments", []), f"{where}: fragments")):
        at = f"{where}: fragments[{i}]"
        rule = _mapping(raw, at)
        _check_keys(rule, {"hosts", "values", "directives", "comment"}, at)
        if "directives" in rule:
            # A directive is not content on any site: no hosts, no values.
            if "hosts" in rule or "values" in rule:
                raise ConfigError("a directives rule takes no hosts or values", path=at)
            directives = _strings(rule.get("directives"), at)
            if not directives or not all(directives):
                raise ConfigError("directives must be non-empty strings", path=at)
            fragments.append(FragmentRule((), frozenset(), directives))
            continue
        hosts = _hosts(rule.get("hosts"), at)
        if not hosts:
            raise ConfigError("a fragment rule needs hosts", path=at)
        fragments.append(FragmentRule(hosts, frozenset(_strings(rule.get("values"), at))))
    return Tracking(tuple(params), tuple(fragments))


# --- redirects.yaml -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Wrapper:
    host: str
    path: str | None
    params: tuple[str, ...]


@functools.cache
def wrappers() -> tuple[Wrapper, ...]:
    where = "redirects.yaml"
    data = _load(where)
    _check_keys(data, {"wrappers"}, where)
    result = []
    for i, raw in enumerate(_list(data.get("wrappers"), f"{where}: wrappers")):
        at = f"{where}: wrappers[{i}]"
        rule = _mapping(raw, at)
        _check_keys(rule, {"host", "path", "params", "comment"}, at)
        path = rule.get("path")
        if path is not None and not isinstance(path, str):
            raise ConfigError("path must be a string", path=at)
        result.append(
            Wrapper(
                host=_host(rule.get("host"), at),
                path=(path.rstrip("/") or "/") if path is not None else None,
                params=_strings(rule.get("params"), at),
            )
        )
    return tuple(result)


# --- hosts.yaml ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PaperSource:
    hosts: tuple[str, ...]
    url: str  # template with "{id}"
    _lookup: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_lookup", frozenset(self.hosts))

    def serves(self, host: str) -> bool:
        # Asked for every link; a set lookup per parent domain beats testing every host.
        return host_in(host, self._lookup)


@dataclass(frozen=True, slots=True)
class Papers:
    arxiv: PaperSource
    acl: PaperSource
    acl_doi_prefix: str  # lowercased
    doi: PaperSource
    publisher_paths: tuple[tuple[str, re.Pattern[str]], ...]


@dataclass(frozen=True, slots=True)
class RepositoryRule:
    host: str
    lowercase_segments: int
    strip_suffix: str | None
    #: the path after the repository that shows its front page (its README), or None
    front_page: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class QueryIdentity:
    host: str
    path: re.Pattern[str]
    keep: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class KindRule:
    kind: str
    path: re.Pattern[str] | None


@dataclass(frozen=True, slots=True)
class Hosts:
    papers: Papers
    directory_index: frozenset[str]
    repositories: tuple[RepositoryRule, ...]
    query_identity: tuple[QueryIdentity, ...]
    https_hosts: frozenset[str]
    https_domains: tuple[str, ...]
    kinds: dict[str, tuple[KindRule, ...]]  # host entry -> its rules, in file order
    slide_words: tuple[str, ...]  # casefolded
    slide_word_extensions: tuple[str, ...]
    slide_extensions: tuple[str, ...]
    pdf_extensions: tuple[str, ...]
    pdf_kind: str
    pdf_over: frozenset[str]
    labels: dict[str, str]  # folded label -> kind


def fold_label(label: str) -> str:
    """The form under which link labels are compared (see ``labels`` in hosts.yaml)."""
    # NFKC turns full-width "：" and "（" into ":" and "(", so one edge set covers both.
    text = unicodedata.normalize("NFKC", label).strip(" \t\r\n:[]()【】<>《》")
    return " ".join(text.split()).casefold()


@functools.cache
def hosts() -> Hosts:
    where = "hosts.yaml"
    data = _load(where)
    _check_keys(data, {"papers", "canonical", "https", "kinds", "slides", "pdf", "labels"}, where)
    canonical = _mapping(data.get("canonical"), f"{where}: canonical")
    _check_keys(canonical, {"directory_index", "repositories", "query_identity"}, where)
    https = _https(data.get("https"), f"{where}: https")
    slides = _mapping(data.get("slides"), f"{where}: slides")
    _check_keys(slides, {"path_words", "word_extensions", "extensions"}, f"{where}: slides")
    pdf = _mapping(data.get("pdf"), f"{where}: pdf")
    _check_keys(pdf, {"extensions", "kind", "over"}, f"{where}: pdf")
    return Hosts(
        papers=_papers(data.get("papers"), f"{where}: papers"),
        directory_index=frozenset(_strings(canonical.get("directory_index", []), where)),
        repositories=_repositories(canonical.get("repositories", []), f"{where}: repositories"),
        query_identity=_query_identity(
            canonical.get("query_identity", []), f"{where}: query_identity"
        ),
        https_hosts=https[0],
        https_domains=https[1],
        kinds=_kinds(data.get("kinds"), f"{where}: kinds"),
        slide_words=tuple(w.casefold() for w in _strings(slides.get("path_words"), where)),
        slide_word_extensions=_extensions(slides.get("word_extensions"), where),
        slide_extensions=_extensions(slides.get("extensions"), where),
        pdf_extensions=_extensions(pdf.get("extensions"), where),
        pdf_kind=_kind(pdf.get("kind"), f"{where}: pdf"),
        pdf_over=frozenset(_kind(k, f"{where}: pdf") for k in _list(pdf.get("over"), where)),
        labels=_labels(data.get("labels"), f"{where}: labels"),
    )


def _papers(raw: Any, at: str) -> Papers:
    data = _mapping(raw, at)
    _check_keys(data, {"arxiv", "acl", "doi"}, at)
    sources = {}
    extra: dict[str, dict[str, Any]] = {}
    for scheme, allowed in (
        ("arxiv", set()),
        ("acl", {"doi_prefix"}),
        ("doi", {"publisher_paths"}),
    ):
        where = f"{at}.{scheme}"
        entry = _mapping(data.get(scheme), where)
        _check_keys(entry, {"hosts", "url"} | allowed, where)
        url = entry.get("url")
        if not isinstance(url, str) or "{id}" not in url:
            raise ConfigError("url must be a string containing {id}", path=where)
        sources[scheme] = PaperSource(_hosts(entry.get("hosts"), where), url)
        extra[scheme] = entry
    prefix = extra["acl"].get("doi_prefix")
    if not isinstance(prefix, str):
        raise ConfigError("doi_prefix must be a string", path=f"{at}.acl")
    publisher_paths = []
    for i, raw_rule in enumerate(_list(extra["doi"].get("publisher_paths", []), at)):
        where = f"{at}.doi.publisher_paths[{i}]"
        rule = _mapping(raw_rule, where)
        _check_keys(rule, {"host", "path"}, where)
        pattern = _regex(rule.get("path"), where)
        if "doi" not in pattern.groupindex:
            raise ConfigError("path needs a (?P<doi>...) group", path=where)
        publisher_paths.append((_host(rule.get("host"), where), pattern))
    return Papers(
        arxiv=sources["arxiv"],
        acl=sources["acl"],
        acl_doi_prefix=prefix.lower(),
        doi=sources["doi"],
        publisher_paths=tuple(publisher_paths),
    )


def _repositories(raw: Any, at: str) -> tuple[RepositoryRule, ...]:
    result = []
    for i, item in enumerate(_list(raw, at)):
        where = f"{at}[{i}]"
        rule = _mapping(item, where)
        _check_keys(
            rule, {"host", "lowercase_segments", "strip_suffix", "front_page", "comment"}, where
        )
        count = rule.get("lowercase_segments", 0)
        suffix = rule.get("strip_suffix")
        front = rule.get("front_page")
        if front is not None and (not isinstance(front, str) or not front):
            raise ConfigError("front_page must be a non-empty regular expression", path=where)
        if not isinstance(count, int) or count < 0:
            raise ConfigError("lowercase_segments must be a non-negative integer", path=where)
        if suffix is not None and (not isinstance(suffix, str) or not suffix):
            raise ConfigError("strip_suffix must be a non-empty string", path=where)
        try:
            front_page = re.compile(front) if front is not None else None
        except re.error as error:
            raise ConfigError(f"front_page is no regular expression: {error}", path=where) from None
        result.append(RepositoryRule(_host(rule.get("host"), where), count, suffix, front_page))
    return tuple(result)


def _query_identity(raw: Any, at: str) -> tuple[QueryIdentity, ...]:
    result = []
    for i, item in enumerate(_list(raw, at)):
        where = f"{at}[{i}]"
        rule = _mapping(item, where)
        _check_keys(rule, {"host", "path", "keep", "comment"}, where)
        result.append(
            QueryIdentity(
                host=_host(rule.get("host"), where),
                path=_regex(rule.get("path"), where),
                keep=_strings(rule.get("keep"), where),
            )
        )
    return tuple(result)


def _https(raw: Any, at: str) -> tuple[frozenset[str], tuple[str, ...]]:
    exact: set[str] = set()
    domains: list[str] = []
    for i, item in enumerate(_list(raw, at)):
        where = f"{at}[{i}]"
        entry = _mapping(item, where)
        _check_keys(entry, {"host", "domain", "comment"}, where)
        if ("host" in entry) == ("domain" in entry):
            raise ConfigError("an entry needs exactly one of host, domain", path=where)
        if "host" in entry:
            exact.add(_host(entry["host"], where, drop_www=False))
        else:
            domains.append(_host(entry["domain"], where))
    return frozenset(exact), tuple(domains)


def _kinds(raw: Any, at: str) -> dict[str, tuple[KindRule, ...]]:
    by_host: dict[str, list[KindRule]] = {}
    for i, item in enumerate(_list(raw, at)):
        where = f"{at}[{i}]"
        rule = _mapping(item, where)
        _check_keys(rule, {"kind", "hosts", "path", "comment"}, where)
        path = rule.get("path")
        kind_rule = KindRule(
            _kind(rule.get("kind"), where), _regex(path, where) if path is not None else None
        )
        for host in _hosts(rule.get("hosts"), where):
            by_host.setdefault(host, []).append(kind_rule)
    return {host: tuple(rules) for host, rules in by_host.items()}


def _labels(raw: Any, at: str) -> dict[str, str]:
    data = _mapping(raw, at)
    result: dict[str, str] = {}
    for name, words in data.items():
        where = f"{at}.{name}"
        kind = _kind(name, where)
        for word in _strings(words, where):
            folded = fold_label(word)
            if result.get(folded, kind) != kind:
                raise ConfigError(f"label {word!r} is listed under two kinds", path=where)
            result[folded] = kind
    return result


# --- checked access to the parsed YAML ----------------------------------------------------


def _load(name: str) -> dict[str, Any]:
    return _mapping(load_data(name), name)


def _check_keys(data: dict[str, Any], allowed: set[str], at: str) -> None:
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise ConfigError(f"unknown key(s) {', '.join(unknown)}", path=at)


def _mapping(raw: Any, at: str) -> dict[str, Any]:
    if not isinstance(raw, dict) or not all(isinstance(k, str) for k in raw):
        raise ConfigError("expected a mapping", path=at)
    return raw


def _list(raw: Any, at: str) -> list[Any]:
    if not isinstance(raw, list):
        raise ConfigError("expected a list", path=at)
    return raw


def _strings(raw: Any, at: str) -> tuple[str, ...]:
    items = _list(raw, at)
    if not all(isinstance(item, str) and item for item in items):
        raise ConfigError("expected a list of non-empty strings", path=at)
    return tuple(items)


def _host(raw: Any, at: str, *, drop_www: bool = True) -> str:
    if not isinstance(raw, str) or not raw or "/" in raw:
        raise ConfigError(f"expected a host name, got {raw!r}", path=at)
    host = raw.lower().rstrip(".")
    return host.removeprefix("www.") if drop_www else host


def _hosts(raw: Any, at: str) -> tuple[str, ...]:
    return tuple(_host(item, at) for item in _list(raw, at))


def _regex(raw: Any, at: str) -> re.Pattern[str]:
    if not isinstance(raw, str):
        raise ConfigError("expected a regular expression", path=at)
    try:
        return re.compile(raw)
    except re.error as error:
        raise ConfigError(f"bad regular expression {raw!r}: {error}", path=at) from error


def _kind(raw: Any, at: str) -> str:
    if raw not in LINK_KINDS:
        raise ConfigError(f"unknown link kind {raw!r} (one of {', '.join(LINK_KINDS)})", path=at)
    assert isinstance(raw, str)
    return raw


def _extensions(raw: Any, at: str) -> tuple[str, ...]:
    return tuple(e.casefold() for e in _strings(raw, at))
