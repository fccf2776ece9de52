"""Search excerpts: the words that match, as the analyzer reads them, and nothing else."""

from community.markup import MARK_END, MARK_START
from community.search import highlight
from community.search.analysis import ANALYZERS


def terms(language, text):
    return frozenset(t.text for t in ANALYZERS[language](text))


def marked(snippet):
    """The marked words of an excerpt."""
    words, rest = [], snippet
    while MARK_START in rest:
        rest = rest.split(MARK_START, 1)[1]
        word, rest = rest.split(MARK_END, 1)
        words.append(word)
    return words


def test_inflections_umlauts_sharp_s_and_compounds_are_marked_as_written():
    text = (
        "Die Zählerstände der Straße stimmen nicht. Der Stromzähler in der Strasse zeigt "
        "andere Zahlen; die Rechnungen kamen doppelt."
    )
    # A compound query also matches its parts, as the search itself does.
    assert marked(highlight.snippet(text, terms("de", "Zählerstand"), "de")) == [
        "Zählerstände",
        "Stromzähler",
        "Zahlen",
    ]
    assert marked(highlight.snippet(text, terms("de", "strasse"), "de")) == ["Straße", "Strasse"]
    # "Stände" is no known part, so "Zählerstände" stays whole; Snowball folds "Zähler"
    # and "Zahlen" to one stem.
    assert marked(highlight.snippet(text, terms("de", "Zähler"), "de")) == ["Stromzähler", "Zahlen"]
    assert marked(highlight.snippet(text, terms("de", "Rechnung"), "de")) == ["Rechnungen"]


def test_english_stems_and_words_inside_other_words_are_not_marked():
    text = "The routers keep disconnecting; my router's batteries died. Rerouting failed."
    # The tokenizer ends a word at the apostrophe, as in the index.
    assert marked(highlight.snippet(text, terms("en", "router"), "en")) == ["routers", "router"]
    assert marked(highlight.snippet(text, terms("en", "battery"), "en")) == ["batteries"]


def test_excerpts_begin_and_end_at_spaces_and_join_with_an_ellipsis():
    filler = "Wort " * 80
    text = f"{filler}hier steht Glasfaser im Text {filler}und dann Glasfaser noch einmal {filler}"
    snippet = highlight.snippet(text, terms("de", "Glasfaser"), "de")
    first, second = snippet.split(" … ")
    for part in (first, second):
        assert part.startswith("Wort") and part.endswith("Wort")
    assert marked(snippet) == ["Glasfaser", "Glasfaser"]


def test_no_match_no_terms_and_sentinels_in_the_text_itself():
    assert highlight.snippet("Nichts davon passt hier.", terms("de", "Router"), "de") == ""
    assert highlight.snippet("Router", frozenset(), "de") == ""
    tricky = f"Router {MARK_START}kaputt{MARK_END} seit gestern"
    assert marked(highlight.snippet(tricky, terms("de", "Router"), "de")) == ["Router"]
