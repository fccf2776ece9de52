"""User text becomes HTML only through community/markup.py, and never executes."""

from html.parser import HTMLParser

import pytest

from community import markup


class ElementCollector(HTMLParser):
    """Every element and attribute a browser would build from the HTML."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def elements(html):
    parser = ElementCollector()
    parser.feed(html)
    parser.close()
    return parser.elements


@pytest.mark.parametrize(
    "source",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        '<a href="javascript:alert(1)">x</a>',
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "<div onclick='alert(1)'>x</div>",
        "<svg/onload=alert(1)>",
        "<iframe src=//evil.example></iframe>",
        "<scr<script>ipt>alert(1)</script>",
        '<a href="x" style="background:url(javascript:alert(1))">x</a>',
        "![x](javascript:alert(1))",
        "<<b>p onmouseover=alert(1)>hi</p>",
        "<!-- <script>alert(1)</script> -->",
        "```\n</code></pre><script>alert(1)</script>\n```",
    ],
)
def test_nothing_executable_survives(source):
    for html in (markup.render(source), markup.sanitize(source), markup.render_inline(source)):
        for tag, attrs in elements(html):
            assert tag in markup.ALLOWED_TAGS
            assert not any(name.startswith("on") or name == "style" for name in attrs)
            href = attrs.get("href", "").strip().lower()
            scheme = href.split(":", 1)[0] if ":" in href.split("/", 1)[0] else None
            assert scheme in (None, "http", "https", "mailto"), href


def test_raw_html_is_shown_as_text():
    assert markup.render("<b>bold?</b>") == "<p>&lt;b&gt;bold?&lt;/b&gt;</p>\n"


def test_commonmark_tables_strikethrough_and_fenced_code():
    html = markup.render(
        "# Title\n\n| Tarif | Preis |\n|---|---:|\n| DSL 100 | 39,95 € |\n\n"
        "~~alt~~ **neu**\n\n```python\nprint('<hi>')\n```"
    )
    assert "<h1>Title</h1>" in html
    assert "<table>" in html and "<td>39,95 €</td>" in html
    assert "<s>alt</s>" in html and "<strong>neu</strong>" in html
    assert "<pre><code class=\"language-python\">print('&lt;hi&gt;')" in html


def test_links_get_rel_nofollow_ugc_noopener():
    html = markup.render("[Anleitung](https://example.org/a) and https://example.org/b")
    assert html.count('rel="nofollow ugc noopener"') == 2
    assert 'href="https://example.org/b"' in html


def test_code_is_not_linkified():
    assert "<a" not in markup.render("`https://example.org`")


def test_malformed_html_is_closed_and_cleaned():
    html = markup.sanitize("<p><strong>unclosed <em>nesting</p><table><tr><td>x")
    assert html.count("<strong>") == html.count("</strong>")
    assert "<table>" in html and "</table>" in html


def test_sanitize_on_stored_html_strips_what_render_never_makes():
    assert str(markup.safe_html('<p onclick="x">hi</p><script>x</script>')) == "<p>hi</p>x"


def test_inline_rendering_allows_no_blocks():
    html = markup.render_inline("# heading\n\n* list **bold** [a](https://e.org)")
    assert "<h1>" not in html and "<li>" not in html
    assert "<strong>bold</strong>" in html and 'rel="nofollow ugc noopener"' in html


def test_plain_text_for_excerpts():
    assert markup.plain_text("**Hallo** & <welt> [link](https://e.org)") == "Hallo & <welt> link"
    assert markup.plain_text("one two three four", 10) == "one two…"


def test_search_snippets_escape_the_text_and_only_the_sentinels_become_marks():
    start, end = markup.MARK_START, markup.MARK_END
    marked = f"<b>bold</b> & {start}Router{end} <script>x</script>"
    assert str(markup.search_snippet(marked)) == (
        '&lt;b&gt;bold&lt;/b&gt; &amp; <mark class="hit">Router</mark> '
        "&lt;script&gt;x&lt;/script&gt;"
    )
    # Unbalanced or stray sentinels never leave an open or a lone closing tag.
    assert (
        str(markup.search_snippet(f"{end}a {start}b {start}c")) == 'a <mark class="hit">b c</mark>'
    )
    assert str(markup.search_snippet(None)) == ""


# -- mentions ------------------------------------------------------------------------------

PROFILES = {"sabine": "/u/Sabine", "max.mustermann": "/u/max.mustermann"}


def mention_links(html):
    return [(attrs.get("href"), attrs.get("class")) for tag, attrs in elements(html) if tag == "a"]


def test_mentions_of_known_names_become_links_and_keep_their_case():
    html = markup.render("Frag @SABINE oder @max.mustermann, nicht @unbekannt.", PROFILES)
    assert html == (
        '<p>Frag <a class="mention" href="/u/Sabine" rel="nofollow ugc noopener">@SABINE</a>'
        ' oder <a class="mention" href="/u/max.mustermann" rel="nofollow ugc noopener">'
        "@max.mustermann</a>, nicht @unbekannt.</p>\n"
    )


def test_without_known_names_a_mention_is_plain_text():
    assert markup.render("Hi @sabine") == "<p>Hi @sabine</p>\n"
    assert markup.render_inline("Hi @sabine", {}) == "Hi @sabine"


def test_mentioned_names_are_distinct_lower_cased_keys_in_order():
    source = "@Sabine, (@max.mustermann) and **@sabine** again; thanks @Jo_2!"
    assert markup.mentioned_names(source) == ["sabine", "max.mustermann", "jo_2"]
    assert markup.mentioned_names("") == markup.mentioned_names(None) == []


@pytest.mark.parametrize(
    "source",
    [
        "`@sabine`",
        "    @sabine indented code",
        "```\n@sabine\n```",
        "[@sabine](https://example.org)",
        "<https://example.org/@sabine>",
        "![@sabine](https://example.org/a.png)",
        "mail sabine@example.org or a@sabine.de",
        "https://mastodon.example/@sabine",
        "@@sabine",
        "\\@sabine",
        "@sabine@example.org",
        "@sa",
        "@" + "s" * 31,
    ],
)
def test_no_mention_in_code_links_addresses_or_invalid_names(source):
    profiles = {"sabine": "/u/sabine", "s" * 31: "/u/long", "s" * 30: "/u/long", "sa": "/u/sa"}
    assert markup.mentioned_names(source) == []
    assert 'class="mention"' not in markup.render(source, profiles)


def test_a_sentence_ending_after_a_name_still_mentions_it():
    assert markup.mentioned_names("Ask @sabine. Or @max-") == ["sabine", "max"]
    assert markup.mentioned_names("@" + "s" * 30) == ["s" * 30]


def test_mention_syntax_matches_the_registration_rule():
    from community.accounts.services import USERNAME_RE

    for name in ("abc", "a.b-c_d", "9lives", "x" * 30, "_abc", ".abc", "ab", "x" * 31, "äbc"):
        found = markup.mentioned_names(f"hi @{name} there")
        assert (found == [name.lower()]) == bool(USERNAME_RE.match(name)), name


def test_at_most_max_mentions_names():
    names = [f"member{i:02d}" for i in range(markup.MAX_MENTIONS + 2)]
    source = " ".join(f"@{name}" for name in names) + " @member00"
    assert markup.mentioned_names(source) == names[: markup.MAX_MENTIONS]
    html = markup.render(source, {name: f"/u/{name}" for name in names})
    assert [href for href, _ in mention_links(html)] == [
        *(f"/u/{name}" for name in names[: markup.MAX_MENTIONS]),
        "/u/member00",
    ]


def test_comments_mention_too():
    html = markup.render_inline("# @sabine *hi*", PROFILES)
    assert mention_links(html) == [("/u/Sabine", "mention")]
    assert markup.mentioned_names("# @sabine\n\n@max.mustermann", inline=True) == [
        "sabine",
        "max.mustermann",
    ]


def test_mention_urls_are_escaped_and_cleaned():
    html = markup.render("@sabine", {"sabine": '/u/x"><script>alert(1)</script>'})
    assert "<script" not in html
    assert mention_links(html) == [('/u/x"><script>alert(1)</script>', "mention")]
    # A link the allowlist refuses loses its address (the sanitizer stays the last word).
    html = markup.render("@sabine", {"sabine": "javascript:alert(1)"})
    assert mention_links(html) == [(None, "mention")] and "javascript" not in html


def test_weird_input_around_mentions_is_escaped():
    html = markup.render('<b> @sabine</b> "@sabine" @sabine<script>', PROFILES)
    assert "<b>" not in html and "<script" not in html
    assert len(mention_links(html)) == 3


def test_class_is_allowed_on_links_only_as_mention():
    assert markup.sanitize('<a class="mention" href="/u/a">@a</a>') == (
        '<a class="mention" href="/u/a" rel="nofollow ugc noopener">@a</a>'
    )
    for html in (
        '<a class="evil" href="/u/a">x</a>',
        '<a class="mention evil" href="/u/a">x</a>',
        '<p class="mention">x</p>',
        '<strong class="mention">x</strong>',
    ):
        assert "class" not in markup.sanitize(html), html
    html = markup.render('[x](https://example.org/ "class=mention") `class="mention"`')
    assert all("class" not in attrs for tag, attrs in elements(html) if tag == "a")


def test_mentions_are_not_counted_as_links():
    html = markup.render("@sabine and @max.mustermann, see https://example.org", PROFILES)
    assert markup.count_links(html) == 1
