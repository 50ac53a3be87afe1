"""A fast path for markdown-it's link normalisation, which costs a sixth of a parse.

markdown-it-py normalises every link target with ``mdurl``: parse the URL, punycode the
host, format it back and percent-encode it. For the targets lists are made of (an http(s)
URL with a plain ASCII host, then a path, query and fragment of characters that need no
encoding, or a path or anchor of those characters not starting with ``//``) that is the
identity, so they are returned as they are; anything else goes through markdown-it's own
function. The shape is checked against the original in ``tests/test_speedups.py``.
"""

from __future__ import annotations

import re

from markdown_it.common.normalize_url import normalizeLink

# Characters mdurl.encode keeps as they are (ENCODE_DEFAULT_CHARS and ASCII letters and
# digits), less "@" and "%": "@" may start userinfo, which mdurl drops when empty, and "%"
# escapes are checked by the encoder. ":" only after the host, where it cannot be a port.
# Without a scheme the target must not start with "//": that is a protocol-relative URL,
# whose host mdurl parses (``//::`` becomes ``//:``, the empty port dropped).
_PATH = r"[/?#][A-Za-z0-9;/?:&=+$,\-_.!~*'()#]*"
_UNCHANGED = re.compile(rf"https?://[A-Za-z0-9.\-]+(?:{_PATH})?|(?:(?!//){_PATH})?", re.ASCII)


def normalize_link(url: str) -> str:
    """``markdown_it``'s ``normalizeLink(url)``, without its work where it changes nothing."""
    if _UNCHANGED.fullmatch(url):
        return url
    return normalizeLink(url)
