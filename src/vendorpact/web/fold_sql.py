"""Case- and accent-insensitive matching in SQL: ``core.search_text.fold`` as a database
expression that gives the same text on SQLite and PostgreSQL."""

from __future__ import annotations

from django.db.models import CharField, F, Func, Value
from django.db.models.functions import Coalesce, Concat, Lower, Replace

from vendorpact.core.search_text import FOLD_MAP, fold

SQLITE_FOLD_FUNCTION = "vp_fold"

SINGLE_LETTER_FOLDS = {char: plain for char, plain in FOLD_MAP.items() if len(plain) == 1}
MULTI_LETTER_FOLDS = {char: plain for char, plain in FOLD_MAP.items() if len(plain) > 1}


class Fold(Func):
    """``core.search_text.fold`` in SQL. SQLite calls the same Python function, registered on
    each connection (``register_sqlite_fold``): nested REPLACE calls overflow SQLite's parser.
    Elsewhere: LOWER, one TRANSLATE for the letters that fold into one letter, a REPLACE for
    each that folds into two."""

    arity = 1
    output_field = CharField()

    def as_sqlite(self, compiler, connection, **extra):
        return super().as_sql(compiler, connection, function=SQLITE_FOLD_FUNCTION, **extra)

    def as_sql(self, compiler, connection, **extra):
        expression = Func(
            Lower(self.source_expressions[0]),
            Value("".join(SINGLE_LETTER_FOLDS)),
            Value("".join(SINGLE_LETTER_FOLDS.values())),
            function="TRANSLATE",
            output_field=CharField(),
        )
        for char, plain in MULTI_LETTER_FOLDS.items():
            expression = Replace(expression, Value(char), Value(plain))
        return compiler.compile(expression)


def register_sqlite_fold(sender, connection, **kwargs) -> None:
    """Give each new SQLite connection the fold function (connected in WebConfig.ready)."""
    if connection.vendor == "sqlite":
        connection.connection.create_function(
            SQLITE_FOLD_FUNCTION, 1, _fold_or_none, deterministic=True
        )


def _fold_or_none(text: str | None) -> str | None:
    return None if text is None else fold(text)


def folded(*names: str) -> Fold:
    """The named text fields joined by newlines, folded."""
    parts: list = []
    for name in names:
        if parts:
            parts.append(Value("\n"))
        parts.append(Coalesce(F(name), Value(""), output_field=CharField()))
    joined = Concat(*parts, output_field=CharField()) if len(parts) > 1 else parts[0]
    return Fold(joined)
