"""Choosing the fixes of a pass: the indexed conflict look-up agrees with comparing every
pair of edits (the straightforward rule it replaced)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from awesome_ptm.findings import Edit, Finding, Fix
from awesome_ptm.fix._apply import Offered, _conflict, choose, prepare


def _reference(offered: list[Offered]) -> list[Offered]:
    """The rule by definition: in order, skip a fix any of whose edits meets a taken one."""
    chosen: list[Offered] = []
    taken: list[Edit] = []
    for fix in sorted(offered, key=Offered.sort_key):
        if any(_conflict(edit, other) for edit in fix.edits for other in taken):
            continue
        chosen.append(fix)
        taken.extend(fix.edits)
    return chosen


TEXT = "x" * 60


@st.composite
def _edit(draw: st.DrawFn) -> Edit:
    start = draw(st.integers(0, len(TEXT)))
    end = draw(st.integers(start, min(len(TEXT), start + draw(st.sampled_from([0, 1, 3, 8])))))
    return Edit(start, end, draw(st.sampled_from(["", "y", "yy"])))


@st.composite
def _offered(draw: st.DrawFn) -> list[Offered]:
    items: list[Offered] = []
    for number in range(draw(st.integers(0, 25))):
        edits = draw(st.lists(_edit(), min_size=1, max_size=3))
        code = draw(st.sampled_from(["PTM201", "PTM204", "PTM301"]))
        finding = Finding(code, "rule", "warning", f"message {number}", "a.md", 1)
        item, _ = prepare(finding, Fix("safe", tuple(edits)), TEXT)
        if item is not None:
            items.append(item)
    return items


@settings(max_examples=400, deadline=None)
@given(_offered())
def test_choose_matches_the_pairwise_rule(offered: list[Offered]) -> None:
    assert choose(offered) == _reference(offered)


def test_choose_touching_and_inserting_edits() -> None:
    def offer(code: str, *edits: Edit) -> Offered:
        item, _ = prepare(Finding(code, "r", "warning", code, "a.md", 1), Fix("safe", edits), TEXT)
        assert item is not None
        return item

    a = offer("PTM201", Edit(5, 10, "y"))
    touching = offer("PTM202", Edit(10, 12, "y"))  # shares only the boundary: both apply
    insertion = offer("PTM203", Edit(10, 10, "y"))  # where the order would be a guess
    inside = offer("PTM204", Edit(20, 22, "y"), Edit(7, 7, "z"))  # one edit meets `a`
    assert choose([a, touching, insertion, inside]) == [a, touching]
