"""Hardening of ``awesome-ptm links``: internal addresses are refused, not fetched, unless
allowed; each redirect hop and each connection is judged; the run has a deadline.

Only servers on 127.0.0.1 started here are used. To see a request reach a "public" host
without the network, some tests declare 127.0.0.1 public by patching
:func:`awesome_ptm.links.address.address_problem` (and name resolution)."""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from awesome_ptm.cli import main
from awesome_ptm.corpus import Corpus
from awesome_ptm.links import LinkOptions, check_links
from awesome_ptm.links import address as address_module
from awesome_ptm.links.address import address_problem, refusal
from awesome_ptm.parse import parse_text


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def _answer(self) -> None:
        server = self.server
        assert isinstance(server, Server)
        server.hits.append(self.path)
        if self.path.startswith("/to/"):
            self.send_response(302)
            self.send_header("Location", self.path.removeprefix("/to/"))
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b"ok"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command == "GET":
            self.wfile.write(body)

    do_GET = _answer
    do_HEAD = _answer


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.hits: list[str] = []
        self.thread = threading.Thread(target=self.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        return int(self.server_address[1])


@pytest.fixture
def server() -> Iterator[Server]:
    srv = Server()
    yield srv
    srv.shutdown()
    srv.server_close()


def quick(**extra: object) -> LinkOptions:
    values: dict[str, object] = {
        "cache": False,
        "trust_env": False,
        "timeout": 2.0,
        "retries": 0,
    }
    values.update(extra)
    return LinkOptions(**values)  # type: ignore[arg-type]


def corpus_of(*urls: str) -> Corpus:
    text = "".join(f"- [L{i}]({url}) x\n" for i, url in enumerate(urls))
    return Corpus([parse_text(text, "list.md")])


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.1.2.3",
        "::1",
        "169.254.169.254",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "100.64.0.1",  # shared address space (carrier-grade NAT)
        "224.0.0.1",
        "240.0.0.1",
        "0.0.0.0",
        "::",
        "fe80::1",
        "fc00::1",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:169.254.169.254",
        "64:ff9b::a9fe:a9fe",  # NAT64 of 169.254.169.254
        "2002:7f00:1::",  # 6to4 of 127.0.0.1
    ],
)
def test_internal_addresses_are_refused(address: str) -> None:
    assert address_problem(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700::1111"])
def test_public_addresses_are_allowed(address: str) -> None:
    assert address_problem(ipaddress.ip_address(address)) is None


def test_a_refusal_names_the_host_and_the_option() -> None:
    reason = refusal("localhost", [ipaddress.ip_address("127.0.0.1")])
    assert reason is not None
    assert "localhost resolves to 127.0.0.1" in reason and "allow-private-hosts" in reason


def test_internal_links_are_reported_and_never_requested(server: Server) -> None:
    port = server.port
    urls = [
        f"http://127.0.0.1:{port}/secret/admin?token=1",
        f"http://localhost:{port}/a",
        f"http://2130706433:{port}/b",  # 127.0.0.1 as one decimal number
        f"http://0x7f.1:{port}/c",  # hexadecimal, short form
        f"http://0177.0.0.1:{port}/d",  # octal
        f"http://[::1]:{port}/e",
        f"http://[::ffff:127.0.0.1]:{port}/f",
        "http://169.254.169.254/latest/meta-data/",
    ]
    started = time.perf_counter()
    report = check_links(corpus_of(*urls), quick())
    assert time.perf_counter() - started < 5
    assert server.hits == []
    assert [r.outcome for r in report.results] == ["internal"] * len(urls)
    assert {(f.code, f.name, f.severity) for f in report.findings} == {
        ("PTM607", "internal-link", "warning")
    }
    assert report.requests == 0
    first = next(f for f in report.findings if f.line == 1)
    assert "127.0.0.1, a loopback address" in first.message
    metadata = next(f for f in report.findings if f.line == len(urls))
    assert "link-local" in metadata.message


def test_the_option_allows_an_intranet_list(server: Server) -> None:
    report = check_links(
        corpus_of(f"http://127.0.0.1:{server.port}/ok"), quick(allow_private_hosts=True)
    )
    assert [r.outcome for r in report.results] == ["ok"]
    assert server.hits == ["/ok"]


def test_a_redirect_to_an_internal_address_is_not_followed(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 127.0.0.1 plays a public host here; [::1] stays internal.
    real = address_problem
    public = ipaddress.ip_address("127.0.0.1")
    monkeypatch.setattr(
        address_module, "address_problem", lambda a: None if a == public else real(a)
    )
    target = f"http://[::1]:{server.port}/secret"
    report = check_links(corpus_of(f"http://127.0.0.1:{server.port}/to/{target}"), quick())
    (result,) = report.results
    assert result.outcome == "internal"
    assert result.redirects == ((302, target),)
    assert server.hits == [f"/to/{target}"]  # the first hop only: /secret never asked for
    (finding,) = report.findings
    assert finding.code == "PTM607" and "::1, a loopback address" in finding.message


def test_the_connection_goes_to_the_checked_address(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A name that no DNS knows is resolved once by the guard, and the connection is made to
    that address: nothing resolves it a second time behind the guard's back."""
    loopback = ipaddress.ip_address("127.0.0.1")
    monkeypatch.setattr(address_module, "address_problem", lambda a: None)

    async def fake_resolve(host: str, port: int) -> list[object]:
        assert host == "public.invalid"
        return [loopback]

    monkeypatch.setattr(address_module, "resolve", fake_resolve)
    report = check_links(corpus_of(f"http://public.invalid:{server.port}/pinned"), quick())
    assert [r.outcome for r in report.results] == ["ok"]
    assert server.hits == ["/pinned"]


def test_a_dns_answer_that_changes_is_caught_at_connection_time(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: the name resolves to a public address when checked before the request,
    then to 127.0.0.1 when the connection is made. The connection is refused."""
    answers = iter([[ipaddress.ip_address("93.184.216.34")], [ipaddress.ip_address("127.0.0.1")]])

    async def rebinding(host: str, port: int) -> list[object]:
        return next(answers)

    monkeypatch.setattr(address_module, "resolve", rebinding)
    report = check_links(corpus_of(f"http://rebind.invalid:{server.port}/x"), quick())
    (result,) = report.results
    assert result.outcome == "internal"
    assert "rebind.invalid resolves to 127.0.0.1" in result.detail
    assert server.hits == []


def test_the_run_ends_at_its_deadline() -> None:
    """Three links to a host that accepts connections and never answers took 63 s; with a
    deadline of 1 s the run ends then and reports them as not checked."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    port = listener.getsockname()[1]
    try:
        urls = [f"http://127.0.0.1:{port}/p{i}" for i in range(3)]
        started = time.perf_counter()
        report = check_links(
            corpus_of(*urls),
            quick(allow_private_hosts=True, timeout=10.0, retries=3, deadline=1.0),
        )
        elapsed = time.perf_counter() - started
    finally:
        listener.close()
    assert elapsed < 4
    assert [r.outcome for r in report.results] == ["not-checked"] * 3
    assert {f.code for f in report.findings} == {"PTM606"}
    assert "deadline of 1 s" in report.findings[0].message
    assert any("deadline" in warning for warning in report.warnings)


def test_options_from_config_and_cli(
    server: Server,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    options = LinkOptions.from_config({"allow-private-hosts": True, "deadline": "2m"})
    assert options.allow_private_hosts and options.deadline == 120.0
    assert not LinkOptions().allow_private_hosts
    monkeypatch.chdir(tmp_path)
    (tmp_path / "list.md").write_text(f"- [A](http://127.0.0.1:{server.port}/cli) x\n")
    assert main(["links", "--no-cache", "list.md"]) == 0
    assert "PTM607" in capsys.readouterr().out and server.hits == []
    assert main(["links", "--no-cache", "--allow-private-hosts", "list.md"]) == 0
    assert "PTM607" not in capsys.readouterr().out and server.hits == ["/cli"]
    (tmp_path / ".awesome-ptm.yaml").write_text("links:\n  allow-private-hosts: true\n")
    assert main(["links", "--no-cache", "list.md"]) == 0
    assert server.hits == ["/cli", "/cli"]
