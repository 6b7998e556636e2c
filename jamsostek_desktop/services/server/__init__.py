"""The city office on a PostgreSQL server: connection profiles, moving a city database there,
and the review queue several staff share (docs/postgresql.md)."""
