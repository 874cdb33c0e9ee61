"""The export ledger: which signatures went into which export, and whether it was verified.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exports",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uuid", sa.String(36), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("destination", sa.String(), nullable=False),
        sa.Column("record_count", sa.Integer(), nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("verified_at", sa.DateTime(), nullable=True),
    )
    op.create_table(
        "export_items",
        sa.Column("export_id", sa.Integer(), sa.ForeignKey("exports.id"), primary_key=True),
        sa.Column("signature_uuid", sa.String(36), primary_key=True),
    )
    op.create_index("ix_export_items_signature_uuid", "export_items", ["signature_uuid"])


def downgrade() -> None:
    op.drop_index("ix_export_items_signature_uuid", "export_items")
    op.drop_table("export_items")
    op.drop_table("exports")
