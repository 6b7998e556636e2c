"""PDF layout with reportlab: plain rows in, pages out; no database here."""
