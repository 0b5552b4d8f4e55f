-- Schema version 10 on PostgreSQL: the steps that write another partner's records go through
-- functions of the database (ARCHITECTURE §7). No login may write those records itself (version 9
-- gives none INSERT on relationships, nor UPDATE of another partner's invitations); each function
-- checks the rules core checks, with the person's own rights, and writes its audit events in the
-- same transaction, so a step taken from psql is as checked and as audited as one taken at a desk.
--
-- Who acts is the signed-in person (rights.me()). The owner's desk, which is not bound by the
-- policies anyway, names the person it acts for (rights.act_as), so that core runs the same
-- functions on every desk of a shared workspace.
--
-- Statements end with a semicolon at the end of a line outside $$ quotes.

CREATE OR REPLACE FUNCTION rights.me() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT u.id FROM public.tenant_users u
    WHERE u.enabled = 1
    AND CASE WHEN session_user = (SELECT owner_role FROM rights.workspace)
             THEN u.id = nullif(current_setting('partnerdesk.acting_user', true), '')
             ELSE EXISTS (SELECT 1 FROM rights.logins l WHERE l.user_id = u.id AND l.login_name = session_user
                          AND l.disabled_at IS NULL) END
$$;

-- The step is taken by p_actor, who must be the person signed in (or, on the owner's desk, becomes
-- the person acted for until the transaction ends).
CREATE FUNCTION rights.act_as(p_actor TEXT) RETURNS VOID LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
BEGIN
    IF session_user = (SELECT owner_role FROM rights.workspace) THEN
        PERFORM set_config('partnerdesk.acting_user', coalesce(p_actor, ''), true);
    END IF;
    IF p_actor IS NULL OR rights.me() IS DISTINCT FROM p_actor THEN
        RAISE EXCEPTION 'a step is taken by the person signed in' USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$$;

-- The owner's desk chains its own events; an event a function writes for it comes without a hash
-- and is chained here like a person's, keeping its id (the owner's desk holds the writers' lock
-- already, so its ids follow the chain; an id given twice is refused as before).
CREATE OR REPLACE FUNCTION rights.chain_audit_event() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
DECLARE
    w rights.workspace%ROWTYPE;
    previous TEXT;
BEGIN
    SELECT * INTO w FROM rights.workspace;
    IF session_user = w.owner_role AND NEW.row_hash IS NOT NULL THEN
        RETURN NEW;
    END IF;
    IF session_user <> w.owner_role THEN
        IF current_setting('transaction_isolation') <> 'read committed' THEN
            RAISE EXCEPTION 'a person writes audit events in READ COMMITTED' USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF NEW.at IS NULL OR NEW.at !~ '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$'
           OR NEW.at::timestamptz NOT BETWEEN now() - w.audit_clock_tolerance AND now() + w.audit_clock_tolerance THEN
            RAISE EXCEPTION 'an audit event is written at the time it happens' USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    PERFORM pg_advisory_xact_lock(7418012);
    IF session_user <> w.owner_role THEN
        NEW.id := nextval(pg_get_serial_sequence('public.audit_events', 'id'));
    END IF;
    SELECT row_hash INTO previous FROM public.audit_events ORDER BY id DESC LIMIT 1;
    NEW.prev_hash := coalesce(previous, repeat('0', 64));
    NEW.row_hash := encode(sha256(convert_to(
        'partnerdesk audit chain v1' || E'\n' || NEW.prev_hash || E'\n'
        || rights.chain_value(NEW.at) || rights.chain_value(NEW.actor_user_id)
        || rights.chain_value(NEW.partner_account_id) || rights.chain_value(NEW.action)
        || rights.chain_value(NEW.subject_type) || rights.chain_value(NEW.subject_id)
        || rights.chain_value(NEW.details), 'UTF8')), 'hex');
    RETURN NEW;
END
$$;

-- One audit event of a step, by the person acting.
CREATE FUNCTION rights.audit(p_at TEXT, p_partner TEXT, p_action TEXT, p_subject_type TEXT, p_subject TEXT,
                             p_details JSONB) RETURNS VOID LANGUAGE sql VOLATILE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    INSERT INTO public.audit_events (at, actor_user_id, partner_account_id, action, subject_type, subject_id, details)
    VALUES (p_at, rights.me(), p_partner, p_action, p_subject_type, p_subject, p_details::TEXT)
$$;

CREATE FUNCTION rights.refuse(p_message TEXT) RETURNS VOID LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    RAISE EXCEPTION '%', p_message USING ERRCODE = 'insufficient_privilege';
END
$$;

-- A reseller's Admin agent authorizes the provider whose invitation link it holds (P3, P5, S4,
-- S5): the relationship p_relationship begins at p_at, the invitation is used.
CREATE FUNCTION rights.authorize_provider(p_actor TEXT, p_token TEXT, p_relationship TEXT, p_at TEXT)
RETURNS VOID LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    inv public.invitations%ROWTYPE;
    provider public.partner_accounts%ROWTYPE;
    reseller public.partner_accounts%ROWTYPE;
    reseller_country TEXT;
    relationship JSONB;
BEGIN
    PERFORM rights.act_as(p_actor);
    SELECT * INTO inv FROM public.invitations
    WHERE token_hash = encode(sha256(convert_to(p_token, 'UTF8')), 'hex') FOR UPDATE;
    IF NOT FOUND OR inv.kind <> 'ResellerOfProvider' OR inv.status <> 'Pending'
       OR inv.expires_at::timestamptz <= p_at::timestamptz THEN
        PERFORM rights.refuse('no pending invitation of a provider opens with this link');
    END IF;
    SELECT * INTO provider FROM public.partner_accounts WHERE id = inv.inviting_partner_id;
    SELECT * INTO reseller FROM public.partner_accounts WHERE id = rights.my_partner();
    SELECT t.country INTO reseller_country FROM public.tenants t WHERE t.id = rights.my_tenant();
    IF provider.status <> 'Active' THEN
        PERFORM rights.refuse('the provider''s partner account is not active');
    END IF;
    IF reseller.id IS NULL OR reseller.id = provider.id OR NOT rights.allows('AuthorizeProvider')
       OR NOT (reseller.type = 'IndirectReseller' OR EXISTS (SELECT 1 FROM public.partner_programs
               WHERE partner_account_id = reseller.id AND type = 'IndirectReseller')) THEN
        PERFORM rights.refuse('only an Admin agent of another indirect reseller authorizes this provider');
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.provider_countries WHERE partner_account_id = provider.id
                   AND country = reseller_country) THEN
        PERFORM rights.refuse('the provider does not serve the reseller''s country'); -- P5
    END IF;
    IF EXISTS (SELECT 1 FROM public.indirect_relationships WHERE provider_account_id = provider.id
               AND reseller_account_id = reseller.id AND status = 'Active') THEN
        PERFORM rights.refuse('the provider is already the reseller''s');
    END IF;
    IF EXISTS (SELECT 1 FROM public.customer_relationships r JOIN public.customers c ON c.id = r.customer_id
               WHERE r.status = 'Active'
               AND ((r.partner_account_id = provider.id AND c.tenant_id = reseller.tenant_id)
                    OR (r.partner_account_id = reseller.id AND c.tenant_id = provider.tenant_id))) THEN
        PERFORM rights.refuse('one of the two serves the other as a customer'); -- S4
    END IF;
    IF EXISTS (SELECT 1 FROM public.indirect_relationships WHERE provider_account_id = provider.id
               AND reseller_account_id = reseller.id AND ended_at::timestamptz > inv.created_at::timestamptz) THEN
        PERFORM rights.refuse('the invitation was revoked when the two last ended'); -- S5
    END IF;
    INSERT INTO public.indirect_relationships (id, provider_account_id, reseller_account_id, status,
                                               authorized_by_user_id, invitation_id, since)
    VALUES (p_relationship, provider.id, reseller.id, 'Active', rights.me(), inv.id, p_at);
    UPDATE public.invitations SET status = 'Accepted', accepted_at = p_at, accepted_by_user_id = rights.me(),
        accepted_tenant_id = rights.my_tenant() WHERE id = inv.id;
    relationship := jsonb_build_object('provider', provider.legal_name, 'providerPartnerId', provider.partner_id,
                                       'reseller', reseller.legal_name, 'resellerPartnerId', reseller.partner_id);
    PERFORM rights.audit(p_at, provider.id, 'indirectRelationship.authorized', 'IndirectRelationship',
                         p_relationship, relationship);
    PERFORM rights.audit(p_at, reseller.id, 'indirectRelationship.authorized', 'IndirectRelationship',
                         p_relationship, relationship);
    PERFORM rights.audit(p_at, provider.id, 'invitation.accepted', 'Invitation', inv.id,
                         jsonb_build_object('reseller', reseller.legal_name));
END
$$;

-- An Admin agent of either party ends an Active indirect relationship at p_at (S3, S5): the
-- reseller's pending customer invitations with the provider and the provider's pending
-- invitations to the reseller are revoked, the provider stops serving the customers it served
-- only through the reseller, and the reseller's open order requests to it are declined with
-- p_reason.
CREATE FUNCTION rights.end_relationship(p_actor TEXT, p_relationship TEXT, p_at TEXT, p_reason TEXT)
RETURNS VOID LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
DECLARE
    r public.indirect_relationships%ROWTYPE;
    provider public.partner_accounts%ROWTYPE;
    reseller public.partner_accounts%ROWTYPE;
    customer_invitations_revoked INTEGER;
    reseller_invitations_revoked INTEGER;
    customer_relationships_ended INTEGER;
    order_requests_declined INTEGER;
    relationship JSONB;
BEGIN
    PERFORM rights.act_as(p_actor);
    SELECT * INTO r FROM public.indirect_relationships WHERE id = p_relationship FOR UPDATE;
    IF NOT FOUND OR rights.my_partner() NOT IN (r.provider_account_id, r.reseller_account_id)
       OR NOT rights.allows('EndIndirectRelationship') THEN
        PERFORM rights.refuse('only an Admin agent of one of its two partners ends this relationship');
    END IF;
    IF r.status <> 'Active' THEN
        PERFORM rights.refuse('the relationship has ended already');
    END IF;
    SELECT * INTO provider FROM public.partner_accounts WHERE id = r.provider_account_id;
    SELECT * INTO reseller FROM public.partner_accounts WHERE id = r.reseller_account_id;
    UPDATE public.indirect_relationships SET status = 'Ended', ended_at = p_at, ended_by_user_id = rights.me()
    WHERE id = r.id;

    UPDATE public.invitations SET status = 'Revoked', revoked_at = p_at
    WHERE inviting_partner_id = reseller.id AND provider_account_id = provider.id AND status = 'Pending';
    GET DIAGNOSTICS customer_invitations_revoked = ROW_COUNT;

    UPDATE public.invitations SET status = 'Revoked', revoked_at = p_at
    WHERE inviting_partner_id = provider.id AND kind = 'ResellerOfProvider' AND status = 'Pending'
    AND lower(recipient_email) IN (
        SELECT lower(i.recipient_email) FROM public.invitations i WHERE i.id = r.invitation_id
        UNION SELECT lower(reseller.contact_email)
        UNION SELECT lower(u.upn) FROM public.tenant_users u WHERE u.tenant_id = reseller.tenant_id);
    GET DIAGNOSTICS reseller_invitations_revoked = ROW_COUNT;

    UPDATE public.customer_relationships SET status = 'Ended', ended_at = p_at
    WHERE partner_account_id = provider.id AND status = 'Active'
    AND (customer_id IN (SELECT rs.customer_id FROM public.customer_relationships rs
                         WHERE rs.partner_account_id = reseller.id AND rs.status = 'Active')
         OR customer_id IN (SELECT c.id FROM public.invitations i JOIN public.customers c
                            ON c.tenant_id = i.accepted_tenant_id
                            WHERE i.inviting_partner_id = reseller.id AND i.status = 'Accepted'
                            AND i.provider_account_id = provider.id))
    AND NOT EXISTS (SELECT 1 FROM public.customer_relationships o JOIN public.indirect_relationships ir
                    ON ir.reseller_account_id = o.partner_account_id AND ir.provider_account_id = provider.id
                    AND ir.status = 'Active'
                    WHERE o.customer_id = customer_relationships.customer_id AND o.status = 'Active'
                    AND o.partner_account_id <> reseller.id);
    GET DIAGNOSTICS customer_relationships_ended = ROW_COUNT;

    UPDATE public.order_requests SET status = 'Declined', decision_reason = p_reason,
        decided_by_user_id = rights.me(), decided_at = p_at
    WHERE reseller_account_id = reseller.id AND provider_account_id = provider.id AND status = 'Open';
    GET DIAGNOSTICS order_requests_declined = ROW_COUNT;

    IF customer_invitations_revoked > 0 THEN
        PERFORM rights.audit(p_at, reseller.id, 'invitation.revoked', 'IndirectRelationship', r.id,
                             jsonb_build_object('customerInvitationsWithProvider', customer_invitations_revoked));
    END IF;
    IF reseller_invitations_revoked > 0 THEN
        PERFORM rights.audit(p_at, provider.id, 'invitation.revoked', 'IndirectRelationship', r.id,
                             jsonb_build_object('resellerInvitations', reseller_invitations_revoked));
    END IF;
    IF customer_relationships_ended > 0 THEN
        PERFORM rights.audit(p_at, provider.id, 'customerRelationship.ended', 'IndirectRelationship', r.id,
                             jsonb_build_object('reseller', reseller.legal_name,
                                                'customerRelationshipsEnded', customer_relationships_ended));
    END IF;
    IF order_requests_declined > 0 THEN
        PERFORM rights.audit(p_at, provider.id, 'orderRequest.declined', 'IndirectRelationship', r.id,
                             jsonb_build_object('reseller', reseller.legal_name,
                                                'orderRequestsDeclined', order_requests_declined));
    END IF;
    relationship := jsonb_build_object('provider', provider.legal_name, 'providerPartnerId', provider.partner_id,
                                       'reseller', reseller.legal_name, 'resellerPartnerId', reseller.partner_id);
    PERFORM rights.audit(p_at, provider.id, 'indirectRelationship.ended', 'IndirectRelationship', r.id, relationship);
    PERFORM rights.audit(p_at, reseller.id, 'indirectRelationship.ended', 'IndirectRelationship', r.id, relationship);
END
$$;

REVOKE ALL ON FUNCTION rights.act_as(TEXT), rights.audit(TEXT, TEXT, TEXT, TEXT, TEXT, JSONB),
    rights.refuse(TEXT), rights.authorize_provider(TEXT, TEXT, TEXT, TEXT),
    rights.end_relationship(TEXT, TEXT, TEXT, TEXT) FROM PUBLIC;

DO $$
BEGIN
    EXECUTE format('GRANT EXECUTE ON FUNCTION rights.authorize_provider(TEXT, TEXT, TEXT, TEXT), '
                   'rights.end_relationship(TEXT, TEXT, TEXT, TEXT) TO %I',
                   (SELECT people_role FROM rights.workspace));
END
$$;
