"""What a link target is as written: a URL with a scheme, a web address without one, a
relative link to a file; whether a URL can be written in a link's style as is; and how
messages show a URL (shortened, or by its host)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from awesome_ptm.parse._inline import BARE_URL, trim_url
from awesome_ptm.rules.links._data import link_data

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_HOST_LABEL = re.compile(r"[A-Za-z0-9\-]{1,63}")
_PATH_END = re.compile(r"[/?#]")


def has_scheme(target: str) -> bool:
    match = _SCHEME.match(target)
    if match is None:
        return False
    # "www.x.com:443/x" and "localhost:8080" are hosts with a port, not schemes.
    name = match.group(0)[:-1]
    port = target[match.end() : match.end() + 1].isdigit()
    return not (port and ("." in name or name.lower() == "localhost"))


def looks_like_host(target: str) -> bool:
    """``www.example.com/page`` or ``github.com/x/y``: a web address written without its
    scheme (``README.md`` and ``docs/x.md`` are files)."""
    first = _PATH_END.split(target, maxsplit=1)[0].split(":", 1)[0]
    labels = first.split(".")
    if len(labels) < 2 or not all(_HOST_LABEL.fullmatch(label) for label in labels):
        return False
    lower = first.lower()
    return lower.startswith("www.") or labels[-1].casefold() in link_data().top_level_domains


def is_local_target(target: str) -> bool:
    """A relative link to a file next to the list (not a URL, an anchor or ``mailto:``)."""
    target = target.strip()
    if target.startswith(("https://", "http://")):
        return False  # what has_scheme says of them, without its regex: most targets
    if not target or target.startswith(("#", "/", "\\")) or has_scheme(target):
        return False
    return not looks_like_host(target)


def fits_inline(url: str) -> bool:
    """Can ``url`` be written as an inline link target ``(url)`` as it is?"""
    return (
        bool(url)
        and not any(ch.isspace() or ch in "<>\\" for ch in url)
        and url.count("(") == url.count(")")
    )


def fits_style(url: str, style: str) -> bool:
    """Can ``url`` replace a link written in ``style`` without the Markdown changing shape?"""
    if style in ("bare", "paren"):
        match = BARE_URL.fullmatch(url)
        return match is not None and trim_url(url) == url
    if style == "autolink":
        return bool(url) and not any(ch.isspace() or ch in "<>" for ch in url)
    return fits_inline(url)


def short_url(url: str, limit: int = 60) -> str:
    """``url`` cut to ``limit`` characters (ending in "…"), for messages."""
    return url if len(url) <= limit else url[: limit - 1] + "…"


def url_host(url: str) -> str:
    """The host of ``url`` without ``www.``, for messages (empty when there is none or
    ``url`` cannot be split)."""
    try:
        return (urlsplit(url.strip()).hostname or "").removeprefix("www.")
    except ValueError:
        return ""
