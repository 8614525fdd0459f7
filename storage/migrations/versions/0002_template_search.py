"""Template search: per-model embeddings of template DNA, filter facts on templates.

HNSW indexes are per embedding model and made by storage/vector_index.py when a model is first
used, since which models exist depends on settings, not on the schema.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 13:44:43.553139
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from pgvector.sqlalchemy import Vector
from sqlalchemy.dialects import postgresql

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "template_embeddings",
        sa.Column("template_id", sa.UUID(), nullable=False),
        sa.Column("model", sa.String(length=80), nullable=False),
        sa.Column("dimensions", sa.Integer(), nullable=False),
        sa.Column("embedding", Vector(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("niches", postgresql.ARRAY(sa.String()), nullable=False),
        sa.Column("aspect", sa.String(length=10), nullable=False),
        sa.Column("layout", sa.String(length=40), nullable=False),
        sa.Column("face_count", sa.Integer(), nullable=False),
        sa.Column("text_amount", sa.String(length=10), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["templates.id"],
            name=op.f("fk_template_embeddings_template_id_templates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("template_id", "model", name=op.f("pk_template_embeddings")),
    )
    op.add_column(
        "templates", sa.Column("face_count", sa.Integer(), server_default="0", nullable=False)
    )
    op.add_column(
        "templates",
        sa.Column("text_amount", sa.String(length=10), server_default="short", nullable=False),
    )
    op.add_column(
        "templates", sa.Column("energy", sa.Integer(), server_default="5", nullable=False)
    )


def downgrade() -> None:
    op.drop_column("templates", "energy")
    op.drop_column("templates", "text_amount")
    op.drop_column("templates", "face_count")
    op.drop_table("template_embeddings")  # drops its per-model indexes too
