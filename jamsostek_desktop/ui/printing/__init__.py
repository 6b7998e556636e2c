"""UI of the printing feature."""
