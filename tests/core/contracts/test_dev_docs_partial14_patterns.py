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
        "Meerwerk voeren we pas uit na een prijsopgave die de directie schriftelijk heeft "
        "goedgekeurd.",
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
        "Meerwerk voeren we uit na een prijsopgave die de leverancier heeft bevestigd.",
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


# -- named team: the writer as the contact, a colleague by name, a fixed team by role ----------


@pytest.mark.parametrize(
    "text",
    [
        "Wie: ik doe alles zelf en blijf jullie enige aanspreekpunt voor dit project.",
        "Wie: ik doe dit zelf samen met mijn collega Tom Lenaerts.",
        "Het beheer gebeurt door een vast team van drie systeembeheerders.",
        "Team: I'll be your contact and project lead.",
        "Team: I'm your project lead for the migration.",
        "Our project team is led by a dedicated team of two engineers.",
        "C'est moi qui reste votre interlocutrice du début à la fin du projet.",
        "Thomas Renard est l'interlocuteur unique de la Fédération.",
        "Qui : je réalise l'intervention avec mon collègue Arnaud Gérard.",
    ],
)
def test_named_team_in_more_wordings_is_covered(text):
    assert status("team.named_team", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # no one named, a person still to be named, a blank, a hedge
        "Our account manager will contact you for the planning.",
        "Votre interlocuteur est à désigner par notre direction.",
        "Het beheer gebeurt door een vast team van [•] systeembeheerders.",
        "Je reste votre interlocuteur dans la mesure du possible.",
    ],
)
def test_named_team_without_a_named_person_stays_partial(text):
    assert status("team.named_team", text) == "partial"


# -- knowledge transfer: documentation kept current, time set aside, no charge ------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Supplier keeps the architecture and runbook documentation of the platform up to date "
        "in the Client's SharePoint.",
        "Updated release notes and an administrator manual are delivered with each release.",
        "L'adjudicataire tient à jour la documentation d'architecture et le manuel de déploiement.",
        "À la fin de chaque commande, le consultant consacre deux jours à un transfert de "
        "connaissances vers l'équipe du Client.",
        "Le code source et la documentation sont déposés au fur et à mesure dans le GitLab du "
        "Client.",
        "De leverancier houdt de documentatie van de omgeving actueel: plattegronden en "
        "configuratie.",
        "The handover to the new team member is not invoiced.",
    ],
)
def test_knowledge_transfer_in_more_wordings_is_covered(text):
    assert status("team.knowledge_transfer", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # a hedge, a later agreement, a bare reference
        "La documentation est mise à jour si possible.",
        "The documentation is updated as agreed between the parties.",
        "De documentatie wordt nog nader bepaald.",
        "Documentation: as set out in Annex 3.",
    ],
)
def test_knowledge_transfer_left_open_stays_partial(text):
    assert status("team.knowledge_transfer", text) == "partial"


# -- updates: the supplier's verb with its name or none, the applying as a noun ------------------


@pytest.mark.parametrize(
    "text",
    [
        "Printwise installs firmware and security updates of the devices remotely.",
        "Hosthaven houdt de servers up-to-date en installeert beveiligingsupdates.",
        "Elke maand controleer ik de Windows-updates en zal ik de firmware-updates van de NAS "
        "installeren.",
        "La maintenance comprend l'application des correctifs de sécurité du système.",
        "Le prestataire assure l'adaptation de l'interface aux nouvelles versions de l'ERP.",
        "The monitoring covers the NAS software updates, which we install once a month.",
        "Mises à jour : les bornes se mettent à jour automatiquement via le contrôleur.",
    ],
)
def test_updates_applied_in_more_wordings_are_covered(text):
    assert status("maintenance.updates", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # the client installs them, a hedge, a later agreement
        "The Customer installs the security updates itself.",
        "Security patches are applied as soon as reasonably possible.",
        "Les mises à jour sont installées si possible.",
        "De software-updates worden nog nader afgesproken.",
    ],
)
def test_updates_left_open_or_to_the_client_stay_partial(text):
    assert status("maintenance.updates", text) == "partial"


# -- knowledge of the client: a named account manager, a record of the installation kept --------


@pytest.mark.parametrize(
    "text",
    [
        "Lotte Claes is your account manager and knows your installation; she stays your contact.",
        "Your account manager Hanne De Wilde (hanne@example.be) knows your school and its set-up.",
        "On garde une fiche de votre installation, donc pas besoin de tout réexpliquer.",
        "Wij houden een register van uw configuratie bij, zodat elke technicus uw omgeving kent.",
    ],
)
def test_customer_knowledge_in_more_wordings_is_covered(text):
    assert status("maintenance.customer_knowledge", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # no one named, a hedge
        "Your account manager knows your installation and its set-up.",
        "On garde une fiche de votre installation si possible.",
    ],
)
def test_customer_knowledge_without_a_name_or_record_stays_partial(text):
    assert status("maintenance.customer_knowledge", text) == "partial"


# -- wrong sense: the company's certification is no staff qualification ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "De Leverancier is ISO/IEC 27001-gecertificeerd.",
        "Eventstack is ISO 27001 certified.",
        "L'hébergement est assuré dans des centres de données certifiés ISO/IEC 27001.",
        "Le câblage des nouveaux locaux est terminé et certifié au plus tard le 13/01.",
    ],
)
def test_company_certification_is_no_seniority(text):
    assert status("team.seniority", text) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Onze technici zijn ISO 27001-gecertificeerd en hebben vijf jaar ervaring.",
        "Our engineers are certified Fortinet NSE 4 engineers.",
        "Les interventions sont réalisées par des techniciens certifiés par le fabricant.",
        "La cheffe de projet justifie de sept ans d'expérience en télématique.",
    ],
)
def test_staff_certification_and_experience_stay_seniority(text):
    assert status("team.seniority", text) == "covered"


# -- wrong sense: licences bought or priced as goods are no licence on what is delivered -------


@pytest.mark.parametrize(
    "text",
    [
        "Firewall Fortinet FortiGate 40F avec licence de sécurité 1 an.",
        "Jullie Microsoft 365-licenties (Business Premium, 6 gebruikers) hebben jullie al.",
        "About 40 accounts of people who left still have a paid licence.",
        "De licentieprijzen volgen de prijslijst van de fabrikant en kunnen wijzigen.",
    ],
)
def test_licences_as_goods_are_no_ip(text):
    assert status("legal.ip", text) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "De Leverancier verleent de Klant een niet-exclusieve licentie op de software voor 20 "
        "gebruikers.",
        "The Supplier grants the Customer a perpetual licence to use the Microsoft Teams app it "
        "develops.",
        "Le Prestataire concède au Client une licence d'utilisation pour 5 postes.",
    ],
)
def test_a_licence_granted_on_what_is_delivered_stays_ip(text):
    assert status("legal.ip", text) == "covered"


# -- wrong sense: "à défaut d'accord", "bij gebrek aan akkoord" name no defect -------------------


@pytest.mark.parametrize(
    "text",
    [
        "À défaut d'accord dans les 30 jours, les tribunaux de Liège sont compétents.",
        "Bij gebrek aan akkoord binnen 30 dagen is de rechtbank van Gent bevoegd.",
        "Bij gebrek aan een oplossing binnen dertig dagen volgt bemiddeling.",
    ],
)
def test_failing_agreement_is_no_warranty(text):
    assert status("rollout.warranty", text) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Les anomalies signalées pendant trois mois sont corrigées gratuitement ; à défaut, le "
        "Client peut faire appel à un tiers.",
        "Gebreken die binnen drie maanden na oplevering gemeld worden, herstellen we gratis; bij "
        "gebrek aan herstel mag de klant een derde inschakelen.",
        "Defects reported within three months after delivery are corrected free of charge.",
    ],
)
def test_a_defect_with_a_failing_clause_stays_warranty(text):
    assert status("rollout.warranty", text) == "covered"


# -- wrong sense: ending the contract for a breach not repaired after notice is no delay ---------


@pytest.mark.parametrize(
    "text",
    [
        "Chaque partie peut résilier le contrat en cas de manquement grave non réparé dans les "
        "15 jours d'une mise en demeure.",
        "Chaque partie peut mettre fin à l'abonnement en cas de manquement grave non réparé dans "
        "les 30 jours d'une mise en demeure.",
        "Elke partij kan de overeenkomst ontbinden wanneer de andere partij een wezenlijke "
        "verplichting niet nakomt en dat niet rechtzet binnen dertig dagen na een "
        "ingebrekestelling.",
    ],
)
def test_termination_for_an_unrepaired_breach_is_no_delay(text):
    assert status("timing.delay", text) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "En cas de retard de livraison, le Client peut résilier le contrat si le retard n'est pas "
        "réparé dans les 15 jours d'une mise en demeure.",
        "Bij vertraging van meer dan dertig dagen kan de klant de overeenkomst ontbinden na een "
        "ingebrekestelling.",
    ],
)
def test_termination_for_a_delay_stays_delay(text):
    assert status("timing.delay", text) != "missing"


# -- a price list's leader dots: no blank, and the amount on the next line is the value ---------


@pytest.mark.parametrize(
    "text",
    [
        "Prix\n\nTotal du projet, HTVA ............................\n12.450,00 EUR\n",
        "Price\n\nTotal project price ........ EUR 12,450.00\n",
        "Projectprijs\n\nTotale projectprijs ........................\nEUR 12.450,00\n",
    ],
)
def test_leader_dots_with_an_amount_are_covered(text):
    assert status("budget.project_cost", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # blanks to fill in, an open value after the dots
        "Prix\n\nTotal du projet, HTVA : ............................ EUR\n",
        "Price\n\nTotal project price: EUR ..........\n",
        "Price\n\nTotal project price ..........\nto be confirmed\n",
    ],
)
def test_dots_as_blanks_stay_partial(text):
    assert status("budget.project_cost", text) == "partial"


# -- governance: escalated to a named level or in numbered levels --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "If something gets stuck, you can always escalate to our managing director.",
        "Escalatie: de klant kan escaleren naar de supportmanager en daarna naar de directie.",
        "Escalade : support (niveau 1), responsable de service (niveau 2), directeur des "
        "opérations (niveau 3).",
    ],
)
def test_escalation_to_a_named_level_is_governance_covered(text):
    assert status("reporting.governance", text) == "covered"


@pytest.mark.parametrize(
    "text",
    [
        # a hedge, a bare reference, a later agreement
        "Escalation: issues are escalated to the account manager where possible.",
        "Escalation: as set out in Annex 3.",
        "La procédure d'escalade reste à préciser.",
    ],
)
def test_escalation_left_open_stays_partial(text):
    assert status("reporting.governance", text) == "partial"


# -- wrong sense: a work order that counts as acceptance, the product's dashboard ----------------


@pytest.mark.parametrize(
    "text",
    [
        "À la fin de l'installation, un appel test est réalisé ; la signature du bon "
        "d'intervention vaut réception.",
        "Support par e-mail et par chat depuis le tableau de bord, du lundi au vendredi.",
        "De getekende werkbon geldt als oplevering van de installatie.",
    ],
)
def test_acceptance_or_a_product_dashboard_is_no_progress_report(text):
    assert status("reporting.progress", text) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "We keep the floor plans in our dashboard, and you get a short monthly e-mail report with "
        "the number of guests connected.",
        "Chaque mois, vous recevez un rapport d'intervention avec les heures prestées.",
        "Elke maand bezorgen we een werkbon met de uitgevoerde taken.",
    ],
)
def test_periodic_reports_stay_progress(text):
    assert status("reporting.progress", text) == "covered"


# -- data protection: a processing agreement sent later or still to be concluded -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Een verwerkersovereenkomst bezorgen we op vraag.",
        "Onze standaard verwerkersovereenkomst stuur ik mee met de factuur.",
        "Voor zover de leverancier persoonsgegevens verwerkt, sluiten partijen een "
        "verwerkersovereenkomst.",
        "The parties will enter into a data processing agreement.",
        "Pour le traitement des données personnelles, les parties concluront une convention de "
        "sous-traitance.",
    ],
)
def test_processing_agreement_later_stays_partial(text):
    assert status("legal.data_protection", text) == "partial"


@pytest.mark.parametrize(
    "text",
    [
        # the roles named settle it
        "Belwijs treedt daarbij op als verwerker; onze verwerkersovereenkomst stuur ik mee als "
        "bijlage.",
        "The Supplier acts as processor under the GDPR; the parties will enter into a data "
        "processing agreement.",
        "Le Prestataire agit en tant que sous-traitant au sens du RGPD et conclut une convention "
        "de sous-traitance.",
    ],
)
def test_processing_agreement_with_the_roles_stays_covered(text):
    assert status("legal.data_protection", text) == "covered"
