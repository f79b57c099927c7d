#!/usr/bin/env python3
"""Write the generated Markdown pages and facts.json: build_pages.py SEEDS_DIR OUT_DIR (see --help)."""

import sys

from briefing.cli import main

if __name__ == "__main__":
    sys.exit(main())
