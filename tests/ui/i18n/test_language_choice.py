"""Choosing the interface language: the default, the saved choice, --lang, the Alat menu dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog

from jamsostek_desktop.ui.common import i18n


class _FakeLocale:
    English = QLocale.English

    def __init__(self, language):
        self._language = language

    def language(self):
        return self._language

    @classmethod
    def for_system(cls, language):
        class Fake(cls):
            @staticmethod
            def system():
                return cls(language)
        return Fake


def test_default_follows_an_english_system_else_indonesian(monkeypatch):
    monkeypatch.setattr(i18n, "QLocale", _FakeLocale.for_system(QLocale.English))
    assert i18n.chosen_language() == "en"
    for other in (QLocale.Indonesian, QLocale.German, QLocale.C):
        monkeypatch.setattr(i18n, "QLocale", _FakeLocale.for_system(other))
        assert i18n.chosen_language() == "id"


def test_saved_choice_wins_over_the_system(monkeypatch):
    monkeypatch.setattr(i18n, "QLocale", _FakeLocale.for_system(QLocale.English))
    i18n.save_language("id")
    assert i18n.chosen_language() == "id"


def test_install_english_then_back_to_indonesian(qapp):
    try:
        assert i18n.install(qapp, "en") == "en"
        assert QCoreApplication.translate("MainWindow", "&Berkas") == "&File"
        assert i18n.install(qapp, "id") == "id"
        assert QCoreApplication.translate("MainWindow", "&Berkas") == "&Berkas"
    finally:
        i18n.uninstall(qapp)


def test_install_uses_the_saved_choice_when_no_language_is_given(qapp):
    i18n.save_language("en")
    try:
        assert i18n.install(qapp) == "en"
    finally:
        i18n.uninstall(qapp)


def test_missing_catalogue_falls_back_to_indonesian(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "catalogue_folder", lambda code: tmp_path / "nothing")
    try:
        assert i18n.install(qapp, "en") == "id"
        assert QCoreApplication.translate("MainWindow", "&Berkas") == "&Berkas"
    finally:
        i18n.uninstall(qapp)


def test_lang_option_of_the_desktop_command():
    from jamsostek_desktop.app import _parse_args

    assert _parse_args(["--lang", "en"]).lang == "en"
    assert _parse_args([]).lang is None


def test_language_dialog_saves_the_choice_and_says_it_applies_after_restart(qtbot, monkeypatch,
                                                                           message_boxes):
    from jamsostek_desktop.ui.common import language_dialog

    i18n.save_language("id")
    told = message_boxes.texts("information")

    def pick_english(dialog):
        qtbot.addWidget(dialog)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        return QDialog.Accepted

    monkeypatch.setattr(language_dialog.LanguageDialog, "exec", pick_english)
    assert language_dialog.choose_language(None) == "en"
    assert i18n.chosen_language() == "en"
    told = message_boxes.texts("information")
    assert told and "dibuka lagi" in told[0] and "reopen the program" in told[0]


def test_language_dialog_shows_the_restart_note_in_both_languages(qtbot):
    from PySide6.QtWidgets import QLabel

    from jamsostek_desktop.ui.common.language_dialog import LanguageDialog

    dialog = LanguageDialog()
    qtbot.addWidget(dialog)
    note = dialog.findChild(QLabel, "restart_note").text()
    assert "Bahasa baru berlaku" in note and "The new language applies" in note
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == \
        ["Bahasa Indonesia", "English"]


def test_unchanged_choice_saves_nothing(qtbot, monkeypatch):
    from jamsostek_desktop.ui.common import language_dialog

    i18n.save_language("id")
    monkeypatch.setattr(language_dialog.LanguageDialog, "exec", lambda dialog: QDialog.Accepted)
    assert language_dialog.choose_language(None) is None


def test_standard_buttons_follow_the_language(qapp, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    def texts():
        box = QDialogButtonBox(QDialogButtonBox.Yes | QDialogButtonBox.No | QDialogButtonBox.Cancel)
        qtbot.addWidget(box)
        return [box.button(b).text() for b in (QDialogButtonBox.Yes, QDialogButtonBox.No,
                                                QDialogButtonBox.Cancel)]

    try:
        i18n.install(qapp, "id")
        assert texts() == ["&Ya", "&Tidak", "Batal"]
        i18n.install(qapp, "en")
        assert texts() == ["&Yes", "&No", "Cancel"]
    finally:
        i18n.uninstall(qapp)
