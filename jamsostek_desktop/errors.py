"""The errors a user can meet, each with a message in Indonesian.

Services raise these; the GUI shows `message` in a dialog and the CLI prints it on
stderr. Anything else that escapes is a bug and is logged as one.
"""

from __future__ import annotations


class AppError(Exception):
    """An expected failure with a message for the clerk (Bahasa Indonesia)."""

    def __init__(self, message: str, *, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or []

    def __str__(self) -> str:
        if not self.details:
            return self.message
        return self.message + "\n" + "\n".join(f"- {d}" for d in self.details)


class ValidationError(AppError):
    """Input that breaks a rule; `problems` holds the per-field findings."""

    def __init__(self, message: str, problems: list | None = None) -> None:
        problems = problems or []
        super().__init__(message, details=[str(p) for p in problems])
        self.problems = problems


class DuplicateNikError(AppError):
    """A NIK that already holds an enrolment (one NIK, one enrolment)."""

    def __init__(self, message: str, existing_id: int | None = None) -> None:
        super().__init__(message)
        self.existing_id = existing_id


class NotFoundError(AppError):
    pass


class PermissionDeniedError(AppError):
    pass


class StorageError(AppError):
    """The environment failed us: disk full, read-only folder, locked or damaged database."""


class ProfileMissingError(AppError):
    pass
