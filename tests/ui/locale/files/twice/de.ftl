SHOP_1 = Keine Bestellung

SHOP_1 = Bestellung fehlt
