"""moderation, second part: sanction caches on users, merged topics

Revision ID: 0005_moderation_members
Revises: 0004_moderation
Create Date: 2026-12-01 18:30:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0005_moderation_members'
down_revision = '0004_moderation'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('silenced_until', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('suspended_until', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('warning_pending', sa.Boolean(), server_default='0', nullable=False))

    with op.batch_alter_table('topics', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_into_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_topics_merged_into_id_topics'), 'topics', ['merged_into_id'], ['id'], ondelete='SET NULL')
        batch_op.create_index(batch_op.f('ix_topics_merged_into_id'), ['merged_into_id'], unique=False)

    with op.batch_alter_table('review_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_items_sanction_id'), ['sanction_id'], unique=False)


def downgrade():
    with op.batch_alter_table('review_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_items_sanction_id'))

    with op.batch_alter_table('topics', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_topics_merged_into_id'))
        batch_op.drop_constraint(batch_op.f('fk_topics_merged_into_id_topics'), type_='foreignkey')
        batch_op.drop_column('merged_into_id')

    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('warning_pending')
        batch_op.drop_column('suspended_until')
        batch_op.drop_column('silenced_until')
