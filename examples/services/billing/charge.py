import os
import stripe

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]  # good

AWS_ACCESS_KEY_ID = "AKIADBMJFRVIWYF5YUSJ"
AWS_SECRET_ACCESS_KEY = "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"


def charge(customer_id: str, cents: int):
    return stripe.PaymentIntent.create(customer=customer_id, amount=cents, currency="eur")
