"""Column types shared by the tables."""

from sqlalchemy import DateTime

# Local wall-clock time, stored naive (DOMAIN.md: datetimes are local time).
LOCAL_DATETIME = DateTime(timezone=False)
