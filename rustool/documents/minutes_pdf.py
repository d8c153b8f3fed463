"""The minutes (*referat*) of one ansvarsgruppe meeting.

The minutes go to every participant, so they hold what this one meeting covered and nothing
else: time and place, who was present, absent or excused, the agenda with the minutes per
item, the decisions, the action items (what, who, by when, done when) and the next meeting.
Headings follow the meeting dialog ("Tid og sted", "Oppmøte", "Saksliste og referat", …), so
the printed minutes read like the screen the convener typed them in. The words are translated
when the minutes are rendered (`rustool.texts`); dates and times stay Norwegian (01.12.2026,
10.00).
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
from rustool.texts import N_, translate

TITLE = N_("minutes_pdf", "Referat fra ansvarsgruppemøte")
SUBJECT = N_("minutes_pdf", "Referat fra møte i ansvarsgruppen {date}")
WEEKDAYS = (
    N_("minutes_pdf", "mandag"),
    N_("minutes_pdf", "tirsdag"),
    N_("minutes_pdf", "onsdag"),
    N_("minutes_pdf", "torsdag"),
    N_("minutes_pdf", "fredag"),
    N_("minutes_pdf", "lørdag"),
    N_("minutes_pdf", "søndag"),
)
NOTHING = N_("minutes_pdf", "Ingen")
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


def _t(text: str) -> str:
    return translate("minutes_pdf", text)


def title() -> str:
    """The minutes' title in the document's language (the PDF's title, the preview's)."""
    return translate("minutes_pdf", TITLE)


def subject(day: dt.date) -> str:
    return translate("minutes_pdf", SUBJECT).format(date=norwegian_date(day))


def file_name(minutes: Minutes) -> str:
    """E.g. "referat-ansvarsgruppe-2026-12-01.pdf": the meeting's day, never a name."""
    return f"referat-ansvarsgruppe-{minutes.starts_at.date().isoformat()}.pdf"


def _clock(moment: dt.datetime) -> str:
    # Norwegian writes the time with a full stop, in every language of the minutes.
    return _t("kl. {time}").format(time=moment.strftime("%H.%M"))


def _when(starts_at: dt.datetime, ends_at: dt.datetime | None = None) -> str:
    """'tirsdag 01.12.2026 kl. 10.00–11.30' (the end's day too when it is another day)."""
    weekday = translate("minutes_pdf", WEEKDAYS[starts_at.weekday()])
    text = f"{weekday} {norwegian_date(starts_at.date())} {_clock(starts_at)}"
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
        rows.append(para(None, st["body"], empty=translate("minutes_pdf", NOTHING)))
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
                str(item.get("responsible") or _t("Ikke avklart")),
                norwegian_date(due) if due is not None else _t("Ingen frist"),
                norwegian_date(done) if done is not None else "",  # blank: not done yet
            ]
        )
    return rows


def minutes_story(minutes: Minutes) -> list[Flowable]:
    """The minutes' body for `layout.render`."""
    st = styles()
    story: list[Flowable] = [
        Paragraph(escape(title()), st["title"]),
        *heading(_t("Tid og sted"), st["heading"]),
        _line(_t("Tid"), _when(minutes.starts_at, minutes.ends_at), st),
        _line(_t("Sted"), minutes.location or _t("Ikke oppgitt"), st),
        *heading(_t("Oppmøte"), st["heading"]),
    ]
    people = minutes.participants
    story += _people(_t("Til stede"), people.present, st)
    story += _people(_t("Fraværende"), people.absent, st)
    story += _people(_t("Meldt forfall"), people.excused, st)

    story += heading(_t("Saksliste og referat"), st["heading"])
    if not minutes.agenda:
        story.append(para(None, st["body"], empty=_t("Ingen saker på sakslisten")))
    for number, item in enumerate(minutes.agenda, start=1):
        story += heading(f"{number}. {item.get('title') or ''}", st["label"], 15 * mm)
        story.append(para(item.get("notes"), st["body"], empty=_t("Ingen notater")))

    story += heading(_t("Vedtak"), st["heading"])
    story.append(para(minutes.decisions, st["body"], empty=_t("Ingen vedtak")))

    story += heading(_t("Oppgaver"), st["heading"])
    if minutes.action_items:
        widths = [0.46 * BODY_WIDTH, 0.26 * BODY_WIDTH, 0.14 * BODY_WIDTH, 0.14 * BODY_WIDTH]
        headers = (_t("Hva"), _t("Hvem"), _t("Frist"), _t("Utført"))
        story.append(table(headers, _action_rows(minutes.action_items), widths, st))
    else:
        story.append(para(None, st["body"], empty=_t("Ingen oppgaver")))

    next_meeting = minutes.next_meeting_at
    story += heading(_t("Neste møte"), st["heading"])
    story.append(_line(_t("Tid"), _when(next_meeting) if next_meeting else _t("Ikke avtalt"), st))
    return story
