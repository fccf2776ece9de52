"""The Whoosh backend: one document per listed topic, in a folder of the data directory.

A topic's document holds its title and the text of its visible posts, each post in the
field of its own language, and the topic's facts the filters ask for (tags, category,
authors, kind, solved, answers, score, date). One event means one document to replace.

One writer at a time: the indexer takes Whoosh's lock and waits for it a little; if it
cannot get it, the event stays unhandled and is indexed on the next dispatch, so a
lock never reaches a visitor. Web processes only open searchers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import BOOLEAN, DATETIME, ID, KEYWORD, NUMERIC, TEXT, Schema
from whoosh.highlight import ContextFragmenter, HtmlFormatter
from whoosh.qparser import MultifieldParser, OrGroup
from whoosh.query import And, Every, Query

from community.search.analysis import ANALYZERS, LANGUAGES

# Raise when the schema changes: an index of an older version is rebuilt on first use.
SCHEMA_VERSION = 2
TEXT_FIELDS = [f"{part}_{language}" for part in ("title", "body") for language in LANGUAGES]
BOOSTS = {f"title_{language}": 2.0 for language in LANGUAGES}


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


@dataclass
class Hit:
    topic_id: int
    snippet: str  # HTML from Whoosh's highlighter: escaped text with <mark> around matches


class WhooshIndex:
    def __init__(self, folder: str | Path, *, lock_timeout: float = 5.0):
        self.folder = Path(folder)
        self.lock_timeout = lock_timeout
        self._index = None

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

    # -- writing ----------------------------------------------------------------------------

    def replace_topics(self, topic_ids, documents: list[dict]) -> None:
        """Remove every document of these topics and add the given ones, in one commit."""
        writer = self.open().writer(timeout=self.lock_timeout, delay=0.05)
        try:
            for topic_id in topic_ids:
                writer.delete_by_term("topic_id", str(topic_id))
            for document in documents:
                writer.add_document(**document)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()

    def bulk_writer(self):
        """For a full rebuild: a writer with a larger memory buffer."""
        return self.open().writer(timeout=self.lock_timeout, delay=0.05, limitmb=128)

    # -- reading ----------------------------------------------------------------------------

    def parse(self, words: str) -> Query:
        # Any of the words, topics with more of them first: questions are phrased many ways.
        parser = MultifieldParser(
            TEXT_FIELDS, self.open().schema, fieldboosts=BOOSTS, group=OrGroup.factory(0.9)
        )
        return parser.parse(words) if words.strip() else Every()

    def search(
        self, text: Query, filters: list[Query], *, sort: str, page: int, per_page: int
    ) -> tuple[list[Hit], bool]:
        """One page of topics, each with its best-matching post; and whether more follow."""
        query = And([text, *filters]) if filters else text
        sortedby, reverse = {"newest": ("created", True), "votes": ("score", True)}.get(
            sort, (None, False)
        )
        with self.open().searcher() as searcher:
            results = searcher.search(
                query,
                limit=page * per_page + 1,
                sortedby=sortedby,
                reverse=reverse,
                terms=True,
            )
            results.fragmenter = ContextFragmenter(maxchars=220, surround=60)
            results.formatter = HtmlFormatter(tagname="mark", classname="hit", termclass="t")
            hits = []
            for result in results[(page - 1) * per_page : page * per_page]:
                snippet = ""
                for field in ("body_de", "body_en"):
                    if field in result:
                        snippet = result.highlights(field, top=2)
                        break
                hits.append(Hit(int(result["topic_id"]), snippet))
            return hits, results.scored_length() > page * per_page
