-- A case's page lists the customer's other cases, found by the same email address, the same phone number (spaces
-- left out), or the same name and address. The email (V8) and the name (trigram, V8) had indexes; the phone number
-- did not, so at a million cases every case page scanned the whole table (380 ms). Indexed as the lookup reads it.
create index ix_case_customer_phone on case_file (replace(customer_phone, ' ', ''));

-- Staff find a case by the start of its reference, in any case ('cmp-2023-71'). The trigram index (V8) can serve
-- that, but every reference shares its first trigrams, so at a million cases it read most of the index (90 ms); a
-- B-tree on the lowered reference with pattern operators finds the start at once.
create index ix_case_reference_prefix on case_file (lower(reference) text_pattern_ops);
