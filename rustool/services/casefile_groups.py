"""The responsibility group and individual plan of a case file (rustool-case/1): export, checking,
import.

The case file refers to a group member by name (DOMAIN.md), so a meeting's attendance and action
items are checked against the members of the same file, former members included. A plan is
checked against the consents of the same file: without a consent of kind `individual_plan` in
force today it is refused, as it would be when typed in. The service's own keys on goals and
measures (`plans.KEY`, `plans.ORIGIN`) never leave the app; import gives the goals and measures
new keys, and the plan starts its history with a first revision.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from rustool.domain.client_rules import consent_in_force
from rustool.domain.group_rules import (
    ACTION_ITEM_FIELDS,
    AGENDA_ITEM_FIELDS,
    ATTENDANCE_FIELDS,
    MEETING_FIELDS,
    MEMBER_FIELDS,
    validate_meeting,
    validate_members,
)
from rustool.domain.plan_rules import (
    COORDINATOR_ONLY_FIELDS,
    is_declined,
    validate_coordinator_only,
    validate_plan,
)
from rustool.domain.records import FieldError, ValidationError, json_tree, json_value
from rustool.models import ActionItem, GroupMeeting, GroupMember, IndividualPlan, PlanRevision
from rustool.services.audit import log_event
from rustool.services.plans import (
    DECLINED_STATUS,
    KEY,
    PLAN_CONSENT_KIND,
    without_service_keys,
)
from rustool.services.settings import current_user

GROUP = "responsibility_group"
PLAN = "individual_plan"
GROUP_KEYS = ("members", "meetings")
IMPORTED_CHANGE = "Importert fra saksmappe"


# --- export ------------------------------------------------------------------------------------


def _pick(row: Mapping[str, Any], names: Sequence[str]) -> dict[str, Any]:
    return {name: json_value(row.get(name)) for name in names}


def _names(specs: Sequence[Any]) -> list[str]:
    return [spec.name for spec in specs]


def export_group(session: Session, client_id: int) -> dict[str, Any] | None:
    """The client's group with former members and every meeting (oldest first); None when the
    client has neither members nor meetings."""
    members = session.exec(
        select(GroupMember)
        .where(GroupMember.client_id == client_id)
        .order_by(col(GroupMember.position), col(GroupMember.id))
    ).all()
    meetings = session.exec(
        select(GroupMeeting)
        .where(GroupMeeting.client_id == client_id)
        .order_by(col(GroupMeeting.starts_at), col(GroupMeeting.id))
    ).all()
    if not members and not meetings:
        return None
    member_names = _names(MEMBER_FIELDS)
    exported_meetings = []
    for meeting in meetings:
        actions = session.exec(
            select(ActionItem)
            .where(ActionItem.meeting_id == meeting.id)
            .order_by(col(ActionItem.position), col(ActionItem.id))
        ).all()
        item = {spec.name: json_value(getattr(meeting, spec.name)) for spec in MEETING_FIELDS}
        item["agenda"] = [_pick(row, _names(AGENDA_ITEM_FIELDS)) for row in meeting.agenda]
        item["attendance"] = [_pick(row, _names(ATTENDANCE_FIELDS)) for row in meeting.attendance]
        item["action_items"] = [
            {spec.name: json_value(getattr(action, spec.name)) for spec in ACTION_ITEM_FIELDS}
            for action in actions
        ]
        exported_meetings.append(item)
    return {
        "members": [
            {name: json_value(getattr(member, name)) for name in member_names} for member in members
        ],
        "meetings": exported_meetings,
    }


def export_plan(session: Session, client_id: int) -> dict[str, Any] | None:
    """The plan as DOMAIN.md has it (or the koordinator record of a declined one); None when
    nothing is recorded."""
    plan = session.exec(select(IndividualPlan).where(IndividualPlan.client_id == client_id)).first()
    if plan is None:
        return None
    if plan.declined_on is not None:
        record = _pick(plan.content, _names(COORDINATOR_ONLY_FIELDS))
        return record | {"declined_on": plan.declined_on.isoformat()}
    exported: dict[str, Any] = json_tree(without_service_keys(plan.content))
    return exported


# --- checking ----------------------------------------------------------------------------------


@dataclass
class CleanGroup:
    members: list[dict[str, Any]]
    meetings: list[dict[str, Any]]


@dataclass
class CleanPlan:
    content: dict[str, Any]  # validate_plan's result, or validate_coordinator_only's
    declined: bool


def _without_id(row: Any) -> Any:
    # Import ignores ids (DOMAIN.md): the database gives new ones.
    if isinstance(row, Mapping):
        return {key: value for key, value in row.items() if key != "id"}
    return row


def _list(value: Any, path: str, errors: list[FieldError]) -> list[Any]:
    if value is None:
        errors.append(FieldError(path, "required", "is missing"))
        return []
    if not isinstance(value, list):
        errors.append(FieldError(path, "type", "must be a list"))
        return []
    return value


def _collect(errors: list[FieldError], validate: Any, *args: Any, **kwargs: Any) -> Any:
    """Run a validator; keep its errors so the whole file is checked in one pass."""
    try:
        return validate(*args, **kwargs)
    except ValidationError as exc:
        errors.extend(exc.errors)
        return None


def clean_group(value: Any, errors: list[FieldError]) -> CleanGroup | None:
    """The file's `responsibility_group`, checked; None when it is null (or had errors, which
    are then in `errors`)."""
    if value is None:
        return None
    if not isinstance(value, dict):
        errors.append(FieldError(GROUP, "type", "must be an object (or null)"))
        return None
    before = len(errors)
    errors.extend(
        FieldError(f"{GROUP}.{key}", "unknown", "is not a known field")
        for key in value
        if key not in GROUP_KEYS
    )
    rows = [_without_id(row) for row in _list(value.get("members"), f"{GROUP}.members", errors)]
    members = _collect(errors, validate_members, rows, f"{GROUP}.members") or []
    # Meetings are checked against the names in the file even when a member row failed, so
    # every problem is reported at once.
    names = [
        row["name"] for row in rows if isinstance(row, Mapping) and isinstance(row.get("name"), str)
    ]
    meetings = []
    for index, raw in enumerate(_list(value.get("meetings"), f"{GROUP}.meetings", errors)):
        meeting = _without_id(raw)
        if isinstance(meeting, dict) and isinstance(meeting.get("action_items"), list):
            meeting["action_items"] = [_without_id(item) for item in meeting["action_items"]]
        path = f"{GROUP}.meetings[{index}]"
        clean = _collect(errors, validate_meeting, meeting, names, path)
        if clean is not None:
            meetings.append(clean)
    if len(errors) > before:
        return None
    return CleanGroup(members, meetings)


def _plan_consent_in_force(consents: Sequence[Mapping[str, Any]], today: dt.date) -> bool:
    return any(
        consent.get("kind") == PLAN_CONSENT_KIND
        and consent_in_force(
            consent["given_on"], consent.get("expires_on"), consent.get("withdrawn_on"), today
        )
        for consent in consents
    )


def clean_plan(
    value: Any,
    consents: Sequence[Mapping[str, Any]],
    errors: list[FieldError],
    today: dt.date,
) -> CleanPlan | None:
    """The file's `individual_plan`, checked against the file's own (clean) consents on
    `today`; None when it is null (or had errors, which are then in `errors`)."""
    if value is None:
        return None
    if not isinstance(value, dict):
        errors.append(FieldError(PLAN, "type", "must be an object (or null)"))
        return None
    if is_declined(value):
        record = _collect(errors, validate_coordinator_only, value, PLAN)
        return CleanPlan(record, declined=True) if record is not None else None
    in_force = _plan_consent_in_force(consents, today)
    plan = _collect(errors, validate_plan, value, consent_in_force=in_force, path=PLAN, today=today)
    return CleanPlan(plan, declined=False) if plan is not None else None


# --- import ------------------------------------------------------------------------------------


def insert_group(
    session: Session, client_id: int, group: CleanGroup, now: dt.datetime
) -> tuple[list[int], list[int]]:
    """Add the members (in file order) and meetings with their action items; return
    (member ids, meeting ids)."""
    member_ids = []
    for position, member in enumerate(group.members):
        row = GroupMember(client_id=client_id, position=position, **member)
        session.add(row)
        session.flush()
        assert row.id is not None
        log_event(session, "create", "group_member", row.id, client_id, "imported")
        member_ids.append(row.id)
    meeting_ids = []
    for meeting in group.meetings:
        actions = meeting["action_items"]
        scalars: dict[str, Any] = {spec.name: meeting.get(spec.name) for spec in MEETING_FIELDS}
        row_meeting = GroupMeeting(
            client_id=client_id,
            **scalars,
            agenda=[json_tree(item) for item in meeting["agenda"]],
            attendance=[json_tree(item) for item in meeting["attendance"]],
            ics_uid=f"{uuid.uuid4().hex}@rustool",
            created_at=now,
            updated_at=now,
        )
        session.add(row_meeting)
        session.flush()
        assert row_meeting.id is not None
        for position, action in enumerate(actions):
            session.add(
                ActionItem(
                    meeting_id=row_meeting.id, client_id=client_id, position=position, **action
                )
            )
        log_event(
            session,
            "create",
            "group_meeting",
            row_meeting.id,
            client_id,
            f"imported ({len(actions)} action items)",
        )
        meeting_ids.append(row_meeting.id)
    return member_ids, meeting_ids


def _with_keys(content: dict[str, Any]) -> dict[str, Any]:
    """Every goal and measure gets the service key the app links measures by."""
    goals = [
        goal
        | {
            "measures": [measure | {KEY: uuid.uuid4().hex} for measure in goal["measures"]],
            KEY: uuid.uuid4().hex,
        }
        for goal in content["goals"]
    ]
    return content | {"goals": goals}


def insert_plan(session: Session, client_id: int, plan: CleanPlan, now: dt.datetime) -> int:
    """Add the plan (or the declined record) and its first revision; return the plan's id."""
    # Stored as the plan service stores it: a declined record's status column says so, and
    # revisions keep the plan without the service keys.
    snapshot: dict[str, Any] = json_tree(plan.content)
    if plan.declined:
        content = snapshot
        row = IndividualPlan(
            client_id=client_id,
            declined_on=plan.content["declined_on"],
            content=content,
            status=DECLINED_STATUS,
            created_at=now,
            updated_at=now,
        )
    else:
        content = _with_keys(snapshot)
        row = IndividualPlan(
            client_id=client_id,
            content=content,
            status=plan.content["status"],
            next_revision_on=plan.content.get("next_revision_on"),
            created_at=now,
            updated_at=now,
        )
    session.add(row)
    session.flush()
    assert row.id is not None
    session.add(
        PlanRevision(
            plan_id=row.id,
            number=1,
            saved_at=now,
            saved_by=current_user(session),
            content=snapshot,
            changes=[IMPORTED_CHANGE],
        )
    )
    detail = "imported (declined, koordinator only)" if plan.declined else "imported"
    log_event(session, "create", "individual_plan", row.id, client_id, detail)
    return row.id
