#!/usr/bin/env python3
"""Time make site on synthetic corpora and check the budgets: bench.py --help (briefing/tools/bench.py)."""

import sys

from briefing.tools.bench import main

if __name__ == "__main__":
    sys.exit(main())
