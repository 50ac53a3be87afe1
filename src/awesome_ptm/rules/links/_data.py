"""``data/links.yaml``, read and checked once: the session parameters, repository hosts
and top-level domains the link rules look links up in."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from awesome_ptm.datafiles import load_data
from awesome_ptm.errors import ConfigError


@dataclass(frozen=True, slots=True)
class LinkData:
    session_params: frozenset[str]  # casefolded
    repository_hosts: frozenset[str]
    top_level_domains: frozenset[str]


@functools.cache
def link_data() -> LinkData:
    """``data/links.yaml``, read and checked once."""
    where = "links.yaml"
    data = load_data(where)  # the C loader when PyYAML has it (see awesome_ptm.datafiles)
    keys = {"session_params", "repository_hosts", "top_level_domains"}
    if not isinstance(data, dict):
        raise ConfigError("expected a mapping", path=where)
    unknown = sorted(str(key) for key in set(data) - keys)
    if unknown:
        raise ConfigError(f"unknown key(s) {', '.join(unknown)}", path=where)

    def strings(key: str) -> frozenset[str]:
        value = data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ConfigError("expected a list of non-empty strings", path=f"{where}: {key}")
        return frozenset(v.casefold() for v in value)

    return LinkData(
        session_params=strings("session_params"),
        repository_hosts=strings("repository_hosts"),
        top_level_domains=strings("top_level_domains"),
    )
