"""The money windows: the budget plan, BPJS's answer and the monthly invoice."""
