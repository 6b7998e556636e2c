"""Excel in and out: reading and checking spreadsheets, the import report, the full and BPJS exports."""
