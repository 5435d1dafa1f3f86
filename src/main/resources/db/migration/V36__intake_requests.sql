-- A complaint sent to the API with an Idempotency-Key header (the load balancer gives every request one) is received
-- once however often it is sent: a retry on another node, after the first stopped or died, answers with the case the
-- first made, if it made one. The fingerprint is of the complaint as sent, so that a key cannot fetch another case.
create table intake_request (
    idempotency_key varchar(100) primary key,
    fingerprint     varchar(64)  not null,
    case_id         bigint       not null,
    received_at     timestamp with time zone not null,
    constraint fk_intake_request_case foreign key (case_id) references case_file (id) on delete cascade
);
