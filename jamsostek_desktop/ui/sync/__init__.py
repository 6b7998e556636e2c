"""UI of the sync feature."""
