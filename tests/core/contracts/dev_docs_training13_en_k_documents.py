"""Training batch 13 (en, writer k): (1) a formal SaaS subscription agreement for an HR
performance-review tool (goals, 360 feedback, review cycles) between a Dutch HR-software vendor
and a Belgian engineering firm, signed by both; (2) a maintenance agreement between a Mechelen
software house and a regional airport for its baggage-tracking dashboard (BRS and sorting-system
interfaces), signed by both; (3) an informal e-mail offer by an Antwerp IT company for a podcast
studio's media-asset storage (NAS, cloud copy, archive migration), accepted by reply e-mail;
(4) a statement of work under a public framework agreement for the accessibility remediation
(WCAG 2.1 AA) of a public research institute's website, signed by both.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Conventions: months = 30 days for notice and warranty; response time
of the highest priority in hours (working hours counted as hours; 15 minutes = 0.25); a quote
accepted by e-mail or an empty client signature line raises risk.unsigned; a negation,
disclaimer, bare cross-reference, placeholder or best-efforts wording is "partial".
"""

from .unseen_documents import UnseenDocument

EN_T13K_HR_PERFORMANCE_REVIEW_SAAS = UnseenDocument(
    name="en_t13k_hr_performance_review_saas",
    text="""SAAS SUBSCRIPTION AGREEMENT - TALENTLOOP PERFORM
Agreement no. TL-BE-2026-044

BETWEEN
TalentLoop B.V., Catharijnesingel 53, 3511 GD Utrecht, the Netherlands, Chamber of Commerce no.
71839204, represented by Ms Femke Hoekstra, CEO ("TalentLoop");
AND
Declercq & Partners Engineering NV, Kortrijksesteenweg 1090, 9051 Gent, Belgium, enterprise no.
BE 0437.615.208, represented by Mr Pieter-Jan Declercq, managing partner, and Ms Hanne
Vervaet, HR director ("the Client").

Article 1 - Contract documents
1.1 This Agreement consists of this document and its annexes: Annex A - TalentLoop's proposal
TL-2026-118 of 3 November 2026 (configuration design and review cycles); Annex B - Service
Level Schedule; Annex C - Data Processing Agreement.
1.2 In case of conflict the following order of precedence applies: this document, Annex C,
Annex B, Annex A. The general terms and conditions of TalentLoop (including the NLdigital Terms)
and the purchasing conditions of the Client do not apply.

Article 2 - Service
2.1 TalentLoop provides the Client with access to TalentLoop Perform as a hosted service for up
to 280 employees: goal setting (OKR and individual objectives), continuous feedback, 360-degree
feedback rounds, the annual and mid-year review cycles, the Client's engineering competency
framework (levels E1 to E6), calibration sessions, and HR reporting.
2.2 Included: hosting, support, maintenance and all new releases; single sign-on with the
Client's Microsoft Entra ID; a nightly SFTP import of employee master data from the Client's
payroll provider.
2.3 Not included: integrations other than those in 2.2, custom development, the content of the
competency framework and review forms (which remain the Client's responsibility), and salary
or bonus calculations.

Article 3 - Fees (EUR, excl. VAT)
3.1 One-off implementation fee: EUR 9.800,00 (configuration of the review cycles and forms,
import of the competency framework, SSO set-up, data import and the training in article 6),
invoiced on signature of this Agreement.
3.2 Subscription: EUR 6,50 per employee per month, with a minimum of 250 employees, i.e.
EUR 19.500,00 per year, invoiced annually in advance from the go-live date. Employees above 250
are invoiced quarterly in arrears, pro rata.
3.3 Additional services (extra integrations, new review templates, workshops) are provided at
EUR 1.080,00 per consultant day. TalentLoop first sends a written quote; work starts only after
the Client's HR director has approved the quote in writing. Unapproved work is not invoiced.
3.4 The subscription fee and the day rate may be indexed once a year, on the anniversary of the
go-live date, in line with the Dutch CBS consumer price index of the preceding twelve months,
with a maximum of 3 %. TalentLoop announces the indexation in writing 60 days in advance.
3.5 Invoices are payable within 30 days of the invoice date.

Article 4 - Implementation planning and the Client's obligations
4.1 Kick-off: 11 January 2027. Configuration completed: 12 February 2027. Pilot with the
Structures department (about 40 employees): 15 February to 12 March 2027. Go-live for all
employees: 1 April 2027, in time for the mid-year review cycle.
4.2 The Client appoints Ms Hanne Vervaet as project lead and, by 22 January 2027, delivers the
employee master data file, the organisation chart, the competency framework and the review
results of 2025 and 2026 in the Excel templates provided by TalentLoop. The Client's IT
department completes the Entra ID configuration for SSO by 29 January 2027.
4.3 If go-live is delayed for reasons attributable to TalentLoop, the subscription fee is only
due from the actual go-live date and TalentLoop credits one month of subscription fees per full
month of delay. If the Client delivers late, the parties agree a new planning in the project
meeting; TalentLoop does not charge extra for the first two weeks of delay.

Article 5 - Team and quality
5.1 TalentLoop's implementation consultant is Ms Lotte de Graaf (six years' experience in HR
software implementations, certified in TalentLoop Perform administration). After go-live,
Mr Daan Vos is the Client's customer success manager and single point of contact.
5.2 TalentLoop is ISO/IEC 27001 certified. All configuration is first built and tested in a
sandbox environment and reviewed with the Client's project lead before it is moved to
production.
5.3 At go-live TalentLoop delivers a configuration document describing all review cycles, forms,
roles, access rights and automated reminders, and keeps it up to date during the Agreement.

Article 6 - Data import, acceptance and training
6.1 TalentLoop imports the employee master data, the organisation chart and the review results
of 2025 and 2026 from the templates in 4.2, and sends an import report with the number of
records loaded and rejected. The Client checks the imported data during the pilot.
6.2 At the end of the pilot the Client checks the configuration against Annex A during 10
working days. The configuration is accepted when the Client has signed the acceptance report;
defects found are corrected by TalentLoop before go-live. Go-live only takes place after
acceptance.
6.3 Configuration defects reported within 60 days after go-live are corrected free of charge.
6.4 TalentLoop trains the HR team (two sessions of three hours) and gives a train-the-trainer
session for 15 managers. Short video tutorials and in-app help are available in Dutch, French
and English.

Article 7 - Service levels, support and reporting
7.1 Availability: 99,5 % per calendar month, measured by TalentLoop's external monitoring,
excluding planned maintenance announced at least five working days in advance and carried out on
Saturdays between 20:00 and 24:00 CET.
7.2 Support: Monday to Friday 8:30-17:30 CET via the support portal and support@talentloop.nl;
priority 1 incidents also by telephone on +31 30 760 18 40.
7.3 Response and resolution times:
    Priority 1 - platform unavailable for all users     response 1 hour, resolution 8 hours
    Priority 2 - a key function unavailable (e.g. a review cycle cannot be launched or closed)
                                                        response 4 business hours, resolution
                                                        2 business days
    Priority 3 - other questions and minor defects      response 1 business day, fixed in a
                                                        next release
7.4 Service credits: for each started 0,5 % of availability below 99,5 % in a month, the Client
receives a credit of 5 % of the monthly subscription fee, up to 20 %, set off against the next
invoice.
7.5 TalentLoop releases new versions every month. Changes that affect users are announced 30 days
in advance in the release notes; new versions do not remove or reduce the functions described in
article 2.1. Security patches are applied as soon as they are available and critical
vulnerabilities are fixed within 72 hours.
7.6 Every month TalentLoop sends a service report with the measured availability, the incidents
per priority and the response and resolution times achieved.
7.7 The customer success manager and the Client's HR director meet every quarter to review the
service and the roadmap. Issues that are not solved are escalated to TalentLoop's head of
customer success and then to its CEO.

Article 8 - Term and termination
8.1 This Agreement starts on signature. The subscription runs for 36 months from the go-live
date and is then tacitly renewed for successive periods of 12 months, unless either party
terminates it by registered letter at least three months before the end of the current period.
8.2 Either party may terminate this Agreement with immediate effect if the other party does not
remedy a material breach within 30 days of a written notice of default. The Client may also
terminate if availability is below 98 % in two consecutive months.
8.3 The Client can export all its data (goals, feedback, reviews, calibration results) at any
time in CSV and PDF from the administrator module. Within 30 days after the end of the Agreement
TalentLoop delivers, on request and free of charge, a complete export in JSON with a description
of the format, and then deletes all Client data within 60 days, confirming the deletion in
writing. TalentLoop has no right to retain the Client's data.

Article 9 - Liability
Each party's liability is limited to the fees paid by the Client in the twelve months before the
event giving rise to the claim. Indirect damage is excluded. These limits do not apply to wilful
misconduct, gross negligence or breach of Annex C.

Article 10 - Intellectual property
TalentLoop keeps all rights in TalentLoop Perform; the Client receives a non-exclusive,
non-transferable right to use it during the term of this Agreement. The Client's data, its
competency framework and its review forms belong to the Client.

Article 11 - Confidentiality and personal data
11.1 The parties keep each other's confidential information secret during this Agreement and
for three years after its end. Individual review results are treated as strictly confidential.
11.2 TalentLoop processes the personal data of the Client's employees as processor under Annex C.
Data is hosted in Microsoft Azure data centres in the Netherlands; sub-processors are listed in
Annex C; personal data breaches are notified to the Client within 48 hours.

Article 12 - Disputes and governing law
Disputes are first discussed between the customer success manager and the HR director, and then
between the CEO of TalentLoop and the managing partner of the Client, who meet within 30 days.
If no solution is found, the dispute is brought before the courts of Ghent. This Agreement is
governed by Belgian law.

Signed in Ghent on 14 December 2026 in two originals.

For TalentLoop B.V.                 For Declercq & Partners Engineering NV
(signed)                            (signed)                   (signed)
Femke Hoekstra                      Pieter-Jan Declercq        Hanne Vervaet
CEO                                 Managing partner           HR director
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
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
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
        "risk.auto_renewal": True,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 60,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

EN_T13K_BAGGAGE_TRACKING_DASHBOARD_MAINTENANCE = UnseenDocument(
    name="en_t13k_baggage_tracking_dashboard_maintenance",
    text="""MAINTENANCE AGREEMENT BAGVIEW
Ref. TRL-MA-2026-031

Between
TRACKLANE BV, Zemstbaan 41, 2800 Mechelen, enterprise no. BE 0668.420.913, represented by
Mr Jeroen Wuyts, director ("Tracklane"),
and
NORTH SEA REGIONAL AIRPORT NV, Luchthavenlaan 1, 8400 Oostende, enterprise no. BE 0474.392.105,
represented by Ms Caroline Debaere, CEO ("the Airport").

1. Subject
1.1 Tracklane maintains the BagView baggage-tracking dashboard installed at the Airport in 2024:
the BagView server application, the interface with the baggage reconciliation system (BRS), the
interface with the PLC of the baggage sorting system, the WorldTracer export for mishandled
bags, and the dashboards in the baggage control room and at the handling agents' desks.
1.2 BagView runs on the Airport's own virtual servers in its data room. The servers, the
operating system, the network and the BRS and sorting system themselves are not covered by this
agreement.
1.3 The following documents form part of this agreement: Annex 1 - installation description
(system handbook); Annex 2 - Tracklane's offer TL-O-2026-207 of 14 October 2026; Annex 3 - data
processing agreement. In case of conflict, this agreement prevails over its annexes, and Annex 3
prevails over Annex 2. General terms of either party do not apply.

2. Maintenance services
The annual fee includes:
  a) corrective maintenance: diagnosis and correction of faults in BagView and its interfaces;
  b) adaptive maintenance: adapting the interfaces when the BRS or PLC supplier changes its
     message format, provided the Airport informs Tracklane at least four weeks in advance;
  c) two preventive maintenance visits per year, one before 15 May (before the summer season)
     and one in November, with a check of logs, disk usage, certificates and interface queues;
  d) new versions of BagView and security patches for BagView and its components (web server,
     database engine), installed by Tracklane within 30 days of release, or within 72 hours for
     critical security patches, in a window agreed with the Airport's IT department.
New functions and new dashboards are not included and are quoted separately.

3. Service desk and on-call
3.1 Service desk: working days 8:00-18:00 via the portal support.tracklane.be or by telephone on
+32 15 28 77 40.
3.2 Priority 1 incidents are reported on the on-call number +32 15 28 77 49, which is manned
every day of the year during the Airport's operating hours (5:00-23:30).
3.3 Tracklane keeps Annex 1 up to date after every change and appoints Mr Kevin Janssens as
service manager for the Airport. The on-call engineers have access to Annex 1 and to the history
of the Airport's incidents.

4. Priorities, response and resolution times
  P1 - dashboard unavailable in the baggage control room, or BRS data no longer received
       response 30 minutes, service restored within 4 hours
  P2 - one interface or one dashboard unavailable, or WorldTracer export failing
       response 2 hours, restored within 1 working day
  P3 - other faults and questions
       response next working day, correction in the next version
Times are counted from the call or the portal ticket, within the hours in article 3. Because
BagView runs on infrastructure managed by the Airport, Tracklane gives no commitment on the
availability of the dashboard.
If the resolution time of a P1 incident is exceeded, the Airport receives a credit of 10 % of
the quarterly fee per incident, up to 30 % of the quarterly fee, deducted from the next invoice.

5. Obligations of the Airport
The Airport provides Tracklane with remote access through its VPN with multi-factor
authentication, keeps a test environment of BagView available, handles first-line support for
its users, and informs Tracklane at least four weeks in advance of changes to the BRS, the
sorting system or the servers. Tracklane's staff working airside hold a valid airport
identification card, requested by the Airport.

6. Reporting and meetings
Tracklane sends a quarterly service report listing incidents per priority, response and
resolution times achieved, patches installed and recommendations. The service manager and the
Airport's IT manager and baggage operations manager meet every quarter. Escalation: service
manager, then Tracklane's operations director, then the directors of both parties.

7. Prices and payment
7.1 Annual maintenance fee: EUR 38.400,00 excl. VAT, invoiced quarterly in advance.
7.2 One-off intake fee for updating the system handbook and the test environment at the start:
EUR 2.400,00 excl. VAT, invoiced with the first quarterly invoice.
7.3 Work outside the scope of article 2 is invoiced at EUR 98,00 per hour. Any work of more than
four hours requires a written order from the Airport's IT manager on the basis of a quote.
7.4 Fee and hourly rate are indexed each 1 January with the formula P = P0 x (0,2 + 0,8 x S/S0),
S being the Agoria reference labour cost for the sector.
7.5 Invoices are payable within 30 days of the invoice date.

8. Term and termination
8.1 This agreement takes effect on 1 January 2027 for 24 months. It is then tacitly renewed for
periods of one year, unless terminated by registered letter at least two months before the end
of the current period.
8.2 Either party may terminate the agreement if the other party fails to remedy a serious breach
within 30 days after a notice of default. The Airport may terminate with immediate effect if the
P1 resolution time is exceeded three times in twelve months.
8.3 At the end of the agreement Tracklane hands over the up-to-date system handbook and the
source code of the Airport-specific interfaces, and assists the Airport or its new supplier for
up to five days at the hourly rate of 7.3.
8.4 Tracklane is prepared to deposit the source code of BagView with an escrow agent at the
Airport's request, on terms and at a cost to be agreed.

9. Intellectual property
Tracklane keeps all rights in BagView; the Airport has a non-exclusive licence for its own
operations for as long as it uses BagView. The Airport-specific interfaces developed for the
Airport belong to the Airport.

10. Liability
Tracklane's liability is limited to the fees paid in the twelve months preceding the event.
Indirect damage, such as loss of revenue, is excluded, except in case of fraud, wilful misconduct
or gross negligence.

11. Confidentiality and data protection
11.1 Tracklane keeps confidential all information it receives about the Airport, in particular
the parts of the airport security programme it sees, during the agreement and five years after.
11.2 BagView processes passenger names and bag tag numbers from baggage messages. Tracklane
accesses these data only for maintenance, as processor under Annex 3, and does not keep copies
outside the Airport's systems.

12. Disputes
The parties first try to settle any dispute through the escalation in article 6. Failing
agreement within 30 days, the courts of Bruges have exclusive jurisdiction. Belgian law applies.

Done in Ostend on 9 December 2026, in two copies.

For Tracklane BV                        For North Sea Regional Airport NV
(signed)                                (signed)
Jeroen Wuyts, director                  Caroline Debaere, CEO
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
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.knowledge_transfer": "covered",
        "team.quality": "missing",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "covered",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.escrow": "partial",
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
        "response_time_hours_highest_priority": 0.5,
    },
)

EN_T13K_PODCAST_MEDIA_STORAGE_OFFER = UnseenDocument(
    name="en_t13k_podcast_media_storage_offer",
    text="""From:    Tom Wijnants <tom.wijnants@kade7.be>
To:      Laura Bennett <laura@zoemerstudio.be>
Date:    Mon, 23 Nov 2026 16:02
Subject: RE: storage for the studio - our offer K7-2026-311
Attachment: Kade7_general_terms_2026.pdf

Hi Laura,

Thanks for showing us around the studio on Thursday. As promised, here's our proposal to get
all your episodes, raw tracks and video off the pile of USB drives and onto proper storage.

WHAT WE PROPOSE
  - A Synology RackStation RS2423RP+ with 12 x 16 TB drives (RAID 6, about 140 TB usable),
    2 x 10GbE, installed in your rack in the machine room.
  - A small 10GbE switch so your three edit stations get fast access to the NAS.
  - A cloud copy of everything to Wasabi object storage in Amsterdam (EU), replicated every
    night, with 30 days of versions so a deleted or overwritten project can be brought back.
  - Folder structure per show / season / episode and shared Kyno catalogues on the edit
    stations, so your editors can find and preview clips without copying them around.
Not included: the edit stations themselves, your Adobe and Kyno licences, cabling in the
recording booths, and anything on the network beyond the new switch.

PRICES (EUR, excl. VAT)
  NAS with 12 drives, switch, rails and UPS                                   14.870,00
  Installation and configuration (fixed price)                                 2.640,00
  Migration of your archive from the USB drives - estimate 2 days at 720,00      1.440,00
  Cloud copy at Wasabi - 6,90 per TB per month, about 40 TB today           ~ 276,00 / month
  Monitoring and support package                                                95,00 / month
The migration is billed on actual time. If it looks like it will take more than three days,
we stop and ask you first. Any other work you ask for is 90,00 per hour, and only after your OK
by e-mail. Wasabi price changes are passed on to you with one month's notice.
Hardware: 50 % on order, the rest on installation. Installation and migration are invoiced when
the migration is finished; the monthly fees are invoiced monthly. Payment within 15 days.

PLANNING
Hardware is in stock at our distributor: delivery about two weeks after your go. We install on a
Monday, as the studio is closed then, and run the migration during that week. By Friday your
editors work from the NAS.
What we need from you: gather all the USB drives in one place, tell us which are the masters
and which are copies, and keep 2U and two power sockets free in the rack.

MIGRATION
We copy every drive to the NAS and check each file against a checksum before we mark a drive as
done. Drives that give read errors are set aside and reported to you, and we don't wipe
anything: you keep the USB drives as they are.

AFTER THE INSTALLATION
  - The monitoring package covers health and capacity alerts, the nightly cloud copy, and DSM
    updates, which we install once a month on a Monday.
  - Support on business days from 9:00 to 17:00 by e-mail (support@kade7.be) or phone
    (03 298 41 70). We usually react to alerts the same day.
  - If a drive fails, we swap it with the spare we leave on site by the next business day.
  - The hardware has Synology's 3-year warranty; we handle any repair claims for you.
  - On the first Monday of each month you get a short e-mail with storage used, cloud copy
    status and any alerts.
  - Your editors get a one-hour walk-through on finding and restoring files, and you get a
    short document with the folder structure, the replication schedule and how to restore.
Cloud copy and support run from month to month; you can stop them with one month's notice by
e-mail. When you stop the cloud copy you have 30 days to pull everything back to the NAS (we
help free of charge), after which we delete the bucket. Your recordings stay yours.

Your unreleased episodes are confidential: we only open files as far as needed for the
migration and never keep copies. As the recordings contain your guests' voices and names, we'll
send our standard data processing agreement with the order confirmation.

Installation will be done by me and my colleague Jens Peeters.

Our general terms (attached) apply. This offer is valid until 31 December 2026.

Cheers,
Tom Wijnants
Kade 7 IT BV - Londenstraat 52, 2000 Antwerpen - BE 0745.118.362

-----

From:    Laura Bennett <laura@zoemerstudio.be>
To:      Tom Wijnants <tom.wijnants@kade7.be>
Date:    Tue, 1 Dec 2026 09:47
Subject: RE: storage for the studio - our offer K7-2026-311

Hi Tom,

All good, we accept offer K7-2026-311. Go ahead and order the hardware. Invoices to
accounts@zoemerstudio.be please, PO number ZS-2026-58.

Laura Bennett
Zoemer Studio BV, Brabantdam 120, 9000 Gent
""",
    items={
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
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.confidentiality": "covered",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "renewal_term_months": 1,
        "notice_period_days": 30,
        "payment_term_days": 15,
    },
)

EN_T13K_ACCESSIBILITY_REMEDIATION_SOW = UnseenDocument(
    name="en_t13k_accessibility_remediation_sow",
    text="""STATEMENT OF WORK No. 3
Accessibility remediation of www.ricr.be
under Framework Agreement FA-2025-014 "Digital accessibility services"

Contracting authority: Royal Institute for Coastal Research (RICR), Wandelaarkaai 7, 8400
Oostende, enterprise no. BE 0246.719.553 ("the Institute")
Contractor: Inclusio BV, Vaartkom 31, 3000 Leuven, enterprise no. BE 0699.207.441 ("Inclusio")
Date: 30 November 2026

1. Contract documents
This Statement of Work (SOW) is placed under the Framework Agreement FA-2025-014 awarded after
the negotiated procedure with prior publication, specifications RICR-2025-07. It incorporates
Inclusio's offer INC-2026-092 of 20 November 2026. In case of conflict the following order
applies: the specifications RICR-2025-07, the Framework Agreement, this SOW, Inclusio's offer.
Inclusio's general terms and conditions are excluded.

2. Background
The accessibility audit of October 2026 (report INC-AUD-2026-17) found 212 non-conformities with
WCAG 2.1 level AA (EN 301 549) on www.ricr.be, a Drupal 10 website of about 1.200 pages and 340
PDF documents. As a public sector body, the Institute must comply with the Belgian law of
19 July 2018 on the accessibility of websites and mobile applications of public sector bodies.

3. Scope
In scope:
  a) Phase 1 - the Drupal theme and templates: colour contrast, headings, landmarks, keyboard
     navigation, focus order and visible focus, skip links, image alternatives in templates;
  b) Phase 2 - forms (contact, newsletter, data request), the search page, the image carousel
     and the publication filters;
  c) Phase 3 - remediation of the 120 most downloaded PDF documents (list in annex 1 of the
     offer), estimated at 1.450 pages, into tagged PDF/UA;
  d) Phase 4 - a re-audit and an updated accessibility statement in Dutch, French, German and
     English;
  e) training of the Institute's web editors.
Out of scope: the embedded marine data viewer supplied by a third party, the PDFs not on the
list, rewriting of content, and hosting. Non-conformities in the marine data viewer are listed
in the accessibility statement as a disproportionate burden, with the Institute's alternative.

4. Price (EUR, excl. VAT)
  Phase 1 - theme and templates (fixed price)                               31.200,00
  Phase 2 - forms and interactive components (fixed price)                  12.800,00
  Phase 3 - PDF remediation at 6,50 per page, capped at                      9.425,00
  Phase 4 - re-audit and accessibility statement (fixed price)               4.600,00
  Training - two half-day sessions (fixed price)                             1.900,00
  Maximum total                                                             59.925,00
Daily rates of the Framework Agreement, fixed until its end: accessibility consultant 780,00;
front-end developer 690,00.
Each phase is invoiced after its acceptance (article 8). In accordance with the rules on public
procurement, invoices are paid within 30 days of the date of acceptance of the phase, provided
a correct invoice has been received.

5. Additional work
If Inclusio finds non-conformities that are not in the audit report, or the Institute asks for
work outside article 3, Inclusio reports it within 5 working days with a description and an
estimate in days at the rates of article 4. The work is carried out and invoiced only after the
Institute has issued a written purchase order.

6. Planning and obligations of the Institute
6.1 Start: 11 January 2027. Phase 1 delivered by 26 February 2027; Phase 2 by 26 March 2027;
Phase 3 by 30 April 2027; re-audit by 28 May 2027; accessibility statement published by 15 June
2027. Training sessions in the week of 17 May 2027.
6.2 By 8 January 2027 the Institute gives Inclusio access to the Drupal staging environment and
to the GitLab repository, and delivers the source files (Word or InDesign) of the 120 PDFs by
29 January 2027. Its web coordinator, Ms An Vermeersch, reviews merge requests within 5 working
days.
6.3 If Inclusio delivers a phase late, delay penalties apply of 0,07 % of the amount of this SOW
per calendar day of delay, limited to 7 %. Delays caused by the Institute or its hosting
supplier extend the planning by the same period, at no extra cost.

7. Team, quality and reporting
7.1 Inclusio's team: Ms Saar Wouters, lead auditor and project lead (IAAP CPACC and WAS certified,
eight years' experience); Mr Ruben Claes, senior Drupal front-end developer; Ms Elif Kaya,
medior front-end developer; Mr Bert Lambrechts, PDF accessibility specialist.
7.2 Team members are replaced only with the Institute's prior written approval, by a person with
at least the same qualifications; the handover is at Inclusio's cost.
7.3 Every fix is tested with automated checks (axe) and manually with the keyboard and the
screen readers NVDA, JAWS and VoiceOver, and is reviewed by a second developer before the merge
request is submitted.
7.4 Every Friday Inclusio sends a status report: issues solved and open per phase, days used
against the amounts in article 4, and risks. Project meetings take place every two weeks; at the
end of each phase a steering meeting is held with the Institute's head of communication.
Issues that cannot be solved in the project meeting are escalated to the steering meeting and
then to the managing director of Inclusio and the general director of the Institute.

8. Delivery, acceptance and warranty
8.1 Inclusio delivers the fixes as merge requests in the Institute's GitLab repository. The
Institute's hosting supplier deploys them to production in the monthly release window; Inclusio
is available during the release and checks the production site on the same day.
8.2 The Institute checks each phase against the issue list within 10 working days and signs an
acceptance report, or returns a list of remarks that Inclusio solves within 10 working days.
8.3 The re-audit is carried out on a sample of 40 pages and 20 PDFs according to WCAG-EM by an
Inclusio auditor who did not work on the fixes. The project is accepted when no non-conformities
of level A or AA remain in the sample, other than in the out-of-scope components.
8.4 For 90 days after final acceptance Inclusio corrects free of charge any fix that proves not
to conform to WCAG 2.1 AA.
8.5 Inclusio trains 12 web editors of the Institute (two half-day sessions) on accessible content
in Drupal and accessible Word and PDF documents, and leaves the training material.

9. Documentation and handover
Inclusio delivers a remediation log with the fix for each non-conformity and a component guide
for future developers, and holds a two-hour handover session with the Institute's web team and
its hosting supplier before the re-audit.

10. Legal
10.1 All code, templates, remediated PDFs and documents delivered become the property of the
Institute upon payment. Inclusio keeps its generic tools and testing scripts.
10.2 Inclusio's staff sign the Institute's confidentiality declaration; unpublished content and
access credentials are confidential.
10.3 Inclusio works on an anonymised copy of the website database. Where it has access to
personal data, it acts as processor under the data processing agreement in annex 4 of the
Framework Agreement.
10.4 Liability: as provided in article 17 of the Framework Agreement.
10.5 The Institute may terminate this SOW at any time with 15 days' written notice; Inclusio is
then paid for the work accepted and for work in progress at the daily rates.
10.6 Disputes are first discussed in the steering meeting. If they are not solved within 30 days,
the courts of Ghent, division Bruges, have exclusive jurisdiction. Belgian law applies.

For the Institute                             For Inclusio BV
(signed)                                      (signed)
Dr Marc Vandenbroucke, general director       Koen Hermans, managing director
Date: 4 December 2026                          Date: 2 December 2026
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
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "missing",
        "exit.termination": "covered",
        "exit.escrow": "missing",
        "legal.liability": "partial",
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
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "notice_period_days": 15,
        "payment_term_days": 30,
        "warranty_days": 90,
    },
)

DOCUMENTS = [
    EN_T13K_HR_PERFORMANCE_REVIEW_SAAS,
    EN_T13K_BAGGAGE_TRACKING_DASHBOARD_MAINTENANCE,
    EN_T13K_PODCAST_MEDIA_STORAGE_OFFER,
    EN_T13K_ACCESSIBILITY_REMEDIATION_SOW,
]
