-- Each import of the FOI figures is a release too: what it changed against the previous one (figures added, revised,
-- withdrawn) is a query of the values each release showed, kept in foi_release_value. A figure is one cell shown:
-- a force's (or aggregate's) value for a year and a measure.
CREATE TABLE foi_release (
  id                INT           NOT NULL AUTO_INCREMENT,
  file_name         VARCHAR(400)  NOT NULL,
  -- The newest publication date the file's sources give: the release is named after it.
  latest_published  VARCHAR(10)   NULL,
  sha256            CHAR(64)      NULL,
  imported_at       TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  figures_added     INT           NOT NULL DEFAULT 0,
  figures_revised   INT           NOT NULL DEFAULT 0,
  figures_withdrawn INT           NOT NULL DEFAULT 0,
  CONSTRAINT pk_foi_release PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE foi_release_value (
  release_id   INT          NOT NULL,
  area_slug    VARCHAR(100) NOT NULL,
  year_label   CHAR(7)      NOT NULL,
  measure_code VARCHAR(60)  NOT NULL,
  value        BIGINT       NOT NULL,
  CONSTRAINT pk_foi_release_value PRIMARY KEY (release_id, area_slug, year_label, measure_code),
  CONSTRAINT fk_foi_release_value_release FOREIGN KEY (release_id) REFERENCES foi_release (id),
  CONSTRAINT fk_foi_release_value_area FOREIGN KEY (area_slug) REFERENCES area (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The figures a database already shows are its first FOI release on record.
INSERT INTO foi_release (file_name, latest_published, sha256, imported_at, figures_added)
  SELECT d.file_name, (SELECT MAX(published) FROM source), d.sha256, d.imported_at,
         (SELECT COUNT(*) FROM published_value)
  FROM data_release d
  WHERE d.dataset = 'foi' AND d.id = (SELECT MAX(id) FROM data_release WHERE dataset = 'foi')
    AND EXISTS (SELECT 1 FROM published_value);
INSERT INTO foi_release_value (release_id, area_slug, year_label, measure_code, value)
  SELECT r.id, p.area_slug, p.year_label, p.measure_code, p.value FROM published_value p JOIN foi_release r;
