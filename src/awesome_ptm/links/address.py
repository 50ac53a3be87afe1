"""Which addresses the link checker may connect to.

A list from a pull request can hold ``http://127.0.0.1:8080/admin``, ``http://169.254.169.254/``
(cloud metadata) or a DNS name that resolves to either; fetching them from a CI runner would
turn the checker against its host. Unless ``allow_private_hosts`` is set, every host is
resolved and the request is refused when any address is loopback, private, link-local,
multicast, reserved, unspecified or otherwise not global. Numeric spellings
(``2130706433``, ``0x7f.1``, ``0177.0.0.1``) are resolved the way the C library resolves
them, so they are judged by the address they mean; IPv4 inside IPv6 (``::ffff:127.0.0.1``,
NAT64, 6to4, Teredo) is judged by the IPv4 address inside.

The check runs twice: before each request (each hop of a redirect chain is a request, so a
public URL redirecting to an internal one is caught) and again at connection time by
:class:`GuardedBackend`, which connects only to the address it has just checked, so that a
DNS answer that changes between the two (rebinding) cannot switch the connection to an
internal address.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

import httpcore

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

#: How the option is named where a refusal says how to allow it.
ALLOW_HINT = "set links.allow-private-hosts (or --allow-private-hosts) to check an intranet list"


class BlockedAddress(Exception):
    """A connection refused because the host is, or resolves to, an internal address."""


def address_problem(address: IPAddress) -> str | None:
    """Why ``address`` may not be fetched (``"a loopback address"``…), or None when it is a
    public (global) address."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            return address_problem(embedded)
    for attribute, what in (
        ("is_loopback", "a loopback address"),
        ("is_link_local", "a link-local address (cloud metadata lives there)"),
        ("is_multicast", "a multicast address"),
        ("is_unspecified", "the unspecified address"),
        ("is_private", "a private address"),
        ("is_reserved", "a reserved address"),
    ):
        if getattr(address, attribute):
            return what
    if not address.is_global:
        return "not a public address"
    return None


def _embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for: IPv4-mapped, 6to4, Teredo (the client),
    NAT64 (64:ff9b::/96) or IPv4-compatible (::a.b.c.d)."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    packed = address.packed
    if packed[:12] == ipaddress.IPv6Address("64:ff9b::").packed[:12] or (
        packed[:12] == bytes(12) and packed[12:] != bytes(4) and int(address) > 1
    ):
        return ipaddress.IPv4Address(packed[12:])
    return None


def literal_address(host: str) -> IPAddress | None:
    """``host`` as an IP address when it is written as one in its usual form (``[::1]``'s
    inside, ``127.0.0.1``), else None. Other numeric spellings are left to the resolver."""
    try:
        return ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return None


async def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address ``host`` resolves to (``getaddrinfo``, as a connection would)."""
    literal = literal_address(host)
    if literal is not None:
        return [literal]
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses: list[IPAddress] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if address not in addresses:
            addresses.append(address)
    return addresses


def refusal(host: str, addresses: Iterable[IPAddress]) -> str | None:
    """Why a connection to ``host`` (resolved to ``addresses``) is refused, or None."""
    for address in addresses:
        problem = address_problem(address)
        if problem is not None:
            shown = str(address)
            literal = address == literal_address(host)
            where = host.strip("[]") if literal else f"{host} resolves to {shown}"
            return f"{where}, {problem}; not fetched ({ALLOW_HINT})"
    return None


async def url_refusal(url: str) -> str | None:
    """Why ``url`` may not be fetched, or None. A host that cannot be resolved is not refused
    here: the request then fails as a dead or unreachable link would."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        return None
    if not host:
        return None
    try:
        addresses = await resolve(host, port)
    except (OSError, UnicodeError, ValueError):
        return None
    return refusal(host, addresses)


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """An httpcore network backend that resolves each host itself, refuses internal
    addresses (:class:`BlockedAddress`) and connects to the address it checked."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend | None = None) -> None:
        self.inner = inner if inner is not None else httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            addresses = await resolve(host, port)
        except socket.gaierror as error:
            raise httpcore.ConnectError(str(error)) from error
        reason = refusal(host, addresses)
        if reason is not None:
            raise BlockedAddress(reason)
        last: Exception | None = None
        for address in addresses:
            try:
                # TLS still names the host (SNI and certificate checks use the URL's host).
                return await self.inner.connect_tcp(
                    str(address), port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as error:
                last = error
        raise last if last is not None else httpcore.ConnectError(f"no address for {host}")

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise BlockedAddress("a Unix socket is not a web address")

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)
