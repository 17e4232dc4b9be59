"""Held-out batch 21, English documents: an e-mail quote from a Dutch freelance web developer for
a Belgian surf school's website with online lesson booking, accepted by a one-word reply; a formal
software maintenance and support agreement (with an upgrade, escrow and service levels) between a
Dutch software house and a Limburg sawmill for its production-tracking system; a proposal by a
Leuven IT firm for an architects' studio's new laptops and cloud back-up, with the supplier's
standard terms printed below it and an empty client signature block; and a signed rental
confirmation from a Rotterdam event-IT rental firm for the registration desk, speaker room and
session-room equipment of a medical congress in Antwerp.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's
rules or its tests; labels from reading each text against spec/checklist.md, only clear readings.
Never change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as
in the earlier batches: months = 30 days for notice and warranty; response time of the highest
priority in hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail
or an empty client signature line is a partial signature and raises risk.unsigned.
"""

from .unseen_documents import UnseenDocument

EN_B21_SURF_SCHOOL_BOOKING_SITE_EMAIL_QUOTE = UnseenDocument(
    name="en_b21_surf_school_booking_site_email_quote",
    text="""From:    Sam Hoogendoorn <sam@hoogendoorn.dev>
To:      Lotte Vermeire <lotte@northswellsurf.be>
Date:    Tue, 1 Dec 2026 21:14
Subject: Re: New website with online lesson booking - my quote

Hi Lotte,

Great to meet you and Kobe at the school last Saturday (and thanks for the coffee, the wind was
brutal). As promised, here is my quote for the new North Swell site. I've kept it in this mail so
you can simply reply "go" if it works for you.

WHAT YOU GET
- A new WordPress site in Dutch, French and English: home, lessons & prices, surf camps, rental,
  team, FAQ, contact. I design it from your logo and the photos you send me.
- Online booking for group lessons, private lessons and the summer camps: customers pick a date
  and slot, see the places left, choose a wetsuit size and pay online (Bancontact, cards) through
  your own Mollie account. Bookings land in a calendar that you and the instructors can see on
  your phones, with an e-mail confirmation and a reminder 24 hours before.
- A "bad weather" button: when you cancel a session, everyone booked on it gets an e-mail with a
  link to pick a new slot or ask for a voucher.
- Copying over the 320 voucher codes and the camp bookings for 2027 that are in your current
  Excel sheet, so nobody has to book twice.
- One session of about 1,5 hours at the school where I show you, Kobe and the instructors how to
  manage slots, bookings and vouchers. I also leave you a short how-to (PDF) for the instructors.

NOT INCLUDED
Texts in French and English (I'll put in what you give me; a translator can be arranged through a
friend of mine if you want), photo shoots, the Mollie transaction fees, your domain name (stays
with your current registrar) and anything to do with the shop in the beach bar.

PRICE (excl. 21 % VAT)
- Website and booking module, fixed price: EUR 3.900
- Booking plug-in licence (Amelia, yearly): EUR 149 per year, billed at cost
- Hosting, daily back-ups, updates and small fixes: EUR 29 per month
I invoice 40 % when you say go, and 60 % when the site is live. Invoices are due within 14 days.
If you want extra things along the way (a webshop for the surf ponchos, for instance), I'll first
tell you what it will cost at my rate of EUR 65 per hour and only start once you've said yes.

TIMING
I can start on 4 January. I need the logo files, your lesson and camp prices for 2027, the texts
and at least 15 photos by 15 January. Then you get a first version to click through by 29 January
and the site can go live by 12 February, well before the Easter camps open for booking. If the
material comes in later, the dates shift by the same number of days.
Before go-live we do a test run together: you book and cancel a few lessons with a real card, and
I only switch the old site off once you tell me everything works.

AFTERWARDS
For 60 days after go-live I fix any bug in what I've built for free. After that the hosting
package covers updates of WordPress and the plug-ins (done every two weeks) and small fixes of
up to 1 hour per month; bigger changes at EUR 65 per hour after your OK. You can reach me by
e-mail or WhatsApp on weekdays between 9:00 and 18:00; when the booking page is down in the
season I'll look at it the same day, weekends included.
The hosting runs per month and you can stop it with one month's notice by e-mail. If you do, I
send you a full copy of the site and the database, and an export of all bookings and vouchers
in Excel, so you can move to any other host.

THE BORING BITS
- The site, the design and the content are yours once the invoices are paid. The plug-ins stay
  under their own licences (the Amelia licence will be in your name).
- The booking data (names, e-mail addresses, phone numbers, ages of the kids on camp) is your
  data. I host it in the EU (Combell, Ghent) and only look at it when you ask me to fix
  something. I'll add a privacy page to the site; the text is for you to check.
- I'm insured for professional liability, but my liability for anything that goes wrong is
  limited to the price of this project.

Let me know!

Cheers,
Sam

Sam Hoogendoorn - freelance web developer
Breskensstraat 8, 4511 AB Breskens (NL) - KvK 79350281 - VAT NL003401872B58

----------------------------------------------------------------------

From:    Lotte Vermeire <lotte@northswellsurf.be>
To:      Sam Hoogendoorn <sam@hoogendoorn.dev>
Date:    Wed, 2 Dec 2026 08:03
Subject: Re: Re: New website with online lesson booking - my quote

Go! Kobe is collecting the photos this week. Send the first invoice to the same address as last
time.

Lotte
North Swell Surfschool - Zeedijk 212, 8420 De Haan
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "missing",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
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
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "payment_term_days": 14,
        "warranty_days": 60,
        "notice_period_days": 30,
    },
)

EN_B21_SAWMILL_PRODUCTION_TRACKING_MAINTENANCE = UnseenDocument(
    name="en_b21_sawmill_production_tracking_maintenance",
    text="""SOFTWARE MAINTENANCE AND SUPPORT AGREEMENT
TimberTrack production-tracking system - agreement no. HL-MA-2027-014

BETWEEN
Houtlijn Software B.V., Zutphenseweg 51, 7418 AH Deventer, the Netherlands, Chamber of Commerce
no. 08213377, represented by Mr Gert-Jan Nijhof, managing director ("Houtlijn"),

AND
Zagerij Vanderlinden NV, Industrieweg 14, 3960 Bree, Belgium, enterprise no. BE 0427.118.905,
represented by Mr Wim Vanderlinden, CEO, and Ms Katrien Geyskens, CFO ("the Customer").

WHEREAS the Customer has used TimberTrack since 2019 to track logs from intake (scanning,
measuring, grading) through the saw line, drying kilns and stacking to dispatch, and Houtlijn's
maintenance agreement of 2019 ends on 31 December 2026, the parties agree as follows.

Article 1 - Documents
1.1 This Agreement consists of this document, Annex 1 (installed modules, interfaces and
    servers), Annex 2 (data processing agreement) and Annex 3 (escrow agreement).
1.2 Houtlijn's offer HL-O-26-211 of 6 November 2026 is incorporated in Annex 1. In the event of a
    conflict, this document prevails over the Annexes and the Annexes prevail over the offer.
1.3 No general terms and conditions of either party apply, including the NLdigital Terms and the
    Customer's general purchasing conditions.

Article 2 - Maintenance services
2.1 Houtlijn maintains the TimberTrack modules listed in Annex 1 (Intake & Scaling, Saw Line,
    Kiln Control Interface, Stock & Dispatch, Management Reports) and the interfaces to the
    Customer's log scanner, the kiln PLCs and the Customer's ERP.
2.2 Maintenance includes: corrective maintenance (correction of errors); two functional releases
    per year (spring and autumn) and interim security patches; adaptation of the software to new
    versions of Windows Server and SQL Server within six months of their general availability;
    and telephone and remote support to the Customer's users.
2.3 Not included: hardware, the Windows and SQL Server licences, changes to the PLC programs of
    the kilns (supplied by the kiln builder), new modules and customer-specific extensions. These
    are quoted separately.

Article 3 - Upgrade to TimberTrack 8
3.1 Within this Agreement, Houtlijn upgrades the Customer to TimberTrack 8.0 at no extra
    licence cost. Installation takes place during the Customer's summer production stop, from
    2 to 6 August 2027: installation on the test server in week 29, conversion of the production
    database on 2 August, go-live on 6 August.
3.2 The Customer tests the new version on the test server for ten working days using the test
    scenarios in Annex 1 and reports its findings in writing. Houtlijn only installs version 8.0 in
    production once the Customer has approved the test in writing.
3.3 Houtlijn gives a half-day training on the new version to the shift leaders and the yard
    office on 5 August 2027 at the Bree site, free of charge, and delivers the updated user
    manual in English and Dutch.

Article 4 - Support desk and service levels
4.1 The support desk is available on business days from 6:30 to 17:00 (Belgian time) by
    telephone (+31 570 744 200) and through the ticket portal. For P1 incidents the on-call
    number is also staffed on Saturdays from 6:30 to 14:00, when the saw line runs a shift.
4.2 Priorities:
    P1 - the saw line, intake or dispatch cannot register production: response within 1 hour,
         workaround or fix within 6 hours of the response;
    P2 - a module is degraded but production can continue: response within 4 business hours,
         fix within 3 business days;
    P3 - other questions and minor errors: response within 2 business days, fix in the next
         release.
    Response means that a Houtlijn consultant has contacted the Customer and started diagnosis.
4.3 The Customer's account manager at Houtlijn is Ms Ilse Wolters. Houtlijn keeps the Annex 1
    documentation of the Customer's installation (servers, interfaces, customisations,
    contacts) up to date after every intervention.
4.4 Support is provided by Houtlijn's own consultants with at least three years' experience on
    TimberTrack; P1 incidents are escalated directly to a senior developer.

Article 5 - Obligations of the Customer
5.1 The Customer provides permanent VPN access for Houtlijn to the application and test servers,
    keeps the servers, operating systems and SQL Server licences up to date, and makes daily
    back-ups of the TimberTrack database.
5.2 The Customer designates a key user (currently Mr Bart Leenders, production manager) who
    reports incidents and is available to Houtlijn during the upgrade of Article 3.

Article 6 - Reporting and meetings
6.1 Houtlijn sends the Customer a quarterly report listing all tickets by priority, the response
    and fix times achieved, and the releases installed.
6.2 Once a year the account manager and the Customer's CFO and key user review the service and
    the release roadmap. Escalation: account manager, then Houtlijn's managing director.

Article 7 - Fees
7.1 The annual maintenance fee is EUR 11.400,00 excluding VAT, invoiced in January for the
    calendar year and payable within 30 days of the invoice date.
7.2 Work outside the maintenance (Article 2.3) is charged at EUR 98,00 per hour (travel time at
    half rate) and is only carried out after the Customer has accepted a written quote.
7.3 The fee and the hourly rate are adjusted on 1 January of each year by the change in the
    Dutch consumer price index (CBS CPI, all households) over the preceding twelve months.

Article 8 - Term and termination
8.1 This Agreement takes effect on 1 January 2027 for an initial term of three years. It is then
    tacitly renewed for successive periods of one year, unless terminated by either party by
    registered letter at least six months before the end of the current term.
8.2 Either party may terminate the Agreement with immediate effect if the other party fails to
    remedy a material breach within 30 days of a written notice, or is declared bankrupt.
8.3 If the Agreement ends for any reason other than the Customer's breach, Houtlijn continues to
    provide the maintenance services for up to six months at the then applicable fee pro rata,
    and gives up to five days of assistance to the Customer or its new supplier for the
    transition, at the hourly rate of Article 7.2.
8.4 All production data remains in the Customer's database and is the Customer's property. At the
    end of the Agreement Houtlijn delivers the current database model and an export of all
    tables in CSV format, free of charge.

Article 9 - Escrow
The source code of the TimberTrack modules in Annex 1 is deposited with an independent escrow
agent under the three-party escrow agreement in Annex 3. Houtlijn updates the deposit after each
release. The Customer may obtain the source code if Houtlijn is declared bankrupt or stops
maintaining TimberTrack.

Article 10 - Licence and intellectual property
The Customer's perpetual licence of 2019 for the modules in Annex 1 continues unchanged and
extends to all releases delivered under this Agreement. All intellectual property rights in
TimberTrack remain with Houtlijn.

Article 11 - Confidentiality and personal data
11.1 Each party keeps the other's confidential information, including production volumes,
     customer lists and prices, secret during the Agreement and for five years after its end.
11.2 In providing support, Houtlijn has access to the names and login data of the Customer's
     employees. It processes these only as processor under Annex 2, on the Customer's
     instructions and within the European Union.

Article 12 - Liability
12.1 Houtlijn's total liability per calendar year is limited to the maintenance fee invoiced for
     that year. This limit does not apply to wilful misconduct or gross negligence.
12.2 Houtlijn is not liable for indirect damage, including loss of production and lost profit.

Article 13 - Governing law and disputes
13.1 This Agreement is governed by Belgian law.
13.2 The parties first try to resolve any dispute through a meeting of their managing directors
     within 20 days of a written request. Failing settlement, the courts of Antwerp, division
     Hasselt, have exclusive jurisdiction.

Signed in duplicate at Bree on 15 December 2026.

For Houtlijn Software B.V.          For Zagerij Vanderlinden NV
(signature)                         (signature)                 (signature)
Gert-Jan Nijhof                     Wim Vanderlinden            Katrien Geyskens
Managing director                   CEO                         CFO
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "missing",
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
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "covered",
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
        "risk.auto_renewal": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
    },
)

EN_B21_ARCHITECT_LAPTOPS_BACKUP_PROPOSAL = UnseenDocument(
    name="en_b21_architect_laptops_backup_proposal",
    text="""BRIGHTFIELD IT BV
Vaartkom 31, 3000 Leuven - BE 0689.402.517 - +32 16 49 80 20 - www.brightfield.be

PROPOSAL BF-2026-0874
Customer:  Atelier Moens & Wauters Architecten BV, Brusselsestraat 96, 3000 Leuven
Contact:   Ms Hanne Wauters, partner
Date:      3 December 2026 - valid until 31 December 2026
Subject:   New laptops for the studio and cloud back-up of the NAS and Microsoft 365

Dear Hanne,

Following our visit on 26 November, we are pleased to propose the replacement of the studio's
nine laptops and a cloud back-up of your project data. The studio's current laptops are five to
seven years old and struggle with Revit and Twinmotion; the project archive on the Synology NAS
is only copied to a USB disk that goes home with one of the partners.

1. HARDWARE
  9 x Dell Precision 5690 (Core Ultra 9, 64 GB, 2 TB SSD, RTX 2000 Ada, 16" display)
      incl. 3 years Dell ProSupport Plus, next business day on site       9 x 3.240,00 = 29.160,00
  9 x Dell Thunderbolt dock WD22TB4                                          9 x 289,00 =  2.601,00
  Subtotal hardware                                                                       31.761,00

2. INSTALLATION (one-off)
  Preparation of the laptops with our standard architecture image (Windows 11 Pro, Autodesk
  and Enscape installers from your accounts, Microsoft 365 apps), enrolment in Intune, transfer of
  each user's local files, browser profiles and Revit templates from the old laptop, installation
  of the docks at the desks, and a 45-minute introduction per person on the day of delivery.
  Fixed price                                                                              2.480,00

  Each laptop is checked against our 25-point delivery checklist before it leaves the workshop.
  On the day of installation we restore one project folder from the new back-up as a test, in
  your presence.

3. CLOUD BACK-UP (monthly)
  Back-up of the NAS (currently 3,1 TB) and of the 11 Microsoft 365 mailboxes, OneDrive and
  SharePoint with Acronis Cyber Protect Cloud to our data centre partner in Belgium, every night,
  with 90 days of daily versions and 12 monthly versions.
    Storage, per started TB                                          4 x 39,00 = 156,00 per month
    Microsoft 365 back-up, per mailbox                              11 x 3,20 =  35,20 per month
    Monitoring and management                                                     45,00 per month
  Total back-up                                                                  236,20 per month
  We check the back-up results every working day and you receive a back-up report by e-mail on
  the first working day of each month. We keep the Acronis agent and the NAS back-up package up
  to date. Restores are done by us on request: we start on your request within 4 business hours.
  You receive a written procedure describing what is backed up, where, and how to ask for a
  restore.

4. NOT INCLUDED
  The Autodesk, Enscape and Microsoft 365 licences, the NAS itself, printers and plotters, data
  on private devices, and the disposal of the old laptops (possible at EUR 35 per device with a
  data-wiping certificate).

5. PLANNING
  Delivery time of the laptops: 2 to 3 weeks after your order. Installation on a Saturday of your
  choice, with all nine laptops in one day. Back-up set-up in the week before.
  We need from you: a list of users, the old laptops on the Friday evening before the
  installation, an administrator account on the NAS and in Microsoft 365, and one person of the
  studio present on the Saturday.

6. YOUR CONTACT
  Your engineer for the project and afterwards is Pieter Lemmens (pieter@brightfield.be). Our
  helpdesk is open on working days from 8:30 to 17:30 (+32 16 49 80 29, help@brightfield.be).

7. TERMS
  - Hardware and installation: 50 % on order, 50 % on installation. The back-up is invoiced
    quarterly in advance. Invoices are payable within 15 days.
  - Any additional work that proves necessary during installation is carried out and invoiced at
    our hourly rate of EUR 95,00 (per started quarter hour).
  - The back-up service is concluded for 12 months from installation and is then tacitly renewed
    for 12 months at a time, unless cancelled by registered letter at least 3 months before the
    end of the current period.
  - Our Standard Terms of Sale and Service below apply to this proposal.

Accepted for agreement ("read and approved"):

For Atelier Moens & Wauters Architecten BV       For Brightfield IT BV
Name: ..................................         Jonas Verbiest, managing director
Date: ..................................
Signature: .............................

- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -
BRIGHTFIELD IT BV - STANDARD TERMS OF SALE AND SERVICE (version 2025)

1. These terms apply to all our proposals, sales and services and prevail over the customer's
   own terms, which are expressly excluded.
2. Delivery dates are given as an indication. A delay in delivery gives no right to compensation
   or to cancellation of the order.
3. Goods remain our property until paid in full. The hardware warranty is the manufacturer's
   warranty; we handle warranty claims on the customer's behalf.
4. Software is supplied under the licence terms of its publisher.
5. We may adjust the prices of recurring services with one month's notice by e-mail.
6. Our services are an obligation of means. We do not guarantee that every back-up or restore
   will succeed.
7. Our liability is limited to the amount invoiced for the product or service concerned in the
   three months preceding the event. We are never liable for loss of data, loss of profit or
   business interruption.
8. Both parties keep confidential all information about the other party that they receive in
   the course of the engagement.
9. Where we process personal data for the customer, the data processing agreement published at
   brightfield.be/dpa applies.
10. On termination of a back-up service we keep the back-up data for 30 days, during which the
    customer can ask for a full copy on an external disk (EUR 95,00 plus the disk). After those
    30 days the data is permanently deleted.
11. Belgian law applies. The courts of Leuven have exclusive jurisdiction.
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "partial",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.user_support": "covered",
        "rollout.warranty": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "partial",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 15,
        "response_time_hours_highest_priority": 4,
    },
)

EN_B21_CONGRESS_IT_EQUIPMENT_RENTAL = UnseenDocument(
    name="en_b21_congress_it_equipment_rental",
    text="""EVENTBYTE RENTALS B.V.
Waalhaven Oostzijde 85, 3087 BM Rotterdam, the Netherlands
Chamber of Commerce 62940118 - VAT NL854810936B01 - rentals@eventbyte.nl - +31 10 820 55 00

RENTAL CONFIRMATION R-27-0319
Customer:   European Society for Paediatric Rheumatology AISBL
            Avenue de Tervueren 188, 1150 Brussels, Belgium - BE 0873.551.206
            Contact: Ms Sofie Claeys, congress manager (+32 478 21 90 44)
Event:      ESPR Annual Congress 2027, Antwerp Convention Centre (Koningin Astridplein 20)
Dates:      event 23-25 March 2027; delivery 22 March 2027; collection 25 March 2027

1. EQUIPMENT
   Registration desk
     8 x laptop (Windows 11, 16 GB) with your check-in software pre-installed
     6 x Zebra ZD621 badge printer, with 4.000 badges and lanyards included
     8 x handheld QR scanner
   Speaker ready room
     6 x laptop (Windows 11, Office 2021, PowerPoint presenter tools)
     1 x network A3 colour printer (toner for 2.500 pages included)
   Session rooms (6 rooms)
     6 x presentation laptop, 6 x clicker with laser pointer, 6 x HDMI switcher
     Network: 1 managed switch per room, 1 central firewall, cabling to the venue's fibre patch
     panel, separate VLANs for registration, speakers and session rooms
   Spare stock on site: 3 laptops, 1 badge printer, 2 scanners, 2 clickers.
   Not included: the internet line (provided by the venue), projectors and sound (provided by the
   venue's AV partner), the check-in software licence and attendee Wi-Fi.

2. PRICES (EUR, excluding VAT)
   Equipment rental, 4 days, as per item 1                                        7.310,00
   Delivery, installation and network set-up on 22 March, dismantling and
   collection on 25 March (team of 3)                                             1.150,00
   On-site technician during the three event days, 07:30-19:00                    2.070,00
   Total                                                                         10.530,00
   Technician hours outside 07:30-19:00 are charged at EUR 85,00 per hour and are only
   performed at the written or WhatsApp request of the Customer's congress manager.
   Additional equipment ordered after 1 March 2027 is charged at the list prices on
   eventbyte.nl/prices-2027, with a surcharge of 15 %.
   Invoicing: 50 % deposit on signature of this confirmation, payable within 10 days; balance
   invoiced after the event, payable within 14 days of the invoice date.

3. SET-UP AND HANDOVER
   Our team arrives at the loading dock (Gate C) at 12:00 on 22 March. By 18:00 all equipment is
   installed and tested. At 18:00 we go through the handover checklist together with the
   congress manager: every laptop starts the check-in software and prints a test badge, every
   session room laptop shows on the projector. Anything not working is fixed or replaced before
   the checklist is signed. The signed checklist is the acceptance of the installation.
   The Customer makes sure that: the venue has confirmed our access and parking for one van on
   22 and 25 March; the venue's fibre line and a public IP address are active on 22 March at
   12:00; the attendee list for the check-in software is loaded by the Customer's registration
   provider by 20 March.

4. ON-SITE SUPPORT
   Our technician Mark Jansen (deputy: Yusuf Demir) is on site at the registration area from
   07:30 to 19:00 on each event day and can be reached on +31 6 4188 2031. He responds to every
   call within 15 minutes and replaces a faulty device from the spare stock within 30 minutes.
   He also helps speakers connect their own laptops in the session rooms.
   If the registration desk is not fully operational at 07:30 on 23 March for reasons within our
   control, the rental price of the registration equipment is reduced by 20 % per started hour
   of delay, up to the full rental price of that equipment.

5. CANCELLATION
   The Customer may cancel this rental by e-mail. Cancellation charges: more than 60 days before
   delivery, 10 % of the total; between 60 and 15 days, 50 %; less than 15 days, 100 %.

6. DATA
   The laptops and printers may hold attendee data and presentations during the event. On
   collection, all devices are wiped in our Rotterdam warehouse with certified erasure software
   within 5 working days, and the Customer receives an erasure report per serial number. Files
   the Customer wants to keep must be copied by the Customer before collection. For the attendee
   data, Eventbyte acts as processor; the data processing terms in section 9 of our General
   Rental Conditions apply.

7. LIABILITY AND INSURANCE
   The Customer is responsible for the equipment from delivery to collection and pays the
   replacement value of equipment lost or stolen in that period, unless caused by our staff.
   Eventbyte's liability is limited to the total price of this rental and excludes loss of data
   and consequential loss.

8. GENERAL
   The Microsoft and Office licences on the laptops are licensed to the Customer for the rental
   period only. Our General Rental Conditions 2026 (attached) apply; if they differ from this
   confirmation, this confirmation prevails. Dutch law applies and the court of Rotterdam has
   jurisdiction.

Signed for agreement:

Eventbyte Rentals B.V.                      European Society for Paediatric Rheumatology AISBL
Rotterdam, 4 December 2026                  Brussels, 7 December 2026
(signed)                                    (signed)
Daan Verhoef, sales manager                 Prof. dr. Anne-Sophie Lambert, treasurer
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
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
        "team.named_team": "covered",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.acceptance": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.updates": "missing",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "covered",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "response_time_hours_highest_priority": 0.25,
    },
)


EN_DOCUMENTS = [
    EN_B21_SURF_SCHOOL_BOOKING_SITE_EMAIL_QUOTE,
    EN_B21_SAWMILL_PRODUCTION_TRACKING_MAINTENANCE,
    EN_B21_ARCHITECT_LAPTOPS_BACKUP_PROPOSAL,
    EN_B21_CONGRESS_IT_EQUIPMENT_RENTAL,
]
