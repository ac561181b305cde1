# The shop's messages in French.
SHOP_1 = Aucune commande { $id }
    .resolution = Vérifiez le numéro de la commande
