"""Held-out batch 8, English documents: a managed Wi-Fi and network-as-a-service agreement for a
co-working space in Ghent, written in English by a Belgian network provider; an API integration
development agreement (milestones, IP, acceptance) between a Dutch software firm and a Belgian
fintech start-up; and a proposal, in English, by a Flemish web agency for a WCAG accessibility
audit of a customer portal and the remediation work, with an empty "accepted by" line.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches (months = 30 days for notice and warranty; response time of the highest priority
in hours, working hours counted as hours; an empty "accepted by" line for the client is a partial
signature and raises risk.unsigned).
"""

from .unseen_documents import UnseenDocument

EN_MANAGED_WIFI_NAAS_AGREEMENT = UnseenDocument(
    name="en_managed_wifi_naas_agreement",
    text="""WAVELINE NETWORKS BV
Kortrijksesteenweg 1120, 9051 Sint-Denijs-Westrem (Ghent)
Enterprise no. BE 0738.415.602 - RPR Ghent - IBAN BE71 0689 4420 1169 - www.waveline.be

NETWORK-AS-A-SERVICE AGREEMENT
Managed Wi-Fi and LAN - Contract ref. WN-NaaS-0461

PARTIES
(1) Waveline Networks BV, represented by Mr Bram De Smet, managing director ("Waveline"); and
(2) Dokhuis Coworking BV, Dok Noord 7, 9000 Gent, enterprise no. BE 0792.608.133, represented by
    Ms Amira Haddouchi, founder and managing director ("the Customer").

BACKGROUND
The Customer runs a co-working space of approx. 2.400 m2 on three floors (open desks, 14 meeting
rooms, an event hall for 180 people and a cafe) and wants a members' network that it does not have
to run itself. Waveline carried out a site survey on 24/11/2026; its design proposal WN-P-26-188 of
1 December 2026 (floor plans, access-point positions, VLAN plan) forms Annex 1 to this Agreement.
Waveline's General Conditions for Network Services (v. 2024) form Annex 2. If the General
Conditions and this Agreement say different things, this Agreement wins.

1. THE SERVICE
1.1 Waveline supplies, installs and operates for the Customer, as a service:
    - 38 Wi-Fi 6E access points, 4 PoE+ access switches and 1 core switch;
    - a next-generation firewall with content filtering, in high-availability pair;
    - separate networks for members, guests/events, staff, and the cafe POS and door-access system;
    - a branded captive portal for members and day guests (e-mail or voucher login);
    - the cloud controller licences for all of the above.
1.2 Excluded: the internet access line(s) themselves (the Customer keeps its contract with its
    internet provider), structured cabling beyond the 12 new cable drops listed in Annex 1,
    members' own devices, printers and the audio-visual equipment of the meeting rooms.
1.3 All equipment remains Waveline's property throughout. The controller and firewall licences
    are registered in Waveline's name and may be used by the Customer only for the duration of the
    Agreement and at the Dok Noord site.

2. ROLL-OUT
2.1 Cabling works start on 11 January 2027. Installation and configuration of the equipment take
    place on 16 and 17 January 2027 (a weekend, when the space is closed), so that the network can
    be used from Monday 18 January 2027.
2.2 The Customer will, by 8 January 2027 at the latest: make a ventilated 19-inch rack with two
    separate power circuits available in the technical room; ensure that its internet provider has
    delivered a line of at least 1 Gbps with a fixed IP address; and give Waveline's installers
    access to all floors, including the false ceilings, between 7:00 and 20:00.
2.3 After installation Waveline performs a validation measurement on every floor (signal of at
    least -67 dBm in every workspace and meeting room, throughput test in the event hall with 150
    simulated clients) and sends the Customer the measurement report. The Customer then has five
    business days to report, in writing, any point on which the network does not match Annex 1.
    Waveline corrects those points and measures again; once the report shows no open points, or the
    five days pass without a written remark, the "Service Start Date" is set.
2.4 On the Service Start Date Waveline gives the Customer's community team a one-hour walkthrough
    of the portal dashboard (vouchers, guest accounts, event SSID). Members who cannot connect are
    helped by the community team; Waveline supports the community team, not individual members.
2.5 The installation is done by Waveline's own engineers, who are CWNA-certified.

3. OPERATION AND SUPPORT
3.1 Waveline monitors the network 24 hours a day, replaces faulty equipment at its own cost,
    carries out up to six configuration changes per month on request (new SSID, port change,
    filter rule), and installs firmware and security updates on all equipment. Updates are rolled
    out in the maintenance window, Sunday between 5:00 and 8:00; critical security fixes may be
    installed sooner after notice to the Customer.
3.2 Support desk: business days 8:00-18:00 via support.waveline.be, support@waveline.be or
    +32 9 298 40 40. Priority 1 incidents can be reported by telephone at any time.
3.3 Priorities and targets:
      Priority                                    Response       Restore
      P1 - whole site or one floor without Wi-Fi  30 minutes     4 hours (24/7)
      P2 - meeting room / event SSID down,
           performance strongly reduced           2 hours        1 business day
      P3 - questions, change requests             1 business day 5 business days
    Response means that an engineer of Waveline has started working on the incident and has
    contacted the Customer. Where a hardware swap is needed on site, the restore time is counted
    from the moment the Customer gives access to the premises.
3.4 Availability. Waveline guarantees an availability of 99,9 % of the wireless network per
    calendar month, measured by its monitoring platform. Agreed maintenance windows and failures
    of the Customer's internet line are not counted as unavailability.
3.5 For every full 0,1 % below 99,9 %, the Customer receives a credit of 5 % of the monthly fee of
    that month, up to 30 % of that fee. Credits are set off on the next invoice automatically.
3.6 Your service manager at Waveline is Ms Lotte Claes (lotte.claes@waveline.be,
    +32 9 298 40 46). Waveline keeps the network documentation (floor plans, IP and VLAN plan,
    firewall rules, contacts) up to date in its service desk so that every engineer who picks up a
    call knows the Dokhuis set-up.
3.7 Waveline sends a service report by the 10th of each month: availability, number of
    connected users per day, incidents and their handling, changes carried out. Every quarter
    the service manager and the Customer review the report together. Escalation: support desk,
    then the service manager, then Waveline's operations director (Mr Koen Vervaet).

4. CHARGES (excluding VAT)
      One-off installation, cabling (12 drops) and configuration      EUR 4.860,00
      Monthly service fee (equipment, licences, support, monitoring)  EUR 1.345,00
      On-site work outside the service (art. 1.2)                     EUR 89,00 per hour
4.1 The installation fee is invoiced on the Service Start Date; the monthly fee is invoiced at
    the start of each month. Invoices are payable within 20 days of the invoice date by direct
    debit.
4.2 Additional access points, moves of equipment or work outside the service are carried out only
    after the Customer has accepted Waveline's written quote for them.
4.3 Waveline may change the monthly fee and the General Conditions by notifying the Customer
    60 days in advance. If the Customer keeps using the service after that date, it accepts the
    change.

5. TERM AND TERMINATION
5.1 The Agreement starts on signature and runs for 36 months from the Service Start Date. It is
    then renewed tacitly for successive periods of 12 months, unless either party gives notice by
    registered letter no later than three months before the end of the running period.
5.2 If the Customer ends the Agreement before the end of the first 36 months, other than for
    Waveline's breach, it pays the monthly fees still due until the end of that period.
5.3 Either party may terminate with immediate effect by registered letter if the other party
    remains in material breach 30 days after a written notice of default.
5.4 At the end of the Agreement Waveline will make reasonable efforts to assist the Customer with
    an orderly hand-over to a new provider, on terms to be agreed at that time.
5.5 Within 15 days after the end, Waveline sends the Customer an export of the network
    configuration (SSIDs, VLAN plan, firewall rules) and of the portal user list in CSV format,
    deletes the connection logs, and then collects its equipment.

6. LIABILITY
Waveline's liability is limited to direct damage and to no more than the monthly fees paid in the
six months before the event. Waveline is not liable for loss of data, loss of revenue or
membership income, or for acts of members and guests on the network.

7. CONFIDENTIALITY AND PERSONAL DATA
7.1 Each party keeps the other's non-public information, including passwords, network plans and
    the member list, confidential during the Agreement and for three years after it.
7.2 For the captive portal and the connection logs, Waveline processes personal data (e-mail
    addresses, MAC addresses, connection times) on behalf of the Customer. The data processing
    agreement in Annex 3 applies; logs are kept for 6 months.

8. LAW AND DISPUTES
Belgian law applies. Before going to court, the parties will try to settle any dispute at a meeting
of their managing directors within 30 days of a written request. Failing that, the courts of
Ghent have sole jurisdiction.

Done at Ghent on 09/12/2026, in two copies.

For Waveline Networks BV                         For Dokhuis Coworking BV
(signed)                                         (signed)
Bram De Smet, managing director                  Amira Haddouchi, managing director

Annexes: 1 design proposal WN-P-26-188 - 2 General Conditions - 3 data processing agreement
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
        "team.quality": "covered",
        "reporting.progress": "covered",
        "reporting.governance": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
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
        "exit.transition": "partial",
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
        "risk.unilateral_change": True,
        "risk.auto_renewal": True,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 20,
        "availability_percent": 99.9,
        "response_time_hours_highest_priority": 0.5,
    },
)

EN_API_INTEGRATION_DEVELOPMENT_AGREEMENT = UnseenDocument(
    name="en_api_integration_development_agreement",
    text="""SOFTWARE DEVELOPMENT AGREEMENT
Accounting and banking API integrations for the Fluxa platform

THIS AGREEMENT is made on 14 December 2026

BETWEEN

Koppelaar Software B.V., a private limited company under Dutch law, with its registered office at
Maliebaan 52, 3581 CR Utrecht, the Netherlands, registered with the Chamber of Commerce under
number 71840295, VAT NL858920417B01, duly represented by Mr Joost van den Heuvel, CEO
(the "Developer");

AND

Fluxa BV, a private limited company under Belgian law, with its registered office at Rue de la
Loi 28 / Wetstraat 28, 1040 Brussels, enterprise number 0798.312.564, duly represented by
Ms Charlotte Wouters and Mr Nicolas Lambrecht, directors (the "Company").

WHEREAS the Company operates a cash-flow forecasting platform for small businesses and wishes to
have connectors built to accounting packages and to a PSD2 account-information aggregator, and
the Developer has offered to build them in its proposal KS-2026-0913 of 20 November 2026.

IT IS AGREED AS FOLLOWS:

1. Contract documents
1.1 This Agreement consists of this document and its Schedules: Schedule 1 - the Developer's
proposal KS-2026-0913 (functional scope and architecture); Schedule 2 - acceptance test plan;
Schedule 3 - data processing agreement. If they conflict, this document prevails over the
Schedules, and Schedule 2 prevails over Schedule 1.
1.2 General terms and conditions of either party, including the NLdigital Terms, do not apply.

2. Deliverables
2.1 The Developer shall design, build, test and document:
   (a) two-way connectors to Exact Online, Yuki and Octopus (invoices, payments, ledger
       accounts, VAT codes), running as services in the Company's AWS account;
   (b) a connector to the Company's PSD2 aggregator (account list, balances, transactions) with
       consent renewal handling;
   (c) a public REST API with OpenAPI 3.1 documentation and webhooks for partners of the Company.
2.2 Not included: hosting and cloud costs, the Company's own PSD2 registration and aggregator
subscription, partner programme fees charged by the accounting software vendors, and any mobile
or front-end work.

3. Milestones
     Milestone                                          Target date      Share of price
     M1  Architecture and API design signed off         22/01/2027       15 %
     M2  Exact Online and Yuki connectors               12/03/2027       25 %
     M3  Octopus and PSD2 connectors                    23/04/2027       25 %
     M4  Public API, webhooks, load test                28/05/2027       20 %
     M5  Final acceptance and go-live                   18/06/2027       15 %
The Developer works in two-week sprints. At the end of each sprint it demonstrates the result to
the Company and sends a short written sprint report (work done, burn-down against the milestone,
open risks, decisions needed).

4. Price and payment
4.1 The fixed price for the deliverables in article 2.1 is EUR 74,600 (excluding VAT). Each share
of the price is invoiced upon acceptance of the milestone concerned. Invoices are payable within
30 days of receipt.
4.2 Work outside article 2.1 is done only under a change request signed by both parties. The
Developer sends its impact analysis (effort, price, effect on the milestones) within five working
days of the Company's request. Such work is charged at EUR 940 per day for senior engineers and
EUR 780 per day for other engineers; these rates are fixed until 31 December 2027.
4.3 Support and maintenance of the connectors after the warranty period may be agreed between the
parties in a separate support agreement.

5. Obligations of the Company
The Company shall (a) provide sandbox accounts and API credentials for the three accounting
packages and the aggregator by 8 January 2027; (b) make its product owner, Ms Wouters, available
at least one day per week and at every sprint demo; (c) answer questions on functional choices
within three working days; and (d) deliver anonymised test data sets for each milestone at least
ten working days before the start of its acceptance test.

6. Delay
6.1 If the Company does not perform an obligation of article 5 on time, the affected milestones
move by the length of the delay, and idle time of the Developer's team of more than two days is
charged at the rates in article 4.2.
6.2 If the Developer misses the target date of M4 or M5 by more than ten working days for reasons
attributable to it, it owes liquidated damages of 1 % of the fixed price for each started week of
delay, up to 10 % of the fixed price.

7. Team
7.1 The Developer's team consists of Mr Daan Kuipers (lead engineer, 12 years' experience with
integration and payment platforms), Ms Sanne Oosterhout (project manager) and two medior back-end
engineers with at least four years' experience each.
7.2 The Developer shall not replace Mr Kuipers or Ms Oosterhout without the Company's prior
written consent, which shall not be unreasonably withheld. Any replacement shall have equivalent
experience, and the time needed to bring the replacement up to speed is not charged.

8. Quality
All code is written in the Company's GitHub organisation, reviewed by a second engineer before
merging, and covered by automated unit and integration tests (minimum 80 % line coverage, checked
in the CI pipeline). The public API is tested against the OWASP API Security Top 10 before M4.

9. Acceptance
9.1 Each milestone is tested by the Company in its staging environment according to Schedule 2
during ten working days following the Developer's notice of delivery. Defects are classified as
blocking, major or minor. A milestone is accepted when no blocking or major defects remain open;
minor defects are listed and fixed before the next milestone.
9.2 If the Company does not report any blocking or major defect within the ten working days, the
milestone is deemed accepted.
9.3 The Developer deploys each release to staging. The production release for M5 is carried out by
the Company's DevOps engineer with the Developer's lead engineer present, on a date agreed at
least one week in advance.

10. Warranty
For 90 days after acceptance of M5, the Developer corrects free of charge any defect in the
deliverables. For blocking defects reported in that period the Developer responds within 4
working hours and delivers a fix or workaround within 2 working days.

11. Documentation and handover
At M5 the Developer delivers the OpenAPI specification, a README and runbook for each connector,
and the architecture decision records, and holds two handover sessions of half a day for the
Company's engineers.

12. Intellectual property
12.1 All intellectual property rights in the deliverables, including source code and
documentation, are transferred to the Company upon payment of the milestone to which they relate.
12.2 The Developer keeps its pre-existing "Koppel Core" mapping library, which is used in the
connectors. The Company receives a perpetual, non-exclusive, royalty-free licence to use, modify
and sublicense that library as part of its platform.

13. Confidentiality and personal data
13.1 Each party keeps the other party's confidential information secret and uses it only for
this Agreement, during the Agreement and for five years after its end.
13.2 Where the Developer processes personal data of the Company's users (for example when
investigating a defect), it does so as processor under Schedule 3, within the EEA only.

14. Liability
Each party's liability under this Agreement is limited to the fixed price in article 4.1.
Neither party is liable for indirect or consequential loss. These limits do not apply to breach of
confidentiality, infringement of third-party intellectual property rights, or wilful misconduct.

15. Termination
15.1 The Company may terminate this Agreement at any time by written notice of 15 days. It then
pays the milestones already accepted and the work done on the current milestone at the rates in
article 4.2, up to the share of that milestone.
15.2 Either party may terminate by written notice if the other party fails to remedy a material
breach within 30 days of being notified of it.
15.3 On termination for any reason, the Developer delivers all work in progress and documentation
in the Company's repository and, if the Company so asks, gives up to five days of handover
assistance to the Company's new supplier or in-house team at the rates in article 4.2. The
Developer returns or deletes all test data and credentials of the Company within 14 days.

16. Disputes and governing law
16.1 Any dispute is first referred to the CEOs of both parties. If they do not settle it within
21 days, either party may propose mediation under the CEPANI mediation rules.
16.2 This Agreement is governed by Belgian law. The Dutch-speaking courts of Brussels have
exclusive jurisdiction.

Signed in Brussels in two originals.

For Koppelaar Software B.V.               For Fluxa BV
[signature]                               [signature]              [signature]
Joost van den Heuvel, CEO                 Charlotte Wouters        Nicolas Lambrecht
Date: 14/12/2026                          Director                 Director
                                          Date: 14/12/2026         Date: 14/12/2026
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
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "rollout.warranty": "covered",
        "maintenance.services": "partial",
        "maintenance.response_time": "covered",
        "maintenance.resolution_time": "covered",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
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

EN_ACCESSIBILITY_AUDIT_PROPOSAL = UnseenDocument(
    name="en_accessibility_audit_proposal",
    text="""From:    Elke Verstraete <elke@studiolijnwerk.be>
To:      Tom Peeters <tom.peeters@rondomobility.be>
Cc:      hello@studiolijnwerk.be
Date:    Thu, 10 Dec 2026 16:42
Subject: Our proposal - accessibility audit and fixes for the Rondo customer portal
Attachment: Lijnwerk_proposal_2026-147_Rondo.pdf; Lijnwerk_general_terms.pdf

Hi Tom,

Thanks again for the call on Tuesday. As promised, our proposal for the WCAG audit and the fixes
on the lease portal is below (and attached as PDF). With the European Accessibility Act already in
force for your online contracting, I'd suggest we start in January. Shout if anything is unclear.

Kind regards,
Elke

------------------------------------------------------------------------------------------------
STUDIO LIJNWERK BV - digital design & development
Doorniksewijk 66, 8500 Kortrijk - BE 0712.558.309 - IBAN BE43 7380 1992 4401

PROPOSAL 2026-147
For:   Rondo Mobility NV, Noorderlaan 139, 2030 Antwerp (BE 0667.204.918)
Attn:  Mr Tom Peeters, Head of Digital
Date:  10/12/2026 - valid for 45 days

1. What you asked for
Rondo's customer portal (my.rondomobility.be: bike lease calculator, online contract signing,
damage claims, account pages) must meet WCAG 2.2 level AA. You want to know where it falls short,
and you want the failures fixed in the React front-end built by your in-house team.

2. What we will do
Phase A - Audit
  - Sample of 25 pages and the 3 key journeys (lease request, contract signing, damage claim),
    chosen with you following the WCAG-EM method.
  - Automated scan (axe-core) plus manual testing of every success criterion: keyboard only,
    zoom to 400 %, NVDA with Firefox, VoiceOver on iOS. The journeys are also tested by our
    colleague Jasper, who is blind and uses a screen reader daily.
  - An audit report with every issue tied to a WCAG success criterion, a screenshot, its impact
    and the recommended fix, ranked by priority; and a draft accessibility statement.
Phase B - Remediation
  - Our front-end developer fixes the issues in your code base, on a branch of your GitLab
    repository, one merge request per issue group. Every fix is peer reviewed by a second developer
    and re-checked with the same tools before the merge request is submitted.
  - Your own developers review, merge and deploy to production; we do not deploy.
Phase C - Retest
  - Full retest of the sample and the journeys after your release, with an updated report.
  - A 2-hour session for your developers and content editors on how to keep new pages accessible
    (headings, alt texts, form labels, colour contrast).

Not included: PDF documents and scanned contracts, the embedded chat widget and the payment page
of your payment provider (third-party components; we list their issues but cannot fix them),
your native mobile apps, and content rewriting.

3. Who will work on it
Elke Verstraete - project lead and auditor, IAAP-certified (CPACC and WAS), 9 years in
accessibility; Ruben Desmet - senior front-end developer (React, TypeScript);
Jasper Vanhoutte - assistive technology tester. Elke is your single point of contact.

4. Planning
  Audit:        week of 11/01/2027 to 29/01/2027; report delivered on 05/02/2027 at the latest
  Remediation:  08/02/2027 to 26/03/2027
  Retest:       within two weeks after you tell us the fixes are live
These dates depend on your input. We need, within five working days of your order: access to the
staging environment with three test accounts (one per customer type), developer access to the
GitLab repository, and a named developer on your side who reviews our merge requests within three
working days. If access comes later, the planning is indicative only and we will find a new slot.
During remediation you receive a short progress e-mail every Friday: issues fixed, days used,
days remaining against the estimate.

5. Price (EUR, excl. VAT)
  Phase A - Audit (fixed price)                                         6.950,00
  Phase B - Remediation, estimate 18 to 24 days at 780,00 per day    14.040,00 - 18.720,00
  Phase C - Retest and training session (fixed price)                   2.150,00
  Option - "Access Watch": quarterly scan and manual spot check of
           10 pages, with short report                                 410,00 per quarter
Phase B is invoiced monthly on the days actually worked. We will not go beyond 24 days without
your written approval of a revised estimate; the same applies to issues you ask us to fix outside
the scope above. Phases A and C are invoiced on delivery of the report. All invoices are payable
within 21 days of the invoice date.

6. After the retest
Should a fix we delivered turn out to break or to fail the WCAG criterion concerned within 30 days
after the retest report, we correct it free of charge.
The Access Watch option runs for 12 months from its start and then renews tacitly for 12 months at
a time, unless you cancel it by e-mail at least one month before the anniversary date. You may
also stop Phase B at any time; the days already worked are then invoiced.

7. Good to know
  - We commit to carrying out the audit and fixes with care and according to the state of the
    art, but this is an obligation of means: we cannot guarantee that the portal will be declared
    fully compliant by a regulator, nor that it will stay so after later changes by your team.
  - Our liability is limited to the amount invoiced for the phase concerned, with a maximum of
    EUR 2.500. We are not liable for fines, complaints or claims relating to the accessibility of
    the portal.
  - The code we write for you becomes yours once it has been paid. Our audit templates and
    checklists remain ours.
  - We treat your source code, credentials and the audit findings as confidential and will not
    mention them as a reference without your consent.
  - Our general terms (attached, also on lijnwerk.be/terms) apply to this proposal and to all work
    that follows from it.

Accepted for Rondo Mobility NV

Name: ....................................   Date: ....................

Signature: ...............................

Studio Lijnwerk BV
Elke Verstraete, partner
""",
    items={
        "agreement.signed_both": "partial",
        "agreement.general_terms": "partial",
        "budget.project_cost": "covered",
        "budget.scope": "covered",
        "budget.extra_costs": "covered",
        "budget.recurring_cost": "covered",
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
        "reporting.progress": "covered",
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.warranty": "covered",
        "maintenance.response_time": "missing",
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "missing",
        "maintenance.service_credits": "missing",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "missing",
        "exit.escrow": "missing",
        "legal.liability": "covered",
        "legal.ip": "covered",
        "legal.confidentiality": "covered",
        "legal.data_protection": "missing",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.unsigned": True,
        "risk.supplier_terms_prevail": True,
        "risk.best_efforts_only": True,
        "risk.unilateral_change": False,
        "risk.auto_renewal": False,
        "risk.liability_excluded": True,
        "risk.open_ended_cost": False,
    },
    figures={
        "payment_term_days": 21,
        "warranty_days": 30,
        "contract_term_months": 12,
        "renewal_term_months": 12,
        "notice_period_days": 30,
    },
)


EN_DOCUMENTS = [
    EN_MANAGED_WIFI_NAAS_AGREEMENT,
    EN_API_INTEGRATION_DEVELOPMENT_AGREEMENT,
    EN_ACCESSIBILITY_AUDIT_PROPOSAL,
]
