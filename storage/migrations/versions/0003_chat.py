"""Chat history: Chainlit's SQLAlchemyDataLayer tables, in their own schema `chainlit`.

Chainlit's data layer speaks unqualified names (`users`, `threads`, …); the web app connects it
with `search_path=chainlit`, so its `users` never meets ours. Columns follow what Chainlit 2.12
writes (its documented schema lacks `"autoCollapse"`, which 2.12 sends with every step).
`chainlit.users.id` *is* our `users.id` (ui/data_layer.py creates it so), which is what lets the
file route and the thread ACL agree on who owns what.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 14:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SCHEMA = "chainlit"

TABLES = f"""
CREATE TABLE {SCHEMA}.users (
    "id" UUID PRIMARY KEY REFERENCES public.users(id) ON DELETE CASCADE,
    "identifier" TEXT NOT NULL UNIQUE,
    "metadata" JSONB NOT NULL DEFAULT '{{}}',
    "createdAt" TEXT
);

CREATE TABLE {SCHEMA}.threads (
    "id" UUID PRIMARY KEY,
    "createdAt" TEXT,
    "name" TEXT,
    "userId" UUID REFERENCES {SCHEMA}.users("id") ON DELETE CASCADE,
    "userIdentifier" TEXT,
    "tags" TEXT[],
    "metadata" JSONB
);
CREATE INDEX ix_threads_user ON {SCHEMA}.threads ("userId");

CREATE TABLE {SCHEMA}.steps (
    "id" UUID PRIMARY KEY,
    "name" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "threadId" UUID NOT NULL REFERENCES {SCHEMA}.threads("id") ON DELETE CASCADE,
    "parentId" UUID,
    "streaming" BOOLEAN NOT NULL,
    "waitForAnswer" BOOLEAN,
    "isError" BOOLEAN,
    "metadata" JSONB,
    "tags" TEXT[],
    "input" TEXT,
    "output" TEXT,
    "createdAt" TEXT,
    "command" TEXT,
    "modes" JSONB,
    "start" TEXT,
    "end" TEXT,
    "generation" JSONB,
    "showInput" TEXT,
    "language" TEXT,
    "indent" INT,
    "defaultOpen" BOOLEAN,
    "autoCollapse" BOOLEAN
);
CREATE INDEX ix_steps_thread ON {SCHEMA}.steps ("threadId");

CREATE TABLE {SCHEMA}.elements (
    "id" UUID PRIMARY KEY,
    "threadId" UUID REFERENCES {SCHEMA}.threads("id") ON DELETE CASCADE,
    "type" TEXT,
    "url" TEXT,
    "chainlitKey" TEXT,
    "name" TEXT NOT NULL,
    "display" TEXT,
    "objectKey" TEXT,
    "size" TEXT,
    "page" INT,
    "language" TEXT,
    "forId" UUID,
    "mime" TEXT,
    "props" JSONB,
    "autoPlay" BOOLEAN,
    "playerConfig" JSONB
);
CREATE INDEX ix_elements_thread ON {SCHEMA}.elements ("threadId");

CREATE TABLE {SCHEMA}.feedbacks (
    "id" UUID PRIMARY KEY,
    "forId" UUID NOT NULL,
    "threadId" UUID NOT NULL REFERENCES {SCHEMA}.threads("id") ON DELETE CASCADE,
    "value" INT NOT NULL,
    "comment" TEXT
);
"""


def upgrade() -> None:
    op.execute(f"CREATE SCHEMA {SCHEMA}")
    for statement in TABLES.split(";"):
        if statement.strip():
            op.execute(statement)


def downgrade() -> None:
    for table in ("feedbacks", "elements", "steps", "threads", "users"):
        op.execute(f"DROP TABLE {SCHEMA}.{table}")
    op.execute(f"DROP SCHEMA {SCHEMA}")
