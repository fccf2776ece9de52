"""`flask` commands: demo, create-user, worker, reputation, badges, reindex, mail."""

from __future__ import annotations

import time

import click
from flask import Flask, current_app
from sqlalchemy import func, select, update

from community import events
from community.accounts import services as accounts
from community.accounts.models import ROLES, User
from community.errors import RuleViolation
from community.extensions import db
from community.notifications import mail
from community.notifications.models import MAIL_STATUSES, OutgoingEmail
from community.timeutil import utcnow


def init_app(app: Flask) -> None:
    app.cli.add_command(demo_command)
    app.cli.add_command(create_user_command)
    app.cli.add_command(worker_command)
    app.cli.add_command(reputation_group)
    app.cli.add_command(badges_group)
    app.cli.add_command(reindex_command)
    app.cli.add_command(mail_group)


@click.command("demo")
@click.option("--if-empty", is_flag=True, help="Only load into a database without members.")
def demo_command(if_empty: bool) -> None:
    """Load the demo community (idempotent: does nothing if it is there)."""
    from community.demo import searches as search_scene
    from community.demo.loader import DEMO_PASSWORD, load_demo, settle_notifications
    from community.search import indexer

    if db.session.scalar(select(func.count(User.id))) and if_empty:
        click.echo("The database has members already; no demo content loaded.")
        return
    # The demo's history notifies its members in the bell, but mails nobody.
    emailing = current_app.config["NOTIFICATION_EMAIL"]
    current_app.config["NOTIFICATION_EMAIL"] = False
    try:
        summary = load_demo()
        if summary is None:
            click.echo("The demo community is loaded already.")
            return
        events.commit()
        # Hand every event to its consumers now (badges, notifications), not on the first
        # page.
        while events.dispatch_pending(batch=1000):
            pass
        settle_notifications()
        db.session.commit()
    finally:
        current_app.config["NOTIFICATION_EMAIL"] = emailing
    indexer.rebuild()
    db.session.commit()
    # Searched for real, so it needs the index: a few weeks of searches for the insights.
    search_scene.load_scene()
    db.session.commit()
    click.echo(
        f"Loaded the demo community: {summary['users']} members, {summary['topics']} topics, "
        f"{summary['posts']} posts, {summary['votes']} votes, {summary['comments']} comments, "
        f"{summary['badges']} badges."
    )
    click.echo("Demo accounts (all with the password below):")
    for username, role in summary["staff"]:
        click.echo(f"  {role:<14} {username}")
    click.echo(f"  {'member':<14} sabine_k, emily_r, ... (any member)")
    click.echo(f"  password       {DEMO_PASSWORD}")
    click.echo("Campaigns:")
    for status in ("live", "scheduled", "ended"):
        campaign = summary["campaigns"][status]
        click.echo(f"  {status:<14} /campaigns/{campaign['slug']}  {campaign['title']}")


@click.command("create-user")
@click.argument("username")
@click.option("--email", required=True)
@click.option("--role", type=click.Choice(ROLES), default="member", show_default=True)
@click.password_option(prompt="Password", help="Asked for when left out; never echoed.")
def create_user_command(username: str, email: str, role: str, password: str) -> None:
    """Create a member, moderator, brand manager or admin."""
    try:
        user = accounts.register_user(
            username=username, email=email, password=password, role=role, allow_reserved=True
        )
    except RuleViolation as violation:
        raise click.ClickException(f"{violation.field or 'input'}: {violation.message}") from None
    events.commit()
    click.echo(f"Created {user.role} {user.username} <{user.email}>.")


@click.command("worker")
@click.option("--once", is_flag=True, help="Handle what is pending, then stop.")
@click.option("--interval", default=1.0, show_default=True, help="Seconds between polls.")
def worker_command(once: bool, interval: float) -> None:
    """Run the outbox consumers (notifications, ...), queue the due digests and deliver the
    mail queue."""
    from community.campaigns import services as campaigns
    from community.notifications import messages

    digests_checked = 0.0
    while True:
        if campaigns.announce_due():
            events.commit()
        # Digests are due by the day or week: a look once a minute is plenty.
        if once or time.monotonic() - digests_checked >= 60:
            digests_checked = time.monotonic()
            if messages.send_digests():
                events.commit()
            else:
                db.session.rollback()
        handled = events.dispatch_pending()
        try:
            sent, failed = mail.deliver_due()
        except Exception:
            # A database hiccup: the rows stay queued (or claimed, until the claim ends).
            db.session.rollback()
            mail.log.exception("mail delivery failed")
            sent = failed = 0
        db.session.remove()
        if once:
            click.echo(f"Handled {handled} event(s).")
            click.echo(f"Sent {sent} email(s), {failed} not sent.")
            return
        if not (handled or sent):
            time.sleep(interval)


@click.group("reputation")
def reputation_group() -> None:
    """Reputation caches and trust levels."""


@reputation_group.command("rebuild")
def reputation_rebuild_command() -> None:
    """Recompute every member's reputation from the ledger."""
    from community.reputation import services as reputation

    started = time.perf_counter()
    members, corrected = reputation.rebuild_reputation()
    db.session.commit()
    seconds = time.perf_counter() - started
    click.echo(
        f"Rebuilt the reputation of {members} members, {corrected} corrected ({seconds:.1f} s)."
    )


@click.group("badges")
def badges_group() -> None:
    """Badges."""


@badges_group.command("backfill")
def badges_backfill_command() -> None:
    """Award the badges that existing content already earns (safe to run again)."""
    from community.reputation import badges

    started = time.perf_counter()
    awarded = badges.backfill()
    events.commit()
    seconds = time.perf_counter() - started
    click.echo(f"Awarded {awarded} badge(s) ({seconds:.1f} s).")


@click.command("reindex")
def reindex_command() -> None:
    """Rebuild the search index from the database, with progress and a summary."""
    from community.forum.models import Topic
    from community.search import indexer

    topics = db.session.scalar(select(func.count(Topic.id)).where(Topic.status.in_(indexer.LISTED)))
    with click.progressbar(length=topics, label="Indexing topics") as bar:
        documents, seconds = indexer.rebuild(progress=bar.update)
    # The rebuild covered every event so far; the indexer need not see them again.
    events.mark_handled("search")
    db.session.commit()
    rate = documents / seconds if seconds else 0
    click.echo(f"Indexed {documents} topics in {seconds:.1f} s ({rate:.0f} documents per second).")


@click.group("mail")
def mail_group() -> None:
    """The mail queue: what waits, what failed, and sending it again."""


@mail_group.command("status")
@click.option("--errors", default=5, show_default=True, help="How many recent errors to show.")
def mail_status_command(errors: int) -> None:
    """Count the queue by status; show the oldest waiting mail and the latest errors."""
    counts = dict(
        db.session.execute(
            select(OutgoingEmail.status, func.count(OutgoingEmail.id)).group_by(
                OutgoingEmail.status
            )
        ).all()
    )
    for status in MAIL_STATUSES:
        click.echo(f"{status:<8} {counts.get(status, 0)}")
    oldest = db.session.scalars(
        select(OutgoingEmail)
        .where(OutgoingEmail.status.in_(("queued", "sending")))
        .order_by(OutgoingEmail.created_at, OutgoingEmail.id)
        .limit(1)
    ).first()
    if oldest is not None:
        click.echo(
            f"Oldest waiting: #{oldest.id} to {oldest.to_address},"
            f" queued {oldest.created_at:%Y-%m-%d %H:%M} UTC, {oldest.attempts} attempt(s),"
            f" next {oldest.next_attempt_at:%Y-%m-%d %H:%M} UTC."
        )
    failing = db.session.scalars(
        select(OutgoingEmail)
        .where(OutgoingEmail.last_error != "", OutgoingEmail.status != "sent")
        .order_by(OutgoingEmail.id.desc())
        .limit(errors)
    ).all()
    if failing:
        click.echo("Latest errors:")
    for row in failing:
        click.echo(
            f"  #{row.id} {row.status} to {row.to_address} after {row.attempts} attempt(s): "
            f"{row.last_error}"
        )


@mail_group.command("retry")
@click.argument("ids", nargs=-1, type=int)
def mail_retry_command(ids: tuple[int, ...]) -> None:
    """Queue failed mail again, now and with a fresh set of attempts (all, or these ids)."""
    query = update(OutgoingEmail).where(OutgoingEmail.status == "failed")
    if ids:
        query = query.where(OutgoingEmail.id.in_(ids))
    result = db.session.execute(
        query.values(status="queued", attempts=0, next_attempt_at=utcnow(), claimed_until=None)
    )
    db.session.commit()
    click.echo(f"Queued {result.rowcount} failed email(s) again.")


@mail_group.command("send")
def mail_send_command() -> None:
    """Deliver what is due now (`flask worker` does this all the time)."""
    total_sent = total_failed = 0
    while True:
        sent, failed = mail.deliver_due()
        total_sent, total_failed = total_sent + sent, total_failed + failed
        if not sent:  # all done, or the server is down: the rest wait for their turn
            break
    click.echo(f"Sent {total_sent} email(s), {total_failed} not sent.")
