"""The sync file (`.jamsync`) and the merge rules, free of Qt and of the database."""
