"""The resident register: import OpenSID / SIAK / BIP lists, look residents up, check NIKs against it."""
