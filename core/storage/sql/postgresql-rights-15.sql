-- Schema version 15 on PostgreSQL: a partner reads who changed its status. The status history
-- names the person who made each change; the program administrator who approved, rejected or
-- suspended a partner is of the program's tenant, whose people a partner otherwise doesn't see.
-- Names stay hidden but for those: a person of another tenant is named to a partner's people only
-- where they changed that partner's status.
--
-- Statements end with a semicolon at the end of a line outside $$ quotes.

-- In PL/pgSQL, as version 12 made every helper the policies call: its plan is kept for the session.
CREATE FUNCTION rights.changed_my_status(p_user TEXT) RETURNS BOOLEAN
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM public.partner_status_history h
                   WHERE h.actor_user_id = p_user AND h.partner_account_id = rights.my_partner());
END
$$;
REVOKE ALL ON FUNCTION rights.changed_my_status(TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rights.changed_my_status(TEXT) TO {people};

CREATE OR REPLACE VIEW public.people_names WITH (security_barrier) AS
    SELECT u.id, u.tenant_id, u.display_name FROM public.tenant_users u
    WHERE rights.sees_person(u.tenant_id) OR rights.changed_my_status(u.id);
GRANT SELECT ON public.people_names TO {people};
