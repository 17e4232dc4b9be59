"""Typed errors for documents the analyser cannot read."""

from __future__ import annotations

ENCRYPTED = "document.encrypted"
CORRUPT = "document.corrupt"
NO_TEXT_LAYER = "document.no_text_layer"
EMPTY = "document.empty"
UNSUPPORTED_TYPE = "document.unsupported_type"
TOO_LARGE = "document.too_large"
NOT_FOUND = "document.not_found"
# Not the document's fault: the analysis itself failed or was cut off.
INTERNAL_ERROR = "document.internal_error"
INTERRUPTED = "document.interrupted"

MESSAGES = {
    ENCRYPTED: {
        "en": "the file is password protected",
        "fr": "le fichier est protégé par un mot de passe",
        "nl": "het bestand is beveiligd met een wachtwoord",
    },
    CORRUPT: {
        "en": "the file is damaged or not what its name says",
        "fr": "le fichier est endommagé ou ne correspond pas à son nom",
        "nl": "het bestand is beschadigd",
    },
    NO_TEXT_LAYER: {
        "en": "the PDF has no text layer (a scan?); run OCR first",
        "fr": "le PDF n'a pas de couche texte (un scan ?) ; passez-le d'abord à l'OCR",
        "nl": "de PDF bevat geen tekstlaag (een scan?); laat er eerst OCR op lopen",
    },
    EMPTY: {
        "en": "the file contains no text",
        "fr": "le fichier ne contient pas de texte",
        "nl": "het bestand bevat geen tekst",
    },
    UNSUPPORTED_TYPE: {
        "en": "unsupported file type (use PDF, DOCX, TXT, MD or HTML)",
        "fr": ("type de fichier non pris en charge (utilisez PDF, DOCX, TXT, MD ou HTML)"),
        "nl": "niet ondersteund bestandstype (gebruik PDF, DOCX, TXT, MD of HTML)",
    },
    TOO_LARGE: {
        "en": "the file is too large",
        "fr": "le fichier est trop volumineux",
        "nl": "het bestand is te groot",
    },
    NOT_FOUND: {
        "en": "the file cannot be opened",
        "fr": "le fichier ne peut pas être ouvert",
        "nl": "het bestand kan niet geopend worden",
    },
    INTERNAL_ERROR: {
        "en": "the analysis failed because of an error in VendorPact; try again later",
        "fr": "l'analyse a échoué à cause d'une erreur dans VendorPact ; réessayez plus tard",
        "nl": "de analyse mislukte door een fout in VendorPact; probeer het later opnieuw",
    },
    INTERRUPTED: {
        "en": "the analysis was interrupted (the background worker stopped); analyse again",
        "fr": "l'analyse a été interrompue (le processus d'arrière-plan s'est arrêté) ; relancez",
        "nl": "de analyse werd onderbroken (het achtergrondproces stopte); analyseer opnieuw",
    },
}


class DocumentError(Exception):
    """A document that cannot be analysed; `code` is stable, `detail` is for logs."""

    def __init__(self, code: str, filename: str, detail: str = "") -> None:
        super().__init__(f"{filename}: {code}" + (f" ({detail})" if detail else ""))
        self.code = code
        self.filename = filename
        self.detail = detail

    def message(self, lang: str = "en") -> str:
        texts = MESSAGES.get(self.code, {})
        return texts.get(lang) or texts.get("en") or self.code
