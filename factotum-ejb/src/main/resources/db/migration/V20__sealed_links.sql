-- Factotum schema, version 20: a link's token never rests in the database. A link is issued with a seal
-- (a random stand-in the stored email carries); the email it belongs to is recorded, and the token is
-- minted when that email is handed to the SMTP server (its hash replaces the unusable one of the issue).
-- Logins are no longer locked per account row (LoginLocks counts per email, address and both).
UPDATE account SET locked_until = NULL;

ALTER TABLE action_link ADD COLUMN seal VARCHAR(32);
ALTER TABLE action_link ADD COLUMN email_id BIGINT;
CREATE UNIQUE INDEX uq_action_link_seal ON action_link (seal);
CREATE INDEX ix_action_link_email ON action_link (email_id);

-- Emails stored before this version carry their links' tokens in clear: mask them (those links can no
-- longer be opened from a preview or a backup; their recipients still have them).
UPDATE outbox_email
   SET body_text = REGEXP_REPLACE(body_text, 'token=[A-Za-z0-9_-]{43}', 'token=link-personale-nascosto'),
       body_html = REGEXP_REPLACE(body_html, 'token=[A-Za-z0-9_-]{43}', 'token=link-personale-nascosto')
 WHERE body_text LIKE '%token=%' OR body_html LIKE '%token=%';
