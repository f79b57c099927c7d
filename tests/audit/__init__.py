"""Audit helpers: a gzip-serving local server, the npm tools (axe-core, the Nu Html Checker, Lighthouse), page lists."""
