"""Held-out batch 20, English documents: a support and maintenance agreement (numbered
articles) by an Antwerp supplier for the OCR gate-camera portals of a container terminal in the
port of Antwerp; an order form of a Dutch whistleblowing-channel SaaS start-up for a Belgian
coatings manufacturer, with its Terms of Service prevailing; an informal proposal e-mail from a
Leuven integrator for door access control and follow-me printing in a co-working space, to be
accepted by replying "go"; and a project agreement between a Dutch implementer and a Belgian
wholesaler for a product information management (PIM) system with milestones, acceptance,
warranty and hypercare.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches: months = 30 days for notice and warranty; response time of the highest priority
in hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned; partial = mentioned but vague, a bare
cross-reference without content, a placeholder, best efforts only, or a negation/disclaimer.
"""

from .unseen_documents import UnseenDocument

EN_B20_PORT_GATE_CAMERA_SUPPORT = UnseenDocument(
    name="en_b20_port_gate_camera_support",
    text="""VISIOLANE NV
Noorderlaan 147, 2030 Antwerpen - Enterprise no. BE 0691.224.578 - www.visiolane.be

SUPPORT AND MAINTENANCE AGREEMENT
OCR gate cameras - Contract ref. VL-SMA-2027-014

BETWEEN
Visiolane NV, represented by Mr Koen Verhaegen, director operations ("Visiolane"),
AND
Scheldeport Container Terminal NV, Haven 1742, Scheldelaan 420, 2040 Antwerpen, enterprise
no. BE 0432.870.119, represented by Ms Liesbeth Van Acker, CIO ("the Terminal").

PREAMBLE
The Terminal operates 14 truck lanes at its in-gate and out-gate, each equipped with an OCR camera
portal (container number, ISO code, licence plate and damage images) supplied in 2023 by a third
party. The Terminal wants Visiolane to take over the support and maintenance of these portals.
Visiolane's offer VL-2026-311 of 9 November 2026 is attached as Annex 1 and forms part of this
Agreement. Visiolane's General Terms for Services (Annex 2) apply only insofar as this Agreement
does not derogate from them; in case of conflict, this Agreement prevails, then Annex 1, then
Annex 2.

ARTICLE 1 - SCOPE
1.1 The service covers the 14 lane portals (56 cameras, 28 infrared illuminators, 14 lane
    controllers), the OCR server cluster in the Terminal's data room and the interface with the
    Terminal Operating System (TOS).
1.2 Included: corrective maintenance (remote and on site), two preventive maintenance visits per
    year per lane (cleaning, alignment, calibration of the OCR engine), spare parts for the lane
    controllers and illuminators, firmware and OCR engine updates, and monitoring of all devices.
1.3 Excluded: replacement of camera heads damaged by collisions or vandalism, civil works, the
    TOS itself, the Terminal's network beyond the lane switches, and changes to the lane layout.
    Such work is quoted separately (see Article 5).

ARTICLE 2 - TAKE-OVER
2.1 Visiolane carries out a take-over audit of all lanes in January 2027 and hands the Terminal an
    as-built report by 29 January 2027. The service starts on 1 February 2027.
2.2 The one-off take-over fee (audit, documentation, set-up of monitoring) is EUR 2.400,00
    excl. VAT, invoiced after delivery of the as-built report.

ARTICLE 3 - SERVICE LEVELS
3.1 The Service Desk is reachable 24/7 for priority 1 incidents by telephone on +32 3 201 44 90,
    and on working days from 7:00 to 19:00 via the portal support.visiolane.be for other calls.
3.2 Priorities, response and restore times:
    - P1 (a lane or the OCR server is down; trucks cannot be processed): response within 1 hour,
      technician on site or workaround within 4 hours, 24/7;
    - P2 (degraded recognition rate below 95 % on a lane, one camera down): response within
      4 working hours, restore by the end of the next working day;
    - P3 (other incidents, questions): response within 1 working day, resolution at the next
      planned visit or within 10 working days.
3.3 Availability of the OCR service (all lanes processing trucks with automatic recognition) is
    guaranteed at 99,5 % per calendar month, excluding planned maintenance announced at least
    5 working days in advance and carried out between 22:00 and 5:00.
3.4 If availability falls below 99,5 % in a month, the Terminal receives a credit of 5 % of the
    monthly fee per started 0,5 % shortfall, up to 25 % of that monthly fee. Each P1 restore time
    exceeded gives a further credit of EUR 250,00. Credits are set off on the next invoice.

ARTICLE 4 - UPDATES AND SECURITY
4.1 Visiolane installs firmware and OCR engine updates in the quarterly maintenance window after
    testing them on its reference lane. Critical security patches are installed within 10 working
    days of their release by the manufacturer.
4.2 Visiolane keeps an up-to-date configuration database (device list, IP plan, firmware levels,
    lane settings) and the as-built documentation, accessible to the Terminal at all times.

ARTICLE 5 - PRICE AND PAYMENT
5.1 The annual service fee is EUR 48.600,00 excl. VAT, invoiced quarterly in advance.
5.2 Work outside the scope is carried out only after the Terminal has approved Visiolane's written
    quote. Work on a time basis is charged at EUR 115,00 per hour on working days and EUR 172,50
    per hour at night, weekends and public holidays, plus a call-out fee of EUR 65,00.
5.3 The fees are indexed each 1 February according to the Agoria reference salary index
    (formula p = P x (0,2 + 0,8 s/S)).
5.4 Invoices are payable within 30 days of the invoice date. Late payment bears interest at the
    rate of the Act of 2 August 2002.

ARTICLE 6 - OBLIGATIONS OF THE TERMINAL
6.1 The Terminal gives Visiolane's technicians access to the lanes, escorted where the ISPS code
    requires, and closes a lane within 30 minutes of Visiolane's request for a P1 intervention.
6.2 The Terminal provides a permanent VPN connection to the OCR cluster and a named contact at the
    gate control room for each shift.

ARTICLE 7 - TEAM, REPORTING AND GOVERNANCE
7.1 Visiolane's service manager for this Agreement is Ms Sofie Claes. Field technicians hold a
    valid port access badge, ISPS awareness training and the camera manufacturer's certification.
7.2 Visiolane sends a monthly service report by the 10th of the following month: incidents per
    priority, response and restore times, availability per lane, recognition rates, updates done.
7.3 The parties hold a service review every quarter. Escalation: service manager - director
    operations of Visiolane / IT infrastructure manager - CIO of the Terminal.
7.4 All work is carried out in accordance with the manufacturer's maintenance instructions and
    good industry practice; each preventive visit ends with a test report per lane.

ARTICLE 8 - DURATION AND TERMINATION
8.1 This Agreement runs for 36 months from 1 February 2027. It is then renewed tacitly for
    successive periods of 12 months, unless terminated by registered letter at least 6 months
    before the end of the current period.
8.2 Either party may terminate with immediate effect if the other commits a serious breach and
    fails to remedy it within 30 days of a written notice.
8.3 At the end of the Agreement Visiolane hands over the configuration database, all passwords and
    the documentation, and assists the new service provider for up to 10 working days at the rates
    of Article 5.2, while continuing to provide the service during the notice period.
8.4 Visiolane returns any data of the Terminal it holds (event logs, images, reports) in CSV and
    JPEG format within 30 days of the end and then deletes its copies.

ARTICLE 9 - LIABILITY
9.1 Visiolane's total liability under this Agreement is limited to the fees invoiced in the three
    months preceding the event. Visiolane is not liable for indirect damage, loss of data, truck
    waiting times, demurrage or claims of hauliers.

ARTICLE 10 - CONFIDENTIALITY AND PERSONAL DATA
10.1 Each party keeps the other's confidential information secret during the Agreement and for
     five years after it ends.
10.2 The images contain licence plates and may show drivers. Visiolane processes them as processor
     for the Terminal under the data processing agreement in Annex 3 (GDPR, art. 28).

ARTICLE 11 - LAW AND DISPUTES
11.1 Disputes are first escalated as set out in Article 7.3; if not settled within 30 days, either
     party may bring them before the courts of Antwerp, division Antwerp. Belgian law applies.

Done at Antwerp on 4 December 2026, in two originals.

For Visiolane NV                          For Scheldeport Container Terminal NV
(signed)                                  (signed)
Koen Verhaegen, director operations       Liesbeth Van Acker, CIO

Annexes: 1 offer VL-2026-311 - 2 General Terms for Services - 3 data processing agreement
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
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
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
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
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "missing",
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
        "risk.liability_excluded": True,
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
        "availability_percent": 99.5,
    },
)

EN_B20_WHISTLEBLOWING_SAAS_ORDER_FORM = UnseenDocument(
    name="en_b20_whistleblowing_saas_order_form",
    text="""SPEAKWELL B.V. - ORDER FORM
Speakwell B.V., Catharijnesingel 53, 3511 GC Utrecht, the Netherlands - KvK 84127736
VAT NL863200417B01 - sales@speakwell.eu

Order Form no. SO-2026-1183                                  Date: 2 December 2026

CUSTOMER
Ardentec Coatings NV, Industrieweg 18, 3583 Beringen, Belgium - BE 0448.319.026
Contact: Mr Pieter Jacobs, HR & compliance manager - pieter.jacobs@ardentec.be

SUBSCRIPTION
Product:        Speakwell Business - secure whistleblowing channel
Entities:       1 legal entity, up to 249 employees
Languages:      Dutch, French, English, Polish (intake form and reporter portal)
Case managers:  3 named case-manager accounts
Intake:         web form and reporter app, anonymous two-way mailbox, voice messages
                (voice distortion included), case management with deadline alerts
                (acknowledgement within 7 days, feedback within 3 months, as required by the
                Belgian Act of 28 November 2022)
Hosting:        Microsoft Azure, region West Europe (the Netherlands), data encrypted at rest
                and in transit

FEES (EUR, excl. VAT)
Onboarding (one-off):                         750,00
Annual subscription, Business plan:         3.960,00
Additional case-manager account:              180,00 per year, added pro rata on request
Total first year:                           4.710,00

Fees are invoiced annually in advance, the onboarding fee together with the first annual fee.
Invoices are payable within 14 days. Speakwell may change its list prices with effect from a
renewal date by informing the Customer at least 60 days before that date.

TERM
Start date: 1 January 2027. Initial term: 12 months. The subscription renews automatically for
further periods of 12 months unless either party cancels in writing at least 30 days before the
end of the current term. Speakwell may suspend the service if an invoice remains unpaid 30 days
after its due date, after a reminder.

ONBOARDING
Within 10 business days of the start date Speakwell sets up the Customer's reporting channel
(branded intake page with the Customer's logo and colours, reporting categories, case-manager
accounts with two-factor authentication). The Customer provides its logo, its reporting policy
and the names of its case managers by 18 December 2026, and remains responsible for following
up reports within the legal deadlines. Onboarding includes one 2-hour online training session
for the case managers and a communication kit (poster, intranet text) for employees.
Your customer success manager: Ms Noor Bakker (noor.bakker@speakwell.eu), who is your contact
for onboarding, questions and the yearly check-in.

SUPPORT AND SERVICE
Support by e-mail (support@speakwell.eu) and chat in the case-manager dashboard, business days
(Dutch public holidays excepted) 9:00-17:00 CET. We answer support requests within one business
day. Speakwell uses commercially reasonable efforts to make the platform available 99,5 % of the
time, measured monthly, excluding maintenance. No service credits or refunds apply. New features
and security updates are rolled out continuously to all customers at no additional cost.

DATA
Speakwell processes personal data as processor for the Customer under the Data Processing
Agreement attached to this Order Form (sub-processors: Microsoft Ireland, Twilio for voice
messages). During the 30 days after the end of the subscription the Customer can export all
cases, messages and attachments (PDF and CSV); after that period Speakwell deletes them.

TERMS
This Order Form is governed by the Speakwell Terms of Service version 3.2
(speakwell.eu/terms), which the Customer declares to have received. In case of conflict, the
Terms of Service prevail over this Order Form. The main points of the Terms of Service are:
- Speakwell and its licensors retain all intellectual property rights in the platform; the
  Customer receives a non-exclusive, non-transferable right to use it during the term.
- Both parties keep each other's confidential information confidential; reports and case
  content are accessible only to the Customer's case managers, not to Speakwell staff.
- Speakwell's liability is limited to the fees paid in the 12 months preceding the claim;
  Speakwell is not liable for indirect damage, lost profits or loss of data.
- Dutch law applies. Disputes are submitted to the competent court in Amsterdam.

SIGNATURES
Speakwell B.V.                              Ardentec Coatings NV
Name: Daan Hofstra, CEO                     Name: Ann Peeters, managing director
Signed electronically on 2 December 2026    Signed electronically on 3 December 2026

Attachment: Data Processing Agreement (v. 2026-05)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
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
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 14,
        "availability_percent": 99.5,
    },
)

EN_B20_COWORKING_ACCESS_PRINT_PROPOSAL_EMAIL = UnseenDocument(
    name="en_b20_coworking_access_print_proposal_email",
    text="""From: Jonas Wuyts <jonas@lumencore.be>
To: Hannah Okafor <hannah@thehivespaces.be>
Cc: Wout Maes <wout@lumencore.be>
Date: Thu, 3 Dec 2026 16:42
Subject: Door access + printing for The Hive - our proposal

Hi Hannah,

Thanks again for the tour on Monday, great building! As promised, here's what we'd suggest for
the doors and the printing at The Hive (Vaartkom 31, Leuven). I've kept it short; shout if
anything is unclear.

1) Access control
- 6 smart readers (main entrance, bike room, 3 meeting-room floors, server room) with mobile
  keys via the app, plus 60 NFC badges for members who prefer a card.
- Cloud management: you add/remove members, set time profiles (e.g. flex members 8-18h, resident
  members 24/7) and see the access log.
- We import your current member list from your booking platform (CSV export) before go-live, so
  nobody needs to be added by hand.

2) Printing
- 2 A3 colour multifunctionals (1st and 2nd floor) with follow-me printing: members print from
  their laptop, release the job at either printer with the app or their badge, and you see who
  printed what per month for your invoicing.
- Toner, parts and repairs included in the page price.

Prices (excl. VAT)
- Readers, badges, controller, installation and configuration: EUR 8.450,00 one-off (of which
  EUR 1.350,00 is installation and set-up).
- Access cloud licence: EUR 95,00 per month for up to 150 members.
- Printing: EUR 0,012 per black-and-white page and EUR 0,07 per colour page, with a minimum of
  EUR 60,00 per month. The two printers stay our property.
- Not included: the electrician's work to bring power to the doors and the network cabling to
  the readers and printers - your building contractor can do that, or we get a quote from our
  usual electrician for you.
- Anything that isn't in this mail we'd do at EUR 85,00 per hour, but we'll always tell you the
  estimate first and only go ahead once you've said yes.

Payment: 50 % when you give us the go, 50 % after installation, both within 15 days. Licence
and page volumes are invoiced monthly.

Planning
If you confirm by 18 December we can order the hardware before the holidays and install in
week 7 (15-16 February 2027), two days, with the building open as usual. What we need from your
side: the electrician and cabling done by 12 February, a free port on your switch per printer,
and someone who can give us the CSV of your members the week before.
Wout will do the installation; I'll be your contact for everything else. On day two we'll do a
one-hour session with you and your community team on managing members and badges, and we'll
leave a short how-to for members at reception.

Afterwards
Support for the doors and printers is included in the licence and page price: helpdesk on
weekdays 8:30-17:30 by phone (016 58 22 40) or mail (support@lumencore.be). We normally get back
to you the same day. Reader firmware and app updates are included too. Readers and printers
come with 2 years' manufacturer's warranty, and if something we configured doesn't work as it
should during the first 3 months, we fix it for free.
The licence and the print service run month to month; either of us can stop with one month's
notice. The access logs are stored in the EU cloud of the reader manufacturer; we'll send you
our standard data processing agreement to sign with the order.

Our general terms are attached and apply to this proposal. Prices are valid for 30 days.

If this looks good, just reply with a "go" and we'll take it from there.

Cheers,
Jonas

Jonas Wuyts
Lumencore BV - Diestsesteenweg 412, 3010 Kessel-Lo - BE 0765.231.904
""",
    items={
        "agreement.signed_both": "missing",
        "agreement.general_terms": "partial",
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
        "team.seniority": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
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
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "partial",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "notice_period_days": 30,
        "payment_term_days": 15,
    },
)

EN_B20_PIM_IMPLEMENTATION_AGREEMENT = UnseenDocument(
    name="en_b20_pim_implementation_agreement",
    text="""PROJECT AGREEMENT - IMPLEMENTATION OF A PRODUCT INFORMATION MANAGEMENT (PIM) SYSTEM
Agreement no. CX-PA-2026-09

PARTIES
1. Catalogix B.V., Kennedyplein 210, 5611 ZT Eindhoven, the Netherlands, KvK 71904452,
   represented by Mr Ruben Smits, managing director ("Catalogix");
2. Groenhof Distributie NV, Europark-Oost 22, 9100 Sint-Niklaas, Belgium, enterprise no.
   BE 0418.552.307, represented by Mr Marc De Wilde, CEO ("Groenhof").

1. PURPOSE AND DOCUMENTS
1.1 Groenhof, a wholesaler of garden and pet products (approx. 18.000 articles, 240 suppliers),
    wants one central source of product data for its webshop, its B2B portal and the print
    catalogue. Catalogix implements an open-source PIM system for this purpose.
1.2 The Agreement consists of this document, Annex 1 (Catalogix's offer CX-2026-077 of
    13 November 2026, including the functional scope), Annex 2 (planning) and Annex 3 (data
    processing agreement). In case of conflict this document prevails over the Annexes, and
    Annex 1 over Annex 2. Catalogix's general terms and conditions do not apply.

2. SCOPE
2.1 Included: analysis and data model (families, attributes, categories in Dutch and French),
    installation of the PIM on Groenhof's Azure subscription (test and production), connectors
    to the ERP (Exact Globe: articles, prices, stock) and to the Shopware webshop, a PDF export
    for the catalogue, user roles and workflows, and the migration described in article 4.
2.2 Excluded: hosting and Azure consumption costs, licences of third-party plug-ins chosen by
    Groenhof, photography and copywriting, changes to the Exact Globe or Shopware environments
    other than installing the connectors.

3. PLANNING
3.1 Phases and milestones (details in Annex 2):
    M1 analysis and data model approved - 29 January 2027;
    M2 PIM configured and connectors on the test environment - 26 March 2027;
    M3 data migrated and acceptance test completed - 23 April 2027;
    M4 go-live on production - 3 May 2027.
3.2 Groenhof appoints a product-data owner available two days a week for the project, delivers
    the Excel product sheets of all suppliers and test access to Exact Globe and Shopware by
    8 January 2027, and approves the data model within 5 working days of receiving it.
3.3 If M4 is missed through Catalogix's fault, Catalogix owes a penalty of 0,5 % of the fixed
    price per working day of delay, up to 5 % of the fixed price. If Groenhof delivers late or
    does not approve in time, the planning is moved accordingly; the new dates are agreed in the
    steering committee and any extra cost is handled as a change request under article 6.4.

4. DATA MIGRATION
4.1 Catalogix migrates the product data from the Excel sheets and Exact Globe into the PIM,
    including deduplication and mapping to the new data model, and images from the current
    webshop. Groenhof checks a sample of 200 articles before the final load.
4.2 Data cleansing beyond automatic mapping (e.g. completing missing attributes) is done on a
    time basis at EUR 98,00 per hour, up to 120 hours; any hours beyond that require Groenhof's
    prior written approval.

5. ACCEPTANCE AND WARRANTY
5.1 Groenhof tests the system during 10 working days on the basis of test scenarios that the
    parties agree at M2. Catalogix fixes blocking and major defects and re-delivers; the system is
    accepted when no blocking or major defects remain. Use in production counts as acceptance.
5.2 For 90 days after go-live Catalogix corrects defects in what it delivered free of charge.
5.3 During the first 4 weeks after go-live (hypercare) Catalogix picks up blocking issues within
    4 business hours. Ongoing maintenance after hypercare is not part of this Agreement.

6. PRICE AND PAYMENT
6.1 Fixed price for articles 2 to 5 (excluding the hours of article 4.2): EUR 64.800,00 excl. VAT.
6.2 Invoicing: 30 % at signature, 40 % at M2, 20 % at M3 and 10 % at M4. Invoices are payable
    within 30 days.
6.3 Rates for additional work: senior consultant EUR 118,00 per hour, developer EUR 98,00 per
    hour. Rates are fixed until 31 December 2027.
6.4 Changes to the scope are handled by change request: Catalogix describes the impact on price
    and planning in writing within 5 working days, and no change is carried out before Groenhof
    has signed the change request.

7. TEAM AND QUALITY
7.1 Catalogix's project lead is Ms Eva Jansen (senior PIM consultant, more than 8 years of PIM
    implementations), assisted by one developer and one data specialist. Groenhof's project lead
    is Mr Tom Verbeke.
7.2 Catalogix replaces a team member only with Groenhof's prior consent, except in case of
    illness or departure, with a person of equivalent experience; induction of the replacement is
    at Catalogix's cost.
7.3 All custom code is reviewed by a second developer, covered by automated tests and delivered
    first on the test environment.
7.4 Catalogix delivers technical and functional documentation, a 2-day training for two key users
    (train-the-trainer) and a handover session to Groenhof's IT partner before M4.

8. REPORTING AND GOVERNANCE
8.1 The project leads meet every two weeks; Catalogix sends a written status report (progress per
    milestone, risks, hours of article 4.2 used) before each meeting.
8.2 A steering committee (Mr De Wilde, Mr Smits and both project leads) meets monthly. Issues that
    the project leads cannot resolve are escalated to it.

9. INTELLECTUAL PROPERTY
9.1 The PIM software remains subject to its open-source licence. On full payment the rights to the
    connectors, configuration and documentation made for Groenhof pass to Groenhof. Catalogix
    keeps its pre-existing tools and libraries and grants Groenhof a perpetual, free licence to use
    them within the delivered solution. All source code is kept in Groenhof's own Git repository.

10. CONFIDENTIALITY AND PERSONAL DATA
10.1 Each party keeps the other's business information confidential, also after the end.
10.2 Catalogix processes the personal data of users and supplier contacts only as processor under
     Annex 3, in accordance with the GDPR.

11. LIABILITY
11.1 Catalogix's liability is limited to the amount of the fixed price. Indirect damage is
     excluded, except in case of wilful misconduct or gross negligence.

12. TERMINATION
12.1 Groenhof may terminate the Agreement at any time with 30 days' written notice, paying the
     work carried out until then. Either party may terminate for a material breach that is not
     remedied within 15 days of a written notice of default.
12.2 On termination Catalogix hands over all work in progress, documentation and access rights,
     and cooperates with any successor. It returns all data of Groenhof in their original or an
     open format and deletes its copies within 30 days.

13. LAW AND DISPUTES
13.1 The parties first try to settle disputes in the steering committee, and then by mediation
     under the CEPANI rules. Failing settlement within 60 days, the courts of Ghent, division
     Dendermonde, have jurisdiction. Belgian law applies.

Signed in Sint-Niklaas on 1 December 2026, in two copies.

Catalogix B.V.                                Groenhof Distributie NV
Ruben Smits, managing director                Marc De Wilde, CEO
(signature)                                   (signature)
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
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
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
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
        "warranty_days": 90,
        "response_time_hours_highest_priority": 4,
    },
)


EN_DOCUMENTS = [
    EN_B20_PORT_GATE_CAMERA_SUPPORT,
    EN_B20_WHISTLEBLOWING_SAAS_ORDER_FORM,
    EN_B20_COWORKING_ACCESS_PRINT_PROPOSAL_EMAIL,
    EN_B20_PIM_IMPLEMENTATION_AGREEMENT,
]
