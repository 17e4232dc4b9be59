"""Held-out batch 12, English documents: a managed detection and response (MDR) subscription
agreement between a Mechelen security operations centre and a Limburg logistics group, with
numbered articles; a software development and support agreement, in English, between a Dutch
software house and a Belgian dairy cooperative for a milk-collection app for its tanker drivers;
and a short offer by an Aalst labelling firm for barcode label printers with a service contract
for a distribution warehouse, accepted by the client's operations manager by e-mail.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches: months = 30 days for notice and warranty (12 months = 360 days); response time of
the highest priority in hours, working hours counted as hours, 15 minutes = 0.25; a quote accepted
by e-mail (or an empty client signature line) raises risk.unsigned and makes
agreement.signed_both partial; a negation or disclaimer of an item ("does not commit to
resolution times", "best efforts, not guaranteed") makes that item partial.
"""

from .unseen_documents import UnseenDocument

EN_MDR_SUBSCRIPTION_AGREEMENT = UnseenDocument(
    name="en_mdr_subscription_agreement",
    text="""MANAGED DETECTION AND RESPONSE SUBSCRIPTION AGREEMENT
Agreement no. SX-MDR-2026-0317

BETWEEN
Sentinox NV, Generaal de Wittelaan 17, 2800 Mechelen, enterprise no. BE 0689.247.510, represented
by Ms Hilde Janssens, CEO ("Sentinox"),
AND
Limburg Logistics Group NV, Henry Fordlaan 30, 3600 Genk, enterprise no. BE 0448.913.276,
represented by Mr Peter Claessens, CFO, and Ms Ine Vos, Group IT Director, acting for itself and
for the subsidiaries listed in Annex 4 (together "the Client").

Article 1 - Object and contract documents
1.1 Sentinox provides the Client with a managed detection and response service ("the Service")
for the IT environment of the Client's sites in Genk, Antwerp (port) and Venlo (NL).
1.2 The Agreement consists of this document and: Annex 1 - Sentinox proposal SX-P-26-211 of
6 November 2026 (technical scope, log sources, onboarding plan, playbooks); Annex 2 - Service
Level Schedule; Annex 3 - Data Processing Agreement; Annex 4 - entities and sites. In case of
conflict, this document prevails, followed by Annex 3, Annex 2 and Annex 1.
1.3 No general terms and conditions of either party apply, including those on orders or invoices.

Article 2 - Scope of the Service
2.1 The Service includes:
  a) the EDR agent (licences supplied by Sentinox) on up to 420 workstations and 60 servers;
  b) collection in Sentinox's SIEM of the log sources of Annex 1, up to 40 GB per day;
  c) 24/7 monitoring, triage and investigation of alerts by the Sentinox SOC in Mechelen;
  d) remote response according to the playbooks in Annex 1 (isolating endpoints, disabling
     compromised accounts);
  e) up to 40 hours per contract year of incident response by Sentinox's CSIRT, remote or on site;
  f) monthly threat hunting, and the customer portal with a real-time view of alerts and cases.
2.2 Not included: remediation and rebuilding of affected systems (done by the Client or its IT
partner), warehouse scanners and OT devices that cannot run the agent, forensics for legal
proceedings, and contact or negotiation with attackers.
2.3 No security service can detect or stop every attack. Sentinox commits to the service levels in
Article 6 and Annex 2, not to the absence of security incidents.

Article 3 - Onboarding
3.1 Planning: kick-off on 11 January 2027; weeks 2 to 5 agent deployment in waves (a pilot group of
25 devices, then site by site); weeks 4 to 7 connection of the log sources; weeks 7 to 10 tuning,
during which alerts are handled but the service levels of Annex 2 do not yet apply. Target go-live
date: 22 March 2027.
3.2 The Client shall: by 8 January 2027 appoint a project contact and provide an up-to-date asset
list, network diagram and the required administrator accounts; deploy the agent packages provided
by Sentinox through its own software distribution (Microsoft Intune) within the wave dates; open
the firewall flows listed in Annex 1; and name at least two 24/7 contact persons authorised to
approve containment actions.
3.3 When all agents report, all log sources are ingested and the playbooks are approved, Sentinox
submits the go-live checklist. The Client signs it or lists its open points in writing within five
business days; Sentinox resolves the points and resubmits the checklist. The go-live date is the
date of the Client's signature, or the end of the five business days without written remarks.
3.4 If go-live is not reached by 22 March 2027 for reasons attributable to Sentinox, the monthly
fees only start on the actual go-live date and Sentinox credits 10 % of the onboarding fee per full
week of delay, up to 30 %. If the delay is caused by the Client, the monthly fees start on
22 March 2027 and the parties agree a new planning for the remaining steps.
3.5 During onboarding Sentinox gives two half-day training sessions to the Client's IT team (up to
8 participants) on the portal, alert handling and the playbooks.
3.6 At go-live Sentinox delivers the Service Documentation (architecture, monitored assets and log
sources, detection use cases, playbooks, escalation contacts) and keeps it up to date.

Article 4 - Operation of the Service
4.1 The SOC is staffed 24 hours a day, 365 days a year, and can be reached through the portal, at
soc@sentinox.be or on +32 15 79 22 00 (24/7). Non-urgent service requests (new log source,
exclusions, user accounts) are handled on business days from 8:30 to 17:30.
4.2 High and Critical incidents are handled by analysts with at least five years of experience in
incident handling and a GIAC GCIH or equivalent certification. The SOC is ISO/IEC 27001 certified
for the whole term; detection rules are tested every quarter by adversary emulation (MITRE ATT&CK).
4.3 Sentinox keeps the agents, the SIEM platform and the detection content up to date; critical
security fixes are installed within 72 hours of their release, after notice to the Client.
4.4 The Client's service delivery manager is Mr Wouter Peeters (+32 15 79 22 14). Sentinox informs
the Client at least 30 days in advance of a change of service delivery manager, except in case of
illness or departure, and organises a handover with the successor at no cost to the Client.

Article 5 - Reporting and governance
5.1 By the 10th business day of each month Sentinox sends a service report: incidents by severity,
response times and availability achieved, threat hunting findings and recommendations.
5.2 The service delivery manager holds a monthly call with the Client's IT security officer; every
quarter the Client's Group IT Director and Sentinox's Head of SOC hold a service review.
5.3 Escalation path: SOC shift lead, then the service delivery manager, then the Head of SOC
(Ms Nadia El Amrani), then the CEO of Sentinox.

Article 6 - Service levels (summary of Annex 2)
6.1 Response times, measured from the moment the alert is raised in the platform until the Client
is notified (by telephone for Critical and High, via the portal for the others):
     Critical - active compromise, ransomware, data exfiltration      15 minutes, 24/7
     High     - confirmed malicious activity on one system           30 minutes, 24/7
     Medium   - suspicious activity to be investigated                4 hours
     Low      - informational, configuration advice                   next business day
6.2 Sentinox does not commit to resolution or recovery times: eradication, recovery and restoring
systems remain the responsibility of the Client, supported by the hours of Article 2.1 e).
6.3 The portal and the SIEM are available 99,5 % of each calendar month, excluding planned
maintenance announced five business days in advance (at most 4 hours per month).
6.4 Service credits: for each Critical or High incident where the response time is missed, 5 % of
the monthly fee; for availability below 99,5 %, 5 % of the monthly fee per started 0,5 % below.
Credits are capped at 25 % of the monthly fee and deducted from the next invoice.

Article 7 - Fees and payment
7.1 One-off onboarding fee: EUR 9.800,00, invoiced 50 % on signature and 50 % on the go-live date.
7.2 Monthly fees: EUR 7,90 per workstation, EUR 14,50 per server, and EUR 1.150,00 for the SIEM
log package up to 40 GB per day; for 420 workstations and 60 servers EUR 5.338,00 per month.
7.3 Incident response beyond the 40 included hours and other work outside the Service: EUR 185,00
per hour (EUR 240,00 at night, on weekends and public holidays). Sentinox performs such work only
after the Client's written approval of an estimate; during a Critical incident one of the
authorised 24/7 contacts may approve by telephone, confirmed by e-mail afterwards.
7.4 Fees are indexed each 1 January, for the first time in 2028, as P1 = P0 x (0,2 + 0,8 x S1/S0),
S being the Agoria reference labour cost (national average). Any other change of fees requires a
written amendment signed by both parties.
7.5 Monthly fees are invoiced quarterly in advance, hourly work monthly in arrears. Invoices are
payable within 30 days of the invoice date.

Article 8 - Term
The Agreement enters into force on signature. The Service runs for 36 months from the go-live date
and is then renewed tacitly for successive periods of 12 months, unless either party gives notice
by registered letter at least six months before the end of the running period.

Article 9 - Termination
9.1 Either party may terminate with immediate effect by registered letter if the other party
remains in material breach 30 days after a written notice of default, or is declared bankrupt.
9.2 The Client may terminate the Agreement with 30 days' notice and without compensation if service
credits are due in three consecutive months.

Article 10 - End of the Agreement
10.1 At the Client's request, Sentinox continues the Service after the end for up to three months,
at the fees then in force, so that the Client can move to another provider. Sentinox cooperates
with the new provider: it explains the use cases and playbooks, hands over the Service
Documentation and coordinates the removal of its agents so that monitoring does not lapse.
10.2 Within 30 days after the end, Sentinox provides free of charge an export of the retained logs
(12 months) and of all incident case records in JSON and CSV format, then deletes all Client data
within a further 30 days and confirms this in writing. Sentinox has no right to retain Client data
for any reason, including unpaid invoices.

Article 11 - Intellectual property
The Client remains the owner of its data, logs and reports. Sentinox and its licensors remain the
owners of the platform, detection rules and playbook templates; the Client may use the portal
during the Agreement and keep using the reports and Service Documentation internally afterwards.

Article 12 - Confidentiality
Each party keeps the other party's confidential information, including security findings and
network information, secret during the Agreement and for five years after its end.

Article 13 - Personal data
Sentinox processes personal data of the Client's staff (user names, IP addresses, e-mail metadata)
as processor under the Data Processing Agreement in Annex 3, in data centres in the EU only.

Article 14 - Liability
14.1 Each party's total liability is limited to the fees paid or payable for the 12 months before
the event giving rise to the claim, with a maximum of EUR 150.000,00.
14.2 Neither party is liable for indirect damage such as loss of profit or loss of business.
14.3 These limits do not apply to wilful misconduct, gross negligence, a breach of Article 12 or
13, or Sentinox's obligation to restore data it has lost or damaged itself.

Article 15 - Governing law and disputes
15.1 This Agreement is governed by Belgian law.
15.2 Any dispute is first discussed by the CEOs of both parties within 15 business days of a
written request; if it is not resolved within 30 days, either party may propose mediation by an
accredited mediator. Failing that, the courts of Antwerp, Mechelen division, have sole jurisdiction.

Done at Mechelen on 18 December 2026, in two originals.

For Sentinox NV                      For Limburg Logistics Group NV
(signed)                             (signed)                       (signed)
Hilde Janssens, CEO                  Peter Claessens, CFO           Ine Vos, Group IT Director
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
        "team.replacement": "covered",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
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
        "notice_period_days": 180,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.25,
        "availability_percent": 99.5,
    },
)

EN_MILK_COLLECTION_APP_AGREEMENT = UnseenDocument(
    name="en_milk_collection_app_agreement",
    text="""SOFTWARE DEVELOPMENT AND SUPPORT AGREEMENT
"MelkRit" milk-collection app

Parties
1. Terpstra Digital B.V., Zuiderkruisweg 4, 8938 AP Leeuwarden, the Netherlands, Chamber of
   Commerce no. 58214907, represented by Mr Sjoerd Terpstra, director (the "Supplier");
2. Kempenzuivel CV, Industriepark 14, 2440 Geel, Belgium, enterprise no. BE 0403.117.842,
   represented by Mr Luc Verboven, chairman, and Ms An Wouters, general manager
   (the "Cooperative").
This Agreement is drawn up in English, the working language agreed between the parties.

1. Background and documents
1.1 The Cooperative collects milk from approx. 640 member farms in the Kempen region with 22
tankers. Drivers now record volumes, milk temperatures and sample numbers on paper and on an
outdated handheld system. The Cooperative wants an Android app for its drivers and a back-office
for its transport planners, connected to the dairy lab and to its ERP.
1.2 The Supplier's quotation TD-2026-088 of 16 November 2026 (functional description) forms part of
this Agreement as Annex A. Annex B contains the pilot acceptance criteria, Annex C the data
processing agreement.
1.3 The Supplier's general terms, the NLdigital Terms 2020 (Annex D), apply to this Agreement. In
case of conflict between this Agreement and the NLdigital Terms, the NLdigital Terms prevail.

2. Scope and price
2.1 The Supplier develops:
  - the driver app (Android 13 or later, rugged tablets): route list, scan of the farm tank QR
    code, volume read from the tanker flow meter via Bluetooth, milk temperature, sample barcode,
    photos and remarks, full offline working with automatic synchronisation;
  - the web back-office for planners: routes, farms, tanks, tankers, collection overview,
    exceptions;
  - interfaces to the lab's LIMS (sample numbers out, results in) and to Microsoft Dynamics 365
    Business Central (collected volumes per member for the milk payment).
2.2 Not included: the tablets and Bluetooth meter adapters (bought by the Cooperative), changes on
the LIMS or ERP side, an iOS version, route optimisation and a member-facing app.
2.3 The fixed price for the scope in Annex A is EUR 86.400,00 excl. VAT.
2.4 If work turns out to be necessary or is requested during the project that is not part of
Annex A, the Supplier carries it out at the rates of article 7.3 and reports it in the next sprint
report. Such additional work is invoiced monthly on the basis of the time spent.

3. Planning
  Kick-off and sprint 0                   18 January 2027
  Sprints 1 to 6 (two weeks each)         25 January - 16 April 2027
  Pilot-ready version                     26 April 2027
  Pilot with 5 tankers                    3 May - 21 May 2027
  Go-live on all tankers                  7 June 2027
The dates above are target dates.

4. What the Cooperative provides
  - by 1 February 2027: the API documentation and test credentials of the LIMS and of Business
    Central;
  - by 15 February 2027: an export in CSV of the master data (farms, tanks, GPS positions, routes);
  - five tablets with meter adapters by 12 April 2027, the other 17 by 24 May 2027;
  - a key user (transport planner) available one day per week and present at every sprint review;
  - five drivers and tankers for the pilot, and their feedback at the end of each pilot week.

5. Team, quality and follow-up
5.1 The Supplier's project lead is Ms Wietske Hoekstra; the lead developer is Mr Jelle Postma.
5.2 Every two weeks a sprint review with demo is held (online or in Geel). After each review the
Supplier sends a short sprint report: stories done, stories planned, open risks and hours of
additional work.
5.3 A steering group of the Cooperative's logistics manager and IT coordinator and the Supplier's
director and project lead meets monthly, and takes the go/no-go decisions before the pilot and
before go-live.
5.4 All code is reviewed by a second developer before it is merged and covered by automated unit
and UI tests in the build pipeline. Before the pilot the app is checked against OWASP MASVS L1.

6. Data, pilot and go-live
6.1 The Supplier imports the master data once from the CSV export into the back-office, checks it
(missing GPS positions, duplicate tank numbers) and sends the Cooperative a list of rejected
records, which the Cooperative corrects before the pilot.
6.2 The pilot runs for three weeks and is assessed against the criteria in Annex B (among others:
every collection recorded without data loss, synchronisation with the LIMS within 15 minutes after
the network returns, a complete route without mobile coverage). Within five working days after
the end of the pilot the Cooperative confirms acceptance in writing or lists the criteria that
were not met; the Supplier fixes them and an extra pilot week follows for those points. Use of the
app on all tankers counts as acceptance.
6.3 The Supplier sets up the production back-office and distributes the app to the tablets through
the Cooperative's Microsoft Intune before go-live.
6.4 Training: two train-the-trainer sessions of three hours in Geel for four key users (planners
and senior drivers), and short instruction videos in Dutch for the drivers. In the go-live week a
developer of the Supplier is on standby from 5:00 every morning.
6.5 Warranty: for three months after go-live the Supplier fixes free of charge any defect, being a
deviation from Annex A.
6.6 At go-live the Supplier delivers the technical documentation: architecture, description of the
interfaces, deployment manual and administrator manual of the back-office.

7. Support and hosting
7.1 From go-live the Supplier provides: hosting of the back-office and database in Microsoft Azure
(West Europe), daily back-ups kept for 30 days, monitoring, bug fixing, security patches of the
back-end, adaptation of the app to new Android versions within three months of their release, and
up to 16 hours per quarter for small changes (unused hours do not carry over).
7.2 The support and hosting fee is EUR 1.150,00 per month excl. VAT, invoiced quarterly in advance.
7.3 Rates for additional work and for changes beyond the 16 hours: developer EUR 98,00 per hour,
project lead EUR 108,00 per hour, senior developer or architect EUR 118,00 per hour. The Supplier
may adjust the support fee and these rates once a year as from 1 January, by notifying the
Cooperative 30 days in advance.
7.4 The support desk is open Monday to Friday from 8:30 to 17:30 via support.terpstradigital.nl or
+31 58 303 71 90. For Priority 1 incidents (no driver can record collections, or no data reaches
the LIMS) an emergency number, +31 58 303 71 99, is staffed seven days a week from 5:00 to 22:00.
7.5 The Supplier commits to the following response times:
    Priority 1    1 hour (within the emergency hours)
    Priority 2    4 working hours (one tanker or function down, workaround available)
    Priority 3    2 working days
Restore targets, on a best-efforts basis and not guaranteed: Priority 1 within 8 hours, Priority 2
within 3 working days.
7.6 Ms Hoekstra remains the Cooperative's fixed contact person for support. The Supplier keeps a
configuration register (tablet fleet, interface settings, contact persons) so that every support
engineer can pick up a Kempenzuivel call.

8. Payment
The fixed price is invoiced 30 % on signature, 40 % at the start of the pilot and 30 % on
acceptance. All invoices are payable within 30 days of the invoice date.

9. Term and termination
9.1 The development part ends at the end of the warranty period. The support and hosting
subscription runs for 24 months from go-live and is then renewed tacitly for periods of 12 months,
unless either party terminates it by written notice at least two months before the end of the
running period.
9.2 Either party may terminate this Agreement by written notice if the other party fails to remedy
a material breach within 30 days of a notice of default, or is declared bankrupt.
9.3 At the Cooperative's request made within 30 days after the end, the Supplier provides free of
charge one export of all collection records and master data in CSV and a full PostgreSQL dump of
the database. The Supplier deletes all data 60 days after the end.

10. Obligations of means
Unless a commitment is expressly stated as such in this Agreement, the Supplier's obligations are
obligations of means (best efforts). The Supplier does not guarantee that the app and the
back-office will work without interruptions or errors.

11. Intellectual property and source code
11.1 The intellectual property rights in the app, the back-office and the documentation remain with
the Supplier. The Cooperative receives a perpetual, non-exclusive, non-transferable licence to use
them for its own milk-collection activities.
11.2 The Supplier hands over the complete source code, build scripts and technical documentation to
the Cooperative (a) at the end of the support subscription, and (b) immediately if the Supplier is
declared bankrupt or stops supporting the app. From the handover the Cooperative may have the
software modified by itself or by third parties for its own use.

12. Confidentiality and personal data
12.1 Both parties keep confidential all non-public information received from the other party,
during the Agreement and for three years after its end.
12.2 The Supplier processes personal data of member farmers (names, addresses, tank locations) and
of drivers (names, GPS positions during routes) as processor under Annex C, on servers in the EU
only. GPS positions are kept for no more than 90 days.

13. Liability
The Supplier's liability is limited to direct damage and to the amount paid under this Agreement
in the six months before the event, with a maximum of EUR 25.000,00. The Supplier is not liable
for indirect damage, milk that could not be collected or was lost, loss or corruption of data, or
fines.

14. Law and court
This Agreement is governed by Dutch law. Disputes are submitted exclusively to the District Court
of Noord-Nederland, location Leeuwarden.

Signed in two copies.

Leeuwarden, 21 December 2026             Geel, 22 December 2026
For Terpstra Digital B.V.                For Kempenzuivel CV
[signed]                                 [signed]                  [signed]
Sjoerd Terpstra, director                Luc Verboven, chairman    An Wouters, general manager
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
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
        "maintenance.resolution_time": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
        "exit.escrow": "covered",
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
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 60,
        "payment_term_days": 30,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
    },
)

EN_LABEL_PRINTER_OFFER = UnseenDocument(
    name="en_label_printer_offer",
    text="""From:    Karen Moens <karen.moens@dcwillebroek.com>
To:      Stijn Verhaegen <stijn.verhaegen@codalabel.be>
Date:    Fri, 4 Dec 2026 09:12
Subject: RE: Offer OF-26-1184 - label printers for DC Willebroek

Hi Stijn,

Thanks for the quick offer. We are fine with it: please go ahead with the printers, the
installation and the LabelCare Plus contract as described below. Our PO number is 4500098812,
please put it on every invoice. For the installation a Saturday would suit us best (no outbound
that day).

Best regards,
Karen Moens
Operations Manager - DC Willebroek NV

-----Original message-----
From:    Stijn Verhaegen <stijn.verhaegen@codalabel.be>
Sent:    Wed, 2 Dec 2026 17:35
To:      Karen Moens <karen.moens@dcwillebroek.com>
Subject: Offer OF-26-1184 - label printers for DC Willebroek

Hello Karen,

Following our visit to the warehouse last Monday, here is our offer for replacing your shipping and
pallet label printers. I wrote it in English so you can pass it on to group procurement directly.

WHAT WE SUPPLY (EUR, excl. VAT)
   4 x Zebra ZT411 industrial printer, 203 dpi, Ethernet, rewinder   4 x 1.890,00     7.560,00
       (pallet labels, outbound docks 1-4)
  10 x Zebra ZD421t desktop printer, 203 dpi, Ethernet              10 x 545,00       5.450,00
       (parcel labels, packing stations)
   Installation and configuration on site, 1 day, 2 technicians                        1.280,00
   Starter set of labels and ribbons for all 14 printers                               included
   Total one-off                                                                      14.290,00

The installation covers: unpacking and mounting at the positions we agreed, network configuration
with the fixed IP addresses you give us, checking together with your WMS key user that every label
layout prints correctly, taking back the old printers for recycling, and a 30-minute instruction
for the team leaders of each shift on loading labels and ribbons and clearing jams.
Not included: network cabling and power sockets at the printer positions, changes to the label
layouts in your WMS, and consumables after the starter set (ordered separately).

LEAD TIME
2 to 3 weeks after your order. We agree the installation date with you; a Saturday is possible at
no extra cost.

WHAT WE NEED FROM YOU
At least 5 working days before the installation date: a working network point and power socket at
each of the 14 positions, the list of fixed IP addresses, and access to your WMS test environment.
Your WMS key user should be available on the installation day.

WARRANTY
12 months manufacturer warranty on all printers, parts and labour, from the installation date. With
the LabelCare Plus contract below, warranty repairs are done on site instead of at the Zebra repair
centre.

SERVICE CONTRACT "LABELCARE PLUS"
  - helpdesk by phone (+32 53 71 44 20) or e-mail (service@codalabel.be), Monday to Friday
    8:00-17:00
  - we call you back within 4 working hours; a technician is on site the next business day if the
    problem cannot be solved by phone
  - if a printer cannot be repaired on site, we place a loan printer within 2 business days of
    your call
  - two preventive maintenance visits a year: cleaning, calibration, check of printheads and
    rollers, firmware updates
  - spare parts and labour for all repairs, except printheads (wear parts, 20 % discount) and
    damage from misuse or non-approved labels
  - we register all 14 printers with serial number, location and IP address in our service system,
    so the technician who comes out knows your set-up
Fee: EUR 1.596,00 per year (14 printers x EUR 9,50 per month), invoiced annually in advance.
The contract runs for 12 months from the installation date and is then renewed tacitly for 12
months each time, unless you cancel it by e-mail or letter at least one month before the end date.
The fee is indexed on each renewal date in line with the Agoria reference labour cost (national
average).

WORK OUTSIDE THE CONTRACT
Repairs that are not covered (printheads, misuse) and any other work: EUR 89,00 per hour plus
EUR 45,00 travel per visit. We always send you a price first and only start after your OK.

WHO
Our service team of four technicians, all Zebra-certified. Your contact for everything is me
(Stijn Verhaegen, account manager, +32 478 22 61 05).

INVOICING
Printers and installation are invoiced on the installation date, the service fee annually in
advance. Payment within 30 days of the invoice date.

This offer is valid for 30 days. Our general terms of sale apply (codalabel.be/terms).

Kind regards,
Stijn Verhaegen
Account Manager
CODALABEL BV - Labelling & identification
Industrielaan 31, 9320 Erembodegem (Aalst) - BE 0478.602.915
""",
    items={
        "agreement.signed_both": "partial",
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
        "team.seniority": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.warranty": "covered",
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
        "exit.transition": "missing",
        "exit.data_return": "missing",
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
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 30,
        "warranty_days": 360,
        "response_time_hours_highest_priority": 4,
    },
)


EN_DOCUMENTS = [
    EN_MDR_SUBSCRIPTION_AGREEMENT,
    EN_MILK_COLLECTION_APP_AGREEMENT,
    EN_LABEL_PRINTER_OFFER,
]
