"""Every UI string is in the German catalog and translated."""

from pathlib import Path

from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
CATALOG = ROOT / "community/translations/de/LC_MESSAGES/messages.po"


def read(path):
    with open(path, "rb") as handle:
        return read_po(handle)


def test_every_string_in_the_code_is_in_the_german_catalog(tmp_path):
    template = tmp_path / "messages.pot"
    CommandLineInterface().run(
        [
            "pybabel",
            "-q",
            "extract",
            "-F",
            str(ROOT / "babel.cfg"),
            "-k",
            "_l",
            "-k",
            "lazy_gettext",
            "-o",
            str(template),
            str(ROOT),
        ]
    )
    extracted = {
        message.id if isinstance(message.id, str) else message.id[0]
        for message in read(template)
        if message.id
    }
    catalog = {
        message.id if isinstance(message.id, str) else message.id[0]
        for message in read(CATALOG)
        if message.id
    }
    missing = sorted(extracted - catalog)
    assert missing == [], "run `make update-messages` and translate: " + repr(missing[:10])


def test_every_german_entry_is_translated_with_the_same_placeholders():
    catalog = read(CATALOG)
    untranslated = [
        m.id
        for m in catalog
        if m.id and not (all(m.string) if isinstance(m.string, tuple) else m.string)
    ]
    assert untranslated == []
    problems = [(m.id, str(error)) for m in catalog for error in m.check(catalog)]
    assert problems == []
    assert not [m.id for m in catalog if m.id and m.fuzzy]


def test_the_german_catalog_compiles():
    # `pybabel compile` silently skips a catalog whose header is missing or fuzzy,
    # and the interface would fall back to English.
    catalog = read(CATALOG)
    assert not catalog.fuzzy
    assert catalog.plural_forms == "nplurals=2; plural=(n != 1);"
