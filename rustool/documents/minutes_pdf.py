"""The minutes (*referat*) of one ansvarsgruppe meeting.

The minutes go to every participant, so they hold what this one meeting covered and nothing
else: time and place, who was present, absent or excused, the agenda with the minutes per
item, the decisions, the action items (what, who, by when, done when) and the next meeting.
Headings follow the meeting dialog ("Tid og sted", "Oppmøte", "Saksliste og referat", …), so
the printed minutes read like the screen the convener typed them in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from rustool.documents.layout import (
    BODY_WIDTH,
    FONT,
    heading,
    markup,
    norwegian_date,
    para,
    styles,
    table,
)
from rustool.domain.group_rules import Participants

TITLE = "Referat fra ansvarsgruppemøte"
SUBJECT = "Referat fra møte i ansvarsgruppen"
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
NOTHING = "Ingen"
# Headings here do not use the styles' keepWithNext: ReportLab keeps the WHOLE next flowable
# with a heading, so a long note would jump to the next page and leave this one half empty.
# A heading instead starts a new page when less than this is left under it.
ROOM = 25 * mm


@dataclass(frozen=True)
class Minutes:
    """One meeting as the minutes print it (the case file's shape, dates typed)."""

    starts_at: dt.datetime
    ends_at: dt.datetime | None
    location: str | None
    participants: Participants  # group_rules.minutes_participants
    agenda: Sequence[Mapping[str, Any]]  # {"title", "notes"}
    decisions: str | None
    action_items: Sequence[Mapping[str, Any]]  # {"description", "responsible", "due_on", "done_on"}
    next_meeting_at: dt.datetime | None


def file_name(minutes: Minutes) -> str:
    """E.g. "referat-ansvarsgruppe-2026-12-01.pdf": the meeting's day, never a name."""
    return f"referat-ansvarsgruppe-{minutes.starts_at.date().isoformat()}.pdf"


def _clock(moment: dt.datetime) -> str:
    return moment.strftime("kl. %H.%M")  # Norwegian writes the time with a full stop


def _when(starts_at: dt.datetime, ends_at: dt.datetime | None = None) -> str:
    """'tirsdag 01.12.2026 kl. 10.00–11.30' (the end's day too when it is another day)."""
    text = f"{WEEKDAYS[starts_at.weekday()]} {norwegian_date(starts_at.date())} {_clock(starts_at)}"
    if ends_at is None:
        return text
    if ends_at.date() == starts_at.date():
        return f"{text}–{ends_at.strftime('%H.%M')}"
    return f"{text} – {norwegian_date(ends_at.date())} {_clock(ends_at)}"


def _line(label: str, value: str, st: dict[str, ParagraphStyle]) -> Paragraph:
    """'Label: value' on one line, the label bold; `value` is escaped."""
    return Paragraph(f"<b>{escape(label)}:</b> {markup(value)}", st["body"])


def _people(label: str, lines: Sequence[str], st: dict[str, ParagraphStyle]) -> list[Flowable]:
    bullet = ParagraphStyle(
        "bullet", parent=st["body"], leftIndent=12, bulletIndent=2, bulletFontName=FONT
    )
    rows = heading(label, st["label"], 12 * mm)
    if not lines:
        rows.append(para(None, st["body"], empty=NOTHING))
    rows.extend(Paragraph(markup(line), bullet, bulletText="•") for line in lines)
    return rows


def _action_rows(items: Sequence[Mapping[str, Any]]) -> list[list[str]]:
    rows = []
    for item in items:
        due: dt.date | None = item.get("due_on")
        done: dt.date | None = item.get("done_on")
        rows.append(
            [
                str(item.get("description") or ""),
                str(item.get("responsible") or "Ikke avklart"),
                norwegian_date(due) if due is not None else "Ingen frist",
                norwegian_date(done) if done is not None else "",  # blank: not done yet
            ]
        )
    return rows


def minutes_story(minutes: Minutes) -> list[Flowable]:
    """The minutes' body for `layout.render`."""
    st = styles()
    story: list[Flowable] = [
        Paragraph(escape(TITLE), st["title"]),
        *heading("Tid og sted", st["heading"]),
        _line("Tid", _when(minutes.starts_at, minutes.ends_at), st),
        _line("Sted", minutes.location or "Ikke oppgitt", st),
        *heading("Oppmøte", st["heading"]),
    ]
    people = minutes.participants
    story += _people("Til stede", people.present, st)
    story += _people("Fraværende", people.absent, st)
    story += _people("Meldt forfall", people.excused, st)

    story += heading("Saksliste og referat", st["heading"])
    if not minutes.agenda:
        story.append(para(None, st["body"], empty="Ingen saker på sakslisten"))
    for number, item in enumerate(minutes.agenda, start=1):
        story += heading(f"{number}. {item.get('title') or ''}", st["label"], 15 * mm)
        story.append(para(item.get("notes"), st["body"], empty="Ingen notater"))

    story += heading("Vedtak", st["heading"])
    story.append(para(minutes.decisions, st["body"], empty="Ingen vedtak"))

    story += heading("Oppgaver", st["heading"])
    if minutes.action_items:
        widths = [0.46 * BODY_WIDTH, 0.26 * BODY_WIDTH, 0.14 * BODY_WIDTH, 0.14 * BODY_WIDTH]
        headers = ("Hva", "Hvem", "Frist", "Utført")
        story.append(table(headers, _action_rows(minutes.action_items), widths, st))
    else:
        story.append(para(None, st["body"], empty="Ingen oppgaver"))

    next_meeting = minutes.next_meeting_at
    story += heading("Neste møte", st["heading"])
    story.append(_line("Tid", _when(next_meeting) if next_meeting else "Ikke avtalt", st))
    return story
