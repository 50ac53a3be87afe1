"""The ``enrich`` and ``add`` commands (scholarly metadata), attached to the group in cli.py.

Heavy imports (httpx, the providers) happen inside the commands, as in cli.py.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

#: Exit codes, as cli.py uses them.
EXIT_CLEAN, EXIT_FINDINGS = 0, 1

_CONFIG = click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Config file (default: the nearest .awesome-ptm.yaml or pyproject.toml).",
)


def _show_progress() -> bool:
    # click draws nothing when stderr is not a terminal; in CI it is hidden outright.
    return sys.stderr.isatty() and not os.environ.get("CI")


@click.command(name="enrich")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@_CONFIG
@click.option("--refresh", is_flag=True, help="Fetch every paper again, fresh or not.")
def enrich_command(paths: tuple[Path, ...], config_path: Path | None, refresh: bool) -> int:
    """Fetch the papers' titles, authors, years and venues into .awesome-ptm/metadata.json.

    Only papers without a record, or with one older than max-age-days (180), are fetched;
    the file changes only when what it holds changes. A provider that cannot be reached is
    reported in one line and the file keeps what it had (exit 1). See docs/enrichment.md.
    """
    from awesome_ptm.config import load_config
    from awesome_ptm.corpus import load
    from awesome_ptm.enrich import enrich
    from awesome_ptm.metadata import load_store
    from awesome_ptm.metadata.settings import load_settings
    from awesome_ptm.read import display_path

    config = load_config(config_path)
    settings = load_settings(config.root, config.metadata)
    corpus = load(list(paths) or config.default_paths(), max_bytes=config.max_file_size)
    store = load_store(settings.path)
    with click.progressbar(
        length=1, label="papers", file=sys.stderr, hidden=not _show_progress()
    ) as bar:

        def progress(done: int, total: int) -> None:
            bar.length = max(total, 1)
            bar.update(done - bar.pos)

        report = enrich(corpus, store, settings, refresh=refresh, progress=progress)
    for problem in report.problems:
        click.echo(f"awesome-ptm: warning: {problem}", err=True)
    if report.unsupported:
        click.echo(
            f"awesome-ptm: warning: no provider for {len(report.unsupported)} paper(s), "
            f"e.g. {report.unsupported[0]}",
            err=True,
        )
    state = "written" if report.written else "unchanged"
    click.echo(
        f"{report.wanted} paper(s) to fetch, {report.found} found, "
        f"{report.fetched - report.found} unknown; {display_path(settings.path)} {state}."
    )
    return EXIT_FINDINGS if report.problems else EXIT_CLEAN


@click.command(name="add")
@click.argument("ids", nargs=-1, required=True)
@_CONFIG
@click.option(
    "--to", "to", type=click.Path(path_type=Path, dir_okay=False), help="The list to add to."
)
@click.option("--section", help="The section (heading) to add to; default: the last one.")
@click.option("--dry-run", is_flag=True, help="Print the diff; write nothing.")
def add_command(
    ids: tuple[str, ...],
    config_path: Path | None,
    to: Path | None,
    section: str | None,
    dry_run: bool,
) -> int:
    """Add the papers IDS (arXiv ids, DOIs, ACL Anthology ids or links) to a list.

    Each entry is written in the style of the section's entries (link form, venue style,
    order) and the diff is printed. A paper already listed anywhere in the lists is refused
    with the place it is listed (exit 1). Records fetched are kept in the metadata file.
    """
    from awesome_ptm.config import load_config
    from awesome_ptm.corpus import load
    from awesome_ptm.enrich.add import (
        find_section,
        plan_add,
        records_for,
        resolve_ids,
        target_document,
    )
    from awesome_ptm.fix import unified_diff, write_results
    from awesome_ptm.fix._result import FileResult
    from awesome_ptm.metadata import load_store
    from awesome_ptm.metadata.settings import load_settings

    keys = resolve_ids(list(ids))
    config = load_config(config_path)
    settings = load_settings(config.root, config.metadata)
    # Every list is searched for the paper; a project without lists/ may still add to --to.
    existing = [path for path in config.default_paths() if path.exists()]
    documents = load(existing, max_bytes=config.max_file_size).documents if existing else []
    document = target_document(documents, to)
    section_path = find_section(document, section)
    store = load_store(settings.path)
    before = store.to_bytes()
    records = records_for(keys, store, settings)
    missing = [key for key in keys if key not in records or not records[key].found]
    for key in missing:
        click.echo(f"awesome-ptm: refused: {key}: the provider does not know this paper", err=True)
    found = [records[key] for key in keys if key not in missing]
    plan = plan_add(document, section_path, found, documents)
    for reason in plan.refused:
        click.echo(f"awesome-ptm: refused: {reason}", err=True)
    result = FileResult(path=document.path, original=document.text, fixed=plan.text)
    click.echo(unified_diff(result), nl=False)
    if not dry_run:
        if plan.added:
            write_results([result], {document.path: document})
        if store.to_bytes() != before:
            store.save()
    verb = "would be added" if dry_run else "added"
    click.echo(f"{len(plan.added)} paper(s) {verb} to {document.path}.")
    return EXIT_FINDINGS if plan.refused or missing else EXIT_CLEAN
