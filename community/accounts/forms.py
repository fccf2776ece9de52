"""Account forms. They validate shape; the services enforce the rules."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Email, EqualTo, Length, Optional

LANGUAGE_CHOICES = [
    SelectChoice("", _l("Browser language")),
    SelectChoice("de", "Deutsch"),
    SelectChoice("en", "English"),
]


class RegisterForm(FlaskForm):
    username = StringField(_l("Username"), validators=[DataRequired(), Length(3, 30)])
    email = EmailField(_l("Email"), validators=[DataRequired(), Email(check_deliverability=False)])
    password = PasswordField(_l("Password"), validators=[DataRequired(), Length(10, 256)])
    confirm = PasswordField(
        _l("Repeat password"),
        validators=[DataRequired(), EqualTo("password", message=_l("The passwords differ."))],
    )


class LoginForm(FlaskForm):
    login = StringField(_l("Username or email"), validators=[DataRequired()])
    password = PasswordField(_l("Password"), validators=[DataRequired()])
    remember = BooleanField(_l("Remember me"))


class ForgotPasswordForm(FlaskForm):
    email = StringField(_l("Email or username"), validators=[DataRequired(), Length(max=254)])


class ResetPasswordForm(FlaskForm):
    password = PasswordField(_l("New password"), validators=[DataRequired(), Length(10, 256)])
    confirm = PasswordField(
        _l("Repeat new password"),
        validators=[DataRequired(), EqualTo("password", message=_l("The passwords differ."))],
    )


class ProfileForm(FlaskForm):
    display_name = StringField(_l("Display name"), validators=[Optional(), Length(max=60)])
    bio = TextAreaField(_l("About me (Markdown)"), validators=[Optional(), Length(max=3000)])
    locale = SelectField(_l("Language"), choices=LANGUAGE_CHOICES, validators=[Optional()])


class ChangePasswordForm(FlaskForm):
    current_password = PasswordField(_l("Current password"), validators=[DataRequired()])
    password = PasswordField(_l("New password"), validators=[DataRequired(), Length(10, 256)])
    confirm = PasswordField(
        _l("Repeat new password"),
        validators=[DataRequired(), EqualTo("password", message=_l("The passwords differ."))],
    )


class ChangeEmailForm(FlaskForm):
    email = EmailField(
        _l("New email"), validators=[DataRequired(), Email(check_deliverability=False)]
    )
    password = PasswordField(_l("Current password"), validators=[DataRequired()])


class ApiTokenForm(FlaskForm):
    name = StringField(_l("Token name"), validators=[DataRequired(), Length(max=60)])
