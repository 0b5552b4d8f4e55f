-- Schema version 16 on PostgreSQL: a partner's activity log is read by its Admin agents, as the
-- permission matrix says (ViewActivityLog) and the desk checks; the program administrator reads
-- every partner's. Before, every person of a partner could read its log from psql.
--
-- The permission is looked up once per query (a sub-select), not once per row scanned.
--
-- Statements end with a semicolon at the end of a line outside $$ quotes.

DROP POLICY visible ON public.audit_events;
CREATE POLICY visible ON public.audit_events FOR SELECT TO {people}
    USING ((partner_account_id = rights.my_partner() AND (SELECT rights.allows('ViewActivityLog')))
           OR rights.is_program());
