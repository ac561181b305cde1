# Numeric code strings are not Fluent identifiers: `code-` goes before them.
code-101001 = Clave de API no válida
code-101002 = Límite superado: { $limit } solicitudes por minuto
