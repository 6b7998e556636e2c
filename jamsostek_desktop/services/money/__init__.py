"""Money: the budget plan, the BPJS round trip (export profiles, the answer file) and the
monthly invoice reconciliation."""
