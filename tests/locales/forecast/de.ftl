# The allocation test's translations.
ANALYTICS_1203 = Das Vorhersagemodell ist nicht verfügbar
    .resolution = Später erneut versuchen
