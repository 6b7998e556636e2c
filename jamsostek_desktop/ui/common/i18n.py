"""The interface language: which one is chosen, and installing its translators at start-up.

Bahasa Indonesia is the source language of every string, so it needs no catalogue of
ours; English comes from resources/i18n/jamsostek_en.qm. Qt's own catalogue
(qtbase_<lang>.qm: standard buttons, edit menus) is added when Qt ships one; Qt has
none for Indonesian, so resources/i18n/qt_id.qm (written by hand) supplies "Ya",
"Batal", "Salin" and the like. The choice is kept in QSettings; without one the
program follows the system when the system is English, else Indonesian. A change
applies after restart, because windows already built keep the texts they were made with.

Only the interface changes: dates, numbers and Rupiah in PDFs and exports come from
domain.formatting and stay Indonesian whatever the language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from jamsostek_desktop.paths import resource

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "id"
# Code and the language's own name (shown in the chooser in that language, untranslated).
LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))
CODES = tuple(code for code, _ in LANGUAGES)
SETTINGS_KEY = "interface/language"

# Translators installed now; kept referenced so Python does not free them while Qt uses them.
_installed: list[QTranslator] = []


def _settings() -> QSettings:
    return QSettings("JamsostekDesktop", "JamsostekDesktop")


def system_language() -> str:
    """English when the system speaks English, else Indonesian (the clerks' language)."""
    return "en" if QLocale.system().language() == QLocale.English else SOURCE_LANGUAGE


def chosen_language() -> str:
    """The language saved in the settings, or the system's when none (or an unknown one) is saved."""
    value = _settings().value(SETTINGS_KEY, "")
    return value if value in CODES else system_language()


def save_language(code: str) -> None:
    if code not in CODES:
        raise ValueError(f"unknown language {code!r}")
    _settings().setValue(SETTINGS_KEY, code)


def catalogue_path(code: str):
    """Our compiled catalogue for `code` (none for the source language)."""
    return resource("i18n", f"jamsostek_{code}.qm")


def qt_supplement_path(code: str):
    """Our own catalogue of Qt's standard texts, for a language Qt ships none for (Indonesian)."""
    return resource("i18n", f"qt_{code}.qm")


def install(app: QCoreApplication | None = None, language: str | None = None) -> str:
    """Install the translators for `language` (default: the chosen one). Returns the language used.

    Calling it again replaces the translators installed before (tests switch languages).
    """
    app = app or QCoreApplication.instance()
    code = language if language in CODES else chosen_language()
    uninstall(app)
    if code != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        path = catalogue_path(code)
        if ours.load(str(path)):
            _add(app, ours)
        else:
            # The program still works, in Indonesian; the log tells support what is missing.
            log.warning("translation catalogue missing or unreadable: %s", path.name)
            code = SOURCE_LANGUAGE
    qt_catalogue = QTranslator(app)
    if qt_catalogue.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)) \
            or qt_catalogue.load(str(qt_supplement_path(code))):
        _add(app, qt_catalogue)
    log.info("interface language: %s", code)
    return code


def uninstall(app: QCoreApplication | None = None) -> None:
    app = app or QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)


def _add(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)
