"""Colour on a terminal, and only there: never when ``NO_COLOR`` is set (https://no-color.org)
or ``TERM`` is ``dumb``."""

from __future__ import annotations

import sys

import click


def colour_enabled(stream: object) -> bool:
    """Colour only on a terminal, and never with NO_COLOR set (https://no-color.org)."""
    import os

    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


_SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}


def colourise(text: str, severities: dict[str, str]) -> str:
    """The concise report with colour: locations bold, each rule code in its severity's
    colour, the closing count red when there are errors (green when all is clean)."""
    import re

    location = re.compile(r"^(\S[^\n]*?:\d+:\d+:) (PTM\d+)", re.M)

    def paint(match: re.Match[str]) -> str:
        colour = _SEVERITY_COLOURS.get(severities.get(match.group(2), ""))
        return f"{click.style(match.group(1), bold=True)} {click.style(match.group(2), fg=colour)}"

    text = location.sub(paint, text)
    text = re.sub(r"^All clean\.$", lambda m: click.style(m.group(), fg="green"), text, flags=re.M)
    return re.sub(
        r"^Found (\d+) errors?,.*$",
        lambda m: click.style(m.group(), fg="red" if m.group(1) != "0" else "yellow", bold=True),
        text,
        flags=re.M,
    )


def error_line(message: str) -> str:
    """``awesome-ptm: error: …``, the prefix in red on a terminal."""
    prefix = "awesome-ptm: error:"
    if colour_enabled(sys.stderr):
        prefix = click.style(prefix, fg="red", bold=True)
    return f"{prefix} {message}"
