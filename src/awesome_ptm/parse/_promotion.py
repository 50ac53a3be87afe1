"""Advertising placed in a list: a group of items or rows whose main links carry one
campaign's tracking (``?utm_source=Github&utm_campaign=Public-apis-repo``), in a list
whose own entries carry none. A curator's entries do not come with a campaign tag; a
sponsor's products do. Such groups are not entries (a list that tags every link the same
way, its own entries included, keeps them all).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from urllib.parse import parse_qsl, urlsplit

from awesome_ptm.model import Entry

#: The fewest items a promoted group has, and the share of them tagged with its campaign.
_MIN_GROUP = 3
_GROUP_SHARE = 0.8
#: The other entries of the list: at least this many, and at most this share tagged.
_MIN_OTHERS = 20
_MAX_TAGGED_SHARE = 0.1
_CAMPAIGN_KEYS = ("utm_campaign", "utm_source")


def _campaign(url: str) -> str | None:
    """The campaign a link is tagged with (its ``utm_campaign`` or ``utm_source``)."""
    if "utm_" not in url:
        return None
    try:
        query = urlsplit(url).query
    except ValueError:
        return None
    values = dict(parse_qsl(query))
    for key in _CAMPAIGN_KEYS:
        if values.get(key):
            return f"{key}={values[key].casefold()}"
    return None


def promoted_entries(entries: list[Entry]) -> list[Entry]:
    """The entries of the groups (sections) that are advertising (see the module)."""
    groups: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
    for entry in entries:
        groups[tuple(entry.section)].append(entry)
    promoted: list[Entry] = []
    for members in groups.values():
        # each item's main link: the others are buttons and documentation
        campaigns = Counter(_campaign(entry.links[0].url) for entry in members if entry.links)
        common, count = campaigns.most_common(1)[0] if campaigns else (None, 0)
        tagged_elsewise = sum(n for c, n in campaigns.items() if c not in (common, None))
        if (
            len(members) >= _MIN_GROUP
            and common is not None
            and count >= _GROUP_SHARE * len(members)
            and not tagged_elsewise
        ):
            promoted.extend(members)
    if not promoted:
        return []
    chosen = {id(entry) for entry in promoted}
    others = [entry for entry in entries if id(entry) not in chosen]
    tagged = sum(1 for entry in others if any(_campaign(link.url) for link in entry.links))
    if len(others) < _MIN_OTHERS or tagged > _MAX_TAGGED_SHARE * len(others):
        return []
    return promoted
