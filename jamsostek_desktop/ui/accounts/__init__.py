"""UI of the accounts feature."""
