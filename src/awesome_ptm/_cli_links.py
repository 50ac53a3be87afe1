"""The ``links`` command: check every distinct link once, attached to the group in cli.py.

Heavy imports (httpx, the link checker) happen inside the command, as in cli.py.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from awesome_ptm._cli_shared import (
    _CONFIG,
    _OUTPUT_FORMAT,
    _PATHS,
    EXIT_CLEAN,
    EXIT_FINDINGS,
    _emit,
)
from awesome_ptm.errors import ConfigError
from awesome_ptm.paths import escape_controls


@click.command(name="links")
@_PATHS
@_CONFIG
@_OUTPUT_FORMAT
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--offline", is_flag=True, help="Report from the cache only; no network.")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option("--max-concurrency", type=click.IntRange(1, 512), help="Requests at once.")
@click.option("--timeout", type=click.FloatRange(0.1, 600), help="Seconds per request.")
@click.option(
    "--deadline", type=click.FloatRange(0), help="Seconds for the whole run (0: no limit)."
)
@click.option(
    "--allow-private-hosts",
    is_flag=True,
    help="Also fetch loopback, private and link-local addresses (an intranet list).",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when dead links are found.")
def links_command(
    paths: tuple[Path, ...],
    config_path: Path | None,
    output_format: str,
    output: Path | None,
    offline: bool,
    no_cache: bool,
    max_concurrency: int | None,
    timeout: float | None,
    deadline: float | None,
    allow_private_hosts: bool,
    exit_zero: bool,
) -> int:
    """Check every distinct link of PATHS once: dead links, permanent redirects, soft 404s.

    Retries with backoff on 429/5xx and honours Retry-After, so rate limits are never
    reported as dead links. Results are cached; failures are always re-checked.
    """
    import os

    from awesome_ptm.config import load_config, placed_error
    from awesome_ptm.links import LinkOptions, apply_config, check_links
    from awesome_ptm.report import render_findings
    from awesome_ptm.rules.linkcheck import LINK_RULES
    from awesome_ptm.run import load_lists

    config = load_config(config_path)
    overrides: dict[str, Any] = {}
    if offline:
        overrides["offline"] = True
    if no_cache:
        overrides["cache"] = False
    if max_concurrency is not None:
        overrides["max_concurrency"] = max_concurrency
    if timeout is not None:
        overrides["timeout"] = timeout
    if deadline is not None:
        overrides["deadline"] = deadline
    if allow_private_hosts:
        overrides["allow_private_hosts"] = True
    from awesome_ptm.read import display_path

    source = display_path(config.source) if config.source is not None else None
    try:
        options = LinkOptions.from_config(
            config.links, root=config.root, source=source, **overrides
        )
    except ConfigError as error:
        raise placed_error(error, config.source, "links") from None
    corpus = load_lists(config, paths)
    show_progress = sys.stderr.isatty() and not os.environ.get("CI")
    # click's bar draws nothing when stderr is not a terminal; in CI we hide it outright.
    with click.progressbar(
        length=1, label="links", file=sys.stderr, hidden=not show_progress
    ) as bar:

        def progress(done: int, total: int) -> None:
            bar.length = max(total, 1)
            bar.update(done - bar.pos)

        report = check_links(corpus, options, progress=progress)
    for warning in report.warnings:
        click.echo(f"awesome-ptm: warning: {escape_controls(warning)}", err=True)
    kept, _, _ = apply_config(report.findings, corpus, config)
    if offline:
        # An empty cache would make one "not checked" line per link: one summary instead.
        unchecked = [finding for finding in kept if finding.name == "link-not-checked"]
        kept = [finding for finding in kept if finding.name != "link-not-checked"]
        if unchecked:
            click.echo(
                f"awesome-ptm: {len(unchecked)} link(s) not checked: offline, and not in the "
                "cache; run `awesome-ptm links` without --offline once to fill it",
                err=True,
            )
    positions = {document.path: document.position for document in corpus.documents}
    text = render_findings(
        kept,
        output_format,
        sources={document.path: document.text for document in corpus.documents},
        rules=list(LINK_RULES),
        text_positions=lambda path, offset: positions[path](offset),
    )
    _emit(text, output)
    errors = sum(1 for finding in kept if finding.severity == "error")
    return EXIT_FINDINGS if errors and not exit_zero else EXIT_CLEAN
