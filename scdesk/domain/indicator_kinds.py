"""What an indicator may follow: its levels, its counting rules, and the figures it may follow,
each with its one counting rule and the breakdowns it gives."""

from collections.abc import Mapping
from enum import StrEnum

from scdesk.domain.figures import PEOPLE_DIMENSIONS, Dimension, FigureKey


class IndicatorLevel(StrEnum):
    OUTPUT = "output"
    OUTCOME = "outcome"


class CountingRule(StrEnum):
    DISTINCT_PEOPLE = "distinct_people"
    EVENTS = "events"
    CITIES = "cities"
    GRANTS = "grants"


#: A figure only indicators follow: the grants given (every status but cancelled), counted by
#: the same query as the support section of the key figures.
GRANTS_AWARDED = "grants_awarded"

#: Each figure an indicator may follow (a FigureKey value, or GRANTS_AWARDED), in the order
#: offered, with the one counting rule that measures it.
FIGURE_RULES: Mapping[str, CountingRule] = {
    FigureKey.PEOPLE_ENGAGED.value: CountingRule.DISTINCT_PEOPLE,
    FigureKey.MAYORS_ENGAGED.value: CountingRule.DISTINCT_PEOPLE,
    FigureKey.YOUTH_REACHED.value: CountingRule.DISTINCT_PEOPLE,
    FigureKey.EVENTS_HELD.value: CountingRule.EVENTS,
    FigureKey.MEMBER_CITIES.value: CountingRule.CITIES,
    GRANTS_AWARDED: CountingRule.GRANTS,
}

#: The breakdowns each figure gives, and so the ones an indicator following it may declare.
FIGURE_DIMENSIONS: Mapping[str, tuple[Dimension, ...]] = {
    FigureKey.PEOPLE_ENGAGED.value: PEOPLE_DIMENSIONS,
    FigureKey.MAYORS_ENGAGED.value: PEOPLE_DIMENSIONS,
    FigureKey.YOUTH_REACHED.value: PEOPLE_DIMENSIONS,
    FigureKey.EVENTS_HELD.value: (Dimension.KIND, Dimension.COUNTRY, Dimension.CITY),
    FigureKey.MEMBER_CITIES.value: (Dimension.COUNTRY,),
    GRANTS_AWARDED: (Dimension.STATUS, Dimension.CURRENCY, Dimension.COUNTRY, Dimension.CITY),
}
