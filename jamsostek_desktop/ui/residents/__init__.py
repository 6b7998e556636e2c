"""The resident register in the GUI: the Data penduduk window, its import wizard, the form picker."""
