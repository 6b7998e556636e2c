"""The errors a user can meet, and the translatable texts they and the rules carry.

Services raise these; the GUI shows `message` in the interface language and the CLI
prints it (Indonesian) on stderr. Anything else that escapes is a bug and is logged as one.

Texts below the ui cannot use Qt, so they are marked with `translate(context, source)`,
the shape of QCoreApplication.translate that lupdate extracts, and kept as a `Message`:
a str holding the Indonesian text (what the CLI, logs and reports see), which also
remembers its context, source and parameters so the ui can show it in English
(ui.common.i18n.translated). Fill parameters with `.format(name=value)` on the result,
never inside the call: lupdate skips a call that has keyword arguments.
"""

from __future__ import annotations

from collections.abc import Iterable


class Texts(tuple):
    """Several texts shown as one parameter, joined by `sep`; each is translated on its own."""

    sep: str

    def __new__(cls, items: Iterable, sep: str = ", ") -> Texts:
        self = super().__new__(cls, tuple(items))
        self.sep = sep
        return self

    def __reduce__(self):
        return (Texts, (tuple(self), self.sep))


def _indonesian(value):
    if isinstance(value, (Texts, list)):
        sep = value.sep if isinstance(value, Texts) else ", "
        return sep.join(str(v) for v in value)
    return value


class Message(str):
    """Indonesian text (the str value) that the ui can translate: context, source, parameters."""

    def __new__(cls, context: str, source: str, params: dict | None = None) -> Message:
        params = dict(params or {})
        text = source.format(**{k: _indonesian(v) for k, v in params.items()}) if params else source
        self = super().__new__(cls, text)
        self.context, self.source, self.params = context, source, params
        return self

    def format(self, **params) -> Message:  # type: ignore[override]
        """The same text with (more) parameters; named placeholders only."""
        return Message(self.context, self.source, {**self.params, **params})

    def __reduce__(self):
        return (Message, (self.context, self.source, self.params))

    def __repr__(self) -> str:
        return f"Message({self.context!r}, {str(self)!r})"


def translate(context: str, source: str) -> Message:
    """Mark `source` (Indonesian) for the English catalogue; the ui translates it when shown."""
    return Message(context, source)


def joined(parts: Iterable, sep: str = "\n") -> Message:
    """Texts shown together (the lines of a report), each translated on its own."""
    return Message("", "{parts}", {"parts": Texts(parts, sep)})


def data_text(text: str) -> Message:
    """A name from the category catalogue (data, not code): English from the catalogue's translations."""
    return Message("Catalogue", text)


class AppError(Exception):
    """An expected failure with a message for the clerk (Bahasa Indonesia, translatable)."""

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
    """The environment failed us: disk full, read-only folder, I/O error. Often passes; try again."""


class DatabaseDamagedError(StorageError):
    """The database file is damaged or is not one of ours: never opened, recovered from a backup."""


class DatabaseInUseError(StorageError):
    """Another program (or another copy of this one) holds the database: close it, then retry."""


class ProfileMissingError(AppError):
    pass


class ProtectedTargetError(AppError):
    """A file the program never writes over was chosen as the target (fileio.check): the open
    database, one of its companions, a file in the backups folder, a database file, a folder."""


class TargetExistsError(AppError):
    """A file that must never be replaced (a secret key) is already there."""


class ServerGoneError(StorageError):
    """The PostgreSQL server went away or refused the connection; nothing half-written stays."""
