"""SQLModel tables, one module per aggregate. Importing this package registers them all."""

from rustool.models.audit import AuditEvent
from rustool.models.client import Appointment, Child, Client, Consent, NetworkPerson
from rustool.models.setting import Setting

__all__ = ["Appointment", "AuditEvent", "Child", "Client", "Consent", "NetworkPerson", "Setting"]
