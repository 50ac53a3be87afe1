"""Paper identifiers (arXiv, ACL Anthology, DOI) found in links."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from urllib.parse import quote, unquote

from ._data import hosts
from ._rewrite import redirect_target
from ._url import host_matches, parse_web

# The identifier grammars are fixed formats defined by arXiv, the ACL Anthology and the DOI
# handbook, not curation rules, so they live here; the hosts serving them are in hosts.yaml.
#
# arXiv: new style YYMM.NNNN(N); old style archive(.SUBJECT)/YYMMNNN, e.g. cs/0112017,
# math.GT/0309136, hep-th/9901001.
_ARXIV_ID = r"(?P<id>\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?/\d{7})(?P<version>v\d+)?"
_ARXIV_PATH = re.compile(
    rf"^/(?P<view>abs|pdf|html|ps|format)/{_ARXIV_ID}(?P<pdf>\.pdf)?/?$", re.IGNORECASE
)
_ARXIV_REF = re.compile(rf"^arxiv:\s*{_ARXIV_ID}(?P<pdf>\.pdf)?$", re.IGNORECASE)

# ACL Anthology: old style letter + year + number (N19-1423), new style
# year.venue(-volume).number (2020.findings-emnlp.58). aclweb.org put them under /anthology/,
# at first in letter/letter+year folders (/anthology/N/N19/N19-1423.pdf).
_ACL_OLD = r"[A-Za-z]\d{2}-\d{4}"
_ACL_NEW = r"\d{4}\.[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*\.\d+"
_ACL_ID = re.compile(rf"^(?:{_ACL_OLD}|{_ACL_NEW})$")
_ACL_PATH = re.compile(
    rf"^(?:/anthology)?(?:/[A-Za-z]/[A-Za-z]\d{{2}})?/(?P<id>{_ACL_OLD}|{_ACL_NEW})(?:\.pdf)?/?$"
)

# DOI: "10." registrant "/" suffix; the suffix may contain almost anything but spaces.
_DOI = re.compile(r"^10\.\d{4,9}/\S+$")
_DOI_REF = re.compile(r"^doi:\s*(?P<doi>\S+)$", re.IGNORECASE)

# Characters a DOI keeps unescaped in a doi.org path (RFC 3986 pchar and "/"); the rest
# ("#", "?", "%", "<", ">", spaces ...) must be escaped for the link to resolve.
_DOI_SAFE = "/:@!$&'()*+,;="


@dataclass(frozen=True, slots=True)
class PaperId:
    """A paper identifier: ``scheme`` is "arxiv", "acl" or "doi".

    ``value`` is the identifier in its canonical spelling: "1706.03762", "N19-1423",
    "2020.findings-emnlp.58", "10.1145/3292500.3330701" (DOIs lowercased). ``version`` is the
    arXiv version ("v2") when the link names one; it is not part of the paper's identity.
    """

    scheme: str
    value: str
    version: str | None = None


# Pure function of the string; lists repeat links, and several rules ask about the same one.
@functools.lru_cache(maxsize=1 << 18)
def paper_identifier(url: str) -> PaperId | None:
    """The paper a link points at, or None.

    Understands arXiv links and ``arXiv:ID`` references, ACL Anthology links (aclweb.org and
    aclanthology.org), DOIs (``doi:`` references, doi.org links and publisher pages listed in
    hosts.yaml). ACL DOIs (10.18653/v1/ID) give the ACL id. Redirect wrappers are unwrapped.
    """
    text = url.strip()
    text = redirect_target(text) or text
    match = _ARXIV_REF.match(text)
    if match:
        return _arxiv(match)
    match = _DOI_REF.match(text)
    if match:
        return _doi(match["doi"])
    web = parse_web(text)
    if web is None:
        return None
    papers = hosts().papers
    host = web.key_host
    if papers.arxiv.serves(host):
        match = _ARXIV_PATH.match(web.path)
        return _arxiv(match) if match else None
    if papers.acl.serves(host):
        match = _ACL_PATH.match(web.path)
        return PaperId("acl", _acl_spelling(match["id"])) if match else None
    if papers.doi.serves(host):
        return _doi(unquote(web.path.removeprefix("/")))
    for publisher, pattern in papers.publisher_paths:
        if host_matches(host, publisher):
            match = pattern.search(web.path)
            if match:
                return _doi(unquote(match["doi"]))
    return None


def paper_url(paper: PaperId) -> str:
    """The canonical link of a paper (templates in hosts.yaml); the version is dropped."""
    papers = hosts().papers
    if paper.scheme == "arxiv":
        return papers.arxiv.url.format(id=paper.value)
    if paper.scheme == "acl":
        return papers.acl.url.format(id=paper.value)
    return papers.doi.url.format(id=quote(paper.value, safe=_DOI_SAFE))


def repair_arxiv(url: str) -> str | None:
    """Fix an arXiv reference that is not a working link, or return None.

    ``arXiv:2203.01922`` and ``arXiv:2203.01922.pdf`` (not links at all) and the broken
    hybrid ``arxiv.org/abs/1706.03762.pdf`` become ``https://arxiv.org/abs/ID``, keeping a
    version the author wrote. Working arXiv links (``/pdf/ID.pdf``, http) give None.
    """
    text = url.strip()
    match = _ARXIV_REF.match(text)
    if match is None:
        web = parse_web(text)
        if web is None or not hosts().papers.arxiv.serves(web.key_host):
            return None
        match = _ARXIV_PATH.match(web.path)
        # "/pdf/ID.pdf" is how arXiv itself spells PDF links; only other views break.
        if match is None or not match["pdf"] or match["view"].lower() == "pdf":
            return None
    paper = _arxiv(match)
    return hosts().papers.arxiv.url.format(id=paper.value + (paper.version or ""))


def _arxiv(match: re.Match[str]) -> PaperId:
    version = match["version"]
    return PaperId("arxiv", match["id"], version.lower() if version else None)


def _acl_spelling(acl_id: str) -> str:
    # The Anthology spells old ids upper case (N19-1423) and new ids lower case; both are
    # matched case-insensitively (DOIs are lowercased), so pick its spelling.
    return acl_id.lower() if "." in acl_id else acl_id.upper()


def _doi(doi: str) -> PaperId | None:
    doi = doi.strip().lower()
    if not _DOI.match(doi):
        return None
    prefix = hosts().papers.acl_doi_prefix
    if doi.startswith(prefix):
        acl_id = doi.removeprefix(prefix)
        if _ACL_ID.match(acl_id):
            return PaperId("acl", _acl_spelling(acl_id))
    return PaperId("doi", doi)
