"""``github``: GitHub Actions workflow commands, which become annotations on the PR."""

from __future__ import annotations

from awesome_ptm.findings import Finding

#: Our severities as workflow command names; GitHub has no "info", its nearest is "notice".
COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    """Escape a command's message as the Actions runner expects (``%`` first)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a property value: the message escapes plus ``:`` and ``,`` (the separators)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(finding: Finding) -> str:
    """The ``::error file=…::message`` line for one finding."""
    properties = [
        ("file", finding.path),
        ("line", str(finding.line)),
        ("endLine", str(finding.end_line if finding.end_line is not None else finding.line)),
        ("col", str(finding.column)),
    ]
    if finding.end_column is not None:
        properties.append(("endColumn", str(finding.end_column)))
    properties.append(("title", f"{finding.code} {finding.name}"))
    props = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    name = COMMANDS.get(finding.severity, "warning")
    return f"::{name} {props}::{escape_data(finding.message)}"


def render(findings: list[Finding]) -> str:
    """One workflow command per finding."""
    return "".join(command(finding) + "\n" for finding in findings)
