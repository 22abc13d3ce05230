-- Seed rows, inserted by Spring Boot's SQL initialization after Liquibase has created the schema.
insert into categories (name) values ('Beverages');
insert into categories (name, parent_id) select 'Coffee', id from categories where name = 'Beverages';
