-- Barter: the goods categories a client may offer, with the price list the valuation starts from
-- (value of one item as new, useful life in years, the cooperative's current need: 1 normal, more when
-- wanted, 0 when not accepted now). Administrators edit it in the back-office.
CREATE TABLE goods_category (
    code              VARCHAR(40)   NOT NULL PRIMARY KEY,
    name_it           VARCHAR(80)   NOT NULL,
    name_en           VARCHAR(80)   NOT NULL,
    new_price         DECIMAL(10,2) NOT NULL,
    useful_life_years INT           NOT NULL,
    need              DECIMAL(4,2)  NOT NULL,
    active            BOOLEAN       NOT NULL,
    sort_order        INT           NOT NULL,
    updated_at        DATETIME(6),
    updated_by        VARCHAR(254),
    row_version       BIGINT        NOT NULL
);

INSERT INTO goods_category (code, name_it, name_en, new_price, useful_life_years, need, active, sort_order, row_version) VALUES
('mobili', 'Mobili', 'Furniture', 150.00, 20, 1.00, TRUE, 10, 1),
('abbigliamento', 'Abbigliamento', 'Clothes', 10.00, 5, 1.00, TRUE, 20, 1),
('elettrodomestici', 'Elettrodomestici', 'Household appliances', 120.00, 10, 1.00, TRUE, 30, 1),
('libri', 'Libri', 'Books', 8.00, 30, 0.50, TRUE, 40, 1),
('giocattoli', 'Giocattoli', 'Toys', 15.00, 8, 1.00, TRUE, 50, 1),
('attrezzi', 'Attrezzi', 'Tools', 40.00, 15, 1.00, TRUE, 60, 1),
('oggetti-casa', 'Oggetti per la casa', 'Household items', 12.00, 10, 1.00, TRUE, 70, 1),
('altro', 'Altro', 'Other', 10.00, 10, 0.50, TRUE, 80, 1);
