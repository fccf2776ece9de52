"""The forum: categories, tags, topics, posts, votes, revisions and comments."""
