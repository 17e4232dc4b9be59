"""Development documents for rollout, maintenance, exit, legal items and risk flags (issue 9).

Written for this module in the styles Belgian and Dutch IT suppliers use (a Flemish ERP
maintenance contract, a Walloon SaaS contract, an English order form with a service schedule
from a Dutch managed-services provider). They are DEVELOPMENT fixtures, not held out: rules may
be generalised to fit the way such documents are written, never to their literal wording.

LABELS hold only clear readings against /work/shared/spec/checklist.md; an item not listed is
not labelled. RISKS lists the risk flags each document raises (True) or must not raise (False).
"""

ERP_MAINTENANCE_NL = """\
ONDERHOUDSCONTRACT SOFTWARE
Contractnummer: OC-2026-0147

Tussen:
Lindeman Software NV, Kortrijksesteenweg 1120, 9051 Gent, KBO 0456.789.123,
hierna "de Leverancier",
en
Brouwerij De Vlierbes BV, Industriepark 14, 8790 Waregem, KBO 0712.345.678,
hierna "de Klant".

Artikel 1 - Voorwerp
1.1 Dit contract regelt het onderhoud van het ERP-pakket Lindeman Business Suite (modules
financiën, voorraad en verkoop) dat bij de Klant in gebruik is.
1.2 De Klant kiest voor de formule "Plus". De formules zijn:
- Basis: correctief onderhoud en toegang tot de servicedesk;
- Plus: Basis, aangevuld met wettelijke aanpassingen en twee upgrades per jaar;
- Premium: Plus, aangevuld met een vaste consultant en maandelijkse opvolging.

Artikel 2 - Updates en upgrades
2.1 De Leverancier levert alle updates, patches en beveiligingsupdates van de modules zonder
bijkomende kost. Wettelijke aanpassingen (btw, Peppol-facturatie) worden tijdig
beschikbaar gesteld.
2.2 Nieuwe versies (upgrades) worden na afspraak met de Klant geïnstalleerd op de
testomgeving en daarna op de productieomgeving.

Artikel 3 - Servicedesk
3.1 De servicedesk is bereikbaar op werkdagen van 8u30 tot 17u00 via het klantenportaal,
per e-mail (support@lindeman.be) en telefonisch op 09 123 45 67.
3.2 De Leverancier houdt een actuele beschrijving bij van de installatie, de koppelingen en de
maatwerkrapporten van de Klant. De Klant heeft een vaste accountmanager bij de Leverancier.

Artikel 4 - Prioriteiten
Elke melding krijgt een prioriteit. De reactietijd loopt vanaf de registratie van de melding;
de oplostijd is de tijd tot een oplossing of een werkbare omweg.

| Prioriteit | Omschrijving                         | Reactietijd    | Oplostijd        |
| P1         | productie ligt stil                  | 2 werkuren     | 8 werkuren       |
| P2         | belangrijke functie werkt niet       | 4 werkuren     | 3 werkdagen      |
| P3         | hinder, omweg mogelijk               | 1 werkdag      | volgende release |

Artikel 5 - Hosting
Hosting van de productieomgeving in het datacenter van de Leverancier is optioneel en maakt
geen deel uit van dit contract; ze wordt in voorkomend geval in een afzonderlijke overeenkomst
geregeld.

Artikel 6 - Vergoeding
6.1 De jaarlijkse onderhoudsvergoeding bedraagt € 14.850,00 excl. btw, jaarlijks vooraf
gefactureerd. Facturen zijn betaalbaar binnen 30 dagen na factuurdatum.
6.2 De vergoeding wordt jaarlijks op 1 januari geïndexeerd volgens de Agoria-index.

Artikel 7 - Broncode
7.1 De broncode van het pakket wordt in bewaring gegeven bij een onafhankelijke
escrow-agent. Bij faillissement van de Leverancier of stopzetting van het onderhoud krijgt
de Klant toegang tot de broncode om het onderhoud zelf of via een derde verder te zetten.

Artikel 8 - Aansprakelijkheid
8.1 De aansprakelijkheid van de Leverancier is beperkt tot het bedrag van de jaarlijkse
onderhoudsvergoeding. De Leverancier is niet aansprakelijk voor indirecte schade,
gederfde winst of verlies van gegevens.

Artikel 9 - Vertrouwelijkheid en persoonsgegevens
9.1 Beide partijen houden alle vertrouwelijke informatie die zij van elkaar ontvangen geheim,
ook tot drie jaar na het einde van dit contract.
9.2 Voor zover de Leverancier bij het onderhoud persoonsgegevens van de Klant verwerkt, treedt
hij op als verwerker in de zin van de AVG; de verwerkersovereenkomst in bijlage 2 is van
toepassing.

Artikel 10 - Duur en opzegging
10.1 Dit contract gaat in op 1 januari 2027 voor een periode van drie jaar. Daarna wordt het
stilzwijgend verlengd telkens voor een periode van één jaar, tenzij een partij het opzegt met
een aangetekende brief ten minste zes maanden voor de vervaldag.
10.2 Elke partij kan het contract met onmiddellijke ingang beëindigen bij een ernstige
tekortkoming van de andere partij die niet binnen 30 dagen na ingebrekestelling is hersteld.

Artikel 11 - Geschillen en toepasselijk recht
11.1 Bij een geschil overleggen de contactpersonen van beide partijen eerst in der minne;
lukt dat niet binnen 30 dagen, dan wordt het geschil voorgelegd aan de directie van beide
partijen.
11.2 Op dit contract is het Belgisch recht van toepassing. Enkel de rechtbanken van Gent zijn
bevoegd.

Opgemaakt te Gent op 12 november 2026, in twee exemplaren.

Voor Lindeman Software NV                Voor Brouwerij De Vlierbes BV
Katrien Lindeman, gedelegeerd bestuurder   Pieter Vandamme, zaakvoerder
"""

SAAS_CONTRACT_FR = """\
CONTRAT DE SERVICES CLOUD (SAAS)

Entre
Meuse Cloud SRL, dont le siège est établi rue de Fer 25, 5000 Namur, BCE 0789.456.123,
ci-après « le Prestataire »,
et
Menuiserie Collignon SA, chaussée de Louvain 210, 5310 Éghezée, BCE 0444.555.666,
ci-après « le Client ».

Article 1 - Objet
Le Prestataire met à la disposition du Client l'application de gestion de chantiers
« ChantierPro » en mode SaaS, accessible par navigateur, pour 25 utilisateurs nommés.

Article 2 - Mise en service
2.1 Le Prestataire configure l'environnement du Client et le met en service dans les
dix jours ouvrables suivant la signature.
2.2 Le Prestataire importe les données de base du Client (clients, articles, chantiers en
cours) à partir des fichiers Excel fournis par le Client, selon le modèle d'import remis.
2.3 Une formation de deux demi-journées est donnée aux utilisateurs clés du Client, à
distance.

Article 3 - Disponibilité
3.1 Le Prestataire garantit une disponibilité de la plateforme de 99,5 % par mois civil,
hors maintenance planifiée annoncée au moins 48 heures à l'avance.
3.2 Si la disponibilité mensuelle est inférieure à 99,5 %, le Client a droit à un avoir de
5 % de la redevance mensuelle par tranche de 0,5 % manquante, plafonné à 30 %.

Article 4 - Support et maintenance
4.1 Le support est joignable du lundi au vendredi de 8h à 18h par téléphone et via le
portail de tickets.
4.2 Le Prestataire prend en charge les incidents bloquants dans un délai de deux heures
ouvrées et les autres incidents dans un délai d'un jour ouvrable.
4.3 Les mises à jour et les correctifs de sécurité de l'application sont inclus dans
l'abonnement et déployés sans interruption de service pendant les heures ouvrables.

Article 5 - Sauvegardes
Les données sont sauvegardées chaque nuit et conservées pendant 30 jours dans un second
centre de données situé en Belgique.

Article 6 - Prix et paiement
6.1 La redevance mensuelle s'élève à € 1.125,00 HTVA, facturée trimestriellement à l'avance.
6.2 Le Prestataire peut modifier ses tarifs au 1er janvier de chaque année moyennant un
préavis de deux mois.
6.3 Les factures sont payables à 30 jours date de facture.

Article 7 - Données personnelles
Le Prestataire agit en qualité de sous-traitant au sens du RGPD. Il traite les données à
caractère personnel uniquement sur instruction documentée du Client, ne fait appel à un
sous-traitant ultérieur qu'avec l'autorisation écrite préalable du Client et notifie toute
violation de données dans les 48 heures.

Article 8 - Confidentialité
Chaque partie s'engage à garder strictement confidentielles les informations de l'autre
partie dont elle a connaissance dans le cadre du présent contrat.

Article 9 - Propriété intellectuelle
L'application reste la propriété exclusive du Prestataire. Le Client reste propriétaire de
ses données. Le Client reçoit un droit d'utilisation non exclusif et non cessible pour la
durée du contrat.

Article 10 - Limitation de responsabilité
La responsabilité totale du Prestataire est limitée au montant des redevances payées par le
Client au cours des trois derniers mois précédant le fait générateur. Le Prestataire
n'est en aucun cas responsable de la perte de données ni des dommages indirects.

Article 11 - Durée et résiliation
11.1 Le contrat est conclu pour une durée initiale de deux ans à compter de la mise en
service. Il est ensuite reconduit tacitement pour des périodes successives de deux ans, sauf
résiliation par lettre recommandée moyennant un préavis de trois mois avant l'échéance.
11.2 En cas de manquement grave non réparé dans les 15 jours d'une mise en demeure, la
partie lésée peut résilier le contrat de plein droit.

Article 12 - Fin du contrat
12.1 À la fin du contrat, pour quelque cause que ce soit, le Prestataire restitue au Client
l'ensemble de ses données dans un format ouvert et lisible (CSV et PDF) dans les 30 jours,
sans frais supplémentaires.
12.2 Après la restitution, le Prestataire supprime les données de ses serveurs et de ses
sauvegardes et le confirme par écrit.

Article 13 - Droit applicable et litiges
Le présent contrat est régi par le droit belge. Tout litige relève de la compétence exclusive
des tribunaux de l'arrondissement de Namur.

Fait à Namur, le 3 novembre 2026, en deux exemplaires.

Pour Meuse Cloud SRL                Pour Menuiserie Collignon SA
Olivier Dethier, administrateur      Anne Collignon, administratrice déléguée
"""

MANAGED_SERVICES_EN = """\
ORDER FORM - MANAGED WORKPLACE SERVICES
Order number: NLMS-2026-311

Provider: Polder IT Services B.V., Stationsplein 8, 3511 ED Utrecht, the Netherlands
Customer: Van Hecke Logistics NV, Haven 1025, 2030 Antwerpen, Belgium
Services: managed workplace (140 users), Microsoft 365 administration, service desk
Start date: 1 February 2027
Initial term: 36 months
One-off onboarding fee: EUR 18.400,00
Monthly service fee: EUR 9.660,00 (EUR 69,00 per user per month)

This Order Form is governed by the Service Schedule below. In case of conflict, this Order
Form prevails over the Service Schedule.

SERVICE SCHEDULE

1. Onboarding and migration
1.1 Provider will migrate the Customer's mailboxes, OneDrive and SharePoint content from the
current on-premises environment to the Customer's Microsoft 365 tenant, following the
migration plan agreed at the kick-off meeting.
1.2 Provider will roll out the new laptop image to all 140 users in three waves; go-live of
the last wave is planned for 30 April 2027.

2. Acceptance
2.1 After each wave, Customer has ten (10) business days to test the migrated mailboxes and
devices against the acceptance criteria in Annex A and to report any non-conformity in
writing. Provider will correct reported non-conformities and submit the wave again for
acceptance.

3. Hypercare
3.1 For four weeks after the go-live of each wave, Provider will station an engineer on site
in Antwerp to help end users and will run a dedicated hypercare hotline.

4. Service levels
4.1 Service desk hours: Monday to Friday, 07:30 to 18:30 CET, by phone, e-mail and the
self-service portal.
4.2 Response and resolution times:
Priority 1 (all users affected): response 30 minutes, resolution 4 hours
Priority 2 (group of users affected): response 2 hours, resolution 1 business day
Priority 3 (single user): response 8 business hours, resolution 3 business days
4.3 Availability of the managed infrastructure: 99.8% per calendar month.
4.4 If Provider misses the availability level or more than 10% of the Priority 1 resolution
times in a month, Customer receives a service credit of 5% of the monthly service fee for
that month, up to a maximum of 15% of the monthly service fee.

5. Exit assistance
5.1 On expiry or termination, Provider will continue to provide the Services for up to three
(3) months at the then current fees and will cooperate in good faith with the Customer and any
successor provider to transfer the Services, including handing over configuration
documentation and administrator credentials.
5.2 Within 30 days after the end of the Services, Provider will deliver a full export of the
Customer's data in its native Microsoft 365 format and will then delete all Customer data from
its systems and provide a certificate of deletion.

6. Term and termination
6.1 After the initial term this Order Form renews automatically for successive periods of
twelve (12) months unless either party gives written notice of non-renewal at least three (3)
months before the end of the then current term.
6.2 Either party may terminate this Order Form with immediate effect by written notice if the
other party materially breaches it and fails to remedy the breach within thirty (30) days
after notice.

7. Liability
7.1 Each party's total aggregate liability under this Order Form is limited to the fees paid
in the twelve (12) months preceding the event giving rise to the claim. Neither party is
liable for indirect or consequential damages or loss of profits.

8. Confidentiality and data protection
8.1 Each party shall keep the other party's confidential information secret and use it only
to perform this Order Form.
8.2 Provider processes personal data as a processor on behalf of the Customer under the data
processing agreement in Annex C, in accordance with the GDPR.

9. Governing law
9.1 This Order Form is governed by the laws of the Netherlands. Disputes shall be submitted
exclusively to the competent court in Utrecht.

Signed for Provider: ______________________   Signed for Customer: ______________________
Name: Joost de Wit, Managing Director            Name: Els Van Hecke, CEO
Date: 10 December 2026                            Date: 11 December 2026
"""

DOCUMENTS = {
    "erp_maintenance_nl": ERP_MAINTENANCE_NL,
    "saas_contract_fr": SAAS_CONTRACT_FR,
    "managed_services_en": MANAGED_SERVICES_EN,
}

LABELS = {
    "erp_maintenance_nl": {
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "covered",
        "legal.liability": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    "saas_contract_fr": {
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.user_support": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    "managed_services_en": {
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.user_support": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
}

RISKS = {
    "erp_maintenance_nl": {
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.unilateral_change": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
        "risk.open_ended_cost": False,
    },
    "saas_contract_fr": {
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.unilateral_change": True,
        "risk.data_lockin": False,
        "risk.unsigned": False,
        "risk.best_efforts_only": False,
    },
    "managed_services_en": {
        "risk.auto_renewal": True,
        "risk.data_lockin": False,
        "risk.best_efforts_only": False,
        "risk.supplier_terms_prevail": False,
        "risk.open_ended_cost": False,
    },
}
