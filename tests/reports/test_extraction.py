"""The text a PDF gives to search, copy and extraction does not depend on what the program drew
before it. A glyph without a character of its own (a joined Urdu letter) is given a private code,
once per process; the width the PDF gives that code is the glyph's own, not that of whichever
word met it first, or the words a reader finds would change with the reports made before."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.demo_stores import make_demo_template
from tests.pdf_tools import pdf_text

_REPORTS = """
import sys
from datetime import date
from pathlib import Path
from sqlalchemy import select
from scdesk.services import reports
from scdesk.services.figures import FigureQuery
from scdesk.store.models import Meeting
from scdesk.store.store import Store

with Store.open(Path(sys.argv[1])) as store:
    if sys.argv[2:] == ["minutes first"]:
        with store.read() as session:
            meeting = session.scalars(select(Meeting.id).order_by(Meeting.id).limit(1)).one()
        reports.minutes_report(store, meeting, language="ur")
    query = FigureQuery(date(2026, 1, 1), date(2026, 10, 31), outward=True)
    sys.stdout.buffer.write(reports.key_figures_report(store, query, language="ur"))
"""


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_template(tmp_path_factory.mktemp("demo"))


def _key_figures_in_urdu(store: Path, *before: str) -> str:
    ran = subprocess.run(
        [sys.executable, "-c", _REPORTS, str(store), *before],
        capture_output=True, check=True, timeout=300,
    )  # fmt: skip
    return pdf_text(ran.stdout)


def test_the_urdu_key_figures_read_the_same_after_the_urdu_minutes(demo: Path) -> None:
    assert _key_figures_in_urdu(demo, "minutes first") == _key_figures_in_urdu(demo)
