# The counted catalogue's messages in German: one with a plural.
CART_1 = Kein Warenkorb { $id }
CART_2 =
    { $count ->
        [one] Der Warenkorb enthält einen Artikel, mehr als { $limit }
       *[other] Der Warenkorb enthält { $count } Artikel, mehr als { $limit }
    }
