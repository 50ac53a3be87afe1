"""``junit``: JUnit XML, one test suite per file and one failing test case per finding."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from awesome_ptm.findings import Finding

PACKAGE = "org.awesome-ptm"

# Characters XML 1.0 forbids even as references; ElementTree would write them through
# and produce a file no parser accepts, so they are replaced.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _by_path(findings: list[Finding]) -> dict[str, list[Finding]]:
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.path, []).append(finding)
    return groups


def build(findings: list[Finding]) -> ET.Element:
    """The ``<testsuites>`` element."""
    count = str(len(findings))
    root = ET.Element("testsuites", name="awesome-ptm", tests=count, failures=count, errors="0")
    if not findings:
        # An empty report would show nothing in CI; one passing case says "checked, clean".
        suite = ET.SubElement(
            root,
            "testsuite",
            name="awesome-ptm",
            tests="1",
            disabled="0",
            errors="0",
            failures="0",
            package=PACKAGE,
        )
        ET.SubElement(suite, "testcase", name=f"{PACKAGE}.check", classname="awesome-ptm")
        root.set("tests", "1")
        return root
    for path, group in _by_path(findings).items():
        suite = ET.SubElement(
            root,
            "testsuite",
            name=_xml_text(path),
            tests=str(len(group)),
            disabled="0",
            errors="0",
            failures=str(len(group)),
            package=PACKAGE,
        )
        for finding in group:
            case = ET.SubElement(
                suite,
                "testcase",
                name=f"{PACKAGE}.{finding.code}",
                classname=_xml_text(finding.path),
                line=str(finding.line),
                column=str(finding.column),
            )
            failure = ET.SubElement(
                case,
                "failure",
                message=_xml_text(finding.message),
                type=finding.severity,
            )
            failure.text = _xml_text(f"{finding.line}:{finding.column}: {finding.message}")
    return root


def render(findings: list[Finding]) -> str:
    """The JUnit XML document, with declaration, indented, ending in a newline."""
    root = build(findings)
    ET.indent(root)
    # Bytes with an explicit encoding: ``encoding="unicode"`` would declare the locale's
    # encoding, which would make the output differ between machines.
    data: bytes = ET.tostring(root, encoding="UTF-8", xml_declaration=True)
    return data.decode("utf-8") + "\n"
