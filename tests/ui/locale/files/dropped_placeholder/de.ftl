SHOP_1 = Keine Bestellung
SHOP_2 =
    { $count ->
        [one] Ein Artikel zu viel
       *[other] Zu viele Artikel
    }
