"""PTM303 insecure-http: an ``http://`` link to a host known to serve https."""

from __future__ import annotations

from collections.abc import Iterable

from awesome_ptm.findings import Finding, Fix
from awesome_ptm.identity import https_upgrade
from awesome_ptm.model import Document
from awesome_ptm.rules._base import Context
from awesome_ptm.rules.links._link_rule import LinkRule, link_start, url_edit
from awesome_ptm.rules.links._targets import url_host


class InsecureHttp(LinkRule):
    """An ``http://`` link to a site that serves the same page over https.

    ## What it does
    Reports ``http://`` links whose host is known to serve https (the ``https`` list in
    ``data/hosts.yaml``: GitHub, arXiv, Zhihu, WeChat, 360doc, GitHub Pages…). Hosts that
    are not listed (lab and personal pages) are left alone: their https may not work.

    ## Why is this bad
    Plain http can be read and rewritten on the way, and browsers warn about it; the https
    page is the same page.

    ## Example
    ```markdown
    2020年3月，哈工大讯飞联合实验室推出了中文ELECTRA预训练模型
    http://github.com/ymcui/Chinese-ELECTRA
    ```

    ## Fix
    Safe: ``http://`` becomes ``https://``; nothing else in the link changes.
    """

    code = "PTM303"
    name = "insecure-http"
    severity = "info"
    fixable = "safe"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        for entry, link in self.links(document):
            upgraded = https_upgrade(link.url)
            if upgraded is None:
                continue
            start = link_start(document, link)
            fix = (
                Fix("safe", (url_edit(start, link.url, upgraded),), "use https")
                if start is not None and upgraded.strip() == upgraded
                else None
            )
            message = f"insecure http link to {url_host(link.url)}, which serves https; use https"
            yield self.link_finding(document, entry, link, message, fix)
