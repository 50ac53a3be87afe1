"""tests/corpus_traps.py: findings against hand-labelled traps and defects, on a fixture
(tests/data/traps/: two small lists with traps and defects placed by hand) and on findings
made up to hit each case of the matching."""

from __future__ import annotations

from pathlib import Path

import pytest

from awesome_ptm.findings import Finding, Related
from awesome_ptm.model import Document
from awesome_ptm.parse import parse_text
from awesome_ptm.rules import find_rule
from corpus_traps import corpus_names, evaluate, load_kinds, report, run

FIXTURE = Path(__file__).parent / "data" / "traps"

#: The kinds of the labelling guide (its last section): every one needs a meaning.
TRAP_KINDS = {
    "toc",
    "navigation",
    "badge",
    "instructions",
    "group-item",
    "dated",
    "qualifier",
    "name",
    "cross-listing",
    "no-venue",
    "description-cell",
}
DEFECT_KINDS = {
    "duplicate",
    "missing-year",
    "wrong-venue",
    "typo",
    "null-cell",
    "broken-markup",
    "bad-link",
    "empty-section",
    "other",
}


def test_every_kind_of_the_guide_is_mapped_to_real_rules() -> None:
    traps, defects = load_kinds()
    assert set(traps) == TRAP_KINDS
    assert set(defects) == DEFECT_KINDS | {"missing-venue"}  # the seeds' labels use it too
    for kind in [*traps.values(), *defects.values()]:
        assert kind.every or kind.items, kind.name
        for item in kind.items:
            assert find_rule(item.rule) is not None, (kind.name, item.rule)
            assert item.severity in (None, "error", "warning", "info"), (kind.name, item)


def test_the_fixture_lists_are_found() -> None:
    assert corpus_names(FIXTURE) == ["papers", "tools"]


def test_the_fixture_traps_are_not_hit_and_its_defects_are_found() -> None:
    outcome = run("papers", FIXTURE)
    assert outcome.problems == []
    assert outcome.traps == 10
    assert [(t["line"], f.name, f.message) for t, f in outcome.trap_hits] == []
    assert outcome.defects_missed == []
    found = {d["line"]: {f.name for f in fs} for d, fs in outcome.defects_found}
    expected = {
        18: "title-typo",
        24: "tracking-params",
        25: "duplicate-url",
        26: "broken-emphasis",
        33: "empty-section",
        47: "null-field",
    }
    assert {line: rule in found.get(line, ()) for line, rule in expected.items()} == dict.fromkeys(
        expected, True
    )
    assert not outcome.clean  # it has defects: its errors are not counted against it


def test_a_clean_fixture_list_gets_no_error() -> None:
    outcome = run("tools", FIXTURE)
    assert outcome.clean
    assert outcome.defects == 0
    assert outcome.traps == 7
    assert [f.message for f in outcome.clean_errors] == []
    assert outcome.trap_hits == []


def test_the_report_totals_both_lists() -> None:
    text = report(corpus_names(FIXTURE), FIXTURE, verbose=True)
    assert "  total              0/17" in text  # traps hit / traps
    assert "  total              6/6 = 100.0%" in text  # defects found / defects
    assert "clean lists with an error: 0/1" in text
    assert "found defect line 25 duplicate" in text


LIST = """# List

- [Contents](#papers)

## Papers

- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) - NeurIPS'17.
  - [code](https://github.com/tensorflow/tensor2tensor)
- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) - NeurIPS 2017.

## Other

- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) - NeurIPS 2017.
"""


def _finding(
    name: str,
    line: int,
    severity: str = "warning",
    message: str = "m",
    related: list[Related] | None = None,
) -> Finding:
    return Finding("PTM000", name, severity, message, "list.md", line, related=related or [])


@pytest.fixture
def document() -> Document:
    return parse_text(LIST, "list.md")


def test_a_trap_is_hit_only_by_the_rules_its_kind_forbids(document: Document) -> None:
    expected = {
        "traps": [
            {"line": 3, "kind": "toc"},
            {"line": 7, "kind": "dated"},
            {"line": 13, "kind": "cross-listing"},
        ]
    }
    findings = [
        _finding("link-style", 3, "info"),  # toc: every rule is wrong there
        _finding("venue-format", 7, "info"),  # dated forbids year complaints only
        _finding("missing-year", 8),  # on the entry's sub-item: the trap covers it
        _finding("duplicate-url", 13, "warning"),  # a cross-listing may be a warning
    ]
    outcome = evaluate("x", expected, document, findings)
    hits = [(t["kind"], f.name, f.line) for t, f in outcome.trap_hits]
    assert hits == [("toc", "link-style", 3), ("dated", "missing-year", 8)]
    assert outcome.hits_by_kind == {"toc": 1, "dated": 1}
    assert outcome.traps == 3
    outcome = evaluate("x", expected, document, [_finding("duplicate-url", 13, "error")])
    assert [(t["kind"], f.name) for t, f in outcome.trap_hits] == [
        ("cross-listing", "duplicate-url")
    ]


def test_schema_complaints_hit_a_dated_trap_only_about_the_year(document: Document) -> None:
    expected = {"traps": [{"line": 7, "kind": "dated"}]}
    about_year = _finding("schema", 7, "error", message="entry 'A': `year`: None is not an int")
    about_venue = _finding("schema", 7, "error", message="entry 'A': `venue`: required")
    outcome = evaluate("x", expected, document, [about_year, about_venue])
    assert [f.message for _, f in outcome.trap_hits] == [about_year.message]


def test_a_duplicate_is_found_on_either_copy_other_defects_on_their_line(
    document: Document,
) -> None:
    later = _finding(
        "duplicate-url", 9, "error", related=[Related("list.md", 7, "first listed here")]
    )
    expected = {
        "defects": [
            {"line": 7, "kind": "duplicate"},  # the first copy: named as related
            {"line": 9, "kind": "duplicate"},  # the later copy: the finding's own line
            {"line": 13, "kind": "duplicate"},  # nothing says so
            {"line": 9, "kind": "typo"},  # a duplicate finding does not find a typo
            {"line": 7, "kind": "missing-year"},  # related lines count only for duplicates
        ]
    }
    other = _finding("missing-year", 1, related=[Related("list.md", 7, "x")])
    outcome = evaluate("x", expected, document, [later, other])
    assert [(d["line"], d["kind"]) for d, _ in outcome.defects_found] == [
        (7, "duplicate"),
        (9, "duplicate"),
    ]
    assert [(d["line"], d["kind"]) for d in outcome.defects_missed] == [
        (13, "duplicate"),
        (9, "typo"),
        (7, "missing-year"),
    ]
    assert not outcome.clean


def test_errors_count_against_a_list_labelled_clean(document: Document) -> None:
    findings = [_finding("duplicate-url", 13, "error"), _finding("link-style", 3, "info")]
    outcome = evaluate("x", {"defects": []}, document, findings)
    assert outcome.clean
    assert [f.name for f in outcome.clean_errors] == ["duplicate-url"]
    # Without a `defects` label nobody said the list is clean.
    assert not evaluate("x", {"traps": []}, document, findings).clean


def test_a_label_of_unknown_kind_or_line_is_reported_not_counted(document: Document) -> None:
    expected = {
        "traps": [{"line": 3, "kind": "tocc"}, {"line": 99, "kind": "toc"}],
        "defects": [{"line": 3, "kind": "spelling"}],
    }
    outcome = evaluate("x", expected, document, [_finding("link-style", 3)])
    assert outcome.traps == 0 and outcome.defects == 0
    assert len(outcome.problems) == 3


def test_findings_true_only_of_the_copy_are_counted_apart(document: Document) -> None:
    # list.md is kept without its repository's files: a missing image is no trap hit and
    # no error on a clean list, but it still finds a labelled bad link.
    missing = _finding("missing-local-target", 3, "error")
    expected = {
        "traps": [{"line": 3, "kind": "badge"}],
        "defects": [],
    }
    outcome = evaluate("x", expected, document, [missing])
    assert outcome.trap_hits == [] and outcome.clean_errors == []
    assert outcome.artifacts == [missing]
    found = evaluate("x", {"defects": [{"line": 3, "kind": "bad-link"}]}, document, [missing])
    assert len(found.defects_found) == 1


def test_a_malformed_label_is_a_problem_not_a_crash(document: Document) -> None:
    expected = {"traps": ["line 3", {"kind": "toc"}], "defects": [{"line": "x", "kind": "typo"}]}
    outcome = evaluate("x", expected, document, [])
    assert len(outcome.problems) == 3 and outcome.traps == 0
