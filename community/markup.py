"""The only place where user text becomes HTML.

Markdown is rendered by markdown-it-py with raw HTML switched off, and the
result is cleaned again by an allowlist (`sanitize`) as a second line of
defence. Keep all cleaning behind `sanitize()` so the sanitiser can be
swapped (bleach gets no further releases; nh3 is the maintained option).
"""

from __future__ import annotations

import html
import re
from functools import partial

import bleach
from bleach.linkifier import LinkifyFilter
from markdown_it import MarkdownIt
from markupsafe import Markup, escape

BLOCK_TAGS = {
    "p",
    "br",
    "hr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "li",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
INLINE_TAGS = {"a", "strong", "em", "code", "del", "s"}
ALLOWED_TAGS = BLOCK_TAGS | INLINE_TAGS | {"img"}
ALLOWED_ATTRIBUTES = {
    "a": ["href", "title", "rel"],
    "img": ["src", "alt", "title"],
    "ol": ["start"],
    "code": ["class"],
}
ALLOWED_PROTOCOLS = {"http", "https", "mailto"}
LINK_REL = "nofollow ugc noopener"

_markdown = (
    MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    .enable("table")
    .enable("strikethrough")
)


def _set_rel(attrs: dict, new: bool = False) -> dict:
    attrs[(None, "rel")] = LINK_REL
    return attrs


def _allowed_attribute(tag: str, name: str, value: str) -> bool:
    if tag == "code" and name == "class":
        return value.startswith("language-") and value[9:].replace("-", "").isalnum()
    return name in ALLOWED_ATTRIBUTES.get(tag, [])


def _cleaner(tags: set[str]) -> bleach.Cleaner:
    return bleach.Cleaner(
        tags=tags,
        attributes=_allowed_attribute,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
        filters=[partial(LinkifyFilter, callbacks=[_set_rel], skip_tags={"pre", "code"})],
    )


_block_cleaner = _cleaner(ALLOWED_TAGS)
_inline_cleaner = _cleaner(INLINE_TAGS)
_text_cleaner = bleach.Cleaner(tags=set(), strip=True, strip_comments=True)


def sanitize(html: str, inline: bool = False) -> str:
    """Reduce HTML to the allowlist; every link gets rel="nofollow ugc noopener"."""
    return (_inline_cleaner if inline else _block_cleaner).clean(html)


def render(source: str) -> str:
    """Markdown (CommonMark, tables, strikethrough) to safe HTML, as stored in body_html."""
    return sanitize(_markdown.render(source or ""))


def render_inline(source: str) -> str:
    """Markdown for one-line texts such as comments: emphasis, code and links only."""
    return sanitize(_markdown.renderInline(source or ""), inline=True)


def safe_html(stored_html: str | None) -> Markup:
    """Mark HTML that `render` produced (and stored) as safe for templates.

    Templates call this through the `rendered` filter; it cleans again, so a
    row written by anything but `render` still cannot inject markup.
    """
    return Markup(sanitize(stored_html or ""))


def count_links(html: str) -> int:
    """Links in HTML that `render` produced (bare addresses become links too)."""
    return len(_LINK_RE.findall(html or ""))


def count_images(html: str) -> int:
    return len(_IMAGE_RE.findall(html or ""))


_LINK_RE = re.compile(r"<a\s")
_IMAGE_RE = re.compile(r"<img\s")


def plain_text(source: str, length: int | None = None) -> str:
    """The words of a Markdown text without markup, for excerpts and feeds."""
    text = _text_cleaner.clean(_markdown.render(source or ""))
    text = " ".join(bleach.clean(text, tags=set(), strip=True).split())
    text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    text = text.replace("&quot;", '"').replace("&#x27;", "'")
    if length and len(text) > length:
        text = text[: length - 1].rsplit(" ", 1)[0] + "…"
    return text


_TAG_RE = re.compile(r"<[^>]+>")


def html_text(stored_html: str | None) -> str:
    """The words of HTML that `render` produced, quickly (for the search index)."""
    text = _TAG_RE.sub(" ", stored_html or "")
    return " ".join(html.unescape(text).split())


# Around the matched words of a search excerpt, in the plain text the backends return.
MARK_START, MARK_END = "\x02", "\x03"


def search_snippet(marked_text: str | None) -> Markup:
    """A search result's excerpt: the plain text escaped, the matched words in <mark>.

    The backends return the excerpt as plain text with the matches between MARK_START
    and MARK_END; nothing of the text itself can become markup.
    """
    escaped = str(escape(marked_text or ""))
    balanced = []
    open_mark = False
    for piece in re.split(f"([{MARK_START}{MARK_END}])", escaped):
        if piece == MARK_START and not open_mark:
            balanced.append('<mark class="hit">')
            open_mark = True
        elif piece == MARK_END and open_mark:
            balanced.append("</mark>")
            open_mark = False
        elif piece not in (MARK_START, MARK_END):
            balanced.append(piece)
    if open_mark:
        balanced.append("</mark>")
    return Markup("".join(balanced))


_MARK_RE = re.compile(r"</?mark\b[^>]*>")


def snippet_text(snippet: str | None) -> str:
    """A search snippet as plain text (for the API): the marks go without leaving gaps."""
    return html.unescape(_MARK_RE.sub("", snippet or ""))
