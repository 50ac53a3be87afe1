"""The command line: thin wrappers over the library. Heavy imports happen inside commands."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from awesome_ptm import __version__
from awesome_ptm.errors import AwesomePtmError

#: Exit codes, as ruff, markdownlint and ESLint use them.
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

_PATHS = click.argument("paths", nargs=-1, type=click.Path(path_type=Path))


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    from awesome_ptm.write import atomic_write

    atomic_write(output, text.encode("utf-8"))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="awesome-ptm")
def cli() -> None:
    """A curation linter and toolkit for hand-written Markdown awesome lists."""


@cli.command()
@_PATHS
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
def export(paths: tuple[Path, ...], fmt: str, output: Path | None) -> None:
    """Export the entries of PATHS (files or folders; default lists/) as JSON, JSONL or CSV."""
    from awesome_ptm.corpus import load
    from awesome_ptm.export import render

    corpus = load(list(paths) or [Path("lists")])
    _emit(render(corpus, fmt), output)


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


@cli.command()
@_PATHS
@_CONFIG
@_SELECT
@_IGNORE
@click.option(
    "--output-format",
    type=click.Choice(["concise", "full", "json", "json-lines", "github", "sarif", "junit"]),
    default="concise",
    show_default=True,
    help="How findings are printed.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write the report to this file instead of stdout.",
)
@click.option("--statistics", is_flag=True, help="Print counts per rule instead of findings.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when errors are found.")
def check(
    paths: tuple[Path, ...],
    config_path: Path | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    output_format: str,
    output: Path | None,
    statistics: bool,
    exit_zero: bool,
) -> int:
    """Check the lists in PATHS (default: the configured lists, else lists/).

    Exit status: 0 no error-severity finding, 1 errors found, 2 usage, config or input error.
    """
    from awesome_ptm.check import run_checks
    from awesome_ptm.config import load_config
    from awesome_ptm.corpus import load
    from awesome_ptm.report import render_findings, render_statistics
    from awesome_ptm.rules import ALL_RULES

    config = load_config(config_path)
    corpus = load(list(paths) or config.default_paths(), max_bytes=config.max_file_size)
    result = run_checks(corpus, config, _selectors(select), _selectors(ignore))
    sources = {document.path: document.text for document in corpus.documents}
    positions = {document.path: document.position for document in corpus.documents}
    if statistics:
        text = render_statistics(result.findings)
    else:
        text = render_findings(
            result.findings,
            output_format,
            sources=sources,
            rules=list(ALL_RULES),
            text_positions=lambda path, offset: positions[path](offset),
        )
    _emit(text, output)
    return EXIT_FINDINGS if result.errors and not exit_zero else EXIT_CLEAN


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


@cli.command(name="rule")
@click.argument("name")
def show_rule(name: str) -> int:
    """Print the documentation of one rule (by code or name)."""
    from awesome_ptm.rules import find_rule

    rule = find_rule(name)
    if rule is None:
        raise click.UsageError(f"no rule {name!r}; `awesome-ptm rules` lists them")
    click.echo(f"# {rule.code} {rule.name}\n")
    click.echo(f"Default severity: {rule.severity}. Fix: {rule.fixable or 'none'}.\n")
    click.echo(rule.documentation())
    return EXIT_CLEAN


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI and turn our errors into one line on stderr and exit code 2."""
    try:
        result = cli.main(args=argv, prog_name="awesome-ptm", standalone_mode=False)
    except AwesomePtmError as error:
        click.echo(f"awesome-ptm: error: {error}", err=True)
        return EXIT_ERROR
    except click.exceptions.Exit as done:
        return int(done.exit_code)
    except click.ClickException as error:
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
    # Commands return their exit code; ``ctx.exit(n)`` arrives here as ``n`` too.
    return result if isinstance(result, int) else EXIT_CLEAN


if __name__ == "__main__":
    sys.exit(main())


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
