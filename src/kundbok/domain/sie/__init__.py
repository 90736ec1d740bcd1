"""SIE 4I export: vouchers built from plain amounts and written as the bookkeeping reads them."""
