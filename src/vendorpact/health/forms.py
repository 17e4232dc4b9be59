from django import forms
from django.utils.translation import gettext_lazy as _

from vendorpact.common.fields import WholeNumberField
from vendorpact.common.messages import lang
from vendorpact.core import health as core_health
from vendorpact.health.messages import likert_label, theme_label
from vendorpact.health.services import DEFAULT_LINK_DAYS, MAX_LINK_DAYS
from vendorpact.suppliers.models import Contact


class HealthCheckForm(forms.Form):
    period = forms.CharField(label=_("Period"), max_length=20, help_text=_("For example 2026-Q4."))


class HealthLinkForm(forms.Form):
    sent_to = forms.CharField(label=_("Sent to (name or e-mail)"), max_length=200, required=False)
    contact = forms.ModelChoiceField(
        label=_("Send by e-mail to"),
        queryset=Contact.objects.none(),
        required=False,
        empty_label=_("— do not send, I copy the link —"),
    )
    days = WholeNumberField(
        label=_("Valid for (days)"),
        min_value=1,
        max_value=MAX_LINK_DAYS,
        initial=DEFAULT_LINK_DAYS,
    )

    def __init__(self, *args, contacts=None, **kwargs):
        super().__init__(*args, **kwargs)
        if contacts is not None:
            self.fields["contact"].queryset = contacts


class HealthAnswersForm(forms.Form):
    """One 1-5 choice per question (empty: don't know), grouped by theme in the template."""

    respondent = forms.CharField(label=_("Your name"), max_length=150, required=False)
    comment = forms.CharField(
        label=_("Anything to add?"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, ask_name=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not ask_name:
            del self.fields["respondent"]
        choices = [(str(v), likert_label(v)) for v in range(1, 6)] + [("", _("Don't know"))]
        for question in core_health.QUESTIONS:
            self.fields[question.id] = forms.ChoiceField(
                label=question.text(lang()),
                choices=choices,
                required=False,
                widget=forms.RadioSelect,
            )

    def answers(self) -> dict[str, int | None]:
        return {
            q.id: int(self.cleaned_data[q.id]) if self.cleaned_data.get(q.id) else None
            for q in core_health.QUESTIONS
        }

    def themes(self):
        """[(theme label, [bound fields])] for the template."""
        return [
            (
                theme_label(theme.id),
                [self[q.id] for q in core_health.QUESTIONS if q.theme == theme.id],
            )
            for theme in core_health.THEMES
        ]
