-- Factotum schema, version 14: words clients use in their requests that the first synonyms did not cover
-- (the request form suggests the service from them, and search finds the workers).

INSERT INTO search_synonym (words, meaning, updated_at, row_version) VALUES
('imbiancare, imbiancatura, pitturare, dipingere le pareti', 'tinteggiatura', CURRENT_TIMESTAMP, 0),
('perdita, perde acqua, tubo', 'piccola idraulica', CURRENT_TIMESTAMP, 0);
