"""Real documents made on the spot for the file tests and bench/files.py: .docx, .xlsx, .pdf, .pptx, .odt.

.docx comes from python-docx and .xlsx from openpyxl (what Word and Excel
files look like to a reader); the PDF is written by hand (one Helvetica text
object per line, WinAnsi encoding, as simple PDF producers do), so no PDF
library is needed to make one. All numbers are made up.
"""

from __future__ import annotations

import io
import zipfile


def docx(paragraphs=(), table=(), header: str | None = None, padding_bytes: int = 0) -> bytes:
    """A Word document; ``padding_bytes`` adds an incompressible embedded part (a stand-in for pictures)."""
    from docx import Document

    document = Document()
    if header:
        document.sections[0].header.paragraphs[0].text = header
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    if not padding_bytes:
        return out.getvalue()
    import os

    padded = io.BytesIO()
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(padded, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.writestr("word/media/image1.png", os.urandom(padding_bytes), compress_type=zipfile.ZIP_STORED)
    return padded.getvalue()


def xlsx(rows, number_format: str | None = None) -> bytes:
    """An Excel workbook with one sheet; ``number_format`` is applied to integer cells."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(list(row))
    if number_format:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, int):
                    cell.number_format = number_format
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf(pages, image_only: bool = False) -> bytes:
    """A PDF with one page per item of ``pages`` (each a list of lines or a string); no text when ``image_only``."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
               b"/Encoding /WinAnsiEncoding >>"]  # fmt: skip
    kids = []
    for page in pages:
        lines = page.splitlines() if isinstance(page, str) else list(page)
        if image_only:
            stream = b"q 0.5 g 72 72 400 600 re f Q"
        else:
            body = [b"BT /F1 11 Tf 14 TL 72 770 Td"]
            for line in lines:
                body.append(_pdf_string(line) + b" Tj T*")
            body.append(b"ET")
            stream = b"\n".join(body)
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents %d 0 R >>" % content)  # fmt: skip
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def encrypted_pdf(pages) -> bytes:
    """The same PDF with a user password (RC4, which pypdf opens without a crypto library)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf(pages))))
    writer.encrypt(user_password="hemmelig", owner_password="ejer", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


A = "http://schemas.openxmlformats.org/drawingml/2006/main"
P = "http://schemas.openxmlformats.org/presentationml/2006/main"


def pptx(slides) -> bytes:
    """A minimal PowerPoint package: one text box per slide (the parts a reader looks at)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"/>')  # fmt: skip
        archive.writestr("ppt/presentation.xml", f'<p:presentation xmlns:p="{P}"/>')
        for number, text in enumerate(slides, start=1):
            archive.writestr(
                f"ppt/slides/slide{number}.xml",
                f'<p:sld xmlns:p="{P}" xmlns:a="{A}"><p:cSld><p:spTree><p:sp><p:txBody>'
                f"<a:p><a:r><a:t>{text}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>",
            )
    return out.getvalue()


def odt(paragraphs) -> bytes:
    """A minimal OpenDocument text: content.xml with one text:p per paragraph."""
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    text_ns = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    body = "".join(f"<text:p>{p}</text:p>" for p in paragraphs)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", f'<office:document-content xmlns:office="{office}" xmlns:text="{text_ns}">'
                         f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")  # fmt: skip
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
    return out.getvalue()
