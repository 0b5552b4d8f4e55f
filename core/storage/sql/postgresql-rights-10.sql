-- Schema version 10 on PostgreSQL: the steps that write another partner's records go through
-- functions of the database (ARCHITECTURE §7). No login may write those records itself (version 9
-- gives none INSERT on relationships, nor UPDATE of another partner's invitations); each function
-- checks the rules core checks, with the person's own rights, and writes its audit events in the
-- same transaction, so a step taken from psql is as checked and as audited as one taken at a desk.
-- More go through functions for the same reason: opening an invitation by its link (no login reads
-- token hashes), resetting a customer's user's password (no login writes password hashes) and
-- sending a message (only to the partners one works with).
--
-- Who acts is the signed-in person (rights.me()). The owner's desk, which is not bound by the
-- policies anyway, names the person it acts for (rights.act_as), so that core runs the same
-- functions on every desk of a shared workspace.
--
-- Statements end with a semicolon at the end of a line outside $$ quotes.

CREATE OR REPLACE FUNCTION rights.me() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT l.user_id FROM rights.logins l JOIN public.tenant_users u ON u.id = l.user_id
    WHERE l.login_name = session_user AND l.disabled_at IS NULL AND u.enabled = 1
    UNION ALL
    SELECT u.id FROM public.tenant_users u
    WHERE session_user = (SELECT owner_role FROM rights.workspace)
    AND u.id = nullif(current_setting('partnerdesk.acting_user', true), '') AND u.enabled = 1
$$;

-- Whether one of the person's roles may do action in any of their partner's types: an account
-- that also resells (E9) may do what either type allows, as core's Session::allowedByRoles.
CREATE OR REPLACE FUNCTION rights.allows(p_action TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM public.partner_accounts p
        JOIN public.partner_roles r ON r.partner_account_id = p.id AND r.user_id = rights.me()
        JOIN rights.permission_matrix m ON m.action = p_action AND m.role = r.role
            AND (m.partner_type = p.type OR EXISTS (SELECT 1 FROM public.partner_programs g
                                                    WHERE g.partner_account_id = p.id AND g.type = m.partner_type))
        WHERE p.id = rights.my_partner() AND (NOT m.needs_active OR p.status = 'Active'))
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

-- The time a person's write is dated: the desk's, within the workspace's tolerance of the server's
-- clock (any time, where the owner lifted it). The owner's desk dates its writes itself.
CREATE FUNCTION rights.check_at(p_at TEXT) RETURNS VOID LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = rights, public, pg_temp AS $$
DECLARE
    w rights.workspace%ROWTYPE;
BEGIN
    SELECT * INTO w FROM rights.workspace;
    IF session_user = w.owner_role THEN
        RETURN;
    END IF;
    IF p_at IS NULL OR p_at !~ '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$'
       OR p_at::timestamptz NOT BETWEEN now() - w.audit_clock_tolerance AND now() + w.audit_clock_tolerance THEN
        RAISE EXCEPTION 'a person''s record is dated at the time it is written'
            USING ERRCODE = 'insufficient_privilege';
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
    IF session_user <> w.owner_role AND current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'a person writes audit events in READ COMMITTED' USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM rights.check_at(NEW.at);
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

-- What an invitation link opens, for whoever holds it: the invitation whose token hashes to the
-- link's (no login reads the hashes), with the names InvitationStore reads beside it. Who accepted
-- it only for its parties (V1: whoever holds a used link learns that it was used, not by whom). No
-- row for a link that opens none.
CREATE FUNCTION rights.invitation_of_link(p_token TEXT)
RETURNS TABLE (id TEXT, kind TEXT, inviting_partner_id TEXT, inviting_partner_name TEXT, provider_account_id TEXT,
               recipient_email TEXT, language TEXT, subject TEXT, message TEXT, status TEXT, created_by_name TEXT,
               created_at TEXT, expires_at TEXT, accepted_at TEXT, accepted_by_name TEXT, accepted_by_partner_name TEXT,
               revoked_at TEXT, provider_name TEXT)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
    SELECT i.id, i.kind, i.inviting_partner_id, p.legal_name, i.provider_account_id, i.recipient_email, i.language,
           i.subject, i.message, i.status, c.display_name, i.created_at, i.expires_at, i.accepted_at,
           CASE WHEN party THEN a.display_name END, CASE WHEN party THEN coalesce(ap.legal_name, ac.company_name) END,
           i.revoked_at, pp.legal_name
    FROM public.invitations i JOIN public.partner_accounts p ON p.id = i.inviting_partner_id
    JOIN public.tenant_users c ON c.id = i.created_by_user_id
    LEFT JOIN public.tenant_users a ON a.id = i.accepted_by_user_id
    LEFT JOIN public.partner_accounts ap ON ap.tenant_id = i.accepted_tenant_id
    LEFT JOIN public.customers ac ON ac.tenant_id = i.accepted_tenant_id
    LEFT JOIN public.partner_accounts pp ON pp.id = i.provider_account_id
    CROSS JOIN LATERAL (SELECT coalesce(session_user = (SELECT owner_role FROM rights.workspace)
                                        OR rights.is_program()
                                        OR rights.my_partner() IN (i.inviting_partner_id, i.provider_account_id)
                                        OR i.accepted_tenant_id = rights.my_tenant(), false) AS party) who
    WHERE i.token_hash = encode(sha256(convert_to(p_token, 'UTF8')), 'hex')
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
    PERFORM rights.check_at(p_at);
    SELECT * INTO inv FROM public.invitations
    WHERE token_hash = encode(sha256(convert_to(p_token, 'UTF8')), 'hex') FOR UPDATE;
    IF NOT FOUND OR inv.kind <> 'ResellerOfProvider' OR inv.status <> 'Pending'
       OR inv.expires_at::timestamptz <= p_at::timestamptz THEN
        PERFORM rights.refuse('no pending invitation of a provider opens with this link');
    END IF;
    SELECT * INTO provider FROM public.partner_accounts WHERE id = inv.inviting_partner_id;
    SELECT * INTO reseller FROM public.partner_accounts WHERE id = rights.my_partner();
    SELECT t.country INTO reseller_country FROM public.tenants t WHERE t.id = rights.my_tenant();
    IF provider.status IS DISTINCT FROM 'Active' THEN
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
    PERFORM rights.check_at(p_at);
    SELECT * INTO r FROM public.indirect_relationships WHERE id = p_relationship FOR UPDATE;
    IF NOT FOUND OR rights.my_partner() IS NULL
       OR rights.my_partner() NOT IN (r.provider_account_id, r.reseller_account_id)
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

-- A customer's Global administrator accepts a reseller's invitation (C1, C3, C4, P6, S4): their
-- tenant becomes a customer if it is none yet (p_new_customer, a row of public.customers: its
-- tenant, country, domain and time are the database's), and the reseller, and the provider the
-- invitation names, begin serving it at p_at; the invitation is used. Returns the partners that
-- began serving it, the reseller first.
CREATE FUNCTION rights.accept_customer_invitation(p_actor TEXT, p_token TEXT, p_new_customer JSONB, p_at TEXT)
RETURNS SETOF TEXT LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    inv public.invitations%ROWTYPE;
    reseller public.partner_accounts%ROWTYPE;
    tenant public.tenants%ROWTYPE;
    customer public.customers%ROWTYPE;
    own TEXT;
    partner TEXT;
    added INTEGER := 0;
BEGIN
    PERFORM rights.act_as(p_actor);
    PERFORM rights.check_at(p_at);
    SELECT * INTO inv FROM public.invitations
    WHERE token_hash = encode(sha256(convert_to(p_token, 'UTF8')), 'hex') FOR UPDATE;
    IF NOT FOUND OR inv.kind NOT IN ('CustomerOfReseller', 'CustomerOfResellerAndProvider')
       OR inv.status <> 'Pending' OR inv.expires_at::timestamptz <= p_at::timestamptz THEN
        PERFORM rights.refuse('no pending invitation of a reseller opens with this link');
    END IF;
    SELECT * INTO reseller FROM public.partner_accounts WHERE id = inv.inviting_partner_id;
    IF reseller.status IS DISTINCT FROM 'Active' THEN
        PERFORM rights.refuse('the reseller''s partner account is not active');
    END IF;
    IF inv.kind = 'CustomerOfResellerAndProvider' AND NOT EXISTS (
        SELECT 1 FROM public.indirect_relationships r JOIN public.partner_accounts p ON p.id = r.provider_account_id
        WHERE r.provider_account_id = inv.provider_account_id AND r.reseller_account_id = reseller.id
        AND r.status = 'Active' AND p.status = 'Active') THEN
        PERFORM rights.refuse('the reseller no longer works with the provider the invitation names'); -- C1, P6
    END IF;
    SELECT * INTO tenant FROM public.tenants WHERE id = rights.my_tenant();
    IF tenant.id IS NULL OR tenant.is_program = 1 OR NOT EXISTS (
        SELECT 1 FROM public.tenant_users WHERE id = rights.me() AND directory_role = 'GlobalAdministrator') THEN
        PERFORM rights.refuse('only a Global administrator of a customer''s tenant accepts for it');
    END IF;
    own := rights.my_partner();
    IF own IN (reseller.id, inv.provider_account_id) OR EXISTS (
        SELECT 1 FROM public.indirect_relationships WHERE status = 'Active'
        AND ((provider_account_id = own AND reseller_account_id IN (reseller.id, inv.provider_account_id))
             OR (reseller_account_id = own AND provider_account_id IN (reseller.id, inv.provider_account_id)))) THEN
        PERFORM rights.refuse('a partner becomes no customer of itself, nor of its own provider or reseller'); -- S4
    END IF;
    SELECT * INTO customer FROM public.customers WHERE tenant_id = tenant.id;
    IF NOT FOUND THEN
        IF p_new_customer IS NULL THEN
            PERFORM rights.refuse('the tenant is no customer yet');
        END IF;
        INSERT INTO public.customers (id, tenant_id, company_name, name_key, domain, search_key, address_line1,
                                      address_line2, city, region, postal_code, country, contact_first_name,
                                      contact_last_name, contact_email, contact_phone, created_at)
        SELECT n.id, tenant.id, n.company_name, n.name_key, tenant.domain_prefix || '.onmicrosoft.com', n.search_key,
               n.address_line1, n.address_line2, n.city, n.region, n.postal_code, tenant.country,
               n.contact_first_name, n.contact_last_name, n.contact_email, n.contact_phone, p_at
        FROM jsonb_populate_record(NULL::public.customers, p_new_customer) n
        RETURNING * INTO customer;
    END IF;
    -- C4: the reseller of record administers the customer; the provider orders.
    FOREACH partner IN ARRAY ARRAY[reseller.id, inv.provider_account_id] LOOP
        CONTINUE WHEN partner IS NULL OR EXISTS (
            SELECT 1 FROM public.customer_relationships WHERE customer_id = customer.id
            AND partner_account_id = partner AND status = 'Active');
        INSERT INTO public.customer_relationships (id, customer_id, partner_account_id, delegated_admin, status, since)
        VALUES (gen_random_uuid()::TEXT, customer.id, partner, CASE WHEN partner = reseller.id THEN 1 ELSE 0 END,
                'Active', p_at);
        PERFORM rights.audit(p_at, partner, 'customer.relationshipAuthorized', 'Customer', customer.id,
                             jsonb_build_object('customer', customer.company_name, 'invitation', inv.id));
        added := added + 1;
        RETURN NEXT partner;
    END LOOP;
    IF added = 0 THEN
        PERFORM rights.refuse('the customer has every partner the invitation names already'); -- C4
    END IF;
    UPDATE public.invitations SET status = 'Accepted', accepted_at = p_at, accepted_by_user_id = rights.me(),
        accepted_tenant_id = tenant.id WHERE id = inv.id;
    PERFORM rights.audit(p_at, reseller.id, 'invitation.accepted', 'Invitation', inv.id,
                         jsonb_build_object('customer', customer.company_name));
END
$$;

-- A provider's agent orders on behalf of a customer it serves with an Active reseller of its own
-- (C5, P6), the reseller partner on record: order p_order with line p_line at p_at, of type p_type
-- (New: p_quantity of offer p_offer for term p_term as the new subscription p_subscription; or
-- AddQuantity, RemoveQuantity, Cancel of subscription p_subscription, which the provider bills
-- for this customer and reseller). With p_request, the reseller's open order request it fulfills.
CREATE FUNCTION rights.place_order(p_actor TEXT, p_order TEXT, p_line TEXT, p_customer TEXT, p_reseller TEXT,
                                   p_request TEXT, p_type TEXT, p_offer TEXT, p_term TEXT, p_subscription TEXT,
                                   p_quantity INTEGER, p_at TEXT)
RETURNS VOID LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    max_quantity CONSTANT INTEGER := 10000; -- OrderService::MaxQuantity
    provider public.partner_accounts%ROWTYPE;
    reseller public.partner_accounts%ROWTYPE;
    customer public.customers%ROWTYPE;
    sub public.subscriptions%ROWTYPE;
    offer public.offers%ROWTYPE;
    new_quantity INTEGER;
    new_status TEXT;
    line_offer TEXT := p_offer;
    line_quantity INTEGER := p_quantity;
    assigned INTEGER;
    details JSONB;
BEGIN
    PERFORM rights.act_as(p_actor);
    PERFORM rights.check_at(p_at);
    IF NOT rights.allows('SubmitOrders') OR (p_request IS NOT NULL AND NOT rights.allows('HandleOrderRequests')) THEN
        PERFORM rights.refuse('only a provider''s agent who submits orders orders on behalf of a customer');
    END IF;
    SELECT * INTO provider FROM public.partner_accounts WHERE id = rights.my_partner();
    SELECT * INTO reseller FROM public.partner_accounts WHERE id = p_reseller;
    SELECT * INTO customer FROM public.customers WHERE id = p_customer;
    IF customer.id IS NULL OR reseller.status IS DISTINCT FROM 'Active'
       OR NOT EXISTS (SELECT 1 FROM public.customer_relationships WHERE customer_id = customer.id
                      AND partner_account_id = provider.id AND status = 'Active')
       OR NOT EXISTS (SELECT 1 FROM public.customer_relationships WHERE customer_id = customer.id
                      AND partner_account_id = reseller.id AND status = 'Active')
       OR NOT EXISTS (SELECT 1 FROM public.indirect_relationships WHERE provider_account_id = provider.id
                      AND reseller_account_id = reseller.id AND status = 'Active') THEN
        PERFORM rights.refuse('a provider orders only for a customer it serves with an active reseller of its own');
    END IF;
    IF p_type = 'New' THEN
        SELECT * INTO offer FROM public.offers WHERE id = p_offer;
        IF offer.id IS NULL OR NOT EXISTS (SELECT 1 FROM public.offer_terms WHERE offer_id = offer.id AND term = p_term)
           OR p_quantity IS NULL OR p_quantity NOT BETWEEN 1 AND max_quantity
           OR (offer.billing_type = 'Usage' AND p_quantity <> 1) THEN
            PERFORM rights.refuse('the line is none the catalog sells');
        END IF;
        INSERT INTO public.subscriptions (id, customer_id, offer_id, quantity, term, status, partner_on_record,
                                          billed_by_account_id, created_at, updated_at)
        VALUES (p_subscription, customer.id, offer.id, p_quantity, p_term, 'Active', reseller.partner_id, provider.id,
                p_at, p_at);
    ELSE
        SELECT * INTO sub FROM public.subscriptions WHERE id = p_subscription FOR UPDATE;
        SELECT * INTO offer FROM public.offers WHERE id = sub.offer_id;
        IF sub.id IS NULL OR sub.customer_id <> customer.id OR sub.billed_by_account_id IS DISTINCT FROM provider.id
           OR sub.partner_on_record <> reseller.partner_id OR sub.status <> 'Active' THEN
            PERFORM rights.refuse('the subscription is none the provider bills for this customer and reseller');
        END IF;
        new_quantity := sub.quantity;
        new_status := sub.status;
        line_offer := sub.offer_id;
        SELECT count(*) INTO assigned FROM public.license_assignments WHERE subscription_id = sub.id;
        IF p_type = 'AddQuantity' AND offer.billing_type <> 'Usage'
           AND p_quantity BETWEEN 1 AND max_quantity - sub.quantity THEN
            new_quantity := sub.quantity + p_quantity;
        ELSIF p_type = 'RemoveQuantity' AND offer.billing_type <> 'Usage' AND p_quantity BETWEEN 1 AND sub.quantity - 1
              AND sub.quantity - p_quantity >= assigned THEN -- C6
            new_quantity := sub.quantity - p_quantity;
        ELSIF p_type = 'Cancel' AND assigned = 0 THEN -- C6
            new_status := 'Cancelled';
            line_quantity := sub.quantity;
        ELSE
            PERFORM rights.refuse('the subscription takes no such change');
        END IF;
        UPDATE public.subscriptions SET quantity = new_quantity, status = new_status, updated_at = p_at
        WHERE id = sub.id;
    END IF;
    INSERT INTO public.orders (id, customer_id, submitted_by_partner_id, submitted_by_user_id, partner_on_record,
                               order_request_id, status, created_at)
    VALUES (p_order, customer.id, provider.id, rights.me(), reseller.partner_id, p_request, 'Completed', p_at);
    INSERT INTO public.order_lines (id, order_id, offer_id, subscription_id, transaction_type, quantity)
    VALUES (p_line, p_order, line_offer, p_subscription, p_type, line_quantity);
    IF p_request IS NOT NULL THEN
        UPDATE public.order_requests SET status = 'Fulfilled', decision_reason = NULL, decided_by_user_id = rights.me(),
            decided_at = p_at
        WHERE id = p_request AND provider_account_id = provider.id AND reseller_account_id = reseller.id
        AND customer_id = customer.id AND status = 'Open';
        IF NOT FOUND THEN
            PERFORM rights.refuse('the order request is none of this reseller''s open ones for this customer');
        END IF;
    END IF;
    details := jsonb_build_object('transaction', p_type, 'offerId', line_offer, 'offer', offer.name,
                                  'quantity', line_quantity, 'subscriptionId', p_subscription,
                                  'customer', customer.company_name, 'reseller', reseller.legal_name,
                                  'partnerOnRecord', reseller.partner_id, 'provider', provider.legal_name)
        || CASE WHEN p_type = 'New' THEN jsonb_build_object('term', p_term) ELSE '{}' END
        || CASE WHEN p_request IS NOT NULL THEN jsonb_build_object('orderRequestId', p_request) ELSE '{}' END;
    PERFORM rights.audit(p_at, provider.id, 'order.submitted', 'Order', p_order, details);
    IF p_request IS NOT NULL THEN
        PERFORM rights.audit(p_at, provider.id, 'orderRequest.fulfilled', 'OrderRequest', p_request,
                             jsonb_build_object('orderId', p_order));
    END IF;
    PERFORM rights.audit(p_at, reseller.id, 'order.submitted', 'Order', p_order, details);
    IF p_request IS NOT NULL THEN
        PERFORM rights.audit(p_at, reseller.id, 'orderRequest.fulfilled', 'OrderRequest', p_request,
                             jsonb_build_object('orderId', p_order));
    END IF;
END
$$;

-- A partner that administers a customer resets the password of one of its users, as whoever
-- manages that user may (C4, S1): the hash PartnerDesk checks and the login's SCRAM verifier (none
-- where the user has no login yet), the lock lifted. No login updates a password hash itself.
CREATE FUNCTION rights.reset_password(p_actor TEXT, p_user TEXT, p_hash TEXT, p_verifier TEXT)
RETURNS VOID LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    u public.tenant_users%ROWTYPE;
BEGIN
    PERFORM rights.act_as(p_actor);
    SELECT * INTO u FROM public.tenant_users WHERE id = p_user FOR UPDATE;
    IF NOT FOUND OR NOT rights.administers_tenant(u.tenant_id) OR NOT rights.manages_user(u.tenant_id, u.directory_role)
       OR coalesce(p_hash, '') = '' THEN
        PERFORM rights.refuse('only a partner that administers the customer, as one who manages the user, resets '
                              'this password');
    END IF;
    UPDATE public.tenant_users SET password_hash = p_hash, failed_sign_ins = 0, locked_until = NULL WHERE id = u.id;
    IF coalesce(p_verifier, '') <> '' THEN
        PERFORM rights.set_login(u.id, p_verifier);
    END IF;
END
$$;

-- A message PartnerDesk sends, kept in the outbox: a person files it under their own partner, or
-- under a partner theirs works or worked with or that serves their company (the program
-- administrator: any), and addresses it to that partner's primary contact, as every message core
-- writes is. Its kind is one a person's step sends (the program's own and a verification code's
-- only by those who send them), and a message about a partner account is about that partner. Its
-- text is the desk's, as an invitation's is.
CREATE FUNCTION rights.send(p_id TEXT, p_recipient TEXT, p_subject TEXT, p_body TEXT, p_kind TEXT,
                            p_related_type TEXT, p_related_id TEXT, p_partner TEXT, p_at TEXT)
RETURNS VOID LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = rights, public, pg_temp AS $$
DECLARE
    own TEXT;
BEGIN
    IF session_user <> (SELECT owner_role FROM rights.workspace) THEN
        PERFORM rights.check_at(p_at);
        own := rights.my_partner();
        IF p_kind IS NULL OR p_kind NOT IN ('indirectRelationship.authorized', 'indirectRelationship.ended',
                                            'customer.invitationAccepted', 'order.submitted', 'orderRequest.raised',
                                            'orderRequest.declined', 'referral.referred', 'referral.statusChanged',
                                            'enrollment.resellerAccountCreated', 'enrollment.verificationCode',
                                            'enrollment.statusChanged', 'provider.welcome', 'provider.statusChanged')
           OR (p_kind IN ('enrollment.statusChanged', 'provider.welcome', 'provider.statusChanged')
               AND NOT rights.is_program())
           OR (p_kind = 'enrollment.verificationCode' AND p_partner IS DISTINCT FROM own)
           OR (p_related_type = 'PartnerAccount' AND p_related_id IS DISTINCT FROM p_partner) THEN
            PERFORM rights.refuse('PartnerDesk sends no such message for this person');
        END IF;
        IF rights.me() IS NULL OR p_partner IS NULL
           OR NOT (p_partner IS NOT DISTINCT FROM own OR rights.is_program()
                   OR EXISTS (SELECT 1 FROM public.indirect_relationships
                              WHERE (provider_account_id = p_partner AND reseller_account_id = own)
                                 OR (reseller_account_id = p_partner AND provider_account_id = own))
                   OR EXISTS (SELECT 1 FROM public.customer_relationships
                              WHERE partner_account_id = p_partner AND customer_id = rights.my_customer()
                              AND status = 'Active'))
           OR NOT EXISTS (SELECT 1 FROM public.partner_accounts
                          WHERE id = p_partner AND lower(contact_email) = lower(p_recipient)) THEN
            PERFORM rights.refuse('a message goes to the primary contact of one''s own partner or of a partner one '
                                  'works with');
        END IF;
    END IF;
    INSERT INTO public.outbox_messages (id, recipient, subject, body, kind, related_type, related_id,
                                        partner_account_id, created_at)
    VALUES (p_id, p_recipient, p_subject, p_body, p_kind, p_related_type, p_related_id, p_partner, p_at);
END
$$;

REVOKE ALL ON FUNCTION rights.act_as(TEXT), rights.check_at(TEXT), rights.reset_password(TEXT, TEXT, TEXT, TEXT),
    rights.send(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT),
    rights.audit(TEXT, TEXT, TEXT, TEXT, TEXT, JSONB),
    rights.refuse(TEXT), rights.invitation_of_link(TEXT), rights.authorize_provider(TEXT, TEXT, TEXT, TEXT),
    rights.end_relationship(TEXT, TEXT, TEXT, TEXT), rights.accept_customer_invitation(TEXT, TEXT, JSONB, TEXT),
    rights.place_order(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, INTEGER, TEXT) FROM PUBLIC;

DO $$
BEGIN
    EXECUTE format('GRANT EXECUTE ON FUNCTION rights.invitation_of_link(TEXT), '
                   'rights.reset_password(TEXT, TEXT, TEXT, TEXT), '
                   'rights.send(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT), '
                   'rights.authorize_provider(TEXT, TEXT, TEXT, TEXT), '
                   'rights.end_relationship(TEXT, TEXT, TEXT, TEXT), '
                   'rights.accept_customer_invitation(TEXT, TEXT, JSONB, TEXT), '
                   'rights.place_order(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, INTEGER, TEXT) '
                   'TO %I',
                   (SELECT people_role FROM rights.workspace));
END
$$;
