"""Slow work on a worker thread reports back on the UI thread, result or error."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from rustool.ui import background


def test_work_runs_on_another_thread_and_reports_on_the_ui_thread(qtbot: QtBot) -> None:
    ui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread() is not threading.main_thread()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["reported_on_ui_thread"] = QThread.currentThread() is ui_thread

    background.run_in_background(work, done, lambda exc: seen.update(error=exc))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen == {"worker": True, "result": 42, "reported_on_ui_thread": True}


def test_an_error_in_the_work_goes_to_the_failure_callback(qtbot: QtBot) -> None:
    errors: list[Exception] = []
    results: list[object] = []

    def work() -> None:
        raise ValueError("disken er full")

    background.run_in_background(work, results.append, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert [str(e) for e in errors] == ["disken er full"] and results == []


@pytest.mark.parametrize("fails", [False, True])
def test_the_synchronous_runner_keeps_the_same_contract(fails: bool) -> None:
    outcome: list[object] = []

    def work() -> str:
        if fails:
            raise RuntimeError("nei")
        return "ja"

    background.run_now(work, outcome.append, outcome.append)
    assert [str(o) for o in outcome] == (["nei"] if fails else ["ja"])
