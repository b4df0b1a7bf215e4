"""A report asked for as one value: the same file from every door, the reports that fit a record,
the names files are offered under, and nothing written after Cancel."""

import errno
import os
from datetime import date
from pathlib import Path

import pytest

from scdesk.domain.activities import ActivityKind
from scdesk.domain.errors import UserError
from scdesk.domain.meetings import MeetingStatus
from scdesk.domain.progress import CancelledError, Progress
from scdesk.services import reports
from scdesk.services.figures import FigureQuery
from scdesk.services.report_requests import (
    PAGE_OFFERS,
    Offer,
    ReportRequest,
    Subject,
    fits,
    is_sheet_export,
    make_report,
    prepare_report,
    report_file_name,
    save_report,
    slug,
    write_report_file,
)
from scdesk.services.reports import ReportKind
from scdesk.store.store import Store
from tests import factories
from tests.conftest import refused
from tests.pdf_tools import pdf_text


def test_every_kind_the_command_line_knows_is_offered_on_the_reports_page() -> None:
    assert {offer.kind for offer in PAGE_OFFERS} == set(ReportKind)
    assert [o.kind for o in PAGE_OFFERS if is_sheet_export(o.kind)] == [
        ReportKind.XLSX,
        ReportKind.CSV,
    ]


def test_a_cancelled_meeting_offers_no_report_and_a_planned_one_its_sign_in_sheet() -> None:
    minutes = Offer(ReportKind.MINUTES, Subject.MEETING)
    sign_in = Offer(ReportKind.SIGN_IN, Subject.ACTIVITY)
    assert not fits(minutes, MeetingStatus.CANCELLED)
    assert fits(minutes, MeetingStatus.HELD)
    assert not fits(sign_in, MeetingStatus.CANCELLED)
    assert fits(sign_in, MeetingStatus.PLANNED)
    assert fits(Offer(ReportKind.KEY_FIGURES, Subject.PERIOD), MeetingStatus.CANCELLED)


def test_the_minutes_asked_for_as_a_request_are_the_minutes_the_report_service_makes(
    store: Store,
) -> None:
    city = factories.city(store, "Mardan", name_local="مردان")
    committee = factories.committee(store, city, "Mardan Liaison Committee")
    meeting = factories.committee_meeting(store, city, committee, factories.at(2026, 3, 2))
    asked = make_report(store, ReportRequest(ReportKind.MINUTES, meeting_id=meeting))
    assert pdf_text(asked) == pdf_text(reports.minutes_report(store, meeting))

    made = prepare_report(store, ReportRequest(ReportKind.SIGN_IN, meeting_id=meeting))
    assert made.name == "sign-in-mardan-liaison-committee-2026-03-02.pdf"
    assert "Mardan Liaison Committee" in pdf_text(made.data)


def test_a_report_of_nothing_chosen_is_refused_with_what_to_choose(store: Store) -> None:
    refused(store, lambda: make_report(store, ReportRequest(ReportKind.MINUTES)),
            "Choose a meeting.")  # fmt: skip
    refused(store, lambda: make_report(store, ReportRequest(ReportKind.SIGN_IN)),
            "Choose a meeting or a youth activity.")  # fmt: skip
    refused(store, lambda: make_report(store, ReportRequest(ReportKind.CITY_PLAN)),
            "Choose a city.")  # fmt: skip


def test_file_names_keep_each_script_and_drop_what_file_systems_refuse(store: Store) -> None:
    city = factories.city(store, "Trincomalee", "LK", name_local="திருகோணமலை")
    activity = factories.activity(
        store, city, title="கால்பந்து: சிறுவர்/சிறுமியர்?", kind=ActivityKind.SPORTS,
        starts_on=date(2026, 2, 3), ends_on=None, language="ta", status=MeetingStatus.PLANNED,
    )  # fmt: skip
    request = ReportRequest(ReportKind.ACTIVITY, activity_id=activity)
    assert report_file_name(store, request) == "activity-கால்பந்து-சிறுவர்-சிறுமியர்-2026-02-03.pdf"
    figures = FigureQuery(date(2026, 1, 1), date(2026, 6, 30), city_id=city, outward=True)
    assert (
        report_file_name(store, ReportRequest(ReportKind.KEY_FIGURES, figures=figures))
        == "key-figures-trincomalee-2026-01-01-2026-06-30.pdf"
    )
    assert (
        report_file_name(store, ReportRequest(ReportKind.ACTIONS)) == "actions-all-2026-11-25.pdf"
    )
    assert (
        report_file_name(store, ReportRequest(ReportKind.CSV, personal=True))
        == "tables-personal-2026-11-25.zip"
    )


def test_a_long_name_is_cut_between_words() -> None:
    name = slug("Local Prevention Committee of the Municipal Corporation of Greater Mumbai")
    assert name == "local-prevention-committee-of-the-municipal"
    assert slug("???") == "report"


def test_cancel_while_a_report_is_made_writes_no_file(store: Store, tmp_path: Path) -> None:
    progress = Progress()
    steps: list[tuple[int, int]] = []

    def report(done: int, total: int) -> None:
        steps.append((done, total))
        progress.cancel.set()  # the user presses Cancel once the work has started

    progress.report = report
    with pytest.raises(CancelledError):
        save_report(store, ReportRequest(ReportKind.XLSX), tmp_path / "t.xlsx", progress)
    assert steps == [(0, 2)]
    assert not (tmp_path / "t.xlsx").exists()


def test_a_file_that_cannot_be_written_is_refused_with_the_reason(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "report.pdf"
    with pytest.raises(UserError) as caught:
        write_report_file(target, b"%PDF")
    expected = f"report.pdf was not written: the folder {target.parent} does not exist."
    assert str(caught.value) == expected


def test_a_failed_write_leaves_the_old_file_and_no_half_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the report printed last week")

    def full(descriptor: int) -> None:  # the data is written, the disk cannot keep it
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(UserError) as caught:
        write_report_file(target, b"%PDF-1.4 a new report")
    assert str(caught.value) == (
        "report.pdf was not written: there is no room left on the disk. Nothing was kept."
    )
    assert target.read_bytes() == b"the report printed last week"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_a_report_is_never_written_through_a_link_or_over_a_device(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.txt"
    outside.write_bytes(b"not a report")
    folder = tmp_path / "reports"
    folder.mkdir()
    link = folder / "minutes.pdf"
    link.symlink_to(outside)
    pipe = folder / "pipe.pdf"
    os.mkfifo(pipe)
    for target in (link, pipe, folder / "sub"):
        (folder / "sub").mkdir(exist_ok=True)
        with pytest.raises(UserError, match="is not a plain file scdesk may replace"):
            write_report_file(target, b"%PDF-1.4")
    assert outside.read_bytes() == b"not a report"
    assert link.is_symlink()


def test_a_partial_file_left_as_a_link_is_replaced_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.txt"
    outside.write_bytes(b"not a report")
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "minutes.pdf.partial").symlink_to(outside)
    write_report_file(folder / "minutes.pdf", b"%PDF-1.4")
    assert (folder / "minutes.pdf").read_bytes() == b"%PDF-1.4"
    assert outside.read_bytes() == b"not a report"
    assert sorted(p.name for p in folder.iterdir()) == ["minutes.pdf"]
