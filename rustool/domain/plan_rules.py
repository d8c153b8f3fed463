"""Individual plan (*individuell plan*, IP) rules: fields, checks, plan quality and revisions.

Pure domain code: the services validate with it, the UI shows its quality lines, and the case
file's `individual_plan` goes through `validate_plan` on import. Field names are DOMAIN.md's.

A plan in the case-file shape (and as `validate_plan` returns it):

    {"coordinator": …, "period_start": …, "period_end": …, "next_revision_on": …,
     "client_story": …, "resources": …, "cooperation": …, "status": "active",
     "participants": [{"name", "role", "organization"}],
     "goals": [{"life_area", "description", "horizon", "target_date", "status",
                "measures": [{"description", "responsible", "scope", "start_on", "end_on",
                              "status"}]}],
     "evaluations": [{"held_on", "summary", "goal_notes": [{"goal": 0, "note": …}]}]}

`cooperation` (cooperation with other agencies, forskrift § 19) is named in issue 4 but not in
DOMAIN.md's field list. A goal note's `goal` is the 0-based index of the goal in the same plan's
`goals` list: goals have no id in the case file, and a plan is always saved and exported whole,
so the index is stable within one snapshot. Removing a goal therefore goes through `remove_goal`,
which renumbers the notes.

When the client declines a plan, a koordinator is still offered (DOMAIN.md); that is the smaller
record `COORDINATOR_ONLY_FIELDS`, told apart from a plan by its `declined_on` (`is_declined`).

Validation messages are English sentences with stable codes (as in `records`); the quality
lines and the change list are read by the user as they are, so they are Norwegian. The quality
lines, `LABELS` and `CHOICE_LABELS` are translated when they are read (`rustool.texts`); the
change list is stored with each revision, so it is written in bokmål (the words' `source`)
whatever the language, like any other text in the record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from rustool.domain.records import (
    D,
    E,
    FieldError,
    FieldSpec,
    FieldType,
    S,
    T,
    ValidationError,
    clean_fields,
    validate_record,
)
from rustool.texts import Labels, translate

LIFE_AREAS = (
    "substance_use",
    "mental_health",
    "physical_health",
    "housing",
    "economy",
    "work_activity",
    "social_network",
    "family",
    "leisure",
    "other",
)
HORIZONS = ("short", "long")
GOAL_STATUSES = ("open", "reached", "dropped")
MEASURE_STATUSES = ("planned", "ongoing", "done", "stopped")
PLAN_STATUSES = ("active", "closed")

PLAN_FIELDS: tuple[FieldSpec, ...] = (
    S("coordinator"),
    D("period_start", required=True),
    D("period_end"),
    D("next_revision_on"),
    T("client_story"),
    T("resources"),
    T("cooperation"),
    E("status", PLAN_STATUSES),
)
PARTICIPANT_FIELDS: tuple[FieldSpec, ...] = (
    S("name", required=True),
    S("role"),
    S("organization"),
)
GOAL_FIELDS: tuple[FieldSpec, ...] = (
    E("life_area", LIFE_AREAS, required=True),
    FieldSpec("description", FieldType.TEXT, required=True),
    E("horizon", HORIZONS),
    D("target_date"),
    E("status", GOAL_STATUSES),
)
MEASURE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("description", FieldType.TEXT, required=True),
    S("responsible"),
    S("scope"),
    D("start_on"),
    D("end_on"),
    E("status", MEASURE_STATUSES),
)
EVALUATION_FIELDS: tuple[FieldSpec, ...] = (
    D("held_on", required=True),
    T("summary"),
)
GOAL_NOTE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("goal", FieldType.INT, required=True),
    FieldSpec("note", FieldType.TEXT, required=True),
)
COORDINATOR_ONLY_FIELDS: tuple[FieldSpec, ...] = (
    S("coordinator", required=True),
    D("declined_on", required=True),
    T("notes"),
)

# The list parts of a plan, a goal and an evaluation, beside their scalar fields.
PLAN_LISTS = ("participants", "goals", "evaluations")
GOAL_LISTS = ("measures",)
EVALUATION_LISTS = ("goal_notes",)

QUOTE_MAX = 40
# How alike two descriptions (or dates) must be to count as one row edited, not replaced.
SIMILAR_RATIO = 0.6


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _iso(day: dt.date) -> str:
    return day.isoformat()


def _rows(value: Any, field: str, errors: list[FieldError]) -> list[tuple[str, Mapping[str, Any]]]:
    """The rows of a list part with their paths; a missing list is empty, anything else an error."""
    if value is None:
        return []
    if not isinstance(value, list | tuple):
        errors.append(FieldError(field, "type", "must be a list"))
        return []
    rows: list[tuple[str, Mapping[str, Any]]] = []
    for index, row in enumerate(value):
        row_path = f"{field}[{index}]"
        if isinstance(row, Mapping):
            rows.append((row_path, row))
        else:
            errors.append(FieldError(row_path, "type", "must be a row of named fields"))
    return rows


def _clean_row(
    specs: tuple[FieldSpec, ...],
    row: Mapping[str, Any],
    path: str,
    lists: tuple[str, ...],
    errors: list[FieldError],
) -> dict[str, Any]:
    """Clean a row's scalar fields; its list parts are left for the caller."""
    scalars = {key: value for key, value in row.items() if key not in lists}
    clean, problems = clean_fields(specs, scalars, path)
    errors.extend(problems)
    # A required text left blank with spaces says nothing (text fields are not stripped).
    for spec in specs:
        value = clean.get(spec.name)
        if spec.required and isinstance(value, str) and not value.strip():
            del clean[spec.name]
            errors.append(FieldError(_join(path, spec.name), "required", "is required"))
    return clean


def _period_text(start: dt.date, end: dt.date | None) -> str:
    return f"{_iso(start)} – {_iso(end)}" if end is not None else f"from {_iso(start)}"


def _check_measure_dates(
    clean: dict[str, Any],
    path: str,
    period: tuple[dt.date, dt.date | None] | None,
    errors: list[FieldError],
) -> None:
    start, end = clean.get("start_on"), clean.get("end_on")
    if period is not None:
        first, last = period
        for name, day in (("start_on", start), ("end_on", end)):
            if day is not None and (day < first or (last is not None and day > last)):
                errors.append(
                    FieldError(
                        _join(path, name),
                        "outside_period",
                        f"must lie within the plan period ({_period_text(first, last)})",
                    )
                )
    if start is not None and end is not None and end < start:
        errors.append(
            FieldError(
                _join(path, "end_on"),
                "before_start",
                f"must not be before start_on ({_iso(start)})",
            )
        )


def _clean_goal_notes(
    value: Any, path: str, goal_count: int, errors: list[FieldError]
) -> list[dict[str, Any]]:
    notes: list[dict[str, Any]] = []
    seen: set[int] = set()
    for row_path, row in _rows(value, path, errors):
        clean = _clean_row(GOAL_NOTE_FIELDS, row, row_path, (), errors)
        goal = clean.get("goal")
        if goal is None:
            continue
        if not 0 <= goal < goal_count:
            where = (
                f"one of the plan's goals (0 to {goal_count - 1})"
                if goal_count
                else "a goal, but the plan has none"
            )
            errors.append(
                FieldError(
                    _join(row_path, "goal"),
                    "unknown_goal",
                    f"must be the number of {where}, not {goal}",
                )
            )
        elif goal in seen:
            errors.append(
                FieldError(
                    _join(row_path, "goal"),
                    "duplicate_goal",
                    f"goal {goal} already has a note in this evaluation",
                )
            )
        seen.add(goal)
        notes.append(clean)
    return notes


def validate_plan(
    plan: Mapping[str, Any],
    *,
    consent_in_force: bool,
    path: str = "individual_plan",
    today: dt.date | None = None,
) -> dict[str, Any]:
    """Clean a whole plan, or raise one ValidationError listing every problem.

    `consent_in_force`: whether the client has a consent of kind `individual_plan` in force
    today (the service works it out with `client_rules.consent_in_force`); a plan being saved
    as closed needs none. Errors name their
    spot as a JSON path, e.g. `individual_plan.goals[1].measures[0].end_on`; the missing
    consent is reported on `path` itself. Measures must lie within the plan period (an open
    end holds them only to the start); an evaluation lies between the plan's start and `today`.
    Empty statuses take their defaults (plan `active`, goal `open`, measure `planned`); missing
    lists are empty. Unknown keys are refused, ids included: the service strips its own.
    """
    today = today or dt.date.today()
    errors: list[FieldError] = []
    # Closing a plan ends the work with it, so it needs no consent in force (a lapsed consent
    # must not keep a plan open, or block importing an old, closed plan).
    closing = plan.get("status") == "closed"
    if not consent_in_force and not closing:
        errors.append(
            FieldError(
                path or "individual_plan",
                "no_consent",
                "a plan needs a consent of kind individual_plan in force",
            )
        )
    clean = _clean_row(PLAN_FIELDS, plan, path, PLAN_LISTS, errors)
    clean["status"] = clean.get("status") or "active"
    start: dt.date | None = clean.get("period_start")
    end: dt.date | None = clean.get("period_end")
    if start is not None:
        for name in ("period_end", "next_revision_on"):
            day = clean.get(name)
            if day is not None and day < start:
                errors.append(
                    FieldError(
                        _join(path, name),
                        "before_start",
                        f"must not be before period_start ({_iso(start)})",
                    )
                )
    # Measures are only held against a period that is itself sound.
    period = (start, end) if start is not None and (end is None or end >= start) else None

    clean["participants"] = [
        _clean_row(PARTICIPANT_FIELDS, row, row_path, (), errors)
        for row_path, row in _rows(plan.get("participants"), _join(path, "participants"), errors)
    ]

    goals: list[dict[str, Any]] = []
    for goal_path, row in _rows(plan.get("goals"), _join(path, "goals"), errors):
        goal = _clean_row(GOAL_FIELDS, row, goal_path, GOAL_LISTS, errors)
        goal["status"] = goal.get("status") or "open"
        measures: list[dict[str, Any]] = []
        for measure_path, measure_row in _rows(
            row.get("measures"), _join(goal_path, "measures"), errors
        ):
            measure = _clean_row(MEASURE_FIELDS, measure_row, measure_path, (), errors)
            measure["status"] = measure.get("status") or "planned"
            _check_measure_dates(measure, measure_path, period, errors)
            measures.append(measure)
        goal["measures"] = measures
        goals.append(goal)
    clean["goals"] = goals

    # A goal note may point at any row of `goals`, also one that failed to clean: its own
    # error is already listed, and the index is still the row the user sees.
    goal_list = plan.get("goals")
    goal_count = len(goal_list) if isinstance(goal_list, list | tuple) else 0
    evaluations: list[dict[str, Any]] = []
    for eval_path, row in _rows(plan.get("evaluations"), _join(path, "evaluations"), errors):
        evaluation = _clean_row(EVALUATION_FIELDS, row, eval_path, EVALUATION_LISTS, errors)
        held = evaluation.get("held_on")
        if held is not None and start is not None and held < start:
            errors.append(
                FieldError(
                    _join(eval_path, "held_on"),
                    "before_plan",
                    f"an evaluation cannot be held before the plan started ({_iso(start)})",
                )
            )
        elif held is not None and held > today:
            errors.append(
                FieldError(
                    _join(eval_path, "held_on"),
                    "future",
                    "must not be in the future",
                )
            )
        evaluation["goal_notes"] = _clean_goal_notes(
            row.get("goal_notes"), _join(eval_path, "goal_notes"), goal_count, errors
        )
        evaluations.append(evaluation)
    clean["evaluations"] = evaluations

    if errors:
        raise ValidationError(errors)
    return clean


def is_declined(data: Mapping[str, Any]) -> bool:
    """Whether a case file's `individual_plan` is the coordinator-only record of a declined plan."""
    return data.get("declined_on") not in (None, "")


def validate_coordinator_only(
    data: Mapping[str, Any], path: str = "individual_plan"
) -> dict[str, Any]:
    """Clean the record kept when the client declines a plan: who is koordinator, since when.

    `{"coordinator", "declined_on", "notes"}`; no consent is needed (the koordinator is offered
    whatever the client says to the plan), and both the koordinator and the date are required.
    """
    return validate_record(COORDINATOR_ONLY_FIELDS, data, path)


def remove_goal(plan: Mapping[str, Any], index: int) -> dict[str, Any]:
    """A copy of `plan` without goal `index`; the evaluations' notes follow their goals.

    Notes about the removed goal go with it, notes about later goals are renumbered, so the
    plan still validates. Prefer status `dropped` for a goal that has been evaluated.
    """
    goals = list(plan.get("goals") or [])
    if not 0 <= index < len(goals):
        raise IndexError(f"the plan has no goal {index}")
    del goals[index]
    evaluations = []
    for evaluation in plan.get("evaluations") or []:
        notes = []
        for note in evaluation.get("goal_notes") or []:
            goal = note.get("goal")
            if goal == index:
                continue
            if isinstance(goal, int) and goal > index:
                note = {**note, "goal": goal - 1}
            notes.append(note)
        evaluations.append({**evaluation, "goal_notes": notes})
    return {**plan, "goals": goals, "evaluations": evaluations}


def measure_from_action_item(
    description: str,
    responsible: str | None,
    due_on: dt.date | None,
    plan_period: tuple[dt.date | None, dt.date | None],
) -> dict[str, Any]:
    """The measure an ansvarsgruppe action item becomes ("with one action").

    Description and responsible are copied as they are; the due date becomes `end_on`, moved
    onto the nearest day of the plan period when it falls outside it (an item due before the
    plan starts ends on its first day, one due after it on its last), so the new measure
    validates. The measure starts out `planned`, with no scope or start yet.
    """
    first, last = plan_period
    end_on = due_on
    if end_on is not None and first is not None and end_on < first:
        end_on = first
    if end_on is not None and last is not None and end_on > last:
        end_on = last
    return {
        "description": description,
        "responsible": responsible,
        "scope": None,
        "start_on": None,
        "end_on": end_on,
        "status": "planned",
    }


# --- Plan quality -------------------------------------------------------------------------


@dataclass(frozen=True)
class QualityIssue:
    """One thing missing from a plan, with the spot it is about (0-based; None: the plan)."""

    code: str
    message: str
    goal_index: int | None = None
    measure_index: int | None = None


def quote(text: str | None, limit: int = QUOTE_MAX) -> str:
    """A description in «», on one line and cut to at most `limit` characters with "…"."""
    line = " ".join((text or "").split())
    if len(line) > limit:
        cut = line[: limit - 1]
        # End on a whole word when one ends in the latter half; a long word is cut as it is.
        space = cut.rfind(" ", limit // 2)
        if line[limit - 1] != " " and space > 0:
            cut = cut[:space]
        line = cut.rstrip() + "…"
    return f"«{line}»"


def norwegian_date(day: dt.date) -> str:
    return day.strftime("%d.%m.%Y")


def _t(text: str) -> str:
    return translate("plan_rules", text)


def plan_quality(plan: Mapping[str, Any], today: dt.date) -> list[QualityIssue]:
    """What an inspection would find missing in a cleaned plan (`validate_plan`'s result).

    Plan-level lines first (no koordinator, no next revision date or revision overdue, no
    goals), then per goal in order: no measures, target date passed while still open, then
    its measures without a responsible. Dropped goals are left out (nothing to follow up), and
    a closed plan is not nagged about its next revision.
    """
    issues: list[QualityIssue] = []
    if not plan.get("coordinator"):
        issues.append(QualityIssue("no_coordinator", _t("Planen har ingen koordinator.")))
    if plan.get("status") != "closed":
        revision: dt.date | None = plan.get("next_revision_on")
        if revision is None:
            issues.append(
                QualityIssue("no_next_revision", _t("Planen har ingen dato for neste revisjon."))
            )
        elif revision < today:
            issues.append(
                QualityIssue(
                    "revision_overdue",
                    _t("Revisjonen av planen var satt til {date} og er forfalt.").format(
                        date=norwegian_date(revision)
                    ),
                )
            )
    goals: Sequence[Mapping[str, Any]] = plan.get("goals") or []
    if not goals:
        issues.append(QualityIssue("no_goals", _t("Planen har ingen mål.")))
    for goal_index, goal in enumerate(goals):
        if goal.get("status") == "dropped":
            continue
        number, description = goal_index + 1, quote(goal.get("description"))
        measures: Sequence[Mapping[str, Any]] = goal.get("measures") or []
        if not measures:
            issues.append(
                QualityIssue(
                    "goal_without_measures",
                    _t("Mål {number} {description} har ingen tiltak.").format(
                        number=number, description=description
                    ),
                    goal_index,
                )
            )
        target: dt.date | None = goal.get("target_date")
        if goal.get("status") == "open" and target is not None and target < today:
            issues.append(
                QualityIssue(
                    "target_date_passed",
                    _t(
                        "Mål {number} {description} skulle vært nådd {date}, men er fortsatt åpent."
                    ).format(number=number, description=description, date=norwegian_date(target)),
                    goal_index,
                )
            )
        for measure_index, measure in enumerate(measures):
            if not measure.get("responsible"):
                issues.append(
                    QualityIssue(
                        "measure_without_responsible",
                        _t(
                            "Tiltak {measure} {description} under mål {goal} har ingen ansvarlig."
                        ).format(
                            measure=measure_index + 1,
                            description=quote(measure.get("description")),
                            goal=number,
                        ),
                        goal_index,
                        measure_index,
                    )
                )
    return issues


# --- Revisions ----------------------------------------------------------------------------

# The words for the fields and coded values, translated when read; `plan_changes` writes the
# bokmål `source` into the stored change list.
LABELS = Labels(
    "plan_rules",
    {
        "coordinator": "Koordinator",
        "period_start": "Periode fra",
        "period_end": "Periode til",
        "next_revision_on": "Neste revisjon",
        "client_story": "Klientens egne ord",
        "resources": "Ressurser",
        "cooperation": "Samarbeid med andre instanser",
        "status": "Status",
        "name": "Navn",
        "role": "Rolle",
        "organization": "Organisasjon",
        "life_area": "Livsområde",
        "description": "Beskrivelse",
        "horizon": "Tidsperspektiv",
        "target_date": "Måldato",
        "responsible": "Ansvarlig",
        "scope": "Omfang",
        "start_on": "Start",
        "end_on": "Slutt",
        "held_on": "Dato",
        "summary": "Oppsummering",
    },
)
CHOICE_LABELS = Labels(
    "plan_rules",
    {
        "substance_use": "Rusmiddelbruk",
        "mental_health": "Psykisk helse",
        "physical_health": "Fysisk helse",
        "housing": "Bolig",
        "economy": "Økonomi",
        "work_activity": "Arbeid og aktivitet",
        "social_network": "Sosialt nettverk",
        "family": "Familie",
        "leisure": "Fritid",
        "other": "Annet",
        "short": "kort sikt",
        "long": "lang sikt",
        "open": "åpent",
        "reached": "nådd",
        "dropped": "avsluttet uten å nås",
        "planned": "planlagt",
        "ongoing": "pågår",
        "done": "gjennomført",
        "stopped": "avbrutt",
        "active": "aktiv",
        "closed": "avsluttet",
    },
)
_TEXT_FIELDS = frozenset(
    spec.name
    for specs in (PLAN_FIELDS, GOAL_FIELDS, MEASURE_FIELDS, EVALUATION_FIELDS)
    for spec in specs
    if spec.type is FieldType.TEXT
)


def _value(value: Any) -> str | None:
    """A snapshot value in one comparable form: cleaned dates and case-file ISO strings alike."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _shown(value: str | None) -> str:
    if value is None:
        return "(tom)"
    if value in CHOICE_LABELS:
        return CHOICE_LABELS.source(value)
    try:
        return norwegian_date(dt.date.fromisoformat(value))
    except ValueError:
        return quote(value)


def _field_changes(
    specs: tuple[FieldSpec, ...],
    before: Mapping[str, Any],
    after: Mapping[str, Any],
    status: str | None = None,
) -> list[str]:
    """One line per changed field, "Felt: gammelt → nytt"; long text only says it changed.

    `status` is the default an empty status stands for, as `validate_plan` fills it in.
    """
    changes = []
    for spec in specs:
        old, new = _value(before.get(spec.name)), _value(after.get(spec.name))
        if spec.name == "status":
            old, new = old or status, new or status
        if old == new:
            continue
        label = LABELS.source(spec.name) if spec.name in LABELS else spec.name
        if spec.name in _TEXT_FIELDS and spec.name != "description":
            changes.append(f"{label} endret")
        else:
            changes.append(f"{label}: {_shown(old)} → {_shown(new)}")
    return changes


def _pair(
    before: Sequence[Mapping[str, Any]],
    after: Sequence[Mapping[str, Any]],
    key: str,
    *,
    similar: bool = True,
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Match rows of two snapshots by their `key`: equal values first, then (`similar`) values
    alike enough to be one row edited (difflib ratio at least `SIMILAR_RATIO`), best first.

    Returns (pairs of (before, after) indices in `after` order, removed indices, added indices).
    """
    keys_before = [_value(row.get(key)) or "" for row in before]
    keys_after = [_value(row.get(key)) or "" for row in after]
    free_before = list(range(len(before)))
    pairs: dict[int, int] = {}
    for new, wanted in enumerate(keys_after):
        for old in free_before:
            if keys_before[old] == wanted:
                pairs[new] = old
                free_before.remove(old)
                break
    if similar:
        candidates = sorted(
            (-SequenceMatcher(None, keys_before[old], keys_after[new]).ratio(), new, old)
            for new in range(len(after))
            if new not in pairs
            for old in free_before
        )
        for negative_ratio, new, old in candidates:
            if -negative_ratio >= SIMILAR_RATIO and new not in pairs and old in free_before:
                pairs[new] = old
                free_before.remove(old)
    added = [new for new in range(len(after)) if new not in pairs]
    return [(old, new) for new, old in sorted(pairs.items())], free_before, added


def _list(snapshot: Mapping[str, Any], name: str) -> Sequence[Mapping[str, Any]]:
    rows = snapshot.get(name) or []
    return [row for row in rows if isinstance(row, Mapping)]


def plan_changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    """What changed between two snapshots of a plan, one Norwegian line per change.

    Plan fields by name. Participants are matched by name (another name is another person);
    goals by description, equal or else alike (`SIMILAR_RATIO`), so a reworded description
    reads as a change rather than removed plus added; measures likewise within a goal;
    evaluations by date. Goals and measures are named by their description, long texts only
    say that they changed, and goal notes are compared by the goal they are about, so goals
    renumbered by an insertion do not read as edits. Snapshots may be cleaned plans or case-file
    JSON (ISO dates). Who changed it and when is the service's to record.
    """
    changes = _field_changes(PLAN_FIELDS, before, after, "active")

    old_people, new_people = _list(before, "participants"), _list(after, "participants")
    pairs, removed, added = _pair(old_people, new_people, "name", similar=False)
    for index in added:
        changes.append(f"Deltaker lagt til: {new_people[index].get('name')}")
    for index in removed:
        changes.append(f"Deltaker fjernet: {old_people[index].get('name')}")
    for old, new in pairs:
        for change in _field_changes(PARTICIPANT_FIELDS, old_people[old], new_people[new]):
            changes.append(f"Deltaker {old_people[old].get('name')}: {change}")

    old_goals, new_goals = _list(before, "goals"), _list(after, "goals")
    pairs, removed, added = _pair(old_goals, new_goals, "description")
    for index in added:
        changes.append(f"Mål lagt til: {quote(new_goals[index].get('description'))}")
    for index in removed:
        changes.append(f"Mål fjernet: {quote(old_goals[index].get('description'))}")
    for old, new in pairs:
        goal_name = f"Mål {quote(old_goals[old].get('description'))}"
        for change in _field_changes(GOAL_FIELDS, old_goals[old], new_goals[new], "open"):
            changes.append(f"{goal_name}: {change}")
        old_measures = _list(old_goals[old], "measures")
        new_measures = _list(new_goals[new], "measures")
        m_pairs, m_removed, m_added = _pair(old_measures, new_measures, "description")
        for index in m_added:
            text = quote(new_measures[index].get("description"))
            changes.append(f"{goal_name}: tiltak lagt til: {text}")
        for index in m_removed:
            text = quote(old_measures[index].get("description"))
            changes.append(f"{goal_name}: tiltak fjernet: {text}")
        for m_old, m_new in m_pairs:
            measure_name = f"tiltak {quote(old_measures[m_old].get('description'))}"
            for change in _field_changes(
                MEASURE_FIELDS, old_measures[m_old], new_measures[m_new], "planned"
            ):
                changes.append(f"{goal_name}, {measure_name}: {change}")

    old_evals, new_evals = _list(before, "evaluations"), _list(after, "evaluations")
    pairs, removed, added = _pair(old_evals, new_evals, "held_on")
    for index in added:
        changes.append(f"Evaluering lagt til: {_shown(_value(new_evals[index].get('held_on')))}")
    for index in removed:
        changes.append(f"Evaluering fjernet: {_shown(_value(old_evals[index].get('held_on')))}")
    for old, new in pairs:
        evaluation_changes = _field_changes(EVALUATION_FIELDS, old_evals[old], new_evals[new])
        if _goal_notes(old_evals[old], old_goals) != _goal_notes(new_evals[new], new_goals):
            evaluation_changes.append("Notater per mål endret")
        held = _shown(_value(old_evals[old].get("held_on")))
        changes.extend(f"Evaluering {held}: {change}" for change in evaluation_changes)
    return changes


def _goal_notes(
    evaluation: Mapping[str, Any], goals: Sequence[Mapping[str, Any]]
) -> list[tuple[str | None, str | None]]:
    """The notes keyed by their goal's description, so renumbered goals do not read as edits."""
    notes = []
    for note in _list(evaluation, "goal_notes"):
        goal = note.get("goal")
        about = (
            goals[goal].get("description")
            if isinstance(goal, int) and 0 <= goal < len(goals)
            else goal
        )
        notes.append((_value(about), _value(note.get("note"))))
    return notes
