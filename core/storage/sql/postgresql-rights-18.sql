-- Schema version 18 on PostgreSQL: a customer search reads the full-text index again. A person's
-- own query can't: the customers' policy (rights.serves) is checked on every row before the match
-- operator, which is not leakproof, so the planner read every customer, a million of them in
-- half a minute. This function reads the index as the workspace's owner and gives the keys (seq)
-- of the customers whose inner words match and whom the partner serves, asked by a person of that
-- partner (V1) or by the owner's connection. The statement is planned for the words asked each
-- time (EXECUTE): planned once for any words, it read every customer's words again.
--
-- Statements end with a semicolon at the end of a line outside $$ quotes.

CREATE FUNCTION rights.customers_matching(p_partner TEXT, p_query TEXT) RETURNS SETOF BIGINT
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
BEGIN
    IF p_partner IS DISTINCT FROM rights.my_partner()
       AND session_user IS DISTINCT FROM (SELECT owner_role FROM rights.workspace) THEN
        RETURN;
    END IF;
    RETURN QUERY EXECUTE
        'SELECT c.seq FROM public.customers c '
        'WHERE to_tsvector(''simple'', c.search_key) @@ to_tsquery(''simple'', $1) '
        'AND EXISTS (SELECT 1 FROM public.customer_relationships r WHERE r.customer_id = c.id '
        'AND r.partner_account_id = $2 AND r.status = ''Active'')'
        USING p_query, p_partner;
END
$$;
REVOKE ALL ON FUNCTION rights.customers_matching(TEXT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION rights.customers_matching(TEXT, TEXT) TO {people};
