-- Seed rows, inserted by Spring Boot's SQL initialization after Liquibase has created the schema. Written to run
-- again without harm, so that the server profiles (which keep their data) can run it at every start.
insert into categories (name)
  select 'Beverages' from (select 1 as one) seed
  where not exists (select 1 from categories where name = 'Beverages');
insert into categories (name, parent_id)
  select 'Coffee', id from categories
  where name = 'Beverages' and not exists (select 1 from categories where name = 'Coffee');
