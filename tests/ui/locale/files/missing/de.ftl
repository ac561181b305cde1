CART_1 = Kein Warenkorb
