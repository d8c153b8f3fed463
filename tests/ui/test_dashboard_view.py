"""The day's overview: each line says what and why, most urgent first, and opens the client."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from rustool.db import Database
from rustool.services.dashboard import dashboard
from rustool.services.groups import create_meeting, save_member
from rustool.services.record_parts import Part, add_part
from rustool.services.referrals import create_referral, record_event
from rustool.ui.dashboard_view import DashboardView
from tests.services.test_dashboard import (
    TODAY,
    at,
    days,
    granted,
    meeting,
    new_client,
    plan,
    sent,
)

Opened = tuple[int, str, int, int]


@pytest.fixture
def caseload(db: Database) -> dict[str, int]:
    """One client for each kind of item on TODAY (Monday 23.11.2026); values are client ids."""
    late = sent(db, new_client(db, "Sen"))
    record_event(db, late, "received", dt.date(2026, 11, 2), today=TODAY)  # due 16.11
    soon = sent(db, new_client(db, "Snart"))
    record_event(db, soon, "received", dt.date(2026, 11, 11), today=TODAY)  # due 25.11
    granted(db, "Venter", "2026-11-20")
    discharged = granted(db, "Utskrevet", "2026-10-20")
    record_event(db, discharged, "treatment_started", dt.date(2026, 10, 20), today=TODAY)
    record_event(db, discharged, "discharged", dt.date(2026, 11, 10), today=TODAY)
    rejected = sent(db, new_client(db, "Avslag"))
    record_event(db, rejected, "received", dt.date(2026, 10, 2), today=TODAY)
    record_event(
        db, rejected, "assessed", dt.date(2026, 10, 30), {"outcome": "rejected"}, today=TODAY
    )  # complaint due 27.11
    consenting = new_client(db, "Samtykke")
    add_part(
        db,
        Part.CONSENTS,
        consenting,
        {
            "kind": "information_exchange",
            "given_on": "2026-01-01",
            "expires_on": "2026-12-10",
            "form": "written",
        },
    )
    return {item.client_name.split()[0]: item.client_id for item in dashboard(db, TODAY)}


def open_view(db: Database, qtbot: QtBot, today: dt.date = TODAY) -> DashboardView:
    view = DashboardView(db, today=today)
    qtbot.addWidget(view)
    view.show()
    return view


def texts(view: DashboardView) -> list[str]:
    # The sentence as written; urgent lines carry a "⚠ " in front (tested on its own).
    return [line.toolTip(0).removeprefix("⚠ ") for line in view.lines()]


def record_opened(view: DashboardView) -> list[Opened]:
    opened: list[Opened] = []
    view.open_requested.connect(lambda *args: opened.append(args))
    return opened


def test_each_line_says_what_and_why_most_urgent_first(
    db: Database, qtbot: QtBot, caseload: dict[str, int]
) -> None:
    view = open_view(db, qtbot)
    assert texts(view) == [
        "Sen Test – TSB-henvisning: svar fra vurderingsinstansen er forfalt (frist 16.11.2026). "
        "Klienten har krav på svar innen 10 virkedager.",
        "Venter Test – TSB-henvisning: bindende frist for behandlingsstart 20.11.2026 er passert "
        "uten at behandling har startet.",
        "Utskrevet Test – TSB-henvisning: utskrevet 10.11.2026 uten avtalt oppfølging. "
        "Overdosefaren er svært høy de første ukene etter utskrivning – avtal time "
        "(time i hånden).",
        "Snart Test – TSB-henvisning: svarfrist fra vurderingsinstansen 25.11.2026 "
        "(om 2 virkedager).",
        "Avslag Test – TSB-henvisning: klagefrist 27.11.2026 på avslaget (om 4 dager).",
        "Samtykke Test – samtykke utløper 10.12.2026.",
    ]
    assert view.date_label.text() == "I dag, mandag 23.11.2026"
    assert view.emergency_label.text() == "Akutt fare for liv: ring 113. Legevakt: 116 117."


def test_urgency_is_told_in_words_not_by_colour(
    db: Database, qtbot: QtBot, caseload: dict[str, int]
) -> None:
    view = open_view(db, qtbot)
    headings = view.headings()
    assert [heading.text(0) for heading in headings] == ["⚠ Haster (3)", "Snart (3)"]
    assert all(not heading.icon(0).isNull() for heading in headings)
    first, last = view.lines()[0], view.lines()[-1]
    # Each urgent line says so in its own text (what a screen reader reads), not only the heading.
    assert first.text(0).startswith("⚠ ") and first.toolTip(0).startswith("⚠ ")
    assert not last.text(0).startswith("⚠")
    assert first.text(0).replace("\n", " ") == first.toolTip(0)


def test_a_draft_left_alone_for_two_weeks_is_for_information(db: Database, qtbot: QtBot) -> None:
    create_referral(db, new_client(db, "Utkast"), "lar")
    later = dt.date.today() + dt.timedelta(days=15)
    view = open_view(db, qtbot, today=later)
    changed = dashboard(db, later)[0].date
    assert [heading.text(0) for heading in view.headings()] == ["Til orientering (1)"]
    assert texts(view) == [
        f"Utkast Test – LAR-henvisning: utkast ikke endret siden {changed:%d.%m.%Y}."
    ]


def test_due_today_and_tomorrow_are_said_so(db: Database, qtbot: QtBot) -> None:
    referral_id = sent(db, new_client(db, "Frist"))
    record_event(db, referral_id, "received", dt.date(2026, 11, 9), today=TODAY)  # due 23.11
    assert texts(open_view(db, qtbot)) == [
        "Frist Test – TSB-henvisning: svarfrist fra vurderingsinstansen 23.11.2026 (i dag)."
    ]
    rejected = sent(db, new_client(db, "Klage"))
    record_event(db, rejected, "received", dt.date(2026, 10, 2), today=TODAY)
    record_event(
        db, rejected, "assessed", dt.date(2026, 10, 27), {"outcome": "rejected"}, today=TODAY
    )
    assert texts(open_view(db, qtbot))[-1] == (
        "Klage Test – TSB-henvisning: klagefrist 24.11.2026 på avslaget (i morgen)."
    )


def test_an_empty_overview_says_so_calmly(db: Database, qtbot: QtBot) -> None:
    view = open_view(db, qtbot)
    assert view.message_label.isVisible()
    assert view.message_label.text() == "Ingenting haster i dag."
    assert not view.list.isVisible()
    assert view.emergency_label.isVisible()


def test_enter_opens_each_line_at_the_right_place(
    db: Database, qtbot: QtBot, caseload: dict[str, int]
) -> None:
    view = open_view(db, qtbot)
    opened = record_opened(view)
    view.list.setFocus()
    items = {item.client_name: item for item in view.items}
    referral = items["Sen Test"].referral_id
    QTest.keyClick(view.list, Qt.Key.Key_Return)  # the first line is current from the start
    assert opened == [(caseload["Sen"], "referrals", referral, 0)]
    QTest.keyClick(view.list, Qt.Key.Key_Down)
    QTest.keyClick(view.list, Qt.Key.Key_Down)
    QTest.keyClick(view.list, Qt.Key.Key_Enter)
    discharged = items["Utskrevet Test"].referral_id
    assert opened[-1] == (caseload["Utskrevet"], "appointments", discharged, 0)
    QTest.keyClick(view.list, Qt.Key.Key_Down)  # onto the heading "Snart": nothing to open
    QTest.keyClick(view.list, Qt.Key.Key_Return)
    assert len(opened) == 2
    QTest.keyClick(view.list, Qt.Key.Key_End)
    QTest.keyClick(view.list, Qt.Key.Key_Return)
    consent = items["Samtykke Test"].consent_id
    assert consent is not None
    assert opened[-1] == (caseload["Samtykke"], "consents", 0, consent)


def test_a_double_click_opens_a_line(db: Database, qtbot: QtBot, caseload: dict[str, int]) -> None:
    view = open_view(db, qtbot)
    opened = record_opened(view)
    qtbot.wait(20)  # the lines are laid out (wrapped) after the view is shown
    line = view.lines()[1]
    centre = view.list.visualItemRect(line).center()
    # A real double click is a click and then a double-click event; QTest sends only the latter.
    QTest.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseDClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened == [(caseload["Venter"], "referrals", view.items[1].referral_id, 0)]


def test_refresh_drops_what_was_dealt_with_and_keeps_the_place(
    db: Database, qtbot: QtBot, caseload: dict[str, int]
) -> None:
    view = open_view(db, qtbot)
    view.list.setCurrentItem(view.lines()[3])  # Snart Test
    add_part(
        db,
        Part.APPOINTMENTS,
        caseload["Utskrevet"],
        {"starts_at": "2026-11-24T10:00", "kind": "follow_up"},
    )
    view.refresh()
    assert not any(text.startswith("Utskrevet") for text in texts(view))
    assert view.headings()[0].text(0) == "⚠ Haster (2)"
    current = view.current_item()
    assert current is not None and current.client_name == "Snart Test"


def test_a_very_long_group_says_how_many_more_there_are(
    db: Database, qtbot: QtBot, caseload: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("rustool.ui.dashboard_view.MAX_LINES_PER_GROUP", 1)
    view = open_view(db, qtbot)
    urgent = view.headings()[0]
    assert urgent.text(0) == "⚠ Haster (3)"  # the count is of all, shown or not
    assert urgent.childCount() == 2
    more = urgent.child(1)
    assert more is not None
    assert more.text(0) == "… og 2 til. Finn klientene i listen til venstre."
    opened = record_opened(view)
    view.list.setCurrentItem(more)
    QTest.keyClick(view.list, Qt.Key.Key_Return)
    assert opened == []


@pytest.fixture
def follow_up(db: Database) -> dict[str, int]:
    """A group with a meeting on Thursday and two action items, and two plans to revise."""
    group = new_client(db, "Gruppe")
    meeting(db, group, at(days(-30), 10), ((days(-3), None), (days(1), None)))
    meeting(db, group, at(days(3), 10, 30))
    overdue = new_client(db, "Plan")
    plan(db, overdue, days(-22))
    due = new_client(db, "Revisjon")
    plan(db, due, days(10))
    return {"Gruppe": group, "Plan": overdue, "Revisjon": due}


def test_group_and_plan_lines_say_what_and_when(
    db: Database, qtbot: QtBot, follow_up: dict[str, int]
) -> None:
    view = open_view(db, qtbot)
    # Overdue follow-up is its own group, named in words; the lines say how late.
    assert [heading.text(0) for heading in view.headings()] == ["Forfalt (2)", "Snart (3)"]
    assert all(not heading.icon(0).isNull() for heading in view.headings())
    assert texts(view) == [
        "Gruppe Test – oppgave fra ansvarsgruppen «Søke bolig» hadde frist 20.11.2026 og er "
        "ikke markert som gjort (3 dager over fristen).",
        "Plan Test – revisjon av individuell plan var satt til 01.11.2026 og er forfalt "
        "(22 dager over fristen).",
        "Gruppe Test – ansvarsgruppemøte torsdag 26.11.2026 kl. 10:30 (om 3 dager).",
        "Gruppe Test – oppgave fra ansvarsgruppen «Søke bolig» har frist 24.11.2026 (i morgen).",
        "Revisjon Test – individuell plan skal revideres 03.12.2026 (om 10 dager).",
    ]


def test_a_meeting_today_and_an_action_item_one_day_late(db: Database, qtbot: QtBot) -> None:
    client_id = new_client(db, "Møte")
    meeting(db, client_id, at(days(-7), 9), ((days(-1), None),))
    meeting(db, client_id, at(TODAY, 13, 5))
    assert texts(open_view(db, qtbot)) == [
        "Møte Test – oppgave fra ansvarsgruppen «Søke bolig» hadde frist 22.11.2026 og er ikke "
        "markert som gjort (1 dag over fristen).",
        "Møte Test – ansvarsgruppemøte mandag 23.11.2026 kl. 13:05 (i dag).",
    ]


def test_group_and_plan_lines_open_the_client_at_their_tab(
    db: Database, qtbot: QtBot, follow_up: dict[str, int]
) -> None:
    view = open_view(db, qtbot)
    opened = record_opened(view)
    for line in view.lines():
        view.list.setCurrentItem(line)
        QTest.keyClick(view.list, Qt.Key.Key_Return)
    assert opened == [
        (follow_up["Gruppe"], "group", 0, 0),
        (follow_up["Plan"], "plan", 0, 0),
        (follow_up["Gruppe"], "group", 0, 0),
        (follow_up["Gruppe"], "group", 0, 0),
        (follow_up["Revisjon"], "plan", 0, 0),
    ]


def test_a_next_meeting_agreed_but_not_planned_says_so(db: Database, qtbot: QtBot) -> None:
    client_id = new_client(db, "Avtale")
    meeting(db, client_id, at(days(-14), 10), next_meeting_at=at(days(2), 12))
    assert texts(open_view(db, qtbot)) == [
        "Avtale Test – ansvarsgruppemøte avtalt til onsdag 25.11.2026 kl. 12:00 (om 2 dager), "
        "men ikke planlagt som møte ennå."
    ]


def test_an_action_item_line_names_the_task_and_who_has_it(db: Database, qtbot: QtBot) -> None:
    client_id = new_client(db, "Oppgave")
    save_member(db, client_id, {"name": "Kari Koordinator", "is_coordinator": True})
    create_meeting(
        db,
        client_id,
        {
            "starts_at": at(days(-7), 9),
            "action_items": [
                {
                    "description": "Søke bostøtte",
                    "responsible": "Kari Koordinator",
                    "due_on": days(2),
                }
            ],
        },
    )
    assert texts(open_view(db, qtbot)) == [
        "Oppgave Test – oppgave fra ansvarsgruppen «Søke bostøtte» (Kari Koordinator) har "
        "frist 25.11.2026 (om 2 dager)."
    ]
