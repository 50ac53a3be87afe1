"""The export: schema-valid, deterministic, in three formats."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from awesome_ptm.cli import main
from awesome_ptm.corpus import load

ROOT = Path(__file__).parent.parent
SEEDS = Path(__file__).parent / "fixtures" / "seeds"


def validator() -> Draft202012Validator:
    entry = json.loads((ROOT / "schema" / "entry.schema.json").read_text("utf-8"))
    export = json.loads((ROOT / "schema" / "export.schema.json").read_text("utf-8"))
    registry: Registry[Any] = Registry().with_resource(entry["$id"], Resource.from_contents(entry))
    Draft202012Validator.check_schema(export)
    return Draft202012Validator(export, registry=registry)


def export_json(capsys: pytest.CaptureFixture[str], *paths: Path) -> dict[str, Any]:
    assert main(["export", *map(str, paths), "--format", "json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_seed_export_validates_against_schema(capsys: pytest.CaptureFixture[str]) -> None:
    data = export_json(capsys, SEEDS)
    errors = list(validator().iter_errors(data))
    assert errors == []
    assert len(data["entries"]) == 193
    assert [f["path"].rsplit("/", 1)[-1] for f in data["files"]] == sorted(
        p.name for p in SEEDS.glob("*.md")
    )


def test_schema_rejects_a_broken_entry(capsys: pytest.CaptureFixture[str]) -> None:
    data = export_json(capsys, SEEDS)
    data["entries"][0]["year"] = "2020"
    del data["entries"][1]["links"]
    messages = [e.message for e in validator().iter_errors(data)]
    assert any("'2020' is not of type" in m for m in messages)
    assert any("'links' is a required property" in m for m in messages)


def test_export_is_byte_identical_across_runs(tmp_path: Path) -> None:
    outputs = []
    for n in range(2):
        out = tmp_path / f"out{n}.json"
        subprocess.run(
            [sys.executable, "-m", "awesome_ptm", "export", str(SEEDS), "-o", str(out)],
            check=True,
            cwd=ROOT,
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0].count(b'\n    {"id":') == 193  # one entry per line


def test_source_paths_are_relative_to_cwd(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    data = export_json(capsys, SEEDS)
    assert data["entries"][0]["source"]["path"].startswith("tests/fixtures/seeds/")


def test_ids_are_unique_and_stable() -> None:
    corpus = load(SEEDS)
    ids = [e.id for e in corpus]
    assert len(ids) == len(set(ids))
    again = load(SEEDS)
    assert [e.id for e in again] == ids
    first = corpus.entries[0]
    assert corpus[first.id] is first and corpus.get("nope") is None


def test_jsonl_and_csv(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(SEEDS / "ptm-paper-table.md"), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 41
    assert json.loads(lines[0])["venue"] == "arXiv"
    assert main(["export", str(SEEDS / "ptm-paper-table.md"), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 41
    albert = next(r for r in rows if r["title"].startswith("ALBERT"))
    assert albert["links"].split(" ")[0] == "https://github.com/brightmart/albert_zh"
    assert albert["section"] == "预训练模型兴起"


def test_python_api_example() -> None:
    import awesome_ptm

    corpus = awesome_ptm.load(SEEDS)
    papers = [e for e in corpus if e.venue == "EMNLP"]
    assert {e.title for e in papers} >= {"RoBERTa: A Robustly Optimized BERT Pretraining Approach"}
    assert json.loads(corpus.to_json())["schema_version"] == "1.1"


def test_readme_python_example_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The API example in README.md is real code: run it against our lists."""
    import re

    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme[readme.index("## Python API") :]
    code = re.search(r"```python\n(.*?)```", section, flags=re.S)
    assert code is not None
    monkeypatch.chdir(ROOT)
    namespace: dict[str, Any] = {}
    exec(compile(code.group(1), "README.md", "exec"), namespace)
    assert len(namespace["corpus"]) > 100
    assert namespace["entry"] is namespace["corpus"].entries[0]
    assert json.loads(namespace["export"])["schema_version"] == "1.1"
    assert capsys.readouterr().out.count("\n") == len(namespace["corpus"])
