"""Site: everything that knows MkDocs and Material for MkDocs (the plugin, the build, the theme)."""
