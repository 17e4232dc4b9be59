"""Held-out batch 22, English documents: a maintenance and support agreement between a Dutch
imaging-software supplier and an Antwerp diamond-grading laboratory for its grading-camera
software (numbered articles, escrow, signed by both); an order form under a Dutch clinical-trial
software vendor's master subscription terms for an electronic data capture (EDC / RTSM / ePRO)
subscription of a Leuven biotech (signed electronically); a short e-mail proposal by a Brussels
virtual-data-room provider to a corporate-finance boutique for an M&A data room, accepted by a
reply e-mail; and an engagement letter of a Utrecht sustainability-data consultancy for
implementing a carbon-accounting platform and CSRD data collection at a Belgian packaging
manufacturer, on time and materials, countersigned by the client.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty; response time of the highest priority
in hours, working hours counted as hours, 15 minutes = 0.25; a quote accepted by e-mail or an empty
"accepted by" line for the client raises risk.unsigned; a minimum term followed by month-to-month
continuation gives contract_term_months = the minimum term and renewal_term_months = 1).
"""

from .unseen_documents import UnseenDocument

EN_B22_DIAMOND_GRADING_CAMERA_MAINTENANCE = UnseenDocument(
    name="en_b22_diamond_grading_camera_maintenance",
    text="""MAINTENANCE AND SUPPORT AGREEMENT
FacetScan grading-camera software - Agreement no. OFS-MA-2026-017

BETWEEN OptiFacet Systems B.V., De Run 5412, 5504 DG Veldhoven, the Netherlands, KvK 60218841,
represented by Mr Ruud Hermans, managing director ("OptiFacet"), AND Scheldt Gemological
Laboratory NV, Hoveniersstraat 30, 2018 Antwerp, enterprise no. BE 0461.902.377, represented by
Ms Nathalie Goossens, CEO, and Mr Avi Mertens, laboratory director (the "Laboratory").

RECITALS
The Laboratory grades polished diamonds. Since 2022 it has used OptiFacet's FacetScan software
(colour and fluorescence imaging, proportions, clarity plotting) on eight grading stations, two
ProScope colour cameras and one on-premises server, under the Software Licence Agreement of
14 March 2022 (the "Licence Agreement"). The Laboratory accepted OptiFacet's offer OFS-Q-26-311
of 12 November 2026 for the maintenance from 2027, subject to this Agreement.

Article 1 - Contract documents
1.1 The Agreement consists of these articles and the following annexes: Annex 1 - installed base
(stations, cameras, serial numbers, software versions, tolerances); Annex 2 - offer OFS-Q-26-311;
Annex 3 - data processing agreement; Annex 4 - escrow agreement.
1.2 In case of conflict, these articles prevail over the annexes. The general terms and
conditions of either party, including OptiFacet's terms of delivery, do not apply.

Article 2 - Services
2.1 For the installed base in Annex 1, OptiFacet provides: (a) corrective maintenance, remotely
or on site; (b) preventive maintenance: two on-site visits a year (March and September), with
recalibration of the colour cameras against the Laboratory's master stone set and OptiFacet's
reference tiles and a calibration certificate per camera; (c) all minor and major releases of
FacetScan and of the camera firmware, and the security patches for the stations' operating
system, tested by OptiFacet and released within 30 days of their publication; (d) the help desk.
2.2 Not included: repair of camera hardware damaged by misuse, drops or unauthorised opening;
the Laboratory's LIMS and report-printing system; its network and Active Directory; grading
stations added after signature, unless added to Annex 1 by written amendment.
2.3 Work outside article 2.1 is carried out only on the basis of a written quote from OptiFacet
that the Laboratory has accepted in writing before the work starts. It is invoiced after
completion at the rates of article 7.3.

Article 3 - Major releases
3.1 OptiFacet announces each major release at least 60 days in advance, with release notes and
updated user documentation. Installation takes place on site, outside grading hours, on dates
agreed with the Laboratory.
3.2 Because grading results must stay consistent, a major release is first installed on one
validation station. Within 10 business days the Laboratory compares the results on its set of 50
control stones with those of the current version. The release is accepted when the deviations
stay within the tolerances of Annex 1 (colour: no change of grade; proportions: +/- 0,2 %). If
not, OptiFacet corrects the release and the test is repeated, at no cost to the Laboratory.
3.3 After acceptance, OptiFacet installs the release on the other stations and gives a half-day
training session on the changes to the Laboratory's graders and key users.

Article 4 - Help desk and service levels
4.1 The help desk is reachable on business days from 8:30 to 17:30 (CET) by telephone
+31 40 711 22 90, by e-mail service@optifacet.nl and via the customer portal. For Priority 1
incidents the standby number +31 40 711 22 99 is also staffed on Saturdays from 9:00 to 13:00.
4.2 Priorities and service levels:
   P1 - no grading report can be issued (server down, both colour cameras or more than half of
        the stations unusable): response 1 hour, restore 8 business hours
   P2 - one camera or up to half of the stations unusable, results outside tolerance:
        response 4 business hours, restore 3 business days
   P3 - other faults, questions: response 1 business day, correction in the next release
"Response" means that a qualified engineer has contacted the Laboratory and started the
diagnosis. "Restore" means that the function is available again, if need be through a workaround
or a loan camera; the definitive correction follows in the next release at the latest.
4.3 If the P1 restore time is exceeded, the Laboratory receives a credit of 10 % of the quarterly
fee for each started period of 8 business hours of delay, up to 40 % of that quarterly fee.
Credits are set off against the next invoice.

Article 5 - The Laboratory's cooperation
The Laboratory activates the remote access (VPN with two-factor authentication) for OptiFacet's
engineers within 30 minutes of a request during business hours; grants on-site access within two
hours of a request for a P1 intervention (the restore time is suspended until access is granted);
keeps its master stone set and reference tiles as described in Annex 1; appoints two key users
who report incidents; and makes no change to the stations' configuration without OptiFacet's
prior agreement.

Article 6 - Team and knowledge of the installed base
6.1 OptiFacet's service manager for the Laboratory is Mr Pieter Verhoeven
(pieter.verhoeven@optifacet.nl, +31 40 711 22 94); his deputy is Ms Ilse Jacobs.
6.2 Preventive maintenance and calibrations are carried out only by engineers with at least five
years' experience with FacetScan who hold the camera manufacturer's calibration certification.
6.3 OptiFacet informs the Laboratory at least one month in advance if the service manager is to
be replaced, introduces the successor during a joint visit and ensures that the successor is fully
briefed, at no cost to the Laboratory.
6.4 OptiFacet keeps a configuration record of the Laboratory's installed base in its service
system (serial numbers, versions, calibration history, incidents, network settings), so that every
engineer handling a call works from it. An updated copy is sent to the Laboratory after every
preventive visit.

Article 7 - Fees
7.1 One-off intake audit and baseline calibration (January 2027): EUR 2.950,00, on completion.
7.2 Annual maintenance fee: EUR 38.400,00, invoiced quarterly in advance (EUR 9.600,00).
7.3 Work under article 2.3: EUR 145,00 per engineer-hour; travel EUR 180,00 per visit.
7.4 From 1 January 2028 the fees in 7.2 and 7.3 are indexed each 1 January in line with the change
over the previous year of the Dutch CBS index of contractual wages (CAO-lonen), with a maximum of
4 % per year.
7.5 All amounts exclude VAT. Invoices are payable within 30 days of the invoice date.

Article 8 - Quality and reporting
8.1 OptiFacet carries out calibrations according to its documented procedure QP-12, which
supports the Laboratory's ISO/IEC 17025 accreditation, and tests every release on its reference
set of 200 stones before delivery. Calibration certificates state the traceability of the
reference tiles used.
8.2 Within 15 days after each quarter, OptiFacet sends a service report: incidents per priority
with response and restore times achieved, credits due, calibration results and planned releases.
8.3 Once a year, the Laboratory's director and quality manager and OptiFacet's service manager
review the reports and plan the following year. Escalation: help desk, then the service manager,
then OptiFacet's COO, Mr Marco Bosman.
8.4 With every release OptiFacet delivers updated user and administrator documentation in
English, and it keeps the technical documentation of the Laboratory's installation (Annex 1 and
the configuration record) up to date.

Article 9 - Duration and termination
9.1 The Agreement takes effect on 1 January 2027 for a term of three years. It is then renewed
tacitly for periods of one year, unless either party terminates it by registered letter at least
six months before the end of the running period.
9.2 Either party may terminate by registered letter with immediate effect if the other party
fails to remedy a material breach within 30 days of a written notice of default. If OptiFacet
announces the end of FacetScan, the Laboratory may terminate as from the last day of maintenance.
9.3 At the end of the Agreement, for whatever reason, OptiFacet continues to provide the services
at the fees then applicable for up to six months if the Laboratory so requests. It provides the
Laboratory's new service provider with the configuration record, the calibration history and the
interface descriptions, and answers its questions for up to five days at the rates of art. 7.3.
9.4 All grading data, images and reports are stored on the Laboratory's own server and remain its
property. Within 30 days after the end, OptiFacet returns any copies it holds (such as diagnostic
extracts) and then deletes them, and it hands over the FacetScan export utility so that images can
be exported in TIFF and measurement data in CSV.

Article 10 - Escrow
The source code of FacetScan and of the camera firmware, with build instructions, is deposited
with Escrow Alliance B.V. (Amsterdam) under the tripartite escrow agreement in Annex 4 and is
updated with every major release. The Laboratory may obtain release of the deposit if OptiFacet
is declared bankrupt or stops maintaining FacetScan without a successor taking over this
Agreement. The escrow fees are borne by OptiFacet.

Article 11 - Intellectual property
Updates are supplied under the Licence Agreement. Calibration profiles and grading settings made
specifically for the Laboratory belong to the Laboratory.

Article 12 - Confidentiality and personal data
12.1 OptiFacet keeps confidential all information on the Laboratory's stones, clients, grading
results and security measures that it learns in performing the Agreement, during the Agreement
and for ten years after it. Its engineers sign an individual confidentiality undertaking and
comply with the Laboratory's security procedures on site.
12.2 Where OptiFacet has access to personal data (client names on grading reports, graders'
user accounts), it acts as processor under the data processing agreement in Annex 3.

Article 13 - Liability
13.1 Each party's liability is limited to direct damage, up to the fees paid under this Agreement
in the twelve months preceding the event, with a minimum of EUR 50.000,00 per event.
13.2 These limits do not apply to wilful misconduct, gross negligence or a breach of article 12.

Article 14 - Disputes and governing law
14.1 The parties first try to settle any dispute through consultation between their managing
directors within 30 days of a written request. Failing agreement, either party may refer the
dispute to mediation by a CEPANI-accredited mediator.
14.2 Belgian law applies. The courts of Antwerp, Antwerp division, have exclusive jurisdiction.

Signed in Antwerp on 18 December 2026, in two originals.

For OptiFacet Systems B.V.          For Scheldt Gemological Laboratory NV
(signed) Ruud Hermans,              (signed) Nathalie Goossens, (signed) Avi Mertens,
managing director                   CEO                         laboratory director
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
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "covered",
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
        "risk.liability_excluded": False,
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

EN_B22_CLINICAL_TRIAL_EDC_ORDER_FORM = UnseenDocument(
    name="en_b22_clinical_trial_edc_order_form",
    text="""TRIALVAULT B.V.
Plesmanlaan 1d, 2333 BZ Leiden, the Netherlands - KvK 74019266 - VAT NL859902113B01

ORDER FORM TV-OF-2026-0412
under the Trialvault Master Subscription Terms

Customer:            Nephrion Therapeutics NV, Gaston Geenslaan 1, 3001 Leuven (Heverlee),
                     Belgium - enterprise no. BE 0772.345.901
Customer contact:    Dr Hanne Claes, Head of Clinical Operations (hanne.claes@nephrion.com)
Trialvault contact:  Ms Eva Mulder, Customer Success Manager (eva.mulder@trialvault.com)
Order date:          7 December 2026
Effective Date:      date of the last signature below

1. SUBSCRIBED SERVICES
Study: NPH-201, a randomised, double-blind, placebo-controlled phase IIa study in IgA
nephropathy; 120 patients planned at 14 sites in Belgium, the Netherlands and Germany.
  - Trialvault EDC: electronic case report forms (eCRF), edit checks, query management, medical
    coding (MedDRA, WHODrug)
  - Trialvault RTSM: randomisation and investigational product supply management (2 depots)
  - Trialvault ePRO: patient diary app for iOS and Android, in Dutch, French and German
  - up to 150 site users and 25 sponsor/CRO users
Not included: data management services (data cleaning, query follow-up, SAE reconciliation),
which the Customer has contracted with its CRO; data transfers from more than two central lab
vendors; further languages of the patient diary; statistical analysis.

2. FEES (EUR, excluding VAT)
  Study build (eCRF design, edit checks, RTSM configuration,
  ePRO set-up, validation)                                      fixed          24.500,00
  Subscription fee during study conduct (all modules)          per month       2.140,00
  Database lock and archive                                    one-off         3.900,00
  Estimated total contract value, Initial Subscription Term                   79.760,00
  Change orders                                                per hour          165,00
2.1 Invoicing: 50 % of the study build fee on the Effective Date and 50 % at go-live; the
subscription fee quarterly in advance from go-live; the archive fee at database lock. Invoices are
payable within 30 days of the invoice date. Late payments bear interest of 1 % per month.
2.2 Any change to the study build requested after the specifications have been signed off (for
example following a protocol amendment) is handled through a written change order stating the
work, the estimated hours and the impact on the planning. Trialvault starts the work only after
the Customer has signed the change order.
2.3 Trialvault may revise the subscription fee and the hourly rate on each anniversary of the
Effective Date by written notice given 30 days in advance.

3. STUDY BUILD AND GO-LIVE
3.1 Planning:
    Kick-off meeting                                           week of 11 January 2027
    Specifications (eCRF, edit checks, randomisation) signed   by 29 January 2027
    Build and internal validation                              1 February - 5 March 2027
    User acceptance testing (UAT) by the Customer              8 - 19 March 2027
    Go-live in production                                      29 March 2027
3.2 The Customer provides the final protocol (version 2.0 or later), the CRF completion
guidelines and the randomisation specification at kick-off, reviews each draft specification
within 5 business days, and performs UAT with its own testers, using the test scripts supplied by
Trialvault.
3.3 Go-live takes place only after the Customer has signed the UAT acceptance certificate. UAT
findings are classified as critical, major or minor; Trialvault corrects critical and major
findings before go-live and the Customer re-tests them within 3 business days.
3.4 If the Customer delivers documents, reviews or UAT results later than planned, the go-live
date moves by the same number of business days, and each additional build-and-validation cycle is
charged as a change order. If Trialvault does not make the study available for go-live on the
agreed date for reasons attributable to it, it credits 5 % of the study build fee per full week of
delay, up to 20 % of that fee.
3.5 During the study build, Ms Mulder holds a weekly status call with the Customer's study team and
sends minutes listing progress against the planning, open issues and actions.
3.6 Defects in the study build reported within 60 days after go-live are corrected free of charge,
including re-validation.
3.7 Training: Trialvault provides role-based e-learning for investigators, study nurses and
monitors, with training certificates stored in the system, and one live webinar per country before
the site initiation visits. Site users receive access only after completing the e-learning.

4. SUPPORT AND SERVICE LEVELS
4.1 Site help desk: 24 hours a day, 7 days a week, by telephone in English, Dutch, French and
German, for site users and for patients using ePRO. Sponsor support: business days from 8:00 to
18:00 CET, by e-mail (support@trialvault.com) and through the support portal.
4.2 Trialvault will use commercially reasonable efforts to respond to Severity 1 incidents (system
unavailable, or randomisation not possible) within 2 hours and to other incidents within 1 business
day.
4.3 Trialvault will use commercially reasonable efforts to make the Service available 99,5 % of the
time in each calendar month, excluding scheduled maintenance announced 5 days in advance (normally
Saturday 22:00 to Sunday 04:00 CET). Emergency randomisation remains possible at all times through
the 24/7 help desk.
4.4 Trialvault releases platform updates every quarter. Release notes and a validation summary are
published in the support portal 14 days before each release. Releases do not change the study
build; the Customer cannot postpone a platform release.
4.5 The platform is developed and validated under GAMP 5 and complies with 21 CFR Part 11 and
EU GMP Annex 11 (audit trail, electronic signatures). The validation package is available to the
Customer and its auditors on request; the Customer may audit Trialvault once a year at its own
cost.
4.6 Ms Mulder remains the Customer's dedicated Customer Success Manager for the duration of the
study.

5. TERM AND TERMINATION
5.1 The Initial Subscription Term is 24 months from go-live. The subscription then renews
automatically for successive periods of 12 months, unless either party gives written notice of
non-renewal at least 90 days before the end of the current term.
5.2 Neither party may terminate for convenience. Either party may terminate this Order Form if the
other party commits a material breach and does not cure it within 30 days of written notice. If
the Customer terminates other than for Trialvault's breach, the fees for the remainder of the
Initial Subscription Term remain due.

6. CUSTOMER DATA
6.1 Customer Data (all clinical data entered in the Service, audit trails and study documents)
belong to the Customer. Sites enter pseudonymised patient data only (subject number). Trialvault
processes personal data as processor under the Data Processing Addendum to the MST; the data are
hosted in AWS eu-central-1 (Frankfurt), with back-ups in eu-west-1 (Ireland).
6.2 At database lock, Trialvault delivers the archive (PDF casebooks per site, CDISC ODM-XML
export, SAS datasets and the audit trail) on encrypted media, provided that all invoices due have
been paid. After the end of the subscription Trialvault keeps the Customer Data available in
read-only mode for 30 days and then deletes them, unless the Customer orders the long-term archive
service (EUR 1.200,00 per year).

7. MASTER SUBSCRIPTION TERMS
7.1 This Order Form is governed by the Trialvault Master Subscription Terms version 4.2
(www.trialvault.com/legal/mst-4-2) ("MST"), which the Customer confirms it has read. In case of
conflict, the MST prevail over this Order Form, except for the fees and the planning in sections 2
and 3. The terms of the Customer's purchase orders do not apply.
7.2 Trialvault may amend the MST from time to time; amended MST apply from the next renewal of
the subscription.
7.3 Trialvault retains all rights in the platform, including its eCRF templates and edit-check
libraries. The Customer receives a non-exclusive, non-transferable right to use the Service for
the Study during the Subscription Term.
7.4 Each party keeps the other party's confidential information, including the protocol, the
study results and Trialvault's pricing, secret during the subscription and for five years after
its end.
7.5 Trialvault's total liability is limited to the fees paid by the Customer in the six months
preceding the claim. Trialvault is not liable for loss or corruption of data, delays to the
clinical trial, regulatory findings or any indirect damage.
7.6 The MST and this Order Form are governed by the laws of the Netherlands. Disputes are submitted
exclusively to the competent court in The Hague.

SIGNATURES
Trialvault B.V.                              Nephrion Therapeutics NV
Signed electronically (DocuSign)             Signed electronically (DocuSign)
Name: Jeroen Bakker, CFO                     Name: Dr Lieve Vandamme, CEO
Date: 08/12/2026                             Date: 10/12/2026
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
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
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
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
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": True,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 60,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)

EN_B22_VIRTUAL_DATA_ROOM_EMAIL_PROPOSAL = UnseenDocument(
    name="en_b22_virtual_data_room_email_proposal",
    text="""From:    Arnaud de Wilde <adw@meridiancf.be>
To:      Sophie Lambert <sophie.lambert@clearroom.be>
Date:    Tue, 8 Dec 2026 17:02
Subject: RE: Project Orchid - data room proposal

Sophie,

Looks good, please go ahead. Invoices to Meridian Corporate Finance SRL, Rue Royale 97,
1000 Brussels, VAT BE 0690.744.215, reference "Orchid". The seller's CFO, Mrs Goris, will send
you the draft index and the first documents on Wednesday 13 January.

Best,
Arnaud

-----Original message-----
From:    Sophie Lambert <sophie.lambert@clearroom.be>
To:      Arnaud de Wilde <adw@meridiancf.be>
Date:    Tue, 8 Dec 2026 10:14
Subject: Project Orchid - data room proposal
Attachments: Clearroom_general_terms_2026.pdf; Clearroom_DPA.pdf

Dear Arnaud,

Thank you for your time on the phone yesterday. As discussed, here is our proposal for the
Project Orchid data room (sale of your client's food-processing business, 6 to 8 bidders expected
in the first round).

What you get
- A dedicated data room at orchid.clearroom.be with your branding (logo, colours) and a
  click-through non-disclosure notice at first login
- Unlimited users (bidders, advisers, the seller's team), with permissions per folder and per
  bidder group
- Dynamic watermarking (name, e-mail, time) on screen, download and print; view-only mode for
  sensitive folders
- A Q&A module that routes questions to the right expert on the seller's side, with an optional
  question limit per bidder
- Full-text search, also in scanned documents
- Storage up to 10 GB

Getting started
We set up the room and upload and index your documents for you: you send us your draft index and
the documents (through our secure upload link or on a USB key), we build the folder structure,
number the documents to the index (1.1, 1.2 ...), run OCR and check that every file opens. This is
included for up to 2.500 pages. As a rule we need 2 business days from receipt of the documents:
if you send us the index and the first batch by Wednesday 13 January, the room is ready for your
review on Friday 15 January and can open to bidders on Monday 18 January.
We also give your deal team and the seller's management a 30-minute online onboarding session, and
bidders receive a one-page quick guide in English, French and Dutch.

Support
Our support desk is open 7 days a week from 7:00 to 23:00 CET, by chat, e-mail
(support@clearroom.be) and telephone (+32 2 808 41 50), in English, French and Dutch. Questions
are picked up within 30 minutes during those hours. I will be your project manager for Orchid and
your single point of contact, with my colleague Jonas Peeters as back-up.
Every Monday you receive an activity report: log-ins per bidder, documents viewed and downloaded,
and open Q&A questions. You can also follow this live in the admin dashboard.

Pricing (EUR, excl. VAT)
- Set-up, upload and indexing (up to 2.500 pages)          1.250,00 one-off
- Data room subscription (up to 10 GB)                        890,00 per month
- Additional storage                                           25,00 per GB per month
- Additional upload and indexing work (beyond 2.500 pages,
  or late documents you want us to handle)                     65,00 per hour
For additional work we always send you an estimate first and start only once you confirm it.
Not included: redaction of documents (you can black out passages yourself in the tool),
translation, and the seller's own IT costs.
The subscription has a minimum term of 3 months from the opening of the room. After that it
continues month by month, and you can stop it at any time by e-mail, at least 7 days before the
end of the month.
We invoice the set-up fee and the first 3 months when the room opens, and then monthly in advance.
Payment within 15 days.

Security and confidentiality
Everything is hosted in two ISO 27001-certified data centres in Belgium (Brussels and Ghent) and
encrypted at rest and in transit. Our staff are bound by confidentiality undertakings and access
the contents of the room only to carry out your instructions (upload, indexing, support). We will
not mention Project Orchid or the parties as a reference.
For the personal data in the room (for instance staff lists and employment contracts) we act as
your processor; our data processing agreement is attached and applies.

Closing the room
When the deal closes, or when you decide to stop, we deliver a complete archive: all documents in
the index structure, the Q&A log and the full audit trail, on two encrypted USB keys, for a fixed
300,00. Within 30 days of delivery we delete everything from our platform and confirm this in
writing.

Our general terms and conditions (attached, also at clearroom.be/terms) apply to this proposal.

Let me know if this works for you. A simple reply is enough and we will get started.

Kind regards,

Sophie Lambert
Client Director
Clearroom SRL - Avenue Louise 326, 1050 Brussels - BE 0745.118.620
""",
    items={
        "agreement.general_terms": "partial",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.seniority": "missing",
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 3,
        "renewal_term_months": 1,
        "notice_period_days": 7,
        "payment_term_days": 15,
        "response_time_hours_highest_priority": 0.5,
    },
)

EN_B22_CARBON_ACCOUNTING_ENGAGEMENT_LETTER = UnseenDocument(
    name="en_b22_carbon_accounting_engagement_letter",
    text="""GROENWAARDE DATA B.V.
Oudegracht 211, 3511 NH Utrecht, the Netherlands - KvK 83320114 - www.groenwaarde.nl

Van Hoeck Packaging NV
Attn. Mr Bart Van Hoeck, CFO, and Ms Julie Devos, Sustainability Manager
Industrieweg 48, 8560 Wevelgem, Belgium

Utrecht, 15 December 2026
Our ref.: GWD-EL-2026-044

Subject: Engagement letter - CarbonLedger implementation and CSRD data collection

Dear Bart, dear Julie,

Thank you for choosing Groenwaarde to help Van Hoeck Packaging set up its greenhouse-gas
accounting and the data collection for its sustainability statement under the CSRD. This letter
confirms the terms of our proposal of 18 November 2026 (the "Proposal"), which is attached and
forms part of this engagement. Our General Terms of Engagement 2025 (also attached) apply; where
they differ from this letter, this letter prevails.

1. What we will do
- Configure your CarbonLedger environment: organisational boundary (the plants in Wevelgem, Menen
  and Tilburg), emission sources, scopes 1 and 2, and the scope 3 categories selected in the
  Proposal (1, 3, 4, 5, 6, 7, 9 and 12).
- Build the data connections from your SAP S/4HANA system (purchase volumes per material group,
  fuel and energy invoices) and from the export files of your energy meters into CarbonLedger.
- Load your historical data for 2024 and 2025 from the Excel files your team keeps today and
  from your energy suppliers' invoices, so that 2024 can serve as base year. We reconcile the
  loaded totals with your energy invoices and purchase ledger and document every difference.
- Map emission factors (DEFRA, ecoinvent where you hold a licence, supplier-specific factors
  where available) and record them in an emission-factor register.
- Support your data owners during the first data collection, over financial year 2026.
Not included: the double materiality assessment and the drafting of the sustainability statement
(your sustainability manager and your reporting adviser), the limited assurance by your statutory
auditor, and the CarbonLedger licence, which you have contracted directly with the vendor.

2. Planning
  Phase 1 - Design and configuration                         February 2027
  Phase 2 - SAP and meter data connections                   March and April 2027
  Phase 3 - Historical data load 2024-2025, reconciliation   April and May 2027
  Phase 4 - Data collection FY 2026 and handover             June 2027, completed by 30 June 2027
We start on Monday 1 February 2027.

3. What we need from you
- Julie as project owner, available at least two days a week during the engagement;
- by 1 February 2027: read access to the relevant SAP tables for our data engineer (to be arranged
  with your IT partner), the energy invoices for 2024 and 2025, and the Excel files;
- a data owner per site (plant manager or controller) who answers our questions within five
  business days.

4. Our team
Lotte Jansen, partner, leads the engagement. She has 11 years of experience in carbon accounting
and sustainability reporting and holds the GHG Management Institute's carbon accounting
certificate. Milan de Vries, senior data engineer (six years of SAP integration work), and Noor
Bakker, consultant, complete the team. If one of them becomes unavailable, we propose a
replacement with a comparable profile for your approval; the handover within our team is at our
cost.

5. How we work
Every calculation follows the GHG Protocol Corporate Standard and the Scope 3 Standard and is
reviewed by a second consultant before it is released to you (four-eyes principle). Each emission
factor is traced to its source in the register.
Every second Friday, Lotte sends you a short status update: progress per phase, days used per
consultant, open issues and the decisions we need from you. Once a month we hold a steering
meeting with Bart and Julie to discuss progress, risks and priorities.
At the end of phase 4 we hand over a configuration workbook (data model, connections, mappings,
emission-factor register and a procedure per data source) and give two train-the-trainer sessions
of half a day for Julie and the data owners, so that your team can run the next collection cycles
itself.
We perform our work with the care of a good professional. Our commitment is, however, an
obligation of means (inspanningsverplichting): we cannot guarantee the completeness of the data
you supply, nor that your auditor will issue an unqualified assurance conclusion.

6. Fees
Because the effort depends largely on the quality of your source data, the Proposal did not fix a
number of days: we work on a time-and-materials basis and bill the time actually spent, at the
following day rates (excl. VAT):
  Partner                               EUR 1.480,00
  Senior consultant / data engineer     EUR 1.150,00
  Consultant                            EUR   890,00
Time is recorded per half day. Travel to your Belgian sites is charged at EUR 0,23 per km. We
invoice monthly on the basis of the time recorded, with a timesheet; invoices are payable within
14 days. Our rates are indexed on 1 January each year in line with the CBS index of contractual
wages (CAO-lonen).

7. Term and termination
This engagement runs from 1 February 2027 until phase 4 has been completed. Either of us may end
it at any time by written notice of 14 days; the time worked until then is invoiced.

8. Liability
Our liability for any claim relating to this engagement is limited to the fees invoiced for the
engagement in the three months preceding the event giving rise to the claim. We are not liable
for indirect damage, for fines or sanctions relating to your sustainability reporting, or for
errors resulting from data you supplied.

9. Confidentiality, personal data and intellectual property
We keep all information you give us confidential, also after the engagement, and use it only for
this engagement. The deliverables (configuration, workbook, register) are yours; our methods,
templates and tools remain ours, and you may use the templates included in the deliverables
internally without limit in time.
For the commuting survey (scope 3, category 7) we process the names and home-to-work distances of
your employees on your behalf. The data processing agreement attached to the Proposal applies; the
data are kept within the EU and deleted at the end of the engagement.

10. Governing law
This engagement is governed by Dutch law. Disputes are submitted to the District Court of
Midden-Nederland, location Utrecht.

If you agree with the above, please sign a copy of this letter and return it to us.

Kind regards,
Groenwaarde Data B.V.
(signed)
Lotte Jansen, partner

Agreed and accepted for Van Hoeck Packaging NV, Wevelgem, 21 December 2026:
(signed)                                  (signed)
Bart Van Hoeck, CFO                       Jan Van Hoeck, managing director
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.scope": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
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
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "notice_period_days": 14,
        "payment_term_days": 14,
    },
)


EN_DOCUMENTS = [
    EN_B22_DIAMOND_GRADING_CAMERA_MAINTENANCE,
    EN_B22_CLINICAL_TRIAL_EDC_ORDER_FORM,
    EN_B22_VIRTUAL_DATA_ROOM_EMAIL_PROPOSAL,
    EN_B22_CARBON_ACCOUNTING_ENGAGEMENT_LETTER,
]
