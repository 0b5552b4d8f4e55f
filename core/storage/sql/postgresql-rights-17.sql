-- Schema version 17 on PostgreSQL: the language a partner's primary contact reads messages in.
-- A partner's people read it and its Admin agents change it with the legal profile (own_update);
-- the program administrator names it for a provider it adds (provider_added). An enrolling
-- applicant's comes right after rights.enroll, as their own partner's Admin agent.
--
-- Statements end with a semicolon at the end of a line outside $$ quotes.

GRANT SELECT (contact_language), INSERT (contact_language), UPDATE (contact_language)
    ON public.partner_accounts TO {people};
