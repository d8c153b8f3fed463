"""The client's individual plan (*individuell plan*, IP): the plan, its quality, its revisions.

The plan is saved whole (`save_plan`), validated by `rustool.domain.plan_rules`; every save
is one transaction that also writes a `PlanRevision` (who, when, what changed against the
revision before) and an audit event. Goals and measures carry a service-owned `key`, and a
measure made from an ansvarsgruppe meeting an `origin`; both are stripped before validation
and from case files, and given back to the caller so edits keep them.

A revision's change lines are stored, so they are written in bokmål whatever the language
(like `plan_rules.plan_changes`); the IP status answer for the referral is written in the
user's language, as a text they go on to edit.
"""

from __future__ import annotations

import copy
import datetime as dt
import uuid
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from rustool.db import Database
from rustool.domain.client_rules import consent_in_force
from rustool.domain.group_rules import name_key, participant_line
from rustool.domain.plan_rules import (
    CHOICE_LABELS,
    LABELS,
    QualityIssue,
    measure_from_action_item,
    norwegian_date,
    plan_changes,
    plan_quality,
    quote,
    validate_coordinator_only,
    validate_plan,
)
from rustool.domain.records import FieldError, ValidationError, json_tree
from rustool.models import (
    ActionItem,
    Client,
    Consent,
    GroupMeeting,
    GroupMember,
    IndividualPlan,
    PlanRevision,
)
from rustool.services.audit import log_event
from rustool.services.errors import ConflictError, NotFoundError
from rustool.services.settings import current_user
from rustool.texts import translate

# Service-owned keys inside the stored plan (not DOMAIN.md fields).
KEY = "key"  # on goals and measures: a uuid4 hex, stable while the plan changes
ORIGIN = "origin"  # on measures: {"meeting_id": int, "action_item_id": int | None}

PLAN_CONSENT_KIND = "individual_plan"
# The status column of a declined record. Not a plan status, so an overview of active plans
# (revisions due) leaves declined records out without looking at `declined_on`.
DECLINED_STATUS = "declined"
# Change lines of a revision: stored with it, so in bokmål whatever the language.
FIRST_REVISION = "Planen opprettet"
DECLINED_REVISION = "Klienten takket nei til planen; koordinator registrert"
UNCHANGED_REVISION = "Lagret uten endringer"
# Stored content is validated again only to type its dates. It was checked against its own
# day when saved, so a later read must not find its evaluations "in the future".
_STORED_TODAY = dt.date.max


@dataclass(frozen=True)
class RevisionSummary:
    number: int
    saved_at: dt.datetime
    saved_by: str
    changes: list[str]


@dataclass(frozen=True)
class PlanView:
    plan: IndividualPlan | None  # None: no plan and no declined record yet
    # The plan as validate_plan returns it (typed dates) with each goal's and measure's KEY and
    # measures' ORIGIN; for a declined plan the coordinator-only record; {} when there is none.
    content: dict[str, Any]
    declined: bool
    consent_in_force: bool  # a consent of kind individual_plan in force today
    quality: list[QualityIssue]  # plan_quality(content, today); [] when declined or none
    revisions: list[RevisionSummary]  # newest first


# --- keys and origins -----------------------------------------------------------------------


def _rows(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list | tuple) else []


def without_service_keys(plan: Mapping[str, Any]) -> dict[str, Any]:
    """The plan without the service's KEY and ORIGIN: what validation, revisions and case
    files see. Rows that are not mappings are left for `validate_plan` to report."""
    bare = dict(plan)
    if not isinstance(plan.get("goals"), list | tuple):
        return bare
    goals: list[Any] = []
    for goal in plan["goals"]:
        if isinstance(goal, Mapping):
            goal = {name: value for name, value in goal.items() if name != KEY}
            if isinstance(goal.get("measures"), list | tuple):
                goal["measures"] = [
                    {name: value for name, value in measure.items() if name not in (KEY, ORIGIN)}
                    if isinstance(measure, Mapping)
                    else measure
                    for measure in goal["measures"]
                ]
        goals.append(goal)
    bare["goals"] = goals
    return bare


@dataclass
class _Links:
    """The keys a stored plan has handed out, and the measures' origins by key."""

    goal_keys: set[str]
    origins: dict[str, dict[str, Any] | None]  # every measure key; None: typed in the plan


def _links(stored: Mapping[str, Any]) -> _Links:
    links = _Links(set(), {})
    for goal in _rows(stored.get("goals")):
        if isinstance(goal.get(KEY), str):
            links.goal_keys.add(goal[KEY])
        for measure in _rows(goal.get("measures")):
            if isinstance(measure.get(KEY), str):
                origin = measure.get(ORIGIN)
                links.origins[measure[KEY]] = dict(origin) if isinstance(origin, Mapping) else None
    return links


def _with_keys(clean: dict[str, Any], incoming: Mapping[str, Any], links: _Links) -> dict[str, Any]:
    """`clean` (validate_plan's result for `incoming`, row for row) with a KEY on every goal
    and measure: the incoming one when the stored plan handed it out (once), else a new one.
    ORIGIN comes only from the stored measure with that key, so the UI cannot make one up."""
    used: set[str] = set()

    def keep(candidate: Any, known: Mapping[str, Any] | set[str]) -> str:
        key = candidate if isinstance(candidate, str) and candidate in known else None
        if key is None or key in used:
            key = uuid.uuid4().hex
        used.add(key)
        return key

    for goal, source in zip(clean["goals"], _rows(incoming.get("goals")), strict=True):
        goal[KEY] = keep(source.get(KEY), links.goal_keys)
        for measure, measure_source in zip(
            goal["measures"], _rows(source.get("measures")), strict=True
        ):
            measure[KEY] = keep(measure_source.get(KEY), links.origins)
            origin = links.origins.get(measure[KEY])
            if origin is not None:
                measure[ORIGIN] = dict(origin)
    return clean


def _typed(stored: Mapping[str, Any]) -> dict[str, Any]:
    """A stored plan as PlanView.content: typed dates, keys and origins where they were."""
    clean = validate_plan(without_service_keys(stored), consent_in_force=True, today=_STORED_TODAY)
    return _with_keys(clean, stored, _links(stored))


def _measure_keys(content: Mapping[str, Any]) -> set[str]:
    return {
        measure[KEY]
        for goal in _rows(content.get("goals"))
        for measure in _rows(goal.get("measures"))
        if isinstance(measure.get(KEY), str)
    }


# --- reading and writing --------------------------------------------------------------------


def _check_client(session: Session, client_id: int) -> None:
    if session.get(Client, client_id) is None:
        raise NotFoundError("client", client_id)


def _current_plan(session: Session, client_id: int) -> IndividualPlan | None:
    return session.exec(select(IndividualPlan).where(IndividualPlan.client_id == client_id)).first()


def _plan_consent_in_force(session: Session, client_id: int, day: dt.date) -> bool:
    consents = session.exec(
        select(Consent).where(Consent.client_id == client_id, Consent.kind == PLAN_CONSENT_KIND)
    )
    return any(consent_in_force(c.given_on, c.expires_on, c.withdrawn_on, day) for c in consents)


def _check_version(plan: IndividualPlan | None, version: int | None, client_id: int) -> None:
    """A create expects no record yet, an edit the version it read."""
    current = plan.version if plan is not None else None
    if version != current:
        raise ConflictError("individual_plan", plan.id if plan and plan.id else client_id)


def _view(
    session: Session, plan: IndividualPlan | None, client_id: int, today: dt.date
) -> PlanView:
    consent = _plan_consent_in_force(session, client_id, today)
    if plan is None:
        return PlanView(None, {}, False, consent, [], [])
    revisions = [
        RevisionSummary(r.number, r.saved_at, r.saved_by, list(r.changes))
        for r in session.exec(
            select(PlanRevision)
            .where(PlanRevision.plan_id == plan.id)
            .order_by(col(PlanRevision.number).desc())
        )
    ]
    if plan.declined_on is not None:
        record = validate_coordinator_only(plan.content)
        return PlanView(plan, record, True, consent, [], revisions)
    content = _typed(plan.content)
    return PlanView(plan, content, False, consent, plan_quality(content, today), revisions)


def _unlink_removed_measures(session: Session, client_id: int, content: Mapping[str, Any]) -> None:
    """An action item whose measure is no longer in the plan points at nothing: clear it."""
    kept = _measure_keys(content)
    for item in session.exec(
        select(ActionItem).where(
            ActionItem.client_id == client_id, col(ActionItem.measure_key).is_not(None)
        )
    ):
        if item.measure_key not in kept:
            item.measure_key = None
            session.add(item)
            # A meeting dialog holding the old link reloads before it saves over this.
            meeting = session.get(GroupMeeting, item.meeting_id)
            if meeting is not None:
                meeting.version += 1
                session.add(meeting)
            log_event(session, "update", "action_item", item.id, client_id, "measure removed")


def forget_meeting_links(
    session: Session,
    client_id: int,
    *,
    meeting_id: int | None = None,
    action_item_ids: Collection[int] = (),
) -> None:
    """Within the caller's transaction: measures made from a meeting (or action items) that is
    being deleted lose their ORIGIN, so they never point at a row that is gone (or at a later
    row given the same id). The measures themselves stay: they are the plan's."""
    plan = _current_plan(session, client_id)
    if plan is None or plan.declined_on is not None:
        return
    content = copy.deepcopy(plan.content)
    changed = False
    for goal in _rows(content.get("goals")):
        for measure in _rows(goal.get("measures")):
            origin = measure.get(ORIGIN)
            if not isinstance(origin, Mapping):
                continue
            if origin.get("meeting_id") == meeting_id or (
                origin.get("action_item_id") in action_item_ids
            ):
                del measure[ORIGIN]
                changed = True
    if changed:
        plan.content = content  # a new object, so the JSON column is written
        plan.version += 1  # a plan tab holding the old links reloads before it saves
        session.add(plan)


def _store(
    session: Session,
    client_id: int,
    plan: IndividualPlan | None,
    content: dict[str, Any],
    changes: list[str],
    what: str,
) -> IndividualPlan:
    """Write the stored content, its mirrored columns, a revision and the audit event."""
    now = dt.datetime.now()
    action = "create" if plan is None else "update"
    if plan is None:
        plan = IndividualPlan(client_id=client_id, created_at=now, updated_at=now)
    else:
        plan.version += 1
    declined_on = content.get("declined_on")
    plan.content = content
    plan.declined_on = dt.date.fromisoformat(declined_on) if declined_on else None
    plan.status = DECLINED_STATUS if declined_on else str(content["status"])
    revision_on = content.get("next_revision_on")
    plan.next_revision_on = dt.date.fromisoformat(revision_on) if revision_on else None
    plan.updated_at = now
    session.add(plan)
    session.flush()
    assert plan.id is not None
    last = session.exec(
        select(func.max(PlanRevision.number)).where(PlanRevision.plan_id == plan.id)
    ).one()
    number = (last or 0) + 1
    session.add(
        PlanRevision(
            plan_id=plan.id,
            number=number,
            saved_at=now,
            saved_by=current_user(session),
            content=without_service_keys(content),
            changes=changes,
        )
    )
    _unlink_removed_measures(session, client_id, content)
    log_event(session, action, "individual_plan", plan.id, client_id, f"{what}, revision {number}")
    session.flush()
    return plan


def _save_clean(
    session: Session,
    client_id: int,
    plan: IndividualPlan | None,
    incoming: Mapping[str, Any],
    links: _Links,
    today: dt.date,
    what: str,
) -> IndividualPlan:
    """Validate `incoming` (keys allowed) against the consent of `today` and store it."""
    clean = validate_plan(
        without_service_keys(incoming),
        consent_in_force=_plan_consent_in_force(session, client_id, today),
        today=today,
    )
    content = json_tree(_with_keys(clean, incoming, links))
    if plan is None or plan.declined_on is not None:
        changes = [FIRST_REVISION]
    else:
        changes = plan_changes(
            without_service_keys(plan.content), without_service_keys(content)
        ) or [UNCHANGED_REVISION]
    return _store(session, client_id, plan, content, changes, what)


def client_plan(db: Database, client_id: int, today: dt.date | None = None) -> PlanView:
    """Everything the plan tab shows. Not audited (the client view's open is)."""
    today = today or dt.date.today()
    with db.session() as session:
        _check_client(session, client_id)
        return _view(session, _current_plan(session, client_id), client_id, today)


def save_plan(
    db: Database,
    client_id: int,
    data: dict[str, Any],
    version: int | None,
    today: dt.date | None = None,
) -> PlanView:
    """Create (version None) or replace the plan with `data` (the PlanView content, edited).

    Without a consent of kind individual_plan in force, ValidationError on path
    `individual_plan` (code "no_consent"), nothing written. New goals and measures get a KEY,
    existing ones keep theirs. A declined record is replaced by the plan. Writes a revision
    and an audit event ("create" or "update", entity "individual_plan"). ConflictError when
    `version` is stale.
    """
    today = today or dt.date.today()
    with db.session() as session:
        _check_client(session, client_id)
        plan = _current_plan(session, client_id)
        _check_version(plan, version, client_id)
        stored = plan.content if plan is not None and plan.declined_on is None else {}
        plan = _save_clean(session, client_id, plan, data, _links(stored), today, "plan saved")
        return _view(session, plan, client_id, today)


def _decline_changes(before: Mapping[str, Any] | None, after: Mapping[str, Any]) -> list[str]:
    """The change lines between two declined records (None: there was none before)."""
    if before is None:
        return [DECLINED_REVISION]
    changes = []
    # Both fields are required in a declined record, so neither side is empty.
    if before["coordinator"] != after["coordinator"]:
        changes.append(
            f"{LABELS.source('coordinator')}: {quote(before['coordinator'])} → "
            f"{quote(after['coordinator'])}"
        )
    if before["declined_on"] != after["declined_on"]:
        old, new = (dt.date.fromisoformat(r["declined_on"]) for r in (before, after))
        changes.append(f"Takket nei: {norwegian_date(old)} → {norwegian_date(new)}")
    if (before.get("notes") or None) != (after.get("notes") or None):
        changes.append("Notater endret")
    return changes or [UNCHANGED_REVISION]


def decline_plan(
    db: Database, client_id: int, data: dict[str, Any], version: int | None
) -> PlanView:
    """Record that the client declined the plan, with the koordinator still offered
    (`validate_coordinator_only`: coordinator, declined_on, notes). Refused (ValidationError on
    `individual_plan`) when the client already has a plan with goals: close it instead."""
    record = validate_coordinator_only(data)
    today = dt.date.today()
    with db.session() as session:
        _check_client(session, client_id)
        plan = _current_plan(session, client_id)
        _check_version(plan, version, client_id)
        declined_before = plan is not None and plan.declined_on is not None
        if plan is not None and not declined_before and _rows(plan.content.get("goals")):
            raise ValidationError(
                [
                    FieldError(
                        "individual_plan",
                        "has_goals",
                        "the client already has a plan with goals; close the plan instead "
                        "of recording that it was declined",
                    )
                ]
            )
        content = json_tree(record)
        before = plan.content if plan is not None and declined_before else None
        plan = _store(
            session, client_id, plan, content, _decline_changes(before, content), "declined"
        )
        return _view(session, plan, client_id, today)


def plan_revision(db: Database, client_id: int, number: int) -> PlanRevision:
    """An earlier saved version, to read; audited as a view."""
    with db.session() as session:
        plan = _current_plan(session, client_id)
        if plan is None:
            raise NotFoundError("individual_plan", client_id)
        revision = session.exec(
            select(PlanRevision).where(
                PlanRevision.plan_id == plan.id, PlanRevision.number == number
            )
        ).first()
        if revision is None:
            raise NotFoundError("plan_revision", number)
        log_event(session, "view", "plan_revision", revision.id, client_id, f"revision {number}")
        return revision


# --- measures from the ansvarsgruppe --------------------------------------------------------


def _plan_for_measure(session: Session, client_id: int) -> tuple[IndividualPlan, dict[str, Any]]:
    """The client's plan (not declined) and its typed content, to add a measure to."""
    plan = _current_plan(session, client_id)
    if plan is None:
        raise ValidationError(
            [
                FieldError(
                    "individual_plan",
                    "no_plan",
                    "the client has no individual plan to add the measure to",
                )
            ]
        )
    if plan.declined_on is not None:
        raise ValidationError(
            [
                FieldError(
                    "individual_plan",
                    "declined",
                    "the client declined the individual plan, so it takes no measures",
                )
            ]
        )
    return plan, _typed(plan.content)


def _add_measure(
    session: Session,
    plan: IndividualPlan,
    content: dict[str, Any],
    goal_index: int,
    measure: dict[str, Any],
    origin: dict[str, Any],
    today: dt.date,
    what: str,
) -> str:
    """Append `measure` (with a new KEY and `origin`) under goal `goal_index` and save the
    plan as a revision; returns the measure's KEY."""
    goals = content["goals"]
    if not 0 <= goal_index < len(goals):
        raise ValidationError(
            [
                FieldError(
                    "goal",
                    "unknown_goal",
                    f"the plan has no goal {goal_index + 1} (it has {len(goals)})",
                )
            ]
        )
    key = uuid.uuid4().hex
    goals[goal_index]["measures"].append(measure | {KEY: key, ORIGIN: origin})
    links = _links(plan.content)
    links.origins[key] = origin  # the service made this origin: trusted like a stored one
    _save_clean(session, plan.client_id, plan, content, links, today, what)
    return key


def _period(content: Mapping[str, Any]) -> tuple[dt.date | None, dt.date | None]:
    return content.get("period_start"), content.get("period_end")


def action_item_to_measure(
    db: Database, action_item_id: int, goal_index: int, today: dt.date | None = None
) -> PlanView:
    """Turn an ansvarsgruppe action item into a measure under goal `goal_index` (one action).

    The measure comes from `measure_from_action_item` with ORIGIN {meeting_id, action_item_id};
    the action item gets the measure's KEY in `measure_key`. Refused (ValidationError) when the
    client has no plan or it is declined, no consent is in force, the goal does not exist, or
    the item is already a measure. Saved as a plan revision.
    """
    today = today or dt.date.today()
    with db.session() as session:
        item = session.get(ActionItem, action_item_id)
        if item is None:
            raise NotFoundError("action_item", action_item_id)
        plan, content = _plan_for_measure(session, item.client_id)
        if item.measure_key is not None and item.measure_key in _measure_keys(content):
            raise ValidationError(
                [
                    FieldError(
                        "action_item",
                        "already_measure",
                        "this action item is already a measure in the plan",
                    )
                ]
            )
        measure = measure_from_action_item(
            item.description, item.responsible, item.due_on, _period(content)
        )
        origin = {"meeting_id": item.meeting_id, "action_item_id": item.id}
        item.measure_key = _add_measure(
            session, plan, content, goal_index, measure, origin, today, "measure from action item"
        )
        session.add(item)
        return _view(session, plan, item.client_id, today)


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def decision_to_measure(
    db: Database, meeting_id: int, text: str, goal_index: int, today: dt.date | None = None
) -> PlanView:
    """Turn a decision of a meeting (the text the user picked) into a measure, ORIGIN
    {meeting_id, action_item_id: None}; otherwise as `action_item_to_measure`."""
    today = today or dt.date.today()
    description = text.strip()
    if not description:
        raise ValidationError([FieldError("decision", "required", "is required")])
    with db.session() as session:
        meeting = session.get(GroupMeeting, meeting_id)
        if meeting is None:
            raise NotFoundError("group_meeting", meeting_id)
        plan, content = _plan_for_measure(session, meeting.client_id)
        # A decision has no row to mark, so "already a measure" is the same text from the
        # same meeting already in the plan.
        for goal in content["goals"]:
            for measure in goal["measures"]:
                origin = measure.get(ORIGIN) or {}
                if (
                    origin.get("meeting_id") == meeting_id
                    and origin.get("action_item_id") is None
                    and _same_text(str(measure.get("description") or ""), description)
                ):
                    raise ValidationError(
                        [
                            FieldError(
                                "decision",
                                "already_measure",
                                "this decision of the meeting is already a measure in the plan",
                            )
                        ]
                    )
        measure = measure_from_action_item(description, None, None, _period(content))
        origin = {"meeting_id": meeting_id, "action_item_id": None}
        _add_measure(
            session, plan, content, goal_index, measure, origin, today, "measure from decision"
        )
        return _view(session, plan, meeting.client_id, today)


def measures_from_meeting(db: Database, meeting_id: int) -> list[tuple[int, int, dict[str, Any]]]:
    """(goal index, measure index, measure) for each plan measure whose ORIGIN is this meeting:
    the meeting's side of the link."""
    with db.session() as session:
        meeting = session.get(GroupMeeting, meeting_id)
        if meeting is None:
            raise NotFoundError("group_meeting", meeting_id)
        plan = _current_plan(session, meeting.client_id)
    if plan is None or plan.declined_on is not None:
        return []
    return [
        (goal_index, measure_index, measure)
        for goal_index, goal in enumerate(_typed(plan.content)["goals"])
        for measure_index, measure in enumerate(goal["measures"])
        if (measure.get(ORIGIN) or {}).get("meeting_id") == meeting_id
    ]


# --- the referral's status text -------------------------------------------------------------


def _t(text: str) -> str:
    return translate("plans", text)


def _plan_sentence(content: Mapping[str, Any], today: dt.date) -> str:
    start: dt.date = content["period_start"]
    end: dt.date | None = content.get("period_end")
    if content["status"] == "closed":
        period = f"{norwegian_date(start)}–{norwegian_date(end)}" if end else norwegian_date(start)
        return _t("Individuell plan: {status} (periode {period}).").format(
            status=CHOICE_LABELS["closed"], period=period
        )
    if end is not None:
        period = _t("fra {start} til {end}").format(
            start=norwegian_date(start), end=norwegian_date(end)
        )
    else:
        period = _t("fra {start}").format(start=norwegian_date(start))
    revision: dt.date | None = content.get("next_revision_on")
    if revision is None:
        sentence = _t("Individuell plan: {status} {period}.")
    elif revision < today:
        sentence = _t("Individuell plan: {status} {period}, neste revisjon {date} (forfalt).")
    else:
        sentence = _t("Individuell plan: {status} {period}, neste revisjon {date}.")
    date = norwegian_date(revision) if revision is not None else ""
    return sentence.format(status=CHOICE_LABELS["active"], period=period, date=date)


def ip_status_text(db: Database, client_id: int, today: dt.date | None = None) -> str:
    """The referral's "IP, koordinator og ansvarsgruppe" answer written from the records, in
    the user's language: whether there is a plan (active since, next revision) or it was
    declined, who is koordinator, and the group's members with role and organisation. "" when
    nothing is recorded."""
    today = today or dt.date.today()
    with db.session() as session:
        _check_client(session, client_id)
        plan = _current_plan(session, client_id)
        members = [
            {
                "name": m.name,
                "role": m.role,
                "organization": m.organization,
                "is_coordinator": m.is_coordinator,
            }
            for m in session.exec(
                select(GroupMember)
                .where(GroupMember.client_id == client_id, col(GroupMember.left_on).is_(None))
                .order_by(col(GroupMember.position), col(GroupMember.id))
            )
        ]
    if plan is None and not members:
        return ""
    sentences: list[str] = []
    coordinator: str | None = None
    if plan is None:
        sentences.append(_t("Ingen individuell plan er registrert."))
    elif plan.declined_on is not None:
        sentences.append(
            _t("Klienten har takket nei til individuell plan ({date}).").format(
                date=norwegian_date(plan.declined_on)
            )
        )
        coordinator = plan.content.get("coordinator")
    else:
        content = _typed(plan.content)
        sentences.append(_plan_sentence(content, today))
        coordinator = content.get("coordinator")
    if not coordinator:
        coordinator = next((str(m["name"]) for m in members if m["is_coordinator"]), None)
    if coordinator:
        # The group knows the koordinator's role and organisation when the plan names a member.
        member = next(
            (m for m in members if name_key(str(m["name"])) == name_key(coordinator)), None
        )
        sentences.append(
            _t("Koordinator: {name}.").format(
                name=participant_line(member or {"name": coordinator})
            )
        )
    if members:
        sentences.append(
            _t("Ansvarsgruppe: {members}.").format(
                members=", ".join(participant_line(m) for m in members)
            )
        )
    return " ".join(sentences)
