"""Small dialogs shared by the data-entry window."""
