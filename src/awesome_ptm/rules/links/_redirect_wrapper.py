"""PTM305 redirect-wrapper: a link through a site's redirect page that carries its
destination."""

from __future__ import annotations

from collections.abc import Iterable

from awesome_ptm.findings import Finding, Fix
from awesome_ptm.identity import redirect_target
from awesome_ptm.model import Document
from awesome_ptm.rules._base import Context
from awesome_ptm.rules.links._link_rule import LinkRule, link_start, url_edit
from awesome_ptm.rules.links._targets import fits_style, short_url, url_host


class RedirectWrapper(LinkRule):
    """A link that goes through a site's "you are leaving" redirect page.

    ## What it does
    Reports links to redirect wrappers whose destination is written in the link itself
    (``data/redirects.yaml``): ``link.zhihu.com/?target=…``, ``link.csdn.net/?target=…``,
    ``link.juejin.cn/?target=…``, Jianshu and Google result links. Such links are what you
    get when copying a link out of a Zhihu or CSDN article.

    ## Why is this bad
    The reader takes a detour through another site (which may show an interstitial page or
    disappear), the real destination is unreadable, and duplicates of the same resource
    go unnoticed.

    ## Example
    ```markdown
    ALbert模型的实现
    https://link.zhihu.com/?target=https%3A//github.com/brightmart/albert_zh
    ```

    ## Fix
    Safe: the link is replaced by its decoded destination
    (``https://github.com/brightmart/albert_zh``), unless the destination cannot be
    written in the link's place as is (spaces, brackets), which is left to a human.
    """

    code = "PTM305"
    name = "redirect-wrapper"
    severity = "warning"
    fixable = "safe"

    def check(self, document: Document, context: Context) -> Iterable[Finding]:
        for entry, link in self.links(document):
            target = redirect_target(link.url)
            if target is None:
                continue
            start = link_start(document, link)
            fix = (
                Fix("safe", (url_edit(start, link.url, target),), f"link {target}")
                if start is not None and fits_style(target, link.style)
                else None
            )
            message = (
                f"link goes through the {url_host(link.url)} redirect page; "
                f"link {short_url(target)} directly"
            )
            yield self.link_finding(document, entry, link, message, fix)
