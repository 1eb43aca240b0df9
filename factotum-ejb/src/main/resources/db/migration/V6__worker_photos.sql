-- Factotum schema, version 6: worker photos, stored re-encoded (no metadata) in two sizes.
CREATE TABLE worker_photo (
    worker_id    BIGINT       NOT NULL,
    photo_size   VARCHAR(10)  NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    content      MEDIUMBLOB   NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_worker_photo PRIMARY KEY (worker_id, photo_size),
    CONSTRAINT fk_worker_photo_worker FOREIGN KEY (worker_id) REFERENCES worker (id)
);
