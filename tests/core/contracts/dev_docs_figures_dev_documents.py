"""Development documents for the key figures (issue 9): notice period, initial and renewal term,
payment term, warranty, availability and the response time of the highest priority.

Written for this module in the styles Belgian and Dutch IT suppliers use; they are development
fixtures (rules may be generalised to fit their patterns), not held-out documents. Each holds
several periods and amounts of different roles (price-change notices, cure periods, retention
after the end, offer validity, measured availability beside the committed one).

Label conventions: months count 30 days for notice and warranty; the response time of the
highest priority in hours (working hours as hours, next business day = 24); the contract term
is the initial term, the renewal term the tacit renewal period. Only clear readings; None means
the document states no such figure.
"""

# 1. A Flemish maintenance contract for servers and workstations (numbered articles, a table).
ONDERHOUDSCONTRACT = """\
ONDERHOUDSCONTRACT nr. OC-2026-118

Tussen: Dataflux BV, Kortrijksesteenweg 412, 9000 Gent, KBO 0712.345.678, hierna "de
Dienstverlener",
en: Schrijnwerkerij De Smet NV, Industrielaan 7, 8800 Roeselare, hierna "de Klant".

Artikel 1 - Voorwerp
De Dienstverlener verzorgt het preventief en correctief onderhoud van de servers, de
werkposten en het netwerk van de Klant zoals opgesomd in bijlage 1.

Artikel 2 - Duur en opzegging
2.1 Dit contract gaat in op 1 januari 2027 en wordt gesloten voor een initiële duur van
drie (3) jaar.
2.2 Daarna wordt het jaarlijks stilzwijgend verlengd met telkens 12 maanden.
2.3 Elke partij kan het contract beëindigen door opzeg per aangetekende brief minstens 3
maanden voor de vervaldag.
2.4 Bij een ernstige tekortkoming kan de andere partij het contract ontbinden indien de
tekortkoming niet verholpen is binnen vijftien dagen na een ingebrekestelling.

Artikel 3 - Prijs en facturatie
3.1 De jaarlijkse onderhoudsvergoeding bedraagt € 8.640,00 excl. btw en wordt per kwartaal
vooraf gefactureerd.
3.2 De Dienstverlener kan zijn tarieven eenmaal per jaar aanpassen aan de index, mits hij de
Klant daarvan minstens 30 dagen vooraf schriftelijk op de hoogte brengt.
3.3 Onze facturen zijn betaalbaar binnen de dertig dagen na factuurdatum. Bij laattijdige
betaling is van rechtswege een intrest van 1% per maand verschuldigd.

Artikel 4 - Interventietermijnen
Meldingen gebeuren via het klantenportaal of telefonisch op 09 234 56 78 (werkdagen van 8u
tot 18u).

| Prioriteit | Omschrijving | Reactietijd | Hersteltermijn |
| P1 - Kritiek | Productie ligt stil | 1 werkuur | 8 werkuren |
| P2 - Hoog | Ernstige hinder voor meerdere gebruikers | 4 werkuren | 2 werkdagen |
| P3 - Normaal | Eén gebruiker gehinderd | volgende werkdag | 5 werkdagen |

Artikel 5 - Waarborg op herstellingen
Op vervangen onderdelen en uitgevoerde herstellingen geeft de Dienstverlener een garantie
gedurende drie maanden na oplevering van de herstelling.

Artikel 6 - Personeel
De Klant zal gedurende twaalf maanden na het einde van dit contract geen medewerkers van de
Dienstverlener in dienst nemen zonder diens akkoord.

Artikel 7 - Aansprakelijkheid
De aansprakelijkheid van de Dienstverlener is beperkt tot het bedrag van de jaarlijkse
onderhoudsvergoeding. Indirecte schade zoals gederfde winst wordt niet vergoed.

Artikel 8 - Toepasselijk recht
Dit contract wordt beheerst door het Belgisch recht. Geschillen behoren tot de bevoegdheid
van de rechtbanken van het arrondissement Gent, afdeling Gent.

Opgemaakt te Gent op 12 november 2026 in twee exemplaren.
"""

# 2. A French managed-services contract from a Brussels supplier (committed and measured levels).
SERVICES_MANAGES = """\
CONTRAT DE SERVICES MANAGÉS

Entre la SRL Nuagique, dont le siège est établi avenue Louise 221 à 1050 Bruxelles, ci-après
« le Prestataire », et l'ASBL Les Jardins de Wallonie, ci-après « le Client ».

Article 1. Objet
Le Prestataire assure l'exploitation, la supervision et le support de l'infrastructure
informatique du Client (serveurs virtuels, sauvegardes, messagerie et postes de travail).

Article 2. Durée
Le présent contrat est conclu pour une durée initiale de trente-six (36) mois à compter de la
date de mise en service. Il se renouvelle ensuite par tacite reconduction pour des périodes
successives d'un (1) an, sauf dénonciation par l'une des parties moyennant un préavis de six
mois notifié par lettre recommandée avant l'échéance.

Article 3. Niveaux de service
3.1 Le Prestataire s'engage sur une disponibilité mensuelle de l'infrastructure hébergée de
99,8 %, hors maintenances planifiées annoncées cinq jours ouvrables à l'avance.
3.2 À titre d'information, la disponibilité mesurée sur l'année 2025 s'élevait à 99,96 %.
3.3 Délais selon la priorité de l'incident :

| Priorité | Délai de prise en charge | Délai de rétablissement |
| P1 - Bloquant | 30 minutes | 4 heures ouvrées |
| P2 - Majeur | 2 heures ouvrées | 1 jour ouvré |
| P3 - Mineur | J+1 ouvré | 5 jours ouvrés |

3.4 Si la disponibilité mensuelle est inférieure à l'engagement, le Client a droit à un
avoir de 5 % de la redevance mensuelle par tranche de 0,5 % sous l'engagement, plafonné à
20 % de la redevance mensuelle.

Article 4. Prix et paiement
4.1 La redevance mensuelle s'élève à 2.450,00 EUR HTVA, facturée au début de chaque mois.
4.2 Les factures sont payables à 30 jours date de facture. Tout retard de paiement entraîne
de plein droit un intérêt de retard au taux légal et une indemnité forfaitaire de 10 %.
4.3 Le Prestataire peut modifier ses tarifs moyennant un préavis de deux mois.

Article 5. Responsabilité
La responsabilité du Prestataire est limitée au montant facturé au Client au cours des douze
(12) derniers mois précédant le fait générateur.

Article 6. Fin du contrat
À la fin du contrat, le Prestataire restitue les données du Client et les conserve encore
trente jours, après quoi elles sont effacées de manière sécurisée.

Article 7. Droit applicable
Le contrat est soumis au droit belge. Tout litige relève des tribunaux de Bruxelles.

Fait à Bruxelles, le 3 novembre 2026, en deux exemplaires originaux.
"""

# 3. A Dutch (Netherlands) SaaS agreement with an SLA annex (bullets for priorities).
SAAS_OVEREENKOMST = """\
SAAS-OVEREENKOMST

Partijen:
1. Rooster Online B.V., gevestigd te Utrecht, KvK 81234567, hierna: "Leverancier";
2. Thuiszorg Midden B.V., gevestigd te Amersfoort, hierna: "Afnemer".

Artikel 1 Looptijd en beëindiging
1.1 Deze Overeenkomst treedt in werking op de Ingangsdatum en heeft een looptijd van 24
maanden.
1.2 Na afloop van deze periode wordt de Overeenkomst telkens stilzwijgend verlengd voor een
periode van twaalf maanden.
1.3 Opzegging geschiedt schriftelijk met inachtneming van een opzegtermijn van twee (2)
maanden tegen het einde van de lopende periode.
1.4 Na beëindiging bewaart Leverancier de gegevens van Afnemer nog 30 dagen, waarna deze
worden verwijderd.

Artikel 2 Vergoeding en betaling
2.1 Afnemer betaalt een abonnementsvergoeding van EUR 1.150 per maand, exclusief btw.
2.2 Facturen worden binnen 5 werkdagen na het einde van iedere maand verzonden.
2.3 Betaling dient te geschieden binnen veertien (14) dagen na factuurdatum.
2.4 Leverancier mag de vergoeding jaarlijks per 1 januari indexeren volgens de CBS-index,
met een aankondiging
van ten minste één maand.

Artikel 3 Garantie
Leverancier herstelt fouten in maatwerkkoppelingen die binnen negentig dagen na acceptatie
worden gemeld kosteloos.

Artikel 4 Aansprakelijkheid
De totale aansprakelijkheid van Leverancier is beperkt tot het bedrag dat Afnemer in de zes
maanden voorafgaand aan de schadeveroorzakende gebeurtenis heeft betaald, met een maximum van
EUR 25.000.

BIJLAGE 1 SERVICE LEVEL AGREEMENT

1. Beschikbaarheid
Leverancier garandeert een beschikbaarheid van de Dienst van 99,5% per kalendermaand,
gemeten buiten het onderhoudsvenster op zondag van 02:00 tot 06:00 uur. De interne
streefwaarde van Leverancier ligt op 99,9%.

2. Incidenten
Afnemer meldt incidenten via de servicedesk. Leverancier hanteert de volgende termijnen:
- Prioriteit 1 (Kritiek): reactie binnen 30 minuten, oplossing of workaround binnen 4 uur;
- Prioriteit 2 (Hoog): reactie binnen 2 uur, oplossing binnen 1 werkdag;
- Prioriteit 3 (Normaal): reactie binnen 1 werkdag, oplossing in een volgende release.

3. Rapportage
Leverancier stuurt elk kwartaal een rapport met de gemeten beschikbaarheid en de
afgehandelde incidenten.

Artikel 5 Toepasselijk recht
Op deze Overeenkomst is Nederlands recht van toepassing. Geschillen worden voorgelegd aan de
bevoegde rechter te Utrecht.
"""

# 4. French general terms of a Walloon IT reseller (sale of hardware and maintenance).
CONDITIONS_GENERALES = """\
CONDITIONS GÉNÉRALES DE VENTE ET DE SERVICES - INFOMEUSE SRL

1. Champ d'application
Les présentes conditions générales s'appliquent à toutes nos offres, ventes de matériel et
prestations de services. Nos offres sont valables trente jours.

2. Commandes
Toute commande est ferme dès sa signature. Un acompte de 30 % est exigible à la commande,
le solde à la livraison.

3. Paiement
Sauf stipulation contraire, nos factures sont payables à quinze jours date de facture, au
siège de notre société. Tout montant impayé à son échéance porte de plein droit et sans mise
en demeure un intérêt de 1 % par mois ainsi qu'une indemnité forfaitaire de 10 % avec un
minimum de 50 EUR.

4. Livraison et réclamations
Les délais de livraison sont donnés à titre indicatif. Les réclamations relatives aux vices
apparents doivent nous parvenir par écrit dans les huit jours de la livraison.

5. Garantie
Le matériel neuf est garanti pendant douze (12) mois à compter de la livraison, pièces et
main-d'œuvre, sauf garantie plus longue du fabricant. La garantie ne couvre pas les dommages
résultant d'une mauvaise utilisation.

6. Contrats de maintenance
6.1 Les contrats de maintenance sont conclus pour une durée d'un an prenant cours à la date
de la commande.
6.2 Ils sont reconduits tacitement d'année en année, sauf préavis de trois mois notifié par
lettre recommandée avant la date anniversaire.
6.3 Pour les contrats Premium, nous intervenons sur site dans les quatre heures ouvrées de
l'appel en cas de panne bloquante.

7. Réserve de propriété et force majeure
Le matériel livré reste notre propriété jusqu'au paiement intégral du prix. En cas de force
majeure, nos obligations sont suspendues; si l'empêchement dure plus de deux mois, chaque
partie peut résilier la commande sans indemnité.

8. Confidentialité
Chaque partie garde confidentielles les informations de l'autre partie pendant toute la durée
du contrat et pendant deux ans après sa fin.

9. Responsabilité
Notre responsabilité est limitée au montant de la commande concernée. Nous ne sommes pas
responsables des dommages indirects, tels que la perte de données ou le manque à gagner.

10. Droit applicable et juridiction
Tous nos contrats sont régis par le droit belge. En cas de litige, seuls les tribunaux de
l'arrondissement judiciaire de Namur sont compétents.
"""

# 5. An English hosting agreement of a Belgian provider (tables for availability and severity).
HOSTING_AGREEMENT = """\
MANAGED HOSTING AGREEMENT

This Managed Hosting Agreement is made between Cloudbridge BV, with registered office at
Ottergemsesteenweg 100, 9000 Ghent, Belgium ("Provider"), and Lumen Analytics NV ("Customer").

1. Term
1.1 This Agreement shall commence on the Effective Date and continue for an initial period of
one (1) year.
1.2 Thereafter it shall renew automatically for successive periods of twelve (12) months,
unless either party gives written notice of non-renewal at least sixty (60) days before the
end of the then-current term.
1.3 Provider may amend the Fees once per calendar year on forty-five (45) days' written
notice.

2. Fees and payment
2.1 The one-off setup fee of EUR 4,800 is invoiced 50% on signature and 50% on go-live.
2.2 The monthly hosting fee of EUR 1,950 is invoiced monthly in advance.
2.3 Payment terms: net 45 from the invoice date. Late payments bear interest at 8% per annum.

3. Service levels
3.1 Availability is measured per calendar month, excluding announced maintenance windows.

| Service | Committed availability | Measured 2025 |
| Managed hosting platform | 99.9% | 99.98% |
| Backup service | 99.5% | 99.91% |

3.2 Incidents are handled according to their severity:

| Severity | Description | Response time | Restoration target |
| Severity 1 | Platform down for all users | 1 hour (24x7) | 4 hours |
| Severity 2 | Major function unavailable | 4 business hours | 1 business day |
| Severity 3 | Minor issue or question | next business day | 5 business days |

3.3 If the committed availability is not met, Customer receives a service credit of 10% of the
monthly hosting fee, capped at 30% of that fee.

3.4 Support is available by telephone from Monday to Friday, 08:00 to 18:00 CET, and for
Severity 1 incidents 24 hours a day, seven days a week.

4. Liability
Each party's aggregate liability under this Agreement is limited to EUR 50,000.

5. Confidentiality and staff
5.1 The obligations of confidentiality survive for three (3) years after termination.
5.2 Neither party shall solicit the other's employees during the term and for twelve (12)
months thereafter.

6. Data on termination
Customer data is kept for thirty (30) days after termination and then securely deleted.

7. Governing law
This Agreement is governed by Belgian law; the courts of Ghent have exclusive jurisdiction.
"""

DEV_DOCUMENTS = {
    "nl_onderhoudscontract": ONDERHOUDSCONTRACT,
    "fr_services_manages": SERVICES_MANAGES,
    "nl_saas_overeenkomst": SAAS_OVEREENKOMST,
    "fr_conditions_generales": CONDITIONS_GENERALES,
    "en_hosting_agreement": HOSTING_AGREEMENT,
}

FIGURE_LABELS = {
    "nl_onderhoudscontract": {
        "notice_period_days": 90,
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "payment_term_days": 30,
        "warranty_days": 90,
        "availability_percent": None,
        "response_time_hours_highest_priority": 1,
    },
    "fr_services_manages": {
        "notice_period_days": 180,
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "payment_term_days": 30,
        "warranty_days": None,
        "availability_percent": 99.8,
        "response_time_hours_highest_priority": 0.5,
    },
    "nl_saas_overeenkomst": {
        "notice_period_days": 60,
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "payment_term_days": 14,
        "warranty_days": 90,
        "availability_percent": 99.5,
        "response_time_hours_highest_priority": 0.5,
    },
    "fr_conditions_generales": {
        "notice_period_days": 90,
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "payment_term_days": 15,
        "warranty_days": 360,
        "availability_percent": None,
        "response_time_hours_highest_priority": 4,
    },
    "en_hosting_agreement": {
        "notice_period_days": 60,
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "payment_term_days": 45,
        "warranty_days": None,
        "availability_percent": 99.9,
        "response_time_hours_highest_priority": 1,
    },
}
