"""Rules for the legal area: liability, intellectual property, confidentiality, data
protection, governing law and dispute resolution."""

from vendorpact.core.contracts.detectors.common import AMOUNT, DURATION
from vendorpact.core.contracts.detectors.engine import Rule
from vendorpact.core.contracts.detectors.item_hedges import PROCESSING_AGREEMENT_LATER
from vendorpact.core.contracts.detectors.legal_wording import (
    AMICABLE_BEFORE_COURT,
    AMICABLE_BEFORE_COURT_CONCRETE,
    CONFIDENTIALITY_PLEDGED,
    COURT_KEY_VALUE,
    COURT_NAMED,
    COURT_NAMED_CONCRETE,
    DELIVERABLES_PASS,
    DELIVERABLES_PASS_CONCRETE,
    DELIVERABLES_YOURS,
    DELIVERABLES_YOURS_CONCRETE,
    KEPT_FROM_OTHERS,
    LIABILITY_BOUNDED,
    LIABILITY_BOUNDED_CONCRETE,
    LICENCE_AS_GOODS,
    LICENCE_SETTLED_CONCRETE,
    OWNED_BY_A_PARTY,
    OWNER_KEY_VALUE,
    TREATED_AS_CONFIDENTIAL,
)

LEGAL_RULES = [
    Rule(
        id="legal.liability",
        cues=(
            (
                r"limitation of liability|(?:liability|liable)(?:[^.\n]|\.\d){0,120}(?:limited|"
                r"exceed|cap|in no event)|in no event[^.\n]{0,80}(?:liable|liability)|"
                r"(?:shall|will) not be (?:liable|responsible)|aggregate liability|"
                r"consequential damages|"
                r"limitations? of liability|"
                # "consequential" and "damages" far apart in a list; "under no circumstances
                # will the provider be responsible"
                r"(?:consequential|indirect)[^.\n]{0,200}?(?:damages?|loss(?:es)?)\b|"
                r"(?:under no circumstances|in no case)[^.\n]{0,80}(?:liable|liability|"
                r"responsible)|"
                # a cap stated on its own: "the cap amount is $1,000 for all claims", "capped
                # at the fees paid"; acting "without any liability" excludes it
                r"\bcap(?: amount)?\b[^.\n]{0,80}\bclaims?\b|liability cap|cap on (?:\w+ )?"
                r"liability|without (?:any )?liability|liable (?:only )?for (?:direct|indirect|"
                r"any )?(?:damages?|loss)|lost profits|loss of (?:profits?|revenue)|"
                # a remedy or an indemnity limited: "the sole remedy is limited to replacement",
                # "reimbursements under this indemnification shall not exceed the fees"
                r"(?:sole|exclusive) remedy[^.\n]{0,80}(?:limited|shall be|is)|remedies "
                r"(?:\w+ ){0,3}(?:shall|will) be limited to|(?:indemnif\w*|aggregate obligation)"
                r"[^.\n]{0,120}(?:shall|will) not exceed|seul recours|"
                r"enig(?:e)? (?:verhaal|remedie)",
                1.0,
            ),
            (
                r"aansprakelijkheid(?:[^.\n]|\.\d){0,120}(?:beperkt|uitgesloten|bedraagt|"
                r"ten hoogste|maximaal|\bmax\b)|niet aansprakelijk|"
                r"aansprakelijk voor (?:\w+ )?(?:schade|verlies)|"
                r"zonder (?:enige )?aansprakelijkheid|gevolgschade|indirecte schade|"
                r"(?:gederfde|gemiste) winst|bedrijfsschade|beperking(?:en)? van (?:de )?"
                r"aansprakelijkheid|"
                # "is slechts aansprakelijk voor opzet of zware fout"
                r"(?:slechts|enkel|alleen|uitsluitend) aansprakelijk (?:voor|bij|in geval)|"
                # "niet verantwoordelijk voor schade door onderbrekingen"
                r"\bniet (?:\w+ )?verantwoordelijk voor\b[^.\n]{0,60}\b(?:schade|verlies|"
                r"gevolgen|onderbreking\w*|storingen)",
                1.0,
            ),
            (
                r"responsabilité(?:[^.\n]|\.\d){0,120}(?:limitée|plafonnée|exclue|ne saurait)|"
                r"(?:ne sera pas|ne pourra être|en aucun cas|n'est pas|ne sont pas|ne peut "
                r"(?:donc )?pas|ne pouvons (?:donc )?pas|ne peuvent pas) "
                r"[^.\n]{0,40}responsable|dommages? (?:et intérêts )?indirects?|"
                # liability set for one's own faults: "l'Adjudicataire est responsable des
                # dommages causés par ses manquements, à concurrence de ..."
                r"\b(?:est|sont) responsables? des dommages causés par (?:ses|son|sa|leurs?|un|"
                r"une) (?:\w+ ){0,2}?(?:fautes?|manquements?|négligences?|défaut)\b|"
                r"préjudices? indirects?|manque à gagner|sans (?:aucune )?responsabilité|"
                r"limitations? de (?:la )?responsabilité|"
                # "ne répond que de son dol", "n'est responsable que des dommages directs"
                r"\bne répond (?:que|pas)\b|n'est (?:tenu|responsable) que\b|"
                # "la responsabilité ne peut être engagée qu'en cas de faute grave"
                r"responsabilité\b[^.\n]{0,60}\b(?:ne (?:peut|pourra|saurait) être engagée|"
                r"n'est engagée qu)",
                1.0,
            ),
            (
                # "la responsabilité ne pourra en aucun cas excéder le montant payé"
                r"responsabilité(?:[^.\n]|\.\d){0,80}\bne (?:pourra|peut|saurait|pourrait) "
                r"(?:\w+ ){0,3}(?:excéder|dépasser)",
                1.0,
            ),
            (
                # liability settled by another document: "voor de aansprakelijkheid geldt
                # artikel 14 van de hoofdovereenkomst", "liability is governed by section 9 of
                # the Master Agreement" (partial: the reference gives no cap)
                r"(?:liability|aansprakelijkheid|responsabilité)\b[^.\n]{0,60}?(?:\bis governed by|"
                r"\bare governed by|\bgeldt\b|\bgelden\b|\bis (?:\w+ )?van toepassing|est régie|"
                r"reste régie|sont régies)[^.\n]{0,40}(?:section|clause|article|artikel|regeling|"
                r"bepaling)",
                1.0,
            ),
            # a bare mention settles nothing: it only adds to a sentence with a cue above
            # (below SCORE_FLOOR alone)
            (r"\bliability\b|\bindemnif|aansprakelijk|\bresponsabilité\b", 0.4),
            *LIABILITY_BOUNDED,
        ),
        concrete=AMOUNT + r"|" + DURATION + r"|fees? paid|amount paid|price paid|charges paid|"
        r"vergoeding|maal|times|fois|montant|en aucun cas|in no event|niet aansprakelijk|exceed|"
        r"bedrag|factuur|invoice|facture|"
        # liability kept only for the gravest faults: an exclusion of all others
        r"opzet|(?:zware|grove) (?:fout|schuld|nalatigheid)|\bdol\b|faute lourde|"
        r"gross negligence|wil(?:l)?ful misconduct|faute grave|niet (?:\w+ )?verantwoordelijk|"
        # a cap named by what it is worth: "limited to the fixed price of article 3.1", "limitée
        # à la réparation ou au remplacement du matériel", "beperkt tot de abonnementsgelden"
        r"\blimited to (?:\w+ ){0,3}(?:price|fees?|amount|value|charges)\b|\blimitée? (?:\w+ )?"
        r"(?:à la |au |aux |à l')(?:réparation|remplacement|prix|redevances?)\b|\bbeperkt tot "
        r"(?:\w+ ){0,3}(?:prijs|abonnementsgeld\w*|herstelling|vervanging)\b"
        + LIABILITY_BOUNDED_CONCRETE,
        # an exclusion of damage is what the item settles ("indirect damage is excluded")
        exclusion_is_vague=False,
        exclude=r"limited liability company|liability insurance|\bl\.l\.c|"
        # a duty to keep insurance: "houdt een aansprakelijkheidsverzekering aan", "maintient
        # une assurance responsabilité civile"
        r"verzekering (?:aan|af)\b|verzekering (?:aan te houden|af te sluiten)|(?:maint\w*|"
        r"souscri\w*|dispose d'une|conserve\w*) (?:une |d'une |sa |son |les )?(?:police d')?"
        r"assurance",
        # liability in another sense: taxes, the parties' relationship (agency, partnership,
        # joint and several), payment doctrines, insurance cover, the data controller
        references=r"(?:tax|fiscal\w*|belasting\w*|impôts?|taxes?)[^.\n]{0,60}(?:liabilit\w*|"
        r"responsib\w*|responsable|aansprakelijk\w*)|(?:(?:shall|will) not be responsible|"
        r"shall not be liable|niet aansprakelijk|pas responsable)[^.\n]{0,40}"
        r"(?:for |voor |de |des )?(?:\w+ )?"
        r"(?:withholding |paying |payment of )?(?:taxes|belasting|impôts)|"
        r"joint(?:ly)? and several(?:ly)?(?: liab\w*)?|hoofdelijk\w*(?: aansprakelijk\w*)?|"
        r"solidairement(?: responsables?)?|sequential liability|"
        r"(?:obligation|liability|responsibility),? (?:or )?(?:liability|responsibility)?"
        r"[^.\n]{0,20}on behalf of|partnership (?:obligation|liability)[^.\n]{0,20}"
        r"(?:or liability)?|aansprakelijkheidsverzekering|assurance responsabilité civile|"
        r"responsables? (?:du|de) traitement",
    ),
    Rule(
        id="legal.ip",
        cues=(
            (
                r"intellectual property|all right, title and interest|ownership (?:of|in)|"
                r"(?:sole|exclusive) property|"
                r"grants? (?:to \w+ )?an? (?:non-)?exclusive[^.\n]{0,40}"
                r"licen[cs]e|licen[cs]e (?:to use|grant)|copyright|work made for hire|"
                r"perpetual[^.\n]{0,30}licen[cs]e|retains? all|owns? (?:all )?(?:the )?"
                r"(?:deliverables|work product)|licen[cs]es? (?:granted|rights?)\b|"
                # the licence agreement the document hangs under ("issued pursuant to the
                # Software License Agreement"): partial through the vague wording below
                r"licen[cs]e(?:,? (?:and )?[\w-]+){0,3} agreement",
                1.0,
            ),
            (
                r"intellectuele eigendom|auteursrecht|gebruiksrecht|eigendomsrecht|"
                r"licentie|berust(?:en)? bij|"
                # "de klant wordt eigenaar van de maatwerkontwikkelingen", "alle rechten op de
                # software komen toe aan de klant"
                r"(?:wordt|worden|blijft|blijven) (?:\w+ ){0,4}eigenaar (?:van|der)\b|"
                r"rechten (?:op|van) [^.\n]{0,60}(?:komen|behoren) (?:\w+ )?toe aan",
                1.0,
            ),
            (
                r"propriété intellectuelle|droits? d'auteur|droit d'utilisation|cession des droits|"
                # "cède les droits patrimoniaux d'auteur sur les livrables"
                r"droits (?:patrimoniaux|moraux)|"
                r"(?:devient|deviennent|reste|restent|demeure|demeurent) (?:la |le |l'unique )?"
                r"propriét|\bsources?\b[^.\n]{0,40}(?:remis|livré|cédé)\w* au client|"
                # "le client acquiert la propriété des développements", "devient propriétaire"
                r"acqui\w* la (?:pleine )?propriété|(?:devient|deviennent|reste|restent|demeure|"
                r"demeurent) (?:\w+ )?propriétaires?\b|"
                r"licence",
                1.0,
            ),
            *DELIVERABLES_PASS,
            *OWNER_KEY_VALUE,
            *DELIVERABLES_YOURS,
            *OWNED_BY_A_PARTY,
        ),
        concrete=(
            r"exclusive|sole|retain|belong|vest|assign|grant|berust|verleent|overgedragen|"
            r"cède|concède|appartien|property|eigendom|propriété|propriétaire|perpetual|"
            r"eigenaar|toe aan|\bexclusie?f\b|\bverkrijgt\b|\bacquiert\b|\bobtient\b"
            + DELIVERABLES_PASS_CONCRETE
            + DELIVERABLES_YOURS_CONCRETE
            + LICENCE_SETTLED_CONCRETE
        ),
        vague=r"incorporated by reference|issued pursuant",
        # "licences of third parties are not included" prices a purchase, it is no IP clause
        # content the client may not upload ("material protected by copyright") is
        # acceptable use, not the IP of what is delivered
        exclude=r"protected by (?:\w+ )?(?:copyright|trademark|intellectual)|"
        r"(?:in violation of|violat\w*|infring\w*)[^.\n]{0,40}(?:copyright|trademark)|"
        r"inbreuk (?:\w+ )?op[^.\n]{0,30}(?:auteursrecht|merkrecht|intellectuele)|"
        r"(?:porte|portant|porter) atteinte[^.\n]{0,40}(?:droits? d'auteur|propriété "
        r"intellectuelle)|"
        r"licen[cst]\w* (?:van derden|de tiers|of third parties)|third[- ]party "
        r"licen[cs]es? (?:are|is) (?:not|excluded)|(?:aankoop|purchase|achat) (?:van |of |de )?"
        r"(?:\w+ ){0,3}(?:en |and |et )?licen|"
        # licences as a priced, invoiced or timed purchase: "de licenties worden jaarlijks
        # gefactureerd", "Licenties MDM, per jaar | € 18.600", "niet inbegrepen: hardware,
        # licenties", "de looptijd van de licenties"
        r"\blicen[cst]\w*\b[^.\n]{0,60}\b(?:gefactureerd|aangerekend|invoiced|billed|"
        r"facturée?s?|per (?:jaar|maand|year|month)|par (?:an|mois))\b|"
        r"\blicen[cst]\w*\b[^|\n]{0,60}\|[^|\n]{0,20}€|"
        r"(?:niet (?:in)?begrepen|not included|non compris)\b[^.\n]{0,80}\blicen|"
        r"\b(?:looptijd|duur|prijs|kostprijs|facturatie|price|cost|prix|durée) (?:van de|of "
        r"the|des) licen|\blicenties (?:lopen|gelden) (?:\w+ )?" + DURATION + r"|"
        # licences bought as goods: "les licences Microsoft sont achetées par le Client"
        r"\blicen[cst]\w*\b[^.\n]{0,40}\b(?:achetée?s?|aangekocht|gekocht|purchased|bought)\b|"
        + LICENCE_AS_GOODS,
    ),
    Rule(
        id="legal.confidentiality",
        cues=(
            (
                r"confidential(?:ity)? information|(?:keep|hold|maintain|treat)[^.\n]{0,40}"
                r"(?:in )?(?:strict(?:est)? )?confiden|non-disclosure|shall not disclose|"
                r"proprietary information",
                1.0,
            ),
            (r"geheimhouding|vertrouwelijk(?:e|heid)?|geheim te houden|niet openbaar maken", 1.0),
            (r"confidentialité|confidentiel(?:le)?s?|secret professionnel|ne pas divulguer", 1.0),
            # "une obligation de discrétion", "een discretieplicht"
            (
                r"obligation de discrétion|devoir de discrétion|discretieplicht|"
                r"discretieverplichting",
                1.0,
            ),
            (r"not be utilized[^.\n]{0,40}(?:other|purpose)", 0.8),
            *KEPT_FROM_OTHERS,
        ),
        concrete=r"shall|will|agrees|zal|zullen|maken|houden|verplicht|s'engage|doit|garder|not|niet|"
        r"pas|tenu|gebonden|obligation|plicht|"
        # the present tense states the obligation: "chaque partie garde confidentielles",
        # "each party keeps ... confidential", "de leverancier houdt ... geheim"
        r"\bgard(?:e|ent|era|eront)\b|\bkeeps?\b|\bhold(?:s)?\b|\bhoudt\b|\bbewaart\b|"
        # "behandelt alle gegevens strikt vertrouwelijk", "treats it as strictly confidential",
        # "nous traitons de manière strictement confidentielle"
        r"\bstrikt\b|\bstrict\w*|\btrait\w* (?:\w+ ){0,3}confidenti|behandel\w* (?:\w+ ){0,3}"
        r"vertrouwelijk|vertrouwelijk behandel"
        + TREATED_AS_CONFIDENTIAL
        + "|"
        + DURATION
        + CONFIDENTIALITY_PLEDGED,
        exclude=r"confidential treatment|\[\*+\]|omitted and filed separately",
    ),
    Rule(
        id="legal.data_protection",
        cues=(
            (
                r"\bgdpr\b|general data protection|data protection|personal (?:data|information)|"
                r"data processing (?:agreement|addendum)|\bprocessor\b|privacy (?:laws?|policy)|"
                r"data controller|privacy[\w ,]{0,30} (?:laws?|legislation|regulations?)\b|"
                # the GDPR by its number: "Verordening (EU) 2016/679"
                r"2016/679",
                1.0,
            ),
            (
                r"\bavg\b|persoonsgegevens|verwerkersovereenkomst|verwerker|privacywet|\bwbp\b|"
                r"gegevensbescherming|verwerkingsverantwoordelijke|verantwoordelijke voor de "
                r"verwerking|persoonlijke levenssfeer",
                1.0,
            ),
            (
                r"\brgpd\b|données (?:à caractère personnel|personnelles)|"
                r"sous-traitant (?:au sens|rgpd)|"
                r"responsables? (?:du|de) traitement|vie privée|"
                r"protection des données|cnil|informatique et libertés",
                1.0,
            ),
            (
                # "traite les données en qualité de sous-traitant", "l'accord de traitement des
                # données" (not a subcontractor of the work)
                r"\bdonnées\b[^.\n]{0,60}\ben (?:qualité|tant) de sous-traitant|en (?:qualité|"
                r"tant) de sous-traitant\b[^.\n]{0,60}\bdonnées\b|(?:accord|convention|contrat) "
                r"(?:de|relatif au) traitement (?:des|de) données",
                1.0,
            ),
            (
                r"safeguard\w*[^.\n]{0,40}data|(?:security|confidentiality) of (?:the )?"
                r"(?:customer |client |user |personal )?data|"
                r"security measures|beveiligingsmaatregelen|mesures de sécurité",
                1.0,
            ),
        ),
        concrete=(
            r"gdpr|avg|rgpd|2016/679|processing agreement|verwerkersovereenkomst|article 28|"
            r"artikel 28|instructions|instructies|passende|appropriate|technical and "
            r"organi[sz]ational|techniques et organisationnelles|on behalf of|pour le compte|"
            r"in opdracht van|"
            r"(?:accord|convention|contrat) (?:de|relatif au) traitement|sur instruction|"
            r"en (?:qualité|tant) de sous-traitant|"
            # the GDPR by its French or Dutch name
            r"règlement général sur la protection|algemene verordening gegevensbescherming|"
            # the roles named: "Afnemer is verwerkingsverantwoordelijke", "acts as processor"
            r"verwerkingsverantwoordelijke|\bverwerker\b|\b(?:data )?(?:controller|processor)\b|"
            r"responsable du traitement"
        ),
        vague=PROCESSING_AGREEMENT_LATER,
        # hardware: a "quad-core processor" processes no personal data
        exclude=r"(?:core|cpu|intel|amd|\d ?ghz)\b[^.\n]{0,20}processors?\b|processors?\b"
        r"[^.\n]{0,20}(?:\d ?ghz|cores?\b|\d ?gb\b)|tekstverwerk|word processor|"
        r"(?:payment|card) processor|betalingsverwerk",
    ),
    Rule(
        id="legal.governing_law",
        cues=(
            (
                r"laws? of (?:the )?[\w ]{2,40}? (?:shall )?(?:appl(?:y|ies)|govern)|"
                r"application of the laws? of|governing laws?\b|"
                # "English law governs these terms"
                r"(?:english|belgian|dutch|french|german|irish|swiss|luxembourg|scots|new york|"
                r"delaware|california) law (?:shall |will )?governs?\b",
                1.0,
            ),
            (
                # "construed in accordance with English law", "the legislation of Belgium
                # applies", "de Belgische wetgeving is van toepassing", "la législation
                # luxembourgeoise est applicable"
                r"(?:construed|interpreted|governed)[^.\n]{0,40}(?:in accordance with|under|by) "
                r"(?:the )?[a-z]+ law\b|(?:legislation|law) of [^.\n]{2,40}? (?:shall )?"
                r"(?:appl(?:y|ies)|govern)|\bwetgeving[^.\n]{0,40}van toepassing|"
                r"(?:wet|recht|wetgeving) van [^.\n]{2,30}? (?:is|zijn) (?:exclusief |"
                r"uitsluitend )?"
                r"van toepassing|législation[^.\n]{0,40}(?:applicable|s'applique)",
                1.0,
            ),
            (
                r"governed by[^.\n]{0,80}laws?|governing law|laws of the (?:state|commonwealth|"
                r"province|kingdom)|in accordance with the laws? of|jurisdiction of the courts|"
                r"exclusive jurisdiction|competent courts?",
                1.0,
            ),
            (r"\barbitration\b|\barbitrage\b|arbitrale|scheidsgerecht", 0.6),
            *COURT_KEY_VALUE,
            *COURT_NAMED,
            (
                r"(?:nederlands|belgisch|luxemburgs|frans|duits|engels|zwitsers|iers)e? recht\b|"
                r"beheerst door|toepasselijk recht|bevoegde rechter|"
                r"rechtbank(?:en)? (?:van|te)|arrondissement|geschillen[^.\n]{0,60}(?:rechter|"
                r"rechtbank)|"
                # a court named without "van" / "te", as Dutch courts are: "is uitsluitend de
                # rechtbank Gelderland bevoegd", "de rechtbank Amsterdam is bevoegd"
                r"\b(?:rechtbank|rechter|gerechtshof)\w*\b[^.\n]{0,40}\bbevoegd\b|\bbevoegd(?:e)? "
                r"(?:is |zijn )?(?:uitsluitend |exclusief )?(?:de |het )?(?:rechtbank|gerechtshof)",
                1.0,
            ),
            (
                r"(?:droit|loi|législation) (?:belge|français\w*|luxembourgeois\w*|néerlandais\w*|"
                r"anglais\w*|allemand\w*|suisse|applicable)|(?:soumis|"
                r"régi)\w* (?:à la (?:loi|législation)|au droit|aux lois)|"
                r"tribunaux? (?:de|compétents?)|tribunal de (?:commerce|l'entreprise)|"
                r"compétence (?:exclusive|"
                r"expresse)",
                1.0,
            ),
        ),
        concrete=(
            r"(?:court|rechter|rechtbank|tribunal|tribunaux|arbitration|arbitrage)[^.\n]{0,"
            r"120}(?:of|in|at|te|van|de|sited)|jurisdiction|venue|arrondissement|"
            r"juridictions? (?:de|d'|du)" + COURT_NAMED_CONCRETE
        ),
        # a party described by the law it was incorporated under: "a company organised under
        # the laws of Delaware", "een vennootschap naar Belgisch recht", "société de droit belge"
        exclude=r"(?:organi[sz]ed|incorporated|existing|formed) (?:and (?:existing|in good "
        r"standing) )?under the laws? of|vennootschap (?:naar|onder) \w+ recht|"
        r"société [^.\n]{0,40}de droit \w+",
    ),
    Rule(
        id="legal.dispute_resolution",
        cues=(
            (
                r"\bmediation\b|\bmediator\b|amicabl[ey]|good faith negotiation|negotiate in good "
                r"faith|escalat(?:e|ion) (?:procedure|process|to (?:senior|executive))|"
                r"(?:meet|confer)\w*[^.\n]{0,40}(?:discuss|resolve)[^.\n]{0,30}(?:dispute|disagreement)|"
                r"(?:settl|resolv)\w*[^.\n]{0,40}by mutual agreement|\badr\b",
                1.0,
            ),
            (
                r"\bmediation|bemiddel(?:ing|aar)|minnelijk|escalatieprocedure|in der minne|"
                r"geschillenregeling|bindend advies",
                1.0,
            ),
            (
                r"médiation|médiateur|à l'amiable|amiablement|conciliation|"
                r"(?:règlement|solution|accord|arrangement|issue) amiable",
                1.0,
            ),
            (
                # "Partijen trachten geschillen eerst in onderling overleg op te lossen."
                r"(?:geschil|dispute|différend|litige|onenigheid|meningsverschil|désaccord|"
                r"disagree)\w*[^.\n]{0,90}(?:\beerst\b|\bfirst\b|"
                r"d'abord)[^.\n]{0,40}(?:overleg|negotiat|amiabl|discuss|concert|escalat|"
                # "wordt eerst besproken tussen de projectleider en ...", "examiné d'abord"
                r"besproken|bespreken|examin|"
                # "geschillen worden eerst voorgelegd aan het escalatiecomité / de directie"
                r"comit|committee|stuurgroep|directie|direction|management|"
                # "the parties first meet within ten days", "se réunissent d'abord"
                r"\bmeet|vergader|réuni|rencontr|samen ?(?:komen|zitten)|oplossing|solution|"
                r"resolve|\bcall\b|"
                # "bij een geschil overleggen eerst de zaakvoerders", "first the managing directors"
                r"zaakvoerder|bestuurder|gérant|directeur|director|projectleider)",
                1.0,
            ),
            (
                # the court only after a first step: "partijen leggen een geschil pas aan de
                # rechter voor nadat de klachtenprocedure is doorlopen", "ne saisissent le
                # tribunal qu'après", "only go to court after"
                r"\b(?:geschil|geschillen)\b[^.\n]{0,40}\bpas (?:aan|naar|voor) (?:de )?(?:rechter|"
                r"rechtbank)\b|\bne saisi\w* (?:le tribunal|les tribunaux|le juge) qu'après\b|"
                r"\bonly (?:go|turn|resort) to (?:the )?courts? after\b",
                1.0,
            ),
            *AMICABLE_BEFORE_COURT,
            (
                # a first step named without "amiable": "régler tout différend par la
                # concertation au sein du comité de pilotage", "en cas de différend, les parties
                # se réunissent", "soumettent d'abord tout différend à une réunion", "à défaut
                # d'accord dans les 30 jours, les tribunaux ...", "failing agreement within 30
                # days, the courts", "bij gebrek aan akkoord binnen 30 dagen ... de rechtbank"
                r"\bdifférends?\b[^.\n]{0,60}\b(?:par la concertation|se réunissent|se rencontrent|"
                r"procédure d'escalade|comité de (?:pilotage|suivi))\b|"
                r"\bd'abord (?:\w+ ){0,2}?(?:tout |les |le |un )?différends?\b|"
                r"\bà défaut d'accord dans (?:les|un délai de) [^.\n]{0,60}\b(?:tribunaux|tribunal|"
                r"juridictions?|médiat\w*|arbitr\w*)\b|"
                r"\bfailing (?:agreement|settlement) within\b[^.\n]{0,60}\b(?:courts?|mediat\w*|"
                r"arbitrat\w*)\b|"
                r"\bbij gebrek aan (?:akkoord|overeenstemming) binnen\b[^.\n]{0,60}\b"
                r"(?:rechtbank\w*|rechter|bemiddel\w*|arbitrage)\b",
                1.0,
            ),
        ),
        concrete=DURATION + r"|before|prior to|first|voordat|alvorens|eerst|avant|d'abord|"
        r"préalabl|procedure|procédure|qu'après|\bnadat\b|\bonly (?:go|turn|resort) to\b"
        + AMICABLE_BEFORE_COURT_CONCRETE
        # a step after another ("Daarna volgt mediation", "ensuite une médiation") or a named
        # mediator or mediation body ("een MfN-registermediator", "le Service de médiation
        # pour les télécommunications", "an accredited mediator")
        + r"|\bdaarna\b|\bvervolgens\b|\bensuite\b|\bthereafter\b|registermediator|"
        r"\berkende? (?:bemiddelaar|mediator)|\bmédiateur agréé|\baccredited mediator|"
        r"\b(?:service|dienst|commission|commissie|centre|centrum) (?:de |van |voor )?"
        r"(?:médiation|bemiddeling|mediation|geschillen|ombuds)|\bombuds\w+|geschillencommissie",
        # something agreed amicably is no dispute: "de planning wordt in der minne afgesproken"
        exclude=r"(?:in der minne|à l'amiable|amicably) (?:\w+ )?(?:afgesproken|overeengekomen|"
        r"vastgelegd|bepaald|convenu|fixé|déterminé|agreed|determined)",
        # an amicable attempt is by nature an endeavour: with a concrete step (a meeting, a
        # mediator, a period) it settles the item ("les parties s'efforcent de régler le
        # différend à l'amiable par une réunion ... dans les 15 jours")
        settled=r"(?:efforce|endeavou?r|tracht|strive|best efforts|attempt|essai|essaye|pog|"
        r"\bprobe?r|\btr(?:y|ies)\b|cherche)"
        r"\w*[^.\n]{0,80}(?:amiabl|à l'amiable|in der minne|minnelijk|negotiat|négoci|overleg|"
        r"onderhandel|mediat|médiat|bemiddel|concilia)[^.\n]{0,120}"
        r"(?:\b\d+ (?:jours|days|dagen|werkdagen|business days|working days)|réunion|meeting|"
        r"vergadering|médiat|mediat|bemiddel|escalat|comité|committee|directie|direction|"
        r"directeur|director|bestuur|management|zaakvoerder|gérant)",
    ),
]
