"""The .jamsync file format and merge rules: pure, no database (container, crypto, manifest, records, merge)."""
