"""SQLAlchemy 2: models, engine set-up, unit of work, migrations, audit chain, backups."""
