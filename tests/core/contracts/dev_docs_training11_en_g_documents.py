"""Training batch 11 (en, writer g): (1) a formal licence, implementation and support agreement
for crew-planning software (CrewPlanner Marine, installed on-premises) between a Rotterdam
software house and an Antwerp tanker shipping company, signed by both; (2) a short order form
for an online-whiteboard SaaS (Plankwerk Boards Business) for a Kortrijk design agency, signed
electronically; (3) a service level agreement (annex to an MSA) for a managed firewall cluster
colocated in a Diegem data centre, between a Mechelen managed service provider and a Hasselt
insurance broker, signed by both; (4) an informal e-mail offer by a Brussels integrator for a
hotel's guest Wi-Fi with a captive portal, accepted by the hotel's reply e-mail.

Written on 2026-12-05 by a helper session acting as training documents for the checklist model,
without reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings. Never change a rule to fit these texts, nor a label or a
text to fit the analyser. Conventions: months = 30 days for notice and warranty; response time
of the highest priority in hours (working hours counted as hours; 15 minutes = 0.25); a quote
accepted by e-mail or an empty client signature line raises risk.unsigned; a negation,
disclaimer, bare cross-reference, placeholder or best-efforts wording is "partial".
"""

from .unseen_documents import UnseenDocument

EN_T11G_CREW_PLANNING_LICENCE_SUPPORT = UnseenDocument(
    name="en_t11g_crew_planning_licence_support",
    text="""SOFTWARE LICENCE AND SUPPORT AGREEMENT
CrewPlanner Marine 5 - Contract no. NRS-2026-114

BETWEEN
Noordzee Roostersoftware B.V., Waalhaven Oostzijde 85, 3087 BM Rotterdam, the Netherlands,
Chamber of Commerce no. 71234590, represented by Ms Anouk de Graaf, CEO ("the Supplier");
AND
Scheldt Tanker Shipping NV, Noorderlaan 139, 2030 Antwerpen, Belgium, enterprise no.
BE 0437.610.284, represented by Mr Koen Wouters, COO ("the Company").

Article 1 - Object and contract documents
1.1 The Supplier grants the Company a licence to use CrewPlanner Marine 5 ("the Software") for
the crew planning, rotations, certificate management and STCW rest-hour compliance of the
Company's fleet, and provides the implementation and support services described below.
1.2 The Supplier's proposal P-26-071 of 14 October 2026 (Annex 1) and the data processing
agreement (Annex 2) form part of this Agreement. In case of conflict this Agreement prevails
over the annexes. General terms and conditions of either party do not apply.

Article 2 - Licence and intellectual property
2.1 The licence is non-exclusive and non-transferable, runs for the term of this Agreement and
covers up to 40 office users and 650 seafarer profiles on 22 vessels. The CrewPlanner crew app
(Android/iOS) may be used by all seafarers employed by the Company.
2.2 The Software remains the property of the Supplier. Reports, rotation templates and
interfaces developed specifically for the Company and paid for by it belong to the Company.
2.3 The Software is installed on the Company's own servers in its data centre in Antwerp.

Article 3 - Fees (EUR, excl. VAT)
3.1 Implementation (installation, configuration, interfaces with the SD Worx payroll and the
Company's HR system, data migration, training): fixed price EUR 68.500,00, invoiced 40 % on
signature, 40 % on go-live and 20 % on acceptance.
3.2 Annual licence and support fee: EUR 36.960,00 (22 vessels x EUR 140,00 per month), invoiced
yearly in advance on 1 January; the first year is invoiced pro rata from go-live.
3.3 Not included: server hardware, Windows Server and Microsoft SQL Server licences, and the
fees SD Worx charges for its side of the payroll interface.
3.4 Work outside the scope is charged at EUR 115,00 per hour (consultant) and EUR 135,00 per hour
(senior developer). The Supplier first sends a written quote; work starts only after the
Company's project lead has approved it in writing.
3.5 The annual fee and the hourly rates are indexed on 1 January of each year by the Dutch CBS
consumer price index, with a maximum of 3 % per year.
3.6 Invoices are payable within 45 days of the invoice date.

Article 4 - Planning, data migration and obligations of the Company
4.1 Installation on the test server by 1 February 2027; configuration of vessel types, ranks,
certificate matrix and rotation rules in February and March 2027; payroll and HR interfaces
ready by 15 March 2027; go-live on 1 April 2027.
4.2 The Supplier imports the seafarer records, certificates and 24 months of sea-service history
from the Company's current system and Excel files, first as a test import and then as the final
import in the week before go-live. The Company checks and approves the test import within five
working days.
4.3 The Company provides the test and production servers and VPN access by 15 January 2027,
delivers the data exports by 1 February 2027 and appoints a project lead (Ms Els Janssens,
crewing manager) who is available two days a week during the implementation.
4.4 If go-live is delayed for reasons attributable to the Supplier, the implementation fee is
reduced by 1 % per started week of delay, up to 10 %. Delay caused by the Company leads to a new
planning agreed by both project leads; extra days are charged at the rates of article 3.4 after
the Company's approval.

Article 5 - Acceptance and warranty
5.1 The Company tests the Software during ten working days after go-live with the test scenarios
of Annex 1 (rotations for two vessel types, rest-hour checks, certificate expiry alerts, payroll
export). The Software is accepted when no blocking defects remain open; both parties sign an
acceptance report.
5.2 For 90 days after acceptance the Supplier corrects free of charge all defects in the
configuration, the interfaces and the migrated data.

Article 6 - Team, quality and training
6.1 The Supplier's project manager and account manager is Mr Jeroen Bakker. The lead consultant
is Ms Fleur Visser, a former master mariner with eight years' experience implementing crewing
systems.
6.2 The Supplier works under its ISO 9001 certified quality system. Every new version is
regression-tested on a copy of the Company's configuration before it is delivered.
6.3 The Supplier gives three train-the-trainer days for six key users in Antwerp and provides an
English user manual and a 30-minute e-learning module for seafarers in the crew app.
6.4 At go-live the Supplier hands over the technical installation documentation and an
administrator manual to the Company's IT department.

Article 7 - Support and maintenance
7.1 Support comprises corrective maintenance, the helpdesk, two new versions per year and
security patches. The Supplier installs new versions remotely on a date agreed with the Company.
7.2 Helpdesk: working days 8:00-18:00 CET by telephone (+31 10 340 18 70) and through the support
portal. Because crew changes often take place at weekends, priority 1 calls are also handled
24/7 through the on-call number.
7.3 Priorities:
    P1 - Software unavailable or crew changes cannot be planned: response 1 hour,
         workaround within 8 hours
    P2 - a major function impaired: response 4 working hours, solution within 3 working days
    P3 - other: response 2 working days, solution in the next version
7.4 The Supplier sends a monthly support report (tickets per priority, response and solution
times achieved) and keeps an up-to-date description of the Company's installation and
configuration in its support system.
7.5 The Company's crewing manager and Mr Bakker meet every quarter to review the service.
Escalation runs from the account manager to the Supplier's CEO.

Article 8 - Term, termination and exit
8.1 This Agreement runs for an initial period of 36 months from go-live and is then tacitly
renewed for periods of 12 months, unless terminated by registered letter at least six months
before the end of a period.
8.2 Either party may terminate this Agreement if the other party does not remedy a material
breach within 30 days of a written notice of default.
8.3 Within 30 days after the end the Supplier delivers free of charge an export of all Company
data (seafarers, certificates, sea service, planning history) in CSV and XML with a description
of the fields. If the Company asks, the Supplier continues support for up to six months after
the end at the fees then in force, and assists the Company's new supplier with the migration for
up to 20 days at the rates of article 3.4.
8.4 At the Company's request the parties will discuss a source code escrow arrangement.

Article 9 - Liability
The Supplier's liability is limited to the amounts paid by the Company under this Agreement in
the twelve months before the damaging event. Indirect damage and loss of profit are excluded,
except in case of gross negligence or wilful misconduct.

Article 10 - Confidentiality and personal data
10.1 Both parties keep each other's confidential information secret during this Agreement and
for three years after its end.
10.2 The Supplier only accesses seafarers' personal data (including passport numbers and medical
certificates) when it gives support through remote access, and does so as processor under the
data processing agreement of Annex 2.

Article 11 - Disputes and governing law
Disputes are first discussed between the Company's COO and the Supplier's CEO, who meet within
15 days of a written request. Failing agreement, the courts of Antwerp have exclusive
jurisdiction. This Agreement is governed by Belgian law.

Signed in Antwerp on 16 December 2026 in two originals.

For Noordzee Roostersoftware B.V.        For Scheldt Tanker Shipping NV
(signed)                                 (signed)
Anouk de Graaf, CEO                      Koen Wouters, COO
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
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.data_return": "covered",
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
        "payment_term_days": 45,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
    },
)

EN_T11G_ONLINE_WHITEBOARD_ORDER_FORM = UnseenDocument(
    name="en_t11g_online_whiteboard_order_form",
    text="""PLANKWERK BOARDS - ORDER FORM
Order ref. PW-2026-1187                                   Date: 8 December 2026

Provider:  Plankwerk BV, Kortrijksesteenweg 1093, 9051 Gent - BE 0768.402.115
Customer:  Studio Lijnspel BV, Doorniksestraat 62, 8500 Kortrijk - BE 0659.873.204
Customer admin and billing contact: Hanne Desmet, studio manager (hanne@lijnspel.be)
Your customer success contact: Tom Peeters (tom.peeters@plankwerk.io)

PLAN
Plankwerk Boards Business - 28 editors, unlimited free guests (view and comment only)
Included: unlimited boards, templates library, Figma, Slack and Google Drive integrations,
version history of 90 days, PDF/PNG export, single sign-on.
Not included: Enterprise features (SCIM provisioning, audit log, choice of data region,
service credits).

FEES (EUR, excl. VAT)
Subscription: 28 editors x EUR 14,50 per editor per month, billed annually      4.872,00
One-off SSO (SAML) configuration with your Google Workspace                      350,00
Editors added during the term are billed pro rata on the next invoice.
Invoices are issued annually in advance and are payable within 30 days.
Plankwerk may change its list prices by giving 60 days' notice by e-mail; new prices apply from
the next renewal.

START
Start Date: 1 January 2027. Your workspace is available within one business day after this
Order Form is signed. The Customer sends its SAML metadata to support@plankwerk.io by
15 December 2026; Plankwerk configures SSO within 10 business days of receiving it.
Onboarding: one online onboarding webinar (60 minutes) for your team is included; the help
centre and video tutorials are available to all users.

TERM AND CANCELLATION
12 months from the Start Date. The subscription renews automatically for 12 months unless the
Customer cancels it in the admin panel or by e-mail at least 30 days before the renewal date.
Fees already paid are not refunded on cancellation.

SERVICE
Plankwerk aims for 99,9 % monthly uptime; status and incidents are published on
status.plankwerk.io. Service credits do not apply to the Business plan.
Support (Business plan): e-mail and chat, Monday to Friday 9:00-18:00 CET, first response
within 8 business hours. New features and updates are released continuously and are included.

YOUR DATA
Boards and files are and remain the Customer's property; Plankwerk keeps all rights in the
platform. Export is possible at any time as PDF, PNG or .pwb backup file. After cancellation the
workspace stays read-only for 30 days so you can export; data is deleted within 90 days after
that. Plankwerk processes personal data of your users as processor under the Data Processing
Addendum at plankwerk.io/dpa, which forms part of this Order Form. Data is hosted in the EU
(Google Cloud, St-Ghislain, Belgium).

TERMS
This Order Form is subject to the Plankwerk Terms of Service (plankwerk.io/terms). In case of
conflict between this Order Form and the Terms of Service, the Terms of Service prevail; any
purchase order terms of the Customer do not apply.
Plankwerk's total liability is limited to the fees paid in the three months before the claim.
Plankwerk is not liable for loss of data or content.
Belgian law applies; the courts of Ghent have exclusive jurisdiction.

Signed electronically (DocuSign) on 9 December 2026

For Plankwerk BV                        For Studio Lijnspel BV
Lotte Claes, Head of Sales              Hanne Desmet, studio manager
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "budget.startup_cost": "covered",
        "budget.scope": "covered",
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
        "team.quality": "missing",
        "reporting.progress": "missing",
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
        "legal.confidentiality": "missing",
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
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 8,
        "availability_percent": 99.9,
    },
)

EN_T11G_MANAGED_FIREWALL_CLUSTER_SLA = UnseenDocument(
    name="en_t11g_managed_firewall_cluster_sla",
    text="""ANNEX 2 TO MANAGED SERVICES AGREEMENT MSA-2025-031
SERVICE LEVEL AGREEMENT - MANAGED FIREWALL CLUSTER IN COLOCATION

Between Bastion Networks NV, Battelsesteenweg 455E, 2800 Mechelen, BE 0832.556.019
("Bastion"), and Hoogland Verzekeringen NV, Kempische Steenweg 293, 3500 Hasselt,
BE 0414.908.372 ("the Client").

1. Status of this SLA
1.1 This SLA is Annex 2 to the Managed Services Agreement MSA-2025-031 of 20 January 2026 (the
"MSA"). For everything relating to service levels this SLA prevails over the MSA. General terms
of Bastion do not apply.
1.2 Articles 12 (confidentiality), 14 (liability) and 18 (governing law) of the MSA apply to
this SLA.

2. Service
2.1 Bastion provides, hosts and manages a cluster of two Fortinet FortiGate 600F firewalls in
active-passive high availability, installed in Bastion's rack at the LCL Brussels-East data
centre in Diegem, with dual 10 Gbit/s uplinks. The cluster terminates the site-to-site VPNs to the
Client's 14 branch offices and the SSL VPN for up to 120 remote users.
2.2 Included: hardware, FortiGuard licences, rack space and power, 24/7 monitoring, firmware
management, configuration and rule changes (up to 8 standard changes per month), log retention
for 12 months in FortiAnalyzer, and a spare FortiGate 600F kept in Bastion's stock in Diegem.
2.3 Not included: the Client's LAN and branch routers not supplied by Bastion, endpoint
security, and the Client's internet lines.

3. Fees (EUR, excl. VAT)
3.1 Monthly service fee: EUR 2.340,00, invoiced monthly in advance, payable within 30 days of
the invoice date.
3.2 Changes beyond 8 per month and project work are charged at EUR 110,00 per hour in blocks of
15 minutes. Bastion estimates every change expected to take more than two hours; such changes
are carried out only after written approval by the Client's IT manager.
3.3 Fees are indexed on 1 January of each year according to the Belgian health index.

4. Service hours and contact
4.1 Monitoring and the handling of P1 and P2 incidents: 24/7/365.
4.2 Service desk for P3 incidents and changes: working days 8:00-18:00, by telephone
(+32 15 79 44 10), the customer portal or servicedesk@bastion.be. P1 incidents are always
reported by telephone.
4.3 Only the authorised requesters listed in the portal (maximum five) may request changes.

5. Priorities, response and restore times
   Priority                                             Response     Restore
   P1  cluster down, all traffic interrupted, or an    15 minutes   2 hours
       active security incident on the firewall
   P2  one node down (no redundancy) or VPN to one or  1 hour       8 hours
       more branches down
   P3  degraded performance, questions                 4 working    3 working days
                                                       hours
Standard changes are carried out within one working day; emergency changes (for instance
blocking an attacking IP range) within one hour, 24/7.

6. Availability
6.1 Bastion guarantees an availability of the cluster service of 99,99 % per calendar month. The
service is available when at least one node passes traffic on the outside interface, measured
every minute from two external probes of Bastion's monitoring platform.
6.2 Not counted as unavailability: planned maintenance (at most 4 hours per month, announced five
working days in advance and carried out on Tuesday between 22:00 and 2:00), faults of the
Client's internet lines, and incidents caused by changes made by the Client.

7. Service credits
7.1 If the monthly availability is below 99,99 % the Client receives a credit of 10 % of the
monthly service fee; below 99,9 %, 25 %; below 99,5 %, 50 %.
7.2 For each started hour by which the P1 restore time is exceeded the Client receives a credit
of 5 % of the monthly service fee.
7.3 Credits are capped at 50 % of the monthly service fee per month and are set off against the
next invoice. The Client claims them within 30 days of receiving the monthly report. Credits do
not affect the Client's right to terminate under article 11.2.

8. Updates and security
8.1 Bastion installs critical firmware patches (Fortinet PSIRT, CVSS 9 or higher) within 72
hours of publication; other firmware updates are tested in Bastion's lab and installed in the
quarterly maintenance window.
8.2 Every change follows Bastion's change procedure: a second engineer reviews the change and a
configuration backup is made before it is applied.
8.3 The cluster is managed by a team of four engineers who hold at least the Fortinet NSE 7
certification. Bastion keeps an up-to-date network diagram, rule-base documentation and runbook
of the Client's environment in its CMDB.

9. Reporting and meetings
9.1 By the 10th working day of each month Bastion sends a service report: availability,
incidents with response and restore times, changes, credits due, VPN usage and the top blocked
threats.
9.2 Bastion's service manager (Ms Nathalie Goossens) and the Client's IT manager hold a service
review every quarter; once a year they review the complete rule base.
9.3 Escalation: service desk - service manager - Bastion's operations director (Mr Dirk Leemans).

10. Obligations of the Client
The Client announces planned changes to its own network at least five working days in advance,
keeps the list of authorised requesters up to date, and reports faults on its internet lines to
its providers itself.

11. Term and termination
11.1 This SLA runs for 36 months from the handover date of 1 February 2026 and is then tacitly
renewed for periods of 12 months, unless terminated by registered letter at least three months
before the end of a period.
11.2 The Client may terminate this SLA with 30 days' notice if the availability is below 99,5 %
in two consecutive months or in three months within any period of twelve months.

12. Exit
12.1 The firewall configuration and the rule base made for the Client belong to the Client.
12.2 At the end of this SLA Bastion hands over, free of charge, the complete FortiOS
configuration, the rule base in CSV, the VPN documentation and the logs of the last 12 months.
12.3 At the Client's request Bastion keeps the service running at the current monthly fee for up
to three months after the end and assists the new provider with the migration; the Client may
buy the hardware at its book value.

13. Personal data
Bastion processes the log data (IP addresses, VPN user names) as processor under the data
processing agreement in Annex 4 to the MSA.

Signed in Hasselt on 28 January 2026.

For Bastion Networks NV                  For Hoogland Verzekeringen NV
(signed)                                 (signed)
Peter Wuyts, managing director           Lies Claes, CFO
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.client_obligations": "covered",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
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
        "legal.liability": "partial",
        "legal.ip": "covered",
        "legal.confidentiality": "partial",
        "legal.data_protection": "covered",
        "legal.governing_law": "partial",
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
        "notice_period_days": 90,
        "payment_term_days": 30,
        "response_time_hours_highest_priority": 0.25,
        "availability_percent": 99.99,
    },
)

EN_T11G_HOTEL_GUEST_WIFI_OFFER = UnseenDocument(
    name="en_t11g_hotel_guest_wifi_offer",
    text="""From:    Wouter Verschueren <wouter@netbaai.be>
To:      Claire Dubois <c.dubois@hotelsablonsquare.be>
Date:    Thu, 3 Dec 2026 16:42
Subject: Offer NB-26-219 - guest Wi-Fi with captive portal, Hotel Sablon Square

Dear Claire,

Thanks again for the walk-through last Tuesday. As promised, here is our offer for the new guest
Wi-Fi in the hotel (42 rooms on 5 floors, lobby, breakfast room, meeting room and terrace).

What we install
- 24 Aruba Instant On AP22 access points (one per two rooms, plus lobby, breakfast room and
  meeting room) and 2 AP17 outdoor access points for the terrace
- 2 Aruba Instant On 1930 24-port PoE switches in the technical room
- a gateway with our captive portal, connected to your existing Proximus 1 Gbit line
We reuse the existing UTP cabling in the rooms; the 6 new cable runs for the lobby, terrace and
meeting room are included. Not included: the internet line itself, the TV system, and any
cabling beyond those 6 runs.

Captive portal
Your own login page with the hotel logo and colours. Hotel guests log in with room number and
last name, checked against Mews through its API; restaurant and meeting-room visitors log in
with their e-mail address (with an optional newsletter opt-in) or with a printed 24-hour
voucher. Each device is limited to 20 Mbit/s so one guest cannot fill the line.

Prices (EUR, excl. VAT)
  Hardware (access points, switches, gateway)                         9.860,00
  Installation, cabling and configuration (2 technicians, 3 days)     2.450,00
  Total one-off                                                      12.310,00
  Managed service and captive portal licence                   189,00 per month
The managed service covers monitoring, remote support, firmware updates and hosting of the
portal. Extra on-site work outside this offer is charged at 85,00 per hour plus 45,00 travel;
anything not listed here (extra access points, cabling) we quote first and only do after your OK.

Payment: 50 % of the hardware on order, the rest of the one-off amount after installation; the
monthly fee is invoiced quarterly in advance. Invoices payable within 15 days.

Planning
Hardware delivered two weeks after your order. We install from 12 to 14 January 2027 (quiet
week), floor by floor so guests are not disturbed, and go live on 15 January. Before 5 January
we need from you: the Mews API credentials, a free room per floor on the installation days, and
your technical manager (Luc) available as our contact on site.

Our team: I am your project lead; the installation is done by Jonas and Bram, both Aruba ACMP
certified.

Delivery: after installation we walk through the hotel with Luc with a heat-map measurement per
floor; every room must reach at least -67 dBm. You sign the delivery report when that is OK.
We give a 30-minute instruction to the reception staff on printing vouchers and using the
dashboard, and hand over the as-built documentation (access point map, switch port list, admin
accounts). For 3 months after go-live we fix any configuration or cabling issue free of charge;
the Aruba hardware carries the manufacturer's warranty.

Support
Our helpdesk is open 7 days a week from 8:00 to 22:00 on +32 2 880 41 15 for your staff (guests
keep calling reception, not us). If the Wi-Fi is down for the whole hotel we respond within one
hour and, if needed, a technician is on site within 4 hours. We keep the floor plans and the AP
map of the hotel in our dashboard, and you get a short monthly e-mail report with the number of
guests connected, data used and any incidents.
We can't guarantee a specific uptime, as the Wi-Fi depends on your Proximus line.

Guest data: the portal stores guests' names, e-mail addresses and connection times on our servers
in Belgium for 12 months, then deletes them. We act as processor and will send you our standard
data processing agreement to sign before go-live.

The managed service runs for a minimum of 36 months from go-live; after that it continues month
by month and either of us can end it with one month's notice.

This offer is valid for 30 days. Our general terms (attached) apply.

Kind regards,
Wouter Verschueren
Project lead - Netbaai BV, Havenlaan 86C, 1000 Brussel - BE 0745.118.962

-----

From:    Claire Dubois <c.dubois@hotelsablonsquare.be>
To:      Wouter Verschueren <wouter@netbaai.be>
Date:    Mon, 7 Dec 2026 09:15
Subject: RE: Offer NB-26-219 - guest Wi-Fi with captive portal, Hotel Sablon Square

Hi Wouter,

Approved - please go ahead with offer NB-26-219 as it stands and plan the installation for
12-14 January. Luc will send you the Mews credentials this week.

Best regards,
Claire Dubois
General manager, Hotel Sablon Square
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
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.data_return": "missing",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 1,
        "notice_period_days": 30,
        "payment_term_days": 15,
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
    },
)


DOCUMENTS = [
    EN_T11G_CREW_PLANNING_LICENCE_SUPPORT,
    EN_T11G_ONLINE_WHITEBOARD_ORDER_FORM,
    EN_T11G_MANAGED_FIREWALL_CLUSTER_SLA,
    EN_T11G_HOTEL_GUEST_WIFI_OFFER,
]
