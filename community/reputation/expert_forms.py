"""Forms for the staff's decisions on expert roles."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, SelectField, StringField
from wtforms.validators import DataRequired, Length

REASON_HINT = _l("Kept with the role as its log.")


class AppointForm(FlaskForm):
    username = StringField(_l("Username"), validators=[DataRequired(), Length(max=30)])
    # "" stands for all categories (a global expert); the view fills in the categories.
    category = SelectField(_l("Category"), choices=[], validate_choice=True)
    reason = StringField(
        _l("Reason"),
        validators=[DataRequired(), Length(max=300)],
        description=REASON_HINT,
    )


class ReasonForm(FlaskForm):
    """Revoke, decline or let lapse: a reason is required."""

    reason = StringField(_l("Reason"), validators=[DataRequired(), Length(max=300)])


class DecisionForm(FlaskForm):
    """Confirm, keep, feature: nothing to fill in but the CSRF token."""

    featured = HiddenField()
