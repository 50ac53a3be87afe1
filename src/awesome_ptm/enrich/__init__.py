"""The network side of scholarly metadata: providers, ``awesome-ptm enrich`` and ``add``.

It is a package of its own, apart from :mod:`awesome_ptm.metadata` (the file, the paper
identities, what a record means), because the providers use the link checker's HTTP layer,
which imports the rules, and the rules read :mod:`awesome_ptm.metadata`: one package for
both would be an import cycle. Nothing but the command line imports this package.
"""

from __future__ import annotations

from awesome_ptm.enrich.fetch import EnrichReport, enrich, fetch_records, today

__all__ = ["EnrichReport", "enrich", "fetch_records", "today"]
