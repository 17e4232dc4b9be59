"""Dutch and English texts for the invoice import codes (the web layer may use its own)."""

MESSAGES: dict[str, dict[str, str]] = {
    "invoice.malformed_xml": {
        "nl": "Dit bestand is geen geldige XML (beschadigd of onvolledig).",
        "en": "This file is not valid XML (damaged or incomplete).",
    },
    "invoice.unsafe_xml": {
        "nl": "Dit XML-bestand bevat een DTD of entiteiten; dat aanvaarden we niet.",
        "en": "This XML file contains a DTD or entities, which we do not accept.",
    },
    "invoice.too_large": {
        "nl": "Dit bestand is te groot voor een e-factuur.",
        "en": "This file is too large for an e-invoice.",
    },
    "invoice.not_an_invoice": {
        "nl": "Dit is geen UBL-factuur of -creditnota (gevonden: {detail}).",
        "en": "This is not a UBL invoice or credit note (found: {detail}).",
    },
    "invoice.missing_field": {
        "nl": "Verplicht gegeven ontbreekt: {detail}.",
        "en": "Required field missing: {detail}.",
    },
    "invoice.bad_value": {
        "nl": "Ongeldige waarde: {detail}.",
        "en": "Invalid value: {detail}.",
    },
    "invoice.duplicate": {
        "nl": "Deze factuur van deze leverancier is al ingevoerd.",
        "en": "This invoice from this supplier was already entered.",
    },
    "invoice.csv_empty": {"nl": "Het CSV-bestand is leeg.", "en": "The CSV file is empty."},
    "invoice.csv_malformed": {
        "nl": "Het CSV-bestand kan niet gelezen worden ({detail}).",
        "en": "The CSV file cannot be read ({detail}).",
    },
    "invoice.csv_missing_columns": {
        "nl": "Kolommen ontbreken of zijn onbekend: {detail}.",
        "en": "Columns missing or unknown: {detail}.",
    },
    "invoice.credit_note_without_reference": {
        "nl": "Creditnota zonder verwijzing naar de oorspronkelijke factuur.",
        "en": "Credit note without a reference to the original invoice.",
    },
    "invoice.credit_note_negative_total": {
        "nl": "Creditnota met een negatief totaal: controleer of het een bijkomende kost is.",
        "en": "Credit note with a negative total: check whether it is an extra charge.",
    },
    "invoice.negative_invoice": {
        "nl": "Factuur met een negatief totaal (correctie).",
        "en": "Invoice with a negative total (a correction).",
    },
    "invoice.no_payment_means": {
        "nl": "De factuur vermeldt geen betaalwijze.",
        "en": "The invoice states no payment means.",
    },
    "invoice.totals_mismatch": {
        "nl": "De factuurlijnen tellen niet op tot het totaal excl. btw.",
        "en": "The invoice lines do not add up to the total excl. VAT.",
    },
    "csv.required_empty": {"nl": "Verplichte cel is leeg.", "en": "Required cell is empty."},
    "csv.bad_date": {"nl": "Onleesbare datum.", "en": "Unreadable date."},
    "csv.bad_amount": {"nl": "Onleesbaar bedrag.", "en": "Unreadable amount."},
    "csv.bad_currency": {"nl": "Onbekende munt.", "en": "Unknown currency."},
    "csv.bad_document_type": {
        "nl": "Type moet factuur of creditnota zijn.",
        "en": "Type must be invoice or credit note.",
    },
    "csv.inconsistent_invoice": {
        "nl": "Lijnen van dezelfde factuur hebben een andere datum, munt of type.",
        "en": "Lines of the same invoice differ in date, currency or type.",
    },
}


def message(code: str, lang: str = "en", detail: str = "") -> str:
    texts = MESSAGES.get(code, {})
    text = texts.get(lang) or texts.get("en") or code
    return text.format(detail=detail)
