"""Accounts: who is acting (session), user accounts and roles, the audit trail."""
