"""Coverage-guided fuzzing of the parser, the checker and the fixer with atheris.

Each input is decoded as UTF-8 the way a list file is (``awesome_ptm.read.decode``: BOM,
CRLF/CR, NUL and invalid bytes refused with our error), then parsed, checked with every rule
and fixed (safe and unsafe fixes). The only exception allowed is ``AwesomePtmError``; any
other is a crash, and an input that takes more than ``--hang-seconds`` (default 2) is
reported as a hang. See ``fuzz/README.md``.

atheris is optional and not a dependency of the project: without it this module still
imports (``fuzz_one_input`` can be called by hand or from tests), and running it says how to
install atheris.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from typing import Any

try:  # pragma: no cover - depends on the environment
    import atheris  # type: ignore[import-not-found, import-untyped, unused-ignore]
except ImportError:  # pragma: no cover
    atheris = None

# With atheris, instrument our code (not the libraries) for coverage feedback.
_instrumented: Any = (
    atheris.instrument_imports(include=["awesome_ptm"])
    if atheris is not None
    else contextlib.nullcontext()
)
with _instrumented:
    from awesome_ptm.check import run_checks
    from awesome_ptm.config import Config
    from awesome_ptm.corpus import Corpus
    from awesome_ptm.errors import AwesomePtmError
    from awesome_ptm.fix import fix_corpus
    from awesome_ptm.parse import parse_text
    from awesome_ptm.read import decode

#: Seconds one input may take before it counts as a hang (``--hang-seconds``).
HANG_SECONDS = 2.0
_CONFIG = Config()


class Hang(Exception):
    """An input took longer than the hang bound."""


def fuzz_one_input(data: bytes) -> None:
    """Run one input through decode → parse → check → fix; raise on anything but our error."""
    start = time.perf_counter()
    try:
        text, _, _ = decode(data, "fuzz.md")
        document = parse_text(text, "fuzz.md")
        corpus = Corpus([document])
        run_checks(corpus, _CONFIG)
        for result in fix_corpus(corpus, _CONFIG, select=None, ignore=None, unsafe=True):
            parse_text(result.fixed, result.path)
    except AwesomePtmError as error:
        if "\n" in str(error):
            raise AssertionError(f"error message is not one line: {error!r}") from None
    elapsed = time.perf_counter() - start
    if elapsed > HANG_SECONDS:
        raise Hang(f"{elapsed:.2f} s on {len(data)} bytes: {data[:200]!r}")


def main(argv: list[str] | None = None) -> int:
    """``python fuzz/fuzz_parse.py [--hang-seconds S] [libFuzzer options] [corpus dirs]``."""
    global HANG_SECONDS
    args = list(sys.argv if argv is None else argv)
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--hang-seconds", type=float, default=HANG_SECONDS)
    known, rest = parser.parse_known_args(args[1:])
    HANG_SECONDS = known.hang_seconds
    if atheris is None:
        print(
            "atheris is not installed: `pip install atheris` (see fuzz/README.md)",
            file=sys.stderr,
        )
        return 2
    fuzz_one_input(b"# warm up\n\n- [A](https://x.org/a)\n")  # load data outside the timing
    setup: Any = atheris.Setup
    setup([args[0], *rest], fuzz_one_input)
    atheris.Fuzz()
    return 0


if __name__ == "__main__":
    sys.exit(main())
