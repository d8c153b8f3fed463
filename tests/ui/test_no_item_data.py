"""Guard against a PySide6 6.12 crash: its item-data binding (QTreeWidgetItem/QListWidgetItem/
QTableWidgetItem .data()/.setData()) releases a reference to None on every call, and after a few
thousand calls the process aborts ("none_dealloc"). The overview once did this with thousands
of lines. Widgets map rows to their records by position instead."""

from __future__ import annotations

import re
from pathlib import Path

import rustool.ui

ITEM_DATA_CALL = re.compile(r"\.(setData|data)\(\s*(0\s*,|Qt\.ItemDataRole)")


def test_no_widget_keeps_python_data_on_qt_items() -> None:
    offenders = [
        f"{path.name}:{number}: {line.strip()}"
        for path in Path(rustool.ui.__file__).parent.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if ITEM_DATA_CALL.search(line)
    ]
    assert offenders == []
