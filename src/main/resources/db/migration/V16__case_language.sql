-- The language the customer chose (en or cy): every email and letter about the case is written in it.
alter table case_file add column language varchar(5) default 'en' not null;

-- A charter standard's words in Welsh, for a council that publishes its charter in Welsh too.
alter table charter_standard add column welsh_name varchar(200);
alter table charter_standard add column welsh_promise varchar(2000);
