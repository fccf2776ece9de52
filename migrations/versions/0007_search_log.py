"""search: the search log (query, filters, results, time, member or visitor, opened result)

Revision ID: 0007_search_log
Revises: 0006_search_documents
Create Date: 2026-12-02 10:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0007_search_log'
down_revision = '0006_search_documents'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'search_logs',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('query', sa.String(length=300), nullable=False),
        sa.Column('normalized', sa.String(length=300), nullable=False),
        sa.Column('filters', sa.JSON(), nullable=False),
        sa.Column('sort', sa.String(length=20), nullable=False),
        sa.Column('page', sa.Integer(), nullable=False),
        sa.Column('source', sa.String(length=10), nullable=False),
        sa.Column('result_count', sa.Integer(), nullable=False),
        sa.Column('has_more', sa.Boolean(), nullable=False),
        sa.Column('duration_ms', sa.Integer(), nullable=False),
        sa.Column('is_member', sa.Boolean(), nullable=False),
        sa.Column('opened_topic_id', sa.Integer(), nullable=True),
        sa.Column('opened_position', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['opened_topic_id'], ['topics.id'], name=op.f('fk_search_logs_opened_topic_id_topics'), ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_search_logs')),
    )
    with op.batch_alter_table('search_logs', schema=None) as batch_op:
        batch_op.create_index('ix_search_logs_created_at', ['created_at'], unique=False)
        batch_op.create_index('ix_search_logs_normalized_created_at', ['normalized', 'created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_search_logs_opened_topic_id'), ['opened_topic_id'], unique=False)


def downgrade():
    with op.batch_alter_table('search_logs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_search_logs_opened_topic_id'))
        batch_op.drop_index('ix_search_logs_normalized_created_at')
        batch_op.drop_index('ix_search_logs_created_at')

    op.drop_table('search_logs')
