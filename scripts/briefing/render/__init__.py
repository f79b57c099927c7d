"""Render: the facts as Markdown pages and facts.json, with Jinja2 templates."""
