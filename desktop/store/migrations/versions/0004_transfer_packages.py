"""Transfer packages between kommuner: known kommuners' keys and the packages seen (issue 7).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 17:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop.core.types import UtcDateTime

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "kjent_kommune",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("nummer", sa.String(length=4), nullable=False),
        sa.Column("navn", sa.String(length=120), nullable=False),
        sa.Column("x25519", sa.String(length=64), nullable=False),
        sa.Column("ed25519", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("lagt_til_at", UtcDateTime(), nullable=False),
        sa.Column("lagt_til_av_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_kjent_kommune")),
        sa.UniqueConstraint("fingerprint", name=op.f("uq_kjent_kommune_fingerprint")),
    )
    with op.batch_alter_table("kjent_kommune", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kjent_kommune_nummer"), ["nummer"], unique=False)
    op.create_table(
        "pakke",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("retning", sa.String(length=3), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("kommune_nummer", sa.String(length=4), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("overforing_id", sa.Uuid(), nullable=True),
        sa.Column("logg_id", sa.Uuid(), nullable=True),
        sa.Column("svar_pa_id", sa.Uuid(), nullable=True),
        sa.Column("resultat", sa.String(length=16), nullable=False),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pakke")),
    )
    with op.batch_alter_table("pakke", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pakke_overforing_id"), ["overforing_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("pakke", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pakke_overforing_id"))
    op.drop_table("pakke")
    with op.batch_alter_table("kjent_kommune", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kjent_kommune_nummer"))
    op.drop_table("kjent_kommune")
