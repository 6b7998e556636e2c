"""PDF documents (reportlab): rosters and the summary. Rows come in from services; no queries here."""
