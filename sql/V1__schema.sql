-- The FOI series: forces and aggregates, financial years, measures, sources and the figures they published.
-- Indexes are separate statements so jOOQ's DDL interpreter can read this file at build time.

CREATE TABLE nation (
  code       VARCHAR(40) NOT NULL,
  name       VARCHAR(60) NOT NULL,
  sort_order INT         NOT NULL,
  CONSTRAINT pk_nation PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A police force or an aggregate of forces ("All UK forces").
CREATE TABLE area (
  slug             VARCHAR(100) NOT NULL,
  name             VARCHAR(120) NOT NULL,
  nation_code      VARCHAR(40)  NOT NULL,
  kind             VARCHAR(10)  NOT NULL,
  territorial      BOOLEAN      NOT NULL,
  home_office_name VARCHAR(60)  NULL,
  CONSTRAINT pk_area PRIMARY KEY (slug),
  CONSTRAINT fk_area_nation FOREIGN KEY (nation_code) REFERENCES nation (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE UNIQUE INDEX ux_area_name ON area (name);

-- April to March; label '2016/17', slug '2016-17'.
CREATE TABLE financial_year (
  label      CHAR(7) NOT NULL,
  slug       CHAR(7) NOT NULL,
  start_year INT     NOT NULL,
  CONSTRAINT pk_financial_year PRIMARY KEY (label)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE UNIQUE INDEX ux_financial_year_slug ON financial_year (slug);

-- What a figure counts. A "previous year reported" measure gives, under the year of the article,
-- a figure for the year before: it takes part in choosing the value of reports_measure_code one year earlier.
CREATE TABLE measure (
  code                 VARCHAR(60)  NOT NULL,
  label                VARCHAR(120) NOT NULL,
  definition           VARCHAR(600) NOT NULL,
  is_count             BOOLEAN      NOT NULL,
  reports_measure_code VARCHAR(60)  NULL,
  sort_order           INT          NOT NULL,
  CONSTRAINT pk_measure PRIMARY KEY (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE source (
  id        INT          NOT NULL AUTO_INCREMENT,
  url       VARCHAR(700) NOT NULL,
  title     VARCHAR(400) NOT NULL,
  published VARCHAR(10)  NULL,
  CONSTRAINT pk_source PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE UNIQUE INDEX ux_source_url ON source (url);

-- One row of the imported file: one figure as one source published it.
CREATE TABLE figure (
  id           INT          NOT NULL AUTO_INCREMENT,
  line_number  INT          NOT NULL,
  area_slug    VARCHAR(100) NOT NULL,
  year_label   CHAR(7)      NOT NULL,
  measure_code VARCHAR(60)  NOT NULL,
  value        BIGINT       NOT NULL,
  source_id    INT          NOT NULL,
  quote        VARCHAR(1000) NOT NULL,
  -- The cell this figure speaks for: a "previous year reported" figure speaks for the year before.
  cell_year_label   CHAR(7)     NOT NULL,
  cell_measure_code VARCHAR(60) NOT NULL,
  CONSTRAINT pk_figure PRIMARY KEY (id),
  CONSTRAINT fk_figure_area FOREIGN KEY (area_slug) REFERENCES area (slug),
  CONSTRAINT fk_figure_year FOREIGN KEY (year_label) REFERENCES financial_year (label),
  CONSTRAINT fk_figure_measure FOREIGN KEY (measure_code) REFERENCES measure (code),
  CONSTRAINT fk_figure_source FOREIGN KEY (source_id) REFERENCES source (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_figure_cell ON figure (area_slug, cell_year_label, cell_measure_code);

-- The one value per (area, year, measure) that the site shows, chosen at import by the rule on the About page.
CREATE TABLE published_value (
  area_slug        VARCHAR(100) NOT NULL,
  year_label       CHAR(7)      NOT NULL,
  measure_code     VARCHAR(60)  NOT NULL,
  value            BIGINT       NOT NULL,
  chosen_figure_id INT          NOT NULL,
  reason           VARCHAR(200) NOT NULL,
  CONSTRAINT pk_published_value PRIMARY KEY (area_slug, year_label, measure_code),
  CONSTRAINT fk_published_area FOREIGN KEY (area_slug) REFERENCES area (slug),
  CONSTRAINT fk_published_year FOREIGN KEY (year_label) REFERENCES financial_year (label),
  CONSTRAINT fk_published_measure FOREIGN KEY (measure_code) REFERENCES measure (code),
  CONSTRAINT fk_published_figure FOREIGN KEY (chosen_figure_id) REFERENCES figure (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_published_year ON published_value (year_label, measure_code);

-- Bumped by every import: pages and downloads may be cached until it changes.
CREATE TABLE data_release (
  id          INT          NOT NULL AUTO_INCREMENT,
  dataset     VARCHAR(40)  NOT NULL,
  file_name   VARCHAR(200) NOT NULL,
  row_count   INT          NOT NULL,
  imported_at TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT pk_data_release PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
