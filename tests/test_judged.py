"""The hand judgements of findings on the corpus (tests/corpus/judged.yaml) hold: every
finding judged right is still made, and no finding judged wrong or noise comes back (those
marked ``known`` are still made today and counted against their rule's precision)."""

from __future__ import annotations

from collections import Counter

import pytest

from awesome_ptm.rules import find_rule
from corpus_judged import VERDICTS, checked, corpus_names, load_judged, matching

ITEMS = load_judged()


def test_judgements_are_well_formed() -> None:
    names = set(corpus_names())
    keys = Counter((item["rule"], item["list"], item["line"]) for item in ITEMS)
    assert [key for key, count in keys.items() if count > 1] == []
    for item in ITEMS:
        assert find_rule(item["rule"]) is not None, item
        assert item["list"] in names, item
        assert item["verdict"] in VERDICTS, item
        assert item["reason"].strip() and item["match"].strip() and item["message"].strip()
        assert item["match"] in item["message"], item


def test_every_rule_that_fires_on_the_corpus_is_judged() -> None:
    fired: Counter[str] = Counter(f.name for name in corpus_names() for f in checked(name).findings)
    judged = Counter(
        item["rule"] for item in ITEMS if matching(item, checked(item["list"]).findings)
    )
    # All of a rule's findings, or at least ten of them.
    short = {rule: (judged[rule], n) for rule, n in fired.items() if judged[rule] < min(n, 10)}
    assert short == {}


@pytest.mark.parametrize(
    "item",
    [i for i in ITEMS if i["verdict"] == "right"],
    ids=lambda i: f"{i['rule']}:{i['list']}:{i['line']}",
)
def test_a_true_positive_stays(item: dict[str, object]) -> None:
    assert matching(item, checked(str(item["list"])).findings), item["message"]


@pytest.mark.parametrize(
    "item",
    [i for i in ITEMS if i["verdict"] != "right" and not i.get("known")],
    ids=lambda i: f"{i['rule']}:{i['list']}:{i['line']}",
)
def test_a_false_positive_does_not_come_back(item: dict[str, object]) -> None:
    found = matching(item, checked(str(item["list"])).findings)
    assert found == [], f"{item['reason']}: {found[0].message}"


@pytest.mark.parametrize(
    "item",
    [i for i in ITEMS if i.get("known")],
    ids=lambda i: f"{i['rule']}:{i['list']}:{i['line']}",
)
def test_a_known_false_positive_is_still_judged_against_a_finding(item: dict[str, object]) -> None:
    # When a rule stops making it, drop `known` (it becomes a guard against its return).
    assert matching(item, checked(str(item["list"])).findings), (
        f"no longer made: remove `known` from {item['rule']} {item['list']}:{item['line']}"
    )
