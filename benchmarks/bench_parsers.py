"""Is a faster parser worth it? markdown-it-py against markdown-it-pyrs, speed and safety.

Run: ``pip install markdown-it-pyrs`` then ``python benchmarks/bench_parsers.py``
(``--sizes 15000`` for a quick run). Not a dependency of awesome-ptm: this script is the
record of why (docs/performance.md, "A faster parser?").

For each generated list (:mod:`benchmarks.generate`) it prints the CPU time of
markdown-it-py's ``parse`` (the configuration awesome-ptm reads lists with) and of
markdown-it-pyrs's ``tree`` (the same CommonMark + table + strikethrough), and the peak
memory of each, each in a fresh process. Then it feeds both the hostile shapes a
pre-commit hook may meet, each in a fresh process with a time limit, and prints how each
parser ends: its time, ``crashed (signal N)`` when the process died, or ``timed out``.
Nothing is asserted: this is a measurement.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PARSERS = ("markdown-it-py", "markdown-it-pyrs")

#: Hostile inputs, as Python expressions (kept as text so the worker builds them itself).
HOSTILE = {
    "100,000 nested blockquotes": "'>' * 100_000 + ' x\\n'",
    "100,000 nested list markers": "'- ' * 100_000 + 'x\\n'",
    "100,000 nested emphasis": "'*' * 100_000 + 'a' + '*' * 100_000",
    "50,000 nested images": "'![a' * 50_000 + '](b)' * 50_000",
    "50,000 emphasis openers then closers": "'*a ' * 50_000 + 'b*' * 50_000",
}


def _parse_function(name: str):  # type: ignore[no-untyped-def]
    if name == "markdown-it-py":
        from markdown_it import MarkdownIt

        md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
        return md.parse
    import markdown_it_pyrs

    fast = markdown_it_pyrs.MarkdownIt("commonmark").enable_many(["table", "strikethrough"])
    return fast.tree


def worker(name: str, source: str, is_expression: bool) -> None:
    text = eval(source) if is_expression else Path(source).read_text(encoding="utf-8")
    parse = _parse_function(name)
    parse("# warm up\n\n- [a](b)\n")
    start = time.process_time()
    result = parse(text)
    cpu = time.process_time() - start
    del result
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"cpu": cpu, "peak_mb": peak}), flush=True)


def run_worker(name: str, source: str, is_expression: bool, timeout: float) -> str:
    argv = [sys.executable, __file__, "--worker", name, source]
    if is_expression:
        argv.append("--expression")
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return f"timed out (> {timeout:.0f} s)"
    if done.returncode < 0:
        return f"crashed (signal {-done.returncode})"
    if done.returncode:
        last = done.stderr.strip().splitlines()[-1:] or ["?"]
        return f"failed: {last[0]}"
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return f"{result['cpu']:7.3f} s  {result['peak_mb']:6.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="15000,100000")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--worker", nargs=2, metavar=("PARSER", "SOURCE"), help=argparse.SUPPRESS)
    parser.add_argument("--expression", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], args.worker[1], args.expression)
        return
    from benchmarks.generate import generate

    with tempfile.TemporaryDirectory() as folder:
        print("generated lists (CPU time of one parse, peak memory of the process)")
        for size in (int(n) for n in args.sizes.split(",")):
            path = Path(folder) / f"list-{size}.md"
            path.write_text(generate(size), encoding="utf-8")
            print(f"  {size:,} entries ({path.stat().st_size / 1e6:.2f} MB)")
            for name in PARSERS:
                print(f"    {name:18s} {run_worker(name, str(path), False, args.timeout * 10)}")
    print("hostile input (each in its own process)")
    for label, expression in HOSTILE.items():
        print(f"  {label}")
        for name in PARSERS:
            print(f"    {name:18s} {run_worker(name, expression, True, args.timeout)}")


if __name__ == "__main__":
    main()
