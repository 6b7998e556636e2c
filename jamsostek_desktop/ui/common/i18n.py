"""The interface language: which one is chosen, installing its translators, translating texts.

Bahasa Indonesia is the source language of every string, so it needs no catalogue of
ours; English comes from resources/i18n/en/*.qm, one compiled catalogue per feature
(tools/update_translations.py builds them). Qt's own catalogue (qtbase_<lang>.qm:
standard buttons, edit menus) is added when Qt ships one; Qt has none for Indonesian,
so resources/i18n/id/qt.qm (written by hand) supplies "Ya", "Batal", "Salin" and the
like. The choice is kept in QSettings; without one the program follows the system
when the system is English, else Indonesian. A change applies after restart, because
windows already built keep the texts they were made with.

Texts from the services and the domain arrive as errors.Message (Indonesian, marked
for the catalogue); `translated` shows them in the interface language.

Only the interface changes: dates, numbers and Rupiah in PDFs and exports come from
domain.formatting and stay Indonesian whatever the language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from jamsostek_desktop.errors import Message, Texts
from jamsostek_desktop.paths import resource

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "id"
# Code and the language's own name (shown in the chooser in that language, untranslated).
LANGUAGES = (("id", "Bahasa Indonesia"), ("en", "English"))
CODES = tuple(code for code, _ in LANGUAGES)
SETTINGS_KEY = "interface/language"

# Translators installed now; kept referenced so Python does not free them while Qt uses them.
_installed: list[QTranslator] = []
_current = [SOURCE_LANGUAGE]     # the language installed now


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


def catalogue_folder(code: str):
    """Our compiled catalogues for `code`: one .qm per feature (none for the source language)."""
    return resource("i18n", code)


def qt_supplement_path(code: str):
    """Our own catalogue of Qt's standard texts, for a language Qt ships none for (Indonesian)."""
    return resource("i18n", code, "qt.qm")


def current_language() -> str:
    """The language the interface shows now ("id" until install() chose another)."""
    return _current[0]


def install(app: QCoreApplication | None = None, language: str | None = None) -> str:
    """Install the translators for `language` (default: the chosen one). Returns the language used.

    Calling it again replaces the translators installed before (tests switch languages).
    """
    app = app or QCoreApplication.instance()
    code = language if language in CODES else chosen_language()
    uninstall(app)
    if code != SOURCE_LANGUAGE:
        folder = catalogue_folder(code)
        files = sorted(folder.glob("*.qm")) if folder.is_dir() else []
        loaded = []
        for path in files:
            ours = QTranslator(app)
            if ours.load(str(path)):
                loaded.append(ours)
            else:
                log.warning("translation catalogue unreadable: %s", path.name)
        if loaded:
            for ours in loaded:
                _add(app, ours)
        else:
            # The program still works, in Indonesian; the log tells support what is missing.
            log.warning("no translation catalogue for %s in %s", code, folder)
            code = SOURCE_LANGUAGE
    qt_catalogue = QTranslator(app)
    supplement = qt_supplement_path(code)
    if qt_catalogue.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)) \
            or (supplement.exists() and qt_catalogue.load(str(supplement))):
        _add(app, qt_catalogue)
    log.info("interface language: %s", code)
    _current[0] = code
    return code


def uninstall(app: QCoreApplication | None = None) -> None:
    app = app or QCoreApplication.instance()
    _current[0] = SOURCE_LANGUAGE
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)


def _add(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


def translated(text) -> str:
    """A text in the interface language: a Message is looked up in the catalogue, with its
    parameters translated too; anything else is shown as it is (names, numbers, paths)."""
    if text is None:
        return ""
    if not isinstance(text, Message):
        return str(text)
    template = QCoreApplication.translate(text.context, text.source)
    if not text.params:
        return template
    params = {key: _parameter(value) for key, value in text.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation that lost a placeholder must not hide the message: show the source.
        log.warning("translation of %r in %s does not fit its parameters", text.source[:40], text.context)
        return text.source.format(**params)


def _parameter(value):
    if isinstance(value, (Texts, list)):
        sep = value.sep if isinstance(value, Texts) else ", "
        return sep.join(translated(v) for v in value)
    if isinstance(value, Message):
        return translated(value)
    return value
