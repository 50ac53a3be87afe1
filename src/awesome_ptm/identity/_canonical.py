"""The canonical form of a link: one string per resource."""

from __future__ import annotations

import functools
import re
from urllib.parse import quote

from ._data import Hosts, hosts, tracking
from ._paper import paper_identifier, paper_url
from ._rewrite import redirect_target
from ._url import WebUrl, host_matches, normalize_escapes, parse_web, query_pieces

# http and https are one resource here, so the default port of either is no port at all.
_DEFAULT_PORTS = frozenset({80, 443})

# Identity query values are decoded and re-escaped with this safe set, so "==" and "%3D%3D"
# (both seen in copied WeChat links) give one spelling.
_QUERY_VALUE_SAFE = "=/"


@functools.lru_cache(maxsize=1 << 18)
def canonical_url(url: str) -> str:
    """The identity of a link: links to the same resource give the same https URL string.

    Redirect wrappers are unwrapped; arXiv, ACL Anthology and DOI links become the paper's
    canonical link; tracking parameters and WeChat share junk are dropped; host case,
    ``www.``, default ports, trailing slashes, directory index files and percent-escape
    spelling are normalised; GitHub owner/repo are lowercased. Path case, the remaining
    query order and fragments are kept. Anything that is not an http(s) URL is returned
    stripped but otherwise unchanged; this function never raises.
    """
    text = url.strip()
    if not text:
        return ""
    text = redirect_target(text) or text
    paper = paper_identifier(text)
    if paper is not None:
        return paper_url(paper)
    web = parse_web(text)
    if web is None:
        return text
    rules = hosts()
    host = web.key_host
    path = _canonical_path(rules, host, web.path)
    query = _canonical_query(rules, host, path, web.query)
    fragment = _canonical_fragment(host, web.fragment)
    return (
        "https://"
        + _netloc(web, host)
        + path
        + (f"?{query}" if query else "")
        + (f"#{fragment}" if fragment else "")
    )


def _netloc(web: WebUrl, host: str) -> str:
    netloc = f"[{host}]" if ":" in host else host
    if web.userinfo:
        netloc = f"{web.userinfo}@{netloc}"
    if web.port is not None and web.port not in _DEFAULT_PORTS:
        netloc = f"{netloc}:{web.port}"
    return netloc


def _canonical_path(rules: Hosts, host: str, path: str) -> str:
    path = normalize_escapes(path)
    repository = next((r for r in rules.repositories if r.host == host), None)
    # Each step can expose work for another ("/a/index.html/" -> "/a/index.html" -> "/a/"),
    # so repeat until nothing changes; that also makes canonical_url idempotent.
    while True:
        before = path
        path = path.rstrip("/")
        head, _, last = path.rpartition("/")
        if last in rules.directory_index:
            path = head
        if repository is not None:
            path = _repository_path(path, repository.lowercase_segments, repository.strip_suffix)
            path = _front_page(path, repository.lowercase_segments, repository.front_page)
        if path == before:
            return path or "/"


def _front_page(path: str, count: int, front_page: re.Pattern[str] | None) -> str:
    """``/owner/repo/blob/master/README.md`` is ``/owner/repo``: the page GitHub shows
    for the repository is its README on the default branch."""
    if front_page is None or count < 1:
        return path
    segments = path.split("/")
    if len(segments) <= count + 1:
        return path
    head = "/".join(segments[: count + 1])
    rest = path[len(head) :]
    return head if front_page.fullmatch(rest) else path


def _repository_path(path: str, count: int, suffix: str | None) -> str:
    segments = path.split("/")  # segments[0] is "" (before the leading "/")
    for i in range(1, min(count, len(segments) - 1) + 1):
        segments[i] = segments[i].lower()
    # The suffix belongs to the repository segment only ("/owner/repo.git"), never to an
    # owner page, and a segment that is nothing but the suffix is left alone.
    if suffix is not None and count >= 1 and len(segments) > count:
        suffix = suffix.lower()
        if segments[count] != suffix:
            segments[count] = segments[count].removesuffix(suffix)
    return "/".join(segments)


def _canonical_query(rules: Hosts, host: str, path: str, query: str) -> str:
    pieces = query_pieces(query)
    for identity in rules.query_identity:
        if not host_matches(host, identity.host) or not identity.path.search(path):
            continue
        if not identity.keep:
            return ""
        chosen: dict[str, str] = {}
        for _, name, value in pieces:
            if name in identity.keep and name not in chosen:
                chosen[name] = quote(value, safe=_QUERY_VALUE_SAFE)
        if chosen:
            # Parameter order carries no identity for these pages; sort for one spelling.
            return "&".join(f"{name}={chosen[name]}" for name in sorted(chosen))
        break  # none of the identity parameters: a link we do not understand, keep it
    junk = tracking()
    return "&".join(
        normalize_escapes(piece)
        for piece, name, value in pieces
        if not junk.is_tracking(host, name, value)
    )


def _canonical_fragment(host: str, fragment: str) -> str:
    return normalize_escapes(tracking().kept_fragment(host, fragment))
