"""Measure search on a generated community: reindex, query latency, commit to searchable.

Usage: `.venv/bin/python bench/search.py [--data-dir PATH] [--repeat N] [--profile]`, on
the data that bench/generate.py wrote (default .bench/data), or with `--generate
--topics N --posts N` to generate it first (`make bench-search` does 10,000 topics and
100,000 posts). Each figure of the app stands next to the same work done with Whoosh
directly, without the app's database reading and re-checking: the full reindex (the
documents built once with `indexer.documents_for`, then written by a plain writer) and
the queries (the same words parsed the same way, the 20 stored topic ids read, with a searcher kept
open as the app keeps one). Printed,
never asserted.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import pstats
import random
import shutil
import statistics
import string
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy import text as sql
from whoosh import index as whoosh_index
from whoosh.qparser import MultifieldParser
from whoosh.query import And, Every, NumericRange, Term

from community import create_app, events
from community.accounts.models import User
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Category, Post, Topic
from community.search import backends, indexer, services

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / ".bench" / "data"
# The memory buffer of the app's rebuild writer (WhooshIndex.rebuilding).
LIMITMB = 128
CHUNK = 500
LISTED = ("open", "closed", "locked")
# Generated content goes in within seconds: the spam screening would hold it.
UNSCREENED = {
    "HOLD_FIRST_POSTS": 0,
    "HOLD_TL0_LINKS": False,
    "SPAM_BURST_POSTS": 0,
    "SPAM_REPEAT_HOURS": 0,
}
# (what a visitor types, sort): words in both languages and inflections, phrases, filters.
QUERIES = [
    ("router", "relevance"),
    ("Router", "newest"),
    ("Rechnung", "relevance"),
    ("Rechnungen zu hoch", "relevance"),
    ("Zählerstände", "relevance"),
    ("zählerstand melden", "relevance"),
    ("Glasfaseranschluss freigeschaltet", "relevance"),
    ("Balkonkraftwerk anmelden", "relevance"),
    ("Wechselrichter speist keinen Strom ein", "relevance"),
    ('"verliert ständig die Verbindung"', "relevance"),
    ("WLAN bricht ab", "relevance"),
    ("Vertrag kündigen", "relevance"),
    ("Kündigungsbestätigung", "relevance"),
    ("Abschlag erhöht", "newest"),
    ("Jahresabrechnung Nachzahlung", "votes"),
    ("eSIM aktivieren iPhone", "relevance"),
    ("Hamburg Störung", "relevance"),
    ("PPP-651", "relevance"),
    ("roaming", "relevance"),
    ("meter readings", "relevance"),
    ("routers disconnect", "relevance"),
    ('"keeps dropping the connection"', "relevance"),
    ("contract cancellation", "relevance"),
    ("bill too high", "votes"),
    ("balcony solar inverter", "relevance"),
    ("fibre activated", "newest"),
    ("tag:router", "newest"),
    ("wlan tag:fritzbox", "relevance"),
    ("is:solved rechnung", "relevance"),
    ("is:unanswered glasfaser", "newest"),
    ("category:strom-gas zählerstand", "relevance"),
    ("kind:idea app", "votes"),
]
SORTS = {"newest": ("created", True), "votes": ("score", True)}


# -- the raw Whoosh side -------------------------------------------------------------------


def raw_filter(part: str):
    """The Whoosh query of one filter word, for the few kinds QUERIES uses."""
    key, value = part.split(":", 1)
    value = value.lower()
    if key == "is":
        return Term("solved", True) if value == "solved" else NumericRange("answers", 0, 0)
    return Term({"tag": "tags", "user": "author"}.get(key, key), value)


def split_query(text: str) -> tuple[str, list]:
    words, filters = [], []
    for part in text.split(" "):
        if ":" in part and part.split(":", 1)[0] in ("tag", "category", "is", "kind", "user"):
            filters.append(raw_filter(part))
        else:
            words.append(part)
    return " ".join(words), filters


class RawSearcher:
    """Whoosh alone: one searcher kept open and refreshed, as a web process would keep it.

    With `fresh=True` a new searcher for every query instead (opening one copies the
    segment's term and posting files into memory: its cost grows with the index).
    """

    def __init__(self, ix, fresh: bool = False):
        self.ix, self.fresh = ix, fresh
        self.searcher = None if fresh else ix.searcher()

    def __call__(self, text: str, sort: str) -> list[str]:
        if self.fresh:
            with self.ix.searcher() as searcher:
                return raw_search(self.ix, searcher, text, sort)
        self.searcher = self.searcher.refresh()
        return raw_search(self.ix, self.searcher, text, sort)


def raw_search(ix, searcher, text: str, sort: str) -> list[str]:
    """What Whoosh alone does for a query: parse, search, read 20 stored topic ids."""
    words, filters = split_query(text)
    parser = MultifieldParser(
        backends.TEXT_FIELDS,
        ix.schema,
        fieldboosts=backends.BOOSTS,
        group=backends.GROUP,
    )
    parts = ([parser.parse(words)] if words.strip() else []) + filters
    query = (And(parts) if len(parts) > 1 else parts[0]) if parts else Every()
    sortedby, reverse = SORTS.get(sort, (None, False))
    results = searcher.search(query, limit=21, sortedby=sortedby, reverse=reverse)
    return [hit["topic_id"] for hit in results[:20]]


def app_search(text: str, sort: str) -> list[str]:
    found = services.search(None, text, sort=sort)
    return [str(result.topic.id) for result in found.results]


# -- measuring -----------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(len(ordered) * share), len(ordered) - 1)]


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def print_profile(profile: cProfile.Profile, title: str, lines: int = 25) -> None:
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.strip_dirs().sort_stats("cumulative").print_stats(lines)
    print(f"\n-- profile: {title} (cumulative)")
    print("\n".join(out.getvalue().splitlines()[4:]))
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out)
    stats.strip_dirs().sort_stats("tottime").print_stats(lines)
    print(f"-- profile: {title} (own time)")
    print("\n".join(out.getvalue().splitlines()[4:]))


def build_documents(limit: int | None = None) -> tuple[list[dict], float]:
    """The documents of every listed topic, in the app's chunks, as rebuild reads them."""
    started = time.perf_counter()
    ids = list(db.session.scalars(select(Topic.id).where(Topic.status.in_(LISTED))))[:limit]
    documents = []
    for start in range(0, len(ids), CHUNK):
        documents.extend(indexer.documents_for(ids[start : start + CHUNK]))
    seconds = time.perf_counter() - started
    db.session.remove()
    return documents, seconds


def raw_write(folder: Path, documents: list[dict]) -> tuple[float, float]:
    """Write the documents with a plain Whoosh writer; returns (seconds, of which commit)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    started = time.perf_counter()
    ix = whoosh_index.create_in(str(folder), backends.make_schema())
    writer = ix.writer(limitmb=LIMITMB)
    for document in documents:
        writer.add_document(**backends.whoosh_fields(document))
    committing = time.perf_counter()
    writer.commit()
    done = time.perf_counter()
    return done - started, done - committing


def app_rebuild(folder: Path) -> tuple[int, float]:
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    result = indexer.rebuild()
    db.session.commit()
    seconds = time.perf_counter() - started
    written = result[0] if isinstance(result, tuple) else result
    db.session.remove()
    return written, seconds


def measure_reindex(index_dir: Path, raw_dir: Path) -> tuple:
    """The app's full reindex next to a plain Whoosh writer given the same documents."""
    print("building the documents (documents_for, chunks of 500) ...", flush=True)
    documents, build_seconds = build_documents()
    characters = sum(len(d.get("body_de", "")) + len(d.get("body_en", "")) for d in documents)
    print(f"writing them with a plain Whoosh writer (limitmb={LIMITMB}) ...", flush=True)
    raw_seconds, raw_commit = raw_write(raw_dir, documents)
    count = len(documents)
    del documents
    gc.collect()
    print("rebuilding through the app (indexer.rebuild) ...", flush=True)
    written, app_seconds = app_rebuild(index_dir)
    return written, app_seconds, count, raw_seconds, raw_commit, build_seconds, characters


def print_reindex(backend, written, app_seconds, count, raw_seconds, raw_commit, build, chars):
    print(f"== full reindex ({chars / 2**20:,.0f} MiB of text in the documents)")
    print(f"  {'':<44} {'seconds':>9} {'docs/s':>9}")
    label = f"app: indexer.rebuild(), {backend}"
    print(f"  {label:<44} {app_seconds:>9.1f} {written / app_seconds:>9,.0f}")
    print(
        f"  {'raw: plain Whoosh writer, same documents':<44} {raw_seconds:>9.1f} "
        f"{count / raw_seconds:>9,.0f}"
    )
    print(f"  {'  of which commit (merging the pool)':<44} {raw_commit:>9.1f}")
    print(f"  {'documents_for alone (SQL + building)':<44} {build:>9.1f} {count / build:>9,.0f}")
    print(
        f"  app rate / raw rate: {(written / app_seconds) / (count / raw_seconds):.0%} "
        f"(target ≥ 80%); the app's time ≈ {build / app_seconds:.0%} reading and "
        f"building documents, {max(app_seconds - build, 0) / app_seconds:.0%} writing"
    )


def measure_queries(app, ix, repeat: int, profile: cProfile.Profile | None):
    """Per query: timings (ms) of the app, of Whoosh alone with a kept searcher and with a
    new searcher each time; the app's result count, and whether its ids are Whoosh's."""
    rows = []
    raw, fresh = RawSearcher(ix), RawSearcher(ix, fresh=True)
    with app.test_request_context():
        for text, sort in QUERIES:  # warm up: caches, the index files, the parser
            app_search(text, sort)
            raw(text, sort)
            fresh(text, sort)
        db.session.remove()
        timings = {query: ([], [], []) for query in QUERIES}
        for _ in range(repeat):
            for query in QUERIES:
                for number, run in enumerate((app_search, raw, fresh)):
                    started = time.perf_counter()
                    run(*query)
                    timings[query][number].append((time.perf_counter() - started) * 1000)
                db.session.remove()
        for query in QUERIES:
            app_ids, raw_ids = app_search(*query), raw(*query)
            db.session.remove()
            rows.append((query, *timings[query], len(app_ids), app_ids == raw_ids))
        if profile:
            profile.enable()
            for query in QUERIES:
                app_search(*query)
            profile.disable()
            db.session.remove()
    return rows


def commit_to_searchable(app, tries: int) -> list[tuple[float, float]]:
    """Ask a question with a unique word, commit, search until it is found (seconds).

    Returns (commit with inline indexing, until found) per try. The questions are deleted
    afterwards through the services, so the data stays as generated.
    """
    rng = random.Random()
    timings = []
    with app.test_request_context():
        author = db.session.scalar(
            select(User).where(User.role == "member", User.trust_level >= 2).order_by(User.id)
        )
        category = db.session.scalar(select(Category).order_by(Category.id))
        for _ in range(tries):
            word = "probe" + "".join(rng.choices(string.ascii_lowercase, k=10))
            topic = forum.ask_question(
                author,
                title=f"Router {word} verliert die Verbindung",
                body=f"Seit gestern verliert mein Router ständig die Verbindung ({word}).",
                category=category,
                tags=["router", "bench"],
            )
            started = time.perf_counter()
            events.commit()
            committed = time.perf_counter() - started
            topic_id = topic.id
            found = None
            while found is None and time.perf_counter() - started < 30:
                if any(r.topic.id == topic_id for r in services.search(None, word).results):
                    found = time.perf_counter() - started
                else:
                    time.sleep(0.005)
            timings.append((committed, found if found is not None else float("nan")))
            opening = db.session.scalar(
                select(Post).where(Post.topic_id == topic_id, Post.position == 1)
            )
            forum.delete_post(author, opening)
            events.commit()
        db.session.remove()
    return timings


# -- the report ----------------------------------------------------------------------------


def generate(args) -> None:
    command = [
        sys.executable,
        str(Path(__file__).with_name("generate.py")),
        "--data-dir",
        str(args.data_dir),
        "--topics",
        str(args.topics),
        "--posts",
        str(args.posts),
    ]
    if args.database_url:
        command += ["--database-url", args.database_url]
    subprocess.run(command, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    parser.add_argument("--database-url", help="default: DATA_DIR/community.db (SQLite)")
    parser.add_argument(
        "--backend",
        choices=("whoosh", "postgresql"),
        default="whoosh",
        help="the app's search backend (postgresql needs a PostgreSQL --database-url)",
    )
    parser.add_argument("--generate", action="store_true", help="run bench/generate.py first")
    parser.add_argument("--topics", type=int, default=10_000, help="with --generate")
    parser.add_argument("--posts", type=int, default=100_000, help="with --generate")
    parser.add_argument(
        "--queries-only",
        action="store_true",
        help="skip the reindex; query the index an earlier run wrote",
    )
    parser.add_argument("--repeat", type=int, default=7, help="runs of each query")
    parser.add_argument("--tries", type=int, default=10, help="commit-to-searchable tries")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="then profile documents_for and one pass of the app's queries",
    )
    args = parser.parse_args()
    if args.generate:
        generate(args)
    data_dir = args.data_dir.resolve()
    config = {
        "DATA_DIR": str(data_dir),
        "SECRET_KEY": "bench",
        "LOG_LEVEL": "WARNING",
        "RATELIMIT_ENABLED": False,
        "SEARCH_BACKEND": args.backend,
        **UNSCREENED,
    }
    if args.backend == "postgresql" and not (args.database_url or "").startswith("postgresql"):
        sys.exit("--backend postgresql needs a PostgreSQL --database-url.")
    if args.database_url:
        config["DATABASE_URL"] = args.database_url
    app = create_app(config)
    index_dir = Path(app.config["SEARCH_INDEX_DIR"])
    raw_dir = data_dir / "search-raw"
    profiles = {}
    if args.profile:
        profiles = {"documents_for": cProfile.Profile(), "search": cProfile.Profile()}
    with app.app_context():
        topics = db.session.scalar(select(func.count(Topic.id)))
        posts = db.session.scalar(select(func.count(Post.id)))
        if not posts:
            sys.exit(f"No posts in {app.config['DATABASE_URL']}: run with --generate first.")
        database = app.config["DATABASE_URL"]
        db_size = 0
        if database.startswith("sqlite:///"):
            path = Path(database.removeprefix("sqlite:///"))
            db_size = sum(
                Path(f"{path}{s}").stat().st_size
                for s in ("", "-wal")
                if Path(f"{path}{s}").exists()
            )
        print(f"{topics:,} topics and {posts:,} posts in {database}")

        reindex = None
        if not args.queries_only:
            reindex = measure_reindex(index_dir, raw_dir)
        written = db.session.scalar(select(func.count(Topic.id)).where(Topic.status.in_(LISTED)))
        if args.backend == "postgresql":
            index_size = db.session.scalar(sql("SELECT pg_total_relation_size('search_documents')"))
            db.session.remove()
        else:
            index_size = folder_size(index_dir)

        print(f"querying: {len(QUERIES)} queries, {args.repeat} runs each ...", flush=True)
        # Raw Whoosh answers from the index the app wrote, or with PostgreSQL from its own.
        ix = whoosh_index.open_dir(str(raw_dir if args.backend == "postgresql" else index_dir))
        rows = measure_queries(app, ix, args.repeat, profiles.get("search"))
        print(f"commit to searchable: {args.tries} tries ...", flush=True)
        probes = commit_to_searchable(app, args.tries)
        if profiles:
            # Apart from the timed runs: documents_for on the first 10,000 topics.
            profiles["documents_for"].enable()
            build_documents(limit=10_000)
            profiles["documents_for"].disable()
        db.session.remove()
        db.engine.dispose()
    if args.backend == "whoosh":  # with PostgreSQL, the next --queries-only run needs it
        shutil.rmtree(raw_dir, ignore_errors=True)

    print()
    print("== corpus")
    print(f"  topics {topics:>12,}    documents (listed topics) {written:>10,}")
    print(f"  posts  {posts:>12,}")
    print(
        f"  database {db_size / 2**20:>10,.0f} MiB    {args.backend} index "
        f"{index_size / 2**20:>10,.0f} MiB"
    )
    print()
    if reindex:
        print_reindex(args.backend, *reindex)
    else:
        print("== full reindex: skipped (--queries-only)")
    print()
    print(f"== search latency (ms; median of {args.repeat} runs per query)")
    print(f"  {'query':<42} {'sort':<9} {'app':>7} {'raw':>7} {'ratio':>6} {'hits':>5} same")
    every_app, every_raw, every_fresh = [], [], []
    for (text, sort), app_ms, raw_ms, fresh_ms, hits, same in rows:
        every_app += app_ms
        every_raw += raw_ms
        every_fresh += fresh_ms
        app_median, raw_median = statistics.median(app_ms), statistics.median(raw_ms)
        print(
            f"  {text[:42]:<42} {sort:<9} {app_median:>7.1f} {raw_median:>7.1f} "
            f"{app_median / raw_median:>6.2f} {hits:>5} "
            f"{'-' if args.backend != 'whoosh' else 'yes' if same else 'no'}"
        )
    app_p50, app_p95 = percentile(every_app, 0.5), percentile(every_app, 0.95)
    raw_p50, raw_p95 = percentile(every_raw, 0.5), percentile(every_raw, 0.95)
    print(f"  {'':<42} {'':<9} {'app':>7} {'raw':>7} {'ratio':>6}")
    print(
        f"  {'all runs: p50':<42} {'':<9} {app_p50:>7.1f} {raw_p50:>7.1f} {app_p50 / raw_p50:>6.2f}"
    )
    print(
        f"  {'all runs: p95':<42} {'':<9} {app_p95:>7.1f} {raw_p95:>7.1f} {app_p95 / raw_p95:>6.2f}"
    )
    print(
        f"  raw with a new searcher for each query: p50 {percentile(every_fresh, 0.5):.1f}, "
        f"p95 {percentile(every_fresh, 0.95):.1f}"
    )
    print("  targets: app p95 ≤ 1.5 × raw and < 150 ms at 1M posts")
    print()
    print(f"== commit to searchable ({args.tries} tries, inline dispatch)")
    commits = [c * 1000 for c, _ in probes]
    founds = [f * 1000 for _, f in probes]
    print(
        f"  events.commit() incl. indexing: median {statistics.median(commits):.0f} ms, "
        f"max {max(commits):.0f} ms"
    )
    print(
        f"  until services.search finds it: median {statistics.median(founds):.0f} ms, "
        f"max {max(founds):.0f} ms"
    )
    for title, profile in profiles.items():
        print_profile(profile, title)


if __name__ == "__main__":
    main()
