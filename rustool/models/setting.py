"""User and organisation settings (name, title, letterhead), kept with the data they sign."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class Setting(SQLModel, table=True):
    key: str = Field(primary_key=True)
    value: str
