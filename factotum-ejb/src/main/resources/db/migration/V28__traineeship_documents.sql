-- Factotum schema, version 28: the documents kept in a traineeship's dossier (the signed project, the
-- agreement, the policies, the signed attendance sheets and certificate, the service's attestation), as
-- uploaded: PDF, JPEG or PNG, checked by content, at most 10 MB, with a SHA-256 of the content.

CREATE TABLE traineeship_document (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    traineeship_id BIGINT        NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    file_name      VARCHAR(120)  NOT NULL,
    content_type   VARCHAR(40)   NOT NULL,
    size_bytes     INT           NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    content        MEDIUMBLOB    NOT NULL,
    note           VARCHAR(500),
    uploaded_by    VARCHAR(254)  NOT NULL,
    uploaded_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_traineeship_document FOREIGN KEY (traineeship_id) REFERENCES traineeship (id)
);
CREATE INDEX ix_traineeship_document ON traineeship_document (traineeship_id, uploaded_at);
