"""The command line: thin wrappers over the library. Heavy imports happen inside commands.

The commands that need a module of their own live next to it (``_cli_fix``, ``_cli_links``,
``cli_metadata``); what the commands share is in ``_cli_shared``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from awesome_ptm import __version__
from awesome_ptm._cli_fix import fix_command
from awesome_ptm._cli_links import links_command
from awesome_ptm._cli_shared import (
    _CONFIG,
    _IGNORE,
    _NO_BASELINE,
    _OUTPUT_FORMAT,
    _PATHS,
    _SELECT,
    _SINCE,
    EXIT_CLEAN,
    EXIT_ERROR,
    EXIT_FINDINGS,
    _emit,
    _selectors,
)
from awesome_ptm.errors import AwesomePtmError
from awesome_ptm.paths import escape_controls
from awesome_ptm.terminal import colour_enabled, colourise, error_line

if TYPE_CHECKING:
    from awesome_ptm.corpus import Corpus
    from awesome_ptm.run import CheckRun


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="awesome-ptm")
def cli() -> None:
    """A curation linter and toolkit for hand-written Markdown awesome lists."""


@cli.command()
@_PATHS
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Config file (default: the nearest .awesome-ptm.yaml or pyproject.toml).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "csv"]),
    default="json",
    show_default=True,
    help="Export format.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write to this file (atomically) instead of stdout.",
)
def export(
    paths: tuple[Path, ...], config_path: Path | None, fmt: str, output: Path | None
) -> None:
    """Export the entries of PATHS (default: the configured lists) as JSON, JSONL or CSV."""
    from awesome_ptm.config import load_config
    from awesome_ptm.export import iter_export, write_export
    from awesome_ptm.run import load_lists

    corpus = load_lists(load_config(config_path), paths)
    if output is None:
        # Written as it is made: a large export is never held whole.
        write_export(corpus, fmt, lambda text: click.echo(text, nl=False))
        return
    from awesome_ptm.write import atomic_write, encode_chunks

    atomic_write(output, encode_chunks(iter_export(corpus, fmt)))


@cli.command()
@_PATHS
@_CONFIG
@_SELECT
@_IGNORE
@_OUTPUT_FORMAT
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the report to this file instead of stdout.",
)
@click.option("--statistics", is_flag=True, help="Print counts per rule instead of findings.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when errors are found.")
@_SINCE
@_NO_BASELINE
@click.option(
    "--update-baseline",
    is_flag=True,
    help="Drop the baseline's entries that match no finding any more (fixed ones).",
)
def check(
    paths: tuple[Path, ...],
    config_path: Path | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    output_format: str,
    output: Path | None,
    statistics: bool,
    exit_zero: bool,
    since: str | None,
    no_baseline: bool,
    update_baseline: bool,
) -> int:
    """Check the lists in PATHS (default: the configured lists; with no config, the
    repository's Markdown files).

    Findings recorded in the baseline (.awesome-ptm-baseline.json, written by `awesome-ptm
    init`) are accepted; only new ones count. Exit status: 0 no error-severity finding,
    1 errors found, 2 usage, config or input error.
    """
    from awesome_ptm.report import render_findings, render_statistics
    from awesome_ptm.rules import ALL_RULES

    run = _run_check(paths, config_path, select, ignore, since=since, baseline=not no_baseline)
    corpus, result = run.corpus, run.result
    if update_baseline:
        from awesome_ptm.run import update_baseline as drop_fixed

        if run.baseline is None:
            raise click.UsageError(
                "--update-baseline: there is no baseline; `awesome-ptm init` writes one"
            )
        kept, dropped = drop_fixed(run)
        result.findings = [f for f in result.findings if not run.reports_stale(f)]
        click.echo(f"baseline: {dropped} fixed finding(s) dropped, {kept} kept", err=True)
    if statistics:
        text = render_statistics(result.findings)
    else:
        text = render_findings(
            result.findings,
            output_format,
            sources={document.path: document.text for document in corpus.documents},
            rules=list(ALL_RULES),
            text_positions=_positions(corpus),
        )
    if output is None and output_format == "concise" and colour_enabled(sys.stdout):
        text = colourise(text, {f.code: f.severity for f in result.findings})
    _emit(text, output)
    if output is None and output_format in ("concise", "full"):
        for note in run.notes():
            click.echo(note, err=True)
    errors = sum(1 for finding in result.findings if finding.severity == "error")
    return EXIT_FINDINGS if errors and not exit_zero else EXIT_CLEAN


def _run_check(
    paths: tuple[Path, ...],
    config_path: Path | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    *,
    since: str | None = None,
    baseline: bool = True,
) -> CheckRun:
    """Load the config and the lists, run the selected rules: what ``check`` reports."""
    from awesome_ptm.run import run_check

    return run_check(
        paths, config_path, _selectors(select), _selectors(ignore), since=since, baseline=baseline
    )


def _positions(corpus: Corpus) -> Callable[[str, int], tuple[int, int]]:
    positions = {document.path: document.position for document in corpus.documents}
    return lambda path, offset: positions[path](offset)


cli.add_command(fix_command)


@cli.command(name="build")
@_PATHS
@_CONFIG
@click.option("--check", is_flag=True, help="Write nothing; exit 1 naming each stale output.")
def build_command(paths: tuple[Path, ...], config_path: Path | None, check: bool) -> int:
    """Build the normalised README and the exports (JSON, JSONL, CSV, BibTeX, YAML).

    Only the region between ``<!-- awesome-ptm:start -->`` and ``<!-- awesome-ptm:end -->``
    of the README is replaced. With --check, nothing is written and the exit status is 1
    when any output is missing or out of date (for CI and pre-commit).
    """
    from awesome_ptm.build import build
    from awesome_ptm.config import load_config

    config = load_config(config_path)
    result = build(config, list(paths) or None, check=check)
    for output in result.outputs:
        if output.status != "unchanged":
            click.echo(escape_controls(str(output)))
    if check and result.stale:
        click.echo(f"{len(result.stale)} output(s) out of date; run `awesome-ptm build`", err=True)
        return EXIT_FINDINGS
    return EXIT_CLEAN


cli.add_command(links_command)


@cli.command(name="rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text")
def list_rules(fmt: str) -> None:
    """List every rule: code, name, default severity, fixability, summary.

    ``--format markdown`` prints the rule reference (docs/rules.md).
    """
    import json

    from awesome_ptm.rules import ALL_RULES

    if fmt == "markdown":
        from awesome_ptm.docs import rules_markdown

        click.echo(rules_markdown(), nl=False)
        return
    if fmt == "json":
        items = [
            {
                "code": r.code,
                "name": r.name,
                "severity": r.severity,
                "fix": r.fixable,
                "summary": r.summary(),
            }
            for r in ALL_RULES
        ]
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))
        return
    for r in ALL_RULES:
        fix = {"safe": "[*]", "unsafe": "[!]", "sometimes": "[?]"}.get(r.fixable or "", "   ")
        click.echo(f"{r.code}  {r.name:<24} {r.severity:<8} {fix} {r.summary()}")
    click.echo(
        "\n[*] `awesome-ptm fix` fixes it; [!] only with --unsafe-fixes (check the result);"
        " [?] fixable in some cases. No mark: a person decides."
    )


@cli.command(name="rule")
@click.argument("name")
def show_rule(name: str) -> int:
    """Print the documentation of one rule (by code or name)."""
    from awesome_ptm.rules import find_rule

    rule = find_rule(name)
    if rule is None:
        from awesome_ptm.config import did_you_mean
        from awesome_ptm.rules import ALL_RULES

        names = [r.name for r in ALL_RULES] + [r.code for r in ALL_RULES]
        hint = did_you_mean(name, names) if did_you_mean(name, names).startswith(" (did") else ""
        raise click.UsageError(f"no rule {name!r}{hint}; `awesome-ptm rules` lists them")
    click.echo(f"# {rule.code} {rule.name}\n")
    click.echo(f"Default severity: {rule.severity}. Fix: {rule.fixable or 'none'}.\n")
    click.echo(rule.documentation())
    return EXIT_CLEAN


@cli.command(name="init")
@click.option(
    "--build-readme",
    is_flag=True,
    help="Also configure `build` to write into the list's README, between markers.",
)
def init_command(build_readme: bool) -> int:
    """Set awesome-ptm up in this repository: a commented config and a baseline.

    Looks at the repository (which files are lists, their styles, what the rules find today),
    writes .awesome-ptm.yaml saying so, and .awesome-ptm-baseline.json accepting today's
    findings, so that checks fail only on new ones. Prints the three next steps. Running it
    again changes nothing; an existing config or baseline is never overwritten.
    """
    from awesome_ptm.init import init

    report = init(Path.cwd(), build_readme=build_readme)
    for line in report.lines:
        click.echo(line)
    return EXIT_CLEAN


@cli.command(name="cache")
@click.option("--clear", is_flag=True, help="Delete the cached link results and spelling data.")
def cache_command(clear: bool) -> int:
    """Show (or --clear) the user cache: link-check results and spelling dictionaries.

    It lives in the platform's user cache folder (on Linux ~/.cache/awesome-ptm, or
    $XDG_CACHE_HOME/awesome-ptm); `links: {cache-path: FILE}` in the config moves the link results.
    """
    from awesome_ptm.usercache import clear_cache, describe_cache

    click.echo(clear_cache() if clear else describe_cache())
    return EXIT_CLEAN


# The scholarly metadata commands live in their own module (imports inside the commands).
from awesome_ptm.cli_metadata import add_command, enrich_command  # noqa: E402

cli.add_command(enrich_command)
cli.add_command(add_command)


#: Set to print the traceback of an internal error (a bug report needs it); off by default
#: because a user's terminal, and a pull request's log, should get one line.
TRACEBACK_VARIABLE = "AWESOME_PTM_TRACEBACK"


def _show_cause(error: BaseException) -> None:
    """Print the traceback behind ``error`` when the user asked for it (``TRACEBACK_VARIABLE``)."""
    if os.environ.get(TRACEBACK_VARIABLE, "") not in ("", "0"):
        import traceback  # (only for a bug report: not on every command's start-up path)

        cause = error.__cause__ or error
        traceback.print_exception(type(cause), cause, cause.__traceback__, file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI and turn our errors into one line on stderr and exit code 2."""
    try:
        result = cli.main(args=argv, prog_name="awesome-ptm", standalone_mode=False)
    except AwesomePtmError as error:
        _show_cause(error)
        # One line whatever the error names: a file or config key with a line break in it
        # must not start a line of its own (the GitHub runner reads lines as commands).
        click.echo(error_line(escape_controls(str(error))), err=True)
        return EXIT_ERROR
    except click.exceptions.Exit as done:
        return int(done.exit_code)
    except click.ClickException as error:
        message = error.format_message()
        if escape_controls(message) != message:  # a file name with a line break, say
            click.echo(f"awesome-ptm: error: {escape_controls(message)}", err=True)
        else:
            error.show()
        return EXIT_ERROR
    except click.exceptions.Abort:
        click.echo("awesome-ptm: aborted", err=True)
        return EXIT_ERROR
    except BrokenPipeError:
        # The reader went away (``| head``); nothing more to say.
        sys.stderr.close()
        return EXIT_CLEAN
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the last resort: a bug gets one line, not a traceback
        _show_cause(error)
        message = (
            f"internal error ({type(error).__name__}: {error}); this is a bug in awesome-ptm: "
            "please report it with the command and the file it ran on "
            f"(set {TRACEBACK_VARIABLE}=1 to see where it happened)"
        )
        click.echo(error_line(escape_controls(message)), err=True)
        return EXIT_ERROR
    # Commands return their exit code; ``ctx.exit(n)`` arrives here as ``n`` too.
    return result if isinstance(result, int) else EXIT_CLEAN


if __name__ == "__main__":
    sys.exit(main())


def run() -> None:
    """Console-script entry point (and ``python -m awesome_ptm``): one command, then exit."""
    from awesome_ptm._gc import freeze_survivors_on_resume

    # The process ends with its command: what a parse or check keeps need not be walked
    # again by the collector (see awesome_ptm._gc).
    freeze_survivors_on_resume()
    sys.exit(main())
