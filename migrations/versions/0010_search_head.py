"""search: a small tsvector of titles and opening post that ranks the PostgreSQL results

Revision ID: 0010_search_head
Revises: 0009_subscriptions
Create Date: 2026-12-02 12:00:00

The column starts empty: the PostgreSQL backend sees rows without it and rebuilds the
index on first use (PostgresIndex.is_current), which writes every row anew.

On PostgreSQL the rows are also made narrow, so that ranking the matches of a common word
reads little: the texts and the whole thread's `vector` always go to the TOAST table
(toast_tuple_target at its minimum), while `head` and the titles stay in the row
(STORAGE MAIN: compressed there if need be, moved out only past a full page).
"""
from alembic import op
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql


revision = '0010_search_head'
down_revision = '0009_subscriptions'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('search_documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('head', sa.Text().with_variant(postgresql.TSVECTOR(), 'postgresql'), nullable=True))
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('ALTER TABLE search_documents SET (toast_tuple_target = 128)')
        op.execute(
            'ALTER TABLE search_documents ALTER COLUMN head SET STORAGE MAIN,'
            ' ALTER COLUMN title_de SET STORAGE MAIN, ALTER COLUMN title_en SET STORAGE MAIN'
        )


def downgrade():
    if op.get_bind().dialect.name == 'postgresql':
        op.execute('ALTER TABLE search_documents RESET (toast_tuple_target)')
        op.execute(
            'ALTER TABLE search_documents ALTER COLUMN title_de SET STORAGE EXTENDED,'
            ' ALTER COLUMN title_en SET STORAGE EXTENDED'
        )
    with op.batch_alter_table('search_documents', schema=None) as batch_op:
        batch_op.drop_column('head')
