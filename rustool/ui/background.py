"""Slow work off the UI thread, with success and failure callbacks on the UI thread.

One helper for every slow operation (Anki's `CollectionOp` is the model). Services open their
own session per call and the engine's pool hands each thread its own connection, so a service
may run on a worker thread. Tests install `run_now` so that work finishes before they look.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")
Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]], None]


class _Relay(QObject):
    """Lives on the UI thread; its signals carry the worker's result back there."""

    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # handed to the caller's failure callback
            self._report(self._relay.failed, exc)
        else:
            self._report(self._relay.done, result)

    @staticmethod
    def _report(signal: Any, value: Any) -> None:
        # If the application quit while the work ran, the relay is gone and nobody waits for
        # the answer: there is nothing to report to.
        with suppress(RuntimeError):
            signal.emit(value)


_pending: set[_Relay] = set()  # keeps each relay alive until its job has reported


def run_in_background(
    work: Callable[[], T], on_done: Callable[[T], None], on_failed: Callable[[Exception], None]
) -> None:
    relay = _Relay()
    _pending.add(relay)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _pending.discard(relay)
        callback(value)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda exc: finish(on_failed, exc))
    QThreadPool.globalInstance().start(_Job(work, relay))


def run_now(
    work: Callable[[], T], on_done: Callable[[T], None], on_failed: Callable[[Exception], None]
) -> None:
    """The synchronous runner (tests): the same callbacks, before the call returns."""
    try:
        result = work()
    except Exception as exc:
        on_failed(exc)
    else:
        on_done(result)


run: Runner = run_in_background


def use_runner(runner: Runner) -> None:
    global run
    run = runner
