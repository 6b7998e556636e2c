"""Qt widgets. Thin: they show and collect, and call services."""
