-- Find your force: every UK council area and postcode district, and the force or forces that cover it.

CREATE TABLE local_authority (
  code        VARCHAR(9)   NOT NULL,
  name        VARCHAR(120) NOT NULL,
  nation_code VARCHAR(40)  NOT NULL,
  area_slug   VARCHAR(100) NOT NULL,
  CONSTRAINT pk_local_authority PRIMARY KEY (code),
  CONSTRAINT fk_local_authority_nation FOREIGN KEY (nation_code) REFERENCES nation (code),
  CONSTRAINT fk_local_authority_area FOREIGN KEY (area_slug) REFERENCES area (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per force covering part of a district, the force covering most addresses first (position 1).
-- uncertain: the source gave the district its merged group's councils, and the group crosses a force boundary,
-- so a force listed may not touch the district at all.
CREATE TABLE postcode_district_force (
  district              VARCHAR(4)   NOT NULL,
  position              INT          NOT NULL,
  area_slug             VARCHAR(100) NOT NULL,
  local_authority_codes VARCHAR(300) NOT NULL,
  uncertain             BOOLEAN      NOT NULL,
  CONSTRAINT pk_postcode_district_force PRIMARY KEY (district, position),
  CONSTRAINT fk_postcode_district_area FOREIGN KEY (area_slug) REFERENCES area (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
