-- The names people use for a force besides its official one, for the search. Matched after the same
-- normalising as the query (case, accents, punctuation, "&" read as "and").

CREATE TABLE force_short_name (
  short_name VARCHAR(60)  NOT NULL,
  area_slug  VARCHAR(100) NOT NULL,
  CONSTRAINT pk_force_short_name PRIMARY KEY (short_name),
  CONSTRAINT fk_force_short_name_area FOREIGN KEY (area_slug) REFERENCES area (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO force_short_name (short_name, area_slug) VALUES
  ('met', 'metropolitan-police-service'), ('the met', 'metropolitan-police-service'),
  ('met police', 'metropolitan-police-service'), ('metropolitan police', 'metropolitan-police-service'),
  ('psni', 'police-service-of-northern-ireland'), ('northern ireland', 'police-service-of-northern-ireland'),
  ('scotland', 'police-scotland'), ('gmp', 'greater-manchester-police'),
  ('west mids', 'west-midlands-police'), ('herts', 'hertfordshire-constabulary'),
  ('beds', 'bedfordshire-police'), ('cambs', 'cambridgeshire-constabulary'),
  ('notts', 'nottinghamshire-police'), ('lincs', 'lincolnshire-police'), ('leics', 'leicestershire-police'),
  ('northants', 'northamptonshire-police'), ('glos', 'gloucestershire-constabulary'),
  ('wilts', 'wiltshire-police'), ('hants', 'hampshire-constabulary'),
  ('hampshire and isle of wight', 'hampshire-constabulary'), ('staffs', 'staffordshire-police'),
  ('warks', 'warwickshire-police'), ('oxfordshire', 'thames-valley-police'), ('oxon', 'thames-valley-police'),
  ('berkshire', 'thames-valley-police'), ('berks', 'thames-valley-police'), ('bucks', 'thames-valley-police'),
  ('somerset', 'avon-and-somerset-constabulary'), ('devon', 'devon-and-cornwall-police'),
  ('cornwall', 'devon-and-cornwall-police'), ('tvp', 'thames-valley-police'),
  ('london', 'metropolitan-police-service');
