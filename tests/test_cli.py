"""The command line: one clear line and a non-zero exit on any error, never a traceback."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from scdesk import __version__, cli
from scdesk.store.store import STORE_FILE, Store
from tests import factories


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_installed_command_prints_its_version(tmp_path: Path) -> None:
    command = Path(sys.executable).parent / "scdesk"
    result = subprocess.run(
        [str(command), "--version"], capture_output=True, text=True, check=False, timeout=60
    )
    assert (result.returncode, result.stdout.strip()) == (0, f"scdesk {__version__}")


def test_check_reports_a_fresh_store_as_consistent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(capsys, "--data-dir", str(tmp_path), "check")
    assert code == 0
    assert "integrity:  ok" in out
    assert "(current;" in out
    assert "records:    0" in out


def test_check_counts_records_per_table(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    factories.city(store, "Mardan")
    factories.city(store, "Colombo", "LK")
    code, out, _ = _run(capsys, "--data-dir", str(tmp_path), "check")
    assert code == 0
    assert "records:    2 (0 in the trash)" in out
    assert [line.split() for line in out.splitlines() if line.startswith("  city")] == [
        ["city", "2"]
    ]


def test_check_on_a_damaged_store_says_so_and_names_a_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Store.open(tmp_path / STORE_FILE) as store:
        store.backup("before-merge")
    path = tmp_path / STORE_FILE
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 3] = b"\x00\xff" * 2048
    path.write_bytes(bytes(data))
    code, out, err = _run(capsys, "--data-dir", str(tmp_path), "check")
    assert code == 1
    assert "integrity:  DAMAGED" in out
    assert "To restore: close scdesk, then copy" in out
    assert "Traceback" not in out + err


def test_figures_as_json(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    factories.city(store, "Mardan", joined_on=None)
    code, out, _ = _run(capsys, "--data-dir", str(tmp_path), "figures", "--json", "--outward")
    assert code == 0
    document = json.loads(out)
    assert document["format"] == "scdesk-figures"
    assert document["outward"] is True
    assert document["figures"]["member_cities"]["total"] == 1


def test_figures_as_text_name_cities_and_countries(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    factories.city(store, "Kathmandu", "NP")
    code, out, _ = _run(capsys, "--data-dir", str(tmp_path), "figures", "--country", "Nepal")
    assert code == 0
    assert "Nepal" in out.splitlines()[0]
    assert "by country: Nepal 1" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["figures", "--country", "France"], "France is not a country the network works in."),
        (["figures", "--city", "Atlantis"], "No city called Atlantis is recorded here."),
        (["figures", "--from", "2026-05-01", "--to", "2026-04-01"], "before the start date"),
    ],
)
def test_a_bad_request_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, _out, err = _run(capsys, "--data-dir", str(tmp_path), *args)
    assert code == 1
    assert err.count("\n") == 1
    assert message in err
    assert "Traceback" not in err


def test_an_unexpected_failure_is_one_line_naming_the_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr("scdesk.services.figures.compute_figures", broken)
    code, _, err = _run(capsys, "--data-dir", str(tmp_path), "figures")
    assert code == 2
    assert err.count("\n") == 1
    assert str(tmp_path / "logs" / "scdesk.log") in err
    assert "RuntimeError: a bug" in (tmp_path / "logs" / "scdesk.log").read_text()


def test_the_gui_without_a_screen_says_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    code, _, err = _run(capsys, "--data-dir", str(tmp_path))
    assert code == 1
    assert err.startswith("scdesk: No screen found")
    assert err.count("\n") == 1


def test_a_data_folder_that_cannot_be_written_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, _, err = _run(capsys, "--data-dir", str(blocker / "data"), "check")
    assert code == 1
    assert err.startswith("scdesk: cannot write to the data folder")
    assert err.count("\n") == 1
