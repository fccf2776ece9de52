"""Search: analysers per language, the index, the indexer that drains the outbox, queries."""
