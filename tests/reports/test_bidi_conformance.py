"""The reports' bidi code against the Unicode consortium's conformance cases (UAX #9).

Every case of BidiCharacterTest.txt (version 15.0.0) is one paragraph set as one line: the
paragraph level (given, or by rules P2 and P3), every character's level after rule L1, and the
visual order by rule L2 must be the file's. No case is left out: the characters rule X9 removes
carry no level in the file ("x") and none in the visual order, and are compared as such.
"""

import lzma
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from scdesk.reports.direction import (
    Direction,
    base_direction,
    embedding_levels,
    line_levels,
    visual_order,
)

CASES = Path(__file__).parent.parent / "data" / "BidiCharacterTest-15.0.0.txt.xz"


@dataclass(frozen=True, slots=True)
class Case:
    line: int
    text: str
    direction: int  # 0 left to right, 1 right to left, 2 by the first strong character
    level: int
    levels: list[int | None]  # None: removed by rule X9
    order: list[int]


@cache
def _cases() -> list[Case]:
    found = []
    with lzma.open(CASES, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if line.startswith("#") or not line.strip():
                continue
            points, direction, level, levels, order = line.strip().split(";")
            found.append(
                Case(
                    number,
                    "".join(chr(int(point, 16)) for point in points.split()),
                    int(direction),
                    int(level),
                    [None if lvl == "x" else int(lvl) for lvl in levels.split()],
                    [int(index) for index in order.split()],
                )
            )
    return found


def _result(case: Case) -> tuple[int, list[int | None], list[int]]:
    base = base_direction(case.text) if case.direction == 2 else Direction(case.direction)
    levels = line_levels(case.text, embedding_levels(case.text, base), base)
    kept = [index for index, lvl in enumerate(case.levels) if lvl is not None]
    order = [kept[i] for i in visual_order([levels[index] for index in kept])]
    shown = [None if want is None else got for got, want in zip(levels, case.levels, strict=True)]
    return int(base), shown, order


def test_every_conformance_case_gets_the_unicode_levels_and_order() -> None:
    cases = _cases()
    assert len(cases) == 91707  # the whole file was read
    wrong = [case.line for case in cases if _result(case) != (case.level, case.levels, case.order)]
    assert wrong == []


def test_the_cases_cover_the_paragraph_directions_and_isolates_scdesk_uses() -> None:
    cases = _cases()
    assert {case.direction for case in cases} == {0, 1, 2}
    assert any("\u2068" in case.text and "\u2069" in case.text for case in cases)
