"""Campaign, idea-status and guide forms. They validate shape; the services enforce rules."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateTimeLocalField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional

from community.campaigns.models import CAMPAIGN_TYPES, GOAL_METRICS, IDEA_STATUSES


class CampaignForm(FlaskForm):
    title = StringField(
        _l("Title"),
        validators=[DataRequired(), Length(5, 120)],
        description=_l("e.g. Balkonkraftwerk-Wochen"),
    )
    slug = StringField(
        _l("Address"),
        validators=[DataRequired(), Length(2, 60)],
        description=_l("Lowercase letters, digits and dashes: /campaigns/balkonkraftwerk-wochen"),
    )
    type = SelectField(_l("Type"), choices=[SelectChoice(k, v) for k, v in CAMPAIGN_TYPES.items()])
    category = SelectField(_l("Category"), coerce=int, validators=[InputRequired()])
    tags = StringField(
        _l("Tags"),
        validators=[Optional(), Length(max=200)],
        description=_l(
            "Topics asked in the category with one of these tags during the campaign belong "
            "to it. Without tags, every topic of the category does."
        ),
    )
    starts_at = DateTimeLocalField(
        _l("Starts"), format="%Y-%m-%dT%H:%M", validators=[InputRequired()]
    )
    ends_at = DateTimeLocalField(_l("Ends"), format="%Y-%m-%dT%H:%M", validators=[InputRequired()])
    goal_target = IntegerField(
        _l("Goal"), default=20, validators=[InputRequired(), NumberRange(1, 1_000_000)]
    )
    goal_metric = SelectField(
        _l("Counted in"), choices=[SelectChoice(k, v) for k, v in GOAL_METRICS.items()]
    )
    call_to_action = StringField(
        _l("Call to action"),
        validators=[Optional(), Length(max=200)],
        description=_l("One sentence on the campaign page, e.g. Share your balcony plant!"),
    )
    brief = TextAreaField(
        _l("Brief"),
        validators=[Optional(), Length(max=20000)],
        description=_l("Markdown: what the campaign is about and how to take part."),
    )
    experts = StringField(
        _l("Featured experts"),
        validators=[Optional(), Length(max=400)],
        description=_l("User names, separated by commas"),
    )
    hosts = StringField(
        _l("Hosts from the team"),
        validators=[Optional(), Length(max=400)],
        description=_l("User names of staff, separated by commas"),
    )


class IdeaStatusForm(FlaskForm):
    status = SelectField(
        _l("Status"), choices=[SelectChoice(k, v) for k, v in IDEA_STATUSES.items()]
    )
    note = TextAreaField(
        _l("Public note"),
        validators=[Optional(), Length(max=2000)],
        description=_l("Shown on the idea and sent to its voters. Needed when declining."),
    )


class PromoteForm(FlaskForm):
    title = StringField(_l("Title of the guide"), validators=[DataRequired(), Length(10, 150)])
