"""What the commands of cli.py share: the exit codes, the common arguments and options
(paths, --config, --select, --ignore, --since, --no-baseline), and two small helpers that read
selectors and write a report. Kept apart so that command modules can use them without importing
cli.py."""

from __future__ import annotations

from pathlib import Path

import click

#: Exit codes, as ruff, markdownlint and ESLint use them.
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

# readable=False: an unreadable file gets the reader's one-line error, not click's usage text.
_PATHS = click.argument("paths", nargs=-1, type=click.Path(path_type=Path, readable=False))


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    from awesome_ptm.write import atomic_write

    atomic_write(output, text.encode("utf-8"))


def _selectors(values: tuple[str, ...]) -> list[str]:
    """``--select A,B --select C`` → ``[A, B, C]``."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


_CONFIG = click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Config file (default: the nearest .awesome-ptm.yaml or pyproject.toml).",
)
_SELECT = click.option(
    "--select", multiple=True, help="Rule codes, prefixes or names to run (comma-separated)."
)
_IGNORE = click.option(
    "--ignore", multiple=True, help="Rule codes, prefixes or names to skip (comma-separated)."
)


#: How findings are printed: one spelling for every command that reports them.
_OUTPUT_FORMAT = click.option(
    "--output-format",
    type=click.Choice(["concise", "full", "json", "json-lines", "github", "sarif", "junit"]),
    default="concise",
    show_default=True,
    help="How findings are printed.",
)
_SINCE = click.option(
    "--since",
    metavar="REF",
    help="Only findings on lines changed since the git REF (its merge base with HEAD), and "
    "the cross-file findings that involve them (pull-request mode).",
)
_NO_BASELINE = click.option(
    "--no-baseline",
    is_flag=True,
    help="Ignore the baseline (.awesome-ptm-baseline.json): report every finding.",
)
