# The cart's messages in German: a plural on the number of items.
CART_1 = Kein Warenkorb { $id }
    .resolution = Legen Sie zuerst einen Warenkorb an
    .title = Warenkorb nicht gefunden
CART_2 =
    { $count ->
        [one] Der Warenkorb enthält einen Artikel, mehr als { $limit }
       *[other] Der Warenkorb enthält { $count } Artikel, mehr als { $limit }
    }
CART_3 = Der Speicher der Warenkörbe ist ausgefallen
    .description = Der Dienst, der die Warenkörbe speichert, antwortet nicht.
