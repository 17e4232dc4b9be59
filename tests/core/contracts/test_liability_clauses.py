"""legal.liability per clause (issue 9): a cap or an exclusion of liability scores well above
the threshold; liability in another sense (taxes, insurance, agency or partnership, joint and
several, indemnities and bare mentions) stays below it. Every clause is written for this module
in the styles Belgian and Dutch IT suppliers and US order forms use; none is taken from an
evaluation document."""

from vendorpact.core.contracts import analyse_text

ITEM = "legal.liability"


def liability(text: str):
    return analyse_text(text, learned=False).item(ITEM)


def present(text: str) -> bool:
    return liability(text).status != "missing"


# -- caps and exclusions: present ----------------------------------------------------------


def test_english_cap_on_fees_paid_is_covered():
    text = (
        "Supplier's total liability under this Agreement shall not exceed the fees paid by "
        "Customer in the 12 months preceding the claim."
    )
    assert liability(text).status == "covered"


def test_english_cap_amount_for_claims_without_the_word_liability_is_present():
    text = "The cap amount is EUR 5,000 for all claims arising during the trial."
    assert present(text)


def test_english_action_without_any_liability_is_present():
    text = "Provider may suspend the hosting service at any time without any liability to Customer."
    assert present(text)


def test_english_lost_profits_exclusion_is_present():
    text = "Neither party is liable to the other for lost profits or loss of data."
    assert present(text)


def test_dutch_cap_after_an_article_number_is_covered():
    text = (
        "De in artikel 12.1 bedoelde aansprakelijkheid van de leverancier is beperkt tot het "
        "bedrag van de factuur."
    )
    assert liability(text).status == "covered"


def test_dutch_exclusion_of_consequential_damage_is_present():
    text = "De dienstverlener is nooit gehouden tot vergoeding van gevolgschade of gederfde winst."
    assert present(text)


def test_dutch_limitation_heading_wording_is_present():
    text = "Deze beperkingen van aansprakelijkheid gelden niet bij opzet of grove schuld."
    assert present(text)


def test_french_cap_to_the_amount_is_covered():
    text = (
        "La responsabilité du prestataire est limitée au montant payé par le client au cours "
        "des douze derniers mois."
    )
    assert liability(text).status == "covered"


def test_french_indirect_damage_exclusion_is_present():
    text = (
        "Le prestataire ne répond pas du préjudice indirect subi par le client, tel que le "
        "manque à gagner."
    )
    assert present(text)


# -- liability in another sense: missing ---------------------------------------------------


def test_english_tax_responsibility_is_missing():
    text = "The Client shall not be responsible for withholding taxes on the Consultant's fees."
    assert not present(text)


def test_english_agency_disclaimer_is_missing():
    text = (
        "Neither party may assume or create any obligation, liability or responsibility on "
        "behalf of the other party."
    )
    assert not present(text)


def test_english_partnership_disclaimer_is_missing():
    text = (
        "Nothing in this Agreement creates a partnership or imposes any partnership obligation "
        "or liability upon either party."
    )
    assert not present(text)


def test_english_joint_and_several_liability_is_missing():
    text = "The members of the consortium are jointly and severally liable towards the Client."
    assert not present(text)


def test_english_payment_doctrine_of_sequential_liability_is_missing():
    text = (
        "Under the doctrine of sequential liability, the reseller pays the publisher within "
        "30 days of receipt of the advertiser's payment."
    )
    assert not present(text)


def test_english_third_party_ip_indemnity_alone_is_missing():
    text = (
        "Supplier shall indemnify Customer against claims of third parties alleging that the "
        "software infringes their intellectual property rights."
    )
    assert not present(text)


def test_dutch_liability_for_own_staff_is_missing():
    text = "De consultant is aansprakelijk voor de handelingen van zijn medewerkers op locatie."
    assert not present(text)


def test_dutch_joint_and_several_liability_is_missing():
    text = "De opdrachtgevers zijn hoofdelijk aansprakelijk voor de betaling van de facturen."
    assert not present(text)


def test_dutch_liability_insurance_is_missing():
    text = (
        "De leverancier beschikt over een aansprakelijkheidsverzekering bij een erkende "
        "verzekeraar."
    )
    assert not present(text)


def test_french_data_controller_is_missing():
    text = "Le client reste le responsable du traitement des données à caractère personnel."
    assert not present(text)


def test_french_joint_and_several_is_missing():
    text = "Les sociétés du groupe sont solidairement responsables du paiement des redevances."
    assert not present(text)


def test_english_backup_against_loss_of_data_is_missing():
    text = "The backup service protects the Customer against loss of data through daily copies."
    assert not present(text)


def test_english_sole_remedy_limited_to_replacement_is_present():
    text = (
        "Customer's sole remedy for a defective licence key is limited to its replacement by "
        "Supplier."
    )
    assert present(text)


def test_english_indemnity_capped_at_the_fees_is_present():
    text = (
        "Amounts claimed under this indemnification shall not exceed the fees received by the "
        "Vendor under this contract."
    )
    assert present(text)
