"""Forms for staff decisions on trust levels and expert roles."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectField, StringField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length

from community.reputation.services import LEVEL_NAMES


class TrustLevelForm(FlaskForm):
    level = SelectField(_l("Trust level"), coerce=int)
    reason = StringField(
        _l("Reason (the member sees it)"), validators=[DataRequired(), Length(max=300)]
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Labels in the reader's language, so they are made per form, not at import.
        self.level.choices = [SelectChoice(n, f"{n} – {name}") for n, name in LEVEL_NAMES.items()]
