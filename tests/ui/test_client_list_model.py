"""The client list model: lazy pages, Norwegian search and order, SQL sorting."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from rustool.db import Database
from rustool.domain.client_rules import validate_client
from rustool.services.clients import create_client, insert_client
from rustool.ui.models.client_list_model import ClientListModel
from tests.conftest import SYNTHETIC_ID


def add_clients(db: Database, count: int, status: str = "active", prefix: str = "Test") -> None:
    """Many clients in one transaction (one create_client call each would fsync every time)."""
    now = dt.datetime.now()
    with db.session() as session:
        for number in range(count):
            data: dict[str, Any] = {
                "given_name": f"Person{number:05d}",
                "family_name": f"{prefix}{number:05d}",
                "birth_date": "1980-01-01",
                "status": status,
                "closed_on": "2024-01-01" if status == "closed" else None,
            }
            insert_client(session, validate_client(data), now)


def add(db: Database, given: str, family: str, **extra: Any) -> int:
    client = create_client(
        db, {"given_name": given, "family_name": family, "birth_date": "1990-05-17", **extra}
    )
    assert client.id is not None
    return client.id


def column(model: ClientListModel, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[Any]:
    return [model.data(model.index(row, col), role) for row in range(model.rowCount())]


def test_model_passes_qt_model_tester(db: Database, qtmodeltester: ModelTester) -> None:
    add_clients(db, 250)
    add(db, "Åse", "Øvrebø", national_id=SYNTHETIC_ID, birth_date=None, phone="91234567")
    model = ClientListModel(db)
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    model.set_search("øvre")
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]


def test_rows_are_fetched_a_page_at_a_time(db: Database) -> None:
    add_clients(db, 450)
    model = ClientListModel(db)
    assert model.PAGE_SIZE == 200
    assert model.rowCount() == 200
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    assert model.total() == 450
    # The pages follow each other without gaps or repeats.
    assert len({model.client_id(row) for row in range(450)}) == 450


def test_columns_show_name_national_id_birth_date_phone_and_status(db: Database) -> None:
    add(db, "Kari", "Nordmann", national_id=SYNTHETIC_ID, birth_date=None, phone="91234567")
    model = ClientListModel(db)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Navn", "Fødselsnummer", "Fødselsdato", "Telefon", "Status"]
    row = [model.data(model.index(0, c)) for c in range(5)]
    assert row == ["Nordmann, Kari", SYNTHETIC_ID, "10.11.1955", "91234567", "Aktiv"]


def test_search_matches_norwegian_letters_exactly(db: Database) -> None:
    add(db, "Bjørn", "Hår")
    add(db, "Åse", "Har")
    model = ClientListModel(db)
    model.set_search("bjø")
    assert column(model, 0) == ["Hår, Bjørn"]
    model.set_search("ÅSE")
    assert column(model, 0) == ["Har, Åse"]
    model.set_search("hår")
    assert column(model, 0) == ["Hår, Bjørn"]
    model.set_search("har")
    assert column(model, 0) == ["Har, Åse"]
    assert model.total() == 1


def test_status_filter_shows_active_closed_or_all(db: Database) -> None:
    add_clients(db, 3, prefix="Aktiv")
    add_clients(db, 2, status="closed", prefix="Lukket")
    model = ClientListModel(db)
    assert model.rowCount() == 3
    assert set(column(model, 4)) == {"Aktiv"}
    model.set_status("closed")
    assert model.rowCount() == 2
    assert set(column(model, 4)) == {"Avsluttet"}
    model.set_status("all")
    assert model.rowCount() == 5
    assert model.total() == 5


def test_sorting_by_name_follows_the_norwegian_alphabet(db: Database) -> None:
    for family in ("Åsen", "Ødegård", "Aas", "Zahl", "Ærø", "Olsen"):
        add(db, "Test", family)
    model = ClientListModel(db)
    expected = ["Aas", "Olsen", "Zahl", "Ærø", "Ødegård", "Åsen"]
    assert [name.split(",")[0] for name in column(model, 0)] == expected
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [name.split(",")[0] for name in column(model, 0)] == expected[::-1]
    keys = column(model, 0, Qt.ItemDataRole.UserRole)
    assert keys == sorted(keys, reverse=True)


def test_sorting_by_another_column_is_done_by_the_database(db: Database) -> None:
    add(db, "Eldst", "Berg", birth_date="1950-03-01")
    add(db, "Yngst", "Berg", birth_date="2001-12-24")
    add(db, "Midt", "Berg", birth_date="1975-06-30")
    model = ClientListModel(db)
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert column(model, 2) == ["01.03.1950", "30.06.1975", "24.12.2001"]
    assert column(model, 2, Qt.ItemDataRole.UserRole) == ["1950-03-01", "1975-06-30", "2001-12-24"]
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert column(model, 2) == ["24.12.2001", "30.06.1975", "01.03.1950"]


def test_refresh_keeps_the_loaded_rows_and_finds_a_client_by_id(db: Database) -> None:
    add_clients(db, 450)
    model = ClientListModel(db)
    model.fetchMore(QModelIndex())
    last = model.client_id(399)
    model.refresh()
    assert model.rowCount() == 400
    assert model.row_of(last) == 399
    assert model.row_of(-1) is None
