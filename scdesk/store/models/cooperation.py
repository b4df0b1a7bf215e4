"""National-local cooperation: a city's priority raised with a national body."""

from datetime import date
from uuid import UUID

from sqlalchemy.orm import Mapped

from scdesk.domain.cooperation import RaisingStatus
from scdesk.store.base import Base, Synced
from scdesk.store.models.refs import ref


class NationalRaising(Synced, Base):
    """What was raised for a city with a national body, and what came of it; the finding, plan
    action, meeting, grant or advice it came from, where it came from one."""

    __tablename__ = "national_raising"
    city_id: Mapped[UUID] = ref("city")
    national_body: Mapped[str]
    raised_on: Mapped[date]
    subject: Mapped[str]
    status: Mapped[RaisingStatus]
    outcome: Mapped[str | None]
    finding_id: Mapped[UUID | None] = ref("consultation_finding")
    plan_action_id: Mapped[UUID | None] = ref("plan_action")
    meeting_id: Mapped[UUID | None] = ref("meeting")
    grant_id: Mapped[UUID | None] = ref("support_grant")
    advice_id: Mapped[UUID | None] = ref("expert_advice")
