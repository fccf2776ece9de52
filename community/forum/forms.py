"""Forum forms. They validate shape; the services enforce the rules."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length, Optional

KIND_CHOICES = [
    SelectChoice("question", _l("Question")),
    SelectChoice("discussion", _l("Discussion")),
    SelectChoice("idea", _l("Idea")),
    SelectChoice("article", _l("Guide")),
]


class AskForm(FlaskForm):
    kind = SelectField(_l("Kind"), choices=KIND_CHOICES, default="question")
    title = StringField(
        _l("Title"),
        validators=[DataRequired(), Length(10, 150)],
        description=_l("Say in one sentence what you want to know."),
    )
    category = SelectField(_l("Category"), coerce=int, validators=[InputRequired()])
    body = TextAreaField(
        _l("Your question"),
        validators=[DataRequired(), Length(20, 30000)],
        description=_l("Markdown works: **bold**, *italic*, lists, `code`, tables and links."),
    )
    tags = StringField(
        _l("Tags"),
        validators=[Optional(), Length(max=200)],
        description=_l("Up to 5, separated by commas or spaces, e.g. router, wlan"),
    )


class AnswerForm(FlaskForm):
    body = TextAreaField(_l("Text"), validators=[DataRequired(), Length(10, 30000)])
    official = BooleanField(_l("Mark as official answer of the service team"))


class CommentForm(FlaskForm):
    body = StringField(_l("Comment"), validators=[DataRequired(), Length(3, 600)])


class EditPostForm(FlaskForm):
    title = StringField(_l("Title"), validators=[Optional(), Length(10, 150)])
    category = SelectField(_l("Category"), coerce=int, validators=[Optional()])
    tags = StringField(_l("Tags"), validators=[Optional(), Length(max=200)])
    body = TextAreaField(_l("Text"), validators=[DataRequired(), Length(10, 30000)])
    reason = StringField(_l("What did you change?"), validators=[Optional(), Length(max=200)])


class CategoryForm(FlaskForm):
    name = StringField(_l("Name"), validators=[DataRequired(), Length(2, 80)])
    slug = StringField(
        _l("Slug"),
        validators=[DataRequired(), Length(2, 60)],
        description=_l("Used in the address, e.g. internet-telefonie"),
    )
    description = TextAreaField(_l("Description"), validators=[Optional(), Length(max=500)])
    position = IntegerField(_l("Order"), default=0, validators=[Optional()])
