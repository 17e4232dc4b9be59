"""Held-out documents in the styles Belgian IT suppliers use (nl, fr, en): general terms, an SLA,
a quote, a maintenance contract, a SaaS order form and a statement of work.

Written for this evaluation on 2026-12-04 BEFORE the rules were changed, with the expected
labels written from reading each text against spec/checklist.md (only the items, risks and
figures whose reading is clear; ambiguous ones are left out). Never change a rule to fit these
texts, and never change a label to fit the analyser: test_contracts_unseen.py reports the score.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class UnseenDocument:
    name: str
    text: str
    items: dict[str, str]  # item id -> covered / partial / missing
    risks: dict[str, bool] = field(default_factory=dict)  # risk id -> raised
    figures: dict[str, float] = field(default_factory=dict)


NL_GENERAL_TERMS = UnseenDocument(
    name="nl_general_terms",
    text="""ALGEMENE VOORWAARDEN BYTEWERK BV

Artikel 1 – Toepassing
1.1 Deze algemene voorwaarden zijn van toepassing op alle offertes, bestellingen en overeenkomsten
tussen ByteWerk BV (hierna "ByteWerk") en de klant.
1.2 Afwijkende voorwaarden of aankoopvoorwaarden van de klant zijn uitdrukkelijk uitgesloten.
1.3 Bij tegenstrijdigheid tussen de offerte en deze algemene voorwaarden primeren deze algemene
voorwaarden.

Artikel 2 – Offertes en prijzen
2.1 Offertes zijn 30 dagen geldig. De overeenkomst komt tot stand door de ondertekening van de
offerte door de klant.
2.2 Alle prijzen zijn exclusief btw. ByteWerk mag haar tarieven jaarlijks op 1 januari aanpassen
aan de evolutie van de Agoria-index.
2.3 Werken die niet in de offerte zijn opgenomen, worden als meerwerk aangerekend aan het
geldende uurtarief van € 95 per uur, na voorafgaand schriftelijk akkoord van de klant.

Artikel 3 – Facturatie en betaling
3.1 Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.
3.2 Bij laattijdige betaling is van rechtswege en zonder ingebrekestelling een
nalatigheidsintrest van 10% per jaar verschuldigd.
3.3 Zolang niet alle facturen betaald zijn, mag ByteWerk haar prestaties opschorten en de
broncode en de gegevens van de klant onder zich houden.

Artikel 4 – Uitvoering
4.1 ByteWerk levert haar diensten naar best vermogen; het betreft een middelenverbintenis.
4.2 Opgegeven leveringstermijnen zijn steeds indicatief.
4.3 De klant bezorgt tijdig alle informatie, toegangen en content die ByteWerk nodig heeft.

Artikel 5 – Aansprakelijkheid
5.1 De aansprakelijkheid van ByteWerk is beperkt tot het bedrag dat voor de betrokken opdracht
werd gefactureerd, met een maximum van € 5.000.
5.2 ByteWerk is nooit aansprakelijk voor indirecte schade, gederfde winst of verlies van
gegevens.

Artikel 6 – Intellectuele eigendom
6.1 ByteWerk blijft eigenaar van alle intellectuele eigendomsrechten op de ontwikkelde software.
De klant krijgt een niet-exclusief gebruiksrecht na volledige betaling.

Artikel 7 – Vertrouwelijkheid en persoonsgegevens
7.1 Partijen houden alle vertrouwelijke informatie die zij van elkaar ontvangen geheim.
7.2 Voor zover ByteWerk persoonsgegevens verwerkt voor de klant, treedt zij op als verwerker en
sluiten partijen een verwerkersovereenkomst overeenkomstig artikel 28 AVG.

Artikel 8 – Duur en beëindiging
8.1 Onderhoudscontracten worden gesloten voor een periode van één jaar en worden stilzwijgend
verlengd met telkens één jaar, tenzij een partij opzegt per aangetekende brief uiterlijk drie
maanden voor de vervaldag.

Artikel 9 – Toepasselijk recht
9.1 Op alle overeenkomsten is het Belgisch recht van toepassing. Geschillen behoren tot de
uitsluitende bevoegdheid van de ondernemingsrechtbank te Gent.
""",
    items={
        "agreement.general_terms": "covered",
        "agreement.signed_both": "missing",
        "budget.project_cost": "missing",
        "budget.rates": "covered",
        "budget.extra_costs": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "partial",
        "team.named_team": "missing",
        "rollout.acceptance": "missing",
        "maintenance.availability": "missing",
        "maintenance.response_time": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": True,
    },
    figures={"payment_term_days": 30, "notice_period_days": 90, "contract_term_months": 12},
)

NL_SLA = UnseenDocument(
    name="nl_sla",
    text="""SERVICE LEVEL AGREEMENT – BEHEERDE IT-DIENSTEN

Tussen Bakkerij Van Damme NV, Stationsstraat 12, 9300 Aalst (de "Klant") en NetSupport
Vlaanderen BV, Kortrijk (de "Dienstverlener").

1. Voorwerp
Deze SLA maakt deel uit van de raamovereenkomst van 2 februari 2026 en beschrijft de servicedesk
en het beheer van de servers en de werkplekken van de Klant.

2. Bereikbaarheid van de servicedesk
De servicedesk is bereikbaar op werkdagen van 8u00 tot 18u00 via telefoon (09 123 45 67), e-mail
en het klantenportaal. Buiten deze uren is er een wachtdienst voor prioriteit 1-incidenten.

3. Prioriteiten, reactietijden en hersteltijden
| Prioriteit | Omschrijving | Reactietijd | Hersteltijd |
| P1 – kritiek | de productie ligt stil | 1 uur | 4 uur |
| P2 – hoog | ernstige hinder | 4 uur | 1 werkdag |
| P3 – normaal | beperkte hinder | 1 werkdag | 5 werkdagen |

4. Beschikbaarheid
De Dienstverlener garandeert een beschikbaarheid van 99,7% per kalendermaand voor de gehoste
servers, gepland onderhoud niet inbegrepen. Gepland onderhoud wordt minstens vijf werkdagen
vooraf aangekondigd en vindt plaats buiten de kantooruren.

5. Servicecredits
Wordt de beschikbaarheid niet gehaald, dan heeft de Klant recht op een creditnota van 5% van de
maandvergoeding per begonnen 0,5% onder de norm, met een maximum van 25% van de
maandvergoeding.

6. Rapportering en overleg
De Dienstverlener bezorgt maandelijks een servicerapport met het aantal incidenten, de gehaalde
reactie- en hersteltijden en de beschikbaarheid. Elk kwartaal vindt een serviceoverleg plaats
tussen de accountmanager van de Dienstverlener en de IT-verantwoordelijke van de Klant.

7. Updates
Beveiligingsupdates van de besturingssystemen worden binnen 14 dagen na publicatie
geïnstalleerd; kritieke patches binnen 72 uur.

8. Vergoeding
De maandelijkse vergoeding bedraagt € 1.450 excl. btw, vooraf gefactureerd per kwartaal.

9. Duur
Deze SLA loopt zolang de raamovereenkomst van kracht is.

Opgemaakt te Aalst op 2 februari 2026 in twee exemplaren.

Voor de Klant: Els Van Damme, zaakvoerder
Voor de Dienstverlener: Pieter Claeys, directeur
""",
    items={
        "agreement.signed_both": "covered",
        "budget.project_cost": "missing",
        "budget.recurring_cost": "covered",
        "team.replacement": "missing",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "partial",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.governing_law": "missing",
    },
    risks={
        "risk.unsigned": False,
        "risk.auto_renewal": False,
        "risk.best_efforts_only": False,
    },
    figures={"availability_percent": 99.7, "response_time_hours_highest_priority": 1},
)

FR_QUOTE = UnseenDocument(
    name="fr_quote",
    text="""OFFRE DE PRIX N° 2026-041

Agence Pixelmeuse SRL – Rue Saint-Gilles 58, 4000 Liège – TVA BE 0712.345.678
Client : Boulangerie Dumont SA, Namur
Objet : refonte du site web et boutique en ligne
Date : 12 mars 2026 – offre valable 60 jours

1. Description des prestations
Analyse des besoins (2 ateliers), conception graphique (maquettes de 5 pages types),
développement WordPress avec WooCommerce, migration des 120 produits et des comptes clients
existants depuis l'ancien site, formation de deux utilisateurs (une demi-journée).
Ne sont pas compris : la rédaction des textes, les photos, les licences de plugins payants et
l'hébergement.

2. Prix
Prix forfaitaire du projet : 14.800,00 EUR HTVA.
Frais de mise en service (nom de domaine, certificat SSL, configuration) : 350,00 EUR HTVA
(paiement unique).
Maintenance et hébergement : 89,00 EUR HTVA par mois, facturés annuellement.
Toute prestation supplémentaire fera l'objet d'un devis complémentaire à approuver par écrit
par le client avant son exécution.
Taux horaire pour les prestations supplémentaires : 85 EUR HTVA.

3. Planning
Démarrage : semaine du 6 avril 2026. Maquettes : 30 avril 2026. Mise en ligne prévue : 15 juin
2026. Le client fournit les textes et les photos au plus tard le 20 avril 2026.

4. Réception
Le client dispose de 10 jours ouvrables après la mise à disposition de la version de test pour
signaler les anomalies. À défaut de remarques dans ce délai, le site est réputé accepté.

5. Garantie
Les anomalies signalées dans les 3 mois suivant la mise en ligne sont corrigées gratuitement.

6. Conditions de paiement
30 % à la commande, 40 % à la livraison des maquettes, 30 % à la mise en ligne. Factures
payables à 30 jours date de facture.

7. Conditions générales
Nos conditions générales de vente, disponibles sur www.pixelmeuse.be/cgv, s'appliquent à la
présente offre et prévalent sur les conditions d'achat du client.

Bon pour accord, date et signature du client :
..................................
""",
    items={
        "agreement.general_terms": "covered",
        "agreement.signed_both": "partial",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.availability": "missing",
        "maintenance.response_time": "missing",
        "exit.termination": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.governing_law": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unsigned": True,
        "risk.auto_renewal": False,
        "risk.best_efforts_only": False,
    },
    figures={"payment_term_days": 30, "warranty_days": 90},
)

FR_MAINTENANCE = UnseenDocument(
    name="fr_maintenance",
    text="""CONTRAT DE MAINTENANCE ET DE SUPPORT DU LOGICIEL « GESTICOM »

Entre : SoftBel SA, avenue Louise 250, 1050 Bruxelles, ci-après « le Prestataire »,
et : Cabinet comptable Lambert SRL, rue de Fer 7, 5000 Namur, ci-après « le Client ».

Article 1 – Définitions
« Anomalie » : tout dysfonctionnement reproductible du logiciel par rapport à sa documentation.
« Heures ouvrables » : de 8h30 à 17h30, du lundi au vendredi, hors jours fériés belges.

Article 2 – Objet
Le Prestataire assure la maintenance corrective et évolutive du logiciel GestiCom installé chez
le Client, ainsi que l'assistance téléphonique aux utilisateurs.

Article 3 – Prestations
La maintenance comprend la correction des anomalies, la fourniture des nouvelles versions et des
mises à jour légales (TVA, Intervat), et l'assistance par téléphone et par e-mail pendant les
heures ouvrables. Le Prestataire s'efforce de prendre en charge toute demande dans les
meilleurs délais.

Article 4 – Redevance
La redevance annuelle s'élève à 2.400 EUR HTVA, payable par avance en janvier. Le Prestataire
se réserve le droit de modifier ses tarifs moyennant un préavis d'un mois.

Article 5 – Durée
Le présent contrat est conclu pour une durée initiale de trois ans à compter du 1er janvier
2026. Il est ensuite reconduit tacitement par périodes successives d'un an, sauf dénonciation
par lettre recommandée au moins six mois avant l'échéance.

Article 6 – Responsabilité
La responsabilité du Prestataire est limitée au montant de la redevance annuelle. Le Prestataire
n'est en aucun cas responsable de la perte de données ; il appartient au Client d'effectuer des
sauvegardes.

Article 7 – Confidentialité
Chaque partie s'engage à garder confidentielles les informations de l'autre partie dont elle a
connaissance dans le cadre du contrat.

Article 8 – Fin du contrat
À la fin du contrat, le Prestataire remet au Client, sur simple demande et dans un délai de 30
jours, une exportation complète de ses données au format CSV.

Article 9 – Droit applicable
Le présent contrat est régi par le droit belge. Les tribunaux de Bruxelles sont seuls
compétents.

Fait à Bruxelles, le 15 décembre 2025, en deux exemplaires.

Pour le Prestataire : Marc Dubois, administrateur délégué
Pour le Client : Sophie Lambert, gérante
""",
    items={
        "agreement.signed_both": "covered",
        "budget.project_cost": "missing",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "rollout.acceptance": "missing",
        "rollout.data_migration": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "missing",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.best_efforts_only": True,
        "risk.unsigned": False,
        "risk.data_lockin": False,
    },
    figures={"contract_term_months": 36, "notice_period_days": 180},
)

EN_ORDER_FORM = UnseenDocument(
    name="en_order_form",
    text="""ORDER FORM – PLANIFY CLOUD

Supplier: Planify NV, Meir 24, 2000 Antwerpen, Belgium ("Planify")
Customer: Verhoeven Logistics BV, Industrieweg 3, 3600 Genk ("Customer")
Order date: 3 November 2026

Subscription
Product: Planify Cloud – Professional edition, 40 named users.
Subscription fee: EUR 1,200 per month, excluding VAT, invoiced quarterly in advance.
Onboarding package (one-time): EUR 3,500, invoiced on signature of this Order Form.
Subscription term: from 1 December 2026 until 30 November 2028.

Terms
This Order Form is governed by the Planify Terms of Service available at planify.be/terms (the
"Terms"). In case of conflict, this Order Form prevails over the Terms.
Planify may update the Terms from time to time by posting a new version on its website.
Invoices are payable within 30 days of the invoice date.

Service levels
Planify will use commercially reasonable efforts to make the service available 99.5% of the
time in each calendar month, excluding scheduled maintenance.
Support is available by e-mail and chat on Belgian business days from 9:00 to 17:00 CET.

Data
Customer remains the owner of Customer Data. Planify processes personal data on behalf of
Customer in accordance with the Data Processing Agreement attached as Annex 2.
Within 30 days after the end of the subscription, Customer may export its data in CSV format;
thereafter Planify deletes it.

Signatures
For Planify NV: ____________________ Name: Tom Peeters, CEO
For Verhoeven Logistics BV: ____________________ Name: Inge Verhoeven, managing director
""",
    items={
        "agreement.general_terms": "covered",
        "agreement.signed_both": "covered",
        "budget.project_cost": "missing",
        "budget.startup_cost": "covered",
        "budget.recurring_cost": "covered",
        "budget.payment_terms": "covered",
        "team.named_team": "missing",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
    },
    risks={
        "risk.unilateral_change": True,
        "risk.best_efforts_only": True,
        "risk.auto_renewal": False,
        "risk.unsigned": False,
    },
    figures={"availability_percent": 99.5, "payment_term_days": 30, "contract_term_months": 24},
)

EN_STATEMENT_OF_WORK = UnseenDocument(
    name="en_statement_of_work",
    text="""PROPOSAL AND STATEMENT OF WORK
Odoo implementation for Maes Tuinbouw BV
Prepared by Kernel Consulting BV, Leuven – proposal reference KC-2026-118, 20 October 2026

1. Scope
Kernel Consulting will configure the Odoo modules Sales, Inventory and Accounting, import the
customer, supplier and article master data from the current Excel files, and train the key
users. Custom development, hardware and Odoo licences are out of scope.

2. Team
Project lead: An Wouters (senior consultant, 12 years of Odoo experience). Functional
consultant: Jonas Mertens. Kernel Consulting will not replace the project lead without the
Customer's prior written consent; any replacement will have equivalent experience and will be
briefed at Kernel Consulting's cost.

3. Approach and planning
Phase 1 – analysis (weeks 1-2), Phase 2 – configuration (weeks 3-8), Phase 3 – data migration
and tests (weeks 9-10), go-live planned in week 11. A steering committee with the Customer's
managing director meets every two weeks; Kernel Consulting sends a written status report every
Friday.

4. Fees
The work is billed on a time-and-materials basis at EUR 780 per consultant day. Our estimate is
45 consultant days; days beyond the estimate are only billed after written approval by the
Customer. Invoices are sent monthly for the days performed and are payable within 30 days.

5. Acceptance
At the end of Phase 3 the Customer performs acceptance tests on the basis of test scenarios
delivered by Kernel Consulting. The Customer signs an acceptance report within 5 business days
or lists the blocking issues.

6. Warranty
Configuration errors reported within 60 days after go-live are corrected free of charge.

7. Documentation
Kernel Consulting delivers a configuration document and user manuals in Dutch at go-live.

This proposal becomes the agreement between the parties once signed by both.

For Kernel Consulting BV: Bart Janssens, partner – signature: ______________
For Maes Tuinbouw BV: Koen Maes, managing director – signature: ______________
""",
    items={
        "agreement.signed_both": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "missing",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.availability": "missing",
        "exit.duration_renewal": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.governing_law": "missing",
    },
    risks={
        "risk.open_ended_cost": False,
        "risk.unsigned": False,
        "risk.best_efforts_only": False,
    },
    figures={"payment_term_days": 30, "warranty_days": 60},
)

DOCUMENTS = (
    NL_GENERAL_TERMS,
    NL_SLA,
    FR_QUOTE,
    FR_MAINTENANCE,
    EN_ORDER_FORM,
    EN_STATEMENT_OF_WORK,
)
