"""awesome-ptm build: README and exports, written only when changed, checked for CI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from awesome_ptm.build import DEFAULT_EXPORTS, BuildResult, build
from awesome_ptm.config import Config
from awesome_ptm.errors import ConfigError, InputError
from awesome_ptm.parse import parse_text
from awesome_ptm.render import END, START

ROOT = Path(__file__).parent.parent
SEEDS = Path(__file__).parent / "fixtures" / "seeds"
SEED_ENTRIES = 193


def _validator() -> Draft202012Validator:
    entry = json.loads((ROOT / "schema" / "entry.schema.json").read_text("utf-8"))
    export = json.loads((ROOT / "schema" / "export.schema.json").read_text("utf-8"))
    registry: Registry[Any] = Registry().with_resource(entry["$id"], Resource.from_contents(entry))
    return Draft202012Validator(export, registry=registry)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder with writable copies of the seed lists in ``lists/``, named
    awesome-ptm (the default exports are named after the project)."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "awesome-ptm"\n', "utf-8")
    lists = tmp_path / "lists"
    lists.mkdir()
    for path in sorted(SEEDS.glob("*.md")):
        (lists / path.name).write_bytes(path.read_bytes())
    return tmp_path


def _config(root: Path, **build: Any) -> Config:
    return Config(root=root, build=build)


def _snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def _statuses(result: BuildResult) -> dict[str, str]:
    return {output.kind: output.status for output in result.outputs}


def test_build_writes_readme_and_exports(project: Path) -> None:
    result = build(_config(project))
    assert _statuses(result) == dict.fromkeys(["readme", *DEFAULT_EXPORTS], "written")
    assert result.entries == SEED_ENTRIES and result.ok
    assert result.sources[0] == "lists/ptm-overview-articles.md"
    readme = (project / "lists" / "README.md").read_text("utf-8")
    assert readme.startswith(START + "\n") and readme.endswith(END + "\n")
    for fmt, path in DEFAULT_EXPORTS.items():
        assert (project / path).is_file(), fmt
    # The README is an output, never an input: a second build does not read it as a list.
    again = build(_config(project))
    assert _statuses(again) == dict.fromkeys(["readme", *DEFAULT_EXPORTS], "unchanged")
    assert again.entries == SEED_ENTRIES


def test_build_is_byte_identical_and_check_is_clean(project: Path, tmp_path: Path) -> None:
    build(_config(project))
    first = _snapshot(project)
    result = build(_config(project))
    assert not result.written
    assert _snapshot(project) == first
    check = build(_config(project), check=True)
    assert check.ok and check.stale == []
    # The same lists elsewhere (another checkout) give the same bytes.
    other = tmp_path / "other"
    (other / "lists").mkdir(parents=True)
    (other / "pyproject.toml").write_bytes((project / "pyproject.toml").read_bytes())
    for path in (project / "lists").glob("ptm-*.md"):
        (other / "lists" / path.name).write_bytes(path.read_bytes())
    build(_config(other))
    assert _snapshot(other) == first


def test_check_reports_stale_outputs_and_writes_nothing(project: Path) -> None:
    check = build(_config(project), check=True)
    assert {output.reason for output in check.stale} == {"missing"}
    assert len(check.stale) == 1 + len(DEFAULT_EXPORTS)
    assert not (project / "dist").exists() and not (project / "lists" / "README.md").exists()

    build(_config(project))
    table = project / "lists" / "ptm-paper-table.md"
    table.write_text(
        table.read_text("utf-8").replace("| 综述  |", "| 综述 （更新） |", 1), encoding="utf-8"
    )
    before = _snapshot(project)
    check = build(_config(project), check=True)
    assert not check.ok
    # A renamed section changes every output that records sections, not the BibTeX.
    changed = {"readme", "json", "jsonl", "csv", "yaml"}
    assert {output.kind for output in check.stale} == changed
    assert all(output.reason == "out of date" for output in check.stale)
    assert str(check.stale[0]).endswith("lists/README.md: stale (out of date)")
    assert _snapshot(project) == before
    written = build(_config(project))
    assert {output.kind for output in written.written} == changed
    assert build(_config(project), check=True).ok


def test_handwritten_text_outside_markers_is_kept(project: Path) -> None:
    readme = project / "lists" / "README.md"
    head = (
        "# 预训练模型 Awesome\r\n\r\n"
        "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)  \r\n\r\n"
        "## Contents\r\n\r\n"
    )
    tail = "\r\n\r\n## Contributing\r\n\r\nPRs welcome.\r\n"
    original = ("\ufeff" + head + START + "\r\nold generated text\r\n" + END + tail).encode()
    readme.write_bytes(original)
    build(_config(project, title=""))
    data = readme.read_bytes()
    before, rest = data.split(START.encode(), 1)
    generated, after = rest.split(END.encode(), 1)
    assert before == ("\ufeff" + head).encode()
    assert after == tail.encode()
    assert b"old generated text" not in generated and generated.count(b"\r\n") > 100
    assert b"\n" not in generated.replace(b"\r\n", b"")
    # The hand-written "Contents" heading comes first, so the generated one is "contents-1";
    # every contents link still resolves to a heading of the whole file.
    text = data.decode("utf-8")
    assert "[PTMs: Pre-trained-Models in NLP](#ptms-pre-trained-models-in-nlp)" in text
    from awesome_ptm.render import Slugger

    slugger = Slugger()
    anchors = [slugger.slug(h.title) for h in parse_text(text).headings]
    assert "contents-1" in anchors
    generated_text = generated.decode("utf-8")
    links = [part.split(")")[0] for part in generated_text.split("](#")[1:]]
    assert links and all(link in anchors for link in links)
    assert build(_config(project, title=""), check=True).ok


def test_existing_readme_without_markers_is_refused(project: Path) -> None:
    readme = project / "lists" / "README.md"
    readme.write_text("# My list\n\nWritten by hand.\n", encoding="utf-8")
    for check in (False, True):
        with pytest.raises(InputError) as info:
            build(_config(project), check=check)
        message = str(info.value)
        assert "\n" not in message and START in message and "README.md" in message
    assert readme.read_text("utf-8") == "# My list\n\nWritten by hand.\n"
    assert not (project / "dist").exists()


def test_exports_are_valid_and_agree(project: Path) -> None:
    build(_config(project))
    dist = project / "dist"
    data = json.loads((dist / "awesome-ptm.json").read_text("utf-8"))
    assert list(_validator().iter_errors(data)) == []
    assert len(data["entries"]) == SEED_ENTRIES
    assert data["entries"][0]["source"]["path"] == "lists/ptm-overview-articles.md"
    lines = (dist / "awesome-ptm.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == data["entries"]
    rows = list(csv.DictReader(io.StringIO((dist / "awesome-ptm.csv").read_text("utf-8"))))
    assert [row["id"] for row in rows] == [entry["id"] for entry in data["entries"]]
    loaded = yaml.safe_load((dist / "awesome-ptm.yaml").read_text("utf-8"))
    assert loaded == data
    assert "预训练模型兴起" in (dist / "awesome-ptm.yaml").read_text("utf-8")
    bib = (dist / "awesome-ptm.bib").read_text("utf-8")
    assert bib.count("\n@") == sum(
        1
        for entry in data["entries"]
        if entry["venue"] or any(link["kind"] == "paper" for link in entry["links"])
    )


def test_options_output_exports_intro_sort_fields(project: Path) -> None:
    (project / "docs").mkdir()
    (project / "docs" / "intro.md").write_text("Our **own** intro.\r\n", encoding="utf-8")
    config = _config(
        project,
        output="README.md",
        title="PTM papers",
        intro="docs/intro.md",
        sort="year",
        fields=["venue", "year"],
        exports={"json": "data/list.json", "bib": "data/list.bib", "csv": None, "jsonl": False},
    )
    result = build(config)
    assert [(o.kind, o.path.relative_to(project).as_posix()) for o in result.outputs] == [
        ("readme", "README.md"),
        ("json", "data/list.json"),
        ("bib", "data/list.bib"),
        ("yaml", "dist/awesome-ptm.yaml"),
    ]
    text = (project / "README.md").read_text("utf-8")
    assert "\n# PTM papers\n\nOur **own** intro.\n" in text
    assert " · " not in text and "](https://github.com/brightmart/albert_zh)" in text


def test_paths_argument_and_intro_in_lists_folder(project: Path) -> None:
    (project / "lists" / "intro.md").write_text("Intro.\n", encoding="utf-8")
    config = _config(project, intro="lists/intro.md")
    result = build(config, paths=[project / "lists" / "ptm-paper-table.md"])
    assert result.sources == ("lists/ptm-paper-table.md",) and result.entries == 41
    result = build(config)
    assert "lists/intro.md" not in result.sources and result.entries == SEED_ENTRIES


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"outptu": "x.md"}, "build.outptu: unknown key"),
        ({"sort": "random"}, "build.sort"),
        ({"fields": ["venue", "authors"]}, "unknown field 'authors'"),
        ({"fields": "venue"}, "build.fields"),
        ({"exports": {"pdf": "x.pdf"}}, "build.exports.pdf: unknown format"),
        ({"exports": ["json"]}, "build.exports"),
        ({"output": ""}, "build.output"),
        ({"title": 3}, "build.title"),
        ({"intro": "missing.md"}, "build.intro: no such file"),
        ({"exports": {"json": "dist/x", "csv": "dist/x"}}, "both write"),
    ],
)
def test_bad_options_are_config_errors(
    project: Path, options: dict[str, Any], message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        build(_config(project, **options))
    assert not (project / "dist").exists()


def test_only_generated_files_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "lists").mkdir()
    (tmp_path / "lists" / "README.md").write_text(f"{START}\n{END}\n", encoding="utf-8")
    with pytest.raises(InputError, match="no lists to build from"):
        build(_config(tmp_path))
