-- One case per unit and evaluation year, one campaign per province and year: enforced by the
-- database, so that two simultaneous openings yield exactly one.
alter table recognition_case add constraint recognition_case_unit_year unique (unit_code, evaluation_year);
alter table campaign add constraint campaign_province_year unique (province_code, evaluation_year);
