"""The responsibility group's rules (*ansvarsgruppe*): members, meetings and what carries over.

Names follow DOMAIN.md ("Responsibility group"). The case file refers to a member by `name`, so
names are unique within a group (compared with `name_key`: trimmed, inner spaces collapsed,
case-insensitive) and everything that points at a member — attendance, an action item's
`responsible` — must name one. Validators return clean values with the member's own spelling,
or raise `ValidationError` naming every failing field (e.g. `meetings[0].action_items[1].
responsible`). Messages are English sentences as in `records`; the consent warning and the
carried-over agenda titles are read by the user as they are, so they are bokmål translated when
they are made (`rustool.texts`): a carried-over title is a suggestion in the meeting dialog, the
user's own text once the meeting is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any, NamedTuple, Protocol

from rustool.domain.client_rules import consent_in_force
from rustool.domain.records import (
    STR_MAX,
    B,
    D,
    E,
    FieldError,
    FieldSpec,
    FieldType,
    S,
    T,
    ValidationError,
    clean_fields,
)
from rustool.texts import N_, translate

ATTENDANCE_STATUSES = ("present", "absent", "excused")
GROUP_CONSENT_KIND = "responsibility_group"

MEMBER_FIELDS: tuple[FieldSpec, ...] = (
    S("name", required=True),
    S("role"),
    S("organization"),
    S("phone"),
    S("email"),
    B("is_coordinator"),
    # Not in DOMAIN.md's list: a member who has been in meetings leaves the group on this day
    # instead of vanishing, so earlier minutes and action items still name a member.
    D("left_on"),
)
MEETING_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("starts_at", FieldType.DATETIME, required=True),
    FieldSpec("ends_at", FieldType.DATETIME),
    S("location"),
    T("decisions"),
    FieldSpec("next_meeting_at", FieldType.DATETIME),
)
# The lists of a meeting, validated row by row beside MEETING_FIELDS.
MEETING_LISTS = ("agenda", "attendance", "action_items")
AGENDA_ITEM_FIELDS: tuple[FieldSpec, ...] = (
    S("title", required=True),
    T("notes"),  # the minutes for this item
)
ATTENDANCE_FIELDS: tuple[FieldSpec, ...] = (
    S("member", required=True),
    E("status", ATTENDANCE_STATUSES, required=True),
)
ACTION_ITEM_FIELDS: tuple[FieldSpec, ...] = (
    S("description", required=True),
    S("responsible"),  # a member's name, as in the case file
    D("due_on"),
    D("done_on"),
)

CARRY_OVER_TITLE = N_("group_rules", "Oppfølging: {description}")


def _t(text: str) -> str:
    return translate("group_rules", text)


def name_key(name: str) -> str:
    """How member names are compared: 'kari  nordmann ' and 'Kari Nordmann' are one member."""
    return " ".join(name.split()).casefold()


def _rows(value: Any, path: str) -> tuple[list[Any], list[FieldError]]:
    """The items of a list (nothing for None), or an error naming the field."""
    if value is None:
        return [], []
    if not isinstance(value, list | tuple):
        return [], [FieldError(path, "type", "must be a list")]
    return list(value), []


def _mapping_rows(
    value: Any, path: str
) -> tuple[list[tuple[str, Mapping[str, Any]]], list[FieldError]]:
    """(row path, row) for each row that is a mapping; an error for each that is not."""
    items, errors = _rows(value, path)
    rows: list[tuple[str, Mapping[str, Any]]] = []
    for index, item in enumerate(items):
        row_path = f"{path}[{index}]"
        if isinstance(item, Mapping):
            rows.append((row_path, item))
        else:
            errors.append(FieldError(row_path, "type", "must be a row of named fields"))
    return rows, errors


# --- Members --------------------------------------------------------------------------------


def validate_members(
    members: Sequence[Mapping[str, Any]], path: str = "members"
) -> list[dict[str, Any]]:
    """Clean the group's members: unique names, e-mail with '@', exactly one koordinator.

    Former members (`left_on` set) keep their names but cannot be koordinator. A group with no
    current member needs no koordinator; otherwise the count of koordinatorer is checked even
    when some rows have other errors, so the user sees every problem at once.
    """
    rows, errors = _mapping_rows(members, path)
    cleaned: list[dict[str, Any]] = []
    seen: dict[str, str] = {}  # name_key -> path of the first row with that name
    for row_path, row in rows:
        clean, row_errors = clean_fields(MEMBER_FIELDS, row, row_path)
        email = clean.get("email")
        if email is not None and "@" not in email:
            row_errors.append(FieldError(f"{row_path}.email", "email", "must be an e-mail address"))
        if clean.get("left_on") is not None and clean.get("is_coordinator") is True:
            row_errors.append(
                FieldError(
                    f"{row_path}.is_coordinator",
                    "former_coordinator",
                    "a member who has left the group cannot be its koordinator",
                )
            )
        name = clean.get("name")
        if name is not None:
            key = name_key(name)
            if key in seen:
                row_errors.append(
                    FieldError(
                        f"{row_path}.name",
                        "duplicate",
                        f"'{name}' is already a member ({seen[key]}); "
                        "the case file refers to members by name",
                    )
                )
            else:
                seen[key] = row_path
        errors.extend(row_errors)
        cleaned.append(clean)
    current = [c for c in cleaned if c.get("left_on") is None]
    if current:
        coordinators = [c.get("name") or "?" for c in current if c.get("is_coordinator") is True]
        if len(coordinators) != 1:
            named = f" ({', '.join(coordinators)})" if coordinators else ""
            errors.append(
                FieldError(
                    path,
                    "coordinator_count",
                    f"exactly one member must be the koordinator, not {len(coordinators)}{named}",
                )
            )
    if errors:
        raise ValidationError(errors)
    return cleaned


def coordinator_name(members: Iterable[Mapping[str, Any]]) -> str | None:
    """The koordinator's name among (clean) members, or None for an empty group."""
    for member in members:
        if member.get("is_coordinator") is True:
            name: str | None = member.get("name")
            return name
    return None


# --- Meetings -------------------------------------------------------------------------------


def _member_lookup(member_names: Collection[str]) -> dict[str, str]:
    return {name_key(name): name for name in member_names}


def _not_member(field: str, name: str) -> FieldError:
    return FieldError(field, "not_member", f"'{name}' is not a member of the group")


def _after_start(
    clean: dict[str, Any], name: str, path: str, starts_at: dt.datetime | None
) -> list[FieldError]:
    value = clean.get(name)
    if starts_at is None or value is None or value > starts_at:
        return []
    return [FieldError(f"{path}.{name}", "before_start", "must be after starts_at")]


def _clean_agenda(value: Any, path: str) -> tuple[list[dict[str, Any]], list[FieldError]]:
    rows, errors = _mapping_rows(value, path)
    cleaned: list[dict[str, Any]] = []
    for row_path, row in rows:
        clean, row_errors = clean_fields(AGENDA_ITEM_FIELDS, row, row_path)
        errors.extend(row_errors)
        cleaned.append(clean)
    return cleaned, errors


def _clean_attendance(
    value: Any, path: str, members: Mapping[str, str]
) -> tuple[list[dict[str, Any]], list[FieldError]]:
    rows, errors = _mapping_rows(value, path)
    cleaned: list[dict[str, Any]] = []
    seen: set[str] = set()
    for row_path, row in rows:
        clean, row_errors = clean_fields(ATTENDANCE_FIELDS, row, row_path)
        name = clean.get("member")
        if name is not None:
            key = name_key(name)
            if key not in members:
                row_errors.append(_not_member(f"{row_path}.member", name))
            elif key in seen:
                row_errors.append(
                    FieldError(
                        f"{row_path}.member",
                        "duplicate",
                        f"'{members[key]}' already has an attendance entry",
                    )
                )
            else:
                seen.add(key)
                clean["member"] = members[key]
        errors.extend(row_errors)
        cleaned.append(clean)
    return cleaned, errors


def _clean_action_items(
    value: Any, path: str, members: Mapping[str, str], meeting_day: dt.date | None
) -> tuple[list[dict[str, Any]], list[FieldError]]:
    rows, errors = _mapping_rows(value, path)
    cleaned: list[dict[str, Any]] = []
    for row_path, row in rows:
        clean, row_errors = clean_fields(ACTION_ITEM_FIELDS, row, row_path)
        responsible = clean.get("responsible")
        if responsible is not None:
            key = name_key(responsible)
            if key in members:
                clean["responsible"] = members[key]
            else:
                row_errors.append(_not_member(f"{row_path}.responsible", responsible))
        for name in ("due_on", "done_on"):
            day = clean.get(name)
            if meeting_day is not None and day is not None and day < meeting_day:
                row_errors.append(
                    FieldError(
                        f"{row_path}.{name}",
                        "before_meeting",
                        f"must not be before the meeting day ({meeting_day.isoformat()})",
                    )
                )
        errors.extend(row_errors)
        cleaned.append(clean)
    return cleaned, errors


def validate_meeting(
    meeting: Mapping[str, Any], member_names: Collection[str], path: str = "meetings[0]"
) -> dict[str, Any]:
    """Clean one meeting: MEETING_FIELDS plus the lists `agenda`, `attendance`, `action_items`.

    `member_names` are the group's members (as `validate_members` returns them). Attendance and
    action items must name a member; the clean values use the member's own spelling. `ends_at`
    and `next_meeting_at` must be after `starts_at`; an action item's `due_on` and `done_on` not
    before the meeting day. Missing lists become empty lists.
    """
    if not isinstance(meeting, Mapping):
        raise ValidationError([FieldError(path, "type", "must be a row of named fields")])
    scalars = {key: value for key, value in meeting.items() if key not in MEETING_LISTS}
    clean, errors = clean_fields(MEETING_FIELDS, scalars, path)
    starts_at: dt.datetime | None = clean.get("starts_at")
    errors += _after_start(clean, "ends_at", path, starts_at)
    errors += _after_start(clean, "next_meeting_at", path, starts_at)
    members = _member_lookup(member_names)
    meeting_day = starts_at.date() if starts_at is not None else None
    agenda, problems = _clean_agenda(meeting.get("agenda"), f"{path}.agenda")
    errors += problems
    attendance, problems = _clean_attendance(
        meeting.get("attendance"), f"{path}.attendance", members
    )
    errors += problems
    actions, problems = _clean_action_items(
        meeting.get("action_items"), f"{path}.action_items", members, meeting_day
    )
    errors += problems
    if errors:
        raise ValidationError(errors)
    return clean | {"agenda": agenda, "attendance": attendance, "action_items": actions}


def carried_over_agenda(previous_action_items: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Agenda items for the next meeting: one per OPEN action item of the last one, in order.

    Takes clean action items (dates as `datetime.date`). The title reads e.g.
    "Oppfølging: Søke bolig (Kari Nordmann, frist 01.03.2026)" and is shortened with "…" to
    stay a valid agenda title; notes start empty for the minutes.
    """
    items: list[dict[str, Any]] = []
    for action in previous_action_items:
        if action.get("done_on") is not None:
            continue
        details = []
        if action.get("responsible"):
            details.append(str(action["responsible"]))
        due: dt.date | None = action.get("due_on")
        if due is not None:
            details.append(_t("frist {date}").format(date=due.strftime("%d.%m.%Y")))
        suffix = f" ({', '.join(details)})" if details else ""
        template = translate("group_rules", CARRY_OVER_TITLE)
        description = str(action.get("description") or "")
        room = STR_MAX - len(template.format(description="")) - len(suffix)
        if len(description) > room:
            description = description[: room - 1].rstrip() + "…"
        items.append({"title": template.format(description=description) + suffix, "notes": None})
    return items


# --- Consent and minutes --------------------------------------------------------------------


class ConsentDates(Protocol):
    """What the consent warning reads of a consent; `rustool.models.Consent` has it."""

    @property
    def kind(self) -> str: ...

    @property
    def given_on(self) -> dt.date: ...

    @property
    def expires_on(self) -> dt.date | None: ...

    @property
    def withdrawn_on(self) -> dt.date | None: ...


def group_consent_warning(consents: Iterable[ConsentDates], day: dt.date) -> str | None:
    """A warning (translated) when no consent of kind `responsibility_group` is in force on
    `day`."""
    group_consents = [c for c in consents if c.kind == GROUP_CONSENT_KIND]
    if any(consent_in_force(c.given_on, c.expires_on, c.withdrawn_on, day) for c in group_consents):
        return None
    if not group_consents:
        return _t(
            "Klienten har ikke samtykket til ansvarsgruppe. Registrer samtykket før "
            "opplysninger deles i gruppen."
        )
    return _t(
        "Samtykket til ansvarsgruppe gjelder ikke per {date} (utløpt, trukket tilbake eller "
        "ikke gitt ennå). Registrer et nytt samtykke før opplysninger deles i gruppen."
    ).format(date=day.strftime("%d.%m.%Y"))


class Participants(NamedTuple):
    """The minutes' lines "name (role, organisation)", one list per attendance status."""

    present: list[str]
    absent: list[str]
    excused: list[str]


def participant_line(member: Mapping[str, Any]) -> str:
    """'Kari Nordmann (fastlege, Sentrum legekontor)'; only the name when neither is known."""
    details = [str(member[k]) for k in ("role", "organization") if member.get(k)]
    name = str(member.get("name") or "")
    return f"{name} ({', '.join(details)})" if details else name


def minutes_participants(
    attendance: Sequence[Mapping[str, Any]], members: Sequence[Mapping[str, Any]]
) -> Participants:
    """Who was present, absent and excused, in the group's member order.

    A member without an attendance entry is left out (nothing was recorded, so the minutes say
    nothing). An entry for someone no longer in the group is listed by name, after the members.
    """
    status_of = {name_key(str(a["member"])): str(a["status"]) for a in attendance}
    lines: dict[str, list[str]] = {status: [] for status in ATTENDANCE_STATUSES}
    known: set[str] = set()
    for member in members:
        key = name_key(str(member.get("name") or ""))
        known.add(key)
        if key in status_of:
            lines[status_of[key]].append(participant_line(member))
    for entry in attendance:
        if name_key(str(entry["member"])) not in known:
            lines[str(entry["status"])].append(str(entry["member"]))
    return Participants(lines["present"], lines["absent"], lines["excused"])
