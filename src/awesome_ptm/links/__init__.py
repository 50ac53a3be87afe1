"""The link checker behind ``awesome-ptm links``: find dead links without false alarms.

::

    from awesome_ptm.links import LinkOptions, check_links

    options = LinkOptions.from_config(config.links)        # [tool.awesome-ptm.links]
    report = check_links(corpus, options, progress=None)   # or: await check_links_async(...)
    findings = apply_config(report.findings, corpus, config)  # suppressions, severities

Every distinct http(s) link (by canonical identity) is requested once: HEAD first, GET when
HEAD is refused or its bad news needs confirming, redirects followed by hand, retries with
backoff on 429/5xx/timeouts/resets (honouring ``Retry-After``), a global and a per-host
concurrency limit and a per-host minimum interval. Hosts that are or resolve to internal
addresses (loopback, private, link-local…) are not requested unless ``allow_private_hosts``
(:mod:`awesome_ptm.links.address`), and the whole run ends at ``deadline``. Working links
are cached (a day by default); failures never are. The outcome becomes findings of the PTM6xx rules
(:data:`LINK_RULES`) at every place the link is written.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from awesome_ptm.config import Config
    from awesome_ptm.corpus import Corpus
    from awesome_ptm.findings import Finding
    from awesome_ptm.links._outcomes import OUTCOMES
    from awesome_ptm.links.cache import CachedResult, LinkCache, default_cache_path
    from awesome_ptm.links.check import (
        LinkReport,
        LinkResult,
        LinkSite,
        Progress,
        SkippedLink,
        check_links,
        check_links_async,
        make_client,
    )
    from awesome_ptm.links.options import USER_AGENT, HostRule, LinkOptions
    from awesome_ptm.rules.linkcheck import (
        LINK_RULES,
        DeadLink,
        InternalLink,
        LinkNotChecked,
        LinkTimeout,
        PermanentRedirect,
        RateLimited,
        Soft404,
    )

# Names are imported on first use: the rule registry imports ``awesome_ptm.rules.linkcheck`` for
# the docs, and that must not load httpx into every ``awesome-ptm check``.
_HOMES = {
    "CachedResult": "cache",
    "LinkCache": "cache",
    "default_cache_path": "cache",
    "LinkReport": "check",
    "LinkResult": "check",
    "LinkSite": "check",
    "Progress": "check",
    "SkippedLink": "check",
    "check_links": "check",
    "check_links_async": "check",
    "make_client": "check",
    "OUTCOMES": "_outcomes",
    "USER_AGENT": "options",
    "HostRule": "options",
    "LinkOptions": "options",
    "LINK_RULES": "awesome_ptm.rules.linkcheck",
    "DeadLink": "awesome_ptm.rules.linkcheck",
    "InternalLink": "awesome_ptm.rules.linkcheck",
    "LinkNotChecked": "awesome_ptm.rules.linkcheck",
    "LinkTimeout": "awesome_ptm.rules.linkcheck",
    "PermanentRedirect": "awesome_ptm.rules.linkcheck",
    "RateLimited": "awesome_ptm.rules.linkcheck",
    "Soft404": "awesome_ptm.rules.linkcheck",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'awesome_ptm.links' has no attribute {name!r}")
    module = home if "." in home else f"awesome_ptm.links.{home}"
    return getattr(import_module(module), name)


__all__ = [
    "LINK_RULES",
    "OUTCOMES",
    "USER_AGENT",
    "CachedResult",
    "DeadLink",
    "HostRule",
    "InternalLink",
    "LinkCache",
    "LinkNotChecked",
    "LinkOptions",
    "LinkReport",
    "LinkResult",
    "LinkSite",
    "LinkTimeout",
    "PermanentRedirect",
    "Progress",
    "RateLimited",
    "SkippedLink",
    "Soft404",
    "apply_config",
    "check_links",
    "check_links_async",
    "default_cache_path",
    "make_client",
]


def apply_config(
    findings: list[Finding], corpus: Corpus, config: Config
) -> tuple[list[Finding], int, int]:
    """The findings the config keeps, as ``awesome-ptm check`` treats its own: severity
    overrides, per-file ignores, suppression comments, allowances. Returns ``(kept,
    suppressed, allowed)``, ``kept`` sorted."""
    from awesome_ptm.check import filter_findings

    return filter_findings(findings, corpus, config)
