"""Backups, their rotation and restore, integrity checks, and the one-instance lock."""
