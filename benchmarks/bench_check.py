"""export, check, fix --check and build against a bare markdown-it-py parse, side by side.

Run: ``python benchmarks/bench_check.py`` (``--sizes 1000,10000`` for a quick run). For each
size it writes a generated list in the seeds' shapes (:mod:`benchmarks.generate`,
deterministic) to a temporary folder, then measures, each in a fresh subprocess that warms
the caches on a small list first (data files, compiled patterns, the spelling dictionary):

- ``bare``: ``MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])``
  ``.parse(text)``, the parser configuration awesome-ptm reads lists with;
- ``export``: ``load`` + ``write_export(corpus, "json", …)`` to ``/dev/null`` (``awesome-ptm
  export``, which writes the JSON as it is made);
- ``check``: ``load`` + ``run_checks`` with every rule (``awesome-ptm check``);
- ``fix``: ``fix --check``: ``fix_corpus`` (the fix loop and its safety check), then the
  fixed texts parsed and checked again, as the command does;
- ``build``: ``build(config, check=True)``: the README and the five exports, in memory.

Each is timed ``--repeat`` times (once at 100,000 entries), each time in a new process (the
caches of link identities and venues start empty, as in a real run); the best wall and CPU
times are kept, and the largest peak resident memory (``ru_maxrss``) is reported. Ratios are of
CPU time (the machine may be shared; wall time is printed too). The peers run as whole
processes on the same file, when installed: ``mdformat --check`` (pip) and
``markdownlint-cli2`` (npm; set ``MARKDOWNLINT_CLI2`` to its bin or install it with
``npm install --prefix /tmp/mdl markdownlint-cli2``); they are compared with
``awesome-ptm check FILE`` run the same way. Cold starts are the median of several runs of
``python -m awesome_ptm``, with the byte-code caches written (as after ``pip
install``). Nothing is asserted: speed is measured here, never in the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

TASKS = ("bare", "export", "check", "fix", "build")
DEFAULT_SIZES = (1_000, 10_000, 15_000, 100_000)
MDL_DEFAULT = Path("/tmp/mdl/node_modules/.bin/markdownlint-cli2")
#: max-file-size for the generated lists (100,000 entries is about 16 MB).
LIMIT = 200 * 1024 * 1024


# --- the worker: one task on one file, in its own process ------------------------------------


def _task(name: str, path: Path, folder: Path) -> Callable[[], object]:
    """A callable doing ``name`` on ``path`` once (``folder`` holds the build config)."""
    from awesome_ptm.config import load_config

    if name == "bare":
        from markdown_it import MarkdownIt

        md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
        return lambda: md.parse(path.read_text(encoding="utf-8"))
    # The folder's config raises max-file-size (the default, 10 MB, refuses 100k entries).
    config = load_config(None)
    limit = config.max_file_size
    if name == "export":
        from awesome_ptm.corpus import load
        from awesome_ptm.export import write_export

        def export() -> None:
            # As ``awesome-ptm export`` does: written out as it is made (to /dev/null here).
            with open(os.devnull, "w", encoding="utf-8") as sink:
                write_export(load([path], max_bytes=limit), "json", sink.write)

        return export
    if name == "check":
        from awesome_ptm.check import run_checks
        from awesome_ptm.corpus import load

        return lambda: run_checks(load([path], max_bytes=limit), config)
    if name == "fix":
        from awesome_ptm.check import run_checks
        from awesome_ptm.corpus import Corpus, load
        from awesome_ptm.fix import fix_corpus
        from awesome_ptm.parse import parse_text

        def fix_check() -> object:
            corpus = load([path], max_bytes=limit)
            results = fix_corpus(corpus, config, select=[], ignore=[], unsafe=False)
            fixed = Corpus([parse_text(result.fixed, result.path) for result in results])
            return run_checks(fixed, config)

        return fix_check
    if name == "build":
        from awesome_ptm.build import build

        config_file = folder / f"build-{path.stem}.yaml"
        config_file.write_text(
            f"lists: [{path.name}]\nmax-file-size: {LIMIT}\n"
            f"build:\n  output: out-{path.stem}/README.md\n  exports:\n"
            + "".join(
                f"    {fmt}: out-{path.stem}/list.{fmt}\n"
                for fmt in ("json", "jsonl", "csv", "bib", "yaml")
            ),
            encoding="utf-8",
        )
        build_config = load_config(config_file)
        return lambda: build(build_config, [path], check=True)
    raise SystemExit(f"unknown task {name!r}")


def worker(name: str, path: Path, repeat: int) -> None:
    folder = path.parent
    os.chdir(folder)  # no config file up from here: the defaults, as for a plain list
    from awesome_ptm._gc import freeze_survivors_on_resume
    from benchmarks.generate import generate

    # As the command line does (awesome_ptm.cli.run): this process ends with its task.
    freeze_survivors_on_resume()

    warm = folder / "warm-up.md"
    if not warm.exists():
        warm.write_text(generate(300), encoding="utf-8")
    _task(name, warm, folder)()  # data files, compiled patterns, dictionary, validators
    run = _task(name, path, folder)
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        cpus.append(time.process_time() - cpu)
        walls.append(time.perf_counter() - wall)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"wall": min(walls), "cpu": min(cpus), "peak_mb": peak_kb / 1024}))


def measure(name: str, path: Path, repeat: int) -> dict[str, float]:
    """Best of ``repeat`` runs, each in a fresh process: the per-link caches (canonical
    form, paper id, venue of a URL) start empty every time, as in a real run."""
    runs = []
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, __file__, "--worker", name, str(path), "--repeat", "1"],
            check=True,
            capture_output=True,
            text=True,
        )
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return {
        "wall": min(run["wall"] for run in runs),
        "cpu": min(run["cpu"] for run in runs),
        "peak_mb": max(run["peak_mb"] for run in runs),
    }


# --- whole processes: peers, our CLI, cold starts ---------------------------------------------


def _clean_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a user's install has its .pyc files
    # This tree's sources, also when the benchmark runs from a copy of another version.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    return env


def process_time(argv: list[str], cwd: Path, repeat: int) -> float:
    """Best wall time of ``argv`` over ``repeat`` runs (exit status ignored: linters exit
    non-zero when they find something)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, cwd=cwd, env=_clean_env(), capture_output=True, check=False)
        best = min(best, time.perf_counter() - start)
    return best


def console_script() -> list[str]:
    return [sys.executable, "-m", "awesome_ptm"]


def peers() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    try:
        import mdformat  # noqa: F401

        found["mdformat --check"] = [sys.executable, "-m", "mdformat", "--check"]
    except ImportError:
        pass
    mdl = Path(os.environ.get("MARKDOWNLINT_CLI2", MDL_DEFAULT))
    if mdl.exists() and shutil.which("node"):
        found["markdownlint-cli2"] = [str(mdl)]
    return found


def cold_starts(runs: int) -> dict[str, float]:
    script = console_script()
    cases = {
        "awesome-ptm --version": [*script, "--version"],
        "awesome-ptm check lists/ptm-overview-articles.md": [
            *script,
            "check",
            "lists/ptm-overview-articles.md",
        ],
        "awesome-ptm check lists/": [*script, "check", "lists/"],
        "awesome-ptm export lists/": [*script, "export", "lists/"],
    }
    result = {}
    for label, argv in cases.items():
        subprocess.run(argv, cwd=ROOT, env=_clean_env(), capture_output=True, check=False)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(argv, cwd=ROOT, env=_clean_env(), capture_output=True, check=False)
            times.append(time.perf_counter() - start)
        result[label] = statistics.median(times)
    return result


# --- the report -------------------------------------------------------------------------------


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} CPUs ({model}), Python {sys.version.split()[0]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(n) for n in DEFAULT_SIZES))
    parser.add_argument("--repeat", type=int, default=3, help="runs per task (1 at 100k+)")
    parser.add_argument("--tasks", default=",".join(TASKS))
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--cold-runs", type=int, default=7)
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument("--worker", nargs=2, metavar=("TASK", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker[0], Path(args.worker[1]), args.repeat)
        return

    from benchmarks.generate import generate

    sizes = [int(n) for n in args.sizes.split(",") if n]
    tasks = [t for t in args.tasks.split(",") if t]
    if "bare" not in tasks:
        tasks.insert(0, "bare")
    found_peers = {} if args.no_peers else peers()
    print(f"machine: {machine()}")
    missing = {"mdformat --check", "markdownlint-cli2"} - set(found_peers)
    if not args.no_peers and missing:
        print(f"peers not installed (skipped): {', '.join(sorted(missing))}")
    results: dict[str, Any] = {"machine": machine(), "sizes": {}}
    with tempfile.TemporaryDirectory(prefix="awesome-ptm-bench-") as tmp:
        folder = Path(tmp)
        (folder / ".awesome-ptm.yaml").write_text(f"max-file-size: {LIMIT}\n", encoding="utf-8")
        for size in sizes:
            path = folder / f"list-{size}.md"
            text = generate(size)
            path.write_text(text, encoding="utf-8")
            repeat = 1 if size >= 100_000 else args.repeat
            row: dict[str, Any] = {"bytes": len(text.encode("utf-8")), "tasks": {}}
            for task in tasks:
                row["tasks"][task] = measure(task, path, repeat)
            if found_peers:
                peer_repeat = 1 if size >= 100_000 else args.repeat
                ours = process_time([*console_script(), "check", path.name], folder, peer_repeat)
                row["cli"] = {"awesome-ptm check": ours}
                for label, argv in found_peers.items():
                    row["cli"][label] = process_time([*argv, path.name], folder, peer_repeat)
            results["sizes"][size] = row
            _print_size(size, row)
    _print_summary(results, sizes, tasks)
    cold = cold_starts(args.cold_runs)
    results["cold"] = cold
    print("\ncold start (median wall, python -m awesome_ptm, .pyc present):")
    for label, seconds in cold.items():
        print(f"  {label:<52} {seconds * 1000:6.0f} ms")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


def _print_size(size: int, row: dict[str, Any]) -> None:
    tasks = row["tasks"]
    bare = tasks["bare"]
    print(f"\n{size:,} entries ({row['bytes'] / 1e6:.2f} MB)")
    print(f"  {'task':<10} {'cpu s':>8} {'wall s':>8} {'x bare':>7} {'peak MB':>8}")
    for task, m in tasks.items():
        ratio = m["cpu"] / bare["cpu"]
        print(f"  {task:<10} {m['cpu']:8.3f} {m['wall']:8.3f} {ratio:6.2f}x {m['peak_mb']:8.0f}")
    cli = row.get("cli")
    if cli:
        ours = cli["awesome-ptm check"]
        print("  whole processes (best wall):")
        for label, seconds in cli.items():
            versus = "" if label == "awesome-ptm check" else f"  ours/peer {ours / seconds:5.2f}x"
            print(f"    {label:<22} {seconds:8.3f} s{versus}")


def _print_summary(results: dict[str, Any], sizes: list[int], tasks: list[str]) -> None:
    rows = results["sizes"]
    print("\nsummary: CPU time / bare parse of the same file")
    print("  " + f"{'entries':>9}" + "".join(f"{t:>9}" for t in tasks if t != "bare"))
    for size in sizes:
        bare = rows[size]["tasks"]["bare"]["cpu"]
        cells = "".join(
            f"{rows[size]['tasks'][t]['cpu'] / bare:8.2f}x" for t in tasks if t != "bare"
        )
        print(f"  {size:>9,}{cells}")
    if 10_000 in rows and 100_000 in rows:
        print("scaling 100k / 10k (CPU time; 10x the entries):")
        for task in tasks:
            big = rows[100_000]["tasks"][task]["cpu"]
            small = rows[10_000]["tasks"][task]["cpu"]
            print(f"  {task:<10} {big / small:6.2f}x")


if __name__ == "__main__":
    main()
