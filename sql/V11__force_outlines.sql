-- The outlines of the 43 force areas of England and Wales, projected and simplified once at import as one
-- coverage (neighbours keep one shared border), ready to draw: SVG path data in units of 100 metres.

CREATE TABLE force_outline (
  area_slug VARCHAR(100) NOT NULL,
  pfa_code  VARCHAR(9)   NOT NULL,
  svg_path  MEDIUMTEXT   NOT NULL,
  min_x     INT          NOT NULL,
  min_y     INT          NOT NULL,
  max_x     INT          NOT NULL,
  max_y     INT          NOT NULL,
  CONSTRAINT pk_force_outline PRIMARY KEY (area_slug),
  CONSTRAINT fk_force_outline_area FOREIGN KEY (area_slug) REFERENCES area (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
