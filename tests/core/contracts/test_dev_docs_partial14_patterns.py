"""Covered versus partial, found on training rounds 5-20: the client's approval of extra work in
more wordings (a change document signed by one of the client's people, nothing done or paid
without an order, the go-ahead said to the client). Each family in nl, fr and en, with sentences
that must stay partial. Development clauses written for this module."""

import pytest

from vendorpact.core.contracts import analyse_text


def status(item_id: str, text: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


# -- extra work: the client's approval in more wordings ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bijkomende prestaties worden enkel uitgevoerd na een offerte en een bestelbon, "
        "ondertekend door de afdelingschef van de Gemeente.",
        "Meerwerk wordt enkel uitgevoerd na een raming en een bestelbon van het ziekenhuis.",
        "Prestaties buiten het contract zonder opdrachtbon worden niet vergoed.",
        "Extra werk doen we aan EUR 80 per uur, altijd na een prijsopgave die jij eerst goedkeurt.",
        "Werk buiten de offerte doen we pas na jullie akkoord per mail.",
        "Meerwerk gebeurt na een raming en de schriftelijke goedkeuring van de directeur.",
        "Wordt de raming overschreden, dan is een nieuw akkoord nodig voor het meerwerk.",
        "Additional work is carried out only after a change note describing the effort has been "
        "signed by the Client's project owner.",
        "Changes to the scope are made only on the basis of a written estimate approved by the "
        "operations manager before work starts.",
        "Work outside the scope is done at EUR 95 per hour and only after your OK by e-mail.",
        "The Supplier does not invoice extra work without a signed change request.",
        "Les travaux supplémentaires sont d'abord chiffrés et soumis à votre accord.",
        "S'il faut plus d'heures que prévu, on vous prévient et on attend votre accord avant de "
        "continuer.",
        "Les travaux en plus sont facturés 70 EUR de l'heure, sur un devis que vous acceptez "
        "avant le début.",
        "Pour tout travail supplémentaire, on ne fait rien sans votre accord.",
    ],
)
def test_extra_work_approved_in_more_wordings_is_covered(text):
    assert status("budget.extra_costs", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # the supplier's own signature, no approval at all, a placeholder, a bare reference,
        # best efforts
        "Change requests are signed by the Supplier's project manager.",
        "Extra work may be carried out without your approval and is invoiced monthly.",
        "Meerwerk voeren we uit zonder uw akkoord en factureren we maandelijks.",
        "Les travaux supplémentaires peuvent être réalisés sans votre accord.",
        "Extra work requires a change request signed by [•].",
        "Change requests are handled as set out in Annex 4.",
        "Bijkomende prestaties worden uitgevoerd volgens bijlage 3.",
        "Extra work is handled with reasonable efforts as agreed between the parties.",
    ],
)
def test_extra_work_without_the_clients_approval_stays_partial(text):
    assert status("budget.extra_costs", text) == "partial"
