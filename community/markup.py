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
from markdown_it.common.utils import escapeHtml
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
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

# -- mentions ----------------------------------------------------------------------------
# `@name` with the registration rule's characters (community.accounts.services.USERNAME_RE:
# 3 to 30 letters, digits, dots, hyphens and underscores, starting with a letter or digit).
MAX_MENTIONS = 10  # distinct names per text, as on Discourse; later ones stay plain text
MENTION_CLASS = "mention"
_MENTION_RE = re.compile(r"@([A-Za-z0-9][A-Za-z0-9_.-]*)")
_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
_NAME_MIN, _NAME_MAX = 3, 30
# What may stand right before the @: a mention starts a word, so `a@b.de` (an address),
# `example.org/@name` and `@@name` are no mentions; brackets, quotes and emphasis are fine.
_MENTION_OPENERS = frozenset("([{\"'„“”‚‘’«»‹›*~,;")


def _starts_mention(before: str) -> bool:
    return before == "" or before.isspace() or before in _MENTION_OPENERS


def _mention_pieces(token: Token, before: str, after: str, seen: list[str]) -> list[Token]:
    """A text token split into text and mention tokens (at most MAX_MENTIONS names)."""
    text, pieces, done = token.content, [], 0
    for match in _MENTION_RE.finditer(text):
        # A name does not end in a dot or hyphen: "Ask @sabine." mentions sabine.
        name = match.group(1).rstrip(".-")
        follow = text[match.end()] if match.end() < len(text) else after
        prev = text[match.start() - 1] if match.start() else before
        key = name.lower()
        if (
            not _starts_mention(prev)
            or not _NAME_MIN <= len(name) <= _NAME_MAX
            or follow == "@"
            or follow in _NAME_CHARS
            or (key not in seen and len(seen) >= MAX_MENTIONS)
        ):
            continue
        if key not in seen:
            seen.append(key)
        if match.start() > done:
            pieces.append(
                Token("text", "", 0, level=token.level, content=text[done : match.start()])
            )
        pieces.append(
            Token("mention", "", 0, level=token.level, content="@" + name, meta={"key": key})
        )
        done = match.start() + 1 + len(name)
    if not pieces:
        return [token]
    if done < len(text):
        pieces.append(Token("text", "", 0, level=token.level, content=text[done:]))
    return pieces


def _edge_char(token: Token | None, last: bool) -> str:
    # Escapes and entities (text_special) count as the characters they stand for; any
    # other neighbour (emphasis, a code span, a line break) is a word boundary.
    if token is None or token.type not in ("text", "text_special") or not token.content:
        return ""
    return token.content[-1] if last else token.content[0]


def _mention_rule(state: StateCore) -> None:
    """Turn `@name` in plain text into mention tokens; code and link texts are left alone.

    Runs before text_join, so an escaped `\\@name` stays text. The names found, in order
    and lower-cased, end up in env["mention_keys"].
    """
    seen: list[str] = state.env.setdefault("mention_keys", [])
    for block in state.tokens:
        if block.type != "inline" or not block.children or "@" not in block.content:
            continue
        children, in_link = [], 0
        for index, token in enumerate(block.children):
            if token.type == "link_open":
                in_link += 1
            elif token.type == "link_close":
                in_link -= 1
            if token.type != "text" or in_link or "@" not in token.content:
                children.append(token)
                continue
            before = _edge_char(block.children[index - 1] if index else None, last=True)
            following = block.children[index + 1] if index + 1 < len(block.children) else None
            children.extend(_mention_pieces(token, before, _edge_char(following, False), seen))
        block.children = children


def _render_mention(self, tokens: list[Token], idx: int, options, env: dict) -> str:
    token = tokens[idx]
    url = (env.get("mentions") or {}).get(token.meta["key"])
    text = escapeHtml(token.content)
    if not url:
        return text
    return f'<a class="{MENTION_CLASS}" href="{escapeHtml(url)}">{text}</a>'


_markdown = (
    MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    .enable("table")
    .enable("strikethrough")
)
_markdown.core.ruler.before("text_join", "mention", _mention_rule)
_markdown.add_render_rule("mention", _render_mention)


def _set_rel(attrs: dict, new: bool = False) -> dict:
    attrs[(None, "rel")] = LINK_REL
    return attrs


def _allowed_attribute(tag: str, name: str, value: str) -> bool:
    if tag == "a" and name == "class":
        return value == MENTION_CLASS
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


def render(source: str, mentions: dict[str, str] | None = None) -> str:
    """Markdown (CommonMark, tables, strikethrough) to safe HTML, as stored in body_html.

    `mentions` maps username keys to profile URLs: those `@name`s become mention links,
    any other `@name` stays text.
    """
    return sanitize(_markdown.render(source or "", {"mentions": mentions or {}}))


def render_inline(source: str, mentions: dict[str, str] | None = None) -> str:
    """Markdown for one-line texts such as comments: emphasis, code and links only."""
    html = _markdown.renderInline(source or "", {"mentions": mentions or {}})
    return sanitize(html, inline=True)


def mentioned_names(source: str, inline: bool = False) -> list[str]:
    """The distinct usernames a Markdown text mentions as `@name`, in order, as username keys.

    Not in code, link texts or addresses; at most MAX_MENTIONS. `inline` parses the text
    the way `render_inline` does (comments).
    """
    if "@" not in (source or ""):
        return []
    env: dict = {}
    if inline:
        _markdown.parseInline(source, env)
    else:
        _markdown.parse(source, env)
    return list(env.get("mention_keys", []))


def safe_html(stored_html: str | None) -> Markup:
    """Mark HTML that `render` produced (and stored) as safe for templates.

    Templates call this through the `rendered` filter; it cleans again, so a
    row written by anything but `render` still cannot inject markup.
    """
    return Markup(sanitize(stored_html or ""))


def count_links(html: str) -> int:
    """Links in HTML that `render` produced (bare addresses become links too).

    Mentions are not counted: they only ever lead to a member's profile here.
    """
    return len(_LINK_RE.findall(html or ""))


def count_images(html: str) -> int:
    return len(_IMAGE_RE.findall(html or ""))


_LINK_RE = re.compile(r'<a\s(?![^>]*\bclass="mention")')
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
