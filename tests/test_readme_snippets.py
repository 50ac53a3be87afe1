"""README.md's "Use it in your list" stays true: the CLI reference is the real ``--help``,
the snippets parse and use only hook ids, action inputs and config keys that exist."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from awesome_ptm.cli import cli
from awesome_ptm.init import PINNED_COMMIT, PRE_COMMIT_SNIPPET, WORKFLOW_SNIPPET

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = (
    "check",
    "fix",
    "build",
    "export",
    "links",
    "rules",
    "rule",
    "init",
    "cache",
    "enrich",
    "add",
)
SECTION_TITLE = "## Use it in your list"


def section(title: str) -> str:
    """The text of the ``## title`` section, up to the next ``## `` heading."""
    start = README.index(f"\n{title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end != -1 else len(README)]


SECTION = section(SECTION_TITLE)


def fenced(text: str, language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```$", text, flags=re.S | re.M)


def yaml_snippets() -> list[Any]:
    return [yaml.safe_load(block) for block in fenced(README, "yaml")]


def help_text(command: str) -> str:
    """``awesome-ptm COMMAND --help`` as a user sees it (click wraps to the terminal: fix it)."""
    env = dict(os.environ, COLUMNS="100")
    done = subprocess.run(
        [sys.executable, "-m", "awesome_ptm", command, "--help"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_reference_is_the_real_help(command: str) -> None:
    block = f"#### `awesome-ptm {command}`\n\n```text\n{help_text(command)}```\n"
    assert block in SECTION, (
        f"README.md's help of `awesome-ptm {command}` is out of date; replace it with:\n\n" + block
    )


def test_cli_reference_covers_every_command() -> None:
    visible = {name for name, command in cli.commands.items() if not command.hidden}
    assert visible == set(COMMANDS)
    documented = re.findall(r"^#### `awesome-ptm (\S+)`$", SECTION, flags=re.M)
    assert documented == list(COMMANDS)


def test_every_yaml_snippet_parses() -> None:
    snippets = yaml_snippets()
    assert len(snippets) >= 4
    assert all(isinstance(snippet, dict) for snippet in snippets)


def _manifest() -> dict[str, dict[str, Any]]:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return {hook["id"]: hook for hook in hooks}


def test_precommit_snippets_use_existing_hooks() -> None:
    manifest = _manifest()
    configs = [s for s in yaml_snippets() if "repos" in s]
    assert configs
    used: set[str] = set()
    for config in configs:
        for repo in config["repos"]:
            assert repo["repo"] == "https://github.com/awesome-ptm/awesome-ptm"
            # No release tags: a commit sha, the same one `awesome-ptm init` prints.
            assert repo["rev"] == PINNED_COMMIT
            used |= {hook["id"] for hook in repo["hooks"]}
    assert used == set(manifest)
    # The first snippet is the recommended set, in the recommended order.
    first = [hook["id"] for hook in configs[0]["repos"][0]["hooks"]]
    assert first == ["awesome-ptm-fix", "awesome-ptm-check", "awesome-ptm-build"]
    # The hooks table names every hook with what it runs.
    for hook_id, hook in manifest.items():
        command = " ".join([hook["entry"], *hook.get("args", [])])
        assert f"| `{hook_id}` | `{command}` |" in SECTION


def test_build_hook_argument_snippet_matches_the_manifest() -> None:
    build = _manifest()["awesome-ptm-build"]
    assert build["entry"] == "awesome-ptm build" and build["args"] == ["--check"]
    assert f"`entry: {build['entry']}`" in SECTION and "`args: [--check]`" in SECTION
    overrides = [
        hook
        for snippet in yaml_snippets()
        if "repos" in snippet
        for hook in snippet["repos"][0]["hooks"]
        if "args" in hook
    ]
    assert overrides == [{"id": "awesome-ptm-build", "args": []}]


def _action() -> dict[str, Any]:
    action: dict[str, Any] = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    return action


def test_workflow_snippet_uses_existing_inputs() -> None:
    inputs = _action()["inputs"]
    workflows = [s for s in yaml_snippets() if "jobs" in s]
    assert len(workflows) == 1
    (job,) = workflows[0]["jobs"].values()
    steps = job["steps"]
    ours = [step for step in steps if step.get("uses", "").startswith("awesome-ptm/awesome-ptm@")]
    assert len(ours) == 1
    assert ours[0]["uses"] == f"awesome-ptm/awesome-ptm@{PINNED_COMMIT}"
    assert set(ours[0]["with"]) <= set(inputs)
    # Pull-request mode compares with the base branch: the checkout must have its history.
    (checkout,) = [s for s in steps if s.get("uses", "").startswith("actions/checkout@")]
    assert checkout["with"]["fetch-depth"] == 0
    # SARIF upload: permission, the file the action writes, run after a failed check, no forks.
    assert job["permissions"]["security-events"] == "write"
    (upload,) = [s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-")]
    assert upload["uses"] == "github/codeql-action/upload-sarif@v3"
    assert upload["with"]["sarif_file"] == ours[0]["with"]["sarif"]
    condition = " ".join(upload["if"].split())
    assert "!cancelled()" in condition
    assert "github.event.pull_request.head.repo.full_name == github.repository" in condition


def test_every_action_input_is_documented() -> None:
    action = _action()
    for name, spec in action["inputs"].items():
        default = spec.get("default", "")
        row = f"| `{name}` | `{default}` |" if default else f"| `{name}` | |"
        assert row in SECTION, name
    outputs = re.search(r"^Outputs: (.*?)\n\n", SECTION, flags=re.S | re.M)
    assert outputs
    assert set(re.findall(r"`([a-z-]+)`", outputs.group(1))) == set(action["outputs"])


def test_configuration_reference_lists_every_schema_key() -> None:
    schema = json.loads((ROOT / "schema" / "config.schema.json").read_text(encoding="utf-8"))
    reference = SECTION[SECTION.index("### Configuration reference") :]
    documented = re.findall(r"^\| `([a-z-]+)` \|", reference, flags=re.M)
    assert documented == list(schema["properties"])
    assert "(schema/config.schema.json)" in reference


def test_rules_link() -> None:
    assert "(docs/rules.md)" in SECTION
    assert (ROOT / "docs" / "rules.md").is_file()


def test_pinned_commit_is_a_commit_sha_everywhere() -> None:
    assert re.fullmatch(r"[0-9a-f]{40}", PINNED_COMMIT)
    # No tag that does not exist: every ref the README pins is this commit.
    assert "v0.1.0" not in README
    pins = re.findall(r"awesome-ptm(?:/awesome-ptm)?@([0-9A-Za-z._-]+)", README)
    assert pins and set(pins) == {PINNED_COMMIT}
    # What init prints is what the README shows.
    printed = yaml.safe_load(PRE_COMMIT_SNIPPET)
    assert printed["repos"][0]["rev"] == PINNED_COMMIT
    workflow = yaml.safe_load(WORKFLOW_SNIPPET)
    (job,) = workflow["jobs"].values()
    assert job["steps"][0]["with"]["fetch-depth"] == 0
    assert job["steps"][1]["uses"] == f"awesome-ptm/awesome-ptm@{PINNED_COMMIT}"


def test_dependency_line_matches_pyproject() -> None:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    declared = {
        re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower()
        for requirement in project["dependencies"]
    }
    line = re.search(r"Dependencies: (.*?)\. Licence", README, flags=re.S)
    assert line, "README.md has no dependency line"
    named = {
        word.lower()
        for word in re.findall(r"[A-Za-z][A-Za-z0-9_.-]*", line.group(1))
        if word not in ("and", "on", "Python")
    }
    assert named == declared
