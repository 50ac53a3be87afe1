"""Mutation fuzzing of check and fix on real lists (no extra dependency).

Each case takes a window of a real list (``tests/corpus/*/list.md``) and applies one to eight
mutations, the kinds that found the hardening bugs: delete a byte range, duplicate a range
somewhere else, insert a range of another list, insert Markdown metacharacters (from
``fuzz/markdown.dict``) or CJK punctuation. The bytes then go the way a file does:
``decode`` → parse → ``run_checks`` → ``fix_corpus`` (safe fixes, then unsafe ones) →
fix the fixed text again. A case fails when

- an exception other than ``AwesomePtmError`` escapes, or our error spans two lines;
- fix does not converge: a result is not converged, or fixing the fixed text changes it;
- something is lost: a resource linked by an entry of the original is linked by no entry
  of the fixed text (fixes may merge duplicates, never drop the last link to a resource),
  or a word the original uses as a name (in a link target's path or in code) is gone;
- one case takes longer than ``--hang-seconds``.

Failing inputs are written to ``--out`` (``fuzz/artifacts/mutate-<n>.md``) with the reason.
Deterministic for a seed: ``python fuzz/fuzz_mutate.py --seconds 180 --seed 1``.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from awesome_ptm.check import run_checks
from awesome_ptm.config import Config
from awesome_ptm.corpus import Corpus
from awesome_ptm.errors import AwesomePtmError
from awesome_ptm.fix import fix_corpus
from awesome_ptm.model import Document
from awesome_ptm.parse import parse_text
from awesome_ptm.read import decode

ROOT = Path(__file__).resolve().parent.parent
CJK_PUNCTUATION = "，。、；：？！“”‘’（）【】《》〈〉「」『』—…·～｜　"
_CONFIG = Config()


def metacharacters() -> list[bytes]:
    """The tokens of ``fuzz/markdown.dict`` (libFuzzer's dictionary format)."""
    tokens = []
    for line in (ROOT / "fuzz" / "markdown.dict").read_text(encoding="utf-8").splitlines():
        match = re.fullmatch(r'\s*"(.*)"\s*', line)
        if match:
            text = match.group(1).encode("utf-8").decode("unicode_escape").encode("latin-1")
            tokens.append(text)
    return tokens


def mutate(data: bytes, others: list[bytes], tokens: list[bytes], rng: random.Random) -> bytes:
    """One to eight mutations of ``data``."""
    for _ in range(rng.randint(1, 8)):
        size = len(data)
        kind = rng.randrange(5)
        at = rng.randint(0, size)
        if kind == 0 and size:  # delete a range
            end = min(size, at + rng.randint(1, 200))
            data = data[:at] + data[end:]
        elif kind == 1 and size:  # duplicate a range elsewhere
            start = rng.randrange(size)
            piece = data[start : start + rng.randint(1, 400)]
            data = data[:at] + piece + data[at:]
        elif kind == 2:  # insert a range of another list
            other = rng.choice(others)
            start = rng.randrange(max(1, len(other)))
            data = data[:at] + other[start : start + rng.randint(1, 400)] + data[at:]
        elif kind == 3:  # Markdown metacharacters
            piece = b"".join(rng.choice(tokens) for _ in range(rng.randint(1, 3)))
            data = data[:at] + piece + data[at:]
        else:  # CJK punctuation
            piece = "".join(rng.choice(CJK_PUNCTUATION) for _ in range(rng.randint(1, 3)))
            data = data[:at] + piece.encode("utf-8") + data[at:]
    return data


def _resources(document: Document) -> set[str]:
    return {
        link.canonical
        for entry in document.entries
        for link in entry.links
        if not link.url.startswith("#")
    }


_SQUASH = re.compile(r"\W+")


def _names(text: str) -> set[str]:
    """Words the text uses as names: in link target paths (not the host, not the query) and
    in code spans."""
    words: set[str] = set()
    # Links, not images (badges are decoration), and only links that are closed.
    for url in re.findall(r"(?<!!)\[[^\]\n]*\]\(\s*<?([^)\s>]+)[^)\n]*\)", text):
        # The path only: a query holds tracking parameters, which fixes may strip.
        path = re.sub(r"^[a-z]+://[^/]*", "", url, flags=re.IGNORECASE).split("?")[0]
        words.update(re.findall(r"[^\W\d_]{3,}", path))
    for code in re.findall(r"`([^`\n]+)`", text):
        words.update(re.findall(r"[^\W\d_]{3,}", code))
    return {word.casefold() for word in words}


def run_case(data: bytes) -> str | None:
    """Why this input fails (one line), or None."""
    try:
        text, _, _ = decode(data, "fuzz.md")
        original = parse_text(text, "fuzz.md")
        run_checks(Corpus([original]), _CONFIG)
        for unsafe in (False, True):
            document = parse_text(text, "fuzz.md")
            (result,) = fix_corpus(
                Corpus([document]), _CONFIG, select=None, ignore=None, unsafe=unsafe
            )
            mode = "unsafe" if unsafe else "safe"
            if not result.converged:
                return f"{mode} fix did not converge ({', '.join(result.pending)})"
            fixed = parse_text(result.fixed, "fuzz.md")
            lost = _resources(original) - _resources(fixed)
            if lost:
                return f"{mode} fix lost the link to {sorted(lost)[0]}"
            squashed = _SQUASH.sub("", result.fixed).casefold()
            renamed = sorted(name for name in _names(text) if name not in squashed)
            if renamed:
                return f"{mode} fix renamed or dropped the name {renamed[0]!r}"
            (again,) = fix_corpus(Corpus([fixed]), _CONFIG, select=None, ignore=None, unsafe=unsafe)
            if again.fixed != result.fixed:
                codes = ", ".join(sorted(again.applied)) or "no rule"
                return f"{mode} fix is not idempotent: a second run changes it ({codes})"
    except AwesomePtmError as error:
        if "\n" in str(error):
            return f"error message is not one line: {error!r}"
    except Exception as error:  # the harness reports every other escape
        frame = traceback.extract_tb(error.__traceback__)[-1]
        return f"{type(error).__name__}: {error} (at {Path(frame.filename).name}:{frame.lineno})"
    return None


def main(argv: list[str] | None = None) -> int:
    """Run cases until ``--seconds`` or ``--cases`` is reached; exit 1 if any failed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=180.0)
    parser.add_argument("--cases", type=int, default=0, help="stop after this many (0: no)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--window", type=int, default=3000, help="bytes of a list per case")
    parser.add_argument("--hang-seconds", type=float, default=20.0)
    parser.add_argument("--out", type=Path, default=ROOT / "fuzz" / "artifacts")
    args = parser.parse_args(argv)
    lists = [path.read_bytes() for path in sorted((ROOT / "tests" / "corpus").glob("*/list.md"))]
    tokens = metacharacters()
    rng = random.Random(args.seed)
    started = time.monotonic()
    failures: dict[str, int] = {}
    cases = 0
    log: Callable[[str], None] = lambda line: print(line, flush=True)  # noqa: E731
    while time.monotonic() - started < args.seconds and (not args.cases or cases < args.cases):
        source = rng.choice(lists)
        start = rng.randrange(max(1, len(source) - args.window))
        data = mutate(source[start : start + args.window], lists, tokens, rng)
        began = time.monotonic()
        reason = run_case(data)
        took = time.monotonic() - began
        if reason is None and took > args.hang_seconds:
            reason = f"hang: {took:.1f} s"
        cases += 1
        if reason is not None:
            key = re.sub(r"\d+", "N", reason)[:120]
            failures[key] = failures.get(key, 0) + 1
            if failures[key] == 1:  # keep one input per kind of failure
                args.out.mkdir(parents=True, exist_ok=True)
                path = args.out / f"mutate-{cases}.md"
                path.write_bytes(data)
                log(f"FAIL case {cases}: {reason} -> {path}")
    elapsed = time.monotonic() - started
    log(f"{cases} cases in {elapsed:.0f} s (seed {args.seed}); {sum(failures.values())} failed")
    for key, count in sorted(failures.items(), key=lambda item: -item[1]):
        log(f"  {count:4d}  {key}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
