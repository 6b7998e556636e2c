"""Terms of office, replacements, coverage months, deaths and claims in the GUI (issue 14)."""
