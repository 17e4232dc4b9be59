"""Forms of the negotiation: sending a version, the client's counter-wording and the
supplier's answers per article."""

from django import forms
from django.utils.translation import gettext_lazy as _

from vendorpact.agreements.negotiation_services import (
    ACCEPT,
    COMMENT,
    DEFAULT_LINK_DAYS,
    MAX_LINK_DAYS,
    PROPOSE,
    Answer,
)
from vendorpact.common.fields import WholeNumberField

CHOICES = [
    (ACCEPT, _("I accept this article")),
    (PROPOSE, _("I propose other wording")),
    (COMMENT, _("I have a comment")),
]


class SendForm(forms.Form):
    sent_to = forms.CharField(label=_("Sent to (name or e-mail)"), max_length=200, required=False)
    days = WholeNumberField(
        label=_("Valid for (days)"), min_value=1, max_value=MAX_LINK_DAYS, initial=DEFAULT_LINK_DAYS
    )


class CounterForm(forms.Form):
    # the wording is in the agreement's language, whatever the page's: not for translation
    text = forms.CharField(
        label=_("Your wording"), widget=forms.Textarea(attrs={"rows": 5, "translate": "no"})
    )
    comment = forms.CharField(
        label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class SupplierAnswersForm(forms.Form):
    """Per open or disputed article: a choice, a proposed wording and a comment (all optional:
    an article left without a choice stays open)."""

    respondent = forms.CharField(label=_("Your name"), max_length=200)

    def __init__(self, *args, articles=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.articles = [a for a in articles if a.status != "agreed"]
        for article in self.articles:
            n = article.number
            self.fields[f"choice_{n}"] = forms.ChoiceField(
                label=_("Your answer"), choices=CHOICES, required=False, widget=forms.RadioSelect
            )
            self.fields[f"text_{n}"] = forms.CharField(
                label=_("Your wording"),
                required=False,
                initial=article.text,
                widget=forms.Textarea(attrs={"rows": 4}),
            )
            self.fields[f"comment_{n}"] = forms.CharField(
                label=_("Comment"), required=False, widget=forms.Textarea(attrs={"rows": 2})
            )

    def rows(self):
        return [
            (
                article,
                self[f"choice_{article.number}"],
                self[f"text_{article.number}"],
                self[f"comment_{article.number}"],
            )
            for article in self.articles
        ]

    def answers(self) -> list[Answer]:
        data = self.cleaned_data
        return [
            Answer(
                number=article.number,
                choice=data[f"choice_{article.number}"],
                text=data[f"text_{article.number}"],
                comment=data[f"comment_{article.number}"],
            )
            for article in self.articles
            if data.get(f"choice_{article.number}")
        ]
