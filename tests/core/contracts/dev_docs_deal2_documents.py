"""Development documents, second round, for the agreement, budget and timing items and four
risks (brief r1).

Written for this module, before any rule change, in kinds not used before:
- a Flemish school group's purchase order (bestelbon) for laptops with imaging and roll-out,
  under the buyer's purchase terms, signed "(get.)" by both sides;
- a Walloon developer's French proposal for custom software (développement sur mesure) for a
  joinery SME, fixed price in lots, with a "bon pour accord";
- a Netherlands offer for transport planning software (licence per vehicle per month, one-off
  implementation), accepted online or by e-mail, under the NLdigital terms that prevail;
- an English quotation of a Dutch MSP for moving an office's IT to new premises over a weekend.

They are DEVELOPMENT fixtures, not held out: rules may be generalised to the families of
phrasings they use, never to their literal wording. Labels hold only clear readings against
/work/shared/spec/checklist.md ("partial" per detectors/partial.py); risks are "raised" / "not".
Where the document is the quote itself, accepted by signing it, agreement.quote_included has no
clear reading and is left unlabelled (as in dev_docs_deal_dev_documents.py); so is
risk.supplier_terms_prevail where the supplier's terms apply but the document prevails.

First run (rules of commit 31db412, before any change of this round): 40 of 63 labels right
(bestelbon_laptops 13/17, proposition_sur_mesure 11/15, offerte_planningssoftware 9/16,
quotation_office_move 7/15). 16 of the 23 misses were items the document settles and the
analyser did not find (an English quote without a euro sign on its total, "per engineer hour",
"Standard Terms of Business", a timetable of key-value dates, "Bestelwaarde", "prijsopgave",
"Wat we van jullie nodig hebben", "fiche de changement", "l'emporte"), three were read partial
where the document settles them, one a signature block over-read, three risks not raised.

After this round's general rule changes (commits d0355f0 to a3db6fc): 62 of 63 labels right
(bestelbon_laptops 16/17, the other three all right). Left: the purchase order's client
obligations, where the client is only "de school", a lowercase alias that parties.py does not
resolve (a strict xfail in test_dev_docs_deal2.py).
"""

# 1. A Flemish school group's purchase order for laptops, with imaging and roll-out on site.
BESTELBON_LAPTOPS = """\
BESTELBON nr. AK-2026-0412
vzw Scholengroep De Linde – Aankoopdienst
Kerkstraat 12, 9300 Aalst – ondernemingsnummer 0412.555.871
(hierna: de school)

Leverancier: ITeko BV, Gentsesteenweg 210, 9300 Aalst – BE 0799.123.456
Contactpersoon leverancier: Tom Claes, 053 21 44 90, tom.claes@iteko.be
Dossierbeheerder school: Kris Van Damme, ICT-coördinator

Op basis van uw prijsopgave nr. 26-1187 van 14 november 2026 bestellen wij hierbij wat volgt.

Pos. | Artikel | Aantal | Eenheidsprijs | Totaal
1 | Laptop Dell Latitude 5450, i5, 16 GB, 512 GB SSD, AZERTY BE | 24 | € 1.029,00 | € 24.696,00
2 | Laptoptas 15,6 inch | 24 | € 24,50 | € 588,00
3 | Imaging, inschrijving in Intune en configuratie per toestel | 24 | € 45,00 | € 1.080,00
4 | Levering en uitrol ter plaatse (2 technici, 1 dag) | 1 | € 980,00 | € 980,00
5 | Verlengde waarborg 4 jaar on-site | 24 | € 96,00 | € 2.304,00
Bestelwaarde excl. btw: € 29.648,00
Btw 21 %: € 6.226,08
Te betalen incl. btw: € 35.874,08

Bijzondere bepalingen

1. Voorwerp
De prijs van pos. 3 omvat het installeren van het standaardbeeld van de school, de registratie
in Intune en het koppelen aan het draadloze netwerk van de campus. Niet in de bestelling
begrepen: het overzetten van persoonlijke bestanden van de oude toestellen en het afvoeren van
de oude toestellen; de Intune-licenties koopt de school zelf aan via het raamcontract van het
katholiek onderwijs.

2. Prijzen
De eenheidsprijzen zijn vast en kunnen tot de volledige levering niet worden herzien.
Bijkomende prestaties die niet in deze bestelbon zijn opgenomen, worden slechts vergoed als
de aankoopdienst ze vooraf schriftelijk heeft besteld met een aanvullende bestelbon. Zij
worden aangerekend aan het uurtarief uit uw prijsopgave, namelijk € 72,00 per uur excl. btw,
verplaatsing inbegrepen.

3. Levering en uitrol
De toestellen worden uiterlijk op vrijdag 22 januari 2027 geleverd op de campus Kerkstraat.
De uitrol in de klassen gebeurt tijdens de krokusvakantie, van 15 tot 19 februari 2027.
De school stelt tijdens de uitrol een lokaal met voldoende stopcontacten en een bekabelde
netwerkaansluiting ter beschikking en bezorgt de leverancier uiterlijk op 8 januari 2027 de
lijst van de leerkrachten met hun klas.

4. Laattijdige levering
Bij overschrijding van de leveringsdatum is de leverancier van rechtswege en zonder
ingebrekestelling een vergoeding verschuldigd van 0,5 % van de bestelwaarde per kalenderdag,
met een maximum van 10 %. Na dertig kalenderdagen kan de school de bestelling zonder kosten
annuleren.

5. Facturatie en betaling
De factuur wordt opgemaakt na de volledige levering en de ondertekening van de leveringsbon
door de ICT-coördinator. Zij is betaalbaar binnen dertig dagen na ontvangst. Elke factuur
vermeldt het nummer van deze bestelbon; een factuur zonder bestelbonnummer wordt teruggestuurd.

6. Voorwaarden
Op deze bestelling zijn de algemene aankoopvoorwaarden van de school van toepassing
(www.delinde.be/aankoop). Door de bestelling uit te voeren aanvaardt de leverancier dat zij
primeren op zijn eigen verkoopsvoorwaarden. De prijsopgave van de leverancier maakt deel uit
van deze bestelling voor zover zij er niet mee in strijd is.

7. Waarborg
Op de laptops geldt gedurende vier jaar een on-site waarborg met herstelling ter plaatse op
de volgende werkdag (pos. 5).

Opgemaakt te Aalst in twee exemplaren.

Voor de school,                                Voor akkoord, de leverancier,
(get.) Annelies Peeters                        (get.) Tom Claes
algemeen directeur                             zaakvoerder ITeko BV
2 december 2026                                3 december 2026
"""

BESTELBON_LAPTOPS_LABELS = {
    "agreement.signed_both": "covered",
    "agreement.general_terms": "covered",
    "agreement.quote_included": "covered",
    "budget.project_cost": "covered",
    "budget.startup_cost": "covered",
    "budget.scope": "covered",
    "budget.extra_costs": "covered",
    "budget.recurring_cost": "missing",
    "budget.rates": "covered",
    "budget.payment_terms": "covered",
    "timing.planning": "covered",
    "timing.client_obligations": "covered",
    "timing.delay": "covered",
    "risk.supplier_terms_prevail": "not",
    "risk.unsigned": "not",
    "risk.open_ended_cost": "not",
    "risk.unilateral_change": "not",
}

# 2. A Walloon developer's proposal for a custom application for a joinery SME.
PROPOSITION_SUR_MESURE = """\
CodeMeuse SRL
Quai de Rome 25, 4000 Liège – BCE 0733.402.118

PROPOSITION DE SERVICES
Développement d'une application sur mesure de gestion des devis et du suivi d'atelier
Réf. CM-P-2026-047 – version 2 du 27 novembre 2026
À l'attention de M. Philippe Lejeune, administrateur délégué, Menuiserie Lejeune SA, Huy

1. Contexte et objectifs
Menuiserie Lejeune SA établit aujourd'hui ses devis de châssis dans un fichier Access et suit
la production de l'atelier sur papier. L'application à développer doit permettre de chiffrer
un devis, de le transformer en commande, de planifier la fabrication et de suivre l'avancement
sur des tablettes à l'atelier.

2. Périmètre
La présente proposition couvre l'analyse fonctionnelle, le développement de l'application web
(modules devis, commandes, ordres de fabrication et tableau de bord), la reprise des fiches
clients actives, les tests, la mise en production et une demi-journée de formation.
Sont exclus du périmètre : la reprise de l'historique des devis antérieurs à 2024,
l'application mobile pour les poseurs, l'achat des tablettes d'atelier et toute interface
avec le logiciel comptable.

3. Démarche et calendrier
Le projet est découpé en une étape de cadrage et trois lots, chacun clôturé par une
démonstration et une validation écrite du client.
Étape | Livrable | Durée
Cadrage | spécifications fonctionnelles validées | 2 semaines
Lot 1 | module devis et catalogue | 5 semaines
Lot 2 | commandes et ordres de fabrication | 4 semaines
Lot 3 | suivi d'atelier sur tablette et tableau de bord | 3 semaines
Recette et mise en production | application en production | 2 semaines
Démarrage au plus tard le 11 janvier 2027 ; mise en production le 30 avril 2027.

4. Vos engagements
De votre côté, vous désignez un référent métier disponible une demi-journée par semaine, vous
nous transmettez les modèles de devis et la grille tarifaire de l'atelier avant le début du
lot 1 et vous validez chaque livrable dans les cinq jours ouvrables de sa présentation.

5. Budget
Le développement décrit au point 2 est réalisé pour un montant forfaitaire de 46 800 € HTVA :
Cadrage : 4 200 €
Lot 1 : 17 400 €
Lot 2 : 12 600 €
Lot 3 : 9 000 €
Recette et mise en production : 3 600 €
L'installation de l'environnement de production sur notre infrastructure est facturée une
seule fois, 850 € HTVA. L'hébergement, les sauvegardes quotidiennes et la maintenance
corrective coûtent ensuite 340 € HTVA par mois, par contrat d'un an.

6. Évolutions en cours de projet
Toute évolution demandée en cours de projet qui sort du périmètre décrit au point 2 fait
l'objet d'une fiche de changement chiffrée (charge en jours et impact sur le calendrier), que
le client approuve par écrit avant que nous ne l'entamions. Ces évolutions sont facturées au
tarif de 720 € HTVA par jour de développeur. Ce tarif est revu chaque 1er janvier selon
l'indice Agoria.

7. Glissements de calendrier
Si une validation ou une information attendue du client arrive plus de cinq jours ouvrables
après la date prévue, le calendrier est décalé d'autant et les jours d'attente de l'équipe
peuvent être facturés au tarif journalier. Si nous livrons un lot en retard pour une raison qui
nous est imputable, nous accordons une remise de 2 % du montant du lot par semaine entamée,
plafonnée à 10 %.

8. Facturation
30 % à la signature de la présente proposition, 40 % à la validation du lot 2 et le solde à la
mise en production. Nos factures sont payables à trente jours date de facture.

9. Propriété et garantie
Le client devient propriétaire du code source spécifique dès le paiement complet. Les anomalies
signalées dans les trois mois qui suivent la mise en production sont corrigées gratuitement.

10. Conditions
Nos conditions générales de prestation, jointes à la présente, s'appliquent à la mission. En
cas de divergence entre elles et la présente proposition, c'est la proposition qui l'emporte.
La présente proposition est valable 60 jours.

BON POUR ACCORD
Pour Menuiserie Lejeune SA – nom, date et signature précédés de la mention « lu et approuvé » :


Pour CodeMeuse SRL : Julien Dethier, gérant
"""

PROPOSITION_SUR_MESURE_LABELS = {
    # only the client's blank to sign; the supplier's name is typed
    "agreement.signed_both": "partial",
    "agreement.general_terms": "covered",
    "budget.project_cost": "covered",
    "budget.startup_cost": "covered",
    "budget.scope": "covered",
    "budget.extra_costs": "covered",
    "budget.recurring_cost": "covered",
    "budget.rates": "covered",
    "budget.payment_terms": "covered",
    "timing.planning": "covered",
    "timing.client_obligations": "covered",
    "timing.delay": "covered",
    "risk.unsigned": "raised",
    "risk.open_ended_cost": "not",
    "risk.unilateral_change": "not",
}

# 3. A Netherlands offer for transport planning software, accepted online or by e-mail.
OFFERTE_PLANNINGSSOFTWARE = """\
Planvaart B.V.
Zwartewaterallee 8, 8031 DX Zwolle – KvK 71234567

Van Dijk Transport B.V.
t.a.v. de heer R. van Dijk
Industrieweg 44, 7741 KT Coevorden

Zwolle, 30 november 2026
Offerte 2026-188 – RitPlan voor Van Dijk Transport

Beste Rob,

Bedankt voor het prettige gesprek van vorige week. Zoals besproken vervangt RitPlan jullie
planbord en de Excel-lijsten: de planners zien alle ritten, chauffeurs en voertuigen in één
scherm en de ritten gaan rechtstreeks naar de boordcomputers. Hieronder lees je wat we voor
jullie doen en wat het kost.

Wat zit er in het abonnement?
Gebruik van RitPlan Pro door een onbeperkt aantal planners, hosting in Nederlandse
datacenters, updates en support op werkdagen van 7.00 tot 19.00 uur.
Wat zit er niet in?
Koppelingen met andere systemen dan de Transics-boordcomputers, maatwerkrapportages en de
aanschaf van hardware.

Investering
Eenmalig
Inrichting van RitPlan en koppeling met de Transics-boordcomputers | € 6.450
Conversie van stamgegevens (klanten, laad- en losadressen, tarieven) | € 1.900
Training van de planners (twee dagdelen bij jullie op locatie) | € 1.150
Subtotaal eenmalig | € 9.500
Doorlopend
Licentie RitPlan Pro | € 34 per voertuig per maand (42 voertuigen: € 1.428 per maand)
Koppeling Transics | € 95 per maand
Alle bedragen zijn exclusief btw.

Extra wensen
Wensen die buiten deze offerte vallen, begroten we eerst; pas na jullie schriftelijke opdracht
gaan we aan de slag. Zulk werk rekenen we af tegen € 115 per uur (consultant) of € 98 per uur
(developer).

Prijzen
Onze uurtarieven en abonnementsprijzen passen we jaarlijks per 1 januari aan op basis van de
CBS-index cao-lonen zakelijke dienstverlening. Planvaart behoudt zich daarnaast het recht voor
de inhoud van het abonnement en de prijzen tussentijds te wijzigen; een wijziging kondigen we
minstens twee maanden vooraf aan.

Aanpak en planning
Week 1-2: inrichting en koppeling met de boordcomputers
Week 3-4: conversie van de stamgegevens en testen met twee planners
Week 5: training en proefdraaien naast het planbord
Week 6: livegang
We rekenen met een doorlooptijd van zes weken na jullie akkoord; de livegang staat gepland op
maandag 8 februari 2027.

Wat we van jullie nodig hebben
Een vaste key-user die twee dagdelen per week beschikbaar is, de stamgegevens in Excel uiterlijk
aan het eind van week 2, en toegang tot het Transics-portaal vanaf de start.
Leveren jullie de gegevens later aan dan afgesproken, dan schuift de livegang evenredig op en
rekenen we de extra begeleiding af tegen het uurtarief.

Facturering
De eenmalige kosten factureren we voor 50% bij opdracht en 50% bij livegang. Het abonnement
factureren we per kwartaal vooruit, te beginnen in de maand van livegang. Betaling binnen 14
dagen na factuurdatum.

Looptijd
Het abonnement loopt twaalf maanden vanaf de livegang en wordt daarna telkens met twaalf
maanden verlengd, tenzij een van beide partijen uiterlijk drie maanden voor het einde opzegt.

Voorwaarden
Op deze offerte en de overeenkomst die eruit voortvloeit zijn de NLdigital Voorwaarden 2020
van toepassing; je vindt ze als bijlage bij deze mail. Bij strijdigheid tussen deze offerte en
de NLdigital Voorwaarden hebben de NLdigital Voorwaarden voorrang.

Akkoord?
Deze offerte is dertig dagen geldig. Je kunt haar digitaal ondertekenen via de link in de
begeleidende e-mail of je akkoord per mail bevestigen; daarmee komt de overeenkomst tot stand.

Met vriendelijke groet,
Lotte Hoekstra
Accountmanager Planvaart B.V.
"""

OFFERTE_PLANNINGSSOFTWARE_LABELS = {
    "agreement.signed_both": "missing",
    "agreement.general_terms": "covered",
    "budget.project_cost": "covered",
    "budget.startup_cost": "covered",
    "budget.scope": "covered",
    "budget.extra_costs": "covered",
    "budget.recurring_cost": "covered",
    "budget.rates": "covered",
    "budget.payment_terms": "covered",
    "timing.planning": "covered",
    "timing.client_obligations": "covered",
    "timing.delay": "covered",
    "risk.supplier_terms_prevail": "raised",
    "risk.unsigned": "raised",
    "risk.open_ended_cost": "not",
    "risk.unilateral_change": "raised",
}

# 4. An English quotation of a Dutch MSP for moving an office's IT to new premises.
QUOTATION_OFFICE_MOVE = """\
Northgate IT Services B.V.
Keizersgracht 310, 1016 EZ Amsterdam – KvK 81234509

QUOTATION
Quotation no.: NG-Q-2611
Date: 1 December 2026
Valid until: 31 December 2026
Customer: Lumen Analytics B.V., Herengracht 180, Amsterdam
Contact: Femke Jansen, Office Manager

Subject: IT relocation from Herengracht 180 to Gustav Mahlerplein 12 (Amsterdam Zuid)

1. Scope of works
We will survey the new premises, plan the move with you, shut down and label all equipment on
the Friday evening, transport the server rack and the 38 workstations in our own vans, and
reinstall, patch and test everything over the weekend so that your staff can start work at the
new office on Monday morning. We will also configure the new firewall, switches and Wi-Fi
access points for the new floor plan.
Not included: structured cabling and patch panels at the new premises (these are part of the
landlord's fit-out), the installation of the new internet line by the carrier, and moving
furniture.

2. Price summary
Item | Description | Price (EUR, excl. VAT)
1 | Site survey and move plan | 1,250.00
2 | Server rack move and reinstallation (weekend, 2 engineers) | 4,800.00
3 | Disconnection and reconnection of 38 workstations | 3,420.00
4 | Firewall, switch and Wi-Fi configuration for the new floor plan | 2,150.00
Total (fixed) | | 11,620.00
New-site onboarding to our monitoring (one-off) | | 390.00
Monitoring of the new site: EUR 4.50 per device per month, added to your existing support
invoice.

3. Timetable
Site survey: week of 11 January 2027
Move plan signed off by you: 22 January 2027
Cut-over weekend: Saturday 6 – Sunday 7 February 2027
First working day at the new office: Monday 8 February 2027
Snagging visit: Wednesday 10 February 2027

4. What we need from you
- written confirmation from the landlord, by 29 January 2027, that the server room at the new
  premises has power, cooling and working patch points;
- your staff to clear their desks and unplug personal devices by Friday 5 February, 3 pm;
- building access and parking for two vans from Friday 5 February, 6 pm, to Sunday evening.

5. If the new premises are not ready
If the new premises are not ready for the cut-over weekend (for instance because the cabling
or the internet line is not live), we will move the cut-over to the next available weekend,
and the engineer time already booked for the cancelled weekend is charged at 50% of item 2.

6. Additional work
Anything we find on the day that is not in this quotation (faulty cabling, extra devices,
broken equipment) will only be carried out once your office manager has signed it off by
e-mail. Such work is charged at EUR 95.00 per engineer hour on weekdays and EUR 142.50 per
engineer hour in the evening and at weekends.

7. Invoicing
We will invoice 40% of the total on acceptance of this quotation and the balance on
completion of the snagging visit. Our invoices are payable within 14 days.

8. Terms
This quotation is subject to our Standard Terms of Business (version 4.2), available at
northgate-it.nl/terms. Where this quotation conflicts with those terms, this quotation applies.
Our liability for damage to equipment during transport is covered by our transport insurance
up to EUR 250,000.

Acceptance
To accept, please sign below and return a copy to sales@northgate-it.nl.

Prepared by: Sanne de Wit, Account Manager, Northgate IT Services B.V.

Accepted for and on behalf of Lumen Analytics B.V.
Name: ______________________
Signature: __________________
Date: ______________________
"""

QUOTATION_OFFICE_MOVE_LABELS = {
    # only the customer's blank to sign; the supplier's preparer is typed
    "agreement.signed_both": "partial",
    "agreement.general_terms": "covered",
    "budget.project_cost": "covered",
    "budget.startup_cost": "covered",
    "budget.scope": "covered",
    "budget.extra_costs": "covered",
    "budget.recurring_cost": "covered",
    "budget.rates": "covered",
    "budget.payment_terms": "covered",
    "timing.planning": "covered",
    "timing.client_obligations": "covered",
    "timing.delay": "covered",
    "risk.unsigned": "raised",
    "risk.open_ended_cost": "not",
    "risk.unilateral_change": "not",
}

DEV_DOCUMENTS = {
    "bestelbon_laptops": (BESTELBON_LAPTOPS, BESTELBON_LAPTOPS_LABELS),
    "proposition_sur_mesure": (PROPOSITION_SUR_MESURE, PROPOSITION_SUR_MESURE_LABELS),
    "offerte_planningssoftware": (OFFERTE_PLANNINGSSOFTWARE, OFFERTE_PLANNINGSSOFTWARE_LABELS),
    "quotation_office_move": (QUOTATION_OFFICE_MOVE, QUOTATION_OFFICE_MOVE_LABELS),
}
