"""Plain commercial English of Belgian and Dutch IT suppliers: extra cues, concrete wording and
exclusions added to the item rules (issue 9).

The rules were tuned mostly on US filings; suppliers in Flanders, Brussels and the Netherlands
write English proposals, order forms and service agreements differently: "you will provide",
"extra requests are estimated first", "a discount of 10% on that month's fee", "documents the
client's environment in a run book". Each entry here is general wording of that style, kept in
one module so that the item modules stay as they are; `detectors/__init__.py` merges them into
the rules before any pattern is compiled.
"""

from __future__ import annotations

import re

from vendorpact.core.contracts.detectors.common import AMOUNT, CLIENT, DURATION
from vendorpact.core.contracts.detectors.english_items import MORE_CUES
from vendorpact.core.contracts.structure import Structure
from vendorpact.core.contracts.tables import LoweredTexts, row_indices, rows_above

# the client as these documents address it: "you", "the Client", "the Customer's manager"
THE_CLIENT = r"(?:\byou|the " + CLIENT + r"|" + CLIENT + r")(?:'s (?:\w+ ){0,2}?)?"
# someone who takes a role: "our project lead will be <name>", "the service manager is <name>"
ROLE_HOLDER = (
    r"(?:project (?:lead|leader|manager)|service manager|account manager|delivery manager|"
    r"point of contact|product owner)"
)
NOT_A_NAME = r"(?!(?:a|an|the|our|your|its|responsible|available|appointed|in|on|to|able)\b)"

# the law of a country named by its adjective: "Belgian law applies", "subject to Dutch law"
NATIONAL = r"(?:belgian|dutch|english|french|german|luxembourg|irish|swiss|scots|italian|spanish)"
OWNS = r"(?:own|owns|becomes? the owner of|becomes? the owners of|acquires? (?:full )?ownership of)"
NOT_A_REPORT = r"(?! (?:a |the |their |your )?(?:reports?|dashboards?|charts?|graphs?|invoices?)\b)"
NOT_DATA = r"(?! (?:all |your |its |their )?(?:data|personal data|content|information)\b)"

EXTRA_CUES: dict[str, tuple[tuple[str, float], ...]] = {
    "agreement.general_terms": (
        # "our terms and conditions apply to this quotation", "the Supplier's terms and
        # conditions take precedence"
        (
            r"\b(?:our|the supplier's|the provider's|the vendor's) terms and conditions\b"
            r"[^.\n]{0,60}\b(?:apply|applies|take precedence|prevail|govern)\b",
            1.0,
        ),
        # "our general terms and conditions apply", "our general terms (attached) apply", "our
        # general terms of sale and installation (annex A) apply", "X's general terms do not
        # apply" (another party's terms set aside settles which apply)
        (
            r"(?:general|standard) terms(?: and conditions)?(?: of (?:sale|delivery|service)"
            r"(?: and \w+)?)?(?: of [\w-]+)?(?: \([^()\n]{1,60}\))? (?:apply|applies|are "
            r"applicable|(?:do|does|shall) not apply|are excluded)\b",
            1.0,
        ),
        (r"(?:this|the) (?:agreement|order form|order|proposal|quote|contract) prevails\b", 0.8),
        # "the <supplier> Terms of Service apply to everything not settled here"
        (r"terms of (?:service|use|business)\b[^.\n]{0,80}\b(?:apply|applies|prevails?)\b", 1.0),
        # "this order is governed by the X Terms of Service", "this order form wins"
        (
            r"\bgoverned by (?:the |our )?(?:[\w'’.-]+ ){0,3}?(?:terms of (?:service|use|business)|"
            r"(?:general |standard )?terms and conditions|(?:subscription|master subscription|"
            r"master services?) (?:terms|agreement))\b|\b(?:this|the) (?:agreement|"
            r"order form|order|contract|proposal|quote) (?:wins|takes precedence|comes first)\b",
            1.0,
        ),
    ),
    "budget.scope": (
        # "the price includes analysis, development and testing", "not included: hardware"
        (
            r"\b(?:price|fee|quote|offer|amount|subscription)s? (?:includes?|covers?|"
            r"comprises?)\b(?! (?:all )?(?:vat|taxes|btw))|\bnot included\s*:|\bincluded\s*:",
            1.0,
        ),
    ),
    "timing.planning": (
        # "we expect to deliver the first version six weeks after your order"
        (
            r"(?:deliver|ready|live|install|complete)\w*[^.\n]{0,40}\b" + DURATION + r" (?:after|"
            r"from) (?:your |the )?(?:order|signature|signing|kick-off|start|approval)",
            1.0,
        ),
    ),
    "legal.governing_law": (
        (
            NATIONAL + r" law (?:applies|is applicable|shall apply|will apply)\b|"
            r"subject to " + NATIONAL + r" law\b",
            1.0,
        ),
        # "the courts of Ghent are competent", "disputes go to the court of Amsterdam"
        (
            r"courts? (?:of|in) [a-z]+ (?:are|is|shall be|will be) (?:exclusively )?competent|"
            r"disputes? (?:go|are submitted|are brought|will be brought|shall be brought|are "
            r"referred|will go) (?:to|before) the (?:competent )?courts?\b",
            1.0,
        ),
    ),
    "exit.termination": (
        # "you can cancel the subscription at any time", "either party may end this agreement"
        (
            r"(?:can|may) (?:cancel|end|terminate) (?:this|the|its|your) (?:agreement|contract|"
            r"subscription|order|service)",
            1.0,
        ),
        # "you or we can end it with 3 months' written notice" (not "suspend ... with notice")
        (
            r"\b(?:end|cancel|terminate)s? (?:it|this (?:agreement|contract)|the (?:agreement|"
            r"contract|subscription))?[^.\n]{0,30}\b(?:with|by giving|giving) (?:at least )?"
            + DURATION
            + r"'?(?:s'?)? (?:written |prior )?notice",
            1.0,
        ),
    ),
    "exit.escrow": (
        # "the source code is deposited with an escrow agent"
        (
            r"source code[^.\n]{0,20}(?:is|are|will be|shall be) (?:deposited|lodged|held|placed) "
            r"with|(?:deposit|lodge)s? (?:the |its |our )?source code",
            1.0,
        ),
    ),
    "exit.duration_renewal": (
        # "this agreement runs until 31 December 2028", "the contract runs for one year"
        (
            r"(?:agreement|contract|subscription|order form) (?:runs|is valid|remains in force|"
            r"continues) (?:until|for|through)\b",
            1.0,
        ),
    ),
    "legal.ip": (
        # "you own everything we build for you", "the client becomes the owner of the code"
        (r"(?:\byou|client|customer) (?:will )?" + OWNS + NOT_DATA, 1.0),
    ),
    "maintenance.support_hours": (
        # "support is available on working days between 9:00 and 17:00"
        (
            r"(?:working|business) days,? (?:from|between) \d{1,2}[:.h]\d\d|between \d{1,2}"
            r"[:.h]\d\d and \d{1,2}[:.h]\d\d",
            1.0,
        ),
    ),
    "maintenance.response_time": (
        # "first reply within 4 business hours", "we pick up urgent calls within 1 hour" (not the
        # client answering the supplier's questions)
        (
            r"\b(?:first (?:reply|response|answer|reaction)|eerste (?:reactie|antwoord)|première "
            r"(?:réponse|réaction)|(?:pick(?:s)? up|reply to|answer|get back to|react to) "
            r"(?:\w+ ){0,2}?(?:calls?|tickets?|requests?|incidents?|e-mails?|emails?))\b"
            r"[^.\n]{0,40}\b(?:within|binnen|sous|dans les) " + DURATION,
            1.0,
        ),
    ),
    "reporting.progress": (
        # "each month we send you a report on tickets, uptime and open actions"
        (
            r"(?:send|give|provide|deliver|e-mail)s? you (?:a |an )?(?:short |written )?"
            r"(?:\w+ )?reports?\b",
            1.0,
        ),
    ),
    "budget.project_cost": (
        # the total row of a price table: "| Total | EUR 82.300 |"
        (r"\| total(?: price| amount)? \| (?:eur|€) ?\d", 1.0),
    ),
    "budget.extra_costs": (
        # "extra requests are estimated first and only carried out after your approval"
        (
            r"(?:extra|additional|further|new) (?:requests?|wishes|features)\b[^.\n]{0,80}"
            r"(?:estimat|quot|approv|charg|invoic|rate)",
            1.0,
        ),
        # "changes you ask for are quoted first", "changes requested by the client are estimated"
        (
            r"\bchanges (?:you (?:ask for|request|want)|(?:asked for|requested) by (?:you|the "
            r"(?:client|customer)))\b[^.\n]{0,60}(?:estimat|quot|approv|charg|invoic|rate)",
            1.0,
        ),
        # "shall not exceed the maximum budget of a purchase order without ... approval"
        (
            r"exceed (?:the |a |its )?(?:maximum |agreed |estimated |approved )?(?:budget|"
            r"estimate)",
            1.0,
        ),
    ),
    "timing.client_obligations": (
        # "you will provide access to ...", "you will appoint a product owner ..."
        (
            r"\byou (?:will|shall|must|agree to|undertake to|are responsible for) (?:\w+ )?"
            r"(?:provide|supply|deliver|make available|appoint|ensure|arrange|approve|test)",
            1.0,
        ),
        # "you make a test environment available before the start"
        (
            r"\byou make (?:\w+ ){0,4}available",
            1.0,
        ),
        # "you send us a full export two weeks before", "you name a project owner who ..." (not
        # "if you give us three months' notice", "you give us a call")
        (
            r"\byou (?:send|give|deliver|provide|supply|hand) us\b(?![^.\n]{0,25}\bnotice\b)"
            r"(?! (?:a |an )?(?:call|ring|shout|e-?mail|message|phone call)\b)|"
            r"\byou (?:name|appoint|designate) (?:a|an|one) (?:\w+ )?(?:owner|contact|manager|"
            r"key user|coordinator)\b|\bvous nous (?:transmettez|fournissez|remettez|envoyez)\b|"
            r"\b(?:u|jij|je) (?:bezorgt|levert|geeft|stuurt) ons\b",
            1.0,
        ),
        # "the Client's manager approves the timesheets within five working days"
        (
            CLIENT + r"(?:'s \w+(?: \w+)?)? (?:approves|reviews|validates|signs) (?:the )?"
            r"(?:timesheets?|time sheets?|deliverables?|designs?|specifications?)",
            1.0,
        ),
    ),
    "rollout.acceptance": (
        # "you will have ten working days to test ...", "is accepted when no blocking findings"
        (
            r"\b(?:is|are|will be) (?:deemed |considered )?accepted (?:when|once|if|after|as soon "
            r"as)",
            1.0,
        ),
        (THE_CLIENT + r" (?:will )?ha(?:s|ve) " + DURATION + r" to (?:test|review|check)", 1.0),
        (r"confirms? (?:the )?acceptance\b|acceptance (?:by|in) (?:e-mail|email|writing)", 1.0),
    ),
    "rollout.data_migration": (
        # "the import of the employee list from a CSV file supplied by the Customer"
        (
            r"\bimport of (?:the |your |its |existing |historic(?:al)? )?(?:\w+ ){0,2}(?:data|list|"
            r"records|users|employees|customers|products|articles)\b",
            1.0,
        ),
        # "we convert your patient and client records from your current system"
        (
            r"\b(?:convert|transfer|migrate|move|import)s? (?:all )?(?:your|the (?:client|"
            r"customer)'s|existing|current) (?:\w+ ){0,4}?(?:data|records|files|history)\b"
            r"[^.\n]{0,40}\bfrom\b",
            1.0,
        ),
    ),
    "exit.data_return": (
        # "at the end of the subscription you can export all ... in CSV and Excel format", "you
        # can export your projects as CSV" (not "export a report as CSV": a feature)
        (
            r"(?:end|expiry|termination) of the (?:subscription|agreement|contract|term|"
            r"service)\b[^.\n]{0,60}\bexport|\bexport\b" + NOT_A_REPORT + r"[^.\n]{0,80}\b(?:in|"
            r"as) (?:an? )?(?:\w+ )?(?:csv|xml|json|excel|xlsx|sql|tbx)\b",
            1.0,
        ),
        # "on termination we hand over all your data in a standard format"
        (r"hand (?:over|back) (?:all )?(?:your|the (?:client|customer)'s|its) data\b", 1.0),
    ),
    "rollout.warranty": (
        # "we fix bugs in our code free of charge for 60 days after go-live" (the active voice of
        # informal_wording.FIXED_FOR_FREE)
        (
            r"\b(?:we|wij|nous) (?![^.\n]{0,100}\b(?:not|niet|pas)\b)(?:fix|correct|repair|"
            r"solve|resolve|remedy|herstellen|verhelpen|corrigeren|corrigeons|réparons) "
            r"(?:any |all |the |alle |de |les )?(?:\w+ )?(?:bugs|defects|errors|faults|fouten|"
            r"gebreken|anomalies|erreurs|défauts)\b[^.\n]{0,60}(?:free of charge|at no (?:extra |"
            r"additional )?(?:cost|charge)|for free|without charge|gratis|kosteloos|gratuitement|"
            r"sans frais)",
            1.0,
        ),
    ),
    "maintenance.updates": (
        # "new features and fixes are released every two weeks at no extra cost"
        (
            r"(?:new features|new versions|features|fixes|versions|releases)"
            r"(?: and (?:bug )?fixes)? (?:are|will be) (?:released|made available|deployed|"
            r"rolled out)",
            1.0,
        ),
    ),
    "maintenance.service_credits": (
        # "if the supplier misses the target ..., the client receives a discount of 10% on ..."
        (
            r"(?:miss(?:es)?|does not meet|fails to meet|not (?:been )?met|below)\b[^.\n]{0,120}"
            r"\b(?:discount|reduction|rebate) of \d",
            1.0,
        ),
        # "if availability drops below 99.5%, you receive 10% of the monthly fee back"
        (
            r"(?:availability|uptime|service level)s?[^.\n]{0,40}(?:drops?|falls?|is lower|"
            r"below)(?:[^.\n]|\.\d){0,80}(?:refund|credit|fee back|fees back|discount|reduction)",
            1.0,
        ),
    ),
    "maintenance.customer_knowledge": (
        # a configuration database or run book of the client's environment
        (
            r"configuration management database|\bcmdb\b|\brun ?book|documents? the (?:client|"
            r"customer)'s (?:environment|infrastructure|configuration|installation)",
            1.0,
        ),
    ),
    "reporting.governance": (
        # "every quarter ... hold a service review", "issues ... are escalated to"
        (r"(?:service|quarterly|monthly|account) reviews?\b|\bescalated to\b", 1.0),
    ),
    "legal.confidentiality": (
        # "keep all information about the Client's business confidential"
        (
            r"\bkeeps? (?:all |any )?(?:information|data)\b[^.\n]{0,60}\b(?:confidential|secret)\b",
            1.0,
        ),
    ),
    "legal.dispute_resolution": (
        # "the parties will first try to settle any dispute in a meeting between their directors"
        (r"first (?:try|attempt|seek) to (?:settle|resolve)", 1.0),
    ),
    "team.replacement": (
        # "shall not replace a consultant ... without the Client's consent"
        (
            r"\breplace (?:a|an|the|any) (?:consultant|developer|engineer|team member|key person|"
            r"project (?:lead|leader|manager))\b|\breplacement of (?:equal|equivalent|similar) ",
            1.0,
        ),
        # "we will not swap a developer out without ...", "a person with the same experience"
        (
            r"\b(?:swap|switch|rotate)\w* (?:a |an |the |our |any )?(?:team members?|developers?|"
            r"consultants?|engineers?|key (?:people|persons?)|staff) out\b|\b(?:person|someone|"
            r"consultant|developer|engineer|replacement) (?:with|of) (?:the same|equal|"
            r"equivalent|similar|comparable) (?:experience|skills|profile|qualifications|"
            r"seniority)\b",
            1.0,
        ),
    ),
    "team.seniority": (
        # "Lead developer: <name> (integration architect, 10+ years)" (not a company's age)
        (
            r"\b(?:developer|architect|engineer|consultant|analyst|designer|expert|project "
            r"(?:lead|manager))s?\b[^.\n]{0,40}\b\d{1,2}\+ (?:years|jaar|ans)\b",
            1.0,
        ),
    ),
    "team.knowledge_transfer": (
        # "the consultant documents the work done and hands it over to the Client's team"
        (r"\bhands? (?:it |them |this |everything )?over to\b", 1.0),
    ),
}

# wording that makes a present sentence concrete (covered), added to the rule's own pattern
EXTRA_CONCRETE: dict[str, str] = {
    "budget.extra_costs": (
        r"(?:your|(?:client|customer)'s) written (?:approval|consent|order)|"
        r"after (?:the )?(?:client|customer|you) (?:has|have) (?:approved|accepted|signed)|"
        r"your written (?:ok|okay|go-ahead|green light)\b"
    ),
    "team.named_team": ROLE_HOLDER
    + r"[^.]{0,20}(?:will be|is|shall be) "
    + NOT_A_NAME
    + r"\w+ \w+",
    "team.seniority": r"\b(?:senior|junior|medior) (?:developers?|engineers?|consultants?)|"
    r"\b\d{1,2}\+ (?:years|jaar|ans)\b",
    "maintenance.customer_knowledge": r"\b(?:keeps?|maintains?) (?:a|an|the)\b|\bdocuments the\b",
    "team.knowledge_transfer": r"\bhands? (?:it |them |this |everything )?over to\b|\bwe "
    r"(?:deliver|provide|give|organi[sz]e)\b",
    "legal.liability": r"limited to the (?:amount|price|value|fees)\b",
    "legal.confidentiality": r"\b(?:keeps?|treats?)\b",
    "reporting.governance": r"every (?:\w+ )?(?:weeks?|months?|quarters?)|each (?:week|month|"
    r"quarter)",
    "reporting.progress": r"every (?:\w+ )?(?:weeks?|months?|days?)",
    "team.replacement": DURATION,
    # the supplier speaking for itself: "we install the software", "we deliver documentation"
    "rollout.deployment": r"\bwe (?:install|deploy|configure)\b",
    "legal.ip": r"once (?:paid|payment)|upon (?:full )?payment|after (?:full )?payment",
    "maintenance.updates": r"at no (?:extra|additional) (?:cost|charge)|free of charge|"
    r"every (?:\w+ )?(?:weeks?|months?)|patch management",
}

# wording in which a cue has another sense: a sentence matching it does not count
EXTRA_EXCLUDE: dict[str, str] = {
    # an inventory of devices and licences is not a licence on what is delivered
    # a price that includes VAT and nothing else says nothing about what the work includes
    "budget.scope": r"(?:price|amount|fee)s? (?:includes?|including) (?:all )?(?:vat|taxes|btw)"
    r"(?: and (?:is|are) payable|\s*[.;]|$)",
    # the client accepting an offer or an order is no acceptance of what is delivered
    "rollout.acceptance": r"(?:offer|proposal|quote|quotation|order|terms|invoice)s? (?:is|are|"
    r"will be) (?:deemed |considered )?accepted",
    "legal.ip": r"configuration management database|\bcmdb\b|(?:devices|hardware|laptops|"
    r"workstations)[^.\n]{0,40}\blicen[cs]es\b",
}


# risk rules (risks.py): "renewed tacitly" is tacit renewal; an approved quote caps the cost
EXTRA_RISK_CUES: dict[str, tuple[tuple[str, float], ...]] = {
    "risk.auto_renewal": (
        (r"\brenewed tacitly|\btacitly (?:be )?renewed|\btacit renewal", 1.0),
        # "after that it continues for periods of 12 months unless ..." (not "may be extended")
        (
            r"\b(?:continues|is extended|is renewed|renews) for (?:further |new |successive "
            r"|another )?(?:periods?|terms?) of\b",
            1.0,
        ),
    ),
}
EXTRA_RISK_EXCLUDE: dict[str, str] = {
    "risk.open_ended_cost": r"after (?:the )?(?:client|customer|you) (?:has|have) (?:approved|"
    r"accepted|signed)|approved (?:a |the )?(?:written )?(?:quote|estimate)",
}


# the header row of a price table whose prices recur: "| Plan | Users | Price per month |"
RECURRING_HEADER = re.compile(
    r"^\|.*(?:(?:price|fee|cost|amount|charge)s? (?:per|/) ?(?:month|year|quarter)|\bmonthly\b|"
    r"\bannual\b|\byearly\b|\bper (?:month|year)\b)"
)
PRICED_ROW = re.compile(r"^\|.*" + AMOUNT)


def recurring_price_rows(_item_id: str, structure: Structure) -> dict[int, list[float]]:
    """The priced rows under a header row that names a recurring period (a subscription table
    with a column "Price per month"): each row states a recurring fee."""
    texts = LoweredTexts(structure)
    return {
        index: [1.0]
        for index in row_indices(structure)
        if PRICED_ROW.search(texts[index]) and _under_recurring_header(structure, texts, index)
    }


def _under_recurring_header(structure: Structure, texts: LoweredTexts, index: int) -> bool:
    return any(
        RECURRING_HEADER.search(text) and not PRICED_ROW.search(text)
        for _position, text in rows_above(structure, texts, index)
    )


def _either(first: str, second: str) -> str:
    return f"(?:{first})|(?:{second})" if first else second


def add_english_wording(rules: dict) -> None:
    """Merge the cues, concrete wording and exclusions above into the item rules (before their
    patterns are compiled: the rules cache them on first use)."""
    for extra in (EXTRA_CUES, MORE_CUES):
        for item_id, cues in extra.items():
            rules[item_id].cues = rules[item_id].cues + cues
    for item_id, pattern in EXTRA_CONCRETE.items():
        if rules[item_id].concrete:  # an empty pattern already makes every sentence concrete
            rules[item_id].concrete = _either(rules[item_id].concrete, pattern)
    for item_id, pattern in EXTRA_EXCLUDE.items():
        rules[item_id].exclude = _either(rules[item_id].exclude, pattern)
    recurring = rules["budget.recurring_cost"]
    recurring.sources = (*recurring.sources, recurring_price_rows)


def add_english_risk_wording(rules: list) -> None:
    """The same for the risk rules (risks.py), given as a list."""
    for rule in rules:
        rule.cues = rule.cues + EXTRA_RISK_CUES.get(rule.id, ())
        if rule.id in EXTRA_RISK_EXCLUDE:
            rule.exclude = _either(rule.exclude, EXTRA_RISK_EXCLUDE[rule.id])
