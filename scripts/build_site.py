#!/usr/bin/env python3
"""Build site/ and site-offline/ with MkDocs --strict, atomically (see README)."""

import sys

from briefing.site.build import main

if __name__ == "__main__":
    sys.exit(main())
