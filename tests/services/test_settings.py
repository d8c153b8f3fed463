"""The idle minutes before the window locks: a whole number from 1 to 120, 5 unless set."""

from __future__ import annotations

import pytest

from rustool.db import Database
from rustool.domain.records import ValidationError
from rustool.models import Setting
from rustool.services.settings import get_settings, save_settings


def test_the_window_locks_after_five_idle_minutes_unless_set(db: Database) -> None:
    assert get_settings(db).lock_minutes == 5
    save_settings(db, {"lock_minutes": 120})
    assert get_settings(db).lock_minutes == 120
    save_settings(db, {"user_name": "Kari"})  # the letterhead alone leaves it be
    assert get_settings(db).lock_minutes == 120
    save_settings(db, {"lock_minutes": None})  # emptied: the default again
    assert get_settings(db).lock_minutes == 5


@pytest.mark.parametrize(
    ("value", "code"),
    [(0, "range"), (121, "range"), (-5, "range"), ("abc", "type"), (2.5, "type"), (True, "type")],
)
def test_idle_minutes_that_are_no_count_from_1_to_120_are_refused_and_nothing_saved(
    db: Database, value: object, code: str
) -> None:
    save_settings(db, {"user_name": "Kari", "lock_minutes": 10})
    with pytest.raises(ValidationError) as exc:
        save_settings(db, {"user_name": "Ola", "lock_minutes": value})
    error = exc.value.for_field("lock_minutes")
    assert error is not None and error.code == code
    if code == "range":
        assert error.message == f"must be between 1 and 120, not {value}"
    assert (get_settings(db).user_name, get_settings(db).lock_minutes) == ("Kari", 10)


@pytest.mark.parametrize("stored", ["0", "500", "fem", "²", ""])
def test_a_stored_value_that_is_no_count_means_the_default(db: Database, stored: str) -> None:
    with db.session() as session:  # written behind the service, as an older or damaged file may
        session.add(Setting(key="lock_minutes", value=stored))
    assert get_settings(db).lock_minutes == 5
