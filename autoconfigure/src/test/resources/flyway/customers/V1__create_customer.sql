create table customer (
    id bigint not null,
    name varchar(255) not null,
    primary key (id)
);
