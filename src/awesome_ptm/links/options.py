"""Options of the link checker, the per-host rules (``data/linkcheck.yaml`` plus config), and
reading both from ``[tool.awesome-ptm.links]``."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from awesome_ptm import __version__
from awesome_ptm.datafiles import load_data
from awesome_ptm.errors import ConfigError

#: The data file of per-host settings and soft-404 patterns.
DATA_FILE = "linkcheck.yaml"

USER_AGENT = f"awesome-ptm/{__version__} (+https://github.com/awesome-ptm/awesome-ptm)"

DAY = 86_400.0
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$", re.IGNORECASE)
_UNITS = {"": 1.0, "s": 1.0, "m": 60.0, "h": 3600.0, "d": DAY, "w": 7 * DAY}
_STATUS_RANGE = re.compile(r"^\s*([1-5]\d\d)\s*(?:-\s*([1-5]\d\d)\s*)?$")
METHODS = ("head", "get")


def _compile(pattern: str, where: str, flags: int = 0) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error as error:
        raise ConfigError(f"{where}: invalid regular expression {pattern!r}: {error}") from None


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, Sequence) and all(isinstance(item, str) for item in value):
        return tuple(value)
    raise ConfigError(f"{where}: expected a string or a list of strings")


@dataclass(slots=True)
class HostRule:
    """Settings for the links of one host (and optionally only the paths ``path`` matches).

    ``host`` is a domain that also matches its subdomains (``www.`` is ignored), ``host:port``
    to match one port exactly, or ``*`` for every host. ``path`` is a regular expression
    searched in the URL's path (with ``?query`` when there is one).

    ``method`` (``head``/``get``) forces the first request's method; ``per_host`` and
    ``interval`` set the politeness of the host's gate (they are read from the first rule
    without ``path`` that matches the host). ``body`` patterns (regular expressions, case
    insensitive) found in a 2xx page, or ``final_url`` patterns found in the URL a redirect
    ends at, make the page a soft 404.
    """

    host: str
    path: str | None = None
    method: str | None = None
    per_host: int | None = None
    interval: float | None = None
    body: tuple[str, ...] = ()
    final_url: tuple[str, ...] = ()
    _host: str = field(init=False, repr=False, default="")
    _port: int | None = field(init=False, repr=False, default=None)
    _path: re.Pattern[str] | None = field(init=False, repr=False, default=None)
    _body: tuple[re.Pattern[str], ...] = field(init=False, repr=False, default=())
    _final: tuple[re.Pattern[str], ...] = field(init=False, repr=False, default=())

    def __post_init__(self) -> None:
        where = f"links host {self.host!r}"
        host = self.host.strip().lower().rstrip(".")
        if not host:
            raise ConfigError("links hosts: a host entry needs a non-empty `host`")
        port: int | None = None
        if host != "*" and ":" in host and not host.endswith("]"):
            name, _, number = host.rpartition(":")
            if not number.isdigit():
                raise ConfigError(f"{where}: invalid port {number!r}")
            host, port = name, int(number)
        host = host.strip("[]")
        self._host = host.removeprefix("www.")
        self._port = port
        if self.method is not None and self.method.lower() not in METHODS:
            raise ConfigError(f"{where}: method must be one of {', '.join(METHODS)}")
        if self.method is not None:
            self.method = self.method.lower()
        if self.per_host is not None and self.per_host < 1:
            raise ConfigError(f"{where}: per_host must be at least 1")
        if self.interval is not None and self.interval < 0:
            raise ConfigError(f"{where}: interval must not be negative")
        self._path = _compile(self.path, where) if self.path else None
        self._body = tuple(_compile(p, where, re.IGNORECASE) for p in self.body)
        self._final = tuple(_compile(p, where) for p in self.final_url)

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any], where: str = "links hosts") -> HostRule:
        """Build from a config or data mapping (``per-host`` or ``per_host`` alike)."""
        if not isinstance(raw, Mapping):
            raise ConfigError(f"{where}: each host entry must be a mapping")
        items = {str(key).replace("-", "_"): value for key, value in raw.items()}
        host = items.pop("host", None)
        if not isinstance(host, str):
            raise ConfigError(f"{where}: each host entry needs `host` (a string)")
        where = f"{where} {host!r}"
        items.pop("comment", None)
        soft = items.pop("soft_404", None) or {}
        if not isinstance(soft, Mapping):
            raise ConfigError(f"{where}: soft_404 must be a mapping with body/final_url")
        soft = {str(key).replace("-", "_"): value for key, value in soft.items()}
        unknown = sorted(set(items) - {"path", "method", "per_host", "interval"})
        unknown += sorted(f"soft_404.{key}" for key in set(soft) - {"body", "final_url"})
        if unknown:
            raise ConfigError(f"{where}: unknown key {unknown[0]!r}")
        path = items.get("path")
        method = items.get("method")
        per_host = items.get("per_host")
        interval = items.get("interval")
        if path is not None and not isinstance(path, str):
            raise ConfigError(f"{where}: path must be a string")
        if method is not None and not isinstance(method, str):
            raise ConfigError(f"{where}: method must be a string")
        if per_host is not None and (isinstance(per_host, bool) or not isinstance(per_host, int)):
            raise ConfigError(f"{where}: per_host must be an integer")
        if interval is not None and (
            isinstance(interval, bool) or not isinstance(interval, (int, float))
        ):
            raise ConfigError(f"{where}: interval must be a number of seconds")
        return cls(
            host=host,
            path=path,
            method=method,
            per_host=per_host,
            interval=float(interval) if interval is not None else None,
            body=_strings(soft.get("body", ()), f"{where} soft_404.body"),
            final_url=_strings(soft.get("final_url", ()), f"{where} soft_404.final_url"),
        )

    def matches_host(self, host: str, port: int | None) -> bool:
        """Whether the rule applies to ``host`` (lowercase) on ``port`` (None = default)."""
        if self._host == "*":
            return True
        if self._port is not None and port != self._port:
            return False
        host = host.removeprefix("www.")
        return host == self._host or host.endswith("." + self._host)

    def matches(self, url: str) -> bool:
        """Whether the rule applies to ``url`` (host and, when set, path)."""
        parts = _split(url)
        if parts is None or not self.matches_host(parts[0], parts[1]):
            return False
        return self._path is None or self._path.search(parts[2]) is not None

    def soft_body(self, text: str) -> str | None:
        """The first body pattern found in ``text``, as matched."""
        for pattern in self._body:
            match = pattern.search(text)
            if match:
                return match.group(0)
        return None

    def soft_final(self, url: str) -> bool:
        return any(pattern.search(url) for pattern in self._final)

    @property
    def has_body_patterns(self) -> bool:
        return bool(self._body)


def _split(url: str) -> tuple[str, int | None, str] | None:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    host = (parts.hostname or "").rstrip(".")
    if not host:
        return None
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return host, None if port == default else port, path


def host_key(url: str) -> str:
    """The key of the politeness gate of ``url``: its host, with the port when not the
    scheme's default (so http and https on one host share a gate)."""
    parts = _split(url)
    if parts is None:
        return ""
    host, port, _ = parts
    return host if port is None else f"{host}:{port}"


@dataclass(frozen=True, slots=True)
class LinkData:
    """What ``data/linkcheck.yaml`` holds."""

    hosts: tuple[HostRule, ...]
    no_fix_targets: tuple[re.Pattern[str], ...]


@functools.cache
def builtin_data() -> LinkData:
    """``data/linkcheck.yaml``, read and checked once."""
    raw = load_data(DATA_FILE)
    where = f"awesome_ptm/data/{DATA_FILE}"
    if not isinstance(raw, Mapping):
        raise ConfigError("expected a mapping", where)
    hosts = raw.get("hosts") or []
    if not isinstance(hosts, list):
        raise ConfigError("`hosts` must be a list", where)
    redirects = raw.get("redirects") or {}
    targets = _strings(redirects.get("no_fix_targets", ()), f"{where} redirects.no_fix_targets")
    return LinkData(
        hosts=tuple(HostRule.from_mapping(item, f"{where} hosts") for item in hosts),
        no_fix_targets=tuple(_compile(p, where) for p in targets),
    )


def parse_duration(value: Any, where: str) -> float:
    """Seconds from a number or a string like ``"90s"``, ``"30m"``, ``"12h"``, ``"1d"``."""
    if isinstance(value, bool):
        raise ConfigError(f"{where}: expected a duration")
    if isinstance(value, (int, float)):
        if value < 0:
            raise ConfigError(f"{where}: must not be negative")
        return float(value)
    if isinstance(value, str):
        match = _DURATION.match(value)
        if match:
            return float(match.group(1)) * _UNITS[match.group(2).lower()]
    raise ConfigError(f"{where}: expected seconds or a duration like '12h' or '1d'")


def parse_statuses(value: Any, where: str) -> frozenset[int]:
    """Status codes from ints and ``"200-299"`` ranges."""
    items = value if isinstance(value, (list, tuple, set, frozenset)) else [value]
    codes: set[int] = set()
    for item in items:
        if isinstance(item, int) and not isinstance(item, bool) and 100 <= item <= 999:
            codes.add(item)
            continue
        match = _STATUS_RANGE.match(item) if isinstance(item, str) else None
        if not match:
            raise ConfigError(f"{where}: {item!r} is not a status code or a range like 200-299")
        low = int(match.group(1))
        high = int(match.group(2) or low)
        if high < low:
            raise ConfigError(f"{where}: empty range {item!r}")
        codes.update(range(low, high + 1))
    return frozenset(codes)


@dataclass(slots=True)
class LinkOptions:
    """How links are checked. Every field has a sensible default.

    - ``include``/``exclude``: regular expressions searched in the URL as written; with
      ``include`` only matching links are checked; ``exclude`` wins.
    - ``accept``: status codes that mean the link works (default 200–299).
    - ``dead``: status codes that mean it is gone (default 404, 410).
    - ``max_concurrency`` requests in flight in all; ``per_host`` per host (host and
      non-default port); ``interval`` seconds at least between two requests to one host.
    - ``timeout``: seconds for a whole request (connect, answer, the body we read).
    - ``retries``: more attempts after a 429, a 5xx, a timeout or a connection failure, after
      ``backoff`` × 2ⁿ seconds (at most ``max_backoff``, plus up to ``jitter`` of it at random
      from a ``seed``ed generator), or after ``Retry-After`` when the server says so; a
      ``Retry-After`` over ``max_retry_after`` ends the retries.
    - ``head_fallback``: HEAD answers after which the same URL is tried with GET (HEAD
      refused); with ``confirm_with_get`` a HEAD answering a ``dead`` status or a 5xx is
      confirmed with GET too, since some servers answer HEAD wrongly.
    - ``hosts``: per-host rules tried before the built-in ones of ``data/linkcheck.yaml``
      (unless ``builtin_hosts`` is false).
    - ``cache``/``cache_path``/``max_age``: the result cache (default: ``links.json`` in the
      user cache folder; a day). ``offline`` answers from the cache only (whatever the age of
      a result), with no network at all.
    - ``trust_env``: read proxy settings and CA bundles from the environment.
    - ``allow_private_hosts``: also fetch hosts that are or resolve to loopback, private,
      link-local, multicast or reserved addresses (an intranet list). Off by default: such
      links are reported (``internal-link``) and not requested. See docs/security.md.
    - ``deadline``: seconds for the whole run; links not done by then are reported as not
      checked (``0``: no limit).
    """

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    accept: frozenset[int] = frozenset(range(200, 300))
    dead: frozenset[int] = frozenset({404, 410})
    max_concurrency: int = 16
    per_host: int = 2
    interval: float = 0.0
    timeout: float = 10.0
    retries: int = 3
    backoff: float = 0.5
    max_backoff: float = 30.0
    max_retry_after: float = 60.0
    jitter: float = 0.1
    seed: int | None = 0
    max_redirects: int = 10
    head_fallback: frozenset[int] = frozenset({403, 405, 501})
    confirm_with_get: bool = True
    max_body_bytes: int = 256 * 1024
    hosts: tuple[HostRule, ...] = ()
    builtin_hosts: bool = True
    cache: bool = True
    cache_path: Path | None = None
    max_age: float = DAY
    offline: bool = False
    user_agent: str = USER_AGENT
    trust_env: bool = True
    allow_private_hosts: bool = False
    deadline: float = 1800.0
    _include: tuple[re.Pattern[str], ...] = field(init=False, repr=False, default=())
    _exclude: tuple[re.Pattern[str], ...] = field(init=False, repr=False, default=())

    def __post_init__(self) -> None:
        for name in ("max_concurrency", "per_host", "max_redirects"):
            if getattr(self, name) < 1:
                raise ConfigError(f"links {name} must be at least 1")
        for name in ("retries", "max_body_bytes"):
            if getattr(self, name) < 0:
                raise ConfigError(f"links {name} must not be negative")
        for name in (
            "interval", "backoff", "max_backoff", "max_retry_after", "max_age", "deadline"
        ):  # fmt: skip
            if getattr(self, name) < 0:
                raise ConfigError(f"links {name} must not be negative")
        if self.timeout <= 0:
            raise ConfigError("links timeout must be more than 0 seconds")
        if not 0 <= self.jitter <= 1:
            raise ConfigError("links jitter must be between 0 and 1")
        if not self.accept:
            raise ConfigError("links accept must name at least one status code")
        self.include = tuple(self.include)
        self.exclude = tuple(self.exclude)
        self._include = tuple(_compile(p, "links include") for p in self.include)
        self._exclude = tuple(_compile(p, "links exclude") for p in self.exclude)
        if self.cache_path is not None:
            self.cache_path = Path(self.cache_path)

    def wanted(self, url: str) -> bool:
        """Whether ``url`` passes ``include``/``exclude``."""
        if any(pattern.search(url) for pattern in self._exclude):
            return False
        return not self._include or any(pattern.search(url) for pattern in self._include)

    def host_rules(self) -> tuple[HostRule, ...]:
        """The per-host rules in force: the options' own first, then the built-in ones."""
        if not self.builtin_hosts:
            return self.hosts
        return (*self.hosts, *builtin_data().hosts)

    def no_fix_targets(self) -> tuple[re.Pattern[str], ...]:
        return builtin_data().no_fix_targets

    @classmethod
    def from_config(
        cls,
        raw: Mapping[str, Any],
        *,
        root: Path | None = None,
        origin: str = "[tool.awesome-ptm.links]",
        source: str | None = None,
        **overrides: Any,
    ) -> LinkOptions:
        """Options from a ``[tool.awesome-ptm.links]`` table (``Config.links``); keys may be
        written with ``-`` or ``_``. A relative ``cache-path`` is taken relative to ``root``
        (the config's folder) when given, and must stay inside the project (see
        :mod:`awesome_ptm.paths`). ``overrides`` (already typed, e.g. from CLI flags) win.
        ``source`` names the config file in errors. Raises :class:`ConfigError` on a bad
        value."""
        values: dict[str, Any] = {}
        for key, value in raw.items():
            name = str(key).replace("-", "_")
            where = f"{origin} {key}"
            if name not in _CONFIG_KEYS:
                allowed = ", ".join(sorted(k.replace("_", "-") for k in _CONFIG_KEYS))
                raise ConfigError(f"{origin}: unknown key {key!r} (allowed: {allowed})")
            values[name] = _convert(name, value, where)
        cache_path = values.get("cache_path")
        if root is not None and isinstance(cache_path, Path):
            from awesome_ptm.paths import confine, project_root

            values["cache_path"] = confine(
                root / cache_path, project_root(root), f"{origin} cache-path", source
            )
        values.update(overrides)
        return cls(**values)


_INTS = ("max_concurrency", "per_host", "retries", "max_redirects", "max_body_bytes")
_FLOATS = ("interval", "timeout", "backoff", "max_backoff", "max_retry_after", "jitter")
_BOOLS = (
    "confirm_with_get", "builtin_hosts", "cache", "offline", "trust_env", "allow_private_hosts"
)  # fmt: skip
_CONFIG_KEYS = frozenset(
    (
        *_INTS,
        *_FLOATS,
        *_BOOLS,
        "include",
        "exclude",
        "accept",
        "dead",
        "head_fallback",
        "hosts",
        "cache_path",
        "max_age",
        "deadline",
        "seed",
        "user_agent",
    )
)


def _convert(name: str, value: Any, where: str) -> Any:
    if name in _INTS or name == "seed":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{where}: expected an integer")
        return value
    if name in _FLOATS:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{where}: expected a number")
        return float(value)
    if name in _BOOLS:
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: expected true or false")
        return value
    if name in ("include", "exclude"):
        return _strings(value, where)
    if name in ("accept", "dead", "head_fallback"):
        return parse_statuses(value, where)
    if name == "hosts":
        if not isinstance(value, list):
            raise ConfigError(f"{where}: expected a list of host tables")
        return tuple(HostRule.from_mapping(item, where) for item in value)
    if name in ("max_age", "deadline"):
        return parse_duration(value, where)
    if name == "cache_path":
        if not isinstance(value, str):
            raise ConfigError(f"{where}: expected a path")
        return Path(value)
    if not isinstance(value, str):  # user_agent
        raise ConfigError(f"{where}: expected a string")
    return value


def merge_rules(rules: Iterable[HostRule], url: str) -> list[HostRule]:
    """The rules that apply to ``url``, in order of precedence."""
    return [rule for rule in rules if rule.matches(url)]
