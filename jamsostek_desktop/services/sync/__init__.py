"""Sync: the kelurahan writes .jamsync files (export), the city merges them (importing, conflicts)."""
