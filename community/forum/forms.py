"""Forum forms. They validate shape; the services enforce the rules."""

from babel import Locale
from flask_babel import get_locale
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

    def translations(self) -> dict[str, dict[str, str]]:
        return {
            locale: {
                "name": self[f"name_{locale}"].data or "",
                "description": self[f"description_{locale}"].data or "",
            }
            for locale in self.other_locales
        }


def category_form(locales, default_locale, category=None) -> CategoryForm:
    """The category form with a name and description field for each other language.

    Pass `category` only to show it; a submitted form reads the request alone.
    """
    other = [locale for locale in locales if locale != default_locale]

    class TranslatedCategoryForm(CategoryForm):
        other_locales = other

    for locale in other:
        language = Locale.parse(locale).get_display_name(get_locale())
        setattr(
            TranslatedCategoryForm,
            f"name_{locale}",
            StringField(
                _l("Name in %(language)s", language=language),
                validators=[Optional(), Length(2, 80)],
                description=_l("Empty: the name above is shown."),
            ),
        )
        setattr(
            TranslatedCategoryForm,
            f"description_{locale}",
            TextAreaField(
                _l("Description in %(language)s", language=language),
                validators=[Optional(), Length(max=500)],
            ),
        )
    form = TranslatedCategoryForm(obj=category)
    if category is not None:
        for locale in other:
            texts = (category.translations or {}).get(locale, {})
            form[f"name_{locale}"].data = texts.get("name", "")
            form[f"description_{locale}"].data = texts.get("description", "")
    return form
