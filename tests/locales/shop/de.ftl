# The shop's messages in German.
SHOP_1 = Keine Bestellung { $id }
    .resolution = Prüfen Sie die Nummer der Bestellung
