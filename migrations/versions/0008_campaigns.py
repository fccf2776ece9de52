"""campaigns: campaigns, their people, members and tags; topics' campaign, idea status, guide source

Revision ID: 0008_campaigns
Revises: 0007_search_log
Create Date: 2026-12-02 02:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = '0008_campaigns'
down_revision = '0007_search_log'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'campaigns',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('slug', sa.String(length=60), nullable=False),
        sa.Column('title', sa.String(length=120), nullable=False),
        sa.Column('brief', sa.Text(), nullable=False),
        sa.Column('brief_html', sa.Text(), nullable=False),
        sa.Column('type', sa.String(length=20), nullable=False),
        sa.Column('category_id', sa.Integer(), nullable=False),
        sa.Column('starts_at', sa.DateTime(), nullable=False),
        sa.Column('ends_at', sa.DateTime(), nullable=False),
        sa.Column('goal_metric', sa.String(length=20), nullable=False),
        sa.Column('goal_target', sa.Integer(), nullable=False),
        sa.Column('call_to_action', sa.String(length=200), nullable=False),
        sa.Column('published_at', sa.DateTime(), nullable=True),
        sa.Column('start_announced_at', sa.DateTime(), nullable=True),
        sa.Column('end_announced_at', sa.DateTime(), nullable=True),
        sa.Column('created_by_id', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['category_id'], ['categories.id'], name=op.f('fk_campaigns_category_id_categories')),
        sa.ForeignKeyConstraint(['created_by_id'], ['users.id'], name=op.f('fk_campaigns_created_by_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_campaigns')),
        sa.UniqueConstraint('slug', name=op.f('uq_campaigns_slug')),
    )
    with op.batch_alter_table('campaigns', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaigns_category_id'), ['category_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_campaigns_created_by_id'), ['created_by_id'], unique=False)
        batch_op.create_index('ix_campaigns_starts_at_ends_at', ['starts_at', 'ends_at'], unique=False)
        batch_op.create_index('ix_campaigns_category_id_starts_at', ['category_id', 'starts_at'], unique=False)
    op.create_table(
        'campaign_tags',
        sa.Column('campaign_id', sa.Integer(), nullable=False),
        sa.Column('tag_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['campaign_id'], ['campaigns.id'], name=op.f('fk_campaign_tags_campaign_id_campaigns'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['tag_id'], ['tags.id'], name=op.f('fk_campaign_tags_tag_id_tags'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('campaign_id', 'tag_id', name=op.f('pk_campaign_tags')),
    )
    with op.batch_alter_table('campaign_tags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaign_tags_tag_id'), ['tag_id'], unique=False)
    op.create_table(
        'campaign_people',
        sa.Column('campaign_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('role', sa.String(length=10), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['campaign_id'], ['campaigns.id'], name=op.f('fk_campaign_people_campaign_id_campaigns'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_campaign_people_user_id_users'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('campaign_id', 'user_id', name=op.f('pk_campaign_people')),
    )
    with op.batch_alter_table('campaign_people', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaign_people_user_id'), ['user_id'], unique=False)
    op.create_table(
        'campaign_members',
        sa.Column('campaign_id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('joined_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['campaign_id'], ['campaigns.id'], name=op.f('fk_campaign_members_campaign_id_campaigns'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_campaign_members_user_id_users'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('campaign_id', 'user_id', name=op.f('pk_campaign_members')),
    )
    with op.batch_alter_table('campaign_members', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaign_members_user_id'), ['user_id'], unique=False)
    op.create_table(
        'idea_status_changes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('topic_id', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('previous', sa.String(length=20), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('note_html', sa.Text(), nullable=False),
        sa.Column('actor_id', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['actor_id'], ['users.id'], name=op.f('fk_idea_status_changes_actor_id_users')),
        sa.ForeignKeyConstraint(['topic_id'], ['topics.id'], name=op.f('fk_idea_status_changes_topic_id_topics'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_idea_status_changes')),
    )
    with op.batch_alter_table('idea_status_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_idea_status_changes_actor_id'), ['actor_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_idea_status_changes_topic_id'), ['topic_id'], unique=False)
    with op.batch_alter_table('topics', schema=None) as batch_op:
        batch_op.add_column(sa.Column('campaign_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('idea_status', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('source_post_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_topics_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_topics_idea_status'), ['idea_status'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_topics_campaign_id_campaigns'), 'campaigns', ['campaign_id'], ['id'], ondelete='SET NULL')
        batch_op.create_foreign_key(batch_op.f('fk_topics_source_post_id_posts'), 'posts', ['source_post_id'], ['id'], ondelete='SET NULL')
    # Ideas written before campaigns existed start as new.
    op.execute("UPDATE topics SET idea_status = 'new' WHERE kind = 'idea'")


def downgrade():
    with op.batch_alter_table('topics', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_topics_source_post_id_posts'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_topics_campaign_id_campaigns'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_topics_idea_status'))
        batch_op.drop_index(batch_op.f('ix_topics_campaign_id'))
        batch_op.drop_column('source_post_id')
        batch_op.drop_column('idea_status')
        batch_op.drop_column('campaign_id')
    op.drop_table('idea_status_changes')
    op.drop_table('campaign_members')
    op.drop_table('campaign_people')
    op.drop_table('campaign_tags')
    op.drop_table('campaigns')
