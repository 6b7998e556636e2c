"""The screening PDF's reportlab layout: plain rows in, PDF out (no database)."""
