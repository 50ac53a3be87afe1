"""Rendering: the normalised README of all lists, kept apart from any command line.

::

    from awesome_ptm.render import RenderOptions, render_readme, splice

    body = render_readme(corpus, RenderOptions(sort="year"))
    text = splice(existing_text_or_none, body)     # only the part between the markers changes
"""

from __future__ import annotations

from awesome_ptm.render._entry import FIELDS, render_entry
from awesome_ptm.render._escape import escape_inline, link_target
from awesome_ptm.render._markers import END, START, splice, split_markers, text_before
from awesome_ptm.render._readme import (
    DEFAULT_INTRO,
    DEFAULT_TITLE,
    SORTS,
    RenderOptions,
    heading_texts,
    render_readme,
    sort_entries,
)
from awesome_ptm.render._slug import Slugger, slugify
from awesome_ptm.render._tree import SectionNode, list_title, section_tree

__all__ = [
    "DEFAULT_INTRO",
    "DEFAULT_TITLE",
    "END",
    "FIELDS",
    "SORTS",
    "START",
    "RenderOptions",
    "SectionNode",
    "Slugger",
    "escape_inline",
    "heading_texts",
    "link_target",
    "list_title",
    "render_entry",
    "render_readme",
    "section_tree",
    "slugify",
    "sort_entries",
    "splice",
    "split_markers",
    "text_before",
]
