-- foi_errata.csv: a published row that the outlet printed wrongly (another force's figure, the UK's, a mislabelled
-- age band) stays in the dataset as published, is never chosen as the figure shown, and says why it was set aside.
ALTER TABLE figure ADD COLUMN set_aside_reason VARCHAR(1000) NULL;
