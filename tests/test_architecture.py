"""The pipeline's shape: no import cycle between the top-level modules and packages of
``awesome_ptm`` (read → parse → check/rules → fix/render → export/report, cli on top).

The import graph comes from grimp (the library behind import-linter); imports made only for
type checking are left out, imports inside functions count (they are real dependencies).
"""

from __future__ import annotations

import grimp

PACKAGE = "awesome_ptm"


def _top_level_edges() -> dict[str, set[str]]:
    graph = grimp.build_graph(PACKAGE, exclude_type_checking_imports=True)
    tops = sorted(graph.find_children(PACKAGE))
    edges: dict[str, set[str]] = {top: set() for top in tops}
    for importer in tops:
        for imported in tops:
            if importer != imported and graph.direct_import_exists(
                importer=importer, imported=imported, as_packages=True
            ):
                edges[importer].add(imported)
    return edges


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one member (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for succ in sorted(edges[node]):
            if succ not in index:
                visit(succ)
                low[node] = min(low[node], low[succ])
            elif succ in on_stack:
                low[node] = min(low[node], index[succ])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_cycle_finder_finds_a_planted_cycle() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(edges) == [["a", "b", "c"]]


def test_no_import_cycle_between_top_level_modules() -> None:
    assert _cycles(_top_level_edges()) == []
