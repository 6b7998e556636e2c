"""Shared by every ui feature: messages and questions, labels for domain codes, translations."""
