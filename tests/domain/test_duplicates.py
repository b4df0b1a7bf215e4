"""Names compared across scripts and spellings, and the scores and reasons a pair of people gets."""

from uuid import UUID

import pytest

from scdesk.domain.duplicates import (
    DEFAULT_MIN_SCORE,
    DuplicateKind,
    PersonFacts,
    ReasonCode,
    candidate,
    name_reason,
    person_ceiling,
    person_reasons,
)
from scdesk.domain.name_keys import compare_names, spell
from scdesk.domain.people import AgeBand, Gender

#: One name as two officers wrote it: in the local script on one laptop, in Latin letters or
#: another spelling on the other.
SAME_NAME = [
    ("Ayesha Khan", "عائشہ خان"),  # Urdu
    ("Imran Khan", "عمران خان"),
    ("Usman Ghani", "عثمان غنی"),
    ("Ali Raza", "علی رضا"),
    ("Mehwish Yousafzai", "مہوش یوسفزئی"),
    ("Naveed Khattak", "نوید خٹک"),
    ("Zafar Iqbal", "ظفر اقبال"),
    ("Sana Qureshi", "ثنا قریشی"),
    ("Laxmi Thapa", "लक्ष्मी थापा"),  # Nepali, Devanagari
    ("Bikash Gurung", "विकास गुरुङ"),
    ("Shabnam Ansari", "शबनम अंसारी"),  # Hindi, Devanagari
    ("Farah D'Souza", "फ़राह डिसूज़ा"),
    ("Rahul Yadav", "राहुल यादव"),
    ("Rafiq Hossain", "রফিক হোসেন"),  # Bengali
    ("Tanvir Chowdhury", "তানভীর চৌধুরী"),
    ("Rupa Barua", "রূপা বড়ুয়া"),
    ("Suresh Sivalingam", "சுரேஷ் சிவலிங்கம்"),  # Tamil
    ("Niroshan Thambirajah", "நிரோஷன் தம்பிராஜா"),
    ("Nuwan Perera", "නුවන් පෙරේරා"),  # Sinhala
    ("Chathurika Dissanayake", "චතුරිකා දිසානායක"),
    ("Sanduni Jayasinghe", "සඳුනි ජයසිංහ"),
    ("Laxmi Shrestha", "Lakshmi Shrestha"),  # Latin spellings
    ("Ayesha Khan", "Aisha Khan"),
    ("Muhammad Usman", "Mohammad Usman"),
    ("Md Rafiq Hossain", "Mohammed Rafiq Hossain"),
    ("Dr. Nadia Malik", "Nadia Malik"),
    ("Himayat Ullah", "Himayatullah"),
    ("Khadija Bibi", "خدیجہ بی بی"),
    ("Abdul Rahman", "Abdur Rahman"),
    ("Mohd Asif", "Muhammad Asif"),
    ("Ali Chaudhry", "Ali Chowdhury"),
    ("Imran Hussain", "Imran Hossain"),
    ("Atiq Rehman", "Atiq Rahman"),
    ("Sheikh Rashid", "Shaikh Rashid"),
    ("Mohammed Rafiq", "মোহাম্মদ রফিক"),
    ("Kavitha Selvarajah", "கவிதா செல்வராஜா"),
    ("Ishara Bandara", "ඉෂාරා බණ්ඩාර"),
]

#: Different people whose names look alike: one word differs.
DIFFERENT_NAMES = [
    ("Ali Khan", "Ali Hassan"),
    ("Imran Khan", "Imran Qureshi"),
    ("Imran Khan", "عمران قریشی"),
    ("Sita Thapa", "Gita Thapa"),
    ("Rahul Sharma", "Rahul Verma"),
    ("राहुल शर्मा", "Rahul Verma"),
    ("Anil Thapa", "Anita Thapa"),
    ("Sana Khan", "Hina Khan"),
    ("Shahid Khan", "Shah Khan"),
    ("Nadia Malik", "Nadeem Malik"),
    ("Asad Afridi", "شاہد آفریدی"),
    ("Kasun Perera", "Nuwan Perera"),
    ("Rumana Rahman", "রুমানা হোসেন"),
    ("নাসরিন রহমান", "শিরিন রহমান"),  # Bengali: Nasrin, Shirin
    ("सीता थापा", "गीता थापा"),  # Nepali: Sita, Gita
    ("Sunita Verma", "सुनीता शर्मा"),
    ("Kumaran Sivalingam", "ராஜன் சிவலிங்கம்"),  # Tamil: Kumaran, Rajan
    ("Kavitha Nadarajah", "கவிதா செல்வராஜா"),
    ("නුවන් පෙරේරා", "රුවන් පෙරේරා"),  # Sinhala: Nuwan, Ruwan
    ("Chaminda Perera", "චමින්ද සිල්වා"),
]


@pytest.mark.parametrize(("first", "second"), SAME_NAME)
def test_one_name_in_two_scripts_or_spellings_reads_the_same(first: str, second: str) -> None:
    a, b = spell(first), spell(second)
    assert compare_names(a, b).same
    assert a.keys() & b.keys(), "the two would never be compared"


@pytest.mark.parametrize(("first", "second"), DIFFERENT_NAMES)
def test_names_differing_in_a_word_are_not_one_name(first: str, second: str) -> None:
    a, b = (spell(first), spell(second))
    assert name_reason((first, second), (a, b), compare_names(a, b)) is None


def test_a_name_in_two_scripts_is_explained_with_both_scripts() -> None:
    texts = ("Ayesha Khan", "عائشہ خان")
    a, b = spell(texts[0]), spell(texts[1])
    reason = name_reason(texts, (a, b), compare_names(a, b))
    assert reason is not None
    assert reason.code is ReasonCode.SAME_NAME_OTHER_SCRIPT
    assert reason.words == "same name in Urdu and Latin script"


def test_a_city_numbered_again_is_another_city() -> None:
    a, b = spell("Mardan 2"), spell("مردان 22")
    assert name_reason(("Mardan 2", "مردان 22"), (a, b), compare_names(a, b)) is None


def _person(name: str, **facts: object) -> PersonFacts:
    values: dict[str, object] = {
        "id": UUID(int=len(name)),
        "name": name,
        "gender": Gender.FEMALE,
        "city_id": UUID(int=7),
        "organisation_id": None,
        "birth_year": None,
        "age_band": None,
        "phone": None,
        "email": None,
        "community": None,
    }
    return PersonFacts(**(values | facts))  # type: ignore[arg-type]


def _score(a: PersonFacts, b: PersonFacts) -> tuple[int, list[ReasonCode]]:
    spellings = (spell(a.name), spell(b.name))
    said = name_reason((a.name, b.name), spellings, compare_names(*spellings), first_names=True)
    assert said is not None
    pair = candidate(
        DuplicateKind.PERSON,
        (UUID(int=2), a.name),
        (UUID(int=1), b.name),
        [said, *person_reasons(a, b, 2026)],
    )
    assert (pair.first_id, pair.second_id) == (UUID(int=1), UUID(int=2))  # smaller id first
    return pair.score, [reason.code for reason in pair.reasons]


def test_same_name_in_urdu_and_latin_with_the_same_birth_year_and_city_is_probable() -> None:
    score, codes = _score(
        _person("Ayesha Khan", birth_year=1990), _person("عائشہ خان", birth_year=1990)
    )
    assert score >= 75
    assert codes == [
        ReasonCode.SAME_NAME_OTHER_SCRIPT,
        ReasonCode.SAME_BIRTH_YEAR,
        ReasonCode.SAME_CITY,
    ]


def test_same_name_and_city_but_birth_years_far_apart_are_two_people() -> None:
    score, codes = _score(
        _person("Ayesha Khan", birth_year=1990), _person("Ayesha Khan", birth_year=2004)
    )
    assert score < DEFAULT_MIN_SCORE
    assert ReasonCode.DIFFERENT_BIRTH_YEAR in codes


@pytest.mark.parametrize(
    ("clash", "code"),
    [
        ({"phone": ("+92 300 1234567", "0301-7654321")}, ReasonCode.DIFFERENT_PHONE),
        ({"gender": (Gender.FEMALE, Gender.MALE)}, ReasonCode.DIFFERENT_GENDER),
        ({"age_band": (AgeBand.FROM_18, AgeBand.FROM_50)}, ReasonCode.DIFFERENT_AGE_BAND),
        ({"birth_year": (1990, None), "age_band": (None, AgeBand.FROM_65)}, ReasonCode.AGE_CLASH),
    ],
)
def test_a_clash_outweighs_a_shared_name_and_city(
    clash: dict[str, tuple[object, object]], code: ReasonCode
) -> None:
    first = {field: values[0] for field, values in clash.items()}
    second = {field: values[1] for field, values in clash.items()}
    score, codes = _score(_person("Bilal Afridi", **first), _person("بلال آفریدی", **second))
    assert score < DEFAULT_MIN_SCORE
    assert code in codes


def test_one_phone_number_written_two_ways_agrees() -> None:
    score, codes = _score(
        _person("Laxmi Thapa", phone="+977 98 41234567", age_band=AgeBand.FROM_35),
        _person("Lakshmi Thapa", phone="098-41234567", birth_year=1985),
    )
    assert ReasonCode.SAME_PHONE in codes
    assert ReasonCode.AGE_FITS in codes
    assert score >= 75


def test_children_known_by_first_name_only_are_not_suggested_on_that_alone() -> None:
    child = {"age_band": AgeBand.UNDER_15, "community": "Gulbahar"}
    score, codes = _score(_person("Hina", **child), _person("حنا", **child))
    assert codes[0] is ReasonCode.FIRST_NAME_ONLY
    assert score < DEFAULT_MIN_SCORE


def test_the_ceiling_is_what_a_pair_agreeing_in_everything_gets() -> None:
    """Pairs under the threshold by name and ceiling are skipped, so it must never be lower."""
    facts = {
        "birth_year": 1990,
        "phone": "0300 1234567",
        "email": "a.khan@example.org",
        "organisation_id": UUID(int=9),
        "community": "Gulbahar",
    }
    a, b = _person("Ayesha Khan", **facts), _person("عائشہ خان", **facts)
    assert sum(r.points for r in person_reasons(a, b, 2026)) == person_ceiling(a, b) == 110
    banded = _person("Ayesha Khan", age_band=AgeBand.FROM_35)
    assert sum(r.points for r in person_reasons(banded, a, 2026)) == 5 + 15
    assert person_ceiling(banded, a) == 5 + 15
