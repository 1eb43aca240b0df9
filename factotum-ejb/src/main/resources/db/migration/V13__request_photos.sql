-- Factotum schema, version 13: the photos a client attaches to a request (at most 5), stored re-encoded
-- as JPEG so that no metadata (camera, date, GPS position) is kept.

CREATE TABLE request_photo (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    position    INT           NOT NULL,
    content     MEDIUMBLOB    NOT NULL,
    width       INT           NOT NULL,
    height      INT           NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_request_photo_request FOREIGN KEY (request_id) REFERENCES quote_request (id),
    CONSTRAINT uq_request_photo UNIQUE (request_id, position)
);
