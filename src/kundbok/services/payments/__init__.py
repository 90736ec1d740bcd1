"""Money received: booking and reversing payments (`booking.py`), bank files read and matched
(`bank_files.py`), and the payment QR code on the slip (`qr.py`)."""
