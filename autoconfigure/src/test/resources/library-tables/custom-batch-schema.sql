-- A Spring Batch schema with its own table prefix (spring.batch.jdbc.table-prefix=MY_), as an application keeps it.
CREATE TABLE IF NOT EXISTS jobs.MY_JOB_INSTANCE (
	JOB_INSTANCE_ID BIGINT NOT NULL PRIMARY KEY,
	JOB_NAME VARCHAR(100) NOT NULL
);
create table "MY_STEP_EXECUTION" (STEP_EXECUTION_ID BIGINT NOT NULL PRIMARY KEY);
