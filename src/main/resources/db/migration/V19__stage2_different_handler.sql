-- Whether someone other than the stage 1 responder must deal with stage 2: a charter standard for each profile,
-- copied to each case with its timescales. Cases received before keep their procedure's own rule (null).
alter table case_file add column stage2_different_handler boolean;
