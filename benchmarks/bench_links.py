"""``check_links`` on 1,000 links served by a local server with 10 ms latency per response.

Run: ``python benchmarks/bench_links.py``. Only 127.0.0.1 is contacted: the server is started
here, on several ports (each port is a host for the per-host limit, as it would be for
several sites). Defaults are used except for the cache file (a temporary one) and
``trust_env=False`` (so no proxy from the environment is involved). Prints the elapsed time
(target < 5 s), the peak concurrency per host seen by the server, and the second run, which
the cache should answer with 0 requests. Nothing is asserted.

127.0.0.1 is an internal address, which ``links`` refuses unless ``allow_private_hosts``:
the benchmark allows it. With ``--guarded`` it instead declares 127.0.0.1 public (a patch of
``awesome_ptm.links.address.address_problem``) and leaves the guard on, to measure what the
address checks cost (a resolution per host before the requests, one per connection).
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "src"))

LATENCY = 0.010
LINKS = 1_000
HOSTS = 8


class Server:
    """A tiny HTTP/1.1 server (keep-alive, HEAD and GET) on ``count`` ports of 127.0.0.1, in
    its own thread and event loop. Every response waits ``latency`` seconds."""

    def __init__(self, count: int, latency: float) -> None:
        self.latency = latency
        self.ports: list[int] = []
        self.requests = 0
        self.active: Counter[str] = Counter()
        self.peak: Counter[str] = Counter()
        self.loop = asyncio.new_event_loop()
        ready = threading.Event()
        self.thread = threading.Thread(target=self._run, args=(count, ready), daemon=True)
        self.thread.start()
        ready.wait()

    def _run(self, count: int, ready: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)

        async def start() -> None:
            for _ in range(count):
                server = await asyncio.start_server(self._serve, "127.0.0.1", 0, backlog=512)
                self.ports.append(server.sockets[0].getsockname()[1])

        self.loop.run_until_complete(start())
        ready.set()
        self.loop.run_forever()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                request = await reader.readuntil(b"\r\n\r\n")
                lines = request.decode("latin-1").split("\r\n")
                method = lines[0].split(" ", 1)[0]
                host = next(
                    (
                        line.split(":", 1)[1].strip()
                        for line in lines
                        if line.lower().startswith("host:")
                    ),
                    "",
                )
                self.requests += 1
                self.active[host] += 1
                self.peak[host] = max(self.peak[host], self.active[host])
                await asyncio.sleep(self.latency)
                self.active[host] -= 1
                body = b"<h1>ok</h1>"
                head = (
                    "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                    f"Content-Length: {len(body)}\r\n\r\n"
                ).encode()
                writer.write(head if method == "HEAD" else head + body)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=2)


def main() -> None:
    from awesome_ptm.corpus import Corpus
    from awesome_ptm.links import LinkOptions, check_links
    from awesome_ptm.parse import parse_text

    guarded = "--guarded" in sys.argv[1:]
    if guarded:
        from awesome_ptm.links import address

        address.address_problem = lambda _address: None  # 127.0.0.1 plays a public host
    allow = {"allow_private_hosts": not guarded}
    print("address guard:", "on (127.0.0.1 counted as public)" if guarded else "off (allowed)")
    server = Server(HOSTS, LATENCY)
    try:
        lines = ["# Bench", ""]
        for index in range(LINKS):
            port = server.ports[index % HOSTS]
            lines.append(f"- [Paper {index}](http://127.0.0.1:{port}/paper/{index}) about it")
        corpus = Corpus([parse_text("\n".join(lines) + "\n", "bench.md")])
        cache = Path(tempfile.mkdtemp()) / "links.json"
        options = LinkOptions(cache_path=cache, trust_env=False, **allow)
        print(
            f"{LINKS} links on {HOSTS} hosts (127.0.0.1 ports), "
            f"{LATENCY * 1000:.0f} ms per response"
        )
        print(
            f"defaults: max_concurrency={options.max_concurrency}, per_host={options.per_host}, "
            f"timeout={options.timeout:g} s, retries={options.retries}"
        )

        start = time.perf_counter()
        report = check_links(corpus, options)
        elapsed = time.perf_counter() - start
        ideal = LINKS * LATENCY / min(options.max_concurrency, HOSTS * options.per_host)
        print(f"first run: {elapsed:.2f} s (target < 5 s; ideal at these limits {ideal:.2f} s)")
        print(f"  requests: {server.requests}, outcomes: {report.counts()}")
        print(f"  peak concurrency per host (server): {sorted(set(server.peak.values()))}")
        print(f"  peak concurrency per host (client): {sorted(set(report.peak_per_host.values()))}")
        print(f"  throughput: {LINKS / elapsed:.0f} links/s, {elapsed / ideal:.2f}x the ideal")

        before = server.requests
        start = time.perf_counter()
        again = check_links(corpus, options)
        elapsed2 = time.perf_counter() - start
        print(
            f"second run: {elapsed2:.3f} s, {server.requests - before} requests, "
            f"{again.cached}/{len(again.results)} answered from the cache"
        )

        # One host only: politeness bounds the rate at per_host / latency.
        single = Corpus(
            [
                parse_text(
                    "".join(
                        f"- [P{i}](http://127.0.0.1:{server.ports[0]}/one/{i}) x\n"
                        for i in range(200)
                    ),
                    "one.md",
                )
            ]
        )
        start = time.perf_counter()
        check_links(single, LinkOptions(cache=False, trust_env=False, **allow))
        elapsed3 = time.perf_counter() - start
        bound = 200 * LATENCY / options.per_host
        print(
            f"200 links on one host: {elapsed3:.2f} s (per-host bound {bound:.2f} s, "
            f"{elapsed3 / bound:.2f}x)"
        )
    finally:
        server.stop()


if __name__ == "__main__":
    main()
