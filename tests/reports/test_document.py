"""The page layout every report shares: headings stay with what follows them."""

from datetime import date

from scdesk.reports.document import PageSetup, Report
from tests.pdf_tools import pdf_page_lines


def test_a_heading_before_a_kept_block_taller_than_a_page_starts_it_on_the_same_page() -> None:
    report = Report("en", PageSetup(), "Key figures", date(2026, 5, 1))
    report.paragraph("\n".join(f"Opening line {n}." for n in range(1, 40)))
    report.heading("How each figure was counted")
    lines = [report.block(f"Rule {n}.", report.style()) for n in range(1, 90)]
    report.keep(lines)
    pages = pdf_page_lines(report.pdf())
    heading = next(n for n, page in enumerate(pages) if "How each figure was counted" in page)
    page = pages[heading]
    assert page[page.index("How each figure was counted") + 1] == "Rule 1."
