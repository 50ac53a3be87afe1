"""The rules of the link checker (PTM6xx). They find nothing during ``awesome-ptm check``: their
findings come from ``awesome-ptm links`` (:func:`awesome_ptm.links.check_links`), which needs
the network. They are rule classes so that they are documented, selectable and configurable
(severity, suppression comments) like every other rule."""

from __future__ import annotations

from awesome_ptm.rules._base import Rule


class DeadLink(Rule):
    """A link whose page is gone: 404, 410, an unknown host name or a refused connection.

    ## What it does
    Requests every http(s) link of the list (``awesome-ptm links``) and reports the ones the
    server answers with 404 Not Found or 410 Gone (after confirming a HEAD answer with GET),
    whose host name does not exist, or whose server refuses connections after every retry.

    ## Why is this bad
    Readers follow the link and find nothing. Papers move and blogs disappear; an awesome
    list that is not checked rots a little every month.

    ## Example
    ```markdown
    - [BERT](https://example.com/papers/bert-that-moved)
    ```

    ## Fix
    Find where the resource lives now (the paper's arXiv or ACL Anthology page, the
    repository's new owner, an archived copy on web.archive.org) and link there, or remove
    the entry. Exclude a link that cannot be checked automatically with the ``exclude``
    option of ``[tool.awesome-ptm.links]``.
    """

    code = "PTM601"
    name = "dead-link"
    severity = "error"


class PermanentRedirect(Rule):
    """A link that the server permanently redirects (301 or 308) to another URL.

    ## What it does
    Reports links whose first answers are permanent redirects and whose redirect chain ends
    at a working page, and offers to replace the URL as written with the URL the permanent
    redirects lead to (temporary redirects after them are not followed into the fix). The
    fix is safe when the URL as written is the one that was requested; when the same
    resource is written another way elsewhere, or when the target is the site's home page,
    the fix is unsafe. Redirects to login or consent pages get no fix.

    ## Why is this bad
    The server says the resource has moved for good. Old URLs break when the redirect is
    dropped (domains expire, sites migrate again), and every reader pays an extra round trip.

    ## Example
    ```markdown
    - [ERNIE](http://github.com/PaddlePaddle/ERNIE)
    ```
    is redirected permanently to ``https://github.com/PaddlePaddle/ERNIE``.

    ## Fix
    ```markdown
    - [ERNIE](https://github.com/PaddlePaddle/ERNIE)
    ```
    """

    code = "PTM602"
    name = "permanent-redirect"
    severity = "warning"
    fixable = "sometimes"


class Soft404(Rule):
    """A link that answers "200 OK" with a "page not found" page.

    ## What it does
    Reports links that work as far as HTTP is concerned but whose page says the resource
    does not exist: the page text matches a host's "not found" pattern, or the redirect chain
    ends at a not-found URL such as ``/404``. The patterns are data
    (``awesome_ptm/data/linkcheck.yaml``, extended by the ``hosts`` option).

    ## Why is this bad
    A status check alone calls these links fine, yet readers find nothing. Some sites (blog
    platforms, WeChat articles) never answer 404.

    ## Example
    ```markdown
    - [A deleted article](https://mp.weixin.qq.com/s/deleted-article-id)
    ```
    answers 200 with "该内容已被发布者删除" (deleted by the author).

    ## Fix
    Link to another copy of the resource (the paper itself, an archive), or remove the
    entry.
    """

    code = "PTM603"
    name = "soft-404"
    severity = "error"


class LinkTimeout(Rule):
    """A link that could not be checked: timeouts, resets or server errors after every retry.

    ## What it does
    Reports links that did not answer within the ``timeout``, whose connection was reset,
    whose server kept answering 5xx, that looped through redirects, or that answered a
    status that says neither "works" nor "gone" (401, 403…), after all ``retries``.

    ## Why is this bad
    The link may be dead, or the server may be slow, down for a moment or blocking
    automated checks. It is a warning, not an error: it could be transient.

    ## Example
    ```markdown
    - [A slow site](https://slow.example.org/paper)
    ```

    ## Fix
    Open the link in a browser. If it works, raise ``timeout`` or exclude the host; if it
    does not, treat it as a dead link.
    """

    code = "PTM604"
    name = "link-timeout"
    severity = "warning"


class RateLimited(Rule):
    """A link whose server kept answering 429 Too Many Requests.

    ## What it does
    Reports links that were still rate-limited after the retries (honouring
    ``Retry-After``), or whose server asked to wait longer than ``max-retry-after``. The link
    was not checked; it is never reported as dead.

    ## Why is this bad
    It is not: this is information. The link's state is unknown until a later run.

    ## Example
    ```markdown
    - [Many links to one host](https://busy.example.org/paper/1)
    ```

    ## Fix
    Run again later (working links are cached, so the next run asks fewer), or lower
    ``per-host`` / raise ``interval`` for the host in ``[[tool.awesome-ptm.links.hosts]]``.
    """

    code = "PTM605"
    name = "rate-limited"
    severity = "info"


class LinkNotChecked(Rule):
    """A link that an offline run could not answer from the cache, or left when time ran out.

    ## What it does
    With ``--offline`` (no network), links without a cached result are reported once each,
    so that the run does not look cleaner than it is; so are the links still waiting when
    the run's ``deadline`` (``[tool.awesome-ptm.links]``, ``--deadline``) runs out.

    ## Why is this bad
    It is not: this is information. The link's state is unknown.

    ## Example
    ```markdown
    - [Never checked](https://example.org/new-paper)
    ```

    ## Fix
    Run ``awesome-ptm links`` once with the network to fill the cache.
    """

    code = "PTM606"
    name = "link-not-checked"
    severity = "info"


class InternalLink(Rule):
    """A link to a loopback, private, link-local or otherwise internal address.

    ## What it does
    Before each request (and each redirect it follows), ``awesome-ptm links`` resolves the
    host and refuses to fetch it when the host is, or resolves to, a loopback (``127.0.0.1``,
    ``localhost``, ``[::1]``), private (``10.x``, ``192.168.x``), link-local
    (``169.254.169.254``, where clouds serve their metadata), multicast or reserved address,
    in any spelling (``http://2130706433/``, ``http://0x7f.1/``, ``[::ffff:127.0.0.1]``).
    The link is reported here and not requested. ``allow-private-hosts`` in
    ``[tool.awesome-ptm.links]`` (or ``--allow-private-hosts``) turns this off for a list of
    intranet links.

    ## Why is this bad
    Readers cannot open an internal address, and a checker that fetched it from a CI
    runner would be turned against the runner's own network (its metadata service, admin
    pages on localhost): a list in a pull request could make it do so.

    ## Example
    ```markdown
    - [Admin](http://127.0.0.1:8080/secret/admin?token=1)
    ```

    ## Fix
    Link the public address of the resource, or remove the link.
    """

    code = "PTM607"
    name = "internal-link"
    severity = "warning"


#: The link checker's rules, in code order, for the registry and the docs.
LINK_RULES: tuple[type[Rule], ...] = (
    DeadLink,
    PermanentRedirect,
    Soft404,
    LinkTimeout,
    RateLimited,
    LinkNotChecked,
    InternalLink,
)
RULES: tuple[type[Rule], ...] = LINK_RULES
