"""action.yml (the composite GitHub Action) and .github/workflows/ci.yml.

The action's ``run:`` steps are run for real with bash, as the runner runs them
(``bash --noprofile --norc -eo pipefail FILE``), with the ``env:`` each step maps from its
inputs and the ``GITHUB_*`` files pointing into a temporary folder. The install step is
replaced by its output (this interpreter, which can already import awesome_ptm), and is
tested on its own with a stand-in ``python3``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
ACTION: dict[str, Any] = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
STEPS: list[dict[str, Any]] = ACTION["runs"]["steps"]
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
SHA = "0123456789abcdef0123456789abcdef01234567"
BASH = shutil.which("bash") or "/bin/bash"

MESSY = """\
# Pre-trained language models

## Papers

- [SenseBERT: Driving Some Sense into BERT](https://github.com/AI21Labs/sense-bert) - Word senses (ACL2020).
- [BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805) - The paper (NAACL 2019).
- [A reading note on BERT](https://mp.weixin.qq.com/s/AbCdEf123?scene=1&srcid=0412abc&chksm=12ab) - In Chinese.
- [BERT, again](https://arxiv.org/pdf/1810.04805.pdf) - The same paper under another URL (NAACL 2019).

## Models

| 名称 | 来源 | 说明 |
| ---- | ---- | ---- |
| [RoBERTa](https://github.com/pytorch/fairseq) | arXiv 2019 | Robustly optimised BERT |
| NULL | NULL | NULL |
"""  # noqa: E501

CLEAN = "# Papers\n\n- [BERT](https://arxiv.org/abs/1810.04805) - The paper (NAACL 2019).\n"


def step(step_id: str) -> dict[str, Any]:
    (found,) = [s for s in STEPS if s.get("id") == step_id]
    return found


def evaluate(text: str, values: Mapping[str, str]) -> str:
    """Substitute ``${{ expr }}`` as the runner would, for the few expressions we use."""

    def value(match: re.Match[str]) -> str:
        expression = match.group(1)
        assert expression in values, f"unexpected expression {expression!r} in action.yml"
        return values[expression]

    return EXPRESSION.sub(value, text)


@dataclass
class Outcome:
    code: int
    stdout: str
    stderr: str
    summary: str
    outputs: dict[str, str]


class Runner:
    """The GitHub Actions runner, for one job: a workspace and the files of its commands."""

    def __init__(self, tmp_path: Path) -> None:
        self.workspace = tmp_path / "workspace"
        self.workspace.mkdir()
        self.files = tmp_path / "runner"
        self.files.mkdir()
        self.temp = tmp_path / "runner-temp"
        self.temp.mkdir()

    def write(self, name: str, text: str) -> None:
        path = self.workspace / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def env(self, number: int) -> dict[str, str]:
        base = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("GITHUB_", "RUNNER_", "AWESOME_PTM_", "INPUT_"))
        }
        summary = self.files / f"step_summary_{number}"
        output = self.files / f"output_{number}"
        summary.touch()
        output.touch()
        return base | {
            "GITHUB_ACTIONS": "true",
            "GITHUB_WORKSPACE": str(self.workspace),
            "GITHUB_STEP_SUMMARY": str(summary),
            "GITHUB_OUTPUT": str(output),
            "GITHUB_SERVER_URL": "https://github.com",
            "GITHUB_REPOSITORY": "octo-org/awesome-lists",
            "GITHUB_SHA": SHA,
            "RUNNER_TEMP": str(self.temp),
        }

    def run_step(
        self,
        spec: dict[str, Any],
        values: Mapping[str, str],
        extra_env: Mapping[str, str] | None = None,
    ) -> Outcome:
        """Run one ``run:`` step with ``shell: bash`` the way the runner does."""
        assert spec["shell"] == "bash"
        number = len(list(self.files.glob("output_*")))
        env = self.env(number)
        env.update({key: evaluate(str(text), values) for key, text in spec["env"].items()})
        env.update(extra_env or {})
        script = self.files / f"step_{number}.sh"
        script.write_text(spec["run"], encoding="utf-8")
        done = subprocess.run(
            [BASH, "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=self.workspace,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        outputs = dict(
            line.split("=", 1)
            for line in Path(env["GITHUB_OUTPUT"]).read_text("utf-8").splitlines()
        )
        return Outcome(
            done.returncode,
            done.stdout,
            done.stderr,
            Path(env["GITHUB_STEP_SUMMARY"]).read_text("utf-8"),
            outputs,
        )

    def check(self, extra_env: Mapping[str, str] | None = None, **inputs: str) -> Outcome:
        """The check step, with these inputs (the rest at their defaults)."""
        unknown = set(inputs) - set(ACTION["inputs"])
        assert not unknown, unknown
        values = {
            f"inputs.{name}": inputs.get(name, str(spec.get("default", "")))
            for name, spec in ACTION["inputs"].items()
        }
        values["steps.install.outputs.python"] = sys.executable
        return self.run_step(step("check"), values, extra_env)


@pytest.fixture
def runner(tmp_path: Path) -> Runner:
    return Runner(tmp_path)


# -- structure ---------------------------------------------------------------------------


def test_action_structure() -> None:
    assert ACTION["runs"]["using"] == "composite"
    assert set(ACTION["inputs"]) == {
        "paths",
        "args",
        "version",
        "summary",
        "sarif",
        "since",
        "python-version",
    }
    # Pull requests: only what they change, unless told otherwise.
    assert ACTION["inputs"]["since"]["default"] == "auto"
    # Empty: the configured lists, as `awesome-ptm check` does with no paths.
    assert ACTION["inputs"]["paths"]["default"] == ""
    assert ACTION["inputs"]["summary"]["default"] == "true"
    assert ACTION["inputs"]["sarif"]["default"] == ""
    assert ACTION["inputs"]["version"]["default"] == ""
    for spec in ACTION["inputs"].values():
        assert spec["description"] and spec["required"] is False
    ids = [s.get("id") for s in STEPS]
    assert ids == [None, "install", "check"]
    for spec in STEPS:
        if "run" in spec:
            assert spec["shell"] == "bash", spec
            # Inputs and contexts reach the script through env:, never pasted into it.
            assert "${{" not in spec["run"], spec["name"]
        else:
            assert spec["uses"].startswith("actions/setup-python@")
            assert spec["if"] == "inputs.python-version != ''"


def test_every_expression_names_an_input_or_step_that_exists() -> None:
    text = (ROOT / "action.yml").read_text(encoding="utf-8")
    expressions = EXPRESSION.findall(text) + [s["if"] for s in STEPS if "if" in s]
    inputs_used = {m for e in expressions for m in re.findall(r"\binputs\.([\w-]+)", e)}
    assert inputs_used == set(ACTION["inputs"])  # every input exists, and every one is used
    for expression in expressions:
        for step_id, output in re.findall(r"\bsteps\.([\w-]+)\.outputs\.([\w-]+)", expression):
            assert step_id in {"install", "check"}
            assert (
                output
                in {
                    "install": {"python"},
                    "check": {"findings", "errors", "warnings", "infos", "sarif"},
                }[step_id]
            )
    for name, spec in ACTION["outputs"].items():
        assert spec["value"] == f"${{{{ steps.check.outputs.{name} }}}}"


# -- the check step -----------------------------------------------------------------------


def _annotations(stdout: str) -> list[tuple[str, dict[str, str], str]]:
    found = []
    for line in stdout.splitlines():
        match = re.match(r"^::(error|warning|notice) (.*?)::(.*)$", line)
        if match:
            properties = dict(part.split("=", 1) for part in match.group(2).split(","))
            found.append((match.group(1), properties, match.group(3)))
    return found


def test_messy_list_annotations_summary_sarif_exit_1(runner: Runner) -> None:
    runner.write("lists/papers.md", MESSY)
    outcome = runner.check(sarif="reports/awesome-ptm.sarif")
    assert outcome.code == 1, outcome.stdout + outcome.stderr
    annotations = _annotations(outcome.stdout)
    titles = [(kind, props["title"], props["line"]) for kind, props, _ in annotations]
    assert titles == [
        ("notice", "PTM204 venue-format", "5"),
        ("notice", "PTM304 tracking-params", "7"),
        ("error", "PTM101 duplicate-url", "8"),
        ("warning", "PTM212 placeholder", "15"),
    ]
    assert all(props["file"] == "lists/papers.md" for _, props, _ in annotations)
    assert (
        "::error file=lists/papers.md,line=8,endLine=8,col=17,endColumn=53,"
        "title=PTM101 duplicate-url::duplicate link `https://arxiv.org/pdf/1810.04805.pdf`"
    ) in outcome.stdout
    # The full report, fenced off so that none of its lines is read as a command.
    fence = re.search(r"^::stop-commands::(\w+)$\n(.*)^::\1::$", outcome.stdout, re.M | re.S)
    assert fence, outcome.stdout
    assert "lists/papers.md:7:28: PTM304 [*] [tracking-params]" in fence.group(2)
    assert "Found 1 error, 1 warning, 2 infos." in fence.group(2)
    # The job summary: totals, counts per rule, findings linked to the commit.
    assert outcome.summary.startswith("## awesome-ptm\n")
    assert "Found **1 error**, **1 warning**, **2 infos** in 1 file." in outcome.summary
    assert "| `PTM101` | duplicate-url | 1 | error |" in outcome.summary
    assert "| `PTM304` | tracking-params | 1 | info |" in outcome.summary
    link = f"(https://github.com/octo-org/awesome-lists/blob/{SHA}/lists/papers.md#L8)"
    assert f"[lists/papers.md:8]{link}" in outcome.summary
    assert len(outcome.summary.encode("utf-8")) < 1024 * 1024
    # SARIF, where asked, with one result per finding.
    sarif = json.loads((runner.workspace / "reports/awesome-ptm.sarif").read_text("utf-8"))
    assert sarif["version"] == "2.1.0"
    results = sarif["runs"][0]["results"]
    assert len(results) == len(annotations) == 4
    assert {r["ruleId"] for r in results} == {"PTM101", "PTM204", "PTM212", "PTM304"}
    assert outcome.outputs == {
        "findings": "4",
        "errors": "1",
        "warnings": "1",
        "infos": "2",
        "sarif": "reports/awesome-ptm.sarif",
    }


def test_clean_list_exit_0(runner: Runner) -> None:
    runner.write("lists/papers.md", CLEAN)
    outcome = runner.check(sarif="awesome-ptm.sarif")
    assert outcome.code == 0, outcome.stdout + outcome.stderr
    assert _annotations(outcome.stdout) == []
    assert "All clean." in outcome.stdout
    assert outcome.summary == "## awesome-ptm\n\nNo findings.\n"
    sarif = json.loads((runner.workspace / "awesome-ptm.sarif").read_text("utf-8"))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"] == []
    assert outcome.outputs["findings"] == "0" and outcome.outputs["errors"] == "0"


def test_warnings_only_exit_0_and_no_summary_no_sarif(runner: Runner) -> None:
    runner.write("lists/papers.md", MESSY)
    outcome = runner.check(args="--ignore duplicate-url", summary="false")
    assert outcome.code == 0, outcome.stdout + outcome.stderr
    assert [k for k, _, _ in _annotations(outcome.stdout)] == ["notice", "notice", "warning"]
    assert outcome.summary == ""
    assert outcome.outputs["sarif"] == ""
    assert not list(runner.workspace.rglob("*.sarif"))


def test_args_and_paths_are_split_like_a_shell(runner: Runner) -> None:
    runner.write("my lists/papers.md", MESSY)
    runner.write("other/ignored.md", "# Empty\n\n## Nothing here\n")
    outcome = runner.check(
        paths="'my lists/papers.md'", args="--select 'PTM101,tracking-params' --exit-zero"
    )
    assert outcome.code == 0, outcome.stdout + outcome.stderr
    titles = [props["title"] for _, props, _ in _annotations(outcome.stdout)]
    assert titles == ["PTM304 tracking-params", "PTM101 duplicate-url"]
    assert "file=my lists/papers.md" in outcome.stdout
    assert "lists/papers.md#L8" in outcome.summary and "my%20lists/papers.md" in outcome.summary


def test_empty_paths_use_the_configured_lists(runner: Runner) -> None:
    runner.write(".awesome-ptm.yaml", "lists: [curated/]\n")
    runner.write("curated/papers.md", MESSY)
    outcome = runner.check(paths="")
    assert outcome.code == 1
    assert "file=curated/papers.md,line=8" in outcome.stdout


def _git(cwd: Path, *args: str) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("GIT_")}
    env.update(
        GIT_AUTHOR_NAME="t",
        GIT_AUTHOR_EMAIL="t@example.invalid",
        GIT_COMMITTER_NAME="t",
        GIT_COMMITTER_EMAIL="t@example.invalid",
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_CONFIG_NOSYSTEM="1",
    )
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


PULL_REQUEST = {"GITHUB_EVENT_NAME": "pull_request", "GITHUB_BASE_REF": "main"}


def test_pull_request_mode_reports_what_it_adds(runner: Runner) -> None:
    base = "# Papers\n\n## Models\n\n" + (
        "- [BERT](https://arxiv.org/abs/1810.04805) - The paper (NAACL 2019).\n"
        "- [SenseBERT](https://github.com/AI21Labs/sense-bert) - Word senses (ACL2020).\n"
    )
    runner.write("lists/papers.md", base)
    workspace = runner.workspace
    _git(workspace, "init", "-q", "-b", "main")
    _git(workspace, "add", "-A")
    _git(workspace, "commit", "-q", "-m", "base")
    # What actions/checkout with fetch-depth: 0 leaves: the base branch as origin/main.
    _git(workspace, "update-ref", "refs/remotes/origin/main", "HEAD")
    _git(workspace, "checkout", "-q", "-b", "feature")
    runner.write(
        "lists/papers.md",
        base
        + "- [GPT-2](https://openai.com/research/gpt-2) - Language models (2019).\n"
        + "- [BERT, again](https://arxiv.org/pdf/1810.04805.pdf) - Twice (NAACL 2019).\n",
    )
    _git(workspace, "commit", "-q", "-am", "two more")
    outcome = runner.check(extra_env=PULL_REQUEST)
    assert outcome.code == 1, outcome.stdout + outcome.stderr
    # Only what the pull request brings: the old venue warning (line 6) is not annotated.
    titles = [(props["title"], props["line"]) for _, props, _ in _annotations(outcome.stdout)]
    assert titles == [("PTM101 duplicate-url", "8")]
    summary = outcome.summary
    assert summary.startswith("### This pull request\n\n2 entries added, 0 removed, 0 changed.")
    assert "**lists/papers.md** — Papers › Models" in summary
    assert "- ➕ added: GPT-2 (line 7) — no finding" in summary
    added = summary.index("- ➕ added: BERT, again (line 8)")
    assert summary[added:].split("\n")[1].startswith("  - error `PTM101` duplicate-url:")
    assert summary.index("## awesome-ptm") > added  # then the usual summary
    # since: false checks everything, pull request or not.
    outcome = runner.check(extra_env=PULL_REQUEST, since="false")
    titles = [(props["title"], props["line"]) for _, props, _ in _annotations(outcome.stdout)]
    assert ("PTM204 venue-format", "6") in titles
    assert "This pull request" not in outcome.summary


def test_pull_request_mode_without_the_base_history_says_fetch_depth(runner: Runner) -> None:
    runner.write("lists/papers.md", CLEAN)
    _git(runner.workspace, "init", "-q", "-b", "main")
    _git(runner.workspace, "add", "-A")
    _git(runner.workspace, "commit", "-q", "-m", "shallow")
    outcome = runner.check(extra_env=PULL_REQUEST)
    assert outcome.code == 2
    assert "fetch-depth: 0" in outcome.stdout + outcome.stderr


@pytest.mark.parametrize(
    ("inputs", "message"),
    [
        ({"summary": "maybe"}, "input summary: expected true or false"),
        ({"since": "--output=x"}, "input since: expected auto, a git ref or false"),
        ({"args": "--select 'PTM1"}, "input args: No closing quotation"),
        ({"args": "--output-format json"}, "No such option"),
        ({"paths": "missing/"}, "the check could not run"),
    ],
)
def test_bad_inputs_exit_2(runner: Runner, inputs: dict[str, str], message: str) -> None:
    runner.write("lists/papers.md", CLEAN)
    outcome = runner.check(**inputs)
    assert outcome.code == 2, outcome.stdout + outcome.stderr
    assert message in outcome.stdout + outcome.stderr
    assert re.search(r"^::error title=awesome-ptm::", outcome.stdout, re.M)


def test_inputs_are_never_run_as_code(runner: Runner) -> None:
    runner.write("lists/papers.md", CLEAN)
    canary = runner.workspace / "pwned"
    outcome = runner.check(paths="lists/ $(touch pwned) `touch pwned`", args="; touch pwned")
    assert outcome.code == 2
    assert not canary.exists()


# -- the install step ----------------------------------------------------------------------

FAKE_PYTHON = """\
#!/usr/bin/env bash
# Stands in for python3 and for the virtual environment's python: logs, and makes the venv.
printf '%s\\n' "$*" >> "$FAKE_PYTHON_LOG"
if [ "$1 $2" = "-m venv" ]; then mkdir -p "$3/bin" && cp "$0" "$3/bin/python"; fi
if [ "$1 $2" = "-m awesome_ptm" ]; then echo "awesome-ptm, version 0.1.0"; fi
"""


@pytest.mark.parametrize(
    ("version", "requirement"),
    [
        ("", "{action_path}"),
        ("0.1.0", "awesome-ptm==0.1.0"),
        (">=0.1,<0.2", "awesome-ptm>=0.1,<0.2"),
        ("~=0.1", "awesome-ptm~=0.1"),
    ],
)
def test_install_step(runner: Runner, tmp_path: Path, version: str, requirement: str) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "python3"
    fake.write_text(FAKE_PYTHON, encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    log = tmp_path / "python.log"
    action_path = str(tmp_path / "actions" / "awesome-ptm")
    values = {"inputs.version": version, "github.action_path": action_path}
    extra = {"PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "FAKE_PYTHON_LOG": str(log)}
    outcome = runner.run_step(step("install"), values, extra)
    assert outcome.code == 0, outcome.stdout + outcome.stderr
    venv = runner.temp / "awesome-ptm-venv"
    expected = requirement.format(action_path=action_path)
    assert log.read_text("utf-8").splitlines() == [
        f"-m venv {venv}",
        f"-m pip install --quiet --disable-pip-version-check {expected}",
        "-m awesome_ptm --version",
    ]
    assert outcome.outputs == {"python": f"{venv}/bin/python"}


def test_install_step_refuses_other_versions(runner: Runner, tmp_path: Path) -> None:
    canary = runner.workspace / "pwned"
    values = {"inputs.version": "latest; touch pwned", "github.action_path": str(tmp_path)}
    outcome = runner.run_step(step("install"), values, {"PATH": "/nonexistent"})
    assert outcome.code == 2
    assert outcome.stdout.startswith("::error title=awesome-ptm::input version")
    assert not canary.exists()
    assert outcome.outputs == {}


# -- the CI workflow -----------------------------------------------------------------------


def test_ci_workflow() -> None:
    workflow = yaml.safe_load((ROOT / ".github/workflows/ci.yml").read_text(encoding="utf-8"))
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads `on` as true
    assert {"push", "pull_request"} <= set(triggers)
    jobs = workflow["jobs"]

    def commands(job: str) -> list[str]:
        return [" ".join(s["run"].split()) for s in jobs[job]["steps"] if "run" in s]

    test = jobs["test"]
    assert test["strategy"]["matrix"]["python-version"] == ["3.10", "3.11", "3.12", "3.13"]
    for expected in (
        "python -m pip install -e '.[test]'",
        "ruff check src tests benchmarks",
        "ruff format --check src tests benchmarks",
        "mypy src",
        "python -m pytest",
    ):
        assert expected in commands("test"), expected
    assert "awesome-ptm check lists/" in commands("lists")
    assert "awesome-ptm build --check" in commands("lists")
    (ours,) = [s for s in jobs["action"]["steps"] if s.get("uses") == "./"]
    assert ours["with"]["paths"] == "lists/"
    # Pull requests run the action in pull-request mode: the checkout has the base branch.
    assert jobs["action"]["steps"][0]["with"]["fetch-depth"] == 0
    assert set(ours["with"]) <= set(ACTION["inputs"])
    for job in jobs.values():
        assert job["steps"][0]["uses"].startswith("actions/checkout@")
