-- Each import of the official series is a release, and a later release no longer replaces the earlier one's values:
-- official_count keeps the figures shown (the newest release), official_release_count keeps every release's, so what
-- a release revised is a query. A release also records its file's SHA-256, so a bundled file that changed is noticed.
ALTER TABLE official_release
  ADD COLUMN sha256 CHAR(64) NULL,
  ADD COLUMN imported_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  ADD COLUMN figures_added INT NOT NULL DEFAULT 0,
  ADD COLUMN figures_revised INT NOT NULL DEFAULT 0,
  ADD COLUMN figures_withdrawn INT NOT NULL DEFAULT 0;

CREATE TABLE official_release_count (
  release_id   INT          NOT NULL,
  area_slug    VARCHAR(100) NOT NULL,
  year_label   CHAR(7)      NOT NULL,
  offence_code VARCHAR(10)  NOT NULL,
  offences     INT          NOT NULL,
  CONSTRAINT pk_official_release_count PRIMARY KEY (release_id, area_slug, year_label, offence_code),
  CONSTRAINT fk_official_release_count_release FOREIGN KEY (release_id) REFERENCES official_release (id),
  CONSTRAINT fk_official_release_count_area FOREIGN KEY (area_slug) REFERENCES area (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The release already in the database keeps its values on record.
INSERT INTO official_release_count (release_id, area_slug, year_label, offence_code, offences)
  SELECT release_id, area_slug, year_label, offence_code, offences FROM official_count;

-- The SHA-256 of the file (or files) each import read: a start imports a bundled file whose checksum differs.
ALTER TABLE data_release ADD COLUMN sha256 CHAR(64) NULL;
