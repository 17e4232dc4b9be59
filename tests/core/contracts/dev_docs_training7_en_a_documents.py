"""Training batch 7 (en, writer a): (1) a formal development, subscription and support agreement
by a Ghent software company for the member booking platform of an Antwerp coworking operator
with four locations, signed by both; (2) an informal e-mail quotation by a Roeselare integrator
for meeting-room booking displays at a Kortrijk accountancy firm, accepted by reply e-mail;
(3) a service level agreement (schedule to a master services agreement) by a Utrecht provider
for managed Kubernetes hosting of a Ghent ticketing company, signed by both; (4) a licence
agreement by a Zwolle software house for a route-optimisation plug-in for Business Central,
licensed to a Belgian beverage wholesaler, signed by both.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or
a text to fit the analyser. Conventions: months = 30 days for notice and warranty; response
time of the highest priority in hours (working hours counted as hours; 15 minutes = 0.25); a
quote accepted by e-mail or an empty client signature line raises risk.unsigned; a negation,
disclaimer, bare cross-reference, placeholder or best-efforts wording is "partial"; the
supplier's general terms applying without prevailing over the agreement do not raise
risk.supplier_terms_prevail.
"""

from .unseen_documents import UnseenDocument

EN_T7A_COWORKING_BOOKING_PLATFORM = UnseenDocument(
    name="en_t7a_coworking_booking_platform",
    text="""BOOKING PLATFORM AGREEMENT
Development, subscription and support of the member booking platform - ref. BW/HH/2026-07

BETWEEN
Bookwise BV, Kortrijksesteenweg 1093, 9051 Gent, enterprise no. BE 0738.415.226, represented by
Ms Hanne Claes, managing director ("Bookwise");
AND
Hive & Harbour NV, Londenstraat 52, 2000 Antwerpen, enterprise no. BE 0694.307.518, represented
by Mr Olivier Maes, CEO ("the Client").

Article 1 - Contract documents
1.1 The Agreement consists of this document and its annexes: Annex 1 - Bookwise's proposal
BW-P-2026-118 of 3 November 2026; Annex 2 - functional scope and test scenarios; Annex 3 - data
processing agreement.
1.2 Bookwise's general terms and conditions (version 2024) apply insofar as this Agreement does
not deviate from them. In case of conflict, this document prevails over the annexes, and the
annexes prevail over the general terms. The Client's purchase conditions do not apply.

Article 2 - Scope
2.1 Bookwise provides its booking platform "Bookwise Spaces" as a hosted service, configured for
the Client's four locations: booking of desks, meeting rooms and event spaces by members and day
guests, membership plans and credits, online payment through Mollie, a white-label member app
(iOS and Android) in the Client's branding, and a back office for the community managers.
2.2 Bookwise also develops, as custom work: (a) an integration with the Salto KS access system so
that a confirmed booking opens the relevant doors during the booked slot; (b) a daily export of
invoices and payments to Exact Online.
2.3 Not included: door locks and Salto KS licences, Mollie transaction fees, the Client's website,
photography and texts, and integrations other than those in 2.2.

Article 3 - Prices and payment (EUR, excl. VAT)
3.1 Fixed price for the configuration, the member app and the custom work under 2.2:
EUR 48.600,00, invoiced 30 % on signature, 40 % on acceptance (article 7) and 30 % one month after
the go-live of the last location.
3.2 One-off onboarding fee (set-up of the environments, app store publication, linking of the
Mollie and Salto accounts): EUR 2.900,00, invoiced on signature.
3.3 Subscription (hosting, licences for an unlimited number of members, support and maintenance):
EUR 1.150,00 per month for the four locations, plus EUR 240,00 per month for each additional
location, invoiced monthly in advance from the go-live of the first location.
3.4 Hourly rates for work outside the scope: developer EUR 95,00; project manager EUR 110,00.
Rates and the subscription are indexed on 1 January of each year according to the Agoria
reference labour cost index, with a maximum increase of 3 % per year.
3.5 Invoices are payable within 30 days of the invoice date.
3.6 Changes: any extra work is first described in a written estimate (effort, price, effect on
the planning). Bookwise starts only after the Client's product owner has approved the estimate in
writing; work carried out without prior approval is not invoiced.

Article 4 - Planning and obligations of the Client
4.1 Kick-off on 11 January 2027; three development sprints of three weeks each, ending on
26 February 2027; user acceptance testing from 1 to 12 March 2027; go-live of Antwerp Eilandje on
22 March 2027 and of Mechelen, Leuven and Hasselt by 30 April 2027.
4.2 The Client appoints a product owner with decision authority (Ms Lotte Wouters); delivers the
membership plans, pricing rules, room data and photos by 25 January 2027; gives Bookwise API
access to Salto KS and Exact Online by 1 February 2027; reviews every sprint demo within five
working days; and ensures that its Salto installer is present for the door tests.
4.3 If the Client is late with an obligation under 4.2, the planning moves by the same number of
working days and any additional effort is handled under 3.6. If the go-live of Antwerp Eilandje
is more than ten working days late for reasons attributable to Bookwise, Bookwise owes a penalty
of EUR 250,00 per working day of further delay, up to 5 % of the fixed price.

Article 5 - Team
5.1 Bookwise's project manager is Mr Jonas De Smet. The lead developer is Ms Aicha Benali, senior
full-stack developer with eight years' experience in booking and payment platforms; she is
assisted by a mobile developer and a UX designer.
5.2 Bookwise does not replace the project manager or the lead developer during the project
without informing the Client at least two weeks in advance, and ensures a handover between the
outgoing and the incoming person at its own cost.
5.3 Bookwise delivers technical documentation of the custom work in a form to be agreed between
the parties.

Article 6 - Quality, reporting and governance
6.1 All code is peer-reviewed and covered by automated tests. Before the first go-live Bookwise
has the platform tested against OWASP ASVS level 2 by an independent tester and fixes all
findings rated high.
6.2 Every Friday Bookwise sends a short status report (work done, planning against the
milestones, open risks, hours spent on approved changes) and it demonstrates the result at the
end of each sprint.
6.3 A steering meeting (CEO and product owner of the Client, managing director and project
manager of Bookwise) takes place monthly during the project and quarterly after go-live. Issues
that the project manager and the product owner cannot solve are escalated to the steering meeting.

Article 7 - Migration, acceptance and go-live
7.1 The Client delivers a CSV export from its current tool (Nexudus) of its active members
(approx. 640), their plans, credit balances and future bookings. Bookwise maps and imports the
data; a test import is done before user acceptance testing and the final import in the night
before each go-live.
7.2 The Client tests the platform using the test scenarios of Annex 2. Defects are classified as
blocking, major or minor. The platform is accepted when all blocking and major defects are
resolved; the parties confirm the acceptance in writing.
7.3 Bookwise publishes the member app in the App Store and Google Play, switches each location
live on the dates in 4.1 and provides hypercare (a developer on call during opening hours)
during two weeks after each go-live.
7.4 Bookwise gives two train-the-trainer sessions of three hours for the community managers and
provides help pages for members in Dutch, French and English.

Article 8 - Warranty
During three months after the go-live of the last location, Bookwise corrects free of charge any
defect in the configuration, the member app and the custom work.

Article 9 - Support and service levels
9.1 The subscription includes hosting on Microsoft Azure (West Europe), corrective maintenance,
support for the community managers and all new versions of Bookwise Spaces. Bookwise releases a
new version every month; security patches are applied within five working days, critical ones
within 24 hours. The member app is kept compatible with the two latest iOS and Android versions.
9.2 Support is available Monday to Friday from 8:30 to 17:30 by portal and telephone; for
priority 1 also on Saturdays from 9:00 to 13:00. Members are helped by the Client's community
managers, not by Bookwise.
9.3 Priority levels:
    P1 - bookings or door access impossible at one or more locations: response 1 hour,
         workaround within 4 hours
    P2 - a module (payments, app, Exact export) does not work: response 4 hours, solution within
         2 working days
    P3 - other questions and minor defects: response 1 working day, solution in a next release
9.4 Bookwise guarantees an availability of the platform of 99,5 % per calendar month, excluding
planned maintenance announced three working days in advance and carried out between 23:00 and
6:00.
9.5 After go-live Mr Jonas De Smet acts as the Client's customer success manager; Bookwise keeps
the Client's configuration, door mappings and integration settings documented.

Article 10 - Term, termination and exit
10.1 The subscription starts at the go-live of the first location and runs for 24 months. It is
then tacitly renewed for periods of 12 months, unless terminated by registered letter at least
two months before the end of the current period.
10.2 Either party may terminate the Agreement with immediate effect by registered letter if the
other party does not remedy a material breach within 30 days of a written notice of default, or
in case of bankruptcy of the other party.
10.3 At the end of the Agreement Bookwise continues the service at the Client's request for up to
three months at the subscription fee then applicable, and cooperates with the new supplier at
the rates in 3.4.
10.4 Within 15 days after the end Bookwise delivers, free of charge, an export of all members,
bookings, credit balances and invoices in CSV and JSON with a description of the fields, and then
deletes the data within 60 days.

Article 11 - Intellectual property
Bookwise keeps all rights in Bookwise Spaces; the Client receives a non-exclusive,
non-transferable right to use it during the Agreement. The custom work under 2.2 and the Client's
branding in the member app become the Client's property on full payment of the fixed price.

Article 12 - Liability
Each party's liability is limited to the amounts paid under this Agreement in the twelve months
before the event that caused the damage. Indirect damage, such as loss of profit, is excluded.
These limits do not apply to wilful misconduct, gross negligence or a breach of Annex 3.

Article 13 - Confidentiality and personal data
13.1 The parties keep confidential all information they receive from each other, during the
Agreement and for three years after its end.
13.2 Bookwise processes the personal data of members and guests as processor on behalf of the
Client under Annex 3. The data is stored in the EU only; Bookwise reports personal data breaches
to the Client within 48 hours.

Article 14 - Disputes and governing law
Disputes are first discussed in the steering meeting; if they are not solved within 20 working
days, the managing directors of both parties meet in person. Failing an agreement within a
further 20 working days, either party may bring the dispute before the courts. This Agreement is
governed by Belgian law; the courts of Antwerp have exclusive jurisdiction.

Made in Antwerp on 17 December 2026 in two originals, each party acknowledging receipt of one.

For Bookwise BV                          For Hive & Harbour NV
(signed)                                 (signed)
Hanne Claes                              Olivier Maes
Managing director                        CEO
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
        "team.knowledge_transfer": "partial",
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
        "maintenance.service_credits": "missing",
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
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

EN_T7A_MEETING_ROOM_DISPLAY_QUOTE = UnseenDocument(
    name="en_t7a_meeting_room_display_quote",
    text="""From:    Pieter-Jan Goossens <pj.goossens@pixelpoort.be>
To:      Nathalie Verstraete <nathalie.verstraete@vp-accountants.be>
Date:    Tue, 24 Nov 2026 16:42
Subject: Quotation OF-26-1187 - room booking displays for your 14 meeting rooms

Dear Nathalie,

Thanks for showing me around the new office in Kortrijk on Friday. As promised, here is our
quotation for the room booking displays.

1. What you get
- 14 x 10" touch panels with LED light bar (green = free, red = occupied), powered over the
  network cable (PoE), one next to each meeting room door
- 10 glass-mount kits (for the glass walls on the 2nd floor) and 4 wall mounts
- RoomLoop booking software on every panel, linked to the room mailboxes in your Microsoft 365
  tenant: colleagues see the day's bookings, can book a free room for 15/30/60 minutes at the
  door, and rooms nobody checks into are released automatically after 10 minutes
- Installation and configuration on site by our technicians
Not included: the network cabling and the PoE switch ports next to each door (your IT partner
Cobra IT said they will take care of this), the Microsoft 365 licences, and any changes to your
reception screen.

2. Prices (EUR, excl. VAT)
  14 touch panels Qbic TD-1070 at 489,00                        6.846,00
  10 glass-mount kits at 62,00                                    620,00
  4 wall mounts at 38,00                                          152,00
  Installation and configuration (one day, 2 technicians)       1.250,00
  Total one-off                                                 8.868,00

  RoomLoop licence: 9,50 per panel per month = 133,00 per month,
  invoiced yearly in advance (1.596,00 per year)

We invoice 50 % of the hardware on order and the balance after installation, together with the
installation and the first licence year. Our invoices are payable within 15 days.

3. Planning and what we need from you
Delivery of the panels takes about 3 weeks after your order; the installation takes one day.
Before that day we need:
- a live PoE port next to each door (tested by Cobra IT),
- a Microsoft 365 admin for a 30-minute session to give RoomLoop access to the 14 room mailboxes,
- the room names as you want them on the displays.
If the ports are not ready on the installation day we agreed, we set a new date together and
charge the second visit at 185,00. Extra work on site that is not in this quotation (for example
extra cabling or moving a panel) is charged at 85,00 per hour plus travel, and only after you
have approved it.

4. After installation
At the end of the installation day we give your office manager a 30-minute walkthrough of the
admin portal, and we leave a one-page user guide you can share with your colleagues.
The panels come with 24 months' warranty: a defective panel is replaced free of charge, we ship the
replacement within 3 working days and you send the defective one back in the same box.
The licence includes software updates for the panels and RoomLoop, remote monitoring of the
panels, and support by e-mail (support@pixelpoort.be) or telephone (051 39 88 10) on working days
from 9:00 to 17:00. We aim to answer within one working day, but we don't commit to fixed
response times.
The RoomLoop licence runs for one year from the installation and is then renewed automatically
for a year, unless you cancel it by e-mail at least one month before the renewal date. Licence
prices may change at renewal; we let you know two months in advance.
RoomLoop remains the property of its publisher; you get the right to use it on the 14 panels as
long as the licence runs. The panels become your property once they are paid in full.

Our general terms and conditions apply (pixelpoort.be/terms). This quotation is valid until
24 December 2026. If everything is OK for you, a short reply to this e-mail is enough and we'll
order the panels.

Kind regards,
Pieter-Jan Goossens
Project lead | Pixelpoort BV | Mandellaan 112, 8800 Roeselare | BE 0812.540.377

-----
From:    Nathalie Verstraete <nathalie.verstraete@vp-accountants.be>
To:      Pieter-Jan Goossens <pj.goossens@pixelpoort.be>
Date:    Thu, 26 Nov 2026 09:05
Subject: RE: Quotation OF-26-1187 - room booking displays for your 14 meeting rooms

Hi Pieter-Jan,

Approved, please go ahead with OF-26-1187. Cobra IT confirms the ports will be ready by
8 January. Could you install on 12 or 13 January?

Best regards,
Nathalie Verstraete
Office manager - Verstraete & Partners Accountants BV

-----
From:    Pieter-Jan Goossens <pj.goossens@pixelpoort.be>
Date:    Thu, 26 Nov 2026 10:20
Subject: RE: RE: Quotation OF-26-1187 - room booking displays for your 14 meeting rooms

Thanks Nathalie! The panels are ordered. We've booked Tuesday 12 January 2027 from 8:00.
You'll receive the invoice for the hardware deposit today.

PJ
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
        "timing.delay": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "team.quality": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "warranty_days": 720,
    },
)

EN_T7A_MANAGED_KUBERNETES_SLA = UnseenDocument(
    name="en_t7a_managed_kubernetes_sla",
    text="""SCHEDULE 3 - SERVICE LEVEL AGREEMENT
Managed Kubernetes Platform

to the Master Services Agreement no. SH-MSA-2027-004 of 12 January 2027 (the "Agreement")
between Stackhaven B.V., Catharijnesingel 47, 3511 GC Utrecht, the Netherlands ("Stackhaven")
and Tixxo NV, Kortrijksesteenweg 361, 9000 Gent, Belgium ("the Client").
Version 1.0 - effective 1 February 2027

1. Purpose and precedence
This SLA describes the managed Kubernetes service that Stackhaven provides to the Client and the
service levels that apply to it. It forms an integral part of the Agreement. In case of conflict
the Agreement prevails, except on service levels and service credits, where this SLA prevails.

2. Service description
2.1 Stackhaven operates three Kubernetes clusters for the Client on its own cloud platform in two
data centres in Amsterdam (AMS-1 and AMS-2):
  - production: 3 control-plane nodes and 6 worker nodes (8 vCPU / 32 GB), spread over both
    data centres;
  - staging: 3 worker nodes; development: 2 worker nodes.
2.2 Included (the "managed layer"): the control plane, the operating system of the worker nodes,
the container runtime, networking (CNI), ingress controllers and load balancers, cert-manager,
the monitoring and alerting stack (Prometheus, Alertmanager, Grafana), central logging with
30 days' retention, and backups of the cluster state and persistent volumes (Velero, daily,
30 days' retention, replicated to the second data centre).
2.3 Not included: the Client's applications and container images, its CI/CD pipelines, the
managed PostgreSQL service (Schedule 4), and incidents caused by the Client's workloads. On
request Stackhaven helps with these at the rate in 8.2.

3. Support
3.1 The service desk is available on working days (Monday to Friday, except Dutch public
holidays) from 8:00 to 18:00 CET via the ticket portal (support.stackhaven.nl) and the shared
Slack channel #tixxo-ops.
3.2 For P1 and P2 incidents the on-call engineer is available 24/7 through the hotline
+31 30 799 41 00. Stackhaven's monitoring opens a P1 ticket automatically when the API or the
ingress of the production cluster is unreachable.
3.3 Priorities and service levels:

  Priority  Definition                                  Response         Restore / workaround
  P1        production unavailable, or data loss        15 minutes       2 hours (24/7)
  P2        production seriously degraded               1 hour           8 hours (24/7)
  P3        staging/development down, minor issue       4 office hours   2 working days
            in production
  P4        service requests and questions              1 working day    as planned with Client

Response means that a qualified engineer has started working on the incident and has informed
the Client. Times run from the automatic alert or from the registration of the ticket or call.

4. Availability
4.1 Stackhaven guarantees an availability of 99,95 % per calendar month for the production
cluster, measured as the availability of the Kubernetes API and the ingress endpoints by
Stackhaven's external monitoring every 60 seconds from two locations.
4.2 Not counted as unavailability: planned maintenance announced at least five working days in
advance and carried out on Tuesday or Thursday between 22:00 and 02:00, up to 4 hours per month;
incidents caused by the Client's workloads or by configuration changes made by the Client; force
majeure.
4.3 Stackhaven performs no planned maintenance on the production cluster during the high-demand
periods announced by the Client under 7.2.

5. Service credits
5.1 If the monthly availability is below 99,95 %, the Client receives a credit on the monthly fee
of the production cluster: from 99,95 % to 99,5 %: 5 %; from 99,5 % to 99,0 %: 10 %; below
99,0 %: 25 %.
5.2 For every P1 incident where the response or restore time is exceeded, an additional credit of
2 % applies. Total credits are capped at 30 % of the monthly fee.
5.3 The Client claims credits within 30 days after receiving the monthly report; credits are set
off against the next invoice.
5.4 If the availability is below 99,0 % in three consecutive months, the Client may terminate the
Agreement by registered letter with 30 days' notice, without any termination fee.

6. Maintenance, updates and quality
6.1 Stackhaven upgrades the clusters to a new Kubernetes minor version within three months of its
upstream release, first development, then staging, and production only after the Client's
approval. The clusters never run a version that is out of upstream support.
6.2 Security patches for the operating system and the platform components are applied within
7 days; critical vulnerabilities (CVSS 9.0 or higher) within 48 hours, if needed outside the
maintenance window after informing the Client.
6.3 All changes to the clusters are made through the GitOps repository and reviewed by a second
engineer before they are applied. Stackhaven is ISO/IEC 27001 certified; all on-call engineers
hold the Certified Kubernetes Administrator (CKA) certification.
6.4 Twice a year a production namespace is restored from backup in the presence of the Client;
the result is included in the monthly report.

7. Obligations of the Client
7.1 The Client sets resource requests and limits for all its workloads, does not change the
managed layer without Stackhaven's approval, and keeps a technical contact reachable 24/7 for P1
incidents (currently Mr Ruben Vandenberghe, CTO).
7.2 The Client announces high-demand periods (such as large ticket sales) at least five working
days in advance so that Stackhaven can scale the production cluster in time.

8. Fees
8.1 Monthly fee (excl. VAT): production cluster EUR 4.920,00; staging and development
EUR 1.560,00; total EUR 6.480,00 per month. Additional worker node (8 vCPU / 32 GB):
EUR 410,00 per node per month, pro rata. Fees are invoiced monthly in advance and are payable
within 30 days of the invoice date.
8.2 Work outside the managed layer is charged at EUR 135,00 per hour. Stackhaven first sends a
written estimate and starts only after the Client's approval by e-mail or in the ticket.
8.3 The fees are indexed once a year under article 9 of the Agreement; Stackhaven cannot
otherwise change the fees or reduce the services during the term.

9. Reporting, governance and knowledge of the environment
9.1 By the 10th working day of each month Stackhaven sends a service report: availability
achieved, incidents and their root causes, tickets per priority with response and restore
times, capacity and cost trends, and planned upgrades.
9.2 Stackhaven's service manager is Ms Femke de Vries. She holds a quarterly service review with
the Client's CTO on the reports, credits and improvement actions. Every P1 incident is followed
by a written post-mortem within 5 working days.
9.3 Escalation: on-call engineer -> service manager (Ms Femke de Vries) -> Stackhaven CTO
(Mr Maarten Bakker).
9.4 Stackhaven keeps an up-to-date runbook and architecture description of the Client's
environment, reviewed at each quarterly service review. A change of service manager is announced
at least one month in advance and followed by a handover meeting with the Client at Stackhaven's
cost.

10. Data and exit
10.1 Stackhaven processes the personal data in the Client's workloads, logs and backups only as
processor under the Data Processing Agreement of 12 January 2027. All data, backups included,
stays in the Netherlands.
10.2 The cluster configuration written for the Client (Terraform code, Helm values, GitOps
repository) is kept in the Client's GitLab group and belongs to the Client.
10.3 At the end of the Agreement, for whatever reason, Stackhaven at the Client's request keeps
operating the clusters for up to three months at the fees in 8.1, delivers the last backups of
all persistent volumes in Velero/restic format and as tar archives, and gives the Client's new
provider a two-day handover of the runbook and the environment.

11. Term and other provisions
11.1 This SLA applies for the duration of the Agreement. Termination: see article 14 of the
Agreement.
11.2 Liability: article 15 of the Agreement applies. Confidentiality: article 16 of the Agreement
applies. Governing law and jurisdiction: see article 18 of the Agreement.
11.3 Disagreements about service levels, measurements or credits are first discussed in the
quarterly service review; if they are not solved within 15 working days, they are escalated to
the CEOs of both parties, who meet within 10 working days before either party goes to court.

Signed in Utrecht and Ghent on 14 January 2027.

For Stackhaven B.V.                      For Tixxo NV
(signed)                                 (signed)
Joost van Leeuwen, CEO                   Annelies Dhondt, CEO
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.project_cost": "missing",
        "budget.startup_cost": "missing",
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
        "exit.duration_renewal": "partial",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
        "legal.liability": "partial",
        "legal.ip": "covered",
        "legal.confidentiality": "partial",
        "legal.data_protection": "covered",
        "legal.governing_law": "partial",
        "legal.dispute_resolution": "covered",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.25,
        "availability_percent": 99.95,
    },
)

EN_T7A_ROUTE_OPTIMISATION_PLUGIN_LICENCE = UnseenDocument(
    name="en_t7a_route_optimisation_plugin_licence",
    text="""SOFTWARE LICENCE AGREEMENT
RoutePilot for Microsoft Dynamics 365 Business Central - licence no. RP-LIC-2026-0219

PARTIES
Routeplan Solutions B.V., Dokterspad 14, 8011 RS Zwolle, the Netherlands, Chamber of Commerce
no. 71840392, represented by Mr Erik Mulder, director ("Licensor");
and
Drankencentrale Lambrechts NV, Lichtaartsebaan 88, 2200 Herentals, Belgium, enterprise no.
BE 0437.619.204, represented by Ms Kathleen Lambrechts, managing director ("Licensee").

1. Definitions
"Plug-in": RoutePilot, an extension for Microsoft Dynamics 365 Business Central, consisting of
the extension installed in Business Central and the hosted optimisation engine operated by
Licensor. "Vehicle": a delivery vehicle for which routes are planned with the Plug-in.
"Documentation": the user and administrator manual at docs.routeplan.nl, as amended from time to
time.

2. Contract documents and terms
2.1 This Agreement consists of this document, Annex A (Licensor's quotation RP-Q-26-311 of
18 November 2026) and Annex B (data processing agreement).
2.2 The NLdigital Terms 2020, filed with the Chamber of Commerce Midden-Nederland, apply to this
Agreement and are attached to it. In case of conflict between this document and the NLdigital
Terms, the NLdigital Terms prevail. Any general terms of the Licensee are expressly rejected.

3. Licence
3.1 Licensor grants the Licensee a non-exclusive, non-transferable licence to use the Plug-in in
one Business Central production environment and one sandbox environment, to plan routes for up
to 18 Vehicles from its depot in Herentals, for its internal business purposes only.
3.2 The Licensee may not sublicense, copy (except for back-up purposes), decompile or modify the
Plug-in. All intellectual property rights in the Plug-in, the Documentation and the optimisation
engine remain with Licensor or its licensors.
3.3 The Plug-in is supplied in object code only. Licensor does not deposit the source code with
an escrow agent.
3.4 Included: the Plug-in, map and traffic data for Belgium, the Netherlands and Luxembourg from
Licensor's map supplier, and maintenance and support as described in clause 6. Not included:
Business Central licences, the installation and configuration of Business Central itself,
telematics or on-board units, integrations with systems other than Business Central, and
hardware.

4. Fees and payment
4.1 Licence fee: EUR 38,00 per Vehicle per month, i.e. EUR 684,00 per month for 18 Vehicles,
invoiced annually in advance (EUR 8.208,00 per year, excl. VAT). Vehicles can be added at any
time at the same price, pro rata.
4.2 One-off onboarding fee: EUR 1.750,00 excl. VAT, invoiced on signature. It covers the remote
configuration of the depot, vehicle profiles and delivery time windows, the data import in 5.3
and the training sessions in 5.4.
4.3 Assistance beyond clause 6, including the analysis of planning problems caused by master data
in Business Central, is invoiced monthly at EUR 125,00 per hour on the basis of time spent.
4.4 Licensor may adjust its fees once a year by written notice at least 60 days before the start
of a new contract year.
4.5 Invoices are payable within 30 days of the invoice date. If an invoice remains unpaid after a
reminder, Licensor may suspend access to the optimisation engine.

5. Delivery, installation and onboarding
5.1 Licensor makes the Plug-in available through Microsoft AppSource and sends the licence key
within five working days after the signature of this Agreement.
5.2 The Licensee's Business Central partner installs the extension in the sandbox and the
production environment. Before the onboarding starts, the Licensee ensures that its environment
runs Business Central version 24 or later and that its customer addresses and delivery time
windows have been checked.
5.3 Licensor imports the Licensee's depot, vehicle and customer delivery data from the Excel
template provided by Licensor, within three weeks after receiving the completed template.
5.4 Licensor gives two online training sessions of two hours for the Licensee's planners and one
session for the key user.
5.5 Licensor's contact for the Licensee is Mr Daan Kuipers, customer success manager
(daan.kuipers@routeplan.nl).

6. Maintenance and support
6.1 Maintenance includes the correction of errors in the Plug-in and new versions. Licensor keeps
the Plug-in compatible with the two latest major releases of Business Central and releases a
compatible version within 30 days after each major release by Microsoft (April and October).
6.2 Support is provided on working days from 9:00 to 17:00 CET by e-mail (support@routeplan.nl)
and telephone (+31 38 760 21 90).
6.3 Licensor will use reasonable efforts to respond to error reports within two working days.
Licensor does not guarantee that all errors can be corrected, nor that they will be corrected
within a specific time.
6.4 Licensor strives for an availability of the optimisation engine of 99,0 % per month on
working days between 5:00 and 20:00 CET, without guarantee. No service credits, refunds or other
compensation apply if this level is not achieved.
6.5 Licensor does not guarantee any reduction in kilometres, fuel or driving time. The quality of
the routes depends on the data entered by the Licensee.

7. Warranty
During 90 days after the delivery of the licence key, Licensor warrants that the Plug-in
substantially conforms to the Documentation. Licensor's sole obligation under this warranty is
to correct the non-conformity free of charge or, if it cannot do so within a reasonable time, to
refund the licence fees paid for the affected period.

8. Personal data and confidentiality
8.1 To optimise routes, the optimisation engine receives delivery addresses and, where the
Licensee delivers to private persons, names and telephone numbers. Licensor processes these data
as processor under Annex B, on servers in Microsoft Azure West Europe (the Netherlands), and
deletes the data of a planning 90 days after the planned date.
8.2 Each party keeps the other party's confidential information secret during this Agreement and
for two years after its end.

9. Term and termination
9.1 This Agreement enters into force on signature and runs for an initial term of 36 months. It
is then automatically renewed for successive periods of 12 months, unless either party terminates
it by registered letter at least three months before the end of the current term.
9.2 Licensor may terminate the Agreement with immediate effect if the Licensee breaches clause 3
or does not pay within 30 days after a reminder. The Licensee cannot terminate the Agreement
during the initial term, except if Licensor fails to remedy a material breach within 60 days
after a written notice.
9.3 At the Licensee's request made within 30 days after the end of the Agreement, Licensor
delivers free of charge an export in CSV format of the Licensee's route plans and route history
of the last 24 months, and then deletes the Licensee's data from the optimisation engine.

10. Liability
10.1 Licensor's total liability under this Agreement is limited to the licence fees paid by the
Licensee in the three months before the event that caused the damage.
10.2 Licensor is not liable for indirect damage, loss of profit, loss of or damage to data, late
deliveries, fines or additional transport costs.

11. Governing law and jurisdiction
This Agreement is governed by Dutch law. All disputes are submitted to the competent court in
Zwolle (Rechtbank Overijssel).

Signed in two originals.

Zwolle, 2 December 2026                  Herentals, 4 December 2026
For Routeplan Solutions B.V.             For Drankencentrale Lambrechts NV
(signed)                                 (signed)
Erik Mulder, director                    Kathleen Lambrechts, managing director
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "missing",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "missing",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "partial",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "covered",
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
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "warranty_days": 90,
        "availability_percent": 99.0,
    },
)


DOCUMENTS = [
    EN_T7A_COWORKING_BOOKING_PLATFORM,
    EN_T7A_MEETING_ROOM_DISPLAY_QUOTE,
    EN_T7A_MANAGED_KUBERNETES_SLA,
    EN_T7A_ROUTE_OPTIMISATION_PLUGIN_LICENCE,
]
