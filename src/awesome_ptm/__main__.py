"""``python -m awesome_ptm``."""

import sys

from awesome_ptm.cli import main

sys.exit(main())
