"""The highlights of the key figures report, written from the figures as plain sentences.

Every count in them takes its language's singular or plural ("1 city", "14 events"); a sentence
where several counts meet is made of plural phrases, each translated on its own. A suppressed
count reads "<5" and takes the plural form.
"""

from collections.abc import Callable, Mapping

from scdesk.domain.figures import YOUTH_ACTIVITY, Dimension, FigureKey, KeyFigures
from scdesk.domain.meetings import MeetingKind
from scdesk.i18n import translate
from scdesk.reports.formats import count

Phrase = Callable[[int], str]


def counted(phrase: Phrase, value: int | None) -> str:
    """A count in its phrase, with thousands separated; a suppressed count as "<5", in the
    plural form (fewer than five may still be one)."""
    if value is None:
        return phrase(_STAND_IN).replace(str(_STAND_IN), count(None))
    return phrase(value).replace(str(value), count(value), 1)


#: A count that no sentence holds otherwise and that takes the plural form in every language:
#: the phrase of a suppressed count is made with it, then it is replaced by "<5" (a digit of the
#: threshold could also stand in the sentence, as in "under 25").
_STAND_IN = 5_555_555
#: Where a share stands in a sentence until its count is set.
_SHARE = "\u2063"


def _people(n: int) -> str:
    return translate("Reports", "%n person(s)", "", n)


def _events(n: int) -> str:
    return translate("Reports", "%n event(s)", "", n)


def _cities(n: int) -> str:
    return translate("Reports", "%n city(s)", "", n)


#: Events of each kind, counted: "3 workshops".
_KINDS: Mapping[str, Phrase] = {
    MeetingKind.COMMITTEE_MEETING: lambda n: translate("Reports", "%n committee meeting(s)", "", n),
    MeetingKind.CONSULTATION: lambda n: translate("Reports", "%n consultation(s)", "", n),
    MeetingKind.WORKSHOP: lambda n: translate("Reports", "%n workshop(s)", "", n),
    MeetingKind.ROUNDTABLE: lambda n: translate("Reports", "%n roundtable(s)", "", n),
    MeetingKind.TRAINING: lambda n: translate("Reports", "%n training session(s)", "", n),
    MeetingKind.SUMMIT: lambda n: translate("Reports", "%n summit(s)", "", n),
    MeetingKind.OTHER: lambda n: translate("Reports", "%n other event(s)", "", n),
    YOUTH_ACTIVITY: lambda n: translate("Reports", "%n youth activity(s)", "", n),
}


def highlights(figures: KeyFigures) -> list[str]:
    """What the figures say, a sentence each: who took part, in what, the share of women and
    girls, youth, mayors and the cities that joined in the period."""
    get = figures.figures.get
    people, events = get(FigureKey.PEOPLE_ENGAGED), get(FigureKey.EVENTS_HELD)
    found = []
    if people is not None and events is not None and events.total:
        cities = sum(1 for v in events.breakdowns.get(Dimension.CITY, {}).values() if v)
        #: Translators: {people}, {events} and {cities} are counted phrases such as "14 people",
        #: "3 events" and "1 city".
        text = translate("Reports", "{people} took part in {events} held in {cities}.")
        found.append(
            text.format(
                people=counted(_people, people.total),
                events=counted(_events, events.total),
                cities=counted(_cities, cities),
            )
        )
        kinds = [
            counted(_KINDS[kind], n)
            for kind, n in events.breakdowns.get(Dimension.KIND, {}).items()
            if n and kind in _KINDS
        ]
        if len(kinds) > 1:
            #: Translators: {kinds} lists events by kind: "3 workshops, 2 consultations".
            text = translate("Reports", "The events were {kinds}.")
            found.append(text.format(kinds=translate("Reports", ", ").join(kinds)))
    if people is not None and people.total:
        women = people.breakdowns.get(Dimension.GENDER, {}).get("female")
        if women is not None:
            share = round(100 * women / people.total)
            # the share goes in after the count, so that counted() cannot take it for the count
            sentence = counted(
                #: Translators: {share} is a percentage of the people engaged.
                lambda n: translate(
                    "Reports", "%n of them were women and girls ({share}%).", "", n
                ).format(share=_SHARE),
                women,
            )
            found.append(sentence.replace(_SHARE, str(share)))
    youth = get(FigureKey.YOUTH_REACHED)
    if youth is not None and youth.total != 0:
        found.append(
            counted(
                lambda n: translate("Reports", "%n young people under 25 were reached.", "", n),
                youth.total,
            )
        )
    mayors = get(FigureKey.MAYORS_ENGAGED)
    if mayors is not None and mayors.total != 0:
        found.append(
            counted(
                lambda n: translate("Reports", "%n mayors and local leaders took part.", "", n),
                mayors.total,
            )
        )
    new = figures.new_member_cities
    if new:
        found.append(translate("Reports", "%n cities joined the network in the period.", "", new))
    return found
