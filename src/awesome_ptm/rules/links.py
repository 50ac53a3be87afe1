"""Rules of the links family (see docs/rules.md)."""

from __future__ import annotations

from awesome_ptm.rules._base import Rule

RULES: tuple[type[Rule], ...] = ()
