"""SQLModel tables, one module per aggregate. Importing this package registers them all."""

from rustool.models.audit import AuditEvent
from rustool.models.client import Appointment, Child, Client, Consent, NetworkPerson
from rustool.models.group import ActionItem, GroupMeeting, GroupMember
from rustool.models.plan import IndividualPlan, PlanRevision
from rustool.models.referral import (
    AssessmentUnit,
    Referral,
    ReferralEvent,
    ReferralScreening,
    Screening,
)
from rustool.models.setting import Setting

__all__ = [
    "ActionItem",
    "Appointment",
    "AssessmentUnit",
    "AuditEvent",
    "Child",
    "Client",
    "Consent",
    "GroupMeeting",
    "GroupMember",
    "IndividualPlan",
    "NetworkPerson",
    "PlanRevision",
    "Referral",
    "ReferralEvent",
    "ReferralScreening",
    "Screening",
    "Setting",
]
