SHOP_1 = Keine Bestellung
    .hint = Bestellungen auflisten
    .resolution = Bestellungen auflisten
SHOP_2 = Kein Kunde { $id }
    .resolution = Kunden { $id } suchen
    .description = Kunde unbekannt
