-- Who decides a case, fixed when it opens (the route of its province in its year), so that the
-- decision document names the issuer even after an administrator changes the route.
-- Cases opened before keep null; the application derives their issuer from the route of their year.
alter table recognition_case add column decider_role varchar(40);
alter table recognition_case add column decider_unit_code varchar(10);
