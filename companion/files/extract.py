"""Read the text out of a file a user is about to upload: PDF, Office, OpenDocument and plain text.

Libraries, and why:
- **pypdf** for PDF: pure Python (no C build on a municipal Windows PC), kept
  by the py-pdf project, reads page by page (so a page limit and a deadline
  can be checked between pages) and says whether a file is encrypted.
- **openpyxl** for Excel: the reference reader for .xlsx, in read-only
  (streaming) mode; it resolves shared strings, dates and number formats, so
  a CPR number stored as a number (leading zero lost) can be put back.
- **defusedxml** (with the standard library's ``zipfile``) for the XML parts
  of .docx, .pptx and OpenDocument files. Reading every part that holds text
  (comments, footnotes, headers and footers, text boxes, tracked deletions,
  speaker notes) finds more than python-docx or python-pptx expose, avoids
  lxml and Pillow as run-time dependencies, and defusedxml refuses entity
  expansion (billion laughs) and external entities.

Limits: ``MAX_FILE_BYTES`` per file, ``MAX_UNZIPPED_BYTES`` for what a zip
container unpacks to (zip bombs), ``MAX_PAGES`` pages or slides or sheets,
``MAX_TEXT_CHARS`` characters of text, and a deadline checked between pages,
parts and rows. What is cut off by a limit makes the result ``partial``.

Nothing here logs or raises with a file's content or name: an error is one of
the ``STATUSES`` below.
"""

from __future__ import annotations

import io
import logging
import re
import time
import zipfile
from dataclasses import dataclass, field

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
#: A member that unpacks to more than this many times its packed size is a bomb, not a document.
MAX_ZIP_RATIO = 200
MAX_PAGES = 1000
MAX_TEXT_CHARS = 2_000_000

#: ok: all text read; partial: a limit cut it short; no_text: nothing to read (a scan, only
#: images); image: a picture, not read at all; encrypted, corrupt, unsupported, too_large.
STATUSES = ("ok", "partial", "no_text", "image", "encrypted", "corrupt", "unsupported", "too_large")

TEXT_EXTENSIONS = {"txt", "text", "csv", "tsv", "md", "markdown", "json", "xml", "html", "htm", "log", "yaml", "yml",
                   "ini", "eml", "rtf"}  # fmt: skip
IMAGE_EXTENSIONS = {"png", "jpg", "jpeg", "gif", "webp", "bmp", "tif", "tiff", "heic", "svg", "avif"}
WORD = {"docx", "docm", "dotx", "dotm"}
EXCEL = {"xlsx", "xlsm", "xltx", "xltm"}
POWERPOINT = {"pptx", "pptm", "potx", "ppsx"}
OPENDOCUMENT = {"odt", "ods", "odp", "ott", "ots", "otp"}
LEGACY_OFFICE = {"doc", "xls", "ppt"}

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: An encrypted .docx/.xlsx/.pptx is an OLE container with this stream (MS-OFFCRYPTO).
OLE_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")

# pypdf logs structure warnings; they name no content, but keep the companion's log quiet.
logging.getLogger("pypdf").setLevel(logging.ERROR)


@dataclass
class Extracted:
    kind: str  # pdf, word, excel, powerpoint, opendocument, text, image, other
    status: str = "ok"
    text: str = ""
    pages: int = 0  # pages, slides or sheets read
    notes: list[str] = field(default_factory=list)  # which limit made it partial


class _Stop(Exception):
    """A limit was reached: keep what was read so far."""

    def __init__(self, note):
        super().__init__(note)
        self.note = note


class _Collector:
    """Gather text pieces within the character limit and the deadline."""

    def __init__(self, deadline: float):
        self.deadline = deadline
        self.parts: list[str] = []
        self.chars = 0

    def add(self, text: str) -> None:
        if time.monotonic() > self.deadline:
            raise _Stop("time")
        if not text:
            return
        room = MAX_TEXT_CHARS - self.chars
        self.parts.append(text[:room])
        self.chars += min(len(text), room)
        if len(text) > room:
            raise _Stop("chars")

    def text(self) -> str:
        return "\n".join(self.parts)


def kind_of(name: str, data: bytes) -> str:
    """Return what a file is, from its name and its first bytes."""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if data.startswith(b"%PDF-") or extension == "pdf":
        return "pdf"
    for kind, extensions in (("word", WORD), ("excel", EXCEL), ("powerpoint", POWERPOINT),
                             ("opendocument", OPENDOCUMENT), ("legacy", LEGACY_OFFICE),
                             ("image", IMAGE_EXTENSIONS), ("text", TEXT_EXTENSIONS)):  # fmt: skip
        if extension in extensions:
            return kind
    return "other"


def extract(data: bytes, name: str, seconds: float = 5.0) -> Extracted:
    """Return the text of a file, or why it could not be read.

    :param name: the file's name, used for its extension only.
    :param seconds: time allowed for reading; what is not read by then makes the result partial.
    """
    kind = kind_of(name, data)
    result = Extracted(kind)
    if len(data) > MAX_FILE_BYTES:
        result.status = "too_large"
        return result
    if kind == "image":
        result.status = "image"
        return result
    collector = _Collector(time.monotonic() + seconds)
    readers = {"pdf": _read_pdf, "word": _read_word, "excel": _read_excel, "powerpoint": _read_powerpoint,
               "opendocument": _read_opendocument, "text": _read_text, "other": _read_text}  # fmt: skip
    try:
        if kind == "legacy" or (kind in ("word", "excel", "powerpoint") and data.startswith(OLE_MAGIC)):
            result.status = "encrypted" if OLE_ENCRYPTION_INFO in data else "unsupported"
            return result
        readers[kind](data, collector, result)
    except _Stop as stop:
        result.status = "partial"
        result.notes.append(stop.note)
    except _Problem as problem:
        result.status = problem.status
        return result
    except Exception:  # noqa: BLE001 - a broken file may fail in any library; its message may quote content
        result.status = "corrupt"
        return result
    result.text = collector.text()
    if result.status == "ok" and not result.text.strip():
        result.status = "no_text"
    return result


class _Problem(Exception):
    def __init__(self, status):
        super().__init__(status)
        self.status = status


# -- PDF ----------------------------------------------------------------------------------


def _read_pdf(data: bytes, out: _Collector, result: Extracted) -> None:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            # An owner password only (printing or copying restricted) opens with an empty user password.
            try:
                opened = reader.decrypt("")
            except Exception:  # noqa: BLE001 - e.g. AES without a crypto library
                opened = 0
            if not opened:
                raise _Problem("encrypted")
        pages = reader.pages
        count = len(pages)
    except PdfReadError:
        raise _Problem("corrupt") from None
    for number in range(count):
        if number >= MAX_PAGES:
            raise _Stop("pages")
        out.add(pages[number].extract_text() or "")
        result.pages = number + 1


# -- zip containers: Office Open XML and OpenDocument ------------------------------------------------


def _open_zip(data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise _Problem("corrupt") from None
    total = 0
    for info in archive.infolist():
        total += info.file_size
        if info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1024) or total > MAX_UNZIPPED_BYTES:
            raise _Problem("too_large")
    return archive


def _xml(archive: zipfile.ZipFile, name: str):
    from defusedxml.ElementTree import fromstring

    return fromstring(archive.read(name))


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _paragraph_text(root, paragraph: str, texts: set[str], tab: str, line_break: str) -> list[str]:
    """Return one line per paragraph element, joining its text runs, tabs and breaks."""
    lines = []
    for element in root.iter():
        if _local(element.tag) != paragraph:
            continue
        pieces = []
        for node in element.iter():
            local = _local(node.tag)
            if local in texts and node.text:
                pieces.append(node.text)
            elif local == tab:
                pieces.append("\t")
            elif local == line_break:
                pieces.append("\n")
        lines.append("".join(pieces))
    return lines


def _sorted_parts(names, pattern: str) -> list[str]:
    """Parts matching ``pattern`` in natural order (slide2 before slide10)."""
    matching = [n for n in names if re.fullmatch(pattern, n)]
    return sorted(matching, key=lambda n: [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", n)])


def _read_word(data: bytes, out: _Collector, result: Extracted) -> None:
    archive = _open_zip(data)
    names = archive.namelist()
    if "word/document.xml" not in names:
        raise _Problem("corrupt")
    parts = ["word/document.xml",
             *_sorted_parts(names, r"word/(header|footer)\d*\.xml"),
             *[n for n in ("word/footnotes.xml", "word/endnotes.xml", "word/comments.xml") if n in names]]  # fmt: skip
    for part in parts:
        # w:t is text, w:delText a tracked deletion (still in the file), w:instrText a field code.
        lines = _paragraph_text(_xml(archive, part), "p", {"t", "delText"}, "tab", "br")
        out.add("\n".join(lines))
    result.pages = 1


def _read_powerpoint(data: bytes, out: _Collector, result: Extracted) -> None:
    archive = _open_zip(data)
    names = archive.namelist()
    slides = _sorted_parts(names, r"ppt/slides/slide\d+\.xml")
    if not slides and "ppt/presentation.xml" not in names:
        raise _Problem("corrupt")
    for number, slide in enumerate(slides):
        if number >= MAX_PAGES:
            raise _Stop("pages")
        out.add("\n".join(_paragraph_text(_xml(archive, slide), "p", {"t"}, "tab", "br")))
        result.pages = number + 1
    for part in _sorted_parts(names, r"ppt/(notesSlides/notesSlide|comments/comment|comments/modernComment_)\S*\.xml"):
        out.add("\n".join(_paragraph_text(_xml(archive, part), "p", {"t", "text"}, "tab", "br")))


def _read_opendocument(data: bytes, out: _Collector, result: Extracted) -> None:
    archive = _open_zip(data)
    names = archive.namelist()
    if "META-INF/manifest.xml" in names and b"encryption-data" in archive.read("META-INF/manifest.xml"):
        raise _Problem("encrypted")
    if "content.xml" not in names:
        raise _Problem("corrupt")
    for part in ("content.xml", "styles.xml"):  # styles.xml holds headers and footers
        if part not in names:
            continue
        root = _xml(archive, part)
        if part == "content.xml":  # a spreadsheet's sheets are tables; a text document counts as one page
            result.pages = max(1, sum(1 for e in root.iter() if _local(e.tag) == "table"))
        lines = []
        for element in root.iter():
            local = _local(element.tag)
            if local in ("p", "h"):
                lines.append(_odf_text(element))
        out.add("\n".join(lines))


def _odf_text(element) -> str:
    pieces = [element.text or ""]
    for child in element:
        local = _local(child.tag)
        if local == "s":  # text:s, a run of spaces
            pieces.append(" " * int(child.get("{urn:oasis:names:tc:opendocument:xmlns:text:1.0}c", "1")))
        elif local == "tab":
            pieces.append("\t")
        elif local == "line-break":
            pieces.append("\n")
        else:
            pieces.append(_odf_text(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


# -- Excel --------------------------------------------------------------------------------


def _read_excel(data: bytes, out: _Collector, result: Extracted) -> None:
    _open_zip(data)  # the bomb check; openpyxl opens its own
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError):
        raise _Problem("corrupt") from None
    try:
        for number, sheet in enumerate(workbook.worksheets):
            if number >= MAX_PAGES:
                raise _Stop("pages")
            rows = []
            for row in sheet.iter_rows():
                line = "\t".join(_cell_text(cell) for cell in row).rstrip("\t")
                if line:
                    rows.append(line)
                if len(rows) >= 1000:
                    out.add("\n".join(rows))
                    rows = []
            out.add("\n".join(rows))
            result.pages = number + 1
    finally:
        workbook.close()


def _cell_text(cell) -> str:
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int) and 10**8 <= value < 10**10:
        # A CPR number typed into a number cell loses its leading zero; a format such as
        # 000000-0000 shows it with the dash. Put back what the user sees.
        digits = f"{value:010d}"
        fmt = getattr(cell, "number_format", "") or ""
        return f"{digits[:6]}-{digits[6:]}" if "-" in fmt else digits
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


# -- plain text ---------------------------------------------------------------------------


def _read_text(data: bytes, out: _Collector, result: Extracted) -> None:
    result.pages = 1
    out.add(decode_text(data))


def decode_text(data: bytes) -> str:
    """Decode a text file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
