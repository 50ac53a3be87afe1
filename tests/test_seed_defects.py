"""The seeds' labelled defects (tests/data/seed_defects.yaml) are still found: each by a rule
of its kind (tests/data/trap_kinds.yaml), on its line, when the five seed lists are checked
together with the default configuration, as ``awesome-ptm check`` checks a project."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from awesome_ptm.check import run_checks
from awesome_ptm.config import Config
from awesome_ptm.corpus import load
from awesome_ptm.findings import Finding
from corpus_traps import ROOT, evaluate, load_kinds

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
LABELS: dict[str, list[dict[str, Any]]] = yaml.safe_load(
    (Path(__file__).parent / "data" / "seed_defects.yaml").read_text("utf-8")
)


@pytest.fixture(scope="module")
def checked() -> dict[str, tuple[Any, list[Finding]]]:
    corpus = load(sorted(SEEDS.glob("*.md")))
    findings = run_checks(corpus, Config(root=ROOT)).findings
    return {
        Path(d.path).stem: (d, [f for f in findings if f.path == d.path]) for d in corpus.documents
    }


def test_the_labels_name_every_seed_and_known_kinds() -> None:
    assert sorted(LABELS) == sorted(p.stem for p in SEEDS.glob("*.md"))
    _, kinds = load_kinds()
    assert {d["kind"] for ds in LABELS.values() for d in ds} <= set(kinds)
    assert sum(len(ds) for ds in LABELS.values()) == 58


@pytest.mark.parametrize("name", sorted(LABELS))
def test_the_seeds_labelled_defects_are_still_found(
    name: str, checked: dict[str, tuple[Any, list[Finding]]]
) -> None:
    document, findings = checked[name]
    outcome = evaluate(name, {"defects": LABELS[name]}, document, findings)
    assert outcome.problems == []
    assert [f"{d['line']} {d['kind']}: {d['why']}" for d in outcome.defects_missed] == []
