"""Material lines under an entry (course lectures, slides, assignments) are parts of it."""

from __future__ import annotations

from awesome_ptm.parse import parse_text

COURSES = """\
# Courses

## Systems

- [CS 61C](http://cs61c.example.edu/) **Great Ideas in Computer Architecture** *UC Berkeley*
\t- The subjects covered in this course include C and assembly language programming.
\t- [Lecture Videos](https://archive.org/details/cs61c)
\t- [Lecture Notes](http://cs61c.example.edu/#Calendar)
\t- [Old Exams](https://hkn.example.edu/exams/61C)
- [CS 240h](http://cs240h.example.edu/) **Functional Systems in Haskell** *Stanford University*
\t- Building software systems in Haskell
\t- 3 Assignments: [Lab1](http://cs240h.example.edu/lab1.html), [Lab2](http://cs240h.example.edu/lab2.html)
- [CSEP 552](http://csep552.example.edu/) **Distributed Systems** *University of Washington*
\t- A graduate course on distributed systems.
\t\t- Course by [A. Teacher](http://people.example.edu/teacher)
\t\t- [Lectures](http://csep552.example.edu/video/) of a previous session are available.
"""

TOOLS = """\
# Tools

- [Framework](https://github.com/o/framework) - A framework.
  - [Plugin A](https://github.com/o/plugin-a) - A plugin.
  - [Plugin B](https://github.com/o/plugin-b) - Another plugin.
  - [Slides](https://example.com/framework-slides.pdf)
"""


def test_material_sub_items_are_links_of_the_course() -> None:
    doc = parse_text(COURSES)
    assert [e.title for e in doc.entries] == ["CS 61C", "CS 240h", "CSEP 552"]
    first, second, third = doc.entries
    assert [link.url for link in first.links] == [
        "http://cs61c.example.edu/",
        "https://archive.org/details/cs61c",
        "http://cs61c.example.edu/#Calendar",
        "https://hkn.example.edu/exams/61C",
    ]
    assert first.source.end_line == 9
    assert len(second.links) == 3
    assert [link.url for link in third.links][-2:] == [
        "http://people.example.edu/teacher",
        "http://csep552.example.edu/video/",
    ]


def test_nested_resources_beside_one_material_line_stay_entries() -> None:
    doc = parse_text(TOOLS)
    titles = [e.title for e in doc.entries]
    assert "Plugin A" in titles and "Plugin B" in titles
