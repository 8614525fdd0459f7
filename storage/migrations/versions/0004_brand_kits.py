"""Brand kits: per-creator brand and learned preferences.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 14:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "brand_kits",
        sa.Column("user_id", sa.UUID(), nullable=False),
        sa.Column("channel_name", sa.String(length=100), nullable=True),
        sa.Column("colours", postgresql.ARRAY(sa.String()), nullable=False),
        sa.Column("fonts", postgresql.ARRAY(sa.String()), nullable=False),
        sa.Column("niche", sa.String(length=40), nullable=True),
        sa.Column("face_key", sa.Text(), nullable=True),
        sa.Column("preferences", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"),
                  nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"],
                                name=op.f("fk_brand_kits_user_id_users"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_brand_kits")),
    )


def downgrade() -> None:
    op.drop_table("brand_kits")
