"""Paper identities as metadata keys: ``arxiv:1706.03762``, ``acl:N19-1423``, ``doi:10.…``,
``openreview:ID``, ``s2:<sha>``, ``corpusid:N``.

arXiv, ACL Anthology and DOI identities come from :func:`awesome_ptm.identity.
paper_identifier` (the one place that knows those grammars); OpenReview and Semantic Scholar
links are read with the patterns of ``data/metadata.yaml``.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit

from awesome_ptm.identity import paper_identifier
from awesome_ptm.metadata._data import metadata_data
from awesome_ptm.model import Entry

#: Schemes in the order an entry's identities are preferred.
SCHEMES = ("acl", "arxiv", "doi", "openreview", "s2", "corpusid")

# A bare identifier given to `add` (not a link, no "arXiv:" prefix): the grammars are the
# ones identity/ reads from links; these only recognise which one the user typed.
_BARE_ARXIV = re.compile(r"^(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?$")
_BARE_DOI = re.compile(r"^10\.\d{4,9}/\S+$")
_BARE_ACL = re.compile(r"^(?:[A-Za-z]\d{2}-\d{4}|\d{4}\.[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*\.\d+)$")
_PREFIXED = re.compile(r"^(?P<scheme>[A-Za-z]+):\s*(?P<id>\S+)$")


@functools.lru_cache(maxsize=1 << 16)
def link_key(url: str) -> str | None:
    """The metadata key of the paper ``url`` points at, or None."""
    paper = paper_identifier(url)
    if paper is not None:
        return f"{paper.scheme}:{paper.value}"
    try:
        host = (urlsplit(url.strip()).hostname or "").removeprefix("www.")
    except ValueError:
        return None
    for link in metadata_data().links:
        if any(host == h or host.endswith("." + h) for h in link.hosts):
            match = link.pattern.search(url)
            if match:
                return f"{link.scheme}:{match['id']}"
    return None


def entry_keys(entry: Entry) -> list[str]:
    """The distinct paper identities of an entry (its links and written identifiers), the
    entry's own order kept."""
    keys: list[str] = []
    for url in [link.url for link in entry.links if link.kind == "paper"] + entry.identifiers:
        key = link_key(url)
        if key is not None and key not in keys:
            keys.append(key)
    return keys


def parse_id(text: str) -> str | None:
    """The key of an identifier as a user types it: a link, ``arXiv:ID``, ``doi:10…``,
    ``ACL:N19-1423``, ``CorpusId:N``, ``openreview:ID``, or a bare arXiv id, DOI or ACL id."""
    text = text.strip()
    key = link_key(text)
    if key is not None:
        return key
    match = _PREFIXED.match(text)
    if match:
        scheme, value = match["scheme"].lower(), match["id"]
        if scheme in ("arxiv", "doi"):
            return link_key(f"{scheme}:{value}")
        if scheme == "acl":
            return _acl(value)
        if scheme == "corpusid" and value.isdigit():
            return f"corpusid:{value}"
        if scheme == "openreview":
            return f"openreview:{value}"
        if scheme == "s2" and re.fullmatch(r"[0-9a-f]{40}", value):
            return f"s2:{value}"
        return None
    if _BARE_ARXIV.match(text):
        return link_key(f"arXiv:{text}")
    if _BARE_DOI.match(text):
        return link_key(f"doi:{text}")
    if re.fullmatch(r"[0-9a-f]{40}", text):
        return f"s2:{text}"
    return _acl(text)


def _acl(value: str) -> str | None:
    if not _BARE_ACL.match(value):
        return None
    return f"acl:{value.lower() if '.' in value else value.upper()}"


def key_url(key: str) -> str:
    """A link to the paper of ``key``, for a new entry."""
    from awesome_ptm.identity import canonical_url

    scheme, _, value = key.partition(":")
    if scheme == "arxiv":
        return canonical_url(f"arXiv:{value}")
    if scheme == "doi":
        return canonical_url(f"doi:{value}")
    if scheme == "acl":
        return canonical_url(f"https://aclanthology.org/{value}/")
    if scheme == "openreview":
        return f"https://openreview.net/forum?id={value}"
    if scheme == "corpusid":
        return f"https://api.semanticscholar.org/CorpusID:{value}"
    return f"https://www.semanticscholar.org/paper/{value}"
