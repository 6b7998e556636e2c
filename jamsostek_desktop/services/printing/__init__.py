"""Printing: rosters, receipt lists and summaries, from the database to a finished PDF."""
