"""The individual plan (*individuell plan*, IP), written for the client to read.

The plan is the client's, so it speaks plainly and from the client's side ("Mine mål", "Med
mine egne ord"); it holds what forskrift § 19 asks for (DOMAIN.md): who is koordinator, the
period and when the plan is looked at again, who takes part, the client's own words, resources,
cooperation with other agencies, the goals with what is done for each and who is responsible,
how it has gone so far (evaluations) and the consent. Each measure is a small block rather
than a table row: a long description then flows across pages like any other text.

Headings here do not use the styles' keepWithNext: ReportLab keeps the WHOLE next flowable with
a heading, so a long story would jump to the next page and leave this one half empty. A
heading (or a measure) instead starts a new page when less than its room is left.

The words are translated when the plan is rendered (`rustool.texts`); dates stay Norwegian.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from rustool.documents.layout import (
    FONT,
    heading,
    markup,
    norwegian_date,
    not_described,
    para,
    styles,
)
from rustool.domain.group_rules import name_key, participant_line
from rustool.domain.plan_rules import CHOICE_LABELS, LABELS
from rustool.texts import N_, translate

TITLE = N_("plan_pdf", "Individuell plan")
SUBJECT = N_("plan_pdf", "Individuell plan: mål, tiltak og hvem som har ansvaret")
INTRO = N_(
    "plan_pdf",
    "Dette er planen din. Den viser hva du ønsker å få til, hva som skal gjøres for at du skal "
    "nå målene dine, og hvem som har ansvaret for hva.",
)
NOT_SET = N_("plan_pdf", "Ikke bestemt ennå")
ROOM = 25 * mm  # under a heading: its first lines
MEASURE_ROOM = 40 * mm  # a measure with a short description, whole
GOAL_ROOM = 30 * mm  # a goal's heading, description and dates
MEASURES_HEADING = N_("plan_pdf", "Hva som skal gjøres, og hvem som har ansvaret")


def _t(text: str) -> str:
    return translate("plan_pdf", text)


def title() -> str:
    """The plan's title in the document's language (the PDF's title, the preview's)."""
    return translate("plan_pdf", TITLE)


def subject() -> str:
    return translate("plan_pdf", SUBJECT)


def file_name(printed_on: dt.date) -> str:
    """E.g. "individuell-plan-2026-11-23.pdf": the day it was printed, never a name."""
    return f"individuell-plan-{printed_on.isoformat()}.pdf"


def _styles() -> dict[str, ParagraphStyle]:
    st = styles()
    return st | {"goal": ParagraphStyle("goal", parent=st["heading"], fontSize=11, leading=14)}


def _day(day: dt.date | None) -> str | None:
    return norwegian_date(day) if day is not None else None


def _period(start: dt.date | None, end: dt.date | None) -> str | None:
    if start is not None and end is not None:
        return f"{norwegian_date(start)} – {norwegian_date(end)}"
    if start is not None:
        return _t("fra {date}").format(date=norwegian_date(start))
    if end is not None:
        return _t("til {date}").format(date=norwegian_date(end))
    return None


def _line(
    label: str, value: str | None, style: ParagraphStyle, empty: str | None = None
) -> Paragraph:
    """'Label: value' with the label bold; an empty value says `empty` (translated; default
    "Ikke bestemt ennå") in grey."""
    if value is None or not value.strip():
        missing = translate("plan_pdf", NOT_SET) if empty is None else empty
        shown = f'<font color="#666666"><i>{escape(missing)}</i></font>'
    else:
        shown = markup(value)
    return Paragraph(f"<b>{escape(label)}:</b> {shown}", style)


def _choice(value: str | None) -> str | None:
    return CHOICE_LABELS.get(value, value) if value else None


def _participants(plan: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return list(plan.get("participants") or [])


def _coordinator(plan: Mapping[str, Any]) -> str | None:
    """The koordinator with role and organisation when a participant by that name has them."""
    name: str | None = plan.get("coordinator")
    if not name:
        return None
    for person in _participants(plan):
        if name_key(str(person.get("name") or "")) == name_key(name):
            return participant_line(person)
    return name


def _last_evaluation(plan: Mapping[str, Any]) -> dt.date | None:
    days: list[dt.date] = [e["held_on"] for e in plan.get("evaluations") or []]
    return max(days, default=None)


def _goal_name(goals: Sequence[Mapping[str, Any]], index: int) -> str:
    area = _choice(goals[index].get("life_area")) if 0 <= index < len(goals) else None
    if area:
        return _t("Mål {number} ({area})").format(number=index + 1, area=area)
    return _t("Mål {number}").format(number=index + 1)


def _goal_when(goal: Mapping[str, Any]) -> str | None:
    """'på lang sikt, innen 01.06.2027' from the horizon and the target date."""
    parts = []
    horizon = _choice(goal.get("horizon"))
    if horizon:
        parts.append(_t("på {horizon}").format(horizon=horizon))
    target: dt.date | None = goal.get("target_date")
    if target is not None:
        parts.append(_t("innen {date}").format(date=norwegian_date(target)))
    return ", ".join(parts) or None


def _measure(
    number: str, measure: Mapping[str, Any], st: dict[str, ParagraphStyle]
) -> list[Flowable]:
    body = ParagraphStyle("measure", parent=st["body"], leftIndent=6 * mm)
    return [
        *heading(_t("Tiltak {number}").format(number=number), st["label"], MEASURE_ROOM),
        para(measure.get("description"), body),
        _line(_t("Hvem har ansvaret"), measure.get("responsible"), body, _t("Ikke avklart ennå")),
        _line(LABELS["scope"], measure.get("scope"), body, not_described()),
        _line(_t("Når"), _period(measure.get("start_on"), measure.get("end_on")), body),
        _line(LABELS["status"], _choice(measure.get("status")), body),
    ]


def _goals(plan: Mapping[str, Any], st: dict[str, ParagraphStyle]) -> list[Flowable]:
    goals: list[Mapping[str, Any]] = list(plan.get("goals") or [])
    story = heading(_t("Mine mål"), st["heading"], GOAL_ROOM + 10 * mm)
    if not goals:
        story.append(para(None, st["body"], empty=_t("Ingen mål er skrevet ned ennå.")))
    for index, goal in enumerate(goals):
        story += heading(_goal_name(goals, index), st["goal"], GOAL_ROOM)
        story += [
            para(goal.get("description"), st["body"]),
            _line(_t("Når"), _goal_when(goal), st["body"]),
            _line(LABELS["status"], _choice(goal.get("status")), st["body"]),
            *heading(translate("plan_pdf", MEASURES_HEADING), st["label"], MEASURE_ROOM + 8 * mm),
        ]
        measures: list[Mapping[str, Any]] = list(goal.get("measures") or [])
        if not measures:
            story.append(para(None, st["body"], empty=_t("Ingen tiltak er satt opp ennå.")))
        for m_index, measure in enumerate(measures):
            story += _measure(f"{index + 1}.{m_index + 1}", measure, st)
    return story


def _evaluations(plan: Mapping[str, Any], st: dict[str, ParagraphStyle]) -> list[Flowable]:
    goals: list[Mapping[str, Any]] = list(plan.get("goals") or [])
    evaluations = sorted(plan.get("evaluations") or [], key=lambda e: e["held_on"])
    story = heading(_t("Slik har det gått"), st["heading"])
    if not evaluations:
        story.append(para(None, st["body"], empty=_t("Planen er ikke evaluert ennå.")))
    for evaluation in evaluations:
        held = norwegian_date(evaluation["held_on"])
        story += heading(_t("Evaluering {date}").format(date=held), st["label"], 15 * mm)
        story.append(para(evaluation.get("summary"), st["body"]))
        for note in evaluation.get("goal_notes") or []:
            name = _goal_name(goals, int(note["goal"]))
            story.append(_line(name, note.get("note"), st["body"], not_described()))
    return story


def plan_story(plan: Mapping[str, Any], consent_given_on: dt.date | None) -> list[Flowable]:
    """The plan's body for `layout.render`.

    `plan` is a cleaned plan (`plan_rules.validate_plan`'s shape, dates typed; service keys are
    ignored). `consent_given_on`: when the consent of kind individual_plan in force was given,
    None when none is.
    """
    st = _styles()
    body = st["body"]
    status = _choice(plan.get("status")) or CHOICE_LABELS["active"]
    story: list[Flowable] = [
        Paragraph(escape(title()), st["title"]),
        Paragraph(escape(translate("plan_pdf", INTRO)), st["body"]),
        *heading(_t("Om planen"), st["heading"]),
        _line(LABELS["coordinator"], _coordinator(plan), body, _t("Ingen koordinator ennå")),
        _line(_t("Planperiode"), _period(plan.get("period_start"), plan.get("period_end")), body),
        _line(LABELS["status"], status, body),
        _line(_t("Neste gjennomgang av planen"), _day(plan.get("next_revision_on")), body),
        _line(_t("Sist evaluert"), _day(_last_evaluation(plan)), body, _t("Ikke evaluert ennå")),
        *heading(_t("Hvem er med"), st["heading"]),
    ]
    people = _participants(plan)
    if not people:
        story.append(para(None, st["body"], empty=_t("Ingen deltakere er skrevet ned ennå.")))
    bullet = ParagraphStyle(
        "bullet", parent=body, leftIndent=12, bulletIndent=2, bulletFontName=FONT
    )
    story += [Paragraph(markup(participant_line(p)), bullet, bulletText="•") for p in people]

    for part_title, name in (
        (_t("Med mine egne ord"), "client_story"),
        (_t("Mine ressurser"), "resources"),
        (_t("Samarbeid med andre tjenester"), "cooperation"),
    ):
        story += [*heading(part_title, st["heading"]), para(plan.get(name), body)]
    story += _goals(plan, st)
    story += _evaluations(plan, st)

    story += heading(_t("Samtykke"), st["heading"])
    if consent_given_on is not None:
        consent = _t("Du ga samtykke til planen {date}.").format(
            date=norwegian_date(consent_given_on)
        )
    else:
        consent = _t("Det er ikke registrert noe samtykke til planen som gjelder nå.")
    story.append(Paragraph(escape(consent), st["body"]))
    return story
