"""Terms of office, replacements, coverage months, deaths, accidents and claims (issue 14)."""
