"""Reading a PDF the way a user's viewer would, with poppler's tools (poppler-utils)."""

import html
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class PdfFont:
    name: str
    embedded: bool
    subset: bool


def _run(tool: str, data: bytes, *args: str) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.pdf"
        path.write_bytes(data)
        result = subprocess.run(
            [tool, *args, str(path), *(["-"] if tool == "pdftotext" else [])],
            capture_output=True,
            check=True,
            timeout=60,
        )
    return result.stdout.decode("utf-8")


def pdf_text(data: bytes, *, mode: str = "") -> str:
    """The text as pdftotext reads it (shaped words through their ActualText); mode "-raw" keeps
    the order the page draws it in (a rotated watermark stays one word), "-layout" keeps a
    table's rows on their lines. The left-to-right marks around "<5" are invisible and left out."""
    text = _run("pdftotext", data, "-enc", "UTF-8", *([mode] if mode else []))
    return text.replace("\u200e", "")


def pdf_fonts(data: bytes) -> list[PdfFont]:
    lines = _run("pdffonts", data).splitlines()[2:]
    fonts = []
    for line in lines:
        parts = line.split()
        # name type encoding emb sub uni object ID; the type may be two words ("Type 1")
        fonts.append(PdfFont(parts[0], parts[-5] == "yes", parts[-4] == "yes"))
    return fonts


def pdf_info(data: bytes) -> dict[str, str]:
    info = {}
    for line in _run("pdfinfo", data).splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def pdf_pages(data: bytes) -> int:
    return int(pdf_info(data)["Pages"])


@dataclass(frozen=True, slots=True)
class PdfWord:
    """A word as `pdftotext -bbox` places it: its page (from 1) and box, in points from the
    page's top left corner."""

    text: str
    page: int
    left: float
    top: float
    right: float
    bottom: float

    @property
    def read(self) -> str:
        """The word as read: -bbox gives an Arabic-script word's letters in the order they
        stand on the page, from the left."""
        return self.text[::-1] if _RIGHT_TO_LEFT.search(self.text) else self.text


_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def pdf_words(data: bytes) -> list[PdfWord]:
    """Every word with its position, page by page in the order pdftotext reads them."""
    words = []
    for page, part in enumerate(_run("pdftotext", data, "-bbox", "-enc", "UTF-8").split("<page ")):
        for left, top, right, bottom, text in _WORD.findall(part):
            shown = html.unescape(text).replace("\u200e", "")
            words.append(PdfWord(shown, page, float(left), float(top), float(right), float(bottom)))
    return words


def pdf_page_lines(data: bytes) -> list[list[str]]:
    """Each page's non-empty lines, top to bottom, as pdftotext -layout sets them."""
    pages = pdf_text(data, mode="-layout").split("\f")
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in pages if page]
