"""The participant list and the entry form."""
