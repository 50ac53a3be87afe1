"""Every rule, registered in one place. A rule lives in the module named after its family
(a package, one private module per rule, once the family outgrew one module: ``duplicates``,
``venues``, ``links``, ``spelling``):

- ``schema``: PTM001 schema
- ``duplicates``: PTM1xx (duplicate-url, duplicate-title, near-duplicate-title, …)
- ``venues``: PTM20x venue and year (missing-venue, missing-year, venue-conflict, venue-format)
- ``fields``: PTM21x cells and items (null-field, placeholder, misplaced-field)
- ``links``: PTM3xx links (link-style, malformed-url, insecure-http, tracking-params, …)
- ``headings``: PTM40x heading structure; ``spelling``: PTM41x typos
- ``markup``: PTM5xx (broken-emphasis, mismatched-bracket)
- ``metadata``: PTM70x, against the committed scholarly metadata file (published-preprint,
  title-mismatch, metadata-venue-conflict)
- ``linkcheck``: PTM6xx, reported by ``awesome-ptm links`` (dead-link, permanent-redirect…)
- ``suppression``: PTM901 unused-suppression
"""

from __future__ import annotations

from awesome_ptm.errors import ConfigError
from awesome_ptm.rules import (
    duplicates,
    fields,
    headings,
    linkcheck,
    links,
    markup,
    metadata,
    schema,
    spelling,
    suppression,
    venues,
)
from awesome_ptm.rules._base import Context, Rule

# The registry: a rule class listed in its module's RULES is checked, listed and documented.
ALL_RULES: tuple[type[Rule], ...] = (
    *schema.RULES,
    *duplicates.RULES,
    *venues.RULES,
    *fields.RULES,
    *links.RULES,
    *headings.RULES,
    *spelling.RULES,
    *markup.RULES,
    *metadata.RULES,
    *suppression.RULES,
    # PTM6xx are reported by `awesome-ptm links` (network), registered here for docs and
    # selection; they find nothing in `check`.
    *linkcheck.RULES,
)

__all__ = ["ALL_RULES", "Context", "Rule", "find_rule", "select_rules"]


def find_rule(key: str) -> type[Rule] | None:
    """The rule with this code or name (case-insensitive code)."""
    for rule in ALL_RULES:
        if key.upper() == rule.code or key == rule.name:
            return rule
    return None


def _matches(rule: type[Rule], selector: str) -> bool:
    if selector.upper() == "ALL":
        return True
    return rule.code.startswith(selector.upper()) or rule.name == selector


def check_selectors(selectors: list[str], origin: str) -> None:
    """Refuse a selector that matches no rule (a typo would silently select nothing)."""
    for selector in selectors:
        if not any(_matches(rule, selector) for rule in ALL_RULES):
            raise ConfigError(
                f"{origin}: {selector!r} matches no rule code, prefix or name; "
                "see `awesome-ptm rules`"
            )


def select_rules(select: list[str], ignore: list[str]) -> list[type[Rule]]:
    """Rules chosen by ``select`` (all when empty) minus ``ignore``, in registry order."""
    chosen = [r for r in ALL_RULES if not select or any(_matches(r, s) for s in select)]
    return [r for r in chosen if not any(_matches(r, s) for s in ignore)]
