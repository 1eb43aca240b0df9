-- Factotum schema, version 7: search. Every node keeps its own in-memory index of the public worker
-- profiles and follows this change feed (one row per change to a worker, the catalog, the comuni or the
-- synonyms), so that several nodes sharing one database stay in step. The synonyms are kept by operators.

CREATE TABLE search_change (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject    VARCHAR(20)  NOT NULL,
    ref        VARCHAR(60),
    changed_at DATETIME(6)  NOT NULL
);
CREATE INDEX ix_search_change_at ON search_change (changed_at);

CREATE TABLE search_synonym (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    words       VARCHAR(300) NOT NULL,
    meaning     VARCHAR(200) NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    row_version BIGINT       NOT NULL
);

INSERT INTO search_synonym (words, meaning, updated_at, row_version) VALUES
('imbianchino, pittore, pittore edile', 'tinteggiature', CURRENT_TIMESTAMP, 0),
('svuotare cantina, svuotare la cantina, liberare cantina', 'sgomberi cantine', CURRENT_TIMESTAMP, 0),
('svuotare solaio, liberare soffitta, soffitta', 'sgomberi solai', CURRENT_TIMESTAMP, 0),
('svuotare casa, liberare appartamento, svuotare appartamento', 'sgomberi appartamenti', CURRENT_TIMESTAMP, 0),
('colf, donna delle pulizie, impresa di pulizie', 'pulizie', CURRENT_TIMESTAMP, 0),
('lavavetri, finestre', 'vetri', CURRENT_TIMESTAMP, 0),
('idraulico, rubinetto, lavandino, scarico', 'piccola idraulica', CURRENT_TIMESTAMP, 0),
('mobili ikea, armadio, cucina componibile', 'montaggio mobili', CURRENT_TIMESTAMP, 0),
('tuttofare, aggiustatutto, manutentore', 'piccole manutenzioni', CURRENT_TIMESTAMP, 0),
('tagliare erba, tagliare il prato, prato, tosaerba', 'sfalcio', CURRENT_TIMESTAMP, 0),
('siepe, alberi', 'potatura', CURRENT_TIMESTAMP, 0),
('spesa, fare la spesa, farmacia, posta', 'commissioni', CURRENT_TIMESTAMP, 0),
('visita medica, badante', 'accompagnamento', CURRENT_TIMESTAMP, 0),
('furgone, trasportare mobili', 'traslochi', CURRENT_TIMESTAMP, 0),
('cancello, inferriata', 'ringhiere e cancelli', CURRENT_TIMESTAMP, 0);
