"""``python -m awesome_ptm``."""

from awesome_ptm.cli import run

run()
