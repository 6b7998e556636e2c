"""UI of the excel feature."""
