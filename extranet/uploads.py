"""Checks on a file a member shares in a workspace, before anything is stored.

The real type is read from the content, never trusted from the name or the browser: binaries by
their signature (the `filetype` package), office documents by the members of their zip archive
(which also tells a .docx from an .xlsx or an .odt, and finds macros), text by decoding it and
making sure it is not a web page or script in disguise. The name's extension must agree with
what the content is. Web pages, SVG pictures, scripts, executables, macro-enabled documents and
plain zip archives are refused: a browser or office program could run them.

The kinds accepted are settings.WORKSPACE_FILE_TYPES (extensions from KINDS) and the size limit
settings.WORKSPACE_FILE_MAX_MB."""

import codecs
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

import filetype

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.formats import number_format
from django.utils.translation import gettext as _

MAX_NAME_LENGTH = 150
SNIFF_BYTES = 8192


@dataclass(frozen=True)
class Kind:
    extensions: tuple
    content_type: str


OOXML = "application/vnd.openxmlformats-officedocument."
ODF = "application/vnd.oasis.opendocument."
KINDS = {
    "pdf": Kind(("pdf",), "application/pdf"),
    "docx": Kind(("docx",), OOXML + "wordprocessingml.document"),
    "xlsx": Kind(("xlsx",), OOXML + "spreadsheetml.sheet"),
    "pptx": Kind(("pptx",), OOXML + "presentationml.presentation"),
    "odt": Kind(("odt",), ODF + "text"),
    "ods": Kind(("ods",), ODF + "spreadsheet"),
    "odp": Kind(("odp",), ODF + "presentation"),
    "txt": Kind(("txt",), "text/plain"),
    "csv": Kind(("csv",), "text/csv"),
    "png": Kind(("png",), "image/png"),
    "jpg": Kind(("jpg", "jpeg"), "image/jpeg"),
    "gif": Kind(("gif",), "image/gif"),
    "webp": Kind(("webp",), "image/webp"),
}
# The main part of each OOXML document: tells a Word file from a spreadsheet or a presentation.
OOXML_PARTS = {
    "word/document.xml": "docx",
    "xl/workbook.xml": "xlsx",
    "ppt/presentation.xml": "pptx",
}
ODF_TYPES = {KINDS[name].content_type: name for name in ("odt", "ods", "odp")}
TEXT_KINDS = {"txt", "csv"}
BINARY_KINDS = {"pdf", "png", "jpg", "gif", "webp"}

# Markup a browser could render or run, looked for at the start of a text file.
ACTIVE_TEXT = re.compile(
    rb"^\s*(<\?xml|<!doctype|<!--|#!)|</?(html|head|body|script|svg|iframe|frame|frameset|"
    rb"object|embed|applet|meta|link|style|title|img|a|div|table|form|base|template|math)[\s>/]",
    re.IGNORECASE,
)
ACTIVE_TEXT_BYTES = 4096
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def allowed_kinds():
    return [name for name in settings.WORKSPACE_FILE_TYPES if name in KINDS]


def allowed_list():
    """The accepted kinds for messages: ".pdf, .docx, …"."""
    return ", ".join(f".{name}" for name in allowed_kinds())


def accept_attribute():
    """For <input type=file accept=…>: a hint to the browser's file picker, nothing more."""
    return ",".join(f".{ext}" for name in allowed_kinds() for ext in KINDS[name].extensions)


def max_bytes():
    return settings.WORKSPACE_FILE_MAX_MB * 1024 * 1024


def clean_name(name):
    """The file's own name, safe to store and to send back: no folders (`../../etc/passwd.pdf`,
    `C:\\x\\y.pdf` become `passwd.pdf`, `y.pdf`), no control or invisible direction characters,
    no leading dots, at most MAX_NAME_LENGTH characters with the extension kept."""
    name = unicodedata.normalize("NFC", str(name or ""))
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if unicodedata.category(c) not in ("Cc", "Cf"))
    name = CONTROL.sub("", name).strip().lstrip(".").strip()
    if len(name) > MAX_NAME_LENGTH:
        path = PurePosixPath(name)
        suffix = path.suffix[:16]
        name = path.stem[: MAX_NAME_LENGTH - len(suffix)].rstrip() + suffix
    return name or "file"


def extension_of(name):
    return PurePosixPath(name).suffix.lower().lstrip(".")


def _head(upload, size=SNIFF_BYTES):
    upload.seek(0)
    head = upload.read(size)
    upload.seek(0)
    return head


def _zip_kind(upload):
    """ "docx", "xlsx", "pptx", "odt", "ods" or "odp" for a real office document; "macros" if it
    carries macros; "zip" for any other archive; None if it isn't a readable zip."""
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            lowered = {name.lower() for name in names}
            if any(name.endswith("vbaproject.bin") for name in lowered) or any(
                name.startswith(("basic/", "scripts/")) for name in lowered
            ):
                return "macros"
            if "[Content_Types].xml" in names:
                for part, kind in OOXML_PARTS.items():
                    if part in names:
                        return kind
            if "mimetype" in names:
                with archive.open("mimetype") as member:
                    declared = member.read(100).decode("ascii", "replace").strip()
                if declared in ODF_TYPES:
                    return ODF_TYPES[declared]
            return "zip"
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, NotImplementedError):
        return None
    finally:
        upload.seek(0)


def _decodes_as_text(upload):
    """Whether the whole file is text in UTF-8 (with or without a BOM), UTF-16 with a BOM, or
    Windows-1252, without NUL bytes; read in chunks, never all at once."""
    head = _head(upload, 4)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8-sig", "cp1252"]
    for encoding in encodings:
        decoder = codecs.getincrementaldecoder(encoding)()
        upload.seek(0)
        try:
            for chunk in upload.chunks():
                if encoding != "utf-16" and b"\x00" in chunk:
                    return False
                text = decoder.decode(chunk)
                if "\x00" in text:
                    return False
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        finally:
            upload.seek(0)
        return True
    return False


def _looks_active(upload):
    """Markup or a script at the start of a 'text' file: a browser might render or run it."""
    head = _head(upload, ACTIVE_TEXT_BYTES)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", "ignore").encode("utf-8")
    return bool(ACTIVE_TEXT.search(head.removeprefix(codecs.BOM_UTF8)))


def detect(upload):
    """What the content really is: a KINDS key, or "active" (a web page, SVG or script),
    "macros", "other" (anything else: executables, archives, unknown binaries)."""
    head = _head(upload)
    guess = filetype.guess(head)
    if guess is not None:
        extension = guess.extension
        if extension in ("zip", "docx", "xlsx", "pptx", "odt", "ods", "odp", "epub"):
            return _zip_kind(upload) or "other"
        if extension == "jpeg":
            extension = "jpg"
        return extension if extension in BINARY_KINDS else "other"
    archive_kind = _zip_kind(upload)  # a zip whose signature lies beyond the first bytes
    if archive_kind is not None:
        return archive_kind
    if not _decodes_as_text(upload):
        return "other"
    if _looks_active(upload):
        return "active"
    return "text"


def _mb(size):
    return number_format(round(size / (1024 * 1024), 1), 1)


def check(upload):
    """Check `upload` (an UploadedFile) and return (clean name, content type). Raises
    ValidationError with a message naming the file and the reason, in the member's language."""
    name = clean_name(upload.name)
    extension = extension_of(name)
    allowed = allowed_kinds()
    facts = {"name": name, "types": allowed_list()}
    if upload.size == 0:
        raise ValidationError(_("“%(name)s” is empty.") % facts, code="empty")
    if upload.size > max_bytes():
        raise ValidationError(
            _("“%(name)s” is too large (%(size)s MB). The limit is %(limit)s MB.")
            % {**facts, "size": _mb(upload.size), "limit": settings.WORKSPACE_FILE_MAX_MB},
            code="too_large",
        )
    claimed = next(
        (kind for kind in allowed if extension in KINDS[kind].extensions),
        None,
    )
    if claimed is None:
        raise ValidationError(
            _("“%(name)s” is not a type of file that can be shared here. Allowed types: %(types)s.")
            % facts,
            code="type_not_allowed",
        )
    found = detect(upload)
    if found == "active":
        raise ValidationError(
            _(
                "“%(name)s” contains web page code or a script, which can't be shared here for "
                "safety. Allowed types: %(types)s."
            )
            % facts,
            code="active_content",
        )
    if found == "macros":
        raise ValidationError(
            _(
                "“%(name)s” contains macros, which can't be shared here for safety. Save it "
                "without macros and try again."
            )
            % facts,
            code="macros",
        )
    if found == "text" and claimed in TEXT_KINDS:
        found = claimed
    if found != claimed:
        raise ValidationError(
            _(
                "The content of “%(name)s” is not what its name says (.%(extension)s). Only "
                "real files of these types can be shared: %(types)s."
            )
            % {**facts, "extension": extension},
            code="type_mismatch",
        )
    return name, KINDS[claimed].content_type
