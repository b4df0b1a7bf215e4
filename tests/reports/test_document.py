"""The page layout every report shares: headings stay with what follows them."""

from datetime import date

from scdesk.reports.document import Column, PageSetup, Report
from scdesk.reports.text import Align
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


def test_a_column_heading_stays_on_one_line_when_the_other_columns_leave_it_room() -> None:
    report = Report("en", PageSetup(), "Key figures", date(2026, 5, 1))
    columns = [Column("Age band", 3), Column("Youth reached (under 25)", 1.6, Align.END)]
    rows = [["Under 15", "hidden"], ["15 to 17", "28"], ["Total", "52"]]
    report.add(report.grid(columns, rows, width=report.width / 2 - 12))

    lines = [" ".join(line.split()) for line in pdf_page_lines(report.pdf())[0]]
    assert "Age band Youth reached (under 25)" in lines
