# The hostile crate's translations.
HOSTILE_1 = Kein { $what }, { $count } Mal
