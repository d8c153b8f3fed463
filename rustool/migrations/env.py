"""Alembic environment: migrations always run on the connection rustool.db hands over."""

from alembic import context
from sqlmodel import SQLModel

import rustool.models  # noqa: F401  (registers every table)

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
