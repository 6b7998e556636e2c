""""Sambungkan ke server": a saved profile without the password, a clear refusal, then the city opens."""

from __future__ import annotations

import json

from psycopg.conninfo import conninfo_to_dict
from PySide6.QtCore import Qt

from jamsostek_desktop.db.models import Category
from jamsostek_desktop.paths import data_dir
from jamsostek_desktop.services.server import profiles
from jamsostek_desktop.ui.server.connect_dialog import ConnectDialog


def _fill(dialog, host, database, user="postgres", password="rahasia-kota-77"):
    dialog.host.setText(host)
    dialog.database.setText(database)
    dialog.user.setText(user)
    dialog.password.setText(password)


def test_a_wrong_database_is_refused_in_the_dialog_and_the_right_one_opens(qtbot, pg_server, pg_url, tmp_path):
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    database = conninfo_to_dict(pg_url)["dbname"]
    _fill(dialog, pg_server.socket_dir, "tidak_ada")
    qtbot.mouseClick(dialog.connect_button, Qt.LeftButton)
    assert dialog.error.isVisibleTo(dialog) and "tidak_ada" in dialog.error.text()
    assert dialog.result() != ConnectDialog.Accepted and profiles.load() is None
    _fill(dialog, pg_server.socket_dir, database)
    qtbot.mouseClick(dialog.connect_button, Qt.LeftButton)
    assert dialog.result() == ConnectDialog.Accepted and dialog.url.startswith("postgresql://postgres@/")
    assert Category.select().count() > 0                          # the server's city database is open
    saved = (data_dir() / profiles.FILE_NAME).read_text(encoding="utf-8")
    assert "rahasia-kota-77" not in saved and "password" not in saved
    assert json.loads(saved) == {"host": pg_server.socket_dir, "port": 5432, "database": database,
                                 "user": "postgres"}
    again = ConnectDialog()                                      # next start: the profile, no password
    qtbot.addWidget(again)
    assert again.host.text() == pg_server.socket_dir and again.database.text() == database
    assert again.password.text() == ""
    for size in ((1024, 768), (1366, 768)):
        again.grab().save(str(tmp_path / f"connect-{size[0]}.png"))


def test_empty_fields_are_named_before_anything_is_tried(qtbot):
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.connect_button, Qt.LeftButton)
    assert "Isi alamat server" in dialog.error.text()

