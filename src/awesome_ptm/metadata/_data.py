"""``data/metadata.yaml``: providers' defaults, extra link patterns, workshop words."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from awesome_ptm.datafiles import load_data
from awesome_ptm.errors import ConfigError

DATA_FILE = "metadata.yaml"


@dataclass(frozen=True, slots=True)
class LinkPattern:
    """Links on ``hosts`` whose ``pattern`` names a paper of ``scheme``."""

    scheme: str
    hosts: tuple[str, ...]
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class MetadataData:
    providers: Mapping[str, Mapping[str, Any]]
    links: tuple[LinkPattern, ...]
    not_main: tuple[str, ...]
    not_published: tuple[str, ...]


@functools.cache
def metadata_data() -> MetadataData:
    """The data file, read and checked once."""
    raw = load_data(DATA_FILE)
    where = f"awesome_ptm/data/{DATA_FILE}"
    if not isinstance(raw, Mapping) or not isinstance(raw.get("providers"), Mapping):
        raise ConfigError("expected a mapping with `providers`", where)
    links = []
    for scheme, item in (raw.get("links") or {}).items():
        links.append(
            LinkPattern(str(scheme), tuple(item["hosts"]), re.compile(str(item["pattern"])))
        )
    return MetadataData(
        providers=raw["providers"],
        links=tuple(links),
        not_main=tuple(str(word).casefold() for word in raw.get("not-main") or ()),
        not_published=tuple(str(word).casefold() for word in raw.get("not-published") or ()),
    )
