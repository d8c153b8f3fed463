"""Errors a service raises for the user to act on (besides ValidationError and StorageError)."""

from __future__ import annotations


class NotFoundError(LookupError):
    def __init__(self, entity: str, entity_id: int) -> None:
        super().__init__(f"{entity} {entity_id} does not exist (deleted, or never created).")
        self.entity = entity
        self.entity_id = entity_id


class ConflictError(RuntimeError):
    """The record changed since the caller read it; the caller keeps its input and reloads."""

    def __init__(self, entity: str, entity_id: int) -> None:
        super().__init__(
            f"{entity} {entity_id} was changed elsewhere after you opened it; "
            "your input is kept — reload to see the other change."
        )
        self.entity = entity
        self.entity_id = entity_id
