### The messages of a file laid out as translators lay them out: comments
### of every level, terms, and a message's own comment.

## Orders

-shop = Laden

# Not attached to the message below: a blank line after it.

# Attached to LAYOUT_1.
LAYOUT_1 = Keine Bestellung { $id } im { -shop }
    .resolution = Prüfen Sie die Nummer

## Carts

-cart = Warenkorb
-cart-full = { -cart } ist voll
LAYOUT_2 = Der { -cart-full }: { $count } Artikel
# Trailing, attached to nothing.
