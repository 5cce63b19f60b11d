"""Fill msgstr entries of the Finnish and Swedish catalogues from a Python dict file.

Usage: .venv/bin/python scripts/fill_po.py TRANSLATIONS.py
The file defines T = {"English msgid": ("suomeksi", "på svenska"), ...}; for a plural message
each language gets a (singular, plural) pair. Existing translations are
kept; the script reports msgids that still lack one.
"""

import runpy
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def main(path):
    table = runpy.run_path(path)["T"]
    for index, language in enumerate(("fi", "sv")):
        catalogue_path = ROOT / "locale" / language / "LC_MESSAGES" / "django.po"
        catalogue = polib.pofile(str(catalogue_path), wrapwidth=0)
        missing = []
        for entry in catalogue:
            if (entry.msgstr or entry.msgstr_plural.get(0)) and "fuzzy" not in entry.flags:
                continue
            if entry.msgid not in table:
                missing.append(entry.msgid)
                continue
            if entry.msgid_plural:
                singular, plural = table[entry.msgid][index]
                entry.msgstr_plural = {0: singular, 1: plural}
            else:
                entry.msgstr = table[entry.msgid][index]
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            entry.previous_msgid = entry.previous_msgid_plural = None
        catalogue.metadata_is_fuzzy = False
        catalogue.metadata["Project-Id-Version"] = "kotoutuminen"
        catalogue.metadata["Language"] = language
        catalogue.metadata["Content-Type"] = "text/plain; charset=UTF-8"
        catalogue.save(str(catalogue_path))
        for msgid in missing:
            print(f"{language}: no translation for {msgid!r}")


if __name__ == "__main__":
    main(sys.argv[1])
