-- Factotum schema, version 3: the service catalog (two levels), seeded with the real catalog.
-- Names and descriptions in Italian and English; an administrator edits the tree in the back-office.

CREATE TABLE catalog_category (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    parent_id      BIGINT,
    code           VARCHAR(60)   NOT NULL,
    name_it        VARCHAR(120)  NOT NULL,
    name_en        VARCHAR(120)  NOT NULL,
    description_it VARCHAR(1000),
    description_en VARCHAR(1000),
    icon           VARCHAR(60),
    sort_order     INT           NOT NULL,
    active         BOOLEAN       NOT NULL,
    row_version    BIGINT        NOT NULL,
    CONSTRAINT uq_catalog_category_code UNIQUE (code),
    CONSTRAINT fk_catalog_category_parent FOREIGN KEY (parent_id) REFERENCES catalog_category (id)
);
CREATE INDEX ix_catalog_category_parent ON catalog_category (parent_id, sort_order);

INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    VALUES (NULL, 'pulizie', 'Pulizie', 'Cleaning', 'Pulizie di case, uffici e spazi comuni.', 'Cleaning of homes, offices and shared spaces.', 'pi-sparkles', 10, TRUE, 1);
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    VALUES (NULL, 'sgomberi', 'Sgomberi', 'House clearing', 'Svuotiamo cantine, solai e appartamenti; quello che si può riusare trova una nuova casa.', 'We clear cellars, attics and flats; what can be reused finds a new home.', 'pi-box', 20, TRUE, 1);
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    VALUES (NULL, 'tinteggiature', 'Tinteggiature', 'Painting', 'Imbiancatura e verniciatura di interni ed esterni.', 'Painting and varnishing, indoors and outdoors.', 'pi-palette', 30, TRUE, 1);
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    VALUES (NULL, 'piccole-manutenzioni', 'Piccole manutenzioni', 'Small repairs', 'Quei lavoretti di casa che aspettano da tempo.', 'Those small jobs around the house that have been waiting.', 'pi-wrench', 40, TRUE, 1);
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    VALUES (NULL, 'giardinaggio', 'Giardinaggio', 'Gardening', 'Cura di giardini, cortili e aree verdi.', 'Care of gardens, courtyards and green areas.', 'pi-sun', 50, TRUE, 1);
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    VALUES (NULL, 'traslochi-trasporti', 'Traslochi e trasporti', 'Moving and transport', 'Piccoli traslochi e trasporto di mobili e oggetti.', 'Small moves and transport of furniture and goods.', 'pi-truck', 60, TRUE, 1);
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    VALUES (NULL, 'commissioni-accompagnamento', 'Commissioni e accompagnamento', 'Errands and accompaniment', 'Un aiuto per le commissioni di ogni giorno e per spostarsi.', 'Help with everyday errands and getting around.', 'pi-shopping-bag', 70, TRUE, 1);
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    SELECT id, 'pulizie-ordinarie', 'Pulizie ordinarie', 'Regular cleaning', 'Pulizia periodica di casa o ufficio.', 'Periodic cleaning of a home or office.', NULL, 10, TRUE, 1 FROM catalog_category WHERE code = 'pulizie';
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    SELECT id, 'pulizie-straordinarie', 'Pulizie straordinarie', 'Deep cleaning', 'Pulizie a fondo, cambi di stagione, traslochi.', 'Thorough cleaning, seasonal changes, moves.', NULL, 20, TRUE, 1 FROM catalog_category WHERE code = 'pulizie';
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    SELECT id, 'pulizie-fine-cantiere', 'Pulizie di fine cantiere', 'After-building cleaning', 'Pulizia dopo lavori di ristrutturazione.', 'Cleaning after renovation works.', NULL, 30, TRUE, 1 FROM catalog_category WHERE code = 'pulizie';
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    SELECT id, 'pulizia-vetri', 'Pulizia vetri', 'Window cleaning', 'Vetri, finestre e vetrate.', 'Glass, windows and glazed walls.', NULL, 40, TRUE, 1 FROM catalog_category WHERE code = 'pulizie';
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    SELECT id, 'sgombero-cantine', 'Sgombero cantine', 'Cellar clearing', 'Svuotamento e pulizia di cantine e box.', 'Emptying and cleaning cellars and garages.', NULL, 10, TRUE, 1 FROM catalog_category WHERE code = 'sgomberi';
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    SELECT id, 'sgombero-solai', 'Sgombero solai', 'Attic clearing', 'Svuotamento di soffitte e solai.', 'Emptying attics and lofts.', NULL, 20, TRUE, 1 FROM catalog_category WHERE code = 'sgomberi';
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    SELECT id, 'sgombero-appartamenti', 'Sgombero appartamenti', 'Flat clearing', 'Sgombero completo di un appartamento.', 'Complete clearing of a flat.', NULL, 30, TRUE, 1 FROM catalog_category WHERE code = 'sgomberi';
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    SELECT id, 'tinteggiatura-interni', 'Tinteggiatura interni', 'Interior painting', 'Pareti e soffitti di stanze e uffici.', 'Walls and ceilings of rooms and offices.', NULL, 10, TRUE, 1 FROM catalog_category WHERE code = 'tinteggiature';
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    SELECT id, 'tinteggiatura-esterni', 'Tinteggiatura esterni', 'Exterior painting', 'Facciate, muri di cinta, balconi.', 'Façades, boundary walls, balconies.', NULL, 20, TRUE, 1 FROM catalog_category WHERE code = 'tinteggiature';
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    SELECT id, 'verniciatura-ringhiere-cancelli', 'Verniciatura ringhiere e cancelli', 'Railings and gates', 'Verniciatura di ringhiere, cancelli e inferriate.', 'Painting railings, gates and grilles.', NULL, 30, TRUE, 1 FROM catalog_category WHERE code = 'tinteggiature';
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    SELECT id, 'montaggio-mobili', 'Montaggio mobili', 'Furniture assembly', 'Montaggio e smontaggio di mobili.', 'Assembling and dismantling furniture.', NULL, 10, TRUE, 1 FROM catalog_category WHERE code = 'piccole-manutenzioni';
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    SELECT id, 'piccola-idraulica', 'Piccola idraulica', 'Small plumbing', 'Rubinetti, scarichi, sifoni.', 'Taps, drains, traps.', NULL, 20, TRUE, 1 FROM catalog_category WHERE code = 'piccole-manutenzioni';
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    SELECT id, 'piccola-falegnameria', 'Piccola falegnameria', 'Small carpentry', 'Ante, cassetti, mensole, piccole riparazioni in legno.', 'Doors, drawers, shelves, small wooden repairs.', NULL, 30, TRUE, 1 FROM catalog_category WHERE code = 'piccole-manutenzioni';
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    SELECT id, 'riparazioni-varie', 'Riparazioni varie', 'Other repairs', 'Tende, lampadari, quadri, tapparelle.', 'Curtains, lamps, pictures, shutters.', NULL, 40, TRUE, 1 FROM catalog_category WHERE code = 'piccole-manutenzioni';
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    SELECT id, 'sfalcio-erba', 'Sfalcio dell''erba', 'Mowing', 'Taglio del prato e dell''erba alta.', 'Mowing lawns and long grass.', NULL, 10, TRUE, 1 FROM catalog_category WHERE code = 'giardinaggio';
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    SELECT id, 'potatura', 'Potatura', 'Pruning', 'Potatura di siepi, arbusti e piccoli alberi.', 'Pruning hedges, shrubs and small trees.', NULL, 20, TRUE, 1 FROM catalog_category WHERE code = 'giardinaggio';
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    SELECT id, 'pulizia-aree-verdi', 'Pulizia aree verdi', 'Green area clean-up', 'Raccolta foglie, pulizia di cortili e giardini.', 'Leaf collection, tidying courtyards and gardens.', NULL, 30, TRUE, 1 FROM catalog_category WHERE code = 'giardinaggio';
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    SELECT id, 'piccoli-traslochi', 'Piccoli traslochi', 'Small moves', 'Traslochi di monolocali, stanze, uffici piccoli.', 'Moving studios, single rooms, small offices.', NULL, 10, TRUE, 1 FROM catalog_category WHERE code = 'traslochi-trasporti';
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    SELECT id, 'trasporto-mobili', 'Trasporto mobili e oggetti', 'Furniture transport', 'Ritiro e consegna di mobili, elettrodomestici, oggetti ingombranti.', 'Collecting and delivering furniture, appliances, bulky items.', NULL, 20, TRUE, 1 FROM catalog_category WHERE code = 'traslochi-trasporti';
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    SELECT id, 'spesa-commissioni', 'Spesa e commissioni', 'Shopping and errands', 'Spesa, farmacia, uffici postali.', 'Groceries, pharmacy, post office.', NULL, 10, TRUE, 1 FROM catalog_category WHERE code = 'commissioni-accompagnamento';
INSERT INTO catalog_category (parent_id, code, name_it, name_en, description_it, description_en, icon, sort_order, active, row_version)
    SELECT id, 'accompagnamento-visite', 'Accompagnamento a visite', 'Accompaniment to appointments', 'Accompagnamento a visite mediche e appuntamenti.', 'Accompaniment to medical visits and appointments.', NULL, 20, TRUE, 1 FROM catalog_category WHERE code = 'commissioni-accompagnamento';
