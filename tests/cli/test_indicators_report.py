"""`scdesk report indicators` on the demo: actual against target by gender and age band, with
the same numbers the service counts, suppressed outward; a country is refused in one line."""

from pathlib import Path

from scdesk.domain.figures import Dimension
from scdesk.domain.labels import label
from scdesk.reports.formats import capital, count
from scdesk.services.indicators import indicator_results
from scdesk.store.store import STORE_FILE, Store
from tests.cli.running import scdesk
from tests.pdf_tools import pdf_text


def _shown(value: int | None) -> str:
    """A count as pdftotext reads it: "<5" without its invisible direction marks."""
    return count(value).replace("\u200e", "")


def _lines(path: Path) -> list[str]:
    return [
        " ".join(line.split()) for line in pdf_text(path.read_bytes(), mode="-layout").split("\n")
    ]


def test_the_indicators_report_on_the_demo_gives_actual_against_target(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert scdesk(folder, "demo").code == 0
    target = tmp_path / "indicators.pdf"

    ran = scdesk(folder, "report", "indicators", "-o", str(target))

    assert ran.code == 0, ran.said
    assert ran.out.startswith(f"indicators written to {target}")
    lines = _lines(target)
    with Store.open(folder / STORE_FILE) as store:
        results = {r.indicator.code: r for r in indicator_results(store, outward=True)}
    people = results["OP1.1"]
    assert people.breakdowns[:2] == (Dimension.GENDER, Dimension.AGE_BAND)
    assert f"OP1.1 · {people.indicator.name}" in lines
    network = people.rows[0]
    assert network.city is None
    assert network.target is not None
    assert any(
        line.endswith(f"All member cities {network.target:,} {_shown(network.actual)} "
                      f"{round(100 * (network.actual or 0) / network.target)}%")
        for line in lines
    ), lines  # fmt: skip
    assert "By gender" in lines
    assert "By age band" in lines
    for dimension in (Dimension.GENDER, Dimension.AGE_BAND):
        cells = " ".join(_shown(v) for v in network.breakdowns[dimension].values())
        assert any(line.endswith(cells) for line in lines), (dimension, cells)
    heads = " ".join(lines)
    assert all(capital(label(key)) in heads for key in network.breakdowns[Dimension.GENDER])
    assert "<5" in heads  # outward by default, as the key figures are
    inward = tmp_path / "inward.pdf"
    assert scdesk(folder, "report", "indicators", "--inward", "-o", str(inward)).code == 0
    assert "<5" not in " ".join(_lines(inward))


def test_the_indicators_report_is_for_a_city_not_a_country(tmp_path: Path) -> None:
    ran = scdesk(tmp_path, "report", "indicators", "--country", "PK", "-o", str(tmp_path / "i.pdf"))
    ran.refused("--city", "--country")
    assert not (tmp_path / "i.pdf").exists()
