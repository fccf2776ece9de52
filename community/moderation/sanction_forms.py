"""Forms for member sanctions. They carry the typed text; the services check the rules
(a missing reason or an unknown duration comes back as a RuleViolation on the field)."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Optional

from community.moderation.sanctions import (
    DURATION_LABELS,
    SILENCE_DURATIONS,
    SUSPENSION_DURATIONS,
)


def _durations(keys):
    return [SelectChoice("", _l("Choose…")), *(SelectChoice(k, DURATION_LABELS[k]) for k in keys)]


class WarnForm(FlaskForm):
    reason = TextAreaField(
        _l("Warning (the member reads it and must confirm)"),
        validators=[Optional()],
        render_kw={"maxlength": 500},
    )


class SilenceForm(FlaskForm):
    duration = SelectField(
        _l("For how long"), choices=_durations(SILENCE_DURATIONS), validate_choice=False
    )
    reason = TextAreaField(
        _l("Reason (the member reads it)"),
        validators=[Optional()],
        render_kw={"maxlength": 500},
    )


class SuspendForm(FlaskForm):
    duration = SelectField(
        _l("For how long"), choices=_durations(SUSPENSION_DURATIONS), validate_choice=False
    )
    reason = TextAreaField(
        _l("Reason (the member reads it)"),
        validators=[Optional()],
        render_kw={"maxlength": 500},
    )


class LiftForm(FlaskForm):
    reason = StringField(_l("Reason (optional)"), validators=[Optional()])


class DeleteSpammerForm(FlaskForm):
    reason = StringField(_l("Note for the audit log (optional)"), validators=[Optional()])


class AppealForm(FlaskForm):
    appeal = TextAreaField(
        _l("Why should the team reconsider?"),
        description=_l("You can appeal once. At most 2000 characters."),
        validators=[Optional()],
        render_kw={"maxlength": 2000},
    )
