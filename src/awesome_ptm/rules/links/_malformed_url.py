"""PTM302 malformed-url: link targets that are not URLs (arXiv references, empty targets,
spaces and full-width characters, a missing, mangled or misspelled scheme), and addresses
in the text that a mangled scheme kept from being read as links."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from rapidfuzz.distance import OSA

from awesome_ptm.findings import Edit, Finding, Fix
from awesome_ptm.identity import repair_arxiv
from awesome_ptm.model import Document, Entry, Link
from awesome_ptm.parse._inline import ARXIV_ID
from awesome_ptm.rules._base import Context
from awesome_ptm.rules.links._link_rule import LinkRule, link_start, url_edit
from awesome_ptm.rules.links._targets import has_scheme, looks_like_host, short_url

# "http:/x", "https:x", "https//x": a web scheme written wrong.
_BAD_WEB_SCHEME = re.compile(r"(?i:https?)(?::/?(?!/)|//)")
#: A scheme-like word and slashes in running text, where no link was read: "https//",
#: "htps://", "http:/" (a correct "https://" is skipped by the caller).
_LOOSE_ADDRESS = re.compile(r"(?<![A-Za-z0-9+.\-/:])([A-Za-z]{2,7})(:/{1,3}|//)(?=[A-Za-z0-9])")
#: How much of the text after a scheme is enough to tell a host (labels are at most 63
#: characters, and a few of them make a host).
_HOST_WINDOW = 300
#: An address in running text, up to a space, a bracket or CJK punctuation.
_ADDRESS = re.compile(r"[^\s<>()\[\]|\"'`\u3000-\u303f\uff00-\uffef]+")
#: A scheme and its slashes: "htps://", "htp:/".
_WRITTEN_SCHEME = re.compile(r"([A-Za-z]{2,7}):/{1,3}")
_FULL_WIDTH = re.compile(r"[\u3000-\u303f\uff00-\uffef]")
#: Any character for which ``str.isspace()`` holds (``\s`` of a str pattern is exactly
#: that set; tests/test_speedups.py checks every code point): one C scan, not a Python
#: generator over the characters of every URL.
_SPACE = re.compile(r"\s")
#: What any of _SPACE, _FULL_WIDTH and a parenthesis (which may be unbalanced) needs.
_ODD = re.compile(r"[\s()\u3000-\u303f\uff00-\uffef]")


def _misspelled_scheme(url: str) -> tuple[str, str] | None:
    """(the scheme as written with its slashes, ``http://`` or ``https://``) when the link's
    scheme is one typo from a web scheme (``htps://``, ``htp://``, ``httsp://``) followed by
    a host: browsers open no page for it."""
    if url.startswith(("https://", "http://")):
        return None  # well-formed: most links, answered without a regex
    match = _WRITTEN_SCHEME.match(url)
    if match is None:
        return None
    name = match.group(1).lower()
    if name in ("http", "https") or not looks_like_host(url[match.end() :]):
        return None
    to_http, to_https = OSA.distance(name, "http"), OSA.distance(name, "https")
    if min(to_http, to_https) != 1:
        return None
    return match.group(0), "http://" if to_http < to_https else "https://"


#: An empty inline link target: ``]()``, ``]( )``, ``](<>)``.
_EMPTY_TARGET = re.compile(r"\]\([ \t]*(?:<[ \t]*>)?[ \t]*\)")


def _empty_targets(document: Document, entry: Entry) -> Iterator[int]:
    """Offsets of the ``(`` of each empty link target within the entry's lines, in order."""
    start = document.offset(entry.source.line)
    offsets = document.line_offsets()
    end = offsets[entry.source.end_line] if entry.source.end_line < len(offsets) else None
    text = document.text[start:end]
    return (start + match.start() + 1 for match in _EMPTY_TARGET.finditer(text))


class MalformedUrl(LinkRule):
    """A link target that is not a URL.

    ## What it does
    Reports link targets that cannot work as written: an arXiv reference used as a target
    (``[title](arXiv:2203.01922.pdf)``), the hybrid ``arxiv.org/abs/ID.pdf``, an empty
    target ``[title]()``, a target with spaces, with full-width characters (``，``, ``）``,
    ``：``, CJK punctuation) or with unbalanced parentheses, a web address without its
    scheme (``[x](www.example.com)``, which browsers read as a file next to the list), a
    mangled scheme (``https//``, ``http:/``) and a misspelled one (``htps://``, ``htp://``:
    one typo from a web scheme, before a host; the unsafe fix writes the nearer of
    ``http://`` and ``https://``). An ``arXiv:ID`` written in running text is a
    reference, not a link target, and is not reported.

    ## Why is this bad
    Readers click and land on a 404, on a file path of the repository, or nowhere; tools
    cannot tell which paper the entry is.

    ## Example
    ```markdown
    [《Vision-Language Intelligence: Tasks, Representation Learning…》](arXiv:2203.01922.pdf)
    https://arxiv.org/abs/1706.03762.pdf
    ```

    ## Fix
    arXiv references and ``/abs/ID.pdf`` links are rewritten safely to the paper's page,
    ``https://arxiv.org/abs/ID``, keeping a version that was written. A web address without
    a scheme gets ``https://`` with ``--unsafe-fixes`` (the site may only serve http). The
    other cases need a human to find the intended address.
    """

    code = "PTM302"
    name = "malformed-url"
    severity = "error"
    fixable = "sometimes"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        empty: dict[str, Iterator[int]] = {}
        for entry, link in self.links(document):
            found = self._problem(link)
            if found is None:
                continue
            message, replacement, safe = found
            if not link.url.strip() and link.column is None:
                # The parser may not place an empty target (it gives the entry's first
                # line, a heading above the link): find the entry's next ``]()``.
                places = empty.setdefault(entry.id, _empty_targets(document, entry))
                at = next(places, None)
                if at is not None:
                    yield self.span_finding(document, at, at + 1, message)
                    continue
            fix: Fix | None = None
            start = link_start(document, link)
            if replacement is not None and start is not None and link.url:
                fix = Fix(
                    "safe" if safe else "unsafe",
                    (url_edit(start, link.url, replacement),),
                    f"link {replacement}",
                )
            yield self.link_finding(document, entry, link, message, fix)
        yield from self._unread_addresses(document)

    def _unread_addresses(self, document: Document) -> Iterator[Finding]:
        """Web addresses in an entry's text (or a prose line's) that no link was read from
        because their scheme is mangled or misspelled (``地址：https//github.com/x``, ``Paper: htps://arxiv.org/…``):
        they render as plain text."""
        offsets = document.line_offsets()
        places = [(e.source.line, e.source.end_line, e.links) for e in document.entries]
        # A line whose only address is mangled is read as prose, not as an entry.
        places += [(b.line, b.end_line, []) for b in document.blocks if b.kind == "prose"]
        for first, last, links in places:
            start = document.offset(first)
            end = offsets[last] if last < len(offsets) else len(document.text)
            text = document.text[start:end]
            if "/" not in text:
                continue
            linked: set[int | None] | None = None
            for match in _LOOSE_ADDRESS.finditer(text):
                name, slashes = match.group(1).lower(), match.group(2)
                if name in ("http", "https") and slashes == "://":
                    continue  # a well-formed address (most of them): nothing to look at
                # The host is all that is looked at after the scheme: a bounded slice, so
                # that a line of many addresses is not copied once per address.
                rest = text[match.end() : match.end() + _HOST_WINDOW]
                if not looks_like_host(rest):
                    continue
                if linked is None:
                    linked = {link_start(document, link) for link in links}
                if start + match.start() in linked:
                    continue  # a link read as one (malformed-url judges it above)
                if name in ("http", "https"):
                    meant = f"{name}://"
                else:
                    misspelled = _misspelled_scheme(f"{name}://{rest}")
                    if misspelled is None:
                        continue
                    meant = misspelled[1]
                at = start + match.start()
                written = match.group(0)
                whole = _ADDRESS.match(document.text, at)
                address = whole.group(0) if whole is not None else written
                fixed = meant + address[len(written) :]
                yield self.span_finding(
                    document,
                    at,
                    at + len(address),
                    f"{short_url(address)!r} is no link: its scheme {written!r} is mangled; "
                    f"write {short_url(fixed)}",
                    fix=Fix("unsafe", (Edit(at, at + len(written), meant),), f"write {meant}"),
                )

    @staticmethod
    def _problem(link: Link) -> tuple[str, str | None, bool] | None:
        """(message, replacement URL or None, whether the replacement is safe)."""
        url = link.url
        if not url.strip():
            return "empty link target; write the URL", None, False
        if link.style in ("bare", "paren") and ARXIV_ID.fullmatch(url):
            return None  # "arXiv:ID" in running text: a reference, not a link target
        repaired = repair_arxiv(url)
        if repaired is not None:
            if has_scheme(url) and not url.lower().startswith("arxiv:"):
                what = f"{url!r} is not a page arXiv serves (an /abs/ link ending in .pdf)"
            else:
                what = f"{url!r} is an arXiv reference, not a URL"
            return f"{what}; link {repaired}", repaired, True
        problems: list[str] = []
        if _ODD.search(url) is not None:  # one scan for the three checks below, mostly clean
            if _SPACE.search(url):
                problems.append("contains spaces")
            wide = _FULL_WIDTH.search(url)
            if wide is not None:
                problems.append(f"contains the full-width character {wide.group(0)!r}")
            if url.count("(") != url.count(")"):
                problems.append("has unbalanced parentheses")
        if _BAD_WEB_SCHEME.match(url):
            problems.append("has a malformed scheme (write https://)")
        if problems:
            return f"link target {short_url(url)!r} {' and '.join(problems)}", None, False
        misspelled = _misspelled_scheme(url)
        if misspelled is not None:
            written, meant = misspelled
            fixed = meant + url[len(written) :]
            return (
                f"link target {short_url(url)!r} has a misspelled scheme {written!r}; "
                f"write {short_url(fixed)}",
                fixed,
                False,
            )
        if not has_scheme(url) and not url.startswith(("#", "/")) and looks_like_host(url):
            fixed = "https://" + url
            return (
                f"link target {short_url(url)!r} has no scheme, so it opens as a file next to "
                f"the list; write {short_url(fixed)}",
                fixed,
                False,
            )
        return None
