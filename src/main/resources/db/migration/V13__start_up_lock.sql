-- Nodes started together write start-up data (units, first administrator, filters, demo) one after
-- the other: each holds this row (select … for update) while it checks and writes.
create table start_up_lock (
    name varchar(40) primary key
);
insert into start_up_lock (name) values ('start-up data');
