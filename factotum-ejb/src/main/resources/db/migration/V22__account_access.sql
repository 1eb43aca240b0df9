-- Factotum schema, version 22: sessions opened before this instant are over. A new password, a change of
-- roles or a deactivation moves it to "now", so the account's other sessions end on every node.

ALTER TABLE account ADD COLUMN sessions_valid_from DATETIME(6);
