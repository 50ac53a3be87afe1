"""What a link check comes back with: the outcome names, an HTTP :class:`Answer`, a
:class:`Failure` (no answer, and :func:`classify_error` to say why from an httpx exception),
the :class:`Outcome` of one URL, and :func:`phrase` to name a status."""

from __future__ import annotations

import asyncio
import errno
import socket
import ssl
from dataclasses import dataclass
from http import HTTPStatus

import httpx

from awesome_ptm.links.address import BlockedAddress

#: What happened to a link.
OK = "ok"
DEAD = "dead"
SOFT_404 = "soft-404"
UNREACHABLE = "unreachable"
RATE_LIMITED = "rate-limited"
NOT_CHECKED = "not-checked"
#: Refused without a request: the host is, or resolves to, an internal address.
INTERNAL = "internal"
OUTCOMES = (OK, DEAD, SOFT_404, UNREACHABLE, RATE_LIMITED, NOT_CHECKED, INTERNAL)


def phrase(status: int) -> str:
    """``404 Not Found``; just the number for an unknown code."""
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


@dataclass(slots=True)
class Answer:
    """An HTTP answer: status, the headers we use, and the start of the body if read."""

    status: int
    url: str
    method: str = "GET"
    location: str | None = None
    retry_after: str | None = None
    text: str | None = None


@dataclass(slots=True)
class Failure:
    """No HTTP answer. ``kind``: timeout, refused, dns, dns-temporary, reset, tls, connect,
    invalid, blocked (an internal address), error."""

    kind: str
    detail: str

    @property
    def retryable(self) -> bool:
        return self.kind not in ("invalid", "tls", "blocked")

    def describe(self, timeout: float) -> str:
        if self.kind == "timeout":
            return f"timed out after {timeout:g} s"
        if self.kind == "refused":
            return "connection refused"
        if self.kind == "dns":
            return "host name not found"
        if self.kind == "dns-temporary":
            return "host name could not be resolved (temporary DNS failure)"
        if self.kind == "reset":
            return "connection reset"
        if self.kind == "tls":
            return f"TLS error: {self.detail}"
        return self.detail or self.kind


@dataclass(slots=True)
class Outcome:
    """The result of checking one URL."""

    outcome: str
    url: str
    status: int | None = None
    final_url: str | None = None
    redirects: tuple[tuple[int, str], ...] = ()
    detail: str = ""
    attempts: int = 0
    failure: str | None = None  # the Failure kind, when there was no answer


def classify_error(error: BaseException) -> Failure:
    """What an httpx exception means, from the exception and its causes."""
    if isinstance(error, BlockedAddress):
        return Failure("blocked", str(error))
    if isinstance(error, (httpx.TimeoutException, asyncio.TimeoutError, TimeoutError)):
        return Failure("timeout", "timed out")
    if isinstance(error, (httpx.InvalidURL, httpx.UnsupportedProtocol)):
        return Failure("invalid", f"invalid URL: {error}")
    seen: set[int] = set()
    stack: list[BaseException] = [error]
    kinds: list[str] = []
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, socket.gaierror):
            no_name = {getattr(socket, n, None) for n in ("EAI_NONAME", "EAI_NODATA")} - {None}
            kinds.append("dns" if current.errno in no_name else "dns-temporary")
        elif isinstance(current, ssl.SSLError):
            kinds.append("tls")
        elif isinstance(current, ConnectionRefusedError):
            kinds.append("refused")
        elif isinstance(current, (ConnectionResetError, ConnectionAbortedError, BrokenPipeError)):
            kinds.append("reset")
        elif isinstance(current, OSError) and current.errno == errno.ECONNREFUSED:
            kinds.append("refused")
        for attribute in ("__cause__", "__context__"):
            nested = getattr(current, attribute, None)
            if nested is not None:
                stack.append(nested)
        stack.extend(getattr(current, "exceptions", ()))
    for kind in ("dns", "dns-temporary", "tls", "refused", "reset"):
        if kind in kinds:
            return Failure(kind, str(error) or type(error).__name__)
    if isinstance(error, (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)):
        return Failure("reset", str(error) or "connection closed")
    if isinstance(error, httpx.ConnectError):
        return Failure("connect", f"could not connect: {error}")
    return Failure("error", f"{type(error).__name__}: {error}")
