"""Held-out batch 18, English documents: a support and maintenance agreement by a Dutch kiosk
supplier for the berth-booking kiosks of a Belgian marina; an order form of a Dutch SaaS provider
for a Belgian construction firm's equipment-tracking platform (GPS trackers plus subscription);
a short, informal e-mail quote from an Antwerp freelance developer for a yoga studio's booking
app, accepted by replying to the e-mail; and a statement of work by a Brussels data consultancy
for a Belgian NGO's donor-database migration to Salesforce.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty; response time of the highest priority
in hours, working hours counted as hours, 15 minutes = 0.25; a quote accepted by e-mail or an
empty client signature line raises risk.unsigned).
"""

from .unseen_documents import UnseenDocument

EN_B18_MARINA_KIOSK_SUPPORT_AGREEMENT = UnseenDocument(
    name="en_b18_marina_kiosk_support_agreement",
    text="""KADEKIOSK SYSTEMS B.V.
Havenweg 14, 4381 BX Vlissingen, the Netherlands - KvK 71934502 - VAT NL859120447B01

SUPPORT AND MAINTENANCE AGREEMENT - BERTH-BOOKING KIOSKS
Agreement no. KK-SMA-2027-017

Between:
1. KadeKiosk Systems B.V., represented by Mr Joost Verhulst, director ("KadeKiosk"); and
2. Marina Oostkust VZW, Watersportlaan 3, 8620 Nieuwpoort, Belgium, enterprise no. BE 0418.227.903,
   represented by Ms Hilde Vandamme, harbour master and managing director ("the Marina").

Article 1 - Subject
1.1 In 2024 KadeKiosk delivered and installed four outdoor self-service kiosks (type KK-Pier 2,
    serial numbers P2-1187 to P2-1190) at the Marina, on which visiting yachtsmen book a berth,
    pay harbour dues and print their access badge for the sanitary blocks. The kiosks run
    KadeKiosk's BerthDesk software, linked to the Marina's harbour-management system.
1.2 This Agreement sets out the support and maintenance KadeKiosk provides for these kiosks and
    the BerthDesk software from 1 March 2027.
1.3 KadeKiosk's General Terms and Conditions (FENIT version 2020, filed with the Chamber of
    Commerce) apply where this Agreement is silent. In case of conflict, this Agreement prevails
    over the General Terms and Conditions.

Article 2 - Services included
2.1 Remote monitoring of the four kiosks (connection, printer, card reader, temperature inside
    the housing) and remote diagnosis of every incident.
2.2 Repair on site, including replacement parts, except in the cases of Article 2.5.
2.3 One preventive maintenance visit per year, to take place before 15 March: cleaning and
    sealing check of the housing, test of touchscreen, printer and payment module, replacement of
    worn parts.
2.4 Updates of the BerthDesk software and of the operating system of the kiosks, including
    security patches. Updates are installed remotely between 23:00 and 06:00. Security patches
    rated critical by the vendor are installed within 5 business days of release.
2.5 Not included: damage caused by vandalism, collision, flooding or lightning; consumables
    (paper rolls, badges, ink ribbons); the payment terminal, which remains the property of and is
    maintained by the Marina's payment provider; the Marina's own network and harbour-management
    system.

Article 3 - Support hours and service levels
3.1 The service desk can be reached at +31 118 745 200 and via service@kadekiosk.nl:
    - in the sailing season (1 April to 31 October): every day, 08:00-20:00;
    - outside the season: business days, 09:00-17:00.
3.2 Response and resolution times, counted within the support hours:
      Priority                                       Response    Resolution
      P1 - two or more kiosks out of service          1 hour      8 hours
      P2 - one kiosk out of service, or payment fails  2 hours     next day
      P3 - partial defect, question                   1 business day   5 business days
    Resolution means that the kiosk works again, if necessary with a temporary workaround.
3.3 During the season KadeKiosk guarantees an availability of 99,0 % per kiosk per calendar
    month, measured by its monitoring platform. Downtime caused by the Marina's network, power
    failures at the pier or the exclusions of Article 2.5 does not count.
3.4 If the availability of a kiosk falls below 99,0 % in a month, the Marina receives a credit of
    3 % of the monthly share of the annual fee for each started 0,5 % below that level, up to
    15 %. Credits are deducted from the next invoice.

Article 4 - Account management and reporting
4.1 KadeKiosk appoints Mr Sander de Wit (s.dewit@kadekiosk.nl, +31 118 745 214) as account
    manager for the Marina. KadeKiosk keeps a site file with the kiosk configuration, network
    settings, the interface with the harbour-management system and the Marina's contact persons.
4.2 In the season KadeKiosk sends a monthly report by the 5th of the following month: availability
    per kiosk, incidents with response and resolution times, interventions on site and updates
    installed.
4.3 Every year in February the account manager and the harbour master hold a pre-season meeting
    to review the past season and plan the maintenance visit. Escalation: service desk, account
    manager, then the director of KadeKiosk.

Article 5 - Obligations of the Marina
5.1 The Marina ensures that the kiosks have power and a working network connection, keeps the
    screens clean, refills consumables and reports incidents through the service desk without
    delay. It gives KadeKiosk's technicians access to the pier at the agreed time.

Article 6 - Fees
6.1 One-off onboarding fee (inventory, site file, connection to monitoring): EUR 650,00.
6.2 Annual support fee for four kiosks: EUR 7.440,00 excluding VAT, invoiced annually in advance
    on 1 March.
6.3 Work outside the services of Article 2 is charged at EUR 95,00 per hour plus travel at EUR
    0,45 per km, and is carried out only after the Marina has approved KadeKiosk's written quote.
6.4 The annual fee is indexed every 1 March according to the CBS index of collective labour
    agreement wages (CAO-lonen), with the index of December of the previous year as reference.
6.5 Invoices are payable within 30 days of the invoice date.

Article 7 - Term and termination
7.1 This Agreement is entered into for 24 months from 1 March 2027. It is then tacitly renewed
    for periods of 12 months, unless one party terminates it by registered letter at least two
    months before the end of the current period.
7.2 Either party may terminate the Agreement with immediate effect if the other party, after a
    written notice of default, fails to remedy a material breach within 30 days, or is declared
    bankrupt.

Article 8 - Data
8.1 The booking and payment data on the kiosks are the property of the Marina. KadeKiosk processes
    personal data of berth holders and visitors (name, boat name, e-mail, licence plate) only as
    processor for the Marina, under the data processing agreement in Annex 2, and only on servers
    in the European Union.
8.2 Within 30 days after the end of the Agreement KadeKiosk provides the Marina with an export of
    all booking data in CSV format and then deletes its copies.

Article 9 - Intellectual property and confidentiality
9.1 BerthDesk remains the intellectual property of KadeKiosk. The Marina has a non-exclusive
    right to use it on the four kiosks for the duration of this Agreement.
9.2 Both parties keep confidential all information of the other party that they obtain in the
    performance of this Agreement, during the Agreement and for three years after its end.

Article 10 - Liability
10.1 KadeKiosk's total liability under this Agreement is limited to 150 % of the annual support
     fee. KadeKiosk is not liable for indirect damage, such as loss of harbour dues, except in
     case of intent or gross negligence.

Article 11 - Disputes and applicable law
11.1 Parties will first try to settle any dispute in a meeting between the harbour master and the
     director of KadeKiosk within 15 days of a written request.
11.2 This Agreement is governed by Belgian law. Disputes that are not settled amicably are brought
     before the courts of Bruges.

Annexes: 1. Kiosk configuration and site plan; 2. Data processing agreement.

Signed in duplicate in Nieuwpoort on 18 December 2026.

For KadeKiosk Systems B.V.                    For Marina Oostkust VZW
Joost Verhulst, director                      Hilde Vandamme, managing director
(signature)                                   (signature)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.user_support": "missing",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.0,
    },
)


EN_B18_EQUIPMENT_TRACKING_SAAS_ORDER_FORM = UnseenDocument(
    name="en_b18_equipment_tracking_saas_order_form",
    text="""ASSETRIX B.V. - ORDER FORM
Assetrix B.V., Kastanjelaan 400, 5616 LZ Eindhoven, the Netherlands, KvK 80412277
Order Form no. OF-2026-0912                                  Date: 3 December 2026

CUSTOMER
Bouwgroep Vercauteren NV, Industrielaan 27, 9320 Erembodegem (Aalst), Belgium
VAT BE 0436.118.540
Contact: Mr Pieter Vercauteren, COO - pieter.vercauteren@vercauteren-bouw.be
Invoicing: facturen@vercauteren-bouw.be - PO number required: yes

SUBSCRIPTION
Assetrix Track - equipment and tool tracking platform (web and mobile app), Professional plan.

  Item                                                   Qty    Unit price      Total
  Assetrix Tag GPS tracker (battery, IP67), one-off       120    EUR 59,00       EUR 7.080,00
  Onboarding package (one-off)                              1    EUR 1.500,00    EUR 1.500,00
  Tracker connectivity and platform fee, per tag/month    120    EUR 6,50        EUR 780,00/month
  Platform licence, up to 25 named users, per month         1    EUR 390,00      EUR 390,00/month
  Total Year 1 (excl. VAT)                                                       EUR 22.620,00

Pricing as set out in Assetrix quote Q-2026-3381 of 20 November 2026, which forms part of this
Order Form. All prices exclude VAT.

Included: hosting of the platform, mobile apps for iOS and Android, the SIM connectivity of the
tags in the EU, geofencing alerts, maintenance-due reminders, standard reports, new features and
platform updates as released. Not included: mounting of the tags on machines (done by the
Customer with the supplied brackets), replacement of tags that are lost, stolen or damaged by the
Customer, custom integrations.

SUBSCRIPTION TERM
Start date: 1 January 2027. Initial term: 36 months. The subscription renews automatically for
successive periods of 12 months unless either party gives written notice of non-renewal at least
90 days before the end of the then-current term.

FEES AND PAYMENT
One-off items are invoiced on shipment of the tags. Recurring fees are invoiced annually in
advance. Payment term: 30 days from invoice date. Assetrix may adjust the recurring fees with
effect from any renewal by giving the Customer at least 60 days' written notice.
Custom integrations (e.g. with the Customer's ERP) are only carried out on the basis of a separate
written quote signed by the Customer, at EUR 125,00 per hour.

ONBOARDING
- Tags are shipped within 10 business days after signature of this Order Form and activated by
  Assetrix before shipment.
- The Customer sends its asset list (machines, tools, serial numbers, sites) in the Assetrix Excel
  template; Assetrix imports it into the platform and links each tag to its asset.
- Two live online training sessions of 90 minutes (one for administrators, one for site managers)
  and access to the Assetrix Academy video library for all users.
- Your Customer Success Manager is Ms Eline Jacobs (eline.jacobs@assetrix.com). She is your single
  point of contact during onboarding and holds a quarterly business review with the Customer.

SERVICE LEVELS
Availability of the platform: 99,5 % per calendar month, excluding announced maintenance (at most
4 hours per month, outside 07:00-19:00 CET). If availability falls below 99,5 %, the Customer is
entitled to a service credit of 5 % of that month's recurring fees per full 0,5 % below target,
up to 25 %, on request within 30 days.
Support: by e-mail (support@assetrix.com) and in-app chat, business days 08:30-17:30 CET.
  Severity 1 (platform unavailable for all users): response within 2 business hours.
  Severity 2 (a major function unavailable): response within 4 business hours.
  Severity 3 (other): response within 2 business days.

HARDWARE WARRANTY
Assetrix Tags carry a 24-month warranty against manufacturing defects and battery failure from
the date of shipment. Defective tags are replaced free of charge within 5 business days after
the Customer returns them.

DATA
The Customer owns the data it enters and the location data of its assets. Where tags are mounted
on vehicles driven by employees, Assetrix processes personal data as processor under the Data
Processing Agreement in Annex B (EU hosting in Frankfurt; sub-processors listed there). Tracking
can be switched off per tag outside working hours. For 30 days after the end of the subscription
the Customer can export all its data in CSV and via the API; after that period Assetrix deletes
it.

TERMS
This Order Form is governed by the Assetrix Master Subscription Terms (version 4.2,
assetrix.com/legal/mst), which are attached. In case of conflict between this Order Form and the
Master Subscription Terms, the Master Subscription Terms prevail.
The platform and the tag firmware remain the property of Assetrix; the Customer receives a
non-exclusive, non-transferable right to use the platform during the subscription term.
Each party keeps confidential the other party's non-public information.
Either party may terminate for material breach not remedied within 30 days of written notice.
Assetrix's aggregate liability is limited to the fees paid by the Customer in the three (3)
months preceding the event giving rise to the claim. Assetrix is in no event liable for loss of
data, or for loss or theft of equipment on which tags are mounted.
This Order Form is governed by the laws of the Netherlands; disputes are submitted exclusively to
the competent court of Oost-Brabant ('s-Hertogenbosch).

SIGNATURES
Assetrix B.V.                                   Bouwgroep Vercauteren NV
Name: Mark van den Heuvel, CFO                  Name: Pieter Vercauteren, COO
Date: 3 December 2026                           Date: 4 December 2026
Signature: (signed)                             Signature: (signed)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "reporting.progress": "missing",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "covered",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
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
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 720,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)


EN_B18_YOGA_BOOKING_APP_EMAIL_QUOTE = UnseenDocument(
    name="en_b18_yoga_booking_app_email_quote",
    text="""From: Jonas Peeters <jonas@peetersapps.be>
To: Sophie Lambrecht <hello@studiolotus.be>
Date: Thu, 3 Dec 2026 21:14
Subject: Your booking app - quote

Hi Sophie,

Thanks again for the coffee on Tuesday and for showing me around the studio! As promised, here is
what I can do for Studio Lotus and what it would cost.

What you get
- Your own app in the App Store and Google Play (with your logo, colours and photos), built on my
  booking platform, which already runs for a few studios and a climbing gym.
- Members can see the schedule, book or cancel a class, join the waiting list, and buy class
  cards and monthly memberships (payments via Mollie, so money goes straight to your account).
- A simple web dashboard for you and your teachers: schedule, attendance, members, sales.
- Push notifications when a class is cancelled or a place frees up on the waiting list.
Not included: the website itself (I'll only put a "book now" button on it), the Mollie transaction
costs, and the Apple developer account (EUR 99 a year, in your name).

Price (excl. VAT)
- Set-up and publishing your app: EUR 1.250,00 one-off. I invoice 50% when you say go and 50%
  when the app is live.
- Monthly fee for the platform, hosting and updates: EUR 89,00, invoiced at the start of each
  month. If Apple, Google or my hosting provider raise their prices I may have to adjust this, but
  I'll always let you know a month beforehand.
- Anything extra (e.g. a workshop-booking module or a link with your accounting software) is at
  EUR 75,00 an hour. I'll always send you an estimate first and only start once you've said yes.
All invoices are payable within 14 days.

Planning
If you say yes before the Christmas break, I'd aim to have the app live around the end of
January. To get there I need from you by 8 January: your logo files, 10 or so good photos, the
class schedule, your prices and memberships, and access to your Apple developer account. I'll
also import your current member list (the Excel export from your old booking tool) so nobody has
to register again. Before we publish, you and your teachers get a test version to play with for a
week, and I fix whatever you find before it goes into the stores. I'll also do a one-hour
session with your teachers on the dashboard.

After launch
If something in the app doesn't work as it should in the first three months after launch, I fix
it for free, of course. For questions or problems you can mail me (or WhatsApp for real
emergencies - 0478 22 61 90); I'll do my best to answer within a working day, but I'm a
one-man business, so I can't promise more than that. The platform runs on Google Cloud and has
been very reliable so far, but I can't guarantee 100% uptime. Updates for new iOS and Android
versions are included in the monthly fee.

The small print
There's no minimum term: the monthly fee runs month by month and you can stop with one month's
notice by e-mail. The app code and the platform stay mine - you get to use them as long as you're
subscribed - but your logo, photos and member data are of course yours. If you ever leave, I'll
send you a full export of your members and bookings in Excel.

If this sounds good, just reply "go" to this mail and I'll send the first invoice and get started.

Cheers,
Jonas

Jonas Peeters - Peeters Apps
Sint-Bernardsesteenweg 112, 2020 Antwerpen - BE 0781.402.669
""",
    items={
        "agreement.general_terms": "missing",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "reporting.progress": "missing",
        "reporting.governance": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "notice_period_days": 30,
        "payment_term_days": 14,
        "warranty_days": 90,
    },
)


EN_B18_NGO_DONOR_MIGRATION_SOW = UnseenDocument(
    name="en_b18_ngo_donor_migration_sow",
    text="""STATEMENT OF WORK
Donor database migration to Salesforce Nonprofit Cloud
Reference: CWD-SOW-2026-044 - version 1.1 - 2 December 2026

Supplier: Clearwater Data SRL, Avenue Louise 331, 1050 Brussels, BE 0752.914.306 ("Clearwater")
Client:   Hands for Health VZW, Vooruitgangstraat 56, 1030 Schaerbeek, BE 0445.870.219 ("HfH")

1. Purpose and documents
1.1 HfH keeps the records of about 64.000 donors, 410.000 gifts, 9.500 standing orders and the
    tax-certificate history (fiscal attests, art. 145/33 WIB) in a Microsoft Access application
    built in 2011, completed by exports from its online donation form provider. HfH has licensed
    Salesforce Nonprofit Cloud and asks Clearwater to migrate all this data and to set up the
    donor management processes in Salesforce.
1.2 Clearwater's proposal CWD-P-2611 of 14 November 2026 is attached as Annex A. If this SOW and
    the proposal differ, this SOW prevails. No general terms and conditions of either party apply;
    this SOW with its annexes is the entire agreement between the parties on this project.

2. Scope
2.1 In scope: analysis of the legacy data; data model and field mapping; cleansing and
    deduplication rules (agreed with HfH); migration scripts; one trial migration and one final
    migration; configuration of gift entry, standing orders (SEPA mandates), campaigns and the
    annual tax-certificate run; two train-the-trainer sessions; 60 days of hypercare.
2.2 Out of scope: the Salesforce licences (contracted by HfH directly with Salesforce), the
    connection with the bank for SEPA files beyond the standard CODA import, the e-mail marketing
    tool, and migrating documents or scanned letters.

3. Planning
      Phase                                   Dates
      1. Analysis and mapping                 11/01/2027 - 29/01/2027
      2. Build of scripts and configuration    01/02/2027 - 05/03/2027
      3. Trial migration and reconciliation    08/03/2027 - 19/03/2027
      4. Acceptance tests by HfH               22/03/2027 - 02/04/2027
      5. Final migration and go-live           weekend of 17-18/04/2027
      6. Hypercare                             19/04/2027 - 17/06/2027
3.1 HfH delivers a full copy of the Access database and the donation-form exports by 8 January
    2027, appoints Ms Nadia El Amrani (database manager) as data owner, who decides on mapping and
    cleansing questions within three business days, and makes two staff members available for
    the acceptance tests in phase 4.
3.2 If HfH's input is late, the following dates move by the same number of business days and
    the steering committee agrees a new planning; Clearwater does not charge idle days. If
    Clearwater misses the go-live date for reasons of its own, the additional days it needs to
    recover are not invoiced.

4. Team
4.1 Clearwater assigns: Mr Thomas Dubois, project lead and Salesforce architect (12 years of
    experience, Salesforce Certified Nonprofit Cloud Consultant), and Ms Lien Martens, data
    engineer (4 years of experience with data migrations). Mr Dubois is HfH's single point of
    contact.
4.2 Clearwater will not replace either of them without HfH's prior written consent, except in
    case of illness or departure. A replacement has at least the same experience, is proposed
    with 10 business days' notice where possible, and is briefed by Clearwater at its own cost;
    the hand-over days are not invoiced.

5. Quality, acceptance and hypercare
5.1 All migration scripts are reviewed by a second Clearwater consultant before the trial
    migration. After each migration Clearwater delivers a reconciliation report comparing record
    counts and totals (number of donors, gifts and total amount per year) between the Access
    database and Salesforce.
5.2 Acceptance: in phase 4 HfH tests the migrated data and the processes against the test
    scenarios in Annex B. The final migration takes place only when all scenarios pass and the
    reconciliation report shows no unexplained difference. HfH confirms acceptance in writing; if
    it does not react within five business days after the final reconciliation report, the
    migration is deemed accepted.
5.3 Hypercare: for 60 days after go-live Clearwater corrects free of charge any data error caused
    by the migration or any defect in its configuration. Blocking issues are picked up within
    4 business hours during hypercare.
5.4 Knowledge transfer: Clearwater delivers the field mapping, the cleansing rules, a runbook of
    the migration and admin documentation of the configuration, and gives the two train-the-
    trainer sessions (half a day each) to HfH's key users in the week before go-live.

6. Follow-up
6.1 Clearwater sends a short status report every Friday: work done, days used against the
    estimate, open questions and risks.
6.2 A steering committee (HfH: the director of fundraising and Ms El Amrani; Clearwater: Mr
    Dubois and its managing partner) meets every two weeks, online. Escalation: project leads,
    then the steering committee.

7. Fees
7.1 The work is performed on a time-and-materials basis at the following daily rates, fixed for
    the duration of this SOW (excl. VAT): project lead / architect EUR 950,00; data engineer
    EUR 720,00.
7.2 Estimate: 22 days project lead and 24 days data engineer, EUR 38.180,00 in total. Clearwater
    will not exceed EUR 38.180,00 without a change request approved in writing by HfH.
7.3 Any change in scope is described by Clearwater in a change request with its impact on days,
    cost and planning, and is carried out only after HfH's written approval.
7.4 Clearwater invoices monthly on the days actually worked, with a timesheet. Invoices are
    payable within 30 days of receipt.

8. Data protection and confidentiality
8.1 The donor data contains personal data, including data on donations that may reveal
    convictions or health. Clearwater processes it only as processor for HfH, under the data
    processing agreement in Annex C, on HfH's Salesforce environment and on an encrypted
    migration server in the EU. Clearwater does not copy donor data to laptops.
8.2 At the end of the project Clearwater returns to HfH all extracts and working files and
    deletes its own copies within 30 days, and confirms the deletion in writing.
8.3 Both parties keep confidential all information they receive from the other party, during
    this SOW and for five years after its end.

9. Intellectual property
Once paid, the migration scripts, the mapping and the documentation delivered belong to HfH,
which may use and change them freely.

10. End of the SOW
10.1 This SOW ends when the hypercare period is completed.
10.2 HfH may terminate this SOW at any time with 15 days' written notice; it then pays only the
     days worked until the end of the notice period.

11. Liability
Clearwater's total liability under this SOW is limited to the total amount invoiced under it,
except in case of fraud or wilful misconduct.

12. Law and disputes
If a dispute cannot be solved by the steering committee, the parties first try mediation with
a mediator accredited by the Federal Mediation Commission. If mediation fails within 60 days,
the courts of Brussels have jurisdiction. Belgian law applies.

Signed in Brussels on 9 December 2026, in two originals.

For Clearwater Data SRL                          For Hands for Health VZW
Camille Renard, managing partner                 Koen Willems, general director
(signature)                                      (signature)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "missing",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "payment_term_days": 30,
        "warranty_days": 60,
    },
)


EN_DOCUMENTS = [
    EN_B18_MARINA_KIOSK_SUPPORT_AGREEMENT,
    EN_B18_EQUIPMENT_TRACKING_SAAS_ORDER_FORM,
    EN_B18_YOGA_BOOKING_APP_EMAIL_QUOTE,
    EN_B18_NGO_DONOR_MIGRATION_SOW,
]
