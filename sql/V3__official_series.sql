-- The official series (Home Office police recorded crime by child offence code) and the child population
-- that rates per 1,000 children divide by. Kept apart from the FOI tables: the two are never added together.

-- The readable groups the site shows, and which Home Office offence code belongs to which. Kept as data:
-- a code outside this list is not a child offence code and is never imported.
CREATE TABLE offence_group (
  slug       VARCHAR(60)  NOT NULL,
  label      VARCHAR(120) NOT NULL,
  sort_order INT          NOT NULL,
  CONSTRAINT pk_offence_group PRIMARY KEY (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE offence_code_group (
  offence_code VARCHAR(10) NOT NULL,
  group_slug   VARCHAR(60) NOT NULL,
  sort_order   INT         NOT NULL,
  CONSTRAINT pk_offence_code_group PRIMARY KEY (offence_code),
  CONSTRAINT fk_offence_code_group FOREIGN KEY (group_slug) REFERENCES offence_group (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- home_office_child_offence_codes.csv as imported: what each code means and why its victim is a child.
CREATE TABLE offence_code (
  code        VARCHAR(10)  NOT NULL,
  description VARCHAR(200) NOT NULL,
  subgroup    VARCHAR(100) NOT NULL,
  why_child   VARCHAR(200) NOT NULL,
  CONSTRAINT pk_offence_code PRIMARY KEY (code),
  CONSTRAINT fk_offence_code_mapping FOREIGN KEY (code) REFERENCES offence_code_group (offence_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The Home Office release the figures come from; every count points to it.
CREATE TABLE official_release (
  id        INT          NOT NULL AUTO_INCREMENT,
  name      VARCHAR(200) NOT NULL,
  published DATE         NOT NULL,
  file_name VARCHAR(200) NOT NULL,
  CONSTRAINT pk_official_release PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row of the file as imported: a quarter may be negative (the Home Office's own adjustments).
CREATE TABLE official_quarter (
  release_id          INT          NOT NULL,
  line_number         INT          NOT NULL,
  year_label          CHAR(7)      NOT NULL,
  quarter             INT          NOT NULL,
  area_slug           VARCHAR(100) NOT NULL,
  offence_code        VARCHAR(10)  NOT NULL,
  offence_description VARCHAR(200) NOT NULL,
  offence_group       VARCHAR(100) NOT NULL,
  offence_subgroup    VARCHAR(100) NOT NULL,
  offences            INT          NOT NULL,
  CONSTRAINT pk_official_quarter PRIMARY KEY (year_label, quarter, area_slug, offence_code),
  CONSTRAINT fk_official_quarter_release FOREIGN KEY (release_id) REFERENCES official_release (id),
  CONSTRAINT fk_official_quarter_area FOREIGN KEY (area_slug) REFERENCES area (slug),
  CONSTRAINT fk_official_quarter_code FOREIGN KEY (offence_code) REFERENCES offence_code_group (offence_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- A year's count: the sum of its four quarters. Only years with all four quarters in the file get rows here.
CREATE TABLE official_count (
  release_id   INT          NOT NULL,
  area_slug    VARCHAR(100) NOT NULL,
  year_label   CHAR(7)      NOT NULL,
  offence_code VARCHAR(10)  NOT NULL,
  offences     INT          NOT NULL,
  CONSTRAINT pk_official_count PRIMARY KEY (area_slug, year_label, offence_code),
  CONSTRAINT fk_official_count_release FOREIGN KEY (release_id) REFERENCES official_release (id),
  CONSTRAINT fk_official_count_area FOREIGN KEY (area_slug) REFERENCES area (slug),
  CONSTRAINT fk_official_count_year FOREIGN KEY (year_label) REFERENCES financial_year (label),
  CONSTRAINT fk_official_count_code FOREIGN KEY (offence_code) REFERENCES offence_code_group (offence_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX ix_official_count_year ON official_count (year_label, area_slug);

-- Children aged 0 to 17 living in a force area at 30 June of mid_year (mid-2016 goes with 2016/17).
CREATE TABLE child_population (
  area_slug VARCHAR(100) NOT NULL,
  mid_year  INT          NOT NULL,
  children  INT          NOT NULL,
  source    VARCHAR(500) NOT NULL,
  CONSTRAINT pk_child_population PRIMARY KEY (area_slug, mid_year),
  CONSTRAINT fk_child_population_area FOREIGN KEY (area_slug) REFERENCES area (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO offence_group (slug, label, sort_order) VALUES
  ('rape-under-13', 'Rape of a child under 13', 1),
  ('rape-under-16', 'Rape of a child under 16', 2),
  ('sexual-assault-under-13', 'Sexual assault on a child under 13', 3),
  ('sexual-activity-under-13', 'Sexual activity with a child under 13', 4),
  ('sexual-activity-under-16', 'Sexual activity with a child under 16', 5),
  ('sexual-grooming', 'Sexual grooming', 6),
  ('sexual-exploitation', 'Sexual exploitation of children', 7),
  ('position-of-trust', 'Abuse of a position of trust', 8);

INSERT INTO offence_code_group (offence_code, group_slug, sort_order) VALUES
  ('19E', 'rape-under-13', 1), ('19H', 'rape-under-13', 2),
  ('19D', 'rape-under-16', 3), ('19G', 'rape-under-16', 4),
  ('20B', 'sexual-assault-under-13', 5), ('17B', 'sexual-assault-under-13', 6),
  ('21', 'sexual-activity-under-13', 7),
  ('22B', 'sexual-activity-under-16', 8),
  ('88A', 'sexual-grooming', 9),
  ('71', 'sexual-exploitation', 10),
  ('73', 'position-of-trust', 11);
