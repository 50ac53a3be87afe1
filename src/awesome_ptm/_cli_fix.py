"""The ``fix`` command: apply the rules' fixes, attached to the group in cli.py.

Heavy imports happen inside the command, as in cli.py.
"""

from __future__ import annotations

from pathlib import Path

import click

from awesome_ptm._cli_shared import (
    _CONFIG,
    _IGNORE,
    _NO_BASELINE,
    _PATHS,
    _SELECT,
    EXIT_CLEAN,
    EXIT_FINDINGS,
    _selectors,
)
from awesome_ptm.paths import escape_controls


@click.command(name="fix")
@_PATHS
@_CONFIG
@_SELECT
@_IGNORE
@click.option("--unsafe-fixes", is_flag=True, help="Also apply fixes marked unsafe.")
@click.option("--diff", is_flag=True, help="Print a unified diff; write nothing.")
@click.option(
    "--check",
    "check_only",
    is_flag=True,
    help="Write nothing; exit 1 if any file would change, else 0.",
)
@click.option(
    "--exit-zero-on-fix",
    is_flag=True,
    help="Do not exit 1 just because files were changed (exit 1 only if errors remain).",
)
@_NO_BASELINE
def fix_command(
    paths: tuple[Path, ...],
    config_path: Path | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    unsafe_fixes: bool,
    diff: bool,
    check_only: bool,
    exit_zero_on_fix: bool,
    no_baseline: bool,
) -> int:
    """Apply the rules' safe fixes (and unsafe ones with --unsafe-fixes) to PATHS.

    Each changed file is re-parsed and compared with the original before it is written: the
    same entries, links and notes (except what a rule removes on purpose) and the same HTML
    outside the edited lines; otherwise the file is left untouched and the refused rule named.
    Findings in the baseline are left as they are (`--no-baseline` fixes them too).
    Exit status: with --check or --diff, 1 when a file would change, else 0; otherwise 1 when
    a file was changed (so a pre-commit hook blocks the commit) or errors remain, 0
    otherwise; 2 for bad input.
    """
    from awesome_ptm.config import load_config
    from awesome_ptm.fix import fix_corpus, remaining_findings, unified_diff, write_results
    from awesome_ptm.run import load_lists, use_baseline

    config = load_config(config_path)
    if not no_baseline:
        use_baseline(config)
    corpus = load_lists(config, paths, for_fix=True)
    results = fix_corpus(
        corpus, config, select=_selectors(select), ignore=_selectors(ignore), unsafe=unsafe_fixes
    )
    changed = [result for result in results if result.changed()]
    for result in results:
        shown = escape_controls(result.path)  # one line, whatever the file is called
        for reason in result.refused:
            click.echo(f"awesome-ptm: refused: {shown}: {escape_controls(reason)}", err=True)
        if not result.converged:
            pending = ", ".join(result.pending)
            click.echo(f"awesome-ptm: warning: {shown}: fixes did not settle ({pending})", err=True)
    if diff:
        click.echo("".join(unified_diff(result) for result in changed), nl=False)
    elif check_only:
        for result in changed:
            counts = ", ".join(f"{code} x{n}" for code, n in sorted(result.applied.items()))
            click.echo(f"would fix {escape_controls(result.path)}: {counts}")
    else:
        write_results(results, {document.path: document for document in corpus.documents})
        for result in changed:
            counts = ", ".join(f"{code} x{n}" for code, n in sorted(result.applied.items()))
            click.echo(f"fixed {escape_controls(result.path)}: {counts}")
    remaining = remaining_findings(results, config, _selectors(select), _selectors(ignore))
    fixes = sum(sum(result.applied.values()) for result in changed)
    verb = "would be " if diff or check_only else ""
    click.echo(
        f"{fixes} fix(es) {verb}applied in {len(changed)} file(s); "
        f"{len(remaining.findings)} finding(s) remain ({remaining.errors} error(s))."
    )
    if diff or check_only:  # as --help says: 1 only when a file would change
        return EXIT_FINDINGS if changed else EXIT_CLEAN
    if changed and not exit_zero_on_fix:
        return EXIT_FINDINGS
    return EXIT_FINDINGS if remaining.errors else EXIT_CLEAN
