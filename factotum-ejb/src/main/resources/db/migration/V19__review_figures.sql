-- Factotum schema, version 19: the figures of reviews (count per star for each worker, the mean of all)
-- are read by every ranking of workers; this index answers them without reading the reviews' rows.
CREATE INDEX ix_review_figures ON review (state, worker_id, stars);
