"""Reading text out of real .docx, .xlsx, .pdf, .pptx and .odt files, and the clear answers for bad ones."""

import io
import zipfile

import pytest

from companion.files import extract as extraction
from companion.files.extract import extract

from . import samples

CPR = "070761-0913"  # made up


@pytest.mark.parametrize(
    "name, data",
    [
        # Word: body, table cell and header are all read.
        ("sag.docx", samples.docx([f"Borgeren har cpr {CPR}."])),
        ("sag.docx", samples.docx(["Intet her."], table=[["CPR", CPR]])),
        ("sag.docx", samples.docx(["Intet her."], header=f"Vedr. {CPR}")),
        # Excel: as text, and as a number with the leading zero lost but a 000000-0000 format.
        ("liste.xlsx", samples.xlsx([["Navn", "CPR"], ["Hanne Jensen", CPR]])),
        ("liste.xlsx", samples.xlsx([["Navn", "CPR"], ["Hanne Jensen", 707610913]], number_format="000000-0000")),
        # PDF: the CPR number on the second page.
        ("notat.pdf", samples.pdf(["Side et.", f"Borgeren, cpr {CPR}, bor i Århus."])),
        ("dias.pptx", samples.pptx(["Dias et", f"cpr {CPR}"])),
        ("notat.odt", samples.odt(["Notat", f"cpr {CPR}"])),
        ("liste.csv", f"navn;cpr\nHanne;{CPR}\n".encode("cp1252")),
        ("noter.md", f"# Noter\n\n- cpr {CPR}\n".encode("utf-8-sig")),
        ("data.json", f'{{"cpr": "{CPR}"}}'.encode()),
    ],
)
def test_text_is_read_from_every_kind(name, data):
    result = extract(data, name)
    assert result.status == "ok"
    assert CPR in result.text


def test_pages_are_counted():
    assert extract(samples.pdf(["a", "b", "c"]), "x.pdf").pages == 3
    assert extract(samples.pptx(["a", "b"]), "x.pptx").pages == 2


def test_danish_letters_survive_a_pdf():
    assert "Århus" in extract(samples.pdf(["Borgeren bor i Århus."]), "x.pdf").text


# -- clear answers for what cannot be read -----------------------------------------------------


def test_encrypted_pdf():
    assert extract(samples.encrypted_pdf([f"cpr {CPR}"]), "x.pdf").status == "encrypted"


def test_encrypted_office_file_is_an_ole_container():
    # What Word writes for a password-protected .docx: a compound file with an EncryptionInfo stream.
    data = extraction.OLE_MAGIC + b"\0" * 100 + extraction.OLE_ENCRYPTION_INFO + b"\0" * 100
    assert extract(data, "x.docx").status == "encrypted"
    assert extract(extraction.OLE_MAGIC + b"\0" * 200, "gammel.doc").status == "unsupported"


def test_image_only_pdf_has_no_text():
    assert extract(samples.pdf(["x", "y"], image_only=True), "scannet.pdf").status == "no_text"


@pytest.mark.parametrize("name", ["x.docx", "x.xlsx", "x.pptx", "x.odt", "x.pdf"])
def test_corrupt_files(name):
    assert extract(b"not a document at all" * 10, name).status == "corrupt"


def test_truncated_docx_is_corrupt():
    data = samples.docx([f"cpr {CPR}"])
    assert extract(data[: len(data) // 2], "x.docx").status == "corrupt"


def test_images_are_not_read():
    assert extract(b"\x89PNG\r\n\x1a\n" + b"\0" * 50, "skærmbillede.png").status == "image"


# -- limits --------------------------------------------------------------------------------


def test_too_large():
    assert extract(b"x" * (extraction.MAX_FILE_BYTES + 1), "x.txt").status == "too_large"


def test_zip_bomb_is_refused_before_unpacking():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (20 * 1024 * 1024))
    assert extract(out.getvalue(), "bombe.docx").status == "too_large"


def test_page_limit_makes_it_partial(monkeypatch):
    monkeypatch.setattr(extraction, "MAX_PAGES", 2)
    result = extract(samples.pdf(["a", "b", f"cpr {CPR}"]), "x.pdf")
    assert (result.status, result.pages, result.notes) == ("partial", 2, ["pages"])


def test_character_limit_makes_it_partial(monkeypatch):
    monkeypatch.setattr(extraction, "MAX_TEXT_CHARS", 10)
    result = extract(b"a" * 100, "x.txt")
    assert (result.status, len(result.text), result.notes) == ("partial", 10, ["chars"])


def test_deadline_makes_it_partial():
    result = extract(samples.pdf(["a", "b"]), "x.pdf", seconds=-1)
    assert (result.status, result.notes) == ("partial", ["time"])


def test_entity_bombs_are_refused():
    lol = (b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
           b"<d>&b;</d>")  # fmt: skip
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", lol)
    assert extract(out.getvalue(), "x.docx").status == "corrupt"


def test_out_of_time_the_rest_is_swept_for_cpr_numbers(scanner):
    from companion.files.scan import scan_file

    text = "Referat af mødet om budgettet.\n" * 20_000 + f"Borgerens cpr er {CPR}.\n"
    calls = []

    def scan(piece):
        calls.append(len(piece))
        return scanner.scan(piece), "full"

    reply = scan_file(text.encode(), "x.txt", scan, seconds=0)
    assert reply["file"]["status"] == "partial" and reply["file"]["limits"] == ["time"]
    assert reply["verdict"] == "block"
    assert max(calls) < 1000  # only the window around the number was scanned
