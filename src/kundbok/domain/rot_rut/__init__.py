"""The ROT/RUT claim to Skatteverket (begäran om utbetalning, XML schema V6)."""
