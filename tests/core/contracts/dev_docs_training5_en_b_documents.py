"""Training batch 5 (en, half b): four English documents as Belgian and Dutch IT suppliers and
their clients write them:

1. en_t5b_web_to_print_portal_agreement - a long, formal development, hosting and maintenance
   agreement with numbered articles between a Dutch web-to-print software house and a print shop
   in Mechelen (milestones, change requests, SLA with credits, escrow, exit).
2. en_t5b_server_virtualisation_quote - a quote from a Limburg IT integrator for a two-node
   Hyper-V cluster and the migration of VMware virtual machines, migration billed in regie, the
   supplier's general terms attached and an empty client signature line.
3. en_t5b_mobile_device_management_email - a short, informal e-mail proposal for a managed mobile
   device management (Intune) service for a home-nursing organisation, accepted by e-mail reply.
4. en_t5b_network_cabling_purchase_order - a university college's purchase order with special
   conditions for structured cabling of a new building wing, acknowledged and signed by the
   cabling contractor; the buyer's purchasing conditions prevail.

Written on 2026-12-05 by a helper session as training documents for the checklist model, without
reading the analyser's rules or its tests; labels from reading each text against
spec/checklist.md, only clear readings.

Conventions: months = 30 days for notice and warranty periods; the response time of the highest
priority is given in hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted
by e-mail or with an empty client signature line raises risk.unsigned (an empty client line makes
agreement.signed_both partial); "partial" = mentioned but vague, a bare cross-reference, a
placeholder, best efforts only, or a negation/disclaimer. Items, risks and figures whose reading
is ambiguous are left out.
"""

from .unseen_documents import UnseenDocument

EN_T5B_WEB_TO_PRINT_PORTAL_AGREEMENT = UnseenDocument(
    name="en_t5b_web_to_print_portal_agreement",
    text="""WEB-TO-PRINT PORTAL AGREEMENT - no. IPX-2026-052
Development, hosting and maintenance of the Verhaegen online print portal

BETWEEN Inkpixel B.V., Torenallee 45, 5617 BB Eindhoven, the Netherlands, Chamber of Commerce no.
68214937, represented by Mr Ruud Hendriks, managing director ("Inkpixel"); AND Drukkerij
Verhaegen NV, Mechelsesteenweg 212, 2800 Mechelen, enterprise no. BE 0421.776.380, represented by
Mr Marc Verhaegen, CEO ("the Client").

Article 1 - Contract documents
1.1 The Agreement consists of this document and its annexes: Annex 1 - Inkpixel's offer
IP-26-0417 of 18/11/2026; Annex 2 - functional specification and acceptance test scenarios;
Annex 3 - data processing agreement; Annex 4 - escrow agreement.
1.2 In case of conflict, this document prevails over Annex 2, and Annex 2 over Annex 1. General
terms and conditions of either party, including the NLdigital Terms, do not apply.

Article 2 - Scope
2.1 Inkpixel builds, hosts and maintains a web-to-print portal for the Client on its PressFlow
platform: a product configurator for business cards, flyers, brochures, posters and large-format
prints; real-time price calculation from the Client's price matrices; PDF upload with automatic
preflight through the Client's Enfocus PitStop Server; online proof approval; payment by
Bancontact, credit card and invoice (via Mollie); B2B accounts with corporate catalogues and
approval flows; and a connector that creates job tickets in the Client's MultiPress MIS.
2.2 Not included: the PitStop Server licence, Mollie transaction fees, the MIS vendor's API fees,
product photography and texts, and graphic design of print products.

Article 3 - Price and payment (all amounts excluding VAT)
3.1 Fixed price for the development in article 2.1:                     EUR 48.600,00
3.2 One-off set-up of the hosting environment and PressFlow activation:   EUR 2.350,00
3.3 Monthly fee from Go-Live (PressFlow licence, hosting, support and
    maintenance as described in article 11):                             EUR 740,00
3.4 Hourly rate for change requests and work outside the scope:          EUR 98,00
3.5 The monthly fee and the hourly rate are indexed each 1 January, for the first time on
1 January 2028, according to the Agoria reference index for labour costs (national average).
3.6 The fixed price is invoiced 30 % on signature, 40 % on acceptance of M3 and 30 % on final
acceptance; the set-up fee at Go-Live; the monthly fee quarterly in advance. Invoices are payable
within 30 days of the invoice date.

Article 4 - Change requests
Changes to the scope are requested in writing. Inkpixel sends an impact analysis (effort, price,
effect on the planning) within five working days. A change is carried out only after the Client's
project lead has approved it in writing, and is invoiced at the hourly rate on the basis of the
approved estimate, which may not be exceeded by more than 10 % without new approval.

Article 5 - Planning and obligations of the Client
5.1 Milestones:
    M1  Kick-off, UX design and price model signed off           29/01/2027
    M2  Configurator and price engine on staging                 26/02/2027
    M3  MIS connector, preflight and payments on staging         09/04/2027
    M4  Acceptance test                                          26/04/2027 - 07/05/2027
    M5  Go-Live                                                  17/05/2027
5.2 The Client delivers its product catalogue and price matrices in Inkpixel's Excel template by
22/01/2027, gives access to the MultiPress API and the PitStop Server by 15/02/2027, appoints a
project lead with decision authority (Mr Pieter Verhaegen) and makes two testers available during
the acceptance test.
5.3 If the Client is late with an obligation of article 5.2, the planning moves by the same
period; idle time of Inkpixel's team beyond five working days is charged at the hourly rate after
written notice. If Go-Live is delayed for reasons attributable to Inkpixel, Inkpixel owes a
penalty of 0,5 % of the fixed price per working day of delay, up to 5 % of the fixed price.

Article 6 - Team and quality
6.1 Inkpixel's project manager is Ms Femke de Groot; its lead developer is Mr Thijs Verbeek
(ten years' experience with Laravel, Vue and web-to-print systems), assisted by a UX designer and
two medior developers.
6.2 Inkpixel will not replace the project manager or the lead developer without notifying the
Client ten working days in advance and obtaining its approval. The successor has equivalent
experience; the hand-over between them is at Inkpixel's expense.
6.3 All code is reviewed by a second developer, covered by automated tests run on every release,
and tested against OWASP ASVS level 2 before M4.

Article 7 - Reporting and governance
7.1 During the project Inkpixel sends a status report every two weeks: progress per milestone,
hours spent on approved change requests, risks and open issues.
7.2 A steering committee (the Client's CEO and project lead, Inkpixel's managing director and
project manager) meets monthly during the project and quarterly after Go-Live. Issues go from the
project manager to the Client's project lead and then to the steering committee.

Article 8 - Data migration
Inkpixel imports the customer accounts (approx. 3.100) and 24 months of order history from the
Client's Magento webshop, from a database export supplied by the Client by 15/03/2027. The Client
checks a sample of the imported data during the acceptance test. Passwords are not migrated.

Article 9 - Acceptance and Go-Live
9.1 The Client tests the portal on staging using the scenarios of Annex 2 during the acceptance
period of article 5.1. Defects are classified as blocking, major or minor. The portal is accepted
when no blocking or major defects remain open; minor defects are fixed within 20 working days.
9.2 Inkpixel deploys the portal to production and carries out the DNS switch in consultation with
the Client, and provides two weeks of hypercare after Go-Live.
9.3 Inkpixel gives two training sessions of three hours for the Client's prepress and customer
service staff, and delivers at Go-Live an administrator manual, the technical documentation and
the API documentation of the MIS connector.

Article 10 - Warranty
For three months after final acceptance, Inkpixel corrects free of charge any defect in the portal
that does not conform to Annex 2, except defects caused by changes made by the Client or others.

Article 11 - Support and service levels
11.1 The monthly fee covers: hosting at AWS eu-central-1 (Frankfurt) with daily backups kept for
30 days, monitoring, corrective maintenance, the quarterly PressFlow releases, and up to four
hours per month of small changes to products and price matrices.
11.2 Support desk: business days 8:30-17:30, except Belgian and Dutch public holidays, via the
Inkpixel support portal or +31 40 785 22 90.
11.3 Priorities:
      Priority                                      Response            Workaround / fix
      P1 portal down or ordering impossible         1 hour              4 business hours
      P2 important function impaired                4 business hours    2 business days
      P3 other questions and minor defects          1 business day      next release
11.4 Inkpixel guarantees an availability of the portal of 99,5 % per calendar month, excluding
planned maintenance announced five working days in advance and carried out between 22:00 and 6:00.
11.5 For every started 0,5 % below 99,5 %, the Client receives a credit of 5 % of that month's
fee, up to 25 %, set off against the next invoice.
11.6 Security patches of the framework and servers are installed within five working days of
their release, critical ones within 48 hours.
11.7 Ms de Groot remains the Client's service manager after Go-Live. Inkpixel keeps the Client's
configuration, integrations and contacts documented in its service desk. Each quarter Inkpixel
sends a service report (availability, tickets, response and fix times).

Article 12 - Term and termination
12.1 The Agreement enters into force on signature. The operating phase runs for 24 months from
Go-Live and is then renewed tacitly for periods of 12 months, unless either party gives notice by
registered letter at least two months before the end of the running period.
12.2 Either party may terminate the Agreement by registered letter if the other party has not
remedied a material breach within 30 days of a written notice of default.
12.3 The Client may end the project phase at any time; it then pays the work done and the
milestones already accepted.

Article 13 - Exit
13.1 At the end of the Agreement, and at the Client's request, Inkpixel continues to operate the
portal on the same terms for up to three months and provides up to ten working days of assistance
to the Client or its new supplier at the hourly rate.
13.2 Within 30 days after the end, Inkpixel delivers all customer, order and product data in CSV
format and as a full MySQL dump, together with the uploaded print files, and then deletes them
and confirms the deletion in writing.

Article 14 - Intellectual property and escrow
14.1 The rights in the custom developments (MIS connector, theme, templates) transfer to the
Client upon payment of the fixed price. PressFlow remains Inkpixel's property; the Client receives
a non-exclusive licence to use it for its portal during the Agreement.
14.2 The PressFlow source code is deposited with Escrow Europe (Benelux) B.V., updated at every
major release, and released to the Client if Inkpixel is declared bankrupt or stops maintaining
PressFlow; the Client then receives a perpetual licence to use and adapt it for its own portal.

Article 15 - Confidentiality and personal data
15.1 Each party keeps the other's confidential information secret during the Agreement and for
five years after its end.
15.2 Inkpixel processes the personal data of the Client's customers as processor under Annex 3,
only within the European Economic Area.

Article 16 - Liability
Inkpixel's liability is limited to direct damage, up to the fixed price for the project phase and
twelve months of fees for the operating phase, except for wilful misconduct or gross negligence.
Loss of data caused by a failure of Inkpixel's backup obligations is direct damage.

Article 17 - Disputes and governing law
17.1 Any dispute goes first to the steering committee; if it is not settled within 30 days, either
party may propose mediation by a mediator accredited by the Federal Mediation Commission.
17.2 Belgian law applies. The courts of Antwerp, division Mechelen, have exclusive jurisdiction.

Signed at Mechelen on 14/12/2026 in two originals.

For Inkpixel B.V.                              For Drukkerij Verhaegen NV
[signature]                                    [signature]
Ruud Hendriks, managing director               Marc Verhaegen, CEO
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
        "warranty_days": 90,
        "response_time_hours_highest_priority": 1,
        "availability_percent": 99.5,
    },
)

EN_T5B_SERVER_VIRTUALISATION_QUOTE = UnseenDocument(
    name="en_t5b_server_virtualisation_quote",
    text="""SERVIX BV
Kempische Steenweg 293, 3500 Hasselt - BE 0645.902.117 - IBAN BE28 3350 7781 2920
T +32 11 49 60 00 - info@servix.be - www.servix.be

QUOTATION OFF-2026-1184
Customer:  Transport Claes NV, Industrieweg 41, 3600 Genk (BE 0433.281.956)
Attn:      Mr Dirk Claes, managing director / Mr Yannick Smeets, IT coordinator
Date:      03/12/2026 - valid 30 days
Subject:   Replacement of the VMware environment by a Hyper-V failover cluster

Dear Mr Claes,

Following our visit of 26 November, we are pleased to send you our quotation. Your three VMware
ESXi 6.7 hosts and the SAN behind them are out of support. We propose to replace them by a
two-node Hyper-V failover cluster on Windows Server 2025 with Storage Spaces Direct, and to
migrate your 23 virtual machines (planning software, ERP, file and print, domain controllers,
tachograph server) to it.

1. HARDWARE AND LICENCES                                       qty     unit price        total
   Dell PowerEdge R760, 2x Xeon Gold 6526Y, 512 GB RAM,
   6x 3,84 TB NVMe, 25 GbE, 5 years ProSupport on-site NBD      2      14.380,00    28.760,00
   Switch 25 GbE, 24 ports, for cluster and storage traffic    2       3.150,00     6.300,00
   Windows Server 2025 Datacenter, 16 cores, perpetual          2       6.240,00    12.480,00
   Veeam Data Platform Foundation, 10 instances, 1st year       1       1.240,00     1.240,00

2. SERVICES (FIXED PRICE)
   Rack mounting, cabling in the rack, firmware, installation
   and configuration of the cluster and Storage Spaces Direct,
   Veeam backup jobs to your existing Synology NAS, as-built
   documentation and handover                                                     7.820,00

   TOTAL excl. VAT                                                               56.600,00

3. MIGRATION (IN REGIE)
   Migration of the 23 virtual machines from VMware to Hyper-V, testing of each VM with your
   IT coordinator, removal of the old hosts from the rack: invoiced in regie at EUR 118,00 per
   hour (weekend hours at EUR 165,00), on the basis of our timesheets. Migration time depends
   heavily on the state of each VM, so we cannot give a fixed price for this part. Travel: EUR
   45,00 per visit.

   Any other work not described in this quotation is carried out in regie at the same rates.

4. NOT INCLUDED
   Cabling outside the rack, UPS and electrical works, migration of physical servers, upgrades
   of operating systems or applications inside the virtual machines, Windows Server CALs and RDS
   licences, and the renewal of the Veeam licences from the second year (currently EUR 1.240,00
   per year).

5. HOW WE WORK
   - Your project engineer is Wim Jacobs, senior system engineer with 15 years of experience,
     Microsoft Certified: Windows Server Hybrid Administrator Associate and Veeam Certified
     Engineer. Your account manager is Ellen Moors.
   - We build the cluster according to Dell's validated Storage Spaces Direct design and
     Microsoft's best practices, and run the Microsoft cluster validation test before handover.
   - The VMs are migrated during weekends, in windows agreed with you in advance.
   - After the installation we carry out a failover test together with your IT coordinator and
     draw up a delivery report. The installation is accepted when you sign the delivery report
     or when the cluster is first used in production, whichever comes first.
   - You receive an as-built document (IP plan, cluster configuration, backup jobs, passwords in
     your password vault) and a two-hour handover session for your IT coordinator.
   - Configuration errors on our side reported within 30 days of the delivery report are
     corrected free of charge. Hardware is covered by the manufacturer's warranty stated above.
   - Ongoing monitoring and management of the cluster are not included in this quotation. We will
     gladly make you an offer for our ServixCare maintenance contract.

6. PLANNING
   Delivery time of the hardware: 4 to 6 weeks after your order. Installation: 2 working days on
   site. Migration: on weekends agreed with you after installation. Lead times are indicative and
   depend on our suppliers; a later delivery does not give the right to compensation or to
   cancellation of the order.

7. WHAT WE NEED FROM YOU
   - Free space of 6U in your server rack and two free 16 A circuits on your UPS, before the
     installation date;
   - administrator access to the vCenter, the domain and the NAS;
   - a full, verified backup of all virtual machines before the first migration weekend;
   - your IT coordinator reachable by phone during each migration weekend.

8. PRICES AND PAYMENT
   Hardware prices are based on today's distributor prices and USD/EUR exchange rate. If these
   change before delivery, we may adjust the hardware prices accordingly.
   Hardware and licences are invoiced on delivery, the fixed-price services on the delivery
   report, migration hours monthly. Invoices are payable within 15 days of the invoice date. Late
   payments bear interest at 10 % per year and a fixed compensation of 10 %.

9. LICENCES AND LIABILITY
   The Windows Server licences are supplied as perpetual licences registered in your company's
   name, under Microsoft's licence terms. Our liability is limited to the amount invoiced for the
   services concerned. We are not liable for loss of data or for downtime of your systems; making
   a verified backup before the migration is your responsibility.

10. GENERAL TERMS
   This quotation is subject to our general terms and conditions, enclosed and available at
   www.servix.be/terms. By signing the quotation the customer accepts them.

For agreement, Transport Claes NV
(name, date, signature, "read and approved")

..................................................

Kind regards,
Servix BV
Ellen Moors, account manager
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "partial",
        "budget.rates": "covered",
        "budget.payment_terms": "covered",
        "timing.planning": "covered",
        "timing.client_obligations": "covered",
        "timing.delay": "partial",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "team.quality": "covered",
        "reporting.progress": "missing",
        "rollout.deployment": "covered",
        "rollout.data_migration": "covered",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "maintenance.services": "partial",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": True,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "payment_term_days": 15,
        "warranty_days": 30,
    },
)

EN_T5B_MOBILE_DEVICE_MANAGEMENT_EMAIL = UnseenDocument(
    name="en_t5b_mobile_device_management_email",
    text="""From:    Inge Janssens <inge.janssens@zorgpuntkempen.be>
To:      Sanne Mertens <sanne@fieldcore.eu>
Date:    Fri, 11 Dec 2026 09:17
Subject: RE: MDM for your nurses' iPhones - our proposal

Hi Sanne,

Thanks, that all looks fine. Our board approved it yesterday, so please go ahead as proposed.
I'll send the user list and the Apple Business Manager access before the end of January.

Kind regards,
Inge Janssens
Operations manager - Zorgpunt Kempen vzw

-----Original message-----
From:    Sanne Mertens <sanne@fieldcore.eu>
Sent:    Mon, 7 Dec 2026 15:02
To:      Inge Janssens
Subject: MDM for your nurses' iPhones - our proposal
Attachment: Fieldcore_processing_agreement.pdf

Hi Inge,

As promised after our call last week, here is what we'd do for your nurses' phones and tablets.
Today your 140 iPhones and 25 iPads are not managed at all, so we start from scratch.

What we'll set up
- Microsoft Intune in your own Microsoft 365 tenant (your Business Premium licences already
  include it, so no extra licence cost), linked to Apple Business Manager.
- Enrolment profiles, compliance rules (passcode, encryption, minimum iOS version), automatic
  installation of your care-planning app, Teams and Outlook, remote lock and wipe, lost mode.
- Enrolment of all 165 devices at your office in Geel: first a pilot group of 10, then the rest
  in three waves once you give us the go-ahead.
- For each wave a 20-minute session for the nurses, plus a one-page guide in Dutch.

Not included: repairs and replacement of devices, your mobile subscriptions, support for the
care-planning app itself (that stays with the vendor), and devices bought outside Apple Business
Manager.

Once it's running
- Day-to-day management: new nurses and leavers, app updates, policy changes, lost or stolen
  devices.
- Helpdesk for the nurses and your office team: Monday to Friday 8:00-18:00, on +32 14 70 31 88
  or servicedesk@fieldcore.eu.
- Urgent calls (lost or stolen device, a nurse who can't log in) are picked up within 1 hour
  during those hours, everything else within 1 working day. How long a fix takes often depends
  on Apple or Microsoft, so we don't commit to fix times.
- New iOS versions are tested on our own test devices and released to your devices within
  14 days; security-only updates within 48 hours.
- Every month you get a short compliance report: number of devices, iOS versions, devices that
  are not compliant, devices locked or wiped.
- A check-in call with you once a quarter.
- Mehmet Aydin, our Intune specialist (Microsoft Certified: Endpoint Administrator Associate),
  does the set-up. He and I stay your contacts afterwards, and we keep your set-up documented in
  our service desk so whoever picks up the phone knows your environment.

Timing
We can start on 1 February: Intune set-up that week, pilot on 8 February, then waves on 15 and
22 February and 1 March 2027. For that we need the list of users and access to Apple Business
Manager by 29 January, and the nurses of each wave should bring their devices, charged, to the
Geel office on their day.

Prices (excl. VAT)
- One-off: set-up, enrolment of all devices and the sessions: EUR 2.180,00
- Management and helpdesk: EUR 4,75 per device per month (165 devices = EUR 783,75 a month)
- Anything outside this: EUR 95,00 per hour. We always send you a quick estimate first and only
  start after your OK.
The one-off fee is invoiced after the last wave, the monthly fee monthly in advance. Payment
within 14 days. We review our prices every January and let you know at least a month before.

The small print
- The service runs for 12 months from the end of the rollout and then continues month by month.
  Either of us can stop it with one month's notice.
- Everything is configured in your own tenant, so the policies and device data stay yours. If you
  ever move to another partner, we'll do a handover call with them and pass on our documentation,
  free of charge.
- We'll see the nurses' names, phone numbers and device details, and a device's location only
  when it is in lost mode. Our processing agreement (attached) covers this.
- Our liability is limited to the fees you paid us in the last three months.
- Our terms of service apply (fieldcore.eu/terms).

If this works for you, a quick reply is enough and we'll book the dates.

Cheers,
Sanne Mertens
Account manager - Fieldcore IT B.V., Breda / Antwerp
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
        "timing.delay": "missing",
        "team.named_team": "covered",
        "team.replacement": "missing",
        "team.seniority": "covered",
        "team.knowledge_transfer": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.user_support": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.confidentiality": "missing",
        "legal.data_protection": "covered",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": True,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 1,
        "notice_period_days": 30,
        "payment_term_days": 14,
        "response_time_hours_highest_priority": 1,
    },
)

EN_T5B_NETWORK_CABLING_PURCHASE_ORDER = UnseenDocument(
    name="en_t5b_network_cabling_purchase_order",
    text="""HOGESCHOOL DIJLEVALLEI
Purchasing Department - Naamsestraat 160, 3000 Leuven - enterprise no. BE 0537.612.904
purchasing@dijlevallei.be - invoices via Peppol only (0208:0537612904)

PURCHASE ORDER 4500218734
Date:              07/12/2026
Supplier:          Cablinc BV, Industriepark 12, 3200 Aarschot (BE 0811.354.602)
Your reference:    quotation CQ-26-0932 of 19/11/2026
Our reference:     tender specification ICT/2026/14 "Structured cabling - Campus Vaartkom, wing C"
Delivery address:  Campus Vaartkom, wing C, Vaartkom 31, 3000 Leuven
Buyer's contact:   Ms Evi Peeters, ICT infrastructure manager, +32 16 37 58 20

Item  Description                                                Qty    Unit (EUR)    Total (EUR)
10    Fibre backbone MDF - 4 floor distributors: 12-fibre OM4
      and 24-fibre OS2, incl. patch panels and splicing          1 ls    14.860,00      14.860,00
20    Horizontal cabling Cat6A U/FTP, permanent link incl.
      outlet, patch panel port and labelling                     420       132,50      55.650,00
30    Floor rack 42U with cable management and 2 PDUs             4     2.185,00       8.740,00
40    Certification of 100 % of links (Fluke DSX) and test
      reports                                                    1 ls     3.120,00       3.120,00
50    Double drop for Wi-Fi access points above false ceiling     38       133,00       5.054,00
                                                                 TOTAL excl. VAT       87.424,00

SPECIAL CONDITIONS

1. Contract documents. This order consists of, in order of precedence: (1) this purchase order
and its special conditions; (2) the Buyer's General Purchasing Conditions (version 2024,
enclosed); (3) tender specification ICT/2026/14; (4) the Supplier's quotation CQ-26-0932. The
Supplier's general terms of sale do not apply, even if they are printed on its quotation, order
acknowledgement or invoices.

2. Scope. The items above include all materials, cable routing in the cable trays, fire-stopping
of every penetration made by the Supplier, labelling according to ANSI/TIA-606-C and removal of
waste. Not included: cable trays and core drilling (building contractor), active network
equipment, and the electrical supply to the racks.

3. Prices and additional work. Lump sums and unit prices are firm and not subject to revision.
Additional work is carried out only on a written variation order signed by the Buyer's ICT
infrastructure manager before execution, at the unit prices of the quotation or, for new items,
at a price agreed in that variation order. Work carried out without a variation order is not
paid.

4. Planning. Start on site: 01/03/2027. Backbone completed: 19/03/2027. Horizontal cabling and
racks completed: 30/04/2027. Test reports and as-built documentation: 07/05/2027. Provisional
acceptance: 14/05/2027 at the latest.

5. Obligations of the Buyer. The Buyer ensures that the building contractor has installed the
cable trays and that the technical rooms are closed, dry and lockable by 26/02/2027. It gives
site access on working days from 7:00 to 18:00, provides a site container and construction power,
and supplies the outlet numbering scheme by 15/02/2027. If the Buyer is late with any of these,
the dates of article 4 move by the same number of days.

6. Delay penalties. For each calendar day by which provisional acceptance is delayed beyond
14/05/2027 for reasons attributable to the Supplier, the Buyer may deduct EUR 200,00 from the
Supplier's invoices, up to 5 % of the order value.

7. Site supervisor and staff. The Supplier's site supervisor is Mr Jonas Wouters
(+32 475 61 20 93), who is present on site whenever work is carried out. He may only be replaced
with the Buyer's prior written approval, by a person with equivalent experience. All installers
hold a valid Nexans LANmark certified installer certificate and at least a basic VCA safety
certificate. Subcontracting requires the Buyer's prior written approval.

8. Quality. Installation according to EN 50174-1 and -2; performance according to ISO/IEC 11801-1
class EA for the copper links. Every link is certified; failing links are replaced at the
Supplier's cost. The Buyer may inspect the works at any time.

9. Reporting and site meetings. The Supplier sends a site report every Friday (progress per
floor, number of links installed and certified, problems). A site meeting with the building
contractor and the Buyer's ICT infrastructure manager takes place every Tuesday. Issues that
cannot be settled there are escalated to the Buyer's facilities director.

10. Documentation. At the latest at provisional acceptance the Supplier delivers: as-built floor
plans (DWG and PDF), the outlet and patch schedule in Excel, the test reports in native Fluke
format and in PDF, and the manufacturer's system warranty certificate in the Buyer's name. All
documentation becomes the property of the Buyer, who may use it freely for the operation and any
later extension of its network.

11. Acceptance. Provisional acceptance takes place after a joint inspection, including a
re-measurement of a 5 % sample of the links, and the delivery of the complete documentation.
Remarks are recorded in a report and must be remedied within 10 working days. Final acceptance
takes place 12 months after provisional acceptance, provided all remarks have been remedied.

12. Guarantee. Between provisional and final acceptance the Supplier remedies free of charge any
defect in materials or workmanship. A fault in the backbone is attended to on site within
4 working hours of the Buyer's call; a fault on a single outlet within 2 working days. In
addition, the manufacturer's 25-year system warranty applies.

13. Invoicing and payment. 40 % of the order value after completion of the backbone, 50 % after
provisional acceptance and 10 % after final acceptance (the last 10 % may be released earlier
against a bank guarantee). Every invoice states the order number. Payment within 45 days of
receipt of a correct invoice.

14. Liability and insurance. The Supplier is liable for all damage to the building, the Buyer's
property and third parties caused by its works or staff. It holds civil liability insurance with
cover of at least EUR 2.500.000 per claim and sends the certificate before the start on site.

15. Termination. If the Supplier does not remedy a breach within 8 calendar days of a formal
notice by registered letter, the Buyer may terminate the order and have the remaining work done by
a third party at the Supplier's cost. The Buyer may also terminate the order at any time by
registered letter, paying the work carried out and the materials already ordered.

16. Confidentiality. Building plans, network topology and access codes received by the Supplier
are confidential and may not be disclosed or used as a reference without the Buyer's consent.

17. Law and jurisdiction. Belgian law applies. Only the courts of Leuven have jurisdiction.

For Hogeschool Dijlevallei
[signature]                                [signature]
Prof. dr. An Vandenberghe                  Luc Stevens
General director                           Head of purchasing

ORDER ACKNOWLEDGEMENT - to be returned within 5 working days
We accept this order and the special conditions above.
For Cablinc BV: [signature] Kristof Janssens, managing director - Aarschot, 09/12/2026
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
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "maintenance.response_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "missing",
        "legal.governing_law": "covered",
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
        "payment_term_days": 45,
        "response_time_hours_highest_priority": 4,
    },
)


DOCUMENTS = [
    EN_T5B_WEB_TO_PRINT_PORTAL_AGREEMENT,
    EN_T5B_SERVER_VIRTUALISATION_QUOTE,
    EN_T5B_MOBILE_DEVICE_MANAGEMENT_EMAIL,
    EN_T5B_NETWORK_CABLING_PURCHASE_ORDER,
]
