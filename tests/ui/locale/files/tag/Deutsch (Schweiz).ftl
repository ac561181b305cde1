SHOP_1 = Keine Bestellung
