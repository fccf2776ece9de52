"""Atom feeds: what they list and in which order, that they show only what a visitor may
see, that user text is escaped, that pages link them, and that they load in a fixed
number of statements."""

import re
import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import select

from community import events
from community.campaigns import services as campaigns
from community.extensions import db
from community.forum import services as forum
from community.forum.models import Post
from community.notifications import feeds
from community.timeutil import utcnow
from tests.conftest import (
    count_statements,
    login,
    make_answer,
    make_category,
    make_topic,
    make_user,
)

ATOM = "{http://www.w3.org/2005/Atom}"
BASE = "http://community.test"


def fetch(client, path, **kwargs):
    response = client.get(path, **kwargs)
    assert response.status_code == 200, path
    assert response.headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    return ET.fromstring(response.data)


def entries(root):
    return root.findall(f"{ATOM}entry")


def titles(root):
    return [entry.findtext(f"{ATOM}title") for entry in entries(root)]


def links(element, rel="alternate"):
    return [
        (link.get("href"), link.get("type"))
        for link in element.findall(f"{ATOM}link")
        if link.get("rel") == rel
    ]


def question_of(topic):
    return db.session.scalar(select(Post).where(Post.topic_id == topic.id, Post.position == 1))


def topic_url(topic, anchor=""):
    return f"{BASE}/t/{topic.id}/{topic.slug}{anchor}"


def live_campaign(category, slug="balkon-wochen", publish=True):
    manager = make_user(role="brand_manager")
    now = utcnow()
    campaign = campaigns.create_campaign(
        manager,
        campaigns.CampaignInput(
            title="Balkon-Wochen",
            slug=slug,
            brief="Zeigt uns eure Balkonkraftwerke!",
            type="questions",
            category=category,
            starts_at=now - timedelta(days=1),
            ends_at=now + timedelta(days=13),
            goal_metric="topics",
            goal_target=5,
            tags="solar",
        ),
    )
    if publish:
        campaigns.publish_campaign(manager, campaign)
    events.commit()
    return campaign, manager


def ask_in(campaign, title):
    topic = campaigns.ask_in_campaign(
        make_user(),
        campaign,
        title=title,
        body="Mein Wechselrichter meldet jeden Abend einen Fehler.",
        category=campaign.category,
        tags=["solar"],
    )
    events.commit()
    return topic


# -- what a feed lists ---------------------------------------------------------------------


def test_the_latest_feed_lists_topics_by_last_activity_with_their_details(client):
    author = make_user(display_name="Sabine Kunde")
    category = make_category(name="Router")
    first = make_topic(author, category, title="First router question", tags=("wlan", "fritzbox"))
    second = make_topic(title="Second router question")
    third = make_topic(title="Third router question")
    answer = make_answer(first)  # brings the first back to the top

    root = fetch(client, "/feeds/latest.atom")

    assert titles(root) == [first.title, third.title, second.title]
    assert root.findtext(f"{ATOM}title") == "Latest topics · Community"
    assert root.findtext(f"{ATOM}id") == f"{BASE}/feeds/latest.atom"
    assert links(root, "self") == [(f"{BASE}/feeds/latest.atom", "application/atom+xml")]
    assert links(root) == [(f"{BASE}/", "text/html")]
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    entry = entries(root)[0]
    assert (
        entry.findtext(f"{ATOM}id")
        == f"tag:community.test,{first.created_at:%Y-%m-%d}:topic/{first.id}"
    )
    assert links(entry) == [(topic_url(first), "text/html")]
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "Sabine Kunde"
    assert entry.findtext(f"{ATOM}author/{ATOM}uri") == f"{BASE}/u/{author.username}"
    assert entry.findtext(f"{ATOM}published") == f"{first.created_at:%Y-%m-%dT%H:%M:%S}Z"
    assert entry.findtext(f"{ATOM}updated") == f"{answer.created_at:%Y-%m-%dT%H:%M:%S}Z"
    # The feed changed when its newest entry did.
    assert root.findtext(f"{ATOM}updated") == entry.findtext(f"{ATOM}updated")
    categories = [
        (c.get("term"), c.get("label"), c.get("scheme")) for c in entry.iter(f"{ATOM}category")
    ]
    assert categories == [
        (category.slug, "Router", f"{BASE}/categories"),
        ("fritzbox", "fritzbox", f"{BASE}/tags"),
        ("wlan", "wlan", f"{BASE}/tags"),
    ]
    content = entry.find(f"{ATOM}content")
    assert content.get("type") == "html"
    assert content.text == question_of(first).body_html
    assert content.text.startswith("<p>My router keeps dropping")


def test_entry_ids_stay_the_same_when_a_title_changes(client):
    topic = make_topic(title="A title that will change")
    before = entries(fetch(client, "/feeds/latest.atom"))[0].findtext(f"{ATOM}id")
    forum.edit_post(
        topic.author,
        question_of(topic),
        body=question_of(topic).body,
        title="A new and better title",
    )
    events.commit()
    entry = entries(fetch(client, "/feeds/latest.atom"))[0]
    assert entry.findtext(f"{ATOM}title") == "A new and better title"
    assert entry.findtext(f"{ATOM}id") == before


def test_a_feed_holds_the_newest_twenty(client, unscreened):
    author, category = make_user(), make_category()
    made = [make_topic(author, category, title=f"Router question number {n}") for n in range(25)]
    root = fetch(client, "/feeds/latest.atom")
    assert feeds.FEED_SIZE == 20
    assert titles(root) == [topic.title for topic in reversed(made[5:])]


def test_category_and_tag_feeds_list_only_their_topics(client):
    router, solar = make_category(name="Router"), make_category(name="Solar")
    in_router = make_topic(category=router, title="Router drops the line", tags=("wlan",))
    in_solar = make_topic(category=solar, title="Inverter shows an error", tags=("solar",))
    also_wlan = make_topic(category=solar, title="Inverter loses the WLAN", tags=("wlan", "solar"))

    category_feed = fetch(client, f"/c/{router.slug}/feed.atom")
    assert titles(category_feed) == [in_router.title]
    assert category_feed.findtext(f"{ATOM}title") == "Topics in Router · Community"
    assert links(category_feed) == [(f"{BASE}/c/{router.slug}", "text/html")]
    assert links(category_feed, "self") == [
        (f"{BASE}/c/{router.slug}/feed.atom", "application/atom+xml")
    ]
    assert titles(fetch(client, f"/c/{solar.slug}/feed.atom")) == [also_wlan.title, in_solar.title]

    tag_feed = fetch(client, "/tags/WLAN/feed.atom")
    assert titles(tag_feed) == [also_wlan.title, in_router.title]
    assert tag_feed.findtext(f"{ATOM}title") == "Topics tagged wlan · Community"
    assert links(tag_feed, "self") == [(f"{BASE}/tags/wlan/feed.atom", "application/atom+xml")]
    assert links(tag_feed) == [(f"{BASE}/tags/wlan", "text/html")]


def test_an_empty_feed_is_valid_and_dated_by_its_category(client):
    category = make_category()
    root = fetch(client, f"/c/{category.slug}/feed.atom")
    assert entries(root) == []
    assert root.findtext(f"{ATOM}updated") == f"{category.created_at:%Y-%m-%dT%H:%M:%S}Z"


def test_the_campaign_feed_lists_the_campaigns_topics(client):
    category = make_category()
    campaign, _manager = live_campaign(category)
    first = ask_in(campaign, "Inverter error every evening")
    second = ask_in(campaign, "Which balcony bracket holds?")
    elsewhere = make_topic(title="A topic outside the campaign")

    root = fetch(client, f"/campaigns/{campaign.slug}/feed.atom")
    assert titles(root) == [second.title, first.title]
    assert elsewhere.title not in titles(root)
    assert root.findtext(f"{ATOM}title") == "Topics of the campaign Balkon-Wochen · Community"
    assert links(root) == [(f"{BASE}/campaigns/{campaign.slug}", "text/html")]


def test_the_member_feed_lists_their_questions_and_answers_with_anchors(client):
    member = make_user(display_name="Ben")
    question = make_topic(member, title="My own question about routers")
    other = make_topic(title="Somebody else's question here")
    answer = make_answer(other, member, body="Restart the router, then wait a minute.")
    make_answer(other, body="An answer by somebody else entirely.")

    root = fetch(client, f"/u/{member.username.upper()}/feed.atom")

    assert titles(root) == [f"Answer to: {other.title}", question.title]
    assert root.findtext(f"{ATOM}title") == "Posts by Ben · Community"
    assert links(root, "self") == [
        (f"{BASE}/u/{member.username}/feed.atom", "application/atom+xml")
    ]
    assert links(root) == [(f"{BASE}/u/{member.username}", "text/html")]
    first, second = entries(root)
    assert links(first) == [(topic_url(other, f"#p{answer.id}"), "text/html")]
    assert first.find(f"{ATOM}content").text == answer.body_html
    assert first.findtext(f"{ATOM}id").endswith(f":post/{answer.id}")
    opening = question_of(question)
    assert links(second) == [(topic_url(question, f"#p{opening.id}"), "text/html")]


# -- only what a visitor may see -----------------------------------------------------------


def test_hidden_deleted_held_and_merged_topics_never_appear(client, monkeypatch):
    category = make_category()
    moderator = make_user(role="moderator")
    shown = make_topic(category=category, title="A topic everyone may read", tags=("shown",))
    hidden = make_topic(category=category, title="A topic hidden by the team", tags=("shown",))
    forum.set_hidden(question_of(hidden), "spam")
    deleted = make_topic(category=category, title="A topic its author deleted", tags=("shown",))
    forum.delete_post(deleted.author, question_of(deleted))
    events.commit()
    newcomer = make_user(trust_level=0)
    held = make_topic(newcomer, category, title="A first topic held for review", tags=("shown",))
    assert held.status == "pending"
    merged = make_topic(category=category, title="A topic merged into another", tags=("shown",))
    merged.status = "merged"
    db.session.commit()

    login(client, moderator)  # a moderator's feed reader gets the visitor's feed too
    # The oldest topic still fills a feed of one: the others never take its place.
    monkeypatch.setattr(feeds, "FEED_SIZE", 1)
    for path in ("/feeds/latest.atom", f"/c/{category.slug}/feed.atom", "/tags/shown/feed.atom"):
        assert titles(fetch(client, path)) == [shown.title], path


def test_the_member_feed_leaves_out_hidden_deleted_and_held_posts(client, monkeypatch):
    member = make_user()
    other = make_topic(title="Somebody else's question here")
    shown = make_answer(other, member, body="This answer may be read by anybody.")
    hidden = make_answer(other, member, body="This answer was hidden by the team.")
    forum.set_hidden(hidden, "spam")
    deleted = make_answer(other, member, body="This answer was deleted by its author.")
    forum.delete_post(member, deleted)
    held = make_answer(other, member, body="This answer waits for the team's review.")
    held.status = "pending"
    hidden_topic = make_topic(title="A topic that the team hid later")
    make_answer(hidden_topic, member, body="A visible answer in a hidden topic.")
    forum.set_hidden(question_of(hidden_topic), "spam")
    events.commit()
    deleted_question = make_topic(member, title="A question of mine I deleted")
    forum.delete_post(member, question_of(deleted_question))
    events.commit()

    login(client, member)  # not even the author's own reader sees them
    monkeypatch.setattr(feeds, "FEED_SIZE", 1)  # the oldest post still fills it
    root = fetch(client, f"/u/{member.username}/feed.atom")
    assert [e.findtext(f"{ATOM}id").rsplit("/", 1)[1] for e in entries(root)] == [str(shown.id)]


def test_a_draft_campaign_has_no_feed_even_for_its_team(client):
    campaign, manager = live_campaign(make_category(), publish=False)
    in_draft = make_topic(title="A topic in the draft's category")
    in_draft.campaign_id = campaign.id
    db.session.commit()
    assert client.get(f"/campaigns/{campaign.slug}/feed.atom").status_code == 404
    login(client, manager)
    assert client.get(f"/campaigns/{campaign.slug}").status_code == 200
    assert client.get(f"/campaigns/{campaign.slug}/feed.atom").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/c/no-such-category/feed.atom",
        "/tags/no-such-tag/feed.atom",
        "/campaigns/no-such-campaign/feed.atom",
        "/u/nobody-here/feed.atom",
    ],
)
def test_unknown_things_have_no_feed(client, path):
    assert client.get(path).status_code == 404


# -- escaping ------------------------------------------------------------------------------


def test_user_text_is_escaped_and_never_becomes_markup(client):
    author = make_user(display_name="Tom & <b>Jerry</b>")
    category = make_category(name="Router & <i>Co</i>")
    title = "Is <script>alert(1)</script> & more safe?"
    topic = make_topic(
        author,
        category,
        title=title,
        body='<script>alert("x")</script> and <b>bold</b> & more words here',
    )

    response = client.get("/feeds/latest.atom")
    raw = response.get_data(as_text=True)
    assert "<script>" not in raw and "<b>" not in raw and "<i>" not in raw
    root = ET.fromstring(response.data)
    entry = entries(root)[0]
    assert entry.findtext(f"{ATOM}title") == title
    assert entry.findtext(f"{ATOM}author/{ATOM}name") == "Tom & <b>Jerry</b>"
    assert entry.find(f"{ATOM}category").get("label") == "Router & <i>Co</i>"
    content = entry.find(f"{ATOM}content")
    assert list(content) == []  # text, not elements
    # Markdown left the typed tags as text; the reader gets them escaped once more.
    assert content.text == question_of(topic).body_html
    assert "&lt;script&gt;" in content.text and "<script>" not in content.text


def test_characters_xml_cannot_carry_are_dropped(client):
    topic = make_topic(title="A bell \x07 in a title here")
    assert "\x07" in topic.title
    root = fetch(client, "/feeds/latest.atom")
    assert titles(root) == ["A bell  in a title here"]


# -- languages -----------------------------------------------------------------------------


def test_feed_titles_follow_the_visitors_language(client, app):
    category = make_category(
        name="Balkonkraftwerke", translations={"en": {"name": "Balcony solar"}}
    )
    path = f"/c/{category.slug}/feed.atom"
    english = fetch(client, path, headers={"Accept-Language": "en"})
    german = fetch(client, path, headers={"Accept-Language": "de"})
    assert english.findtext(f"{ATOM}title") == "Topics in Balcony solar · Community"
    assert english.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert german.get("{http://www.w3.org/XML/1998/namespace}lang") == "de"
    with app.test_request_context(), force_locale("de"):
        expected = _("Topics in %(category)s", category="Balkonkraftwerke")
    assert german.findtext(f"{ATOM}title") == f"{expected} · Community"


# -- pages link their feeds ----------------------------------------------------------------


def feed_links(html):
    return re.findall(
        r'<link rel="alternate" type="application/atom\+xml" title="([^"]*)" href="([^"]*)">', html
    )


def test_pages_link_their_feeds_in_the_head(client):
    member = make_user(display_name="Ben")
    category = make_category(name="Router")
    make_topic(member, category, tags=("wlan",))
    campaign, _manager = live_campaign(category)
    pages = {
        "/": ("Latest topics", "/feeds/latest.atom"),
        f"/c/{category.slug}": ("Topics in Router", f"/c/{category.slug}/feed.atom"),
        "/tags/wlan": ("Topics tagged wlan", "/tags/wlan/feed.atom"),
        f"/campaigns/{campaign.slug}": (
            "Topics of the campaign Balkon-Wochen",
            f"/campaigns/{campaign.slug}/feed.atom",
        ),
        f"/u/{member.username}": ("Posts by Ben", f"/u/{member.username}/feed.atom"),
    }
    for page, (title, href) in pages.items():
        html = client.get(page).get_data(as_text=True)
        head = html.split("</head>", 1)[0]
        assert feed_links(head) == [(title, href)], page
        fetch(client, href)


def test_a_draft_campaign_page_links_no_feed(client):
    campaign, manager = live_campaign(make_category(), publish=False)
    login(client, manager)
    html = client.get(f"/campaigns/{campaign.slug}").get_data(as_text=True)
    assert feed_links(html) == []


def test_a_page_title_with_quotes_stays_inside_the_attribute(client):
    member = make_user(display_name='Ben "the" <Router> Fan')
    html = client.get(f"/u/{member.username}").get_data(as_text=True)
    assert feed_links(html) == [
        ("Posts by Ben &#34;the&#34; &lt;Router&gt; Fan", f"/u/{member.username}/feed.atom")
    ]


# -- statements ----------------------------------------------------------------------------


def statements_for(app, client, path):
    client.get(path)  # a warm connection and caches, as a running server has
    with count_statements(app) as statements:
        assert client.get(path).status_code == 200
    return len(statements)


def test_a_feed_runs_the_same_statements_for_two_topics_as_for_twelve(app, client, unscreened):
    category = make_category()
    campaign, _manager = live_campaign(category)
    member = make_user()

    def add_topics(count):
        for _n in range(count):
            topic = make_topic(
                make_user(), category, tags=(f"tag{_n}", "shared"), body=f"Body number {_n} of many"
            )
            topic.campaign_id = campaign.id
            db.session.commit()
            make_answer(topic, member, body=f"An answer number {_n} by the member.")

    paths = [
        "/feeds/latest.atom",
        f"/c/{category.slug}/feed.atom",
        "/tags/shared/feed.atom",
        f"/campaigns/{campaign.slug}/feed.atom",
        f"/u/{member.username}/feed.atom",
    ]
    add_topics(2)
    few = {path: statements_for(app, client, path) for path in paths}
    add_topics(10)
    many = {path: statements_for(app, client, path) for path in paths}
    assert many == few
    assert all(count <= 6 for count in few.values()), few
    assert len(entries(fetch(client, f"/u/{member.username}/feed.atom"))) == 12
