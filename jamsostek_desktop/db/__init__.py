"""Database layer: peewee models on SQLite, migrations and the one start-up path."""
