"""search: the PostgreSQL backend's documents with their tsvector and GIN index

Revision ID: 0006_search_documents
Revises: 0005_moderation_members
Create Date: 2026-12-01 21:30:00

"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


revision = '0006_search_documents'
down_revision = '0005_moderation_members'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'search_documents',
        sa.Column('topic_id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('title_de', sa.Text(), nullable=False),
        sa.Column('title_en', sa.Text(), nullable=False),
        sa.Column('body_de', sa.Text(), nullable=False),
        sa.Column('body_en', sa.Text(), nullable=False),
        sa.Column('vector', sa.Text().with_variant(postgresql.TSVECTOR(), 'postgresql'), nullable=True),
        sa.ForeignKeyConstraint(['topic_id'], ['topics.id'], name=op.f('fk_search_documents_topic_id_topics'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('topic_id', name=op.f('pk_search_documents')),
    )
    op.create_index('ix_search_documents_vector', 'search_documents', ['vector'], unique=False, postgresql_using='gin')


def downgrade():
    op.drop_index('ix_search_documents_vector', table_name='search_documents', postgresql_using='gin')
    op.drop_table('search_documents')
