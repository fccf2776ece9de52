"""What search keeps in the database: the PostgreSQL backend's documents (and the search log)."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Text
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from community.extensions import db


class SearchDocument(db.Model):
    """One listed topic's text for PostgreSQL's full-text search, kept by the indexer.

    The texts are split by language, as in the Whoosh index; `vector` is their tsvector
    (titles weighted A), built with the German and English configurations. On SQLite the
    table exists but stays empty: the Whoosh backend serves search there.
    """

    __tablename__ = "search_documents"
    __table_args__ = (Index("ix_search_documents_vector", "vector", postgresql_using="gin"),)

    topic_id: Mapped[int] = mapped_column(
        ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    title_de: Mapped[str] = mapped_column(Text, default="")
    title_en: Mapped[str] = mapped_column(Text, default="")
    body_de: Mapped[str] = mapped_column(Text, default="")
    body_en: Mapped[str] = mapped_column(Text, default="")
    vector: Mapped[str | None] = mapped_column(Text().with_variant(TSVECTOR(), "postgresql"))
