"""What search keeps in the database: the PostgreSQL backend's documents (and the search log)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text
from sqlalchemy.dialects.postgresql import TSVECTOR
from sqlalchemy.orm import Mapped, mapped_column

from community.extensions import db
from community.timeutil import utcnow


class SearchDocument(db.Model):
    """One listed topic's text for PostgreSQL's full-text search, kept by the indexer.

    The texts are split by language, as in the Whoosh index; `vector` is their tsvector
    (titles weighted A), built with the German and English configurations: it decides
    which topics match. `head` is a small tsvector of the titles (A) and the start of the
    opening post (B) that ranks them: small enough to stay in the table's row, where the
    whole thread's `vector` is compressed or moved out of line and would have to be read
    back for every match. Migration 0010 keeps `head` and the titles in the row (STORAGE
    MAIN) and sends the rest to the TOAST table (toast_tuple_target), which the model
    cannot say. On SQLite the table exists but stays empty: the Whoosh backend serves
    search there.
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
    # NULL only in rows written before the column existed: the index is then rebuilt.
    head: Mapped[str | None] = mapped_column(Text().with_variant(TSVECTOR(), "postgresql"))


class SearchLog(db.Model):
    """One search of the search page or the API (first pages only), for the staff's insights.

    No user id, session or address is kept, on purpose: the community promises its members
    no tracking, so a row says only whether a member or a visitor searched. `normalized` is
    the query lower-cased, its words in the order typed and its filters sorted, so that the
    same question typed differently is counted together.
    """

    __tablename__ = "search_logs"
    __table_args__ = (
        Index("ix_search_logs_created_at", "created_at"),
        Index("ix_search_logs_normalized_created_at", "normalized", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The query as searched: what was typed, whitespace collapsed, at most 300 characters.
    query: Mapped[str] = mapped_column(String(300))
    normalized: Mapped[str] = mapped_column(String(300))
    # The filters that were understood, as "key:value" (e.g. ["tag:router"]).
    filters: Mapped[list[str]] = mapped_column(JSON, default=list)
    sort: Mapped[str] = mapped_column(String(20), default="relevance")
    # Always 1 for now: later pages of the same search are not logged again.
    page: Mapped[int] = mapped_column(default=1)
    # "web" (the search page) or "api".
    source: Mapped[str] = mapped_column(String(10), default="web")
    # The results shown on the first page (after permission checks), and whether the
    # backend had more: backends count a page, not every match.
    result_count: Mapped[int] = mapped_column(default=0)
    has_more: Mapped[bool] = mapped_column(default=False)
    duration_ms: Mapped[int] = mapped_column(default=0)
    is_member: Mapped[bool] = mapped_column(default=False)
    # The first result opened from this search, and its place in the list (1 = top).
    opened_topic_id: Mapped[int | None] = mapped_column(
        ForeignKey("topics.id", ondelete="SET NULL"), index=True
    )
    opened_position: Mapped[int | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    @property
    def found_anything(self) -> bool:
        return self.result_count > 0
