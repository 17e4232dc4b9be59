"""The one error a domain rule raises when it refuses something.

`code` is a message code (e.g. "planning.cycle") that the web layer turns into words with
`text_for`; `params` fill in that message. Views show it as an error message, the API answers
422 with the words as `detail` (the exception handler in api/api.py).
"""


class DomainError(Exception):
    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params
