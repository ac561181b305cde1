//! Every category of the organisation, checked for clashes at compile time.

error_catalog::assert_disjoint!(shop_orders::OrderError, shop_payments::PaymentError);
