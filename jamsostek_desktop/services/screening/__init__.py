"""Screening (issue 13): near-duplicate pairs, reference lists, flags and the decisions on them."""
