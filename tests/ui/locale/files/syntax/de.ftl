SHOP_1 = Keine Bestellung { $id }
SHOP_2 = { $count ->
    [one] ein Artikel
}
