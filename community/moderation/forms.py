"""Moderation forms."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import RadioField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, Optional

from community.moderation.services import FLAG_REASON_LABELS


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
