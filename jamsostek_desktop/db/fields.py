"""Custom peewee fields."""

from __future__ import annotations

import json

from peewee import TextField


class JSONField(TextField):
    """A JSON document in a TEXT column, keys sorted so equal dicts store equal text."""

    def db_value(self, value):
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)

    def python_value(self, value):
        if value is None:
            return None
        return json.loads(value)
