CART_1 = Aucun panier
CART_2 = Panier plein
