"""The tenure documents' reportlab layout: plain rows in, PDF out (no database)."""
