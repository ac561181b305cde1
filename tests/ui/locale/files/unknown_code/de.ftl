SHOP_1 = Keine Bestellung
SHOP_10 = Zu viele Artikel
ORDER_1 = Keine Bestellung
