"""The GitHub Action's one step (``action.yml``): check once, then report four ways.

``action.yml`` runs ``python -m awesome_ptm.action`` with its inputs in environment variables
(a composite action gets inputs only through ``${{ inputs.x }}``, which it maps into ``env:``;
nothing is interpolated into the script)::

    AWESOME_PTM_PATHS    files or folders, split like a shell would ("" = the configured lists)
    AWESOME_PTM_ARGS     extra ``check`` options: --select, --ignore, --config, --exit-zero
    AWESOME_PTM_SUMMARY  true/false: write a Markdown job summary
    AWESOME_PTM_SARIF    a path for a SARIF 2.1.0 log ("" = none)
    AWESOME_PTM_SINCE    pull-request mode: ``auto`` (on pull_request events, the base branch),
                         a git ref, or ``""``/``false`` for a full check

The inputs become the arguments of the hidden ``awesome-ptm github-action`` command, which
parses them exactly as ``check`` does, runs the rules once and hands the findings to
:func:`publish`: workflow commands (annotations), the concise report (GitHub shows only about
ten annotations of each kind per step), the job summary (``$GITHUB_STEP_SUMMARY``, linking
each finding to ``$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/$GITHUB_SHA/path#Lline``), the
SARIF file and step outputs (``$GITHUB_OUTPUT``). The exit status is ``check``'s.

On a pull request (``since: auto``, the default) the check runs as ``check --since
origin/BASE``: only findings on the lines the pull request changes, and the cross-file ones
that involve them; the job summary then opens with the entries it adds, removes and changes,
per section, each with its findings. ``actions/checkout`` must fetch the base branch
(``fetch-depth: 0``).

The ``github-action`` command is defined here and added to the CLI by :func:`main`: this
module uses :mod:`awesome_ptm.cli`, which never imports it (no import cycle).
"""

from __future__ import annotations

import io
import os
import secrets
import shlex
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

import click

from awesome_ptm.findings import Finding
from awesome_ptm.paths import escape_controls
from awesome_ptm.report import RuleInfo, github_summary, render_findings
from awesome_ptm.report._common import TextPositions, severity_counts
from awesome_ptm.report._github import escape_data

#: GitHub rejects a job summary over 1 MiB per step; ``github_summary`` keeps below this.
SUMMARY_LIMIT = 1024 * 1024
SUMMARY_TARGET = 1_000_000

_TRUE = ("true", "yes", "on", "1", "")
_FALSE = ("false", "no", "off", "0")

#: How ``action.yml`` passes each input (the names of its ``env:`` keys).
ENV_PATHS, ENV_ARGS, ENV_SUMMARY, ENV_SARIF, ENV_SINCE = (
    "AWESOME_PTM_PATHS",
    "AWESOME_PTM_ARGS",
    "AWESOME_PTM_SUMMARY",
    "AWESOME_PTM_SARIF",
    "AWESOME_PTM_SINCE",
)
#: Events whose check is limited to what the pull request changes (``since: auto``).
PULL_REQUEST_EVENTS = ("pull_request", "pull_request_target")


class InputProblem(ValueError):
    """An action input that cannot be used; the message names the input."""


@dataclass(frozen=True)
class ActionInputs:
    """The action's inputs, parsed."""

    paths: tuple[str, ...] = ()
    args: tuple[str, ...] = ()
    summary: bool = True
    sarif: str | None = None
    since: str | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> ActionInputs:
        """Read the inputs from ``environ``; raise :class:`InputProblem` for a bad one."""
        paths = _split("paths", environ.get(ENV_PATHS, ""))
        args = _split("args", environ.get(ENV_ARGS, ""))
        flag = environ.get(ENV_SUMMARY, "true").strip().lower()
        if flag not in _TRUE + _FALSE:
            raise InputProblem(f"input summary: expected true or false, got {flag!r}")
        sarif = environ.get(ENV_SARIF, "").strip() or None
        if sarif is not None and ("\n" in sarif or "\r" in sarif):
            raise InputProblem("input sarif: expected one path on one line")
        return cls(
            paths=paths, args=args, summary=flag in _TRUE, sarif=sarif, since=_since(environ)
        )

    def argv(self) -> list[str]:
        """The arguments of ``awesome-ptm github-action`` for these inputs."""
        argv = ["github-action"]
        if not self.summary:
            argv.append("--no-summary")
        if self.sarif is not None:
            argv += ["--sarif", self.sarif]
        if self.since is not None:
            argv += ["--since", self.since]
        return [*argv, *self.args, "--", *self.paths]


def _since(environ: Mapping[str, str]) -> str | None:
    """The ref of pull-request mode, or None for a full check (see the module's docstring)."""
    value = environ.get(ENV_SINCE, "auto").strip()
    if value.lower() in ("", "false", "no", "off", "none"):
        return None
    if value.lower() != "auto":
        if value.startswith("-") or any(char.isspace() for char in value):
            raise InputProblem(f"input since: expected auto, a git ref or false, got {value!r}")
        return value
    base = environ.get("GITHUB_BASE_REF", "").strip()
    if environ.get("GITHUB_EVENT_NAME") in PULL_REQUEST_EVENTS and base:
        return f"origin/{base}"
    return None


def _split(name: str, value: str) -> tuple[str, ...]:
    try:
        return tuple(shlex.split(value))
    except ValueError as error:  # an unbalanced quote
        raise InputProblem(f"input {name}: {error}") from None


def annotation(kind: str, message: str, title: str = "awesome-ptm") -> str:
    """One workflow command, ``::error title=…::message``, with its parts escaped."""
    title = escape_data(title).replace(":", "%3A").replace(",", "%2C")
    return f"::{kind} title={title}::{escape_data(message)}"


#: What the runner takes for a workflow command at the start of a line (after blanks): the
#: ``::name ...::`` form and the older ``##[name ...]`` one.
_COMMAND_STARTS = ("::", "##[")


def neutralize(line: str) -> str:
    """``line`` (without its ending) as a plain log line: control characters escaped, and a
    line that the runner would read as a workflow command prefixed so that it is not one."""
    line = escape_controls(line)
    if line.lstrip().startswith(_COMMAND_STARTS):
        return "(not a command) " + line
    return line


class CommandGuard(io.TextIOBase):
    """A text stream that passes whole lines to ``target`` through :func:`neutralize`."""

    encoding = "utf-8"
    errors = "replace"

    def __init__(self, target: TextIO) -> None:
        super().__init__()
        self.target = target
        self.pending = ""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.pending += text
        *lines, self.pending = self.pending.replace("\r\n", "\n").split("\n")
        for line in lines:
            self.target.write(neutralize(line) + "\n")
        return len(text)

    def flush(self) -> None:
        self.target.flush()

    def isatty(self) -> bool:
        return False

    def close(self) -> None:
        if self.pending:
            self.target.write(neutralize(self.pending) + "\n")
            self.pending = ""
        self.target.flush()
        super().close()


def publish(
    findings: list[Finding],
    *,
    rules: Sequence[RuleInfo],
    text_positions: TextPositions,
    summary: bool = True,
    sarif: Path | None = None,
    environ: Mapping[str, str] | None = None,
    preface: str = "",
) -> None:
    """Report ``findings`` (sorted, from one check run) for GitHub Actions.

    Prints one workflow command per finding, then the concise report inside
    ``::stop-commands::`` so that no line of it is taken for a command. Appends the job
    summary to ``$GITHUB_STEP_SUMMARY`` (when ``summary`` and the variable is set), writes
    SARIF to ``sarif`` (creating its folder) and sets the step outputs ``findings``,
    ``errors``, ``warnings``, ``infos`` and ``sarif`` in ``$GITHUB_OUTPUT``. ``preface``
    (Markdown: what a pull request changes) opens the job summary.
    """
    env = os.environ if environ is None else environ
    click.echo(render_findings(findings, "github"), nl=False)
    token = secrets.token_hex(16)
    click.echo(f"::stop-commands::{token}")
    # The report keeps one line per finding: a file name with a line break in it is shown
    # escaped (the annotations above carry the real name, escaped as GitHub decodes it).
    shown = [replace(finding, path=escape_controls(finding.path)) for finding in findings]
    click.echo(render_findings(shown, "concise"), nl=False)
    click.echo(f"::{token}::")
    summary_path = env.get("GITHUB_STEP_SUMMARY")
    if summary and summary_path:
        _write_summary(Path(summary_path), findings, env, preface)
    if sarif is not None:
        from awesome_ptm.write import atomic_write

        sarif.parent.mkdir(parents=True, exist_ok=True)
        text = render_findings(findings, "sarif", rules=rules, text_positions=text_positions)
        atomic_write(sarif, text.encode("utf-8"))
    output_path = env.get("GITHUB_OUTPUT")
    if output_path:
        counts = severity_counts(findings)
        outputs = {
            "findings": str(len(findings)),
            "errors": str(counts.get("error", 0)),
            "warnings": str(counts.get("warning", 0)),
            "infos": str(counts.get("info", 0)),
            "sarif": str(sarif) if sarif is not None else "",
        }
        with open(output_path, "a", encoding="utf-8") as handle:
            handle.writelines(f"{name}={value}\n" for name, value in outputs.items())


def _write_summary(
    path: Path, findings: list[Finding], env: Mapping[str, str], preface: str = ""
) -> None:
    repository = env.get("GITHUB_REPOSITORY")
    server = env.get("GITHUB_SERVER_URL") or "https://github.com"
    repo_url = f"{server.rstrip('/')}/{repository}" if repository else None
    try:
        used = path.stat().st_size
    except OSError:
        used = 0
    try:
        text = github_summary(
            findings,
            repo_url=repo_url,
            sha=env.get("GITHUB_SHA") or None,
            limit_bytes=min(SUMMARY_TARGET, SUMMARY_LIMIT - used) - len(preface.encode()),
        )
    except ValueError:
        click.echo(annotation("warning", "the job summary is full; no awesome-ptm summary"))
        return
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(preface + text)


@click.command(name="github-action", hidden=True)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--select", multiple=True)
@click.option("--ignore", multiple=True)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when errors are found.")
@click.option("--summary/--no-summary", default=True, help="Write $GITHUB_STEP_SUMMARY.")
@click.option(
    "--sarif", type=click.Path(path_type=Path, dir_okay=False), help="Also write SARIF here."
)
@click.option("--since", metavar="REF", help="Pull-request mode: what changed since REF.")
@click.option("--no-baseline", is_flag=True, help="Ignore the baseline.")
def github_action(
    paths: tuple[Path, ...],
    config_path: Path | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    exit_zero: bool,
    summary: bool,
    sarif: Path | None,
    since: str | None,
    no_baseline: bool,
) -> int:
    """Check once for the GitHub Action: annotations, report, job summary, SARIF, outputs.

    Run by ``python -m awesome_ptm.action`` (see action.yml); same exit status as check.
    """
    from awesome_ptm.rules import ALL_RULES
    from awesome_ptm.run import run_check

    def split(values: tuple[str, ...]) -> list[str]:
        return [part.strip() for value in values for part in value.split(",") if part.strip()]

    run = run_check(
        paths, config_path, split(select), split(ignore), since=since, baseline=not no_baseline
    )
    preface = ""
    if run.changes is not None and summary:
        from awesome_ptm.diff import entry_changes, summary_markdown

        preface = summary_markdown(entry_changes(run.corpus, run.changes, run.result.findings))
    positions = {document.path: document.position for document in run.corpus.documents}
    publish(
        run.result.findings,
        rules=list(ALL_RULES),
        text_positions=lambda path, offset: positions[path](offset),
        summary=summary,
        sarif=sarif,
        preface=preface,
    )
    errors = sum(1 for finding in run.result.findings if finding.severity == "error")
    return 1 if errors and not exit_zero else 0


def main(environ: Mapping[str, str] | None = None) -> int:
    """``python -m awesome_ptm.action``: the inputs from the environment → ``github-action``."""
    from awesome_ptm._cli_shared import EXIT_ERROR
    from awesome_ptm.cli import cli
    from awesome_ptm.cli import main as cli_main

    cli.add_command(github_action)

    env = os.environ if environ is None else environ
    try:
        inputs = ActionInputs.from_env(env)
    except InputProblem as problem:
        click.echo(annotation("error", str(problem)))
        return EXIT_ERROR
    # Everything else this process says on stderr (errors naming files or config keys from
    # the pull request, Python warnings) goes through a guard that keeps it from being read
    # as a workflow command: the runner reads stderr lines too.
    guard = CommandGuard(sys.stderr)
    saved, sys.stderr = sys.stderr, guard
    try:
        code = cli_main(inputs.argv())
    finally:
        sys.stderr = saved
        guard.close()
    if code == EXIT_ERROR:
        click.echo(annotation("error", "the check could not run (exit status 2); see the log"))
    return code


if __name__ == "__main__":
    sys.exit(main())
