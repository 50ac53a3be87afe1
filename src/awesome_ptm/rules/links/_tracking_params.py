"""PTM304 tracking-params: share and tracking parameters, or a share-marker fragment, in a
link."""

from __future__ import annotations

from collections.abc import Iterable

from awesome_ptm.findings import Finding, Fix
from awesome_ptm.identity import strip_tracking, tracking_params
from awesome_ptm.model import Document
from awesome_ptm.rules._base import Context
from awesome_ptm.rules.links._data import link_data
from awesome_ptm.rules.links._link_rule import LinkRule, link_start, url_edit


class TrackingParams(LinkRule):
    """A link that carries share or tracking parameters.

    ## What it does
    Reports links with query parameters that only record how the link was shared or clicked
    (the list in ``data/tracking.yaml``): ``utm_*`` campaign tags, WeChat's ``chksm``,
    ``mpshare``, ``scene``, ``srcid``, ``sharer_*``, ``exportkey`` and friends, Baidu's
    ``wfr`` and ``for=pc``, Twitter/X's ``s=20`` and ``t=``, share junk fragments such as
    WeChat's ``#rd``, and text-fragment directives (``#:~:text=…``, "copy link to
    highlight"). WeChat's
    ``pass_ticket``, ``key`` and ``uin`` are worse: they are the session of the reader who
    copied the link, and the message says so.

    ## Why is this bad
    The parameters make links long and unreadable, hide that two entries are the same
    article, feed the site's analytics, and session parameters publish someone's login.

    ## Example
    ```markdown
    - [Big Bird：支持更长序列的 Transformer](https://baijiahao.baidu.com/s?id=1674061802676524773&wfr=spider&for=pc)
    ```

    ## Fix
    Safe: the parameters (and junk fragment) are removed; every other part of the link is
    kept as written, so the link opens the same page.
    """

    code = "PTM304"
    name = "tracking-params"
    severity = "info"
    fixable = "safe"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        session_names = link_data().session_params
        for entry, link in self.links(document):
            cleaned = strip_tracking(link.url)
            if cleaned == link.url:
                continue
            params = tracking_params(link.url)
            if params:
                message = f"link carries share/tracking parameters: {', '.join(params)}"
                session = [p for p in params if p.casefold() in session_names]
                if session:
                    message += f"; {', '.join(session)} leaks a reader's session"
            else:
                fragment = link.url.partition("#")[2]
                anchor = cleaned.partition("#")[2]
                # A directive after an anchor ("#intro:~:text=…") goes; the anchor stays.
                removed = fragment[len(anchor) :] if anchor else f"#{fragment}"
                message = f"link ends in the share marker {removed}"
            start = link_start(document, link)
            fix = (
                Fix("safe", (url_edit(start, link.url, cleaned),), "remove tracking parameters")
                if start is not None and cleaned
                else None
            )
            yield self.link_finding(document, entry, link, message + "; remove them", fix)
