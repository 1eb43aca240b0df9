-- Matching: each service a worker offers in each area of theirs, with the level (skills times areas,
-- kept by the Worker entity). One index range finds who can do a service in a comune or its province.
CREATE TABLE worker_reach (
    worker_id        BIGINT      NOT NULL,
    subcategory_code VARCHAR(60) NOT NULL,
    skill_level      VARCHAR(20) NOT NULL,
    area_type        VARCHAR(10) NOT NULL,
    area_code        VARCHAR(6)  NOT NULL,
    CONSTRAINT pk_worker_reach PRIMARY KEY (worker_id, subcategory_code, area_type, area_code),
    CONSTRAINT fk_worker_reach_worker FOREIGN KEY (worker_id) REFERENCES worker (id)
);
CREATE INDEX ix_worker_reach_place ON worker_reach (subcategory_code, area_type, area_code, worker_id);

INSERT INTO worker_reach (worker_id, subcategory_code, skill_level, area_type, area_code)
SELECT s.worker_id, s.subcategory_code, s.skill_level, a.area_type, a.area_code
FROM worker_skill s JOIN worker_area a ON a.worker_id = s.worker_id;
