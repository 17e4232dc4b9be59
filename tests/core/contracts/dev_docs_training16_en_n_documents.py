"""Training batch 16 (en, writer n): English documents by Belgian and Dutch IT suppliers:
(1) a formal subscription agreement with numbered articles by an Antwerp supplier for a
construction group's site-safety app (LMRA, toolbox meetings, incidents, Checkin@Work), with
onboarding, SLA, service credits and exit; (2) a maintenance agreement by a Dutch supplier for the
fleet control software of a Belgian grower's pipe-rail greenhouse robots, with best-efforts
restoration, no availability guarantee, escrow "to be agreed" and the supplier's general terms;
(3) a statement of work under a public framework agreement for migrating a university's
Enterprise Vault e-mail archive to Microsoft 365 (fixed price, capped time and materials,
termination only by cross-reference); (4) a short renewal letter, signed by the supplier only,
for a translation bureau's hosted terminology database (tacit renewal, price increase, new
general terms).

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser.

Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty
client signature line raises risk.unsigned (here also a renewal letter that takes effect without
the client's signature); a negation, disclaimer, bare cross-reference, placeholder or
best-efforts wording is "partial"; ambiguous items, risks and figures are left out.
"""

from .unseen_documents import UnseenDocument

EN_T16N_SITE_SAFETY_APP_SUBSCRIPTION = UnseenDocument(
    name="en_t16n_site_safety_app_subscription",
    text="""SUBSCRIPTION AGREEMENT - SITEGUARD SITE-SAFETY APP
Agreement no. WW-2026-114

BETWEEN Werfwacht BV, Noorderlaan 133, 2030 Antwerpen, enterprise no. BE 0745.612.338,
represented by Mr Stijn Goossens, managing director ("Werfwacht"), AND
Bouwgroep Verstraete NV, Industriepark Hoogveld 21, 9200 Dendermonde, enterprise no.
BE 0412.339.870, represented by Ms An Verstraete, CEO, and Mr Luc Baert, QHSE director
("the Client").

Article 1 - Contract documents
1.1 This Agreement consists of this document and its annexes: Annex 1 - Werfwacht's offer
OF-2026-0871 of 12 November 2026; Annex 2 - functional description, agreed configuration and
acceptance criteria; Annex 3 - data processing agreement.
1.2 In case of conflict the following order applies: this document, Annex 3, Annex 2, Annex 1.
The general terms and conditions of either party do not apply.

Article 2 - Subject and scope
2.1 Werfwacht provides SiteGuard as a subscription service: a mobile app (iOS and Android, usable
offline) and a web back-office for last-minute risk analyses (LMRA), toolbox meetings with
digital attendance lists, incident and near-miss reporting with photos, inspection checklists
(scaffolding, excavations, lifting gear), work permits for hot work and confined spaces, and the
daily registration of presence on site through the link with the RSZ/ONSS Checkin@Work service.
2.2 Included: 260 field users and 20 office users, up to 45 active sites, the app in Dutch,
French, English, Polish, Romanian and Portuguese, hosting, back-ups, support and maintenance.
2.3 Not included: smartphones and tablets, mobile data subscriptions, integration with the
Client's ERP (Bouwsoft) and custom reports beyond the 12 standard reports.

Article 3 - Fees (EUR, excl. VAT)
3.1 One-off onboarding fee: EUR 6.850,00 (configuration of the Client's forms and checklists, the
data import of article 5.3 and the training of article 5.5), invoiced 50 % on signature and 50 %
on go-live.
3.2 Subscription fee: EUR 9,80 per field user and EUR 24,00 per office user per month, i.e.
EUR 3.028,00 per month, invoiced quarterly in advance from go-live. Additional users are added
at the same unit prices, pro rata.
3.3 From 1 January 2028 the subscription fees may be indexed once a year on 1 January with the
formula P1 = P0 x (0,2 + 0,8 x S1/S0), where S is the Agoria reference labour cost (national
average). The increase is capped at 4 % per year.
3.4 Additional forms, custom reports or integrations are carried out only on the basis of a
written quote (effort, price, planning) approved in writing by the Client's project leader, at
a daily rate of EUR 890,00 (functional consultant) or EUR 980,00 (developer). Work that was not
approved is not invoiced.
3.5 Invoices are payable within 30 days of the invoice date.

Article 4 - Planning and obligations of the Client
4.1 Kick-off: 11 January 2027. Configuration: until 29 January 2027. Pilot on three sites
(Dendermonde, Aalst and Sint-Niklaas): 1 February to 26 February 2027. Go-live on all sites:
Monday 8 March 2027.
4.2 By 18 January 2027 the Client delivers its current safety forms and checklists, the list of
users with role and language, the list of active sites with their Checkin@Work notification
numbers, and the list of subcontractors with their enterprise numbers. The Client appoints its
prevention adviser, Mr Ruben De Wilde, as project leader, and makes the site managers of the
three pilot sites available during the pilot.
4.3 If go-live is delayed for reasons attributable to Werfwacht, the subscription fee only
starts at the actual go-live and Werfwacht credits 10 % of the onboarding fee per full week of
delay, up to 50 %. If the Client delivers late, the planning shifts by the same period; the
subscription fee then starts at the latest four weeks after the planned go-live date.

Article 5 - Onboarding
5.1 Werfwacht configures SiteGuard according to Annex 2 and, at go-live, delivers an
administrator handbook describing the configured forms, workflows, user roles and the tasks of
the Client's administrators.
5.2 Werfwacht publishes the app and distributes it to the Client's devices through Intune.
5.3 Werfwacht imports from the Client's Excel registers the subcontractors, the sites and the
open actions of the 2026 safety action plan, and delivers an import report (counts and rejected
rows), which the Client checks within 5 working days.
5.4 At the end of the pilot the parties test SiteGuard against the acceptance criteria of Annex
2 (all forms usable offline, Checkin@Work registrations accepted by the RSZ/ONSS for three
consecutive working days, standard reports correct). Within 5 working days the Client signs the
acceptance report or lists the blocking defects, which Werfwacht fixes before go-live.
5.5 Werfwacht gives two half-day train-the-trainer sessions (up to 12 persons each) for the
prevention advisers and site managers in Dendermonde, and provides short in-app instruction
videos in all app languages for the workers. During the first two weeks after go-live a
Werfwacht consultant handles calls from the Client's site managers with priority.
5.6 Configuration defects reported within three months after go-live are fixed free of charge.

Article 6 - Team and quality
6.1 Werfwacht's implementation consultant is Ms Lotte Wouters (prevention adviser level 2, eight
years' experience with safety software in construction). After go-live the customer success
manager, Mr Jens De Smet, is the Client's single point of contact.
6.2 SiteGuard is developed and operated under an ISO/IEC 27001 certified ISMS. Every release
is tested automatically and in a staging environment before it goes to production; changes to
the Client's configuration are tested in its test environment before they are activated.

Article 7 - Reporting and governance
7.1 During onboarding Ms Wouters sends a weekly status e-mail (progress, open points, actions).
7.2 After go-live Werfwacht sends a monthly service report: availability, tickets per priority
with resolution times, and usage per site (LMRAs, toolbox meetings, incidents, open actions).
7.3 Every quarter Mr De Smet and the Client's QHSE director hold a service review. Escalation
path: customer success manager, then Werfwacht's operations director (Ms Els Peeters), then its
managing director.

Article 8 - Support and service levels
8.1 The subscription includes corrective maintenance, hosting, daily back-ups kept for 35 days,
the service desk and all new versions. New versions are released monthly; release notes are sent
5 working days in advance. Critical security patches are applied within 72 hours, other patches
with the next release.
8.2 Service desk: working days 6:30-18:00 by telephone (+32 3 808 41 20), e-mail
(support@werfwacht.be) and in-app chat. Priority 1 calls are also taken by telephone on
Saturdays and Sundays from 6:00 to 22:00.
8.3 Priorities, response and resolution times:
    P1 - app or back-office unavailable for all users, or Checkin@Work registration failing:
         response 1 hour, workaround within 4 hours
    P2 - one module unavailable, or one site cannot synchronise:
         response 4 working hours, resolution within 2 working days
    P3 - other: response 1 working day, resolution in the next monthly release
8.4 Availability of the back-office and the synchronisation service: 99,5 % per calendar month,
excluding planned maintenance announced at least 5 working days in advance and carried out on
Sundays between 0:00 and 6:00. During an outage the app keeps working offline.
8.5 For each started 0,5 % of availability below 99,5 % the Client receives a credit of 5 % of
the monthly subscription fee, up to 20 %, set off against the next invoice. If availability is
below 98 % in three consecutive months, the Client may terminate the Agreement without notice or
compensation.
8.6 Werfwacht keeps a customer file (sites, configuration, contacts) for all service agents.

Article 9 - Term, termination and exit
9.1 The subscription runs for 36 months from go-live. It is then tacitly renewed for successive
periods of 12 months, unless either party terminates it by registered letter at least three
months before the end of the current period.
9.2 Either party may terminate the Agreement with immediate effect by registered letter if the
other party commits a material breach that is not remedied within 30 days of a written notice
of default, or in case of bankruptcy.
9.3 At the Client's request Werfwacht continues the service for up to three months after the
end of the Agreement at the fees then applicable, and assists the new supplier for up to three
days at the daily rate of article 3.4.
9.4 Within 30 days of the end Werfwacht delivers, free of charge, a complete export of the
Client's data: registrations, forms and incident reports as CSV and PDF, and photos and
attachments in their original format in a ZIP archive with an index file. Werfwacht deletes the
data 60 days after delivering the export, unless the Client asks in writing to keep it longer
for its legal retention obligations, at EUR 95,00 per month. Werfwacht has no right to retain
the Client's data.

Article 10 - Liability
10.1 Werfwacht's liability is limited to the fees paid in the 12 months before the event, with
a minimum of EUR 75.000,00. Indirect damage is excluded, except in case of fraud or wilful
misconduct. If data is lost through Werfwacht's fault, it restores the data from its back-ups at
its own cost.

Article 11 - Intellectual property, confidentiality and personal data
11.1 Werfwacht keeps all intellectual property rights in SiteGuard. The Client receives a
non-exclusive, non-transferable right to use it during the Agreement, for its own staff and its
subcontractors on its sites. The forms, checklists and reports configured for the Client and all
data entered belong to the Client.
11.2 Both parties keep each other's confidential information secret during the Agreement and
for three years after its end.
11.3 Werfwacht processes personal data (identity data, social security numbers for Checkin@Work,
photos, incident details including health data of injured workers) as processor under Annex 3.
The data is hosted in Microsoft Azure, region West Europe (the Netherlands). Data breaches are
notified to the Client within 24 hours.

Article 12 - Disputes and governing law
Disputes are first discussed by the project leaders within 10 working days, then by the
managing directors within 30 days. Belgian law applies; the courts of Ghent, division
Dendermonde, have exclusive jurisdiction.

Signed in Dendermonde on 17 December 2026 in two originals.

For Werfwacht BV                   For Bouwgroep Verstraete NV
(signed)                           (signed)                 (signed)
Stijn Goossens                     An Verstraete            Luc Baert
Managing director                  CEO                      QHSE director
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
        "exit.transition": "covered",
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
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

EN_T16N_GREENHOUSE_ROBOT_SOFTWARE_MAINTENANCE = UnseenDocument(
    name="en_t16n_greenhouse_robot_software_maintenance",
    text="""SOFTWARE MAINTENANCE AGREEMENT - RAILPILOT FLEET CONTROL SOFTWARE
Contract no. KR-SMA-2026-031

The undersigned:
1. Kasrobotics B.V., Middel Broekweg 29, 2675 KB Honselersdijk, the Netherlands, Chamber of
   Commerce no. 27184503, legally represented by Mr Bas Vreugdenhil, service manager,
   hereinafter "Kasrobotics";
2. Van Aerschot Serres BV, Loenhoutseweg 62, 2320 Hoogstraten, Belgium, enterprise no.
   BE 0863.421.097, legally represented by Mr Jef Van Aerschot, managing director,
   hereinafter "the Grower";

Whereas in 2024 the Grower bought 14 KR-LeafBot pipe-rail robots with the RailPilot fleet control
software for leaf-picking and UV-C treatment in its 9 ha tomato greenhouse (purchase agreement
KR-V-2024-009), and the warranty of that purchase ended on 30 November 2026;

agree as follows:

1. Subject
1.1 Kasrobotics maintains the software: RailPilot 4.x on the fleet server in the Grower's
technical room, the firmware of the 14 robots and the RailPilot operator app.
1.2 The Grower has chosen the Plus formula. Both formulas include remote support, corrective
maintenance and updates. Plus adds: on-call service for P1 during the harvest season, two
preventive visits per year, remote monitoring of the fleet with alerts, and one re-mapping of the
rail network per year after changes in the greenhouse.
1.3 Not included: mechanical and electrical maintenance of the robots (batteries, wheels,
grippers, UV lamps), which is covered by the separate parts and service contract; the Grower's
network and Wi-Fi; the Priva climate computer and the interface on Priva's side; faults caused by
changes to the greenhouse or rails that were not notified to Kasrobotics.

2. Fees
2.1 Plus formula: EUR 1.365,00 per month excl. VAT, i.e. EUR 16.380,00 per year, invoiced
annually in advance in January.
2.2 One-off intake audit (inventory of software versions, server, network and rail map, and
creation of the site file): EUR 1.850,00 excl. VAT, invoiced after the audit.
2.3 Interventions outside the scope: EUR 112,00 per hour per service engineer, travel costs
EUR 0,65 per km from Honselersdijk and travel time at half the hourly rate. Kasrobotics tells
the Grower beforehand that an intervention falls outside the scope and only starts after the
Grower has agreed by telephone, confirmed by e-mail. Larger work, such as mapping a new
greenhouse section, is quoted first.
2.4 Kasrobotics may adjust its fees and hourly rates once per calendar year. It informs the
Grower at least two months before the new prices apply.
2.5 Invoices are payable within 30 days of the invoice date.

3. Support and response times
3.1 Helpdesk: Monday to Saturday 6:00-20:00, by telephone (+31 174 820 300) and through the
Kasrobotics service portal. From 1 March to 30 November P1 calls are also taken outside these
hours on the on-call number.
3.2 Response times (call back by an engineer and start of the remote diagnosis):
    P1 - whole fleet stopped or fleet server down              within 1 hour
    P2 - one or more robots stopped, or Priva interface down    within 4 service hours
    P3 - questions and minor faults                             within 2 working days
If a fault cannot be fixed remotely, an engineer is on site the next working day for P1 and
within 3 working days for P2.
3.3 Kasrobotics will use its best efforts to restore operation as soon as possible. Because
faults often depend on crop and greenhouse conditions, no resolution times and no availability
percentage of the fleet are guaranteed.

4. Updates
4.1 The Plus formula includes all updates and minor releases of RailPilot 4.x and of the robot
firmware, and the monthly security patches of the fleet server's operating system (Ubuntu LTS),
installed remotely.
4.2 Every release is tested on Kasrobotics' test rail in Honselersdijk and at a pilot grower
before it is released. Updates are installed after consultation with the Grower, on a day chosen
by the Grower.
4.3 An upgrade to a new major version (RailPilot 5) is not included; Kasrobotics will make an
offer for it.

5. Preventive visits, reports and meetings
5.1 Two preventive visits per year, in June and in December: check of the server and logs, the
rail map and the positioning calibration, and a one-hour refresher for the Grower's operators.
5.2 Planning 2027: intake audit in week 3 (18-22 January), preventive visits in weeks 24 and 50.
5.3 After each visit or on-site intervention Kasrobotics sends a service report by e-mail within
3 working days. Every month the Grower receives a fleet report: operating hours per robot, stops
and error codes, kilometres driven, and the tickets of the month.
5.4 Every year in November Kasrobotics' service manager and the Grower's head of cultivation
meet to evaluate the past season and plan the next one.

6. Team and site knowledge
6.1 The Grower's service engineer is Mr Dennis van der Zwet. Kasrobotics' service engineers are
Kasrobotics-certified mechatronics technicians with at least three years' experience with
RailPilot.
6.2 Kasrobotics keeps a site file with the rail map, the greenhouse layout, the network diagram,
the software versions and the history of all tickets, available to all its helpdesk staff.
6.3 After each update that changes the way operators work, Kasrobotics gives the Grower an
updated operator manual in Dutch.

7. Obligations of the Grower
The Grower: (a) keeps a VPN connection for remote access available 24/7, to be installed before
1 January 2027 with the help of Kasrobotics; (b) appoints two trained operators as first point of
contact; (c) reports faults through the portal or by telephone, with the error code; (d) does not
change software settings or the rail map without consulting Kasrobotics; (e) informs Kasrobotics
at least four weeks before any change to the greenhouse, the heating pipes or the rails.

8. Term and termination
8.1 This agreement runs from 1 January 2027 to 31 December 2027. It is then tacitly renewed for
one year each time, unless either party terminates it in writing at least two months before the
end of the current year.
8.2 Either party may terminate this agreement with immediate effect by registered letter if the
other party seriously fails in its obligations and does not remedy this within 30 days of a
written notice.
8.3 At the Grower's request Kasrobotics will deposit the source code of RailPilot with an escrow
agent; the conditions and costs will be agreed separately.

9. Liability
Kasrobotics' liability is limited to direct damage, up to the amount invoiced under this
agreement in the three months before the event. Kasrobotics is never liable for crop damage,
loss of harvest or production, damage to plants caused by the robots, or consequential loss.

10. Licence, confidentiality and personal data
10.1 Kasrobotics keeps all intellectual property rights in the software. The Grower uses it
under the non-exclusive, non-transferable licence for its Hoogstraten site granted in purchase
agreement KR-V-2024-009; updates delivered under this agreement fall under the same licence.
10.2 Both parties keep confidential the information they receive from each other, including the
Grower's cultivation and production data, during this agreement and for two years after it.
10.3 The robots' cameras may record greenhouse workers. The images are kept on the fleet server
for 7 days only. When Kasrobotics accesses the server remotely it acts as processor under the
processing agreement in Annex B.

11. General terms and applicable law
11.1 The general terms and conditions of Kasrobotics B.V., filed with the Chamber of Commerce and
attached, apply to this agreement. The Grower's purchase conditions do not apply.
11.2 This agreement is governed by Dutch law. Disputes are submitted exclusively to the competent
court in The Hague.

Signed in duplicate,

Kasrobotics B.V.                               Van Aerschot Serres BV
Honselersdijk, 14 December 2026                Hoogstraten, 16 December 2026
(signed)                                       (signed)
B. Vreugdenhil, service manager                J. Van Aerschot, managing director

Annex A - the Grower's robot fleet and software versions
Annex B - processing agreement
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "partial",
        "agreement.quote_included": "missing",
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
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "partial",
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
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 1,
    },
)

EN_T16N_EMAIL_ARCHIVE_MIGRATION_SOW = UnseenDocument(
    name="en_t16n_email_archive_migration_sow",
    text="""STATEMENT OF WORK No. 3 - MIGRATION OF THE E-MAIL ARCHIVE TO MICROSOFT 365
Under framework agreement USL/ICT/2025/07 "ICT professional services"

University:  Universiteit Scheldeland, Directie ICT, Kaai 17, 9000 Gent
             project leader: Mr Tom Lemmens, ICT project manager
Contractor:  MailShift B.V., Papendorpseweg 100, 3528 BJ Utrecht, the Netherlands,
             Chamber of Commerce no. 61827349; project lead: Ms Anouk de Bruijn
Order no.:   PO 4500187263

1. Context and objective
The University keeps 14 years of e-mail (2012-2026) in an on-premises Veritas Enterprise Vault
12.5 archive: 9.400 staff archives, 3.100 archives of former staff, 2.150 archives of shared and
functional mailboxes and one journal archive, about 86 TB and 1,9 billion items. The Enterprise
Vault servers must be switched off by 31 October 2027. This SOW covers the migration of all
archives to Exchange Online archive mailboxes and inactive mailboxes in the University's
Microsoft 365 tenant, with a full chain of custody.

2. Contract documents
This SOW is issued under framework agreement USL/ICT/2025/07, awarded to MailShift after the open
procedure of 2025. In case of conflict the following order applies: (1) the special
specifications USL/ICT/2025/07, (2) the framework agreement, (3) this SOW, (4) MailShift's offer
MS-O-2026-233 of 20 November 2026 (Annex 1). The general execution rules of the Royal Decree of
14 January 2013 apply where the special specifications do not derogate from them. MailShift's
general terms do not apply.

3. Scope
Included: analysis of the source archive; set-up of MailShift's ShiftEngine tooling on two
migration servers in the University's data centre; a pilot; migration of all archives listed in
section 1, including items under legal hold; removal of the Enterprise Vault shortcuts from the
mailboxes; chain-of-custody and exception reports; support for the decommissioning (export of the
Enterprise Vault audit logs).
Not included: PST files on users' PCs, deduplication or clean-up of content, Microsoft 365
licences, retention policies other than the three labels of Annex 2, and the destruction of the
old storage.

4. Planning
  Phase 0  preparation and analysis, migration plan        11 January - 5 February 2027
  Phase 1  pilot: ICT department and 2 faculties (250)      8 February - 5 March 2027
  Phase 2  staff archives in 12 batches                    8 March - 11 June 2027
  Phase 3  former staff, shared and journal archives       14 June - 27 August 2027
  Phase 4  final reconciliation and decommissioning        30 August - 24 September 2027
Target date for final acceptance: 1 October 2027.

5. Obligations of the University
  - By 4 January 2027: two virtual servers as specified in Annex 3, with access to the Enterprise
    Vault databases and storage, and the service accounts and app registration in Exchange Online.
  - By 1 March 2027: Microsoft 365 licences with archiving for all target mailboxes, and the
    inactive mailbox policy for former staff.
  - By 29 January 2027: decisions, together with the DPO, on the retention labels and on the
    treatment of the archives of former staff.
  - At least 10 working days before each batch: communication to the users concerned, using
    MailShift's templates.
  - An Exchange administrator available two days per week during phases 1 to 3.

6. Team
6.1 MailShift: Ms Anouk de Bruijn, project lead (PRINCE2 Practitioner, ten years of e-mail
migration projects); Mr Koen Hermans, lead migration engineer (Microsoft 365 Certified: Messaging
Administrator Associate, more than 30 Enterprise Vault migrations); one medior migration engineer
for the monitoring of the batches.
6.2 MailShift replaces a named team member only with the University's prior written approval, by
a person with at least equivalent experience; the handover is at MailShift's cost.

7. Method and quality
For each archive ShiftEngine logs the number and size of the items in source and target and a
hash per item. Items that fail are retried three times and then listed with the reason in an
exception report. Acceptance criterion per batch: at least 99,98 % of the items migrated, every
item not migrated listed with its reason, and no item under legal hold lost. Changes to the
configuration of the tenant follow the four-eyes principle.

8. Cut-over and user support
8.1 For each batch the history is migrated in the background, followed by a delta migration and
a cut-over in the weekend: the shortcuts are removed, Enterprise Vault access is disabled and on
Monday the users find their archive in Outlook and Outlook on the web.
8.2 MailShift provides user communication templates and a FAQ in Dutch and English and a one-page
quick guide, and trains the University's service desk in two sessions of two hours.
8.3 Hypercare: during three working days after each cut-over a MailShift engineer is second line
for the University's service desk. A P1 incident (a user or group cannot open archived mail) is
answered within 2 working hours.

9. Acceptance
After each batch MailShift delivers a reconciliation report. The University checks it within 5
working days, including a sample of 20 archives, and accepts it in writing or lists deviations,
which MailShift corrects before submitting the report again. Final acceptance follows phase 4, on
the basis of the overall reconciliation report and the documentation of section 10.2.

10. Warranty and handover
10.1 For 60 days after final acceptance MailShift migrates again, free of charge, any items found
missing or damaged. The University keeps Enterprise Vault read-only until the end of that period.
10.2 At final acceptance MailShift delivers the as-built documentation, all chain-of-custody and
exception reports and a runbook for legal hold requests, and gives a one-day knowledge transfer
to the University's Exchange team.

11. Price and payment (EUR, excl. VAT)
11.1 Fixed price for phases 0 to 4: EUR 148.600,00.
11.2 Set-up of ShiftEngine on the migration servers, including the migration licences for 86 TB:
EUR 38.700,00 one-off, invoiced at the start of phase 1. Above 90 TB: EUR 450,00 per extra TB.
11.3 Remediation of corrupt or unreadable items on time and materials at the daily rates of the
framework agreement: senior migration engineer EUR 1.050,00, migration engineer EUR 860,00.
Estimate: 20 days. MailShift does not exceed EUR 21.000,00 without a prior written order.
11.4 The fixed price is invoiced as follows: 15 % on approval of the migration plan, 15 % on
acceptance of the pilot, 40 % pro rata per accepted batch of phase 2, 20 % on acceptance of phase
3 and 10 % on final acceptance.
11.5 Invoices are sent via Peppol (Mercurius) quoting the order number and are paid within 30
days of receipt. Prices and rates are fixed for the duration of this SOW.
11.6 Any change to scope, planning or price requires a change request (Annex 4). MailShift
describes the impact within 5 working days; the change is carried out only after signature by
the University's project leader and, above EUR 8.500,00, by the ICT director.

12. Delay
If a phase ends late because of MailShift, it owes a penalty of 0,05 % of the fixed price per
calendar day, up to 5 %. Delays caused by the University shift the planning by the same period;
idle days of MailShift's engineers are billable only if MailShift warned the University in
writing and the cause was not removed within 5 working days.

13. Reporting and governance
Every Monday MailShift sends a progress report: archives and items migrated per batch, throughput
in TB per day, exceptions, risks and days used on time and materials. The project leaders meet
every two weeks. A steering committee (the ICT director Ms Hilde Vandamme, the DPO, the
University's records manager and MailShift's account director) meets monthly. Disputes go from
the project leaders to the steering committee, and then to the ICT director and MailShift's CEO,
before any court proceedings.

14. Confidentiality and personal data
The archive contains personal data of staff, students and third parties, including special
categories. MailShift processes it only on the University's instructions under the data
processing agreement of Annex 5 (article 28 GDPR). All data stays in the University's data centre
and tenant. MailShift's engineers open the content of a message only to troubleshoot a single
item with the written approval of the DPO; all access is logged. Each team member signs the
confidentiality statement of Annex 6. Data breaches are notified within 24 hours.

15. Liability and intellectual property
MailShift's liability is limited to EUR 500.000,00 per event and EUR 1.000.000,00 per year,
except for wilful misconduct, gross negligence or breach of Annex 5. Loss or corruption of
archived items caused by MailShift is not excluded; MailShift restores them from the source at its
own cost. All reports, documentation and runbooks belong to the University; scripts written for
the University may be used freely by it. MailShift keeps its rights in ShiftEngine; the licence
ends at the end of this SOW.

16. Term, termination and law
This SOW takes effect on signature and ends at the end of the warranty period, at the latest on
31 December 2027. Termination: in accordance with article 19 of the framework agreement. Belgian
law applies; the courts of Ghent have jurisdiction.

For Universiteit Scheldeland                    For MailShift B.V.
(signed)                  (signed)              (signed)
Katrien Bogaert           Hilde Vandamme        Ruud Verhoeven
Administrator-general     ICT director          CEO
Date: 11/12/2026                                Date: 9/12/2026
""",
    items={
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
        "exit.duration_renewal": "covered",
        "exit.termination": "partial",
        "exit.transition": "missing",
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
        "response_time_hours_highest_priority": 2,
    },
)

EN_T16N_TERMINOLOGY_DATABASE_RENEWAL_LETTER = UnseenDocument(
    name="en_t16n_terminology_database_renewal_letter",
    text="""LEXICON CLOUD BV
Kortrijksesteenweg 1085, 9051 Sint-Denijs-Westrem - BE 0689.544.201 - www.lexiconcloud.eu

Polyglot Vertalingen BV
Attn. Ms Nathalie Dubois, managing partner
Frankrijklei 118
2000 Antwerpen

Ghent, 2 December 2026
Our ref.: LC/REN/2027/0147

Subject: renewal of your TermVault Pro subscription on 1 February 2027

Dear Nathalie,

Time flies: your TermVault Pro subscription renews on 1 February 2027. Below you will find what
stays the same and what changes. If you want to continue, you don't need to do anything: the
subscription renews automatically for another 12 months.

What stays the same
  - Your hosted TermVault instance polyglot.termvault.eu, hosted in Frankfurt am Main (Germany).
  - 6 editor licences and 25 read-only reviewer accounts; unlimited termbases up to 250.000
    concepts in total.
  - The plug-ins for Trados Studio and memoQ, and import/export in TBX, Excel and CSV.
  - A daily back-up, kept for 30 days.
  - Support by e-mail (support@lexiconcloud.eu) on working days from 9:00 to 17:30; we answer
    within one working day.
  - Not included, as before: hosting of translation memories, machine translation, and the
    clean-up or conversion of termbases.

What changes
1. Price. From 1 February 2027 TermVault Pro costs EUR 3.960,00 per year excl. VAT (2026:
   EUR 3.720,00). Our hosting and staff costs rose again this year and, as foreseen in our
   general terms, we adjust our prices once a year. An extra editor licence costs EUR 420,00
   per year.
2. Version 6. In the weekend of 13-14 February 2027 we upgrade all instances to TermVault 6:
   a new web editor, term extraction from bilingual files and single sign-on with Microsoft
   Entra ID. The upgrade is included in your subscription. Your instance will be unavailable on
   Saturday 13 February from 8:00 to 14:00.
3. General terms. Our general terms have been updated (version 2027, attached). They apply to
   your subscription from the renewal date.

Invoicing
You will receive the invoice for the new period in January 2027, for 12 months in advance,
payable within 30 days.

The glossaries of your new pharma client
You mentioned on the phone that you may want our help to import and structure them. We do such
work at EUR 85,00 per hour excl. VAT; we always send you an estimate first and only start once
you have approved it.

Not renewing?
Let us know by e-mail or letter at least one month before the renewal date, i.e. by 31 December
2026 at the latest. You can export all your termbases in TBX or Excel at any time. After the
end of a subscription we keep your data for 30 more days so that you can still export it; then
we delete it.

Your contact remains Hanne Claes (hanne@lexiconcloud.eu, 09 391 27 40), who set up your
instance and knows your termbase structure.

Thank you for your trust, and see you in 2027!

Kind regards,

(signed)
Pieter-Jan Goethals
Managing director, Lexicon Cloud BV

Attachment: Lexicon Cloud General Terms, version 2027 (PDF)
""",
    items={
        "agreement.general_terms": "partial",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "team.named_team": "covered",
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
        "legal.liability": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 30,
    },
)

DOCUMENTS = [
    EN_T16N_SITE_SAFETY_APP_SUBSCRIPTION,
    EN_T16N_GREENHOUSE_ROBOT_SOFTWARE_MAINTENANCE,
    EN_T16N_EMAIL_ARCHIVE_MIGRATION_SOW,
    EN_T16N_TERMINOLOGY_DATABASE_RENEWAL_LETTER,
]
