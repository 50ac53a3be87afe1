"""PTM30x: links — their style, targets that are not URLs, http, tracking parameters,
redirect wrappers, entries without a link and relative links to files that do not exist.

Each rule lives in a private module of this package named after it (``_link_style``,
``_malformed_url``, ``_insecure_http``, ``_tracking_params``, ``_redirect_wrapper``,
``_missing_url``, ``_missing_local_target``); what they share is in ``_data`` (the data
file), ``_targets`` (what a target is as text), ``_link_rule`` (where a link is written,
the per-link base rule) and ``_structure`` (lists and tables).
"""

from __future__ import annotations

from awesome_ptm.rules._base import Rule
from awesome_ptm.rules.links._insecure_http import InsecureHttp
from awesome_ptm.rules.links._link_style import LinkStyle
from awesome_ptm.rules.links._malformed_url import MalformedUrl
from awesome_ptm.rules.links._missing_local_target import MissingLocalTarget
from awesome_ptm.rules.links._missing_url import MissingUrl
from awesome_ptm.rules.links._redirect_wrapper import RedirectWrapper
from awesome_ptm.rules.links._tracking_params import TrackingParams

RULES: tuple[type[Rule], ...] = (
    LinkStyle,
    MalformedUrl,
    InsecureHttp,
    TrackingParams,
    RedirectWrapper,
    MissingUrl,
    MissingLocalTarget,
)
