# The strict-lints crate's translations: every kind of placeholder.
LINT_301 = Falsches { $field }: { $reason }
    .resolution = Korrigieren
LINT_302 = Abgelehnt: { $field0 }
LINT_303 = { $field0 } Einträge, höchstens { $max }
LINT_304 = Ein-/Ausgabe fehlgeschlagen
LINT_305 = Langsamer, noch { $seconds } Sekunden
