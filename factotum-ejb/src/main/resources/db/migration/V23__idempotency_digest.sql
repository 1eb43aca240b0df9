-- Factotum schema, version 23: an Idempotency-Key (or a form's own token) belongs to whoever sent it, and a
-- key sent again with another request is refused. form_token now holds a hash of caller, email and key;
-- form_digest the hash of what was asked.

ALTER TABLE quote_request ADD COLUMN form_digest VARCHAR(64);
