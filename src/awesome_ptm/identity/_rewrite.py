"""Rewrites of a link as written: unwrap redirects, drop tracking, upgrade to https."""

from __future__ import annotations

from collections.abc import Callable

from ._data import hosts, tracking, wrappers
from ._url import WebUrl, host_matches, parse_web, query_pieces

# Wrappers are sometimes nested (a CSDN post quoting a Zhihu link); a bound keeps a
# pathological self-wrapping link from looping.
_MAX_HOPS = 5


def redirect_target(url: str) -> str | None:
    """The destination of a redirect-wrapper link (``link.zhihu.com/?target=...``), decoded.

    Nested wrappers are unwrapped down to the final destination. Returns None when ``url``
    is not a wrapper, or its target parameter is missing or not an http(s) URL.
    """
    if "?" not in url:
        return None  # every wrapper carries its target in the query: skip parsing
    target = _unwrap_once(url.strip())
    if target is None:
        return None
    for _ in range(_MAX_HOPS):
        inner = _unwrap_once(target)
        if inner is None:
            break
        target = inner
    return target


def _unwrap_once(text: str) -> str | None:
    web = parse_web(text)
    if web is None:
        return None
    path = web.path.rstrip("/") or "/"
    for wrapper in wrappers():
        if not host_matches(web.key_host, wrapper.host):
            continue
        if wrapper.path is not None and path != wrapper.path:
            continue
        pieces = query_pieces(web.query)
        for param in wrapper.params:
            for _, name, value in pieces:
                # Wrappers only wrap web links; anything else is not a target we can trust.
                if name == param and parse_web(value.strip()) is not None:
                    return value.strip()
    return None


def tracking_params(url: str) -> list[str]:
    """Names of the tracking/share query parameters in ``url``, in order of appearance.

    Each name is listed once, decoded. Junk fragments (WeChat's ``#rd``) are not parameters
    and are not listed; ``strip_tracking`` removes them.
    """
    return _params_where(url, tracking().is_tracking)


def unpublishable_params(url: str) -> list[str]:
    """Names of the parameters of ``url`` that no output may carry (a reader's session,
    campaign tags: ``publish: false`` in tracking.yaml), in order of appearance, each once."""
    return _params_where(url, tracking().is_unpublishable)


def _params_where(url: str, accepts: Callable[[str, str, str], bool]) -> list[str]:
    """Names of the query parameters of ``url`` that ``accepts(host, name, value)``, in
    order of appearance, each once."""
    web = parse_web(url.strip())
    if web is None:
        return []
    found: list[str] = []
    for _, name, value in query_pieces(web.query):
        if name not in found and accepts(web.key_host, name, value):
            found.append(name)
    return found


def strip_unpublishable(url: str) -> str:
    """``url`` without the parameters :func:`unpublishable_params` names; the rest kept as
    written (``url`` itself when there is nothing to remove)."""
    return strip_tracking(url, session_only=True)


def strip_tracking(url: str, *, session_only: bool = False) -> str:
    """``url`` without its tracking/share parameters and junk fragments (only the
    unpublishable parameters with ``session_only``).

    Everything else is kept as written: parameter order, percent-encoding, other fragments.
    A query left empty loses its ``?``. Returns ``url`` unchanged when there is nothing to
    remove (including when it is not an http(s) URL).
    """
    if "?" not in url and "#" not in url:
        return url  # no query and no fragment: nothing that could be removed
    text = url.strip()
    web = parse_web(text)
    if web is None:
        return url
    # Cut the written text rather than re-serialising with urlunsplit, which would normalise
    # parts we promise to keep (an empty "?", an empty "#"). urlsplit splits at the first
    # "#" and then the first "?", so these partitions are the same parts.
    before_fragment, hash_sign, fragment = text.partition("#")
    base, question_mark, query = before_fragment.partition("?")
    rules = tracking()
    changed = False
    pieces = query_pieces(query)
    drop = rules.is_unpublishable if session_only else rules.is_tracking
    kept = [piece for piece, name, value in pieces if not drop(web.key_host, name, value)]
    if len(kept) != len(pieces):
        changed = True
        query = "&".join(kept)
        question_mark = "?" if query else ""
    if hash_sign and not session_only:
        anchor = rules.kept_fragment(web.key_host, fragment)
        if anchor != fragment:
            changed = True
            fragment = anchor
            hash_sign = "#" if anchor else ""
    if not changed:
        return url
    return base + question_mark + query + hash_sign + fragment


def https_upgrade(url: str) -> str | None:
    """The https form of an ``http://`` link to a host known to serve https, else None.

    Only the scheme changes. Hosts come from the ``https`` list in hosts.yaml; links with
    an explicit port are left alone (the https service would not be on that port).
    """
    text = url.strip()
    web = parse_web(text)
    if web is None or web.scheme != "http" or web.port is not None:
        return None
    if not _serves_https(web):
        return None
    return "https" + text[len("http") :]


def _serves_https(web: WebUrl) -> bool:
    data = hosts()
    return web.host in data.https_hosts or any(
        host_matches(web.host, domain) for domain in data.https_domains
    )
