-- Factotum schema, version 29: what the impact figures need from the requests, their reviews and their goods.
-- The organisation and the kind of the worker who holds a job are kept on the request (and its review and
-- goods offer) when the job is proposed: the figures of a partner organisation are the jobs its workers
-- held, even after a worker moved on, and each capability answers for its own rows.

ALTER TABLE quote_request ADD COLUMN organisation_code VARCHAR(40);
ALTER TABLE quote_request ADD COLUMN worker_kind VARCHAR(20);
ALTER TABLE review ADD COLUMN organisation_code VARCHAR(40);
ALTER TABLE goods_offer ADD COLUMN organisation_code VARCHAR(40);

UPDATE quote_request SET
    organisation_code = (SELECT w.organisation_code FROM request_assignment a JOIN worker w ON w.id = a.worker_id
                          WHERE a.id = (SELECT MAX(a2.id) FROM request_assignment a2 WHERE a2.request_id = quote_request.id)),
    worker_kind = (SELECT w.kind FROM request_assignment a JOIN worker w ON w.id = a.worker_id
                    WHERE a.id = (SELECT MAX(a2.id) FROM request_assignment a2 WHERE a2.request_id = quote_request.id));
UPDATE review SET organisation_code = (SELECT r.organisation_code FROM quote_request r WHERE r.id = review.request_id);
UPDATE goods_offer SET organisation_code = (SELECT r.organisation_code FROM quote_request r WHERE r.id = goods_offer.request_id);

CREATE INDEX ix_quote_request_created ON quote_request (created_at, organisation_code);
CREATE INDEX ix_quote_request_closed ON quote_request (closed_at, organisation_code);
CREATE INDEX ix_review_created ON review (created_at);
CREATE INDEX ix_credit_movement_occurred ON credit_movement (occurred_at);

-- CO2e avoided when a kilogram of the category is reused (kg CO2e per kg), with its source; null: no factor
-- the cooperative trusts yet, so the kilograms are counted but no CO2e is claimed.
ALTER TABLE goods_category ADD COLUMN co2e_per_kg DECIMAL(6,2);
ALTER TABLE goods_category ADD COLUMN co2e_source VARCHAR(400);
UPDATE goods_category SET co2e_per_kg = 1.45,
    co2e_source = 'WRAP, Benefits of Reuse case study: domestic furniture (2011): 1.45 t CO2e saved per tonne of sofas given to direct reuse'
 WHERE code = 'mobili';
UPDATE goods_category SET co2e_per_kg = 6.10,
    co2e_source = 'Humana People to People (Sverige): 6.1 kg CO2 per kg of clothes collected = 75% reused x 48.1% replacing a new purchase x 16.9 kg CO2/kg production (EU JRC IMPRO-Textiles 2014; Ellen MacArthur Foundation 2017)'
 WHERE code = 'abbigliamento';
