"""Shared by every ui feature: background operations, messages and questions, the crash dialog,
labels for the lower layers' texts, the interface language."""
