"""Development documents for every item, in the short informal documents of small suppliers.

Four documents written for this module, in kinds not used before:
- a Flemish e-mail offer of a one-man IT company to a bakery: a new PC, a printer and Wi-Fi,
  with a yearly check-up (jij-form, a price list with "excl.", conditions in a few lines);
- a Flemish offer of a small web developer for an online booking module for a physiotherapy
  practice (u-form, phases in weeks, a short list of conditions at the bottom);
- a Walloon one-page agreement for the IT support of an accountancy office with a yearly
  'forfait' of hours (vous / nous, HTVA, "lu-ve", key-value lines);
- an English quote of a Brussels freelance developer for a data-export script and a monthly
  retainer ("we" / "you", a price list, "excl. VAT", "Mon-Fri").

They are DEVELOPMENT fixtures, not held out: rules may be generalised to fit the way such
documents are written, never to their literal wording. Items hold only clear readings against
/work/shared/spec/checklist.md ("partial" per detectors/partial.py); an item not listed is not
labelled. Risks are True when raised.

The labels were written before the analyser was run on these texts.
"""

from .unseen_documents import UnseenDocument

BAKKERIJ_MAIL_VL = """\
Van: Pieter Vermeulen <pieter@pvict.be>
Aan: Bakkerij De Gouden Korst <info@goudenkorst.be>
Onderwerp: Offerte nieuwe pc, printer en wifi - Bakkerij De Gouden Korst

Dag Els en Koen,

Bedankt voor het fijne gesprek vorige dinsdag in de winkel. Zoals beloofd stuur ik jullie
hierbij mijn prijsvoorstel voor de nieuwe kassa-pc achteraan, de printer en het wifi-netwerk.

Wat ik voorzie:
- 1x HP ProDesk 400 G9 mini pc, i5, 16 GB, 512 GB SSD, Windows 11 Pro: 849,00 EUR excl.
- 1x Brother MFC-L3760CDW kleurenlaserprinter (scannen naar mail): 429,00 EUR excl.
- 2x Ubiquiti U6 Lite access point + PoE-switch 8p: 398,00 EUR excl.
- Installatie ter plaatse, overzetten van jullie bestanden en mails van de oude pc,
  instellen printer en wifi (gescheiden gastennetwerk voor de klanten): 6 u. x 65 EUR = 390,00 EUR
Totaal eenmalig: 2.066,00 EUR excl. btw (2.499,86 EUR incl. 21% btw)

Jaarlijkse check-up: 1x per jaar kom ik langs (ca. 2 u.) voor updates, controle back-up,
opkuis en een korte controle van het netwerk. Prijs: 180 EUR excl. per jaar, gefactureerd in
januari. Niet inbegrepen: reparaties aan de kassa zelf (dat blijft bij jullie kassaleverancier)
en hardware die stukgaat buiten garantie.

Planning: ik kan de toestellen bestellen zodra ik jullie akkoord heb, levertijd is ongeveer
1 week. De installatie doe ik op een maandag (jullie sluitingsdag), zodat de winkel er geen last
van heeft. Zorg wel dat jullie wachtwoord van de mailbox en de gegevens van Telenet tegen dan
klaarliggen.

Problemen? Bel of sms me gewoon op 0476 12 34 56 (ma-vr 8u-18u). Ik probeer altijd binnen de
werkdag terug te bellen, maar ik beloof niks als ik bij een andere klant zit.
Ander werk buiten de check-up reken ik aan 65 EUR/u excl., verplaatsing inbegrepen binnen
15 km.

Garantie: 2 jaar fabrieksgarantie op de pc en de printer. Als er na de installatie iets niet
goed werkt door mijn instellingen, kom ik dat de eerste maand gratis rechtzetten.

Voorwaarden:
- Facturatie na installatie, betalen binnen 14 dagen.
- Prijzen geldig tot eind januari 2027.
- Mijn algemene voorwaarden vind je op www.pvict.be/voorwaarden.

Als het voor jullie goed is, stuur me gewoon een mailtje terug met "akkoord" en ik bestel alles.

Groetjes,
Pieter

Pieter Vermeulen - PV ICT
Kerkstraat 12, 9160 Lokeren
BTW BE 0789.456.123
"""

KINE_BOEKING_VL = """\
OFFERTE 2026-041
Online boekingsmodule voor Kinepraktijk Zuidpark

Klant: Kinepraktijk Zuidpark, t.a.v. mevrouw An De Smet, Zuidparklaan 8, 9000 Gent
Leverancier: Webatelier Lien Claes (eenmanszaak), Dorpsstraat 3, 9820 Merelbeke
Datum: 24 november 2026

1. Wat u krijgt
Een boekingsmodule op uw bestaande WordPress-website waarmee patiënten zelf een afspraak
kunnen maken bij een van de vier kinesisten: keuze van therapeut en soort behandeling,
agenda per therapeut, bevestiging en herinnering per mail (24 u. vooraf), annuleren via een
link tot 24 u. op voorhand. Uw medewerkers beheren de agenda's via een eenvoudig dashboard.
Niet inbegrepen: koppeling met uw patiëntendossier (dat kan later, apart te offreren),
sms-herinneringen, online betalen.

2. Prijs
Analyse en ontwerp: 650 EUR
Ontwikkeling en testen van de module: 2.400 EUR
Overzetten van de bestaande afspraken uit uw huidige agenda (Excel-export): 250 EUR
Opleiding van uw onthaal (1 sessie van 2 u. bij u in de praktijk): 180 EUR
Totaal: 3.480 EUR excl. btw
Hosting en onderhoud van de module: 35 EUR per maand excl. btw (updates WordPress en plugins,
back-up, kleine aanpassingen tot 30 min. per maand).
Bijkomende wensen tijdens het project: alleen na uw schriftelijk akkoord op mijn prijsopgave,
aan 70 EUR/u.

3. Timing
Week 1: gesprek en ontwerp ter goedkeuring
Week 2 tot 4: bouw van de module
Week 5: testweek samen met uw onthaal
Week 6: livegang
U bezorgt ons binnen de eerste week de lijst van therapeuten, behandelingen, tarieven en
openingsuren. Vertraging aan uw kant schuift de planning mee op.

4. Testen en oplevering
In week 5 test u de module op een testversie. U meldt wat niet werkt; ik pas dat aan en daarna
geeft u per mail uw goedkeuring voor de livegang. Na de livegang los ik fouten in de module
3 maanden lang gratis op.

5. Ondersteuning
Vragen of problemen: mail naar hallo@webatelierlien.be, ik antwoord binnen 1 werkdag
(ma-vr). Is de boekingsmodule volledig onbereikbaar, bel dan 0494 55 66 77; ik bekijk het
dezelfde werkdag nog.

6. Voorwaarden
- Facturatie: 40% bij akkoord, 60% bij livegang. Betaling binnen 30 dagen na factuurdatum.
- Het onderhoud loopt per maand en is maandelijks opzegbaar.
- De code van de module is na volledige betaling van u; ik mag de module wel hergebruiken voor
  andere klanten.
- Patiëntgegevens: ik verwerk ze alleen in opdracht van u. Samen met dit voorstel krijgt u
  mijn verwerkersovereenkomst ter ondertekening.
- Mijn aansprakelijkheid is beperkt tot het bedrag van deze offerte.
- Belgisch recht is van toepassing; bij een geschil zijn de rechtbanken van Gent bevoegd.

Voor akkoord (handtekening en datum):

Voor Kinepraktijk Zuidpark                     Voor Webatelier Lien Claes
An De Smet                                      Lien Claes
"""

FORFAIT_FIDUCIAIRE_FR = """\
CONVENTION DE SUPPORT INFORMATIQUE - FORFAIT 2027

Entre : Fiduciaire Lambert & Fils SRL, rue des Tanneurs 22, 4000 Liège (ci-après "vous")
Et : Info-Meuse, Marc Dethier, informaticien indépendant, BCE 0654.321.987, Rue du Pont 5,
4020 Liège (ci-après "nous")

Objet : support informatique de vos 8 postes de travail, du serveur de fichiers, de
l'imprimante réseau et de la connexion internet du bureau.

Forfait annuel : 40 heures de prestations, 2.600 € HTVA (soit 65 €/h), facturé en début
d'année. Les heures non utilisées au 31/12 ne sont pas reportées. Au-delà du forfait : 75 €/h
HTVA, par quart d'heure entamé, après accord de votre part par mail.
Compris : dépannage à distance et sur place, mises à jour Windows et antivirus, gestion des
comptes utilisateurs, vérification mensuelle des sauvegardes. Non compris : achat de matériel,
licences logicielles, support du logiciel comptable (voir votre éditeur).

Disponibilité : lu-ve de 8h30 à 17h30, par téléphone au 04 222 33 44 ou par mail à
support@info-meuse.be. Nous réagissons dans les 4 heures ouvrables. Une intervention sur
place a lieu au plus tard le jour ouvrable suivant si le problème ne peut être réglé à
distance.

Nous tenons à jour une fiche de votre installation (matériel, licences, mots de passe
administrateur sous enveloppe scellée chez vous). Marc Dethier est votre interlocuteur
unique ; en cas d'absence de plus de 3 jours, il est remplacé par un confrère de confiance,
qui a accès à la fiche.

Chaque trimestre, vous recevez un relevé des heures prestées et des interventions.

Durée : du 1er janvier au 31 décembre 2027, renouvelable tacitement pour un an sauf résiliation
par lettre recommandée au moins 1 mois avant l'échéance.
À la fin de la convention, nous vous remettons la fiche de l'installation et tous les mots de
passe administrateur.

Confidentialité : nous gardons strictement confidentiels les dossiers de vos clients auxquels
nous aurions accès.
Notre responsabilité est limitée au montant du forfait annuel ; nous ne répondons pas de la
perte de données si vous refusez la sauvegarde externe proposée.
Droit belge. Tribunaux de Liège.

Fait à Liège, le 28 novembre 2026, en deux exemplaires.

Pour la Fiduciaire Lambert & Fils          Pour Info-Meuse
Jean Lambert, gérant                       Marc Dethier
"""

EXPORT_RETAINER_EN = """\
QUOTE Q-2026-17
Data export script + monthly retainer

From: Tom Peeters, freelance developer (Peeters Dev BV), Rue de la Loi 155, 1040 Brussels
To: Atelier Verde SRL, attn. Ms Nadia Haddad, operations manager
Date: 30 November 2026 - valid 30 days

Hi Nadia,

Thanks for walking me through your setup last week. Here is what I propose.

What you get
A Python script that exports every night your orders, customers and stock levels from your
webshop (WooCommerce) to your accounting package (Exact Online), with a log and an e-mail
alert when an export fails. It runs on your existing Azure VM. I also write a short manual
(how to run it by hand, how to read the log) and hand over the full source code in your
GitHub account.
Not included: changes to the webshop itself, cleaning up historic data, Exact licences.

Price
- Analysis and mapping of the fields: 1 day - EUR 600
- Script, tests and deployment on your VM: 4 days - EUR 2,400
- Fixed price, total: EUR 3,000 excl. VAT
- Monthly retainer (from go-live): EUR 250 excl. VAT per month, covers monitoring of the
  nightly run, fixes and small changes up to 3 hours a month. Extra hours at EUR 80/h, only
  after you OK my estimate.

Timeline
Start in week 2 of January 2027, go-live by the end of January at the latest. You give me
admin access to the webshop, the Exact API and the VM before I start.

Acceptance
We run the script for one week in parallel with your manual export; when the figures match
you sign off by e-mail. Bugs found in the first 60 days after sign-off are fixed free of charge.

Support (retainer)
Mon-Fri 9:00-17:00, by e-mail or Slack. If the nightly export fails, I look at it within 4
business hours.

Small print
- 50% on order, 50% at sign-off; retainer invoiced monthly in advance. Payment 30 days.
- Retainer: month to month, 1 month notice by e-mail from either side.
- The code is yours once paid (you get full ownership).
- I keep all your data confidential and only process personal data on your instructions
  (GDPR); I delete my copies at the end of the retainer.
- My liability is limited to the fees paid under this quote.

To accept, just reply "OK" to this e-mail.

Cheers,
Tom
"""

COVERED, PARTIAL, MISSING = "covered", "partial", "missing"

DOCUMENTS = [
    UnseenDocument(
        name="bakkerij_mail_vl",
        text=BAKKERIJ_MAIL_VL,
        items={
            "agreement.signed_both": MISSING,
            "agreement.general_terms": PARTIAL,
            "budget.project_cost": COVERED,
            "budget.startup_cost": COVERED,
            "budget.scope": COVERED,
            "budget.recurring_cost": COVERED,
            "budget.rates": COVERED,
            "budget.payment_terms": COVERED,
            "timing.planning": COVERED,
            "timing.client_obligations": COVERED,
            "timing.delay": MISSING,
            "team.named_team": COVERED,
            "team.seniority": MISSING,
            "reporting.progress": MISSING,
            "rollout.deployment": COVERED,
            "rollout.data_migration": COVERED,
            "rollout.acceptance": MISSING,
            "rollout.warranty": COVERED,
            "maintenance.services": COVERED,
            "maintenance.support_hours": COVERED,
            "maintenance.response_time": PARTIAL,
            "maintenance.resolution_time": MISSING,
            "maintenance.availability": MISSING,
            "maintenance.service_credits": MISSING,
            "maintenance.updates": COVERED,
            "exit.duration_renewal": MISSING,
            "exit.termination": MISSING,
            "exit.escrow": MISSING,
            "legal.liability": MISSING,
            "legal.confidentiality": MISSING,
            "legal.governing_law": MISSING,
        },
        risks={
            "risk.unsigned": True,
            "risk.auto_renewal": False,
            "risk.best_efforts_only": True,
        },
    ),
    UnseenDocument(
        name="kine_boeking_vl",
        text=KINE_BOEKING_VL,
        items={
            "agreement.signed_both": COVERED,
            "agreement.general_terms": MISSING,
            "budget.project_cost": COVERED,
            "budget.scope": COVERED,
            "budget.extra_costs": COVERED,
            "budget.recurring_cost": COVERED,
            "budget.rates": COVERED,
            "budget.payment_terms": COVERED,
            "timing.planning": COVERED,
            "timing.client_obligations": COVERED,
            "timing.delay": COVERED,
            "team.named_team": COVERED,
            "team.replacement": MISSING,
            "reporting.progress": MISSING,
            "rollout.deployment": COVERED,
            "rollout.data_migration": COVERED,
            "rollout.acceptance": COVERED,
            "rollout.warranty": COVERED,
            "rollout.user_support": COVERED,
            "maintenance.services": COVERED,
            "maintenance.support_hours": COVERED,
            "maintenance.response_time": COVERED,
            "maintenance.availability": MISSING,
            "maintenance.service_credits": MISSING,
            "maintenance.updates": COVERED,
            "exit.duration_renewal": COVERED,
            "exit.termination": COVERED,
            "exit.escrow": MISSING,
            "legal.liability": COVERED,
            "legal.ip": COVERED,
            "legal.confidentiality": MISSING,
            "legal.data_protection": COVERED,
            "legal.governing_law": COVERED,
            "legal.dispute_resolution": MISSING,
        },
        risks={
            "risk.unsigned": False,
            "risk.auto_renewal": False,
            "risk.open_ended_cost": False,
        },
    ),
    UnseenDocument(
        name="forfait_fiduciaire_fr",
        text=FORFAIT_FIDUCIAIRE_FR,
        items={
            "agreement.signed_both": COVERED,
            "budget.scope": COVERED,
            "budget.extra_costs": COVERED,
            "budget.recurring_cost": COVERED,
            "budget.rates": COVERED,
            "team.named_team": COVERED,
            "team.replacement": COVERED,
            "reporting.progress": COVERED,
            "maintenance.services": COVERED,
            "maintenance.support_hours": COVERED,
            "maintenance.response_time": COVERED,
            "maintenance.availability": MISSING,
            "maintenance.service_credits": MISSING,
            "maintenance.customer_knowledge": COVERED,
            "maintenance.updates": COVERED,
            "exit.duration_renewal": COVERED,
            "exit.termination": COVERED,
            "exit.escrow": MISSING,
            "legal.liability": COVERED,
            "legal.ip": MISSING,
            "legal.confidentiality": COVERED,
            "legal.data_protection": MISSING,
            "legal.governing_law": COVERED,
            "legal.dispute_resolution": MISSING,
        },
        risks={
            "risk.unsigned": False,
            "risk.auto_renewal": False,
            "risk.liability_excluded": False,
        },
    ),
    UnseenDocument(
        name="export_retainer_en",
        text=EXPORT_RETAINER_EN,
        items={
            "agreement.signed_both": MISSING,
            "budget.project_cost": COVERED,
            "budget.scope": COVERED,
            "budget.extra_costs": COVERED,
            "budget.recurring_cost": COVERED,
            "budget.rates": COVERED,
            "budget.payment_terms": COVERED,
            "timing.planning": COVERED,
            "timing.client_obligations": COVERED,
            "team.named_team": COVERED,
            "team.knowledge_transfer": COVERED,
            "rollout.deployment": COVERED,
            "rollout.acceptance": COVERED,
            "rollout.warranty": COVERED,
            "maintenance.services": COVERED,
            "maintenance.support_hours": COVERED,
            "maintenance.response_time": COVERED,
            "maintenance.availability": MISSING,
            "maintenance.service_credits": MISSING,
            "exit.duration_renewal": COVERED,
            "exit.termination": COVERED,
            "exit.escrow": MISSING,
            "legal.liability": COVERED,
            "legal.ip": COVERED,
            "legal.confidentiality": COVERED,
            "legal.data_protection": COVERED,
            "legal.governing_law": MISSING,
        },
        risks={
            "risk.unsigned": True,
            "risk.auto_renewal": False,
            "risk.open_ended_cost": False,
        },
    ),
]
