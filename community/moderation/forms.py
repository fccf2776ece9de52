"""Moderation forms."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, RadioField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, Optional

from community.moderation.services import FLAG_REASON_LABELS, WATCHED_ACTION_LABELS


class FlagForm(FlaskForm):
    reason = RadioField(
        _l("Why should the team look at this post?"),
        choices=[SelectChoice(key, label) for key, label in FLAG_REASON_LABELS.items()],
        validators=[InputRequired(_l("Please choose why you flag this post."))],
    )
    duplicate_url = StringField(
        _l("Link to the earlier topic (for duplicates)"), validators=[Optional(), Length(max=300)]
    )
    note = TextAreaField(_l("Note for the team"), validators=[Optional(), Length(max=500)])


class WatchedWordForm(FlaskForm):
    pattern = StringField(
        _l("Word or phrase"),
        description=_l(
            "Case and umlauts do not matter: “strasse” also finds “Straße”. "
            "Use * for any letters: “gewinn*”."
        ),
        validators=[InputRequired(_l("Please enter a word.")), Length(max=200)],
    )
    action = SelectField(
        _l("What happens"),
        choices=[SelectChoice(key, label) for key, label in WATCHED_ACTION_LABELS.items()],
        validators=[InputRequired()],
    )
    is_regex = BooleanField(_l("This is a regular expression"))
    replacement = StringField(
        _l("Replace with (for “replace”)"), validators=[Optional(), Length(max=200)]
    )
    message = StringField(
        _l("Message shown when it blocks a post (optional)"),
        validators=[Optional(), Length(max=300)],
    )
