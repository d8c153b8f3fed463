"""UI tests run slow work synchronously, so a test sees its result without waiting."""

from __future__ import annotations

import pytest

from rustool.ui import background


@pytest.fixture(autouse=True)
def _work_runs_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(background, "run", background.run_now)
