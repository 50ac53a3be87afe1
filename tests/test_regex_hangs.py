"""Regular expressions on user text: no pattern of the package hangs on hostile input.

Every compiled pattern the package holds is collected: module-level ``re.Pattern`` objects,
those inside module-level tuples, lists, sets and dicts, class attributes, the fields of
module-level objects, and what the data loaders build from ``awesome_ptm/data/*.yaml``
(placeholder patterns, host path rules, venue patterns…), by calling each module's
argument-less cached loaders; and the literal patterns passed to ``re.search``,
``re.sub``… inside functions (read from the source). Each pattern is then run on the known
worst cases for backtracking: 20,000-character runs of each character it may repeat (taken
from its source, plus letters, digits, spaces, brackets, ``*_-./%:``, full-width ``（《``
and CJK), the same runs with a ``!`` tail that fails the match late, and alternations of a
letter with punctuation.

A pattern is run the way the package runs it: one that is only ever anchored (``.match``,
``.fullmatch``, found by reading the source) is tried with ``match`` and ``fullmatch``;
any other (searched, substituted, split, or loaded from data) also with ``search`` and
``findall``, which try it at every position: ``[ \t]*x`` is linear anchored and quadratic
searched, and 20,000 spaces make the difference a timeout.

The runs happen in a child process per module with a timeout for the whole batch, so a
catastrophic pattern shows up as a timeout naming the pattern it was on. A string that
takes noticeable time (over 50 ms) is run again four times as long: quadratic patterns
(fast enough at 20,000 characters, hours on the 5 MB line a list may hold) take sixteen
times as long and fail too. This is a hang detector, not a speed test: the bounds are
generous.

Run this file as a script (``python tests/test_regex_hangs.py MODULE``) to time one module's
patterns by hand.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import importlib
import importlib.util
import inspect
import json
import os
import pkgutil
import re
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest

import awesome_ptm

#: Length of the runs fed to each pattern.
RUN = 20_000
#: Seconds for all the patterns of one module (a hang bound, not a speed target).
MODULE_TIMEOUT = 10.0
#: A string that takes longer than this (seconds) is tried again, four times as long…
RECHECK_AFTER = 0.05
#: …and the pattern fails when that takes over a second and this many times as long (a
#: linear pattern takes ~4 times as long, a quadratic one ~16).
SUPERLINEAR = 10.0
#: Characters tried in every pattern, whatever its source says.
BASE_CHARS = "aZ1 \t([*_-./%:（《中"
#: Loaders that are not worth calling: they hold no pattern and take long to build.
SKIP_LOADERS = {
    "awesome_ptm.rules.spelling._english.spell_checker",
    "awesome_ptm.rules.spelling._english._dictionary",
}
_META = set("\\^$|?+*{}()[]")
#: Patterns only ever run on short text, with the run length that stands for it and why.
#: Exponential backtracking still shows at these lengths; quadratic search does not.
BOUNDED_INPUT: dict[str, tuple[int, str]] = {
    "awesome_ptm.rules.venues._format._JOINT": (
        300,
        "searched only in a venue that split_venue_year() accepted: a venue name and a year",
    ),
    "awesome_ptm.links.http._CHARSET": (4096, "searched in the first 4,096 bytes of a page"),
}

# -- collecting -------------------------------------------------------------------------


def _modules() -> list[str]:
    names = [
        info.name
        for info in pkgutil.walk_packages(awesome_ptm.__path__, "awesome_ptm.")
        if not info.name.endswith("__main__")  # runs the CLI on import
    ]
    return sorted(["awesome_ptm", *names])


def _ours(value: object) -> bool:
    return type(value).__module__.startswith("awesome_ptm")


def _walk(
    value: object, label: str, seen: set[int], depth: int = 0
) -> Iterator[tuple[str, re.Pattern[str]]]:
    """Patterns in ``value``: itself, inside containers, in the fields of our objects."""
    if isinstance(value, re.Pattern):
        yield label, value
        return
    if depth > 6 or isinstance(value, (str, bytes, int, float, bool, type(None))):
        return
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(key, f"{label}[key]", seen, depth + 1)
            yield from _walk(item, f"{label}[{key!r}]", seen, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for index, item in enumerate(value):
            yield from _walk(item, f"{label}[{index}]", seen, depth + 1)
    elif inspect.isclass(value):
        if value.__module__.startswith("awesome_ptm"):
            for name, item in vars(value).items():
                yield from _walk(item, f"{label}.{name}", seen, depth + 1)
    elif dataclasses.is_dataclass(value) or _ours(value):
        fields: dict[str, object] = {}
        if hasattr(value, "__dict__"):
            fields.update(vars(value))
        for cls in type(value).__mro__:
            for slot in getattr(cls, "__slots__", ()):
                if hasattr(value, slot):
                    fields[slot] = getattr(value, slot)
        for name, item in fields.items():
            yield from _walk(item, f"{label}.{name}", seen, depth + 1)


def _loaders(module: object) -> Iterator[tuple[str, object]]:
    """The module's own argument-less cached functions (the data loaders)."""
    for name, value in sorted(vars(module).items()):
        if not isinstance(value, functools._lru_cache_wrapper):
            continue
        qualified = f"{value.__module__}.{name}"
        if value.__module__ != getattr(module, "__name__", "") or qualified in SKIP_LOADERS:
            continue
        try:
            signature = inspect.signature(value)
        except (TypeError, ValueError):
            continue
        if all(p.default is not p.empty for p in signature.parameters.values()):
            yield name, value


ANCHORED = frozenset({"match", "fullmatch"})
SEARCHED = frozenset({"search", "findall", "fullmatch"})
#: ``re`` functions that take a pattern first, and where their ``flags`` argument stands.
#: (``re.compile`` is left out: a compiled pattern is collected through the name it is kept
#: under.)
_RE_CALLS = {"search": 2, "match": 2, "fullmatch": 2, "findall": 2, "finditer": 2, "sub": 4,
             "subn": 4, "split": 3}  # fmt: skip


@functools.cache
def _sources() -> dict[str, str]:
    """Module name → source text, for the whole package."""
    out: dict[str, str] = {}
    for name in _modules():
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin and spec.origin.endswith(".py"):
            with open(spec.origin, encoding="utf-8") as handle:
                out[name] = handle.read()
    return out


@functools.cache
def _methods_of(attribute: str) -> frozenset[str]:
    """How the package calls a pattern held under this name: anchored only, or searched."""
    called = {
        match.group(1)
        for source in _sources().values()
        for match in re.finditer(rf"\b{re.escape(attribute)}\.(\w+)\(", source)
    }
    return ANCHORED if called and called <= ANCHORED else SEARCHED


def _flags(node: ast.expr | None) -> int:
    if node is None:
        return 0
    value = eval(compile(ast.Expression(node), "<flags>", "eval"), {"re": re})  # re.I | re.M
    return int(value)


def _inline(module_name: str) -> Iterator[tuple[str, re.Pattern[str], frozenset[str]]]:
    """Literal patterns given to ``re.<function>(...)`` in the module's code."""
    source = _sources().get(module_name)
    if source is None:
        return
    for node in ast.walk(ast.parse(source)):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "re"
            and node.func.attr in _RE_CALLS
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            continue
        at = _RE_CALLS[node.func.attr]
        flags = node.args[at] if len(node.args) > at else None
        flags = next((k.value for k in node.keywords if k.arg == "flags"), flags)
        pattern = re.compile(node.args[0].value, _flags(flags))
        methods = SEARCHED if node.func.attr not in ANCHORED else ANCHORED
        yield f"{module_name}:{node.lineno}:re.{node.func.attr}", pattern, methods


def collect(module_name: str) -> list[tuple[str, re.Pattern[str], frozenset[str]]]:
    """Every distinct pattern reachable from one module, with where it was found and the
    ways to run it."""
    module = importlib.import_module(module_name)
    seen: set[int] = set()
    found: list[tuple[str, re.Pattern[str], frozenset[str]]] = []
    for name, value in sorted(vars(module).items()):
        if inspect.ismodule(value) or (callable(value) and not inspect.isclass(value)):
            continue
        if inspect.isclass(value) and value.__module__ != module_name:
            continue
        for label, pattern in _walk(value, f"{module_name}.{name}", seen):
            attribute = label.rsplit(".", 1)[-1]
            plain = label == f"{module_name}.{name}" or re.fullmatch(r"\w+", attribute)
            found.append((label, pattern, _methods_of(attribute) if plain else SEARCHED))
    for name, loader in _loaders(module):
        found += [
            (label, pattern, SEARCHED)
            for label, pattern in _walk(loader(), f"{module_name}.{name}()", seen)  # type: ignore[operator]
        ]
    found += _inline(module_name)
    unique: dict[tuple[object, int], tuple[str, re.Pattern[str], frozenset[str]]] = {}
    for label, pattern, methods in found:
        key = (pattern.pattern, pattern.flags)
        if key in unique:
            methods = methods | unique[key][2]
            label = unique[key][0]
        unique[key] = (label, pattern, methods)
    return list(unique.values())


# -- hostile strings ----------------------------------------------------------------------


def hostile_strings(pattern: re.Pattern[str], run: int = RUN) -> Iterator[str]:
    """Long runs of the characters a pattern may repeat, with and without a failing tail."""
    source = pattern.pattern if isinstance(pattern.pattern, str) else pattern.pattern.decode()
    literal = {c for c in source if c.isprintable() and c not in _META and not c.isalnum()}
    chars = sorted(set(BASE_CHARS) | literal | {"!", "]", ")", "#", "@", "<", "&", "|"})
    for char in chars:
        yield char * run
        yield char * run + "!"
        yield "a" + char * run + "!\n"
    for char in "-._/ :@(":
        yield ("a" + char) * (run // 2) + "!"
    yield "a1" * (run // 2) + "!"
    yield "ab" * (run // 2) + "!"  # letters that are not one repeated letter
    yield "https://" + "a." * (run // 2) + "!"
    yield "https://x.org/" + "(" * run
    yield "**" + "a" * run
    yield "中" * run + "（" * run
    prefix = _literal_prefix(source)
    if prefix:  # the pattern's own opening, over and over ("<meta<meta<meta…")
        yield prefix * (run // len(prefix))
        yield prefix + "a" * run + "!"


def _literal_prefix(source: str) -> str:
    """The plain characters a pattern starts with (``<meta`` of ``<meta[^>]+…``)."""
    out = []
    for char in source.removeprefix("^"):
        if char in _META or char == ".":
            break
        out.append(char)
    return "".join(out)


def exercise(pattern: re.Pattern[str], text: str, methods: frozenset[str]) -> None:
    subject: str | bytes = text
    if isinstance(pattern.pattern, bytes):
        subject = text.encode("utf-8")
    for method in sorted(methods):
        getattr(pattern, method)(subject)


def _seconds(pattern: re.Pattern[str], text: str, methods: frozenset[str]) -> float:
    start = time.perf_counter()
    exercise(pattern, text, methods)
    return time.perf_counter() - start


def worker(module_name: str) -> int:
    """Run one module's patterns, one JSON line when each starts and ends (for the parent).

    A string that takes more than :data:`RECHECK_AFTER` seconds is run again four times as
    long: a pattern that is quadratic on it (a search that rescans a run from every
    position) takes sixteen times as long, which the module's timeout or
    :data:`SUPERLINEAR` catches; a linear one four times. Returns the exit status.
    """
    status = 0
    for label, pattern, methods in collect(module_name):
        run = BOUNDED_INPUT.get(label, (RUN, ""))[0]
        source = pattern.pattern
        shown = source.decode("utf-8", "replace") if isinstance(source, bytes) else source
        event = {"start": label, "pattern": shown[:300], "methods": sorted(methods)}
        print(json.dumps(event), flush=True)
        start = time.perf_counter()
        longer = hostile_strings(pattern, 4 * run)
        for text in hostile_strings(pattern, run):
            long_text = next(longer)
            seconds = _seconds(pattern, text, methods)
            if seconds <= RECHECK_AFTER:
                continue
            long_seconds = _seconds(pattern, long_text, methods)
            if long_seconds > 1.0 and long_seconds / seconds > SUPERLINEAR:
                status = 1
                report = {
                    "superlinear": label,
                    "text": repr(text[:40]),
                    "seconds": [round(seconds, 3), round(long_seconds, 3)],
                }
                print(json.dumps(report), flush=True)
        seconds = round(time.perf_counter() - start, 3)
        print(json.dumps({"done": label, "seconds": seconds}), flush=True)
    return status


# -- the tests ----------------------------------------------------------------------------

_AS_SCRIPT = __name__ == "__main__"
MODULES = [] if _AS_SCRIPT else _modules()
WITH_PATTERNS = [name for name in MODULES if collect(name)]


def test_the_collector_finds_the_patterns() -> None:
    labels = {label for name in MODULES for label, _, _ in collect(name)}
    everything = [pattern for name in MODULES for _, pattern, _ in collect(name)]
    assert len(everything) >= 50, labels
    assert "awesome_ptm.parse._inline.BARE_URL" in labels
    # Data-driven patterns come through the loaders.
    assert any(label.startswith("awesome_ptm.parse._vocabulary.vocabulary()") for label in labels)
    assert any(label.startswith("awesome_ptm.identity._data.hosts()") for label in labels)
    assert any(label.startswith("awesome_ptm.venues._data.tables()") for label in labels)
    assert any(":re.fullmatch" in label for label in labels)  # inline in a function
    assert set(BOUNDED_INPUT) <= labels


def test_usage_is_read_from_the_source() -> None:
    assert _methods_of("_MARKER") == ANCHORED  # rules.links._link_style: ``_MARKER.match(line)``
    assert _methods_of("BARE_URL") == SEARCHED  # parse._inline: ``BARE_URL.finditer(text)``


@pytest.mark.parametrize("module_name", WITH_PATTERNS)
def test_no_pattern_hangs_on_long_runs(module_name: str) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    try:
        done = subprocess.run(
            [sys.executable, __file__, module_name],
            capture_output=True,
            text=True,
            timeout=MODULE_TIMEOUT,
            env=env,
            check=False,
        )
    except subprocess.TimeoutExpired as expired:
        output = expired.stdout or ""
        if isinstance(output, bytes):
            output = output.decode("utf-8", "replace")
        events = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
        started = [e for e in events if "start" in e]
        finished = {e["done"] for e in events if "done" in e}
        stuck = [e for e in started if e["start"] not in finished]
        pytest.fail(f"{module_name}: no result after {MODULE_TIMEOUT:.0f} s; stuck on {stuck}")
    slow = [line for line in done.stdout.splitlines() if '"superlinear"' in line]
    assert not slow, f"{module_name}: time grows faster than the text: {slow}"
    assert done.returncode == 0, done.stderr[-3000:]
    timings = [json.loads(line) for line in done.stdout.splitlines() if '"done"' in line]
    assert timings, f"{module_name}: the worker ran no pattern"


if __name__ == "__main__":
    sys.exit(worker(sys.argv[1]))
