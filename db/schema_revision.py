"""The schema revision this app writes, as a constant: opening an up-to-date case then needs
neither Alembic (a fifth of start-up) nor SQLAlchemy (`db.first_look` checks it with the bare
driver). A test keeps it equal to the newest Alembic revision."""

HEAD_REVISION = "0018"
