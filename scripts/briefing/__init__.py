"""Turn carmaker news articles into a cited, searchable briefing site.

The pipeline is pure: read → sentences → extract → classify → model → render.
The CLI (`cli.py`) and the MkDocs plugin (`plugin.py`) are thin fronts over it.
"""
