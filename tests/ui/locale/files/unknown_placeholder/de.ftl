# $idd is a typo, $reason a private field, $field0 the source.
SHOP_1 = Keine Bestellung { $idd }
SHOP_2 = Lager ausgefallen: { $field0 }
SHOP_3 = Zone { $zone } voll, { $reason }
