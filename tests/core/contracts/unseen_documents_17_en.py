"""Held-out batch 17, English documents: a managed cloud services agreement between a Dutch
managed-services provider and a Ghent biotech start-up for its lab-data platform (instrument data
ingestion, storage, back-up, pipelines; numbered articles, signed by both); a support and
maintenance agreement by a UK software vendor for a Belgian hotel chain's hosted
revenue-management system, on the vendor's standard terms; a short e-mail quote by an Antwerp IT
firm for an architect's plotter and file server, accepted by a reply e-mail; and an engagement
letter by a Dutch interim-management firm for an interim CIO at a Belgian transport company
(time and materials, countersigned).

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser.

Conventions: months = 30 days for notice and warranty; response time of the highest priority in
hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an empty
client signature line raises risk.unsigned; partial = mentioned but vague, a bare cross-reference
without content, a placeholder, best efforts only, or a negation/disclaimer. Items and risks
whose reading is ambiguous are left out.
"""

from .unseen_documents import UnseenDocument

EN_LAB_DATA_CLOUD_MANAGED_SERVICES = UnseenDocument(
    name="en_lab_data_cloud_managed_services",
    text="""MANAGED CLOUD SERVICES AGREEMENT - Lab Data Platform - no. SL-MSA-2026-031

BETWEEN Stratolab B.V., J.H. Oortweg 21, 2333 CH Leiden, the Netherlands, Chamber of Commerce
no. 82214570, represented by Dr Marieke Dijkstra, managing director ("Stratolab"),
AND Orthelix Therapeutics NV, Technologiepark-Zwijnaarde 82, 9052 Ghent, enterprise no.
0781.446.219, represented by Mr Pieter-Jan Goossens, CEO, and Dr Hanne Verhoeven, CSO
("the Customer").

Article 1 - Purpose and contract documents
1.1 Stratolab builds and operates a managed cloud platform on which the output of the
    Customer's lab instruments is ingested, stored, backed up, made searchable and analysed.
1.2 The Agreement consists of this document and: Schedule 1 - Stratolab's proposal SL-P-2026-117
    of 13 November 2026; Schedule 2 - acceptance test plan; Schedule 3 - data processing
    agreement. This document prevails over the Schedules, and Schedules 2 and 3 over Schedule 1.
1.3 No general terms and conditions of either party apply, including those printed on
    Stratolab's invoices or on the Customer's purchase orders.

Article 2 - Services
2.1 Onboarding (one-off): (a) the platform, built as infrastructure as code (Terraform) in a
    dedicated AWS account in the Frankfurt region opened in the Customer's name; (b) an edge
    gateway in the lab that uploads every finished instrument run with checksum verification;
    (c) a metadata catalogue linked to the Customer's sample IDs, searchable through a web
    interface with single sign-on; (d) a compute environment for the Customer's Nextflow
    pipelines; (e) the data migration (article 4) and the training (article 5.3).
2.2 Managed service (recurring): 24/7 monitoring of ingestion, storage and compute; daily
    back-ups kept 35 days plus monthly immutable copies kept 7 years in the Dublin region; user
    and access management; cost monitoring; patching and upgrades (article 9); and up to 12
    hours per month of platform and pipeline support. Unused hours are not carried over.
2.3 Not included: the AWS consumption (article 6.3), the instruments and their software, the lab
    network up to the gateway, new analysis pipelines, and validation for GMP use.

Article 3 - Planning and the Customer's contributions
3.1 Kick-off 11 January 2027; platform built and edge gateway installed 12 February 2027; data
    migration completed 26 February 2027; acceptance tests 1 to 12 March 2027; go-live of the
    managed service 15 March 2027.
3.2 The Customer will: open the AWS account and give Stratolab administrator access by
    6 January 2027; by 11 January 2027 give access to the lab and the NAS and a rack position
    with network connection for the gateway; appoint a data steward (Dr Ilse Maes) who supplies
    the sample ID list and answers questions within three business days; and make its
    scientists available for the acceptance tests.
3.3 If go-live is late through Stratolab's fault, Stratolab grants a reduction of 5 % of the
    onboarding fee per full week of delay, up to 20 %. If a delay is caused by the Customer not
    meeting article 3.2, the planning moves by the same period and Stratolab may, after written
    notice, invoice the demonstrable extra effort at the hourly rates of article 6.4.

Article 4 - Data migration
Stratolab migrates the approx. 42 TB of existing data on the NAS (sequencing runs since 2023,
cytometry files, microscopy images) to the platform, keeping folder structure and file names,
and links every run to the catalogue. Every file is verified by SHA-256 checksum; Stratolab
delivers a migration report per instrument listing any file that could not be migrated.

Article 5 - Acceptance, go-live and training
5.1 The Customer carries out the acceptance tests of Schedule 2 (ingestion from each instrument,
    search, a 500 GB restore within 6 hours, a reference pipeline run) with Stratolab's support
    and reports the results in writing within ten business days after the start of the test
    period. The platform is accepted when all tests have passed; failed tests are corrected by
    Stratolab and retested.
5.2 Configuration defects reported within 60 days after acceptance are corrected free of
    charge, also when they exceed the monthly support hours.
5.3 Before go-live, Stratolab gives two two-hour training sessions for the scientists and a
    half-day session for the Customer's bioinformatician, and supplies a user guide.

Article 6 - Fees (EUR, excluding VAT)
6.1 Onboarding (article 2.1, including migration and training): fixed price EUR 18.400,00,
    invoiced 40 % at kick-off and 60 % on acceptance.
6.2 Managed service fee: EUR 2.650,00 per month, invoiced monthly in advance from go-live.
6.3 AWS bills the consumption directly to the Customer. Stratolab estimates it at EUR 2.100 to
    2.600 per month in the first year, sets budget alerts at that level, and does not add
    capacity that raises it by more than 10 % without the Customer's written approval.
6.4 Work outside article 2 is carried out only on the basis of a written estimate approved by
    the Customer, and is invoiced monthly at EUR 135,00 per hour (senior engineer) or
    EUR 110,00 per hour (engineer).
6.5 The monthly fee and the hourly rates are fixed until 31 December 2027 and are then indexed
    once a year on 1 January according to the Agoria Digital index, announced in writing at
    least 30 days in advance.
6.6 Invoices are payable within 30 days of the invoice date.

Article 7 - Service levels
7.1 Service desk: business days 8:00-18:00 CET via help.stratolab.nl, support@stratolab.nl or
    +31 71 820 44 10. P1 incidents can be reported by telephone 24/7.
7.2 P1 - ingestion or data access down for all users, or suspected security incident:
         response 1 hour (24/7), restore or workaround within 8 hours.
    P2 - one instrument not ingesting, or compute environment unavailable:
         response 4 business hours, restore within 2 business days.
    P3 - questions, minor defects, requests: response 1 business day, resolution 10 business
         days. Response means that a qualified engineer has contacted the reporter.
7.3 Stratolab guarantees an availability of 99,5 % per calendar month for ingestion and for data
    access via the catalogue, excluding maintenance windows announced five business days in
    advance (at most 8 hours per month) and outages of the AWS region itself.
7.4 For each started 0,5 % below 99,5 %, the Customer receives a credit of 10 % of that month's
    fee, up to 50 %; each P1 incident not restored within 8 hours adds 5 %. Credits are deducted
    from the next invoice.
7.5 Service delivery manager: Mr Thomas Wijnands; lead engineer: Ms Femke Bos (AWS Certified
    Solutions Architect - Professional, nine years in life-science IT). Engineers handling the
    Customer's tickets have at least three years of AWS experience and work from the platform
    documentation of article 10.1 (architecture, instruments, the Customer's contacts).
7.6 Stratolab will not replace the service delivery manager or the lead engineer without
    informing the Customer at least 30 days in advance and introducing a successor of
    comparable experience. The handover between them is at Stratolab's cost.

Article 8 - Reporting and governance
8.1 By the 10th business day of each month Stratolab sends a service report: availability,
    incidents and restore times, ingested volume, AWS consumption and support hours used.
8.2 Weekly progress call during onboarding; after go-live a quarterly meeting of the service
    delivery manager with the Customer's data steward and CSO. Escalation: the service delivery
    manager, then Stratolab's head of operations (Mr Ruud Verbeek), then its managing director.

Article 9 - Quality, security and updates
9.1 Stratolab is ISO/IEC 27001 certified and keeps that certification during the Agreement. All
    changes are made in the Terraform code, reviewed by a second engineer and tested in a
    staging account before production.
9.2 Security patches are applied monthly in the maintenance window, critical ones (CVSS 9 or
    higher) within 72 hours of a fix. Major upgrades are planned at the quarterly meeting.

Article 10 - Documentation, continuity and intellectual property
10.1 The Terraform code, scripts and platform documentation (architecture, runbooks, instrument
     settings, access rights) are kept up to date in a repository in the Customer's GitHub
     organisation, to which Stratolab commits every change. The Customer thus holds at all
     times everything needed to run the platform itself or have another provider run it; this
     replaces a source code escrow.
10.2 All raw data, metadata and analysis results are and remain the Customer's property. Code
     written specifically for the Customer becomes its property upon payment. Stratolab keeps
     its pre-existing "LabIngest" gateway software; the Customer receives a non-exclusive
     licence to use it during the Agreement and for six months after it.

Article 11 - Term and termination
11.1 The Agreement starts on signature. The managed service runs for an initial period of 24
     months from go-live and is then renewed automatically for periods of 12 months, unless
     either party gives written notice at least 60 days before the end of the current period.
11.2 Either party may terminate with immediate effect by registered letter if the other party
     does not remedy a material breach within 30 days after written notice.
11.3 On termination for any reason, Stratolab will, at the Customer's request, continue the
     managed service for up to three months after the end date at the fees then applicable, and
     assist the Customer or its new provider with the transfer: handover of documentation and
     administrator rights, and up to five days of knowledge transfer at the rates of art. 6.4.
11.4 The data are stored in the Customer's own AWS account and remain available to it at all
     times. At the end Stratolab also delivers, on request, an export of the catalogue in CSV and
     JSON, hands over all credentials and removes its own access within five business days. It
     has no right to retain data, code or credentials, not even in a dispute about invoices.

Article 12 - Liability
Each party's liability is limited to direct damage, up to the higher of EUR 150.000 and the fees
paid in the 12 months before the event. Loss of data caused by Stratolab's breach of its back-up
obligations is direct damage. These limits do not apply to wilful misconduct or gross negligence.

Article 13 - Confidentiality and personal data
13.1 Each party keeps the other's confidential information, including unpublished research
     results, secret during the Agreement and for five years after its end.
13.2 For the personal data on the platform (pseudonymised donor codes, users' names and e-mail
     addresses) Stratolab is processor under Schedule 3 (art. 28 GDPR), in EU regions only.

Article 14 - Disputes and governing law
Any dispute is first submitted to Stratolab's managing director and the Customer's CEO; if they
do not settle it within 15 business days, either party may propose mediation under the CEPANI
mediation rules. Belgian law applies. The courts of Ghent have exclusive jurisdiction.

Signed in Ghent on 17 December 2026, in two originals.

For Stratolab B.V.                      For Orthelix Therapeutics NV
(signed)                                (signed)                  (signed)
Dr Marieke Dijkstra, managing director  Pieter-Jan Goossens, CEO  Dr Hanne Verhoeven, CSO
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
        "warranty_days": 60,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

EN_HOTEL_REVENUE_MANAGEMENT_SUPPORT = UnseenDocument(
    name="en_hotel_revenue_management_support",
    text="""YIELDCRAFT LTD
2nd Floor, 41 Farringdon Road, London EC1M 3JB - Company no. 10938472 - VAT GB 284 1193 06

SUPPORT AND MAINTENANCE AGREEMENT
YieldCraft RMS - Lysander Hotels NV - Reference YC-SMA-0218

This Support and Maintenance Agreement ("SMA") is made between Yieldcraft Ltd ("Yieldcraft",
"we") and Lysander Hotels NV, Avenue Louise 231, 1050 Brussels, Belgium, enterprise no.
0447.902.315 ("the Customer", "you"). It applies to the YieldCraft revenue-management system that
the Customer uses under the Licence Agreement between the parties dated 3 March 2022.

1. DEFINITIONS AND PRECEDENCE
1.1 "Hotels" means the hotels listed in Annex A. "Software" means the hosted YieldCraft RMS,
    including the pricing engine, the forecasting module and the interfaces with the Customer's
    property management system (Oracle OPERA Cloud) and channel manager. "Customer Data" means
    the reservation, rate and revenue data of the Hotels held in the Software.
1.2 This SMA is subject to Yieldcraft's Standard Terms of Business (version 4.2, available at
    yieldcraft.com/legal). In the event of any conflict between the Standard Terms of Business
    and this SMA, the Standard Terms of Business shall prevail.

2. SERVICES
2.1 In return for the Annual Support Fee, Yieldcraft will:
    (a) provide the helpdesk and service levels described in clause 4;
    (b) investigate and correct reproducible errors in the Software;
    (c) host the Software in Amazon Web Services data centres in Dublin and monitor it;
    (d) provide all new minor and major releases of the Software at no additional charge.
        Yieldcraft deploys releases itself and publishes release notes at least 10 business days
        before a major release. Security patches are applied as soon as they are available;
    (e) keep the OPERA Cloud and channel manager interfaces working after updates released by
        those vendors.
2.2 The following are not included: custom reports and pricing rules beyond the standard
    configuration, training of new staff after onboarding, on-site visits, errors caused by
    incorrect data in the Customer's PMS, third-party systems, and any hotel not listed in
    Annex A.
2.3 Additional services requested by the Customer, including those listed in clause 2.2, will be
    performed on a time-and-materials basis at Yieldcraft's then-current rates (currently
    EUR 1.150 per day, or EUR 165 per hour for periods shorter than a day) and invoiced monthly
    in arrears.

3. ONBOARDING OF TWO NEW HOTELS
3.1 The Customer is adding Hotel Lysander Gent-Sint-Pieters and Hotel Lysander Leuven-Station
    (the "New Hotels") to Annex A. Yieldcraft will configure the Software for the New Hotels
    (room types, rate plans, competitor sets), import 24 months of historical reservation and
    revenue data from OPERA Cloud to train the forecasting model, and make the New Hotels live
    in the Software within six weeks after receiving everything listed in clause 3.2.
3.2 The Customer will, no later than 15 January 2027, provide Yieldcraft with OPERA Cloud API
    credentials for the New Hotels, an export of 24 months of history in Yieldcraft's import
    template, and the competitor sets chosen by its revenue director.
3.3 Before go-live Yieldcraft will give two remote training sessions of two hours for the
    revenue managers of the New Hotels.
3.4 One-off set-up fee for the New Hotels: EUR 4.800 (EUR 2.400 per hotel), invoiced on go-live.

4. HELPDESK AND SERVICE LEVELS
4.1 The helpdesk is open Monday to Friday, 08:00-18:00 UK time, excluding English public
    holidays, via the support portal (support.yieldcraft.com) and support@yieldcraft.com.
    Telephone support is not included. Incidents logged outside these hours are picked up at the
    start of the next business day.
4.2 Severity                                                          Response time
    Severity 1 - the Software is unavailable, or price recommendations
                 cannot be published to the channel manager for one or
                 more Hotels                                            2 business hours
    Severity 2 - a module or interface is materially impaired           4 business hours
    Severity 3 - all other requests                                     2 business days
4.3 Yieldcraft will use reasonable endeavours to provide a fix or workaround for Severity 1 and
    Severity 2 incidents as soon as reasonably practicable. Any resolution times mentioned by
    Yieldcraft are targets only and are not binding.
4.4 Yieldcraft will use reasonable endeavours to make the Software available 99,5 % of the time
    in each calendar month, excluding scheduled maintenance announced 48 hours in advance and
    emergency maintenance.
4.5 No service credits, refunds or other compensation are payable if the service levels in this
    clause 4 are not met.
4.6 The Customer's Customer Success Manager is Ms Olivia Grant. She keeps a configuration record
    for each Hotel (rate structure, interface settings, contacts) and is the Customer's point of
    contact for everything other than incidents.
4.7 Yieldcraft sends the Customer a quarterly support report listing tickets by severity,
    response times achieved, availability and releases deployed. Once a year the Customer
    Success Manager holds an account review by video call with the Customer's revenue director.
    Escalation path: Customer Success Manager, then Head of Customer Support, then Chief
    Operating Officer.

5. FEES AND PAYMENT
5.1 Annual Support Fee: EUR 38.700 excluding VAT for the nine current Hotels (EUR 4.300 per
    Hotel), plus EUR 8.600 per year for the New Hotels from their go-live, pro rata in the first
    year.
5.2 The Annual Support Fee is invoiced annually in advance on 1 January. Invoices are payable
    within 30 days of the invoice date. Yieldcraft may suspend the services if an invoice remains
    unpaid 14 days after a reminder.
5.3 Yieldcraft may revise the Annual Support Fee and its day and hourly rates with effect from
    any renewal date by giving the Customer at least 30 days' written notice.

6. TERM AND TERMINATION
6.1 This SMA runs for 12 months from 1 January 2027 and will renew automatically for successive
    periods of 12 months unless either party gives written notice of non-renewal at least 90
    days before the end of the then-current term.
6.2 Either party may terminate this SMA immediately by written notice if the other party commits
    a material breach that is not remedied within 30 days of notice, or becomes insolvent.
    Termination does not entitle the Customer to a refund of fees paid in advance.
6.3 Within 30 days after termination and on written request, Yieldcraft will provide the
    Customer with an export of the Customer Data in Yieldcraft's standard CSV format, for a fee
    of EUR 1.500. Yieldcraft may withhold the export until all outstanding invoices have been
    paid in full. After 30 days Yieldcraft deletes all Customer Data.

7. INTELLECTUAL PROPERTY
All intellectual property rights in the Software, releases, interfaces, configurations and
documentation belong to Yieldcraft and its licensors. The Customer's right to use the Software
is the non-exclusive, non-transferable licence granted in the Licence Agreement for the Hotels
in Annex A. The Customer Data remain the property of the Customer.

8. CONFIDENTIALITY AND DATA PROTECTION
8.1 Each party will keep the other party's confidential information confidential during the
    term of this SMA and for three years after its end.
8.2 The reservation data imported from the PMS include guest names and contact details.
    Yieldcraft processes them as processor on behalf of the Customer under the Data Processing
    Addendum in Annex B, which also covers the transfer of personal data to the United Kingdom
    on the basis of the European Commission's adequacy decision.

9. LIABILITY
9.1 Yieldcraft's total aggregate liability under or in connection with this SMA shall not exceed
    the fees paid by the Customer under this SMA in the three (3) months preceding the event
    giving rise to the claim.
9.2 Yieldcraft shall not be liable for any loss of profits, revenue, bookings or data, or for
    pricing decisions taken by the Customer on the basis of recommendations of the Software.

10. GOVERNING LAW
This SMA and any dispute arising out of or in connection with it shall be governed by the laws of
England and Wales, and the courts of England shall have exclusive jurisdiction.

Signed for and on behalf of Yieldcraft Ltd        Signed for and on behalf of Lysander Hotels NV
(signed)                                          (signed)
James Whitfield, Commercial Director              Sophie Van Damme, CFO
Date: 14/12/2026                                  Date: 18/12/2026

Annex A - Hotels   Annex B - Data Processing Addendum
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.quality": "missing",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
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
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": True,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 2,
        "availability_percent": 99.5,
    },
)

EN_ARCHITECT_PLOTTER_FILE_SERVER_EMAIL_QUOTE = UnseenDocument(
    name="en_architect_plotter_file_server_email_quote",
    text="""From:    Nora Peeters <nora@studioverhulst.be>
To:      Dries Wouters <dries@scheldebyte.be>
Date:    Mon, 7 Dec 2026 09:12
Subject: RE: Quote Q26-0388 - plotter + new file server

Hi Dries,

Looks good, Lars and I agree. Please go ahead with the quote as it stands, including both
options. Saturday 16 January works for us.

Nora

-----Original message-----
From:    Dries Wouters <dries@scheldebyte.be>
To:      Nora Peeters <nora@studioverhulst.be>
Date:    Fri, 4 Dec 2026 17:48
Subject: Quote Q26-0388 - plotter + new file server

Hi Nora,

As discussed on Wednesday, here's our quote for replacing the old plotter and the file server in
the attic. (In English, so Lars can follow too.)

WHAT YOU GET                                                              EUR excl. VAT
1x HP DesignJet T850 36-inch multifunction (print/scan/copy), with stand      4.190,00
1x HP Care Pack 2 extra years, next business day on-site (3 years in total)     385,00
1x Dell PowerEdge T360, Xeon E-2434, 32 GB RAM, 4x 4 TB SAS in RAID 10,
   dual power supply, 3 years ProSupport next business day on-site             5.870,00
1x Windows Server 2025 Standard (16 cores) + 15 user CALs                     1.640,00
1x APC Smart-UPS 1500 VA with network card                                      780,00
Installation and migration, fixed price (see below)                           2.210,00
                                                                             ----------
Total one-off                                                                15.075,00

OPTIONS (monthly, excl. VAT)
- Offsite backup: nightly Veeam backup of the server to an encrypted bucket in Amsterdam,
  30 days of restore points, restore test every quarter                    48,00/month
- Monitoring & patching: we keep an eye on disk health, RAID, UPS and backup status, and install
  Windows and firmware updates once a month (first Tuesday evening)          35,00/month
Both options run month to month; you can stop them with one month's notice.

WHAT THE INSTALLATION INCLUDES
- Delivery and set-up of the plotter on your network, with the driver and the Revit, AutoCAD
  and Archicad print profiles on all 14 workstations.
- Installing the server, the shares and the permissions per project team, with the same drive
  letters as now (P: and T:) so nobody's links break.
- Copying the project archive (about 1,8 TB) from the old server, with a check of file counts
  and sizes afterwards. The old server stays read-only for 30 days in case something turns out
  to be missing; then we wipe its disks and take it away for recycling.
- Wouter stays on Monday 18 January from 8:30 to 12:00 to help your people with plotting and
  the new shares.
- A short IT sheet with the set-up and the admin passwords, in a sealed envelope for you and in
  our documentation system.
Not included: paper rolls and ink (we can order them for you), reorganising your folder
structure, the laptops, and anything to do with your Microsoft 365 tenant.

PLANNING
Delivery 5 to 8 working days after your OK (the T850 is in stock at our distributor right now).
Installation on Saturday 16 January 2027 by Wouter and me. From your side we need: everyone
logged off and all files closed on Friday 15 January by 18:00, someone with the alarm code at
the office on Saturday at 8:00, and by 8 January a list of project folders older than 2015 that
can go to a separate archive share.

EXTRA WORK
If we run into something that isn't in this quote (old project folders with broken permissions,
extra network points...), we tell you first and only do it after your OK, at EUR 85,00/hour.

AFTERWARDS
The hardware comes with the manufacturer warranties listed above. If anything in our
installation doesn't work as it should during the first month, we fix it free of charge. For
support call us on 03 298 11 40 or mail support@scheldebyte.be, weekdays 8:30-17:30.

PAYMENT
Hardware is invoiced on delivery, the installation after 16 January, both payable within 14 days.
The options are invoiced monthly.

Prices valid until 18 December 2026. Our general terms apply (scheldebyte.be/voorwaarden).
To order, just reply "OK" to this mail.

Cheers,
Dries

Dries Wouters
Scheldebyte BV - Mechelsesteenweg 198, 2018 Antwerpen - BE 0745.118.302 - 03 298 11 40
""",
    items={
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
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
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
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
        "payment_term_days": 14,
        "notice_period_days": 30,
    },
)

EN_INTERIM_CIO_ENGAGEMENT_LETTER = UnseenDocument(
    name="en_interim_cio_engagement_letter",
    text="""BRUGMAN INTERIM MANAGEMENT B.V.
Wilhelminakade 91, 3072 AP Rotterdam, the Netherlands - KvK 67012349 - www.brugman-interim.nl

Transports Van Acker NV
Attn. Mr Geert Van Acker, CEO
Ankerweg 12
8380 Zeebrugge
Belgium

Rotterdam, 11 December 2026
Our ref.: BIM/2026/0772

Subject: Engagement letter - interim Chief Information Officer

Dear Geert,

Following our proposal of 18 November 2026 and your meeting with Mr Erik Hoogendoorn on
2 December, we are pleased to confirm the terms on which Brugman Interim Management B.V.
("Brugman") makes Mr Hoogendoorn available to Transports Van Acker NV ("Van Acker") as interim
CIO. Our proposal (Annex 1) and our Terms of Engagement for Interim Assignments (Annex 2) form
part of this engagement. Where this letter departs from Annex 1 or Annex 2, this letter prevails.

1. The assignment
Van Acker (road transport and warehousing, 420 employees, sites in Zeebrugge, Ghent and Venlo)
has been without a CIO since September 2026. Mr Hoogendoorn will lead the IT department of 11
people and in particular:
  (a) within his first eight weeks, assess the IT organisation, the main suppliers and contracts
      and the security posture, and present the assessment to the management committee;
  (b) by 30 April 2027, deliver an IT roadmap 2027-2029 with budget, for approval by the board;
  (c) run the selection of a new transport management system up to a recommendation to the
      board by 30 June 2027;
  (d) help recruit a permanent CIO and hand over to him or her.
The warehouse automation team, which reports to the COO, is not part of the assignment. The
interim CIO does not sign commitments above EUR 25.000 without the CEO's co-signature.

2. The interim manager
2.1 Mr Erik Hoogendoorn (CV in Annex 3) has 22 years of experience in IT management, of which
    12 years as CIO or IT director in logistics and port companies. He works on site in Zeebrugge
    three days a week and from Ghent or home one day a week.
2.2 Brugman will not withdraw Mr Hoogendoorn during the assignment, except at Van Acker's
    request or in case of illness or force majeure. If he is unavailable for more than 10
    working days in a row, Brugman proposes a replacement with comparable experience within 10
    working days. The replacement starts only after Van Acker has approved him or her after an
    interview, and the days needed for the handover between the two interim managers are not
    invoiced.

3. Duration
The assignment starts on Monday 1 February 2027 and ends on 31 July 2027 (six months). It can
only be extended by written agreement; there is no tacit renewal. Either party may end the
assignment with effect after 31 March 2027 by giving 30 days' written notice. Either party may
end it with immediate effect if the other party seriously breaches this engagement and does not
remedy the breach within 10 working days after written notice.

4. Fees and invoicing
4.1 Day rate: EUR 1.450,00 excluding VAT per day worked (8 hours); half days at 50 %. The rate
    is fixed for the assignment, including any extension until 31 December 2027.
4.2 Expected workload: four days a week, about 96 days over six months, i.e. an estimated total
    of EUR 139.200,00 excluding VAT. Brugman will not invoice more than 100 days without
    Van Acker's prior written approval of a revised estimate.
4.3 The day rate includes travel time, travel between Breda and Van Acker's Belgian sites, the
    interim manager's laptop and phone, and coaching by Brugman. Trips to Venlo or abroad and
    overnight stays are reimbursed at cost, only if approved in advance by the CEO.
4.4 Mr Hoogendoorn records his days in Brugman's timesheet portal. Van Acker's CEO approves the
    timesheet within five working days after the end of each month. Brugman invoices monthly on
    the basis of the approved timesheet; invoices are payable within 30 days of the invoice
    date.

5. What Van Acker provides
From 1 February 2027 Van Acker provides an office in Zeebrugge, a Van Acker laptop and the
accounts and access to IT systems, contracts and budgets that the assignment requires, and
introduces Mr Hoogendoorn to the IT team and the key suppliers in his first week. The CEO meets
Mr Hoogendoorn for one hour every week, and puts the assessment of article 1(a) on the agenda of
the management committee before the end of March 2027.

6. Reporting and contacts
Mr Hoogendoorn sends the CEO a written progress report every month (status of the objectives of
article 1, risks, decisions needed, days worked). He attends the management committee every two
weeks and the board whenever IT is on its agenda. Brugman's engagement partner, Ms Yvonne de
Ruiter, meets the CEO and Mr Hoogendoorn every six weeks to review the assignment. Concerns
about the assignment go first to Ms de Ruiter and then to Brugman's managing director.

7. Handover
Mr Hoogendoorn keeps a handover file (decisions, running projects, supplier contracts, open
risks). In the last two weeks of the assignment, or earlier if a permanent CIO is appointed, he
hands over to his successor in at least four working sessions. All documents he produces are
stored in Van Acker's SharePoint. At the end he returns the laptop, his badge and all Van Acker
documents and data, and keeps no copies.

8. Nature of our obligation
Brugman undertakes to make an experienced interim manager available who carries out the
assignment with care. This is an obligation of means (inspanningsverbintenis): Brugman and
Mr Hoogendoorn do not guarantee any particular result, such as the approval of the roadmap or
the outcome of the TMS selection. Van Acker remains responsible for its own decisions.

9. Confidentiality, personal data and intellectual property
9.1 Brugman and Mr Hoogendoorn keep all information about Van Acker, its customers and its
    employees confidential during the assignment and for five years afterwards.
9.2 Mr Hoogendoorn will have access to personal data of Van Acker's employees and drivers (in
    the HR and fleet systems). He processes them only on Van Acker's instructions and under its
    privacy and information security policies. Brugman and Van Acker sign the processing
    agreement in Annex 4 (art. 28 GDPR) before the start date.
9.3 All reports, roadmaps, tender documents and other work produced in the assignment belong to
    Van Acker, which may use them freely. Brugman keeps its general methods and templates.

10. Liability
Brugman's liability for any damage arising from the assignment is limited to the fees invoiced
under this engagement in the three months before the event that caused the damage. Brugman is
not liable for indirect damage, nor for decisions taken by Van Acker on the interim manager's
advice.

11. Hiring the interim manager
If Van Acker employs or engages Mr Hoogendoorn, directly or through another company, within 12
months after the end of the assignment, it pays Brugman a fee of EUR 35.000 excluding VAT.

12. Law and disputes
This engagement is governed by Belgian law. Any disagreement is first discussed between
Van Acker's CEO and Brugman's managing director. If they cannot settle it within 20 working days,
it is submitted to the courts of Ghent, Bruges division.

We would be grateful if you would sign and return one copy of this letter.

Kind regards,

For Brugman Interim Management B.V.           Agreed for Transports Van Acker NV
(signed)                                      (signed)
Harm Brugman, managing director               Geert Van Acker, CEO
Date: 11/12/2026                              Date: 15/12/2026

Annexes: 1 Proposal of 18/11/2026 - 2 Terms of Engagement - 3 CV E. Hoogendoorn -
4 Processing agreement
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.startup_cost": "missing",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "missing",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "missing",
        "rollout.user_support": "missing",
        "maintenance.services": "missing",
        "maintenance.support_hours": "missing",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
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
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 6,
        "notice_period_days": 30,
        "payment_term_days": 30,
    },
)


EN_DOCUMENTS = [
    EN_LAB_DATA_CLOUD_MANAGED_SERVICES,
    EN_HOTEL_REVENUE_MANAGEMENT_SUPPORT,
    EN_ARCHITECT_PLOTTER_FILE_SERVER_EMAIL_QUOTE,
    EN_INTERIM_CIO_ENGAGEMENT_LETTER,
]
