"""``[tool.awesome-ptm.metadata]``: where the file is, when a record is stale, and each
provider's base URL and politeness, with ``AWESOME_PTM_<PROVIDER>_URL`` overriding the URL."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from awesome_ptm.errors import ConfigError
from awesome_ptm.metadata._data import metadata_data
from awesome_ptm.metadata.store import DEFAULT_PATH

ORIGIN = "[tool.awesome-ptm.metadata]"
_TOP_KEYS = ("file", "max-age-days", "providers")
_PROVIDER_KEYS = ("url", "interval", "timeout", "retries", "backoff", "max-retry-after")


@dataclass(frozen=True, slots=True)
class ProviderSettings:
    """One provider: base URL and how politely it is asked."""

    name: str
    url: str
    path: str
    interval: float = 1.0
    timeout: float = 30.0
    retries: int = 4
    backoff: float = 1.0
    max_retry_after: float = 120.0
    extra: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class MetadataSettings:
    """Everything ``enrich``, ``add`` and the metadata rules need to know."""

    path: Path
    max_age_days: int
    providers: Mapping[str, ProviderSettings]


def env_name(provider: str) -> str:
    """``semantic-scholar`` → ``AWESOME_PTM_SEMANTIC_SCHOLAR_URL``."""
    return "AWESOME_PTM_" + provider.upper().replace("-", "_") + "_URL"


def metadata_path(root: Path, raw: Mapping[str, Any]) -> Path:
    """The metadata file of a project whose config folder is ``root``."""
    value = raw.get("file", DEFAULT_PATH)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"{ORIGIN} file: expected a path")
    path = Path(value)
    return path if path.is_absolute() else root / path


def load_settings(
    root: Path, raw: Mapping[str, Any], environ: Mapping[str, str] | None = None
) -> MetadataSettings:
    """Settings from the config's ``metadata`` table; raises :class:`ConfigError`."""
    environ = os.environ if environ is None else environ
    unknown = sorted(set(raw) - set(_TOP_KEYS))
    if unknown:
        raise ConfigError(f"{ORIGIN}: unknown key {unknown[0]!r} (allowed: {', '.join(_TOP_KEYS)})")
    max_age = raw.get("max-age-days", 180)
    if isinstance(max_age, bool) or not isinstance(max_age, int) or max_age < 0:
        raise ConfigError(f"{ORIGIN} max-age-days: expected a whole number of days")
    configured = raw.get("providers", {})
    if not isinstance(configured, Mapping):
        raise ConfigError(f"{ORIGIN} providers: expected a table per provider")
    defaults = metadata_data().providers
    for name in configured:
        if name not in defaults:
            known = ", ".join(sorted(defaults))
            raise ConfigError(f"{ORIGIN} providers: unknown provider {name!r} (known: {known})")
    providers = {}
    for name, default in sorted(defaults.items()):
        own = configured.get(name, {})
        if not isinstance(own, Mapping):
            raise ConfigError(f"{ORIGIN} providers.{name}: expected a table")
        providers[name] = _provider(name, default, own, environ)
    return MetadataSettings(metadata_path(root, raw), max_age, providers)


def _provider(
    name: str, default: Mapping[str, Any], own: Mapping[str, Any], environ: Mapping[str, str]
) -> ProviderSettings:
    where = f"{ORIGIN} providers.{name}"
    unknown = sorted(set(own) - set(_PROVIDER_KEYS))
    if unknown:
        allowed = ", ".join(_PROVIDER_KEYS)
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (allowed: {allowed})")
    url = environ.get(env_name(name)) or own.get("url") or default["url"]
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise ConfigError(f"{where} url: expected an http(s) URL, got {url!r}")
    numbers: dict[str, float] = {}
    for key in ("interval", "timeout", "backoff", "max-retry-after"):
        value = own.get(key, default.get(key))
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise ConfigError(f"{where} {key}: expected a number of seconds")
        numbers[key.replace("-", "_")] = float(value)
    if numbers.get("timeout") == 0:
        raise ConfigError(f"{where} timeout: must be more than 0 seconds")
    retries = own.get("retries", default.get("retries", 4))
    if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
        raise ConfigError(f"{where} retries: expected a whole number")
    extra = {k: v for k, v in default.items() if k not in ("url", "path", *numbers)}
    return ProviderSettings(
        name=name,
        url=url.rstrip("/"),
        path=str(default.get("path", "")),
        retries=retries,
        extra=extra,
        **numbers,
    )
