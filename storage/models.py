"""The database schema as typed SQLAlchemy 2 models. Migrations (storage/migrations) follow it.

Money rules live in the schema, not only in code: a user's balance has a CHECK (never below
zero), ledger rows cannot be updated or deleted (a trigger, see the first migration), and a
generation can be settled (captured or refunded) at most once (a partial unique index).
"""

from __future__ import annotations

import enum
import uuid
from datetime import datetime
from typing import Any

from pgvector.sqlalchemy import Vector
from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names, so migrations can refer to them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSONB, list[str]: ARRAY(String)}


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    return Enum(cls, name=name, values_callable=lambda e: [m.value for m in e])


class Role(enum.StrEnum):
    CREATOR = "creator"
    ADMIN = "admin"


class LedgerKind(enum.StrEnum):
    GRANT = "grant"  # free credits (sign-up, admin gift)
    PURCHASE = "purchase"  # paid through Stripe
    RESERVE = "reserve"  # held for a queued job
    CAPTURE = "capture"  # the held credits were spent (delta 0: the reserve already moved them)
    REFUND = "refund"  # the held credits came back (job failed, timed out, was cancelled)
    ADJUST = "adjust"  # an admin correction


class GenerationStatus(enum.StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELED = "canceled"


class TemplateStatus(enum.StrEnum):
    ACTIVE = "active"
    DISABLED = "disabled"


def _now() -> Mapped[datetime]:
    return mapped_column(DateTime(timezone=True), server_default=func.now(), nullable=False)


def _uuid_pk() -> Mapped[uuid.UUID]:
    return mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)


class User(Base):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint("credit_balance >= 0", name="balance_not_negative"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    email: Mapped[str] = mapped_column(String(320), unique=True)
    display_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[Role] = mapped_column(_enum(Role, "user_role"), default=Role.CREATOR)
    password_hash: Mapped[str | None] = mapped_column(Text)
    # Denormalised from the ledger so that a spend is one guarded UPDATE; every change to it
    # is written with a ledger row in the same transaction (storage/ledger.py).
    credit_balance: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    disabled: Mapped[bool] = mapped_column(default=False, server_default=text("false"))
    created_at: Mapped[datetime] = _now()


class CreditEntry(Base):
    __tablename__ = "credit_ledger"
    __table_args__ = (
        CheckConstraint("balance_after >= 0", name="balance_after_not_negative"),
        Index(
            "uq_credit_ledger_one_settlement",
            "generation_id",
            unique=True,
            postgresql_where=text("kind IN ('capture', 'refund')"),
        ),
        Index(
            "uq_credit_ledger_one_reserve",
            "generation_id",
            unique=True,
            postgresql_where=text("kind = 'reserve'"),
        ),
        Index("ix_credit_ledger_user_created", "user_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    kind: Mapped[LedgerKind] = mapped_column(_enum(LedgerKind, "ledger_kind"))
    delta: Mapped[int] = mapped_column(Integer)
    balance_after: Mapped[int] = mapped_column(Integer)
    generation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("generations.id", ondelete="RESTRICT")
    )
    # External reference (e.g. a Stripe event id): unique, so a replayed webhook pays once.
    reference: Mapped[str | None] = mapped_column(String(200), unique=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = _now()


class Template(Base):
    __tablename__ = "templates"

    id: Mapped[uuid.UUID] = _uuid_pk()
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(20), default="upload")  # starter | upload
    status: Mapped[TemplateStatus] = mapped_column(
        _enum(TemplateStatus, "template_status"), default=TemplateStatus.ACTIVE
    )
    niches: Mapped[list[str]] = mapped_column(default=list)
    layout: Mapped[str] = mapped_column(String(40), default="other")
    aspect: Mapped[str] = mapped_column(String(10), default="16:9")
    image_key: Mapped[str] = mapped_column(Text)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    # Perceptual hash (64 bits stored signed): duplicate detection and, later, leak guarding.
    phash: Mapped[int] = mapped_column(BigInteger, index=True)
    spec: Mapped[dict[str, Any] | None] = mapped_column()  # layer spec, when we have one
    dna: Mapped[dict[str, Any] | None] = mapped_column()
    description: Mapped[str] = mapped_column(Text, default="")
    # Filterable facts pulled out of the DNA (search filters and re-ranking read these).
    face_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    text_amount: Mapped[str] = mapped_column(String(10), default="short", server_default="short")
    energy: Mapped[int] = mapped_column(Integer, default=5, server_default="5")
    created_at: Mapped[datetime] = _now()
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )


class TemplateEmbedding(Base):
    """A template's DNA description embedded by one model.

    The vector column is untyped so several models (384-d MiniLM, 1536-d OpenAI, ...) can live
    side by side; each model gets its own partial HNSW index over `embedding::vector(N)`
    (storage/vector_index.py). Filter columns are copied from `templates` so a filtered k-NN
    is one index scan with pgvector's iterative scan, not a join that starves the index.
    """

    __tablename__ = "template_embeddings"

    template_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("templates.id", ondelete="CASCADE"), primary_key=True
    )
    model: Mapped[str] = mapped_column(String(80), primary_key=True)
    dimensions: Mapped[int] = mapped_column(Integer)
    embedding: Mapped[Any] = mapped_column(Vector())
    document: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True, server_default=text("true"))
    niches: Mapped[list[str]] = mapped_column(default=list)
    aspect: Mapped[str] = mapped_column(String(10))
    layout: Mapped[str] = mapped_column(String(40))
    face_count: Mapped[int] = mapped_column(Integer)
    text_amount: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime] = _now()


class Generation(Base):
    """One paid job: a request rendered into one or more assets."""

    __tablename__ = "generations"
    __table_args__ = (Index("ix_generations_user_created", "user_id", "created_at"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    thread_id: Mapped[str | None] = mapped_column(String(100), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # generate | vary | upscale | refine | resize
    status: Mapped[GenerationStatus] = mapped_column(
        _enum(GenerationStatus, "generation_status"), default=GenerationStatus.QUEUED
    )
    request: Mapped[dict[str, Any]] = mapped_column(default=dict)
    price: Mapped[int] = mapped_column(Integer)
    provider: Mapped[str] = mapped_column(String(40), default="local")
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = _now()
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Asset(Base):
    """One finished image of a generation, with the layer spec that re-renders it."""

    __tablename__ = "assets"
    __table_args__ = (UniqueConstraint("generation_id", "position", name="uq_assets_position"),)

    id: Mapped[uuid.UUID] = _uuid_pk()
    generation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("generations.id", ondelete="CASCADE")
    )
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="RESTRICT"))
    position: Mapped[int] = mapped_column(Integer)
    object_key: Mapped[str] = mapped_column(Text)
    content_type: Mapped[str] = mapped_column(String(40))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    byte_size: Mapped[int] = mapped_column(Integer)
    # Internal only: which template inspired it. Never serialised to a creator.
    template_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("templates.id", ondelete="SET NULL")
    )
    spec: Mapped[dict[str, Any]] = mapped_column(default=dict)
    compliance: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = _now()


class AuditEntry(Base):
    """Who did what to what: every admin action and every credit adjustment."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_created", "created_at"),)

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(80))
    target_type: Mapped[str] = mapped_column(String(40), default="")
    target_id: Mapped[str] = mapped_column(String(100), default="")
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = _now()


class BrandKit(Base):
    """A creator's brand and learned preferences (memory/brand_kit.py)."""

    __tablename__ = "brand_kits"

    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    channel_name: Mapped[str | None] = mapped_column(String(100))
    colours: Mapped[list[str]] = mapped_column(default=list)
    fonts: Mapped[list[str]] = mapped_column(default=list)
    niche: Mapped[str | None] = mapped_column(String(40))
    face_key: Mapped[str | None] = mapped_column(Text)  # the creator's cut-out in the store
    preferences: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )
