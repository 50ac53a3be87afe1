"""The HTTP side of the link checker: polite gates per host, retries, HEAD then GET, redirects
followed by hand (so each hop is recorded and goes through its own host's gate), soft-404
detection, and the classification of what happened into an outcome (the outcomes, answers and
failures themselves are in ``_outcomes``)."""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import random
import re
import ssl
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import httpx

from awesome_ptm.links._outcomes import (
    DEAD,
    INTERNAL,
    OK,
    RATE_LIMITED,
    SOFT_404,
    UNREACHABLE,
    Answer,
    Failure,
    Outcome,
    classify_error,
    phrase,
)
from awesome_ptm.links.address import BlockedAddress, url_refusal
from awesome_ptm.links.options import HostRule, LinkOptions, host_key

#: Bodies we do not look at are read up to this size so that the connection can be reused.
DRAIN_BYTES = 64 * 1024
REDIRECTS = frozenset({301, 302, 303, 307, 308})
PERMANENT = frozenset({301, 308})
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


class HostGate:
    """At most ``limit`` requests in flight to one host, starts at least ``interval`` apart,
    and none before ``paused_until`` (set from a ``Retry-After``)."""

    def __init__(self, limit: int, interval: float) -> None:
        self.limit = limit
        self.interval = interval
        self.semaphore = asyncio.Semaphore(limit)
        self.next_start = 0.0
        self.paused_until = 0.0
        self.active = 0
        self.peak = 0

    def pause(self, seconds: float) -> None:
        loop = asyncio.get_running_loop()
        self.paused_until = max(self.paused_until, loop.time() + seconds)

    @contextlib.asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        async with self.semaphore:
            loop = asyncio.get_running_loop()
            while True:
                now = loop.time()
                start = max(self.next_start, self.paused_until)
                if start <= now:
                    break
                await asyncio.sleep(start - now)
            # No await between the last check and this: slots are handed out one at a time.
            self.next_start = loop.time() + self.interval
            self.active += 1
            self.peak = max(self.peak, self.active)
            try:
                yield
            finally:
                self.active -= 1


@dataclass(slots=True)
class Stats:
    requests: int = 0
    answered_hosts: set[str] = field(default_factory=set)
    failed_hosts: set[str] = field(default_factory=set)


class Checker:
    """Checks URLs with one client; create it inside the running event loop."""

    def __init__(self, client: httpx.AsyncClient, options: LinkOptions) -> None:
        self.client = client
        self.options = options
        self.rules = options.host_rules()
        self.random = random.Random(options.seed)
        self.global_limit = asyncio.Semaphore(options.max_concurrency)
        self.gates: dict[str, HostGate] = {}
        self.stats = Stats()
        #: Hosts that refused a HEAD (405, 501): their other links go straight to GET.
        self.head_refused: set[str] = set()
        self.no_fix = options.no_fix_targets()
        #: Per host (and port): why it is refused, or None. Resolved once per run; the
        #: connection-time check (links.address.GuardedBackend) does not rely on it.
        self.refusals: dict[str, str | None] = {}

    # -- host rules and gates -------------------------------------------------------------

    def _rules_for(self, url: str) -> list[HostRule]:
        return [rule for rule in self.rules if rule.matches(url)]

    def gate(self, url: str) -> HostGate:
        key = host_key(url)
        gate = self.gates.get(key)
        if gate is None:
            limit: int | None = None
            interval: float | None = None
            for rule in self.rules:
                if rule.path is None and rule.matches(url):
                    limit = rule.per_host if limit is None else limit
                    interval = rule.interval if interval is None else interval
            gate = self.gates[key] = HostGate(
                limit if limit is not None else self.options.per_host,
                interval if interval is not None else self.options.interval,
            )
        return gate

    def peaks(self) -> dict[str, int]:
        """The most requests in flight at once, per host key."""
        return {key: gate.peak for key, gate in sorted(self.gates.items())}

    # -- one request ------------------------------------------------------------------------

    async def _exchange(
        self, method: str, url: str, want_body: bool, content: bytes | None = None
    ) -> Answer:
        request = self.client.build_request(method, url, content=content)
        response = await self.client.send(request, stream=True, follow_redirects=False)
        try:
            answer = Answer(
                status=response.status_code,
                url=url,
                method=method,
                location=response.headers.get("location"),
                retry_after=response.headers.get("retry-after"),
            )
            # Reading a short body to its end lets the connection be reused; a longer one is
            # cut off (the connection is then closed) rather than downloaded.
            wanted = want_body and method != "HEAD" and response.status_code in self.options.accept
            limit = self.options.max_body_bytes if wanted else DRAIN_BYTES
            data = await self._read(response, limit)
            if wanted:
                answer.text = self._decode(response, data)
            return answer
        finally:
            await response.aclose()

    @staticmethod
    async def _read(response: httpx.Response, limit: int) -> bytes:
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            chunks.append(chunk)
            size += len(chunk)
            if size >= limit:
                break
        return b"".join(chunks)[:limit]

    @staticmethod
    def _decode(response: httpx.Response, data: bytes) -> str:
        encoding = response.charset_encoding
        if encoding is None:
            match = _CHARSET.search(data[:4096])
            encoding = match.group(1).decode("ascii") if match else "utf-8"
        try:
            return data.decode(encoding, errors="replace")
        except LookupError:
            return data.decode("utf-8", errors="replace")

    async def request(
        self, method: str, url: str, want_body: bool, content: bytes | None = None
    ) -> Answer | Failure:
        """One request through the host's gate and the global limit. A HEAD becomes a GET
        when the host is known to refuse HEAD by the time the request is sent. ``content``
        is the request body (a POST to an API; links send none)."""
        gate = self.gate(url)
        async with gate.slot(), self.global_limit:
            if method == "HEAD" and host_key(url) in self.head_refused:
                method = "GET"
            self.stats.requests += 1
            try:
                answer = await asyncio.wait_for(
                    self._exchange(method, url, want_body, content), self.options.timeout
                )
            except (
                httpx.HTTPError, httpx.InvalidURL, OSError, asyncio.TimeoutError, ssl.SSLError,
                BlockedAddress,
            ) as error:  # fmt: skip
                self.stats.failed_hosts.add(host_key(url))
                return classify_error(error)
            self.stats.answered_hosts.add(host_key(url))
            return answer

    def _backoff(self, attempt: int) -> float:
        delay: float = min(self.options.max_backoff, self.options.backoff * 2.0**attempt)
        if self.options.jitter:
            delay *= 1 + self.options.jitter * self.random.random()
        return delay

    async def fetch(
        self,
        method: str,
        url: str,
        want_body: bool,
        counter: list[int],
        content: bytes | None = None,
    ) -> tuple[Answer | Failure, str]:
        """A request with retries. Returns the last answer and a note on why retrying
        stopped early (a ``Retry-After`` over the cap), if it did."""
        attempt = 0
        while True:
            result = await self.request(method, url, want_body, content)
            counter[0] += 1
            wait: float | None = None
            if isinstance(result, Answer):
                status = result.status
                if status != 429 and not (status >= 500 and status != 501):
                    return result, ""
                if result.method == "HEAD" and status >= 500 and self.options.confirm_with_get:
                    return result, ""  # the caller confirms with GET
                wait = parse_retry_after(result.retry_after)
                if wait is not None and wait > self.options.max_retry_after:
                    return result, f"the server asked to wait {wait:.0f} s"
            elif not result.retryable:
                return result, ""
            if attempt >= self.options.retries:
                return result, ""
            if wait is not None:
                # The whole host waits, not only this link.
                self.gate(url).pause(wait)
            else:
                await asyncio.sleep(self._backoff(attempt))
            attempt += 1

    # -- one link -----------------------------------------------------------------------------

    async def check(self, url: str) -> Outcome:
        """Follow ``url`` to its final answer and classify it."""
        counter = [0]
        hops: list[tuple[int, str]] = []
        # A URL may come back once (a redirect that sets a cookie and returns); a third visit
        # is a loop.
        visits = {url: 1}
        current = url
        start_rules = self._rules_for(url)
        for _ in range(self.options.max_redirects + 1):
            rules = start_rules + [r for r in self._rules_for(current) if r not in start_rules]
            want_body = any(rule.has_body_patterns for rule in rules)
            method = "HEAD"
            for rule in rules:
                if rule.method is not None:
                    method = rule.method.upper()
                    break
            if want_body:
                method = "GET"
            if not self.options.allow_private_hosts:
                # Every hop is judged before it is requested: a public page may redirect to
                # an internal one.
                refused = await self.refusal(current)
                if refused is not None:
                    return Outcome(
                        INTERNAL, url, None, current, tuple(hops), refused, counter[0],
                        failure="blocked",
                    )  # fmt: skip
            result, note = await self.fetch(method, current, want_body, counter)
            if (
                isinstance(result, Answer)
                and result.method == "HEAD"
                and self._confirm(result.status)
            ):
                if result.status in (405, 501):
                    self.head_refused.add(host_key(current))
                result, note = await self.fetch("GET", current, want_body, counter)
            if isinstance(result, Failure):
                return self._failed(url, result, hops, counter[0])
            if result.status in REDIRECTS and result.location:
                try:
                    target = str(httpx.URL(current).join(result.location))
                except (httpx.InvalidURL, ValueError):
                    return Outcome(
                        UNREACHABLE,
                        url,
                        result.status,
                        current,
                        tuple(hops),
                        f"redirects to an invalid URL {result.location!r}",
                        counter[0],
                    )
                hops.append((result.status, target))
                visits[target] = visits.get(target, 0) + 1
                if visits[target] > 2:
                    return Outcome(
                        UNREACHABLE, url, result.status, target, tuple(hops),
                        "redirect loop", counter[0],
                    )  # fmt: skip
                current = target
                continue
            return self._answered(url, result, rules, hops, counter[0], note)
        return Outcome(
            UNREACHABLE,
            url,
            hops[-1][0] if hops else None,
            current,
            tuple(hops),
            f"more than {self.options.max_redirects} redirects",
            counter[0],
        )

    async def refusal(self, url: str) -> str | None:
        """Why ``url``'s host may not be fetched (an internal address), or None."""
        key = host_key(url)
        if key not in self.refusals:
            self.refusals[key] = await url_refusal(url)
        return self.refusals[key]

    def _confirm(self, status: int) -> bool:
        if status in self.options.head_fallback:
            return True
        if not self.options.confirm_with_get:
            return False
        return status in self.options.dead or (status >= 500 and status != 501)

    def _failed(
        self, url: str, failure: Failure, hops: list[tuple[int, str]], attempts: int
    ) -> Outcome:
        what = failure.describe(self.options.timeout)
        tries = f" ({attempts} attempts)" if attempts > 1 else ""
        kind = DEAD if failure.kind in ("refused", "dns") else UNREACHABLE
        final = hops[-1][1] if hops else url
        if failure.kind == "blocked":  # refused at connection time (the DNS answer changed)
            return Outcome(INTERNAL, url, None, final, tuple(hops), failure.detail, attempts,
                           failure=failure.kind)  # fmt: skip
        return Outcome(
            kind, url, None, final, tuple(hops), what + tries, attempts, failure=failure.kind
        )

    def _answered(
        self,
        url: str,
        answer: Answer,
        rules: list[HostRule],
        hops: list[tuple[int, str]],
        attempts: int,
        note: str,
    ) -> Outcome:
        status = answer.status
        final = answer.url
        redirects = tuple(hops)
        tries = f" after {attempts} attempts" if attempts > 1 else ""
        if status in self.options.accept:
            if answer.text is not None:
                for rule in rules:
                    found = rule.soft_body(answer.text)
                    if found is not None:
                        return Outcome(
                            SOFT_404, url, status, final, redirects,
                            f"answers {phrase(status)} but the page says {found!r}", attempts,
                        )  # fmt: skip
            if hops and any(rule.soft_final(final) for rule in rules):
                return Outcome(
                    SOFT_404, url, status, final, redirects,
                    f"redirects to a not-found page {final}", attempts,
                )  # fmt: skip
            return Outcome(OK, url, status, final, redirects, "", attempts)
        if status in self.options.dead:
            detail = f"answers {phrase(status)}"
            return Outcome(DEAD, url, status, final, redirects, detail, attempts)
        if status == 429:
            detail = f"answers {phrase(status)}{tries}"
            if note:
                detail += f"; {note}"
            return Outcome(RATE_LIMITED, url, status, final, redirects, detail, attempts)
        detail = f"answers {phrase(status)}{tries}"
        if note:
            detail += f"; {note}"
        if status in (401, 403):
            detail += "; the site may need a login or block automated checks"
        return Outcome(UNREACHABLE, url, status, final, redirects, detail, attempts)
