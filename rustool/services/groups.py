"""The client's responsibility group (*ansvarsgruppe*): members, meetings, minutes, action items.

Every write validates with `rustool.domain.group_rules` first and is one transaction with its
audit event; bad input raises `ValidationError` naming the field and nothing is written.
Data goes in and out in the case file's shape (DOMAIN.md), so the dialogs, the import and the
tests speak one language: dates as `datetime.date`/`datetime.datetime` or ISO strings.

A meeting's `version` covers its action items too: ticking an item off or renaming a member
it names raises the meeting's version, so a meeting dialog opened before cannot save the old
state back over it (it gets a ConflictError and reloads).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from uuid import uuid4

from sqlmodel import Session, col, select

from rustool.db import Database
from rustool.domain import invitation
from rustool.domain.group_rules import (
    ACTION_ITEM_FIELDS,
    MEETING_FIELDS,
    MEMBER_FIELDS,
    carried_over_agenda,
    group_consent_warning,
    name_key,
    validate_meeting,
    validate_members,
)
from rustool.domain.records import D, FieldError, ValidationError, json_ready, validate_record
from rustool.models import ActionItem, Client, Consent, GroupMeeting, GroupMember, NetworkPerson
from rustool.services.audit import log_event
from rustool.services.errors import ConflictError, NotFoundError
from rustool.services.plans import forget_meeting_links
from rustool.texts import N_, translate

MEMBER_NAMES = tuple(spec.name for spec in MEMBER_FIELDS)
MEETING_SCALARS = tuple(spec.name for spec in MEETING_FIELDS)
ACTION_ITEM_NAMES = tuple(spec.name for spec in ACTION_ITEM_FIELDS)
# On action items in `meeting_data`, owned by the service: the row and its plan measure.
ACTION_ITEM_SERVICE_KEYS = ("id", "measure_key")
# What makes the calendar entry a member already has out of date.
INVITATION_FIELDS = ("starts_at", "ends_at", "location")
INVITATION_LENGTH = dt.timedelta(hours=1)
# Neutral on purpose: the invitation leaves the municipality (see domain.invitation), and agenda
# titles often name the client or their health, so none of them goes into the file.
INVITATION_DESCRIPTION = N_("groups", "Møte i ansvarsgruppen.")
# A meeting view is logged once per sitting, not once per time the dialog opens it.
VIEW_SITTING = dt.timedelta(minutes=15)
# Roles that mark a person from the client's private life. Members of OTHER clients' groups are
# suggested only when they are professionals: a pårørende or friend of another client must never
# show up in this client's record. A plain substring test errs on the side of leaving someone
# out (it also drops e.g. "farmasøyt"), which costs a suggestion, never someone's privacy.
PRIVATE_ROLE_WORDS = (
    "pårørende",
    "venn",
    "familie",
    "mor",
    "far",
    "søsken",
    "partner",
    "bror",
    "sønn",
    "datter",
    "kjæreste",
    "ektefelle",
    "samboer",
    "nabo",
)


# A meeting saved as it is typed is logged as one change per sitting (see log_event).
EDIT_SITTING = dt.timedelta(minutes=15)


@dataclass(frozen=True)
class MeetingView:
    meeting: GroupMeeting
    action_items: list[ActionItem]  # in their order on the meeting


@dataclass(frozen=True)
class GroupView:
    members: list[GroupMember]  # current members in their order, then former ones (left_on)
    meetings: list[MeetingView]  # newest first
    consent_warning: str | None  # group_rules.group_consent_warning for today


# --- reading rows ---------------------------------------------------------------------------


def _client(session: Session, client_id: int) -> Client:
    client = session.get(Client, client_id)
    if client is None:
        raise NotFoundError("client", client_id)
    return client


def _get_member(session: Session, member_id: int) -> GroupMember:
    member = session.get(GroupMember, member_id)
    if member is None:
        raise NotFoundError("group_member", member_id)
    return member


def _get_meeting(session: Session, meeting_id: int) -> GroupMeeting:
    meeting = session.get(GroupMeeting, meeting_id)
    if meeting is None:
        raise NotFoundError("group_meeting", meeting_id)
    return meeting


def _members(session: Session, client_id: int) -> list[GroupMember]:
    """Current members in their order, then former ones (the order GroupView shows)."""
    rows = session.exec(select(GroupMember).where(GroupMember.client_id == client_id)).all()
    return sorted(rows, key=lambda m: (m.left_on is not None, m.position, m.id or 0))


def _meetings(session: Session, client_id: int) -> list[GroupMeeting]:
    """Newest first."""
    query = (
        select(GroupMeeting)
        .where(GroupMeeting.client_id == client_id)
        .order_by(col(GroupMeeting.starts_at).desc(), col(GroupMeeting.id).desc())
    )
    return list(session.exec(query))


def _action_items(session: Session, meeting_id: int) -> list[ActionItem]:
    query = (
        select(ActionItem)
        .where(ActionItem.meeting_id == meeting_id)
        .order_by(col(ActionItem.position), col(ActionItem.id))
    )
    return list(session.exec(query))


def _client_action_items(session: Session, client_id: int) -> list[ActionItem]:
    query = (
        select(ActionItem)
        .where(ActionItem.client_id == client_id)
        .order_by(col(ActionItem.meeting_id), col(ActionItem.position), col(ActionItem.id))
    )
    return list(session.exec(query))


def _member_row(member: GroupMember) -> dict[str, Any]:
    return {name: getattr(member, name) for name in MEMBER_NAMES}


def _item_row(item: ActionItem) -> dict[str, Any]:
    return {name: getattr(item, name) for name in ACTION_ITEM_NAMES}


def _names(key: str, name: str | None) -> bool:
    return name is not None and name_key(name) == key


def _touch(meeting: GroupMeeting, session: Session) -> None:
    """Something on the meeting changed: a dialog holding the old version must reload."""
    meeting.version += 1
    meeting.updated_at = dt.datetime.now()
    session.add(meeting)


def client_group(db: Database, client_id: int, today: dt.date | None = None) -> GroupView:
    """Everything the Ansvarsgruppe tab shows. Not audited (the client view's open is)."""
    today = today or dt.date.today()
    with db.session() as session:
        _client(session, client_id)
        items: dict[int, list[ActionItem]] = defaultdict(list)
        for item in _client_action_items(session, client_id):
            items[item.meeting_id].append(item)
        consents = session.exec(select(Consent).where(Consent.client_id == client_id)).all()
        return GroupView(
            members=_members(session, client_id),
            meetings=[
                MeetingView(meeting, items[meeting.id or 0])
                for meeting in _meetings(session, client_id)
            ],
            consent_warning=group_consent_warning(consents, today),
        )


# --- members --------------------------------------------------------------------------------


def _rename_references(session: Session, client_id: int, old: str, new: str) -> tuple[int, int]:
    """Make the client's meetings name the member by the new name: (meetings, action items)."""
    key = name_key(old)
    touched: set[int] = set()
    query = select(GroupMeeting).where(GroupMeeting.client_id == client_id)
    meetings = {meeting.id or 0: meeting for meeting in session.exec(query)}
    for meeting in meetings.values():
        if any(_names(key, entry.get("member")) for entry in meeting.attendance):
            # A new list, so SQLAlchemy sees the JSON column change.
            meeting.attendance = [
                {**entry, "member": new} if _names(key, entry.get("member")) else dict(entry)
                for entry in meeting.attendance
            ]
            touched.add(meeting.id or 0)
    items = 0
    for item in _client_action_items(session, client_id):
        if _names(key, item.responsible):
            item.responsible = new
            session.add(item)
            items += 1
            touched.add(item.meeting_id)
    for meeting_id in touched:
        _touch(meetings[meeting_id], session)
    return len(touched), items


def _refuse_left_on(data: Mapping[str, Any], path: str) -> None:
    """`left_on` is set by remove_member (and cleared by adding the person again), never typed."""
    if "left_on" in data:
        raise ValidationError(
            [
                FieldError(
                    f"{path}.left_on",
                    "read_only",
                    "is set by removing the member from the group, not by editing",
                )
            ]
        )


def save_member(
    db: Database,
    client_id: int,
    data: dict[str, Any],
    member_id: int | None = None,
    version: int | None = None,
) -> GroupMember:
    """Add (member_id None) or edit a member; the whole group is validated with the change.

    `data` holds MEMBER_FIELDS (not left_on). A second koordinator, a duplicate name or a bad
    e-mail raise ValidationError with paths `members[i].field` / `members` (i as in
    GroupView.members; a new member comes after the current ones); nothing written.
    Adding someone with the name of a former member brings that member back (left_on cleared),
    so the earlier minutes and the new ones name the same person.
    Renaming a member renames the attendance entries and action items that name them.
    ConflictError when `version` (given for an edit) is stale.
    """
    with db.session() as session:
        _client(session, client_id)
        members = _members(session, client_id)
        target: GroupMember | None
        if member_id is None:
            key = name_key(data["name"]) if isinstance(data.get("name"), str) else None
            target = next(
                (m for m in members if m.left_on is not None and name_key(m.name) == key), None
            )
            row = dict(data) | {"left_on": None}
            others = [m for m in members if m is not target]
            current = [(m, _member_row(m)) for m in others if m.left_on is None]
            former = [(m, _member_row(m)) for m in others if m.left_on is not None]
            ordered = [*current, (target, row), *former]
        else:
            target = _get_member(session, member_id)
            if target.client_id != client_id:
                raise NotFoundError("group_member", member_id)
            if version is not None and target.version != version:
                raise ConflictError("group_member", member_id)
            row = dict(data) | {"left_on": target.left_on}
            ordered = [(m, row if m is target else _member_row(m)) for m in members]
        index = next(i for i, (_, r) in enumerate(ordered) if r is row)
        _refuse_left_on(data, f"members[{index}]")
        clean = validate_members([r for _, r in ordered])[index]
        next_position = max((m.position for m in members), default=-1) + 1

        if target is None:
            member = GroupMember(client_id=client_id, position=next_position, **clean)
            session.add(member)
            session.flush()
            log_event(session, "create", "group_member", member.id, client_id)
            return member

        changed = [name for name, value in clean.items() if getattr(target, name) != value]
        if not changed:
            return target
        old_name = target.name
        for name in changed:
            setattr(target, name, clean[name])
        if member_id is None:  # back in the group: after the current members
            target.position = next_position
        target.version += 1
        session.add(target)
        detail = "fields: " + ", ".join(changed)
        if old_name != target.name:
            meetings, items = _rename_references(session, client_id, old_name, target.name)
            detail += f"; renamed in {meetings} meetings, {items} action items"
        log_event(session, "update", "group_member", target.id, client_id, detail)
        return target


def make_coordinator(db: Database, member_id: int) -> GroupMember:
    """Hand the koordinator role to this (current) member; the old koordinator keeps membership.

    A former member cannot take it (ValidationError on `is_coordinator`).
    """
    with db.session() as session:
        member = _get_member(session, member_id)
        if member.left_on is not None:
            raise ValidationError(
                [
                    FieldError(
                        "is_coordinator",
                        "former_coordinator",
                        "a member who has left the group cannot be its koordinator",
                    )
                ]
            )
        for other in _members(session, member.client_id):
            wanted = other.id == member.id
            if other.is_coordinator != wanted:
                other.is_coordinator = wanted
                other.version += 1
                session.add(other)
                log_event(
                    session,
                    "update",
                    "group_member",
                    other.id,
                    other.client_id,
                    "fields: is_coordinator",
                )
        return member


def remove_member(db: Database, member_id: int, today: dt.date | None = None) -> str:
    """Remove a member. Returns "deleted" or "left".

    A member named in any meeting (attendance or action item) is kept as former (left_on =
    today, no longer koordinator) so the minutes stay whole; others are deleted. Refused with
    ValidationError: the koordinator while other current members remain (path
    `is_coordinator`; hand the role over first), a member responsible for open action items
    (path `responsible`, the items named in the message), and a former member still named in
    meetings (path `left_on`: they have already left).
    """
    today = today or dt.date.today()
    with db.session() as session:
        member = _get_member(session, member_id)
        client_id = member.client_id
        key = name_key(member.name)
        errors: list[FieldError] = []
        others_remain = any(
            m.left_on is None and m.id != member.id for m in _members(session, client_id)
        )
        if member.left_on is None and member.is_coordinator and others_remain:
            errors.append(
                FieldError(
                    "is_coordinator",
                    "coordinator",
                    "the koordinator cannot leave while other members remain; "
                    "make another member koordinator first",
                )
            )
        meetings = {m.id: m for m in _meetings(session, client_id)}
        items = [i for i in _client_action_items(session, client_id) if _names(key, i.responsible)]
        open_items = [
            f"'{item.description}' (meeting {meetings[item.meeting_id].starts_at:%Y-%m-%d})"
            for item in items
            if item.done_on is None
        ]
        if open_items:
            errors.append(
                FieldError(
                    "responsible",
                    "open_action_items",
                    f"is responsible for open action items: {', '.join(open_items)}; "
                    "give them to another member or mark them done first",
                )
            )
        if errors:
            raise ValidationError(errors)
        named = bool(items) or any(
            _names(key, entry.get("member"))
            for meeting in meetings.values()
            for entry in meeting.attendance
        )
        if not named:
            session.delete(member)
            log_event(session, "delete", "group_member", member_id, client_id)
            return "deleted"
        if member.left_on is not None:
            raise ValidationError(
                [
                    FieldError(
                        "left_on",
                        "already_left",
                        f"the member already left the group on {member.left_on.isoformat()}",
                    )
                ]
            )
        member.left_on = today
        member.is_coordinator = False
        member.version += 1
        session.add(member)
        log_event(session, "update", "group_member", member_id, client_id, "left the group")
        return "left"


def _is_private(role: str | None) -> bool:
    role = (role or "").casefold()
    return any(word in role for word in PRIVATE_ROLE_WORDS)


def _suggestion(
    source: str,
    name: str,
    role: str | None,
    organization: str | None,
    phone: str | None,
    email: str | None,
) -> dict[str, Any]:
    return {
        "name": name,
        "role": role,
        "organization": organization,
        "phone": phone,
        "email": email,
        "is_coordinator": False,
        "source": source,
    }


def member_suggestions(db: Database, client_id: int) -> list[dict[str, Any]]:
    """People to pick as members: the client's network (relation as role), then professionals
    from other clients' groups (members with an organisation, never pårørende or other private
    people: see PRIVATE_ROLE_WORDS), de-duplicated by name and organisation, leaving out
    current members. MEMBER_FIELDS dicts (without left_on) with is_coordinator False, plus
    "source": "network" | "group". Not audited: it shows no one's record."""
    with db.session() as session:
        _client(session, client_id)
        current = {name_key(m.name) for m in _members(session, client_id) if m.left_on is None}
        network = session.exec(
            select(NetworkPerson)
            .where(NetworkPerson.client_id == client_id)
            .order_by(col(NetworkPerson.name), col(NetworkPerson.id))
        ).all()
        # Newest first, so the most recently typed contact details win among duplicates.
        professionals = session.exec(
            select(GroupMember)
            .where(GroupMember.client_id != client_id)
            .where(col(GroupMember.organization).is_not(None))
            .order_by(col(GroupMember.id).desc())
        ).all()
    network_rows = [
        _suggestion("network", p.name, p.relation, None, p.phone, p.email) for p in network
    ]
    # Sorting is stable: among duplicates the newest row stays first and is the one kept.
    group_rows = sorted(
        (
            _suggestion("group", m.name, m.role, m.organization, m.phone, m.email)
            for m in professionals
            if m.organization and not _is_private(m.role)
        ),
        key=lambda row: (name_key(row["name"]), str(row["organization"]).casefold()),
    )
    suggestions: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for row in network_rows + group_rows:
        key = (name_key(row["name"]), (row["organization"] or "").casefold())
        if key[0] not in current and key not in seen:
            seen.add(key)
            suggestions.append(row)
    return suggestions


# --- meetings -------------------------------------------------------------------------------


def new_meeting(db: Database, client_id: int, now: dt.datetime | None = None) -> dict[str, Any]:
    """A prefilled meeting (not saved): starts_at from the last meeting's next_meeting_at when
    that is in the future, else None; the last location; the agenda starts with the open action
    items of the last meeting (`carried_over_agenda`); attendance lists every current member
    with status "present"; no action items. The last meeting is the one that starts latest."""
    now = now or dt.datetime.now()
    with db.session() as session:
        _client(session, client_id)
        meetings = _meetings(session, client_id)
        last = meetings[0] if meetings else None
        agenda: list[dict[str, Any]] = []
        starts_at = location = None
        if last is not None:
            previous = [_item_row(item) for item in _action_items(session, last.id or 0)]
            agenda = carried_over_agenda(previous)
            location = last.location
            if last.next_meeting_at is not None and last.next_meeting_at > now:
                starts_at = last.next_meeting_at
        attendance = [
            {"member": m.name, "status": "present"}
            for m in _members(session, client_id)
            if m.left_on is None
        ]
    return {
        "starts_at": starts_at,
        "ends_at": None,
        "location": location,
        "agenda": agenda,
        "attendance": attendance,
        "decisions": None,
        "action_items": [],
        "next_meeting_at": None,
    }


def _clean_meeting(
    session: Session,
    client_id: int,
    data: Mapping[str, Any],
    item_ids: Iterable[int] | None = None,
    recorded_names: Iterable[str] = (),
) -> tuple[dict[str, Any], list[int | None]]:
    """validate_meeting on path `meeting` plus the action items' ids, by position.

    Attendance and action items name current members; a former member only where the stored
    meeting already named them (`recorded_names`), so old minutes stay as they were written.

    The service keys (`id`, `measure_key`) are taken off the action items first. With
    `item_ids` (the meeting's own items) an id must be one of them and appear once; without,
    ids are ignored (all None: every item is new).
    """
    check_ids = item_ids is not None
    known = set(item_ids or ())
    errors: list[FieldError] = []
    ids: list[int | None] = []
    stripped: dict[str, Any] = dict(data)
    items = data.get("action_items")
    if isinstance(items, list | tuple):
        rows: list[Any] = []
        for index, item in enumerate(items):
            if not isinstance(item, Mapping):
                rows.append(item)
                ids.append(None)
                continue
            rows.append({k: v for k, v in item.items() if k not in ACTION_ITEM_SERVICE_KEYS})
            item_id = item.get("id") if check_ids else None
            if item_id is not None and (item_id not in known or item_id in ids):
                errors.append(
                    FieldError(
                        f"meeting.action_items[{index}].id",
                        "unknown",
                        "is not an action item of this meeting (or appears twice)",
                    )
                )
            ids.append(item_id)
        stripped["action_items"] = rows
    recorded = {name_key(name) for name in recorded_names}
    names = [
        m.name
        for m in _members(session, client_id)
        if m.left_on is None or name_key(m.name) in recorded
    ]
    try:
        clean = validate_meeting(stripped, names, path="meeting")
    except ValidationError as exc:
        raise ValidationError(exc.errors + errors) from None
    if errors:
        raise ValidationError(errors)
    return clean, ids


def _meeting_columns(clean: Mapping[str, Any]) -> dict[str, Any]:
    return {name: clean[name] for name in MEETING_SCALARS} | {
        "agenda": [json_ready(row) for row in clean["agenda"]],
        "attendance": [json_ready(row) for row in clean["attendance"]],
    }


def _counts(meeting: GroupMeeting, items: Sequence[ActionItem]) -> str:
    return (
        f"agenda: {len(meeting.agenda)}, attendance: {len(meeting.attendance)}, "
        f"action items: {len(items)}"
    )


def create_meeting(db: Database, client_id: int, data: dict[str, Any]) -> MeetingView:
    """Validate (`validate_meeting` on path `meeting` against the current members) and save.
    Action items' `id`/`measure_key`, if any, are ignored: new rows."""
    with db.session() as session:
        _client(session, client_id)
        clean, _ = _clean_meeting(session, client_id, data)
        now = dt.datetime.now()
        meeting = GroupMeeting(
            client_id=client_id,
            **_meeting_columns(clean),
            ics_uid=f"{uuid4().hex}@rustool",
            created_at=now,
            updated_at=now,
        )
        session.add(meeting)
        session.flush()
        assert meeting.id is not None
        items = [
            ActionItem(meeting_id=meeting.id, client_id=client_id, position=position, **row)
            for position, row in enumerate(clean["action_items"])
        ]
        session.add_all(items)
        session.flush()
        log_event(
            session, "create", "group_meeting", meeting.id, client_id, _counts(meeting, items)
        )
        return MeetingView(meeting, items)


def get_meeting(db: Database, meeting_id: int) -> MeetingView:
    """One meeting with its action items; audited as a view (coalesced per sitting)."""
    with db.session() as session:
        meeting = _get_meeting(session, meeting_id)
        items = _action_items(session, meeting_id)
        log_event(
            session, "view", "group_meeting", meeting_id, meeting.client_id, coalesce=VIEW_SITTING
        )
        return MeetingView(meeting, items)


def meeting_data(view: MeetingView) -> dict[str, Any]:
    """The meeting in the case file's shape (dates typed), action items with their "id" and
    "measure_key" so an edit keeps the link to a plan measure."""
    meeting = view.meeting
    return {
        "starts_at": meeting.starts_at,
        "ends_at": meeting.ends_at,
        "location": meeting.location,
        "agenda": [dict(row) for row in meeting.agenda],
        "attendance": [dict(row) for row in meeting.attendance],
        "decisions": meeting.decisions,
        "action_items": [
            {"id": item.id, **_item_row(item), "measure_key": item.measure_key}
            for item in view.action_items
        ],
        "next_meeting_at": meeting.next_meeting_at,
    }


def update_meeting(
    db: Database, meeting_id: int, data: dict[str, Any], version: int, *, autosave: bool = False
) -> MeetingView:
    """Replace the meeting with `data` (as `meeting_data` gives it, edited). Action items with
    an "id" are updated in place (their measure link kept: `measure_key` is the service's, not
    the caller's), others created, missing ones deleted. A change of time or place raises the
    invitation's SEQUENCE. ConflictError when `version` is stale. `autosave`: saved as the
    user types, audited once per sitting (EDIT_SITTING) rather than once per save."""
    with db.session() as session:
        meeting = _get_meeting(session, meeting_id)
        if meeting.version != version:
            raise ConflictError("group_meeting", meeting_id)
        client_id = meeting.client_id
        existing = {item.id: item for item in _action_items(session, meeting_id)}
        recorded = [str(row.get("member")) for row in meeting.attendance] + [
            item.responsible for item in existing.values() if item.responsible
        ]
        clean, ids = _clean_meeting(session, client_id, data, [i for i in existing if i], recorded)
        columns = _meeting_columns(clean)
        changed = [name for name, value in columns.items() if getattr(meeting, name) != value]

        items: list[ActionItem] = []
        items_changed = False
        for position, (row, item_id) in enumerate(zip(clean["action_items"], ids, strict=True)):
            values = row | {"position": position}
            item = existing.pop(item_id, None) if item_id is not None else None
            if item is None:
                item = ActionItem(meeting_id=meeting_id, client_id=client_id, **values)
            elif all(getattr(item, name) == value for name, value in values.items()):
                items.append(item)
                continue
            else:
                for name, value in values.items():
                    setattr(item, name, value)
            session.add(item)
            items.append(item)
            items_changed = True
        for item in existing.values():  # left out of `data`: deleted
            session.delete(item)
            items_changed = True
        forget_meeting_links(
            session, client_id, action_item_ids=[i.id for i in existing.values() if i.id]
        )
        if items_changed:
            changed.append("action_items")
        if not changed:
            return MeetingView(meeting, items)

        for name, value in columns.items():
            setattr(meeting, name, value)
        if any(name in changed for name in INVITATION_FIELDS):
            meeting.ics_sequence += 1
        _touch(meeting, session)
        session.flush()
        log_event(
            session,
            "update",
            "group_meeting",
            meeting_id,
            client_id,
            "fields: " + ", ".join(changed),
            # Minutes saved as they are typed: one change per sitting in the log.
            coalesce=EDIT_SITTING if autosave else None,
        )
        return MeetingView(meeting, items)


def delete_meeting(db: Database, meeting_id: int, version: int) -> None:
    """Delete the meeting with its action items (ON DELETE CASCADE). ConflictError when
    `version` is stale. Members it named stay members (or former members) as they are."""
    with db.session() as session:
        meeting = _get_meeting(session, meeting_id)
        if meeting.version != version:
            raise ConflictError("group_meeting", meeting_id)
        detail = _counts(meeting, _action_items(session, meeting_id))
        forget_meeting_links(session, meeting.client_id, meeting_id=meeting_id)
        session.delete(meeting)
        log_event(session, "delete", "group_meeting", meeting_id, meeting.client_id, detail)


def set_action_item_done(db: Database, action_item_id: int, done_on: dt.date | None) -> ActionItem:
    """Tick an action item off (or undo with None); done_on not before the meeting day
    (ValidationError on `done_on`). Raises the meeting's version."""
    done_on = validate_record((D("done_on"),), {"done_on": done_on})["done_on"]
    with db.session() as session:
        item = session.get(ActionItem, action_item_id)
        if item is None:
            raise NotFoundError("action_item", action_item_id)
        meeting = _get_meeting(session, item.meeting_id)
        meeting_day = meeting.starts_at.date()
        if done_on is not None and done_on < meeting_day:
            raise ValidationError(
                [
                    FieldError(
                        "done_on",
                        "before_meeting",
                        f"must not be before the meeting day ({meeting_day.isoformat()})",
                    )
                ]
            )
        if item.done_on == done_on:
            return item
        item.done_on = done_on
        session.add(item)
        _touch(meeting, session)
        log_event(
            session, "update", "action_item", action_item_id, item.client_id, "fields: done_on"
        )
        return item


def meeting_invitation(
    db: Database, meeting_id: int, now: dt.datetime | None = None
) -> tuple[str, bytes]:
    """(suggested file name, .ics bytes) for the meeting; audited as an export.

    The koordinator is the organiser (with their e-mail, if any); current members with an
    e-mail are attendees. Summary and description never name the client (neutral texts, no
    agenda titles). A meeting without an end gets one hour.
    """
    with db.session() as session:
        meeting = _get_meeting(session, meeting_id)
        current = [m for m in _members(session, meeting.client_id) if m.left_on is None]
        coordinator = next((m for m in current if m.is_coordinator), None)
        ics = invitation.meeting_invitation(
            uid=meeting.ics_uid,
            starts_at=meeting.starts_at,
            ends_at=meeting.ends_at or meeting.starts_at + INVITATION_LENGTH,
            location=meeting.location,
            organizer_name=coordinator.name if coordinator else "",
            organizer_email=coordinator.email if coordinator else None,
            attendees=[(m.name, m.email) for m in current],
            description=translate("groups", INVITATION_DESCRIPTION),
            now=now,
            sequence=meeting.ics_sequence,
        )
        reached = len(current) - len(
            invitation.attendees_without_email([(m.name, m.email) for m in current])
        )
        log_event(
            session,
            "export",
            "group_meeting",
            meeting_id,
            meeting.client_id,
            f"invitation (.ics), {reached} attendees with e-mail",
        )
    return invitation_file_name(meeting), ics


def invitation_file_name(meeting: GroupMeeting) -> str:
    """The name suggested for a meeting's .ics file: the date, never the client."""
    return f"ansvarsgruppemote-{meeting.starts_at:%Y-%m-%d}.ics"
