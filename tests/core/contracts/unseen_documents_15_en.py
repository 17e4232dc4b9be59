"""Held-out batch 15, English documents: a SaaS agreement, with numbered articles, between a
Rotterdam software company and an Antwerp shipping agent for a cloud customs-declaration tool; a
support and maintenance agreement, written in English by a Dutch supplier for a bilingual Brussels
hospital, for its on-premise sterilisation-tracking (CSSD traceability) software; and a short
offer by a Mechelen Apple specialist for managing the Mac fleet of a Ghent marketing agency,
accepted by the client's e-mail reply.

Written on 2026-12-05 by a helper session acting as examiner, without reading the analyser's rules
or its tests; labels from reading each text against spec/checklist.md, only clear readings. Never
change a rule to fit these texts, nor a label or a text to fit the analyser. Conventions as in the
earlier batches: months = 30 days for notice and warranty; response time of the highest priority
in hours (working hours counted as hours; 15 minutes = 0.25); a quote accepted by e-mail or an
empty client signature line raises risk.unsigned; partial = mentioned but vague, a bare
cross-reference without content, a placeholder, best efforts only, a negation or disclaimer.
"""

from .unseen_documents import UnseenDocument

EN_CUSTOMS_DECLARATION_SAAS_AGREEMENT = UnseenDocument(
    name="en_customs_declaration_saas_agreement",
    text="""SOFTWARE-AS-A-SERVICE AGREEMENT - DeclaRoute Cloud - Agreement no. DR-SA-2026-0872

BETWEEN DeclaRoute B.V., Waalhaven Oostzijde 81, 3087 BM Rotterdam, the Netherlands, Chamber of
Commerce no. 68243117, represented by Mr Maarten de Bruijn, managing director ("DeclaRoute"),
AND Van Damme & Peeters Shipping Agency NV, Italielei 214, 2000 Antwerp, enterprise no.
BE 0421.886.305, represented by Mr Jeroen Van Damme and Ms Katrien Peeters, directors
("the Customer").

RECITALS
The Customer, shipping agent and customs representative in Antwerp-Bruges and Rotterdam, files
about 2.000 declarations a month; its current software reaches end of support on 30 June 2027.
DeclaRoute offered its cloud service in offer DR-OF-2026-311 of 3 November 2026.

ARTICLE 1 - CONTRACT DOCUMENTS
1.1 The Agreement consists of this document and: Schedule 1 - Service Description and Service
Levels; Schedule 2 - Onboarding Plan; Schedule 3 - Data Processing Agreement; Schedule 4 - offer
DR-OF-2026-311. In case of conflict, this document prevails over the Schedules, and the Schedules
prevail in the order in which they are listed.
1.2 No general terms and conditions of either party apply, including any terms printed on
purchase orders or invoices and the NLdigital Terms.
1.3 Amendments are valid only if made in writing and signed by both parties.

ARTICLE 2 - THE SERVICE
2.1 DeclaRoute provides the Customer, as a service over the internet, with DeclaRoute Cloud
"Port Plus" for: import, export and transit declarations in Belgium (PLDA and its successor
systems IDMS and NCTS phase 5) and in the Netherlands (DMS and NCTS), entry summary declarations
under ICS2, the tariff and product library, and the links with the Customer's forwarding system
Navitrans through the standard DeclaRoute API.
2.2 Included in the subscription: up to 2.500 declarations and ENS filings per calendar month, 25
named users, hosting in two data centres in the Netherlands, back-ups, support and all updates.
2.3 Not included: the Customer's customs authorisations and guarantees, fees of the customs
authorities, the Navitrans side of the link, and the Customer's internet connection and PCs.
2.4 The Customer's data remain the property of the Customer. DeclaRoute retains all intellectual
property rights in DeclaRoute Cloud, including the templates and mapping rules it builds for the
Customer, and grants the Customer a non-exclusive, non-transferable right to use the Service for
its own business during the term of the Agreement.

ARTICLE 3 - ONBOARDING
3.1 Onboarding follows Schedule 2: kick-off on 11 January 2027; configuration, link with
Navitrans and data migration by 12 February 2027; training from 15 to 19 February 2027; parallel
run from 22 February to 5 March 2027; Go-Live on 8 March 2027.
3.2 DeclaRoute migrates the customer master data (about 1.900 principals with EORI numbers and
representation mandates), the product library (about 14.000 articles with tariff codes) and the
templates from the export files of the current software, checks every record against EORI and
TARIC, and reports the records that could not be converted, for correction by the Customer.
3.3 The Customer shall, by 18 January 2027: provide copies of its customs authorisations (AEO
certificate, guarantee references, authorised consignor status), deliver the export files of its
current software, appoint two key users, and give DeclaRoute test access to Navitrans. During the
parallel run the Customer files its declarations in both systems.
3.4 Acceptance. During the parallel run the Customer files at least 50 declarations of each type
in both systems. The Service is accepted when all test messages are accepted by the customs
systems and no Priority 1 or 2 incident is open. The Customer signs the acceptance certificate
within three working days after the end of the parallel run or states in writing which criterion
is not met; DeclaRoute then corrects it and the parallel run is extended by one week.
3.5 Delay. If Go-Live takes place after 8 March 2027 through DeclaRoute's fault, no subscription
fee is due until Go-Live and the Customer receives a credit of 5 % of the onboarding fee per
week of delay, up to 25 %. If the Customer delivers its input late, the parties agree a new
planning in writing; consultancy days needed because of that delay are charged at the day rate
in article 6.3, after the Customer has approved them.
3.6 DeclaRoute trains the Customer's declarants in three half-day sessions (max. 8 participants
each) and the two key users in one additional day on templates and user management.
3.7 At Go-Live DeclaRoute delivers a configuration document of the Customer's set-up
(authorisations, templates, Navitrans mapping rules, user roles) and keeps it up to date.
3.8 During onboarding DeclaRoute sends a status report every Friday (tasks done, next steps,
open points, risks) to the Customer's project lead, Mr Jeroen Van Damme.

ARTICLE 4 - TEAM AND QUALITY
4.1 Onboarding lead: Ms Femke Janssen, senior customs consultant with 11 years' experience as a
licensed customs declarant in Rotterdam and Antwerp. Customer success manager after Go-Live:
Mr Pieter Verhoeven. Technical lead for the Navitrans link: Mr Sander Kok, integration engineer.
4.2 DeclaRoute will not replace Ms Janssen before Go-Live unless she leaves its employment or is
ill for a long period. Any replacement has equivalent customs experience, is introduced to the
Customer at least five working days in advance and is briefed at DeclaRoute's cost.
4.3 DeclaRoute is ISO/IEC 27001 certified. Each release passes DeclaRoute's automated regression
tests and, where required, the customs authorities' conformance tests before production.

ARTICLE 5 - SUPPORT AND SERVICE LEVELS
5.1 Service desk: Monday to Friday 07:00-20:00 and Saturday 08:00-13:00 (CET) via the support
portal, support@declaroute.nl or +31 10 808 44 00. Priority 1 incidents can be reported by
telephone 24 hours a day, 7 days a week.
5.2 Priorities:
      Priority                                      Response      Workaround     Resolution
      P1 - no declarations can be filed             30 minutes    2 hours        8 hours (24/7)
      P2 - one declaration type or the Navitrans
           link does not work                       2 hours       1 business day 3 business days
      P3 - other faults and questions               1 business day -             next release
   Response means a DeclaRoute specialist has contacted the Customer and started working on it.
5.3 Availability. DeclaRoute guarantees an availability of the Service of 99,5 % per calendar
month, measured at the DeclaRoute data centres every minute. Planned maintenance, at most 4 hours
per month, announced five working days in advance and carried out between 22:00 and 06:00, is not
counted. Unavailability of the customs authorities' own systems is not counted.
5.4 Service credits. If availability falls below 99,5 %, the Customer receives a credit of 5 % of
the monthly subscription fee; below 99,0 %, 10 %; below 98,0 %, 20 %. If a P1 incident is not
resolved within 8 hours, an additional credit of 5 % applies per incident. Credits are deducted
from the next invoice without the Customer having to ask for them.
5.5 The customer success manager knows the Customer's operations and keeps the configuration
document of article 3.7 available to all service desk staff.
5.6 Updates. DeclaRoute implements changes required by customs legislation and message
specifications in time for their entry into force, at no extra cost. Releases are announced with
release notes ten working days in advance; security patches may be applied sooner.
5.7 Reporting and governance. By the 10th of each month DeclaRoute sends a service report:
availability, number of declarations per type, incidents per priority with response and
resolution times, and credits due. Every quarter the customer success manager and the Customer's
operations manager hold a service review. Escalation path: service desk, customer success
manager, Head of Customer Operations (Ms Ilse van Rijn), managing directors.

ARTICLE 6 - FEES AND PAYMENT (excluding VAT)
6.1 One-off onboarding fee (migration, configuration, training): EUR 9.800,00; 50 % invoiced on
signature and 50 % on acceptance.
6.2 Subscription "Port Plus": EUR 2.950,00 per month, invoiced monthly in advance from Go-Live.
Declarations and ENS filings above 2.500 in a month: EUR 0,95 each, invoiced monthly in arrears.
6.3 Consultancy outside the Service: EUR 1.150,00 per day, EUR 620,00 per half day.
6.4 Work outside the Service (new links, extra templates) is done only on a written quote that
the Customer has accepted in writing before the work starts.
6.5 The fees in 6.2 and 6.3 are adjusted on 1 January of each year, for the first time on
1 January 2028, in line with the Belgian health index over the previous twelve months, with a
maximum of 4 % per year.
6.6 Invoices are payable within 30 days of the invoice date.

ARTICLE 7 - TERM AND TERMINATION
7.1 The Agreement enters into force on signature and runs for 24 months from Go-Live. It is then
renewed tacitly for successive periods of 12 months, unless either party terminates it by
registered letter at least three months before the end of the current period.
7.2 Either party may terminate with immediate effect if the other fails to remedy a material
breach within 30 days of a written notice of default.
7.3 The Customer may terminate with one month's notice if availability is below 98,0 % in three
consecutive months.
7.4 Exit. After notice of termination, for whatever reason, DeclaRoute continues to provide the
Service at the current fees for up to six months at the Customer's request, and helps the
Customer and its new supplier with the transfer for up to five days at the day rate in 6.3.
7.5 Within 30 days after the end of the Agreement, DeclaRoute delivers a complete export of the
Customer's data: all declarations with their customs responses (XML and PDF), the customer master
data and the product library (CSV), at no extra cost. DeclaRoute deletes the data 60 days after
the export has been delivered, unless the Customer asks in writing for more time. The Customer
remains responsible for keeping its customs records for the legal retention period.

ARTICLE 8 - LIABILITY
8.1 Each party's liability per contract year is limited to the fees paid in the previous 12
months, with a minimum of EUR 150.000,00. Neither party is liable for indirect damage.
8.2 Customs fines, interest and demurrage caused by a failure of the Service are direct damage.
The limits in 8.1 do not apply to wilful misconduct, gross negligence, breach of confidentiality
or breach of Schedule 3.

ARTICLE 9 - CONFIDENTIALITY AND PERSONAL DATA
9.1 Each party keeps the other's confidential information (including principals, cargo and
customs data) confidential during the Agreement and for five years after it.
9.2 DeclaRoute processes personal data (contacts of principals and consignees, private
consignees) as processor for the Customer under Schedule 3, only within the EEA.

ARTICLE 10 - DISPUTES AND GOVERNING LAW
10.1 The parties first submit any dispute to the escalation path in article 5.7. If the managing
directors do not settle it within 15 working days, either party may propose mediation under the
CEPANI mediation rules.
10.2 Belgian law applies. The courts of Antwerp, division Antwerp, have exclusive jurisdiction.

Signed in Antwerp on 16 December 2026 in two originals.

For DeclaRoute B.V.                     For Van Damme & Peeters Shipping Agency NV
[signed] Maarten de Bruijn, MD          [signed] Jeroen Van Damme    [signed] Katrien Peeters
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
        "rollout.data_migration": "covered",
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
        "contract_term_months": 24,
        "renewal_term_months": 12,
        "notice_period_days": 90,
        "payment_term_days": 30,
        "availability_percent": 99.5,
        "response_time_hours_highest_priority": 0.5,
    },
)

EN_STERILISATION_TRACKING_SUPPORT_AGREEMENT = UnseenDocument(
    name="en_sterilisation_tracking_support_agreement",
    text="""STERILOG B.V.
De Run 5420, 5504 DE Veldhoven, the Netherlands - KvK 17284409 - VAT NL816204587B01

SUPPORT AND MAINTENANCE AGREEMENT - SteriLog CSSD traceability software
Reference: SL-SMA-2027-019

Between Sterilog B.V., represented by Mr Ruud Verbeek, Director Customer Services ("Sterilog"),
and Ziekenhuis Sint-Alina / Hopital Sainte-Aline vzw-asbl, Rue Gatti de Gamond 140, 1180 Brussels,
enterprise no. BE 0408.771.262, represented by Ms Nathalie Dupont, general director, and
Dr Pieter Claeys, chief medical officer ("the Hospital").

The Hospital has used the SteriLog software in its central sterile services department (CSSD)
since 2019 under Licence Agreement SL-LIC-2019-044. The installation consists of two servers
(application and database, on the Hospital's virtual platform), a test environment,
46 scanning workstations, and interfaces with 6 washer-disinfectors, 4 steam sterilisers,
1 low-temperature steriliser and the Hospital's operating-theatre planning system. The previous
support agreement ends on 31 December 2026. This Agreement replaces it.

1. DOCUMENTS
This Agreement consists of this document, Annex 1 (Service Description, version 4.2) and Annex 2
(Sterilog General Terms of Sale and Support, 2025 edition). In case of conflict between this
Agreement and Annex 2, Annex 2 prevails. Sterilog may amend the Service Description from time to
time; the version published on the Sterilog customer portal applies.

2. SERVICES
2.1 Sterilog provides:
  a) a helpdesk for the Hospital's key users (CSSD team leaders) and its application manager;
  b) corrective maintenance: analysis of faults in the software and their correction by hotfix or
     in the next service pack;
  c) remote diagnostics through the Hospital's VPN;
  d) new versions: one major release per year and quarterly service packs, including the changes
     needed to comply with new standards and regulations (such as UDI registration of
     instruments);
  e) maintenance of the existing equipment interfaces listed above, as long as the equipment
     firmware is not changed.
2.2 Not included: hardware (servers, scanners, label printers), the operating system and
database licences and their maintenance, interfaces with new equipment, on-site interventions,
the installation of major releases, training of new staff, and corrections of data caused by
user errors. These services can be ordered separately (article 7).
2.3 Only the current and the previous major release are supported. The Hospital undertakes to
upgrade to a supported release at least once every two years.

3. SUPPORT HOURS AND PRIORITIES
3.1 Helpdesk: Monday to Friday 07:30-18:00, except Belgian public holidays, via the customer
portal or +31 40 262 19 00. For Priority 1 incidents an on-call engineer can be reached 24 hours
a day, 7 days a week, on +31 40 262 19 99.
3.2 Priority 1 - the CSSD cannot register loads or release sets (production stopped):
    response within 1 hour, 24/7; target for a workaround: 8 hours.
    Priority 2 - a function or interface is not working, with a manual work-around available:
    response within 4 business hours; target for a resolution: 3 business days.
    Priority 3 - other faults, questions: response next business day; resolution in a later
    service pack.
3.3 The times in article 3.2 are targets. Sterilog will use all reasonable efforts to meet them.
All obligations of Sterilog under this Agreement are obligations of means. Failure to meet a
target does not entitle the Hospital to any compensation, price reduction or termination.

4. RELEASES
4.1 Sterilog sends the release notes and the updated user manual and administrator guide at
least four weeks before a new version is made available.
4.2 Every release is verified and validated under Sterilog's ISO 13485 quality management system
and comes with a validation report.
4.3 Sterilog installs each new version first on the Hospital's test environment. The Hospital
validates it with its own validation protocol within 15 working days. Sterilog installs the
version in production, remotely, on a date agreed with the Hospital and only after written
approval by the head of the CSSD. Installation of service packs is included; installation of a
major release is charged at two days at the day rate.

5. HOSPITAL OBLIGATIONS
The Hospital shall: keep the servers, operating system and database at the versions listed in
Annex 1; make a daily back-up of the SteriLog database and test its restore twice a year; give
Sterilog VPN access within one hour of a Priority 1 report; designate at least two trained key
users who give first-line support to the CSSD operators; and report incidents only through its
key users or its application manager.

6. CONTACT AND KNOWLEDGE OF THE SITE
6.1 The Hospital's account manager at Sterilog is Ms Ingrid Bosman (ingrid.bosman@sterilog.nl).
6.2 Sterilog keeps a site file of the Hospital's installation (server configuration, interfaces
with the serial numbers of the equipment, customer-specific settings, contact persons), which is
available to every support engineer.
6.3 Support is provided by Sterilog's product specialists. All of them are certified on the
SteriLog platform, and most of them previously worked as CSSD technicians.
6.4 Sterilog sends a ticket report every quarter: number of incidents per priority, response
times, open incidents and planned corrections. Once a year the account manager and the
Hospital's head of CSSD and application manager hold a service review at the Hospital.
Escalation: the account manager, then the Director Customer Services.

7. FEES
7.1 Annual support fee for 2027: EUR 38.450,00 excluding VAT, invoiced in January of each year in
advance. Invoices are payable within 60 days of the invoice date.
7.2 Services outside this Agreement: EUR 1.080,00 per day on site, EUR 145,00 per hour remote,
travel EUR 180,00 per visit. They are carried out only on the basis of a written quote from
Sterilog accepted by a purchase order from the Hospital's purchasing department.
7.3 The fees are revised on 1 January of each year according to the formula
P = P0 x (0,2 + 0,8 x S/S0), where S is the Agoria reference labour cost for the month of
October preceding the revision and S0 is that for October 2026.

8. TERM AND TERMINATION
8.1 This Agreement runs from 1 January 2027 to 31 December 2029. It is then renewed tacitly for
periods of one year, unless either party terminates it by registered letter at least six months
before the end of the current period.
8.2 Either party may terminate this Agreement if the other party has not remedied a serious
breach within 30 days of a notice of default by registered letter. Sterilog may suspend support if
an invoice remains unpaid 30 days after a reminder.
8.3 The end of this Agreement does not end the licence under SL-LIC-2019-044. At the Hospital's
request Sterilog exports the traceability records (loads, sets, instruments and their link to
patients) in CSV format, at the rates of article 7.2.
8.4 Sterilog is willing to discuss a source code escrow arrangement at the Hospital's request and
at its cost.

9. LIABILITY
Sterilog's liability is limited to direct damage and to the support fee paid for the year in
which the event occurred. Sterilog is not liable for indirect damage, loss of data, cancelled or
postponed surgery, or any damage resulting from the release of sets by the Hospital's staff.

10. INTELLECTUAL PROPERTY
The SteriLog software, including all new versions, service packs and documentation, remains the
property of Sterilog and is licensed to the Hospital under Licence Agreement SL-LIC-2019-044.

11. CONFIDENTIALITY AND PERSONAL DATA
11.1 Both parties keep confidential all information about the other party that they receive
under this Agreement, including patient information, for the term of this Agreement and five
years after it.
11.2 Where Sterilog, in providing remote support, has access to personal data (patient numbers
linked to instrument sets, names of staff), the parties will conclude a data processing
agreement in accordance with article 28 GDPR.

12. GOVERNING LAW
This Agreement is governed by Belgian law. The Dutch-speaking courts of Brussels have exclusive
jurisdiction.

Made in Brussels on 11 December 2026 in two originals, each party acknowledging receipt of one.

For Sterilog B.V.                  For Ziekenhuis Sint-Alina / Hopital Sainte-Aline
(signature)                        (signature)                   (signature)
Ruud Verbeek                       Nathalie Dupont               Dr Pieter Claeys
Director Customer Services         General director              Chief medical officer
""",
    items={
        "agreement.signed_both": "covered",
        "agreement.general_terms": "covered",
        "agreement.quote_included": "missing",
        "budget.startup_cost": "missing",
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
        "rollout.deployment": "covered",
        "rollout.data_migration": "missing",
        "rollout.acceptance": "covered",
        "maintenance.services": "covered",
        "maintenance.support_hours": "covered",
        "maintenance.response_time": "partial",
        "maintenance.resolution_time": "partial",
        "maintenance.availability": "missing",
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
        "legal.data_protection": "partial",
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
        "risk.data_lockin": False,
        "risk.unsigned": False,
    },
    figures={
        "contract_term_months": 36,
        "renewal_term_months": 12,
        "notice_period_days": 180,
        "payment_term_days": 60,
        "response_time_hours_highest_priority": 1,
    },
)

EN_MAC_FLEET_MANAGEMENT_OFFER = UnseenDocument(
    name="en_mac_fleet_management_offer",
    text="""From:    Lien De Wilde <lien@studiorauw.be>
To:      Bart Lemmens <bart@kernpunt.be>
Date:    Fri, 4 Dec 2026 11:08
Subject: RE: Mac management for Studio Rauw - our offer

Hi Bart,

Thanks, this is exactly what we discussed. All good for us: please go ahead with the set-up and
the monthly management as described below. The enrolment week of 18 January works for the team.
Invoices to finance@studiorauw.be please, with PO number SR-2026-114.

Cheers,
Lien
Office & Operations Manager, Studio Rauw

-----Original message-----
From:    Bart Lemmens <bart@kernpunt.be>
Sent:    Wed, 2 Dec 2026 17:31
To:      Lien De Wilde <lien@studiorauw.be>
Subject: Mac management for Studio Rauw - our offer

Hi Lien,

Good to meet you and Tom last week. Here is our offer for managing your Macs, as promised.

WHAT WE'LL DO
- Set up Apple Business Manager (ABM) for Studio Rauw. The ABM account is in your company's
  name; we get an admin role in it.
- Set up Jamf Pro (hosted by Jamf in its EU cloud) and enrol your 34 Macs (28 MacBook Pros,
  6 Mac Studios). New Macs bought through Apple or your reseller are linked to your ABM and set
  themselves up when they are switched on for the first time.
- Security baseline on every Mac: FileVault disk encryption with the recovery keys stored in
  Jamf, firewall on, screen lock after 5 minutes, no local admin rights (temporary admin can be
  requested through Self Service).
- A Self Service app with your standard apps: Adobe Creative Cloud, Figma, Slack, Chrome,
  Microsoft 365, Zoom. App updates are pushed automatically.
- macOS updates: minor and security updates are pushed within 7 days of Apple releasing them.
  New major macOS versions are only released to your team after we have tested them with Adobe
  CC and your plug-ins, usually 4 to 6 weeks after Apple's release.
- Helpdesk for your team: Monday to Friday 8:30-17:30, support@kernpunt.be or 015 79 44 20, with
  remote screen sharing. If someone can't work, we pick up the ticket within 4 business hours;
  other questions within one business day.
- A monthly e-mail report: encryption status, macOS versions, pending updates and Macs that
  haven't checked in for 14 days. Once a quarter we do a 30-minute call with you to go through
  the report and what's coming (new hires, replacements).

NOT INCLUDED
iPhones and iPads (we can add them at EUR 6,50 per device per month), hardware repairs (we
arrange them with Apple and pass on the repair cost), your printers and network, Adobe licence
administration and Google Workspace administration.

PLANNING
Week of 11 January: ABM and Jamf configuration, test on two of your Macs.
Week of 18 January: enrolment at your office, Tuesday to Thursday; about 30 minutes per person.
What we need from you by 8 January: the ABM verification done (we'll need your D-U-N-S number;
Apple sometimes takes a few days), a list of users and their Macs, and a time slot per person.
During the enrolment week we give a 15-minute lunch demo of Self Service to your team, and
everyone gets a one-page guide.

WHO
I'm your point of contact. All four of us at Kernpunt are Apple Certified Support
Professionals; Sofie and I are Jamf 300 certified. We keep a short page on your set-up in our
internal wiki, so whoever picks up your ticket knows your Macs and apps.

PRICE (excl. VAT)
- One-off set-up and enrolment, fixed price:                     EUR 2.340,00
- Management per Mac per month (Jamf licence, monitoring,
  updates, helpdesk included): EUR 16,50 x 34 Macs =            EUR   561,00 per month
- Other work (hardware problems, projects): EUR 95,00 per hour, billed per 15 minutes. We always
  send you an estimate first and only start after your OK.
The set-up is invoiced after the enrolment week; the monthly fee is invoiced at the start of each
month. Payment within 14 days.
The Jamf part of the monthly fee follows Jamf's list prices. If Jamf raises its prices, we pass
the increase on to you, with one month's notice.

Jamf Pro runs in Jamf's cloud, so we can't promise an uptime figure for it ourselves. In our
experience outages are rare and short.

Jamf sees device names, serial numbers, user names and installed apps; location tracking is off.
We'll send our data processing agreement along with the first invoice.

DURATION
The monthly management runs for 12 months from 1 February 2027 and then continues month to
month. After the first 12 months you can stop at any time with one month's notice by e-mail.
If you ever move to another provider, we release the Macs from our Jamf, hand over the ABM admin
role and pass our set-up notes to you or to your new provider, at no charge.

Just reply to this e-mail to confirm and we'll book the enrolment week.

Best,
Bart Lemmens
Kernpunt Apple Services BV - Battelsesteenweg 455, 2800 Mechelen - BE 0776.318.042
""",
    items={
        "agreement.general_terms": "missing",
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
        "maintenance.resolution_time": "missing",
        "maintenance.availability": "partial",
        "maintenance.service_credits": "missing",
        "maintenance.customer_knowledge": "covered",
        "maintenance.updates": "covered",
        "exit.duration_renewal": "covered",
        "exit.termination": "covered",
        "exit.transition": "covered",
        "exit.escrow": "missing",
        "legal.liability": "missing",
        "legal.ip": "missing",
        "legal.confidentiality": "missing",
        "legal.data_protection": "partial",
        "legal.governing_law": "missing",
        "legal.dispute_resolution": "missing",
    },
    risks={
        "risk.supplier_terms_prevail": False,
        "risk.best_efforts_only": False,
        "risk.unilateral_change": True,
        "risk.auto_renewal": False,
        "risk.liability_excluded": False,
        "risk.open_ended_cost": False,
        "risk.data_lockin": False,
        "risk.unsigned": True,
    },
    figures={
        "contract_term_months": 12,
        "renewal_term_months": 1,
        "notice_period_days": 30,
        "payment_term_days": 14,
        "response_time_hours_highest_priority": 4,
    },
)


EN_DOCUMENTS = [
    EN_CUSTOMS_DECLARATION_SAAS_AGREEMENT,
    EN_STERILISATION_TRACKING_SUPPORT_AGREEMENT,
    EN_MAC_FLEET_MANAGEMENT_OFFER,
]
