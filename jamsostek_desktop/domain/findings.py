"""A finding is what a rule says about one field: an error blocks, a warning asks."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    field: str
    severity: Severity
    message: str
    code: str = ""      # a stable name for findings callers act on, e.g. "duplicate_nik"

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


def error(field: str, message: str) -> Finding:
    return Finding(field, Severity.ERROR, message)


def warning(field: str, message: str) -> Finding:
    return Finding(field, Severity.WARNING, message)


def errors_of(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.is_error]
