"""The link checker (``awesome_ptm.links``) against a local HTTP server on 127.0.0.1.

Nothing here talks to any other address: every URL points at servers the tests start.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from awesome_ptm import __version__
from awesome_ptm.config import Config
from awesome_ptm.corpus import Corpus
from awesome_ptm.errors import ConfigError
from awesome_ptm.findings import Finding, Fix
from awesome_ptm.links import (
    LINK_RULES,
    HostRule,
    LinkOptions,
    LinkReport,
    apply_config,
    check_links,
)
from awesome_ptm.links.cache import LinkCache
from awesome_ptm.links.http import HostGate, classify_error, parse_retry_after
from awesome_ptm.parse import parse_text

# --- the local server ---------------------------------------------------------------------------

REDIRECTS = {
    "/r301": (301, "/r308"),
    "/r308": (308, "/final"),
    "/r302": (302, "/ok"),
    "/r301-302": (301, "/r302"),
    "/to-404": (302, "/404"),
    "/walled": (301, "/login?next=/walled"),
    "/to-home": (301, "/"),
    "/loop-a": (302, "/loop-b"),
    "/loop-b": (302, "/loop-a"),
}


@dataclass
class Hit:
    at: float
    method: str
    path: str
    host: str
    agent: str


@dataclass
class ServerState:
    lock: threading.Lock = field(default_factory=threading.Lock)
    hits: list[Hit] = field(default_factory=list)
    by_path: Counter[str] = field(default_factory=Counter)
    active: Counter[str] = field(default_factory=Counter)
    peak: Counter[str] = field(default_factory=Counter)
    active_all: int = 0
    peak_all: int = 0
    latency: float = 0.0

    def count(self, path: str, method: str | None = None) -> int:
        with self.lock:
            return sum(
                1 for h in self.hits if h.path == path and (method is None or h.method == method)
            )


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: LocalServer

    def log_message(self, format: str, *args: object) -> None:  # silence the log
        pass

    def handle(self) -> None:
        # The client may give up first (timeouts are part of the tests).
        with contextlib.suppress(ConnectionError, TimeoutError):
            super().handle()

    def do_HEAD(self) -> None:
        self._serve("HEAD")

    def do_GET(self) -> None:
        self._serve("GET")

    def _serve(self, method: str) -> None:
        state = self.server.state
        path = self.path.split("?")[0]
        host = self.headers.get("Host", "")
        with state.lock:
            state.hits.append(
                Hit(time.monotonic(), method, path, host, self.headers.get("User-Agent", ""))
            )
            state.by_path[path] += 1
            seen = state.by_path[path]
            state.active[host] += 1
            state.peak[host] = max(state.peak[host], state.active[host])
            state.active_all += 1
            state.peak_all = max(state.peak_all, state.active_all)
        try:
            status, headers, body = self._route(method, path, seen)
        finally:
            # Counted down before answering: the client cannot start its next request before
            # it has this answer, so the peaks are the client's real concurrency.
            with state.lock:
                state.active[host] -= 1
                state.active_all -= 1
        data = body.encode()
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if method != "HEAD":
            self.wfile.write(data)

    def _route(self, method: str, path: str, seen: int) -> tuple[int, dict[str, str], str]:
        if self.server.state.latency:
            time.sleep(self.server.state.latency)
        if path in REDIRECTS:
            status, location = REDIRECTS[path]
            return status, {"Location": location}, ""
        if path in ("/ok", "/final", "/", "/404", "/login") or path.startswith("/p/"):
            return 200, {}, "<h1>hello</h1>"
        if path == "/missing":
            return 404, {}, "not here"
        if path == "/gone":
            return 410, {}, "gone"
        if path == "/ratelimit-once":
            return (429, {"Retry-After": "1"}, "") if seen == 1 else (200, {}, "ok")
        if path == "/ratelimit-long":
            return 429, {"Retry-After": "3600"}, ""
        if path == "/ratelimit-always":
            return 429, {"Retry-After": "0"}, ""
        if path == "/error-once":
            return (500, {}, "") if seen == 1 else (200, {}, "ok")
        if path == "/error-always":
            return 503, {}, ""
        if path == "/slow":
            time.sleep(1.5)
            return 200, {}, "too late"
        if path.startswith("/soft/"):
            return 200, {}, "<html><h1>Page not found</h1></html>"
        if path == "/head-refused":
            return (405, {}, "") if method == "HEAD" else (200, {}, "ok")
        if path == "/head-lies":
            return (404, {}, "") if method == "HEAD" else (200, {}, "ok")
        if path.startswith("/slowish/"):
            time.sleep(0.05)
            return 200, {}, "ok"
        return 404, {}, "unknown"


class LocalServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default 5 drops bursts of connections (SYN retried in 1 s)

    def __init__(self, state: ServerState | None = None) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.state = state or ServerState()
        self.thread = threading.Thread(target=self.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def stop(self) -> None:
        self.shutdown()
        self.server_close()


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    srv = LocalServer()
    yield srv
    srv.stop()


def closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = int(sock.getsockname()[1])
    sock.close()
    return port


def options(server: LocalServer, cache: Path, **extra: object) -> LinkOptions:
    values: dict[str, object] = {
        # Well under /slow's 1.5 s, with room for a loaded machine's scheduling.
        "timeout": 1.0,
        "retries": 2,
        "backoff": 0.05,
        "jitter": 0.0,
        "per_host": 8,
        "trust_env": False,
        # The test server is on 127.0.0.1, which is refused unless allowed explicitly.
        "allow_private_hosts": True,
        "cache_path": cache,
        "hosts": (
            HostRule(host=f"127.0.0.1:{server.port}", path="^/soft/", body=("Page not found",)),
        ),
    }
    values.update(extra)
    return LinkOptions(**values)  # type: ignore[arg-type]


# --- the main run: one list with every kind of link -----------------------------------------------

PATHS = [
    "/ok",
    "/r301",
    "/r302",
    "/r301-302",
    "/missing",
    "/gone",
    "/ratelimit-once",
    "/ratelimit-always",
    "/error-once",
    "/error-always",
    "/slow",
    "/soft/missing",
    "/to-404",
    "/head-lies",
    "/walled",
    "/to-home/deep",
    "/loop-a",
]


@dataclass
class Run:
    server: LocalServer
    corpus: Corpus
    report: LinkReport
    cache: Path
    refused: str
    progress: list[tuple[int, int]]

    def at(self, url: str) -> list[Finding]:
        """Findings placed at a line that writes ``url``."""
        out = []
        for finding in self.report.findings:
            document = next(d for d in self.corpus.documents if d.path == finding.path)
            if url in document.line_text(finding.line):
                out.append(finding)
        return out


def list_text(server: LocalServer, refused: str) -> str:
    lines = ["# Links", ""]
    for index, path in enumerate(PATHS):
        target = server.url("/to-home/deep") if path == "/to-home/deep" else server.url(path)
        lines.append(f"- [Paper {index}]({target}) about {path}")
    lines.append(f"- [Refused]({refused}) a closed port")
    lines.append("- [Mail](mailto:someone@example.org) not http")
    lines.append("- [Local](docs/readme.md) a relative link")
    lines.append("")
    lines.append("| Name | Code |")
    lines.append("| --- | --- |")
    lines.append(f"| Table paper | [code]({server.url('/missing')}) |")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def run(server: LocalServer, tmp_path_factory: pytest.TempPathFactory) -> Run:
    # /to-home/deep redirects permanently to the home page.
    REDIRECTS["/to-home/deep"] = (301, "/")
    refused = f"http://127.0.0.1:{closed_port()}/paper"
    main = parse_text(list_text(server, refused), "lists/main.md")
    other = parse_text(
        f"# More\n\n- [Again]({server.url('/missing')}) the same dead link\n"
        f"- [Moved with anchor]({server.url('/r301')}#section) keeps its fragment\n",
        "lists/other.md",
    )
    corpus = Corpus([main, other])
    cache = tmp_path_factory.mktemp("cache") / "links.json"
    progress: list[tuple[int, int]] = []
    report = check_links(
        corpus, options(server, cache), progress=lambda done, total: progress.append((done, total))
    )
    return Run(server, corpus, report, cache, refused, progress)


def codes_at(run: Run, url: str) -> list[str]:
    return sorted(f.code for f in run.at(url))


def test_working_links_have_no_findings(run: Run) -> None:
    for path in ("/ok", "/r302", "/head-lies", "/error-once", "/ratelimit-once"):
        assert codes_at(run, run.server.url(path) + ")") == [], path


def test_dead_links(run: Run) -> None:
    for path, status in (("/missing", "404 Not Found"), ("/gone", "410 Gone")):
        findings = run.at(run.server.url(path) + ")")
        assert findings and {f.code for f in findings} == {"PTM601"}
        assert all(f.severity == "error" and f.name == "dead-link" for f in findings)
        assert all(status in f.message for f in findings)


def test_refused_connection_is_dead_after_retries(run: Run) -> None:
    (finding,) = run.at(run.refused)
    assert finding.code == "PTM601"
    assert "connection refused" in finding.message
    result = next(r for r in run.report.results if r.url == run.refused)
    assert result.attempts == 3  # the first try and two retries


def test_one_finding_per_place_with_related(run: Run) -> None:
    url = run.server.url("/missing")
    findings = [f for f in run.report.findings if f.code == "PTM601" and url + ":" in f.message]
    places = sorted((f.path, f.line) for f in findings)
    assert places == [("lists/main.md", 7), ("lists/main.md", 26), ("lists/other.md", 3)]
    for finding in findings:
        others = {(r.path, r.line) for r in finding.related}
        assert others == set(places) - {(finding.path, finding.line)}
    result = next(r for r in run.report.results if r.url == url)
    assert len(result.sites) == 3
    assert run.server.state.count("/missing", "GET") == 1  # checked once (HEAD confirmed by GET)


def test_permanent_redirect_fix_replaces_exactly_the_url(run: Run) -> None:
    url = run.server.url("/r301")
    main = run.corpus.documents[0]
    (finding,) = run.at(url + ")")
    assert finding.code == "PTM602" and finding.path == "lists/main.md"
    assert finding.severity == "warning" and finding.name == "permanent-redirect"
    assert f"(301 Moved Permanently) to {run.server.url('/final')}" in finding.message
    assert finding.fix is not None and finding.fix.applicability == "safe"
    (edit,) = finding.fix.edits
    assert main.text[edit.start : edit.end] == url
    assert edit.content == run.server.url("/final")
    fixed = apply(main.text, finding.fix)
    assert f"- [Paper 1]({run.server.url('/final')}) about /r301" in fixed.splitlines()
    assert fixed.replace(run.server.url("/final"), url, 1) == main.text
    assert finding.column == main.line_text(finding.line).index(url) + 1
    assert finding.end_column == finding.column + len(url)
    result = next(r for r in run.report.results if r.url == url)
    assert result.redirects == ((301, run.server.url("/r308")), (308, run.server.url("/final")))


def test_permanent_redirect_keeps_the_fragment(run: Run) -> None:
    other = run.corpus.documents[1]
    (finding,) = [
        f for f in run.report.findings if f.path == "lists/other.md" and f.code == "PTM602"
    ]
    assert finding.fix is not None and finding.fix.applicability == "safe"
    (edit,) = finding.fix.edits
    assert other.text[edit.start : edit.end] == run.server.url("/r301") + "#section"
    assert edit.content == run.server.url("/final") + "#section"
    assert {(r.path, r.line) for r in finding.related} == {("lists/main.md", 4)}


def test_mixed_redirects_fix_to_the_permanent_part(run: Run) -> None:
    (finding,) = run.at(run.server.url("/r301-302") + ")")
    assert finding.code == "PTM602"
    assert finding.fix is not None
    assert finding.fix.edits[0].content == run.server.url("/r302")
    assert f"leads on to {run.server.url('/ok')}" in finding.message


def test_redirect_to_login_has_no_fix(run: Run) -> None:
    (finding,) = run.at(run.server.url("/walled") + ")")
    assert finding.code == "PTM602" and finding.fix is None
    assert "login" in finding.message


def test_redirect_to_home_page_is_unsafe(run: Run) -> None:
    (finding,) = run.at(run.server.url("/to-home/deep") + ")")
    assert finding.code == "PTM602"
    assert finding.fix is not None and finding.fix.applicability == "unsafe"
    assert "home page" in finding.message


def test_temporary_redirect_is_fine(run: Run) -> None:
    result = next(r for r in run.report.results if r.url == run.server.url("/r302"))
    assert result.outcome == "ok"
    assert result.redirects == ((302, run.server.url("/ok")),)


def test_soft_404_by_body_and_by_final_url(run: Run) -> None:
    (body,) = run.at(run.server.url("/soft/missing") + ")")
    assert body.code == "PTM603" and body.severity == "error"
    assert "'Page not found'" in body.message
    (final,) = run.at(run.server.url("/to-404") + ")")
    assert final.code == "PTM603"
    assert run.server.url("/404") in final.message


def test_rate_limit_honours_retry_after(run: Run) -> None:
    hits = [h for h in run.server.state.hits if h.path == "/ratelimit-once"]
    assert len(hits) == 2
    assert hits[1].at - hits[0].at >= 0.95


def test_persistent_rate_limit_is_info_not_dead(run: Run) -> None:
    (finding,) = run.at(run.server.url("/ratelimit-always") + ")")
    assert finding.code == "PTM605" and finding.severity == "info"
    assert "429" in finding.message
    assert run.server.state.count("/ratelimit-always") == 3


def test_a_retry_after_over_the_cap_stops_retrying(server: LocalServer) -> None:
    corpus = Corpus([parse_text(f"- [A]({server.url('/ratelimit-long')}) x\n", "a.md")])
    report = check_links(
        corpus, LinkOptions(cache=False, trust_env=False, allow_private_hosts=True)
    )
    (finding,) = report.findings
    assert finding.code == "PTM605" and "asked to wait 3600 s" in finding.message
    assert server.state.count("/ratelimit-long") == 1


def test_when_no_host_answers_connection_failures_are_not_called_dead() -> None:
    text = "".join(f"- [P{i}](http://127.0.0.1:{closed_port()}/x) y\n" for i in range(2))
    corpus = Corpus([parse_text(text, "a.md")])
    opts = LinkOptions(retries=0, cache=False, trust_env=False, allow_private_hosts=True)
    report = check_links(corpus, opts)
    assert [f.code for f in report.findings] == ["PTM604", "PTM604"]
    assert report.warnings and "network down" in report.warnings[0]


def test_server_errors_are_retried(run: Run) -> None:
    assert run.server.state.count("/error-once") == 2
    (finding,) = run.at(run.server.url("/error-always") + ")")
    assert finding.code == "PTM604" and finding.severity == "warning"
    assert "503 Service Unavailable" in finding.message


def test_timeout_is_a_warning(run: Run) -> None:
    (finding,) = run.at(run.server.url("/slow") + ")")
    assert finding.code == "PTM604" and finding.name == "link-timeout"
    assert "timed out after 1 s" in finding.message
    assert run.server.state.count("/slow") == 3


def test_redirect_loop_is_a_warning(run: Run) -> None:
    (finding,) = run.at(run.server.url("/loop-a") + ")")
    assert finding.code == "PTM604" and "redirect loop" in finding.message


def test_head_first_then_get(run: Run) -> None:
    state = run.server.state
    assert state.count("/ok", "GET") == 0 and state.count("/final", "GET") == 0
    assert state.count("/head-lies", "HEAD") == 1 and state.count("/head-lies", "GET") == 1
    assert state.count("/soft/missing", "HEAD") == 0  # body patterns need the page


def test_a_host_that_refuses_head_gets_get_from_then_on() -> None:
    srv = LocalServer()
    try:
        paths = ["/ok", "/head-refused", "/p/after-1", "/p/after-2"]
        text = "".join(f"- [P]({srv.url(path)}) x\n" for path in paths)
        opts = LinkOptions(
            per_host=1, max_concurrency=1, cache=False, trust_env=False, allow_private_hosts=True
        )
        report = check_links(Corpus([parse_text(text, "a.md")]), opts)
        assert report.findings == []
        hits = [(h.method, h.path) for h in srv.state.hits]
        assert hits[:2] == [("HEAD", "/ok"), ("HEAD", "/head-refused")]
        assert sorted(hits[2:]) == [
            ("GET", "/head-refused"),
            ("GET", "/p/after-1"),
            ("GET", "/p/after-2"),
        ]
    finally:
        srv.stop()


def test_honest_user_agent(run: Run) -> None:
    agents = {hit.agent for hit in run.server.state.hits}
    assert agents == {f"awesome-ptm/{__version__} (+https://github.com/awesome-ptm/awesome-ptm)"}


def test_other_schemes_are_skipped(run: Run) -> None:
    reasons = {(s.url, s.reason) for s in run.report.skipped}
    assert ("mailto:someone@example.org", "not http(s)") in reasons
    assert ("docs/readme.md", "not http(s)") in reasons


def test_progress_is_reported(run: Run) -> None:
    total = len(run.report.results)
    assert run.progress[0] == (0, total)
    assert run.progress[-1] == (total, total)
    assert [done for done, _ in run.progress] == list(range(total + 1))


def test_findings_render_in_every_format(run: Run) -> None:
    from awesome_ptm.report import render_findings

    for fmt in ("concise", "json", "github", "sarif"):
        assert render_findings(run.report.findings, fmt, rules=LINK_RULES)
    data = json.loads(render_findings(run.report.findings, "json"))
    assert any(item["code"] == "PTM602" and item["fix"] for item in data)


# --- the cache ------------------------------------------------------------------------------------


def test_second_run_answers_working_links_from_the_cache(run: Run) -> None:
    state = run.server.state
    before = Counter(h.path for h in state.hits)
    report = check_links(run.corpus, options(run.server, run.cache, retries=0))
    after = Counter(h.path for h in state.hits)
    new = after - before
    ok = {r.url for r in run.report.results if r.outcome == "ok"}
    assert ok and all(r.from_cache for r in report.results if r.url in ok)
    for url in ok:
        assert new[url.split(str(run.server.port), 1)[1]] == 0, url
    # Failures were not cached: they are asked again.
    for path in ("/missing", "/gone", "/soft/missing", "/ratelimit-always", "/error-always"):
        assert new[path] >= 1, path
    # A permanent redirect is still reported from the cache, fix included.
    fixes = [f for f in report.findings if f.code == "PTM602" and f.fix is not None]
    assert len(fixes) == len([f for f in run.report.findings if f.code == "PTM602" and f.fix])
    cached = json.loads(run.cache.read_text())
    assert run.server.url("/ok") in cached["links"]
    assert run.server.url("/missing") not in cached["links"]


def test_offline_uses_the_cache_only(run: Run, tmp_path: Path) -> None:
    extra = parse_text(f"- [New]({run.server.url('/p/never')}) never checked\n", "new.md")
    corpus = Corpus([*run.corpus.documents, extra])
    before = len(run.server.state.hits)
    report = check_links(corpus, options(run.server, run.cache, offline=True))
    assert len(run.server.state.hits) == before  # no network at all
    (finding,) = [f for f in report.findings if f.path == "new.md"]
    assert finding.code == "PTM606" and finding.severity == "info"
    assert "not checked" in finding.message
    assert report.requests == 0


def test_max_age_zero_checks_again(server: LocalServer, tmp_path: Path) -> None:
    corpus = Corpus([parse_text(f"- [A]({server.url('/p/aged')}) x\n", "a.md")])
    cache = tmp_path / "c.json"
    check_links(corpus, options(server, cache))
    check_links(corpus, options(server, cache))
    assert server.state.count("/p/aged") == 1
    check_links(corpus, options(server, cache, max_age=0.0))
    assert server.state.count("/p/aged") == 2


def test_corrupt_cache_is_ignored(server: LocalServer, tmp_path: Path) -> None:
    cache = tmp_path / "bad.json"
    cache.write_text("{not json")
    corpus = Corpus([parse_text(f"- [A]({server.url('/p/corrupt')}) x\n", "a.md")])
    report = check_links(corpus, options(server, cache))
    assert report.results[0].outcome == "ok"
    assert len(report.warnings) == 1 and "unreadable" in report.warnings[0]
    assert server.url("/p/corrupt") in LinkCache.load(cache).entries


# --- limits ---------------------------------------------------------------------------------------


def test_per_host_and_global_limits_hold() -> None:
    shared = ServerState(latency=0.03)  # both servers count into one state: a global peak
    first, second = LocalServer(shared), LocalServer(shared)
    try:
        text = "".join(
            f"- [P{i}]({srv.url(f'/slowish/{i}')}) x\n"
            for srv in (first, second)
            for i in range(12)
        )
        corpus = Corpus([parse_text(text, "many.md")])
        opts = LinkOptions(
            per_host=2, max_concurrency=3, cache=False, trust_env=False, allow_private_hosts=True
        )
        report = check_links(corpus, opts)
        assert all(r.outcome == "ok" for r in report.results)
        for srv in (first, second):
            host = f"127.0.0.1:{srv.port}"
            assert shared.peak[host] == 2  # the limit held, and was used
            assert report.peak_per_host[host] == 2
        assert shared.peak_all == 3  # the global limit held across hosts
        assert report.requests == 24
    finally:
        first.stop()
        second.stop()


def test_per_host_interval_spaces_requests(server: LocalServer) -> None:
    text = "".join(f"- [P{i}]({server.url(f'/p/spaced/{i}')}) x\n" for i in range(4))
    corpus = Corpus([parse_text(text, "spaced.md")])
    rule = HostRule(host=f"127.0.0.1:{server.port}", interval=0.1, per_host=4)
    began = time.monotonic()
    check_links(
        corpus, LinkOptions(hosts=(rule,), cache=False, trust_env=False, allow_private_hosts=True)
    )
    # Four starts at least 0.1 s apart take at least 0.3 s, however the machine is loaded
    # (the server's own arrival stamps are not used: its threads may be scheduled late).
    assert time.monotonic() - began >= 0.3
    assert len([h for h in server.state.hits if h.path.startswith("/p/spaced/")]) == 4


def test_host_gate_starts_are_an_interval_apart() -> None:
    async def starts() -> list[float]:
        gate = HostGate(limit=4, interval=0.05)
        loop = asyncio.get_running_loop()
        stamps: list[float] = []

        async def one() -> None:
            async with gate.slot():
                stamps.append(loop.time())

        await asyncio.gather(*(one() for _ in range(5)))
        return sorted(stamps)

    stamps = asyncio.run(starts())
    # The gate reads the loop's clock on both sides: exact, not subject to scheduling noise.
    assert all(b - a >= 0.05 for a, b in itertools.pairwise(stamps))


def test_host_rule_forces_get(server: LocalServer) -> None:
    corpus = Corpus([parse_text(f"- [A]({server.url('/p/get-only')}) x\n", "a.md")])
    rule = HostRule(host=f"127.0.0.1:{server.port}", path="^/p/get-only", method="get")
    check_links(
        corpus, LinkOptions(hosts=(rule,), cache=False, trust_env=False, allow_private_hosts=True)
    )
    assert server.state.count("/p/get-only", "HEAD") == 0
    assert server.state.count("/p/get-only", "GET") == 1


def test_excludes_and_includes(server: LocalServer) -> None:
    text = f"- [A]({server.url('/p/in')}) x\n- [B]({server.url('/p/out')}) y\n"
    corpus = Corpus([parse_text(text, "a.md")])
    report = check_links(
        corpus,
        LinkOptions(exclude=("/p/out",), cache=False, trust_env=False, allow_private_hosts=True),
    )
    assert [r.url for r in report.results] == [server.url("/p/in")]
    assert [(s.url, s.reason) for s in report.skipped] == [(server.url("/p/out"), "excluded")]
    report = check_links(
        corpus,
        LinkOptions(include=("/nothing",), cache=False, trust_env=False, allow_private_hosts=True),
    )
    assert report.results == [] and server.state.count("/p/out") == 0


def test_accepted_statuses_are_configurable(server: LocalServer) -> None:
    corpus = Corpus([parse_text(f"- [A]({server.url('/gone')}) x\n", "a.md")])
    opts = LinkOptions(
        accept=frozenset({200, 410}), cache=False, trust_env=False, allow_private_hosts=True
    )
    assert check_links(corpus, opts).findings == []


# --- configuration and helpers -------------------------------------------------------------------


def test_options_from_config() -> None:
    opts = LinkOptions.from_config(
        {
            "exclude": ["^https://example\\.org/"],
            "accept": ["200-299", 403],
            "max-concurrency": 8,
            "per-host": 1,
            "timeout": 5,
            "retries": 1,
            "max-age": "12h",
            "cache-path": ".cache/links.json",
            "hosts": [
                {"host": "example.com", "interval": 1, "soft-404": {"body": ["Not here"]}},
            ],
        }
    )
    assert 403 in opts.accept and 250 in opts.accept and 300 not in opts.accept
    assert opts.max_concurrency == 8 and opts.per_host == 1 and opts.timeout == 5.0
    assert opts.max_age == 12 * 3600 and opts.cache_path == Path(".cache/links.json")
    assert opts.hosts[0].interval == 1.0 and opts.hosts[0].soft_body("<p>not HERE</p>")
    assert not opts.wanted("https://example.org/x") and opts.wanted("https://example.com/x")
    assert opts.host_rules()[0] is opts.hosts[0]  # config rules come before the data
    rooted = LinkOptions.from_config({"cache-path": "c.json"}, root=Path("/project"), retries=0)
    assert rooted.cache_path == Path("/project/c.json") and rooted.retries == 0
    with pytest.raises(ConfigError, match="unknown key 'retry'"):
        LinkOptions.from_config({"retry": 2})
    with pytest.raises(ConfigError, match="invalid regular expression"):
        LinkOptions.from_config({"exclude": ["("]})
    with pytest.raises(ConfigError, match="status code"):
        LinkOptions.from_config({"accept": ["2xx"]})


def test_builtin_data_loads() -> None:
    rules = LinkOptions().host_rules()
    assert any(rule.host == "*" for rule in rules)
    wechat = [r for r in rules if r.matches("https://mp.weixin.qq.com/s/abc")]
    assert any(r.soft_body("<p>该内容已被发布者删除</p>") for r in wechat)
    generic = next(r for r in rules if r.host == "*")
    assert generic.soft_final("https://example.com/404.html")
    assert not generic.soft_final("https://arxiv.org/abs/2104.0404")


def test_retry_after_parsing() -> None:
    assert parse_retry_after("5") == 5.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_dns_failure_is_classified_without_the_network() -> None:
    import httpx

    error = httpx.ConnectError("failed")
    error.__cause__ = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    assert classify_error(error).kind == "dns"
    error.__cause__ = socket.gaierror(socket.EAI_AGAIN, "Temporary failure")
    assert classify_error(error).kind == "dns-temporary"


def test_importing_the_rules_does_not_load_httpx() -> None:
    import subprocess
    import sys

    code = "import sys, awesome_ptm.rules.linkcheck; print('httpx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_rules_are_documented() -> None:
    assert [(r.code, r.name, r.severity) for r in LINK_RULES] == [
        ("PTM601", "dead-link", "error"),
        ("PTM602", "permanent-redirect", "warning"),
        ("PTM603", "soft-404", "error"),
        ("PTM604", "link-timeout", "warning"),
        ("PTM605", "rate-limited", "info"),
        ("PTM606", "link-not-checked", "info"),
        ("PTM607", "internal-link", "warning"),
    ]
    for rule in LINK_RULES:
        doc = rule.documentation()
        for section in ("## What it does", "## Why is this bad", "## Example", "## Fix"):
            assert section in doc, (rule.code, section)


def test_apply_config_honours_suppressions(server: LocalServer) -> None:
    text = (
        "<!-- awesome-ptm-disable-next-line PTM601 -->\n"
        f"- [A]({server.url('/missing')}) x\n"
        f"- [B]({server.url('/gone')}) y\n"
    )
    corpus = Corpus([parse_text(text, "a.md")])
    report = check_links(
        corpus, LinkOptions(cache=False, trust_env=False, allow_private_hosts=True)
    )
    kept, suppressed, allowed = apply_config(
        report.findings, corpus, Config(severity={"PTM601": "warning"})
    )
    assert suppressed == 1 and allowed == 0
    assert [(f.line, f.severity) for f in kept] == [(3, "warning")]


def test_async_api_with_a_given_client(server: LocalServer) -> None:
    from awesome_ptm.links import check_links_async, make_client

    corpus = Corpus([parse_text(f"- [A]({server.url('/p/async')}) x\n", "a.md")])
    opts = LinkOptions(cache=False, trust_env=False, allow_private_hosts=True)

    async def main() -> LinkReport:
        async with make_client(opts) as client:
            report = await check_links_async(corpus, opts, client=client)
            assert not client.is_closed
            return report

    assert asyncio.run(main()).results[0].outcome == "ok"


def apply(text: str, fix: Fix) -> str:
    for edit in sorted(fix.edits, key=lambda e: e.start, reverse=True):
        text = text[: edit.start] + edit.content + text[edit.end :]
    return text
