"""``check_links``: every distinct http(s) link of a corpus checked once, the outcomes turned into
findings at every place the link is written."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urlsplit

import httpx

from awesome_ptm.corpus import Corpus
from awesome_ptm.findings import Finding, Fix, Related
from awesome_ptm.links._outcomes import (
    DEAD,
    INTERNAL,
    NOT_CHECKED,
    OK,
    RATE_LIMITED,
    SOFT_404,
    UNREACHABLE,
    Outcome,
    phrase,
)
from awesome_ptm.links.address import GuardedBackend
from awesome_ptm.links.cache import CachedResult, LinkCache, default_cache_path
from awesome_ptm.links.http import PERMANENT, Checker
from awesome_ptm.links.options import LinkOptions
from awesome_ptm.model import Document, Link
from awesome_ptm.rules._base import Rule, iter_link_spans
from awesome_ptm.rules.linkcheck import (
    DeadLink,
    InternalLink,
    LinkNotChecked,
    LinkTimeout,
    PermanentRedirect,
    RateLimited,
    Soft404,
)

#: ``progress(done, total)``: called with (0, total) first, then after each distinct link.
Progress = Callable[[int, int], None]

#: A URL that can replace another in Markdown without escaping (no spaces, parentheses, pipes,
#: angle brackets or backslashes, which would end or break a link or a table cell).
_PLAIN_URL = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'*+,;=%]+$")


@dataclass(frozen=True, slots=True)
class LinkSite:
    """One place a link is written."""

    path: str
    line: int
    column: int | None
    url: str
    entry_id: str


@dataclass(frozen=True, slots=True)
class SkippedLink:
    """A link that was not checked, and why (``not http(s)``, ``excluded``)."""

    url: str
    path: str
    line: int
    reason: str


@dataclass(slots=True)
class LinkResult:
    """What happened to one distinct link (all the places it is written share it).

    ``outcome`` is one of ``ok``, ``dead``, ``soft-404``, ``unreachable``, ``rate-limited``,
    ``not-checked``. ``url`` is the URL requested (the first place's URL, without fragment);
    ``redirects`` are the ``(status, target)`` hops followed; ``attempts`` the requests made
    (0 when answered from the cache).
    """

    url: str
    canonical: str
    outcome: str
    status: int | None
    final_url: str | None
    redirects: tuple[tuple[int, str], ...]
    detail: str
    attempts: int
    from_cache: bool
    sites: list[LinkSite]

    @property
    def permanent_target(self) -> str | None:
        """Where the leading permanent redirects (301/308) lead, if the first hop is one."""
        target = None
        for status, url in self.redirects:
            if status not in PERMANENT:
                break
            target = url
        return target


@dataclass(slots=True)
class LinkReport:
    """Everything ``check_links`` found. ``findings`` are sorted and ready for
    :func:`awesome_ptm.report.render_findings`."""

    findings: list[Finding]
    results: list[LinkResult]
    skipped: list[SkippedLink]
    requests: int = 0
    elapsed: float = 0.0
    peak_per_host: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def errors(self) -> int:
        return sum(1 for finding in self.findings if finding.severity == "error")

    @property
    def cached(self) -> int:
        """Distinct links answered from the cache."""
        return sum(1 for result in self.results if result.from_cache)

    def counts(self) -> dict[str, int]:
        """Distinct links per outcome."""
        counts: dict[str, int] = {}
        for result in self.results:
            counts[result.outcome] = counts.get(result.outcome, 0) + 1
        return dict(sorted(counts.items()))


@dataclass(slots=True)
class _Target:
    url: str
    canonical: str
    places: list[tuple[Document, Link, str]]


def _collect(corpus: Corpus, options: LinkOptions) -> tuple[list[_Target], list[SkippedLink]]:
    targets: dict[str, _Target] = {}
    skipped: list[SkippedLink] = []
    for document in corpus.documents:
        for entry in document.entries:
            for link in entry.links:
                scheme = urlsplit(link.url.strip()).scheme.lower()
                if scheme not in ("http", "https"):
                    skipped.append(SkippedLink(link.url, document.path, link.line, "not http(s)"))
                    continue
                if not options.wanted(link.url):
                    skipped.append(SkippedLink(link.url, document.path, link.line, "excluded"))
                    continue
                # Fragments name parts of one resource: the resource is checked once.
                key = urldefrag(link.canonical or link.url).url
                target = targets.get(key)
                if target is None:
                    url = urldefrag(link.url.strip()).url
                    target = targets[key] = _Target(url, key, [])
                target.places.append((document, link, entry.id))
    return list(targets.values()), skipped


def _open_cache(options: LinkOptions, warnings: list[str]) -> LinkCache | None:
    if not options.cache:
        return None
    cache = LinkCache.load(options.cache_path or default_cache_path())
    if cache.error:
        warnings.append(cache.error)
        cache.error = None
    return cache


def _from_cache(url: str, hit: CachedResult) -> Outcome:
    return Outcome(OK, url, hit.status, hit.final_url, hit.redirects, "", 0)


def make_client(options: LinkOptions) -> httpx.AsyncClient:
    """The client ``check_links`` uses when none is given: the honest user agent, the timeout,
    a connection pool as large as the global limit, no automatic redirects; unless
    ``allow_private_hosts``, connections go only to public addresses, checked when each
    connection is made (:class:`~awesome_ptm.links.address.GuardedBackend`)."""
    limits = httpx.Limits(
        max_connections=options.max_concurrency,
        max_keepalive_connections=options.max_concurrency,
    )
    transport: httpx.AsyncHTTPTransport | None = None
    if not options.allow_private_hosts:
        transport = httpx.AsyncHTTPTransport(limits=limits, trust_env=options.trust_env)
        pool = getattr(transport, "_pool", None)
        if pool is None or not hasattr(pool, "_network_backend"):
            # httpx offers no public way to set the network backend; should its insides
            # change, fail loudly rather than run without the connection-time check.
            raise RuntimeError("cannot install the address guard in this httpx version")
        pool._network_backend = GuardedBackend()
    return httpx.AsyncClient(
        transport=transport,
        headers={
            "User-Agent": options.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        },
        timeout=httpx.Timeout(options.timeout, pool=None),
        limits=limits,
        follow_redirects=False,
        trust_env=options.trust_env,
    )


async def check_links_async(
    corpus: Corpus,
    options: LinkOptions | None = None,
    *,
    progress: Progress | None = None,
    client: httpx.AsyncClient | None = None,
) -> LinkReport:
    """Check every distinct http(s) link of ``corpus`` once; see :func:`check_links`.

    ``client`` is used instead of a new one (and left open) when given; it must not follow
    redirects by itself.
    """
    started = time.perf_counter()
    options = options or LinkOptions()
    targets, skipped = _collect(corpus, options)
    warnings: list[str] = []
    cache = _open_cache(options, warnings)
    total = len(targets)
    done = 0
    if progress is not None:
        progress(0, total)

    outcomes: dict[int, tuple[Outcome, bool]] = {}
    pending: list[int] = []
    now = time.time()
    max_age = None if options.offline else options.max_age
    for index, target in enumerate(targets):
        hit = cache.get(target.url, max_age, now) if cache is not None else None
        if hit is not None:
            outcomes[index] = (_from_cache(target.url, hit), True)
        elif options.offline:
            detail = "offline, and no cached result"
            outcomes[index] = (Outcome(NOT_CHECKED, target.url, detail=detail), False)
        else:
            pending.append(index)
            continue
        done += 1
        if progress is not None:
            progress(done, total)

    requests = 0
    peaks: dict[str, int] = {}
    if pending:
        http = client if client is not None else make_client(options)
        checker = Checker(http, options)

        async def run(index: int) -> tuple[int, Outcome]:
            return index, await checker.check(targets[index].url)

        tasks = [asyncio.create_task(run(index)) for index in pending]
        deadline = options.deadline or None
        try:
            try:
                for future in asyncio.as_completed(tasks, timeout=deadline):
                    index, outcome = await future
                    outcomes[index] = (outcome, False)
                    if cache is not None:
                        _remember(cache, outcome)
                    done += 1
                    if progress is not None:
                        progress(done, total)
            except asyncio.TimeoutError:
                # The run's time is up: what is left is reported, not waited for.
                left = [index for index in pending if index not in outcomes]
                detail = f"the run's deadline of {options.deadline:g} s ran out first"
                for index in left:
                    outcomes[index] = (
                        Outcome(NOT_CHECKED, targets[index].url, detail=detail),
                        False,
                    )
                warnings.append(
                    f"links: the deadline of {options.deadline:g} s ran out; {len(left)} "
                    "link(s) not checked (raise links.deadline or --deadline)"
                )
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            if client is None:
                await http.aclose()
            if cache is not None:
                cache.save()
                if cache.error:
                    warnings.append(cache.error)
        requests = checker.stats.requests
        peaks = checker.peaks()
        if not checker.stats.answered_hosts and len(checker.stats.failed_hosts) > 1:
            downgraded = _downgrade_connection_failures(outcomes)
            if downgraded:
                warnings.append(
                    f"no host answered at all; is the network down? {downgraded} links that "
                    "could not be resolved or connected to are reported as unreachable, "
                    "not dead"
                )

    results = [_result(target, *outcomes[index]) for index, target in enumerate(targets)]
    findings: list[Finding] = []
    for target, result in zip(targets, results, strict=True):
        findings.extend(_findings(target, result, options))
    findings.sort(key=Finding.sort_key)
    return LinkReport(
        findings=findings,
        results=results,
        skipped=skipped,
        requests=requests,
        elapsed=time.perf_counter() - started,
        peak_per_host=peaks,
        warnings=warnings,
    )


def check_links(
    corpus: Corpus,
    options: LinkOptions | None = None,
    *,
    progress: Progress | None = None,
) -> LinkReport:
    """Check every distinct http(s) link of ``corpus`` (by canonical identity) once, and report
    each problem at every place the link is written (``related`` names the other places).

    Findings: dead-link (PTM601), permanent-redirect (PTM602, with a fix), soft-404
    (PTM603), link-timeout (PTM604), rate-limited (PTM605), link-not-checked (PTM606, with
    ``offline`` or when the ``deadline`` runs out), internal-link (PTM607: an internal
    address, refused unless ``allow_private_hosts``). Runs its own event loop; from async code use
    :func:`check_links_async`. Raises :class:`~awesome_ptm.errors.ConfigError` on bad
    options; network problems are findings, never exceptions.
    """
    return asyncio.run(check_links_async(corpus, options, progress=progress))


def _result(target: _Target, outcome: Outcome, from_cache: bool) -> LinkResult:
    return LinkResult(
        url=target.url,
        canonical=target.canonical,
        outcome=outcome.outcome,
        status=outcome.status,
        final_url=outcome.final_url,
        redirects=outcome.redirects,
        detail=outcome.detail,
        attempts=outcome.attempts,
        from_cache=from_cache,
        sites=[
            LinkSite(document.path, link.line, link.column, link.url, entry_id)
            for document, link, entry_id in target.places
        ],
    )


def _remember(cache: LinkCache, outcome: Outcome) -> None:
    if outcome.outcome == OK and outcome.status is not None:
        final = outcome.final_url or outcome.url
        cache.put(outcome.url, CachedResult(outcome.status, final, outcome.redirects, time.time()))
    elif outcome.outcome in (DEAD, SOFT_404):
        # A stale success is kept through transient trouble (for offline runs), not this.
        cache.forget(outcome.url)


def _downgrade_connection_failures(outcomes: dict[int, tuple[Outcome, bool]]) -> int:
    count = 0
    for outcome, _ in outcomes.values():
        if outcome.outcome == DEAD and outcome.failure in ("dns", "refused"):
            outcome.outcome = UNREACHABLE
            count += 1
    return count


# --- findings ---------------------------------------------------------------------------------

_RULES: dict[str, Rule] = {
    DEAD: DeadLink(),
    SOFT_404: Soft404(),
    UNREACHABLE: LinkTimeout(),
    RATE_LIMITED: RateLimited(),
    NOT_CHECKED: LinkNotChecked(),
    INTERNAL: InternalLink(),
}
_REDIRECT = PermanentRedirect()


def _related(target: _Target, index: int) -> list[Related]:
    return [
        Related(document.path, link.line, f"the same link: {link.url}")
        for other, (document, link, _) in enumerate(target.places)
        if other != index
    ]


def _span(document: Document, link: Link) -> tuple[int, int] | None:
    for start in iter_link_spans(document, link.line, link.column, link.url):
        return start, start + len(link.url)
    return None


def _findings(target: _Target, result: LinkResult, options: LinkOptions) -> Iterable[Finding]:
    if result.outcome == OK:
        yield from _redirect_findings(target, result, options)
        return
    rule = _RULES[result.outcome]
    message = _message(result)
    for index, (document, link, _) in enumerate(target.places):
        span = _span(document, link)
        column = link.column or 1
        yield rule.finding(
            document,
            link.line,
            message,
            column=column,
            end_line=link.line if span else None,
            end_column=column + len(link.url) if span else None,
            related=_related(target, index),
        )


def _message(result: LinkResult) -> str:
    url = result.url
    via = ""
    if result.redirects and result.final_url and result.final_url != url:
        via = f" (redirected to {result.final_url})"
    if result.outcome == DEAD:
        return f"dead link {url}: {result.detail}{via}"
    if result.outcome == SOFT_404:
        return f"soft 404 at {url}: {result.detail}"
    if result.outcome == RATE_LIMITED:
        return f"rate-limited, not checked: {url} {result.detail}{via}; try again later"
    if result.outcome == NOT_CHECKED:
        return f"not checked: {url} ({result.detail})"
    if result.outcome == INTERNAL:
        return f"internal address, not checked: {url}: {result.detail}"
    return f"could not check {url}: {result.detail}{via}; it could be transient"


def _redirect_findings(
    target: _Target, result: LinkResult, options: LinkOptions
) -> Iterable[Finding]:
    moved_to = result.permanent_target
    if moved_to is None:
        return
    first_status = result.redirects[0][0]
    message = f"permanent redirect ({phrase(first_status)}) to {moved_to}"
    if result.final_url and result.final_url != moved_to:
        message += f", which leads on to {result.final_url}"
    no_fix = any(pattern.search(moved_to) for pattern in options.no_fix_targets())
    if no_fix:
        message += "; it leads to a login or consent page, so no fix is offered"
    requested = urlsplit(result.url)
    moved = urlsplit(moved_to)
    to_home = moved.path in ("", "/") and not moved.query and requested.path not in ("", "/")
    if to_home and not no_fix:
        message += "; the target is the site's home page: the page itself may be gone"
    downgrade = requested.scheme == "https" and moved.scheme == "http"
    if downgrade and not no_fix:
        message += "; the target is not https"
    for index, (document, link, _) in enumerate(target.places):
        written, fragment = urldefrag(link.url.strip())
        if written == urldefrag(moved_to).url:
            continue  # this place already links to where the redirects lead
        replacement = moved_to
        if fragment and "#" not in replacement:
            replacement += "#" + fragment
        span = _span(document, link)
        column = link.column or 1
        fix: Fix | None = None
        if span is not None and not no_fix and replacement != link.url:
            safe = (
                written == result.url
                and not to_home
                and not downgrade
                and bool(_PLAIN_URL.match(replacement))
            )
            note = "" if written == result.url else f" (checked as {result.url})"
            fix = Rule.replace(
                span[0], span[1], replacement, safe=safe, message=f"replace with {replacement}"
            )
            if note:
                fix = Fix(fix.applicability, fix.edits, fix.message + note)
        yield _REDIRECT.finding(
            document,
            link.line,
            message,
            column=column,
            end_line=link.line if span else None,
            end_column=column + len(link.url) if span else None,
            fix=fix,
            related=_related(target, index),
        )
