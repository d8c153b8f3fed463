"""SQLModel tables, one module per aggregate. Importing this package registers them all."""

from rustool.models.audit import AuditEvent
from rustool.models.client import Appointment, Child, Client, Consent, NetworkPerson
from rustool.models.referral import (
    AssessmentUnit,
    Referral,
    ReferralEvent,
    ReferralScreening,
    Screening,
)
from rustool.models.setting import Setting

__all__ = [
    "Appointment",
    "AssessmentUnit",
    "AuditEvent",
    "Child",
    "Client",
    "Consent",
    "NetworkPerson",
    "Referral",
    "ReferralEvent",
    "ReferralScreening",
    "Screening",
    "Setting",
]
