"""``awesome-ptm init``: adopt awesome-ptm in a repository in one step.

Looks at the repository (which files are lists, their entry styles, what the rules find
today), writes ``.awesome-ptm.yaml`` with comments that say so, and
``.awesome-ptm-baseline.json`` accepting today's findings, then returns the three next steps
(the pre-commit snippet, the workflow snippet, ``awesome-ptm check``). A config or baseline
that exists is kept as it is, so running it twice changes nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from awesome_ptm.config import CONFIG_FILES, DEFAULT_BASELINE, Config, find_config, load_config
from awesome_ptm.read import display_path

#: The commit of awesome-ptm that the snippets pin (there are no release tags yet): the
#: newest with init, the baseline and pull-request mode when this was written; pin the newest
#: commit of https://github.com/awesome-ptm/awesome-ptm's main branch.
PINNED_COMMIT = "0049de4713ad682b40f27c03f4be319c9e68655b"
REPOSITORY = "https://github.com/awesome-ptm/awesome-ptm"
CONFIG_NAME = CONFIG_FILES[0]

PRE_COMMIT_SNIPPET = f"""\
repos:
  - repo: {REPOSITORY}
    rev: {PINNED_COMMIT}  # a commit of awesome-ptm (no release tags yet): pin one
    hooks:
      - id: awesome-ptm-fix     # apply the safe fixes
      - id: awesome-ptm-check   # run the rules; fail on new errors
      - id: awesome-ptm-build   # fail when the generated README or exports are stale
"""

WORKFLOW_SNIPPET = f"""\
name: awesome-ptm
on:
  push:
    branches: [main]
  pull_request:
jobs:
  lists:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0   # pull-request mode compares with the base branch
      - uses: awesome-ptm/awesome-ptm@{PINNED_COMMIT}
"""


@dataclass
class InitReport:
    """What ``init`` found and did, and the lines to print."""

    lists: list[str] = field(default_factory=list)
    wrote: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


def _styles(shapes: Counter[str]) -> str:
    if not shapes:
        return "no entries"
    return ", ".join(f"{shape} {count}" for shape, count in shapes.most_common(3))


def config_text(
    config: Config,
    found: list[tuple[str, int, Counter[str]]],
    by_rule: Counter[str],
    rule_count: int,
    build_readme: bool,
) -> str:
    """The commented ``.awesome-ptm.yaml`` that states what init found."""
    lines = [
        "# awesome-ptm configuration, written by `awesome-ptm init`.",
        "# Schema: schema/config.schema.json of awesome-ptm; every key is optional.",
        "#",
        "# The lists: with no `lists:` key, the Markdown files git tracks (vendored folders,",
        "# .gitignore'd files and CONTRIBUTING.md-like files left out). Today that is:",
    ]
    for name, entries, shapes in found:
        lines.append(f"#   {name}: {entries} entries; dominant styles: {_styles(shapes)}")
    if not found:
        lines.append("#   (no Markdown file yet)")
    lines += [
        "# To name them yourself instead:",
        f"# lists: [{', '.join(name for name, _, _ in found[:3]) or 'README.md'}]",
        "#",
        f"# The rules: all {rule_count} apply (`awesome-ptm rules` lists them). Today they find:",
    ]
    if by_rule:
        for code, count in sorted(by_rule.items()):
            lines.append(f"#   {code} x{count}")
    else:
        lines.append("#   nothing")
    lines += [
        f"# recorded in {DEFAULT_BASELINE}: checks fail only on findings that are not in it.",
        "# `awesome-ptm check --update-baseline` drops the ones you fix.",
        "select: [ALL]",
        "# ignore: [PTM404]            # rule codes, prefixes or names to skip",
        f"baseline: {DEFAULT_BASELINE}",
        "",
        "# `awesome-ptm build` writes the exports (dist/NAME.json, .jsonl, .csv, .bib, .yaml)",
        "# and, with `output:`, a normalised list into a README between the markers",
        "# <!-- awesome-ptm:start --> and <!-- awesome-ptm:end --> (text outside them is kept).",
    ]
    if build_readme:
        lines += ["build:", "  output: README.md"]
    else:
        lines += ["# build:", "#   output: README.md   # `awesome-ptm init --build-readme`"]
    return "\n".join(lines) + "\n"


def init(root: Path, build_readme: bool = False) -> InitReport:
    """Set awesome-ptm up in ``root``; see the module's docstring."""
    from awesome_ptm.baseline import from_findings
    from awesome_ptm.check import run_checks
    from awesome_ptm.rules import ALL_RULES
    from awesome_ptm.run import load_lists
    from awesome_ptm.write import atomic_write

    report = InitReport()
    existing = find_config(root)
    own = existing is not None and existing.parent.resolve() == root.resolve()
    config = load_config(existing) if own else Config(root=root)
    corpus = load_lists(config)
    report.lists = [document.path for document in corpus.documents]
    result = run_checks(corpus, config)
    by_rule = Counter(finding.code for finding in result.findings)
    found = [
        (d.path, len(d.entries), Counter(e.shape for e in d.entries)) for d in corpus.documents
    ]
    config_path = existing if own and existing is not None else root / CONFIG_NAME
    if own:
        report.kept.append(display_path(config_path))
    else:
        text = config_text(config, found, by_rule, len(ALL_RULES), build_readme)
        atomic_write(config_path, text.encode("utf-8"))
        report.wrote.append(display_path(config_path))
        config = load_config(config_path)
    baseline_path = config.baseline_path()
    if baseline_path.exists():
        report.kept.append(display_path(baseline_path))
    else:
        sources = {document.path: document.text for document in corpus.documents}
        baseline = from_findings(baseline_path, result.findings, sources)
        atomic_write(baseline_path, baseline.text().encode("utf-8"))
        report.wrote.append(display_path(baseline_path))
    if build_readme:
        readme = root / "README.md"
        if readme.is_file():
            from awesome_ptm.render import END, START

            text = readme.read_text(encoding="utf-8")
            if START not in text:
                addition = ("" if text.endswith("\n") else "\n") + f"\n{START}\n{END}\n"
                atomic_write(readme, (text + addition).encode("utf-8"))
                report.wrote.append(display_path(readme) + " (build markers added at the end)")
    report.lines = _lines(report, found, len(result.findings))
    return report


def _lines(
    report: InitReport, found: list[tuple[str, int, Counter[str]]], findings: int
) -> list[str]:
    lines = ["awesome-ptm init", ""]
    lines.append(f"lists: {len(found)} file(s), {sum(n for _, n, _ in found)} entries")
    for name, entries, shapes in found:
        lines.append(f"  {name}: {entries} entries ({_styles(shapes)})")
    lines.append(f"findings today: {findings} (accepted by the baseline)")
    for name in report.wrote:
        lines.append(f"wrote {name}")
    for name in report.kept:
        lines.append(f"kept {name} (already there; unchanged)")
    lines += [
        "",
        "Next steps:",
        "1. pre-commit: add to .pre-commit-config.yaml, then `pre-commit install`",
        "   (run `awesome-ptm build` once and commit dist/: the build hook checks it is current):",
        "",
        *("   " + line for line in PRE_COMMIT_SNIPPET.splitlines()),
        "",
        "2. GitHub Actions: .github/workflows/awesome-ptm.yml",
        "",
        *("   " + line for line in WORKFLOW_SNIPPET.splitlines()),
        "",
        "3. Run `awesome-ptm check`: it fails only on findings that are not in the baseline.",
    ]
    return lines
