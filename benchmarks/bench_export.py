"""export (parse + identity + venues + JSON) against a bare markdown-it-py parse, side by side.

Run: ``python benchmarks/bench_export.py``. Prints times (best of N) and the ratio; the target
is export ≤ 1.3× the bare parse on a ~2 MB list, and ``awesome-ptm export lists/`` cold in
under 250 ms.

A quick check in one process: the repeated exports find the link identities cached, which
flatters them. ``benchmarks/bench_check.py`` measures export, check, fix and build side by
side, each run in a fresh process, at several sizes (see docs/performance.md).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).parent.parent))

from benchmarks.generate import generate


def best(func: object, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    from markdown_it import MarkdownIt

    from awesome_ptm.corpus import Corpus
    from awesome_ptm.export import to_json
    from awesome_ptm.parse import parse_text

    text = generate(15_000)
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    parse_text(text)  # warm caches (YAML data, compiled regexes) as a real run would have them

    bare = best(lambda: md.parse(text), 3)
    ours = best(lambda: to_json(Corpus([parse_text(text, "bench.md")])), 3)
    entries = len(parse_text(text).entries)
    print(f"input: {len(text.encode()) / 1e6:.2f} MB, {entries} entries")
    print(f"bare markdown-it-py parse: {bare:.3f} s")
    print(f"awesome-ptm export (json): {ours:.3f} s")
    print(f"ratio export / bare parse: {ours / bare:.2f}x (target <= 1.3x)")

    root = Path(__file__).parent.parent
    cold = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "awesome_ptm", "export", "lists/"],
            cwd=root,
            check=True,
            capture_output=True,
        )
        cold.append(time.perf_counter() - start)
    print(f"cold `awesome-ptm export lists/`: median {statistics.median(cold) * 1000:.0f} ms")
    print(json.dumps({"bare_s": bare, "export_s": ours, "ratio": ours / bare}))


if __name__ == "__main__":
    main()
