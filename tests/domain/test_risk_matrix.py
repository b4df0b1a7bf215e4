"""The risk matrix counts the threats and risk factors rated on both likelihood and impact, one
per factor, in its cell; protective factors and unrated factors stay out of it."""

from scdesk.domain.plans import FactorKind, Level, RiskFactorInput, risk_matrix


def _factor(kind: FactorKind, likelihood: Level | None, impact: Level | None) -> RiskFactorInput:
    return RiskFactorInput(kind, "A factor", None, likelihood, impact)


def test_each_rated_threat_and_risk_factor_counts_once_in_its_cell() -> None:
    factors = [
        _factor(FactorKind.THREAT, Level.HIGH, Level.HIGH),
        _factor(FactorKind.RISK_FACTOR, Level.HIGH, Level.HIGH),
        _factor(FactorKind.RISK_FACTOR, Level.LOW, Level.HIGH),
        _factor(FactorKind.PROTECTIVE_FACTOR, Level.HIGH, Level.HIGH),
        _factor(FactorKind.THREAT, Level.MEDIUM, None),
        _factor(FactorKind.THREAT, None, Level.LOW),
    ]
    assert risk_matrix(factors) == {(Level.HIGH, Level.HIGH): 2, (Level.LOW, Level.HIGH): 1}


def test_a_profile_with_no_rated_factor_has_an_empty_matrix() -> None:
    assert risk_matrix([_factor(FactorKind.PROTECTIVE_FACTOR, Level.LOW, Level.LOW)]) == {}
