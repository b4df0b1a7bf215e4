# ruff: noqa: RUF001 - Urdu sentences end with the Arabic full stop, which ruff finds ambiguous
"""Minutes whose records mix scripts, printed in every language and read back with their words'
positions: Urdu reads from the right in any report, with its numbers and English names in their
places, and every script is drawn."""

import pytest

from scdesk.domain.meetings import AgendaItemInput, AttendanceInput, AttendanceRole, MeetingId
from scdesk.services import reports
from scdesk.store.store import Store
from tests import factories
from tests.pdf_tools import PdfWord, pdf_text, pdf_words

LANGUAGES = ("en", "ur", "hi", "ne", "bn", "ta", "si")
#: "In the meeting of 12 March, 25 members heard Farzana Mirza's report on the 2026 budget and
#: approved 3 proposals."
URDU_SUMMARY = (
    "12 مارچ کے اجلاس میں 25 ارکان نے Farzana Mirza کی رپورٹ سنی "
    "اور بجٹ 2026 کی 3 تجاویز منظور کیں۔"
)
#: A long Urdu paragraph: the youth programme and what the committee asked of the city.
URDU_DISCUSSION = (
    "نوجوانوں کے کھیلوں کے پروگرام میں تین محلوں کے لڑکے اور لڑکیاں باقاعدگی سے شریک ہوتے ہیں۔ "
    "کمیٹی نے شہر سے درخواست کی کہ میدان کی مرمت جلد مکمل کی جائے اور کوچ کے لیے مزید وسائل "
    "فراہم کیے جائیں، تاکہ آئندہ تین مہینوں میں پروگرام دوسرے اسکولوں تک بھی پہنچ سکے۔ "
    "ارکان نے والدین کی رضامندی کے فارم اور تصاویر کے بارے میں قواعد پر بھی بات کی۔"
)
SINHALA_ITEM = "ක්‍රීඩා වැඩසටහනේ ප්‍රගතිය"  # progress of the sports programme
TAMIL_ITEM = "இளைஞர் விளையாட்டுத் திட்டத்தின் முன்னேற்றம்"  # progress of the youth programme
HINDI_DECISION = "कोच से Sports Club। के लिए नई योजना माँगी गई।"  # a plan was asked of the club


@pytest.fixture
def meeting(store: Store) -> MeetingId:
    city = factories.city(store, "Colombo", "LK")
    committee = factories.committee(store, city)
    chair = factories.person(store, name="Farzana Mirza", city_id=city)
    found = factories.committee_meeting(
        store, city, committee, factories.at(2026, 3, 12), venue="Colombo", summary=URDU_SUMMARY
    )
    factories.attend(store, found, [AttendanceInput(chair, role=AttendanceRole.CHAIR)], [], None)
    for item in (
        AgendaItemInput("بجٹ کی منظوری", discussion=URDU_DISCUSSION, presenter_id=chair),
        AgendaItemInput(SINHALA_ITEM, discussion="ළමයින් 40 ක් සහභාගී විය."),
        AgendaItemInput(TAMIL_ITEM, decisions="பயிற்சி 3 மாதங்கள் தொடரும்."),
        AgendaItemInput("Sports Club", decisions=HINDI_DECISION),
    ):
        factories.add_agenda_item(store, found, item)
    return found


def _line_of(words: list[PdfWord], first: PdfWord) -> list[PdfWord]:
    return [w for w in words if w.page == first.page and abs(w.top - first.top) < 3]


def test_the_urdu_summary_reads_from_the_right_in_english_minutes(
    store: Store, meeting: MeetingId
) -> None:
    words = pdf_words(reports.minutes_report(store, meeting, language="en"))
    start = next(w for w in words if w.read == "اجلاس")
    line = _line_of(words, start)
    at = {w.read: w for w in line}
    tokens = URDU_SUMMARY.split()
    read = [t for t in tokens if tokens.count(t) == 1 and t not in ("Farzana", "Mirza")]
    assert set(read) <= set(at)  # the whole sentence is on this line
    lefts = [at[t].left for t in read]
    assert lefts == sorted(lefts, reverse=True)  # each word read stands left of the one before
    name, surname = at["Farzana"], at["Mirza"]
    assert name.right < surname.left  # the English name keeps its own order
    assert at["نے"].left > surname.right  # after "members", before "of the report"
    assert name.left > at["رپورٹ"].right
    assert at["12"].right > at["مارچ"].right  # the date starts the sentence at the right
    assert at["2026"].left < at["بجٹ"].left  # "budget 2026", read from the right


def test_a_long_urdu_paragraph_wraps_in_reading_order_from_the_right(
    store: Store, meeting: MeetingId
) -> None:
    words = pdf_words(reports.minutes_report(store, meeting, language="en"))
    first = next(w for w in words if w.read == "نوجوانوں")
    last = next(w for w in words if w.read == "کی۔" and w.top > first.top + 20)
    assert last.page == first.page
    tops = sorted({round(w.top) for w in words if first.top <= w.top <= last.top})
    assert len(tops) >= 3
    lines = [[w for w in words if w.page == first.page and round(w.top) == top] for top in tops]
    assert first.right == max(w.right for w in lines[0])  # the paragraph starts at the right
    rights = [max(w.right for w in line) for line in lines]
    assert max(rights) - min(rights) < 1  # every line is set from the right margin
    assert min(w.left for w in lines[-1]) > min(w.left for w in lines[0]) + 20  # ends short


@pytest.mark.parametrize("language", LANGUAGES)
def test_minutes_in_every_language_print_every_script(
    store: Store, meeting: MeetingId, language: str
) -> None:
    data = reports.minutes_report(store, meeting, language=language)
    # In the drawing order: on an Urdu page pdftotext's reading order moves a Tamil word's
    # final virama to the start of its line.
    drawn = pdf_text(data, mode="-raw")
    for words in ("Farzana Mirza", SINHALA_ITEM, TAMIL_ITEM, "Sports Club।"):
        assert words in drawn
    assert "بجٹ کی منظوری" in pdf_text(data).replace("\u202b", "").replace("\u202c", "")
