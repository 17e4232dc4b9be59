"""Covered versus partial, found on training rounds 5-9: the client's approval given by one of
its people before extra work starts, the court named in its own sentence next to the law, and a
named contact (the writer of a letter, a name with its role). Each family in nl, fr and en,
with sentences that must stay partial. Development clauses written for this module."""

import pytest

from vendorpact.core.contracts import analyse_text


def status(item_id: str, text: str) -> str:
    return analyse_text(text, learned=False).item(item_id).status


# -- extra work approved by the client's people before it starts --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Extra work starts only after the client's project leader has signed the change request.",
        "Additional work is done only on a written change order.",
        "Additional work is carried out on a variation order signed by the buyer's IT manager.",
        "De leverancier start pas met meerwerk na schriftelijk akkoord van de product owner.",
        "Meerwerk wordt uitgevoerd op basis van een offerte die vooraf door de "
        "contractmanager van de klant is goedgekeurd.",
        "Meerwerk wordt uitgevoerd na goedkeuring ervan door de klant vóór de aanvang van "
        "de werken.",
        "Aucun travail supplémentaire n'est exécuté sans la fiche signée par le chef de projet.",
        "Les prestations supplémentaires ne sont exécutées qu'après signature d'un bon de travail.",
        "Prestations hors forfait : sur la base d'une estimation approuvée par écrit (e-mail) "
        "par le client.",
    ],
)
def test_extra_work_approved_by_the_client_before_it_starts_is_covered(text):
    assert status("budget.extra_costs", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Extra work is invoiced at the hourly rate.",
        "Change requests are handled as set out in Annex 3.",
        "Additional work is carried out only after approval by [•].",
        "Meerwerk wordt in onderling overleg geregeld.",
        "Meerwerk wordt gefactureerd tegen het uurtarief.",
        "Les prestations supplémentaires sont facturées au taux horaire.",
        "Les travaux supplémentaires feront l'objet d'un accord ultérieur.",
    ],
)
def test_extra_work_without_an_approval_step_stays_partial(text):
    assert status("budget.extra_costs", text) == "partial"


# -- the court named in its own sentence --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Belgian law applies. Only the courts of Leuven have jurisdiction.",
        "Dutch law applies. Disputes are submitted exclusively to the District Court of Breda.",
        "Le contrat est régi par le droit belge. Les tribunaux francophones de Bruxelles sont "
        "seuls compétents.",
        "Het Belgisch recht is van toepassing. Dan is de ondernemingsrechtbank Antwerpen, "
        "afdeling Hasselt, bevoegd.",
        "Op deze overeenkomst is Nederlands recht van toepassing; geschillen worden "
        "voorgelegd aan de rechtbank Oost-Brabant.",
    ],
)
def test_law_and_a_named_court_are_covered(text):
    assert status("legal.governing_law", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Belgian law applies.",
        "Le contrat est régi par le droit belge.",
        "Op deze overeenkomst is Nederlands recht van toepassing; de rechtbank is bevoegd.",
        "Op deze overeenkomst is Nederlands recht van toepassing; de bevoegde rechtbank.",
    ],
)
def test_law_without_a_named_court_stays_partial(text):
    assert status("legal.governing_law", text) == "partial"


# -- a named contact ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I remain your account manager.",
        "Ik blijf ook na de livegang jullie vaste aanspreekpunt.",
        "Jullie vaste contactpersoon ben ik zelf.",
        "Je reste votre interlocuteur pour toute question.",
        "Votre interlocutrice est Élodie Masson, gestionnaire de compte.",
        "Pieter Claeys | Account manager",
        "Stijn Peeters - accountmanager",
        "Bien à vous, Kevin Dujardin, account manager",
    ],
)
def test_a_named_contact_is_covered(text):
    assert status("team.named_team", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Our account manager will contact you after signing.",
        "We remain your contact for any question.",
        "Wij blijven jullie vaste aanspreekpunt.",
        "Nous restons votre interlocuteur pour toute question.",
        "Our senior consultant will contact you.",
    ],
)
def test_a_contact_without_a_name_stays_partial(text):
    assert status("team.named_team", text) != "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Le gestionnaire de compte du client est M. Grégory Dufrane.",
        "Votre account manager : Pieter Claes - pieter.claes@example.be",
        "Mme Lucie Gérard, gestionnaire de compte, est l'interlocutrice du client.",
        "Uw accountmanager: Sofie Maes.",
        "Your account manager is Ms. Sofie Maes.",
    ],
)
def test_account_manager_by_name_keeps_knowledge_of_the_client(text):
    assert status("maintenance.customer_knowledge", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "An account manager may be assigned where possible.",
        "Le gestionnaire de compte est joignable par téléphone.",
    ],
)
def test_account_manager_without_a_name_is_not_covered(text):
    assert status("maintenance.customer_knowledge", text) != "covered"


# -- general terms: which terms apply AND which prevails ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our general terms apply. Where the quote says otherwise, the quote prevails.",
        "Deze voorwaarden gelden voor al onze offertes. Staat in de offerte iets anders dan in "
        "deze voorwaarden, dan gaat de offerte voor.",
        "Op deze overeenkomst zijn de NLdigital Voorwaarden van toepassing. Bij strijdigheid "
        "gaan de bepalingen van deze overeenkomst voor.",
        "En cas de contradiction, la présente convention prime sur les conditions générales.",
    ],
)
def test_general_terms_with_a_precedence_are_covered(text):
    assert status("agreement.general_terms", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Gaat het om een verzoek voor een nieuwe functie, dan plannen we die in.",
        "De klant gaat de offerte voor de uitbreiding nog bekijken.",
    ],
)
def test_going_first_without_a_document_that_yields_is_no_precedence(text):
    assert status("agreement.general_terms", text) == "missing"


# -- knowledge transfer: the client gets the documentation or training --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Achteraf krijg je een documentatie van de nieuwe omgeving (ip-plan, configuratie).",
        "We geven twee trainingen van twee uur en jullie beheerder krijgt een handleiding.",
        "You get a handover document describing the configuration.",
        "Vous recevez la documentation technique de l'installation.",
    ],
)
def test_documentation_the_client_gets_is_covered(text):
    assert status("team.knowledge_transfer", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Documentatie is niet inbegrepen.",
        "Je krijgt documentatie zoals nader overeen te komen.",
        "Documentation will be provided as reasonably requested.",
    ],
)
def test_documentation_left_open_stays_partial(text):
    assert status("team.knowledge_transfer", text) == "partial"


# -- the client's obligations with their moment ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Je zorgt dat er een actuele back-up is voordat ik aan je systemen begin.",
        "Voor een installatie zorgt de klant op de afgesproken datum voor toegang tot de ruimtes.",
        "The client provides access to the server room on the agreed date.",
        "Le client met à disposition les locaux à la date convenue.",
    ],
)
def test_client_obligation_with_its_moment_is_covered(text):
    assert status("timing.client_obligations", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "De klant zorgt voor toegang tot de ruimtes.",
        "The client provides access to the server room as reasonably required.",
        "Le client met à disposition les locaux dans la mesure du possible.",
    ],
)
def test_client_obligation_without_its_moment_stays_partial(text):
    assert status("timing.client_obligations", text) == "partial"


# -- hedges that were not read: "cannot guarantee", "every reasonable effort", "do our best" ----


@pytest.mark.parametrize(
    ("item_id", "text"),
    [
        (
            "maintenance.resolution_time",
            "We make every reasonable effort to provide a fix within two working days, but we "
            "cannot guarantee resolution times.",
        ),
        (
            "maintenance.response_time",
            "We do our best to answer within one working day but cannot guarantee response times.",
        ),
        (
            "maintenance.response_time",
            "We reageren binnen één werkdag, maar dat kunnen we niet garanderen.",
        ),
        (
            "maintenance.response_time",
            "Nous répondons sous un jour ouvrable, mais nous ne pouvons garantir ce délai.",
        ),
    ],
)
def test_a_time_that_is_not_guaranteed_is_partial(item_id, text):
    assert status(item_id, text) == "partial"


@pytest.mark.parametrize(
    ("item_id", "text"),
    [
        ("maintenance.response_time", "We answer within one working day."),
        ("maintenance.response_time", "Wij reageren binnen één werkdag."),
        ("maintenance.response_time", "Nous répondons dans un délai d'un jour ouvrable."),
    ],
)
def test_a_time_without_a_hedge_stays_covered(item_id, text):
    assert status(item_id, text) == "covered"


# -- data protection: the processing agreement left for later or on request -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Voor zover de leverancier toegang krijgt tot persoonsgegevens, sluiten partijen zo "
        "nodig een verwerkersovereenkomst.",
        "Voor de verwerking van persoonsgegevens maken we nog een verwerkersovereenkomst op.",
        "Les données sont hébergées dans l'UE ; le cas échéant, une convention de "
        "sous-traitance RGPD sera conclue séparément.",
        "Where the supplier processes personal data, a data processing agreement will be "
        "signed on request.",
    ],
)
def test_processing_agreement_left_for_later_is_partial(text):
    assert status("legal.data_protection", text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "De leverancier verwerkt persoonsgegevens als verwerker volgens de "
        "verwerkersovereenkomst in bijlage 2, enkel op instructie van de klant.",
        "Le prestataire traite les données personnelles en qualité de sous-traitant, sur "
        "instruction du client, conformément au RGPD.",
        "The supplier processes personal data as processor under the GDPR on the client's "
        "documented instructions.",
    ],
)
def test_processing_agreement_in_place_stays_covered(text):
    assert status("legal.data_protection", text) == "covered"


# -- escrow declined, on request or under study -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Source code escrow: the source code is not deposited with a third party.",
        "Customers who want an escrow arrangement for the source code can ask us for one.",
        "À la demande du client, le fournisseur étudiera la possibilité d'un dépôt des sources "
        "du logiciel auprès d'un tiers.",
        "De broncode wordt niet gedeponeerd bij een escrowagent.",
    ],
)
def test_escrow_declined_or_on_request_is_partial(text):
    assert status("exit.escrow", text) == "partial"


def test_escrow_deposited_stays_covered():
    text = "The source code is deposited with an escrow agent and updated with every release."
    assert status("exit.escrow", text) == "covered"


# -- delay: late payment, no right to compensation, a default about any breach -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Les délais sont donnés à titre indicatif ; un retard de livraison ne peut donner lieu "
        "à aucune indemnité.",
        "Vertraging bij de operator geeft geen recht op schadevergoeding of ontbinding.",
        "Iedere partij kan de overeenkomst ontbinden als de andere partij na een schriftelijke "
        "ingebrekestelling met een termijn van dertig dagen tekort blijft schieten.",
    ],
)
def test_delay_left_without_a_consequence_is_not_covered(text):
    assert status("timing.delay", text) != "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Bij vertraging door de leverancier betaalt hij een boete van 0,5 % per week.",
        "En cas de retard imputable au prestataire, une pénalité de 0,5 % par semaine est due.",
        "If the supplier is late, it pays a penalty of 0.5% per week of delay.",
    ],
)
def test_delay_with_a_penalty_stays_covered(text):
    assert status("timing.delay", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Either party may terminate if the other party fails to remedy a material breach "
        "within 30 days of a written notice.",
        "Chaque partie peut résilier en cas de manquement grave non réparé dans les 15 jours "
        "d'une mise en demeure.",
    ],
)
def test_a_breach_cure_period_is_no_resolution_time(text):
    assert status("maintenance.resolution_time", text) != "covered"


def test_a_repair_time_stays_covered():
    assert status("maintenance.resolution_time", "P1 incidents are resolved within 8 hours.") == (
        "covered"
    )


def test_a_late_delivery_penalty_without_notice_of_default_stays_covered():
    text = (
        "Bij overschrijding van de leveringsdatum is de leverancier zonder ingebrekestelling een "
        "vergoeding verschuldigd van 0,5 % per kalenderdag."
    )
    assert status("timing.delay", text) == "covered"


# -- the quote as part of the agreement: named with it, or identified by number or date ---------


@pytest.mark.parametrize(
    "text",
    [
        "De offerte en deze orderbevestiging vormen samen de overeenkomst.",
        "Het plan is de uitwerking van onze offerte, die samen met dit plan de afspraken vormt.",
        "Onze referentie: offerte NW-OF-26-0912 van 18 november 2026.",
        "Documents contractuels : la convention ; l'offre du fournisseur n° OF-DP-2026-112.",
        "La convention comprend : 1. le cahier des charges ; 2. offre du prestataire du "
        "04/11/2026 ;",
        "De prijzen uit onze offerte TW-2026-188 van 12 november blijven gelden.",
    ],
)
def test_quote_identified_or_joined_to_the_agreement_is_covered(text):
    assert status("agreement.quote_included", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Onze offerte volgt nog.",
        "Le prestataire exécute la mission conformément à l'offre n° 2026-14 du 3 mars 2026.",
        "L'offre sera envoyée ultérieurement.",
        "We will send you the quote for the extension later.",
    ],
)
def test_quote_without_identity_is_not_covered(text):
    assert status("agreement.quote_included", text) != "covered"


# -- the licence on what is delivered, said plainly ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De software blijft van de leverancier; jullie krijgen een gebruiksrecht per scherm "
        "zolang de licentie loopt.",
        "Zodra alle facturen betaald zijn, krijg je de auteursrechten op het ontwerp.",
        "De licenties van de back-upsoftware staan op naam van het labo.",
        "Les licences sont mises à la disposition du client pour la durée du contrat.",
        "Third-party software is delivered under the publisher's licence terms.",
    ],
)
def test_licence_on_what_is_delivered_is_covered(text):
    assert status("legal.ip", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Jullie krijgen een gebruiksrecht op de software zoals nader overeen te komen.",
        "The licence to use the software will be agreed in a separate agreement.",
        "Le droit d'utilisation du logiciel reste à préciser.",
    ],
)
def test_licence_left_open_stays_partial(text):
    assert status("legal.ip", text) == "partial"


# -- updates the supplier applies or that are installed -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le prestataire applique les mises à jour et correctifs de sécurité du système.",
        "Wij voeren de firmware-updates van de toestellen uit.",
        "The supplier installs security patches on the servers.",
        "Les mises à jour de la plateforme sont installées automatiquement, la nuit.",
        "Les mises à jour fonctionnelles et les correctifs de sécurité sont compris.",
    ],
)
def test_updates_applied_by_the_supplier_are_covered(text):
    assert status("maintenance.updates", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Updates are installed where possible.",
        "Les mises à jour ne sont pas comprises.",
        "De leverancier installeert software-updates in onderling overleg.",
    ],
)
def test_updates_left_open_stay_partial(text):
    assert status("maintenance.updates", text) == "partial"


# -- governance: an escalation path in steps, a named contact -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Escalatie verloopt van service-engineer naar contractmanager en vervolgens naar de "
        "algemeen directeur.",
        "Een geschil wordt eerst besproken tussen de projectleiders en bij gebrek aan oplossing "
        "binnen vijftien dagen tussen de bestuurders.",
        "L'escalade se fait d'abord entre les chefs de projet et, à défaut d'accord, entre "
        "les directeurs.",
        "Votre interlocutrice est Camille Jacquemin, cheffe de projet.",
    ],
)
def test_escalation_path_or_named_contact_is_covered(text):
    assert status("reporting.governance", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "Escalation is possible when needed.",
        "Les parties se concertent en cas de difficulté, dans la mesure du possible.",
    ],
)
def test_escalation_without_steps_is_not_covered(text):
    assert status("reporting.governance", text) != "covered"


# -- user support at rollout: a count of trainings, a length in words, helpdesk hours -----------


@pytest.mark.parametrize(
    "text",
    [
        "De leverancier geeft twee trainingen aan de teamcoördinatoren bij de uitrol.",
        "Bij de start volgt een online training van anderhalf uur voor de gebruikers.",
        "During the rollout, users can reach the helpdesk on working days 8:00-17:00.",
        "Le prestataire donne deux formations aux utilisateurs lors du déploiement.",
    ],
)
def test_user_support_with_a_count_or_hours_is_covered(text):
    assert status("rollout.user_support", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        "De leverancier geeft trainingen aan de gebruikers in onderling overleg.",
        "Training for users will be provided where possible.",
        "Une formation des utilisateurs reste à préciser.",
    ],
)
def test_user_support_left_open_stays_partial(text):
    assert status("rollout.user_support", text) == "partial"
