"""Entry point for `flask` and WSGI servers: app = create_app()."""

from community import create_app

app = create_app()
