"""The search backends: Whoosh in the data folder (the default), or PostgreSQL full text.

Both take the same documents from the indexer (one per listed topic) and answer the same
neutral query (`query.Filter`), so one test suite runs against both.

Whoosh: one document per listed topic, in a folder of the data directory.

A topic's document holds its title and the text of its visible posts, each post in the
field of its own language, and the topic's facts the filters ask for (tags, category,
authors, kind, solved, answers, score, date). One event means one document to replace.

One writer at a time: the indexer takes Whoosh's lock and waits for it a little; if it
cannot get it, the event stays unhandled and is indexed on the next dispatch, so a
lock never reaches a visitor. Web processes only open searchers.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import (
    and_,
    bindparam,
    delete,
    exists,
    func,
    insert,
    literal_column,
    select,
    true,
)
from sqlalchemy import text as sql
from sqlalchemy.dialects.postgresql import REGCONFIG
from whoosh import collectors
from whoosh import index as whoosh_index
from whoosh.fields import BOOLEAN, DATETIME, ID, KEYWORD, NUMERIC, TEXT, Schema
from whoosh.qparser import MultifieldParser, OrGroup
from whoosh.query import And, DateRange, Every, NumericRange, Query, Term

from community.extensions import db
from community.markup import MARK_END, MARK_START
from community.search import highlight
from community.search.analysis import ANALYZERS, LANGUAGES
from community.search.models import SearchDocument
from community.search.query import Filter

# Raise when the schema changes: an index of an older version is rebuilt on first use.
SCHEMA_VERSION = 3
TEXT_FIELDS = [f"{part}_{language}" for part in ("title", "body") for language in LANGUAGES]
BOOSTS = {f"title_{language}": 2.0 for language in LANGUAGES}
# How the words of a query combine: any of them (plain OR, see WhooshIndex.search).
GROUP = OrGroup
# Where a result's excerpt comes from, in this order, with the language of the field.
SNIPPET_FIELDS = {f"body_{language}": language for language in LANGUAGES}


def make_schema() -> Schema:
    fields = {
        "topic_id": ID(stored=True, unique=True),
        "tags": KEYWORD(commas=True, lowercase=True),
        "category": ID,
        # Everyone who wrote in the topic (user: finds the topics a member took part in).
        "author": KEYWORD(commas=True),
        "kind": ID,
        "solved": BOOLEAN,
        "answers": NUMERIC(sortable=True),
        "score": NUMERIC(sortable=True, signed=True),
        "created": DATETIME(sortable=True),
    }
    for language in LANGUAGES:
        fields[f"title_{language}"] = TEXT(analyzer=ANALYZERS[language], stored=True)
        fields[f"body_{language}"] = TEXT(analyzer=ANALYZERS[language], stored=True)
    return Schema(**fields)


_WHOOSH_NAMES = frozenset(make_schema().names())


def whoosh_fields(document: dict) -> dict:
    """The document's Whoosh fields: the indexer's documents also carry keys for PostgreSQL
    (the opening post's text), which Whoosh's add_document would refuse."""
    return {name: value for name, value in document.items() if name in _WHOOSH_NAMES}


@dataclass
class Hit:
    topic_id: int
    # Plain text with the matches between markup.MARK_START and MARK_END (made HTML by
    # markup.search_snippet), or "".
    snippet: str


class WhooshIndex:
    def __init__(self, folder: str | Path, *, lock_timeout: float = 5.0):
        self.folder = Path(folder)
        self.lock_timeout = lock_timeout
        self._index = None
        # Each thread keeps its searcher between requests while the index is unchanged:
        # opening one reads the terms of every segment (about 180 ms at a million posts).
        self._local = threading.local()

    # -- lifecycle --------------------------------------------------------------------------

    def is_current(self) -> bool:
        version = self.folder / "schema_version"
        return (
            whoosh_index.exists_in(str(self.folder))
            and version.exists()
            and version.read_text().strip() == str(SCHEMA_VERSION)
        )

    def create(self) -> None:
        """A new, empty index (replacing whatever was there)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self._index = whoosh_index.create_in(str(self.folder), make_schema())
        (self.folder / "schema_version").write_text(str(SCHEMA_VERSION))

    def open(self):
        if self._index is None:
            self._index = whoosh_index.open_dir(str(self.folder))
        return self._index

    def searcher(self):
        """This thread's searcher, opened anew when the index has changed since.

        Not Searcher.refresh(): reusing the old readers, it also keeps segments that a
        merge has replaced, and the merged documents come up twice.
        """
        current = getattr(self._local, "searcher", None)
        if current is None or not current.up_to_date():
            if current is not None:
                current.close()
            current = self._local.searcher = self.open().searcher()
        return current

    # -- writing ----------------------------------------------------------------------------

    def replace_topics(self, topic_ids, documents: list[dict]) -> None:
        """Remove every document of these topics and add the given ones, in one commit."""
        writer = self.open().writer(timeout=self.lock_timeout, delay=0.05)
        try:
            for topic_id in topic_ids:
                writer.delete_by_term("topic_id", str(topic_id))
            for document in documents:
                writer.add_document(**whoosh_fields(document))
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

    @contextmanager
    def rebuilding(self) -> Iterator[Callable[[list[dict]], None]]:
        """Write the index anew: yields a function that adds documents; committed at the end."""
        self.create()
        writer = self.open().writer(timeout=self.lock_timeout, delay=0.05, limitmb=128)
        try:
            yield lambda documents: [writer.add_document(**whoosh_fields(d)) for d in documents]
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

    # -- reading ----------------------------------------------------------------------------

    def search(
        self,
        words: str,
        filters: list[Filter],
        *,
        sort: str,
        page: int,
        per_page: int,
        snippets: bool = True,
    ) -> tuple[list[Hit], bool]:
        """One page of topics, each with its best-matching post; and whether more follow.

        `snippets=False` leaves the excerpts out, for lists that show only titles.
        """
        # Any of the words. BM25 already ranks topics with more of them first; Whoosh's
        # coordination bonus (OrGroup.factory) doubled the time and, once the index had
        # several segments, scored a topic differently from one page to the next.
        searcher = self.searcher()
        parser = MultifieldParser(TEXT_FIELDS, searcher.schema, fieldboosts=BOOSTS, group=GROUP)
        text = parser.parse(words) if words.strip() else None
        conditions = [_whoosh_filter(f) for f in filters]
        allow = (And(conditions) if len(conditions) > 1 else conditions[0]) if conditions else None
        sortedby, reverse = {"newest": ("created", True), "votes": ("score", True)}.get(
            sort, (None, False)
        )
        limit = page * per_page + 1
        if sortedby is not None:
            collector = searcher.collector(limit=limit, sortedby=sortedby, reverse=reverse)
        elif text is None:
            collector = collectors.TopCollector(limit, usequality=False, replace=0)
        else:
            collector = searcher.collector(limit=limit)
        if text is None:
            # Filters alone: no Every(), which would visit every document of the index.
            query = allow if allow is not None else Every()
        else:
            # The words alone are scored; the filters only say which topics may come. That
            # keeps Whoosh's shortcuts for the best N (skipping blocks that cannot reach
            # the N-th score) exact: scored together with the filters (And) they lost
            # matching topics between pages.
            query = text
            if allow is not None:
                collector = collectors.FilterCollector(collector, allow=allow)
        searcher.search_with_collector(query, collector)
        results = collector.results()
        terms = {field: set() for field in SNIPPET_FIELDS}
        for field, term in text.iter_all_terms(phrases=True) if snippets and text else ():
            if field in terms:
                terms[field].add(term.decode() if isinstance(term, bytes) else term)
        hits = []
        for result in results[(page - 1) * per_page : page * per_page]:
            marked = ""
            stored = result.fields() if snippets else {}
            for field, language in SNIPPET_FIELDS.items():
                if stored.get(field) and terms[field]:
                    marked = highlight.snippet(stored[field], frozenset(terms[field]), language)
                    if marked:
                        break
            hits.append(Hit(int(result["topic_id"]), marked))
        return hits, results.scored_length() > page * per_page


_WHOOSH_FIELDS = {"tag": "tags", "user": "author"}


def _whoosh_filter(condition: Filter) -> Query:
    name = _WHOOSH_FIELDS.get(condition.field, condition.field)
    if condition.field in ("answers", "score"):
        return NumericRange(name, condition.low, condition.high, endexcl=True)
    if condition.field == "created":
        return DateRange(name, condition.low, condition.high, endexcl=True)
    return Term(name, condition.value)


# -- PostgreSQL ---------------------------------------------------------------------------

CONFIGURATIONS = {"de": "german", "en": "english"}
# Around the matched words in ts_headline's output: markup.search_snippet makes them <mark>.
_START, _STOP = MARK_START, MARK_END
_HEADLINE_OPTIONS = (
    f'StartSel="{_START}", StopSel="{_STOP}", MaxFragments=2, MaxWords=30, MinWords=12, '
    'FragmentDelimiter=" … "'
)
# How much of the opening post goes into `head`, the vector that ranks: enough for what a
# question is about, and small enough that the vector stays in the table's row.
HEAD_CHARACTERS = 2000
# How much of each language's text ts_headline reads for a snippet: it parses all it is
# given, and a long thread's text (hundreds of posts) would cost milliseconds per result.
# The opening post and the first answers come first, where the ranking found the words.
SNIPPET_CHARACTERS = 4000


class PostgresIndex:
    """PostgreSQL's full-text search over `search_documents`, so every app host shares it.

    The indexer writes the documents in the same transaction as its receipt for the event,
    so the index and the record of what it handled never disagree. Each document's tsvector
    holds the German texts under the German configuration and the English under English,
    titles weighted A. A query is read with websearch_to_tsquery in both configurations,
    each word or "phrase" on its own and joined with OR, so that (as with Whoosh) any of the
    words finds a topic and topics with more of them rank first. The filters are conditions
    on the topics themselves.

    The whole thread's `vector` decides what matches (through its GIN index); `head`, the
    titles (A) and the start of the opening post (B), ranks the matches. Ranking on
    `vector` meant reading back every matching thread's compressed, out-of-line vector:
    at a million posts a common word matches 20,000 topics, and that was most of the
    query's time. `head` stays in the table's row, and the long texts and `vector` always
    go to the TOAST table (migration 0010), so the rows a ranking reads are short. A topic
    that has the words only in its answers ranks after those that have them in the title
    or question, newest first.
    """

    def is_current(self) -> bool:
        """False when the table is empty but there are topics to find (a first start), or
        when its rows lack `head` (written before migration 0010 added the column).

        One row tells: the migration left every row without it, and a rebuild writes every
        row with it in one transaction.
        """
        from community.forum.models import Topic

        head_missing = db.session.scalar(
            select(SearchDocument.head.is_(None)).order_by(SearchDocument.topic_id).limit(1)
        )
        if head_missing is not None:
            return not head_missing
        return not db.session.scalar(select(exists().where(Topic.status.in_(LISTED_STATUSES))))

    # -- writing ----------------------------------------------------------------------------

    def replace_topics(self, topic_ids, documents: list[dict]) -> None:
        """Replace these topics' rows; the caller's transaction commits them."""
        ids = [int(i) for i in topic_ids]
        if ids:
            db.session.execute(delete(SearchDocument).where(SearchDocument.topic_id.in_(ids)))
        self._insert(documents)

    @contextmanager
    def rebuilding(self) -> Iterator[Callable[[list[dict]], None]]:
        db.session.execute(delete(SearchDocument))
        yield self._insert

    def _insert(self, documents: list[dict]) -> None:
        if not documents:
            return
        rows = [
            {
                "topic_id": int(d["topic_id"]),
                **{
                    f"{part}_{language}": d.get(f"{part}_{language}", "")
                    for part in ("title", "body", "opening")
                    for language in LANGUAGES
                },
            }
            for d in documents
        ]
        vector = _tsvector(("title", "A", None), ("body", "D", None))
        head = _tsvector(("title", "A", None), ("opening", "B", HEAD_CHARACTERS))
        statement = insert(SearchDocument).values(
            topic_id=bindparam("topic_id"),
            **{
                f"{part}_{language}": bindparam(f"{part}_{language}")
                for part in ("title", "body")
                for language in LANGUAGES
            },
            vector=vector,
            head=head,
        )
        db.session.execute(statement, rows)

    # -- reading ----------------------------------------------------------------------------

    def search(
        self,
        words: str,
        filters: list[Filter],
        *,
        sort: str,
        page: int,
        per_page: int,
        snippets: bool = True,
    ) -> tuple[list[Hit], bool]:
        from community.forum.models import Topic

        parts = _parts(words)
        tsquery = None
        for number, part in enumerate(parts):
            for configuration in CONFIGURATIONS.values():
                piece = func.websearch_to_tsquery(
                    _configuration(configuration), bindparam(f"w{number}", part)
                )
                tsquery = piece if tsquery is None else tsquery.op("||")(piece)
        statement = select(Topic.id).join(SearchDocument, SearchDocument.topic_id == Topic.id)
        conditions = [_sql_filter(f) for f in filters]
        if tsquery is not None:
            conditions.append(SearchDocument.vector.op("@@")(tsquery))
            rank = func.ts_rank(SearchDocument.head, tsquery)
        else:
            rank = None
        statement = statement.where(and_(*conditions)) if conditions else statement
        order = {
            "newest": [Topic.created_at.desc()],
            "votes": [Topic.score.desc(), Topic.created_at.desc()],
        }.get(sort) or ([rank.desc().nulls_last()] if rank is not None else []) + [
            Topic.created_at.desc()
        ]
        statement = (
            statement.order_by(*order, Topic.id.desc())
            .limit(per_page + 1)
            .offset((page - 1) * per_page)
        )
        if tsquery is None:
            ids = list(db.session.scalars(statement))
        else:
            db.session.execute(_PLANNING, {"seqscan": "off", "plans": "force_custom_plan"})
            ids = list(db.session.scalars(statement))
            db.session.execute(_PLANNING_RESET)
        has_next = len(ids) > per_page
        ids = ids[:per_page]
        marked = self._snippets(ids, tsquery) if snippets and ids and tsquery is not None else {}
        return [Hit(topic_id, marked.get(topic_id, "")) for topic_id in ids], has_next

    def _snippets(self, ids: list[int], tsquery) -> dict[int, str]:
        """The best-matching body's excerpt per topic, the matches between the sentinels.

        From the start of each body only (SNIPPET_CHARACTERS): substr, unlike left, reads
        only that much of a long text back from the TOAST table.
        """
        columns = [SearchDocument.topic_id]
        for language, configuration in CONFIGURATIONS.items():
            body = func.substr(getattr(SearchDocument, f"body_{language}"), 1, SNIPPET_CHARACTERS)
            columns.append(
                func.ts_headline(
                    _configuration(configuration), _parseable(body), tsquery, _HEADLINE_OPTIONS
                )
            )
        snippets = {}
        for topic_id, *headlines in db.session.execute(
            select(*columns).where(SearchDocument.topic_id.in_(ids))
        ):
            candidates = [h for h in headlines if h]
            marked = [h for h in candidates if _START in h]
            best = (marked or candidates or [""])[0]
            for angle, stand_in in _ANGLES.items():
                best = best.replace(stand_in, angle)
            snippets[topic_id] = best
        return snippets


LISTED_STATUSES = ("open", "closed", "locked")

# Planner settings for the statement that matches and ranks, in its transaction only.
# enable_seqscan: the planner costs `vector @@ query` as if the vector were at hand, and for
# a common word takes a sequential scan that reads every thread's vector back from TOAST
# (200 ms at 100,000 topics), where the GIN index answers without them.
# plan_cache_mode: psycopg prepares a statement run five times, and PostgreSQL may then
# plan it once for any words; such a plan cannot fold the words into one tsquery and
# parses them again for every matching row.
_PLANNING = sql(
    "SELECT set_config('enable_seqscan', :seqscan, true),"
    " set_config('plan_cache_mode', :plans, true)"
)
_PLANNING_RESET = sql(
    "SELECT set_config(name, reset_val, true) FROM pg_settings"
    " WHERE name IN ('enable_seqscan', 'plan_cache_mode')"
)


def _configuration(name: str):
    """A text search configuration as a constant in the SQL (one of CONFIGURATIONS).

    Not a bound value cast to regconfig: that cast is not immutable, so the planner could
    not fold websearch_to_tsquery(...) into one tsquery, and ts_rank re-parsed the query
    for every matching row (20,000 rows: 250 ms).
    """
    return literal_column(f"'{name}'::regconfig", type_=REGCONFIG)


# PostgreSQL's parser takes "<...>" in plain text for markup and skips the words in it:
# the indexer and ts_headline see stand-ins, which the snippet turns back.
_ANGLES = {"<": "\ue000", ">": "\ue001"}


def _parseable(column):
    return func.translate(column, "".join(_ANGLES), "".join(_ANGLES.values()))


def _tsvector(*parts: tuple[str, str, int | None]):
    """The tsvector of bound texts: per (part, weight, characters or None for all of it),
    the part's German text under the German configuration and its English under English."""
    vector = None
    for language, configuration in CONFIGURATIONS.items():
        for part, weight, characters in parts:
            text = bindparam(f"{part}_{language}")
            if characters is not None:
                text = func.substr(text, 1, characters)
            piece = func.setweight(
                func.to_tsvector(_configuration(configuration), _parseable(text)),
                literal_column(f"'{weight}'"),
            )
            vector = piece if vector is None else vector.op("||")(piece)
    return vector


def _parts(words: str) -> list[str]:
    """The words and quoted phrases of the text, each for its own websearch_to_tsquery."""
    from community.search.query import parse

    return [f'"{p}"' if " " in p else p for p in parse(words).parts]


def _sql_filter(condition: Filter):
    from community.accounts.models import User
    from community.forum.models import Category, Post, Tag, Topic, topic_tags

    if condition.field == "tag":
        return exists().where(
            topic_tags.c.topic_id == Topic.id,
            topic_tags.c.tag_id == Tag.id,
            Tag.name == condition.value,
        )
    if condition.field == "category":
        return Topic.category_id.in_(select(Category.id).where(Category.slug == condition.value))
    if condition.field == "user":
        return exists().where(
            Post.topic_id == Topic.id,
            Post.status == "visible",
            Post.author_id == User.id,
            User.username_key == condition.value,
        )
    if condition.field == "kind":
        return Topic.kind == condition.value
    if condition.field == "solved":
        return Topic.accepted_post_id.is_not(None)
    column = {"answers": Topic.answer_count, "score": Topic.score, "created": Topic.created_at}[
        condition.field
    ]
    bounds = []
    if condition.low is not None:
        bounds.append(column >= condition.low)
    if condition.high is not None:
        bounds.append(column < condition.high)
    return and_(*bounds) if bounds else true()
