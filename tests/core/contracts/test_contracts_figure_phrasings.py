"""Term, renewal and notice phrasings in Dutch, French and English."""

from vendorpact.core.contracts import analyse_text


def figures_of(text):
    return analyse_text(text).figures


def test_minimum_period_is_the_term_en():
    figures = figures_of("The Services will be provided for a minimum period of 12 months.")
    assert figures.contract_term_months == 12


def test_minimale_contractduur_is_the_term_nl():
    assert figures_of("De minimale contractduur bedraagt 24 maanden.").contract_term_months == 24


def test_periode_initiale_is_the_term_fr():
    figures = figures_of("L'abonnement court pour une période initiale de 36 mois.")
    assert figures.contract_term_months == 36


def test_renewal_term_equal_to_is_the_renewal_not_the_term_en():
    figures = figures_of(
        "Each Order Form renews for a renewal term equal to 12 months unless either party "
        "gives notice of non-renewal at least 30 days before the end of the then-current term."
    )
    assert figures.renewal_term_months == 12
    assert figures.notice_period_days == 30


def test_notice_before_the_end_of_the_period_in_a_renewal_sentence_nl():
    figures = figures_of(
        "De overeenkomst heeft een looptijd van 3 jaar en wordt daarna telkens stilzwijgend "
        "verlengd met 1 jaar, tenzij zij uiterlijk 3 maanden voor het einde van de lopende "
        "periode wordt opgezegd."
    )
    assert figures.contract_term_months == 36
    assert figures.renewal_term_months == 12
    assert figures.notice_period_days == 90


def test_met_inachtneming_van_een_termijn_is_the_notice_nl():
    figures = figures_of(
        "De Klant kan de overeenkomst beëindigen met inachtneming van een termijn van één maand."
    )
    assert figures.notice_period_days == 30


def test_renews_annually_is_a_twelve_month_renewal_en():
    figures = figures_of("After the Initial Term, this Agreement auto-renews annually.")
    assert figures.renewal_term_months == 12


def test_month_to_month_is_a_one_month_renewal_en():
    figures = figures_of("Thereafter the agreement continues on a month-to-month basis.")
    assert figures.renewal_term_months == 1


def test_van_jaar_tot_jaar_is_a_twelve_month_renewal_nl():
    figures = figures_of("Daarna wordt de overeenkomst stilzwijgend verlengd van jaar tot jaar.")
    assert figures.renewal_term_months == 12


def test_jaarlijks_verlengd_is_a_twelve_month_renewal_nl():
    figures = figures_of("De overeenkomst wordt daarna jaarlijks stilzwijgend verlengd.")
    assert figures.renewal_term_months == 12


def test_d_annee_en_annee_is_a_twelve_month_renewal_fr():
    figures = figures_of("Le contrat est ensuite reconduit tacitement d'année en année.")
    assert figures.renewal_term_months == 12


def test_renewal_fees_payable_annually_are_no_renewal_term():
    figures = figures_of("Renewal fees are payable annually in advance.")
    assert figures.renewal_term_months is None


def test_end_this_agreement_by_giving_notice_en():
    figures = figures_of("Either party may end this Agreement by giving ninety (90) days' notice.")
    assert figures.notice_period_days == 90


def test_mettre_fin_au_contrat_moyennant_un_preavis_fr():
    figures = figures_of(
        "Chaque partie peut mettre fin au contrat moyennant un préavis de deux mois notifié par "
        "lettre recommandée."
    )
    assert figures.notice_period_days == 60


def test_extended_automatically_for_further_periods_en():
    figures = figures_of(
        "The Support Term will be extended automatically for further periods of 12 months."
    )
    assert figures.renewal_term_months == 12


def test_prolonge_tacitement_fr():
    figures = figures_of("À son terme, le contrat est prolongé tacitement pour une durée d'un an.")
    assert figures.renewal_term_months == 12


def test_renews_for_a_period_of_is_the_renewal_en():
    figures = figures_of(
        "The initial term is two (2) years. Thereafter this Agreement renews for a period of "
        "one (1) year at a time."
    )
    assert figures.contract_term_months == 24
    assert figures.renewal_term_months == 12


def test_verlengd_voor_een_duur_van_is_the_renewal_nl():
    figures = figures_of(
        "De overeenkomst wordt aangegaan voor drie jaar en wordt daarna verlengd voor een duur "
        "van één jaar."
    )
    assert figures.contract_term_months == 36
    assert figures.renewal_term_months == 12


def test_net_30_without_a_unit_is_thirty_days_to_pay():
    assert figures_of("Payment terms: Net 30").payment_term_days == 30


def test_net_amount_is_no_payment_term():
    figures = figures_of("The net price is payable in advance: net 30 EUR per user per month.")
    assert figures.payment_term_days == 0  # in advance; "net 30 EUR" is an amount


def test_invoices_due_days_from_the_invoice_date_en():
    figures = figures_of("All invoices are due thirty (30) days from the date of invoice.")
    assert figures.payment_term_days == 30


def test_free_repair_of_defects_after_delivery_is_the_warranty_nl():
    figures = figures_of(
        "Gedurende een termijn van drie maanden na oplevering herstelt de Leverancier kosteloos "
        "alle gebreken."
    )
    assert figures.warranty_days == 90


def test_free_correction_after_acceptance_is_the_warranty_fr():
    figures = figures_of(
        "Les anomalies signalées pendant deux mois à compter de la recette sont corrigées "
        "gratuitement par le Prestataire."
    )
    assert figures.warranty_days == 60


def test_free_training_after_go_live_is_no_warranty_en():
    figures = figures_of("Training is provided free of charge for 3 months after go-live.")
    assert figures.warranty_days is None
