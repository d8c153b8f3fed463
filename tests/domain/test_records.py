"""Records as JSON holds them: what goes into a JSON column must come back the same."""

from __future__ import annotations

import datetime as dt
import json

from rustool.domain.records import json_tree


def test_a_nested_document_keeps_every_date_as_iso_text_at_any_depth() -> None:
    plan = {
        "period_start": dt.date(2026, 2, 1),
        "goals": [
            {
                "target_date": dt.date(2026, 12, 31),
                "measures": [{"end_on": dt.date(2026, 6, 1), "scope": "1 time/uke"}],
            }
        ],
        "evaluations": ({"held_on": dt.date(2026, 5, 1), "goal_notes": []},),
        "next_meeting_at": dt.datetime(2026, 12, 1, 10, 30),
    }
    tree = json_tree(plan)
    assert json.loads(json.dumps(tree)) == tree  # nothing JSON cannot hold
    assert tree["goals"][0]["measures"][0] == {"end_on": "2026-06-01", "scope": "1 time/uke"}
    assert tree["evaluations"] == [{"held_on": "2026-05-01", "goal_notes": []}]
    assert tree["next_meeting_at"] == "2026-12-01T10:30:00"
