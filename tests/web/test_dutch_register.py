"""One register in Dutch: the app addresses people with "u" (the UI and the letters to
suppliers alike), never with "je", "jij" or "jouw"."""

import re
from pathlib import Path

from babel.messages.pofile import read_po

import vendorpact

SOURCE = Path(vendorpact.__file__).parent
INFORMAL = re.compile(r"\b(je|jij|jou|jouw)\b", re.IGNORECASE)
DUTCH_LITERAL = re.compile(r'"nl":\s*\(?\s*"((?:[^"\\]|\\.)*)"')


def dutch_catalog_texts():
    for po in sorted(SOURCE.glob("**/locale/nl/LC_MESSAGES/django.po")):
        with po.open("rb") as handle:
            for message in read_po(handle):
                strings = message.string if isinstance(message.string, tuple) else (message.string,)
                yield from (f"{po.parent.parent.parent.parent.name}: {s}" for s in strings if s)


def dutch_texts_in_code():
    for path in sorted(SOURCE.glob("**/*.py")):
        for text in DUTCH_LITERAL.findall(path.read_text(encoding="utf-8")):
            yield f"{path.relative_to(SOURCE)}: {text}"


def test_dutch_catalogs_use_u():
    assert [text for text in dutch_catalog_texts() if INFORMAL.search(text)] == []


def test_dutch_texts_in_code_use_u():
    texts = list(dutch_texts_in_code())
    assert any("requests_brief" in text for text in texts)
    assert [text for text in texts if INFORMAL.search(text)] == []


def test_the_check_finds_an_informal_sentence():
    assert INFORMAL.search("Wat heb je al geprobeerd?")
    assert not INFORMAL.search("Wat hebt u al geprobeerd?")
