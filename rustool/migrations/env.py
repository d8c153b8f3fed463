"""Alembic environment: migrations always run on the connection rustool.db hands over."""

from typing import Any

from alembic import context
from sqlmodel import SQLModel

import rustool.models  # noqa: F401  (registers every table)


def include_name(name: str | None, type_: str, _parents: Any) -> bool:
    # The search index is SQLite FTS5, made by hand in a migration, not a model.
    return not (type_ == "table" and (name or "").startswith("client_search"))


connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
