# The cart's messages in French.
CART_1 = Aucun panier { $id }
    .resolution = Créez d’abord un panier
CART_2 = Le panier contient { $count } articles, plus que { $limit }
CART_3 = Le stockage des paniers a échoué
