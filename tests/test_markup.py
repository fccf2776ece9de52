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
