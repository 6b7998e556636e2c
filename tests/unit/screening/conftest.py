"""The sync tests' offices (two kelurahan and the city) for the city merge test."""

from tests.unit.sync.conftest import offices  # noqa: F401
