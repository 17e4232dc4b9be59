"""Development documents for the agreement and budget items and three risks (issue 9).

Written for this module in the styles Belgian and Dutch IT suppliers use (a Flemish hardware
quote with its conditions on the back, a French web-project proposal with options and a "bon
pour accord", a Dutch engagement letter under general terms, an English SaaS order form of a
Belgian vendor). They are development fixtures (rules may be generalised to fit their
patterns), not held-out documents. Labels hold only clear readings against
/work/shared/spec/checklist.md; risks are labelled "raised" or "not" (the supplier's terms
applying under a precedence clause that puts the document first is no clear reading of
risk.supplier_terms_prevail, so it is left unlabelled there).
"""

# 1. A Flemish integrator's price quote for laptops, a NAS and their installation, with the
#    sales conditions printed on the back.
PRIJSOFFERTE_HARDWARE = """\
PRIJSOFFERTE
Nr. PO/26/0931                                          Kortrijk, 18 november 2026

Aan: Boekhoudkantoor Vermeulen & Co BV
t.a.v. mevrouw Els Vermeulen
Doorniksewijk 44, 8500 Kortrijk
Btw BE 0456.789.123

Betreft: vernieuwing werkposten en back-up

Geachte mevrouw Vermeulen,

Naar aanleiding van ons bezoek op 12 november bezorgen wij u graag onze prijsofferte voor de
vervanging van de werkposten en de installatie van een nieuwe back-upoplossing.

Art. | Omschrijving | Aantal | Prijs/st. | Bedrag
LT-14 | Lenovo ThinkPad T14 Gen 5, 16 GB, 512 GB SSD | 9 | € 1.149,00 | € 10.341,00
DK-01 | Dockingstation USB-C met 2 schermaansluitingen | 9 | € 219,00 | € 1.971,00
NAS-4 | Synology DS923+ met 4 x 8 TB | 1 | € 2.385,00 | € 2.385,00
INST | Installatie, gegevensoverzetting en configuratie (forfait) | 1 | € 2.750,00 | € 2.750,00

Totaal excl. btw: € 17.447,00
Btw 21 %: € 3.663,87
Totaal incl. btw: € 20.110,87

In de installatie zijn begrepen: het klaarzetten van de toestellen met Windows 11 Pro en
Microsoft 365, het overzetten van de gebruikersprofielen en mailboxen, het inrichten van de
nachtelijke back-up naar de NAS en een korte uitleg aan de medewerkers.
Niet begrepen: het herstellen van defecte oude toestellen, de licenties voor Microsoft 365 en
het verwijderen van oude hardware.

Werken die niet in deze offerte voorzien zijn, worden aangerekend aan ons uurtarief van
€ 85,00 excl. btw, verplaatsing inbegrepen, en worden pas uitgevoerd na uw schriftelijk
akkoord op een aparte prijsopgave.

Levering en installatie: binnen 3 weken na ontvangst van de ondertekende offerte.
Geldigheid van de offerte: 30 dagen.

Betaling: 50 % voorschot bij bestelling, saldo na installatie. Facturen zijn betaalbaar
binnen 15 dagen na factuurdatum.

Deze offerte vormt, na ondertekening door de klant, samen met onze verkoopsvoorwaarden op de
keerzijde de volledige overeenkomst tussen partijen.

Met vriendelijke groeten,
Bart Desmet
Zaakvoerder, DataPunt BV

Voor akkoord (datum, naam en handtekening van de klant):

..............................................................

VERKOOPSVOORWAARDEN DATAPUNT BV

1. Toepassing. Deze voorwaarden gelden voor al onze offertes, leveringen en diensten. Zij
gelden met uitsluiting van de aankoopvoorwaarden van de klant, ook als die later worden
meegedeeld.
2. Prijzen. Onze prijzen zijn in euro, exclusief btw en recupelbijdrage. Prijswijzigingen van
onze leveranciers die zich voordoen na de aanvaarding van de offerte mogen wij doorrekenen.
3. Levering. Leveringstermijnen worden slechts bij benadering opgegeven. Een laattijdige
levering geeft geen recht op schadevergoeding of ontbinding.
4. Eigendomsvoorbehoud. De geleverde goederen blijven onze eigendom tot de volledige betaling
van de prijs.
5. Klachten. Zichtbare gebreken moeten binnen 8 dagen na levering schriftelijk gemeld worden.
6. Betaling. Bij niet-betaling op de vervaldag is van rechtswege en zonder ingebrekestelling
een intrest verschuldigd van 1 % per maand en een forfaitaire schadevergoeding van 10 % met
een minimum van € 50.
7. Waarborg. Op de hardware geldt de fabrieksgarantie van de fabrikant.
8. Bevoegdheid. Enkel de rechtbanken van het arrondissement West-Vlaanderen, afdeling Kortrijk,
zijn bevoegd. Het Belgisch recht is van toepassing.
"""

PRIJSOFFERTE_HARDWARE_LABELS = {
    # the client's signature is a blank; only the supplier's name is typed
    "agreement.signed_both": "partial",
    # which terms apply (the supplier's, not the client's purchase terms), but not which of
    # the quote and the terms prevails
    "agreement.general_terms": "partial",
    "agreement.quote_included": "covered",
    "budget.project_cost": "covered",
    "budget.startup_cost": "covered",
    "budget.scope": "covered",
    "budget.extra_costs": "covered",
    "budget.recurring_cost": "missing",
    "budget.rates": "covered",
    "budget.payment_terms": "covered",
    "risk.unsigned": "raised",
    "risk.supplier_terms_prevail": "raised",
    "risk.open_ended_cost": "not",
}

# 2. A Walloon web agency's commercial proposal for a website, with options and a "bon pour
#    accord" to return.
PROPOSITION_SITE_WEB = """\
PROPOSITION COMMERCIALE
Refonte du site internet de la Brasserie du Val SRL

Référence : PC-2026-077
Date : 2 novembre 2026
Validité : 45 jours

Pixelmosa SRL - Rue des Brasseurs 8, 5000 Namur - TVA BE 0712.345.678
Votre interlocuteur : Julie Marchal, chef de projet

1. Contexte et objectifs
La Brasserie du Val souhaite remplacer son site vitrine actuel par un site responsive,
bilingue (français et néerlandais), avec une boutique en ligne pour les coffrets cadeaux.

2. Notre proposition
Le site sera développé sous WordPress avec WooCommerce. La prestation comprend :
- l'atelier de cadrage (une demi-journée dans vos locaux) ;
- la maquette graphique de la page d'accueil et de trois pages types, avec deux allers-retours ;
- l'intégration et le développement du site ;
- l'import de 40 produits maximum, fournis par vos soins dans un fichier Excel ;
- une formation de deux heures à la gestion du contenu.
La rédaction des textes, les photographies et les traductions restent à charge du client.

3. Budget
| Poste | Prix HTVA |
| Cadrage et maquettes | 2 400,00 € |
| Intégration et développement | 6 850,00 € |
| Boutique en ligne (WooCommerce, paiement Bancontact) | 2 150,00 € |
| Formation | 300,00 € |
| Total du projet | 11 700,00 € |

Options (à cocher)
[ ] Traduction néerlandaise par notre traducteur partenaire : 890,00 € HTVA
[ ] Séance photo des produits (une journée) : 950,00 € HTVA
[ ] Module de réservation des visites de la brasserie : 1 600,00 € HTVA

4. Hébergement et maintenance
L'hébergement sur nos serveurs en Belgique, le certificat SSL, les sauvegardes quotidiennes et
les mises à jour de sécurité de WordPress et de ses extensions sont proposés au prix de
65,00 € HTVA par mois, facturés annuellement à l'avance. Le premier mois est offert.

5. Demandes supplémentaires
Toute demande qui sort du périmètre décrit au point 2 fera l'objet d'un devis complémentaire,
à approuver par le client avant le début des travaux. À défaut de devis, les petites
interventions sont facturées au tarif horaire de 75,00 € HTVA, par tranche de 15 minutes.

6. Planning indicatif
Cadrage en semaine 47, maquettes en semaine 49, mise en ligne visée pour la fin janvier 2027,
sous réserve de la réception des contenus dans les délais.

7. Modalités de paiement
40 % à la signature du bon pour accord, 40 % à la validation des maquettes, le solde à la mise
en ligne. Nos factures sont payables à 30 jours date de facture.
Les tarifs horaires sont adaptés chaque année au 1er janvier en fonction de l'indice des prix
à la consommation.

8. Conditions
Nos conditions générales de prestation, disponibles sur pixelmosa.be/cg et jointes à la
présente, font partie intégrante de la proposition. En cas de contradiction, la présente
proposition prime sur les conditions générales.

BON POUR ACCORD
Je soussigné(e), ................................................, agissant pour la Brasserie du
Val SRL, accepte la présente proposition et les options cochées ci-dessus.

Date : ....../....../2026
Signature précédée de la mention « lu et approuvé » :
"""

PROPOSITION_SITE_WEB_LABELS = {
    "agreement.signed_both": "partial",
    "agreement.general_terms": "covered",
    # the document is the proposal itself, accepted by a "bon pour accord": no clear reading
    # of quote_included
    "budget.project_cost": "covered",
    "budget.startup_cost": "missing",
    "budget.scope": "covered",
    "budget.extra_costs": "covered",
    "budget.recurring_cost": "covered",
    "budget.rates": "covered",
    "budget.payment_terms": "covered",
    # a quote accepted by the signature of the quote alone
    "risk.unsigned": "raised",
    "risk.open_ended_cost": "not",
}

# 3. A Dutch (Netherlands) engagement letter for a Microsoft 365 migration, under the
#    NLdigital terms, in hours with an estimate.
OPDRACHTBEVESTIGING_MIGRATIE = """\
Cloudvast B.V.
Stationsplein 12
3818 LE Amersfoort
KvK 61234567

Aan de directie van
Tandartsenpraktijk Zonnehof B.V.
Postbus 210
3800 AE Amersfoort

Amersfoort, 9 november 2026
Ons kenmerk: CV/OB/26-214
Onderwerp: opdrachtbevestiging migratie naar Microsoft 365

Geachte heer Van Leeuwen,

Hartelijk dank voor het prettige gesprek van 4 november jl. Graag bevestigen wij hierbij de
opdracht die u ons heeft verleend.

Opdracht
U heeft Cloudvast B.V. opdracht gegeven de e-mail, agenda's en bestanden van uw praktijk van
de huidige lokale server over te zetten naar Microsoft 365 en de bestaande server daarna
buiten gebruik te stellen. De werkzaamheden zijn beschreven in onze offerte CV-26-198 van
30 oktober 2026; deze offerte is als bijlage bij deze brief gevoegd en maakt deel uit van de
opdracht.

Werkzaamheden en vergoeding
Wij voeren de opdracht uit op basis van nacalculatie tegen ons uurtarief van € 95,00
exclusief btw. Wij schatten de werkzaamheden op 36 tot 42 uur. Dreigt deze schatting met meer
dan 10 % te worden overschreden, dan melden wij u dat vooraf en gaan wij pas verder na uw
akkoord.
Voor de inrichting van de Microsoft 365-tenant en de beveiligingsinstellingen rekenen wij
eenmalig een vast bedrag van € 650,00 exclusief btw.
De Microsoft 365 Business Premium-licenties (12 gebruikers) kosten € 20,60 per gebruiker per
maand en worden maandelijks achteraf gefactureerd. Microsoft kan deze prijzen wijzigen; wij
berekenen zulke wijzigingen één op één door.

Niet inbegrepen
De vervanging van de werkstations, het praktijkbeheersysteem en de telefonie vallen buiten
deze opdracht.

Facturering
De uren worden maandelijks gefactureerd op basis van de urenstaten. Onze facturen dienen
binnen 14 dagen na factuurdatum te worden voldaan.

Voorwaarden
Op deze opdracht zijn de NLdigital Voorwaarden 2020 van toepassing, die wij u eerder hebben
toegezonden en die ook als bijlage zijn gevoegd. Bij tegenstrijdigheid tussen deze brief en
de NLdigital Voorwaarden gaat het bepaalde in deze brief voor.

Wij verzoeken u een exemplaar van deze brief voor akkoord te ondertekenen en aan ons terug te
sturen.

Met vriendelijke groet,
Cloudvast B.V.

Sanne de Wit
directeur

Voor akkoord:
Tandartsenpraktijk Zonnehof B.V.

Naam: ........................................
Datum: ........................................
Handtekening: ........................................

Bijlagen: offerte CV-26-198, NLdigital Voorwaarden 2020
"""

OPDRACHTBEVESTIGING_MIGRATIE_LABELS = {
    "agreement.signed_both": "partial",
    "agreement.general_terms": "covered",
    "agreement.quote_included": "covered",
    "budget.startup_cost": "covered",
    "budget.scope": "covered",
    "budget.extra_costs": "covered",
    "budget.recurring_cost": "covered",
    "budget.rates": "covered",
    "budget.payment_terms": "covered",
    "risk.unsigned": "raised",
    # hours with an estimate and an approval step
    "risk.open_ended_cost": "not",
}

# 4. The order form of a Belgian SaaS vendor (English), one-off set-up and monthly fees,
#    signed electronically by both sides.
ORDER_FORM_SAAS = """\
ORDER FORM
Shiftly NV - Workforce planning software

Order number: SO-2026-1187
Customer: Greenfield Logistics BV, Industrieweg 18, 2880 Bornem, Belgium (VAT BE 0634.221.908)
Provider: Shiftly NV, Kempische Steenweg 303, 3500 Hasselt, Belgium (VAT BE 0745.118.203)
Subscription start date: 1 January 2027
Initial subscription term: 24 months

1. Subscribed services
| Service | Quantity | Unit price | Monthly |
| Shiftly Plan (per active employee) | 140 | EUR 4.20 | EUR 588.00 |
| Time clock module | 2 terminals | EUR 35.00 | EUR 70.00 |
| Premium support (business hours, 4h response) | 1 | EUR 120.00 | EUR 120.00 |
Total monthly fees: EUR 778.00 excl. VAT

2. Implementation
Onboarding package (one-off): EUR 3,900.00 excl. VAT, covering the configuration of up to 3
sites and 20 shift templates, an import of employee master data from one CSV file, two remote
training sessions for planners and one go-live day on site.
Interfaces with the customer's payroll provider are not part of the onboarding package and will
be quoted separately on request.

3. Invoicing and payment
The onboarding fee is invoiced on signature of this Order Form. Subscription fees are invoiced
monthly in advance from the subscription start date. Invoices are payable within 30 days of
the invoice date by bank transfer.
Additional active employees are billed at the unit price above from the month in which they
are added.

4. Price changes
Shiftly may adjust the fees once a year on 1 January in line with the Belgian health index
(gezondheidsindex), with a maximum of 4 % per year.

5. Professional services
Consulting beyond the onboarding package is available at EUR 890.00 per day and is performed
only under a statement of work signed by both parties.

6. Terms
This Order Form is governed by the Shiftly General Terms and Conditions version 3.1, available
at shiftly.be/terms, and the Data Processing Agreement. In case of conflict, this Order Form
prevails over the General Terms and Conditions.

Signed for and on behalf of the Customer          Signed for and on behalf of Shiftly NV
Electronically signed by Hilde Goossens           Electronically signed by Koen Jacobs
Title: CFO                                         Title: Chief Revenue Officer
Date: 27/11/2026                                   Date: 27/11/2026
"""

ORDER_FORM_SAAS_LABELS = {
    "agreement.signed_both": "covered",
    "agreement.general_terms": "covered",
    "budget.startup_cost": "covered",
    "budget.scope": "covered",
    "budget.extra_costs": "covered",
    "budget.recurring_cost": "covered",
    "budget.rates": "covered",
    "budget.payment_terms": "covered",
    "risk.unsigned": "not",
    "risk.open_ended_cost": "not",
}

DEV_DOCUMENTS = {
    "prijsofferte_hardware": (PRIJSOFFERTE_HARDWARE, PRIJSOFFERTE_HARDWARE_LABELS),
    "proposition_site_web": (PROPOSITION_SITE_WEB, PROPOSITION_SITE_WEB_LABELS),
    "opdrachtbevestiging_migratie": (
        OPDRACHTBEVESTIGING_MIGRATIE,
        OPDRACHTBEVESTIGING_MIGRATIE_LABELS,
    ),
    "order_form_saas": (ORDER_FORM_SAAS, ORDER_FORM_SAAS_LABELS),
}
